"""The message menu: right-click a message → Apps → "Ask the documents".

The bot answers that message's text as `/ask` would, as a reply under it, so a question someone
else asked gets its answer where it stands. The answer is private to the one who asked for it
with "Ask the documents privately", or when that person may not send messages in the channel.
"""
from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from corpus import CorpusError
from corpus.analysis import guess_language

from .. import errors, send
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
        await self._ask(interaction, message, private=not interaction.permissions.send_messages)

    async def ask_privately(self, interaction: discord.Interaction, message: discord.Message) -> None:
        await self._ask(interaction, message, private=True)

    async def _ask(self, interaction: discord.Interaction, message: discord.Message, *, private: bool) -> None:
        asking = self.bot.asking
        lang = asking.language(interaction.locale)
        question = message.content.strip()
        if not question:
            await send.respond(interaction, say(lang, "menu_no_text"), ephemeral=True)
            return
        # Whatever is posted in the channel, the invoker's own response is always private.
        if not await asking.admit(interaction, question, lang, ephemeral=True):
            return
        # The answer speaks the question's language: it is posted for the channel, not only the invoker.
        reply_lang = lang if private else guess_language(question)
        try:
            embed, view = await asking.page(question, reply_lang, origin=Origin(interaction.guild_id, "menu"))
        except CorpusError as error:  # meant for people (a corpus that cannot be opened): told, not raised
            await errors.interaction_failed(interaction, error, lang)
            return
        posted = None if private else await send.reply_to(message, embed=embed, view=view)
        apology = say(lang, "apology")
        if posted is None:  # private, or the bot may not post there: the invoker still gets the answer
            await send.deliver(interaction, embed=embed, view=view, ephemeral=True, apology=apology)
            return
        await send.deliver(interaction, say(lang, "menu_answered", link=posted.jump_url), ephemeral=True, apology=apology)
