from pathlib import Path

import pytest

from corpus import Index

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="session")
def seeds_index() -> Index:
    return Index.build(SEEDS)


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A small corpus of two readable documents."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "vins.txt").write_text(
        "Les vins de Bourgogne\n\n"
        "Le pinot noir est le cépage rouge de la Bourgogne. Il donne des vins fins et légers.\n\n"
        "Le chardonnay domine les vins blancs de la région, de Chablis au Mâconnais.\n",
        encoding="utf-8",
    )
    (folder / "fromages.md").write_text(
        "# Fromages de montagne\n\n"
        "Le comté est affiné pendant au moins quatre mois dans des caves fraîches du Jura.\n",
        encoding="utf-8",
    )
    return folder


def pdf_bytes(pages: list[list[str]], title: str | None = None) -> bytes:
    """A small, valid PDF: each page a list of lines of Helvetica text (Windows-1252)."""
    def string(text: str) -> bytes:
        raw = text.encode("cp1252")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        stream = b"BT /F1 11 Tf 14 TL 72 760 Td " + b" ".join(string(line) + b" Tj T*" for line in lines) + b" ET"
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % len(objects))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    info = b""
    if title:
        objects.append(b"<< /Title " + string(title) + b" >>")
        info = b" /Info %d 0 R" % len(objects)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R" % (len(objects) + 1) + info + b" >>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


@pytest.fixture
def make_pdf():
    return pdf_bytes
