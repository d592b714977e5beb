"""Word families beyond one Snowball stem, learned from the corpus's own vocabulary.

Snowball joins the inflections of a word ("majeurs", "majeur") but not its derivations: the
adjective and its noun ("majeur", "majorité": stems "majeur" and "major"), the verb and its
agent or result ("hériter", "héritage"), English "marry" and "marriage". A question in everyday
words meets the documents' words only through such families.

No list of suffixes is written here: the corpus teaches them. Terms that differ only by their
endings after a shared beginning ("mineur"/"minor", "majeur"/"major", "supérieur"/"supérior")
show a pair of endings; a pair seen after many different beginnings is a rule of the
language's derivation ("eur" <-> "or"), while a pair seen once is a coincidence ("locat",
"local"). A question word's family is then every vocabulary term made from it by one rule,
beginning kept. The rules are read when the index is built, from its most frequent terms only:
derivation belongs to the language, and a few tens of thousands of terms show it as well as
millions would, in a bounded time (under a second). The index keeps them in its header.
"""
from __future__ import annotations

from collections import Counter, defaultdict
import bisect
import math
from dataclasses import dataclass

import numpy as np

FAMILIES_KEPT = 20_000  # question terms whose family is kept once read
FEW = 8  # alternatives of an ending looked up one by one, whatever the vocabulary


@dataclass(frozen=True)
class FamilySettings:
    min_stem: int = 3  # letters the shared beginning keeps, at the least
    stem_share: float = 0.5  # ... and at least this share of the longer of the two terms
    max_ending: int = 6  # letters an ending may have
    min_support: int = 5  # different beginnings a pair of endings must follow to be a rule,
    support_share: float = 1 / 2000  # ... or this share of the terms learned from, if more
    min_rate: float = 0.1  # share of the beginnings the rarer ending follows that the other follows too
    min_ending: int = 2  # letters of the longer ending: "garant", "garanc" are no family
    crowded: int = 30  # a beginning followed by more endings than this says nothing (a prefix)
    learned_from: int = 20_000  # the most frequent terms the rules are read from
    limit: int = 3  # family members kept for one word, the most frequent first: each costs a scan


def learn(terms: list[str], frequency: np.ndarray,
          settings: FamilySettings = FamilySettings()) -> dict[str, list[str]]:
    """The derivation rules of a vocabulary (`terms` by id, `frequency`: by id, how many
    passages hold the term), read from its most frequent words: ending -> the endings it
    alternates with. Small (a few hundred pairs), kept in the index's header."""
    words = []
    for tid in np.argsort(-frequency, kind="stable").tolist():
        word = terms[tid]
        if word.isalpha() and len(word) > settings.min_stem:
            words.append(word)
            if len(words) >= settings.learned_from:
                break
    # An ending that is a word of its own makes compounds ("CommandError", "MemberFlag" in API
    # docs), not derivations: "command" is not of the family of "error".
    vocabulary = set(terms)
    rules = _learn(words, settings, compound=lambda ending: len(ending) >= 3 and ending in vocabulary)
    return {ending: sorted(others) for ending, others in sorted(rules.items())}


