"""What the ranking measures of a candidate passage, each a function of the index, the query's
words and the passages, testable alone: how much of the question a passage covers, how much
of it its heading holds, how close together and in order its matched words stand.

Every measure is a share between 0 and 1 weighted by the words' rarity, so that it means the
same on five documents and on five million, unlike BM25.
"""
from __future__ import annotations

import re
from bisect import bisect_right

import numpy as np

from . import kernels, phrases
from .params import RankingParams
from .query import QueryWord
from .stopwords import CONTINUING


def held_shares(index, words: list[QueryWord], passages: np.ndarray, params: RankingParams,
                read: dict[int, np.ndarray] | None = None,
                holds: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """For each passage (sorted ids) and each of the question's words: how much of the word it
    holds (1, or its share for a translation or a family member; 0); and for each passage, how
    many of the question's words it holds (any of each word's terms: what the abstention
    counts, read in the same searches). The terms' postings already read whole (`read`, by
    term: the candidates stage's) are searched once each, not again in their 16-bit runs;
    `holds` (`Candidates.holds`, aligned with `passages`), when given, says which terms each
    passage holds: none is searched (compiled kernels)."""
    if index.compiled:  # every word's terms in one call: the same maxima, the same counts
        # (the pairs in `candidates.weighted_terms`' order: bit i of `holds` is pair i)
        pairs = [(j, share, term) for j, word in enumerate(words) for share, term in word.term_weights(params)]
        return kernels.held_words(index, [t for _, _, t in pairs], [j for j, _, _ in pairs],
                                  [share for _, share, _ in pairs], passages, len(words), holds)
    present = np.zeros((len(passages), len(words)), dtype=np.float32)
    held = np.zeros(len(passages), dtype=np.int64)
    sought = index.sought(passages)  # split once for all the terms' binary searches
    for j, word in enumerate(words):
        best, holds = None, None  # over the word's terms: its best share, whether any is held
        for share, term in word.term_weights(params):
            found = index.find(term, sought, read)[1]
            best = share * found if best is None else np.maximum(best, share * found)
            holds = found if holds is None else holds | found
        if best is not None:  # written into the matrix once, not once a term
            present[:, j] = best
            held += holds
    return present, held


def weighted_share(words: list[QueryWord], present: np.ndarray, params: RankingParams,
                   compiled: bool = False) -> np.ndarray:
    """The rarity-weighted share of the question each row of `held_shares` holds (`compiled`:
    by the compiled kernel, the same float32 operations in the same order)."""
    rarity = np.array([w.rarity * (params.typo_share if w.sure_fix else params.typo_weight) ** w.typos
                       for w in words], dtype=np.float32)
    total = sum(w.rarity for w in words) or 1.0
    if compiled and (shares := kernels.weighted_rows(present, rarity, total)) is not None:
        return shares
    # Multiplied and summed by numpy itself, not BLAS's matrix product: OpenBLAS can leave a
    # floating-point flag set that numpy then reports as "invalid value encountered in matmul"
    # on finite numbers (numpy issue 28967), a warning a chat user would read.
    return (present * rarity).sum(axis=1) / total


def section_coverage(index, passages: np.ndarray, among: np.ndarray, held: np.ndarray,
                     reach: int) -> np.ndarray:
    """For each of `passages`: how much of each of the question's words it holds together with
    the passages beside it under the same heading of the same document (`reach` on each side):
    an article of law, a section of a manual, read as a whole. "Les déclarations de naissance
    sont faites dans les trois jours" answers "déclarer une naissance, quel délai", though the
    word *délai* stands in the article's next paragraph. What each passage holds is read in
    `held` (`held_shares`, rows aligned with `among`, the candidates, sorted): a passage beside
    that is no candidate holds too little of the question to count."""
    if index.compiled:  # the same maxima, read passage by passage in one call
        return kernels.beside(index, passages, among, held, reach)
    a = index.arrays
    around = passages[:, None] + np.arange(-reach, reach + 1)
    np.minimum(np.maximum(around, 0, out=around), len(index) - 1, out=around)
    para, near = a.pass_para[passages], a.pass_para[around]
    at = np.searchsorted(among, around)
    np.minimum(at, len(among) - 1, out=at)
    # Beside it: in its section, and a candidate (the passage itself is one).
    beside = ((a.para_doc[near] == a.para_doc[para][:, None]) & (a.para_head[near] == a.para_head[para][:, None])
              & (among[at] == around))
    return (held[at] * beside[:, :, None]).max(axis=1)


def heading_share(index, words: list[QueryWord], passages: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each passage: the rarity-weighted share of the question its own heading (the
    innermost one) holds, and its focus: 1 when that heading is made only of the question's
    words, else 0. A question that restates a heading ("How do I send a DM?") asks what the
    text under that heading answers. Of two headings holding the question's words, the one
    made of nothing else is about exactly what is asked ("Cogs", not "Cog Registration"); a
    heading that holds one of them among others is about something else, and a share of it
    would outweigh a passage that holds the whole question word for word ("cinéma" asked,
    "Montage et cinéma d'animation" over the sentence). A focused heading always has a share."""
    owner = {term: j for j, w in enumerate(words) for term in w.terms}
    total = sum(w.rarity for w in words) or 1.0
    if index.compiled:  # the loop below in one call: the same sums in the same order
        a = index.arrays
        return kernels.heading_shares(index, a.para_heading[a.pass_para[passages]], owner,
                                      [w.rarity for w in words], total)
    shares = np.zeros(len(passages), dtype=np.float32)
    focused = np.zeros(len(passages), dtype=np.float32)
    measured: dict[int, tuple[float, bool] | None] = {-1: None}  # by heading: its passages share it
    for i, heading in enumerate(index.headings(passages)):
        if heading not in measured:
            terms = index.terms_of_heading(heading).tolist()
            held, every = {owner[t] for t in terms if t in owner}, all(t in owner for t in terms)
            # Summed in the words' order, as the compiled kernel sums them.
            measured[heading] = (sum(words[j].rarity for j in sorted(held)) / total, every) if held else None
        found = measured[heading]
        if found is not None:
            shares[i], focused[i] = found
    return shares, focused


def heading_quoted(index, sequence: list[frozenset[int]], passages: np.ndarray, least: int) -> np.ndarray:
    """For each passage: whether the question holds its own heading whole, word for word and in
    order, stop words included, the heading being `least` words or more. "What are examples of
    breaking changes in the library?" quotes the section title "Examples of Breaking Changes",
    not "Examples of Non-Breaking Changes", though both share its words."""
    quoted = np.zeros(len(passages), dtype=bool)
    asked = frozenset().union(*sequence)
    paras = index.arrays.pass_para[passages].tolist()
    for i, (para, heading) in enumerate(zip(paras, index.headings(passages))):
        if not asked.issuperset(index.terms_of_heading(heading).tolist()):  # a word the question lacks: most often
            continue
        heading = index.heading_words(para)
        n = len(heading)
        if n >= least:
            quoted[i] = any(all(heading[k] in sequence[start + k] for k in range(n))
                            for start in range(len(sequence) - n + 1))
    return quoted


def section_place(index, passages: np.ndarray, most: int) -> np.ndarray:
    """For each passage: how many passages of its section come before it, `most` at most (0:
    it opens the section). A question that restates a heading is answered where the section
    begins, and the more so the nearer its start: the passages after the first go on with the
    steps or the code it announces, those further down qualify ("The second solution...")."""
    a = index.arrays
    para = a.pass_para[passages].astype(np.int64)
    place = np.zeros(len(passages), dtype=np.int64)
    for i, (passage, p) in enumerate(zip(passages.tolist(), para.tolist())):
        # Each heading path is stored once: the same path is the same id.
        doc, head = a.para_doc[p], a.para_head[p]
        before = passage - 1
        while before >= 0 and place[i] < most:
            q = int(a.pass_para[before])
            if a.para_doc[q] != doc or a.para_head[q] != head:
                break
            place[i] += 1
            before -= 1
    return place


_FIRST_WORD = re.compile(r"\W*(\w+)")


def continuing(index, passages: list[int]) -> list[bool]:
    """Whether each passage opens with a coordinating conjunction of its document's language
    (`stopwords.CONTINUING`): half a sentence or one member of a list, whose subject the block
    before it names. Short, it is what BM25 prefers; shown alone it answers nothing. Only a
    passage whose first stored word is one of those conjunctions has its text read (reading
    the texts of every passage within reach cost 0.2 ms a question at 10M words)."""
    conjunctions = index.conjunction_ids()
    maybe = [first in conjunctions for first in index.first_words(passages)]
    found = []
    for passage, perhaps in zip(passages, maybe):
        if not perhaps:
            found.append(False)
            continue
        para = index.paragraph_of(passage)
        first = _FIRST_WORD.match(index.passage_text(passage))
        found.append(bool(first) and first.group(1).lower() in CONTINUING.get(index.language_of(para), ()))
    return found


def closeness(index, words: list[QueryWord], passages: list[int], params: RankingParams) -> list[float]:
    """For each passage: how close together and in the question's order the matched words
    stand, and how much of the question it opens with. The matched positions of all passages
    are found in one vectorised pass."""
    owner = {term: j for j, w in enumerate(words) for term in w.terms}
    if not owner or not passages:
        return [0.0] * len(passages)
    rarity = [w.rarity for w in words]
    total = sum(rarity) or 1.0
    early_tokens, near_gap, early_weight = params.early_tokens, params.near_gap, params.early_weight
    if index.compiled:  # the loop below in one call, the same float64 operations in the same order
        return kernels.closeness(index, passages, owner, rarity, total, early_tokens, near_gap, early_weight)
    joined, bounds = index.passages_terms(passages)
    matched = np.flatnonzero(phrases.members(joined, np.array(sorted(owner), dtype=np.int64)))
    cuts = np.searchsorted(matched, bounds).tolist()
    starts = bounds.tolist()
    places, found = matched.tolist(), joined[matched].tolist()  # read out once for all passages
    pairs = len(words) - 1
    scores = []
    for c in range(len(passages)):
        where: dict[int, list[int]] = {}
        start = starts[c]
        for k in range(cuts[c], cuts[c + 1]):
            j, at = owner[found[k]], places[k] - start
            if j in where:
                where[j].append(at)
            else:
                where[j] = [at]
        # Added one by one, as the compiled kernel adds them (Python 3.12's sum() compensates).
        early = 0.0
        for j, at in where.items():
            if at[0] < early_tokens:
                early += rarity[j]
        early /= total
        bonus = 0.0
        # Each held question word with the next one the passage holds: a word it lacks ("how
        # upload imag from url", the image not named) does not part its neighbours.
        held = sorted(where)
        for j, nxt in zip(held, held[1:]):
            a, b = where[j], where[nxt]
            # The nearest later position of the next word after each of this one's (in order).
            if len(a) == 1 and len(b) == 1:  # most often: each word once
                gap = b[0] - a[0] if b[0] > a[0] else None
            else:
                gap = min((b[k] - p for p in a if (k := bisect_right(b, p)) < len(b)), default=None)
            if gap is not None and gap <= near_gap:  # in order, within a few words
                bonus += 1.0 / gap
        scores.append((bonus / pairs if pairs > 0 else 0.0) + early_weight * early)
    return scores
