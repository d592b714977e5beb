"""`corpus-bot`: the corpus commands, plus `run` and `sync` for the Discord bot.

discord.py and the bot's settings (pydantic) are imported only inside `run` and `sync`, so
`corpus-bot ask` starts as fast as the engine alone.
"""
from __future__ import annotations

import argparse
import sys
from contextlib import closing
from pathlib import Path
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
    from .store import StoreError

    _logging(settings)
    try:
        # Opened before connecting, so a wrong corpus folder is reported at once, not at the first question.
        index = open_index(settings.corpus_dir, settings.index_path)
    except CorpusError as error:
        return _fail(str(error), 1)
    read_messages = None  # by default, Message Content is asked for when help channels exist
    while True:
        try:
            bot = create_bot(settings, index=index, read_messages=read_messages)
        except StoreError as error:
            return _fail(str(error), 1)
        try:
            bot.run(settings.token.get_secret_value(), log_handler=None)
            return 0
        except discord.PrivilegedIntentsRequired:
            if read_messages is False:
                raise
            # The developer portal has Message Content off: start again without it; the new bot
            # logs one line on how to turn it on and serves everything else.
            read_messages = False
        except discord.LoginFailure:
            return _fail("Discord refused the token in CORPUS_BOT_TOKEN", 2)


def sync(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if isinstance(settings, int):
        return settings
    import asyncio

    import discord

    from .app import create_bot
    from .store import StoreError

    _logging(settings)
    try:
        bot = create_bot(settings)
    except StoreError as error:
        return _fail(str(error), 1)

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


def insights(args: argparse.Namespace) -> int:
    from . import insights as report
    from .limits import INSIGHTS_LISTED
    from .settings import SettingsError, StoreSettings, load_settings
    from .store import Store, StoreError

    if args.days < 1:
        return _fail("--days must be 1 or more", 2)
    target = Path(args.csv) if args.csv else None
    if target is not None and target.exists():
        return _fail(f"{target} exists; give --csv a new file name (nothing is overwritten)", 2)
    try:
        settings = load_settings(StoreSettings)
    except SettingsError as error:
        return _fail(str(error), 2)
    if not settings.database.is_file():
        return _fail(f"no database at {settings.database} yet: the bot writes it when people ask (CORPUS_BOT_DATABASE_PATH)", 1)
    try:
        store = Store(settings.database, retention_days=settings.retention_days)
    except StoreError as error:
        return _fail(str(error), 1)
    with closing(store):
        store.import_votes_file(settings.feedback_path)
        questions = store.questions(days=args.days, every_server=True)
        votes = store.votes(days=args.days, every_server=True)
    # The terminal shows the top of each list; the CSV export holds all of it.
    summary = report.report(questions, votes, args.days, listed=None if target else INSIGHTS_LISTED)
    if target is None:
        print(report.terminal_text(summary))
        return 0
    try:
        with target.open("x", encoding="utf-8", newline="") as file:
            report.write_csv(summary, file)
    except OSError as error:
        return _fail(f"cannot write {target}: {error.strerror or error}", 1)
    print(f"Wrote the last {args.days} days to {target}.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser, commands = build_parser()
    commands.add_parser("run", help="start the Discord bot").set_defaults(bot_command=run)
    commands.add_parser("sync", help="publish the bot's slash commands to every server").set_defaults(bot_command=sync)
    shown = commands.add_parser("insights", help="what people asked and what the documents did not answer")
    shown.add_argument("--days", type=int, default=7, metavar="N", help="the last N days (default 7)")
    shown.add_argument("--csv", metavar="FILE", help="write the report to FILE (a new file) as CSV instead")
    shown.set_defaults(bot_command=insights)
    args = parser.parse_args(argv)
    handler = getattr(args, "bot_command", None)
    if handler is None:
        return corpus_main(argv, parser)
    return handler(args)
