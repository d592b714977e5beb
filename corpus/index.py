"""The index: passages and their BM25 postings as a few flat numpy arrays.

Postings are grouped by term (CSR layout): for term t, the passages of postings
term_ptr[t]:term_ptr[t+1] (their ids in 16 bits, in runs of their high part: `splitids.py`)
with their precomputed BM25 contributions post_impact[...] (idf and length normalisation folded
in at build time, one byte each, scaled by term_scale[t]), so a query is a handful of vectorised
additions. Paragraph texts are kept as
UTF-8 in zlib blocks (`texts.py`) to quote from; passages point into them by character offsets.
"""
from __future__ import annotations

import hashlib
import json
import os
import math
import re
import tempfile
import time
import weakref
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Callable

import numpy as np

from . import acronyms, analysis, builder, families, kernels, markup, places, splitids, storage, texts, wordcodes
from .acronyms import Acronyms
from .answer import Answer, Source
from .arrays import IndexArrays
from .params import DEFAULT_PARAMS, RankingParams
from .errors import CorpusError, IndexFileError
from .stopwords import CONTINUING
from .excerpts import announced_code, introduced, quote_above, read_on
from .families import Families
from .fuzzy import TypoMatcher
from .readers import EXTENSIONS
from .readers.blocks import CODE, KINDS
from .text import normalise
from .texts import TextBlocks
from .sources import METADATA_FILE, READER_VERSION, Corpus, corpus_files, resolver


def settings_signature() -> dict:
    """Everything that changes the index's content besides the files themselves."""
    from .passages import PASSAGE_MAX_WORDS

    return {
        "format": storage.FORMAT_VERSION,
        "analysis": analysis.ANALYSIS_VERSION,
        "k1": builder.BM25_K1,
        "b": builder.BM25_B,
        "passage_max_words": PASSAGE_MAX_WORDS,
        "text_block_bytes": texts.BLOCK_BYTES,
        "reader": READER_VERSION,
        # The loosest expansions of acronyms the index keeps (`acronyms.learn`).
        "acronyms": [DEFAULT_PARAMS.acronym_least, DEFAULT_PARAMS.acronym_cohesion],
    }


def fingerprint(source: str | Path | list) -> str:
    """A digest of the corpus files (names, sizes, modification times) and analysis settings.

    File stats, not contents: checking a large corpus for staleness must cost milliseconds.
    """
    return _fingerprint(*corpus_files(source))


