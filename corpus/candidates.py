"""The second stage: the passages worth ranking, from a `Query`.

BM25 over stems picks them: one vectorised addition per question word. Passages holding the
longest runs of the question word for word join them, however common its words
(`phrases.py`): BM25 cannot tell those from passages with the same words scattered.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np

from . import kernels, phrases
from .inversion import group_starts
from .params import RankingParams
from .query import Query, QueryWord

SPARSE_SHARE = 8  # postings this many times fewer than passages are merged, not scanned for
MASK_TERMS = 64  # a question of more (weight, term) pairs has its candidates' terms searched again


class Candidates(NamedTuple):
    """Passages to rank, sorted by id, with what this stage learned of each. (The stages'
    records are named tuples: immutable, and cheaper to define than dataclasses, which a
    one-shot `corpus-bot ask` pays at start.)"""

    passages: np.ndarray
    bm25: np.ndarray  # their BM25 scores (with the coordination share, see `postings`)
    quoted: np.ndarray  # the share of the question their longest run quotes word for word
    matched: int  # how many passages BM25 matched at all, before the cut
    read: dict[int, np.ndarray]  # the postings this stage read whole, by term: coverage and the held words reuse them
    # Which of the question's (weight, term) pairs (`weighted_terms`) each passage holds, bit i
    # for pair i (uint64), when this stage learned it for all of them (compiled kernels, MASK_TERMS
    # pairs at most, no pass over the whole corpus); else None. The held words read them rather
    # than search the postings again.
    holds: np.ndarray | None = None


def gather(index, query: Query, params: RankingParams) -> Candidates:
    """The passages of highest BM25, joined by those quoting the question word for word."""
    read: dict[int, np.ndarray] = {}
    found, scores, matched, holds = top_bm25(index, query.words, params, read)
    found, scores, quoted, holds = with_phrases(index, query, found, scores, params, read, holds)
    return Candidates(found, scores, quoted, matched, read, holds)


def postings(index, term: int, params: RankingParams, weight: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """A term's passages and what it adds to their score, times `weight`: its BM25 contribution
    plus a flat share of its idf, so that matching one more of the question's words counts for
    more than matching the same word again (candidates must be chosen for their coverage, not
    their tf). Two passes over the postings: the weight is applied as the stored bytes are
    scaled (`index.impacts`), the share added in place."""
    impacts = index.impacts(term, weight=weight)
    impacts += np.float32(weight * params.coordination * index.arrays.term_idf[term])
    return index.postings(term), impacts


def weighted_terms(words: list[QueryWord], params: RankingParams) -> list[tuple[float, int]]:
    """(weight, term) of every term the question's words match."""
    return [(w.weight * share, t) for w in words for share, t in w.term_weights(params)]


def _read(index, weighted: list[tuple[float, int]], params: RankingParams,
          read: dict[int, np.ndarray], scores: np.ndarray | None = None,
          keep: bool = True) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """The (weight, term) pairs' postings read whole, end to end (`Index.read`), with what each
    adds to its passage's score (as `postings` gives them), in the pairs' order, and where each
    pair's start (then the end) (also added to `scores`, when given: compiled kernels only;
    then, unless `keep`, only added, nothing given back or kept); each term's passages kept in
    `read` (views: read again, they would be cast again from their 16-bit form). A few numpy
    calls for all the terms, not a few a term."""
    terms, weights = [t for _, t in weighted], [w for w, _ in weighted]
    # float32(w * coordination) * idf, as `postings` computes each (one call for all the terms)
    share = np.array([w * params.coordination for w in weights], dtype=np.float32) * index.arrays.term_idf[terms]
    ids, impacts, offsets = index.read(terms, weights, share, scores, keep)
    if keep:
        for (_, term), start, end in zip(weighted, offsets, offsets[1:]):
            read[term] = ids[start:end]
    return ids, impacts, offsets


