"""Words that are not the documents' words: a question in one form of a word finds the passage
written with another of its family, and a passage that shares one word with a longer question
is not taken for its answer."""
from pathlib import Path

import pytest

from corpus import Index
from corpus.analysis import compounds

# Law-like French where adjectives and their nouns alternate "-eur" / "-orité" after several
# beginnings, as they do in the language: the corpus teaches the rule, no list does.
ARTICLES = {
    "article-1": "La majorité est fixée à dix-huit ans accomplis.",
    "article-2": "Le mineur ne peut contracter seul. La minorité prend fin à la majorité.",
    "article-3": "La créance antérieure au mariage est réglée selon son antériorité.",
    "article-4": "Le juge supérieur tranche ; la supériorité du titre est vérifiée.",
    "article-5": "Le droit postérieur cède à la postériorité du partage.",
    "article-6": "Le mur extérieur marque l'extériorité du fonds voisin.",
    "article-7": "Le conseil intérieur de la famille vérifie l'intériorité du bien.",
    "article-8": "Les vignes de Bourgogne donnent un vin rouge léger, servi frais en été.",
}


def write_corpus(folder: Path, documents: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in documents.items():
        (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


def test_a_word_the_documents_write_in_another_form_finds_its_family(tmp_path):
    index = Index.build(write_corpus(tmp_path / "code", ARTICLES))
    # "majeur" stands nowhere in the corpus; "majorité" does.
    answer = index.search("Quand est-on majeur ?")
    assert not answer.abstained
    top = answer.results[0]
    assert top.doc == "article-1"
    assert "majorité" in [top.excerpt[s:e] for s, e in top.highlights]


def test_the_word_itself_ranks_before_its_family(tmp_path):
    index = Index.build(write_corpus(tmp_path / "code", ARTICLES))
    # "mineur" stands in article 2, "minorité" there too; "majorité" only in article 1.
    assert index.search("Que peut faire le mineur ?").results[0].doc == "article-2"


def test_one_word_shared_with_a_longer_question_is_no_answer(tmp_path):
    court = "Le tribunal de Villeurbanne est compétent pour les successions ouvertes en son ressort."
    index = Index.build(write_corpus(tmp_path / "code", {**ARTICLES, "article-9": court}))
    # The town is the only word of the question in the corpus: a mention, not the subject.
    answer = index.search("Quel stade de football à Villeurbanne ?")
    assert answer.abstained
    assert answer.results == []
    # The same town asked about with what the documents say of it is answered.
    assert index.search("Quel tribunal est compétent à Villeurbanne ?").results[0].doc == "article-9"


def test_a_saved_index_keeps_the_families_it_learnt(tmp_path):
    built = Index.build(write_corpus(tmp_path / "code", ARTICLES))
    built.save(tmp_path / "code.cbidx")
    loaded = Index.load(tmp_path / "code.cbidx")
    assert loaded.search("Quand est-on majeur ?").results[0].doc == "article-1"


def test_a_question_naming_what_the_documents_never_mention_gets_no_quote(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "commands.md").write_text(
        "# Slash commands\n\nSlash commands are registered with the command tree: call `tree.sync()` once "
        "to register them with Discord.\n", encoding="utf-8")
    for n, text in enumerate(["Slash commands can take options such as a member or a channel.",
                              "Slash commands answer within three seconds or defer.",
                              "Text commands and slash commands share one decorator in hybrid commands.",
                              "A cog groups slash commands and listeners.",
                              "Slash commands are checked before they run: a failed check sends an error."]):
        (docs / f"commands-{n}.md").write_text(text + "\n", encoding="utf-8")
    index = Index.build(docs)
    # Another library's class: the question is about something these documents never name.
    answer = index.search("How do I register slash commands with SlashCommandBuilder?")
    assert answer.abstained and answer.results == []
    assert index.search("How do I register slash commands?").results[0].doc == "commands"


# A word joined by a hyphen to a function word means what the compound means: the function
# word is dropped like any other, and the word left alone says another thing ("sous-traiter"
# is not "traiter"). The compound is matched whole too, in any of its forms.
CONTRACTS = {
    "contrat-1": "L'entrepreneur peut sous-traiter l'exécution du chantier, sauf clause contraire.",
    "contrat-2": "Le maître d'ouvrage doit traiter le chantier avec diligence.",
    "contrat-3": "Les litiges du chantier sont traités par le tribunal.",
    "contrat-4": "Le chantier est traité comme un ouvrage neuf.",
}


def test_a_compound_with_a_function_word_finds_the_passage_that_writes_it(tmp_path):
    index = Index.build(write_corpus(tmp_path / "code", CONTRACTS))
    # Every passage holds "chantier" and a form of "traiter"; one only says "sous-traiter".
    first = index.search("Est-ce qu'on a le droit de sous-traiter un chantier ?").results[0]
    assert (first.doc, first.excerpt) == ("contrat-1", CONTRACTS["contrat-1"])


def test_the_compound_is_matched_in_another_of_its_forms_and_without_its_hyphen(tmp_path):
    index = Index.build(write_corpus(tmp_path / "code", CONTRACTS))
    assert index.search("chantier sous-traité").results[0].doc == "contrat-1"
    # Chat leaves the hyphen out: two words side by side that the documents join.
    assert index.search("on peut sous traiter un chantier ?").results[0].doc == "contrat-1"


def test_only_compounds_of_one_word_and_function_words_are_kept_whole():
    assert compounds("Le locataire peut sous-traiter", "fr") == ["sous-trait"]
    assert compounds("a built-in command", "en") == ["built-in"]
    # Compounds of words are read by their parts; of function words alone, they say nothing.
    assert compounds("des dommages-intérêts", "fr") == []
    assert compounds("a-t-il le droit ? est-ce vrai ?", "fr") == []



@pytest.mark.parametrize("question, quoted", [
    # Snowball keeps "directeur" and "directrice", "chanteur" and "chanteuse" apart (and the
    # documents write both: a typo's or a family's guess finds nothing).
    ("Qui est le directeur technique ?", "directrice technique"),
    # An English word's French translation, in the gender the text writes ("singer": "chanteur").
    ("Who is the singer of the studio?", "chanteuse du studio"),
])
def test_a_noun_asked_in_one_gender_finds_the_text_written_in_the_other(tmp_path, question, quoted):
    folder = write_corpus(tmp_path / "news", {
        "boyer": "Heather Boyer, chanteuse du studio, a esquivé les questions.",
        "murati": "Mira Murati, directrice technique, a esquivé les questions.",
        "conseil": "Marc Dubois, chef du studio, a esquivé les questions techniques sur le studio.",
        "comptes": "Le directeur financier a présenté les comptes.",
    })
    hit = Index.build(folder).search(question).results[0]
    assert quoted in hit.excerpt


def test_a_word_the_question_splits_in_two_finds_the_one_the_documents_write(tmp_path):
    folder = write_corpus(tmp_path / "news", {
        "editeur": "L'éditeur de ChatGPT considère Hollywood comme un marché prometteur.",
        "chats": "Le chat de l'éditeur dort à Hollywood, le chat de l'éditeur aussi.",
    })
    answer = Index.build(folder).search("chat gpt editeur")
    assert not answer.abstained and "ChatGPT" in answer.results[0].excerpt
