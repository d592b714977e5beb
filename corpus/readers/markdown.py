"""Markdown, read by markdown-it-py: a CommonMark parser, so headings, lists, code and wrapped
lines mean what CommonMark says (a setext underline makes a heading, a line break inside a
paragraph is a space), with GFM tables on top."""
from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .blocks import CODE, ITEM, PARAGRAPH, ROW, Collector, Parsed


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def inline_text(token: Token) -> str:
    """The words of an inline token, markup gone: link and emphasis text stay, an image
    leaves its alt text, inline HTML goes."""
    out: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "image":
            out.append(inline_text(child))
    return "".join(out)


def read(text: str) -> Parsed:
    found = Collector()
    tokens = _parser().parse(text)
    in_item = 0
    row: list[str] | None = None
    for i, token in enumerate(tokens):
        kind = token.type
        if kind == "heading_open":
            found.heading(int(token.tag[1:]), inline_text(tokens[i + 1]))
        elif kind == "list_item_open":
            in_item += 1
        elif kind == "list_item_close":
            in_item -= 1
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            found.add(ROW, " | ".join(cell for cell in row if cell))
            row = None
        elif kind == "inline" and row is not None:
            row.append(inline_text(token).strip())
        elif kind == "inline" and tokens[i - 1].type == "paragraph_open":
            found.add(ITEM if in_item else PARAGRAPH, inline_text(token))
        elif kind in ("fence", "code_block"):
            found.add(CODE, token.content)
    return found.parsed()
