"""The bot itself: `create_bot()` builds it, configured but not started."""
from __future__ import annotations

import logging

import discord
from discord.ext import commands

from corpus import Index

from . import send, views
from .asking import Asking
from .cogs.admin import Admin
from .cogs.ask import Ask
from .cogs.sources import Sources
from .errors import CommandTree
from .feedback import FeedbackLog
from .library import Library
from .settings import Settings, load_settings
from .words import Translator

log = logging.getLogger(__name__)


def intents() -> discord.Intents:
    # No privileged intent: mentions and DMs carry their text to bots without message content.
    return discord.Intents.default()


class CorpusBotMixin:
    """What the bot adds to discord.py's Bot, shared by the single and the sharded form."""

    def __init__(self, settings: Settings, library: Library, **options):
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents(),
            allowed_mentions=send.NO_MENTIONS,
            help_command=None,
            tree_cls=CommandTree,
            **options,
        )
        self.settings = settings
        self.library = library
        self.asking = Asking(settings, library)  # the one path every way of asking goes through
        self.feedback = FeedbackLog(settings.feedback_path)

    async def setup_hook(self) -> None:
        await self.tree.set_translator(Translator())
        self.add_dynamic_items(*views.DYNAMIC_ITEMS)
        for cog in (Ask(self), Sources(self), Admin(self)):
            await self.add_cog(cog)
        if self.settings.dev_guild_id:
            # Guild commands update at once; global ones are synced on purpose with `corpus-bot sync`.
            guild = discord.Object(id=self.settings.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("Synced %d commands to development guild %s", len(synced), guild.id)

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


def create_bot(settings: Settings | None = None, *, index: Index | None = None) -> CorpusBot | ShardedCorpusBot:
    """The configured bot, not started. Reads the environment when `settings` is None.

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
    if settings.shard_count is None:
        return CorpusBot(settings, library)
    return ShardedCorpusBot(settings, library, shard_count=settings.shard_count, shard_ids=settings.shard_ids)
