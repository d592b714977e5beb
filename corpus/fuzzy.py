"""Typo tolerance: find the vocabulary words a misspelt question word was meant to be.

Rules in the manner of Meilisearch: only words absent from the vocabulary are corrected; no typo
is allowed under 5 letters, one from 5 to 8, two from 9; the first letter is trusted (people
rarely get it wrong, and trusting it divides the candidates by twenty). A swap of two neighbouring
letters counts as one typo (optimal string alignment distance), as people mostly make them. A
word of 3 or 4 letters, which may have no typo else, may still have two letters swapped after
its first ("teh", "waht", "adn"): the commonest slip on a keyboard, and a short word has only
two or three such swaps to look up, where any typo would make it a dozen other words. A word of
4 letters may also have lost one after its first ("paer", "vdeo"): the vocabulary's words of 5
letters are looked up by what each makes with one of its letters left out.

A word with no close spelling may still have family in the vocabulary: French derives nouns
from verbs ("s'inquiètent", "inquiétudes") and Snowball does not join them all. `family()` finds
stems sharing a long prefix with the word's stem, a weaker match than a typo fix.
"""
from __future__ import annotations

import bisect
from collections import defaultdict

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA


SHORT_TYPO_BELOW = 5  # a word shorter than this has no typo but a swap or a lost letter ...
SWAPPED_SHORTEST = 3  # ... and a swap from this length (`swaps`)


def swaps(word: str) -> list[str]:
    """`word` with two neighbouring letters swapped, the first letter kept."""
    return [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)
            if word[i] != word[i + 1]]


def allowed_typos(word: str) -> int:
    n = len(word)
    if n < SHORT_TYPO_BELOW or word.isdigit():
        return 0
    return 1 if n <= 8 else 2


FAMILY_MIN_PREFIX = 5
FAMILY_SHARE = 0.7  # the shared prefix covers at least this share of the shorter stem
FAMILY_LIMIT = 4


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def letters(word: str) -> int:
    """The letters a word holds, as bits: the low 32 say which letters it holds, the high 32
    which it holds twice or more (letters sharing a bit only make the bound of `corrections`
    looser). A substitution changes at most two bits (one letter fewer, one more), an insertion
    or a deletion one, a swap none: a word whose bits differ from another's in more than 2k is
    more than k typos away. Counting a letter twice makes the bound far tighter than the
    letters alone: at 10M words, a typo's candidates of the same first letter and about the
    same length fall from some 800 to 150, each an edit distance computed."""
    once = twice = 0
    for c in word:
        bit = 1 << (ord(c) & 31)
        twice |= once & bit
        once |= bit
    return once | twice << 32


VECTOR_LETTERS = 32  # keys up to this long get their `letters` in one numpy pass


def _letters_of(keys: list[str], starts: list[int]) -> np.ndarray:
    """`letters` of each of `keys` (sorted by length, `starts[n]`: where length n begins): the
    short ones read as a grid of code points at once, the few longer ones one by one."""
    short = starts[min(VECTOR_LETTERS + 1, len(starts) - 1)]
    found = np.zeros(len(keys), dtype=np.uint64)
    if short:
        codes = np.array(keys[:short]).view(np.uint32).reshape(short, -1)  # 0 after a key's end
        bits = np.left_shift(np.uint32(1), codes & np.uint32(31))
        bits[codes == 0] = 0
        # A letter's bit where an earlier letter of the key set it already: held twice.
        held = np.bitwise_or.accumulate(bits, axis=1)
        twice = np.bitwise_or.reduce(bits[:, 1:] & held[:, :-1], axis=1) if bits.shape[1] > 1 else 0
        found[:short] = held[:, -1].astype(np.uint64) | np.left_shift(np.asarray(twice, dtype=np.uint64), np.uint64(32))
    found[short:] = [letters(key) for key in keys[short:]]
    return found


def _popcount(values: np.ndarray) -> np.ndarray:
    """How many bits each of `values` (uint64) has set."""
    if hasattr(np, "bitwise_count"):  # numpy 2
        return np.bitwise_count(values)
    counted = []
    for half in ((values & np.uint64(0xFFFFFFFF)).astype(np.uint32), (values >> np.uint64(32)).astype(np.uint32)):
        half = half - ((half >> 1) & 0x55555555)
        half = (half & 0x33333333) + ((half >> 2) & 0x33333333)
        counted.append((((half + (half >> 4)) & 0x0F0F0F0F) * np.uint32(0x01010101)) >> 24)
    return counted[0] + counted[1]