def _scatter(index, weighted: list[tuple[float, int]], params: RankingParams,
             scores: np.ndarray | None = None, read: dict[int, np.ndarray] | None = None) -> np.ndarray:
    """What the (weight, term) pairs add to the BM25 of every passage (to `scores`, when given):
    one vectorised addition per term (long lists: read one by one, each cast and scaled in
    place, they cost less than laid end to end). On the numpy path, the terms' postings read
    whole are kept in `read`, when given, for `_matched` (read again, they would be cast again
    from their 16-bit form)."""
    if scores is None:
        scores = np.zeros(len(index), dtype=np.float32)
    if index.compiled:  # all the terms in one call, added in the same order
        # Their postings are not kept: the other stages search the compiled way, and `_matched`
        # reads them again in the rare case it needs them (a few common terms' megabytes of
        # ids and impacts not written for nothing).
        _read(index, weighted, params, {}, scores, keep=False)
        return scores
    for weight, term in weighted:
        passages, impacts = postings(index, term, params, weight)
        if read is not None:
            read[term] = passages
        # add.at, not scores[passages] += ...: a third of the time on a long list (numpy 2's
        # add.at reads int32 ids as they are, where fancy indexing converts them first).
        np.add.at(scores, passages, impacts)
    return scores


def _summed(index, weighted: list[tuple[float, int]], params: RankingParams, read: dict[int, np.ndarray],
            bits: list[int] | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """The passages the (weight, term) pairs score (sorted) and their scores, when the terms'
    postings are few beside the passages (`_few`): summed on the passages they name, not
    on an array of the whole corpus (whose zeros and scan cost more than a few thousand ids).
    Each passage's shares are added in the pairs' order, as `_scatter` adds them: the same
    sums to the last bit. Third, with the compiled kernels and `bits` (a bit a pair), which
    pairs each passage holds (`Candidates.holds`); else None."""
    ids, impacts, offsets = _read(index, weighted, params, read)
    if index.compiled:
        return kernels.summed(ids, impacts, offsets if bits is not None else None, bits)
    order = np.argsort(ids, kind="stable")  # stable: a passage's shares stay in the pairs' order
    ids = ids[order]
    first = np.ones(ids.size, dtype=bool)
    np.not_equal(ids[1:], ids[:-1], out=first[1:])
    group = np.cumsum(first)
    group -= 1
    sums = np.zeros(int(group[-1]) + 1 if group.size else 0, dtype=np.float32)
    np.add.at(sums, group, impacts[order])
    return ids[first], sums, None


def _few(postings: int, passages: int) -> bool:
    """Whether `postings` are few beside the `passages` (see `_matched`)."""
    return postings * SPARSE_SHARE < passages


def _matched(index, weighted: list[tuple[float, int]], scores: np.ndarray,
             read: dict[int, np.ndarray], sparse: bool) -> np.ndarray:
    """The passages the (weight, term) pairs score, sorted: the union of the terms' postings
    (those in `read` as `_scatter` read them) when they are short (`sparse`, by `_few`: reading
    a whole corpus's scores for the few that are set costs more than merging a few thousand
    ids), else the scores that are set."""
    if sparse:
        return distinct(np.concatenate([read[t] if t in read else index.postings(t) for _, t in weighted]))
    return np.flatnonzero(scores != 0)  # on a mask: many times faster than on floats


def distinct(ids: np.ndarray) -> np.ndarray:
    """The distinct values of `ids`, sorted (np.unique's own machinery costs a hundred times
    more on a few thousand ids)."""
    ids = np.sort(ids)
    return ids[group_starts(ids)]


def bm25_all(index, weighted: list[tuple[float, int]], params: RankingParams,
             scores: np.ndarray | None = None, read: dict[int, np.ndarray] | None = None) -> np.ndarray:
    """BM25 of every passage: the (weight, term) pairs added on all their postings (to
    `scores`, which holds the other terms', when given; the postings kept in `read`, when given)."""
    return _scatter(index, weighted, params, scores, read)


def bm25_of(index, weighted: list[tuple[float, int]], passages: np.ndarray,
            params: RankingParams, read: dict[int, np.ndarray] | None = None,
            bits: list[int] | None = None, holds: np.ndarray | None = None) -> np.ndarray:
    """What the (weight, term) pairs add to the BM25 of each of `passages` (sorted ids), by
    binary search in the terms' postings: for a few passages, not the whole corpus. A term's
    postings already read whole (in `read`, by term) are searched once, not run by run. With
    the compiled kernels, `bits` (a bit a pair) and `holds` (uint64, one a passage), each
    pair's bit is set in place where the passage holds its term (`Candidates.holds`)."""
    if index.compiled:  # the same sums, term after term, in one call
        a = index.arrays
        terms = [t for _, t in weighted]
        shares = np.float32(params.coordination) * a.term_idf[terms]  # float32, as for each term alone
        weights = np.array([w for w, _ in weighted], dtype=np.float32)
        return kernels.scores_of(index, terms, passages, a.term_scale[terms], shares, weights, bits, holds)
    scores = np.zeros(len(passages), dtype=np.float32)
    sought = index.sought(passages)  # split once for all the terms' binary searches
    for weight, term in weighted:
        if index.frequency(term):
            at, found = index.find(term, sought, read)
            # The contributions of the passages found only (`postings` adds the flat share to
            # the whole list: the same sums, on a common term's 100,000 postings).
            impacts = index.impacts(term, at) + params.coordination * index.arrays.term_idf[term]
            scores += np.where(found, weight * impacts, 0.0).astype(np.float32)
    return scores


def top_bm25(index, words: list[QueryWord], params: RankingParams, read: dict[int, np.ndarray] | None = None
             ) -> tuple[np.ndarray, np.ndarray, int, np.ndarray | None]:
    """The `params.candidates` passages of highest BM25 (sorted by id), their scores, how many
    matched, and which of the (weight, term) pairs each holds when the stage learned it for all
    (`Candidates.holds`; else None); the postings read whole are kept in `read` (by term), when
    given.

    MaxScore, simplified: terms found in more than 1/`common_share` of the passages cannot lift
    a passage far (their idf is low), so candidates come from the rarer terms alone, and common
    terms are then added to those candidates only, by binary search in their postings. The
    result is exact: when the common terms' best possible sum could have lifted a passage the
    rare terms missed into the top `limit`, the full sum is taken instead.
    """
    limit = params.candidates
    weighted = weighted_terms(words, params)
    common_at = len(index) / params.common_share
    if not weighted:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32), 0, None
    counts = index.frequencies([t for _, t in weighted])  # once for every term
    rare = [pair for pair, n in zip(weighted, counts) if n <= common_at]
    common = [pair for pair, n in zip(weighted, counts) if n > common_at]
    # Each pair's bit in `Candidates.holds`, rare and common apart; None: not learned.
    masked = index.compiled and len(weighted) <= MASK_TERMS
    rare_bits = [i for i, n in enumerate(counts) if n <= common_at] if masked else None
    common_bits = [i for i, n in enumerate(counts) if n > common_at] if masked else None
    # Whether the rare terms' postings, and all the terms', are few beside the passages.
    rare_few = _few(sum(n for n in counts if n <= common_at), len(index))
    all_few = _few(sum(counts), len(index))
    scores = None
    read = {} if read is None else read
    known = None  # passages whose full scores will bound the cut, when the rare terms' pass found enough
    if rare and common:
        if rare_few:
            *hits, holds = _summed(index, rare, params, read, rare_bits)
        else:
            scores = _scatter(index, rare, params, read=read)
            hits = _matched(index, rare, scores, read, rare_few)
            hits, holds = (hits, scores[hits]), None
        found, rare_scores = hits
        if found.size >= limit:  # else the rare terms' passages cannot fill the top alone
            a = index.arrays
            common_best = sum(wt * float(a.term_max[t] + params.coordination * a.term_idf[t]) for wt, t in common)
            counted = min(int(found.size), params.prefilter)
            # A passage whose rare terms' score, with the most the common terms could add, stays
            # under the `limit`-th best score of the rare terms alone is not in the top: its
            # common terms need not be read.
            hopeful = rare_scores + common_best >= np.partition(rare_scores, -limit)[-limit]
            found, rare_scores = found[hopeful], rare_scores[hopeful]
            holds = None if holds is None else holds[hopeful]  # a copy: the common terms' bits are set in it
            dropped_best = 0.0
            if found.size > params.prefilter:
                keep = np.argpartition(rare_scores, -params.prefilter)[-params.prefilter:]
                dropped_best = float(np.max(np.delete(rare_scores, keep)))
                keep.sort()
                found, rare_scores = found[keep], rare_scores[keep]
                holds = None if holds is None else holds[keep]
            full = rare_scores + bm25_of(index, common, found, params, bits=common_bits, holds=holds)
            floor = float(np.partition(full, -limit)[-limit])
            if common_best < floor and dropped_best + common_best < floor:
                top = best(full, limit, index.compiled)
                return found[top], full[top], counted, None if holds is None else holds[top]
            known = found  # `limit` of them at least: the rare terms' best are all kept
        if scores is None:  # the rare terms' sums, on the whole corpus for the full pass
            scores = np.zeros(len(index), dtype=np.float32)
            scores[hits[0]] = hits[1]
    elif not common and rare_few:  # rare terms alone, few postings
        matched, scores, holds = _summed(index, rare, params, read, rare_bits)
        top = best(scores, limit, index.compiled)
        return matched[top], scores[top], int(matched.size), None if holds is None else holds[top]
    # Every term on every passage; the rare terms' scores, when read already, are kept.
    scores = bm25_all(index, common, params, scores, read) if scores is not None else bm25_all(index, weighted, params, None, read)
    if known is not None:
        top = _top_above(scores, known, limit, index.compiled)
        # As many as `_matched` would list; counted on a mask: four times faster than on floats.
        return top, scores[top], int(np.count_nonzero(scores != 0)), None
    if not all_few:
        total = int(np.count_nonzero(scores != 0))  # as many as `_matched` would list
        top = _top_sampled(scores, limit, index.compiled) if total > limit else None
        if top is not None:
            return top, scores[top], total, None
    matched = _matched(index, weighted, scores, read, all_few)
    total = int(matched.size)
    if matched.size > limit:
        # On the matched passages' scores, not all of them: np.argpartition can take a
        # hundred times longer on an array mostly of zeros.
        matched = matched[best(scores[matched], limit, index.compiled)]
    return matched, scores[matched], total, None


