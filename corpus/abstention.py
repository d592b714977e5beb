"""Signs that the best passage does not answer the question, whatever its share of the words.

The engine's confidence is the share of the question's informative weight its best passage
covers (`scoring.coverage`). Each sign below cuts it, and each means the same on any corpus:

- *no subject*: the question names less than `subject_words` of a word of its own
  (`subject`): "Quelle heure est-il ?" asks nothing of documents that only mention the hour;
- *missing kind*: it asks for a number or a date (a figure per year, a date "depuis quand"),
  or which is best, and no passage within reach holds one near its subject, or a word of worth
  (read by `ranking.confidence`, which knows those passages);
- *one word*: one word in common with a question of three words or more, or with a question
  naming something the documents lack (below), is a mention, not its subject: "Who won the
  2018 FIFA World Cup?" meets a law code's article 2018, "a recipe for banana bread" a
  manual's *Recipes* heading, "the capital of Australia" a `capitalize()`;
- *name alone*: its best passage holds the names it asks about and none of its other words,
  which the documents hold elsewhere: they speak of the name and of what is asked, apart;
- *only the name*: a question asking who or where (the measured kinds have their own check:
  the missing kind) whose
  best passage holds every name it asks about, while its other words are nowhere in the
  documents, asks what they do not say of that name: "Who is Tyler Perry married to?". An open
  question ("Que pense Tyler Perry de Sora ?") is left alone: the documents answer it in other
  words (*s'est dit étonné*) as often as not;
- *everyday words met*: its best passage holds only everyday words of it, while a word it asks is
  nowhere in the documents (`everyday_met`);
- *missing name*: a question that names something the documents never mention, not even
  misspelt (a capitalised word inside the question or an acronym, three letters or more), is
  about another thing: "discord.js" and "SlashCommandBuilder" in the discord.py docs A title
  written in initials is no name (the everyday words of `lexicon_en_fr.py`, in English or
  French): "CEO" is asked of documents that say "PDG". A capitalised everyday word still is
  one ("the Eiffel Tower"). In a
  question asked in another language than the documents', a name is looked for with one more
  typo, as any of its words (`query.py`): "Australie" would find "Australia". A name translated
  past recognition ("OTAN" for "NATO") costs that question its share, which a question whose
  other words are all found keeps above the abstention line; without the rule, questions in
  another language on another subject ("Quelle est la capitale de l'Australie ?" on English
  docs) were answered from a passing word.

Before the signs are read, a short word the best passage holds only as another word French
stems alike (*vol*, theft, in *feuille volante*) is taken as not held (`written_apart`), and
so is a year it holds only as the number of its article in its heading (`numbered_apart`),
and a time the question sets from now ("cette semaine") that it says otherwise ("2 semaines",
`dated_from_now`).
"""
from __future__ import annotations

import numpy as np

from . import answer_kinds, bridge, generality
from .params import RankingParams
from .text import fold


def subject(index, words: list, params: RankingParams) -> float:
    """How much the question names something of its own, in words. Each word counts for how
    uncommon it is in its language at large (`generality.py`: 0.2 for "temps", 1 for a name),
    or fully when the documents are about it (it stands in at least the square root of their
    passage count: 11 of 126, 75 of 5,557, 1 of 1), misspelt or not: its typos already cost
    it in the coverage, and counted twice "paléntolgue" alone would name nothing. A word the
    documents never hold counts fully: nothing says it is common."""
    a = index.arrays
    topic = len(index) ** params.topic_power
    total = 0.0
    for w in words:
        own = w.terms[:len(w.terms) - w.family] or w.terms
        if not own or any(index.frequency(t) >= topic for t in own):
            general = 1.0
        else:
            general = max(float(a.term_generality[t]) for t in own)
        total += general
    return total


