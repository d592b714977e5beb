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

The word sequences are scanned for each acronym asked, a quarter of a million words at a
time (about 30 ms a million words), and only for a word of 3 to 5 letters found nowhere in the
vocabulary with no close spelling, or a verb made of one ("pacser"); what is found is kept for
the next question.
"""
from __future__ import annotations

import re

import numpy as np

from .readers.blocks import CODE, KINDS

CHUNK = 1 << 18  # words read at a time: a few MB of arrays, whatever the corpus's size
SHORTEST, LONGEST = 3, 5  # letters of a word read as an acronym (two: "ue", "dm", too
#                            many runs of two words spell them by chance)


_DERIVED = re.compile(r"(?:er|ee|ees|es|e)$")  # folded: "pacser", "pacsée", "pacsés", "pacsé"


def spellings(acronym: str) -> list[tuple[str, ...]]:
    """The ways of cutting `acronym` into the beginnings of two words or more, each one letter
    or, once, two: "pacs" gives (p, a, c, s), (pa, c, s), (p, ac, s), (p, a, cs)."""
    found = [tuple(acronym)] if len(acronym) >= 2 else []
    for at in range(len(acronym) - 1):
        pieces = tuple(acronym[:at]) + (acronym[at:at + 2],) + tuple(acronym[at + 2:])
        if len(pieces) >= 3:  # two words of a two-letter piece and one letter: too loose a match
            found.append(pieces)
    return found


def is_acronym_shaped(key: str) -> bool:
    return SHORTEST <= len(key) <= LONGEST and key.isascii() and key.isalpha()


class Acronyms:
    """Finds the expansions of acronyms in one index's word sequences."""

    def __init__(self, index):
        self._index = index
        # Each term's first letter, as a code point (0 for none): runs are matched on it first.
        self._initials = np.array([ord(t[0]) if t else 0 for t in index.terms], dtype=np.int32)
        self._found: dict[tuple[str, int, float], tuple[int, ...]] = {}

    def expand(self, key: str, least: int, cohesion: float) -> tuple[int, ...]:
        """The term ids, in order, of the run of words the documents spell `key` with most often,
        at least `least` times and in at least `cohesion` of the uses of its rarest word (a
        name, not words that happen to meet), or () when none does."""
        if not is_acronym_shaped(key):
            return ()
        asked = (key, least, cohesion)
        if asked not in self._found:
            if len(self._found) >= 1024:
                self._found.clear()
            self._found[asked] = self._expand(key, least, cohesion)
        return self._found[asked]

    def derived(self, key: str, least: int, cohesion: float) -> tuple[int, ...]:
        """The expansion of the acronym a verb or participle French makes of one stands for
        ("se pacser", "pacsés": PACS), or () when `key` is no such word. Tried before a typo's
        correction: "pacser" is one letter from "passer", but a word of the documents' own
        name is surer than a typo."""
        root = _DERIVED.sub("", key)
        known = root in self._index.surface or root in self._index.term_id  # "vende": "vend", a word
        return self.expand(root, least, cohesion) if root != key and not known else ()

    def _expand(self, key: str, least: int, cohesion: float) -> tuple[int, ...]:
        ways = spellings(key)
        counts: dict[tuple[int, ...], int] = {}
        for words in self._content_words():
            first = self._initials[words]
            for pieces in ways:
                n = len(pieces)
                if words.size < n:
                    continue
                starts = np.ones(words.size - n + 1, dtype=bool)
                for k, piece in enumerate(pieces):
                    starts &= first[k:words.size - n + 1 + k] == ord(piece[0])
                at = np.flatnonzero(starts)
                if not at.size:
                    continue
                runs, seen = np.unique(np.stack([words[at + k] for k in range(n)], axis=1), axis=0,
                                       return_counts=True)
                for run, count in zip(map(tuple, runs.tolist()), seen.tolist()):
                    counts[run] = counts.get(run, 0) + count
        index = self._index
        spelt = [(count, run) for run, count in counts.items()
                 if count >= least and len(set(run)) == len(run)
                 and count >= cohesion * min(len(index.positions(t)) for t in run)
                 and any(all(index.terms[t].startswith(p) for t, p in zip(run, pieces))
                         for pieces in ways if len(pieces) == len(run))]
        return max(spelt)[1] if spelt else ()

    def _content_words(self):
        """The joined word sequences' content words of prose (stop words and code left out: a
        function's arguments repeat side by side, and are no name), a chunk at a time, each
        chunk reaching a few words into the next so that no run is cut."""
        a = self._index.arrays
        total = len(a.word_codes)
        code = KINDS.index(CODE)
        for start in range(0, total, CHUNK):
            end = min(start + CHUNK + 2 * LONGEST, total)
            ids = a.code_term[a.word_codes[start:end]]
            lo, hi = np.searchsorted(a.rare_at, [start, end])
            if hi > lo:
                ids[a.rare_at[lo:hi] - start] = a.rare_term[lo:hi]
            # Each word's passage, from the passages' spans over the chunk.
            first, last = np.searchsorted(a.pass_ptr, [start, end], side="right") - 1
            bounds = np.clip(a.pass_ptr[first:last + 2], start, end)
            is_code = a.para_kind[a.pass_para[first:last + 1]] == code
            prose = ~np.repeat(is_code, np.diff(bounds))
            yield ids[(ids >= 0) & prose]
