"""`/insights`: what this server asked and what the documents did not answer, for its managers."""
from __future__ import annotations

import asyncio
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

from .. import render, send
from ..checks import manages_server
from ..insights import report
from ..words import command, say


class Insights(commands.Cog):
    def __init__(self, bot):
        self.bot = bot

    @app_commands.command(name=command("cmd.insights"), description=command("cmd.insights.description"))
    @app_commands.rename(days=command("cmd.insights.days"))
    @app_commands.describe(days=command("cmd.insights.days.description"))
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    async def insights(self, interaction: discord.Interaction, days: Literal[7, 30] = 7) -> None:
        lang = self.bot.asking.language(interaction.locale)
        if not await manages_server(interaction):
            await send.respond(interaction, say(lang, "not_allowed"), ephemeral=True)
            return
        store = self.bot.store
        questions = await asyncio.to_thread(store.questions, days=days, guild_id=interaction.guild_id)
        votes = await asyncio.to_thread(store.votes, days=days, guild_id=interaction.guild_id)
        summary = await asyncio.to_thread(report, questions, votes, days)  # grouping is CPU work
        await send.respond(interaction, embed=render.insights_embed(summary, lang), ephemeral=True)
