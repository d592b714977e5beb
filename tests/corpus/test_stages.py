"""Each stage of the ranking called alone, on what the stage before it gives (`pipeline.py`)."""
import numpy as np

from corpus import Index
from corpus.candidates import gather
from corpus.params import DEFAULT_PARAMS, RankingParams
from corpus.query import read_query
from corpus.ranking import rank
from corpus.scoring import held_shares, weighted_share

QUESTION = "Qui dirige les opérations chez OpenAI ?"


def test_the_query_holds_the_question_asked_its_words_and_the_kind_of_answer(seeds_index):
    query = read_query(seeds_index, "  Qui dirige les opératoins chez OpenAI ?", DEFAULT_PARAMS)
    assert query.asked == "Qui dirige les opératoins chez OpenAI ?"
    assert query.kind == "who"
    assert query.in_their_language
    words = {w.key: w for w in query.words}
    assert words["operatoins"].typos == 1 and words["operatoins"].terms  # corrected, worth less
    assert words["operatoins"].weight < words["dirige"].weight < words["openai"].weight  # a name, more


def test_candidates_hold_the_answer_and_ranking_puts_it_first_as_the_search_does(seeds_index):
    answer = seeds_index.search(QUESTION)
    query = read_query(seeds_index, QUESTION, DEFAULT_PARAMS)
    found = gather(seeds_index, query, DEFAULT_PARAMS)
    assert answer.results[0].passage in found.passages.tolist()
    ranked = rank(seeds_index, query, found, DEFAULT_PARAMS, needed=8)
    assert ranked.passages[0] == answer.results[0].passage
    assert ranked.confidence == answer.confidence
    assert "Lightcap" in seeds_index.passage_text(ranked.passages[0])


def test_coverage_is_the_share_of_the_question_a_passage_holds(seeds_index):
    query = read_query(seeds_index, QUESTION, DEFAULT_PARAMS)
    best = seeds_index.search(QUESTION).results[0].passage
    unrelated = seeds_index.search("Que craignent les créateurs face à l'intégration de Sora ?").results[0].passage
    held = held_shares(seeds_index, query.words, np.array([best, unrelated]), DEFAULT_PARAMS)[0]
    shares = weighted_share(query.words, held, DEFAULT_PARAMS).tolist()
    assert shares[0] > 0.9 and shares[1] < shares[0]


def test_a_stricter_threshold_passed_in_makes_the_engine_abstain(seeds_index: Index):
    assert not seeds_index.search(QUESTION).abstained
    assert seeds_index.search(QUESTION, params=RankingParams(abstain_below=1.01)).abstained


def test_a_word_asked_in_another_language_stands_for_its_translations_worth_less(seeds_index):
    query = read_query(seeds_index, "Which companies compete with OpenAI?", DEFAULT_PARAMS)
    assert not query.in_their_language
    words = {w.key: w for w in query.words}
    companies = words["companies"]
    assert companies.bridged and {seeds_index.terms[t] for t in companies.terms} >= {"entrepri"}
    assert {share for share, _ in companies.term_weights(DEFAULT_PARAMS)} == {DEFAULT_PARAMS.bridge_weight}
    assert not words["openai"].bridged  # a name is the same in any language


def test_the_documents_own_language_is_never_translated(seeds_index):
    query = read_query(seeds_index, "Quelles entreprises concurrencent OpenAI ?", DEFAULT_PARAMS)
    assert query.in_their_language and not any(w.bridged for w in query.words)


def test_the_words_of_an_identifier_are_not_translated(seeds_index):
    query = read_query(seeds_index, "How does the model_training flag change the training of Sora?", DEFAULT_PARAMS)
    in_code, in_words = [w for w in query.words if w.key == "training"]  # in that order
    assert not in_code.bridged and not in_code.terms  # the French have no word for it
    assert in_words.bridged and {seeds_index.terms[t] for t in in_words.terms} == {"entrain"}  # entraînement
