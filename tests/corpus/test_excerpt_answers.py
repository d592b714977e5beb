"""The excerpt a person reads holds the words that answer, not only the question's own words."""
from pathlib import Path

import pytest

from corpus import Index
from corpus.excerpts import EXCERPT_MAX_CHARS


def highlighted(hit) -> list[str]:
    return [hit.excerpt[s:e] for s, e in hit.highlights]


def build(tmp_path: Path, files: dict[str, str]) -> Index:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return Index.build(folder)


def first_answer(tmp_path: Path, files: dict[str, str], question: str, doc: str):
    """The first result a person reads, checked to come from `doc` and to fit an excerpt."""
    top = build(tmp_path, files).search(question).results[0]
    assert top.doc == doc
    assert len(top.excerpt) <= EXCERPT_MAX_CHARS
    return top


# One long sentence, as laws and long paragraphs write them: the question's rare words stand near
# its end, the answer right after them, and the sentence is longer than an excerpt.
LONG_SENTENCE = (
    "Le propriétaire dont le moulin est isolé sur la rivière et qui n'a aucune prise, ou qu'une "
    "prise insuffisante, soit pour l'exploitation de sa meule, soit pour l'entretien de ses roues "
    "et de ses vannes, soit pour la réparation de ses digues, "
    "est fondé à réclamer aux riverains un droit d'eau proportionné à la force de son moulin, "
    "à charge d'une indemnité fixée chaque année par le syndic de la vallée.\n"
)
OTHERS = {  # the question's common words stand elsewhere too
    "pont.txt": "Le pont\n\nLe propriétaire du pont sur la rivière en paie l'entretien.\n",
    "peche.txt": "La pêche\n\nLe propriétaire de la rive pêche dans la rivière en été.\n",
    "bac.txt": "Le bac\n\nLe passeur traverse la rivière pour le propriétaire du bac.\n",
}


def test_a_long_sentence_is_quoted_down_to_the_answer_after_the_question_words(tmp_path):
    top = first_answer(tmp_path, {"moulins.txt": "Les moulins\n\n" + LONG_SENTENCE, **OTHERS},
                       "Que peut réclamer aux riverains le propriétaire sur la rivière ?", "moulins")
    assert "un droit d'eau proportionné" in top.excerpt
    assert {"réclamer", "riverains"} <= set(highlighted(top))


TWEETS = (
    "Les meuniers en colère\n\n"
    "Les meuniers de la vallée protestent contre la nouvelle taxe sur l'eau.\n\n"
    "On nous demande de payer deux fois pour la même rivière, c'est injuste et ruineux.\n\n"
    "- Jeanne Martin (@jmartin) 3 mai 2024\n\n"
    "Le syndic répondra aux meuniers la semaine prochaine.\n"
)


def test_a_byline_is_quoted_with_the_words_it_attributes(tmp_path):
    index = build(tmp_path, {"colere.txt": TWEETS, **OTHERS})
    top = index.search("Qu'a dit Jeanne Martin ?").results[0]
    assert top.doc == "colere"
    assert "payer deux fois pour la même rivière" in top.excerpt
    assert top.excerpt.endswith("… Jeanne Martin (@jmartin) 3 mai 2024")
    assert {"Jeanne", "Martin"} <= set(highlighted(top))
    assert "payer deux fois" in index.context(top.passage)  # the full passage a button shows


def test_a_long_quote_cut_before_its_byline_shows_one_ellipsis(tmp_path):
    said = ("On nous demande de payer deux fois pour la même rivière, " * 8).strip()
    text = f"La taxe sur l'eau\n\n{said}\n\n- Jeanne Martin (@jmartin) 3 mai 2024\n"
    top = first_answer(tmp_path, {"colere.txt": text, **OTHERS}, "Qu'a dit Jeanne Martin ?", "colere")
    assert top.excerpt.startswith("On nous demande de payer deux fois")
    assert top.excerpt.endswith("… Jeanne Martin (@jmartin) 3 mai 2024")
    assert "… …" not in top.excerpt  # the cut is said once



def test_a_long_quote_is_cut_where_it_says_what_is_asked_of_its_author(tmp_path):
    said = ("Je suis en colère depuis des semaines. " * 6
            + "Le vrai but de cette taxe est de fermer les petits moulins de la vallée.")
    text = f"La taxe sur l'eau\n\n{said}\n\n- Jeanne Martin (@jmartin) 3 mai 2024\n"
    top = first_answer(tmp_path, {"colere.txt": text, **OTHERS},
                       "Selon Jeanne Martin, quel est le vrai but de la taxe ?", "colere")
    assert "fermer les petits moulins" in top.excerpt
    assert top.excerpt.startswith("…") and top.excerpt.endswith(" … Jeanne Martin (@jmartin) 3 mai 2024")