def _top_above(scores: np.ndarray, known: np.ndarray, limit: int, compiled: bool = False) -> np.ndarray:
    """The passages of the `limit` best `scores` (as `best` picks them among the matched ones,
    those of a score set, sorted), when `known` passages, at least `limit`, are already found
    (every term adds a positive share, so a passage is matched where its score is set): none
    under the `limit`-th best of their scores can be in the top, so only the passages at that
    score or above are listed, not every matched one (half the corpus, with a common word), and
    only their scores partitioned. Of equal scores at the cut, the first ones are still taken."""
    floor = np.partition(scores[known], -limit)[-limit]
    above = np.flatnonzero(scores >= floor)
    return above[best(scores[above], limit, compiled)]


def _top_sampled(scores: np.ndarray, limit: int, compiled: bool = False) -> np.ndarray | None:
    """The passages of the `limit` best `scores` (as `best` picks them among the matched ones,
    the scores set, sorted), when more than `limit` are set; None when the sample below finds no
    floor. The `limit`-th best of any `limit` scores or more is at most the `limit`-th best of
    all: read off an evenly spread sample (about sqrt(limit * passages) of them, which balances
    partitioning the sample against partitioning what stands above its floor), it lets only
    the passages at that score or above be listed and partitioned, a few thousand rather than
    every matched one (most of the corpus, when a question's words are all common)."""
    stride = max(1, int((scores.size / limit) ** 0.5))
    sample = scores[::stride]
    if sample.size < limit:
        return None
    floor = np.partition(sample, -limit)[-limit]
    if not floor > 0:  # a floor of 0 would list unmatched passages
        return None
    above = np.flatnonzero(scores >= floor)
    return above[best(scores[above], limit, compiled)]


