"""Questions as people type them, rewritten into the words the analysis chain reads, and the
kind of answer they ask for.

People ask in chat French and English: "c koi un pacs", "jai perdu lemploi", "pq mon bot
repond pas", "my bot doesn't see messages". Before analysis, a question is rewritten word by
word: English contractions are spelt out ("doesn't" -> "does not": "doesn" is no word, and "don"
is a French one), common chat abbreviations become the words they stand for ("pq" ->
"pourquoi", "qqn" -> "quelqu'un"), an apostrophe left out after an elided article or pronoun
is put back ("lemploi" -> "l'emploi", when the documents know "emploi"), and politeness and
chat filler ("stp", "en vrai", "please") is dropped. A word of that kind left as it was would
count as a subject word the documents lack, and push the engine to abstain.

The lexicons below are small and general: the chat forms any French or English speaker uses,
nothing taken from one corpus. The rewritten text is analysed; the question shown to the user
stays as typed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Literal

from .text import fold, translate

# "age" and "money" are amounts with their own unit: the answer is "dix-huit ans", "5 €".
AnswerKind = Literal["who", "quantity", "age", "money", "when", "where", "definition", "howto"]

# Chat abbreviations and spellings, French and English, by folded lowercase form. Only forms
# that cannot be mistaken for a word of the other language (English "ms" is milliseconds, so
# it is not French "mais" here).
ABBREVIATIONS = {
    # French
    "pq": "pourquoi", "pk": "pourquoi", "pkoi": "pourquoi", "pourkoi": "pourquoi",
    "qqn": "quelqu'un", "qqun": "quelqu'un", "qq1": "quelqu'un",
    "qqch": "quelque chose", "qqc": "quelque chose", "qqchose": "quelque chose",
    "bcp": "beaucoup", "jsp": "je sais pas", "chui": "je suis", "jsuis": "je suis",
    "jpeux": "je peux", "jveux": "je veux", "jsais": "je sais", "jcrois": "je crois",
    "koi": "quoi", "kwa": "quoi", "ki": "qui", "ke": "que", "kel": "quel", "kelle": "quelle",
    "koment": "comment", "komen": "comment", "cmt": "comment", "cmnt": "comment",
    "cb": "combien", "cmb": "combien", "cbn": "combien", "qd": "quand", "kan": "quand", "kand": "quand",
    "pr": "pour", "ds": "dans", "avc": "avec", "tt": "tout", "tjr": "toujours",
    "tjrs": "toujours", "pcq": "parce que", "pck": "parce que",
    "psk": "parce que", "pb": "problème", "pbm": "problème", "msg": "message",
    "rdv": "rendez-vous", "auj": "aujourd'hui", "ajd": "aujourd'hui", "mtn": "maintenant",
    "mnt": "maintenant", "ptet": "peut-être", "ptetre": "peut-être", "cad": "c'est-à-dire",
    "ya": "il y a", "c": "c'est", "nimporte": "n'importe",
    # French glued forms whose second half is a function word: "jai" is "j'ai"
    "jai": "j'ai", "javais": "j'avais", "jaurai": "j'aurai", "cest": "c'est", "cetait": "c'était",
    "quil": "qu'il", "quils": "qu'ils", "quon": "qu'on", "sil": "s'il", "sils": "s'ils",
    "nest": "n'est", "jen": "j'en", "jy": "j'y", "quest": "qu'est",
    # English
    "u": "you", "ur": "your", "r": "are", "idk": "i do not know", "dunno": "do not know",
    "abt": "about", "b4": "before", "smth": "something", "sth": "something", "ppl": "people",
    "cuz": "because", "coz": "because", "bc": "because", "wanna": "want to", "gonna": "going to",
    "gotta": "have to", "lemme": "let me", "gimme": "give me", "thru": "through", "tho": "though",
    "img": "image", "pic": "picture",
    "doesnt": "does not", "didnt": "did not", "isnt": "is not", "arent": "are not",
    "wasnt": "was not", "cant": "can not", "wont": "will not", "shouldnt": "should not",
    "couldnt": "could not", "wouldnt": "would not", "havent": "have not", "hasnt": "has not",
    "im": "i am", "ive": "i have", "youre": "you are", "thats": "that is", "whats": "what is",
    "theres": "there is", "hows": "how is",
}

# Politeness, chat filler and the frames people put around a question ("j'aimerais savoir",
# "can someone explain"): no subject in them, and their words ("savoir", "explain") would
# count as subject words the documents lack. Phrases (regular expressions) first, then words.
FILLER_PHRASES = (
    r"en vrai", r"du coup", r"s'il (?:vous|te) pla[iî]t", r"par hasard", r"(?:thanks )?in advance",
    r"(?:j'aimerais|je voudrais|je veux|jvoudrais) (?:bien )?savoir(?: si)?", r"je me demande(?:ais)?(?: si)?",
    r"(?:est-ce que |est ce que )?(?:quelqu'un|qqn|qq1) (?:sait|saurait|peut|pourrait)"
    r"(?: m'expliquer| me dire| m'aider)?",
    r"(?:pouvez|pourriez|peux|pourrais|tu peux|vous pouvez)[- ]?(?:vous|tu)? ?(?:m'expliquer|me dire|m'aider)",
    r"(?:explique|expliquez|dis|dites)-moi", r"j'ai une question", r"(?:une )?petite question",
    r"(?:i was|i am) wondering", r"i would like to know", r"i want to know",
    r"(?:can|could) (?:you|someone|anyone|somebody) (?:please )?(?:tell me|explain(?: to me)?|help(?: me)?)",
    r"(?:does|do) (?:anyone|anybody|someone|somebody) know", r"anyone know", r"tell me",
    r"i have a question", r"quick question",
    # Greetings and thanks around a question, or instead of one ("Merci beaucoup !", "hi all").
    r"(?:bonjour|bonsoir|salut|coucou|hello|hi|hey) (?:à )?(?:tout le monde|tous|à tous|everyone|everybody|all|guys)",
    r"(?:merci|thanks?|thank you)(?: beaucoup| bien| infiniment| a lot| so much| very much)?"
    r"(?: (?:pour|for) (?:ton|ta|votre|vos|your|the) (?:aide|help|réponse|reponse|answer))?",
)
FILLER_WORDS = frozenset("""
    stp svp merci mdr ptdr lol bonjour salut coucou bjr slt wesh wsh tkt dsl
    please pls plz thanks thx ty hi hey hello btw tbh imo lmao pls guys
