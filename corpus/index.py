"""The index: passages and their BM25 postings as a few flat numpy arrays.

Postings are grouped by term (CSR layout): for term t, passages post_pass[term_ptr[t]:term_ptr[t+1]]
with their precomputed BM25 contributions post_impact[...] (idf and length normalisation folded
in at build time), so a query is a handful of vectorised additions. Paragraph texts are kept as
UTF-8 bytes to quote from; passages point into them by character offsets.
"""
from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from . import analysis, builder, families, storage
from .answer import Answer, Source
from .errors import CorpusError, IndexFileError
from .families import Families
from .fuzzy import TypoMatcher
from .readers import EXTENSIONS
from .readers.blocks import KINDS
from .sources import METADATA_FILE, Corpus, corpus_files

log = logging.getLogger("corpus")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = PROJECT_ROOT / "seeds"


def settings_signature() -> dict:
    """Everything that changes the index's content besides the files themselves."""
    from .passages import PASSAGE_MAX_WORDS

    return {
        "format": storage.FORMAT_VERSION,
        "analysis": analysis.ANALYSIS_VERSION,
        "k1": builder.BM25_K1,
        "b": builder.BM25_B,
        "passage_max_words": PASSAGE_MAX_WORDS,
    }


def fingerprint(source: str | Path | list) -> str:
    """A digest of the corpus files (names, sizes, modification times) and analysis settings.

    File stats, not contents: checking a large corpus for staleness must cost milliseconds.
    """
    return _fingerprint(*corpus_files(source))


