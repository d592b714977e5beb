"""Word documents (.docx), read by python-docx: paragraphs in order with their styles, so a
"Heading N" or "Title" paragraph is a heading, a "List …" paragraph an item, and each table row
a row. The title is the document's own (its core properties), else its first heading."""
from __future__ import annotations

import io
import re

from .blocks import ITEM, PARAGRAPH, ROW, Collector, Parsed

_HEADING = re.compile(r"^(?:heading|titre)\s*(\d)$", re.IGNORECASE)


def read(data: bytes) -> Parsed:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    found = Collector()
    for part in document.iter_inner_content():
        if isinstance(part, Table):
            for row in part.rows:
                cells = list(dict.fromkeys(cell.text.strip() for cell in row.cells))  # merged cells repeat
                found.add(ROW, " | ".join(c for c in cells if c))
        elif isinstance(part, Paragraph):
            style = (part.style.name if part.style is not None else "") or ""
            level = _HEADING.match(style)
            if style.lower() == "title":
                found.heading(1, part.text)
            elif level:
                found.heading(int(level.group(1)) + 1, part.text)
            else:
                found.add(ITEM if style.lower().startswith("list") else PARAGRAPH, part.text)
    title = document.core_properties.title
    return found.parsed(title.strip() if title and title.strip() else None)