""".split())

# English contractions, spelt out ("can't" before the general "n't").
_CONTRACTIONS = [
    (re.compile(r"\b(c)an't\b", re.I), r"\1an not"),
    (re.compile(r"\b(w)on't\b", re.I), r"\1ill not"),
    (re.compile(r"\b(\w+)n't\b", re.I), r"\1 not"),
    (re.compile(r"\b(\w+)'re\b", re.I), r"\1 are"),
    (re.compile(r"\b(\w+)'ve\b", re.I), r"\1 have"),
    (re.compile(r"\b(\w+)'ll\b", re.I), r"\1 will"),
    (re.compile(r"\b(i|you|we|they|he|she)'d\b", re.I), r"\1 would"),
    (re.compile(r"\b(i)'m\b", re.I), r"\1 am"),
    (re.compile(r"\b(it|that|what|who|where|how|there|here|he|she)'s\b", re.I), r"\1 is"),
]
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_FILLER = re.compile(r"\b(?:" + "|".join(FILLER_PHRASES) + r")\b", re.I)
_QUOTED = re.compile(r"[\"«“][^\"«»“”]+[\"»”]")  # as the ranking reads quoted phrases
# Articles and pronouns French elides before a vowel or a mute h.
_ELIDING = ("qu", "l", "d", "j", "m", "n", "s", "t", "c")
_VOWEL_START = re.compile(r"[aeiouyhâàéèêëîïôûù]", re.I)
GLUED_MIN = 4  # letters a function word after a missing apostrophe must have: "lune" stays "lune"
# What the documents make of a word: "word" (a term of theirs), "stop" (a function word), None.
Known = Callable[[str], Literal["word", "stop"] | None]


def expand_contractions(text: str) -> str:
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return text


def _unglued(word: str, known: Known) -> str | None:
    """"l'emploi" for "lemploi", "l'IA" for "lia", when the documents know "emploi" or "IA" and
    not the word as typed."""
    lower = word.lower()
    for head in _ELIDING:
        rest = word[len(head):]
        if not (lower.startswith(head) and len(rest) >= 2 and _VOWEL_START.match(rest)):
            continue
        kind = known(rest)
        if kind == "word" or (kind == "stop" and len(rest) >= GLUED_MIN):
            return f"{word[:len(head)]}'{rest}"
    return None


def _rewrite_word(word: str, known: Known, unglue: bool) -> str:
    key = fold(word.lower())
    if key in FILLER_WORDS:
        return ""
    # Chat abbreviations are typed in lower case: "CB" or "PR" written in capitals is a name.
    if key in ABBREVIATIONS and word.islower():
        return ABBREVIATIONS[key]
    if unglue and not known(word):
        return _unglued(word, known) or word
    return word


def _rewrite_plain(text: str, known: Known, french: bool) -> str:
    text = _FILLER.sub(" ", expand_contractions(text))
    return _WORD.sub(lambda m: _rewrite_word(m.group(), known, french), text)


def rewrite(question: str, known: Known, french: bool = True) -> str:
    """The question in the words the analysis reads. `known(word)` says what the documents make
    of a word (one of their terms, a function word, or nothing); it decides where an apostrophe
    was left out, which only French questions are searched for. A quoted phrase is
    kept as typed (it is searched word for word). A message made only of filler ("Merci
    beaucoup !", "hi all") asks nothing: it reads as no words at all."""
    text = translate(question)
    pieces, at = [], 0
    for quoted in _QUOTED.finditer(text):
        pieces += [_rewrite_plain(text[at:quoted.start()], known, french), quoted.group()]
        at = quoted.end()
    pieces.append(_rewrite_plain(text[at:], known, french))
    rewritten = re.sub(r"[ \t]+", " ", "".join(pieces)).strip()
    return rewritten if _WORD.search(rewritten) else ""


# "quel est le prix", "quelle est la date", "what is the price", "what is OpenAI's revenue":
# a measured noun asked for after "what is", in either language.
_WHAT_IS = r"(?:quel|quelle|quels|quelles) (?:est|sont|etait|sera) (?:le |la |l'|les )?"
_WHAT_IS_EN = r"what (?:is|are|was|were|will be) (?:the |an? )?(?:(?:[\w.-]+ ){0,2}[\w.-]+'s? )?"


def _asked(nouns: str) -> str:
    return rf"{_WHAT_IS}(?:{nouns})|{_WHAT_IS_EN}(?:{nouns})"


_MONEY_NOUNS = (r"prix|salaire|montant|budget|cout|tarif|fortune|valeur|valorisation|remuneration|revenus?|"
                r"chiffre d'affaires|price|salary|cost|budget|net worth|worth|valuation|revenue|income|fee")
_WHEN_NOUNS = r"date|annee|jour|heure|epoque|duree|delai|year|deadline|release date"
_QUANTITY_NOUNS = r"nombre|taux|pourcentage|population|taille|poids|distance|number|percentage|size"

# The kind of answer a question asks for, from its question words, French and English, read on
# the folded rewritten question. The first pattern that matches wins: "combien de temps" is a
# duration before it is an amount, "à quel âge" a number.
_KIND_PATTERNS: list[tuple[AnswerKind, re.Pattern]] = [
    ("age", re.compile(r"\b(a quel age|quel age|l'age (minimum|minimal|legal|requis)|age (minimum|minimal|legal)|"
                       rf"how old|what age|minimum age|age limit|{_asked('age')})\b")),
    ("money", re.compile(r"\b(combien (coute|coutent|coutera|gagne|gagnent|paye|paie|payent|vaut|valent|rapporte)|"
                         r"quel (prix|salaire|montant|budget|cout|tarif)|quelle (somme|remuneration)|"
                         r"chiffre d'affaires|how much (money|does|do|did|is|are|will)\b.*\b(cost|pay|earn|"
                         rf"worth|charge|make|spend)|what (price|salary)|revenue|{_asked(_MONEY_NOUNS)})\b")),
    ("when", re.compile(r"\b(combien de temps|depuis quand|quand|a quelle (date|heure|epoque)|"
                        r"en quelle annee|quelle annee|quel (jour|mois|delai)|dans quel delai|"
                        rf"how long|when|what (year|date|time)|which year|{_asked(_WHEN_NOUNS)})\b")),
    ("quantity", re.compile(r"\b(combien|a quel age|quel (age|montant|prix|nombre|pourcentage|taux)|"
                            r"quelle (somme|part|quantite|proportion)|how (many|much|old)|"
                            rf"what (percentage|amount|number|age)|{_asked(_QUANTITY_NOUNS)})\b")),
    ("who", re.compile(r"(^|[.?!,;:] *)(qui|who|whom)\b|\b(c'est qui|c est qui|par qui|a qui|"
                       r"quelle (personne|entreprise|societe|organisation)|quel (organisme|juge|tribunal)|"
                       r"which (company|person|companies|people)|who)\b")),
    ("where", re.compile(r"(^|[.?!] *)(ou|where)\b|\b(where|d'ou|dans quel (pays|endroit|lieu|fichier|dossier)|"
                         r"a quel endroit|in which (country|place|file|folder)|ou (se trouve|trouver|est|sont))\b")),
    ("definition", re.compile(r"\b(c'est quoi|c est quoi|qu'est-ce qu(e|'un|'une)?|que (signifie|veut dire)|"
                              r"definition|definir|what (is|are) (a|an|the)?\b|what does .* mean|"
                              r"meaning of|define)\b")),
    ("howto", re.compile(r"(^|[.?!] *)comment\b|\b(comment (faire|on|je|puis|peut|fait|creer|"
                         r"ajouter|activer|envoyer|obtenir|changer|utiliser)|how (do|can|should|would) "
                         r"(i|you|we|one)|how to|the way to|la (facon|maniere) de)\b")),
]


def answer_kind(question: str) -> AnswerKind | None:
    """The kind of answer asked for, or None when the question does not say (a bare keyword)."""
    folded = fold(translate(question).lower())
    for kind, pattern in _KIND_PATTERNS:
        if pattern.search(folded):
            return kind
    return None


@dataclass(frozen=True)
class Understood:
    """A question as the engine reads it: its rewritten text and the kind of answer it wants."""

    text: str
    kind: AnswerKind | None


def understand(question: str, known: Known, french: bool = True) -> Understood:
    text = rewrite(question, known, french)
    return Understood(text, answer_kind(text))
