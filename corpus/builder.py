"""Building an index: documents in, the index's arrays out.

A batch of documents becomes a `Part`: its passages as sequences of term ids numbered within
the part, its paragraph texts, its vocabulary. A large corpus is read in batches by several
processes at once (analysis is pure Python, so threads would not help); the parts are then
joined in corpus order, their term ids renumbered, and the BM25 postings derived from the
joined word sequences with numpy, a chunk at a time (`inversion.py`). Postings are laid out by term (CSR): for term t, passages
post_pass[term_ptr[t]:term_ptr[t+1]] with their BM25 contributions post_impact[...] (idf and
length normalisation folded in), so that a query is a handful of vectorised additions; the
passage ids are stored in 16 bits, in runs of their high part (`splitids.split`).
"""
from __future__ import annotations

import ctypes
import logging
import os
import pickle
import signal
import subprocess
import sys
from array import array
from dataclasses import dataclass, field, replace
from itertools import accumulate, chain, filterfalse, islice
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from . import (analysis, generality, inversion, markup, numbers, places, reading, splitids, storage, texts,
               wordcodes)
from .answer import Source
from .passages import PASSAGE_MAX_WORDS, Span, sentences, windows
from .readers.blocks import CODE, KINDS
from .sources import Corpus, Document, Skipped
from .text import normalise, translate

log = logging.getLogger("corpus")

BM25_K1 = 1.2
BM25_B = 0.75
HEADING_WEIGHT = 1.0  # what a word of the heading path counts for, against one in the text
IMPACT_LEVELS = 255  # a posting's contribution is stored in one byte (`quantized`)
# A posting's passage id is stored in this many bits, with each term's runs of the higher bits
# apart (`splitids.py`): two bytes a posting.
ID_BITS = 16
# Terms found this many times (but fewer than DENSE_UNTIL) keep their positions whole, four
# bytes each (`places.stored`): the verbatim runs read such a term's thousands of positions at
# the cost of a copy, where rebuilding them from places costs several passes. Measured at 10M
# words: from 4,096, 111.7 MiB and the runs' positions 0.058 ms a question; from 16,384, 108.6
# MiB and 0.078 ms; all as places, 105.8 MiB and 0.13 ms (0.018 ms before places).
# (Terms found more often still anchor no run but as a question's rarest: `phrases.ANCHOR_MOST`.)
DENSE_FROM = 16_384
DENSE_UNTIL = 65_536
# Below this much text, starting worker processes (each imports the engine) costs more than
# it saves; above it, each worker takes a few batches in turn, so that one slow batch does not
# hold the others up and progress can be shown as batches finish.
PARALLEL_MIN_BYTES = 4 * 1024 * 1024
MAX_WORKERS = 4  # each worker holds a vocabulary of its own: more would cost memory, not time
# Smaller batches: less held at once by each process (a batch's arrays, their copies as its part
# is made). At 10M words, 8 rather than 4: build peak 259-267 MiB rather than 295-305, for some 2 s
# more CPU (of 38) and texts compressed against twice as many dictionaries (answers unchanged).
BATCHES_PER_WORKER = 8
# The size of a batch the building process reads itself, against one a worker reads: it also
# joins the parts as they come. At 10M words in two processes (`benchmarks.profiling
# build-phases --workers 2`), with batches alike it spent 13.3 s of CPU reading and 1.5 s joining
# while the worker spent 13.6 s (its start included), and the worker then waited.
OWN_BATCH_SHARE = 0.9
KIND_CODES = {kind: code for code, kind in enumerate(KINDS)}  # a block's kind, as stored
SECTION_JOIN = "\n"  # between the headings of a path, as stored (a heading is one line)


@dataclass
class Part:
    """The index of a batch of documents, with the term ids of the process that read it."""

    sources: list[Source]
    skipped: list[Skipped]
    reader: str  # the `Known` of the process that read it: its parts number their terms alike
    # The terms its process met first in this batch, in the order of their ids, which start at
    # `first_term` (the terms met before are in that process's earlier parts)
    terms: list[str]
    first_term: int
    # folded words as written ("\n"-joined) and their term ids (for typos and exact forms):
    # those the process first met in this batch (an earlier batch of the same process, earlier
    # in the corpus too, gave the others)
    surface: tuple[str, np.ndarray]
    # language -> content words as written ("\n"-joined) and their term ids, likewise
    words: dict[str, tuple[str, np.ndarray]]
    arrays: dict[str, np.ndarray]  # passages, paragraphs and word sequences (see `_Builder.part`)


@dataclass
class Known:
    """What a reading process has met, kept across the batches it reads: the term ids are the
    process's own, and the parts it makes are numbered alike (`assemble` renumbers them). Each
    word as written is analysed once a process, and a batch meeting words met before (at 10M
    words, each batch of a worker meets some 66,000 distinct words, most of them known) only
    looks them up: one dictionary of words, not one of their analyses beside one a batch."""

    term_ids: dict[str, int] = field(default_factory=dict)
    # language -> word as written -> term id (negative: a stop word)
    word_ids: dict[str, dict[str, int]] = field(default_factory=dict)
    # The words as written that hold a number word (`numbers.may_spell`): a paragraph none of
    # whose words is one spells no number, told without reading it again.
    number_words: set[str] = field(default_factory=set)
    terms_sent: int = 0  # the terms its earlier parts carried (`Part.terms`)
    # language -> what the compiled pass keeps of word_ids[language] (`reading.word_cache`)
    word_caches: dict[str, object] = field(default_factory=dict)
    reader: object = None  # the compiled reading of paragraphs (`reading.paragraph_reader`), once made
    name: str = field(default_factory=lambda: os.urandom(8).hex())  # told apart from another's


