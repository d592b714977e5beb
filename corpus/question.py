"""Questions as people type them, rewritten into the words the analysis chain reads, and the
kind of answer they ask for.

People ask in chat French and English: "c koi un pacs", "jai perdu lemploi", "pq mon bot
repond pas", "my bot doesn't see messages". Before analysis, a question is rewritten word by
word: English contractions are spelt out ("doesn't" -> "does not": "doesn" is no word, and "don"
is a French one), common chat abbreviations of the question's language become the words they
stand for ("pq" -> "pourquoi", "qqn" -> "quelqu'un"), an apostrophe left out after an elided
article or pronoun is put back ("lemploi" -> "l'emploi", when the documents know "emploi"),
and politeness and chat filler ("stp", "en vrai", "please") is dropped, greetings only where
they greet. A word of that kind left as it was would count as a subject word the documents
lack, and push the engine to abstain.

The lexicons below are small and general: the chat forms any French or English speaker uses,
nothing taken from one corpus. The rewritten text is analysed; the question shown to the user
stays as typed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Literal

from .text import fold, translate

# "age" and "money" are amounts with their own unit: the answer is "dix-huit ans", "5 €".
AnswerKind = Literal["who", "quantity", "age", "money", "when", "where", "definition", "howto", "version"]

# Chat abbreviations and spellings by folded lowercase form, each language's read in a question
# asked in that language: French "pr" (pour) is an English pull request, French "ya" (il y a)
# English "you", French "c" (c'est) the C language, French "dc" (donc) an English disconnect.
FRENCH_ABBREVIATIONS = {
    "pq": "pourquoi", "pk": "pourquoi", "pkoi": "pourquoi", "pourkoi": "pourquoi",
    "qqn": "quelqu'un", "qqun": "quelqu'un", "qq1": "quelqu'un", "qlqn": "quelqu'un", "qlqun": "quelqu'un",
    "qqch": "quelque chose", "qqc": "quelque chose", "qqchose": "quelque chose",
    "qlq": "quelque", "qqs": "quelques", "qlqs": "quelques",
    "bcp": "beaucoup", "jsp": "je sais pas", "chais": "je sais", "chaipa": "je sais pas", "chepa": "je sais pas",
    "chui": "je suis", "jsuis": "je suis", "jpeux": "je peux", "jveux": "je veux", "jsais": "je sais",
    "jcrois": "je crois", "jpense": "je pense", "jfais": "je fais", "jme": "je me", "jte": "je te",
    "jdois": "je dois", "jvais": "je vais", "jpourrais": "je pourrais", "kesako": "c'est quoi",
    "koi": "quoi", "kwa": "quoi", "koa": "quoi", "ki": "qui", "ke": "que", "kel": "quel", "kelle": "quelle",
    "koment": "comment", "komment": "comment", "komen": "comment", "cmt": "comment", "cmnt": "comment",
    "cb": "combien", "cmb": "combien", "cbn": "combien", "qd": "quand", "kan": "quand", "kand": "quand",
    "pr": "pour", "ds": "dans", "avc": "avec", "dc": "donc", "tt": "tout", "tte": "toute", "ttes": "toutes",
    "tts": "tous", "tjr": "toujours", "tjrs": "toujours", "tjs": "toujours", "vrmt": "vraiment",
    "pdt": "pendant", "tps": "temps", "pcq": "parce que", "pck": "parce que",
    "psk": "parce que", "pb": "problème", "pbm": "problème", "msg": "message",
    "rdv": "rendez-vous", "auj": "aujourd'hui", "ajd": "aujourd'hui", "mtn": "maintenant",
    "mnt": "maintenant", "ptet": "peut-être", "ptetre": "peut-être", "cad": "c'est-à-dire",
    "ya": "il y a", "yen": "il y en", "yavait": "il y avait", "yaura": "il y aura", "c": "c'est",
    "g": "j'ai", "nimporte": "n'importe",
    # French glued forms whose second half is a function word: "jai" is "j'ai"
    "jai": "j'ai", "javais": "j'avais", "jaurai": "j'aurai", "cest": "c'est", "cetait": "c'était",
    "quil": "qu'il", "quils": "qu'ils", "quon": "qu'on", "sil": "s'il", "sils": "s'ils",
    "nest": "n'est", "jen": "j'en", "jy": "j'y", "quest": "qu'est", "nont": "n'ont", "nai": "n'ai",
    "quelquun": "quelqu'un", "aujourdhui": "aujourd'hui",
    # "est-ce que" as it sounds
    "esk": "est-ce que", "eske": "est-ce que", "keske": "qu'est-ce que", "kesk": "qu'est-ce que",
    "keski": "qu'est-ce qui", "ske": "ce que", "chuis": "je suis", "jsui": "je suis",
}
ENGLISH_ABBREVIATIONS = {
    "u": "you", "ur": "your", "urself": "yourself", "r": "are", "idk": "i do not know", "dunno": "do not know",
    "abt": "about", "b4": "before", "smth": "something", "sth": "something", "ppl": "people",
    "cuz": "because", "coz": "because", "bc": "because", "bcuz": "because", "becuz": "because",
    "wanna": "want to", "gonna": "going to", "gotta": "have to", "lemme": "let me", "gimme": "give me",
    "kinda": "kind of", "sorta": "sort of", "thru": "through", "tho": "though",
    "wat": "what", "wut": "what", "wht": "what", "whr": "where", "cud": "could", "shud": "should", "wud": "would",
    "rn": "right now", "atm": "at the moment", "ofc": "of course",
    "img": "image", "pic": "picture", "msg": "message", "msgs": "messages", "perms": "permissions",
    "doesnt": "does not", "didnt": "did not", "dont": "do not", "isnt": "is not", "arent": "are not",
    "wasnt": "was not", "werent": "were not", "cant": "can not", "wont": "will not", "shouldnt": "should not",
    "couldnt": "could not", "wouldnt": "would not", "havent": "have not", "hasnt": "has not",
    "im": "i am", "ive": "i have", "youre": "you are", "youve": "you have", "theyre": "they are",
    "thats": "that is", "whats": "what is", "wheres": "where is", "whos": "who is",
    "theres": "there is", "hows": "how is",
}

# Clipped and familiar words of everyday speech, spelt out in the standard word documents write
# ("proprio": "propriétaire", "app": "application"), only when the documents lack the word as
# typed: a corpus that writes "boulot" or "repo" itself is searched for it. Everyday French and
# English any speaker uses, nothing of one corpus; "ok" asks nothing of the documents.
FRENCH_EVERYDAY = {
    "proprio": "propriétaire", "proprios": "propriétaires", "appart": "appartement", "apparts": "appartements",
    "coloc": "colocataire", "colocs": "colocataires", "pro": "professionnel", "pros": "professionnels",
    "ado": "adolescent", "ados": "adolescents", "prof": "professeur", "profs": "professeurs",
    "info": "information", "infos": "informations", "dispo": "disponible", "dispos": "disponibles",
    "ordi": "ordinateur", "ordis": "ordinateurs", "resto": "restaurant", "restos": "restaurants",
    "pub": "publicité", "pubs": "publicités", "perso": "personnel", "aprem": "après-midi",
    "doc": "document", "docs": "documents", "labo": "laboratoire", "manif": "manifestation",
    "pote": "ami", "potes": "amis", "boulot": "travail", "taf": "travail", "job": "emploi",
    "fric": "argent", "thune": "argent", "thunes": "argent", "pognon": "argent", "bagnole": "voiture",
    "gosse": "enfant", "gosses": "enfants", "mome": "enfant", "momes": "enfants", "gamin": "enfant",
    "gamins": "enfants", "daron": "père", "daronne": "mère", "darons": "parents", "frangin": "frère",
    "frangine": "sœur", "toubib": "médecin", "flic": "policier", "flics": "policiers", "bouquin": "livre",
    "bouquins": "livres", "bouffe": "nourriture", "piaule": "chambre", "taule": "prison", "boss": "patron",
    "cmd": "commande", "cmds": "commandes", "param": "paramètre", "params": "paramètres", "serv": "serveur",
    "tuto": "tutoriel", "tutos": "tutoriels", "appli": "application", "applis": "applications",
    "bdd": "base de données", "mdp": "mot de passe", "pp": "photo de profil",
    "demo": "démonstration", "demos": "démonstrations", "prod": "production", "postprod": "postproduction",
    "cine": "cinéma", "tele": "télévision", "actu": "actualité", "actus": "actualités", "promo": "promotion",
    "expo": "exposition", "gouv": "gouvernement", "asso": "association", "assos": "associations",
    "dico": "dictionnaire", "exam": "examen", "exams": "examens", "stats": "statistiques",
    "perf": "performance", "perfs": "performances", "real": "réalisateur", "reals": "réalisateurs",
    "scenar": "scénario", "scenars": "scénarios", "compta": "comptabilité",
    "ok": "", "okay": "", "oki": "",
}
ENGLISH_EVERYDAY = {
    "app": "application", "apps": "applications", "docs": "documentation", "repo": "repository",
    "repos": "repositories", "config": "configuration", "configs": "configurations", "info": "information",
    "admin": "administrator", "admins": "administrators", "mod": "moderator", "mods": "moderators",
    "db": "database", "dev": "developer", "devs": "developers", "vid": "video", "vids": "videos",
    "sec": "second", "secs": "seconds", "hr": "hour", "hrs": "hours", "mins": "minutes", "convo": "conversation",
    "cmd": "command", "cmds": "commands", "arg": "argument", "args": "arguments", "param": "parameter",
    "params": "parameters", "func": "function", "funcs": "functions", "var": "variable", "vars": "variables",
    "lib": "library", "libs": "libraries", "auth": "authentication", "env": "environment", "dir": "directory",
    "pkg": "package", "deps": "dependencies", "num": "number", "pfp": "avatar", "vc": "voice channel",
    "tech": "technology", "demo": "demonstration", "demos": "demonstrations", "prod": "production",
    "pic": "picture", "pics": "pictures", "stats": "statistics", "perf": "performance", "msg": "message",
    "msgs": "messages", "notif": "notification", "notifs": "notifications", "perms": "permissions",
    "perm": "permission", "impl": "implementation", "doc": "documentation", "gov": "government",
    "ok": "", "okay": "",
}

# Chat spellings of more than one word: "y'a" is "il y a", "c est" is "c'est" (each with the
# characters any match holds: most questions hold neither, and need no pass).
_CHAT_PHRASES = [
    ("y'a", re.compile(r"\by'a\b"), "il y a"),
    ("c est", re.compile(r"\bc (?=est\b)"), "c'"),
]

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
    r"i have a question", r"quick question", r"au juste", r"en gros", r"grosso modo",
    # "avoir l'air" is "to seem", not the air ("ont-elles l'air vraies", "ça a l'air de marcher")
    r"(?:a|as|ont|avait|avaient|avoir|aurait|auraient)(?:-t-(?:il|elle|on)|-(?:ils|elles|il|elle|on|tu))? l'air",
    # "aller" before an infinitive makes a future ("Sora va-t-il remplacer…", "ils vont adopter"):
    # an auxiliary, as "pouvoir" is, no subject word
    r"(?:vais|vas|va|allons|allez|vont)(?:-t-(?:il|elle|on)|-(?:ils|elles|il|elle|on|tu|nous|vous))?"
    r"(?= [a-zàâçéèêëîïôûù]+(?:er|ir|re|oir)\b)",
)
FILLER_WORDS = frozenset("""
    stp svp mdr ptdr lol tkt dsl euh please pls plz btw tbh imo lmao guys nvm iirc afaik um umm uh hmm
    exactement concretement vraiment reellement exactly basically actually really literally
