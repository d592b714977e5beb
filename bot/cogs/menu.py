"""The message menu: right-click a message → Apps → "Ask the documents".

The bot answers that message's text as `/ask` would, as a reply under it, so a question someone
else asked gets its answer where it stands. The answer is private to the one who asked for it
with "Ask the documents privately", or when that person may not send messages in the channel.
"""
from __future__ import annotations

import re

import discord
from discord import app_commands
from discord.ext import commands

from corpus.analysis import guess_language

from .. import send
from ..asking import Origin
from ..words import command, say


class Menu(commands.Cog):
    def __init__(self, bot):
        self.bot = bot
        self.menus = (
            app_commands.ContextMenu(name=command("cmd.menu.ask"), callback=self.ask_publicly),
            app_commands.ContextMenu(name=command("cmd.menu.ask_privately"), callback=self.ask_privately),
        )

    async def cog_load(self) -> None:
        for menu in self.menus:
            self.bot.tree.add_command(menu)

    async def cog_unload(self) -> None:
        for menu in self.menus:
            self.bot.tree.remove_command(menu.name, type=menu.type)

    async def ask_publicly(self, interaction: discord.Interaction, message: discord.Message) -> None:
        # Someone who may not post in this channel should not make the bot post for them.
        permissions = interaction.permissions
        in_thread = isinstance(interaction.channel, discord.Thread)
        may_post = permissions.send_messages_in_threads if in_thread else permissions.send_messages
        await self._ask(interaction, message, private=not may_post)

    async def ask_privately(self, interaction: discord.Interaction, message: discord.Message) -> None:
        await self._ask(interaction, message, private=True)

    async def _ask(self, interaction: discord.Interaction, message: discord.Message, *, private: bool) -> None:
        asking = self.bot.asking
        lang = asking.language(interaction.locale)
        # A mention of the bot in the message is not part of the question.
        question = re.sub(rf"<@!?{self.bot.user.id}>", " ", message.content).strip()
        if not question:
            await send.respond(interaction, say(lang, "menu_no_text"), ephemeral=True)
            return
        refused = asking.refusal(interaction.user.id, question, lang)
        if refused:
            await send.respond(interaction, refused, ephemeral=True)
            return
        # The answer speaks the question's language: it is posted for the channel, not only the invoker.
        reply_lang = lang if private else guess_language(question)
        # Whatever is posted in the channel, the invoker's own response is always private.
        origin = Origin(interaction.guild_id, "menu")
        paged = await asking.first_page_for(interaction, question, lang, origin, ephemeral=True, reply_lang=reply_lang)
        if paged is None:
            return
        embed, view = paged
        posted = None if private else await send.reply_to(message, embed=embed, view=view)
        apology = say(lang, "apology")
        if posted is None:  # private, or the bot may not post there: the invoker still gets the answer
            await send.deliver(interaction, embed=embed, view=view, ephemeral=True, apology=apology)
            return
        await send.deliver(interaction, say(lang, "menu_answered", link=posted.jump_url), ephemeral=True, apology=apology)
        if view is not None:
            await asking.remember_thread(message.channel, interaction.guild_id, question)
