"""The build's words read by the compiled pass (`corpus/reading.py`) make the index Python makes.

A build reads the words of its documents in C when the pass was built (`make` builds it where a
C compiler is found) and in Python when asked (`Index.build(..., compiled=False)`) or when it was
not: every array of the index the same, byte for byte, so the same answers, whatever the script,
accents, apostrophes, hyphens, digits, underscores or emoji of the text.
"""
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus import Index, analysis, builder, reading

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
needs_compiler = pytest.mark.skipif(not reading.available(),
                                    reason="the compiled reading was not built (no C compiler)")

MIXED = """# Les dommages-intérêts

L'IA générative d'OpenAI, c'est « Sora » : 3,5 millions de vidéos en 2024… Qu'en dit-on ?
Le contrat sous-traité au 1er janvier ; l'article 515-14 du Code civil, COVID-19 et dix-huit mois.

## Code et identifiants

Appelez `discord.Client.wait_for` puis on_ready() ; snake_case_name, __init__ et x2_y3.
Straße, œuvre, Ærø, naïve café — ﬁn ﬂ ½ ² ① Ⅻ (NFKC).

## 混合スクリプト

東京は日本の首都です。北京是中国的首都。서울은 한국의 수도입니다. Москва — столица России.
Emoji 🎉🚀 between words👍and a zero‑width\u200bjoiner, تاريخ ١٢٣ and हिन्दी ४५६.
It's don't won't: the user's `setup_hook` is 10x faster than v2.0-beta.
"""


def arrays_of(index: Index) -> dict[str, bytes]:
    return {name: (value.dtype.str, np.ascontiguousarray(value).tobytes())
            for name, value in index.arrays._asdict().items()}


def assert_same_index(compiled: Index, plain: Index) -> None:
    assert arrays_of(compiled) == arrays_of(plain)
    assert compiled.terms == plain.terms and compiled.sources == plain.sources


def built_both_ways(source, **kwargs) -> tuple[Index, Index]:
    return Index.build(source, compiled=True, **kwargs), Index.build(source, compiled=False, **kwargs)


@pytest.mark.parametrize("workers", [1, 2])
def test_the_seeds_build_the_same_index_with_the_compiled_reading_and_without(workers):
    compiled, plain = built_both_ways(SEEDS, workers=workers)
    assert_same_index(compiled, plain)
    answer = compiled.search("Qui a créé Sora ?")
    assert answer.results and answer == plain.search("Qui a créé Sora ?")


def test_a_text_of_many_scripts_and_signs_builds_the_same_index_both_ways(tmp_path):
    (tmp_path / "mixed.md").write_text(MIXED, encoding="utf-8")
    (tmp_path / "long.txt").write_text((MIXED.replace("#", "") + " ") * 30, encoding="utf-8")
    compiled, plain = built_both_ways(tmp_path)
    assert_same_index(compiled, plain)
    for question in ["Que dit l'article 515-14 ?", "discord.Client.wait_for", "首都", "столица России", "Straße"]:
        answer = compiled.search(question)
        assert answer == plain.search(question)
    assert compiled.search("Que dit l'article 515-14 ?").results


# Letters with and without accents, capitals, digits of several scripts, joiners, apostrophes,
# marks that end sentences, spaces and line breaks, CJK, emoji, combining marks and forms NFKC
# changes (ligatures, full-width letters).
CHARACTERS = st.sampled_from(list("aeéEÉlL'’-_.,;:!?…  \n\n0123456789٣७xyzßœ東京語한🎉👍\u0301\u200bﬁＡ①²«»\"()"
                                  "ªµ¹¼×÷ÿĀ·\u00a0"))
TEXTS = st.text(alphabet=CHARACTERS, min_size=0, max_size=400)


@given(texts=st.lists(TEXTS, min_size=1, max_size=4))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_text_builds_the_same_index_with_the_compiled_reading_and_without(tmp_path, texts):
    folder = tmp_path / f"corpus-{abs(hash(tuple(texts)))}"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"doc{i}.txt").write_text("Titre\n\n" + text, encoding="utf-8")
    compiled, plain = built_both_ways(folder)
    assert_same_index(compiled, plain)


