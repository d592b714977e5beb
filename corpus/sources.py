"""Read a corpus folder (or a list of files) into documents made of paragraphs.

A file that cannot be read as text never stops a load: it is skipped with one warning that names
it and says why. Metadata comes from `sources.toml` beside the files where present; otherwise the
title is the document's first meaningful line.
"""
from __future__ import annotations

import logging
import re
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from . import cleaning
from .answer import Source
from .errors import EmptyCorpusError
from .text import squash_spaces

log = logging.getLogger("corpus")

EXTENSIONS = (".txt", ".md")
# Raised when what is read from a folder changes (a file once read may now be skipped), so
# that indexes built by an older reading are rebuilt.
READER_VERSION = 2
METADATA_FILE = "sources.toml"
MAX_FILE_BYTES = 50 * 1024 * 1024
TITLE_MAX_CHARS = 120

_LINE = re.compile(r"[^\n]+")
_ITEM = re.compile(r"^(?:[-*•–]|\d{1,3}[.)])\s+")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_SENTENCE_END = re.compile(r"[.:;…!?]\W*$")
HEADING_MAX_WORDS = 12
WRAP_MIN_CHARS = 40  # a shorter line without final punctuation is a heading, not a wrapped line


@dataclass
class Paragraph:
    number: int  # 1-based, among the document's content paragraphs
    start: int  # offsets of the paragraph in the document's original text
    end: int
    heading: str = ""  # the heading lines just before it, as context


@dataclass
class Document:
    source: Source
    text: str  # the file's text, as read: every offset points here
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"skipped {self.path}: {self.reason}"


def corpus_files(source: str | Path | list) -> tuple[Path, list[Path]]:
    """The root folder and the text files of a corpus given as a folder or a list of files."""
    if isinstance(source, (str, Path)):
        root = Path(source)
        if not root.exists():
            raise EmptyCorpusError("corpus_missing", path=root)
        if root.is_file():
            return root.parent, [root]
        files = sorted(
            p for p in root.rglob("*")
            if p.suffix.lower() in EXTENSIONS and not any(part.startswith(".") for part in p.relative_to(root).parts)
        )
        return root, files
    files = [Path(p) for p in source]
    root = Path(*_common_parts([p.resolve().parent for p in files])) if files else Path(".")
    return root, files


def _common_parts(folders: list[Path]) -> tuple[str, ...]:
    parts = folders[0].parts
    for folder in folders[1:]:
        n = 0
        while n < min(len(parts), len(folder.parts)) and parts[n] == folder.parts[n]:
            n += 1
        parts = parts[:n]
    return parts or ("/",)


@dataclass(frozen=True)
class Entry:
    path: Path
    rel: str  # path relative to the corpus root, as shown to people
    doc: str  # document id: rel without its extension


class Corpus:
    """The text files of a corpus (a folder or a list of files), read one document at a time:
    a large corpus is never in memory all at once, and separate processes can read separate
    slices of it. Files that cannot be used are listed in `skipped` as the reading goes."""

    def __init__(self, source: str | Path | list):
        self.source = source
        self.root, files = corpus_files(source)
        self.metadata = read_metadata(self.root)
        self.skipped: list[Skipped] = []
        resolved_root = self.root.resolve()
        # Documents must stay inside a folder given as the corpus (None: a list of files).
        self.folder = resolved_root if isinstance(source, (str, Path)) and self.root.is_dir() else None
        self.entries: list[Entry] = []
        self.duplicates: set[str] = set()  # rel of files whose id an earlier file has
        ids: set[str] = set()
        for path in files:
            rel = _relative(path, self.root, resolved_root)
            entry = Entry(path, rel, rel.rsplit(".", 1)[0])
            if entry.doc in ids:
                self.duplicates.add(rel)
            ids.add(entry.doc)
            self.entries.append(entry)

    def __len__(self) -> int:
        return len(self.entries)

    def documents(self, start: int = 0, stop: int | None = None) -> Iterator[Document]:
        """Each usable document of entries[start:stop] in turn."""
        for entry in self.entries[start:stop]:
            text, reason = read_text(entry.path)
            if self.folder is not None and not _inside(entry.path, self.folder):
                # A link in the folder to a file elsewhere (/etc/shadow...) would be quoted to anyone.
                text, reason = None, "a link to a file outside the corpus folder"
            elif not _is_text(entry.rel):
                # Its name could be neither shown nor saved in the index (a name in another
                # encoding than UTF-8 comes from the file system as unpaired surrogates).
                text, reason = None, "its name is not UTF-8 text"
            if text is not None and entry.rel in self.duplicates:
                reason = "another file has the same name"
            if not reason:
                document = parse_document(entry.doc, entry.rel, text, self.metadata.get(entry.doc, {}))
                reason = None if document.paragraphs else "no text content"
            if reason:
                shown = entry.rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
                self.skipped.append(Skipped(shown, reason))
                log.warning("skipped %s: %s", shown, reason)
                continue
            yield document

    def empty(self) -> EmptyCorpusError:
        return EmptyCorpusError("corpus_empty", path=self.root)


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder)
    except (ValueError, OSError, RuntimeError):  # elsewhere, or a loop of links
        return False
    return True