def best(scores: np.ndarray, limit: int, compiled: bool = False) -> np.ndarray:
    """Where the `limit` highest of `scores` stand, in order of place; of equal scores at the
    cut, the first ones: the same passages whichever way they were found. `compiled`: in one
    C call (a selection and a pass), not six numpy calls."""
    if scores.size <= limit:
        return np.arange(scores.size)
    places = kernels.best(scores, limit) if compiled else None
    if places is not None:
        return places
    floor = np.partition(scores, -limit)[-limit]
    above = scores > floor
    tied = np.flatnonzero(scores == floor)[:limit - int(np.count_nonzero(above))]
    above[tied] = True
    return np.flatnonzero(above)


def with_phrases(index, query: Query, found: np.ndarray, scores: np.ndarray,
                 params: RankingParams, read: dict[int, np.ndarray] | None = None,
                 holds: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """The candidates, joined by the passages holding the longest runs of the question word
    for word (however common its words), with their BM25 scores, for each the share of the
    question its longest run quotes (0 under `phrases.PHRASE_MIN` words), and their `holds`
    (`Candidates.holds`, None if not known); `read`: the postings `top_bm25` read whole,
    searched as they are."""
    if index.compiled:
        return _with_phrases_compiled(index, query, found, scores, params, read, holds)
    quoting, lengths = phrases.runs(index, query.sequence, query.content, read)
    if not quoting.size:
        return found, scores, np.zeros(len(found), dtype=np.float32), holds
    best = np.sort(quoting[np.lexsort((quoting, -lengths))[:params.phrase_passages]])
    extra = best[~phrases.members(best, found)]
    found, scores, holds, _ = _joined(index, query, found, scores, params, read, holds, extra)
    at = np.minimum(np.searchsorted(quoting, found), len(quoting) - 1)
    return found, scores, np.where(quoting[at] == found, lengths[at] / len(query.sequence), 0.0), holds


def _with_phrases_compiled(index, query: Query, found: np.ndarray, scores: np.ndarray, params: RankingParams,
                           read: dict[int, np.ndarray] | None, holds: np.ndarray | None
                           ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """`with_phrases` with the compiled kernels: the runs' passages merged, the longest picked
    and the candidates' runs looked up in one call (`kernels.phrase_passages`), where numpy
    took a dozen; the same passages, scores and shares."""
    owners, lengths = phrases.anchor_runs(index, query.sequence, query.content, read)
    extra, length, extra_length, quoting = kernels.phrase_passages(owners, lengths, found, params.phrase_passages)
    if not quoting:
        return found, scores, np.zeros(len(found), dtype=np.float32), holds
    found, scores, holds, order = _joined(index, query, found, scores, params, read, holds, extra)
    if order is not None:
        length = np.concatenate([length, extra_length])[order]
    return found, scores, length / len(query.sequence), holds


def _joined(index, query: Query, found: np.ndarray, scores: np.ndarray, params: RankingParams,
            read: dict[int, np.ndarray] | None, holds: np.ndarray | None, extra: np.ndarray
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None]:
    """The candidates joined by the `extra` passages (none of them), sorted by id, with their
    BM25 scores and `holds` (the extra passages' read from the postings); and the order that
    sorted `found` then `extra` (None when there is no extra passage)."""
    if not extra.size:
        return found, scores, holds, None
    weighted = weighted_terms(query.words, params)
    more = None if holds is None else np.zeros(extra.size, dtype=np.uint64)
    added = bm25_of(index, weighted, extra, params, read, None if more is None else list(range(len(weighted))), more)
    found = np.concatenate([found, extra])
    order = np.argsort(found)
    return (found[order], np.concatenate([scores, added])[order],
            None if holds is None else np.concatenate([holds, more])[order], order)
