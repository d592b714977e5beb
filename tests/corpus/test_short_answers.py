"""The short answer highlighted in an excerpt is an answer of the kind asked for: a name for
"who", a duration for "how long", the whole number for "how many"; never a shouted word, a
piece of a link, or an ordinal read as a unit of time."""
from pathlib import Path

import pytest

from corpus import Index


def answered(tmp_path: Path, text: str, question: str) -> list[str]:
    """The words highlighted in the first excerpt for `question` on one document holding `text`."""
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    hit = Index.build(tmp_path).search(question).results[0]
    return [hit.excerpt[s:e] for s, e in hit.highlights]


@pytest.mark.parametrize("text, question, answer, not_an_answer", [
    # a word shouted in capitals is no name
    ("Le directeur technique est parti 2 SEMAINES après la démonstration, remplacé par Jean Dupont.\n",
     "Qui est le directeur technique ?", "Jean Dupont", "SEMAINES"),
    # a capitalised piece of a link is no name
    ("Le directeur technique répond sur pic.twitter.com/KSgQJdeujp chaque semaine, dit Jean Dupont.\n",
     "Qui est le directeur technique ?", "Jean Dupont", "KSgQJdeujp"),
    # a second wheel is no duration
    ("Le montage du vélo ajoute une seconde roue, et l'atelier le fait en dix minutes.\n",
     "Combien de temps dure le montage du vélo ?", "dix minutes", "seconde"),
    # the duration, not the words it counts from
    ("La nationalité peut être acquise après un délai de quatre ans à compter du mariage.\n",
     "nationalite apres mariage combien de temps", "quatre ans", "compter"),
])
def test_the_short_answer_is_of_the_kind_asked_for(tmp_path, text, question, answer, not_an_answer):
    shown = answered(tmp_path, text, question)
    assert answer in shown
    assert not any(not_an_answer in words for words in shown)


def test_initials_in_capitals_are_still_a_name(tmp_path):
    shown = answered(tmp_path, "Le lanceur a été construit pour la NASA en deux ans.\n",
                     "Pour qui le lanceur a-t-il été construit ?")
    assert "NASA" in shown


def test_a_number_written_with_its_thousands_apart_is_shown_whole(tmp_path):
    shown = answered(tmp_path, "Le secteur du cinéma emploie près de 550 000 personnes en Californie.\n",
                     "Combien de personnes emploie le secteur du cinéma ?")
    assert "550 000" in shown
