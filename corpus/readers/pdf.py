"""PDF, read by pypdf: the text of each page, in reading order, with its page number.

A PDF has no paragraphs, only lines placed on pages; each page's lines are read as plain text
is (`plain.Lines`): wrapped lines joined, short lines standing alone taken as headings, and
lines repeated from page to page (running heads and feet) read once. Site-chrome rules do not
apply: a PDF is a document someone wrote, not a page copied from the web. The title is the file's
own (its metadata), else its first line. pypdf was measured against pypdfium2 and pdfminer.six
(see the README): it kept every line, in pure Python, at about 2 ms a page.
"""
from __future__ import annotations

import io
import logging

from .blocks import Parsed
from .plain import Lines

logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about odd files are not ours to show


def read(data: bytes) -> Parsed:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt("")  # many PDFs are "encrypted" with an empty password; others fail here
    lines = Lines(chrome=False)  # an authored document: its words are all content
    for number, page in enumerate(reader.pages, 1):
        lines.feed(page.extract_text() or "", page=number)
    title = reader.metadata.title if reader.metadata else None
    return lines.parsed(str(title).strip() if title else None)
