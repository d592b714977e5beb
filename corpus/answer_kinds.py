"""Does a passage hold the kind of answer a question asks for, near the question's subject?

"Combien de temps…" wants a duration, "Who…" a person or an organisation, "c'est quoi X" a
sentence that defines X, "How do I…" steps or code. A passage that holds such an answer within
a few words of where it mentions the question's subject is a better answer than one that only
repeats the question's words: the ranking gives it a small bonus (`ranking.rank`).

The patterns are the general shapes of each kind of answer in French and English prose: numbers
and number words, dates, durations, capitalised names, the copulas of a definition, the modal
verbs and code of instructions. Nothing here knows a corpus.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import markup
from .answer import Hit
from .question import AnswerKind

# Not "tiers": in law it is a third party ("opposable aux tiers") far more often than a third,
# and a fraction says its number ("deux tiers des voix").
_NUMBER_WORDS = (
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"vingt|trente|quarante|cinquante|soixante|cent|cents|mille|million|millions|milliard|milliards|"
    r"moiti[ée]|quart|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|hundred|thousand|million|billion|half"
)
_NUMBER = rf"(\d+(?:[.,]\d+)?|(?:{_NUMBER_WORDS})(?:-[a-zé]+)*)"
_TIME_UNITS = (r"secondes?|minutes?|heures?|jours?|semaines?|mois|ans|années?|ann[ée]es?|"
               r"seconds?|minutes?|hours?|days?|weeks?|months?|years?")
_MONTHS = (r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|"
           r"d[ée]cembre|january|february|march|april|june|july|august|september|october|"
           r"november|december")

_DAYS = (r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|"
         r"saturday|sunday")

# A date said relative to now or to an event, or a time of year without its date: "l'année
# dernière", "dans le courant de l'année", "le lendemain de leur publication", "dès", "last year",
# "later this year", "the next day", "as soon as". Law and news date things this way as often
# as by the calendar.
_SEASONS = r"ann[ée]e|semaine|mois|saison|[ée]t[ée]|hiver|printemps|automne"
_RELATIVE = (rf"(?:l'|cette |la |le |cet |ce )?(?:{_SEASONS})\s+(?:derni[èe]re?|prochaine?|pass[ée]e?|en cours)|"
             rf"(?:cette|cet|ce)\s+(?:{_SEASONS})|"
             rf"(?:courant|cours|fin|d[ée]but|milieu)\s+(?:de l'|du |de la |de )(?:{_SEASONS}|si[èe]cle)|"
             r"(?:last|next|this|past|later this|earlier this|coming)\s+(?:year|month|week|season|summer|winter|"
             r"spring|fall|autumn)|(?:sur)?lendemain|veille|hier|avant-hier|aujourd'hui|apr[èe]s-demain|demain|"
             r"d[ée]sormais|dor[ée]navant|prochainement|bient[ôo]t|plus tard|plus t[ôo]t|"
             r"imm[ée]diatement|yesterday|today|tomorrow|soon|later|(?:the )?(?:next|following|previous) day|"
             r"the day (?:after|before)|immediately")
# Words that start a date rather than say it ("dès leur publication", "à compter du mariage"):
# a passage holding one speaks of when, but the short answer is the date or duration itself.
_FROM = r"dès|[àa] compter d(?:u|es?|')|as soon as|from now on"

_CURRENCY = r"(?:€|\$|£|euros?|dollars?|francs?|livres? sterling)"
_AGE = rf"\b{_NUMBER}\s+(?:ans|years?)\b(?:\s+old)?"
_MONEY = rf"\b{_NUMBER}(?:\s*(?:millions?|milliards?|billions?|k|m))?\s*(?:d['e]\s*)?{_CURRENCY}|[$€£]\s*\d[\d.,]*"
_VERSION = r"\b(?:v|version\s+)?\d+\.\d+(?:\.\d+)*\b|\bv\d+\b"  # "3.8", "v2.0.1", "v2"

# What each measured kind of answer looks like, said once: the short answer itself, which an
# excerpt highlights (`SHORT_ANSWERS`), and which a passage must hold near the subject for the
# ranking (`PATTERNS`, which adds the words that only speak of the kind: "dès", "délai", "%").
# A number with its unit; prose sets a number's thousands apart: "550 000 personnes" is one number.
_UNIT = r"(?:\s*(?:%|€|\$|euros?|dollars?|ans|années?|mois|jours?|semaines?|heures?|minutes?|secondes?|" \
        r"years?|months?|weeks?|days?|hours?|minutes?|seconds?|fois|times|millions?|milliards?|" \
        r"(?:kilo|centi|milli)?m[èe]tres?|(?:kilo|centi|milli)?meters?|km|cm|mm))?"
_GROUPED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)"
_FIGURE = rf"(?:\b{_GROUPED}|\b{_NUMBER}\b)"
_AMOUNT = rf"{_FIGURE}{_UNIT}"
# A duration needs a number or a number word before its unit. "Une seconde" is a duration in "en
# une seconde" but an ordinal in "une seconde roue", "a second wheel": after "un", "one" or "a",
# a second needs no word after it.
_ONE_UNIT = rf"(?:un|une|one|an?)\s+(?:(?!second)(?:{_TIME_UNITS})\b|second(?:e|s|es)?\b(?!\s+[^\W\d_]))"
_DURATION = rf"\b(?:{_GROUPED}|{_NUMBER}|quelques|plusieurs|few|several|many)\s+(?:{_TIME_UNITS})\b|\b{_ONE_UNIT}"
_DATE = (rf"(?:\b\d{{1,2}}(?:er)?\s+)?\b(?:{_MONTHS})\b(?:\s+\d{{4}})?|\b(?:{_DAYS})s?\b|\b(?:{_RELATIVE})\b|"
         r"\b(?:1[5-9]|20)\d\d\b")
# Words that say a passage speaks of when without saying it: the start of a date ("dès",
# `_FROM`), a time limit ("délai", "avant", "within").
_OF_WHEN = (rf"\b(?:{_FROM})\b|\b(?:d[ée]lai|dur[ée]e|avant|apr[èe]s|pendant|jusqu'[àa]|"
            r"before|after|until|during|within)\b")

PATTERNS: dict[AnswerKind, re.Pattern] = {
    "age": re.compile(_AGE, re.I),
    "money": re.compile(_MONEY, re.I),
    # The figure alone: its unit may be what the question counts ("how many minutes").
    # A number marking an item of a list ("1°", "2°") counts nothing.
    "quantity": re.compile(rf"{_FIGURE}(?!\s*°)|%|€|\$", re.I),
    "when": re.compile(rf"{_DURATION}|{_DATE}|{_OF_WHEN}", re.I),
    # A capitalised word inside a sentence, or the words prose names a person by.
    "who": re.compile(r"(?<=[a-zà-ÿ,;:] )[A-Z][\w-]+|\b(?:celui|celle|ceux|celles) qui\b|"
                      r"\b(?:quiconque|toute personne|chacun|those who|anyone who|whoever)\b"),
    "where": re.compile(r"\b(?:à|au|aux|en|dans|chez|sur|in|at|from|under|on)\s+(?:l[ae]s?\s+|the\s+)?[A-Z][\w-]+|"
                        r"\b(?:situ[ée]e?s?|se trouve|located|found in|lieu|domicile|r[ée]sidence)\b|"
                        r"[\w.-]+/[\w./-]+"),
    "definition": re.compile(r"\b(?:est|sont)\s+(?:un|une|le|la|les|l'|des|celui|celle|ceux)\b|"
                             r"\b(?:d[ée]signe|s'entend|on appelle|consiste|se dit|signifie|"
                             r"c'est-[àa]-dire)\b|\b(?:is|are)\s+(?:a|an|the|used to)\b|"
                             r"\b(?:refers to|means|represents|lets you|allows you to)\b", re.I),
    "howto": re.compile(r"\b(?:peut|peuvent|doit|doivent|il faut|il suffit|permet de|en utilisant|"
                        r"utilisez|vous pouvez|you can|you should|you need|you have to|you must|"
                        r"use|call|by (?:using|calling|passing|setting)|in order to|to do (?:this|so))\b|"
                        r"``|\w\(|\bawait\b|\bimport\b|>>>", re.I),
    "version": re.compile(_VERSION, re.I),
}
# A count of things: a number, unless a unit of time follows it ("five minutes" counts minutes,
# not the members of the same sentence); read for a "how many" question that names what it
# counts, when that is no unit of time ("combien de jours" is counted in days).
PATTERNS["count"] = re.compile(rf"\b{_NUMBER}\b(?!\s*°)(?!\s+(?:{_TIME_UNITS})\b)|%", re.I)
_TIME_UNIT = re.compile(rf"(?:{_TIME_UNITS})", re.I)


def count_kind(noun: str) -> str:
    """The kind of answer that counts `noun`: any number for a unit of time, else a number
    with no unit of time after it."""
    return "quantity" if _TIME_UNIT.fullmatch(noun) else "count"


# "In what year", "en quelle année": a duration or a weekday does not answer, a year does.
PATTERNS["year"] = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_YEAR_ASKED = re.compile(r"\b(?:what|which) year\b|\bquelle ann[ée]e\b", re.I)
# "Quel est le taux de…", "what percentage of…": a rate is said in hundredths ("5 %", "cinq
# pour cent"); a count or a share of a whole ("pour un quart", "la moitié") does not answer
# it. Not English "rate", which is as often a "rate limit" counted in requests.
PATTERNS["rate"] = re.compile(rf"{_NUMBER}\s*(?:%|‰|pour[ -]?cents?\b|pour[ -]?mille\b|percent\b|per[ -]?cent\b)", re.I)
_RATE_ASKED = re.compile(r"\b(?:quel|quelle|quels|quelles|what|which)\s+(?:(?:est|sont|etait|serait|is|are|was)\s+)?"
                         r"(?:(?:le|la|les|the)\s+|l')?(?:taux|pourcentage|percentage)\b", re.I)
# "Depuis quand", "since when", "à quelle date": a date (a month, a day, a year, "l'année
# dernière"), or a time counted back from now ("depuis deux ans", "for ten years"); a duration
# or a time limit ("pendant trois heures", "dans un délai de", "avant") does not answer it.
# An older year said as one ("en 1492", "in 1066") too: bare, a number before 1500 is more often an
# article's or a page's.
PATTERNS["date"] = re.compile(rf"{_DATE}|\b(?:depuis|since|for)\s+(?:plus de\s+|more than\s+|over\s+)?(?:{_DURATION})|"
                              r"\b(?:en|in)\s+\d{3,4}\b", re.I)
# The numbers of a date ("31 décembre 1989") count nothing.
_CALENDAR_DATE = re.compile(rf"\b\d{{1,2}}(?:er)?\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b|\b(?:{_MONTHS})\s+\d{{4}}\b", re.I)
# "When was X created", "quand a eu lieu…", "quand la loi a-t-elle été votée": a past event is
# dated, not timed: "after", "avant", a time limit do not answer it.
_DATE_ASKED = re.compile(r"\bdepuis quand\b|\bsince when\b|\b[àa] quelle date\b|\b(?:what|which) date\b|"
                         r"\bwhen\s+(?:was|were|did)\b|\bquand\s+(?:a|ont)\s+(?:été|ete|eu lieu)\b|"
                         r"\bquand\b[^?,.]*\b(?:a|ont)-t-(?:il|elle|ils|elles)\s+(?:été|ete|eu lieu)\b|"
                         # ... or with "être", whose verbs are few: "quand est sorti", "quand est-il né"
                         r"\bquand\b[^?,.]*\b(?:est|sont)(?:-(?:il|elle|ils|elles))?\s+(?:[^\W\d_]+\s+)?"
                         r"(?:n[ée]|morte?|sortie?|arriv[ée]|partie?|venue?|devenue?|parue?|apparue?|entr[ée]|tomb[ée]|"
                         r"d[ée]c[ée]d[ée]|retourn[ée]|rest[ée])e?s?\b", re.I)
# "Quel est le meilleur antivirus ?", "what's a good laptop for…", "is X better than Y", "X est-il
# mieux que Y": a judgement of worth, which
# law, manuals and news state only in words of worth ("le meilleur", "better", "the recommended
# way", "préférable"); a passage without one near the subject is about the thing, not which is
# best. "The best way to", "la meilleure façon de" ask how to do something: not a judgement.
_JUDGEMENT_ASKED = re.compile(r"(?:\b(?:meilleure?s?|best)|\b(?:better|worse)\s+than|\b(?:mieux|pire)\s+que|"
                              r"\b(?:what's|what is|whats|quel(?:le)?s? est|c'est quoi)\s+"
                              r"(?:a|an|un|une)\s+(?:good|bon|bonne))\b(?!\s+(?:way|ways|façon|facon|mani[èe]re|moyen|"
                              r"method|practice|practices|approach|option)\b)", re.I)
PATTERNS["judgement"] = re.compile(r"\b(?:meilleure?s?|mieux|best|better|recommand\w*|recommend\w*|pr[ée]f[ée]r\w*|"
                                   r"prefer\w*|id[ée]al\w*|suggest\w*|favou?rite|favori\w*)\b", re.I)


def asks_judgement(question: str) -> bool:
    """Whether `question` asks which is best, or for a good one."""
    return bool(_JUDGEMENT_ASKED.search(question))


MEASURED = frozenset({"quantity", "age", "money", "when", "year", "rate", "date"})  # kinds whose answer is a number, a date or a duration
DEFINED_GAP = 3  # characters between a defined word and the verb that defines it ...
DEFINED_OPENING = 3  # ... or, when the word opens the passage (among its first words), ...
DEFINED_REACH = 40  # ... characters after it within one clause: "Le mandat ou procuration est un acte"


def narrowed(kind: AnswerKind | None, question: str) -> str | None:
    """The kind of answer a passage must hold: a year when a "when" question asks for one, a
    percentage when a "how much" question asks for a rate."""
    if kind == "when" and _YEAR_ASKED.search(question):
        return "year"
    if kind == "when" and _DATE_ASKED.search(question):
        return "date"
    if kind == "quantity" and _RATE_ASKED.search(question):
        return "rate"
    return kind


# "Combien de divorces chaque année", "how many people marry each year": a figure per period, a
# statistic. Only a passage that says a figure per that period ("par an", "annual") can hold it.
_PER_PERIOD = re.compile(r"\b(?:chaque|par|tous les|toutes les|each|per|every|a)\s+(?P<unit>an|ans|ann[ée]es?|mois|"
                         r"semaines?|jours?|years?|months?|weeks?|days?)\b", re.I)
_UNIT_OF = {"an": "year", "ans": "year", "annee": "year", "annees": "year", "year": "year", "years": "year",
            "mois": "month", "month": "month", "months": "month", "semaine": "week", "semaines": "week",
            "week": "week", "weeks": "week", "jour": "day", "jours": "day", "day": "day", "days": "day"}
_SAID_PER = {
    "year": re.compile(r"\b(?:(?:par|chaque|each|per|every|a)\s+(?:an|ann[ée]e|year)|tous les ans|annuel\w*|"
                       r"yearly|annual\w*)\b", re.I),
    "month": re.compile(r"\b(?:(?:par|chaque|each|per|every|a)\s+(?:mois|month)|tous les mois|mensuel\w*|"
                        r"monthly)\b", re.I),
    "week": re.compile(r"\b(?:(?:par|chaque|each|per|every|a)\s+(?:semaine|week)|toutes les semaines|"
                       r"hebdomadaire\w*|weekly)\b", re.I),
    "day": re.compile(r"\b(?:(?:par|chaque|each|per|every|a)\s+(?:jour|day)|tous les jours|quotidien\w*|"
                      r"journali[èe]r\w*|daily)\b", re.I),
}


def per_period(question: str) -> str | None:
    """The period a "how many" or "how much" question counts per ("year" for "chaque année",
    "each year", "par an"), or None."""
    match = _PER_PERIOD.search(question)
    return _UNIT_OF[match.group("unit").lower().replace("é", "e")] if match else None


def said_per(period: str, text: str) -> bool:
    """Whether `text` says something per `period` ("par an", "annuelle", "a year")."""
    return bool(_SAID_PER[period].search(text))


REACH = 80  # characters around a subject word within which an answer counts as near it
# "Combien de films…", "How many users…": the noun counted. A count answers only beside it
# ("204 000 emplois", "up to 100 members"); a number elsewhere near the subject is another
# figure of it ("Tyler Perry … $800 millions" counts no films).
_COUNTED = re.compile(r"\b(?:combien\s+d(?:e|es|u)?\s*'?|how\s+many\s+)(?P<noun>[^\W\d_]+)", re.I)


def counted(question: str, words: list) -> list:
    """The question's word naming what a "how many" question counts, in a list (empty when it
    names none among its content words)."""
    match = _COUNTED.search(question)
    if not match:
        return []
    noun = match.group("noun").lower()
    return [w for w in words if w.surface.lower() == noun][:1]
# A number that names a part of a text or a version ("article 1382", "chapter 2", "v2", "article
# L. 122-8" of another code, each number of it) is a reference, not an amount or a date.
_REFERENCE = re.compile(r"(?:article|articles|art\.|section|chapitre|chapter|titre|title|livre|book|"
                        r"alin[ée]as?|paragraphe?|version|v|§|n°|no\.)\s*(?:[LRD]\.?\s*)?(?:\d+[-.])*$", re.I)


def asked_as_reference(question: str, number: str) -> bool:
    """Whether `question` names `number` as a part of a text ("article 1382", "art. 12")."""
    at = question.find(number)
    return at >= 0 and bool(_REFERENCE.search(question, max(0, at - 20), at))


# A time said from now ("cette semaine", "ce soir", "this week", "next month"): the question
# sets its time by it, and a passage saying the unit otherwise ("2 semaines") does not say it.
_FROM_NOW = re.compile(r"\b(?:ce|cet|cette|this|next|coming)\s+(?P<unit>semaine|week-end|mois|ann[ée]e|soir|"
                       r"matin|week|weekend|month|year|evening|morning|night|tonight)\b|"
                       r"\b(?P<after>semaine|mois|ann[ée]e|week-end)\s+prochaine?\b", re.I)


def said_from_now(question: str) -> dict[str, str]:
    """The time units `question` sets from now, lowercased, each with the phrase that says it
    ("cette semaine" for "semaine")."""
    return {(m.group("unit") or m.group("after")).lower(): re.sub(r"\s+", " ", m.group(0).lower())
            for m in _FROM_NOW.finditer(question)}


# A number further along a list of references ("articles 1733 et 1734", "articles 161 à 164",
# "articles 21-7, 21-11 et 22-1") is one too: law cites its articles in runs.
_REFERENCES = re.compile(r"(?:articles|art\.|sections|chapitres|chapters|alin[ée]as)\s*"
                         r"(?:(?:[LRD]\.?\s*)?(?:\d+[-.])*\d+\s*(?:,|et|ou|à|and|or|to)\s*)+(?:[LRD]\.?\s*)?(?:\d+[-.])*$",
                         re.I)
REFERENCES_REACH = 60  # characters before a number within which a list of references may begin
# A number of the text's own parts that points back or ahead ("les deux articles précédents", "les
# trois premiers alinéas", "the two preceding sections") refers to them: it counts nothing asked.
_REFERRED = re.compile(r"\s+(?:(?:premi[eè]re?s|derni[eè]re?s|pr[ée]c[ée]dente?s|suivante?s|preceding|following|"
                       r"previous|first|last)\s+(?:articles|alin[ée]as|paragraphes|paragraphs|sections|chapitres|"
                       r"chapters)\b|(?:articles|alin[ée]as|paragraphes|paragraphs|sections|chapitres|chapters)\s+"
                       r"(?:pr[ée]c[ée]dents?|pr[ée]c[ée]dentes|suivants?|suivantes|ci-dessus|ci-apr[èe]s|above|below)\b)",
                       re.I)


def answers_in(kind: AnswerKind, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where text[start:end] holds an answer of `kind` (offsets in `text`), references left out."""
    spans = []
    dates = [m.span() for m in _CALENDAR_DATE.finditer(text, start, end)] if kind in ("quantity", "count") else []
    for match in PATTERNS[kind].finditer(text, start, end):
        if any(s <= match.start() and match.end() <= e for s, e in dates):
            continue
        if (kind in MEASURED or kind == "count") and (
                _REFERENCE.search(text, max(start, match.start() - 20), match.start())
                or _REFERENCES.search(text, max(start, match.start() - REFERENCES_REACH), match.start())
                or kind in ("quantity", "count") and _REFERRED.match(text, match.end())):
            continue
        spans.append(match.span())
    return spans


