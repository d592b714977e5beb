"""The buttons under an answer: full passages, more results, and 👍/👎.

They are dynamic items: each custom_id carries what the click needs (a token for the question,
the page's offset), so buttons keep working for any answer the bot still remembers, and old ones
after a restart answer that they expired instead of failing silently. A click goes through the
bot's one asking path (`bot.asking`, reached from the interaction): this module builds buttons
and never imports it, so the two do not depend on each other.

Who may press: anyone who sees the answer, on purpose. A public answer belongs to the channel:
paging it ("More results") helps everyone reading it, a full passage is shown only to whoever
asks for it, and each vote is recorded as one more opinion (without a name).
"""
from __future__ import annotations

import asyncio
import re
from typing import TYPE_CHECKING, Any

import discord
from corpus.answer import Answer
from corpus.reply import quote

from . import errors, render, send
from .words import say

if TYPE_CHECKING:
    from .asking import Asking
    from .recent import Asked

_TOKEN = r"(?P<token>[0-9a-f]{1,32})"
_OFFSET = r"(?P<offset>\d{1,6})"


class _AnswerButton:
    """Shared by the buttons: find the question again, and route any failure to one handler."""

    token: str
    offset: int

    async def callback(self, interaction: discord.Interaction) -> Any:
        asking: Asking = interaction.client.asking  # type: ignore[attr-defined]
        lang = asking.language(interaction.locale)
        try:
            index = await asking.library.index()
            asked = asking.recent.recall(self.token, index.fingerprint)
            if asked is None:
                await send.respond(interaction, say(lang, "expired"), ephemeral=True)
                return
            await self.clicked(interaction, asking, asked, lang)
        except Exception as error:  # noqa: BLE001 - every failure gets an apology and a log
            await errors.interaction_failed(interaction, error, lang)

    async def clicked(self, interaction: discord.Interaction, asking: Asking, asked: Asked, lang: str) -> None:
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

    async def clicked(self, interaction, asking, asked, lang) -> None:
        if not await asking.acknowledge_click(interaction, lang, ephemeral=False, update=True):
            return
        embed, view = await asking.page(asked.question, lang, offset=self.offset, token=self.token)
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

    async def clicked(self, interaction, asking, asked, lang) -> None:
        if not await asking.acknowledge_click(interaction, lang, ephemeral=True):
            return
        answer = await asking.search(asked.question, self.offset)
        if self.rank >= len(answer.results):
            await send.respond(interaction, say(lang, "expired"), ephemeral=True)
            return
        hit = answer.results[self.rank]
        text = (await asking.library.index()).context(hit.passage)
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

    async def clicked(self, interaction, asking, asked, lang) -> None:
        if not await asking.acknowledge_click(interaction, lang, ephemeral=True):
            return
        answer = await asking.search(asked.question, self.offset)
        documents = [hit.doc for hit in answer.results]
        await asyncio.to_thread(asking.store.record_vote, asked.question, documents, self.vote, guild_id=interaction.guild_id)
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