HISTORY = (
    "Histoire du moulin\n\n"
    "Les moines achevèrent le chantier en 1492, après dix années de travaux. "
    "Le moulin de la vallée fut construit par eux pour moudre le grain de toutes les fermes "
    "voisines, puis agrandi d'une deuxième roue et d'une grange, et il resta le plus grand moulin "
    "du pays jusqu'à l'arrivée des minoteries à vapeur qui le firent taire.\n"
)


def test_a_when_question_is_shown_the_date_said_beside_its_words(tmp_path):
    top = first_answer(tmp_path, {"histoire.txt": HISTORY, **OTHERS},
                       "Quand le moulin de la vallée a-t-il été construit ?", "histoire")
    assert "en 1492" in top.excerpt
    assert {"moulin", "construit"} <= set(highlighted(top))


RECORD = (
    "Le moulin\n\n"
    "Le moulin de la vallée, bâti de pierres sèches au bord du torrent et couvert de lauzes "
    "grises, reçoit chaque matin les charrettes des fermes voisines, dont les paysans attendent "
    "leur tour dans la cour en parlant du temps, des foires et des récoltes, tandis que le meunier "
    "pèse les sacs, les inscrit dans son registre et règle les vannes, et en pleine saison ce "
    "moulin moud jusqu'à 800 kilos de grain en une seule journée de travail.\n"
)


def test_a_how_much_question_is_shown_the_figure_among_windows_that_match_alike(tmp_path):
    top = first_answer(tmp_path, {"record.txt": RECORD, **OTHERS}, "Combien produit le moulin ?", "record")
    assert "800 kilos" in top.excerpt
    assert "moulin" in highlighted(top)


DUTIES = (
    "Du meunier\n\n"
    "Le meunier est tenu de deux obligations principales :\n\n"
    "1° De moudre le grain qu'on lui apporte dans l'ordre où il le reçoit ;\n\n"
    "2° De rendre la farine au poids du grain, moins la mouture convenue.\n\n"
    "Le syndic veille au respect de ces obligations.\n"
)


# A plain text's title line right under a heading, above the paragraph it heads: read as a block
# of its own (as in the seeds' articles), not as a heading.
ARTICLE = (
    "Les moulins de la vallée\n\n"
    "Le moulin du bas a été vendu l'an dernier au syndic, qui en a fait un musée.\n"
    "Les nouvelles de la foire\n\n"
    "Un meunier de la vallée récompensé\n"
    "Le jury de la foire a remis au meunier du haut la médaille d'or pour la finesse de sa farine, "
    "moulue à la meule de pierre comme autrefois.\n"
)


@pytest.mark.parametrize("text, question, opening, said, words", [
    # A line announcing a list, with the list: its members, and no further.
    (DUTIES, "Quelles sont les obligations principales du meunier ?",
     "Le meunier est tenu de deux obligations principales : … 1° De moudre",
     "2° De rendre la farine au poids du grain", {"meunier", "obligations", "principales"}),
    # A title line, with the start of what it heads.
    (ARTICLE, "Pourquoi le meunier a-t-il été récompensé ?",
     "Un meunier de la vallée récompensé … Le jury de la foire", "médaille d'or", {"meunier", "récompensé"}),
])
def test_a_line_that_only_introduces_is_quoted_with_what_it_introduces(tmp_path, text, question, opening,
                                                                        said, words):
    top = first_answer(tmp_path, {"meunier.txt": text, **OTHERS}, question, "meunier")
    assert top.excerpt.startswith(opening)
    assert said in top.excerpt
    assert "syndic" not in top.excerpt  # a list ends where its members do; a title heads one block
    assert words <= set(highlighted(top))


# A manual's line that names what to call and announces the code showing how: the call with its
# arguments stands only in the code.
ANNOUNCED_CODE = (
    "Logging\n=======\n\n"
    "The library writes its warnings through the standard logging module of Python.\n\n"
    "If you want to configure the logging yourself without starting the client, "
    "you can use :func:`lantern.utils.setup_logging`:\n\n"
    ".. code-block:: python3\n\n"
    "    import lantern\n\n"
    "    lantern.utils.setup_logging(level=logging.INFO, root=False)\n\n"
    "Other handlers are configured as the logging module documents.\n"
)


