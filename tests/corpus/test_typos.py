"""Questions typed as people type them in chat: misspelt, and still answered from the right place."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import OSA

from corpus import Index
from corpus.fuzzy import TypoMatcher, allowed_typos


def one_document(tmp_path_factory, name: str, text: str) -> Index:
    """An index of one Markdown document `name` holding `text`."""
    folder = tmp_path_factory.mktemp(name)
    (folder / f"{name}.md").write_text(text, encoding="utf-8")
    return Index.build(folder)


@pytest.fixture(scope="module")
def zoo(tmp_path_factory):
    return one_document(
        tmp_path_factory, "animals",
        "# Animals\n\n"
        "The grey wolf hunts at night in the northern forest, in packs of six to ten.\n\n"
        "The crow sings at dawn from the top of the old chestnut tree.\n\n"
        "The keeper feeds the otters twice a day, at nine and at four.\n\n"
        "The lemur sleeps through the afternoon, curled up in the hollow log.\n")


def test_two_letters_swapped_in_a_short_word_are_forgiven(zoo):
    right = zoo.search("where does the wolf hunt")
    misspelt = zoo.search("where does teh wlof hunt")
    assert not misspelt.abstained
    assert misspelt.results[0].passage == right.results[0].passage
    assert "grey wolf hunts" in misspelt.results[0].excerpt
    assert misspelt.results[0].doc == "animals"
    # "teh" is "the", no subject word the documents lack.
    assert misspelt.confidence >= 0.5  # an answer, not a guess


def test_a_letter_lost_from_a_short_word_is_forgiven(zoo):
    misspelt = zoo.search("why does the lemr sleep")
    assert not misspelt.abstained
    assert "lemur sleeps through the afternoon" in misspelt.results[0].excerpt
    assert misspelt.confidence >= 0.5


def test_a_misspelt_identifier_finds_the_one_it_names(tmp_path):
    (tmp_path / "events.md").write_text(
        "# Events\n\n"
        "The `on_ready` event is called once the client has finished logging in and preparing data.\n\n"
        "The `on_message_delete` event is called when a message is deleted from a channel.\n\n"
        "The `on_typing` event is called when someone begins typing a message.\n", encoding="utf-8")
    index = Index.build(tmp_path)
    answer = index.search("what is the on_redy event")
    assert not answer.abstained
    assert "`on_ready` event is called once" in answer.results[0].excerpt
    assert answer.results[0].source == "Events"


def test_words_with_one_sure_correction_each_keep_the_answer_confident(zoo):
    from corpus.params import DEFAULT_PARAMS

    # "kepeer" and "oters" can each be one word only: the answer is not shown as a guess.
    misspelt = zoo.search("how often does the kepeer feed the oters")
    assert "keeper feeds the otters twice a day" in misspelt.results[0].excerpt
    assert misspelt.confidence >= DEFAULT_PARAMS.high_from


@pytest.fixture(scope="module")
def bail(tmp_path_factory):
    return one_document(
        tmp_path_factory, "bail",
        "# Du louage\n\n"
        "Le locataire est tenu des réparations locatives, sauf si elles sont causées par vétusté.\n\n"
        "Le bailleur doit délivrer au preneur la chose louée en bon état.\n\n"
        "Les héritiers du défunt acceptent la succession ou y renoncent dans les quatre mois.\n")


def test_est_ce_que_typed_as_it_sounds_is_no_subject_word(bail):
    right = bail.search("est-ce que le locataire doit faire les réparations")
    chat = bail.search("esk le locataire doit faire les reparations")
    assert "locataire est tenu des réparations locatives" in chat.results[0].excerpt
    assert chat.confidence == pytest.approx(right.confidence)


def test_a_misspelt_word_glued_to_its_article_is_found(bail):
    # "lheretiers": the apostrophe of "l'" left out, and "héritiers" misspelt.
    answer = bail.search("que doivent faire lheretiers du defunt")
    assert not answer.abstained
    assert "héritiers du défunt acceptent la succession" in answer.results[0].excerpt
    assert answer.results[0].doc == "bail"


# Words of a few letters, often repeated ("anna", "banane"), and a vocabulary of words one or
# two edits from the one asked: the bound that spares most distances counts a letter held
# twice apart from one held once.
LETTERS = "abnéeos"
spelt = st.text(alphabet=LETTERS, min_size=5, max_size=12)
edit = st.tuples(st.sampled_from(["swap", "drop", "add", "change"]), st.integers(1, 11), st.sampled_from(LETTERS))


def edited(word: str, edits: list) -> str:
    for kind, at, letter in edits:
        at = min(at, len(word) - 1)
        if kind == "swap" and at + 1 < len(word):
            word = word[:at] + word[at + 1] + word[at] + word[at + 2:]
        elif kind == "drop" and len(word) > 2:
            word = word[:at] + word[at + 1:]
        elif kind == "add":
            word = word[:at] + letter + word[at:]
        elif kind == "change":
            word = word[:at] + letter + word[at + 1:]
    return word


@settings(max_examples=150, deadline=None)
@given(word=spelt, changes=st.lists(st.lists(edit, min_size=1, max_size=3), min_size=1, max_size=40))
def test_a_misspelt_word_gets_the_closest_words_of_the_vocabulary_as_if_each_were_compared(word, changes):
    vocabulary = list(dict.fromkeys(edited(word, c) for c in changes))
    budget = allowed_typos(word)
    fixes = TypoMatcher(vocabulary).corrections(word, limit=3)
    # Every word of the same first letter and about the same length, its distance computed.
    near = [w for w in sorted(vocabulary, key=len) if w[0] == word[0] and abs(len(w) - len(word)) <= budget]
    found = process.extract(word, near, scorer=OSA.distance, score_cutoff=budget, limit=12)
    closest = min((distance for _, distance, _ in found), default=None)
    assert fixes == [(w, int(d)) for w, d, _ in found if d == closest][:3]


@pytest.fixture(scope="module")
def studio(tmp_path_factory):
    return one_document(
        tmp_path_factory, "studio",
        "# Le studio\n\n"
        "La dernière version du projet du studio a coûté deux millions.\n\n"
        "Le projet du studio est dirigé par Paul Martin.\n")


def test_a_common_word_is_no_misspelling_of_another(studio):
    # "derrière" is a word of its own, not "dernière" misspelt: the documents do not say who is
    # behind the project through its last version.
    answer = studio.search("Qui est derrière le projet du studio ?")
    assert "dirigé par Paul Martin" in answer.results[0].excerpt
    assert studio.search("Qui se cache derrière le projet ?").abstained


def test_a_misspelt_word_is_still_corrected_beside_common_ones(studio):
    answer = studio.search("combien a couté la derniere verison du projet")
    assert "dernière version du projet" in answer.results[0].excerpt