def _near(kind: AnswerKind, answers: list[tuple[int, int]], subject: list[tuple[int, int]], reach: int,
          opening: list[tuple[int, int]] = (), text: str = "") -> bool:
    """Whether one of the answers stands within `reach` characters of one of the subject's words
    (a definition: right beside it, or in the clause a passage opens with the subject:
    `opening`, the subject's words among the passage's first, in `text`)."""
    for start, end in answers:
        # The question's own words are its subject, not its answer: "Sora" answers no "who made Sora?".
        if any(s < end and start < e for s, e in subject):
            continue
        if kind == "definition":
            # A definition says what its subject is: "La propriété est le droit…", "on appelle
            # usufruit…". "L'usufruit est le droit… dont un autre a la propriété" defines another.
            if any(0 <= start - e <= DEFINED_GAP or 0 <= s - end <= DEFINED_GAP for s, e in subject):
                return True
            # "Le dépôt, en général, est un acte…": the passage opens with its subject and goes
            # on to say what it is, in the same clause.
            if any(0 <= start - e <= DEFINED_REACH and not _CLAUSE_END.search(text, e, start) for s, e in opening):
                return True
        elif any(s - reach <= start and end <= e + reach for s, e in subject):
            return True
    return False


_CLAUSE_END = re.compile(r"[.;:!?]")