class _Builder:
    """Collects the passages of a batch of documents as sequences of term ids.

    Each distinct written word is analysed once per language (`word_ids`); after that a
    sentence's words become ids in one C-level pass of dictionary lookups. `compiled`: find
    the words and look them up in the compiled pass (`reading.py`) when it was built; else
    with a regex and Python's lookups (the same ids)."""

    def __init__(self, known: Known | None = None, compiled: bool = False):
        self.known = known = Known() if known is None else known
        self.compiled = compiled and reading.available()
        self.term_ids, self.word_ids, self.number_words = known.term_ids, known.word_ids, known.number_words
        # What this batch met first in its process: folded word -> term id; language -> the
        # content words as written and their term ids.
        self.surface: dict[str, int] = {}
        self.new_words: dict[str, tuple[list[str], array]] = {}
        self.sources: list[Source] = []
        self.sequence = array("i")  # every word of every passage in order, as term ids
        self.pass_seq = array("q", [0])  # where each passage's words start in `sequence`
        # Terms that count for a passage but are not among its words in order: the terms of
        # the heading path above it (as a title field in BM25F), and its identifiers whole
        # ("on_ready" besides "on", "ready").
        self.head_terms, self.head_owner = array("i"), array("i")
        self.para_text, self.para_ptr = bytearray(), array("q", [0])
        # Heading paths, each stored once: the paragraphs of a section share theirs.
        self.head_ids: dict[tuple[str, ...], int] = {}
        self.head_text, self.head_ptr, self.para_head = bytearray(), array("q", [0]), array("i")
        self.para_doc, self.para_number = array("i"), array("i")
        self.para_kind, self.para_page = array("i"), array("i")
        self.pass_para, self.pass_start, self.pass_end = array("i"), array("i"), array("i")

    def _ids(self, words: list[str], lang: str) -> list[int]:
        """Term ids of `words` in language `lang`; a stop word's is negative (`analysis.stop_id`)."""
        known = self.word_ids.get(lang)
        if known is None:
            known = self.word_ids[lang] = {}
        # Words new to this batch get the next term ids in the order they are first met; the
        # ids are then one C-level pass of lookups. (The words already known are passed over
        # in C too: nearly every paragraph holds a word new to its batch.)
        for word in filterfalse(known.__contains__, words):
            self._new_word(word, lang, known)
        return list(map(known.__getitem__, words))

    def _compiled_ids(self, text: str, spans: list[tuple[int, int]],
                      lang: str) -> tuple[array, list[int], bool, bool]:
        """`reading.word_ids` of the spans of `text` in language `lang`: the ids of their
        words end to end, how many each holds, whether one may spell a number, whether `text`
        may hold an identifier."""
        known, cache = self._lookups(lang)
        # Made for the call, not kept: kept by the builder, it would hold the builder in a cycle,
        # its arrays freed only when the cycle collector runs.
        return reading.word_ids(text, spans, known, lambda word: self._new_word(word, lang, known),
                                self.number_words, cache)

    def _lookups(self, lang: str) -> tuple[dict[str, int], object]:
        """The process's words as written of language `lang` and their ids, and what the
        compiled pass keeps of them (`reading.word_cache`)."""
        known = self.word_ids.get(lang)
        if known is None:
            known = self.word_ids[lang] = {}
        cache = self.known.word_caches.get(lang)
        if cache is None:
            cache = self.known.word_caches[lang] = reading.word_cache(known)
        return known, cache

    def _new_word(self, word: str, lang: str, known: dict[str, int]) -> int:
        key, term = analysis.analyse_new_word(word, lang)
        if numbers.may_spell(word):
            self.number_words.add(word)
        if key == word:  # one string kept, not equal copies
            key = word
        if term == key:
            term = key
        tid = self.term_ids.setdefault(term, len(self.term_ids)) if term else analysis.stop_id(key)
        known[word] = tid
        if tid >= 0:
            self.surface.setdefault(key, tid)
            new = self.new_words.get(lang)
            if new is None:
                new = self.new_words[lang] = ([], array("i"))
            new[0].append(word)
            new[1].append(tid)
        return tid

    def _whole_ids(self, text: str, lang: str) -> list[int]:
        """Term ids of the identifiers of `text`, whole, of its compounds of one word and
        function words ("sous-traiter", `analysis.compounds`), and of the numbers it spells out,
        as digits ("dix-huit" -> "18", `numbers.py`)."""
        return [self.term_ids.setdefault(whole, len(self.term_ids))
                for whole in analysis.identifiers(text) + analysis.compounds(text, lang) + numbers.spelt(text)]

    def _sentence_wholes(self, text: str, spans: list[Span], spells: bool | None, lang: str,
                         joined: bool | None = None) -> list[list[int]]:
        """`_whole_ids` of each sentence text[span]: none at all, read in one look at the
        paragraph, when it holds no identifier and no number word (most paragraphs). `spells`:
        whether one of its words may spell a number, when they are the tokens of `text` itself,
        all analysed (None: read `text` for it); `joined`: whether `text` may hold an
        identifier, when known (`analysis.may_hold_identifiers`)."""
        if spells is None:
            spells = numbers.may_spell(text)
        if joined is None:
            joined = analysis.may_hold_identifiers(text)
        if not spells and not joined:
            return [[]] * len(spans)  # one empty list, only read
        return [self._whole_ids(text[s.start:s.end], lang) for s in spans]

    def _passage(self, norm: str, plain: str, lang: str, heading: list[int], para_id: int) -> None:
        """A paragraph of normalised text `norm` (read for sentences as `plain`, same offsets)
        that makes one passage, if it holds any visible character."""
        start = len(plain) - len(plain.lstrip())
        end = len(plain.rstrip())
        if end <= start:
            return
        passage = len(self.pass_para)
        # Stop words included: they tell phrases apart.
        if self.compiled:
            ids, _, spells, joined = self._compiled_ids(norm, [(start, end)], lang)
            self.sequence += ids
        else:
            words = analysis.words_between(norm, start, end)
            self.sequence.extend(self._ids(words, lang))
            # The letters a-z of a text are those of its words: a number word is one of their runs.
            spells = not self.number_words.isdisjoint(words)
            joined = analysis.may_hold_identifiers(norm)
        self.pass_seq.append(len(self.sequence))
        self.head_terms.extend(heading)
        extra = len(heading)
        if spells or joined:
            for span in sentences(plain):  # identifiers and numbers are read a sentence at a time
                wholes = self._whole_ids(norm[span.start:span.end], lang)
                self.head_terms.extend(wholes)
                extra += len(wholes)
        self.head_owner.extend([passage] * extra)
        self.pass_para.append(para_id)
        self.pass_start.append(start)
        self.pass_end.append(end)

    def add(self, document: Document) -> None:
        lang = document.language
        doc_index = len(self.sources)
        first_passage = len(self.pass_para)
        section_terms: dict[tuple[str, ...], list[int]] = {}
        marked = markup.may_hold_markup(document.text)  # one look at the document, not one a paragraph
        paragraphs = document.paragraphs
        # The compiled reading takes the paragraphs in turn until one it leaves to Python (one
        # that NFKC may change).
        compiled = self.compiled and isinstance(paragraphs, list)
        at = 0
        while at < len(paragraphs):
            if compiled:
                at = self._compiled_paragraphs(document, at, doc_index, lang, section_terms, marked)
                if at >= len(paragraphs):
                    break
            self._paragraph(document, paragraphs[at], doc_index, lang, section_terms, marked)
            at += 1
        self.sources.append(replace(document.source, passages=len(self.pass_para) - first_passage,
                                    language=lang))

    def _head(self, section: tuple[str, ...]) -> int:
        """The id of heading path `section`, met for the first time in this batch."""
        head = self.head_ids[section] = len(self.head_ids)
        self.head_text += SECTION_JOIN.join(section).encode("utf-8")
        self.head_ptr.append(len(self.head_text))
        return head

    def _heading(self, section: tuple[str, ...], lang: str, section_terms: dict[tuple[str, ...], list[int]]) -> list[int]:
        """The terms of heading path `section`, met for the first time in this document."""
        path = " ".join(section)
        heading = section_terms[section] = list(dict.fromkeys(
            [t for t in self._ids(analysis.words(path), lang) if t >= 0] + self._whole_ids(path, lang)))
        return heading

    def _compiled_paragraphs(self, document: Document, at: int, doc_index: int, lang: str,
                             section_terms: dict[tuple[str, ...], list[int]], marked: bool) -> int:
        """`_paragraph` of the document's paragraphs from number `at` on, in compiled code
        (`reading.paragraphs`), until one it leaves to Python: that one's number."""
        known, cache = self._lookups(lang)
        if self.known.reader is None:
            self.known.reader = reading.paragraph_reader(KIND_CODES, KIND_CODES[CODE], PASSAGE_MAX_WORDS)
        # The callbacks are made for the call, not kept (see `_compiled_ids`).
        stop, arrays = reading.paragraphs(
            self.known.reader, document.text, document.paragraphs, at, doc_index,
            (len(self.para_text), len(self.sequence), len(self.pass_para), len(self.para_doc)),
            known, cache, self.number_words, self.head_ids, section_terms,
            lambda word: self._new_word(word, lang, known), self._head,
            lambda section: self._heading(section, lang, section_terms), lambda text: self._whole_ids(text, lang),
            markup.readable if marked else None)
        self.para_text += arrays.para_text
        for name in arrays._fields[1:]:
            getattr(self, name).frombytes(getattr(arrays, name))
        return stop

    def _paragraph(self, document: Document, paragraph, doc_index: int, lang: str,
                   section_terms: dict[tuple[str, ...], list[int]], marked: bool) -> None:
        """A paragraph of `document` made passages, in Python."""
        text = document.text[paragraph.start:paragraph.end]
        para_id = len(self.para_doc)
        self.para_text += text.encode("utf-8")
        self.para_ptr.append(len(self.para_text))
        head = self.head_ids.get(paragraph.section)
        self.para_head.append(self._head(paragraph.section) if head is None else head)
        self.para_doc.append(doc_index)
        self.para_number.append(paragraph.number)
        self.para_kind.append(KIND_CODES[paragraph.kind])
        self.para_page.append(paragraph.page)
        # The heading path is a field of every passage of prose under it, as a title is in
        # BM25F: its words count in matching, once each, but are not among the passage's
        # words. Code is found by its identifiers: a question in words about a section is
        # answered by its prose.
        heading = [] if paragraph.kind == CODE else section_terms.get(paragraph.section)
        if heading is None:
            heading = self._heading(paragraph.section, lang, section_terms)
        # Words are read from the text with its markup blanked (same offsets: `markup.py`);
        # sentences from the text as quoted. One normalisation per paragraph; when it keeps
        # offsets (nearly always), sentences are read straight out of it. Each sentence is
        # read once, though windows overlap.
        seen = markup.readable(text, paragraph.kind == CODE) if marked else text
        norm, origin = normalise(seen)
        plain = norm if origin is None and seen is text else translate(text)
        # Window sizes count words as written, between spaces ("l'IA" is one). A paragraph
        # has no more sentences than marks that may end one, plus one: when its spaces and
        # those marks add up to less than a window (most paragraphs), it is one passage,
        # from its first visible character to its last, and its sentences need not be cut.
        if origin is None and (reading.most_words(plain) if self.compiled else _most_words(plain)) \
                <= PASSAGE_MAX_WORDS:
            self._passage(norm, plain, lang, heading, para_id)
            return
        spans = sentences(plain)
        # The paragraph's words in one pass of lookups; sentence i's are ids[at[i]:at[i + 1]].
        if origin is None and self.compiled:
            ids, counts, spells, joined = self._compiled_ids(norm, spans, lang)
            at = list(accumulate(counts, initial=0))
            wholes = self._sentence_wholes(norm, spans, spells, lang, joined)
        else:
            if origin is None:
                words = [analysis.words_between(norm, s.start, s.end) for s in spans]
            else:
                words = [analysis.words(seen[s.start:s.end]) for s in spans]
            ids = array("i", self._ids(list(chain.from_iterable(words)), lang))
            at = list(accumulate(map(len, words), initial=0))
            # The letters a-z of a text are those of its words: a number word is one of their runs.
            wholes = self._sentence_wholes(norm, spans, not self.number_words.isdisjoint(
                chain.from_iterable(words)), lang) if origin is None else \
                self._sentence_wholes(seen, spans, None, lang)
        for first, last in windows([plain.count(" ", s.start, s.end) + 1 for s in spans]):
            passage = len(self.pass_para)
            self.sequence += ids[at[first]:at[last + 1]]  # stop words included: they tell phrases apart
            self.pass_seq.append(len(self.sequence))
            extra = heading + [t for sentence in wholes[first:last + 1] for t in sentence]
            self.head_terms.extend(extra)
            self.head_owner.extend([passage] * len(extra))
            self.pass_para.append(para_id)
            self.pass_start.append(spans[first].start)
            self.pass_end.append(spans[last].end)

    def part(self, skipped: list[Skipped]) -> Part:
        sequence = np.frombuffer(self.sequence, dtype=np.int32)
        bounds = np.frombuffer(self.pass_seq, dtype=np.int64)
        # Elided articles (`analysis.ELIDED`) leave the word sequences: positions, for phrases
        # and proximity, count words as written.
        elided = np.isin(sequence, np.fromiter(analysis.ELIDED_IDS, dtype=np.int32))
        dropped = np.flatnonzero(elided)
        para_ptr = np.frombuffer(self.para_ptr, dtype=np.int64)
        dictionary, text_z, block_ptr, block_para = texts.compress(self.para_text, para_ptr)
        self.para_text = bytearray()  # compressed: the plain text is not kept
        kept, kept_bounds = sequence[~elided], bounds - np.searchsorted(dropped, bounds)
        term_counts, stop_counts, lengths = inversion.part_counts(kept, kept_bounds)
        arrays = {
            "sequence": kept, "pass_ptr": kept_bounds,
            "term_counts": term_counts, "stop_counts": stop_counts, "pass_length": lengths,
            "head_terms": self.head_terms, "head_owner": self.head_owner,
            "text_z": np.frombuffer(text_z, dtype=np.uint8), "text_dict": np.frombuffer(dictionary, dtype=np.uint8),
            "text_block_ptr": block_ptr, "text_block_para": block_para, "para_ptr": para_ptr,
            "head_text": self.head_text, "head_ptr": self.head_ptr, "para_head": self.para_head,
            "para_doc": self.para_doc, "para_number": self.para_number,
            "para_kind": self.para_kind, "para_page": self.para_page,
            "pass_para": self.pass_para, "pass_start": self.pass_start, "pass_end": self.pass_end,
        }
        arrays = {name: np.asarray(value) if isinstance(value, np.ndarray) else _view(value)
                  for name, value in arrays.items()}
        first = self.known.terms_sent
        terms = list(islice(self.term_ids, first, None))  # in the order of their ids
        self.known.terms_sent += len(terms)
        # One string and one array a language, not a dictionary: the process that joins the
        # parts then makes no string per word until the end (`assemble`).
        words = {lang: ("\n".join(written), np.frombuffer(tids, dtype=np.int32))
                 for lang, (written, tids) in self.new_words.items()}
        surface = ("\n".join(self.surface), np.fromiter(self.surface.values(), dtype=np.int32,
                                                         count=len(self.surface)))
        return Part(self.sources, skipped, self.known.name, terms, first, surface, words, arrays)


