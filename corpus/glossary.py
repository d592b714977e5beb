"""Everyday words for the terms a field writes: "chien" for *animal*, "héritage" for
*succession*, "loyer" for *bail*.

People ask about the law in their own words, and the law writes its own: a question on a dog
that bit someone meets nothing in an article on "le propriétaire d'un animal". A table of the
everyday French words for the terms of French law (`lexicon_fr_law.py`, written from the
subjects of the Code civil's table of contents, every book and title, not from any question)
gives those words the terms the law would use. It is read as the bridge's table is
(`bridge.py`): every side by its stems under the French chain, a noun in the plural too, a verb
in the forms text writes it in, and only the terms the corpus holds are kept. The terms are a
guess at what the documents say, not the question's words: they count as a share of the word
(`RankingParams.glossary_weight`, 0.65, between a synonym's 0.5 and a translation's 0.8), in
the candidates, the ranking and the confidence alike, so a question on something the documents
do not cover is still declined. Only for a word the documents never write: one they write is
theirs, in their sense.

An expression of several words ("union libre", "mettre à la porte") says what none of its
words says alone, and the documents may write each of them in its own sense: those are matched
on the question's words in a row (`Expressions`), and the law's terms for them join the
expression's last word, at the same share.

It serves any French corpus (a lease, a contract, a will in any French text are said with the
same words), and English questions on one: their words' French translations (`bridge.py`) are
looked up in it too, so "dog" finds *chien* and then *animal*.
"""
from __future__ import annotations

from functools import lru_cache

from . import french_verbs
from .analysis import analyse_new_word, analyse_word, words
from .bridge import add_new, lexicon, plural
from .lexicon_fr_law import EVERYDAY_FR_LAW, EXPRESSIONS_FR_LAW

LANGUAGE = "fr"  # the language of the table, its heads and its terms


class Glossary:
    """Stems of everyday words -> stems of the terms written for them. The heads are stemmed
    when the table is read; a line's terms only when a question asks for them (most of the
    table is never asked: reading it whole took twice as long)."""

    def __init__(self, table: str):
        self._lines: list[str] = []  # each line's terms, as written
        self._heads: dict[str, list[tuple[int, str]]] = {}  # head stem -> (line, the stem to leave out)
        for line in table.strip().splitlines():
            heads, _, written = line.partition("#")[0].partition(":")
            if not written.strip():
                continue
            self._lines.append(written)
            at = len(self._lines) - 1
            for head in words(heads):
                head_stem = analyse_new_word(head, LANGUAGE)[1]
                if not head_stem:
                    continue
                self._heads.setdefault(head_stem, []).append((at, head_stem))
                # A verb asked in a form of its own ("mordu", "je prête") finds its terms too.
                lower = head.lower()
                for form in (*french_verbs.forms(lower), *french_verbs.question_forms(lower)):
                    form_stem = analyse_new_word(form, LANGUAGE)[1]
                    if form_stem and form_stem != head_stem:
                        self._heads.setdefault(form_stem, []).append((at, head_stem))

    def terms(self, stem: str) -> tuple[str, ...]:
        found: list[str] = []
        for at, head_stem in self._heads.get(stem, ()):
            for term in _line_stems(self._lines[at]):
                if term not in (head_stem, stem):
                    add_new(found, term)
        return tuple(found)


@lru_cache(maxsize=1024)
def _line_stems(written: str) -> tuple[str, ...]:
    """The stems of a line's terms: each word, its plural, the forms of a verb."""
    return tuple(dict.fromkeys(stem for word in words(written)
                               for form in (word, plural(word), *french_verbs.forms(word.lower()))
                               if (stem := analyse_new_word(form, LANGUAGE)[1])))


def marks(surfaces) -> tuple[str, ...]:
    """Words as an expression is matched: a content word by its stem under the French chain
    ("enfants", "enfant": the same), a function word as written, folded ("sans", "mon")."""
    return tuple(map(_mark, surfaces))


@lru_cache(maxsize=8192)
def _mark(surface: str) -> str:
    key, term = analyse_word(surface, LANGUAGE)
    return term or "~" + key


class Expressions:
    """Everyday expressions of several words for the terms the law writes ("union libre":
    *concubinage*; "mettre à la porte": *expulsion*): what they say, none of their words says
    alone, and each of their words the documents may write in its own sense ("libre", "porte"),
    so the word-by-word table cannot hold them. Matched on the question's words in a row."""

    def __init__(self, table: str):
        self._lines: list[str] = []
        # the marks each word of an expression may take, by those of its first word
        self._by_first: dict[str, list[tuple[tuple[frozenset[str], ...], int]]] = {}
        for line in table.strip().splitlines():
            heads, _, written = line.partition("#")[0].partition(":")
            if not written.strip():
                continue
            self._lines.append(written)
            for head in heads.split(","):
                # A verb in the forms text writes it in that its stem does not reach ("mettre
                # à la porte": "m'a mis à la porte", `french_verbs.py`).
                seen = tuple(frozenset(marks((word, *french_verbs.forms(word.lower())))) for word in words(head))
                if len(seen) > 1:
                    for first in seen[0]:
                        self._by_first.setdefault(first, []).append((seen, len(self._lines) - 1))

    def found(self, said: tuple[str, ...]) -> list[tuple[int, tuple[str, ...]]]:
        """(the position of an expression's last word in `said`, the stems of its terms), for
        each expression the marks `said` hold in a row."""
        out = []
        for at, mark in enumerate(said):
            for seen, line in self._by_first.get(mark, ()):
                if len(said) - at >= len(seen) and all(said[at + i] in alike for i, alike in enumerate(seen)):
                    out.append((at + len(seen) - 1, _line_stems(self._lines[line])))
        return out


@lru_cache(maxsize=1)
def expressions() -> Expressions:
    return Expressions(EXPRESSIONS_FR_LAW)


def expression_terms(index, surfaces: list[str], language: str) -> list[tuple[int, tuple[int, ...]]]:
    """(position of its last word, the index's terms) of each everyday expression a French
    question holds (`Expressions`), on a corpus that holds French: a guess, as the table's."""
    if language != LANGUAGE or LANGUAGE not in index.languages:
        return []
    found = []
    for last, stems in expressions().found(marks(surfaces)):
        terms = tuple(dict.fromkeys(t for stem in stems if (t := index.term_id.get(stem)) is not None))
        if terms:
            found.append((last, terms))
    return found


@lru_cache(maxsize=1)
def glossary() -> Glossary:
    """The table, read once, on the first question asked of a French corpus."""
    return Glossary(EVERYDAY_FR_LAW)


def written_terms(index, stem: str, language: str) -> tuple[int, ...]:
    """The index's terms the table gives for a question word's stem that the documents never
    write: the word's own (a French question: "chien"), or its French translations' when the
    documents write none of them (an English one: "dog" -> *chien* -> *animal*). A word the documents write is theirs, in their sense:
    its terms are left out (with them, measured: "divorce" meeting *séparation de corps*,
    "voisin" *fonds*, cost first answers on every Code civil set). None for a corpus that holds
    no French."""
    if LANGUAGE not in index.languages:
        return ()
    stems = (stem,) if language == LANGUAGE else lexicon().translations(stem, language, LANGUAGE)
    if any(source in index.term_id for source in stems):  # said in the documents' words already
        return ()
    found: list[int] = []
    for source in stems:
        for other in glossary().terms(source):
            tid = index.term_id.get(other)
            if tid is not None and tid not in found:
                found.append(tid)
    return tuple(found)
