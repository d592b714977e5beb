"""Asking the seed corpus: quoted excerpts with their sources, or an honest 'no answer'."""
import pytest

from corpus import QuestionError
from corpus.excerpts import EXCERPT_MAX_CHARS
from corpus.render import terminal
from corpus.reply import compose
from corpus.text import fold

BOYER = "001_b3032b709f6b9f18"


def highlighted(hit) -> list[str]:
    return [hit.excerpt[s:e] for s, e in hit.highlights]


def test_a_direct_question_gets_the_passage_that_answers_it(seeds_index):
    answer = seeds_index.search("Qui est Heather-Ashley Boyer ?")
    assert not answer.abstained
    top = answer.results[0]
    assert top.doc == BOYER
    assert "Heather-Ashley Boyer" in top.excerpt
    assert {"Heather", "Ashley", "Boyer"} <= set(highlighted(top))
    assert top.source == seeds_index.source(BOYER).citation
    assert top.location.startswith("¶ ")


def test_every_result_quotes_the_document_verbatim(seeds_index):
    for question in ["Que pense Tyler Perry de la régulation de l'IA ?", "Que font les experts de la red team ?"]:
        for hit in seeds_index.search(question, k=5).results:
            body = " ".join(seeds_index.context(hit.passage).split())
            for piece in hit.excerpt.strip("…").split("…"):
                assert " ".join(piece.split()) in body


def test_a_typo_still_finds_the_name(seeds_index):
    top = seeds_index.search("vinciquera").results[0]
    assert "Vinciquerra" in highlighted(top)


def test_every_kind_of_typo_within_the_allowance_is_forgiven(tmp_path):
    from corpus import Index

    (tmp_path / "fossiles.txt").write_text(
        "Le paléontologue décrit un squelette de dinosaure trouvé dans la carrière.\n\n"
        "La boulangerie du village ouvre à sept heures.\n\n"
        "Le conservateur range les archives municipales au sous-sol.\n", encoding="utf-8")
    index = Index.build(tmp_path)
    # A letter left out, one added, one replaced by a letter the word lacks, two swapped, and
    # two typos in a word of nine letters or more.
    misspelt = {"paléontologue": ["paléontologe", "paléontolloguue", "paléontoloxue", "paléontlogoue", "paléntolgue", "paléoxtoloyue"],
                "boulangerie": ["boulangrie", "boulanegrie"],
                "conservateur archives": ["conservatuer archvies", "conservaeur archives"]}
    for written, questions in misspelt.items():
        right = index.search(written).results[0]
        for question in questions:
            top = index.search(question).results[0]
            assert (top.passage, top.highlights) == (right.passage, right.highlights), question


def test_questions_without_accents_find_accented_words(seeds_index):
    top = seeds_index.search("regulation emplois tyler perry").results[0]
    assert "régulation" in highlighted(top)


def test_an_english_question_is_answered_from_the_french_text(seeds_index):
    top = seeds_index.search("What did Mira Murati say about Sora's training data?").results[0]
    assert "Murati" in highlighted(top)


def test_a_quoted_phrase_is_found_as_written(seeds_index):
    top = seeds_index.search('"Future Unscripted"').results[0]
    assert "Future Unscripted" in top.excerpt


@pytest.mark.parametrize("question", [
    "Comment faire une pizza napolitaine ?",
    "Quelle est la météo à Lyon demain ?",
    "xqzt wvvb plonk",
    "Who wrote Hamlet?",
])
def test_questions_the_corpus_does_not_answer_get_no_quote(seeds_index, question):
    answer = seeds_index.search(question)
    assert answer.abstained
    assert answer.results == []
    assert "rien trouvé" in terminal(compose(answer, "fr", seeds_index.sources))


def test_excerpts_are_short_and_cut_at_word_boundaries(seeds_index):
    for question in ["Que promet Sora pour la production de films ?", "Que craignent les créateurs ?", "OpenAI Sora"]:
        for hit in seeds_index.search(question, k=5).results:
            assert len(hit.excerpt) <= EXCERPT_MAX_CHARS
            body = hit.excerpt.rstrip("…")
            if body != hit.excerpt:  # cut: the last word is whole
                last = body.split()[-1]
                assert fold(last).strip(".,;:!?»\"") in fold(seeds_index.context(hit.passage))


def test_highlights_cover_the_matched_words_only(seeds_index):
    for hit in seeds_index.search("Que craignent les créateurs face à l'intégration de Sora ?").results:
        words = {fold(w) for w in highlighted(hit)}
        assert words and words <= {"craignent", "createurs", "face", "integration", "integrer", "integrite", "sora"}
        for start, end in hit.highlights:
            assert 0 <= start < end <= len(hit.excerpt)
            assert hit.excerpt[start:end].isalnum()


