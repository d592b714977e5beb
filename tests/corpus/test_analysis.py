"""The analysis chain, seen through the terms it makes and the words it keeps."""
from corpus.analysis import guess_language, terms, tokenize


def test_elided_articles_and_pronouns_are_dropped():
    assert terms("l'IA qu'il jusqu'à d'OpenAI") == terms("IA il à OpenAI")
    assert "ia" in terms("l’IA")  # typographic apostrophe too


def test_accents_do_not_matter_after_stemming():
    assert terms("régulation") == terms("regulation")
    assert terms("Créateurs") == terms("createurs")


def test_inflections_share_a_stem():
    assert terms("emplois") == terms("emploi")
    assert terms("studios") == terms("studio")
    assert terms("générative") == terms("génératives")


def test_stop_words_are_left_out_in_french_and_english():
    assert terms("Qu'est-ce que la") == []
    assert terms("What did the", "en") == []
    assert terms("Who wrote Hamlet ?", "en") == terms("wrote Hamlet", "en")


def test_tokens_keep_their_surface_form_and_offsets():
    text = "Tyler Perry, l’acteur"
    tokens = [t for t in tokenize(text) if t.term]
    assert [text[t.start:t.end] for t in tokens] == ["Tyler", "Perry", "acteur"]
    assert [t.surface for t in tokens] == ["Tyler", "Perry", "acteur"]


def test_decomposed_accents_are_read_like_composed_ones():
    decomposed = "re\u0301gulation"  # é as e + combining acute accent
    assert terms(decomposed) == terms("régulation")


def test_language_of_a_question():
    assert guess_language("What did Mira Murati say about Sora?") == "en"
    assert guess_language("Que pense Tyler Perry de la régulation ?") == "fr"
    assert guess_language("Sora") == "fr"


def test_offsets_point_into_the_original_text_even_when_its_form_changes():
    from corpus.analysis import tokenize_original

    text = "« ﬁlm » re\u0301gulation l’IA"  # a ligature and a decomposed accent change lengths in NFKC
    tokens = [t for t in tokenize_original(text) if t.term]
    assert [text[t.start:t.end] for t in tokens] == ["ﬁlm", "re\u0301gulation", "IA"]
    assert [t.term for t in tokens] == terms("film régulation IA")
