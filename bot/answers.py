"""From a question to what is posted: the refusals, and one page of the answer with its buttons.

Slash commands, mentions, DMs and the "more results" button all answer through here, so they
say the same things.
"""
from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import discord
from corpus.answer import Answer
from corpus.reply import compose

from . import render, views
from .messages import say

if TYPE_CHECKING:
    from .app import CorpusBotMixin

PAGE = 3  # excerpts per page: enough to compare sources, short enough to read on a phone


@dataclass(frozen=True)
class Origin:
    """Where a question was asked, as the store keeps it: the server (never the person) and how."""

    guild_id: int | None
    path: str  # slash, mention, dm, menu, channel, forum, followup

    @property
    def unasked(self) -> bool:
        """Nobody addressed the bot (a help channel): it speaks only when confident."""
        return self.path in ("channel", "forum")


def confident(bot: CorpusBotMixin, answer: Answer) -> bool:
    return not answer.abstained and bool(answer.results) and answer.confidence >= bot.settings.auto_answer_confidence


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


async def first_page(bot: CorpusBotMixin, question: str, origin: Origin) -> Answer:
    """The first results for a newly asked question, kept in the store for `/insights`."""
    answer = await bot.library.search(question, PAGE)
    found = confident(bot, answer) if origin.unasked else not answer.abstained and bool(answer.results)
    await asyncio.to_thread(
        bot.store.record_question,
        question,
        guild_id=origin.guild_id,
        path=origin.path,
        answered=found,  # a help channel's question the bot kept silent on counts as unanswered
        confidence=answer.confidence,
        documents=[hit.doc for hit in answer.results],
    )
    return answer


async def page(
    bot: CorpusBotMixin,
    question: str,
    lang: str,
    *,
    offset: int = 0,
    token: str | None = None,
    origin: Origin | None = None,
    answer: Answer | None = None,
) -> tuple[discord.Embed, discord.ui.View | None]:
    """The embed for results `offset`.. and, unless nothing was found, the buttons under it.

    A new question comes with its `origin` and is recorded; pages of the same one (buttons) are not.
    """
    index = await bot.library.index()
    if answer is None:
        answer = await (first_page(bot, question, origin) if origin else bot.library.search(question, PAGE, offset))
    reply = compose(answer, lang, index.sources)
    embed = render.answer_embed(reply)
    if reply.abstained:
        return embed, None
    token = token or bot.recent.remember(question, index.fingerprint)
    return embed, views.answer_view(token, answer, lang)