def _most_words(plain: str) -> int:
    """No fewer than the words as written of all sentences of `plain`, as `passages.windows`
    counts them (a sentence's spaces, plus one): the sentences hold no more spaces than the
    text, and there are no more of them than marks that may end one (`passages._BOUNDARY`),
    plus one."""
    return (plain.count(" ") + plain.count(".") + plain.count("\n") + plain.count("!") + plain.count("?")
            + plain.count("…") + 1)


def _view(buffer: array | bytearray) -> np.ndarray:
    if isinstance(buffer, bytearray):
        return np.frombuffer(buffer, dtype=np.uint8)
    return np.frombuffer(buffer, dtype={"i": np.int32, "q": np.int64}[buffer.typecode])


def index_batch(corpus: Corpus, start: int = 0, stop: int | None = None,
                on_progress: Callable[[int], None] | None = None, known: Known | None = None,
                compiled: bool = False) -> Part:
    """The part made of the documents of corpus.entries[start:stop]; `on_progress` is told
    how many of its files are done (read or skipped) after each document. `known`: what the
    process met in the batches it read before this one (`Known`), added to. `compiled`: the
    words read by the compiled pass when it was built (`reading.py`; the same part)."""
    builder = _Builder(known, compiled)
    skipped_before = len(corpus.skipped)
    for document in corpus.documents(start, stop):
        builder.add(document)
        if on_progress:
            on_progress(len(builder.sources) + len(corpus.skipped) - skipped_before)
    return builder.part(corpus.skipped[skipped_before:])


