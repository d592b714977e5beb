"""What the bot knows: `/sources` lists the documents, `/source` shows one."""
from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from corpus import CorpusError

from .. import render, send
from ..render import plain
from ..send import fit
from ..words import command, say

CHOICES = 25  # Discord shows at most 25 autocomplete choices
CHOICE_TEXT = 100  # and each choice's name and value hold at most 100 characters


class Sources(commands.Cog):
    def __init__(self, bot):
        self.bot = bot

    def _lang(self, interaction: discord.Interaction) -> str:
        return self.bot.asking.language(interaction.locale)

    @app_commands.command(name=command("cmd.sources"), description=command("cmd.sources.description"))
    async def sources(self, interaction: discord.Interaction) -> None:
        lang = self._lang(interaction)
        index = await self.bot.asking.index_for(interaction, lang)
        if index is not None:
            await send.respond(interaction, embed=render.sources_embed(index.sources, lang), ephemeral=True)

    @app_commands.command(name=command("cmd.source"), description=command("cmd.source.description"))
    @app_commands.rename(document=command("cmd.source.document"))
    @app_commands.describe(document=command("cmd.source.document.description"))
    async def source(self, interaction: discord.Interaction, document: str) -> None:
        lang = self._lang(interaction)
        index = await self.bot.asking.index_for(interaction, lang)
        if index is None:
            return
        found = index.source(document) or next(
            (s for s in index.sources if s.title.casefold() == document.strip().casefold()), None
        )
        if found is None:
            await send.respond(interaction, say(lang, "unknown_source", name=plain(document)), ephemeral=True)
            return
        await send.respond(interaction, embed=render.source_embed(found, lang), ephemeral=True)

    @source.autocomplete("document")
    async def _documents(self, interaction: discord.Interaction, typed: str) -> list[app_commands.Choice[str]]:
        try:
            index = await self.bot.library.index()
        except CorpusError:  # /source itself says why; choices can only be empty
            return []
        needle = typed.strip().casefold()
        matching = [s for s in index.sources if needle in s.title.casefold() or needle in s.doc.casefold()]
        return [
            app_commands.Choice(name=fit(s.title, CHOICE_TEXT), value=s.doc)
            for s in matching[:CHOICES]
            if len(s.doc) <= CHOICE_TEXT
        ]
