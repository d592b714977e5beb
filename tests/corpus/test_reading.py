"""The build's words read by the compiled pass (`corpus/reading.py`) make the index Python makes.

A build reads the words of its documents in C when the pass was built (`make` builds it where a
C compiler is found) and in Python when asked (`Index.build(..., compiled=False)`) or when it was
not: every array of the index the same, byte for byte, so the same answers, whatever the script,
accents, apostrophes, hyphens, digits, underscores or emoji of the text.
"""
import tempfile
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus import Index, analysis, builder, passages, reading
from corpus.readers.blocks import CODE
from corpus.sources import Paragraph

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
    # One folder an example: Hypothesis may draw the same texts twice in one tmp_path.
    folder = Path(tempfile.mkdtemp(prefix="corpus-", dir=tmp_path))
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
def test_long_and_short_words_met_again_in_any_script_get_their_own_ids():
    # The cache keeps the characters of a word of at most 15, each below 256, beside its id:
    # words either side of that length, prefixes of each other, a letter beyond Latin-1, each
    # met first in a text of one width and again in texts of the others.
    # (Each of the last two pairs has one hash in the cache's table, `hash_chars`: only their
    # characters tell them apart.)
    stems = ["été", "a", "ab", "abc", "déménagements", "déménagementss", "déménagementsss", "aaaaaaaaaaaaaaa",
             "aaaaaaaaaaaaaab", "aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaa", "őrség", "őrségekőrségek", "Ωmega", "x2",
             "béjmtqq", "wkllanc", "hjuwygddbgntpupst", "uiievabtvkfdhntca"]
    known: dict[str, int] = {}

    def new_word(word: str) -> int:
        assert word not in known  # each word analysed once
        known[word] = len(known) + 10
        return known[word]

    cache = reading.word_cache(known)
    words = " ".join(stems)
    latin = " ".join(word for word in stems if max(map(ord, word)) < 256)  # a character a byte
    for text in [latin, words, latin + " 東", latin + " 🎉", " ".join(reversed(stems)), "東 " + words, latin]:
        cached = reading.word_ids(text, [(0, len(text))], known, new_word, set(), cache)[0]
        assert list(cached) == [known[word] for word in text.split() if word != "🎉"]  # 東 is a word
    assert len(known) == len(stems) + 1


@needs_compiler
def test_a_word_cache_serves_only_its_own_dictionary():
    known, other = {"vin": 1}, {"vin": 2}
    with pytest.raises(ValueError):
        reading.word_ids("vin rouge", [(0, 9)], other, lambda word: 0, set(), reading.word_cache(known))
    with pytest.raises(ValueError):
        reading.word_ids("vin rouge", [(0, 9)], known, lambda word: 0, set(), object())


# Prose without markup (its paragraphs are read by the compiled reading, sentences and windows
# included): long paragraphs, abbreviations and initials, numbers spelt, identifiers, compounds,
# quotes, an indented code block, headings, list items, and characters NFKC changes (their
# paragraphs are read in Python, between paragraphs read in C).
PROSE = """# Le contrat de M. Dupont

M. Dupont et Mme Martin ont signé le 1er janvier. J. K. Rowling l'a lu ! « Pourquoi ? » dit-elle.
""" + " ".join(["Le vendeur livre la chose vendue dans un délai de dix-huit mois, sauf clause contraire."] * 12) + """

## Les obligations du sous-traitant (art. 1103)

- Le sous-traitant exécute le contrat ; cf. l'article 515-14, etc. Voir aussi p. 12 et n°. 4.
- Straße et œuvre : ﬁn du texte, ½ et ² (NFKC).
- Appelez discord.Client.wait_for puis on_ready() avec snake_case_name et x2_y3 !

    def on_ready(self):
        return self.wait_for("message")

Une phrase…\u00a0Puis une autre. Et une troisième?'Oui' dit-il. :Note: (voir) [ici] — et – fin.
""" + "\n\n".join(" ".join([f"Phrase numéro {n} du paragraphe {k}, assez longue pour compter."
                                      for n in range(k)]) for k in range(1, 16))


@pytest.mark.parametrize("workers", [1, 2])
def test_prose_builds_the_same_index_with_the_compiled_paragraphs_and_without(tmp_path, workers):
    for i in range(3):
        (tmp_path / f"prose{i}.md").write_text(PROSE.replace("M. Dupont", f"M. Dupont{i}"), encoding="utf-8")
    (tmp_path / "plain.txt").write_text(PROSE.replace("#", ""), encoding="utf-8")
    compiled, plain = built_both_ways(tmp_path, workers=workers)
    assert_same_index(compiled, plain)
    for question in ["Qui a signé le 1er janvier ?", "discord.Client.wait_for", "dix-huit mois", "Straße"]:
        assert compiled.search(question) == plain.search(question)
    assert compiled.search("Qui a signé le 1er janvier ?").results


