"""One reader per document format, all producing the same structure: a `Parsed` document.

A reader turns a file's content into blocks (a paragraph, a list item, a table row, a piece of
code), each with the clean text that excerpts will quote and the heading path it stands under.
Each format is read by the parser made for it (see the README for why each library):

    .txt         plain.py     blank lines and the shape of lines
    .md          markdown.py  markdown-it-py, a CommonMark parser
    .rst         rest.py      docutils, the reference reStructuredText parser
    .html .htm   html.py      lxml's HTML parser
    .pdf         pdf.py       pypdf, text page by page
    .docx        docx.py      python-docx

The rest of the engine sees only `Parsed`, so a new format is one module and one line below.
A reader's library is imported only when a file of its format is read.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field

from .blocks import Block, Parsed

@dataclass(frozen=True)
class Format:
    name: str
    module: str  # the reader's module, imported when a file of this format is first read
    binary: bool = False  # the reader takes the file's bytes, not its decoded text
    extensions: tuple[str, ...] = field(default=())

    def read(self, content: str | bytes) -> Parsed:
        return importlib.import_module(f"{__name__}.{self.module}").read(content)


_ALL = (
    Format("text", "plain", extensions=(".txt",)),
    Format("Markdown", "markdown", extensions=(".md", ".markdown")),
    Format("reStructuredText", "rest", extensions=(".rst", ".rest")),
    Format("HTML", "html", extensions=(".html", ".htm")),
    Format("PDF", "pdf", binary=True, extensions=(".pdf",)),
    Format("DOCX", "docx", binary=True, extensions=(".docx",)),
)
FORMATS = {ext: f for f in _ALL for ext in f.extensions}
EXTENSIONS = tuple(FORMATS)


def format_for(name: str) -> Format | None:
    """The format of a file, by its extension (any case)."""
    dot = name.rfind(".")
    return FORMATS.get(name[dot:].lower()) if dot >= 0 else None


__all__ = ["Block", "Parsed", "Format", "FORMATS", "EXTENSIONS", "format_for"]
