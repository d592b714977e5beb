"""Whatever a corpus folder holds, a build finishes and every question gets an answer or an
honest abstention: odd files are skipped with a reason, odd documents are read."""
import os
import socket
import string
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus import EmptyCorpusError, Index
from corpus.text import fold, translate

MAX_TITLE = 150


def test_pipes_sockets_and_looping_links_are_skipped_unopened(corpus_dir):
    os.mkfifo(corpus_dir / "x.txt")  # opening it would wait for a writer forever
    os.symlink("loop.md", corpus_dir / "loop.md")
    os.symlink("nowhere.txt", corpus_dir / "dangling.txt")
    os.symlink(corpus_dir, corpus_dir / "again")  # a linked folder is not followed
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(corpus_dir / "sock.md"))
    try:
        index = Index.build(corpus_dir)
    finally:
        server.close()
    assert sorted(s.doc for s in index.sources) == ["fromages", "vins"]
    reasons = "\n".join(index.skipped)
    assert "x.txt: a named pipe (FIFO), not a file" in reasons
    assert "loop.md: symbolic link loop" in reasons
    assert "dangling.txt: symbolic link to nothing" in reasons
    assert "sock.md: a socket" in reasons


ODD_DOCUMENTS = {
    "one-line.md": "See README.md",
    "one-word.txt": "Bonjour",
    "long-line.txt": "mot " * 12_500,
    "long-heading.md": "# " + "titre " * 900 + "\n\nLe texte sous le titre.",
    "only-code.md": "```\nimport os\nos.getcwd()\n```\n",
    "only-table.md": "| a | b |\n|---|---|\n| 1 | 2 |\n",
    "only-headings.rst": "Titre\n=====\n\nSous-titre\n----------\n",
    "underlines.txt": "Article 1108\n----\n",
    "broken.html": "<html><body><p>Texte <b>sans fin",
    "directives.rst": ".. autoclass:: discord.Client\n   :members:\n\n.. currentmodule:: discord\n",
}


def test_odd_documents_build_and_answer_without_a_crash(tmp_path):
    for name, text in ODD_DOCUMENTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    index = Index.build(tmp_path)
    assert all(len(source.title) <= MAX_TITLE for source in index.sources)
    assert "directives.rst: no text content" in "\n".join(index.skipped)
    for question in ["README", "Bonjour", "mot", "titre", "getcwd", "1", "Article 1108", "Texte", "x" * 900]:
        answer = index.search(question)
        assert all(len(hit.excerpt) <= 302 for hit in answer.results)
    assert index.search("os.getcwd()").results[0].code
    underlined = index.search("Article 1108").results[0]
    assert underlined.section == "Article 1108" and "----" not in underlined.excerpt


# -- generated documents -----------------------------------------------------------------------

WORDS = st.text(alphabet=string.ascii_letters + "éèàçœÉ'’-_0123456789", min_size=1, max_size=12)
LINE = st.one_of(
    st.lists(WORDS, min_size=1, max_size=25).map(" ".join),  # prose
    st.lists(WORDS, min_size=1, max_size=4).map(lambda w: "# " + " ".join(w)),  # a heading
    st.lists(WORDS, min_size=1, max_size=6).map(lambda w: "- " + " ".join(w)),  # an item
    st.sampled_from(["", "", "----", "====", "```", ".. note::", ":meth:`x`", "| a | b |", "<p>", "\t",
                     "see [the guide](https://x.org/guide) and ``on_ready``", "**bold** :ref:`the FAQ <faq>`",
                     "Example::", "1. first", ":param x: the x"]),
    st.text(max_size=60),  # anything at all
)
DOCUMENT = st.lists(LINE, max_size=30).map("\n".join)
EXTENSION = st.sampled_from([".txt", ".md", ".rst", ".html"])


def squashed(text: str) -> str:
    """Text compared as the README promises: white space dropped, case, accents and
    apostrophes folded."""
    return "".join(fold(translate(text)).split())


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents=st.lists(st.tuples(DOCUMENT, EXTENSION), min_size=1, max_size=4),
       questions=st.lists(st.one_of(WORDS, st.text(min_size=1, max_size=80)), min_size=1, max_size=4))
def test_generated_documents_never_crash_a_build_or_a_question(documents, questions):
    with tempfile.TemporaryDirectory() as folder:
        for i, (text, extension) in enumerate(documents):
            Path(folder, f"doc{i}{extension}").write_bytes(text.encode("utf-8", errors="replace"))
        try:
            index = Index.build(folder)
        except EmptyCorpusError:
            return
        assert all(len(source.title) <= MAX_TITLE for source in index.sources)
        sources = {s.doc: squashed(Path(folder, s.path).read_text(encoding="utf-8", errors="replace"))
                   for s in index.sources}
        asked = questions + [index.passage_text(p)[:60] for p in range(min(len(index), 3))]
        for question in asked:
            if not question.strip() or len(question) > 1000:
                continue
            for hit in index.search(question, k=5).results:
                assert len(hit.excerpt) <= 302
                if not hit.path.endswith(".html"):  # the excerpt is the file's own characters
                    for piece in hit.excerpt.split("…"):
                        assert squashed(piece) in sources[hit.doc]
