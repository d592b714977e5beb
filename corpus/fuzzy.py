"""Typo tolerance: find the vocabulary words a misspelt question word was meant to be.

Rules in the manner of Meilisearch: only words absent from the vocabulary are corrected; no typo
is allowed under 5 letters, one from 5 to 8, two from 9; the first letter is trusted (people
rarely get it wrong, and trusting it divides the candidates by twenty). A swap of two neighbouring
letters counts as one typo (optimal string alignment distance), as people mostly make them.
"""
from __future__ import annotations

from collections import defaultdict

from rapidfuzz import process
from rapidfuzz.distance import OSA


def allowed_typos(word: str) -> int:
    n = len(word)
    if n < 5 or word.isdigit():
        return 0
    return 1 if n <= 8 else 2


class TypoMatcher:
    """Candidates grouped by first letter and length, built once, on first use."""

    def __init__(self, keys: list[str]):
        buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
        for key in keys:
            if key:
                buckets[key[0], len(key)].append(key)
        self._buckets = dict(buckets)

    def corrections(self, word: str, limit: int = 3, extra: int = 0) -> list[tuple[str, int]]:
        """The closest vocabulary words to `word` within its allowed typos (plus `extra` for
        words of six letters or more): [(word, typos)]."""
        budget = allowed_typos(word)
        if budget and len(word) >= 6:
            budget = min(budget + extra, 2)
        if not budget:
            return []
        choices: list[str] = []
        for length in range(len(word) - budget, len(word) + budget + 1):
            choices.extend(self._buckets.get((word[0], length), ()))
        if not choices:
            return []
        found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=budget, limit=limit * 4)
        if not found:
            return []
        best = min(distance for _, distance, _ in found)
        return [(choice, int(distance)) for choice, distance, _ in found if distance == best][:limit]