# A worker process's whole program (`_Readers`): argv is where modules are imported from (the
# building process's path, `os.pathsep`-joined, behind where `corpus` is), the file of its
# orders, the building process's id.
_WORKER_MAIN = ("import os, sys; sys.path[:0] = sys.argv[1].split(os.pathsep); "
                "from corpus.builder import _work; _work(*sys.argv[2:])")

_PR_SET_PDEATHSIG = 1  # from linux/prctl.h


def _work(orders: str, parent: str) -> None:
    """A worker process (`_Readers`): the parts of the batches in file `orders` (a corpus, its
    tasks, whether to read with the compiled pass), each written to its file, then that file's
    name (no folder) on the standard output, a line each. What else might write there goes to
    the standard error."""
    try:  # Linux: killed with the thread that started it, should the build be killed
        ctypes.CDLL("libc.so.6").prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() != int(parent):  # the build ended before that took hold
        return
    release_memory_promptly()
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    with open(orders, "rb") as f:
        corpus, tasks, compiled = pickle.load(f)
    os.unlink(orders)
    for start, stop, path in tasks:
        _index_slice(corpus, start, stop, path, compiled)
        out.write(f"{path.name}\n")
        out.flush()


# In a worker process: what it has met, for the next batch it reads. At 10 million words each
# batch of 0.6 million meets most of the corpus's 106,000 distinct words again.
_WORKER_KNOWN = Known()


def _index_slice(corpus: Corpus, start: int, stop: int, path: Path, compiled: bool) -> None:
    """In a worker: the part of a batch, written to a file of its own (`path`) rather than
    sent back. Sent, a part is pickled whole in the worker's memory, then held unpickled in
    the reading process's until its turn comes to be joined; written, it is read back only
    then (`_read_part`)."""
    part = index_batch(corpus, start, stop, known=_WORKER_KNOWN, compiled=compiled)
    with open(path, "wb") as f:
        pickle.dump(part, f, protocol=pickle.HIGHEST_PROTOCOL)


def _read_part(path: Path) -> Part:
    """A part a worker wrote (`_index_slice`), its file removed once read."""
    with open(path, "rb") as f:
        part = pickle.load(f)
    path.unlink()
    return part


_M_MMAP_THRESHOLD = -3  # from glibc's malloc.h


def release_memory_promptly() -> None:
    """Have glibc hand large freed blocks back to the system at once. Process-wide: the engine
    calls it only in the worker processes it starts; an application may call it for its own.

    By default glibc raises its mmap threshold each time a large block is freed, so that later
    blocks of that size (a batch's arrays, a worker's pickled part) come from the heap, where
    freeing them rarely shrinks the process. On the 10M-word benchmark that kept some 180 MB
    of garbage resident across the build's processes. A fixed threshold (which also turns the
    adjustment off) keeps large blocks in mmap. Elsewhere than glibc this does nothing."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(_M_MMAP_THRESHOLD, 128 * 1024)
    except (OSError, AttributeError):
        pass


def workers_for(corpus: Corpus) -> int:
    """How many processes should read this corpus: one unless it is large."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    size = 0
    for entry in corpus.entries:
        try:
            size += entry.path.stat().st_size
        except OSError:
            continue
        if size >= PARALLEL_MIN_BYTES:
            return max(1, min(cores, MAX_WORKERS, len(corpus)))
    return 1


def parts(corpus: Corpus, on_progress: Callable[[int], None], folder: Path,
          workers: int | None = None, compiled: bool = False) -> Iterator[Part]:
    """The corpus's parts, in corpus order; `on_progress` is told how many files are done.
    Worker processes leave the parts they make in `folder` until their turn comes (the
    build's private folder: `storage.Spool`).

    `workers` processes read them, this one among them (by default: one per core, up to
    MAX_WORKERS, for a large corpus). The others are fresh Python processes that import only
    the reading (`_Readers`), never forks of a process that may run threads (the bot builds
    in a thread). Should they fail to start or to finish, the build goes on in this one.
    `compiled`: every process reads the words with the compiled pass when it was built
    (`reading.py`; the same parts)."""
    workers = workers_for(corpus) if workers is None else max(1, workers)
    if workers == 1:
        yield index_batch(corpus, on_progress=on_progress, compiled=compiled)
        on_progress(len(corpus))
        return
    n_batches = min(len(corpus), workers * BATCHES_PER_WORKER)
    # This process reads batches 0, workers, 2 * workers, ... and joins every part besides:
    # its batches are a little smaller, so that it is not still reading when the others are done.
    sizes = [OWN_BATCH_SHARE if i % workers == 0 else 1.0 for i in range(n_batches)]
    cuts = [round(done * len(corpus) / sum(sizes)) for done in accumulate(sizes, initial=0)]
    tasks = [(a, b, folder / f"part-{i}") for i, (a, b) in enumerate(zip(cuts, cuts[1:]))]
    done = 0
    known = Known()  # what this process's batches met, shared by them
    try:
        # This process reads one batch in `workers` itself, `workers - 1` others read the rest:
        # as many cores busy, and one process fewer whose memory would count too.
        with _Readers(corpus, tasks, workers, folder, compiled) as readers:
            for i, (start, stop, _) in enumerate(tasks):
                part = _read_part(readers.wait(i)) if i % workers else \
                    index_batch(corpus, start, stop, known=known, compiled=compiled)
                done += 1
                on_progress(cuts[done])
                yield part
                del part  # merged and written by now: not kept while the next one is read
    except _ReadersFailed as error:
        log.warning("indexing in %d processes failed (%s); going on in this one", workers, error)
        for start, stop, _ in tasks[done:]:
            part = index_batch(corpus, start, stop, known=known, compiled=compiled)
            on_progress(stop)
            yield part
            del part


