"""Keeping the bot current: `/reload` reads the corpus folder again without a restart."""
from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from corpus import CorpusError

from .. import send
from ..checks import manages_server
from ..library import Changes
from ..render import plain
from ..words import command, error_words, say

log = logging.getLogger(__name__)


def report(changes: Changes, lang: str) -> str:
    if not changes.any:
        return say(lang, "reload_same", count=changes.count)
    lines = [say(lang, "reload_done", count=changes.count)]
    for key in ("added", "removed", "changed"):
        titles = getattr(changes, key)
        if titles:
            lines.append(say(lang, key, titles=", ".join(plain(t) for t in titles)))
    if changes.text_changed and not (changes.added or changes.removed or changes.changed):
        lines.append(say(lang, "content_changed"))
    return "\n".join(lines)


class Admin(commands.Cog):
    def __init__(self, bot):
        self.bot = bot

    @app_commands.command(name=command("cmd.reload"), description=command("cmd.reload.description"))
    @app_commands.default_permissions(manage_guild=True)
    async def reload(self, interaction: discord.Interaction) -> None:
        lang = self.bot.asking.language(interaction.locale)
        if not await manages_server(interaction):
            await send.respond(interaction, say(lang, "not_allowed"), ephemeral=True)
            return
        await send.defer(interaction, ephemeral=True)
        try:
            changes = await self.bot.library.reload()
        except CorpusError as error:
            log.warning("Reload refused: %s", error)
            await send.deliver(interaction, say(lang, "reload_failed", error=error_words(error, lang, plain)),
                               apology=say(lang, "apology"), ephemeral=True)
            return
        log.info("Corpus reloaded by user %s: %s", interaction.user.id, changes)
        await send.deliver(interaction, report(changes, lang), apology=say(lang, "apology"), ephemeral=True)