class Families:
    """The word families that derivation rules make in a vocabulary."""

    def __init__(self, rules: dict[str, list[str]], terms: list[str], vocabulary: dict[str, int],
                 frequency: np.ndarray, alphabetical: np.ndarray,
                 settings: FamilySettings = FamilySettings()):
        """`rules` as `learn` gives them; `terms`: by id; `vocabulary`: term -> id;
        `frequency`: by id; `alphabetical`: the term ids in the alphabetical order of their terms."""
        self.settings = settings
        self._rules = {ending: (others, frozenset(others)) for ending, others in rules.items()}
        self._vocabulary = vocabulary
        self._frequency = frequency
        self._alphabetical = alphabetical
        # The terms themselves in that order (the same strings, not copies): bisected in C.
        self._sorted = [terms[t] for t in alphabetical.tolist()]
        self._known: dict[str, list[int]] = {}  # families already read: questions repeat words
        # The lengths an ending may have after a beginning of so many letters (`_lengths`).
        self._longest = max((len(other) for others in rules.values() for other in others), default=0)
        self._fitting: dict[int, tuple[int, int]] = {}

    def of(self, term: str) -> list[int]:
        """Ids of the vocabulary terms of `term`'s family, itself left out, the most frequent
        first."""
        found = self._known.get(term)
        if found is None:
            if len(self._known) >= FAMILIES_KEPT:
                self._known.clear()
            found = self._known[term] = self._read(term)
        return found

    def _read(self, term: str) -> list[int]:
        s = self.settings
        if not term.isalpha() or len(term) <= s.min_stem:
            return []
        found = set()
        n = len(term)
        # The beginning kept is at least `stem_share` of `term`: no shorter cut is tried.
        for cut in range(max(s.min_stem, math.ceil(s.stem_share * n)), n + 1):
            rule = self._rules.get(term[cut:])
            if rule:
                found.update(self._made(term, cut, *rule))
        return sorted(found, key=lambda t: (-int(self._frequency[t]), t))[:s.limit]

    def _lengths(self, cut: int) -> tuple[int, int]:
        """The shortest and longest endings after a beginning of `cut` letters that make a word
        of which the beginning is `stem_share` and which is longer than `min_stem`: the two
        tests bound the ending's length from above and from below, so a range (empty when the
        shortest is the longer)."""
        found = self._fitting.get(cut)
        if found is None:
            s = self.settings
            fitting = [n for n in range(self._longest + 1)
                       if cut >= s.stem_share * (cut + n) and cut + n > s.min_stem]
            found = self._fitting[cut] = (fitting[0], fitting[-1]) if fitting else (1, 0)
        return found

    def _made(self, term: str, cut: int, others: list[str], allowed: frozenset[str]) -> list[int]:
        """Ids of the words made of term[:cut] and one of `others`, each also `stem_share` of
        the word it makes. Either each word is looked up, or the vocabulary's words that begin
        with term[:cut] are read (alphabetically, they stand together): whichever are fewer.
        Words rarely begin with a whole question word, but an ending may have a hundred
        alternatives (the empty ending most of all)."""
        stem = term[:cut]
        # Which endings fit is a matter of their length alone: tested as two comparisons.
        shortest, longest = self._lengths(cut)
        if len(others) > FEW:  # the words that begin so stand between `first` and `last`
            ordered = self._sorted
            first = bisect.bisect_left(ordered, stem)
            # Sought no further than the words that would be more than `others`: past them, the
            # words are not read (and each step of a search through the whole vocabulary reads
            # a string somewhere in memory).
            last = bisect.bisect_left(ordered, stem + "\U0010ffff", lo=first, hi=min(len(ordered), first + len(others)))
            if last - first < len(others):
                made = zip(ordered[first:last], self._alphabetical[first:last].tolist())
                return [t for word, t in made if shortest <= len(word) - cut <= longest and word[cut:] in allowed]
        vocabulary = self._vocabulary
        return [tid for other in others
                if shortest <= len(other) <= longest and (tid := vocabulary.get(stem + other)) is not None]


def _learn(words: list[str], s: FamilySettings, compound) -> dict[str, frozenset[str]]:
    """ending -> the endings it alternates with: the pairs of endings seen after at least
    `min_support` different beginnings, and after a fair share (`min_rate`) of the beginnings
    the rarer of the two follows ("eur"/"or" after "maj", "min", "supéri", but not "eur"/"i",
    which meet by chance in a vocabulary where both endings abound)."""
    endings: dict[str, set[str]] = defaultdict(set)
    for word in words:
        for cut in range(max(s.min_stem, len(word) - s.max_ending), len(word) + 1):
            endings[word[:cut]].add(word[cut:])
    support: Counter = Counter()
    seen: Counter = Counter()
    for after in endings.values():
        if not 2 <= len(after) <= s.crowded:
            continue
        seen.update(after)
        ordered = sorted(after)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                # Counted once, at the longest shared beginning: "ent"/"er" after "pay" is not
                # also "yent"/"yer" after "pa".
                if not (a and b and a[0] == b[0]) and max(len(a), len(b)) >= s.min_ending:
                    support[a, b] += 1
    least = max(s.min_support, s.support_share * len(words))
    rules: dict[str, set[str]] = defaultdict(set)
    for (a, b), n in support.items():
        if n >= least and n >= s.min_rate * min(seen[a], seen[b]) and not (compound(a) or compound(b)):
            rules[a].add(b)
            rules[b].add(a)
    return {ending: frozenset(others) for ending, others in rules.items()}
