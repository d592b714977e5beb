"""The third stage: candidates ranked by what a reader would check first, and how sure the
engine is of the best one.

The rules, in order (each reads the features `scoring.py` measures):
1. how much of the question a passage covers (each word weighted by its rarity), then its BM25
   and how much of the question it quotes word for word; for the leading candidates, a little
   for what the passages beside them under the same heading cover with them (an article, a
   section read as a whole);
2. for the leading candidates, whether their heading restates the question (the passage
   opening that section the more so), is made of the question's words alone, or is quoted
   whole by the question (none of which lifts a passage over one quoting the whole question);
3. a passage covering far less than the best one is no answer: it is dropped;
4. the confidence: what the best passage covers, less when no passage holds the number or date
   asked for (`answer_kinds.py`) or for the signs of `abstention.py`; under
   `abstain_below`, the engine abstains, unless the passage rule 5 puts first is surer;
5. holding the kind of answer asked for near the subject (a bare word asks for its
   definition), and the matched words standing close together and in the question's order,
   add a little; opening with "Ou", "Mais", "And" (the end of a sentence begun in the block
   before) takes a little.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np

from . import abstention, answer_kinds
from .candidates import Candidates
from .params import RankingParams
from .query import Query
from .question import AnswerKind
from .scoring import (closeness, continuing, heading_quoted, heading_share, held_shares, section_coverage,
                      section_place, weighted_share)


class Features(NamedTuple):
    """What the ranking measured of each candidate, aligned with `Candidates.passages`. The
    later measures are read for the passages they can still reorder only (zero elsewhere)."""

    shares: np.ndarray  # by passage and question word: how much of the word it holds (`scoring.held_shares`)
    coverage: np.ndarray  # the rarity-weighted share of the question it holds
    bm25: np.ndarray  # over the best candidate's
    section: np.ndarray  # the share of the question it covers with its neighbours in its section
    quoted: np.ndarray  # as `Candidates.quoted`
    heading: np.ndarray  # the share of the question the passage's heading holds
    kind: np.ndarray  # holds the kind of answer asked for near the subject
    closeness: np.ndarray  # see `scoring.closeness`
    held: np.ndarray  # how many of the question's words the passage holds

    @classmethod
    def of(cls, index, query: Query, found: Candidates, params: RankingParams) -> "Features":
        n = found.passages.size
        shares, held = held_shares(index, query.words, found.passages, params, found.read, found.holds)
        return cls(shares, weighted_share(query.words, shares, params, index.compiled), found.bm25 / found.bm25.max(),
                   np.zeros(n, dtype=np.float32), found.quoted, np.zeros(n, dtype=np.float32),
                   np.zeros(n, dtype=bool), np.zeros(n), held)


class Ranked(NamedTuple):
    """The candidates worth showing, best first, or an abstention."""

    passages: list[int]  # empty when the engine abstains
    scores: dict[int, float]  # each passage's final rank
    confidence: float  # 0..1: the share of the question the best passage covers, discounted
    features: Features
    signs: dict[str, float]  # the signs of `abstention.py` found, with the share each left

    @property
    def abstained(self) -> bool:
        return not self.passages


def rank(index, query: Query, found: Candidates, params: RankingParams, needed: int) -> Ranked:
    """`found` ranked; `needed` is how far down the page to show may reach (closeness and the
    kind of answer are read no further)."""
    query = query._replace(kind=kind_asked(query))
    features = Features.of(index, query, found, params)
    score, order = by_coverage(features, params)
    order = by_section(index, query, found, features, score, order, params, needed)
    order = by_heading(index, query, found, features, score, order, params)
    shares = features.coverage[order]
    keep = order[shares >= params.result_below * float(shares[0])].tolist()
    reachable = within_reach(query, score, keep, needed, params)
    sure, signs = confidence(index, query, found, features, order[0], keep, reachable, params)
    passages = found.passages.tolist()  # read out once: indexing numpy scalars one by one costs more
    features.closeness[reachable] = closeness(index, query.words, [passages[i] for i in reachable], params)
    if query.kind and query.kind not in answer_kinds.MEASURED:  # else read by `confidence` already
        asked = within_kind_reach(query, score, features.closeness, keep, reachable, needed, params)
        features.kind[asked] = answer_kinds.holding(index, query.words, query.kind, [passages[i] for i in asked])
    scores, kinds, near = score.tolist(), features.kind.tolist(), features.closeness.tolist()
    bonus = kind_bonus(query, params)
    final = {passages[i]: scores[i] + bonus * kinds[i] for i in keep}
    for i, goes_on in zip(reachable, continuing(index, [passages[i] for i in reachable])):
        final[passages[i]] -= params.continuing_cost * goes_on
        final[passages[i]] += params.near_weight * near[i]
    ranked = sorted(final, key=lambda p: -final[p])
    if sure < params.abstain_below:
        # The passage covering the most may hold the question's rarest word and nothing else
        # (one word of it: a mention); the one rule 5 puts first for holding the kind of
        # answer asked for may hold more of it ("When will the public use Sora?": "le
        # lancement public est prévu dans le courant de l'année"). Its own confidence is read
        # before the engine abstains. (Not one put first for its words' closeness alone: "la
        # météo à Hollywood cette semaine" meets "Hollywood signent cette semaine".)
        first = next(i for i in keep if passages[i] == ranked[0])
        if first != int(order[0]) and features.kind[first]:
            sure, signs = max((sure, signs), confidence(index, query, found, features, first, keep, reachable, params),
                              key=lambda read: read[0])
        if sure < params.abstain_below:
            return Ranked([], {}, sure, features, signs)
    return Ranked(ranked, final, sure, features, signs)


def kind_bonus(query: Query, params: RankingParams) -> float:
    """What holding the kind of answer asked for adds to a rank: more for a number, a date or a
    duration (`answer_kinds.MEASURED`), whose patterns say the answer is there, than for the
    looser signs of the other kinds (a name, "you can", code)."""
    if not query.kind:
        return 0.0
    return params.measured_kind_weight if query.kind in answer_kinds.MEASURED else params.kind_weight


def kind_asked(query: Query) -> AnswerKind | None:
    """The kind of answer the question asks for. A bare word ("usufruit", "bornage") asks what
    it is: of the many passages that name it, the one that defines it answers."""
    if query.kind is None and len(query.words) == 1:
        return "definition"
    return query.kind


def by_coverage(features: Features, params: RankingParams) -> tuple[np.ndarray, np.ndarray]:
    """Rule 1: each candidate's rank by coverage, BM25 and quoted runs, and the order of the
    `reranked` leading ones, or more when more cover as much as the best: among passages that
    all hold the question (a bare word's, often dozens), BM25 prefers the shortest, and the
    later rules must see the others to pick the one that answers."""
    score = features.coverage + params.bm25_weight * features.bm25 + params.quote_weight * features.quoted ** params.quote_power
    tied = int(np.count_nonzero(features.coverage >= features.coverage.max() - 1e-6))
    return score, np.argsort(-score, kind="stable")[:min(max(params.reranked, tied), params.reranked_most)]


def by_section(index, query: Query, found: Candidates, features: Features, score: np.ndarray,
               order: np.ndarray, params: RankingParams, needed: int) -> np.ndarray:
    """Rule 1b: the leading candidates reordered by what the passages beside them in their
    section add to their coverage (`section_weight` times that share): a short article of law
    or a section of a manual says in one paragraph what the question asks of another. `needed`:
    how far down the page to show may reach."""
    if params.section_weight <= 0 or len(query.words) < 2:
        return order
    # Only a passage that lacks some of the question can gain, and only one that could then
    # reach the page asked for matters (for a question in the documents' own words, few or none).
    gain = params.section_weight * (1.0 - features.coverage[order])
    cut = score[order[min(needed, len(order)) - 1]]
    lacking = order[(gain > 1e-6) & (score[order] + gain >= cut)]
    if not lacking.size:
        return order
    together = section_coverage(index, found.passages[lacking], found.passages, features.shares, params.section_reach)
    features.section[lacking] = weighted_share(query.words, together, params, index.compiled)
    lift = params.section_weight * np.maximum(features.section[lacking] - features.coverage[lacking], 0.0)
    if not lift.any():  # no score moved (four questions in five): `order` is sorted already (rule 1)
        return order
    score[lacking] += lift
    return order[np.argsort(-score[order], kind="stable")]


def by_heading(index, query: Query, found: Candidates, features: Features, score: np.ndarray,
               order: np.ndarray, params: RankingParams) -> np.ndarray:
    """Rule 2: the leading candidates reordered by the share of the question their heading
    holds (at most `heading_rank` more, half as much again for the passage opening the section),
    that share again times `heading_focus` when the heading is made only of the question's
    words, and by whether the question quotes their heading whole
    (`heading_quoted` more); headings are read only when some heading holds a question word.
    When a leading candidate quotes the whole question, only such passages gain from headings."""
    terms = [t for w in query.words for t in w.terms]
    if not terms or not index.arrays.term_in_heading[terms].any():  # one read, not one a term
        return order
    shares, focused = heading_share(index, query.words, found.passages[order])  # aligned with `order`
    features.heading[order] = shares
    under = order[features.heading[order] > 0]  # the passages whose heading holds a question word
    # A passage quoting the whole question word for word (a line pasted from it) is the one
    # asked for: a heading that holds a word or two of the question lifts no other over it.
    whole = found.quoted >= 1.0 - 1e-6
    if whole[order].any():
        under = under[whole[under]]
    # Each step below is skipped where it would add nothing (adding 0.0 changes no score): a
    # numpy call costs a few microseconds whatever its length.
    if under.size:
        place = section_place(index, found.passages[under], params.lead_reach)
        lead = 1.0 + params.section_lead * np.where(place < params.lead_reach, params.section_decay ** place, 0.0)
        score[under] += params.heading_rank * features.heading[under] ** 2 * lead
    # Of two headings that hold as much of the question, the one made of nothing else is about
    # exactly what is asked: "Cogs", not "Cog Registration".
    quotable = order[focused > 0]
    if quotable.size:
        score[order] += params.heading_focus * shares * focused
        # A heading the question quotes whole is made of its words: only a focused one can be.
        score[quotable] += params.heading_quoted * heading_quoted(index, query.sequence, found.passages[quotable],
                                                                  params.heading_quoted_words)
    if not under.size and not quotable.size:  # no score moved: `order` is sorted already (rules 1, 1b)
        return order
    return order[np.argsort(-score[order], kind="stable")]


def within_reach(query: Query, score: np.ndarray, keep: list[int], needed: int,
                 params: RankingParams) -> list[int]:
    """The kept candidates that closeness and the kind of answer could still bring onto the
    page: they add at most near_weight * near_most (+ kind_weight), so a passage further behind
    the last one the page may need cannot reach it, and its words need not be read."""
    if len(keep) <= needed:
        return keep
    cut = score[keep[needed - 1]] - params.near_weight * params.near_most - kind_bonus(query, params)
    return [i for i in keep if score[i] >= cut]


def within_kind_reach(query: Query, score: np.ndarray, near: np.ndarray, keep: list[int], reachable: list[int],
                      needed: int, params: RankingParams) -> list[int]:
    """The reachable candidates that holding the kind of answer asked for could still bring
    onto the page, once closeness is known: kind_weight more, a passage whose rank with its
    closeness stays under the `needed`-th best of those ranks cannot reach the page, and its
    text need not be read (a bare word's question has up to `reranked_most` within reach)."""
    if len(keep) <= needed:
        return reachable
    ranks = [float(score[i]) + params.near_weight * float(near[i]) for i in keep]
    floor = sorted(ranks, reverse=True)[needed - 1] - 1e-9  # less a margin for the sums' rounding
    return [i for i in reachable
            if float(score[i]) + params.near_weight * float(near[i]) + kind_bonus(query, params) >= floor]


def confidence(index, query: Query, found: Candidates, features: Features, best: int, keep: list[int],
               reachable: list[int], params: RankingParams) -> tuple[float, dict[str, float]]:
    """Rule 4: the share of the question the best candidate covers, discounted for each sign
    that it is not answered (returned with the share each left).

    When the question asks for a number, a date or a duration (a year, when it asks "in what
    year") and no passage within reach holds one near the subject, the documents know the subject, not what is asked of it (a person's
    age, a price); a count must stand beside the noun it counts when the question names one
    ("combien de films"), and a figure asked per year a passage saying one per year; a question
    asking which is best, a word of worth near the subject ("meilleur", "better"). Not for
    names: law and manuals answer "who" with a role ("le propriétaire",
    "the bot owner") that no pattern of names sees. For those kinds, whether each passage
    within reach holds one is recorded in `features.kind` for rule 5 (`rank` reads the other
    kinds, after closeness)."""
    # A short French word held only as another word stemmed alike is not held (`abstention.py`).
    # Nor a number it holds only in its heading, an article's number ("Article 2019"), nor a
    # time the question sets from now ("cette semaine") that it says otherwise ("2 semaines").
    row = features.shares[best]
    passage = int(found.passages[best])
    shares = abstention.written_apart(index, query.words, passage, row, params)
    shares = abstention.numbered_apart(index, query.words, passage, shares, query.text)
    shares = abstention.dated_from_now(index, query.words, passage, shares, query.text)
    if shares is not row:
        features.shares[best] = shares
        features.coverage[best] = weighted_share(query.words, shares[None, :], params, index.compiled)[0]
        features.held[best] = int(np.count_nonzero(shares))
    # No subject, one word in common, a name the documents never mention (`abstention.py`).
    signs = abstention.signs(index, query.words, int(features.held[best]), params,
                             (features.shares[best] > 0).tolist(), query.kind, query.languages[0])
    kind = answer_kinds.narrowed(query.kind, query.asked)
    if kind in answer_kinds.MEASURED:  # the other kinds only reorder (`rank`)
        passages = [int(found.passages[i]) for i in reachable]
        features.kind[reachable] = answer_kinds.holding(index, query.words, kind, passages)
        if not features.kind[keep].any():
            signs["missing kind"] = params.kind_missing
        elif kind == "quantity" and (noun := answer_kinds.counted(query.text, query.words)):
            # A number near the subject but not beside what is counted is another figure.
            held = answer_kinds.holding(index, noun, answer_kinds.count_kind(noun[0].surface),
                                        [int(found.passages[i]) for i in keep], params.counted_reach)
            if not any(held):
                signs["missing kind"] = params.kind_missing
        if "missing kind" not in signs and kind in ("quantity", "money") and (
                period := answer_kinds.per_period(query.text)):
            # A figure per year is a statistic: only a passage saying one per year holds it.
            if not any(answer_kinds.said_per(period, index.passage_text(int(found.passages[i]))) for i in keep):
                signs["missing kind"] = params.kind_missing
    if "missing kind" not in signs and answer_kinds.asks_judgement(query.text) and not any(
            answer_kinds.judging(index, query.words, [int(found.passages[i]) for i in keep])):
        signs["missing kind"] = params.kind_missing
    share = float(features.coverage[best])
    for left in signs.values():
        share *= left
    return share, signs
