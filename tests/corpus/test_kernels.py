"""The compiled kernels of the postings stages (`corpus/kernels.py`) answer as numpy does.

An index searches with them when they were built (`make` builds them where a C compiler is
found) and with numpy alone when asked (`Index.load(path, compiled=False)`) or when they were
not: the same answers to the last bit of every score, on any corpus.
"""
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus import Index, candidates, kernels, storage
from corpus.params import DEFAULT_PARAMS
from corpus.query import QueryWord
from corpus.scoring import weighted_share

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# Few candidates, a low bar for a common word and a small prefilter: the MaxScore paths of the
# candidates stage (common terms sought among the rare terms' passages, the full pass when
# their bound fails, the prefilter's cut) are taken on a small corpus as on a large one.
MAXSCORE = replace(DEFAULT_PARAMS, candidates=3, common_share=10, prefilter=5)
PARAMS = [DEFAULT_PARAMS, MAXSCORE, replace(DEFAULT_PARAMS, candidates=1, common_share=3, prefilter=2)]


def both(path: Path) -> tuple[Index, Index]:
    """The index at `path` read twice: with the compiled kernels (when built), and without."""
    compiled, plain = Index.load(path), Index.load(path, compiled=False)
    assert compiled.compiled == kernels.available() and not plain.compiled
    return compiled, plain


@pytest.mark.parametrize("id_bits", [0, 4])
def test_the_seeds_answer_the_same_with_the_compiled_kernels_and_without(tmp_path, id_bits):
    # Split at 4 bits, each term's postings stand in eight runs of 16 passages (as a corpus
    # of 500,000 passages stands in eight of 65,536): the runs' search is taken too.
    path = tmp_path / "seeds.cbidx"
    Index.build(SEEDS, id_bits=id_bits).save(path)
    compiled, plain = both(path)
    questions = ["Qui a créé Sora ?", "Tyler Perry studios", "rouge à lèvres", "\"rouge à lèvres\"",
                 "sécurité des vidéos", "vidos de sécurté", "le la les de", "la capitale de l'Australie",
                 "Que promet Sora pour la production de films ?", "What did OpenAI tell Bloomberg?",
                 "quels sont les risques des deepfakes pour les élections", "de la de la de la"]
    answered = 0
    for question in questions:
        for params in PARAMS:
            answer = compiled.search(question, k=10, params=params)
            assert answer == plain.search(question, k=10, params=params)
            answered += bool(answer.results)
    assert answered > len(questions)  # not all abstentions


WORDS = ("le", "la", "les", "de", "des", "et", "un", "vin", "vins", "rouge", "blanc", "cave", "caves",
         "fromage", "comté", "jura", "bourgogne", "pinot", "noir", "cépage", "affiné", "mois", "région")


