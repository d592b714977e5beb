"""The one path from a question to what is posted, shared by /ask, mentions, DMs and the buttons.

It holds what every way of asking must agree on: the refusals (empty, too long, too soon), the
queue (searches off the event loop, acknowledged first when others are waiting, shed politely
when full), one page of an answer with its buttons, and the recent questions those buttons
search again.
"""
from __future__ import annotations

import asyncio
import math
import time
from dataclasses import dataclass

import discord
from discord.ext import commands

from corpus import CorpusError, Index
from corpus.answer import Answer
from corpus.reply import compose

from . import errors, limits, render, send, views
from .library import Library
from .recent import RecentQuestions
from .settings import Settings
from .store import Store
from .words import language_of_locale, say


@dataclass(frozen=True)
class Origin:
    """Where a question was asked, as the store keeps it: the server (never the person) and how."""

    guild_id: int | None
    path: str  # slash, mention, dm, menu, channel, forum, followup

    @property
    def unasked(self) -> bool:
        """Nobody addressed the bot (a help channel): it speaks only when confident."""
        return self.path in ("channel", "forum")


class Asking:
    def __init__(self, settings: Settings, library: Library, store: Store):
        self.settings = settings
        self.library = library
        self.store = store  # every new question is recorded there, for /insights
        self.recent = RecentQuestions(limits.RECENT_QUESTIONS)
        self.cooldowns = commands.CooldownMapping.from_cooldown(
            settings.cooldown_rate, settings.cooldown_seconds, lambda user_id: user_id
        )
        self.pending = 0  # searches under way or waiting for a worker
        self._seconds = 0.01  # a running mean of one search, to say how long to wait when busy

    def language(self, locale: object) -> str:
        """The reply language for a Discord locale; the bot's own language for any other."""
        return language_of_locale(locale, self.settings.language)

    def refusal(self, user_id: int, question: str, lang: str) -> str | None:
        """Why this question is not answered now, in the asker's words; None when it will be."""
        if not question.strip():
            return say(lang, "usage")
        limit = self.settings.question_limit
        if len(question) > limit:
            return say(lang, "too_long", length=len(question), limit=limit)
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

    def should_acknowledge(self) -> bool:
        """Whether to tell Discord "thinking…" before searching: others are waiting, or the
        search may outlast the three seconds Discord waits for a first response."""
        return self.pending > 0 or self.library.may_be_slow

    async def search(self, question: str, offset: int = 0) -> Answer:
        """One page of results, searched off the event loop; counted in the queue meanwhile."""
        self.pending += 1
        started = time.perf_counter()
        try:
            answer = await self.library.search(question, limits.PAGE, offset)
        finally:
            self.pending -= 1
        self._seconds = 0.9 * self._seconds + 0.1 * (time.perf_counter() - started)
        return answer

    # -- a page of an answer ------------------------------------------------------------------

    def confident(self, answer: Answer) -> bool:
        """Sure enough to speak where nobody asked the bot (help channels)."""
        return not answer.abstained and bool(answer.results) and answer.confidence >= self.settings.auto_answer_confidence

    async def first_page(self, question: str, origin: Origin) -> Answer:
        """The first results for a newly asked question, recorded in the store for /insights."""
        answer = await self.search(question)
        found = self.confident(answer) if origin.unasked else not answer.abstained and bool(answer.results)
        await asyncio.to_thread(
            self.store.record_question,
            question,
            guild_id=origin.guild_id,
            path=origin.path,
            answered=found,  # a help channel's question the bot kept silent on counts as unanswered
            confidence=answer.confidence,
            documents=[hit.doc for hit in answer.results],
        )
        return answer

    async def page(
        self,
        question: str,
        lang: str,
        *,
        offset: int = 0,
        token: str | None = None,
        origin: Origin | None = None,
        answer: Answer | None = None,
    ) -> tuple[discord.Embed, discord.ui.View | None]:
        """The embed for results `offset`.. and, unless nothing was found, the buttons under it.

        A new question comes with its `origin` and is recorded; pages of one already asked are not.
        """
        index = await self.library.index()
        if answer is None:
            answer = await (self.first_page(question, origin) if origin else self.search(question, offset))
        embed = render.answer_embed(compose(answer, lang, index.sources))
        if answer.abstained or not answer.results:
            return embed, None
        token = token or self.recent.remember(question, index.fingerprint)
        return embed, views.answer_view(token, answer, lang)

    # -- the ways of asking -------------------------------------------------------------------

    async def admit(self, interaction: discord.Interaction, question: str, lang: str, *, ephemeral: bool) -> bool:
        """Before an interaction searches: False (and why, privately) when refused or shed, else
        acknowledged first when the answer may be late."""
        refused = self.refusal(interaction.user.id, question, lang) or self.busy(lang)
        if refused:
            await send.respond(interaction, refused, ephemeral=True)
            return False
        if self.should_acknowledge():
            await send.defer(interaction, ephemeral=ephemeral)
        return True

    async def ask_interaction(self, interaction: discord.Interaction, question: str, private: bool) -> None:
        """/ask: refuse, shed or answer; a deferred answer that cannot be sent is apologised for."""
        lang = self.language(interaction.locale)
        question = question.strip()
        if not await self.admit(interaction, question, lang, ephemeral=private):
            return
        try:
            embed, view = await self.page(question, lang, origin=Origin(interaction.guild_id, "slash"))
        except CorpusError as error:  # meant for people (a corpus that cannot be opened): told, not raised
            await errors.interaction_failed(interaction, error, lang)
            return
        await send.deliver(interaction, embed=embed, view=view, ephemeral=private, apology=say(lang, "apology"))

    async def ask_message(
        self, message: discord.Message, question: str, lang: str, *, origin: Origin, note: str | None = None
    ) -> bool:
        """A mention or a DM: no three-second limit, but the same refusals and queue.

        `note` goes above the answer (the question a follow-up was understood as). True when
        excerpts were posted.
        """
        refused = self.refusal(message.author.id, question, lang) or self.busy(lang)
        if refused:
            await send.reply_to(message, refused)
            return False
        embed, view = await self.page(question, lang, origin=origin)
        sent = await send.reply_to(message, note, embed=embed, view=view)
        return sent is not None and view is not None

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

    async def acknowledge_click(self, interaction: discord.Interaction, lang: str, *, ephemeral: bool,
                                update: bool = False) -> bool:
        """Before a button searches: False (and a polite word) when the queue is full, else
        acknowledged first when others are waiting."""
        refused = self.busy(lang)
        if refused:
            await send.respond(interaction, refused, ephemeral=True)
            return False
        if self.should_acknowledge():
            await send.defer(interaction, ephemeral=ephemeral, update=update)
        return True
