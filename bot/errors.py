"""The one place where a failure inside a handler is logged and apologised for.

People get a short apology in their language; the log gets the traceback. Slash commands come
here through the tree's `on_error`, buttons and mentions through their own `try`.
"""
from __future__ import annotations

import logging

import discord
from discord import app_commands

from . import send
from .messages import language_of_locale, say

log = logging.getLogger(__name__)


async def interaction_failed(interaction: discord.Interaction, error: BaseException, lang: str) -> None:
    name = interaction.command.qualified_name if interaction.command else interaction.data and interaction.data.get("custom_id")
    log.error("Error while handling %r for user %s", name, interaction.user.id, exc_info=error)
    if interaction.type is discord.InteractionType.autocomplete:
        return  # choices are all an autocomplete can receive; the person just sees none
    await send.respond(interaction, say(lang, "apology"), ephemeral=True)


async def message_failed(message: discord.Message, error: BaseException, lang: str) -> None:
    log.error("Error while answering message %s", message.id, exc_info=error)
    await send.reply_to(message, say(lang, "apology"))


class CommandTree(app_commands.CommandTree):
    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        default = getattr(self.client, "settings", None)
        lang = language_of_locale(interaction.locale, default.language if default else "fr")
        await interaction_failed(interaction, getattr(error, "original", error), lang)