def holding(index, words: list, kind: AnswerKind, passages: list[int], reach: int = REACH) -> list[bool]:
    """For each passage: whether it holds an answer of `kind` near the question's words. The
    passage's words are read only when its text holds such an answer at all (most do not)."""
    owner = {term for word in words for term in word.terms}
    found = []
    for passage in passages:
        start, end = index.span(passage)
        text = index.paragraph_text(index.paragraph_of(passage))
        answers = answers_in(kind, text, start, end)
        if not answers:
            found.append(False)
            continue
        tokens = index.passage_tokens(passage)
        subject = [(s, e) for s, e, t in zip(tokens.starts, tokens.ends, tokens.terms) if t in owner]
        # The subject's words among the passage's first few.
        first = tokens.starts[DEFINED_OPENING] if len(tokens.starts) > DEFINED_OPENING else end
        opening = [(s, e) for s, e in subject if s < first]
        found.append(_near(kind, answers, subject, reach, opening, text))
    return found


def judging(index, words: list, passages: list[int]) -> list[bool]:
    """For each passage: whether it says a word of worth near the question's subject. The
    question's own "meilleur" is what the passage must say, not its subject."""
    subject = [w for w in words if not PATTERNS["judgement"].fullmatch(w.surface)]
    return holding(index, subject, "judgement", passages)


