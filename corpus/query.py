"""The first stage: a question, as typed, becomes a `Query` the other stages read.

The question is rewritten as the analysis reads it (chat words, contractions, filler) and the
kind of answer it asks for is read (`question.py`); the query keeps the question asked, to show
it back. Then it goes through the analysis chain of its own language, its stop words being
those of every language the corpus holds too; each word stands for its stem and for the term
the corpus made of it written as it is, in whichever language, and identifiers count whole too.
A word missing from the vocabulary is corrected against it (`fuzzy.py`); a corrected word
weighs less than an exact one, a name (a capitalised word inside the question) or a quoted
phrase weighs more; its derivational family (`families.py`) joins it, worth less. Asked in
another language than the documents', an everyday word stands for its translations there
(`bridge.py`), worth less too, and a word that language says with function words is none.
Asked in English, an everyday word also stands for the English words the table translates alike
("picture": "image"), worth half a word; and an everyday word a French corpus never writes
stands for the terms French law writes for it (`glossary.py`: "chien", *animal*; "dog" through
*chien*), worth half a word too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from . import analysis, bridge, french_genders, french_verbs, generality, glossary, markup, question as asking
from .errors import QuestionError
from .fuzzy import SHORT_TYPO_BELOW, TypoMatcher
from .languages import DEFAULT_LANGUAGES
from .limits import MAX_QUESTION_CHARS
from .params import RankingParams
from .question import AnswerKind
from .stopwords import STOP_WORDS
from .text import translate

_QUOTED = re.compile(r"[\"«“]([^\"«»“”]+)[\"»”]")


@dataclass
class QueryWord:
    surface: str
    key: str
    terms: tuple[int, ...]  # term ids this word matches: its own, or its corrections
    typos: int
    weight: float  # what a match of it is worth in BM25
    rarity: float  # its idf, for the coverage share
    phrase: int  # the quoted phrase it belongs to, or -1
    family: int = 0  # how many of `terms`, at their end, are its word family (`families.py`)
    name: bool = False  # written as a name: capitalised inside the question, or an acronym
    bridged: int = 0  # how many of `terms`, before its family, translate it (`bridge.py`)
    synonyms: int = 0  # how many of its family, last, are its synonyms (`bridge.synonyms`) or a false friend
    glossed: int = 0  # how many of its synonyms, last, are the law's terms for it (`glossary.py`)

    @property
    def sure_fix(self) -> bool:
        """Corrected to one word only: no other as close (`RankingParams.typo_share`)."""
        return self.typos > 0 and len(self.terms) - self.family - self.bridged == 1

    def term_weights(self, params: RankingParams) -> list[tuple[float, int]]:
        """(share of the word's worth, term) of each of its terms: a translation or a family
        member less."""
        own = len(self.terms) - self.family - self.bridged
        synonyms = len(self.terms) - self.synonyms
        glossed = len(self.terms) - self.glossed
        return [(1.0 if i < own else params.bridge_weight if i < own + self.bridged else
                 params.family_weight if i < synonyms else params.synonym_weight if i < glossed
                 else params.glossary_weight, t)
                for i, t in enumerate(self.terms)]


class Query(NamedTuple):
    """A question understood: what every later stage reads of it."""

    asked: str  # as typed (trimmed): the answer shows it back
    text: str  # as the analysis reads it (`question.py`)
    kind: AnswerKind | None  # the kind of answer asked for, if the question says
    languages: tuple[str, ...]  # its own language first, then the corpus's
    in_their_language: bool  # asked in a language the documents are in
    tokens: tuple[analysis.Token, ...]  # its words as typed, at most `max_question_words`
    words: list[QueryWord]  # its content words, each with its terms, weight and rarity
    # Its words in order as a passage's word sequence holds them, and which are content words
    # (`question_sequence`): read by phrases and headings, made once.
    sequence: list[frozenset[int]]
    content: list[bool]


def read_query(index, question: str, params: RankingParams) -> Query:
    """The question checked, understood and parsed against the index's vocabulary;
    QuestionError when it is empty or too long."""
    asked = check_question(question)
    # A line pasted from a document may bring its markup (:meth:`Client.run`): the question is
    # read as the documents are, its markup blanked.
    understood = understand(index, markup.blank(asked))
    text = understood.text
    langs = question_languages(index, text)
    tokens = _question_tokens(text, params.max_question_words)
    words = parse_words(index, text, tokens, langs, params)
    sequence, content = question_sequence(tokens, words, langs)
    return Query(asked, text, understood.kind, langs, langs[0] in index.languages, tokens, words, sequence, content)


def check_question(question: str) -> str:
    if not isinstance(question, str) or not question.strip():
        raise QuestionError("question_empty")
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionError("question_too_long", length=len(question), limit=MAX_QUESTION_CHARS)
    return question.strip()


def understand(index, question: str) -> asking.Understood:
    """The question rewritten into the words the analysis reads (`question.py`), with the
    documents' vocabulary deciding where a left-out apostrophe goes."""
    langs = question_languages(index, question)

    def known(word: str) -> str | None:
        key, term = analysis.question_word(word, langs)
        return "stop" if not term else ("written" if key in index.surface else "word" if term in index.term_id else None)
    return asking.understand(question, known, french=langs[0] == "fr")


@lru_cache(maxsize=256)
def _question_tokens(question: str, limit: int) -> tuple[analysis.Token, ...]:
    """The question's tokens: analysed once, however often it is asked again."""
    return tuple(analysis.tokenize_original(question)[:limit])


@lru_cache(maxsize=1)
def _stop_words() -> TypoMatcher:
    return TypoMatcher(sorted(STOP_WORDS))


@lru_cache(maxsize=1024)
def misspelt_stop_word(key: str) -> tuple[str, int] | None:
    """The stop word a word missing from the vocabulary may be a misspelling of, and with how
    many typos: ("aussi", 1) for "ausi"."""
    fixes = _stop_words().corrections(key, limit=1)
    return fixes[0] if fixes else None


def question_languages(index, question: str) -> tuple[str, ...]:
    """The question's own language, then the others the corpus holds: the languages whose stop
    words it is read with."""
    return _question_languages(question, index.languages or DEFAULT_LANGUAGES)


# A word in capitals is a name or an acronym, never a function word: "AI" is not French "ai"
# (j'ai), "ON" not the pronoun, "DM" no elided word.
_CAPITALS = re.compile(r"\b[A-Z][A-Z0-9]+s?\b")


# An English possessive ("someone else's land") is no French elided "s'" (s'il, s'est), which
# comes before a word, never after one.
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


@lru_cache(maxsize=256)
def _question_languages(question: str, corpus: tuple[str, ...]) -> tuple[str, ...]:
    own = analysis.guess_language(_POSSESSIVE.sub(" ", _CAPITALS.sub(" ", question)),
                                  tuple(dict.fromkeys(corpus + DEFAULT_LANGUAGES)), default=corpus[0])
    return tuple(dict.fromkeys((own,) + corpus))


def _term(token: analysis.Token, langs: tuple[str, ...]) -> str:
    term = analysis.question_word(token.surface, langs)[1]
    if not term and len(langs) > 1 and _initials_of_its_language(token.surface, langs):
        return analysis.question_word(token.surface, langs[:1])[1]
    return term


def _initials_of_its_language(surface: str, langs: tuple[str, ...]) -> bool:
    """Whether a word in capitals is an everyday word of the question's own language in
    initials, that another language of the corpus writes in small letters as a function word:
    "AI" in an English question on French documents is no "ai" of "j'ai", but what they call
    "IA" (`bridge.py`). Only one the table knows: "LA" (Los Angeles) is then still no word."""
    return (len(surface) > 1 and surface.isupper() and surface.isalpha()
            and analysis.question_word(surface, langs[:1])[1] != "" and bridge.everyday(surface, as_name=True))


def parse_words(index, text: str, tokens: tuple[analysis.Token, ...], langs: tuple[str, ...],
                params: RankingParams) -> list[QueryWord]:
    """The question's content words, each with the terms it matches in the index."""
    plain = translate(text)
    quoted = [m.span(1) for m in _QUOTED.finditer(plain)]
    foreign = langs[0] not in index.languages  # asked in a language the documents are not in
    code = analysis.identifier_spans(plain)
    words: dict[int | str, QueryWord] = {}
    reworded: list[str] = []  # everyday words found nowhere, weighing less
    said: dict[int, int | str] = {}  # a token's position -> its word's key in `words`
    general: dict[int | str, float] = {}  # words found nowhere: how common in their language
    for position, token in enumerate(tokens):
        term = _term(token, langs)
        if not term or (foreign and bridge.function_word(index, term, langs[0])):
            continue
        if foreign and langs[0] == "en" and position + 1 < len(tokens) and bridge.passive_auxiliary(
                token.key, tokens[position + 1].key):
            continue
        phrase = next((i for i, (s, e) in enumerate(quoted) if s <= token.start < e), -1) if quoted else -1
        # The word's stem in the question's language, and the term the corpus made of the word
        # written as it is, in whichever language (a name, an identifier, "permission"). Not
        # its stem under another language's chain: the French stem of "sell" is "sel" (salt),
        # of "None" is "non".
        own = index.term_id.get(term)
        # "founded" is not the "found" of "a command is found": a word the documents lack.
        elsewhere = own is not None and langs[0] == "en" and bridge.another_verbs_past(index, term, token.key)
        if elsewhere:
            own = None
        written = index.surface.get(token.key)
        known = (() if own is None else (own,)) + (() if written is None or written == own else (written,))
        if not known and langs[0] == "fr" and not elsewhere:  # "je dois": the texts write "doit"
            known = tuple(dict.fromkeys(_verb_forms(index, token.key, token.surface.lower(), french_verbs.third_person)))
        written_as_name = _written_as_name(tokens, position, plain)
        # Asked in another language: an everyday word's translations the documents hold. Not
        # for names and identifiers, which are the same in any language ("content" of
        # `message_content` is not French "content", glad); but a title in initials the table
        # knows is a word like any other ("CEO": "PDG").
        # (Looked at only where translations or synonyms are read: deciding it for a name
        # loads the everyday lexicon.)
        # (A capitalised word too: the table's words are no names, "Alzheimer" is an illness.)
        in_code = bool(code) and any(s <= token.start < e for s, e in code)
        lay_word = token.surface.replace("-", "").isalpha() and not in_code
        plain_word = (foreign or langs[0] in params.synonym_languages) and token.surface.isalpha() and (
            not written_as_name or bridge.everyday(token.surface, as_name=True)) and not in_code
        counterparts = bridge.counterparts(index, term, langs[0]) if foreign and plain_word else ()
        # Its stem in its own language met in the documents' is a guess, less sure than a
        # translation, when the table translates the word otherwise there: as often a false
        # friend ("pay" is French "pays", "rented" "rente", "born" "borne") as a cognate
        # ("contract", "contracter"). It counts as a synonym does, last; a cognate the table
        # gives ("commande": "command") or the word as written ("import", "permission") stays
        # whole.
        false_friend: tuple[int, ...] = ()
        if own is not None and own != written and counterparts and own not in counterparts:
            false_friend, own = (own,), None
            known = tuple(t for t in (written,) if t is not None)
        translated = tuple(t for t in counterparts if t not in known) if counterparts else ()
        # The terms the law writes for an everyday word ("chien": *animal*; `glossary.py`),
        # asked in French or through its translations: a guess, counted as a synonym.
        legal = glossary.written_terms(index, term, langs[0]) if lay_word and not known else ()
        typos = 0
        if known or translated or elsewhere or legal:  # a translation before a close spelling: "privé" is not "price"
            terms = known
        else:
            # Questions in another language meet cognates ("technology", "technologie"): one
            # more typo.
            matcher = index.typo_matcher()
            fixes = matcher.corrections(token.key, limit=params.typo_fixes, extra=1 if foreign else 0)
            # A common French word is that word, not a misspelling of another the documents
            # hold ("derrière" is no "dernière", "recette" no "récente"); only a form of the
            # same word its stem left apart corrects it ("présentent": "présent",
            # "professions": "professionnel"). (Read for English too, it cost an off-topic
            # English question its abstention on the blind discord.py set.)
            if fixes and not foreign and langs[0] == "fr" and generality.zipf(token.surface, langs[0]) >= params.common_word_zipf:
                fixes = [(word, n) for word, n in fixes if _same_stem(term, index.terms[index.surface[word]])]
            # The terms the question writes as they are: an everyday word of it is no
            # misspelling of one. "changer une roue … sur le bord de la route" asks of a wheel
            # and a road, not of "route" twice; "web reqest … requests lib" misspells the word
            # it writes next. (Read only for a word corrected: most questions have none.)
            as_written = {index.term_id.get(_term(t, langs)) for t in tokens} if fixes else set()
            if any(index.surface[word] in as_written for word, _ in fixes) and bridge.everyday(
                    token.surface, as_name=written_as_name):
                fixes = [(word, typos) for word, typos in fixes if index.surface[word] not in as_written]
            if langs[0] == "fr" and (not fixes or fixes[0][1] > 1):  # "lhzritage", "linegration":
                # an apostrophe left out, and a typo; the closer fix wins
                elided = _elided_fixes(matcher, token.key, params.typo_fixes)
                if elided and (not fixes or elided[0][1] < fixes[0][1]):
                    fixes = elided
            stop = misspelt_stop_word(token.key)
            if stop and (not fixes or stop[1] < fixes[0][1]):  # "ausi": "aussi", not a subject
                continue
            # An acronym ("pacs", "se pacser"): the words the documents write it with, each a
            # word of the question, worth a little less (a guess at what was meant). Surer than
            # a short word's swap or lost letter ("pacs": "pacts"), not than a typo's fix.
            acronyms = index.acronyms()
            spelt = (acronyms.derived(token.key, params.acronym_least, params.acronym_cohesion)
                     or (() if fixes and len(token.key) >= SHORT_TYPO_BELOW
                         else acronyms.expand(token.key, params.acronym_least, params.acronym_cohesion)))
            if spelt:
                for tid in spelt:
                    if tid not in words:
                        words[tid] = QueryWord(token.surface, index.terms[tid], (tid,), 0, params.acronym_weight,
                                               _rarity(index, tid), -1)
                continue
            # Of equally close words, the more common ones first, as spelling correctors do.
            terms = tuple(sorted(dict.fromkeys(index.surface[word] for word, _ in fixes),
                                 key=lambda t: -index.frequency(t)))
            typos = fixes[0][1] if fixes else 0
            if not fixes or typos > 1:  # a word family is surer than two typos
                family = tuple(index.term_id[stem] for stem in matcher.family(term))
                if family:
                    terms, typos = family, 1
        terms += translated
        # Its derivational family in the documents ("majeur": "majorité"), worth less.
        # (Not a false friend's: the family of French "borne" is no word of English "born".)
        related = () if false_friend else tuple(t for t in index.families().of(term) if t not in terms)
        # A French verb asked as an infinitive, in the forms the text writes it in ("vendre":
        # "vend", "vendu"; `french_verbs.py`), which its stem does not reach: family too.
        # So is a noun's or adjective's other gender where Snowball keeps them apart
        # ("directeur": "directrice"; `french_genders.py`).
        if langs[0] == "fr":
            related += tuple(t for t in dict.fromkeys(_verb_forms(index, token.key, token.surface.lower())
                                                      + _verb_forms(index, token.key, token.surface.lower(),
                                                                    french_genders.other_gender))
                             if t not in terms and t not in related)
        # Asked in the documents' language, an everyday word also stands for the words that
        # translate as it does ("picture": "image"), worth half a word: a guess at how the
        # documents say it, in the languages where that was measured to help (English).
        same = ()
        if not foreign and plain_word and langs[0] in params.synonym_languages:
            same = tuple(t for t in bridge.synonyms(index, term, langs[0], params.synonyms_most)
                         if t not in terms and t not in related)
        if false_friend:
            same += tuple(t for t in false_friend if t not in terms and t not in related and t not in same)
        if legal:
            legal = tuple(t for t in legal if t not in terms and t not in related and t not in same)
        same += legal
        related += same
        terms += related
        key = terms[0] if terms else token.key
        said[position] = key
        if key in words:  # the same term twice: once is enough
            continue
        weight = params.typo_weight ** typos
        # Names, acronyms and numbers (a year, an amount) pin down what is asked.
        # (A word of letters alone, most of them, holds no digit: its letters are not read one by one.)
        if (written_as_name and len(token.surface) > 1) or (not token.surface.isalpha()
                                                            and any(c.isdigit() for c in token.surface)):
            weight *= params.name_weight
        if phrase >= 0:
            weight *= params.quoted_weight
        if terms:
            # By the word's own terms: a rare family member does not make the word rarer. A
            # word the documents hold only translated weighs what its usual translation (the
            # first the table gives that they hold) weighs there, not its rarest: "home" is
            # "maison" before it is "domicile".
            own_terms = terms[:len(terms) - len(related) - len(translated)]
            rarity = (max(_rarity(index, t) for t in own_terms) if own_terms
                      else _rarity(index, translated[0]) if translated
                      else max(_rarity(index, t) for t in terms))
        else:  # found nowhere: against coverage, fully, or half for an untranslated word ...
            rarity = index.max_idf * (params.unknown_share if foreign else 1.0)
            if bridge.everyday(token.surface, as_name=written_as_name):
                reworded.append(key)
            if not written_as_name:
                general[key] = generality.of_word(token.surface, langs[0])
        words[key] = QueryWord(token.surface, token.key, terms, typos, weight, rarity, phrase, len(related),
                               written_as_name and len(token.surface) > 1, len(translated), len(same), len(legal))
    # An everyday expression of several words ("union libre", "mettre à la porte":
    # `glossary.Expressions`) adds the law's terms for it to its last word, as the table's
    # terms for one word are added: a guess, counted as a synonym.
    for last, legal in glossary.expression_terms(index, [t.surface for t in tokens], langs[0]):
        word = words.get(said.get(last))
        new = tuple(t for t in legal if word is not None and t not in word.terms)
        if not new:
            continue
        if not word.terms:  # a word found nowhere weighs what its terms weigh, as the table's
            word.rarity = max(_rarity(index, t) for t in new)
            reworded = [k for k in reworded if k != said[last]]
            general.pop(said[last], None)
        word.terms += new
        word.family, word.synonyms, word.glossed = (word.family + len(new), word.synonyms + len(new),
                                                    word.glossed + len(new))
    # ... and less for one everyday word of either language ("disponible", "available"): the
    # documents say it otherwise more often than they lack what it asks. Two or more ("quel
    # stade de football", "a recipe for pancakes") are another subject: they count fully.
    if len(reworded) == 1:
        words[reworded[0]].rarity *= params.everyday_unknown
        general.pop(reworded[0], None)
    for key, share in general.items():
        words[key].rarity *= share
    # Identifiers the corpus holds count whole as well: "setup_hook" beside "setup" and "hook".
    for whole in dict.fromkeys(analysis.identifiers(plain)):
        tid, typos = index.term_id.get(whole), 0
        if tid is None:
            tid, typos = _misspelt_identifier(index, whole, params.typo_fixes)
            if tid is None:
                continue
            # Its parts the documents lack ("eady" of "on_eady") were that name misspelt, not
            # subject words of their own.
            parts = set(re.split(r"[_.]", whole))
            words = {k: w for k, w in words.items() if w.terms or w.key not in parts}
        if tid not in words:
            words[tid] = QueryWord(whole, whole, (tid,), typos, params.name_weight * params.typo_weight ** typos,
                                   _rarity(index, tid), -1)
    # So do compounds of one word and function words: "sous-traiter" is not "traiter", the word
    # the stop word leaves. A word like the others, not a name.
    for whole in dict.fromkeys(analysis.compounds(plain, langs[0])
                                 + spelt_compounds(plain, tokens, langs[0], index.compound_parts())):
        tid = index.term_id.get(whole)
        if tid is not None and tid not in words:
            words[tid] = QueryWord(whole, whole, (tid,), 0, 1.0, _rarity(index, tid), -1)
    # A word the documents write in one that the question splits in two ("chat gpt", "deep
    # fake"): the word they write, and its halves the documents lack, or hold only as a typo's
    # guess, were that word, not words of their own ("gpt" found nowhere).
    for first, second, tid in split_words(index, tokens, plain, langs):
        if tid in words:
            continue
        halves = {first.surface, second.surface}
        words = {k: w for k, w in words.items() if w.surface not in halves or (w.terms and not w.typos)}
        name = _written_as_name(tokens, tokens.index(first), plain)
        words[tid] = QueryWord(first.surface + second.surface, index.terms[tid], (tid,), 0,
                               params.name_weight if name else 1.0, _rarity(index, tid), -1, name=name)
    # An identifier spelt in words is those words again, not one more thing asked: it adds to
    # BM25 but nothing to coverage, or a rare identifier would lift the confidence of a question
    # whose subject the documents lack ("stream from Spotify into a voice channel").
    for whole, tid in spelt_identifiers(index, tokens, code, params.spelt_identifier_words):
        if tid not in words:
            words[tid] = QueryWord(whole, whole, (tid,), 0, 1.0, 0.0, -1)
    return list(words.values())


def _same_stem(a: str, b: str) -> bool:
    """Whether one stem begins the other: two forms of one word that Snowball cut apart."""
    return a.startswith(b) or b.startswith(a)


def _elided_fixes(matcher: TypoMatcher, key: str, most: int) -> list[tuple[str, int]]:
    """The corrections of what follows an elided article or pronoun glued to a misspelt word
    ("lhzritage": "heritage"), which `question.py` cannot unglue: the documents lack the rest as
    typed."""
    for head in asking.ELIDING:
        rest = key[len(head):]
        if key.startswith(head) and rest[:1] in "aeiouyh" and len(rest) >= SHORT_TYPO_BELOW:
            fixes = matcher.corrections(rest, limit=most)
            if fixes:
                return fixes
    return []


def _misspelt_identifier(index, whole: str, most: int) -> tuple[int | None, int]:
    """The identifier of the vocabulary a question's identifier missing from it misspells
    ("on_eady": `on_ready`), the most common of the closest, and with how many typos."""
    fixes = index.identifier_matcher().corrections(whole, limit=most)
    if not fixes:
        return None, 0
    best = max((index.term_id[fix] for fix, _ in fixes), key=index.frequency)
    return best, fixes[0][1]


def _written_as_name(tokens: tuple[analysis.Token, ...], position: int, text: str) -> bool:
    """A word written as a name: capitalised inside the question, or in capitals. The question's
    first word is capitalised anyway, so it is a name only when it opens a run of capitalised
    words ("Sam Altman est né où ?"), as a first name does, and is no everyday word of English
    or French ("Explain Sora", "Compare Sora et Runway": a verb)."""
    surface = tokens[position].surface
    if not surface[:1].isupper() or bridge.capitalised_word(surface) and not surface.isupper():
        return False  # ("French", "Monday": English capitalises them, names they are not)
    if position > 0 or surface.isupper():
        return True
    after = tokens[1] if len(tokens) > 1 else None
    return (after is not None and after.surface[:1].isupper()
            and not text[tokens[0].end:after.start].strip() and not bridge.everyday(surface))


def _verb_forms(index, key: str, word: str, forms=french_verbs.forms) -> list[int]:
    """The index's terms for the forms of a French infinitive (`french_verbs.forms`), or those
    `forms` gives of the word."""
    found = []
    for form in forms(word):
        tid = index.term_id.get(analysis.analyse_word(form, "fr")[1])
        if tid is not None:
            found.append(tid)
    return found


def _rarity(index, term: int) -> float:
    return float(index.arrays.term_idf[term] * index.arrays.term_generality[term])


# A verb and its object said in words ("send message to a channel", "get user avatar") ask for
# the action, not for a method of that name: APIs name methods verb_object, and the one of that
# name is often another object's or the removed one a migration guide shows (`client.send_message`
# for `channel.send`). A thing named in words ("message content", "owner id", "on ready") is the
# attribute, setting or event of that name.
_ACTION_VERBS = frozenset(
    "get set send fetch edit delete create add remove update change make start stop run load unload reload "
    "clear purge ban kick join leave connect disconnect play pin unpin move copy read write open close "
    "register sync upload download find search check use call".split())


def spelt_identifiers(index, tokens: tuple[analysis.Token, ...], code: list[tuple[int, int]],
                      most: int) -> list[tuple[str, int]]:
    """Identifiers of the corpus the question spells as plain words side by side: "why is the
    message content empty" names `message_content`, "wait for a reply" `wait_for`.
    People type a name as they say it; the run of words joined by "_" is looked up among the
    corpus's whole identifiers (two to `most` words, stop words included: "on ready"), unless it
    opens with a verb of action (`_ACTION_VERBS`). A word already inside an identifier the
    question writes is not joined again."""
    heads = index.identifier_heads()
    found: list[tuple[str, int]] = []
    if not any(t.key in heads for t in tokens):  # in prose, none: nothing more to read
        return found
    plain = [not any(s <= t.start < e for s, e in code) and t.surface.isalnum() for t in tokens]
    for start in range(len(tokens)):
        if tokens[start].key in _ACTION_VERBS or tokens[start].key not in heads:  # no identifier begins so
            continue
        for n in range(2, most + 1):
            run = tokens[start:start + n]
            if len(run) < n or not all(plain[start:start + n]):
                break
            whole = "_".join(t.key for t in run)
            tid = index.term_id.get(whole)
            if tid is not None:
                found.append((whole, tid))
    return found


def split_words(index, tokens: tuple[analysis.Token, ...], text: str,
                langs: tuple[str, ...]) -> list[tuple[analysis.Token, analysis.Token, int]]:
    """Two content words side by side, with a space or a hyphen between them, that the
    documents write as one word ("chat gpt": *ChatGPT*, "mid journey": *MidJourney*, "deep
    fake": *deepfake*), one of them at least a word they lack as written, each pair with that
    word's term. Two words the documents never join are two words; two they both hold are what
    the question asks, not a name they make together ("voice channel" is no `VoiceChannel`,
    "rate limit" no `ratelimit`)."""
    found = []
    for a, b in zip(tokens, tokens[1:]):
        if text[a.end:b.start] not in (" ", "-") or not (term_a := _term(a, langs)) or not (term_b := _term(b, langs)):
            continue
        if (term_a in index.term_id or a.key in index.surface) and (term_b in index.term_id or b.key in index.surface):
            continue
        whole = a.surface + b.surface
        tid = index.term_id.get(analysis.question_word(whole, langs)[1])
        if tid is None:
            tid = index.surface.get(analysis.question_word(whole, langs)[0])
        if tid is not None:
            found.append((a, b, tid))
    return found


def spelt_compounds(text: str, tokens: tuple[analysis.Token, ...], lang: str,
                    parts: frozenset[str] | None = None) -> list[str]:
    """The compounds of a word and a function word (`analysis.compounds`) the question writes
    as two words side by side, as chat leaves hyphens out ("sous traiter", "built in"): each
    pair of neighbours joined by nothing but spaces, read as if hyphenated. Looked up in the
    vocabulary by the caller: two words the corpus never joins are two words. With `parts`
    (`Index.compound_parts`), a pair neither of whose words is a part of the vocabulary's
    compounds is not read: its compound's function word, as written, would be one."""
    found = []
    for a, b in zip(tokens, tokens[1:]):
        if parts is not None and a.key not in parts and b.key not in parts:
            continue
        # One a function word and the other not (as the question's own reading has them; the
        # compound's reading checks again), and nothing but spaces between them.
        if bool(a.term) != bool(b.term) and text[a.end:b.start].isspace():
            term = analysis.compound_term((a.surface, b.surface), lang)
            if term:
                found.append(term)
    return found


def question_sequence(tokens: tuple[analysis.Token, ...], words: list[QueryWord],
                      langs: tuple[str, ...]) -> tuple[list[frozenset[int]], list[bool]]:
    """The question's words in order, each as the ids it may match in a passage's word
    sequence, and which of them are content words."""
    by_key = {w.key: w for w in words}
    sequence, content = [], []
    for token in tokens:
        if token.key in analysis.ELIDED:  # as in passages' sequences
            continue
        is_content = bool(_term(token, langs))
        word = by_key.get(token.key) if is_content else None
        # A misspelt word may have been a stop word as well as the words it was corrected to.
        stop = misspelt_stop_word(token.key) if is_content and (word is None or word.typos) else None
        ids = set(word.terms[:len(word.terms) - word.family]) if word else set()
        if not is_content or stop:
            ids.add(analysis.stop_id(stop[0] if stop else token.key))
        sequence.append(frozenset(ids - {-1}))
        content.append(word is not None)
    return sequence, content
