"""From a question to ranked passages: analysis, candidates, ranking, abstention.

0. The question is rewritten as the analysis reads it (chat words, contractions, filler) and
   the kind of answer it asks for is read (`question.py`); the answer keeps the question asked.
1. The question goes through the analysis chain of its own language, its stop words being
   those of every language the corpus holds too; each word stands for its stem and for the term
   the corpus made of it written as it is, in whichever language, and identifiers count whole
   too. A word missing from the vocabulary is corrected against it (`fuzzy.py`); a corrected
   word weighs less than an exact one, a name (a capitalised word inside the question) or a
   quoted phrase weighs more.
2. BM25 over stems picks candidates: one vectorised addition per question word. Passages
   holding the longest runs of the question word for word join them, however common its words
   (`phrases.py`): BM25 cannot tell those from passages with the same words scattered.
3. Candidates are ranked by what a reader would check first: how much of the question they
   cover (each word weighted by its rarity), then BM25 and how much of the question they quote
   word for word, then whether the words stand close together and in the question's order.
4. The engine abstains when even the best passage covers too little of the question: a share
   between 0 and 1, which means the same on five documents and on five million, unlike BM25.
   Passages holding the kind of answer asked for near the subject rank a little higher; when
   none holds the number or date asked for, the share counts for less (`answer_kinds.py`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from . import abstention, analysis, answer_kinds, phrases, question as asking
from .answer import Answer
from .errors import QuestionError
from .excerpts import make_hits
from .fuzzy import TypoMatcher
from .limits import MAX_QUESTION_CHARS
from .languages import DEFAULT_LANGUAGES
from .stopwords import STOP_WORDS
from .text import translate

MAX_QUESTION_WORDS = 64  # longer questions are cut: their tail adds noise, not meaning
CANDIDATES = 200  # passages scored in full after the BM25 pass
COMMON_SHARE = 50  # a term in more than 1/50 of the passages is common (see `candidates`)
PREFILTER = 5000  # rare-term matches kept before adding common terms
COORDINATION = 1.0  # flat share of idf per matched term (see `_postings`)
RERANKED = 24  # of those, passages whose word positions are read for proximity

NAME_WEIGHT = 1.5
QUOTED_WEIGHT = 1.5
TYPO_WEIGHT = 0.6  # per typo
TYPO_FIXES = 8  # equally close corrections kept for a misspelt word: word order picks among them
UNKNOWN_SHARE = 0.5  # a word of a language the corpus lacks, found nowhere, counts half against coverage
ABSTAIN_BELOW = 0.25  # coverage of the best passage under which the engine says it has no answer
RESULT_BELOW = 0.6  # a later result must cover at least this share of what the best one covers
KIND_WEIGHT = 0.15  # what holding the kind of answer asked for near the subject adds to a rank
KIND_MISSING = 0.4  # confidence kept when no passage holds the short answer asked for
FAMILY_WEIGHT = 0.6  # a word of the family counts as the word with one typo (TYPO_WEIGHT)

_QUOTED = re.compile(r"[\"«“]([^\"«»“”]+)[\"»”]")


@dataclass
class QueryWord:
    surface: str
    key: str
    terms: tuple[int, ...]  # term ids this word matches: its own, or its corrections
    typos: int
    weight: float  # what a match of it is worth in BM25
    rarity: float  # its idf, for the coverage share
    phrase: int  # the quoted phrase it belongs to, or -1
    family: int = 0  # how many of `terms`, at their end, are its word family (`families.py`)
    name: bool = False  # written as a name: capitalised inside the question, or an acronym

    def term_weights(self, family_weight: float) -> list[tuple[float, int]]:
        """(share of the word's worth, term) of each of its terms: a family member less."""
        own = len(self.terms) - self.family
        return [(1.0 if i < own else family_weight, t) for i, t in enumerate(self.terms)]


def check_question(question: str) -> str:
    if not isinstance(question, str) or not question.strip():
        raise QuestionError("question_empty")
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionError("question_too_long", length=len(question), limit=MAX_QUESTION_CHARS)
    return question.strip()


@lru_cache(maxsize=256)
def _question_tokens(question: str) -> tuple[analysis.Token, ...]:
    """The question's tokens: read by several steps of one search, analysed once."""
    return tuple(analysis.tokenize_original(question)[:MAX_QUESTION_WORDS])


@lru_cache(maxsize=1)
def _stop_words() -> TypoMatcher:
    return TypoMatcher(sorted(STOP_WORDS))


@lru_cache(maxsize=1024)
def misspelt_stop_word(key: str) -> tuple[str, int] | None:
    """The stop word a word missing from the vocabulary may be a misspelling of, and with how
    many typos: ("aussi", 1) for "ausi"."""
    fixes = _stop_words().corrections(key, limit=1)
    return fixes[0] if fixes else None


def question_languages(index, question: str) -> tuple[str, ...]:
    """The question's own language, then the others the corpus holds: the languages whose stop
    words it is read with."""
    return _question_languages(question, index.languages or DEFAULT_LANGUAGES)


@lru_cache(maxsize=256)
def _question_languages(question: str, corpus: tuple[str, ...]) -> tuple[str, ...]:
    own = analysis.guess_language(question, tuple(dict.fromkeys(corpus + DEFAULT_LANGUAGES)), default=corpus[0])
    return tuple(dict.fromkeys((own,) + corpus))


def _term(token: analysis.Token, langs: tuple[str, ...]) -> str:
    return analysis.question_word(token.surface, langs)[1]


def parse_question(index, question: str) -> list[QueryWord]:
    plain = translate(question)
    quoted = [m.span(1) for m in _QUOTED.finditer(plain)]
    langs = question_languages(index, question)
    foreign = langs[0] not in index.languages  # asked in a language the documents are not in
    words: dict[int | str, QueryWord] = {}
    for position, token in enumerate(_question_tokens(question)):
        term = _term(token, langs)
        if not term:
            continue
        phrase = next((i for i, (s, e) in enumerate(quoted) if s <= token.start < e), -1)
        # The word's stem in the question's language, and the term the corpus made of the word
        # written as it is, in whichever language (a name, an identifier, "permission"). Not
        # its stem under another language's chain: the French stem of "sell" is "sel" (salt),
        # of "None" is "non".
        own = index.term_id.get(term)
        known = tuple(t for t in dict.fromkeys((own, index.surface.get(token.key))) if t is not None)
        typos = 0
        if known:
            terms = known
        else:
            # Questions in another language meet cognates ("technology", "technologie"): one
            # more typo.
            matcher = index.typo_matcher()
            fixes = matcher.corrections(token.key, limit=TYPO_FIXES, extra=1 if foreign else 0)
            stop = misspelt_stop_word(token.key)
            if stop and (not fixes or stop[1] < fixes[0][1]):  # "ausi": "aussi", not a subject
                continue
            # Of equally close words, the more common ones first, as spelling correctors do.
            terms = tuple(sorted(dict.fromkeys(index.surface[word] for word, _ in fixes),
                                 key=lambda t: index.arrays.term_ptr[t] - index.arrays.term_ptr[t + 1]))
            typos = fixes[0][1] if fixes else 0
            if not fixes or typos > 1:  # a word family is surer than two typos
                family = tuple(index.term_id[stem] for stem in matcher.family(term))
                if family:
                    terms, typos = family, 1
        # Its derivational family in the documents ("majeur": "majorité"), worth less.
        related = tuple(t for t in index.families().of(term) if t not in terms)
        terms += related
        key = terms[0] if terms else token.key
        if key in words:  # the same term twice: once is enough
            continue
        weight = TYPO_WEIGHT ** typos
        # Names, acronyms and numbers (a year, an amount) pin down what is asked.
        written_as_name = token.surface[:1].isupper() and (position > 0 or token.surface.isupper())
        if (written_as_name and len(token.surface) > 1) or any(c.isdigit() for c in token.surface):
            weight *= NAME_WEIGHT
        if phrase >= 0:
            weight *= QUOTED_WEIGHT
        if terms:
            # By the word's own terms: a rare family member does not make the word rarer.
            rarity = float(max(index.arrays.term_idf[t] * index.arrays.term_generality[t]
                               for t in (terms[:len(terms) - len(related)] or terms)))
        else:  # found nowhere: against coverage, fully, or half for an untranslated word
            rarity = index.max_idf * (UNKNOWN_SHARE if foreign else 1.0)
        words[key] = QueryWord(token.surface, token.key, terms, typos, weight, rarity, phrase, len(related),
                               written_as_name and len(token.surface) > 1)
    # Identifiers the corpus holds count whole as well: "setup_hook" beside "setup" and "hook".
    for whole in dict.fromkeys(analysis.identifiers(plain)):
        tid = index.term_id.get(whole)
        if tid is not None and tid not in words:
            rarity = float(index.arrays.term_idf[tid] * index.arrays.term_generality[tid])
            words[tid] = QueryWord(whole, whole, (tid,), 0, NAME_WEIGHT, rarity, -1)
    return list(words.values())


def question_sequence(question: str, words: list[QueryWord],
                      langs: tuple[str, ...]) -> tuple[list[frozenset[int]], list[bool]]:
    """The question's words in order, each as the ids it may match in a passage's word
    sequence, and which of them are content words (`langs`: as `question_languages`)."""
    by_key = {w.key: w for w in words}
    sequence, content = [], []
    for token in _question_tokens(question):
        if token.key in analysis.ELIDED:  # as in passages' sequences
            continue
        is_content = bool(_term(token, langs))
        word = by_key.get(token.key) if is_content else None
        # A misspelt word may have been a stop word as well as the words it was corrected to.
        stop = misspelt_stop_word(token.key) if is_content and (word is None or word.typos) else None
        ids = set(word.terms[:len(word.terms) - word.family]) if word else set()
        if not is_content or stop:
            ids.add(analysis.stop_id(stop[0] if stop else token.key))
        sequence.append(frozenset(ids - {-1}))
        content.append(word is not None)
    return sequence, content


def _postings(index, term: int) -> tuple[np.ndarray, np.ndarray]:
    """A term's passages and what it adds to their score: its BM25 contribution plus a flat
    share of its idf, so that matching one more of the question's words counts for more than
    matching the same word again (candidates must be chosen for their coverage, not their tf)."""
    start, end = index.arrays.term_ptr[term], index.arrays.term_ptr[term + 1]
    return index.arrays.post_pass[start:end], index.arrays.post_impact[start:end] + COORDINATION * index.arrays.term_idf[term]


def _weighted(words: list[QueryWord]) -> list[tuple[float, int]]:
    """(weight, term) of every term the question's words match."""
    return [(w.weight * share, t) for w in words for share, t in w.term_weights(FAMILY_WEIGHT)]


def _scatter(index, weighted: list[tuple[float, int]]) -> np.ndarray:
    """What the (weight, term) pairs add to the BM25 of every passage: one vectorised addition
    per term."""
    scores = np.zeros(len(index), dtype=np.float32)
    for weight, term in weighted:
        passages, impacts = _postings(index, term)
        scores[passages] += weight * impacts
    return scores


def bm25_all(index, words: list[QueryWord]) -> np.ndarray:
    """BM25 of every passage, all the question's terms added on all their postings."""
    return _scatter(index, _weighted(words))


def bm25_of(index, weighted: list[tuple[float, int]], passages: np.ndarray) -> np.ndarray:
    """What the (weight, term) pairs add to the BM25 of each of `passages` (sorted ids), by
    binary search in the terms' postings: for a few passages, not the whole corpus."""
    scores = np.zeros(len(passages), dtype=np.float32)
    for weight, term in weighted:
        posted, impacts = _postings(index, term)
        if len(posted):
            at = np.minimum(np.searchsorted(posted, passages), len(posted) - 1)
            scores += np.where(posted[at] == passages, weight * impacts[at], 0.0).astype(np.float32)
    return scores


def candidates(index, words: list[QueryWord], limit: int | None = None) -> tuple[np.ndarray, np.ndarray, int]:
    """The `limit` passages of highest BM25 (sorted by id), their scores, and how many matched.

    MaxScore, simplified: terms found in more than 1/COMMON_SHARE of the passages cannot lift
    a passage far (their idf is low), so candidates come from the rarer terms alone, and common
    terms are then added to those candidates only, by binary search in their postings. The
    result is exact: when the common terms' best possible sum could have lifted a passage the
    rare terms missed into the top `limit`, the full sum is taken instead.
    """
    limit = limit or CANDIDATES
    weighted = _weighted(words)
    common_at = len(index) / COMMON_SHARE
    rare = [(wt, t) for wt, t in weighted if index.arrays.term_ptr[t + 1] - index.arrays.term_ptr[t] <= common_at]
    common = [(wt, t) for wt, t in weighted if index.arrays.term_ptr[t + 1] - index.arrays.term_ptr[t] > common_at]
    if rare and common:
        scores = _scatter(index, rare)
        found = np.flatnonzero(scores != 0)  # on a mask: many times faster than on floats
        dropped_best = 0.0
        if found.size > PREFILTER:
            keep = np.argpartition(scores[found], -PREFILTER)[-PREFILTER:]
            dropped_best = float(np.max(np.delete(scores[found], keep)))
            found = np.sort(found[keep])
        full = scores[found] + bm25_of(index, common, found)
        common_best = sum(wt * float(index.arrays.term_max[t] + COORDINATION * index.arrays.term_idf[t]) for wt, t in common)
        if found.size >= limit:
            floor = float(np.partition(full, -limit)[-limit])
            if common_best < floor and dropped_best + common_best < floor:
                top = np.argpartition(full, -limit)[-limit:]
                order = np.sort(top)
                return found[order], full[order], int(found.size)
    scores = bm25_all(index, words)
    matched = np.flatnonzero(scores != 0)
    total = int(matched.size)
    if matched.size > limit:
        matched = np.sort(matched[np.argpartition(scores[matched], -limit)[-limit:]])
    return matched, scores[matched], total


def coverage(index, words: list[QueryWord], candidates: np.ndarray) -> np.ndarray:
    """For each candidate: the rarity-weighted share of the question's words it contains."""
    present = np.zeros((len(candidates), len(words)), dtype=np.float32)
    for j, word in enumerate(words):
        for share, term in word.term_weights(FAMILY_WEIGHT):
            postings = index.arrays.post_pass[index.arrays.term_ptr[term]:index.arrays.term_ptr[term + 1]]
            present[:, j] = np.maximum(present[:, j], share * phrases.members(candidates, postings))
    rarity = np.array([w.rarity * (TYPO_WEIGHT ** w.typos) for w in words], dtype=np.float32)
    total = sum(w.rarity for w in words) or 1.0
    return present @ rarity / total


EARLY_TOKENS = 4  # a passage that opens with the question's words is about them
QUOTE_WEIGHT = 1.0  # what a run of the whole question word for word adds to a rank ...
QUOTE_POWER = 2  # ... and a shorter run, by the square of its share: "de la vidéo" says little
PHRASE_PASSAGES = 64  # passages with the longest runs, added to the BM25 candidates
NEAR_WEIGHT = 0.3  # what closeness adds to a rank, at most NEAR_WEIGHT * NEAR_MOST:
NEAR_MOST = 1.5  # words in order side by side (1), opening the passage (0.5)


HEADING_RANK = 0.5  # what a heading that holds the whole question adds to a rank


def heading_share(index, words: list[QueryWord], candidates: np.ndarray) -> np.ndarray:
    """For each candidate: the rarity-weighted share of the question its own heading (the
    innermost one) holds. A question that restates a heading ("How do I send a DM?") asks
    what the text under that heading answers."""
    owner = {term: j for j, w in enumerate(words) for term in w.terms}
    asked = owner.keys()
    total = sum(w.rarity for w in words) or 1.0
    heading_terms = index.heading_terms
    shares = [0.0] * len(candidates)
    for i, para in enumerate(index.arrays.pass_para[candidates].tolist()):
        heading = heading_terms(para)
        if not heading.isdisjoint(asked):  # most often it is: one C-level test
            shares[i] = sum(words[j].rarity for j in {owner[t] for t in heading & asked}) / total
    return np.array(shares, dtype=np.float32)


def closeness(index, words: list[QueryWord], passages: list[int]) -> list[float]:
    """For each passage: how close together and in the question's order the matched words
    stand, and how much of the question it opens with. The matched positions of all passages
    are found in one vectorised pass."""
    owner = {term: j for j, w in enumerate(words) for term in w.terms}
    if not owner or not passages:
        return [0.0] * len(passages)
    slices = [index.passage_terms(p) for p in passages]
    bounds = np.cumsum([0] + [len(s) for s in slices])
    joined = np.concatenate(slices)
    matched = np.flatnonzero(phrases.members(joined, np.array(sorted(owner), dtype=np.int64)))
    cuts = np.searchsorted(matched, bounds)
    total = sum(w.rarity for w in words) or 1.0
    scores = []
    for c in range(len(slices)):
        positions = (matched[cuts[c]:cuts[c + 1]] - bounds[c]).tolist()
        found = joined[matched[cuts[c]:cuts[c + 1]]].tolist()
        where: dict[int, list[int]] = {}
        for position, term in zip(positions, found):
            where.setdefault(owner[term], []).append(position)
        early = sum(words[j].rarity for j, at in where.items() if at[0] < EARLY_TOKENS) / total
        bonus = 0.0
        for j in range(len(words) - 1):
            a, b = where.get(j), where.get(j + 1)
            if a and b:
                gap = min((q - p for p in a for q in b if q > p), default=None)
                if gap is not None and gap <= 6:  # in order, within a few words
                    bonus += 1.0 / gap
        scores.append((bonus / (len(words) - 1) if len(words) > 1 else 0.0) + 0.5 * early)
    return scores


def with_phrases(index, words: list[QueryWord], found: np.ndarray, scores: np.ndarray,
                 question: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The candidates, joined by the passages holding the longest runs of the question word
    for word (however common its words), with their BM25 scores and, for each, the share of
    the question its longest run quotes (0 under `phrases.PHRASE_MIN` words)."""
    sequence, content = question_sequence(question, words, question_languages(index, question))
    quoting, lengths = phrases.runs(index, sequence, content)
    if not quoting.size:
        return found, scores, np.zeros(len(found), dtype=np.float32)
    best = np.sort(quoting[np.lexsort((quoting, -lengths))[:PHRASE_PASSAGES]])
    extra = best[~phrases.members(best, found)]
    if extra.size:
        found = np.concatenate([found, extra])
        scores = np.concatenate([scores, bm25_of(index, _weighted(words), extra)])
        order = np.argsort(found)
        found, scores = found[order], scores[order]
    at = np.minimum(np.searchsorted(quoting, found), len(quoting) - 1)
    return found, scores, np.where(quoting[at] == found, lengths[at] / len(sequence), 0.0)


def understand(index, question: str) -> asking.Understood:
    """The question rewritten into the words the analysis reads (`question.py`), with the
    documents' vocabulary deciding where a left-out apostrophe goes."""
    langs = question_languages(index, question)

    def known(word: str) -> str | None:
        key, term = analysis.question_word(word, langs)
        return "stop" if not term else ("word" if term in index.term_id or key in index.surface else None)
    return asking.understand(question, known, french=langs[0] == "fr")


def search(index, question: str, k: int = 3, offset: int = 0) -> Answer:
    asked = check_question(question)
    understood = understand(index, asked)
    question = understood.text
    words = parse_question(index, question)
    if not words or k <= 0:
        return Answer(asked, [], abstained=True)
    found, scores, total = candidates(index, words)
    found, scores, quoted = with_phrases(index, words, found, scores, question)
    if not found.size:
        return Answer(asked, [], abstained=True)
    share = coverage(index, words, found)
    base = scores / scores.max()
    rank = share + 0.5 * base + QUOTE_WEIGHT * quoted ** QUOTE_POWER
    order = np.argsort(-rank, kind="stable")[:RERANKED]
    # Headings are read for these leading candidates only, and only when some heading holds a
    # question word: a bonus of at most HEADING_RANK reorders them.
    if any(index.arrays.term_in_heading[t] for w in words for t in w.terms):
        rank[order] += HEADING_RANK * heading_share(index, words, found[order]) ** 2
        order = order[np.argsort(-rank[order], kind="stable")]
    best_share = float(share[order[0]])
    keep = [i for i in order if share[i] >= RESULT_BELOW * best_share]
    # Proximity and the kind of answer add at most NEAR_WEIGHT * NEAR_MOST (+ KIND_WEIGHT) to a
    # rank: a passage further behind the last one this page may need cannot reach the page, so
    # its words need not be read.
    needed = offset + 2 * k + 2  # room for passages whose sentences were already quoted
    close_to = keep
    if len(keep) > needed:
        cut = rank[keep[needed - 1]] - NEAR_WEIGHT * NEAR_MOST - (KIND_WEIGHT if understood.kind else 0.0)
        close_to = [i for i in keep if rank[i] >= cut]
    # The kind of answer asked for, near the subject (`answer_kinds.py`): a bonus for the
    # passages that hold one, and, when none does for a question whose answer is a number, a
    # date or a duration, less confidence: the documents know the subject, not what is asked of
    # it (a person's age, a price). Not for names: law and manuals answer "who" with a role
    # ("le propriétaire", "the bot owner") that no pattern of names sees.
    holds = dict.fromkeys((int(found[i]) for i in keep), False)
    if understood.kind:
        reachable = [int(found[i]) for i in close_to]
        holds.update(zip(reachable, answer_kinds.holding(index, words, understood.kind, reachable)))
        if understood.kind in answer_kinds.MEASURED and not any(holds.values()):
            best_share *= KIND_MISSING
    # One word in common, or a name the documents never mention: not an answer (`abstention.py`).
    best_share *= abstention.discount(index, words, int(found[order[0]]),
                                      question_languages(index, question)[0] in index.languages)
    if best_share < ABSTAIN_BELOW:
        return Answer(asked, [], abstained=True, confidence=best_share, total=total)
    final = {int(found[i]): float(rank[i]) + KIND_WEIGHT * holds[int(found[i])] for i in keep}
    near = closeness(index, words, [int(found[i]) for i in close_to])
    for i, bonus in zip(close_to, near):
        final[int(found[i])] += NEAR_WEIGHT * bonus
    ranked = sorted(final, key=lambda p: -final[p])
    hits = [answer_kinds.with_short_answer(hit, understood.kind)
            for hit in make_hits(index, ranked, words, final, k, offset)]
    return Answer(asked, hits, abstained=False, confidence=best_share,
                  total=len(ranked), offset=offset)