def only_the_name(words: list, holds: list[bool]) -> bool:
    """Whether the best passage holds every name the question asks about while what it asks of
    them is a word the documents never hold at all: "Où habite Mira Murati ?" meets a passage
    on Mira Murati, and nothing anywhere says *habite*. A word held elsewhere may be the
    answer's own ("Qui dirige Sony Pictures ?" is answered by "menée par le PDG"), so it
    spares the question."""
    named = [h for w, h in zip(words, holds) if w.name]
    asked = [w for w in words if not w.name]
    return bool(named) and bool(asked) and all(named) and not any(w.terms for w in asked)


def written_apart(index, words: list, passage: int, shares: np.ndarray, params: RankingParams) -> np.ndarray:
    """`shares` (what `passage` holds of each question word) less the short words it holds
    only as another word that French stems alike: Snowball cuts French words to stems short
    enough for unrelated words to share ("vol", theft, and "volante", loose; "loi" and
    "loyer"). A question word of `short_word` letters or fewer is held only where the passage
    writes it, or a word that begins with it or that it begins with, `short_extra` letters
    apart at most ("jeu", "jeux"; "âge", "âgée"; "don", "donné"). Read for the best passage of
    a French text only: it decides the confidence, not the rank, and English stems join a
    short word's inflections ("run", "running")."""
    candidates = [j for j, w in enumerate(words) if shares[j] > 0 and w.terms and not w.typos and not w.bridged
                  and len(w.key) <= params.short_word]
    para = index.paragraph_of(passage)
    if not candidates or index.language_of(para) != "fr":
        return shares
    tokens = index.passage_tokens(passage)
    text = index.paragraph_text(para)  # the words stand where the searchable text has them
    kept = shares.copy()
    for j in candidates:
        asked, own = words[j].key, words[j].terms[0]
        written = {text[start:end] for start, end, term in zip(tokens.starts, tokens.ends, tokens.terms)
                   if term == own}
        if written and not any(abs(len(form) - len(asked)) <= params.short_extra
                               and (form.startswith(asked) or asked.startswith(form))
                               for form in map(fold, map(str.lower, written))):
            kept[j] = 0.0
    return kept


def name_alone(index, words: list, holds: list[bool], params: RankingParams) -> bool:
    """Whether the best passage holds every name the question asks about and none of its other
    words, which the documents hold elsewhere and which name something of their own (at least
    `name_alone_words` of a word, by their generality alone): they speak of the name, and of what is
    asked, never together. "How do I stream music from Spotify into a voice channel?" meets
    *Spotify* in a list of classes, *voice channel* everywhere else. A question whose other
    word is an everyday verb ("Comment Sony Pictures utilise l'IA ?", "Que dit Reid Southen
    de l'IA ?") is answered by the passage on the name, in other words. (Other words found
    nowhere are `only_the_name`'s, for who and where.)"""
    named = [h for w, h in zip(words, holds) if w.name and w.terms]
    asked = [w for w, h in zip(words, holds) if not w.name]
    return (bool(named) and all(named) and any(w.terms for w in asked)
            and not any(h for w, h in zip(words, holds) if not w.name)
            and _generality(index, asked) >= params.name_alone_words)


def _generality(index, words: list) -> float:
    """How uncommon the words are in their language at large, summed (`generality.py`: 0.2 for
    "utilise", 1 for a word the documents lack), whatever the documents are about."""
    a = index.arrays
    return sum(max((float(a.term_generality[t]) for t in w.terms[:len(w.terms) - w.family] or w.terms),
                   default=1.0) for w in words)


