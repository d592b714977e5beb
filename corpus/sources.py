"""Read a corpus folder (or a list of files) into documents made of blocks.

Each file is read by the reader of its format (`readers/`), which gives its title and blocks
under their heading paths; here they become one `Document`: the blocks' texts joined (every
offset points into that text), each block a `Paragraph` that knows its section, kind and page.

A file that cannot be read as text never stops a load: it is skipped with one warning that names
it and says why. Only regular files are read: a named pipe, a socket, a device or a symbolic
link that loops or leads nowhere is skipped without being opened, and linked folders are not
followed. Metadata comes from `sources.toml` beside the files where present; otherwise the
title is the document's own (its first heading, its HTML or PDF title), else its file name.
"""
from __future__ import annotations

import errno
import logging
import os
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from . import cleaning
from .analysis import guess_language
from .languages import language
from .answer import Source
from .decoding import decode
from .errors import EmptyCorpusError
from .readers import EXTENSIONS, Parsed, format_for
from .readers.blocks import PARAGRAPH, heading_text
from .text import squash_spaces

log = logging.getLogger("corpus")

METADATA_FILE = "sources.toml"
# Raised when what is read from a folder changes (a file once read may now be skipped, a
# block's text is now the file's own characters), so that indexes built by an older reading
# are rebuilt.
READER_VERSION = 3
MAX_FILE_BYTES = 50 * 1024 * 1024
BLOCK_JOIN = "\n\n"  # between blocks in a document's text: a paragraph break to every reader


@dataclass
class Paragraph:
    number: int  # 1-based, among the document's blocks
    start: int  # offsets of the block's text in the document's text
    end: int
    section: tuple[str, ...] = ()  # the headings it stands under, outermost first
    kind: str = PARAGRAPH  # paragraph, item, row or code (`readers.blocks.KINDS`)
    page: int = 0  # 1-based page in a paged format, else 0


@dataclass
class Document:
    source: Source
    text: str  # the blocks' clean texts, joined: every offset points here
    paragraphs: list[Paragraph] = field(default_factory=list)
    language: str = ""  # ISO 639-1 code of the language it is written in (guessed when not given)

    def __post_init__(self):
        if self.language:
            try:
                language(self.language)
            except ValueError as error:
                log.warning("%s: %s; guessing its language instead", self.source.path, error)
                self.language = ""
        if not self.language:
            self.language = guess_language(self.text)


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"skipped {self.path}: {self.reason}"


def corpus_files(source: str | Path | list) -> tuple[Path, list[Path]]:
    """The root folder and the files of a corpus given as a folder or a list of files: every
    name of a known format, whatever it turns out to be (see `Corpus` for what is read)."""
    if isinstance(source, (str, Path)):
        root = Path(source)
        if not root.exists():
            raise EmptyCorpusError("corpus_missing", path=root)
        if root.is_file():
            return root.parent, [root]
        return root, sorted(_walk(root))
    files = [Path(p) for p in source]
    resolve = resolver()
    # Each folder once: the files of a folder share it.
    folders = dict.fromkeys(_parent(p, resolve) for p in files)
    root = Path(*_common_parts([Path(folder) for folder in folders])) if files else Path(".")
    return root, files


def _walk(root: Path) -> Iterator[Path]:
    """Files of a known format under `root`, hidden ones aside; linked folders not followed."""
    for folder, folders, names in os.walk(root, followlinks=False):
        folders[:] = [f for f in folders if not f.startswith(".")]
        for name in names:
            if not name.startswith(".") and format_for(name):
                yield Path(folder, name)


def resolver() -> Callable[[Path], str]:
    """`Path.resolve`, as a string, each folder resolved once: a file that is not itself a link
    lies in its folder's resolved path, found with one look at the file, where resolving it whole
    looks at each folder of its path (listing 5,000 files took 0.5 s with pathlib's)."""
    folders: dict[str, str] = {}

    def resolve(path: Path) -> str:
        whole = os.fspath(path)
        folder, name = os.path.split(whole)
        if name in ("", ".", "..") or os.path.islink(whole):
            return os.fspath(path.resolve())
        found = folders.get(folder)
        if found is None:
            found = folders[folder] = os.fspath(Path(folder or os.curdir).resolve())
        return os.path.join(found, name)
    return resolve


