"""Asking: `/ask`, a mention in a channel, or a direct message."""
from __future__ import annotations

import asyncio
import re

import discord
from discord import app_commands
from discord.ext import commands

from corpus.analysis import guess_language

from .. import answers, errors, followups, send
from ..messages import language_of_locale, say
from ..render import plain


class Ask(commands.Cog):
    def __init__(self, bot):
        self.bot = bot

    @app_commands.command(name="ask", description="Ask the documents a question / Poser une question aux documents")
    @app_commands.describe(
        question="What you want to know, in French or English",
        private="Only you see the answer (default: everyone in the channel)",
    )
    async def ask(self, interaction: discord.Interaction, question: str, private: bool = False) -> None:
        lang = language_of_locale(interaction.locale, self.bot.settings.language)
        question = question.strip()
        refused = answers.refusal(self.bot, interaction.user.id, question, lang)
        if refused:
            await send.respond(interaction, refused, ephemeral=True)
            return
        if self.bot.library.is_large:
            # A long search would outlast the three seconds Discord waits for a first response.
            await send.defer(interaction, ephemeral=private)
        origin = answers.Origin(interaction.guild_id, "slash")
        embed, view = await answers.page(self.bot, question, lang, origin=origin)
        await send.respond(interaction, embed=embed, view=view, ephemeral=private)

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
            refused = answers.refusal(self.bot, message.author.id, question, lang)
            if refused:
                await send.reply_to(message, refused)
                return
            guild_id = message.guild.id if message.guild else None
            origin = answers.Origin(guild_id, "mention" if guild_id else "dm")
            thread = message.channel if isinstance(message.channel, discord.Thread) else None
            previous = await asyncio.to_thread(self.bot.store.thread_question, thread.id) if thread else None
            note = None
            if previous and followups.is_follow_up(question):
                question, origin = followups.understood(previous, question), answers.Origin(guild_id, "followup")
                note = say(lang, "understood", question=plain(question))
            embed, view = await answers.page(self.bot, question, lang, origin=origin)
            sent = await send.reply_to(message, note, embed=embed, view=view)
            if thread and sent and view and len(question) <= self.bot.settings.max_question_length:
                # The thread's question becomes this one, the context of the next follow-up.
                await asyncio.to_thread(self.bot.store.remember_thread, thread.id, guild_id, question)
        except Exception as error:  # noqa: BLE001 - the one handler logs and apologises
            await errors.message_failed(message, error, lang)