def numbered_apart(index, words: list, passage: int, shares: np.ndarray, question: str) -> np.ndarray:
    """`shares` (what `passage` holds of each question word) less the years it holds only in
    its heading: the number of an article or a section is no year. "Quel film a gagné la
    Palme d'or en 2019 ?" meets the Code civil's *Article 2019*, "c quoi le meilleur jeu vidéo
    de 2023" its *Article 2023*. A number the question asks as a reference ("article 1382") is
    the heading's own. Years only: "mon fils a 19 ans" meets an *Article 19* as wrongly, but
    the question is the documents' (an age of majority), and its coverage without that number
    fell under the line (two answerable questions of the Code civil, `make eval`). Read for
    the best passage only: it decides the confidence, not the rank."""
    numbers = [j for j, w in enumerate(words) if shares[j] > 0 and answer_kinds.PATTERNS["year"].fullmatch(w.surface)
               and not answer_kinds.asked_as_reference(question, w.surface)]
    if not numbers:
        return shares
    own = set(index.passage_terms(passage).tolist())
    kept = shares.copy()
    for j in numbers:
        if own.isdisjoint(words[j].terms):
            kept[j] = 0.0
    return kept


def dated_from_now(index, words: list, passage: int, shares: np.ndarray, question: str) -> np.ndarray:
    """`shares` (what `passage` holds of each question word) less the time units the question
    sets from now ("cette semaine", "this week") that the passage holds only said otherwise:
    "Quelle est la météo à Hollywood cette semaine ?" meets a news article's "2 SEMAINES", a
    duration, not this week. A passage that says the same phrase holds it. Read for the best
    passage only: it decides the confidence, not the rank."""
    phrases = answer_kinds.said_from_now(question)
    units = [j for j, w in enumerate(words) if shares[j] > 0 and w.surface.lower() in phrases]
    if not units:
        return shares
    text = " ".join(index.paragraph_text(index.paragraph_of(passage)).lower().split())
    kept = shares.copy()
    for j in units:
        if phrases[words[j].surface.lower()] not in text:
            kept[j] = 0.0
    return kept


def signs(index, words: list, held: int, params: RankingParams, holds: list[bool] = (),
          kind: str | None = None, language: str = "en") -> dict[str, float]:
    """The signs of the question and its best passage that it is not answered, each with the
    share of the confidence it leaves; `held`: how many of the question's words that passage
    holds (any of each word's terms: `scoring.held_shares`), `holds`: which."""
    found = {}
    if kind in params.only_name_kinds and only_the_name(words, holds):
        found["only the name"] = params.only_name_share
    elif name_alone(index, words, holds, params):
        found["name alone"] = params.name_alone_share
    if subject(index, words, params) < params.subject_words:
        found["no subject"] = params.everyday_share
    missing = any(w.name and not w.terms and len(w.surface) >= params.name_letters
                  and not bridge.everyday(w.surface, as_name=True) for w in words)
    # Beside a name the documents lack, one word held is a mention even in a shorter question:
    # "the capital of Australia" meets a docs' capitalize().
    if (len(words) >= params.lone_words or missing) and held <= 1:
        found["one word"] = params.lone_share
    if missing:
        found["missing name"] = params.missing_name_share
    elif everyday_met(index, words, holds, params, language):
        found["everyday words met"] = params.everyday_met_share
    return found


def everyday_met(index, words: list, holds: list[bool], params: RankingParams, language: str) -> bool:
    """Whether the best passage holds only everyday words of the question (together less than
    `everyday_met_words` of a word, `subject`), while another word it asks, no name and
    uncommon in the question's `language` (at least `everyday_met_missing` by `generality`),
    is nowhere in the documents: that word is what it is about, and the passage meets its
    setting only. "Comment changer une roue crevée sur le bord de la route ?" meets a law
    code's will made *à bord* of a ship *en route*, and *roue* is nowhere. A word found nowhere
    that is common ("ran", "whoever") is more often said otherwise by the documents ("run",
    "author") than another subject; a question whose words are all somewhere is left alone (its
    everyday words may be the documents' own), and one whose best passage holds a word of its
    own is about it."""
    met = [w for w, h in zip(words, holds) if h]
    nowhere = [w for w in words if not w.name and not w.terms
               and generality.of_word(w.surface, language) >= params.everyday_met_missing]
    return (bool(met) and bool(nowhere) and not any(w.name for w in met)
            and subject(index, met, params) < params.everyday_met_words)
