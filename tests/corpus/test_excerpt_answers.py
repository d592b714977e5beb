"""The excerpt a person reads holds the words that answer, not only the question's own words."""
from pathlib import Path

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
    assert top.excerpt.endswith("Jeanne Martin (@jmartin) 3 mai 2024")
    assert {"Jeanne", "Martin"} <= set(highlighted(top))
    assert "payer deux fois" in index.context(top.passage)  # the full passage a button shows


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


def test_a_line_announcing_a_list_is_quoted_with_the_list(tmp_path):
    top = first_answer(tmp_path, {"meunier.txt": DUTIES, **OTHERS},
                       "Quelles sont les obligations principales du meunier ?", "meunier")
    assert top.excerpt.startswith("Le meunier est tenu de deux obligations principales : 1° De moudre")
    assert "2° De rendre la farine au poids du grain" in top.excerpt
    assert "syndic" not in top.excerpt  # the list ends where its members do
    assert {"meunier", "obligations", "principales"} <= set(highlighted(top))
