"""Turn corpus replies and sources into Discord embeds.

Text that comes from outside the bot (excerpts, titles, questions) is escaped here, so no
document or question can ping anyone or break the layout; lengths are fitted by `bot.send`.
"""
from __future__ import annotations

from urllib.parse import quote as percent

import discord

from corpus.answer import Source
from corpus.reply import Quote, Reply

from .escape import MARKERS, inert, inert_with_code, unmarked
from .insights import Count, Report
from .send import DESCRIPTION, ELLIPSIS, TITLE, fit
from .words import say

COLOUR = discord.Colour.from_rgb(88, 101, 242)
QUIET = discord.Colour.light_grey()

# Highlight markers that are not markdown, so escaping leaves them alone; they become "**" last.
_OPEN, _CLOSE = MARKERS


def plain(text: str) -> str:
    """Outside text (a question, an excerpt, a title, a file name) shown exactly as typed."""
    return inert(text)


def code(text: str) -> str:
    """An identifier shown exactly as typed (file names are full of underscores)."""
    return f"`{text}`" if "`" not in text and "\n" not in text else plain(text)


def _url(url: str) -> str:
    # Spaces and parentheses would end a markdown link early.
    return percent(url, safe=":/?#@!$&'*+,;=%~-._")


def _web(url: str | None) -> str | None:
    # Discord rejects a whole embed whose link is not http(s); an odd one is just not linked.
    return _url(url) if url and url.startswith(("http://", "https://")) else None


def linked(text: str, url: str | None) -> str:
    link = _web(url)
    return f"[{plain(text)}]({link})" if link else plain(text)


def _bold(marked: str) -> str:
    text = marked.replace(_OPEN + _CLOSE, "")
    return text.replace(_OPEN, "**").replace(_CLOSE, "**")


def code_block(text: str, budget: int) -> str:
    """Quoted code as a code block, its lines kept, within `budget` characters."""
    fence = "```"
    body = text.replace(fence, "`\u200b``")  # the code cannot close its own block
    return f"{fence}\n{fit(body, max(budget - 2 * len(fence) - 2, 1))}\n{fence}"


def quote_block(segments: tuple[tuple[str, bool], ...], budget: int) -> str:
    """Verbatim text as a quote block, matched words in bold, within `budget` characters."""
    # Markers are dropped from the document's own text first, so only matched words are bold.
    marked = "".join(f"{_OPEN}{unmarked(text)}{_CLOSE}" if hit else unmarked(text) for text, hit in segments)
    text, code = inert_with_code(marked.strip())
    room = budget - 2
    while True:
        cut = fit(text, max(room, 1))
        kept = len(cut) - len(ELLIPSIS) if cut != text else len(cut)
        if any(start < kept < end for start, end in code):
            cut += "`"  # cut inside inline code: closed, so it shows as code, not a stray backtick
        if cut.count(_OPEN) > cut.count(_CLOSE):
            cut += _CLOSE
        rendered = "> " + _bold(cut).replace("\n", "\n> ")
        if len(rendered) <= budget or room <= 1:
            return rendered
        room -= len(rendered) - budget


def citation(quote: Quote) -> str:
    """The source under a quote: the title (linked where a URL is known), who and when, where."""
    credit = f" · {plain(quote.credit)}" if quote.credit else ""
    return f"— {linked(quote.title, quote.url)}{credit} · {plain(quote.place)}"