def _parent(path: Path, resolve: Callable[[Path], str]) -> str:
    try:
        return os.path.dirname(resolve(path))
    except (OSError, RuntimeError):  # a symbolic link loop
        return os.fspath(path.absolute().parent)


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
    """The files of a corpus (a folder or a list of files), read one document at a time:
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
        resolve = resolver()
        for path in files:
            rel = _relative(path, self.root, resolved_root, resolve)
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
            document, reason = None, "another file has the same name" if entry.rel in self.duplicates else None
            if self.folder is not None and not _inside(entry.path, self.folder):
                # A link in the folder to a file elsewhere (/etc/shadow...) would be quoted to anyone.
                reason = "a link to a file outside the corpus folder"
            elif not _is_text(entry.rel):
                # Its name could be neither shown nor saved in the index (a name in another
                # encoding than UTF-8 comes from the file system as unpaired surrogates).
                reason = "its name is not UTF-8 text"
            if not reason:
                document, reason = read_document(entry, self.metadata.get(entry.doc, {}))
            if reason:
                shown = entry.rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
                self.skipped.append(Skipped(shown, reason))
                log.warning("skipped %s: %s", shown, reason)
                continue
            yield document

    def empty(self) -> EmptyCorpusError:
        return EmptyCorpusError("corpus_empty", path=self.root, kinds=", ".join(EXTENSIONS))


def _inside(path: Path, folder: Path) -> bool:
    """Whether `path` (through its links) is in `folder`; a loop of links is left to the reader."""
    # The folder is walked without following linked folders (`_walk`): only a file that is
    # itself a link can lead out of it, and only such a file needs resolving.
    if not path.is_symlink():
        return True
    try:
        path.resolve().relative_to(folder)
    except ValueError:
        return False
    except (OSError, RuntimeError):
        return True
    return True


def _is_text(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _relative(path: Path, root: Path, resolved_root: Path, resolve: Callable[[Path], str]) -> str:
    whole = os.fspath(path)
    for base, target in ((root, whole), (resolved_root, whole), (resolved_root, None)):
        if target is None:  # the file's folder resolved, only when needed
            target = os.path.join(_parent(path, resolve), os.path.basename(whole))
        found = _under(target, os.fspath(base))
        if found is None:  # compared as `relative_to` does (case aside, where the system ignores it)
            try:
                found = Path(target).relative_to(base).as_posix()
            except ValueError:
                continue
        return found
    return path.name


def _under(target: str, base: str) -> str | None:
    """`target` relative to `base` (as "/"-joined names) when its text starts with it: what
    `relative_to` finds then, at a fraction of its cost (paths as `Path` writes them)."""
    prefix = base if base.endswith(os.sep) else base + os.sep
    if len(target) > len(prefix) and target.startswith(prefix):
        return target[len(prefix):].replace(os.sep, "/")
    return None


def _not_a_file(path: Path) -> str | None:
    """Why `path` is not a regular file to read, without opening it (None: it is one)."""
    try:
        info = os.stat(path)  # through a symbolic link: a link to a file is read
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop, not followed"
        if error.errno == errno.ENOENT and path.is_symlink():
            return "symbolic link to nothing"
        return f"unreadable ({error.strerror or error.__class__.__name__})"
    mode = info.st_mode
    if stat.S_ISREG(mode):
        if info.st_size > MAX_FILE_BYTES:
            return f"larger than the limit ({info.st_size:,} bytes; at most {MAX_FILE_BYTES:,})"
        return None
    if stat.S_ISDIR(mode):
        return "a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a file: not opened"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file: not opened"
    return "a device, not a file: not opened"


def read_bytes(path: Path) -> tuple[bytes | None, str | None]:
    """(the file's bytes, None), or (None, why it cannot be used)."""
    reason = _not_a_file(path)
    if reason:
        return None, reason
    try:
        # Non-blocking, and checked again once open: should a pipe take the file's place in
        # between, reading it must not wait forever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return None, "not a regular file: not read"
            with os.fdopen(fd, "rb", closefd=False) as stream:
                data = stream.read(MAX_FILE_BYTES + 1)
        finally:
            os.close(fd)
    except OSError as error:
        return None, f"unreadable ({error.strerror or error.__class__.__name__})"
    if len(data) > MAX_FILE_BYTES:
        return None, f"larger than the limit (at most {MAX_FILE_BYTES:,} bytes)"
    if not data.strip():
        return None, "empty file"
    return data, None


def read_text(path: Path) -> tuple[str | None, str | None]:
    """(text, None), or (None, why it cannot be used). Any encoding but plain UTF-8 is logged."""
    data, reason = read_bytes(path)
    if data is None:
        return None, reason
    decoded = decode(data)
    if decoded.text is None:
        return None, decoded.encoding
    if decoded.guessed:
        log.info("read %s as %s (not UTF-8; the encoding was guessed)", path, decoded.encoding)
    elif decoded.encoding != "utf-8":
        log.info("read %s as %s (its byte-order mark says so)", path, decoded.encoding)
    return decoded.text, None


def read_document(entry: Entry, meta: dict) -> tuple[Document | None, str | None]:
    """The document in `entry`'s file, or (None, why it cannot be used)."""
    fmt = format_for(entry.path.name)
    if fmt is None:
        return None, "not a known format"
    if fmt.binary:
        content, reason = read_bytes(entry.path)
        date = None
    else:
        content, reason = read_text(entry.path)
        date = cleaning.date_marker(content)[0] if content else None
    if content is None:
        return None, reason
    try:
        parsed = fmt.read(content)
    except Exception as error:  # a parser's failure on one odd file must not stop the corpus
        log.debug("reading %s failed", entry.rel, exc_info=True)
        return None, f"not readable as {fmt.name} ({error.__class__.__name__}: {str(error)[:200]})"
    document = make_document(entry, parsed, meta, date)
    if not document.paragraphs:
        return None, "no text content once markup and page chrome are removed"
    return document, None


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


def make_document(entry: Entry, parsed: Parsed, meta: dict, date: str | None = None) -> Document:
    """One text of the blocks' texts, each block a paragraph pointing into it."""
    paragraphs: list[Paragraph] = []
    pieces: list[str] = []
    at = 0
    for block in parsed.blocks:
        paragraphs.append(Paragraph(len(paragraphs) + 1, at, at + len(block.text), block.section,
                                    block.kind, block.page))
        pieces.append(block.text)
        at += len(block.text) + len(BLOCK_JOIN)
    text = BLOCK_JOIN.join(pieces)
    title = _field(meta, "title") or parsed.title or Path(entry.rel).stem
    source = Source(
        doc=entry.doc,
        title=heading_text(title) or entry.doc,
        author=_field(meta, "author"),
        publisher=_field(meta, "publisher"),
        date=_field(meta, "date") or date,
        url=_field(meta, "url"),
        via=_field(meta, "via"),
        path=entry.rel,
    )
    return Document(source, text, paragraphs, language=_field(meta, "language") or "")
