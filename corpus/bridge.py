"""A question asked in another language than the documents': its everyday words put into theirs.

"Comment envoyer un message privé à un utilisateur ?" on English docs, "Can a married woman open
a bank account?" on French law. Cognates and names already meet (`query.py` matches a word as
written in any language, and corrects it against the vocabulary with one more typo:
"configuration", "privilégiés"/"privileged", "serveur"/"server"); everyday words do not
("envoyer"/"send", "husband"/"époux"), and a close spelling is then a false friend ("privé"
corrected to "price", "account" to "accouch").

A small table of general vocabulary (`lexicon_en_fr.py`: the most frequent English words and
their usual French translations, read both ways, and the words of software and chat platforms
that general list lacks: "serveur"/"guild", "message privé"/"DM") gives those words their
counterparts. Both
sides are compared by their stems under their own language's chain, so "envoie", "envoyés"
and "envoyer" all find "send"; only the counterparts the corpus holds are kept. The translations
are a guess of what the documents would say, not what the question says: they weigh less than
the word as written would (`RankingParams.bridge_weight`), in the candidates, the ranking and
the confidence alike, so that a question on another subject is still declined.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from . import french_genders, french_verbs
from .analysis import analyse_new_word, words
from .lexicon_en_fr import CAPITALISED_EN, COMPUTING_EN_FR, ENGLISH_FRENCH, INITIALS_EN_FR, IRREGULAR_EN, NEWS_EN_FR

PAIRS = {("en", "fr"), ("fr", "en")}  # the languages the table bridges


class Lexicon:
    """Stems of one language -> stems of their translations in another."""

    def __init__(self, table: str, irregular: str = ""):
        self._stems: dict[tuple[str, str], dict[str, list[str]]] = {pair: defaultdict(list) for pair in PAIRS}
        # English words the French say with function words only ("without": "sans"): no
        # subject in them, as "what" is none.
        self._function: dict[tuple[str, str], set[str]] = {pair: set() for pair in PAIRS}
        # Words of one language that share a translation as written, by stem: "picture" and
        # "image" are both "image". As written, not by stem: "utilisateur" and "utiliser" share
        # a French stem, "user" and "use" no translation.
        self._alike: dict[str, dict[str, list[str]]] = {"en": defaultdict(list), "fr": defaultdict(list)}
        by_french: dict[str, list[str]] = defaultdict(list)
        by_english: dict[str, list[str]] = defaultdict(list)
        for line in table.strip().splitlines():
            head, _, translations = line.partition(":")
            english = analyse_new_word(head.strip(), "en")[1]
            if english:
                for word in translations.split():
                    add_new(by_french[word.lower()], english)
                    add_new(by_english[english], word.lower())
            # Read as the documents are: "quelqu'un" is two function words, "chauve-souris" two
            # words. A French noun or adjective is found in the plural as well: Snowball stems
            # "entier" to "enti" but "entiers" to "entier". A verb stands for the forms text
            # writes it in, which its stem does not reach ("promettre": "promet", "promis";
            # `french_verbs.py`).
            # (A function word has no plural: "quelqu'un" is no "uns".)
            french = [stem for word in words(translations) if analyse_new_word(word, "fr")[1]
                      for form in (word, plural(word), *french_verbs.forms(word.lower()),
                                   *french_genders.other_gender(word.lower()))
                      if (stem := analyse_new_word(form, "fr")[1])]
            if not english:  # "must": "dois" is then no subject word of a French question
                self._function["fr", "en"].update(french)
                continue
            if not french:
                self._function["en", "fr"].add(english)
            for stem in french:
                add_new(self._stems["en", "fr"][english], stem)
                add_new(self._stems["fr", "en"][stem], english)
            # A question's words find the verb in the forms a question asks it in ("je veux",
            # "il publie"), which text seldom writes: French to English only.
            for word in words(translations):
                for form in french_verbs.question_forms(word.lower()):
                    if stem := analyse_new_word(form, "fr")[1]:
                        add_new(self._stems["fr", "en"][stem], english)
        for heads in by_french.values():
            for english in heads:
                for other in heads:
                    if other != english:
                        add_new(self._alike["en"][english], other)
        for written in by_english.values():
            stems = [stem for word in written if (stem := analyse_new_word(word, "fr")[1])]
            for french in stems:
                for other in stems:
                    if other != french:
                        add_new(self._alike["fr"][french], other)
        # An irregular past ("made", "saw") stands for its base's translations too, after its
        # own ("saw": "vu", then "voir"); French words find the base, not each form.
        en_fr = self._stems["en", "fr"]
        for line in irregular.strip().splitlines():
            forms, _, base = line.partition(":")
            translations = list(en_fr.get(analyse_new_word(base.strip(), "en")[1], ()))
            for form in forms.split():
                stem = analyse_new_word(form, "en")[1]
                if stem and translations:
                    for other in translations:
                        add_new(en_fr[stem], other)

    def translations(self, stem: str, source: str, target: str) -> tuple[str, ...]:
        """The stems, in `target`, of the usual translations of a `source` stem; none when the
        table does not bridge those two languages or does not hold the word."""
        return tuple(self._stems.get((source, target), {}).get(stem, ()))

    def alike(self, stem: str, language: str) -> tuple[str, ...]:
        """The stems of the words of `language` that share a translation with that stem."""
        return tuple(self._alike.get(language, {}).get(stem, ()))

    def is_function_word(self, stem: str, source: str, target: str) -> bool:
        """Whether `target` says that `source` word with function words only (and with no
        other word in another of its senses)."""
        return stem in self._function.get((source, target), ()) and not self.translations(stem, source, target)


def plural(word: str) -> str:
    return word if word.endswith(("s", "x", "z")) else word + "s"


def add_new(found: list[str], stem: str) -> None:
    if stem not in found:
        found.append(stem)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The table, read once (some 2,600 lines: about 16 ms), on the first question asked
    in another language than the documents'."""
    return Lexicon(ENGLISH_FRENCH + COMPUTING_EN_FR + CAPITALISED_EN + INITIALS_EN_FR + NEWS_EN_FR, IRREGULAR_EN)


