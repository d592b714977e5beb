"""`corpus-bot`: the corpus commands, plus `run` and `sync` for the Discord bot.

discord.py and the bot's settings (pydantic) are imported only inside `run` and `sync`, so
`corpus-bot ask` starts as fast as the engine alone. Every way starting the bot can fail (a
setting, the corpus, the token, the network, Discord itself, Ctrl-C) ends in one line on stderr
and an exit code of its own (see EXIT_* here and in corpus.cli, listed in the README).
"""
from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Awaitable, Callable

if TYPE_CHECKING:
    from .app import CorpusBot, ShardedCorpusBot
    from .settings import Settings

# The engine (numpy and all) is imported inside `main`, so that Ctrl-C even while it loads ends
# in one line too. Its own exit codes are corpus.cli's EXIT_ERROR (1) and EXIT_USAGE (2).
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT
EXIT_TOKEN = 3  # the token is malformed, or Discord refused it
EXIT_NETWORK = 4  # Discord cannot be reached
EXIT_DISCORD = 5  # Discord answered with an error of its own

# A bot token is three base64url parts joined by dots (the bot's id, a timestamp, a signature).
_TOKEN = re.compile(r"[A-Za-z0-9_-]{17,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}")


def _fail(message: str, code: int) -> int:
    print(f"corpus-bot: {message}", file=sys.stderr)
    return code


def _settings(args: argparse.Namespace) -> Settings | int:
    from corpus.cli import EXIT_USAGE

    from .settings import SettingsError, load_settings

    # The shared --corpus/--index options win over the environment, as for the other commands.
    chosen = {"corpus_dir": getattr(args, "corpus", None), "index_path": getattr(args, "index", None)}
    try:
        settings = load_settings(**{key: value for key, value in chosen.items() if value is not None})
    except SettingsError as error:
        return _fail(str(error), EXIT_USAGE)
    if not _TOKEN.fullmatch(settings.token.get_secret_value()):
        # Checked before connecting; the token itself is never shown.
        return _fail("CORPUS_BOT_TOKEN does not look like a bot token (three parts joined by dots): "
                     "copy it again from the Discord developer portal (Bot > Reset Token)", EXIT_TOKEN)
    return settings


def _logging(settings: Settings) -> None:
    import discord

    # Colours only for a terminal that wants them: discord.py also colours inside any container.
    plain = not sys.stderr.isatty() or os.environ.get("NO_COLOR")
    formatter = logging.Formatter("%(asctime)s %(levelname)-8s %(name)s: %(message)s") if plain else None
    discord.utils.setup_logging(level=settings.log_level, root=True,
                                **({"formatter": formatter} if formatter else {}))


def _connect(settings: Settings, session: Callable[[], Awaitable[int]]) -> int:
    """Run `session` (which talks to Discord); a failure to reach or be let in is one line."""
    import asyncio

    import aiohttp
    import discord

    try:
        return asyncio.run(session())
    except discord.LoginFailure:
        return _fail("Discord refused the token in CORPUS_BOT_TOKEN: reset it in the developer portal "
                     "(Bot > Reset Token) and set it again", EXIT_TOKEN)
    except discord.HTTPException as error:
        return _fail(f"Discord answered with an error ({error.status}): try again in a few minutes", EXIT_DISCORD)
    except (discord.GatewayNotFound, discord.ConnectionClosed) as error:
        return _fail(f"Discord's gateway cannot be used now ({error}): try again in a few minutes", EXIT_DISCORD)
    except (aiohttp.ClientError, OSError, asyncio.TimeoutError) as error:
        reason = str(error).splitlines()[0] if str(error) else error.__class__.__name__
        return _fail(f"cannot reach Discord ({reason}): check the network connection and try again", EXIT_NETWORK)


def run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if isinstance(settings, int):
        return settings
    from corpus import CorpusError
    from corpus.application import open_index
    from corpus.cli import EXIT_ERROR

    from .app import create_bot
    from .store import StoreError

    try:
        # Opened before connecting, so a wrong corpus folder is reported at once, not at the first question.
        index = open_index(settings.corpus_dir, settings.index_path)
    except CorpusError as error:
        return _fail(str(error), EXIT_ERROR)
    try:
        bot = create_bot(settings, index=index)
    except StoreError as error:
        return _fail(str(error), EXIT_ERROR)

    async def serve() -> int:
        async with bot:
            await bot.login(settings.token.get_secret_value())
            _logging(settings)  # from here on: a failure to log in or connect is one line, not a log
            await bot.connect()
        return 0

    return _connect(settings, serve)


def sync(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if isinstance(settings, int):
        return settings
    from .app import create_bot
    from .store import StoreError

    try:
        bot: CorpusBot | ShardedCorpusBot = create_bot(settings)
    except StoreError as error:
        return _fail(str(error), 1)

    async def publish() -> int:
        async with bot:
            await bot.login(settings.token.get_secret_value())
            _logging(settings)
            count = await bot.sync_globally()
        print(f"Synced {count} slash commands globally.")
        return 0

    return _connect(settings, publish)


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
    try:
        return _main(argv)
    except KeyboardInterrupt:  # Ctrl-C while loading or starting (or to stop the bot): no traceback
        return _fail("interrupted", EXIT_INTERRUPTED)


def _main(argv: list[str] | None) -> int:
    from corpus.cli import build_parser
    from corpus.cli import main as corpus_main

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
