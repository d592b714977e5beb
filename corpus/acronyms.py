"""An acronym the documents never write, read as the words they do write it with.

People type "pacs", "cdd" or "pma" where the documents write "pacte civil de solidarité",
"contrat à durée déterminée", "procréation médicalement assistée". Such a word is missing
from the vocabulary, and too short for a typo to be allowed: it found nothing, and counted as
a subject the documents lack. No list of acronyms: its expansion is read from the documents
themselves, as acronym finders do from running text (Schwartz and Hearst's rule, without their
parentheses: a code rarely defines its abbreviations). The expansion is a run of content words
of prose (stop words between them skipped, as "de" in "pacte civil de solidarité") that spells
the acronym with the beginnings of its words, each word giving one letter, or at most one of
three words or more two ("PAcs": *pa*cte, *c*ivil, *s*olidarité); of those, the one the
documents write most often, provided it is a name and not words that happen to meet: written
at least `least` times, and holding at least `cohesion` of the uses of its rarest word
("pacte civil de solidarité" holds 41 of the Code civil's 61 "pacte"; "tiers en vertu de
l'article", which spells TVA five times, 5 of its 60 "vertu").

The build learns them all at once (`learn`): every run of 3 to 5 words that is such a name,
with each acronym it spells, stored in the index as four small arrays sorted by acronym
(`IndexArrays.acronym_*`); a question's acronym is then one binary search (`Acronyms`), where
reading it from the word sequences cost the first question asking it a scan of them (about
30 ms a million words). The build keeps the runs that pass `least` and `cohesion` as the
build is given them (`RankingParams`' defaults): a question may ask for stricter ones, not
for looser.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator, NamedTuple

import numpy as np

from .readers.blocks import CODE, KINDS

try:
    from . import _inverting  # the pairs of words side by side made in C (`_common_pairs`)
except ImportError:  # not built: no C compiler at install time
    _inverting = None

CHUNK = 1 << 18  # words read at a time: a few MB of arrays, whatever the corpus's size
SHORTEST, LONGEST = 3, 5  # letters of a word read as an acronym (two: "ue", "dm", too
#                            many runs of two words spell them by chance), and words of a run

_DERIVED = re.compile(r"(?:er|ee|ees|es|e)$")  # folded: "pacser", "pacsée", "pacsés", "pacsé"


def is_acronym_shaped(key: str) -> bool:
    return SHORTEST <= len(key) <= LONGEST and key.isascii() and key.isalpha()


def key_code(key: str) -> int:
    """An acronym of 3 to 5 lowercase letters as one number (five bits a letter, from 1):
    what the table is sorted by."""
    code = 0
    for letter in key:
        code = code * 32 + ord(letter) - 96
    return code


class Acronyms:
    """The expansions of acronyms one index stores."""

    def __init__(self, index):
        self._index = index

    def expand(self, key: str, least: int, cohesion: float) -> tuple[int, ...]:
        """The term ids, in order, of the run of words the documents spell `key` with most often,
        at least `least` times and in at least `cohesion` of the uses of its rarest word (a
        name, not words that happen to meet), or () when none does."""
        if not is_acronym_shaped(key) or not key.islower():
            return ()
        a = self._index.arrays
        code = key_code(key)
        lo, hi = np.searchsorted(a.acronym_key, [code, code + 1]).tolist()
        spelt = [(count, tuple(w for w in words if w >= 0))
                 for count, rarest, words in zip(a.acronym_count[lo:hi].tolist(), a.acronym_rarest[lo:hi].tolist(),
                                                 a.acronym_words[lo:hi].tolist())
                 if count >= least and count >= cohesion * rarest]
        return max(spelt)[1] if spelt else ()

    def derived(self, key: str, least: int, cohesion: float) -> tuple[int, ...]:
        """The expansion of the acronym a verb or participle French makes of one stands for
        ("se pacser", "pacsés": PACS), or () when `key` is no such word. Tried before a typo's
        correction: "pacser" is one letter from "passer", but a word of the documents' own
        name is surer than a typo."""
        root = _DERIVED.sub("", key)
        known = root in self._index.surface or root in self._index.term_id  # "vende": "vend", a word
        return self.expand(root, least, cohesion) if root != key and not known else ()


# -- learning them at build time ---------------------------------------------------------------

class Sequences(NamedTuple):
    """The word sequences as the index stores them (`wordcodes.py`), their codes read a chunk
    at a time (`codes(start, stop)`), and what tells a passage of prose from one of code."""

    codes: Callable[[int, int], np.ndarray]
    length: int
    code_term: np.ndarray
    rare_at: np.ndarray
    rare_term: np.ndarray
    pass_ptr: np.ndarray
    pass_para: np.ndarray
    para_kind: np.ndarray


def prose_words(sequences: Sequences) -> np.ndarray:
    """The content words of prose, in order (stop words and code left out: a function's
    arguments repeat side by side, and are no name), as term ids."""
    s = sequences
    code = KINDS.index(CODE)
    chunks = []
    for start in range(0, s.length, CHUNK):
        end = min(start + CHUNK, s.length)
        ids = s.code_term[s.codes(start, end)]
        lo, hi = np.searchsorted(s.rare_at, [start, end])
        if hi > lo:
            ids[s.rare_at[lo:hi] - start] = s.rare_term[lo:hi]
        # Each word's passage, from the passages' spans over the chunk.
        first, last = np.searchsorted(s.pass_ptr, [start, end], side="right") - 1
        bounds = np.clip(s.pass_ptr[first:last + 2], start, end)
        is_code = s.para_kind[s.pass_para[first:last + 1]] == code
        prose = ~np.repeat(is_code, np.diff(bounds))
        chunks.append(ids[(ids >= 0) & prose].astype(np.int32, copy=False))
    return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int32)


def learn(words: np.ndarray, terms: list[str], occurrences: np.ndarray, least: int,
          cohesion: float, fast: bool = False) -> dict[str, np.ndarray]:
    """The acronyms `words` (`prose_words`) spell out: each run of 3 to 5 different words, each
    beginning with a letter, written at least `least` times and in at least `cohesion` of the
    uses of its rarest word (`occurrences`: each term's uses in the whole corpus), once for each
    acronym it spells. Four arrays sorted by acronym (`key_code`): acronym_key, acronym_count
    (the run's uses), acronym_rarest (its rarest word's) and acronym_words (its term ids, -1
    after its last).

    Every use of such a run holds, at the same place, a pair of its words that is written at
    least `least` times and in `cohesion` of the uses of the rarer of the two (its rarest
    word and a neighbour): only the runs through such pairs are counted, not every run of the
    corpus."""
    occurrences = np.asarray(occurrences, dtype=np.int64)
    initial = np.fromiter((ord(t[0]) if t else 0 for t in terms), dtype=np.int32, count=len(terms))
    lettered = (initial >= ord("a")) & (initial <= ord("z")) & (occurrences >= least)
    tied = _tied_pairs(words, lettered, occurrences, least, cohesion, fast)
    rows = []
    for n in range(SHORTEST, LONGEST + 1):
        # The windows of n words holding a tied pair, of words beginning with a letter.
        starts = (tied[:, None] - np.arange(n - 1)).ravel()
        starts = np.unique(starts[(starts >= 0) & (starts <= words.size - n)])
        window = words[starts[:, None] + np.arange(n)]
        window = window[lettered[window].all(axis=1)]
        if not window.size:
            continue
        runs, counts = np.unique(window, axis=0, return_counts=True)
        rarest = occurrences[runs].min(axis=1)
        keep = (counts >= least) & (counts >= cohesion * rarest)
        for k in range(n):
            for j in range(k + 1, n):
                keep &= runs[:, k] != runs[:, j]
        for run, count, rare in zip(runs[keep].tolist(), counts[keep].tolist(), rarest[keep].tolist()):
            for key in dict.fromkeys(_spelt([terms[t] for t in run])):
                rows.append((key_code(key), count, rare, run + [-1] * (LONGEST - n)))
    rows.sort(key=lambda row: row[0])
    return {
        "acronym_key": np.array([r[0] for r in rows], dtype=np.int32),
        "acronym_count": np.array([r[1] for r in rows], dtype=np.int32),
        "acronym_rarest": np.array([r[2] for r in rows], dtype=np.int32),
        "acronym_words": np.array([r[3] for r in rows], dtype=np.int32).reshape(len(rows), LONGEST),
    }


def _spelt(run: list[str]) -> Iterator[str]:
    """The acronyms a run of words spells, each word giving its first letter, or one of a run
    of three or four its first two: (pacte, civil, solidarité) spells "pcs", "pacs", "pcis"
    and "pcso" (a two-letter piece beside one letter, of two words, is too loose a match)."""
    initials = "".join(t[0] for t in run)
    if SHORTEST <= len(run) <= LONGEST:
        yield initials
    if SHORTEST <= len(run) < LONGEST:
        for k, term in enumerate(run):
            if len(term) > 1 and "a" <= term[1] <= "z":
                yield initials[:k] + term[:2] + initials[k + 1:]


PAIRS_AT_ONCE = 1 << 20  # pairs looked up at a time: a few MB of arrays, whatever the corpus's size
SORTED_AT_ONCE = 1 << 20  # pairs sorted and counted at a time (`_common_pairs`), at most


def _pairs(words: np.ndarray, at: np.ndarray | slice) -> np.ndarray:
    """The pairs of words side by side starting at `at`, each as one 64-bit number."""
    return (words[:-1][at].astype(np.uint64) << np.uint64(32)) | words[1:][at].astype(np.uint64)


def _common_pairs(words: np.ndarray, occurrences: np.ndarray, least: int,
                  fast: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """The pairs of words side by side (`_pairs`) written at least `least` times, sorted, and
    how often each is. A run of first words at a time, of at most `SORTED_AT_ONCE` uses in
    all (`occurrences`, at least as many as in `words`; a word used more is a run of its own):
    a pair's first word tells its run, so each pair is counted whole within one. `fast`: a
    run's pairs picked and made in one compiled pass over `words` (int32) when it was built
    (`_inverting.pairs`), not by a mask and two gathers a piece."""
    fast = fast and _inverting is not None and words.dtype == np.int32
    ends = np.cumsum(occurrences)
    found_pairs, found_counts = [], []
    first, n_terms = 0, len(occurrences)
    while first < n_terms:
        done = int(ends[first - 1]) if first else 0
        last = min(max(int(np.searchsorted(ends, done + SORTED_AT_ONCE, side="right")), first + 1), n_terms)
        if fast:
            code = np.frombuffer(_inverting.pairs(words, first, last), dtype=np.uint64)
        else:
            code = _pairs(words, _leading(words, first, last) if (first, last) != (0, n_terms) else slice(None))
        code.sort()
        firsts = np.flatnonzero(np.concatenate(([True], code[1:] != code[:-1], [True])))
        counts = np.diff(firsts)
        common = counts >= least
        found_pairs.append(code[firsts[:-1][common]])
        found_counts.append(counts[common])
        del code, firsts, counts, common
        first = last
    return np.concatenate(found_pairs), np.concatenate(found_counts)


def _leading(words: np.ndarray, first: int, last: int) -> np.ndarray:
    """Where a pair starts whose first word is one of `first` to `last` - 1: looked for a
    piece of `words` at a time, so that no mask is the size of them all."""
    found = []
    for start in range(0, words.size - 1, PAIRS_AT_ONCE):
        lead = words[start:min(start + PAIRS_AT_ONCE, words.size - 1)]
        found.append(np.flatnonzero((lead >= first) & (lead < last)) + start)
    return np.concatenate(found)


def _tied_pairs(words: np.ndarray, lettered: np.ndarray, occurrences: np.ndarray, least: int,
                cohesion: float, fast: bool = False) -> np.ndarray:
    """Where a pair of different words side by side, each beginning with a letter, is written
    at least `least` times and in at least `cohesion` of the uses of the rarer one: the places
    of its first word. Counted by sorting the pairs, those of a run of first words at a time
    (`SORTED_AT_ONCE`): all of them at once, 8 bytes a word and as much again in temporaries,
    were the peak of a build's memory after reading."""
    if words.size < 2:
        return np.zeros(0, dtype=np.int64)
    pairs, counts = _common_pairs(words, occurrences, least, fast)
    left, right = (pairs >> np.uint64(32)).astype(np.int64), (pairs & np.uint64(0xFFFFFFFF)).astype(np.int64)
    tied = pairs[lettered[left] & lettered[right] & (left != right)
                 & (counts >= cohesion * np.minimum(occurrences[left], occurrences[right]))]
    if not tied.size:
        return np.zeros(0, dtype=np.int64)
    # Looked up only where the first word begins some tied pair: a gather, where a binary
    # search everywhere costs more than the sort.
    leads = np.zeros(lettered.size, dtype=bool)
    leads[(tied >> np.uint64(32)).astype(np.int64)] = True
    places = []
    for start in range(0, words.size - 1, PAIRS_AT_ONCE):
        at = np.flatnonzero(leads[words[start:min(start + PAIRS_AT_ONCE, words.size - 1)]]) + start
        code = _pairs(words, at)
        found = np.minimum(np.searchsorted(tied, code), tied.size - 1)
        places.append(at[tied[found] == code])
    return np.concatenate(places)