def everyday(word: str, as_name: bool = False) -> bool:
    """Whether the table knows a word as written, in English or in French, as an everyday one.
    Written as a name (`as_name`), only in initials: a title ("CEO", "PDG") is no name, but a
    capitalised everyday word is part of one ("the Eiffel Tower", "la Maison Blanche")."""
    if as_name and not word.isupper() and not capitalised_word(word):
        return False
    return _everyday(word)


@lru_cache(maxsize=1)
def _capitalised() -> frozenset[str]:
    return frozenset(line.partition(":")[0].strip() for line in CAPITALISED_EN.strip().splitlines())


def capitalised_word(word: str) -> bool:
    """Whether English writes a word with a capital though it is no name ("French", "Monday",
    "Americans"): read without loading the table, for any question's capitalised words."""
    folded = word.lower()
    return folded in _capitalised() or folded.endswith("s") and folded[:-1] in _capitalised()


@lru_cache(maxsize=4096)
def _everyday(word: str) -> bool:
    """`everyday`, kept for the process: a question asks it of each word found nowhere up to
    twice, and people ask the same words again, each time two stems to compute."""
    table = lexicon()
    english, french = analyse_new_word(word, "en")[1], analyse_new_word(word, "fr")[1]
    return bool(english and table.translations(english, "en", "fr")
                or french and table.translations(french, "fr", "en"))


def function_word(index, stem: str, source: str) -> bool:
    """Whether every language of the documents says that word with function words only."""
    return all(lexicon().is_function_word(stem, source, target) for target in index.languages)


def counterparts(index, stem: str, source: str) -> tuple[int, ...]:
    """The index's terms translating a question word's stem (in its language `source`) into the
    languages of the documents."""
    found: list[int] = []
    for target in index.languages:
        for other in lexicon().translations(stem, source, target):
            tid = index.term_id.get(other)
            if tid is not None and tid not in found:
                found.append(tid)
    return tuple(found)


def synonyms(index, stem: str, language: str, most: int) -> tuple[int, ...]:
    """The index's terms for the words of `language` that the table translates as it translates
    a question word's stem: "picture" and "image" are both "image", "show" and "display" both
    "afficher"; none for a language the table does not hold, nor for a word with more than
    `most` such words, read in too many senses ("get": "receive", "obtain", "fetch"…)."""
    alike = lexicon().alike(stem, language)
    if len(alike) > most:
        return ()
    found: list[int] = []
    for other in alike:
        tid = index.term_id.get(other)
        if tid is not None and tid not in found:
            found.append(tid)
    return tuple(found)


_GET = frozenset({"get", "gets", "got", "gotten", "getting"})


def passive_auxiliary(word: str, following: str) -> bool:
    """Whether an English word (folded) is "get" making a passive of the past participle that
    follows it ("get married", "got fired", "getting paid", "get hurt"): no verb of its own,
    which French says with the participle alone ("se marier", "être licencié"), not "obtenir"
    or "recevoir"."""
    return word in _GET and (following.endswith("ed") and len(following) > 4 or following in _irregular_pasts())


# Endings a regular English word takes, to tell whether the documents write one: "founded",
# "founding", "founder", "founds".
_REGULAR_ENDINGS = ("ed", "ing", "er", "ers", "s", "ation")


@lru_cache(maxsize=1)
def _irregular_pasts() -> frozenset[str]:
    """The irregular pasts and participles of `IRREGULAR_EN` ("found", "saw", "bound")."""
    return frozenset(form for line in IRREGULAR_EN.strip().splitlines()
                     for form in line.partition(":")[0].split())


def another_verbs_past(index, stem: str, written: str) -> bool:
    """Whether an English question word (`written`, folded) stems to another verb's irregular
    past that the documents write, and the documents never write the word itself in any regular
    form: "founded" stems to "found", which they write only as the past of "find" ("when a
    command is found"). Snowball gives both one stem; the documents' "found" is not the
    question's."""
    if written == stem or stem not in _irregular_pasts():
        return False
    return not any(stem + ending in index.surface for ending in _REGULAR_ENDINGS)
