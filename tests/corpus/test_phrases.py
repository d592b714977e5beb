"""Verbatim runs (`corpus/phrases.py`): the runs found are those a walk from every anchor finds."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus import Index, phrases
from corpus.params import DEFAULT_PARAMS
from corpus.query import read_query

# Few content words among many stop words: runs of the question's words stand everywhere, and
# questions hold two content words, or three, or one repeated.
WORDS = ("le", "la", "les", "de", "des", "et", "un", "en", "vin", "rouge", "cave", "fromage", "jura",
         "pinot", "noir", "région")

paragraphs = st.lists(st.sampled_from(WORDS), min_size=3, max_size=30).map(" ".join)
documents = st.lists(paragraphs, min_size=1, max_size=5).map(lambda ps: "\n\n".join(p.capitalize() + "." for p in ps))


def walked_from_every_anchor(index, query):
    """The runs as found when each of the two rarest content words is walked from."""
    through = phrases._through
    phrases._through = lambda *args: False
    try:
        return phrases.runs(index, query.sequence, query.content)
    finally:
        phrases._through = through


@pytest.mark.parametrize("compiled", [True, False])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(docs=st.lists(documents, min_size=1, max_size=6),
       picks=st.lists(st.tuples(st.integers(0, 10_000), st.integers(3, 8), st.lists(st.sampled_from(WORDS), max_size=2)),
                      min_size=4, max_size=12))
def test_a_question_quoting_the_documents_finds_the_runs_a_walk_from_every_anchor_finds(tmp_path_factory, compiled, docs, picks):
    folder = tmp_path_factory.mktemp("docs")
    for i, text in enumerate(docs):
        (folder / f"doc{i}.txt").write_text(text, encoding="utf-8")
    Index.build(folder, folder=folder).save(folder / "index.cbidx")
    index = Index.load(folder / "index.cbidx", compiled=compiled)
    words = " ".join(docs).replace(".", "").split()
    for start, length, added in picks:
        stretch = words[start % len(words):start % len(words) + length] + added
        query = read_query(index, " ".join(stretch), DEFAULT_PARAMS)
        passages, lengths = phrases.runs(index, query.sequence, query.content)
        expected = walked_from_every_anchor(index, query)
        assert (passages.tolist(), lengths.tolist()) == (expected[0].tolist(), expected[1].tolist())


@pytest.mark.parametrize("compiled", [True, False])
@pytest.mark.parametrize("question", ["vin de cave", "cave de vin", "le vin de cave rouge", "vin de la cave"])
def test_a_run_is_found_whichever_side_of_its_rarest_word_the_other_content_word_stands(tmp_path, compiled, question):
    (tmp_path / "a.txt").write_text("Le vin de cave rouge. Un vin et un vin.\n\nLa cave de vin. Le vin de la cave.",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Du vin, du vin, encore du vin. Une cave, la cave.", encoding="utf-8")
    Index.build(tmp_path, folder=tmp_path).save(tmp_path / "index.cbidx")
    index = Index.load(tmp_path / "index.cbidx", compiled=compiled)
    query = read_query(index, question, DEFAULT_PARAMS)
    passages, lengths = phrases.runs(index, query.sequence, query.content)
    assert lengths.tolist() and max(lengths.tolist()) >= 3
    expected = walked_from_every_anchor(index, query)
    assert (passages.tolist(), lengths.tolist()) == (expected[0].tolist(), expected[1].tolist())