def typo(word: str, at: int) -> str:
    """`word` with two letters side by side swapped (a typo the engine corrects)."""
    if len(word) < 4:
        return word
    i = 1 + at % (len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


paragraphs = st.lists(st.sampled_from(WORDS), min_size=3, max_size=40).map(" ".join)
documents = st.lists(paragraphs, min_size=1, max_size=6).map(lambda ps: "\n\n".join(p.capitalize() + "." for p in ps))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(docs=st.lists(documents, min_size=1, max_size=8), id_bits=st.sampled_from([0, 1, 2, 3]),
       picks=st.lists(st.tuples(st.integers(0, 10_000), st.integers(2, 7), st.booleans()), min_size=3, max_size=6))
def test_any_corpus_of_common_words_answers_the_same_with_the_kernels_and_without(tmp_path_factory, docs, id_bits, picks):
    # Questions quoting a stretch of a document word for word (verbatim runs), with a typo
    # or not, over documents made of a few common words: every term is in many passages.
    folder = tmp_path_factory.mktemp("docs")
    for i, text in enumerate(docs):
        (folder / f"doc{i}.txt").write_text(text, encoding="utf-8")
    path = folder / "index.cbidx"
    Index.build(folder, id_bits=id_bits, folder=folder).save(path)
    compiled, plain = both(path)
    words = " ".join(docs).replace(".", "").split()
    for start, length, misspelt in picks:
        stretch = words[start % len(words):start % len(words) + length]
        if misspelt:
            stretch[0] = typo(stretch[0], start)
        for question in (" ".join(stretch), f"\"{' '.join(stretch)}\""):
            for params in PARAMS:
                assert compiled.search(question, k=5, params=params) == plain.search(question, k=5, params=params)


def damaged(path: Path, name: str, change) -> Index:
    """The index at `path` with one of its arrays changed by `change` (a copy)."""
    header, arrays = storage.read(path)
    arrays = dict(arrays)
    arrays[name] = change(np.array(arrays[name]))
    return Index(header, arrays, path)


@pytest.mark.skipif(not kernels.available(), reason="the compiled kernels were not built (no C compiler)")
@pytest.mark.parametrize("name, change", [
    ("post_run", lambda a: a * 1000),  # postings past the end of the lists
    ("post_run", lambda a: a[::-1].copy()),  # runs that go backwards
    ("post_low", lambda a: np.full_like(a, 65535)),  # passage ids past the last passage
    ("pass_ptr", lambda a: a * 1000),  # passages' words past the word sequences (closeness, phrases)
    ("rare_ptr", lambda a: a + 1000),  # words stored apart past their list
    ("code_term", lambda a: a[:100].copy()),  # codes with no term
    ("pass_para", lambda a: a.astype(np.int64) + 1_000_000),  # paragraphs past the last (sections)
    ("heading_ptr", lambda a: a.astype(np.int64) * 1000),  # headings' terms past their list
])
def test_a_damaged_index_raises_an_error_rather_than_reading_out_of_bounds(tmp_path, name, change):
    path = tmp_path / "seeds.cbidx"
    Index.build(SEEDS, id_bits=4).save(path)
    index = damaged(path, name, change)
    assert index.compiled
    raised = 0
    for question in ["Tyler Perry studios", "\"rouge à lèvres\"", "sécurité des vidéos", "le la les de",
                     "Qui a créé Sora ?"]:
        try:
            index.search(question, params=MAXSCORE)
        except (ValueError, IndexError):
            raised += 1
    assert raised  # the damage was read, and said so: the process is still here


def test_a_kernel_given_arrays_of_the_wrong_kind_raises():
    if not kernels.available():
        pytest.skip("the compiled kernels were not built (no C compiler)")
    k = kernels._kernels
    ids = np.arange(10, dtype=np.int32)
    with pytest.raises(ValueError):
        k.sum_by_id(ids, np.ones(10, dtype=np.float64))  # float64 where float32 is read
    with pytest.raises(ValueError):
        k.sum_by_id(ids, np.ones(9, dtype=np.float32))  # one value short
    with pytest.raises(ValueError):
        k.sum_by_id(-ids, np.ones(10, dtype=np.float32))  # negative ids
    with pytest.raises((ValueError, BufferError)):
        k.sum_by_id(ids[::2], np.ones(5, dtype=np.float32))  # not contiguous
    with pytest.raises(TypeError):
        k.sum_by_id([1, 2], [1.0, 2.0])  # not arrays
    # a word's occurrence past the passages' last bound (three words, each term 0, stored as code 7)
    words = (np.zeros(3, dtype=np.int64), np.array([0, 1, 2, 3], dtype=np.int64), np.array([7], dtype=np.uint16), 1)
    with pytest.raises(ValueError):
        k.phrase_runs(np.array([5]), 1, np.full(20, 7, dtype=np.uint16), np.zeros(0, dtype=np.int32),
                      np.zeros(0, dtype=np.int32), np.array([0, 4], dtype=np.int32), *words,
                      np.array([0, 1, 2, 3]), 3, 2)
    with pytest.raises(ValueError):  # a word's ids past the list of ids
        k.phrase_runs(np.array([1]), 1, np.full(20, 7, dtype=np.uint16), np.zeros(0, dtype=np.int32),
                      np.zeros(0, dtype=np.int32), np.array([0, 20], dtype=np.int32), words[0],
                      np.array([0, 1, 2, 9], dtype=np.int64), *words[2:], np.array([0, 1, 2, 3]), 3, 2)


@pytest.mark.skipif(not kernels.available(), reason="the compiled kernels were not built (no C compiler)")
def test_the_words_each_candidate_holds_are_the_same_learned_by_the_candidates_stage_or_searched_again(tmp_path):
    # The candidates stage tells which of the question's terms each candidate holds
    # (`Candidates.holds`), from the postings it read: the held words, the coverage and the
    # abstention's count read them there rather than search the postings again.
    from corpus.query import read_query
    from corpus.scoring import held_shares

    path = tmp_path / "seeds.cbidx"
    Index.build(SEEDS, id_bits=4).save(path)
    index = Index.load(path)
    learned = 0
    for question in ["Qui a créé Sora ?", "Tyler Perry studios", "vidos de sécurté", "rouge à lèvres",
                     "Que promet Sora pour la production de films ?", "la capitale de l'Australie"]:
        for params in PARAMS:
            query = read_query(index, question, params)
            found = candidates.gather(index, query, params)
            if found.holds is None:  # a pass over the whole corpus: searched again
                continue
            learned += 1
            assert found.holds.size == found.passages.size
            told = held_shares(index, query.words, found.passages, params, found.read, found.holds)
            searched = held_shares(index, query.words, found.passages, params, found.read)
            assert all(np.array_equal(a, b) for a, b in zip(told, searched))
    assert learned


def test_held_terms_given_wrong_raise():
    if not kernels.available():
        pytest.skip("the compiled kernels were not built (no C compiler)")
    k = kernels._kernels
    ids, values = np.array([3, 1, 3], dtype=np.int32), np.ones(3, dtype=np.float32)
    distinct, sums, masks = k.sum_by_id(ids, values, np.array([0, 1, 3]), np.array([5, 0]))
    assert np.frombuffer(masks, dtype=np.uint64).tolist() == [1, 1 + 32]  # passage 1: the second term; 3: both
    with pytest.raises(ValueError):
        k.sum_by_id(ids, values, np.array([0, 1, 3]), np.array([64, 0]))  # a bit past 63
    with pytest.raises(ValueError):
        k.sum_by_id(ids, values, np.array([0, 1, 2]), np.array([0, 1]))  # offsets short of the ids
    with pytest.raises(ValueError):
        k.sum_by_id(ids, values, np.array([0, 2, 1, 3]), np.array([0, 1, 2]))  # offsets going back
    ptr, low = np.array([0, 2]), np.array([1, 3], dtype=np.uint16)
    args = (ptr, 1, 16, np.array([0]), low, np.ones(2, dtype=np.uint8), np.array([1, 3]),
            np.ones(1, dtype=np.float32), np.ones(1, dtype=np.float32), np.ones(1, dtype=np.float32))
    held = np.zeros(2, dtype=np.uint64)
    k.scores_of(*args, np.array([7]), held)
    assert held.tolist() == [128, 128]
    with pytest.raises(ValueError):
        k.scores_of(*args, np.array([7]), np.zeros(2, dtype=np.int64))  # signed masks
    with pytest.raises(ValueError):
        k.scores_of(*args, np.array([7]), np.zeros(1, dtype=np.uint64))  # a mask short
    with pytest.raises(ValueError):  # more terms than a mask has bits
        k.held_words(np.zeros(66, dtype=np.int64), 1, 16, np.zeros(65, dtype=np.int64), low, np.array([1]),
                     np.zeros(65, dtype=np.int64), np.ones(65), 1, np.zeros(1, dtype=np.uint64))


def test_the_passages_quoting_longest_are_picked_by_length_then_place_and_runs_given_wrong_raise():
    if not kernels.available():
        pytest.skip("the compiled kernels were not built (no C compiler)")
    # Runs through two anchors: passage 9 twice (its longest, 5, counts), 4 and 7 as long.
    owners = [np.array([4, 9, 12], dtype=np.int64), np.array([7, 9], dtype=np.int64)]
    lengths = [np.array([3, 4, 3], dtype=np.int64), np.array([3, 5], dtype=np.int64)]
    extra, found_length, extra_length, quoting = kernels.phrase_passages(owners, lengths, np.array([1, 7], dtype=np.int32), 3)
    assert (extra.tolist(), extra_length.tolist(), found_length.tolist(), quoting) == ([4, 9], [3, 5], [0, 3], 4)
    k = kernels._kernels
    with pytest.raises(ValueError):  # a length short
        k.phrase_passages((owners[0],), (lengths[0][:2],), np.array([1]), 3)
    with pytest.raises(ValueError):  # as many owners as lengths
        k.phrase_passages(tuple(owners), (lengths[0],), np.array([1]), 3)


def test_questions_asked_from_several_threads_at_once_get_the_answers_asked_alone(tmp_path):
    # The bot searches in a thread while its event loop goes on; the kernels let go of the GIL
    # in their loops, so searches of one index overlap.
    from concurrent.futures import ThreadPoolExecutor

    path = tmp_path / "seeds.cbidx"
    Index.build(SEEDS, id_bits=4).save(path)
    index = Index.load(path)
    questions = ["Qui a créé Sora ?", "\"rouge à lèvres\"", "vidos de sécurté", "Tyler Perry studios"] * 8
    alone = [index.search(q, params=MAXSCORE) for q in questions]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda q: index.search(q, params=MAXSCORE), questions))
    assert together == alone and any(a.results for a in alone)


