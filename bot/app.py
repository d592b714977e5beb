"""The bot itself: `create_bot()` builds it, configured but not started."""
from __future__ import annotations

import asyncio
import logging

import discord
from discord.ext import commands

from corpus import Index

from . import send, views
from .asking import Asking
from .cogs.admin import Admin
from .cogs.ask import Ask
from .cogs.helpchannels import HelpChannels
from .cogs.insights import Insights
from .cogs.menu import Menu
from .cogs.sources import Sources
from .errors import CommandTree
from .library import Library
from .settings import Settings, load_settings
from .store import Store
from .words import Translator

log = logging.getLogger(__name__)


INTENT_MISSING = (
    "Help channels are configured but the bot does not have the Message Content intent: "
    "in https://discord.com/developers/applications open the application, Bot > Privileged Gateway Intents, "
    "turn on Message Content, save and restart; until then only forum post titles and mentions are answered"
)


def intents(read_messages: bool) -> discord.Intents:
    # Mentions and DMs carry their text without Message Content; only help channels need it.
    chosen = discord.Intents.default()
    chosen.message_content = read_messages
    return chosen


def may_read_messages(flags: discord.ApplicationFlags) -> bool:
    """Whether the developer portal has Message Content on (the limited flag: under 100 servers)."""
    return flags.gateway_message_content or flags.gateway_message_content_limited


class CorpusBotMixin:
    """What the bot adds to discord.py's Bot, shared by the single and the sharded form."""

    def __init__(self, settings: Settings, library: Library, store: Store, read_messages: bool | None = None, **options):
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents(bool(read_messages)),
            allowed_mentions=send.NO_MENTIONS,
            help_command=None,
            tree_cls=CommandTree,
            **options,
        )
        self.settings = settings
        self.library = library
        self.store = store
        self.help_channels: dict[int, str] = store.all_channels()  # channel id -> "text" or "forum"
        self._read_messages = read_messages  # None: decided at start, from the help channels and the portal
        self.asking = Asking(settings, library, store)  # the one path every way of asking goes through

    async def setup_hook(self) -> None:
        await self.tree.set_translator(Translator())
        imported = await asyncio.to_thread(self.store.import_votes_file, self.settings.feedback_path)
        if imported is not None:
            log.info("Read %d votes from %s into %s", imported, self.settings.feedback_path, self.store.path)
        self.add_dynamic_items(*views.DYNAMIC_ITEMS)
        self._choose_message_content()
        for cog in (Ask, Sources, Admin, HelpChannels, Menu, Insights):
            # A bot logged in again (a restart of the same object) keeps the cogs it has.
            if self.get_cog(cog.__name__) is None:
                await self.add_cog(cog(self))
        if self.settings.dev_guild_id:
            # Guild commands update at once; global ones are synced on purpose with `corpus-bot sync`.
            guild = discord.Object(id=self.settings.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("Synced %d commands to development guild %s", len(synced), guild.id)

    def _choose_message_content(self) -> None:
        """Ask for Message Content only when some server chose help channels, and only when the
        developer portal allows it (asking without would make Discord close the connection)."""
        if self.help_channels and self._read_messages is None:
            # discord.py reads intents only when it identifies, which comes after setup_hook: set
            # here, they are what this connection asks for. There is no public way to do it later.
            self._connection._intents.message_content = may_read_messages(self.application_flags)
        if self.help_channels and not self.intents.message_content:
            log.warning(INTENT_MISSING)

    async def on_message(self, message: discord.Message) -> None:
        # There are no text commands: the Ask cog answers mentions and DMs, nothing else is parsed.
        return

    async def sync_globally(self) -> int:
        return len(await self.tree.sync())

    async def close(self) -> None:
        await super().close()
        self.library.close()


class CorpusBot(CorpusBotMixin, commands.Bot):
    pass


class ShardedCorpusBot(CorpusBotMixin, commands.AutoShardedBot):
    pass


def create_bot(
    settings: Settings | None = None, *, index: Index | None = None, read_messages: bool | None = None
) -> CorpusBot | ShardedCorpusBot:
    """The configured bot, not started. Reads the environment when `settings` is None.

    Opens the database (StoreError when it cannot be used). `read_messages` forces the Message
    Content intent on or off; by default it is asked for at start when some server chose help
    channels and the developer portal allows it.

    Without `index` the corpus is opened on the first question, off the event loop.
    """
    settings = settings or load_settings()
    # The bot never joins a voice channel: discord.py's warnings about missing voice libraries
    # would only make people look for a problem that is not there.
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
    if settings.question_limit < settings.max_question_length:
        log.warning("CORPUS_BOT_MAX_QUESTION_LENGTH=%d is above what the engine searches: %d is used",
                    settings.max_question_length, settings.question_limit)
    library = Library(settings.corpus_dir, settings.index_path, index)
    store = Store(settings.database, retention_days=settings.retention_days)
    if settings.shard_count is None:
        return CorpusBot(settings, library, store, read_messages)
    return ShardedCorpusBot(settings, library, store, read_messages, shard_count=settings.shard_count, shard_ids=settings.shard_ids)
