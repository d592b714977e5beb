"""The markup in a quoted block, hidden from analysis: excerpts quote the file as written, the
index sees only its words.

A block of prose keeps the source's own characters (`readers/blocks.py`): :meth:`~.Client.run`,
``on_ready``, **bold**, [text](https://…). Analysis must not read `meth`, `https` or a link's
path as words, and highlights must land on the words themselves. So, before analysis, the
characters that are markup and not text are replaced by spaces (`blank`): same length, same
offsets, so every offset found in the blanked text points at the same word in the quote.

One rule for every format, read from the text alone: the same function serves the build, the
excerpts at question time, and any other reader of the words, so they always agree. What is
blanked, outside code spans (``x`` and `x` stay as they are: code means what it says):
- a reST role before interpreted text, :class:`Client` or :py:meth:`send` (and after it,
  `x`:role:), and a MyST role {py:class}`Client`;
- the target of a titled reST reference, `the docs <https://…>`_ or :ref:`the FAQ <faq>`;
- a Markdown link's destination and title, [text](url "title") and ![alt](src), and the label
  of a reference link, [text][label];
- HTML tags that cannot be a placeholder in prose (a closing tag, one with attributes, a
  self-closing one, a comment), and character references (&amp;, &#39;).
Emphasis, backticks and escapes are not letters: the tokenizer already passes over them.
Code blocks are never blanked: `handlers[0](event)` is code, not a link.
"""
from __future__ import annotations

import re

_ROLE = r"(?<![\w`]):[^\W\d_][\w.+-]*(?::[\w.+-]+)*:|\{[^\W\d_][\w.:+-]*\}"
_INLINE = re.compile(
    r"(?P<literal>``.+?``)"  # a reST inline literal: kept whole, whatever it holds
    rf"|(?P<role>{_ROLE})?`(?P<body>[^`]+)`(?P<link>__?(?![\w]))?(?P<suffix>:[^\W\d_][\w.+-]*:)?"
    r"|(?P<destination>(?<=\])\((?:<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\))"
    r"|(?P<label>(?<=\])\[[^\[\]]+\])"
    r"|(?P<html><!--.*?-->|</[^\W\d_][\w-]*\s*>"
    r"|<[^\W\d_][\w-]*(?:\s+[^\W\d][\w.:-]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*\s*/>"
    r"|<[^\W\d_][\w-]*(?:\s+[^\W\d][\w.:-]*\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))+\s*>)"
    r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[^\W\d_]\w{1,31});)",
    re.DOTALL)
_TARGET = re.compile(r"\S\s*(<[^<>]+>)\Z")  # `title <target>`: the target, at the body's end
# Most blocks hold none of this: a few cheap searches say so (`may_hold_markup`).


def markup_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that are markup, not words, in order."""
    spans: list[tuple[int, int]] = []
    if not may_hold_markup(text):
        return spans
    for match in _INLINE.finditer(text):
        kind = match.lastgroup
        if kind == "literal":
            continue
        if kind not in ("body", "link", "suffix", "role"):
            spans.append(match.span(kind))
            continue
        role, link = match.group("role"), match.group("link")
        if role:
            spans.append(match.span("role"))
        target = _TARGET.search(match.group("body")) if role or link else None
        if target:
            at = match.start("body")
            spans.append((at + target.start(1), at + target.end(1)))
        if match.group("suffix"):
            spans.append(match.span("suffix"))
    return spans


def blank(text: str) -> str:
    """`text` with its markup replaced by spaces: same length, the words where they were."""
    spans = markup_spans(text)
    if not spans:
        return text
    pieces, at = [], 0
    for start, end in spans:
        pieces.append(text[at:start])
        pieces.append(" " * (end - start))
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def may_hold_markup(text: str) -> bool:
    """False when `text` holds no markup for certain: then no part of it does either. A
    substring search each (a scan in C): a pattern of their alternatives tested each character
    of the text in turn, four times slower (the build asks it of every document)."""
    return "`" in text or "<" in text or "&" in text or "{" in text or "](" in text or "][" in text


def readable(text: str, code: bool) -> str:
    """What analysis reads of a block: code as written, prose with its markup blanked."""
    return text if code else blank(text)