""".split())  # the adverbs of the second line stress a question, and name nothing of its subject
# Greetings and thanks are filler where they greet and thank: a greeting before the question
# ("hello, what does !ping do", "salut je voudrais…"), thanks after it. Elsewhere they are words
# like others: "what does the hello command do", "make the bot say hello", "hello world example".
GREETINGS = "bonjour|bonsoir|salut|coucou|bjr|slt|wesh|wsh|yo|hi|hey|hello|hiya"
ADDRESSEES = "guys|all|everyone|everybody|folks|team|people|tout le monde|a tous|les gars|la team|la compagnie"
THANKS = (r"merci(?: (?:d'avance|beaucoup|bcp|bien))?|thanks?(?: you)?(?: (?:a lot|so much|in advance))?|"
          r"thx|ty|tyvm|cordialement|bonne (?:journee|soiree)")
# What may follow an opening greeting: the question itself, which opens with a question word,
# a pronoun or a verb asking.
_OPENERS = ("how|what|why|who|when|where|which|can|could|is|are|does|do|did|i|my|we|anyone|anybody|someone|"
            "comment|pourquoi|quand|qui|quel|quelle|quels|quelles|combien|c'est|est-ce|je|j'|on|mon|ma|mes|il|"
            "y|ya|qqn|quelqu'un|vous|tu|pk|pq|cb|koi|quoi|ou|o[uù]")

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
_GREETED = re.compile(rf"^\W*\b(?:{GREETINGS})\b(?: (?:{ADDRESSEES})\b| (?-i:[A-Z])[\w-]*(?=\s*,))?"
                      rf"(?:\s*(?:[,.;:-]|!(?=\s|$))+\s*|\s+(?=(?:{_OPENERS})\b)|\s*$)|[\s,.;:!-]*\b(?:{THANKS})\b[\s,.;:!-]*$", re.I)
_QUOTED = re.compile(r"[\"«“][^\"«»“”]+[\"»”]")  # as the ranking reads quoted phrases
# Articles and pronouns French elides before a vowel or a mute h.
ELIDING = ("qu", "l", "d", "j", "m", "n", "s", "t", "c")
_VOWEL_START = re.compile(r"[aeiouyhâàéèêëîïôûù]", re.I)
# What `_unglued` needs of a word before it looks anything up: an eliding head, then a vowel
# and one more letter at least (as loose as its tests, case aside).
_GLUED = re.compile(f"(?:{'|'.join(ELIDING)}){_VOWEL_START.pattern}.", re.I | re.S)
GLUED_MIN = 4  # letters a function word after a missing apostrophe must have: "lune" stays "lune"
# What the documents make of a word: "written" (a word they write so), "word" (one of their
# terms: a word stemmed as one they write, "lia" as "lié"), "stop" (a function word), None.
Known = Callable[[str], Literal["written", "word", "stop"] | None]


# What every contraction above holds: an apostrophe, then one of their endings ending a word.
# French elisions ("l'emploi", "c'est") hold none, and need none of the nine passes.
_CONTRACTED = re.compile(r"'(?:t|re|ve|ll|d|m|s)\b", re.I)


def expand_contractions(text: str) -> str:
    if "'" not in text or not _CONTRACTED.search(text):  # most questions need none of the passes
        return text
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return text


def _unglued(word: str, known: Known, written: bool = False) -> str | None:
    """"l'emploi" for "lemploi", "l'IA" for "lia", when the documents know "emploi" or "IA" and
    not the word as typed; with `written`, only when they write the second half as typed."""
    lower = word.lower()
    for head in ELIDING:
        rest = word[len(head):]
        if not (lower.startswith(head) and len(rest) >= 2 and _VOWEL_START.match(rest)):
            continue
        kind = known(rest)
        if kind == "written" or not written and (kind == "word" or (kind == "stop" and len(rest) >= GLUED_MIN)):
            return f"{word[:len(head)]}'{rest}"
    return None


@lru_cache(maxsize=4096)
def _word_rule(word: str, french: bool, elided: bool) -> tuple[str | None, str | None, bool]:
    """What the lexicons say of a word, whatever the documents hold (questions repeat their
    words): its rewriting when it is filler or a chat abbreviation, else None; the everyday
    word it stands for when the documents lack it as typed, else None; and whether it may be
    an elided word glued to the next (`_unglued`)."""
    key = fold(word.lower())
    if key in FILLER_WORDS:
        return "", None, False
    # Chat abbreviations are typed in lower case: "CB" or "PR" written in capitals is a name.
    # A letter an apostrophe follows is elided ("c'est", "t'as"), not an abbreviation.
    abbreviations = FRENCH_ABBREVIATIONS if french else ENGLISH_ABBREVIATIONS
    if key in abbreviations and word.islower() and not elided:
        return abbreviations[key], None, False
    everyday = FRENCH_EVERYDAY if french else ENGLISH_EVERYDAY
    # A plural the table does not list stands for its singular's word ("boulots": "travail"):
    # the stem joins singular and plural in the documents anyway.
    said = key if key in everyday else key[:-1] if key.endswith(("s", "x")) and key[:-1] in everyday else None
    standard = everyday[said] if said is not None and word.islower() and not elided else None
    # Only a word that opens as an elided one could be glued (`_unglued`): the others are kept
    # as typed, known to the documents or not, and need not be looked up.
    return None, standard, bool(french and _GLUED.match(word))


def _rewrite_word(word: str, known: Known, french: bool, elided: bool = False) -> str:
    fixed, standard, glued = _word_rule(word, french, elided)
    if fixed is not None:
        return fixed
    if standard is not None and not known(word):
        return standard
    if glued:  # (the documents' word looked up once)
        held = known(word)
        if not held:
            return _unglued(word, known) or word
        # A word the documents hold only stemmed alike, never as typed, may be glued all the
        # same: "lia" stems as "lié" does, and the documents write "IA".
        if held == "word":
            return _unglued(word, known, written=True) or word
    return word


def _rewrite_plain(text: str, known: Known, french: bool) -> str:
    text = unfilled = _FILLER.sub(" ", expand_contractions(text))
    for needed, pattern, replacement in _CHAT_PHRASES:
        if needed in text:
            text = pattern.sub(replacement, text)
    text = _WORD.sub(lambda m: _rewrite_word(m.group(), known, french, text.startswith("'", m.end())), text)
    # Again once words are spelt out: "jme demande" is "je me demande". A text nothing changed
    # since the first pass holds no filler (each match it took is now a space between
    # non-letters, which no phrase can meet).
    return _FILLER.sub(" ", text) if text != unfilled else text


_BLANKS = re.compile(r"[ \t]+")


def _squashed(text: str) -> str:
    """Each run of spaces and tabs as one space (a text with no two together and no tab is
    that already, and needs no pass)."""
    return _BLANKS.sub(" ", text) if "  " in text or "\t" in text else text


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
    rewritten = _squashed(_GREETED.sub(" ", "".join(pieces).strip())).strip()
    # A message of greetings or thanks alone asks nothing (`abstention.py`: "the documents
    # don't say"), rather than being searched as typed.
    return rewritten if _WORD.search(rewritten) else ""


# The kind of answer a question asks for, read on the folded rewritten question from where its
# question words stand, not from any word anywhere: "when someone says hi, what does the bot
# reply" asks for no date, nor "how do I check who sent a message" for a name. A question word
# asks when it opens a clause (the question, or one after a comma: "mon chien a mordu, qui doit
# payer"), after a preposition ("à quelle date", "depuis quand", "by whom"), after a verb of
# knowing ("je sais pas quand", "any idea where"), or, in French, when it closes a clause
# ("ça dure combien de temps", "c'est qui", "il est né quand ?"). Phrases that only ever ask
# ("combien de temps", "quel âge", "dans quelle ville", "c'est quoi") count anywhere.
_STARTS = r"(?:^|[.?!;:,(]\s*|\b(?:et|and|but|mais|so|alors|donc|sinon|or)\s+)"
_KNOWING = r"\b(?:know|knows|wonder|idea|sure|sais|sait|savoir|demande|idee|tell me)(?: pas)?\s+"
_PREPOSITION = (r"(?:(?:a partir de|au bout de|a|au|aux|de|du|en|dans|depuis|pour|par|avec|chez|sur|vers|pendant|"
                r"in|at|on|for|from|by|with|since|until|till|to|after|before|during|within)\s+|d'|jusqu'a? ?)?")
_OPENS = rf"(?:{_STARTS}|{_KNOWING}){_PREPOSITION}"
_CLOSES = r"\s*(?:[.?!;:,)]|$)"
# What follows "when" or "quand" opening a question, not a clause of time: a verb ("when does",
# "quand commence"), an inverted subject ("quand le bail prend-il fin"), "est-ce", or the end.
# "Quand le bot démarre, …" and "when someone says" are conditions.
_EN_AUX = r"is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|must|may|might"
_FR_SUBJECT = (r"je|j'|tu|t'|il|elle|on|nous|vous|ils|elles|ca|c'|le|la|les|l'|un|une|des|mon|ma|mes|ton|ta|"
               r"tes|son|sa|ses|notre|nos|votre|vos|leur|leurs|quelqu'un|personne|ce|cet|cette|ces")


def _asks_for(nouns: str) -> str:
    """"quelle ville", "quelle est la date", "what is the price", "which year": a question about
    one of `nouns`, wherever it stands."""
    return (r"\b(?:(?:quel|quelle|quels|quelles)(?: (?:est|sont|etait|serait))?(?: le| la| les| l')? ?|"
            rf"(?:what|which)(?: (?:is|are|was|were) the| the)? )(?:{nouns})\b")


_KIND_PATTERNS: list[tuple[AnswerKind, re.Pattern]] = [
    ("age", re.compile(r"\b(?:l'age (?:minimum|minimal|legal|requis)|age (?:minimum|minimal|legal)|"
                       r"how old|minimum age|age limit)\b|" + _asks_for("age"))),
    ("money", re.compile(r"\b(?:combien (?:ca |cela )?(?:coute|coutent|coutera|gagne|gagnent|paye|paie|payent|vaut|valent|"
                         r"rapporte)|(?:coute|coutent|coutera|gagne|gagnent|vaut|valent|rapporte) combien|"
                         r"chiffre d'affaires|how much money|how much (?:does|do|did|is|are|will)\b.*\b(?:cost|costs|"
                         r"pay|earn|earns|worth|charge|make|makes|spend|fee|fees|price)|revenue)\b|"
                         # "what is OpenAI's revenue", "what is Tyler Perry's net worth"
                         r"\bwhat (?:is|are|was|were) (?:[\w.-]+ ){0,3}[\w.-]+'s? (?:net worth|worth|salary|"
                         r"revenue|income|price|valuation)\b|"
                         + _asks_for("prix|salaire|montant|budget|cout|tarif|remuneration|somme|"
                                     "price|salary|cost|fee|fees|wage"))),
    ("when", re.compile(r"\b(?:combien de temps|depuis quand|jusqu'a quand|a partir de quand|c'est quand|how long)\b|"
                        + _asks_for("date|heure|epoque|periode|annee|jour|mois|delai|duree|"
                                    "year|date|time|day|month|deadline|duration")
                        + rf"|{_STARTS}{_PREPOSITION}(?:when\b(?=\s+(?:{_EN_AUX})\b|{_CLOSES})|"
                        rf"quand\b(?!\s+(?:{_FR_SUBJECT}))|quand\b(?=.*(?:-t-|-(?:il|elle|on|ils|elles|je|tu|nous|vous)\b|"
                        rf"est-ce)))|{_KNOWING}(?:quand|when)\b|\b(?:quand|when){_CLOSES}")),
    # "quelle version de Java", "which version added X": a version number ("3.8", "v2").
    ("version", re.compile(_asks_for("version|versions|release"))),
    ("quantity", re.compile(r"\b(?:combien|how (?:many|much))\b|"
                            + _asks_for("nombre|pourcentage|taux|quantite|proportion|part|limite|"
                                        "distance|hauteur|longueur|largeur|profondeur|surface|superficie|poids|taille|"
                                        "number|percentage|amount|proportion|rate|limit|height|length|width|"
                                        "depth|area|weight|size"))),
    ("who", re.compile(r"\bc'est qui\b|" + _asks_for(
                           "personne|entreprise|entreprises|societe|organisation|organisme|juge|tribunal|auteur|"
                           "fondateur|createur|directeur|patron|company|companies|person|people|organisation|"
                           "organization|author|founder|creator|director|ceo")
                       + rf"|{_OPENS}(?:qui|who|whom|whose)\b|\b(?:qui|who|whom){_CLOSES}")),
    ("where", re.compile(r"\b(?:d'ou|jusqu'ou|par ou|c'est ou|(?:se trouve|se trouvent|trouver|est|sont|situe|situee) ou|"
                         r"ou (?:se trouve|se trouvent|trouver))\b|"
                         + _asks_for("pays|ville|endroit|lieu|region|departement|commune|rue|adresse|fichier|dossier|"
                                     "repertoire|country|city|town|place|region|state|address|file|folder|"
                                     "directory|location|channel")
                         + rf"|(?:^|[.?!]\s*)ou\b(?!\s+(?:bien|alors|pas|non|plutot)\b)|{_OPENS}where\b|"
                         rf"\b(?:ou|where){_CLOSES}")),
    ("definition", re.compile(r"\b(?:c'est quoi|veut dire quoi|signifie quoi|que (?:signifie|veut dire)|"
                              r"qu'est[- ]ce que (?:ca|cela) (?:veut dire|signifie)|"
                              r"qu'est[- ]ce qu(?:'un|'une|'|e (?:un|une|le|la|les|l'|des)\b)|definition|definir|"
                              r"what does .* mean|meaning of|define)\b|"
                              rf"{_STARTS}{_PREPOSITION}what (?:is|are) (?:a|an|the)?\b")),
    # French "comment" asks how wherever it stands ("on fait comment", "comment ça marche").
    # English chat drops the auxiliary: "how upload an image", "how install discord py".
    ("howto", re.compile(r"\b(?:comment|how (?:do|does|did|can|could|should|would|will|shall|must|might|may)|"
                         r"how to|the way to|la (?:facon|maniere) de|(?:faire|fait|fais|faut) quoi|"
                         r"what (?:should|do|can|must) (?:i|we|you) do)\b|"
                         rf"{_STARTS}how (?!(?:many|much|long|old|often|far|big|large|small|come|is|are|was|were|"
                         r"about|so|fast|slow)\b)[a-z]")),
]


# What every match of each pattern above holds, read off its alternatives: a question holding
# none of a kind's words cannot match its pattern, which is then not run (most questions, a
# bare keyword or a line pasted from a document, ask for no kind: nine searches, 23 µs, of
# which the ones that try a clause opening at every character cost the most). `_asks_for`
# always holds "quel", "what" or "which" and one of its nouns; every "ou" of the "where"
# pattern stands between word boundaries (`_OU`).
_ASKING_WORDS = ("quel", "what", "which")
_KIND_WORDS: dict[AnswerKind, tuple[str, ...]] = {
    "age": ("age", "how old"),
    "money": ("combien", "chiffre d'affaires", "how much", "revenue") + _ASKING_WORDS,
    "when": ("combien", "quand", "how long", "when") + _ASKING_WORDS,
    "version": ("version", "release"),
    "quantity": ("combien", "how many", "how much") + _ASKING_WORDS,
    "who": ("qui", "who") + _ASKING_WORDS,
    "where": ("where",) + _ASKING_WORDS,
    "definition": ("quoi", "signifie", "veut dire", "qu'est", "defin", "meaning of", "what"),
    "howto": ("comment", "how ", "the way to", "facon", "maniere", "quoi", "what"),
}
_OU = re.compile(r"\bou\b")
# Each kind's words as one search (in C, where a test a word cost a step of Python each).
_KIND_SEEN = {kind: re.compile("|".join(map(re.escape, words))) for kind, words in _KIND_WORDS.items()}


def _may_ask(kind: AnswerKind, folded: str) -> bool:
    """False when `folded` cannot match `kind`'s pattern (it holds none of its words)."""
    return _KIND_SEEN[kind].search(folded) is not None or (kind == "where" and _OU.search(folded) is not None)


