"""What the command line and the bot add around the engine, as applications of it.

The engine (`Index.build`, `Index.load`, `Index.save`, `search`) is a library: it has no default
corpus, draws nothing on the terminal and changes nothing of its host process. This module holds
the application's rules: the bundled corpus as the default, where an index lives, the one place
that decides which corpus an index file belongs to (and when it is rebuilt), the progress bar,
and the process-wide memory setting a long build wants.
"""
from __future__ import annotations

import hashlib
import logging
import os
import sys
import time
from pathlib import Path

from . import builder, storage
from .errors import CorpusError, IndexFileError
from .index import Index, fingerprint, settings_signature

log = logging.getLogger("corpus")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = PROJECT_ROOT / "seeds"
NOT_OURS = ("index_not_index", "index_is_folder", "index_missing")  # never rebuilt in place


def default_index_path(corpus: str | Path) -> Path:
    """Where an index of `corpus` lives unless told otherwise: the user's cache folder."""
    corpus = Path(corpus).resolve()
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "corpus-bot"
    tag = hashlib.sha256(str(corpus).encode()).hexdigest()[:10]
    return cache / f"{corpus.name or 'corpus'}-{tag}.cbidx"


class Progress:
    """A one-line progress bar on stderr, for builds long enough to wonder about."""

    def __init__(self, enabled: bool):
        self.enabled, self.started, self.shown = enabled, time.monotonic(), 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.shown < 0.2 and done < total):
            return
        self.shown = now
        width = 30
        filled = int(width * done / max(total, 1))
        sys.stderr.write(f"\rindexing [{'#' * filled}{'.' * (width - filled)}] {done}/{total} documents "
                         f"{now - self.started:5.1f} s")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def corpus_folder(corpus: str | Path | None) -> Path:
    """The corpus asked for, as an absolute path (the bundled seeds when none is)."""
    if corpus is None:
        return DEFAULT_CORPUS
    path = Path(corpus).expanduser().resolve()
    if not path.exists():
        raise CorpusError("corpus_missing", path=corpus)
    return path


def _header(path: Path) -> tuple[dict | None, IndexFileError | None]:
    """The header of the index file at `path`, or (None, why) when it is ours but too old or
    damaged to read (to be rebuilt). Raises IndexFileError when `path` is a folder or a file
    that is not a corpus-bot index."""
    try:
        return storage.read_header(path)[0], None
    except IndexFileError as error:
        if error.kind in NOT_OURS:
            raise
        return None, error


def _recorded(header: dict | None) -> Path | None:
    """The corpus an index header says it was built from, when it says so with an absolute path."""
    recorded = header.get("corpus") if header else None
    return Path(recorded) if recorded and Path(recorded).is_absolute() else None


def _check_owner(path: Path, header: dict | None, folder: Path) -> None:
    recorded = _recorded(header)
    if recorded is not None and recorded != folder:
        raise IndexFileError("index_other_corpus", path=path, recorded=recorded, asked=folder)


def check_owner(path: Path, folder: Path) -> None:
    """Raises IndexFileError unless the existing file at `path` may hold the index of `folder`:
    an index of ours, of that corpus (or too old or damaged to say which)."""
    _check_owner(path, _header(path)[0], folder)


def open_index(corpus: str | Path | None = None, index_path: str | Path | None = None, *,
               progress: bool = False, workers: int | None = None) -> Index:
    """The index of `corpus`, loaded from `index_path` when up to date, else built and saved.

    The one place that decides which corpus an index file belongs to:
    - an index file records the absolute path of its corpus; asking it for another corpus is an
      error (never a silent rebuild over another corpus's index);
    - with an index file and no corpus, the corpus is the one the file records;
    - with neither, the bundled seeds, indexed in the user's cache folder;
    - a file that is not a corpus-bot index is never written over."""
    path = Path(index_path).expanduser() if index_path is not None else None
    if path is not None and corpus is None:
        if not path.exists():
            raise IndexFileError("index_missing", path=path)
        recorded = _recorded(_header(path)[0])
        if recorded is None or not recorded.exists():
            return Index.load(path)  # an index shipped without its corpus: used as it is
        folder = recorded
    else:
        folder = corpus_folder(corpus)
    path = path or default_index_path(folder)
    if path.exists():
        header, problem = _header(path)  # read once: whose index this is, and whether it is current
        _check_owner(path, header, folder)
        if header is None:
            log.warning("%s Rebuilding it.", problem)
        elif header.get("fingerprint") == fingerprint(folder) and header.get("settings") == settings_signature():
            return Index.load(path)
        else:
            log.info("index %s is stale: rebuilding", path)
    index = build(folder, progress=progress, workers=workers, into=path.parent)
    try:
        index.save(path)
    except OSError as error:
        log.warning("could not save the index to %s (%s); using it from memory", path, error.strerror)
    return index


def build(corpus: Path, *, progress: bool = False, workers: int | None = None,
          into: Path | None = None) -> Index:
    """Build as an application does: a progress bar when asked, memory returned promptly, the
    index file written as it is made in the folder `into` it will be saved in (`Index.build`)."""
    builder.release_memory_promptly()
    return Index.build(corpus, on_progress=Progress(progress), workers=workers, folder=into)


def save(index: Index, path: str | Path) -> None:
    """Save, as `index build` does: never over a file that is not an index; one line on failure."""
    try:
        index.save(path)
    except OSError as error:
        raise IndexFileError("index_unwritable", path=path, reason=error.strerror or error) from None