SENTENCE_TEXTS = st.lists(st.one_of(CHARACTERS, st.sampled_from(
    ["M.", "Mme.", "Mlle.", "n°.", "etc.", "J. K.", ". A", "! «", ".\" A", ".) (", "? 3", ":a", ":É", " \n ", "…\u00a0Z",
     "\u2029", "\x1c", "*", "[", "–", "—", "“", "”", "_p.", "xSt.", "St. "])), max_size=40).map("".join)


@needs_compiler
@given(text=SENTENCE_TEXTS)
@settings(max_examples=500, deadline=None)
def test_the_compiled_reading_cuts_the_sentences_python_cuts(text):
    assert reading.sentences(text) == [tuple(span) for span in passages.sentences(text)]


@needs_compiler
def test_the_compiled_paragraphs_refuse_what_they_cannot_read():
    paragraph = Paragraph(number=1, start=0, end=9)
    reader = reading.paragraph_reader(builder.KIND_CODES, builder.KIND_CODES[CODE], 60)

    def read(paragraphs, new_head=lambda section: 0, whole_ids=lambda text: [], reader=reader, known=None,
             readable=None):
        known = {} if known is None else known
        return reading.paragraphs(reader, "vin rouge 2.x", paragraphs, 0, 0, (0, 0, 0, 0), known,
                                  reading.word_cache(known), set(), {}, {}, lambda word: known.setdefault(word, 1),
                                  new_head, lambda section: [], whole_ids, readable)

    stop, arrays = read([paragraph])
    assert stop == 1 and list(np.frombuffer(arrays.sequence, dtype=np.int32)) == [1, 1]
    with pytest.raises(AttributeError):
        read(["not a paragraph"])
    with pytest.raises(KeyError):
        read([Paragraph(number=1, start=0, end=9, kind="nothing")])
    with pytest.raises(OverflowError):
        read([Paragraph(number=2**40, start=0, end=9)])
    with pytest.raises(TypeError):
        read([paragraph], new_head=lambda section: "no id")
    with pytest.raises(TypeError):
        read([Paragraph(number=1, start=0, end=13)], whole_ids=lambda text: "no list")
    with pytest.raises(ZeroDivisionError):
        read([Paragraph(number=1, start=0, end=13)], whole_ids=lambda text: [1 // 0])
    with pytest.raises(ValueError):
        read([paragraph], known={"vin": 2**40})
    with pytest.raises(TypeError):
        read([paragraph], readable=lambda text, code: None)
    # Markup blanked to a shorter text than the paragraph's: its words read where they are.
    assert read([paragraph], readable=lambda text, code: "vin")[1].sequence == read([paragraph])[1].sequence[:4]
    with pytest.raises(TypeError):
        read([paragraph], reader=reading._reading.Reader.__new__(reading._reading.Reader))
    with pytest.raises(ValueError):
        reading._reading.Reader({0x110000: " "}, bytes(0x300), builder.KIND_CODES, 0, 60)
    with pytest.raises(ValueError):
        reading._reading.Reader({}, bytes(10), builder.KIND_CODES, 0, 60)
    # Offsets out of the text are clipped as slicing clips them.
    stop, arrays = read([Paragraph(number=1, start=-5, end=400)])
    assert arrays.para_text == "vin rouge 2.x"[-5:400].encode()


@needs_compiler
def test_what_the_compiled_paragraphs_take_for_nfkc_is():
    # No character the table keeps is, or decomposes into one that is, the second of a pair
    # that composes (which NFKC would join to the character before it): on all of Unicode.
    second = set()
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            second.add(chr(int(parts[1], 16)))
    kept = [chr(code) for code, keeps in enumerate(reading.stable()) if keeps]
    assert "é" in kept and "—" in kept and "\u0301" not in kept and "ﬁ" not in kept
    for char in kept:
        decomposed = unicodedata.normalize("NFKD", char)
        assert char not in second and decomposed[0] not in second and not unicodedata.combining(decomposed[0])
    assert unicodedata.is_normalized("NFKC", "".join(kept))


def test_a_document_of_a_title_over_an_invisible_character_builds_an_index_that_answers_nothing(tmp_path):
    # The compiled inversion refuses a corpus of no passage: the build must not fail on one.
    (tmp_path / "doc0.txt").write_text("Titre\n\n\u200b", encoding="utf-8")
    answer = Index.build(tmp_path).search("Titre")
    assert answer.results == [] and answer.abstained
