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
from array import array
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np

from . import analysis, generality, storage
from .answer import Answer, Source
from .errors import CorpusError, IndexFileError
from .fuzzy import TypoMatcher
from .passages import sentences, windows
from .sources import EXTENSIONS, METADATA_FILE, Corpus, Document, corpus_files
from .text import normalise, translate

log = logging.getLogger("corpus")

BM25_K1 = 1.2
BM25_B = 0.75
PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = PROJECT_ROOT / "seeds"


def settings_signature() -> dict:
    """Everything that changes the index's content besides the files themselves."""
    from .passages import PASSAGE_MAX_WORDS

    return {
        "format": storage.FORMAT_VERSION,
        "analysis": analysis.ANALYSIS_VERSION,
        "k1": BM25_K1,
        "b": BM25_B,
        "passage_max_words": PASSAGE_MAX_WORDS,
    }


def fingerprint(source: str | Path | list) -> str:
    """A digest of the corpus files (names, sizes, modification times) and analysis settings.

    File stats, not contents: checking a large corpus for staleness must cost milliseconds.
    """
    root, files = corpus_files(source)
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


class _Builder:
    """Collects passages as sequences of term ids, then lays them out as arrays.

    Each distinct written word is analysed once (`word_ids`); after that a sentence's words
    become ids in one C-level pass of dictionary lookups. Postings are not collected word by
    word in Python: they are derived from the word sequences with numpy at the end."""

    def __init__(self):
        self.term_ids: dict[str, int] = {}
        self.word_ids: dict[str, int] = {}  # word as written -> term id (negative: a stop word)
        self.surface: dict[str, int] = {}  # folded word -> term id (for typos and exact forms)
        self.sequence = array("i")  # every word of every passage in order, as term ids
        self.pass_seq = array("q", [0])  # where each passage's words start in `sequence`
        # Heading terms count for the passage under the heading, but are not among its words.
        self.head_terms, self.head_owner = array("i"), array("i")
        self.para_text, self.para_ptr = bytearray(), array("q", [0])
        self.head_text, self.head_ptr = bytearray(), array("q", [0])
        self.para_doc, self.para_number = array("i"), array("i")
        self.pass_para, self.pass_start, self.pass_end = array("i"), array("i"), array("i")

    def _ids(self, words: list[str]) -> list[int]:
        """Term ids of `words`; a stop word's is negative (`analysis.stop_id`)."""
        known = self.word_ids
        ids = list(map(known.get, words))
        if None in ids:
            for i, tid in enumerate(ids):
                if tid is None:
                    ids[i] = known.get(words[i])
                    if ids[i] is None:
                        ids[i] = self._new_word(words[i])
        return ids

    def _new_word(self, word: str) -> int:
        key, term = analysis.analyse_new_word(word)
        tid = self.term_ids.setdefault(term, len(self.term_ids)) if term else analysis.stop_id(key)
        self.word_ids[word] = tid
        if tid >= 0:
            self.surface.setdefault(key, tid)
        return tid

    def add(self, doc_index: int, document: Document) -> int:
        """Add a document's passages; returns how many."""
        added = 0
        for paragraph in document.paragraphs:
            text = document.text[paragraph.start:paragraph.end]
            para_id = len(self.para_doc)
            self.para_text += text.encode("utf-8")
            self.para_ptr.append(len(self.para_text))
            self.head_text += paragraph.heading.encode("utf-8")
            self.head_ptr.append(len(self.head_text))
            self.para_doc.append(doc_index)
            self.para_number.append(paragraph.number)
            # One normalisation per paragraph; when it keeps offsets (nearly always), sentences
            # are read straight out of it. Each sentence is read once, though windows overlap.
            norm, origin = normalise(text)
            plain = norm if origin is None else translate(text)
            spans = sentences(plain)
            if origin is None:
                ids = [self._ids(analysis.words_between(norm, s.start, s.end)) for s in spans]
            else:
                ids = [self._ids(analysis.words(text[s.start:s.end])) for s in spans]
            # Window sizes count words as written, between spaces ("l'IA" is one).
            for first, last in windows([plain.count(" ", s.start, s.end) + 1 for s in spans]):
                passage = len(self.pass_para)
                for sentence in ids[first:last + 1]:
                    self.sequence.extend(sentence)  # stop words included: they tell phrases apart
                self.pass_seq.append(len(self.sequence))
                if first == 0 and paragraph.heading:  # context for the passage right under it
                    heading = [t for t in self._ids(analysis.words(paragraph.heading)) if t >= 0]
                    self.head_terms.extend(heading)
                    self.head_owner.extend([passage] * len(heading))
                self.pass_para.append(para_id)
                self.pass_start.append(spans[first].start)
                self.pass_end.append(spans[last].end)
                added += 1
        return added

    def word_sequences(self) -> tuple[np.ndarray, np.ndarray]:
        """Every passage's words as term ids, and where each passage starts, with elided
        articles left out (`analysis.ELIDED`): positions count words as written."""
        sequence = np.frombuffer(self.sequence, dtype=np.int32)
        bounds = np.frombuffer(self.pass_seq, dtype=np.int64)
        elided = np.isin(sequence, np.fromiter(analysis.ELIDED_IDS, dtype=np.int32))
        dropped = np.flatnonzero(elided)
        return sequence[~elided], bounds - np.searchsorted(dropped, bounds)

    def postings(self, sequence: np.ndarray, bounds: np.ndarray) -> tuple[np.ndarray, ...]:
        """(term, passage, term frequency) of every posting, sorted by term then passage, and
        each passage's length in terms. Temporaries are dropped as soon as they are used: at
        millions of words they are most of a build's memory."""
        n_pass = max(len(bounds) - 1, 1)
        content = sequence >= 0
        owners = np.repeat(np.arange(len(bounds) - 1, dtype=np.int32), np.diff(bounds))[content]
        owners = np.concatenate([owners, np.frombuffer(self.head_owner, dtype=np.int32)])
        keys = np.concatenate([sequence[content], np.frombuffer(self.head_terms, dtype=np.int32)]).astype(np.int64)
        del content
        lengths = np.bincount(owners, minlength=len(bounds) - 1).astype(np.float32)
        keys *= n_pass
        keys += owners
        del owners
        keys.sort()
        first = np.ones(keys.size, dtype=bool)
        np.not_equal(keys[1:], keys[:-1], out=first[1:])
        starts = np.flatnonzero(first)
        del first
        tf = np.diff(starts, append=keys.size).astype(np.float32)
        keys = keys[starts]
        del starts
        return (keys // n_pass).astype(np.int32), (keys % n_pass).astype(np.int32), tf, lengths

    def arrays(self) -> dict[str, np.ndarray]:
        n_pass, n_terms = len(self.pass_para), len(self.term_ids)
        sequence, bounds = self.word_sequences()
        post_term, post_pass, tf, lengths = self.postings(sequence, bounds)
        df = np.bincount(post_term, minlength=n_terms)
        term_ptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(df, out=term_ptr[1:])
        idf = np.log1p((n_pass - df + 0.5) / (df + 0.5)).astype(np.float32)
        del df
        avg = float(lengths.mean()) if n_pass else 1.0
        norm = lengths[post_pass]
        norm *= BM25_K1 * BM25_B / max(avg, 1e-9)
        norm += BM25_K1 * (1 - BM25_B)
        norm += tf
        impact = idf[post_term]
        del post_term
        impact *= tf * (BM25_K1 + 1)
        impact /= norm
        del norm, tf
        terms = sorted(self.term_ids, key=self.term_ids.__getitem__)
        surface = sorted(self.surface.items())
        return {
            "term_ptr": term_ptr,
            "post_pass": post_pass,
            "post_impact": impact,
            "term_idf": idf,
            # Each term's best contribution: what lets a query skip common terms safely.
            "term_max": (np.maximum.reduceat(impact, term_ptr[:-1]) if n_terms and impact.size
                         else np.zeros(n_terms)).astype(np.float32),
            "pass_terms": sequence,
            "pass_ptr": bounds,
            "term_generality": np.array(generality.weights(self.word_ids, n_terms), dtype=np.float32),
            "terms": _blob(terms),
            "surface_keys": _blob([k for k, _ in surface]),
            "surface_term": np.array([t for _, t in surface], dtype=np.int32),
            "pass_para": np.frombuffer(self.pass_para, dtype=np.int32),
            "pass_start": np.frombuffer(self.pass_start, dtype=np.int32),
            "pass_end": np.frombuffer(self.pass_end, dtype=np.int32),
            "pass_len": lengths,
            "para_doc": np.frombuffer(self.para_doc, dtype=np.int32),
            "para_number": np.frombuffer(self.para_number, dtype=np.int32),
            "para_ptr": np.frombuffer(self.para_ptr, dtype=np.int64),
            "para_text": np.frombuffer(self.para_text, dtype=np.uint8),
            "head_ptr": np.frombuffer(self.head_ptr, dtype=np.int64),
            "head_text": np.frombuffer(self.head_text, dtype=np.uint8),
        }


def _blob(strings: list[str]) -> np.ndarray:
    return np.frombuffer("\n".join(strings).encode("utf-8"), dtype=np.uint8)


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
        self.arrays = arrays
        for name, value in arrays.items():
            setattr(self, name, value)
        terms = _unblob(arrays["terms"])
        self.terms = terms
        self.term_id: dict[str, int] = dict(zip(terms, range(len(terms))))
        self.surface: dict[str, int] = dict(zip(_unblob(arrays["surface_keys"]), arrays["surface_term"].tolist()))
        self.max_idf = float(math.log1p((len(self) - 0.5) / 1.5)) if len(self) else 1.0
        self._typos: TypoMatcher | None = None
        self._tokens: dict[int, PassageTokens] = {}

    # -- building, saving, loading ------------------------------------------------------------

    @classmethod
    def build(cls, source: str | Path | list, progress: bool = False) -> "Index":
        """Index a folder of .txt/.md files, or a list of files. Unreadable files are skipped."""
        corpus = Corpus(source)
        builder = _Builder()
        bar = _Progress(len(corpus), progress)
        sources = []
        for document in corpus.documents():
            count = builder.add(len(sources), document)
            sources.append(replace(document.source, passages=count))
            bar.update(len(sources) + len(corpus.skipped))
        arrays = builder.arrays()
        del builder  # its tables are as large as the arrays: free them before loading those
        header = {
            "fingerprint": fingerprint(source),
            "settings": settings_signature(),
            "corpus": str(source) if isinstance(source, (str, Path)) else None,
            "sources": [asdict(s) for s in sources],
            "skipped": [str(s) for s in corpus.skipped],
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

    def heading(self, para: int) -> str:
        return bytes(self.head_text[self.head_ptr[para]:self.head_ptr[para + 1]]).decode("utf-8")

    def passage_text(self, passage: int) -> str:
        para = int(self.pass_para[passage])
        return self.paragraph_text(para)[int(self.pass_start[passage]):int(self.pass_end[passage])]

    def passage_doc(self, passage: int) -> str:
        return self.sources[int(self.para_doc[self.pass_para[passage]])].doc

    def context(self, passage: int) -> str:
        """The whole paragraph a passage belongs to, under its heading if it has one."""
        para = int(self.pass_para[passage])
        heading = self.heading(para)
        text = self.paragraph_text(para)
        return f"{heading}\n\n{text}" if heading else text

    def passage_tokens(self, passage: int) -> "PassageTokens":
        """The passage's words: offsets in its paragraph's text, and term ids (-1: stop word).

        Ranking and excerpts read them for every candidate, so they are analysed once and kept
        (a bounded cache: the passages people ask about again and again stay in it)."""
        found = self._tokens.get(passage)
        if found is None:
            para = int(self.pass_para[passage])
            lo, hi = int(self.pass_start[passage]), int(self.pass_end[passage])
            starts, ends, terms = [], [], []
            for token in analysis.tokenize_original(self.paragraph_text(para)[lo:hi]):
                starts.append(token.start + lo)
                ends.append(token.end + lo)
                terms.append(self.term_id.get(token.term, -1) if token.term else -1)
            if len(self._tokens) >= TOKEN_CACHE:
                self._tokens.clear()
            found = self._tokens[passage] = PassageTokens(starts, ends, terms)
        return found

    def passage_terms(self, passage: int) -> np.ndarray:
        """The passage's words in order as term ids (negative: stop words): read, not analysed."""
        return self.pass_terms[self.pass_ptr[passage]:self.pass_ptr[passage + 1]]

    def typo_matcher(self) -> TypoMatcher:
        if self._typos is None:
            self._typos = TypoMatcher(list(self.surface), self.terms)
        return self._typos

    # -- searching ----------------------------------------------------------------------------

    def search(self, question: str, k: int = 3, offset: int = 0) -> Answer:
        """The best `k` excerpts for `question` (after skipping `offset`), or an abstention."""
        from .ranking import search

        return search(self, question, k=k, offset=offset)


__all__ = ["Index", "CorpusError", "DEFAULT_CORPUS", "default_index_path", "fingerprint", "EXTENSIONS"]
