"""The one place where messages are fitted to Discord's limits and sent.

Every reply goes through `reply_to`, `respond` or `edit`: they cut text cleanly, forbid every
mention, and log (rather than raise) a request Discord refuses, so one failed request never
stops the bot from serving the next question.
"""
from __future__ import annotations

import logging
import re
from typing import Awaitable

import discord

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
ELLIPSIS = "…"

CONTENT = 2000
TITLE = 256
DESCRIPTION = 4096
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
AUTHOR = 256
FIELDS = 25
EMBED_TOTAL = 6000
THREAD_NAME = 100

_SPACE = re.compile(r"\s")


def fit(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, ending with an ellipsis."""
    if len(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return ELLIPSIS[:limit]
    cut = text[: limit - len(ELLIPSIS)]
    spaces = [m.start() for m in _SPACE.finditer(cut)]
    # Only back up to a word boundary when that keeps most of the text; one long word is cut.
    if spaces and spaces[-1] >= len(cut) // 2:
        cut = cut[: spaces[-1]]
    cut = cut.rstrip()
    # A lone trailing backslash would escape the ellipsis, or a closing "**" added later.
    if (len(cut) - len(cut.rstrip("\\"))) % 2:
        cut = cut[:-1]
    return cut + ELLIPSIS


def fit_embed(embed: discord.Embed) -> discord.Embed:
    """The same embed, every part within its own limit and the whole within 6000 characters."""
    if embed.title:
        embed.title = fit(embed.title, TITLE)
    if embed.description:
        embed.description = fit(embed.description, DESCRIPTION)
    if embed.author.name:
        embed.set_author(name=fit(embed.author.name, AUTHOR), url=embed.author.url, icon_url=embed.author.icon_url)
    if embed.footer.text:
        embed.set_footer(text=fit(embed.footer.text, FOOTER), icon_url=embed.footer.icon_url)
    fields = embed.fields[:FIELDS]
    embed.clear_fields()
    for field in fields:
        embed.add_field(
            name=fit(field.name or "\u200b", FIELD_NAME),
            value=fit(field.value or "\u200b", FIELD_VALUE),
            inline=field.inline,
        )
    excess = len(embed) - EMBED_TOTAL
    if excess > 0 and embed.description:
        embed.description = fit(embed.description, max(len(embed.description) - excess, 0)) or None
    while len(embed) > EMBED_TOTAL and embed.fields:
        embed.remove_field(-1)
    return embed


def _message(content: str | None, embed: discord.Embed | None, view: discord.ui.View | None = None) -> dict:
    kwargs: dict = {"allowed_mentions": NO_MENTIONS}
    if content is not None:
        kwargs["content"] = fit(content, CONTENT)
    if embed is not None:
        kwargs["embed"] = fit_embed(embed)
    if view is not None:
        kwargs["view"] = view
    return kwargs


def _refused(what: str, error: Exception) -> None:
    log.warning("Discord refused to %s: %s", what, error)


async def _sent(sending: Awaitable[discord.Message], what: str) -> discord.Message | None:
    """The message `sending` makes, or None (logged) when Discord refuses it."""
    try:
        return await sending
    except (discord.HTTPException, discord.RateLimited) as error:
        _refused(what, error)
        return None


async def reply_to(
    message: discord.Message,
    content: str | None = None,
    *,
    embed: discord.Embed | None = None,
    view: discord.ui.View | None = None,
) -> discord.Message | None:
    """Reply to a person's message without pinging them or anyone named in the text."""
    sending = message.reply(mention_author=False, **_message(content, embed, view))
    return await _sent(sending, f"reply in channel {message.channel.id}")


async def respond(
    interaction: discord.Interaction,
    content: str | None = None,
    *,
    embed: discord.Embed | None = None,
    view: discord.ui.View | None = None,
    ephemeral: bool = False,
) -> bool:
    """Answer an interaction, as its first response or as a follow-up once it was deferred."""
    kwargs = _message(content, embed, view)
    try:
        if interaction.response.is_done():
            await interaction.followup.send(ephemeral=ephemeral, **kwargs)
        else:
            await interaction.response.send_message(ephemeral=ephemeral, **kwargs)
    except (discord.HTTPException, discord.RateLimited) as error:
        _refused(f"answer interaction {interaction.id}", error)
        return False
    return True


async def deliver(
    interaction: discord.Interaction,
    content: str | None = None,
    *,
    apology: str,
    embed: discord.Embed | None = None,
    view: discord.ui.View | None = None,
    ephemeral: bool = False,
) -> bool:
    """`respond`, for an answer that may come after a deferral: a failed follow-up is tried once
    more, then the "thinking…" message is replaced by `apology`, never left spinning."""
    if await respond(interaction, content, embed=embed, view=view, ephemeral=ephemeral):
        return True
    if not interaction.response.is_done():
        return False  # the first response itself was refused: there is no message to edit
    if await respond(interaction, content, embed=embed, view=view, ephemeral=ephemeral):
        return True
    try:
        await interaction.edit_original_response(content=fit(apology, CONTENT), embed=None, view=None,
                                                 allowed_mentions=NO_MENTIONS)
    except (discord.HTTPException, discord.RateLimited) as error:
        _refused(f"replace the waiting message of interaction {interaction.id}", error)
    return False


async def edit(
    interaction: discord.Interaction,
    *,
    embed: discord.Embed,
    view: discord.ui.View | None,
) -> bool:
    """Replace the message a component belongs to (e.g. the next page of results)."""
    try:
        if interaction.response.is_done():  # acknowledged first, while others were waiting
            await interaction.edit_original_response(view=view, **_message(None, embed))
        else:
            await interaction.response.edit_message(view=view, **_message(None, embed))
    except (discord.HTTPException, discord.RateLimited) as error:
        _refused(f"edit message for interaction {interaction.id}", error)
        return False
    return True


async def defer(interaction: discord.Interaction, *, ephemeral: bool, update: bool = False) -> None:
    """Tell Discord an answer is coming when it may take longer than its three seconds.

    `update`: a button that will edit its own message, rather than post a new one."""
    try:
        if update:
            await interaction.response.defer()
        else:
            await interaction.response.defer(ephemeral=ephemeral, thinking=True)
    except (discord.HTTPException, discord.RateLimited) as error:
        _refused(f"defer interaction {interaction.id}", error)


async def post(
    channel: discord.abc.Messageable,
    content: str | None = None,
    *,
    embed: discord.Embed | None = None,
    view: discord.ui.View | None = None,
) -> discord.Message | None:
    """Post in a channel or thread, not as a reply (the answer under a forum post)."""
    return await _sent(channel.send(**_message(content, embed, view)), f"post in channel {getattr(channel, 'id', '?')}")


async def start_thread(message: discord.Message, name: str) -> discord.Thread | None:
    """A public thread on a message, to answer there without filling the channel."""
    try:
        return await message.create_thread(name=fit(name, THREAD_NAME) or "…")
    except (discord.HTTPException, discord.RateLimited) as error:
        _refused(f"start a thread in channel {message.channel.id}", error)
        return None