def test_excerpts_of_text_in_any_script_are_the_same_with_the_kernels_and_without(tmp_path):
    # The compiled scan finds a passage's words as the analysis's pattern does, whatever the
    # characters: letters of any script, digits of any system, superscripts, accents written
    # apart, elided articles, spaces of every width.
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "scripts.txt").write_text(
        "L'état du réseau ² et l’accès : 中文字 ١٢٣ m² café\u0301 naïve.\n\n"
        "Le\u00a0serveur d'échange\u2009répond ; l'hôte Ⅷ reçoit 𝐀𝐁 ſ ŉ ǅ.\n\n"
        "D'après l'index, qu'il s'agisse d'un café ou d'une brasserie, l'accès reste libre.\n",
        encoding="utf-8")
    path = tmp_path / "index.cbidx"
    Index.build(folder).save(path)
    compiled, plain = both(path)
    answered = 0
    for question in ["état du réseau", "café naïve", "serveur d'échange", "l'hôte reçoit", "accès libre", "中文字"]:
        answer = compiled.search(question, k=5)
        assert answer == plain.search(question, k=5)
        answered += bool(answer.results and answer.results[0].highlights)
    assert answered >= 4  # excerpts with their words found and highlighted


@settings(max_examples=200, deadline=None)
@given(scores=st.lists(st.integers(0, 12), min_size=1, max_size=400), limit=st.integers(1, 300),
       scale=st.sampled_from([1.0, 0.37, 1e-30]))