def _fingerprint(root: Path, files: list[Path]) -> str:
    digest = hashlib.sha256(json.dumps(settings_signature(), sort_keys=True).encode())
    for path in [*files, root / METADATA_FILE]:
        try:
            st = path.stat()
        except OSError:
            continue
        digest.update(f"{path.resolve()}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:32]


def default_index_path(corpus: str | Path) -> Path:
    """Where an index of `corpus` lives unless told otherwise: the user's cache folder."""
    corpus = Path(corpus).resolve()
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "corpus-bot"
    tag = hashlib.sha256(str(corpus).encode()).hexdigest()[:10]
    return cache / f"{corpus.name or 'corpus'}-{tag}.cbidx"


TOKEN_CACHE = 20_000  # passages whose analysed words are kept in memory


@dataclass(frozen=True, slots=True)
class PassageTokens:
    starts: list[int]
    ends: list[int]
    terms: list[int]


class _Progress:
    """A one-line progress bar on stderr, for builds long enough to wonder about."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled, self.started, self.shown = total, enabled, time.monotonic(), 0.0

    def update(self, done: int) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.shown < 0.2 and done < self.total):
            return
        self.shown = now
        width = 30
        filled = int(width * done / max(self.total, 1))
        sys.stderr.write(f"\rindexing [{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} documents "
                         f"{now - self.started:5.1f} s")
        if done >= self.total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _unblob(data: np.ndarray) -> list[str]:
    return bytes(data).decode("utf-8").split("\n") if data.size else []


class Index:
    """A searchable corpus. Build it from files, or load a saved one."""

    def __init__(self, header: dict, arrays: dict[str, np.ndarray], path: Path | None = None):
        self.header = header
        self.path = path
        self.fingerprint: str = header["fingerprint"]
        self.sources: list[Source] = [Source(**s) for s in header["sources"]]
        self.skipped: list[str] = header.get("skipped", [])
        self._by_doc = {s.doc: i for i, s in enumerate(self.sources)}
        # The languages of its documents, the one with the most passages first: a question is
        # matched against each of them, and read as the first when it shows no language.
        weight: dict[str, int] = {}
        for s in self.sources:
            weight[s.language] = weight.get(s.language, 0) + s.passages
        self.languages: tuple[str, ...] = tuple(sorted(weight, key=lambda lang: -weight[lang]))
        self.arrays = arrays
        for name, value in arrays.items():
            setattr(self, name, value)
        terms = _unblob(arrays["terms"])
        self.terms = terms
        self.term_id: dict[str, int] = dict(zip(terms, range(len(terms))))
        self.surface: dict[str, int] = dict(zip(_unblob(arrays["surface_keys"]), arrays["surface_term"].tolist()))
        self.max_idf = float(math.log1p((len(self) - 0.5) / 1.5)) if len(self) else 1.0
        self._typos: TypoMatcher | None = None
        self._families: Families | None = None
        self._tokens: dict[int, PassageTokens] = {}
        self._headings: dict[int, frozenset[int]] = {}

    # -- building, saving, loading ------------------------------------------------------------

    @classmethod
    def build(cls, source: str | Path | list, progress: bool = False, workers: int | None = None) -> "Index":
        """Index a folder of documents (`EXTENSIONS`), or a list of files. Unreadable files
        are skipped.
        A large corpus is read by several processes at once (see `builder.parts`)."""
        corpus = Corpus(source)
        bar = _Progress(len(corpus), progress)
        arrays, sources, skipped = builder.assemble(builder.parts(corpus, bar.update, workers))
        if not sources:
            raise corpus.empty()
        header = {
            # Of the files listed before reading them: one listing of a large folder, not two.
            "fingerprint": _fingerprint(corpus.root, [entry.path for entry in corpus.entries]),
            "settings": settings_signature(),
            "corpus": str(source) if isinstance(source, (str, Path)) else None,
            "sources": [asdict(s) for s in sources],
            "skipped": [str(s) for s in skipped],
            "derivation": families.learn(_unblob(arrays["terms"]), np.diff(arrays["term_ptr"])),
            "built": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        return cls(header, arrays)

    def save(self, path: str | Path) -> None:
        storage.write(path, self.header, self.arrays)
        self.path = Path(path)

    @classmethod
    def load(cls, path: str | Path) -> "Index":
        header, arrays = storage.read(path)
        if header.get("settings") != settings_signature():
            raise IndexFileError(f"The index file {path} was built by another version; rebuild it.")
        return cls(header, arrays, Path(path))

    @classmethod
    def open(cls, corpus: str | Path | None = None, index_path: str | Path | None = None,
             progress: bool = False) -> "Index":
        """The index of `corpus`: loaded from `index_path` when it is there and up to date,
        else built and saved there. A corpus of None is the bundled seeds."""
        corpus = Path(corpus) if corpus is not None else DEFAULT_CORPUS
        path = Path(index_path) if index_path is not None else default_index_path(corpus)
        current = fingerprint(corpus)
        try:
            header, _ = storage.read_header(path)
            if header.get("fingerprint") == current:
                return cls.load(path)
            log.info("index %s is stale: rebuilding", path)
        except IndexFileError as error:
            if path.exists():
                log.warning("%s Rebuilding it.", error)
        index = cls.build(corpus, progress=progress)
        try:
            index.save(path)
        except OSError as error:
            log.warning("could not save the index to %s (%s); using it from memory", path, error.strerror)
        return index

    # -- what is in it ------------------------------------------------------------------------

    def __len__(self) -> int:
        return int(self.pass_para.shape[0])

    def source(self, doc: str) -> Source | None:
        i = self._by_doc.get(doc)
        return self.sources[i] if i is not None else None

    def paragraph_text(self, para: int) -> str:
        return bytes(self.para_text[self.para_ptr[para]:self.para_ptr[para + 1]]).decode("utf-8")

    def section(self, para: int) -> tuple[str, ...]:
        """The heading path a paragraph stands under, outermost first."""
        stored = bytes(self.head_text[self.head_ptr[para]:self.head_ptr[para + 1]]).decode("utf-8")
        return tuple(stored.split(builder.SECTION_JOIN)) if stored else ()

    def kind(self, para: int) -> str:
        """What a paragraph is: paragraph, item, row or code."""
        return KINDS[int(self.para_kind[para])]

    def passage_text(self, passage: int) -> str:
        para = int(self.pass_para[passage])
        return self.paragraph_text(para)[int(self.pass_start[passage]):int(self.pass_end[passage])]

    def passage_doc(self, passage: int) -> str:
        return self.sources[int(self.para_doc[self.pass_para[passage]])].doc

    def context(self, passage: int) -> str:
        """The whole paragraph a passage belongs to."""
        return self.paragraph_text(int(self.pass_para[passage]))

    def language_of(self, para: int) -> str:
        """The language of the document a paragraph belongs to."""
        return self.sources[int(self.para_doc[para])].language

    def passage_tokens(self, passage: int) -> "PassageTokens":
        """The passage's words: offsets in its paragraph's text, and term ids (-1: stop word).

        Ranking and excerpts read them for every candidate, so they are analysed once and kept
        (a bounded cache: the passages people ask about again and again stay in it)."""
        found = self._tokens.get(passage)
        if found is None:
            para = int(self.pass_para[passage])
            lo, hi = int(self.pass_start[passage]), int(self.pass_end[passage])
            starts, ends, terms = [], [], []
            lang = self.language_of(para)
            for token in analysis.tokenize_original(self.paragraph_text(para)[lo:hi], lang):
                starts.append(token.start + lo)
                ends.append(token.end + lo)
                terms.append(self.term_id.get(token.term, -1) if token.term else -1)
            if len(self._tokens) >= TOKEN_CACHE:
                self._tokens.clear()
            found = self._tokens[passage] = PassageTokens(starts, ends, terms)
        return found

    def heading_terms(self, para: int) -> frozenset[int]:
        """The term ids of the heading a paragraph stands right under (its innermost one)."""
        found = self._headings.get(para)
        if found is None:
            section = self.section(para)
            words = analysis.terms(section[-1]) if section else []
            if len(self._headings) >= TOKEN_CACHE:
                self._headings.clear()
            found = self._headings[para] = frozenset(self.term_id[t] for t in words if t in self.term_id)
        return found

    def passage_terms(self, passage: int) -> np.ndarray:
        """The passage's words in order as term ids (negative: stop words): read, not analysed."""
        return self.pass_terms[self.pass_ptr[passage]:self.pass_ptr[passage + 1]]

    def typo_matcher(self) -> TypoMatcher:
        if self._typos is None:
            # Identifiers whole ("on_ready") are matched as written, never as a word's family.
            self._typos = TypoMatcher(list(self.surface), [t for t in self.terms if t.isalnum()])
        return self._typos

    def families(self) -> Families:
        """Word families by the derivation rules learned from this corpus's vocabulary."""
        if self._families is None:
            self._families = Families(self.header["derivation"], self.term_id, np.diff(self.term_ptr))
        return self._families

    # -- searching ----------------------------------------------------------------------------

    def search(self, question: str, k: int = 3, offset: int = 0) -> Answer:
        """The best `k` excerpts for `question` (after skipping `offset`), or an abstention."""
        from .ranking import search

        return search(self, question, k=k, offset=offset)


__all__ = ["Index", "CorpusError", "DEFAULT_CORPUS", "default_index_path", "fingerprint", "EXTENSIONS"]
