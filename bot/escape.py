"""The one escape for text a person or a document wrote: Discord shows it exactly as typed.

discord.py's `escape_markdown` is not enough: its masked-link pattern runs from the first `[`
to the last `)` of a line and leaves everything between unescaped, and its `escape_mentions`
only knows ids of 17 to 20 digits. Discord's markdown reads a backslash before any punctuation
as "this character is text", so escaping every character that can start markup, wherever it
stands, is always safe and always shows the text as typed.
"""
from __future__ import annotations

import re

# The bot's own highlight markers (private-use characters, see bot.render): outside text must
# never bring its own.
MARKERS = "\ue000\ue001"
_MARKERS = re.compile(f"[{MARKERS}]")
# Markup anywhere in a line: emphasis, spoilers, code, masked links (with their brackets escaped,
# "(url)" is just text) and everything in angle brackets (mentions <@1>, channels <#1>, custom
# emoji <:a:1>, timestamps <t:1>, commands </a:1>).
_ANYWHERE = re.compile(r"([\\*_~|`\[\]<>])")
# Markup only at the start of a line (spaces and highlight markers may come first): headings
# and subtext (#, -#), bullets (-, +) and numbered lists, whose dot is escaped ("1\." , since
# a backslash before a digit would show).
_LINE_START = re.compile(rf"(?m)^([ \t{MARKERS}]*)(?:([#+-])|(\d+)\.)")
# @everyone, @here and raw mentions: a zero-width space after the @ keeps them from resolving.
_MENTION = re.compile(r"@(?=everyone|here|[!&]?\d)")


def _line_start(match: re.Match[str]) -> str:
    lead, sign, number = match.groups()
    return f"{lead}\\{sign}" if sign else f"{lead}{number}\\."


def unmarked(text: str) -> str:
    return _MARKERS.sub("", text)


def inert(text: str, *, marked: bool = False) -> str:
    """`text` escaped so Discord shows every character as typed and resolves no mention or link.

    `marked`: the text holds the bot's own highlight markers, which are kept; otherwise any
    marker in it is dropped."""
    if not marked:
        text = unmarked(text)
    # A carriage return may start a line for a client: every line break becomes "\n" first, so
    # that every line start is found.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ANYWHERE.sub(r"\\\1", text)
    text = _LINE_START.sub(_line_start, text)
    return _MENTION.sub("@\u200b", text)


# An inline literal of reStructuredText or Markdown (``on_ready``) in a quote: two backticks
# up to the next two, as CommonMark pairs them (a run of another length is not an end).
# Discord shows what an inline code span holds as plain characters (no markdown, mention, link
# or emoji is read inside it), so a literal that can stand in one (no backtick, backslash or
# line break in it) is shown as code; anything else about it stays escaped like the rest.
_LITERAL = re.compile(r"(?<!`)``(?!`)(.+?)(?<!`)``(?!`)")
_NOT_IN_CODE = re.compile(r"[`\\\r]")


def inert_with_code(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` (holding the bot's highlight markers) escaped as `inert` does, except that its
    inline literals become Discord inline code; with the spans of that code in the result. A
    literal with a highlighted word in it is highlighted whole (bold cannot go inside code)."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    at = length = 0
    for match in _LITERAL.finditer(text):
        inside = match.group(1)
        opened, closed = inside.count(MARKERS[0]), inside.count(MARKERS[1])
        if opened != closed or not unmarked(inside).strip() or _NOT_IN_CODE.search(inside):
            continue  # a highlight crossing its edge, nothing to show, or no code: left as text
        before = inert(text[at:match.start()], marked=True)
        code = f"`{unmarked(inside)}`"
        out.append(before)
        length += len(before)
        if opened:
            out.append(MARKERS[0])
            length += 1
        spans.append((length, length + len(code)))
        out.append(code)
        length += len(code)
        if opened:
            out.append(MARKERS[1])
            length += 1
        at = match.end()
    out.append(inert(text[at:], marked=True))
    return "".join(out), spans

