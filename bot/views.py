"""The buttons under an answer: full passages, more results, and 👍/👎.

They are dynamic items: each custom_id carries what the click needs (a token for the question,
the page's offset), so buttons keep working for any answer the bot still remembers, and old ones
after a restart answer that they expired instead of failing silently.
"""
from __future__ import annotations

import asyncio
import re
from typing import TYPE_CHECKING, Any

import discord
from corpus.answer import Answer
from corpus.reply import quote

from . import answers, errors, render, send
from .messages import language_of_locale, say

if TYPE_CHECKING:
    from .app import CorpusBotMixin
    from .recent import Asked

_TOKEN = r"(?P<token>[0-9a-f]{1,32})"
_OFFSET = r"(?P<offset>\d{1,6})"


def _lang(interaction: discord.Interaction) -> str:
    return language_of_locale(interaction.locale, interaction.client.settings.language)


class _AnswerButton:
    """Shared by the buttons: find the question again, and route any failure to one handler."""

    token: str
    offset: int

    async def callback(self, interaction: discord.Interaction) -> Any:
        lang = _lang(interaction)
        try:
            bot: CorpusBotMixin = interaction.client  # type: ignore[assignment]
            index = await bot.library.index()
            asked = bot.recent.recall(self.token, index.fingerprint)
            if asked is None:
                await send.respond(interaction, say(lang, "expired"), ephemeral=True)
                return
            await self.clicked(interaction, bot, asked, lang)
        except Exception as error:  # noqa: BLE001 - every failure gets an apology and a log
            await errors.interaction_failed(interaction, error, lang)

    async def clicked(self, interaction: discord.Interaction, bot: CorpusBotMixin, asked: Asked, lang: str) -> None:
        raise NotImplementedError

    @classmethod
    def _values(cls, match: re.Match[str]) -> dict[str, Any]:
        values: dict[str, Any] = match.groupdict()
        values["offset"] = int(values["offset"])
        return values


class MoreButton(_AnswerButton, discord.ui.DynamicItem[discord.ui.Button], template=rf"cb:more:{_TOKEN}:{_OFFSET}"):
    def __init__(self, token: str, offset: int, *, label: str = "…", disabled: bool = False):
        self.token, self.offset = token, offset
        button = discord.ui.Button(
            label=label, style=discord.ButtonStyle.primary, custom_id=f"cb:more:{token}:{offset}", disabled=disabled, row=1
        )
        super().__init__(button)

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]):
        return cls(**cls._values(match), label=item.label or "…")

    async def clicked(self, interaction, bot, asked, lang) -> None:
        embed, view = await answers.page(bot, asked.question, lang, offset=self.offset, token=self.token)
        if view is None:
            await send.respond(interaction, say(lang, "no_more"), ephemeral=True)
            return
        await send.edit(interaction, embed=embed, view=view)


class PassageButton(
    _AnswerButton, discord.ui.DynamicItem[discord.ui.Button], template=rf"cb:full:{_TOKEN}:{_OFFSET}:(?P<rank>\d)"
):
    def __init__(self, token: str, offset: int, rank: int, *, label: str = "…"):
        self.token, self.offset, self.rank = token, offset, int(rank)
        button = discord.ui.Button(
            label=label, style=discord.ButtonStyle.secondary, custom_id=f"cb:full:{token}:{offset}:{rank}", row=0
        )
        super().__init__(button)

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]):
        return cls(**cls._values(match), label=item.label or "…")

    async def clicked(self, interaction, bot, asked, lang) -> None:
        answer = await bot.library.search(asked.question, answers.PAGE, self.offset)
        if self.rank >= len(answer.results):
            await send.respond(interaction, say(lang, "expired"), ephemeral=True)
            return
        hit = answer.results[self.rank]
        text = (await bot.library.index()).context(hit.passage)
        await send.respond(interaction, embed=render.passage_embed(text, quote(hit), lang), ephemeral=True)


class VoteButton(
    _AnswerButton, discord.ui.DynamicItem[discord.ui.Button], template=rf"cb:vote:{_TOKEN}:{_OFFSET}:(?P<vote>up|down)"
):
    def __init__(self, token: str, offset: int, vote: str):
        self.token, self.offset, self.vote = token, offset, vote
        button = discord.ui.Button(
            emoji="👍" if vote == "up" else "👎",
            style=discord.ButtonStyle.secondary,
            custom_id=f"cb:vote:{token}:{offset}:{vote}",
            row=1,
        )
        super().__init__(button)

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]):
        return cls(**cls._values(match))

    async def clicked(self, interaction, bot, asked, lang) -> None:
        answer = await bot.library.search(asked.question, answers.PAGE, self.offset)
        documents = [hit.doc for hit in answer.results]
        await asyncio.to_thread(bot.store.record_vote, asked.question, documents, self.vote, guild_id=interaction.guild_id)
        await send.respond(interaction, say(lang, "vote_thanks"), ephemeral=True)


DYNAMIC_ITEMS = (MoreButton, PassageButton, VoteButton)


def answer_view(token: str, answer: Answer, lang: str) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for rank in range(len(answer.results)):
        view.add_item(PassageButton(token, answer.offset, rank, label=say(lang, "passage", n=answer.offset + rank + 1)))
    following = answer.offset + len(answer.results)
    view.add_item(MoreButton(token, following, label=say(lang, "more"), disabled=following >= answer.total))
    view.add_item(VoteButton(token, answer.offset, "up"))
    view.add_item(VoteButton(token, answer.offset, "down"))
    return view
