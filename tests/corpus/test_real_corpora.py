"""Small samples of the two real corpora of ../shared/corpora, read as a user's folder is.

The samples are copies of a few files of each (`samples/`, so that the tests run without
../shared); the whole corpora are built and asked in `make bench-corpora`."""
import re
import shutil
from pathlib import Path

import pytest

from corpus import Index
from corpus.text import fold, translate

CORPORA = Path(__file__).resolve().parent / "samples"
CODE_CIVIL = ["Livre Ier/Titre XI/Article 414.md", "Livre Ier/Titre XI/Article 415.md",
              "Livre II/Titre IV/Article 646.md", "Livre III/Titre IV/Article 1382.md",
              "Livre II/Article 515-14.md", "Livre III/Titre III/Article 1108.md"]
DISCORD = ["faq.rst", "ext/commands/cogs.rst", "logging.rst"]
MARKUP = re.compile(r":[\w:]+:`|\.\. [\w:-]+::|^[=\-~^+#*]{3,}$|``|\|\w+\|_", re.MULTILINE)


def sample(tmp_path: Path, corpus: str, files: list[str]) -> Path:
    folder = tmp_path / corpus
    for name in files:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPORA / corpus / name, folder / name)
    return folder


def squashed(text: str) -> str:
    return "".join(fold(translate(text)).split())


@pytest.fixture(scope="module")
def code_civil(tmp_path_factory) -> Index:
    return Index.build(sample(tmp_path_factory.mktemp("cc"), "code-civil", CODE_CIVIL))


@pytest.fixture(scope="module")
def discord_docs(tmp_path_factory) -> Index:
    return Index.build(sample(tmp_path_factory.mktemp("dpy"), "discord-py-docs", DISCORD))


def test_code_civil_articles_are_titled_and_quoted_in_their_own_words(code_civil):
    assert {s.title for s in code_civil.sources} == {Path(f).stem for f in CODE_CIVIL}
    hit = code_civil.search("À quel âge est fixée la majorité ?").results[0]
    assert hit.doc == "Livre Ier/Titre XI/Article 414" and hit.path == "Livre Ier/Titre XI/Article 414.md"
    assert "chacun est capable d'exercer les droits" in hit.excerpt  # a wrapped line, joined
    for question in ["bornage", "dommage causé à autrui", "animaux êtres vivants", "consentement capacité"]:
        for hit in code_civil.search(question).results:
            source = squashed((CORPORA / "code-civil" / hit.path).read_text(encoding="utf-8"))
            assert all(squashed(piece) in source for piece in hit.excerpt.split("…"))
            assert not MARKUP.search(hit.excerpt) and "Article" not in hit.excerpt[:8]


def test_an_article_number_finds_its_article(code_civil):
    hit = code_civil.search("article 646").results[0]
    assert hit.doc.endswith("Article 646")
    assert hit.excerpt.startswith("Tout propriétaire peut obliger son voisin au bornage")


def test_discord_docs_read_as_sphinx_means_them(discord_docs):
    assert {s.title for s in discord_docs.sources} == {"Frequently Asked Questions", "Cogs", "Setting Up Logging"}
    answer = discord_docs.search("How do I send a DM?", k=3)
    hit = answer.results[0]
    assert hit.section.endswith("How do I send a DM?") and hit.path == "faq.rst"
    assert hit.excerpt != "How do I send a DM?"  # the heading is context, the answer is the text
    for question in ["cog listener", "setup_hook", "logging file handler", "on_message commands", "wait_for"]:
        for hit in discord_docs.search(question, k=5).results:
            assert not MARKUP.search(hit.excerpt), hit.excerpt
            assert len(hit.title) <= 150


def test_a_french_question_on_the_english_docs_finds_the_answer_in_their_words(discord_docs):
    answer = discord_docs.search("Comment envoyer un message privé à un utilisateur ?", k=3)
    assert not answer.abstained
    assert answer.results[0].path == "faq.rst" and answer.results[0].section.endswith("How do I send a DM?")
    assert any("user.send" in hit.excerpt for hit in answer.results)


def test_an_english_question_on_the_french_law_finds_its_article(code_civil):
    hit = code_civil.search("Can my neighbor force me to mark the boundary of our land?").results[0]
    assert hit.doc == "Livre II/Titre IV/Article 646"
    assert hit.excerpt.startswith("Tout propriétaire peut obliger son voisin au bornage")


@pytest.mark.parametrize("corpus, question", [
    ("discord_docs", "Quelle est la capitale de l'Australie ?"),
    ("discord_docs", "Qui a gagné la coupe du monde 2018 ?"),
    ("code_civil", "What time does the last train leave tonight?"),
    ("code_civil", "How do I bake a chocolate cake?"),
])
def test_a_question_in_the_other_language_on_another_subject_is_declined(request, corpus, question):
    assert request.getfixturevalue(corpus).search(question).abstained