def _fingerprint(root: Path, files: list[Path]) -> str:
    digest = hashlib.sha256(json.dumps(settings_signature(), sort_keys=True).encode())
    resolve = resolver()
    for path in [*files, root / METADATA_FILE]:
        try:
            st = path.stat()
        except OSError:
            continue
        # fsencode: a file name need not be UTF-8, and must not stop the digest.
        digest.update(os.fsencode(resolve(path)) + f"\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:32]


SOURCE_FIELDS = tuple(field.name for field in fields(Source))  # a source as the header stores it
TOKEN_CACHE = 20_000  # passages whose analysed words are kept in memory


@dataclass(frozen=True, slots=True)
class PassageTokens:
    starts: list[int]
    ends: list[int]
    terms: list[int]


def _stored_tokens(text: str, lo: int, stored: list[int], lang: str, compiled: bool = False) -> PassageTokens | None:
    """A passage's words from its stored word sequence (`stored`: term ids, stop words -1,
    elided articles left out), their offsets found by the tokenizer's pattern (by the compiled
    kernel's scan, when `compiled`); None when the words found are not as many as those stored."""
    starts, ends, short_words = _word_spans(text, lo, compiled)
    if len(starts) != len(stored):  # elided articles, not in the sequence (`builder._Builder.part`)
        # Only a short word can be elided: the others are not read one by one (a Python step
        # a word cost 27 µs a passage, in a quarter of them).
        elided = analysis.is_elided
        at = [i for i, word in short_words(analysis.ELIDED_LONGEST) if elided(word, lang)]
        if len(starts) - len(at) != len(stored):
            return None
        # The stored words in order, -1 where an elided word stands.
        merged: list[int] = []
        taken = 0
        for i in at:
            between = i - len(merged)
            merged += stored[taken:taken + between]
            taken += between
            merged.append(-1)
        merged += stored[taken:]
        stored = merged
    return PassageTokens(starts, ends, stored)


def _word_spans(text: str, lo: int,
                compiled: bool) -> tuple[list[int], list[int], Callable[[int], list[tuple[int, str]]]]:
    """`analysis.word_spans` of `text` plus `lo`, and a function giving the words of at most
    so many characters as written, each with its place among the words. The compiled kernel
    scans for the same runs of letters and digits, where normalising left every offset in place
    (nearly always)."""
    if compiled:
        norm, origin = normalise(text)
        if origin is None:
            starts, ends = kernels.word_spans(norm, lo)
            return starts, ends, lambda most: [(i, norm[s - lo:e - lo]) for i, (s, e) in enumerate(zip(starts, ends))
                                               if e - s <= most]
    starts, ends, matches = analysis.word_spans(text, lo)
    return starts, ends, lambda most: [(i, word) for i, word in enumerate(map(re.Match.group, matches))
                                       if len(word) <= most]


def _learned_acronyms(spool: storage.Spool, terms: list[str], compiled: bool) -> dict[str, np.ndarray]:
    """The acronyms the prose spells out (`acronyms.learn`), read from the built word sequences,
    as loose as `DEFAULT_PARAMS` asks: a question may ask for stricter ones. `compiled`: the
    word pairs made in C when it was built (the same acronyms)."""
    whole = spool.whole
    sequences = acronyms.Sequences(lambda start, stop: spool.read("word_codes", start, stop),
                                   spool.length("word_codes"), whole("code_term"), whole("rare_at"),
                                   whole("rare_term"), whole("pass_ptr"), whole("pass_para"), whole("para_kind"))
    return acronyms.learn(acronyms.prose_words(sequences), terms, np.diff(whole("word_ptr")),
                          DEFAULT_PARAMS.acronym_least, DEFAULT_PARAMS.acronym_cohesion, compiled)


def _unblob(data: np.ndarray) -> list[str]:
    return bytes(data).decode("utf-8").split("\n") if data.size else []


class Index:
    """A searchable corpus. Build it from files, or load a saved one."""

    def __init__(self, header: dict, arrays: dict[str, np.ndarray], path: Path | None = None,
                 compiled: bool = True):
        self.header = header
        # The postings stages' compiled kernels, when built (`kernels.py`); False: numpy alone.
        self.compiled: bool = compiled and kernels.available()
        self.path = path
        self._unsaved: Path | None = None  # a built index's file, until saved (`build`)
        self._discard: Callable[[], None] = lambda: None
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
        self.arrays = IndexArrays.of(arrays)
        a = self.arrays
        self._id_bits = int(a.post_id_bits[0])  # postings' ids split at this bit (`splitids.py`)
        self._highs = splitids.highs(len(a.pass_para), self._id_bits)
        self._texts = TextBlocks(a.text_z, a.text_block_ptr, a.text_block_para, a.text_block_dict,
                                 a.text_dicts, a.text_dict_ptr, a.para_ptr)
        terms = _unblob(self.arrays.terms)
        self.terms: list[str] = terms
        self.term_id: dict[str, int] = dict(zip(terms, range(len(terms))))
        self.surface: dict[str, int] = dict(zip(_unblob(self.arrays.surface_keys),
                                                self.arrays.surface_term.tolist()))
        self.max_idf = float(math.log1p((len(self) - 0.5) / 1.5)) if len(self) else 1.0
        self._typos: TypoMatcher | None = None
        self._identifier_typos: TypoMatcher | None = None
        self._families: Families | None = None
        self._acronyms: Acronyms | None = None
        self._identifier_heads: frozenset[str] | None = None
        self._compound_parts: frozenset[str] | None = None
        self._conjunction_ids: frozenset[int] | None = None
        self._tokens: dict[int, PassageTokens] = {}
        # A heading's words in order (`heading_words`), by `para_heading` id: read once.
        self._heading_words: dict[int, tuple[int, ...]] = {}
        self._sought: dict[frozenset[int], wordcodes.Sought] = {}  # ids as the sequences store them

    # -- building, saving, loading ------------------------------------------------------------

    @classmethod
    def build(cls, source: str | Path | list, workers: int | None = None,
              on_progress: Callable[[int, int], None] | None = None,
              folder: str | Path | None = None, id_bits: int = 0, compiled: bool = True) -> "Index":
        """Index a folder of documents (`EXTENSIONS`), or a list of files. Unreadable files
        are skipped. A large corpus is read by several processes at once (see
        `builder.parts`); `on_progress(done, total)` is told how many files are read.

        The index file is written as it is built, not held in memory (`storage.Spool`), in a
        private folder inside `folder` (the system's temporary folder by default, or when
        `folder` cannot be written): give the folder the index will be saved in, and `save`
        is a rename. That folder is removed if the build fails, once the index is saved, and
        when an index never saved is let go. `id_bits`: where postings' passage ids are split
        (`splitids.py`; 0: `builder.ID_BITS`). `compiled`: read the words with the compiled
        pass and search with the compiled kernels when they were built (`reading.py`,
        `kernels.py`), else in Python and numpy alone (the same index, the same answers)."""
        corpus = Corpus(source)
        total = len(corpus)
        report = (lambda done: on_progress(done, total)) if on_progress else (lambda done: None)
        try:
            spool = storage.Spool(folder if folder is not None else tempfile.gettempdir())
        except OSError:
            if folder is None:
                raise
            spool = storage.Spool(tempfile.gettempdir())
        try:
            built = builder.assemble(builder.parts(corpus, report, spool.folder, workers, compiled), spool,
                                     id_bits, compiled)
            if not built.sources:
                raise corpus.empty()
            for name, values in _learned_acronyms(spool, built.terms, compiled).items():
                spool.put(name, values)
            header = {
                # Of the files listed before reading them: one listing of a large folder, not two.
                "fingerprint": _fingerprint(corpus.root, [entry.path for entry in corpus.entries]),
                "settings": settings_signature(),
                # Absolute, so the file names its corpus whatever folder it is opened from.
                "corpus": str(Path(source).resolve()) if isinstance(source, (str, Path)) else None,
                # Each field as it is (words and numbers): `asdict`'s deep copies took 0.1 s at
                # 5,000 documents.
                "sources": [{name: getattr(s, name) for name in SOURCE_FIELDS} for s in built.sources],
                "skipped": [str(s) for s in built.skipped],
                "derivation": families.learn(built.terms, built.df),
                "built": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            }
            del built
            file = spool.finish(header)
            header, arrays = storage.read(file)
        except BaseException:
            spool.close()
            raise
        index = cls(header, arrays, compiled=compiled)
        index._unsaved = file
        index._discard = weakref.finalize(index, spool.close)
        return index

    def save(self, path: str | Path) -> None:
        """Write the index file atomically; IndexFileError if `path` is a file that is not an index."""
        if self._unsaved is not None:  # built and not saved yet: its file is complete, moved into place
            storage.move(self._unsaved, path)
            self._unsaved = None
            self._discard()
        else:
            storage.write(path, self.header, self.arrays.as_dict())
        self.path = Path(path)

    @classmethod
    def load(cls, path: str | Path, compiled: bool = True) -> "Index":
        """A saved index, memory-mapped; `compiled` as for `build`."""
        header, arrays = storage.read(path)
        if header.get("settings") != settings_signature():
            raise IndexFileError("index_other_version", path=path)
        return cls(header, arrays, Path(path), compiled)

    # -- what is in it ------------------------------------------------------------------------

    def __len__(self) -> int:
        return int(self.arrays.pass_para.shape[0])

    def source(self, doc: str) -> Source | None:
        i = self._by_doc.get(doc)
        return self.sources[i] if i is not None else None

    def paragraph_text(self, para: int) -> str:
        """A paragraph's text, inflated from its block (`texts.py` keeps the latest blocks)."""
        return self._texts.paragraph(para)

    def section(self, para: int) -> tuple[str, ...]:
        """The heading path a paragraph stands under, outermost first."""
        a = self.arrays
        head = a.para_head[para]
        stored = bytes(a.head_text[a.head_ptr[head]:a.head_ptr[head + 1]]).decode("utf-8")
        return tuple(stored.split(builder.SECTION_JOIN)) if stored else ()

    def kind(self, para: int) -> str:
        """What a paragraph is: paragraph, item, row or code."""
        return KINDS[int(self.arrays.para_kind[para])]

    def paragraph_of(self, passage: int) -> int:
        return int(self.arrays.pass_para[passage])

    def span(self, passage: int) -> tuple[int, int]:
        """Where a passage stands in its paragraph's text (character offsets)."""
        return int(self.arrays.pass_start[passage]), int(self.arrays.pass_end[passage])

    def passage_text(self, passage: int) -> str:
        start, end = self.span(passage)
        return self.paragraph_text(self.paragraph_of(passage))[start:end]

    def searchable_text(self, para: int) -> str:
        """A paragraph's text as analysis reads it: its markup blanked (`markup.blank`), every
        word at the same offset as in the quoted text. Code is read as it is."""
        text = self.paragraph_text(para)
        return markup.readable(text, self.kind(para) == CODE)

    def passage_doc(self, passage: int) -> str:
        return self.sources[int(self.arrays.para_doc[self.arrays.pass_para[passage]])].doc

    def context(self, passage: int) -> str:
        """The whole paragraph a passage belongs to, with the blocks its excerpt quotes beside it:
        for a byline ("- Name (@handle) date"), the words it attributes before it; for a line
        announcing a list or a title, the blocks it introduces after it; for a line announcing
        code, that code; for another short block, the next block of its section."""
        text = self.paragraph_text(self.paragraph_of(passage))
        quote = quote_above(self, passage)
        before = [self.paragraph_text(self.paragraph_of(quote))] if quote is not None else []
        code = announced_code(self, passage)
        after = introduced(self, passage) + ([code] if code is not None else [])
        if not after and (following := read_on(self, passage)) is not None:
            after = [following]
        return "\n".join(before + [text] + [self.paragraph_text(p) for p in after])

    def language_of(self, para: int) -> str:
        """The language of the document a paragraph belongs to."""
        return self.sources[int(self.arrays.para_doc[para])].language

    def passage_tokens(self, passage: int) -> "PassageTokens":
        """The passage's words: offsets in its paragraph's text, and term ids (-1: stop word).

        Ranking and excerpts read them for every candidate, so they are kept (a bounded cache:
        the passages people ask about again and again stay in it). The term ids are the ones
        stored in the passage's word sequence; only the words' offsets are found again, by the
        tokenizer's pattern alone, with no analysis."""
        found = self._tokens.get(passage)
        if found is None:
            para = self.paragraph_of(passage)
            lo, hi = self.span(passage)
            text = self.searchable_text(para)[lo:hi]  # markup blanked, offsets kept
            lang = self.language_of(para)
            found = _stored_tokens(text, lo, self._stored_words(passage), lang, self.compiled)
            if found is None:  # words stored otherwise than the pattern finds them: analysed
                found = self._analysed_tokens(text, lo, lang)
            if len(self._tokens) >= TOKEN_CACHE:
                self._tokens.clear()
            self._tokens[passage] = found
        return found

    def _analysed_tokens(self, text: str, lo: int, lang: str) -> "PassageTokens":
        starts, ends, terms = [], [], []
        for token in analysis.tokenize_original(text, lang):
            starts.append(token.start + lo)
            ends.append(token.end + lo)
            terms.append(self.term_id.get(token.term, -1) if token.term else -1)
        return PassageTokens(starts, ends, terms)

    def headings(self, passages: np.ndarray) -> list[int]:
        """The heading each passage stands right under (its innermost one; -1 for none), as an
        id of `terms_of_heading`: candidates of one section share it, read once for all."""
        a = self.arrays
        return a.para_heading[a.pass_para[passages]].tolist()

    def terms_of_heading(self, heading: int) -> np.ndarray:
        """A heading's term ids (none for -1), read in its document's language, whole
        identifiers included, sorted: stored at build."""
        a = self.arrays
        if heading < 0:
            return a.heading_terms[:0]
        return a.heading_terms[a.heading_ptr[heading]:a.heading_ptr[heading + 1]]

    def heading_words(self, para: int) -> tuple[int, ...]:
        """The words of a paragraph's innermost heading in order, as a question's sequence holds
        them (`Query.sequence`): term ids, and stop words' own negative ids."""
        heading = int(self.arrays.para_heading[para])  # one id per innermost heading and language
        if heading < 0:
            return ()
        found = self._heading_words.get(heading)
        if found is None:  # many paragraphs stand under one heading: it is read once
            text, language = self.section(para)[-1], self.language_of(para)
            found = tuple(self.term_id.get(t.term, -1) if t.term else analysis.stop_id(t.key)
                          for t in analysis.tokenize_original(text, language) if t.key not in analysis.ELIDED)
            if len(self._heading_words) >= TOKEN_CACHE:
                self._heading_words.clear()
            self._heading_words[heading] = found
        return found

    def passage_terms(self, passage: int) -> np.ndarray:
        """The passage's words in order as term ids (negative: stop words): read, not analysed."""
        a = self.arrays
        return wordcodes.decode_span(a.word_codes, a.code_term, a.rare_at, a.rare_term,
                                     int(a.pass_ptr[passage]), int(a.pass_ptr[passage + 1]),
                                     int(a.rare_ptr[passage]), int(a.rare_ptr[passage + 1]))

    def _stored_words(self, passage: int) -> list[int]:
        """`passage_terms` as a list, stop words all -1 (one call with the compiled kernels)."""
        if self.compiled:
            a = self.arrays
            return kernels.stored_words(a.word_codes, a.code_term, a.rare_at, a.rare_term, a.pass_ptr, a.rare_ptr,
                                        passage, -1)
        return np.maximum(self.passage_terms(passage), -1).tolist()

    def first_words(self, passages: list[int]) -> list[int | None]:
        """The first stored word of each passage as `passage_terms` gives it (a stop word's id
        is negative; an empty passage gets None): a few gathers for all, nothing decoded (one
        call with the compiled kernels)."""
        if self.compiled:
            return kernels.first_words(self, passages)
        a = self.arrays
        at = np.asarray(passages, dtype=np.int64)
        start, end = a.pass_ptr[at], a.pass_ptr[at + 1]
        if not len(a.word_codes):
            return [None] * len(at)
        ids = a.code_term[a.word_codes[np.minimum(start, len(a.word_codes) - 1)]].astype(np.int64)
        if len(a.rare_at):  # a word the codes escape is stored apart, at its position (`wordcodes`)
            rare = a.rare_ptr[at]
            escaped = (a.rare_ptr[at + 1] > rare) & (a.rare_at[np.minimum(rare, len(a.rare_at) - 1)] == start)
            ids[escaped] = a.rare_term[rare[escaped]]
        return [int(i) if filled else None for i, filled in zip(ids.tolist(), (end > start).tolist())]

    def passages_terms(self, passages: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """`passage_terms` of several passages, joined: (their term ids one after the other,
        where each passage starts in them and, last, their total)."""
        a = self.arrays
        at = np.asarray(passages, dtype=np.int64)
        return wordcodes.decode_spans(a.word_codes, a.code_term, a.rare_at, a.rare_term,
                                      a.pass_ptr[at], a.pass_ptr[at + 1], a.rare_ptr[at], a.rare_ptr[at + 1])

    def holds(self, positions: np.ndarray, ids: frozenset[int]) -> np.ndarray:
        """Whether the word at each of these positions of the word sequences is one of `ids`
        (term ids, negative for stop words): cheaper than reading the words themselves."""
        a = self.arrays
        return wordcodes.holds(a.word_codes, a.rare_at, a.rare_term, positions, self.stored_as(ids))

    def stored_as(self, ids: frozenset[int]) -> wordcodes.Sought:
        """`ids` (term ids, negative for stop words) as the word sequences store them: kept."""
        wanted = self._sought.get(ids)
        if wanted is None:
            if len(self._sought) >= TOKEN_CACHE:
                self._sought.clear()
            a = self.arrays
            wanted = self._sought[ids] = wordcodes.sought(a.term_code, len(a.term_idf), ids)
        return wanted

    def word_count(self) -> int:
        """How many words the joined word sequences hold (positions run from 0 to this)."""
        return int(self.arrays.pass_ptr[-1])

    # -- a term's postings and positions ------------------------------------------------------

    def _runs(self, term: int) -> tuple[int, list[int]]:
        """Where a term's postings start, and its runs' offsets from there (`splitids.py`)."""
        a = self.arrays
        if self._highs == 1:  # one run: the term's postings
            first = int(a.term_ptr[term])
            return first, [0, int(a.term_ptr[term + 1]) - first]
        at = term * self._highs
        runs = a.post_run[at:at + self._highs + 1].tolist()
        return runs[0], [r - runs[0] for r in runs]

    def postings(self, term: int) -> np.ndarray:
        """The passages holding a term, sorted: a new int32 array (read whole: for a list
        searched for a few passages, `find`)."""
        first, runs = self._runs(term)
        return splitids.whole(self.arrays.post_low[first:first + runs[-1]], runs, self._id_bits)

    def split_layout(self) -> tuple[np.ndarray, int, int]:
        """Where each term's runs start (`splitids.py`: term t's are ptr[t*H:t*H + H + 1]), how
        many runs a term (H), and the bit its ids are split at."""
        return (self.arrays.post_run if self._highs > 1 else self.arrays.term_ptr), self._highs, self._id_bits

    def read(self, terms: list[int], weights: list[float], shares: np.ndarray | None = None,
             scores: np.ndarray | None = None, keep: bool = True) -> tuple[np.ndarray, np.ndarray, list[int]]:
        """Several terms' postings read whole, laid end to end: their passages (int32, each
        term's sorted), what each adds to its passage's BM25 times its term's weight (as
        `impacts` gives them; plus `shares[i]` for term i, when given), and where each term's
        postings start in them (then the end). A few numpy calls for all the terms: a question's
        rare terms are a dozen short lists. With the compiled kernels, one call, which also adds
        each to `scores` (one a passage), when given, and then, unless `keep`, gives back no
        passages or impacts (not written: a common term's are a megabyte); `scores` is for
        them alone."""
        a = self.arrays
        if self.compiled:
            # float32 products, as term_scale[t] * w is for each (`impacts`): in one call
            scale = a.term_scale[terms] * np.array(weights, dtype=np.float32)
            if shares is None:
                shares = np.zeros(len(terms), dtype=np.float32)
            return kernels.read(self, terms, scale, shares, scores, keep)
        if scores is not None:
            raise ValueError("scores are added by the compiled kernels only")
        ids = np.asarray(terms, dtype=np.int64)
        if self._highs == 1:
            runs = np.stack([a.term_ptr[ids], a.term_ptr[ids + 1]], axis=1)
        else:
            runs = a.post_run[(ids * self._highs)[:, None] + np.arange(self._highs + 1)]
        bounds = runs[:, [0, -1]].tolist()
        low = np.concatenate([a.post_low[s:e] for s, e in bounds])
        levels = np.concatenate([a.post_impact[s:e] for s, e in bounds])
        lengths = [e - s for s, e in bounds]
        scale = np.array([a.term_scale[t] * w for t, w in zip(terms, weights)], dtype=np.float32)
        offsets = [0]
        for n in lengths:
            offsets.append(offsets[-1] + n)
        impacts = levels * np.repeat(scale, lengths)
        if shares is not None:
            impacts += np.repeat(shares, lengths)
        return splitids.whole_of(low, runs, self._id_bits), impacts, offsets

    def sought(self, passages: np.ndarray) -> splitids.Sought:
        """Sorted passage ids made ready for `find` (once for all the terms searched; the
        compiled kernels split them as they search)."""
        if self.compiled:
            return splitids.Sought(None, np.asarray(passages), [])
        return splitids.sought(passages, self._id_bits)

    def find(self, term: int, passages: splitids.Sought,
             read: dict[int, np.ndarray] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Where each of `passages` is in a term's postings (a place in them, clipped), and
        whether it is there: binary searches in place, nothing of the postings read whole; or
        one search of them when a stage has read them whole already (`read`, by term). The
        compiled kernels search in place whatever was read."""
        if self.compiled:
            return kernels.find(self, term, passages.ids)
        if read and term in read:
            return splitids.find_whole(read[term], passages.ids)
        first, runs = self._runs(term)
        return splitids.find(self.arrays.post_low[first:first + runs[-1]], runs, passages, self._id_bits)

    def impacts(self, term: int, at: np.ndarray | None = None, weight: float = 1.0) -> np.ndarray:
        """What a term adds to the BM25 of each passage of its postings (of those at `at`, when
        given, places in its postings), times `weight`: a new float32 array, the caller's to
        change. Stored in one byte a posting, they are scaled here, only those read, in one
        pass (the cast, the scale and the weight at once)."""
        a = self.arrays
        levels = a.post_impact[a.term_ptr[term]:a.term_ptr[term + 1]]
        return (levels if at is None else levels[at]) * np.float32(a.term_scale[term] * weight)

    def frequency(self, term: int) -> int:
        """How many passages hold a term."""
        return int(self.arrays.term_ptr[term + 1] - self.arrays.term_ptr[term])

    def frequencies(self, terms: list[int]) -> list[int]:
        """How many passages hold each of `terms`: one numpy call for all, where `frequency`
        reads two numpy scalars a term (a question has a few terms to a few dozen)."""
        at = np.asarray(terms, dtype=np.int64)
        ptr = self.arrays.term_ptr
        return (ptr[at + 1] - ptr[at]).tolist()

    def positions(self, term: int, read: dict[int, np.ndarray] | None = None) -> np.ndarray:
        """Where a term stands in the joined word sequences (`passage_terms`), in order: a
        new array in the type of `pass_ptr`, read from its places in its postings' passages
        (`places.py`; its postings as a stage read them whole, in `read` by term, when there).
        The compiled kernels read them in one pass, in int64."""
        if self.compiled:
            return kernels.positions(self, term)
        a = self.arrays
        whole, end = a.dense_ptr[term], a.dense_ptr[term + 1]
        if end > whole:  # a term found thousands of times: stored whole
            return a.word_at[whole:end].astype(a.pass_ptr.dtype)
        first = int(a.term_ptr[term])  # a term of places: `whole` is how many are stored whole before it
        passages = read[term] if read and term in read else self.postings(term)
        return places.decode(a.word_place[a.word_ptr[term] - whole:a.word_ptr[term + 1] - whole],
                             passages, a.post_text, first, a.pass_ptr)

    def occurrences(self, term: int) -> int:
        """How many times a term stands in the word sequences (its positions, not read)."""
        return int(self.arrays.word_ptr[term + 1] - self.arrays.word_ptr[term])

    def identifier_heads(self) -> frozenset[str]:
        """What each whole identifier of the vocabulary (`message_content`, `on_ready`) holds
        before each of its underscores (`message`, `on`; `a`, `a_b` of `a_b_c`): a question's
        words side by side can spell one only from there. Read once; none in prose."""
        if self._identifier_heads is None:
            self._identifier_heads = frozenset(term[:at] for term in self.terms if "_" in term
                                               for at, c in enumerate(term) if c == "_")
        return self._identifier_heads

    def conjunction_ids(self) -> frozenset[int]:
        """The ids a stored word has when it is one of `stopwords.CONTINUING`'s conjunctions, in
        any language: a stop word's own id, or the term of one that is no stop word ("nor")."""
        if self._conjunction_ids is None:
            found = set()
            for code, words in CONTINUING.items():
                for word in words:
                    key, term = analysis.analyse_new_word(word, code)
                    found.add(self.term_id.get(term, -1) if term else analysis.stop_id(key))
            found.discard(-1)
            self._conjunction_ids = frozenset(found)
        return self._conjunction_ids

    def compound_parts(self) -> frozenset[str]:
        """The words each hyphenated term of the vocabulary (`sous-trait`, `built-in`) is made
        of: a question's two words side by side can spell one only if one of them is there.
        Read once."""
        if self._compound_parts is None:
            self._compound_parts = frozenset(part for term in self.terms if "-" in term for part in term.split("-"))
        return self._compound_parts

    def typo_matcher(self) -> TypoMatcher:
        if self._typos is None:
            # Identifiers whole ("on_ready") are matched as written, never as a word's family.
            self._typos = TypoMatcher(list(self.surface), [t for t in self.terms if t.isalnum()])
        return self._typos

    def identifier_matcher(self) -> TypoMatcher:
        """The vocabulary's whole identifiers (`on_ready`, `client.run`): a question that
        misspells one ("on_eady") is corrected against them, as a word is against words."""
        if self._identifier_typos is None:
            self._identifier_typos = TypoMatcher([t for t in self.terms if "_" in t or "." in t])
        return self._identifier_typos

    def families(self) -> Families:
        """Word families by the derivation rules learned from this corpus's vocabulary."""
        if self._families is None:
            self._families = Families(self.header["derivation"], self.terms, self.term_id,
                                      np.diff(self.arrays.term_ptr), self.arrays.term_order)
        return self._families

    def acronyms(self) -> Acronyms:
        """The expansions of acronyms this corpus's prose spells out, learned at build."""
        if self._acronyms is None:
            self._acronyms = Acronyms(self)
        return self._acronyms

    # -- searching ----------------------------------------------------------------------------

    def search(self, question: str, k: int = 3, offset: int = 0,
               params: RankingParams = DEFAULT_PARAMS) -> Answer:
        """The best `k` excerpts for `question` (after skipping `offset`), or an abstention;
        `params` holds the ranking's tuning values (`params.py`)."""
        from .pipeline import search

        return search(self, question, k=k, offset=offset, params=params)


__all__ = ["Index", "CorpusError", "fingerprint", "EXTENSIONS"]