# The short answer itself, for the kinds that have one, highlighted in the excerpt: a number with
# its unit, a date or a duration (the shapes `PATTERNS` reads too), a name of one to four
# capitalised words, a place.
# A name's word: a capital and letters, hyphened parts too ("Heather-Ashley"); no digit, no "_".
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:-[^\W\d_]+)*"
SHORT_ANSWERS: dict[AnswerKind, re.Pattern] = {
    "age": PATTERNS["age"],
    "money": PATTERNS["money"],
    "quantity": re.compile(_AMOUNT, re.I),
    "when": re.compile(rf"{_DURATION}|{_DATE}", re.I),
    "who": re.compile(rf"\b{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}\b"),
    "version": PATTERNS["version"],
    # A place is a name after a preposition of place: "à Lyon", "in New York"; the name is the answer.
    "where": re.compile(rf"(?i:\b(?:à|au|aux|en|in|at|near|près de)\s+)(?P<answer>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\b"),
}
_SENTENCE_START = re.compile(r"(?:^|[.!?«\"]\s*|\n\s*|^[-•*]\s*)$")


_PLACE_BEFORE = re.compile(r"\b(?:à|au|aux|en|in|at|from|to)\s+$", re.I)


def _gap(span: tuple[int, int], spans: tuple[tuple[int, int], ...]) -> int:
    """Characters between `span` and the nearest of `spans`."""
    start, end = span
    return min(max(s - end, start - e, 0) for s, e in spans)


