"""Asking: `/ask`, a mention in a channel, or a direct message. All go through `bot.asking`."""
from __future__ import annotations

import asyncio
import re

import discord
from discord import app_commands
from discord.ext import commands

from corpus.analysis import guess_language

from .. import errors, followups
from ..asking import Origin
from ..render import plain
from ..words import command, say


class Ask(commands.Cog):
    def __init__(self, bot):
        self.bot = bot

    @app_commands.command(name=command("cmd.ask"), description=command("cmd.ask.description"))
    @app_commands.rename(question=command("cmd.ask.question"), private=command("cmd.ask.private"))
    @app_commands.describe(
        question=command("cmd.ask.question.description"),
        private=command("cmd.ask.private.description"),
    )
    async def ask(self, interaction: discord.Interaction, question: str, private: bool = False) -> None:
        await self.bot.asking.ask_interaction(interaction, question, private)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot:
            return
        me = self.bot.user
        if message.guild is not None and me not in message.mentions:
            return
        question = re.sub(rf"<@!?{me.id}>", " ", message.content).strip()
        lang = guess_language(question) if question else self.bot.settings.language
        try:
            guild_id = message.guild.id if message.guild else None
            origin = Origin(guild_id, "mention" if guild_id else "dm")
            thread = message.channel if isinstance(message.channel, discord.Thread) else None
            previous = await asyncio.to_thread(self.bot.store.thread_question, thread.id) if thread else None
            note = None
            if previous and followups.is_follow_up(question):
                understood = followups.understood(previous, question)
                if len(understood) <= self.bot.settings.max_question_length:
                    # When a new name replaced the old one, the previous question is named too.
                    key = "understood" if understood.startswith(previous) else "understood_after"
                    note = say(lang, key, question=plain(understood), previous=plain(previous))
                    question, origin = understood, Origin(guild_id, "followup")
            answered = await self.bot.asking.ask_message(message, question, lang, origin=origin, note=note)
            if thread and answered:
                # The thread's question becomes this one, the context of the next follow-up.
                await asyncio.to_thread(self.bot.store.remember_thread, thread.id, guild_id, question)
        except Exception as error:  # noqa: BLE001 - the one handler words, logs and apologises
            await errors.message_failed(message, error, lang)
