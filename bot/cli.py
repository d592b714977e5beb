"""`corpus-bot`: the corpus commands, plus `run` and `sync` for the Discord bot.

discord.py and the bot's settings (pydantic) are imported only inside `run` and `sync`, so
`corpus-bot ask` starts as fast as the engine alone.
"""
from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from corpus.cli import build_parser
from corpus.cli import main as corpus_main

if TYPE_CHECKING:
    from .settings import Settings


def _fail(message: str, code: int) -> int:
    print(f"corpus-bot: {message}", file=sys.stderr)
    return code


def _settings(args: argparse.Namespace) -> Settings | int:
    from .settings import SettingsError, load_settings

    # The shared --corpus/--index options win over the environment, as for the other commands.
    chosen = {"corpus_dir": getattr(args, "corpus", None), "index_path": getattr(args, "index", None)}
    try:
        return load_settings(**{key: value for key, value in chosen.items() if value is not None})
    except SettingsError as error:
        return _fail(str(error), 2)


def _logging(settings: Settings) -> None:
    import discord

    discord.utils.setup_logging(level=settings.log_level, root=True)


def run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if isinstance(settings, int):
        return settings
    import discord
    from corpus import CorpusError
    from corpus.application import open_index

    from .app import create_bot

    _logging(settings)
    try:
        # Opened before connecting, so a wrong corpus folder is reported at once, not at the first question.
        index = open_index(settings.corpus_dir, settings.index_path)
    except CorpusError as error:
        return _fail(str(error), 1)
    bot = create_bot(settings, index=index)
    try:
        bot.run(settings.token.get_secret_value(), log_handler=None)
    except discord.LoginFailure:
        return _fail("Discord refused the token in CORPUS_BOT_TOKEN", 2)
    return 0


def sync(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if isinstance(settings, int):
        return settings
    import asyncio

    import discord

    from .app import create_bot

    _logging(settings)
    bot = create_bot(settings)

    async def publish() -> int:
        async with bot:
            await bot.login(settings.token.get_secret_value())
            return await bot.sync_globally()

    try:
        count = asyncio.run(publish())
    except discord.LoginFailure:
        return _fail("Discord refused the token in CORPUS_BOT_TOKEN", 2)
    print(f"Synced {count} slash commands globally.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser, commands = build_parser()
    commands.add_parser("run", help="start the Discord bot").set_defaults(bot_command=run)
    commands.add_parser("sync", help="publish the bot's slash commands to every server").set_defaults(bot_command=sync)
    args = parser.parse_args(argv)
    handler = getattr(args, "bot_command", None)
    if handler is None:
        return corpus_main(argv, parser)
    return handler(args)