def test_the_best_scores_are_picked_alike_with_the_kernels_and_without_ties_included(scores, limit, scale):
    # Few distinct values: many scores tie at the cut, and the first of them are taken.
    values = np.array(scores, dtype=np.float32) * np.float32(scale)
    picked = candidates.best(values, limit, compiled=kernels.available())
    assert np.array_equal(picked, candidates.best(values, limit))
    assert len(picked) == min(limit, len(values))


@settings(max_examples=200, deadline=None)
@given(seed=st.integers(0, 2 ** 32 - 1), size=st.integers(400, 6000), distinct=st.sampled_from([2, 40, 10 ** 6]),
       limit=st.integers(1, 400), scale=st.sampled_from([1.0, 0.37, 1e-30, 1e-44, 3e32]))
def test_the_best_of_thousands_of_scores_are_picked_alike_with_the_kernels_and_without(seed, size, distinct, limit,
                                                                                        scale):
    # As many scores as a question's candidates before the cut (the kernel then sorts them
    # into bins first), with few distinct values or many, spread wide or packed to the last bit.
    values = np.random.default_rng(seed).integers(0, distinct, size).astype(np.float32) * np.float32(scale)
    picked = candidates.best(values, limit, compiled=kernels.available())
    assert np.array_equal(picked, candidates.best(values, limit))