def answer_embed(reply: Reply) -> discord.Embed:
    lang = reply.lang
    embed = discord.Embed(title=fit(plain(reply.question), TITLE), colour=QUIET if reply.abstained else COLOUR)
    if reply.abstained:
        known = [f"• {plain(title)}" for title in reply.known]
        if reply.more_known:
            known.append(f"• {say(lang, 'more_known', n=reply.more_known)}")
        embed.description = f"{say(lang, reply.headline)}\n\n{say(lang, 'known')}\n" + "\n".join(known)
        return embed
    headline = say(lang, reply.headline)
    sources = [citation(q) for q in reply.quotes]
    fixed = len(headline) + sum(len(s) + 4 for s in sources) + 2
    budget = max((DESCRIPTION - fixed) // max(len(reply.quotes), 1), 40)
    blocks = [f"{code_block(q.text, budget) if q.code else quote_block(q.segments, budget)}\n{s}"
              for q, s in zip(reply.quotes, sources)]
    embed.description = headline + "\n\n" + "\n\n".join(blocks)
    level = say(lang, reply.level)
    embed.set_footer(text=say(lang, "footer", shown=reply.shown, total=reply.total, level=level))
    return embed


def passage_embed(text: str, quote: Quote, lang: str) -> discord.Embed:
    """The whole paragraph around an excerpt, for the person who asked to read it."""
    source = citation(quote)
    embed = discord.Embed(title=say(lang, "full_title"), colour=COLOUR)
    budget = DESCRIPTION - len(source) - 1
    block = code_block(text, budget) if quote.code else quote_block(((text, False),), budget)
    embed.description = f"{block}\n{source}"
    return embed


def _details(source: Source, lang: str) -> list[str]:
    parts = [p for p in (source.author, source.date) if p]
    parts.append(say(lang, "passages", n=source.passages))
    return [plain(p) for p in parts]


def sources_embed(sources: list[Source], lang: str) -> discord.Embed:
    embed = discord.Embed(title=say(lang, "sources_title", count=len(sources)), colour=COLOUR)
    lines: list[str] = []
    used = 0
    for shown, source in enumerate(sources):
        line = f"**{linked(source.title, source.url)}** — " + " · ".join(_details(source, lang)) + f" · {code(source.doc)}"
        tail = say(lang, "sources_more", n=len(sources) - shown)
        # Keep room for the "and N more" line so a long list ends honestly, not mid-line.
        if used + len(line) + len(tail) + 2 > DESCRIPTION:
            lines.append(tail)
            break
        lines.append(line)
        used += len(line) + 1
    embed.description = "\n".join(lines)
    return embed


def source_embed(source: Source, lang: str) -> discord.Embed:
    embed = discord.Embed(title=fit(plain(source.title), TITLE), url=_web(source.url), colour=COLOUR)
    embed.add_field(name=say(lang, "document"), value=code(source.doc))
    for key, value in (("author", source.author), ("date", source.date)):
        if value:
            embed.add_field(name=say(lang, key), value=plain(value))
    embed.add_field(name=say(lang, "passages_label"), value=str(source.passages))
    if source.path:
        embed.add_field(name=say(lang, "file"), value=plain(source.path), inline=False)
    if _web(source.url):
        embed.add_field(name=say(lang, "link"), value=_web(source.url), inline=False)
    return embed


def _counts(counts: tuple[Count, ...], lang: str, budget: int) -> str:
    if not counts:
        return say(lang, "insights_none")
    lines: list[str] = []
    for count in counts:
        line = f"**{count.count}** × {fit(plain(count.text), 200)}"
        if count.variants:
            also = fit(" · ".join(plain(v) for v in count.variants), 200)
            line += f" ({say(lang, 'insights_also', variants=also)})"
        # Whole lines only: a line cut at the limit could leave its bold open.
        if sum(len(kept) + 1 for kept in lines) + len(line) > budget:
            break
        lines.append(line)
    return "\n".join(lines)


def insights_embed(summary: Report, lang: str) -> discord.Embed:
    """The report as one text: the counts, then each list under its heading (most useful first)."""
    embed = discord.Embed(title=say(lang, "insights_title", days=summary.days), colour=COLOUR)
    sections = (
        (say(lang, "insights_unanswered"), summary.unanswered),
        (say(lang, "insights_most_asked"), summary.most_asked),
        (say(lang, "insights_voted_down"), summary.voted_down),
    )
    head = say(lang, "insights_summary", asked=summary.asked, answered=summary.answered)
    budget = (DESCRIPTION - len(head) - sum(len(title) + 8 for title, _ in sections)) // len(sections)
    parts = [head] + [f"**{title}**\n{_counts(counts, lang, budget)}" for title, counts in sections]
    embed.description = "\n\n".join(parts)
    return embed