class TypoMatcher:
    """Candidates grouped by first letter and length, built once, on first use."""

    def __init__(self, keys: list[str], stems: list[str] = ()):
        # By first letter, the keys by length (in their order within a length), and where each
        # length starts: the keys within a few letters of a length are one slice.
        by_letter: dict[str, list[str]] = defaultdict(list)
        for key in keys:
            if key:
                by_letter[key[0]].append(key)
        self._keys: dict[str, np.ndarray] = {}  # of str objects: picked out by a mask in C
        self._starts: dict[str, list[int]] = {}
        self._letters: dict[str, np.ndarray] = {}
        for letter, found in by_letter.items():
            found.sort(key=len)  # stable
            self._keys[letter] = np.array(found, dtype=object)
            lengths = [len(key) for key in found]
            self._starts[letter] = [bisect.bisect_left(lengths, n) for n in range(lengths[-1] + 2)]
            self._letters[letter] = _letters_of(found, self._starts[letter])
        self._stems = sorted(s for s in stems if len(s) >= FAMILY_MIN_PREFIX)
        self._short = frozenset(k for k in keys if SWAPPED_SHORTEST <= len(k) < SHORT_TYPO_BELOW)  # for `swaps`
        self._shortened: dict[str, list[str]] | None = None  # for `_lost_letter`, made on first use

    def _lost_letter(self, word: str) -> list[str]:
        """Words of 5 letters (`SHORT_TYPO_BELOW`) that are `word` with one more letter after its first."""
        if self._shortened is None:
            self._shortened = defaultdict(list)
            for key in self._short_keys():
                for i in range(1, 5):
                    shorter = key[:i] + key[i + 1:]
                    if not self._shortened[shorter] or self._shortened[shorter][-1] != key:
                        self._shortened[shorter].append(key)
        return self._shortened.get(word, [])

    def _short_keys(self) -> list[str]:
        """The keys of `SHORT_TYPO_BELOW` letters."""
        found = []
        for letter, keys in self._keys.items():
            starts = self._starts[letter]
            if len(starts) > SHORT_TYPO_BELOW + 1:
                found += keys[starts[SHORT_TYPO_BELOW]:starts[SHORT_TYPO_BELOW + 1]].tolist()
        return found

    def family(self, stem: str) -> list[str]:
        """Vocabulary stems of the same word family as `stem` (a long common prefix)."""
        if len(stem) < FAMILY_MIN_PREFIX or stem.isdigit():
            return []
        head = stem[:max(FAMILY_MIN_PREFIX, round(FAMILY_SHARE * len(stem)))]
        at = bisect.bisect_left(self._stems, head)
        found = []
        while at < len(self._stems) and self._stems[at].startswith(head) and len(found) < FAMILY_LIMIT * 4:
            other = self._stems[at]
            if _shared_prefix(stem, other) >= FAMILY_SHARE * min(len(stem), len(other)):
                found.append(other)
            at += 1
        return sorted(found, key=lambda s: (abs(len(s) - len(stem)), s))[:FAMILY_LIMIT]

    def corrections(self, word: str, limit: int = 3, extra: int = 0) -> list[tuple[str, int]]:
        """The closest vocabulary words to `word` within its allowed typos (plus `extra` for
        words of six letters or more): [(word, typos)]."""
        budget = allowed_typos(word)
        if budget and len(word) >= 6:
            budget = min(budget + extra, 2)
        if not budget:
            if SWAPPED_SHORTEST <= len(word) < SHORT_TYPO_BELOW and word.isalpha():
                found = [swapped for swapped in swaps(word) if swapped in self._short]
                if len(word) == SHORT_TYPO_BELOW - 1:
                    found += self._lost_letter(word)
                return [(fix, 1) for fix in found][:limit]
            return []
        keys, starts = self._keys.get(word[0]), self._starts.get(word[0])
        if keys is None:
            return []
        last = len(starts) - 1
        lo, hi = starts[min(max(len(word) - budget, 0), last)], starts[min(len(word) + budget + 1, last)]
        # One typo changes at most two of a word's letters (`letters`): words differing by more
        # are out of reach before their distance is computed. Order is kept.
        near = _popcount(self._letters[word[0]][lo:hi] ^ np.uint64(letters(word))) <= 2 * budget
        choices = keys[lo:hi][near].tolist()
        if not choices:
            return []
        found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=budget, limit=limit * 4)
        if not found:
            return []
        best = min(distance for _, distance, _ in found)
        return [(choice, int(distance)) for choice, distance, _ in found if distance == best][:limit]
