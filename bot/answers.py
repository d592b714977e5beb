"""From a question to what is posted: the refusals, and one page of the answer with its buttons.

Slash commands, mentions, DMs and the "more results" button all answer through here, so they
say the same things.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

import discord
from corpus.reply import compose

from . import render, views
from .messages import say

if TYPE_CHECKING:
    from .app import CorpusBotMixin

PAGE = 3  # excerpts per page: enough to compare sources, short enough to read on a phone


def refusal(bot: CorpusBotMixin, user_id: int, question: str, lang: str) -> str | None:
    """Why this question is not answered now, in the asker's words; None when it will be."""
    if not question.strip():
        return say(lang, "usage")
    limit = bot.settings.max_question_length
    if len(question) > limit:
        return say(lang, "too_long", length=len(question), limit=limit)
    retry = bot.cooldowns.update_rate_limit(user_id)
    if retry:
        return say(lang, "cooldown", seconds=math.ceil(retry))
    return None


async def page(
    bot: CorpusBotMixin, question: str, lang: str, *, offset: int = 0, token: str | None = None
) -> tuple[discord.Embed, discord.ui.View | None]:
    """The embed for results `offset`.. and, unless nothing was found, the buttons under it."""
    index = await bot.library.index()
    answer = await bot.library.search(question, PAGE, offset)
    reply = compose(answer, lang, index.sources)
    embed = render.answer_embed(reply)
    if reply.abstained:
        return embed, None
    token = token or bot.recent.remember(question, index.fingerprint)
    return embed, views.answer_view(token, answer, lang)