class _ReadersFailed(Exception):
    """A worker process could not be started, or ended before its last part was written."""


class _Readers:
    """The worker processes of `parts`: worker k (from 1) reads the batches i with
    i % workers == k, in order, writes each part to its file (`_index_slice`) and says so on
    its standard output (`_work`).

    Each is a fresh interpreter started by `subprocess`, not by `multiprocessing`: it imports
    the reading and nothing else (not the program's main module, as "spawn" does, nor the
    query side of the engine), and no resource tracker process runs beside it (13 MiB at the
    build's peak). A worker dies with the thread that started it (on Linux: `_work`), is
    ended on every way out of the block, and is let go as soon as its last part is in, so
    that its memory goes before the last joins."""

    def __init__(self, corpus: Corpus, tasks: list[tuple[int, int, Path]], workers: int, folder: Path,
                 compiled: bool = False):
        self.workers = workers
        self.paths = [path for _, _, path in tasks]
        self.processes: dict[int, subprocess.Popen] = {}
        # worker -> the last batch it reads
        self.last = {i % workers: i for i in range(len(tasks)) if i % workers}
        # Where `corpus` is imported from, then what the building process imports from.
        path = os.pathsep.join([str(Path(__file__).resolve().parent.parent)] + [
            str(Path(entry).resolve()) for entry in sys.path if entry and os.pathsep not in entry])
        try:
            if not sys.executable:
                raise OSError("no Python interpreter to start")
            for k in sorted(self.last):
                orders = folder / f"orders-{k}"
                with open(orders, "wb") as f:
                    pickle.dump((corpus, tasks[k::workers], compiled), f, protocol=pickle.HIGHEST_PROTOCOL)
                self.processes[k] = subprocess.Popen(
                    [sys.executable, "-c", _WORKER_MAIN, path, str(orders), str(os.getpid())],
                    stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
        except OSError as error:
            self.close()
            raise _ReadersFailed(error) from error
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> "_Readers":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def wait(self, i: int) -> Path:
        """The file of part i (i % workers != 0), once its worker has written it."""
        k = i % self.workers
        process = self.processes[k]
        said = process.stdout.readline().decode("utf-8", "replace").rstrip("\n")
        if said != self.paths[i].name:
            raise _ReadersFailed(f"worker process {k} ended with status {process.wait()}")
        if i == self.last[k]:  # its last part: the worker is done
            self._end(self.processes.pop(k))
        return self.paths[i]

    def close(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.kill()
            self._end(process)
        self.processes.clear()

    @staticmethod
    def _end(process: subprocess.Popen) -> None:
        process.wait()
        process.stdout.close()


@dataclass
class Built:
    """What a build keeps in memory once its arrays are written (`storage.Spool`)."""

    sources: list[Source]
    skipped: list[Skipped]
    terms: list[str]  # term id -> term
    df: np.ndarray  # each term's number of postings


# Arrays written to the spool as parts come, not held: the largest a part has. The word
# sequences are read back a chunk at a time by the inversion, then dropped.
STREAMED = ("sequence", "text_z", "text_dicts")


def assemble(parts: Iterator[Part], spool: storage.Spool, id_bits: int = 0, compiled: bool = False) -> Built:
    """Join parts in order: one vocabulary, one numbering of passages and paragraphs. The
    index's arrays go to `spool` as they are made: the texts and word sequences part by part,
    the term-grouped arrays a chunk of terms at a time (`_invert`), postings' passage ids split
    at `id_bits` bits (`splitids.py`; `ID_BITS` when 0). `compiled`: inverted with the
    compiled loops when they were built (`inversion.compiled`; the same arrays)."""
    term_ids: dict[str, int] = {}
    remaps: dict[str, np.ndarray] = {}  # a reading process (`Known.name`) -> its term ids' in the index
    # What is joined of each part beyond the streamed arrays (the per-passage and per-paragraph
    # arrays, the words as written and their term ids) waits in the spool, not in memory, until
    # every part is in: the parts are read meanwhile, and reading is the build's peak.
    held = _Held(spool)
    sources: list[Source] = []
    skipped: list[Skipped] = []
    at = {"sequence": 0, "passages": 0, "paragraphs": 0, "para_text": 0, "text_z": 0, "text_dict": 0}
    head_ids: dict[bytes, int] = {}  # a heading path stored once for the whole index
    head_text = bytearray()
    head_ptr = array("q", [0])
    low = 0  # the lowest id in the word sequences (stop words are negative)
    # How often each term (by index-wide id) and each stop word (by -id) stands in the word
    # sequences: the parts' counts added up.
    term_counts, stop_counts = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    for name, dtype in zip(STREAMED, (np.int32, np.uint8, np.uint8)):
        spool.extend(name, np.zeros(0, dtype=dtype))
    for n, part in enumerate(parts):
        # The part's terms new to the index take the next ids, in the part's order (its
        # terms are distinct); then every term's id, both in C-level passes.
        new = list(filterfalse(term_ids.__contains__, part.terms))
        term_ids.update(zip(new, range(len(term_ids), len(term_ids) + len(new))))
        before = remaps.get(part.reader, np.zeros(0, dtype=np.int32))
        if len(before) != part.first_term:
            raise ValueError("a part came before an earlier one of its process")
        remap = remaps[part.reader] = np.concatenate(
            [before, np.fromiter(map(term_ids.__getitem__, part.terms), dtype=np.int32, count=len(part.terms))])
        del new, before
        held.words("surface", "", part.surface[0], remap[part.surface[1]])
        for lang, (written, tids) in part.words.items():
            held.words("words", lang, written, remap[tids])
        a = part.arrays
        sequence = a["sequence"]
        if remap.size:  # stop words keep their (negative) ids
            sequence = np.where(sequence >= 0, remap[np.maximum(sequence, 0)], sequence)
        if sequence.size:
            low = min(low, int(sequence.min()))
        spool.extend("sequence", sequence.astype(np.int32, copy=False))
        term_counts = _grown(term_counts, len(term_ids))
        counted = a["term_counts"]
        term_counts[remap[:counted.size]] += counted  # distinct ids: a process's terms are distinct
        stop_counts = _grown(stop_counts, a["stop_counts"].size)
        stop_counts[:a["stop_counts"].size] += a["stop_counts"]
        spool.extend("text_z", a["text_z"].astype(np.uint8, copy=False))
        spool.extend("text_dicts", a["text_dict"].astype(np.uint8, copy=False))
        shifted = {
            "pass_ptr": a["pass_ptr"][1:] + at["sequence"],
            "head_terms": remap[a["head_terms"]] if remap.size else a["head_terms"],
            "head_owner": a["head_owner"] + at["passages"],
            "para_ptr": a["para_ptr"][1:] + at["para_text"],
            "text_block_ptr": a["text_block_ptr"][1:] + at["text_z"],
            "text_block_para": a["text_block_para"] + at["paragraphs"],
            "text_block_dict": np.full(len(a["text_block_para"]), n, dtype=np.int32),
            "text_dict_ptr": np.array([at["text_dict"] + len(a["text_dict"])]),
            "para_head": _heads(a["head_text"], a["head_ptr"], head_ids, head_text, head_ptr)[a["para_head"]],
            "para_doc": a["para_doc"] + len(sources), "para_number": a["para_number"],
            "para_kind": a["para_kind"], "para_page": a["para_page"],
            "pass_para": a["pass_para"] + at["paragraphs"],
            "pass_start": a["pass_start"], "pass_end": a["pass_end"], "pass_length": a["pass_length"],
        }
        for name, value in shifted.items():
            held.extend(name, value)
        at["sequence"] += len(sequence)
        at["passages"] += len(a["pass_para"])
        at["paragraphs"] += len(a["para_doc"])
        at["para_text"] += int(a["para_ptr"][-1])
        at["text_z"] += len(a["text_z"])
        at["text_dict"] += len(a["text_dict"])
        sources += part.sources
        skipped += part.skipped
        del part, a, shifted, sequence
    joined = held.arrays()
    for name in ("pass_ptr", "para_ptr", "text_block_ptr", "text_dict_ptr"):  # offsets start at 0
        joined[name] = np.concatenate([np.zeros(1, dtype=np.int64), joined[name].astype(np.int64)])
    joined["head_text"] = np.frombuffer(head_text, dtype=np.uint8)
    joined["head_ptr"] = np.frombuffer(head_ptr, dtype=np.int64)
    # Read here, once, not in each worker: wordfreq's table is large.
    spool.put("term_generality", generality.weights(
        held.languages("words"), lambda lang: ((w, t) for _, w, t in held.read_words("words", lang)), len(term_ids)))
    # What needs the vocabulary's dictionaries is written first, so that they are let go
    # before the inversion, the build's largest step.
    _vocabulary(spool, joined, term_ids, _first_forms(held.read_words("surface")),
                [s.language for s in sources])
    held.drop()
    n_terms = len(term_ids)
    terms = list(term_ids)  # in the order of their ids: each was given the next id as it was added
    del term_ids
    df = _invert(spool, joined, inversion.joined(term_counts, stop_counts, low, n_terms), n_terms, low,
                 id_bits or ID_BITS, compiled)
    _rows(spool, joined)
    return Built(sources, skipped, terms, df)


class _Held:
    """What `assemble` keeps of each part until all are in, in the spool under names of its
    own (`HELD`), dropped before the index is finished: arrays joined end to end (`extend`,
    `arrays`), and lists of words as written ("\n"-joined) with their term ids (`words`,
    `read_words`), read back a part at a time."""

    HELD = "joining."  # no array of the index is named so

    def __init__(self, spool: storage.Spool):
        self.spool = spool
        self.names: list[str] = []  # the joined arrays, in the order they were begun
        # list name -> each part's (language, its bytes' first and last + 1, its ids' likewise)
        self.lists: dict[str, list[tuple[str, int, int, int, int]]] = {}

    def extend(self, name: str, values: np.ndarray) -> None:
        if self.HELD + name not in self.spool:
            self.names.append(name)
        self.spool.extend(self.HELD + name, values)

    def arrays(self) -> dict[str, np.ndarray]:
        """The joined arrays, read back whole (and let go from the spool)."""
        joined = {}
        for name in self.names:
            joined[name] = self.spool.whole(self.HELD + name)
            self.spool.drop(self.HELD + name)
        return joined

    def words(self, name: str, lang: str, written: str, tids: np.ndarray) -> None:
        if not tids.size:
            return
        blob = np.frombuffer(written.encode("utf-8"), dtype=np.uint8)
        held = self.HELD + name
        at = (self.spool.length(held), self.spool.length(held + ".ids")) if held in self.spool else (0, 0)
        self.spool.extend(held, blob)
        self.spool.extend(held + ".ids", tids.astype(np.int32, copy=False))
        self.lists.setdefault(name, []).append((lang, at[0], at[0] + blob.size, at[1], at[1] + tids.size))

    def languages(self, name: str) -> list[str]:
        """The languages of list `name`'s parts, in the order they first come."""
        return list(dict.fromkeys(lang for lang, *_ in self.lists.get(name, [])))

    def read_words(self, name: str, only: str | None = None) -> Iterator[tuple[str, str, np.ndarray]]:
        """Each part's (language, words as written "\n"-joined, their term ids), in order; of
        language `only` alone when given."""
        held = self.HELD + name
        for lang, lo, hi, first, last in self.lists.get(name, []):
            if only is not None and lang != only:
                continue
            yield lang, self.spool.read(held, lo, hi).tobytes().decode("utf-8"), \
                self.spool.read(held + ".ids", first, last)

    def drop(self) -> None:
        for name in self.lists:
            self.spool.drop(self.HELD + name)
            self.spool.drop(self.HELD + name + ".ids")
        self.lists.clear()


def _heads(text: np.ndarray, ptr: np.ndarray, ids: dict[bytes, int], joined: bytearray,
           joined_ptr: array) -> np.ndarray:
    """The index-wide ids of a part's heading paths (texts text[ptr[i]:ptr[i+1]]), each path
    added to `joined` the first time it is met."""
    blob, bounds = text.tobytes(), ptr.tolist()
    remap = np.empty(len(bounds) - 1, dtype=np.int32)
    for i in range(len(bounds) - 1):
        key = blob[bounds[i]:bounds[i + 1]]
        found = ids.get(key)
        if found is None:
            found = ids[key] = len(ids)
            joined += key
            joined_ptr.append(len(joined))
        remap[i] = found
    return remap


def _first_forms(surface: Iterator[tuple[str, str, np.ndarray]]) -> dict[str, int]:
    """Folded word as written -> the term id the first part that holds it gave it."""
    joined: dict[str, int] = {}
    for _, written, tids in surface:
        for key, tid in zip(written.split("\n") if tids.size else [], tids.tolist()):
            joined.setdefault(key, tid)
    return joined


def _vocabulary(spool: storage.Spool, joined: dict[str, np.ndarray], term_ids: dict[str, int],
                surface: dict[str, int], languages: list[str]) -> None:
    """The index's arrays of strings: the terms, the words as written, the headings' terms."""
    terms = list(term_ids)  # in the order of their ids (`assemble` gives them in the order added)
    spool.put("terms", _blob(terms))
    del terms
    spool.put("term_order", _alphabetical(term_ids))
    keys = sorted(surface)  # no (key, id) pairs: a tuple each weighs more than the key
    spool.put("surface_keys", _blob(keys))
    spool.put("surface_term", np.fromiter(map(surface.__getitem__, keys), dtype=np.int32, count=len(keys)))
    del keys, surface  # let go before the headings are analysed
    headings = _headings(joined["head_text"], joined["head_ptr"], joined["para_head"], joined["para_doc"],
                         languages, term_ids)
    for name, values in headings.items():
        spool.put(name, values)


# The passage of each position (`_invert`), kept in the spool while the places are made: no
# array of the index is named so.
PASSAGES = "inverting.passages"
# Compiled, the places of the positions and the positions kept whole (`places.stored`), made
# with the postings and kept in the spool until they are renamed to the index's arrays.
PLACES, WHOLE = "inverting.places", "inverting.whole"


def _invert(spool: storage.Spool, joined: dict[str, np.ndarray], counts: np.ndarray, n_terms: int, low: int,
            id_bits: int, compiled: bool = False) -> np.ndarray:
    """The term-grouped arrays (positions, postings, their BM25 contributions) and the words'
    codes, from the word sequences in `spool`, read back a chunk at a time, and `counts`, how
    often each id from `low` up stands in them; each term's number of postings. `compiled`:
    with the compiled loops when they were built (`inversion.compiled`; the same arrays)."""
    n_pass, bounds = len(joined["pass_para"]), joined["pass_ptr"]
    n_words = spool.length("sequence")

    def sequence() -> Iterator[tuple[int, np.ndarray]]:
        for at in range(0, n_words, inversion.CHUNK):
            yield at, spool.read("sequence", at, at + inversion.CHUNK)

    head_terms, head_owner = joined.pop("head_terms"), joined.pop("head_owner")
    in_heading = np.zeros(n_terms, dtype=np.uint8)  # which terms some heading holds
    in_heading[head_terms] = 1
    spool.put("term_in_heading", in_heading)
    passages = inversion.Passages(bounds, compiled)
    lengths = joined.pop("pass_length")
    word_ptr = inversion.pointers(counts[-low:n_terms - low])
    spool.put("word_ptr", smallest(word_ptr, at_least=np.int32))
    word_at_type = np.dtype(np.int32 if n_words < 2**31 else np.int64)
    fast = compiled and inversion.compiled(word_at_type, passages)
    spool.extend("positions", np.zeros(0, dtype=word_at_type))  # stored as places at the end (`places.stored`)
    for first, last in inversion.spans(word_ptr, inversion.PLACED):
        spool.extend("positions", inversion.positions(sequence(), word_ptr, first, last, n_words, fast))
    rare_at = _codes(spool, sequence(), counts, low, n_words)
    spool.drop("sequence")
    # One passage's stored words end where the next one's begin; its escaped words likewise.
    spool.put("rare_ptr", smallest(np.searchsorted(rare_at, bounds), at_least=np.int32))
    del rare_at, counts
    lengths = lengths.astype(np.float32)
    avg = float(lengths.mean()) if n_pass else 1.0
    df = np.zeros(n_terms, dtype=np.int64)
    idf, scale = np.zeros(n_terms, dtype=np.float32), np.zeros(n_terms, dtype=np.float32)
    spool.extend("post_low", np.zeros(0, dtype=np.uint16))
    spool.extend("post_impact", np.zeros(0, dtype=np.uint8))
    n_highs = splitids.highs(n_pass, id_bits)
    runs, done = [np.zeros(1, dtype=np.int64)], 0  # each term's runs of a high part (`splitids.py`)
    in_text = []  # per posting: whether its passage's text holds the term (not its heading only)
    place_type, dense_ptr = places.passage_place_type(bounds), places.dense(word_ptr, DENSE_FROM, DENSE_UNTIL)
    # Positions are read back from the spool a chunk of terms at a time, in order. Compiled,
    # their places come with the postings, kept in the spool until the places' turn comes
    # (`PLACES`); else their passages are kept there, read again for the places below (`PASSAGES`).
    for name, dtype in ((PLACES, place_type), (WHOLE, word_at_type)) if fast else ((PASSAGES, passages.table.dtype),):
        spool.extend(name, np.zeros(0, dtype=dtype))
    for first, last, chunk_df, post_pass, tf, head_tf, placed, whole in inversion.postings(
            word_ptr, lambda lo, hi: spool.read("positions", lo, hi), passages, head_terms, head_owner,
            None if fast else lambda passage: spool.extend(PASSAGES, passage), (place_type, dense_ptr) if fast else None):
        if fast:
            spool.extend(PLACES, placed)
            spool.extend(WHOLE, whole)
        df[first:last] = chunk_df
        idf[first:last] = np.log1p((n_pass - chunk_df + 0.5) / (chunk_df + 0.5))
        impact = _impacts(idf[first:last], chunk_df, post_pass, tf, head_tf, lengths, avg)
        scale[first:last], levels = quantized(impact, chunk_df)
        low_ids, run = splitids.split(post_pass, np.concatenate(([0], np.cumsum(chunk_df))), n_highs, id_bits)
        runs.append(run[1:] + done)
        done += len(post_pass)
        spool.extend("post_low", low_ids)
        spool.extend("post_impact", levels)
        in_text.append(tf > 0)
    spool.put("post_text", np.packbits(np.concatenate(in_text) if in_text else np.zeros(0, dtype=bool),
                                       bitorder="little"))
    del in_text
    term_ptr = np.zeros(n_terms + 1, dtype=np.int64)
    np.cumsum(df, out=term_ptr[1:])
    spool.put("term_ptr", smallest(term_ptr, at_least=np.int32))
    spool.put("post_run", smallest(np.concatenate(runs), at_least=np.int32))
    spool.put("post_id_bits", np.array([id_bits], dtype=np.int8))
    spool.put("term_idf", idf)
    spool.put("term_scale", scale)
    # Each term's best contribution as read back (IMPACT_LEVELS of its levels): what lets a
    # query skip common terms safely.
    spool.put("term_max", scale * np.float32(IMPACT_LEVELS))
    # Positions as places in their passages (`places.py`), now that the postings are read: a
    # chunk at a time, read back from the spool and written to it.
    if fast:  # made with the postings: in their place among the index's arrays now
        spool.rename(PLACES, "word_place")
        spool.rename(WHOLE, "word_at")
    else:
        spool.extend("word_place", np.zeros(0, dtype=place_type))
        spool.extend("word_at", np.zeros(0, dtype=word_at_type))
        for placed, whole in places.stored(lambda lo, hi: spool.read("positions", lo, hi), word_ptr, bounds,
                                           dense_ptr, lambda lo, hi: spool.read(PASSAGES, lo, hi)):
            spool.extend("word_place", placed)
            spool.extend("word_at", whole)
        spool.drop(PASSAGES)
    spool.drop("positions")
    spool.put("dense_ptr", dense_ptr.astype(word_at_type))
    return df


def _impacts(idf: np.ndarray, df: np.ndarray, post_pass: np.ndarray, tf: np.ndarray, head_tf: np.ndarray,
             lengths: np.ndarray, avg: float) -> np.ndarray:
    """The BM25 contributions of a chunk of terms' postings.

    BM25F: each field's frequency is normalised by its own length before saturation. The
    text's by the passage's length; the heading's is not (every passage under a heading holds
    the same one), so a heading lifts the passages of its section alike, and their text decides
    between them: a short list item is not favoured for being short."""
    impact = np.repeat(idf, df)
    norm = lengths[post_pass]
    norm *= BM25_B / max(avg, 1e-9)
    norm += 1 - BM25_B
    freq = tf.astype(np.float32)
    np.divide(freq, norm, out=freq)
    del norm
    freq += HEADING_WEIGHT * head_tf.astype(np.float32)
    impact *= freq * (BM25_K1 + 1)
    impact /= freq + BM25_K1
    return impact


def _codes(spool: storage.Spool, sequence: Iterator[tuple[int, np.ndarray]], counts: np.ndarray, low: int,
           n_words: int) -> np.ndarray:
    """The word sequences in two bytes a word (`wordcodes.py`), written a chunk at a time;
    the positions of the words stored apart."""
    code_term, term_code = wordcodes.table(counts, low)
    spool.put("code_term", code_term)  # ESCAPE's own entry says the word is stored apart
    # Each id's code (ESCAPE: stored apart), for ids from `low` up: a question's words are
    # looked for by their codes, without decoding the words they are compared with.
    spool.put("term_code", term_code)
    spool.extend("word_codes", np.zeros(0, dtype=np.uint16))
    rare_at, rare_term = [], []
    for at, chunk in sequence:
        codes, escaped = wordcodes.encode(chunk, term_code, low)
        spool.extend("word_codes", codes)
        rare_at.append(escaped + at)
        rare_term.append(chunk[escaped])
    rare_at_all = np.concatenate(rare_at) if rare_at else np.zeros(0, dtype=np.int64)
    spool.put("rare_at", rare_at_all.astype(np.int32 if n_words < 2**31 else np.int64))
    spool.put("rare_term", (np.concatenate(rare_term) if rare_term else np.zeros(0)).astype(np.int32))
    return rare_at_all


def _rows(spool: storage.Spool, joined: dict[str, np.ndarray]) -> None:
    """The per-passage and per-paragraph arrays, and the texts' offsets."""
    # Per passage and per paragraph: the smallest signed type their values fit.
    small = ("pass_para", "pass_start", "pass_end", "para_doc", "para_number", "para_kind", "para_page",
             "para_head", "text_block_para", "text_block_dict")
    offsets = ("para_ptr", "head_ptr", "text_block_ptr", "text_dict_ptr")
    spool.put("head_text", joined.pop("head_text").astype(np.uint8, copy=False))
    for name in small:
        spool.put(name, smallest(joined[name]))
    for name in offsets:
        spool.put(name, smallest(joined[name], at_least=np.int32))
    # Positions are read back in its type (`places.decode`): the verbatim runs search them in
    # it without a copy of it.
    spool.put("pass_ptr", smallest(joined["pass_ptr"], at_least=np.int32))


def _grown(counts: np.ndarray, size: int) -> np.ndarray:
    """`counts` with room for `size` values at least (zeros added, room to spare)."""
    if counts.size >= size:
        return counts
    return np.concatenate([counts, np.zeros(max(size - counts.size, counts.size // 2), dtype=counts.dtype)])


def smallest(values: np.ndarray, at_least: type = np.int8) -> np.ndarray:
    """`values` (whole numbers) in the smallest signed integer type that holds them, and no
    smaller than `at_least`: signed, so that a difference of two is never an unsigned wrap."""
    low, high = (int(values.min()), int(values.max())) if values.size else (0, 0)
    for kind in (np.int8, np.int16, np.int32, np.int64):
        if np.dtype(kind).itemsize >= np.dtype(at_least).itemsize and \
                np.iinfo(kind).min <= low and high <= np.iinfo(kind).max:
            return values.astype(kind, copy=False)
    raise ValueError("values beyond 64 bits")


def _term_max(impact: np.ndarray, df: np.ndarray) -> np.ndarray:
    """Each term's largest contribution (0 for a term with no postings), of terms with `df`
    postings each, laid end to end in `impact`."""
    best = np.zeros(len(df), dtype=np.float32)
    posted = np.flatnonzero(df > 0)
    if posted.size:
        starts = np.zeros(len(df), dtype=np.int64)
        np.cumsum(df[:-1], out=starts[1:])
        best[posted] = np.maximum.reduceat(impact, starts[posted])
    return best


def quantized(impact: np.ndarray, df: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each term's contributions in one byte (as Lucene, PISA and JASS store impacts), of terms
    with `df` postings each laid end to end in `impact`: the levels round(impact / scale),
    scale = the term's largest contribution / IMPACT_LEVELS, so that a contribution is read
    back as level * scale, within half a level (0.2% of the term's best) of what was computed.
    A contribution is never read back as 0: every posting holds the term, and a passage's score
    must say so (`candidates._matched`)."""
    scale = _term_max(impact, df) / np.float32(IMPACT_LEVELS)
    level = impact / np.repeat(np.maximum(scale, np.float32(1e-30)), df)
    return scale, np.clip(np.rint(level), 1, IMPACT_LEVELS).astype(np.uint8)


def _headings(head_text: np.ndarray, head_ptr: np.ndarray, para_head: np.ndarray, para_doc: np.ndarray,
              languages: list[str], term_ids: dict[str, int]) -> dict[str, np.ndarray]:
    """The term ids of the heading each paragraph stands right under (the innermost one of its
    path, the paths stored once: head_text[head_ptr[h]:head_ptr[h+1]] for h = para_head[p]),
    read in its document's language with its identifiers whole, each distinct heading and
    language analysed once: `para_heading` (-1: none) into the CSR `heading_ptr`,
    `heading_terms`. Ranking reads them for its leading candidates (`scoring.heading_share`)."""
    text, bounds = bytes(head_text), head_ptr.tolist()
    known: dict[tuple[bytes, str], int] = {}
    # The paragraphs of a section share their path: each (path, language) is cut once, in the
    # order the paragraphs first meet it (the headings' ids are given in that order).
    distinct = list(dict.fromkeys(languages))
    doc_lang = np.array([distinct.index(lang) for lang in languages] if languages else [0], dtype=np.int64)
    keys = para_head.astype(np.int64) * max(len(distinct), 1) + doc_lang[para_doc]
    pairs, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    of_pair = np.full(len(pairs), -1, dtype=np.int32)
    for pair in np.argsort(first, kind="stable").tolist():
        path, lang = divmod(int(pairs[pair]), len(distinct))
        start, end = bounds[path], bounds[path + 1]
        if end > start:
            cut = text.rfind(SECTION_JOIN.encode(), start, end)
            of_pair[pair] = known.setdefault((text[cut + 1 if cut >= 0 else start:end], distinct[lang]), len(known))
    para_heading = of_pair[inverse.reshape(-1)]
    ids = []
    for inner, lang in known:
        heading = inner.decode("utf-8")
        found = analysis.terms(heading, lang) + analysis.identifiers(heading) + analysis.compounds(heading, lang)
        ids.append(sorted({term_ids[t] for t in found if t in term_ids}))
    heading_ptr = np.zeros(len(ids) + 1, dtype=np.int64)
    np.cumsum([len(i) for i in ids], out=heading_ptr[1:])
    return {"para_heading": smallest(para_heading), "heading_ptr": smallest(heading_ptr, at_least=np.int32),
            "heading_terms": np.fromiter((t for i in ids for t in i), dtype=np.int32, count=int(heading_ptr[-1]))}


def _alphabetical(term_ids: dict[str, int]) -> np.ndarray:
    """The term ids in the alphabetical order of their terms: the words that begin alike stand
    together, for word families (`families.py`)."""
    return np.fromiter(map(term_ids.__getitem__, sorted(term_ids)), dtype=np.int32, count=len(term_ids))


def _blob(strings: list[str]) -> np.ndarray:
    return np.frombuffer("\n".join(strings).encode("utf-8"), dtype=np.uint8)