def with_short_answer(hit: Hit, kind: AnswerKind | None, reach: int = REACH) -> Hit:
    """The hit with the short answer of `kind` nearest its matched words highlighted too;
    unchanged when the kind has no short answer or none stands within `reach` characters. A
    span the question itself matched (a year it names) is not an answer, nor is a reference
    ("article 12") an amount, nor a place ("à Hollywood") a person."""
    pattern = SHORT_ANSWERS.get(kind) if kind else None
    if pattern is None or not hit.highlights:
        return hit
    # A short answer is words of the text, never a link's address or a role's name.
    text = markup.readable(hit.excerpt, hit.code)
    answers = []
    for match in pattern.finditer(text):
        start, end = match.span("answer" if "answer" in pattern.groupindex else 0)
        before = text[max(0, start - 20):start]
        if kind != "version" and (_PLACE_BEFORE if kind == "who" else _REFERENCE).search(before):
            continue
        for start, end in (_names(text, start, end) if kind in ("who", "where") else [(start, end)]):
            if not any(s < end and start < e for s, e in hit.highlights):
                answers.append((_gap((start, end), hit.highlights), start, end))
    if not answers or min(answers)[0] > reach:
        return hit
    _, start, end = min(answers)
    return replace(hit, highlights=tuple(sorted(hit.highlights + ((start, end),))))


