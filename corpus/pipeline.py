"""A question's way through the engine, stage by stage, each with its own typed result:

    question --read_query--> Query --gather--> Candidates --rank--> Ranked --page--> Answer

`query.py` understands the question, `candidates.py` picks the passages worth ranking,
`ranking.py` orders them by the measures of `scoring.py` and decides whether to abstain, and
`excerpts.py` quotes the page asked for. Every tuning value comes from one `RankingParams`.
"""
from __future__ import annotations

from . import answer_kinds
from .answer import Answer
from .candidates import gather
from .excerpts import make_hits
from .params import DEFAULT_PARAMS, RankingParams
from .query import Query, read_query
from .ranking import Ranked, rank


def search(index, question: str, k: int = 3, offset: int = 0, params: RankingParams = DEFAULT_PARAMS) -> Answer:
    """The best `k` excerpts for `question` after skipping `offset`, or an abstention;
    QuestionError when the question is empty or too long."""
    query = read_query(index, question, params)
    if not query.words or k <= 0:
        return Answer(query.asked, [], abstained=True)
    found = gather(index, query, params)
    if not found.passages.size:
        return Answer(query.asked, [], abstained=True)
    # Room for passages whose sentences were already quoted on the page.
    ranked = rank(index, query, found, params, needed=offset + 2 * k + 2)
    if ranked.abstained:
        return Answer(query.asked, [], abstained=True, confidence=ranked.confidence, total=found.matched)
    return page(index, query, ranked, k, offset, params)


def page(index, query: Query, ranked: Ranked, k: int, offset: int, params: RankingParams = DEFAULT_PARAMS) -> Answer:
    """The `k` ranked passages from `offset` quoted as excerpts, the short answer asked for
    highlighted in each."""
    hits = [answer_kinds.with_short_answer(hit, query.kind)
            for hit in make_hits(index, ranked.passages, query.words, ranked.scores, k, offset, query.kind, params)]
    return Answer(query.asked, hits, abstained=False, confidence=ranked.confidence,
                  total=len(ranked.passages), offset=offset)