@needs_compiler
@given(text=TEXTS, start=st.integers(-5, 450), end=st.integers(-5, 450))
@settings(max_examples=300, deadline=None)
def test_the_compiled_pass_finds_the_words_the_python_pattern_finds(text, start, end):
    known: dict[str, int] = {}
    order: list[str] = []

    def new_word(word: str) -> int:
        order.append(word)
        known[word] = len(known) - 3  # negative ids too, as stop words have
        return known[word]

    ids, counts, spells, joined = reading.word_ids(text, [(start, end), (0, len(text))], known, new_word, {"x", "a"})
    # Python's own reading of the same spans: str slicing clips offsets the same way.
    clip = lambda at: max(0, min(at, len(text)))  # noqa: E731
    first = analysis.words_between(text, clip(start), max(clip(start), clip(end)))
    whole = analysis.words_between(text, 0, len(text))
    assert counts == [len(first), len(whole)]
    assert list(ids) == [known[word] for word in first + whole]
    assert order == list(dict.fromkeys(first + whole))  # each new word analysed once, in order
    assert spells == bool({"x", "a"} & set(first + whole))
    assert joined == analysis.may_hold_identifiers(text)
    assert reading.most_words(text) == builder._most_words(text)


@needs_compiler
def test_the_compiled_pass_reads_every_character_as_python_does():
    # Every code point alone between spaces: a word exactly when str.isalnum() says so.
    text = " ".join(map(chr, range(0x110000)))
    known: dict[str, int] = {}
    ids, counts, _, _ = reading.word_ids(text, [(0, len(text))], known, lambda word: known.setdefault(word, len(known)),
                                      set())
    assert list(known) == [chr(c) for c in range(0x110000) if chr(c).isalnum()] == \
        analysis.words_between(text, 0, len(text))
    assert counts == [len(known)] and list(ids) == list(range(len(known)))


@needs_compiler
def test_the_compiled_pass_refuses_what_it_cannot_read():
    known = {"vin": 1}
    with pytest.raises(ValueError):
        reading.word_ids("vin rouge", [(0, 9)], known, lambda word: "not an id", set())
    with pytest.raises(ValueError):
        reading.word_ids("vin rouge", [(0, 9)], known, lambda word: 2**40, set())
    with pytest.raises(ZeroDivisionError):
        reading.word_ids("vin rouge", [(0, 9)], known, lambda word: 1 // 0, set())
    with pytest.raises(TypeError):
        reading.word_ids("vin rouge", [(0, 9, 1)], known, lambda word: 0, set())
    with pytest.raises(TypeError):
        reading.word_ids("vin rouge", [(0, 9)], known, lambda word: 0, ["rouge"])
    assert list(reading.word_ids("vin rouge", [(0, 3), (7, 2)], known, lambda word: 0, set())[0]) == [1]


@needs_compiler
@given(texts=st.lists(TEXTS, min_size=1, max_size=4))
@settings(max_examples=100, deadline=None)
def test_words_met_again_get_from_the_cache_the_ids_the_dictionary_gives(texts):
    known: dict[str, int] = {}
    order: list[str] = []

    def new_word(word: str) -> int:
        order.append(word)
        known[word] = len(known) - 3
        return known[word]

    cache = reading.word_cache(known)
    # Each text twice (its words then come from the cache), then within a wider string (the
    # same words stored in 2 or 4 bytes a character).
    for text in texts + texts + [f"{text} 東 🎉" for text in texts]:
        cached = reading.word_ids(text, [(0, len(text)), (1, len(text) - 1)], known, new_word, {"x", "a"}, cache)
        looked_up = reading.word_ids(text, [(0, len(text)), (1, len(text) - 1)], known, new_word, {"x", "a"})
        assert cached == looked_up
    assert len(order) == len(set(order)) == len(known)  # each word analysed once


@needs_compiler
def test_a_word_cache_serves_only_its_own_dictionary():
    known, other = {"vin": 1}, {"vin": 2}
    with pytest.raises(ValueError):
        reading.word_ids("vin rouge", [(0, 9)], other, lambda word: 0, set(), reading.word_cache(known))
    with pytest.raises(ValueError):
        reading.word_ids("vin rouge", [(0, 9)], known, lambda word: 0, set(), object())