def test_a_line_announcing_code_is_quoted_with_the_code_it_announces(tmp_path):
    index = build(tmp_path, {"logging.rst": ANNOUNCED_CODE, "intro.rst": "Intro\n=====\n\nThe client starts.\n"})
    top = index.search("How do I configure logging without starting the client?").results[0]
    assert top.doc == "logging" and len(top.excerpt) <= EXCERPT_MAX_CHARS
    assert top.excerpt.startswith("If you want to configure the logging yourself")
    assert "lantern.utils.setup_logging(level=logging.INFO, root=False)" in top.excerpt
    assert "\n" in top.excerpt  # the code keeps its lines
    assert "Other handlers" not in top.excerpt  # the code, not the prose after it
    full = index.context(top.passage)  # the full passage a button shows holds the code too
    assert "lantern.utils.setup_logging(level=logging.INFO, root=False)" in full and "Other handlers" not in full


# A paragraph longer than an excerpt: one sentence holds the question's own word ("order"), a
# later one only a word the engine reads as its synonym ("command").
CONVERTERS = (
    "Converters\n\nThe parameter would either take a channel converter or a member converter, whichever the "
    "author of the command wrote first in its signature. The way this works is through a left-to-right order. "
    "It first attempts to convert the input to a channel, and if it fails it tries to convert it to a member. "
    "If all converters fail, then the command raises a special error that the handler receives.\n"
)


def test_the_sentence_holding_the_question_word_itself_is_quoted_before_one_holding_its_synonym(tmp_path):
    top = first_answer(tmp_path, {"converters.txt": CONVERTERS, "prefixes.txt": "Prefixes\n\nThe bot reads a "
                                  "command prefix from its settings and answers each command it knows.\n"},
                       "In which order does a union try its converters?", "converters")
    assert "through a left-to-right order" in top.excerpt
    assert "it tries to convert it to a member" in top.excerpt


# An API reference entry: a one-line description, then the note that says what a reader asks.
EVENTS = (
    "Events\n======\n\n"
    "on_member_remove\n----------------\n\n"
    "Called when a member leaves a guild.\n\n"
    "If the guild or member could not be found in the internal cache this event will not be called, "
    "you may use on_raw_member_remove instead.\n\n"
    "on_member_join\n--------------\n\n"
    "Called when a member joins a guild.\n\n"
    "This requires the members intent to be enabled.\n"
)


def test_a_short_excerpt_ending_its_block_reads_on_into_the_next_block_of_its_section(tmp_path):
    index = build(tmp_path, {"events.rst": EVENTS, "intro.rst": "Intro\n=====\n\nThe client starts.\n"})
    top = index.search("on_member_remove is not called for some people who leave").results[0]
    assert top.doc == "events" and len(top.excerpt) <= EXCERPT_MAX_CHARS
    assert top.excerpt.startswith("Called when a member leaves a guild.")
    assert "could not be found in the internal cache" in top.excerpt
    assert "joins" not in top.excerpt  # the next section's entry is another answer
    full = index.context(top.passage)  # the full passage a button shows holds the note too
    assert "could not be found in the internal cache" in full and "joins" not in full
    # The note quoted whole is not quoted again below it.
    assert all("internal cache" not in hit.excerpt for hit in index.search(
        "on_member_remove is not called for some people who leave").results[1:])


def test_the_last_block_of_a_section_does_not_read_on_into_the_next_section(tmp_path):
    top = first_answer(tmp_path, {"events.rst": EVENTS, "intro.rst": "Intro\n=====\n\nThe client starts.\n"},
                       "Which intent does on_member_join need?", "events")
    assert "members intent" in top.excerpt and "leaves" not in top.excerpt


# A paragraph of short sentences: the best one and the one before it hold the question's words,
# the one after says what follows from it.
CACHE = (
    "Message cache\n\nMessages are kept in memory by the client. The cache holds at most a thousand "
    "of them. Older ones are dropped first when it is full.\n"
)


def test_a_short_excerpt_reads_on_with_the_sentences_after_it_while_they_fit(tmp_path):
    top = first_answer(tmp_path, {"cache.txt": CACHE, "prefixes.txt": "Prefixes\n\nThe bot reads a command "
                                  "prefix from its settings.\n"},
                       "Does the client keep messages in a cache?", "cache")
    assert "at most a thousand" in top.excerpt
    assert "Older ones are dropped first when it is full." in top.excerpt
