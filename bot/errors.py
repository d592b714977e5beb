"""The one place where a failure inside a handler becomes what the person reads.

An engine error meant for people (corpus.CorpusError: an empty corpus, a question too long, an
index file that is not ours) is told to them in their language, and logged as a warning. Anything
else is a bug: an apology in their language, and the traceback in the log. Slash commands come
here through the tree's `on_error`, buttons and mentions through their own `try`.
"""
from __future__ import annotations

import logging

import discord
from discord import app_commands

from corpus import CorpusError

from . import send
from .escape import inert
from .words import error_words, language_of_locale, say

log = logging.getLogger(__name__)


def _words(error: BaseException, lang: str, what: str) -> str:
    if isinstance(error, CorpusError):
        log.warning("Refused %s: %s", what, error)
        text = error_words(error, lang, inert)
        return text[:1].upper() + text[1:]  # worded to follow "…: " elsewhere; here it opens the message
    log.error("Error while handling %s", what, exc_info=error)
    return say(lang, "apology")


async def interaction_failed(interaction: discord.Interaction, error: BaseException, lang: str) -> None:
    name = interaction.command.qualified_name if interaction.command else interaction.data and interaction.data.get("custom_id")
    text = _words(error, lang, f"{name!r} for user {interaction.user.id}")
    if interaction.type is discord.InteractionType.autocomplete:
        return  # choices are all an autocomplete can receive; the person just sees none
    await send.deliver(interaction, text, apology=text, ephemeral=True)


async def message_failed(message: discord.Message, error: BaseException, lang: str) -> None:
    await send.reply_to(message, _words(error, lang, f"message {message.id}"))


class CommandTree(app_commands.CommandTree):
    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        asking = getattr(self.client, "asking", None)
        lang = asking.language(interaction.locale) if asking else language_of_locale(interaction.locale)
        await interaction_failed(interaction, getattr(error, "original", error), lang)