# A capitalised word glued to a link, a handle or an identifier is a piece of it, not a name:
# "pic.twitter.com/KSgQJdeujp", "(@HeatherAshleyB_)", "discord.Client", "Bot(".
_GLUED_BEFORE = re.compile(r"[/@#\\=.:~$&?+%\w]$")
_GLUED_AFTER = re.compile(r"[/@#\\=(_]|[.:]\w")
SHOUTED_LENGTH = 6  # letters from which a word in capitals is a shouted word, not initials ("SEMAINES", not "PDG")


def _shouted(words: list[str], i: int) -> bool:
    """Whether words[i] is written in capitals for emphasis: a long word in capitals, or one
    beside another word in capitals ("DERNIÈRE MINUTE"); initials ("NASA", "PDG") are names."""
    word = words[i]
    if not (word.isupper() and len(word) > 1):
        return False
    beside = [w for w in words[max(0, i - 1):i] + words[i + 1:i + 2] if len(w) > 1]
    return len(word) >= SHOUTED_LENGTH or any(w.isupper() for w in beside)


def _names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names within text[start:end], a run of capitalised words: the run cut at each word in
    capitals that shouts, none glued to a link or identifier, and no lone word opening a
    sentence (any word may; two, "Brad Lightcap", are a name)."""
    if _GLUED_BEFORE.search(text, max(0, start - 1), start) or _GLUED_AFTER.match(text, end):
        return []
    spans = [m.span() for m in re.finditer(r"\S+", text[start:end])]
    # The words around the run too: "2 SEMAINES après" is no name, "LE MONDE" is one shout.
    lo, hi = max(0, start - 30), min(len(text), end + 30)
    around = re.findall(r"[^\W\d_]+", text[lo:start]), re.findall(r"[^\W\d_]+", text[end:hi])
    context = around[0][-1:] + [text[start + a:start + b] for a, b in spans] + around[1][:1]
    offset = len(around[0][-1:])
    names, piece = [], []
    for i, span in enumerate(spans):
        if _shouted(context, offset + i):
            names.append(piece)
            piece = []
        else:
            piece.append(span)
    names.append(piece)
    found = []
    for piece in names:
        if not piece:
            continue
        a, b = start + piece[0][0], start + piece[-1][1]
        if len(piece) == 1 and _SENTENCE_START.search(text, 0, a):
            continue
        found.append((a, b))
    return found
