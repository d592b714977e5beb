"""The analysis chain: text in, index terms out, the same for documents and questions.

tokenize (an apostrophe splits words) -> lowercase -> stop words of the text's language (elided
articles too; a word with accents compared as written, so "né" is not "ne") -> Snowball stem of
that language -> (French) plural -> accent folding

Each document is read with the chain of its own language (`languages.py`): in English "loaded"
meets "load" and "None" stays "none", where the French stemmer would make it "non". A question
is read with its own language's chain and with that of every language the corpus holds, so a
name, an identifier or a number matches whatever the language (see `question_word`).

Each token keeps its offsets in the text it came from and its surface form, so that excerpts can
highlight the exact words and names can be matched as written. Accents are folded *after*
stemming because the Snowball stemmer reads them ("créée" and "créé" stem alike only with their
accents), and folding then lets "regulation" find "régulation". Snowball French keeps a plural
s after a, i, o, u ("emplois", "studios"); a last filter drops it, as Lucene's minimal French
stemmer does, so singular and plural meet.

Identifiers (`on_ready`, `discord.Client`, `Client.wait_for`, `515-14`) are words split at `_`,
`.` and `-` like any others, and also index terms whole (`identifiers`), so that they match
whole as well as by their parts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

from .languages import DEFAULT_LANGUAGES, FALLBACK, Language, language, markers
from .stopwords import STOP_WORDS
from .text import fold, normalise, translate

# The bump whenever the chain changes what terms it makes: old index files are then rebuilt.
ANALYSIS_VERSION = 14

# A word is a run of letters and digits. An apostrophe splits words, so an elided article or
# pronoun ("l'IA", "qu'il", "jusqu'à") is a word of its own, and a stop word: the simplest
# pattern is also the fastest to scan, and at index time scanning is much of the work.
_TOKEN = re.compile(r"[^\W_]+")
# An identifier: words joined by "_" or "." ("on_ready", "discord.Client", "3.5"), or by "-"
# next to a digit ("515-14", "COVID-19"; not "dommages-intérêts", whose parts say it all).
# Possessive runs, starting only where a word starts: five times faster to scan.
_IDENTIFIER = re.compile(r"(?<![^\W_])[^\W_]++(?:(?:_+|\.|(?<=\d)-|-(?=\d))[^\W_]++)+")
_JOINER = re.compile(r"[._-][^\W_]")
# Those elided forms belong to the written word after them: word positions (for phrases and
# proximity) skip them, so that "de l'IA générative" is three words, as written. In English
# text the same letters ("it's", "don't") are clitics of the word before: skipped alike.
ELIDED = language("fr").elided

# Stop words carry no weight, but their order still tells a quoted phrase from the same words
# scattered: in stored word sequences each has a negative id of its own (-1: any other).
STOP_IDS = {word: -2 - i for i, word in enumerate(sorted(STOP_WORDS))}
ELIDED_IDS = frozenset(STOP_IDS[word] for word in ELIDED)


def stop_id(key: str) -> int:
    return STOP_IDS.get(key, -1)


# Without PyStemmer's own cache of stems: every caller keeps its words' analysis already (the
# build one entry a distinct word, questions `analyse_word`), so that cache missed nearly always,
# and filling it cost more than stemming (measured on the 1M-word benchmark's 83,642 words:
# 0.144 s with it, 0.058 s without).
STEMMER_CACHE = 0


@lru_cache(maxsize=None)
def _stemmer(code: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(language(code).snowball, STEMMER_CACHE)


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # offsets in the analysed text
    end: int
    surface: str  # the word as written
    key: str  # lowercase, accent-folded surface: what typo matching compares
    term: str  # the index term: folded Snowball stem; "" for a stop word


def _is_stop(lower: str, key: str, lang: Language) -> bool:
    """A word written with accents is a stop word as written ("où", "été"), not because its
    folded form is one ("né" is not "ne"); a word written without is one if its folded form is
    ("ou", "ete": chat leaves accents out)."""
    if len(key) == 1 and not key.isdigit():
        return True
    return key in lang.stop_words if lower == key else lower in lang.written_stop_words


def _stem(lower: str, code: str) -> str:
    stem = _stemmer(code).stemWord(lower)
    if language(code).drop_plural_s and len(stem) > 3 and stem[-1] == "s" and stem[-2] != "s":
        stem = stem[:-1]
    return fold(stem)


def analyse_new_word(word: str, lang: str = FALLBACK) -> tuple[str, str]:
    """(key, term) of one word in language `lang`, computed afresh: for callers that keep their
    own table."""
    lower = word.lower()
    key = fold(lower)
    if _is_stop(lower, key, language(lang)):
        return key, ""
    return key, _stem(lower, lang)


# Questions and excerpts see the same words again and again.
analyse_word = lru_cache(maxsize=100_000)(analyse_new_word)


@lru_cache(maxsize=100_000)
def question_word(word: str, langs: tuple[str, ...]) -> tuple[str, str]:
    """(key, term) of a question's word in the first of `langs` (the question's own language,
    then the corpus's): no term when it is a stop word in any of them ("what" in an English
    question about French text is not a missed word)."""
    lower = word.lower()
    key = fold(lower)
    if any(_is_stop(lower, key, language(code)) for code in langs):
        return key, ""
    return key, _stem(lower, langs[0])


def tokenize(text: str, lang: str = FALLBACK) -> list[Token]:
    """Tokens with offsets in `text` (typographic apostrophes and odd spaces read as plain ones)."""
    tokens = []
    for match in _TOKEN.finditer(translate(text)):
        word = match.group()
        key, term = analyse_word(word, lang)
        tokens.append(Token(match.start(), match.end(), word, key, term))
    return tokens


ELIDED_LONGEST = max(map(len, ELIDED), default=0)


@lru_cache(maxsize=4096)  # a passage's short words, read again for each excerpt: a few hundred
def is_elided(word: str, lang: str) -> bool:
    """Whether a word as written is an elided article or pronoun in language `lang`: a stop
    word that leaves the stored word sequences."""
    if len(word) > ELIDED_LONGEST:
        return False
    key, term = analyse_word(word, lang)
    return not term and key in ELIDED


def word_spans(text: str, shift: int = 0) -> tuple[list[int], list[int], list[re.Match]]:
    """Where each word of `text` starts and ends (offsets in `text` itself, plus `shift`),
    and the tokenizer's matches, whose `group()` is the word as written: its words with no
    analysis. One scan; the words themselves are read only by a caller that needs them."""
    norm, origin = normalise(text)  # translated already
    matches = list(_TOKEN.finditer(norm))
    if origin is None:
        return [m.start() + shift for m in matches], [m.end() + shift for m in matches], matches
    return [origin[m.start()] + shift for m in matches], [origin[m.end()] + shift for m in matches], matches


def tokenize_original(text: str, lang: str = FALLBACK) -> list[Token]:
    """Tokens of `text` read in normal form, with offsets back in `text` itself."""
    norm, origin = normalise(text)
    tokens = tokenize(norm, lang)
    if origin is None:
        return tokens
    return [Token(origin[t.start], origin[t.end], t.surface, t.key, t.term) for t in tokens]


def terms(text: str, lang: str = FALLBACK) -> list[str]:
    """The index terms of a text, in order, stop words left out."""
    return [term for word in words(text) if (term := analyse_word(word, lang)[1])]


def words(text: str) -> list[str]:
    """The words of a text as written (in NFKC form)."""
    return _TOKEN.findall(normalise(text)[0])


def words_between(norm: str, start: int, end: int) -> list[str]:
    """The words of norm[start:end], for text already normalised (see `text.normalise`)."""
    return _TOKEN.findall(norm, start, end)


IDENTIFIER_PARTS = 6  # a dotted path longer than this is read by its last parts only


def identifiers(text: str) -> list[str]:
    """The identifiers of a text, whole, as index terms: lowercase and accent-folded, their
    joining characters kept. A dotted path also yields each run of its parts, since a text
    names `Client.setup_hook` where a question asks for `setup_hook`, or the other way round:
    "discord.Client.wait_for" -> "discord.client.wait_for", "discord.client",
    "client.wait_for", "wait_for"."""
    found = []
    if not may_hold_identifiers(text):  # most sentences hold none: this check is five times cheaper
        return found
    for match in _IDENTIFIER.finditer(text):
        whole = fold(match.group())
        if "." not in whole:
            found.append(whole)
            continue
        parts = whole.split(".")[-IDENTIFIER_PARTS:]
        for i in range(len(parts)):
            for j in range(i + 1, len(parts) + 1):
                run = ".".join(parts[i:j])
                if j - i > 1 or not _TOKEN.fullmatch(run):  # a single plain word is a token
                    found.append(run)
    return found


# Words joined by hyphens ("sous-traiter", "contre-lettre", "built-in").
_COMPOUND = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")


def compounds(text: str, lang: str = FALLBACK) -> list[str]:
    """The compounds of a text made of one word and function words ("sous-traiter",
    "built-in"), whole, as index terms: the function words folded, the word by its stem in
    `lang` ("sous-traiter", "sous-traité": "sous-trait"). The function word is dropped from
    the word sequence like any other, and what is left says another thing: *sous-traiter* is
    not *traiter*.
    Compounds of words ("dommages-intérêts") are read by their parts, which say it all; those
    of function words alone ("a-t-il", "est-ce") say nothing."""
    found = []
    for match in _COMPOUND.finditer(text):
        term = compound_term(tuple(match.group().split("-")), lang)
        if term:
            found.append(term)
    return found


@lru_cache(maxsize=100_000)
def compound_term(parts: tuple[str, ...], lang: str) -> str | None:
    """The index term of a compound written with these parts (`compounds`), or None when it
    is not made of one word and function words."""
    stems = [question_word(part, DEFAULT_LANGUAGES)[1] for part in parts]
    if sum(1 for stem in stems if stem) != 1:
        return None
    return "-".join(analyse_word(part, lang)[1] if stem else fold(part.lower())
                    for part, stem in zip(parts, stems))


def may_hold_identifiers(text: str) -> bool:
    """False when `text` holds no identifier for certain (a joining character before a word)."""
    return _JOINER.search(text) is not None


def identifier_spans(text: str) -> list[tuple[int, int]]:
    """Where the identifiers of a text stand: (start, end) of each, whole."""
    return [m.span() for m in _IDENTIFIER.finditer(text)] if _JOINER.search(text) else []


LANGUAGE_SAMPLE = 20_000  # characters
# A text's opening is read first: when one language leads there by far, the rest of the sample
# would not change the guess, and a build guesses the language of every document.
LANGUAGE_GLANCE = 2_000  # characters
SURE_COUNT = 20  # function words of the leading language in the glance, at least
SURE_LEAD = 4  # times those of any other


def guess_language(text: str, languages: tuple[str, ...] = DEFAULT_LANGUAGES,
                   default: str | None = None) -> str:
    """The one of `languages` whose function words the text uses most; `default` (else the
    first of `languages`) when none shows, as in a bare name or identifier."""
    # The opening of a long text tells its language as well as the whole of it would.
    counts = _marker_counts(text[:LANGUAGE_GLANCE], languages)
    if len(text) > LANGUAGE_GLANCE:
        first, second = (sorted(counts, reverse=True) + [0])[:2]
        if first < SURE_COUNT or first < SURE_LEAD * second:
            counts = _marker_counts(text[:LANGUAGE_SAMPLE], languages)
    best, best_count = default or languages[0], 0
    for code, count in zip(markers(languages), counts):
        if count > best_count:
            best, best_count = code, count
    return best


def _marker_counts(text: str, languages: tuple[str, ...]) -> list[int]:
    """How many of the words of `text` are function words of each of `languages` (`markers`)."""
    keys = _TOKEN.findall(fold(text))
    return [sum(map(words_of.__contains__, keys)) for words_of in markers(languages).values()]
