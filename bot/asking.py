"""The one path from a question to what is posted, shared by /ask, mentions, DMs and the buttons.

It holds what every way of asking must agree on: the refusals (empty, too long, too soon), the
queue (searches off the event loop, acknowledged first when others are waiting, shed politely
when full), one page of an answer with its buttons, and the recent questions those buttons
search again.
"""
from __future__ import annotations

import math
import time
from contextlib import asynccontextmanager
from typing import AsyncIterator

import discord
from discord.ext import commands

from corpus import CorpusError, Index
from corpus.answer import Answer
from corpus.reply import compose

from . import errors, limits, render, send, views
from .library import Library
from .recent import RecentQuestions
from .settings import Settings
from .words import language_of_locale, say


class Asking:
    def __init__(self, settings: Settings, library: Library):
        self.settings = settings
        self.library = library
        self.recent = RecentQuestions(limits.RECENT_QUESTIONS)
        self.cooldowns = commands.CooldownMapping.from_cooldown(
            settings.cooldown_rate, settings.cooldown_seconds, lambda user_id: user_id
        )
        self.pending = 0  # questions and clicks accepted and not yet answered
        self._seconds = 0.01  # a running mean of one search, to say how long to wait when busy

    def language(self, locale: object) -> str:
        """The reply language for a Discord locale; the bot's own language for any other."""
        return language_of_locale(locale, self.settings.language)

    def refusal(self, user_id: int, question: str, lang: str) -> str | None:
        """Why this question is not answered now, in the asker's words; None when it will be:
        empty, too long, the queue full, or the asker's turn not come yet."""
        if not question.strip():
            return say(lang, "usage")
        limit = self.settings.question_limit
        if len(question) > limit:
            return say(lang, "too_long", length=len(question), limit=limit)
        busy = self.busy(lang)  # before the cooldown: a question turned away costs no turn
        if busy:
            return busy
        retry = self.cooldowns.update_rate_limit(user_id)
        if retry:
            return say(lang, "cooldown", seconds=math.ceil(retry))
        return None

    # -- the queue ----------------------------------------------------------------------------

    def busy(self, lang: str) -> str | None:
        """The polite refusal when the queue is full; None while there is room."""
        if self.pending < self.settings.queue_limit:
            return None
        wait = max(1, math.ceil(self.pending * self._seconds / limits.SEARCH_WORKERS))
        return say(lang, "busy", seconds=wait)

    @asynccontextmanager
    async def queued(self) -> AsyncIterator[None]:
        """Counts a question (or a click) in the queue from its acceptance to its answer."""
        self.pending += 1
        try:
            yield
        finally:
            self.pending -= 1

    def should_acknowledge(self) -> bool:
        """Whether to tell Discord "thinking…" before searching (asked from inside `queued`):
        others are waiting, or the search may outlast the three seconds Discord waits."""
        return self.pending > 1 or self.library.may_be_slow

    async def search(self, question: str, offset: int = 0) -> Answer:
        """One page of results, searched off the event loop."""
        started = time.perf_counter()
        answer = await self.library.search(question, limits.PAGE, offset)
        self._seconds = 0.9 * self._seconds + 0.1 * (time.perf_counter() - started)
        return answer

    # -- a page of an answer ------------------------------------------------------------------

    async def page(
        self, question: str, lang: str, *, offset: int = 0, token: str | None = None
    ) -> tuple[discord.Embed, discord.ui.View | None]:
        """The embed for results `offset`.. and, unless nothing was found, the buttons under it."""
        index = await self.library.index()
        answer = await self.search(question, offset)
        embed = render.answer_embed(compose(answer, lang, index.sources))
        if answer.abstained or not answer.results:
            return embed, None
        token = token or self.recent.remember(question, index.fingerprint)
        return embed, views.answer_view(token, answer, lang)

    # -- the ways of asking -------------------------------------------------------------------

    async def ask_interaction(self, interaction: discord.Interaction, question: str, private: bool) -> None:
        """/ask: refuse, shed or answer; a deferred answer that cannot be sent is apologised for."""
        lang = self.language(interaction.locale)
        question = question.strip()
        refused = self.refusal(interaction.user.id, question, lang)
        if refused:
            await send.respond(interaction, refused, ephemeral=True)
            return
        async with self.queued():
            if self.should_acknowledge():
                await send.defer(interaction, ephemeral=private)
            try:
                embed, view = await self.page(question, lang)
            except CorpusError as error:  # meant for people (a corpus that cannot be opened): told, not raised
                await errors.interaction_failed(interaction, error, lang)
                return
        await send.deliver(interaction, embed=embed, view=view, ephemeral=private, apology=say(lang, "apology"))

    async def ask_message(self, message: discord.Message, question: str, lang: str) -> None:
        """A mention or a DM: no three-second limit, but the same refusals and queue."""
        refused = self.refusal(message.author.id, question, lang)
        if refused:
            await send.reply_to(message, refused)
            return
        async with self.queued():
            embed, view = await self.page(question, lang)
        await send.reply_to(message, embed=embed, view=view)

    async def index_for(self, interaction: discord.Interaction, lang: str) -> Index | None:
        """The index for a command that shows it (/sources, /source): opened first if need be,
        acknowledged first when that may be slow; None (and the person told why) if it cannot be."""
        if self.library.may_be_slow:
            await send.defer(interaction, ephemeral=True)
        try:
            return await self.library.index()
        except CorpusError as error:
            await errors.interaction_failed(interaction, error, lang)
            return None

    async def acknowledge_click(self, interaction: discord.Interaction, *, ephemeral: bool, update: bool = False) -> None:
        """Before a button searches (inside `queued`): acknowledged first when others are waiting."""
        if self.should_acknowledge():
            await send.defer(interaction, ephemeral=ephemeral, update=update)
