"""Markdown, read by markdown-it-py: a CommonMark parser, so headings, lists, code and wrapped
lines mean what CommonMark says (a setext underline makes a heading, a line break inside a
paragraph is a space), with GFM tables on top. A leading YAML front matter block gives the
title and is not text.

A block's text is the file's own characters: markdown-it keeps each paragraph's, list item's
and table cell's source (its inline token's content: the lines as written, container markers
such as "> " aside), so **bold**, `code` and [links](url) are quoted as written and can be
found in the file; their markup stays out of the index's words (`corpus/markup.py`). Headings
are shown beside an excerpt, not quoted: they keep their rendered text."""
from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .blocks import CODE, ITEM, PARAGRAPH, ROW, Collector, Parsed


_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_TITLE = re.compile(r"^title:[ \t]*(.+)$", re.MULTILINE)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def inline_text(token: Token) -> str:
    """The words of an inline token as they render, markup gone: link and emphasis text stay,
    an image leaves its alt text, inline HTML goes. For headings."""
    out: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "image":
            out.append(inline_text(child))
    return "".join(out)


def front_matter(text: str) -> tuple[str | None, str]:
    """A leading YAML block (--- … ---), as wikis and site generators write: its title, and
    the text after it. CommonMark would read its lines as a heading."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return None, text
    title = _TITLE.search(match.group(1))
    return (title.group(1).strip().strip("\"'") if title else None), text[match.end():]


def read(text: str) -> Parsed:
    title, text = front_matter(text)
    found = Collector()
    tokens = _parser().parse(text)
    in_item = 0
    row: list[str] | None = None
    marker = ""  # the current list item's marker, as written ("-", "1.")
    joined_at = 0  # list depth whose items join the line introducing them (0: none)
    for i, token in enumerate(tokens):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            # A list right under a line that ends with ":" belongs with it: "Le divorce peut
            # être prononcé en cas :" means nothing without the cases. Its items join that
            # block, markers and all, so that the quote is still the source's words.
            last = found.blocks[-1] if found.blocks else None
            if (not joined_at and tokens[i - 1].type == "paragraph_close" and last is not None
                    and last.kind != CODE and last.text.endswith(":")):
                joined_at = in_item + 1
        elif kind in ("bullet_list_close", "ordered_list_close") and joined_at == in_item + 1:
            joined_at = 0
        elif kind == "heading_open":
            joined_at = 0
            found.heading(int(token.tag[1:]), inline_text(tokens[i + 1]))
        elif kind == "list_item_open":
            in_item += 1
            marker = f"{token.info}{token.markup}"
        elif kind == "list_item_close":
            in_item -= 1
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            joined_at = 0
            found.add(ROW, " | ".join(cell for cell in row if cell))
            row = None
        elif kind == "inline" and row is not None:
            row.append(token.content.strip())
        elif kind == "inline" and tokens[i - 1].type == "paragraph_open":
            if joined_at and in_item:
                found.extend(f"{marker} {token.content}" if tokens[i - 2].type == "list_item_open"
                             else token.content)
            else:
                found.add(ITEM if in_item else PARAGRAPH, token.content)
        elif kind in ("fence", "code_block"):
            joined_at = 0
            found.add(CODE, token.content)
    return found.parsed(title)
