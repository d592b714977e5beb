"""An acronym the documents never write finds the words they write it with, read from the
documents themselves: no list of acronyms."""
from pathlib import Path

from corpus import Index

# A code that spells out "pacte civil de solidarité" in several articles and never writes PACS.
ARTICLES = {
    "Article 1": "Un pacte civil de solidarité est un contrat conclu par deux personnes majeures "
                 "pour organiser leur vie commune.",
    "Article 2": "Les partenaires liés par un pacte civil de solidarité s'engagent à une vie commune.",
    "Article 3": "Le pacte civil de solidarité se dissout par la mort de l'un des partenaires.",
    "Article 4": "Le contrat de bail est conclu par écrit ; le preneur paie le loyer aux termes convenus.",
    "Article 5": "La personne majeure est capable d'exercer les droits dont elle a la jouissance.",
    "Article 6": "Le propriétaire d'un animal est responsable du dommage que l'animal a causé.",
}


def code(folder: Path) -> Index:
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / f"{name}.md").write_text(f"{name}\n----\n{text}\n", encoding="utf-8")
    return Index.build(folder)


def test_a_chat_question_with_an_acronym_gets_the_article_that_spells_it_out(tmp_path):
    answer = code(tmp_path / "code").search("c koi un pacs")
    assert not answer.abstained
    top = answer.results[0]
    assert top.doc == "Article 1"
    assert top.excerpt.startswith("Un pacte civil de solidarité est un contrat")


def test_an_acronym_in_capitals_is_read_the_same_way(tmp_path):
    answer = code(tmp_path / "code").search("Qui peut conclure un PACS ?")
    assert not answer.abstained
    assert answer.results[0].doc == "Article 1"


def test_the_verb_made_of_an_acronym_stands_for_it(tmp_path):
    index = code(tmp_path / "code")
    for asked in ("Qui peut se pacser ?", "on est pacsés, comment ça se termine ?"):
        answer = index.search(asked)
        assert not answer.abstained
        assert answer.results[0].doc in ("Article 1", "Article 2", "Article 3")
        assert "pacte civil de solidarité" in answer.results[0].excerpt


def test_an_acronym_spelt_by_a_run_written_once_finds_nothing(tmp_path):
    # "contrat conclu par deux personnes majeures" starts with C, P, M once: a coincidence, and
    # the question names something the documents lack.
    answer = code(tmp_path / "code").search("Quel est le taux de la CPM ?")
    assert answer.abstained


def test_an_acronym_spelt_by_words_that_often_meet_but_mostly_apart_finds_nothing(tmp_path):
    # "bail", "loyer" and "preneur" follow one another three times here, yet each is written
    # far more often without the others: words that meet, not a name. BLP is not spelt out.
    folder = tmp_path / "code"
    folder.mkdir()
    together = "Le bail, loyer, preneur : chacun a ses règles."
    apart = ["Le bail est écrit.", "Le loyer est payé.", "Le preneur entretient.",
             "Le bail est renouvelé.", "Le loyer est révisé.", "Le preneur restitue.",
             "Le bail prend fin.", "Le loyer est dû.", "Le preneur répond des pertes.",
             "Le bail est cédé.", "Le loyer est indexé.", "Le preneur sous-loue."]
    for n, text in enumerate([together] * 3 + apart):
        (folder / f"Article {n}.md").write_text(f"Article {n}\n----\n{text}\n", encoding="utf-8")
    assert Index.build(folder).search("c koi le BLP").abstained


def test_an_acronym_is_understood_by_a_saved_index_opened_again(tmp_path):
    # What the build learned is kept in the index file: the bot that restarts on it reads the
    # acronym as the process that built it did.
    path = tmp_path / "code.cbidx"
    code(tmp_path / "code").save(path)
    index = Index.load(path)
    for asked in ("c koi un pacs", "Qui peut se pacser ?"):
        answer = index.search(asked)
        assert not answer.abstained
        assert "pacte civil de solidarité" in answer.results[0].excerpt
    assert index.search("Quel est le taux de la CPM ?").abstained