def test_best_scores_with_a_nan_among_them_are_left_to_numpy():
    if not kernels.available():
        pytest.skip("the compiled kernels were not built (no C compiler)")
    values = np.array([1.0, np.nan, 3.0, 2.0], dtype=np.float32)
    assert kernels.best(values, 2) is None
    assert np.array_equal(candidates.best(values, 2, compiled=True), candidates.best(values, 2))
    assert kernels.best(values.astype(np.float64), 2) is None  # float64: numpy decides too
    with pytest.raises(ValueError):
        kernels._kernels.best_places(np.ones(3, dtype=np.float32), 0)


def test_every_passage_opens_with_the_same_stored_word_with_the_kernels_and_without(tmp_path):
    path = tmp_path / "seeds.cbidx"
    Index.build(SEEDS).save(path)
    compiled, plain = both(path)
    passages = list(range(len(plain)))
    assert compiled.first_words(passages) == plain.first_words(passages)
    if compiled.compiled:
        with pytest.raises(ValueError):  # a passage past the last: said, not read
            compiled.first_words([len(plain)])


@settings(max_examples=200, deadline=None)
@given(rarities=st.lists(st.floats(0.0, 12.0, width=32), min_size=0, max_size=10),
       typos=st.lists(st.integers(0, 2), min_size=10, max_size=10), rows=st.integers(0, 300),
       seed=st.integers(0, 2 ** 32 - 1))
def test_each_candidate_covers_the_same_share_of_the_question_with_the_kernels_and_without(rarities, typos, rows,
                                                                                          seed):
    # Shares as `held_shares` gives them (none, whole, a translation's or a family's), many
    # rows alike, for questions of none to ten words (numpy sums eight or more in another order).
    words = [QueryWord(f"w{j}", f"w{j}", (j, j + 1)[:1 + (t > 1)], t, 1.0, r, -1)
             for j, (r, t) in enumerate(zip(rarities, typos))]
    rng = np.random.default_rng(seed)
    present = rng.choice(np.array([0.0, 1.0, 0.5, 0.3, 0.8], dtype=np.float32), size=(rows, len(words)))
    with_kernels = weighted_share(words, present, DEFAULT_PARAMS, compiled=kernels.available())
    assert with_kernels.dtype == np.float32
    assert np.array_equal(with_kernels.view(np.int32), weighted_share(words, present, DEFAULT_PARAMS).view(np.int32))


def test_shares_of_rows_the_question_does_not_fit_raise():
    if not kernels.available():
        pytest.skip("the compiled kernels were not built (no C compiler)")
    rarity = np.ones(3, dtype=np.float32)
    with pytest.raises(ValueError):
        kernels._kernels.weighted_rows(np.ones(7, dtype=np.float32), rarity, 1.0)  # not rows of three
    with pytest.raises(ValueError):
        kernels._kernels.weighted_rows(np.ones(6, dtype=np.float32), rarity[:0], 1.0)  # no word
    with pytest.raises(ValueError):
        kernels._kernels.weighted_rows(np.ones(6, dtype=np.float64), rarity, 1.0)  # float64 shares