def _is_text(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _relative(path: Path, root: Path, resolved_root: Path) -> str:
    for base, target in ((root, path), (resolved_root, path), (resolved_root, path.resolve())):
        try:
            return target.relative_to(base).as_posix()
        except ValueError:
            continue
    return path.name


def read_text(path: Path) -> tuple[str | None, str | None]:
    """(text, None), or (None, why it cannot be used)."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # a pipe or a device would block the read forever
            return None, "unreadable (not a regular file)"
        size = status.st_size
        if size > MAX_FILE_BYTES:
            return None, f"larger than the limit ({size:,} bytes; at most {MAX_FILE_BYTES:,})"
        data = path.read_bytes()
    except OSError as error:
        return None, f"unreadable ({error.strerror or error.__class__.__name__})"
    if not data.strip():
        return None, "empty file"
    if b"\x00" in data[:65536]:
        return None, "binary file, not text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        return None, f"not UTF-8 text (bad byte at position {error.start})"


def read_metadata(root: Path) -> dict[str, dict]:
    path = root / METADATA_FILE
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        log.warning("ignored %s: %s", METADATA_FILE, error)
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, dict)}


def _field(meta: dict, name: str) -> str | None:
    value = meta.get(name)
    return squash_spaces(str(value)) if value not in (None, "") else None


def parse_document(doc_id: str, rel: str, text: str, meta: dict) -> Document:
    date, content_start = cleaning.date_marker(text)
    paragraphs = split_paragraphs(text, content_start)
    title = _field(meta, "title") or _first_line(text, paragraphs) or doc_id  # never an empty title
    source = Source(
        doc=doc_id,
        title=title,
        author=_field(meta, "author"),
        publisher=_field(meta, "publisher"),
        date=_field(meta, "date") or date,
        url=_field(meta, "url"),
        via=_field(meta, "via"),
        path=rel,
    )
    return Document(source, text, paragraphs)


def _first_line(text: str, paragraphs: list[Paragraph]) -> str:
    if not paragraphs:  # no content (skipped by the caller as such): no title to find
        return ""
    first = paragraphs[0]
    line = first.heading or text[first.start:first.end].split("\n", 1)[0]
    line = squash_spaces(_MD_HEADING.sub("", line))
    if len(line) <= TITLE_MAX_CHARS:
        return line
    return line[:TITLE_MAX_CHARS].rsplit(" ", 1)[0] + "…"


def split_paragraphs(text: str, start: int = 0) -> list[Paragraph]:
    """Content paragraphs, with headings attached to the paragraph that follows them.

    A paragraph is a run of lines: a line of prose, a wrapped line and its continuation, or an
    introduction ending in ':' with the list items under it. Noise and repeated lines go.
    """
    paragraphs: list[Paragraph] = []
    headings: list[str] = []
    seen: set[str] = set()
    current: Paragraph | None = None
    last_line = ""
    for match in _LINE.finditer(text, start):
        line = match.group().strip()
        if not line:
            current = None
            continue
        key = cleaning.line_key(line)
        if cleaning.is_noise(line) or key in seen:
            current = None
            continue
        seen.add(key)
        line_start = match.start() + (len(match.group()) - len(match.group().lstrip()))
        line_end = match.start() + len(match.group().rstrip())
        is_item = bool(_ITEM.match(line))
        if current is not None and _continues(last_line, line, is_item):
            current.end = line_end
        elif not is_item and _is_heading(line):
            headings.append(squash_spaces(_MD_HEADING.sub("", line)))
            current = None
        else:
            current = Paragraph(len(paragraphs) + 1, line_start, line_end, " · ".join(headings))
            paragraphs.append(current)
            headings = []
        last_line = line
    return paragraphs


def _is_heading(line: str) -> bool:
    if _MD_HEADING.match(line):
        return True
    return len(line.split(None, HEADING_MAX_WORDS)) <= HEADING_MAX_WORDS and not _SENTENCE_END.search(line)


def _continues(previous: str, line: str, is_item: bool) -> bool:
    """Does `line` belong to the same paragraph as the line before it?"""
    if is_item:  # list items stay with their introduction and with each other
        return previous.endswith(":") or bool(_ITEM.match(previous))
    # A long line that stops mid-sentence, followed by a lowercase start, was wrapped.
    return line[:1].islower() and len(previous) >= WRAP_MIN_CHARS and not _SENTENCE_END.search(previous)
