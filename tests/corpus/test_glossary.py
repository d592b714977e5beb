"""Questions about the law in everyday words: the law's own terms answer them
(`corpus/glossary.py`), French or English, and a question on something else is still declined."""
import pytest

from corpus import Index

CODE = {  # a small French code of law, each article in the law's words only
    "Article 1385": "Le propriétaire d'un animal est responsable du dommage que l'animal a causé.",
    "Article 720": "Les successions s'ouvrent par la mort, au dernier domicile du défunt.",
    "Article 1728": "Le preneur est tenu de payer le prix du bail aux termes convenus.",
    "Article 1719": "Le bailleur est obligé de délivrer au preneur un logement décent.",
    "Article 1892": "Le prêt de consommation est un contrat par lequel l'une des parties livre à "
                    "l'autre une certaine quantité de choses.",
    "Article 2272": "Le délai de prescription requis pour acquérir la propriété immobilière est de trente ans.",
    "Article 16-1": "Le corps humain est inviolable. Ses éléments et ses produits ne peuvent faire "
                    "l'objet d'un droit patrimonial.",
    "Article 425": "Toute personne dans l'impossibilité de pourvoir seule à ses intérêts en raison d'une "
                   "altération de ses facultés mentales peut bénéficier d'une mesure de protection.",
    "Article 1582": "La vente est une convention par laquelle l'un s'oblige à livrer une chose.",
    "Article 205": "Les enfants doivent des aliments à leurs père et mère ou autres ascendants qui "
                   "sont dans le besoin.",
    "Article 2276": "Celui qui a perdu ou auquel il a été volé une chose peut la revendiquer pendant "
                    "trois ans contre celui dans les mains duquel il la trouve.",
    "Article 515-1": "Un pacte civil de solidarité est un contrat conclu par deux personnes physiques "
                     "majeures pour organiser leur vie commune.",
    "Article 1736": "Le bailleur ne peut procéder à l'expulsion du preneur qu'après un congé donné par écrit.",
    "Article 515-8": "Le concubinage est une union de fait entre deux personnes qui vivent en couple.",
}


@pytest.fixture(scope="module")
def code(tmp_path_factory) -> Index:
    folder = tmp_path_factory.mktemp("glossary")
    for name, text in CODE.items():  # one article a file, titled by its number
        (folder / f"{name}.md").write_text(f"{name}\n----\n{text}\n", encoding="utf-8")
    return Index.build(folder)


@pytest.mark.parametrize("question, article", [
    ("Mon chien a mordu quelqu'un, qui est responsable ?", "Article 1385"),
    ("Qui paie le loyer ?", "Article 1728"),
    ("Mon proprio me loue un appart plein de moisissures, il a le droit ?", "Article 1719"),
    ("Est-ce qu'on peut vendre son rein ?", "Article 16-1"),
    # An illness written with a capital, as its name is: an everyday word all the same.
    ("Une personne qui a Alzheimer peut-elle être protégée ?", "Article 425"),
    # Words of the person's situation, not the law's: *besoin*, *revendiquer*, *pacte civil*.
    ("Mon père est vieux et fauché, est-ce que je dois lui donner de l'argent ?", "Article 205"),
    ("Comment récupérer une chose que j'ai prêtée ?", "Article 2276"),
    ("Se pacser, c'est signer un contrat ?", "Article 515-1"),
    # Expressions of several words, each word of which alone says another thing ("porte", "libre").
    ("Le bailleur peut-il me mettre à la porte du jour au lendemain ?", "Article 1736"),
    ("En union libre, a-t-on les droits d'un pacte ?", "Article 515-8"),
    ("Le bailleur m'a mis à la porte du jour au lendemain, a-t-il le droit ?", "Article 1736"),
])
def test_a_french_question_in_everyday_words_finds_the_article_in_the_law_s_words(code, question, article):
    answer = code.search(question)
    assert not answer.abstained and answer.results[0].doc == article


@pytest.mark.parametrize("question, article", [
    # English words whose French translation the law does not write: "dog" is "chien", which
    # the table reads as *animal*.
    ("My dog bit someone, who is responsible?", "Article 1385"),
    ("Is my rented flat supposed to have heating and no mould?", "Article 1719"),
])
def test_an_english_question_in_everyday_words_finds_the_article_through_french(code, question, article):
    answer = code.search(question)
    assert not answer.abstained and answer.results[0].doc == article


def test_a_question_on_something_the_law_does_not_say_is_still_declined(code):
    # *chien* and *chat* stand for *animal*, a guess: not enough to answer what the code never says.
    assert code.search("Quelle est la meilleure nourriture pour un chien ou un chat ?").abstained


def test_a_word_the_documents_write_keeps_its_own_sense(code):
    # "vente" is the law's word itself: no guess added to it, the sale article first.
    answer = code.search("Qu'est-ce qu'une vente ?")
    assert answer.results[0].doc == "Article 1582"
