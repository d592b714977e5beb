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
# What must never be quoted: a directive line, a heading's underline, a fence.
STRUCTURE = re.compile(r"^\s*\.\. [\w:-]+::|^[=\-~^+#*]{3,}$|^```", re.MULTILINE)


def sample(tmp_path: Path, corpus: str, files: list[str]) -> Path:
    folder = tmp_path / corpus
    for name in files:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPORA / corpus / name, folder / name)
    return folder


def squashed(text: str) -> str:
    return "".join(fold(translate(text)).split())


def quoted_from(hit, corpus: str) -> bool:
    """The excerpt stands in its file as written (wrapped lines joined, each piece between
    the ellipses that mark a cut), markup and all."""
    source = squashed((CORPORA / corpus / hit.path).read_text(encoding="utf-8"))
    return all(squashed(piece) in source for piece in hit.excerpt.split("…"))


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
            assert quoted_from(hit, "code-civil"), hit.excerpt
            assert not STRUCTURE.search(hit.excerpt) and "Article" not in hit.excerpt[:8]


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
    for question in ["cog listener", "setup_hook", "logging file handler", "on_message commands", "wait_for",
                     "the class name of a cog"]:
        for hit in discord_docs.search(question, k=5).results:
            assert quoted_from(hit, "discord-py-docs"), hit.excerpt
            assert not STRUCTURE.search(hit.excerpt), hit.excerpt
            assert len(hit.title) <= 150
            # A highlight is a word of the text, never a role's name (:meth:`…`).
            for start, end in hit.highlights:
                assert hit.excerpt[end:end + 2] != ":`" and hit.excerpt[start - 1:start] != ":"


def test_discord_docs_are_quoted_as_written_so_a_quote_can_be_found_in_the_file(discord_docs):
    hit = discord_docs.search("How do I disable the library's logging configuration?").results[0]
    assert hit.path == "logging.rst"
    assert hit.excerpt == ("You can also disable the library's logging configuration completely by passing ``None``:"
                           " … client.run(token, log_handler=None)")  # and the code it announces
    assert "completely by passing ``None``" in (CORPORA / "discord-py-docs" / "logging.rst").read_text(encoding="utf-8")
    sent = discord_docs.search("What is the ID of a message that was sent?").results[0]
    assert sent.excerpt.startswith(":meth:`abc.Messageable.send` returns the :class:`Message` that was sent.")
    assert discord_docs.search("meth attr").abstained  # role names are markup, not words


def test_a_line_pasted_with_its_markup_is_asked_as_its_words(discord_docs):
    pasted = discord_docs.search("What does :meth:`Client.setup_hook` do?")
    bare = discord_docs.search("What does Client.setup_hook do?")
    assert [h.passage for h in pasted.results] == [h.passage for h in bare.results]
    assert pasted.confidence == bare.confidence and pasted.question.startswith("What does :meth:")


def test_a_french_question_on_the_english_docs_finds_the_answer_in_their_words(discord_docs):
    answer = discord_docs.search("Comment envoyer un message privé à un utilisateur ?", k=3)
    assert not answer.abstained
    assert answer.results[0].path == "faq.rst" and answer.results[0].section.endswith("How do I send a DM?")
    assert "call :meth:`abc.Messageable.send`" in answer.results[0].excerpt  # the how, first


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