def test_no_sentence_is_quoted_twice_in_one_answer(seeds_index):
    hits = seeds_index.search("OpenAI Sora Hollywood", k=10).results
    sentences = [s.strip(" …") for h in hits for s in h.excerpt.split(". ")]
    assert len(sentences) == len(set(sentences))


def test_more_results_continue_where_the_first_page_stopped(seeds_index):
    first = seeds_index.search("Sora Hollywood studios", k=3)
    second = seeds_index.search("Sora Hollywood studios", k=3, offset=3)
    assert second.results
    assert {h.passage for h in first.results}.isdisjoint({h.passage for h in second.results})
    assert seeds_index.search("Sora Hollywood studios", k=6).results[3:] == second.results


def test_an_empty_or_huge_question_is_refused_clearly(seeds_index):
    with pytest.raises(QuestionError, match="empty"):
        seeds_index.search("   ")
    with pytest.raises(QuestionError, match="too long"):
        seeds_index.search("Sora " * 1000)


def test_hostile_text_in_a_question_is_just_text(seeds_index):
    answer = seeds_index.search("@everyone **Tyler** \x00\x1b[31m Perry `Sora`")
    assert answer.results[0].doc in {"000_feb2916c785d2122", BOYER, "003_468a1f8532fb1d42"}


def test_the_reply_names_the_sources_under_each_quote(seeds_index):
    reply = compose(seeds_index.search("Qui est Heather-Ashley Boyer ?"), "fr", seeds_index.sources)
    quote = reply.quotes[0]
    assert ("Boyer", True) in quote.segments
    assert quote.citation == seeds_index.source(BOYER).citation
    assert reply.level == "high"
    assert "confiance élevée" in terminal(reply)
    english = compose(seeds_index.search("Who is Heather-Ashley Boyer?"), "en", seeds_index.sources)
    assert terminal(english).startswith("Here is")


def test_skipping_common_words_never_changes_an_answer(tmp_path, monkeypatch):
    from corpus import Index, candidates
    from corpus.params import RankingParams

    for n in range(240):  # "chat" is in every passage, the other words in fewer
        (tmp_path / f"doc{n:03d}.txt").write_text(
            f"Le chat numéro {n} dort près du poêle {'rouge' if n % 7 else 'bleu'}. "
            f"Il mange la souris {'grise' if n % 3 else 'blanche'} du grenier {n % 11}.\n",
            encoding="utf-8",
        )
    index = Index.build(tmp_path)
    questions = ["chat poêle bleu", "chat souris blanche grenier 5", "le chat dort bleu", "souris grise chat 7"]
    # Small limits, so that this small corpus has common words and enough rare matches.
    small = RankingParams(candidates=10, common_share=5)
    full_passes = []
    every_passage = candidates.bm25_all
    monkeypatch.setattr(candidates, "bm25_all", lambda *a: full_passes.append(1) or every_passage(*a))
    scores = lambda answers: [[hit.score for hit in a.results] for a in answers]  # noqa: E731
    shortcut = [index.search(q, k=5, params=small) for q in questions]
    assert len(full_passes) < len(questions)  # the shortcut was taken
    every_word = RankingParams(candidates=10, common_share=10**9)  # every word scored on every passage
    # The same scores in the same order (passages of equal score may come in another order).
    assert scores(index.search(q, k=5, params=every_word) for q in questions) == scores(shortcut)
    assert "bleu" in shortcut[0].results[0].excerpt


def test_a_line_of_common_words_finds_the_passage_that_holds_it_word_for_word(tmp_path):
    import random

    from corpus import Index
    from corpus.params import RankingParams

    words = "les studios de cinéma et la vidéo générée par les outils".split()
    shuffle = random.Random(7)
    lines = []
    for n in range(300):  # the same words in every document, in another order each time
        shuffle.shuffle(words)
        lines.append(" ".join(words))
        (tmp_path / f"doc{n:03d}.txt").write_text(lines[-1].capitalize() + ".\n", encoding="utf-8")
    index = Index.build(tmp_path)
    few = RankingParams(candidates=10)  # BM25 alone could not tell the 300 apart
    target = lines[123].split()
    for question in [" ".join(target[2:8]), " ".join(target[2:8]).replace("cinéma", "cinémma")]:
        top = index.search(question, params=few).results[0]
        assert top.doc == "doc123", question


def test_a_misspelt_common_word_is_not_taken_for_the_subject(seeds_index):
    right = seeds_index.search("Pourquoi Tyler Perry a-t-il suspendu son studio ?")
    misspelt = seeds_index.search("Pourqoi Tyler Perry a-t-il suspendu son studio ?")
    assert not misspelt.abstained
    assert misspelt.results[0].passage == right.results[0].passage
    assert misspelt.confidence == right.confidence