@lru_cache(maxsize=256)
def answer_kind(question: str) -> AnswerKind | None:
    """The kind of answer asked for, or None when the question does not say (a bare keyword)."""
    folded = fold(translate(question).lower())
    for kind, pattern in _KIND_PATTERNS:
        if _may_ask(kind, folded) and pattern.search(folded):
            return kind
    return None


@dataclass(frozen=True)
class Understood:
    """A question as the engine reads it: its rewritten text and the kind of answer it wants."""

    text: str
    kind: AnswerKind | None


# The noun a question names its answer's kind by, for the kinds whose answer the documents give
# without it: "dans quelle ville est le siège" is answered by "le siège est à Lyon", "in which
# year was it founded" by "founded in 2015". Searched for, the noun would count as a subject
# word the answer lacks. Only the nouns prose seldom writes beside its answer: a text says "à la
# date de", "le jour où", "at the time", "le taux de", "l'âge de", and those words help find it.
_ANSWER_NOUNS: dict[AnswerKind, frozenset[str]] = {
    "where": frozenset("ville villes pays city cities country countries town".split()),
    "when": frozenset("annee year long".split()),
}
# "How long" asks for a duration as "which year" for a year: "videos of one minute" answers
# "how long are the videos" without the word.
_ASKING = frozenset("quel quelle quels quelles which what how".split())


def without_answer_noun(text: str, kind: AnswerKind | None) -> str:
    """The question without the noun after "quel"/"which" that names the kind of its answer."""
    nouns = _ANSWER_NOUNS.get(kind)
    if not nouns:
        return text
    words = list(_WORD.finditer(text))
    for before, word in zip(words, words[1:]):
        if fold(word.group().lower()) in nouns and fold(before.group().lower()) in _ASKING:
            return text[:word.start()] + text[word.end():].lstrip(" ")
    return text


# Saying one does not know, or thinks, is no subject ("jsp comment…", "I don't know why…"), but
# what follows it is a question: the kind of answer is read before these words are dropped.
_UNKNOWING = re.compile(r"\b(?:(?:(?:je |j')?(?:ne )?sais (?:pas|plus)|i do not know|i (?:think|guess|believe))(?=\W|$)|"
                        r"je (?:pense|crois) (?:que |qu'))", re.I)


# Asking what a named thing knows how to do or can do ("Que sait faire Sora ?", "Que peut faire
# Runway ?") asks what it is capable of: its words are function words ("sait", "faire"), which
# leave the name alone, and the documents say "est capable de" as often as not. Of a name
# only (a product, a model, a person): "que peut faire le locataire" asks what the law lets
# him do, not his capacity.
_ABLE_TO_DO = re.compile(r"\b(?:sait|savent|peut|peuvent|pourrait|pourraient|pourra|pourront)"
                         r"(?:-(?:t-)?(?:il|elle|ils|elles|on))? faire\b", re.I)
_ASKS_WHAT = re.compile(r"(?<!est-ce )\bque\b|\bquoi\b|\bqu'est-ce que\b", re.I)
_NAMED = re.compile(r"(?<=\s)[A-Z][\w-]*")  # a capitalised word after the first
_ABLE_TO_DO_EN = re.compile(r"\bwhat (?:can|could) (?:\S+ ){1,3}do\b", re.I)  # "What can Sora do?"


def with_ability(text: str, known: Known, french: bool) -> str:
    """A question asking what a named thing can do, with the word the documents say it with
    ("capable", in French and English alike) when they write it."""
    asks = (_ABLE_TO_DO.search(text) and _ASKS_WHAT.search(text)) if french else _ABLE_TO_DO_EN.search(text)
    if not asks or not _NAMED.search(text) or known("capable") != "written":
        return text
    return f"{text} capable"


def understand(question: str, known: Known, french: bool = True) -> Understood:
    text = rewrite(question, known, french)
    kind = answer_kind(text)
    searched = _squashed(_UNKNOWING.sub(" ", text)).strip()
    searched = with_ability(searched, known, french)
    return Understood(without_answer_noun(searched if _WORD.search(searched) else text, kind), kind)
