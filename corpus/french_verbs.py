"""The forms a French verb takes in running text, which its Snowball stem does not reach.

Snowball French joins most forms of a verb in -er ("utiliser", "utilise"; not "concurrence",
cut as the noun) but not those of the verbs in -re, -ir and -oir: "promettre" gives `promettr`, "promet" `promet`,
"promis" `promi`; "produire" `produir`, "produit" `produit`; "voir" `voir`, "voit" `voit`. A
translation written as an infinitive (`lexicon_en_fr.py`: "promise: promettre") then misses
the text that says "Sora promet…". News and manuals write the third person and the past
participle most: those are the forms given here, from the conjugation of any French grammar,
by the ending the verbs of one pattern share (every verb in -mettre conjugates as "mettre") and
for the few irregular verbs on their own. A question says verbs in other forms still (the first
person, "je veux"; "publie", which Snowball cuts apart from "publier"): `question_forms`, read
for the words of a French question only. Nothing here knows a corpus.
"""
from __future__ import annotations

from functools import lru_cache

# An infinitive's ending, and the endings that replace it in the third person singular and
# plural of the present and in the past participle. Only endings no common noun or adjective
# shares in a way that would make another word: "-vre" is left out ("livre" would give "lit").
_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("mettre", ("met", "mettent", "mis", "mise")),
    ("prendre", ("prend", "prennent", "pris", "prise")),
    ("craindre", ("craint", "craignent")),
    ("eindre", ("eint", "eignent")),
    ("oindre", ("oint", "oignent")),
    ("aindre", ("aint", "aignent")),
    ("endre", ("end", "endent", "endu", "endue")),
    ("andre", ("and", "andent", "andu", "andue")),
    ("ondre", ("ond", "ondent", "ondu", "ondue")),
    ("rdre", ("rd", "rdent", "rdu", "rdue")),
    ("uire", ("uit", "uisent", "uite")),
    ("crire", ("crit", "crivent", "crite")),
    ("aître", ("aît", "aissent", "u", "ue")),  # not "maître": see `forms`
    ("tenir", ("tient", "tiennent", "tenu", "tenue")),
    ("venir", ("vient", "viennent", "venu", "venue")),
    ("cevoir", ("çoit", "çoivent", "çu", "çue")),
)

_LAST = tuple({ending[-2:] for ending, _ in _PATTERNS})

# Verbs of their own pattern, short enough that an ending would reach other words; a form that
# is also a common word of another sense is left out.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "voir": ("voit", "voient", "vu", "vue"),
    "prévoir": ("prévoit", "prévoient", "prévu", "prévue"),
    "revoir": ("revoit", "revoient", "revu", "revue"),
    "devoir": ("doit", "doivent", "dû", "due"),
    "valoir": ("vaut", "valent", "valu"),
    "dire": ("dit", "disent", "dite"),
    "interdire": ("interdit", "interdisent", "interdite"),
    "lire": ("lisent", "lu", "lue"),  # not "lit", a bed
    "élire": ("élit", "élisent", "élu", "élue"),
    "croire": ("croit", "croient", "cru"),
    "suivre": ("suit", "suivent", "suivi", "suivie"),
    "poursuivre": ("poursuit", "poursuivent", "poursuivi", "poursuivie"),
    "vivre": ("vit", "vivent", "vécu"),
    "survivre": ("survit", "survivent", "survécu"),
    "servir": ("sert", "servent", "servi"),
    "mourir": ("meurt", "meurent", "mort", "morte"),
    "courir": ("courent", "couru"),  # not "court", short
    "ouvrir": ("ouvre", "ouvrent", "ouvert", "ouverte"),
    "couvrir": ("couvre", "couvrent", "couvert", "couverte"),
    "découvrir": ("découvre", "découvrent", "découvert", "découverte"),
    "offrir": ("offre", "offrent", "offert", "offerte"),
    "souffrir": ("souffre", "souffrent", "souffert"),
    "plaire": ("plaît", "plaisent", "plu"),
    "naître": ("naît", "naissent", "né", "née"),
    "aller": ("va", "vont", "allé", "allée"),
    "vouloir": ("veut", "veulent", "voulu"),
    "savoir": ("sait", "savent", "su"),
    "asseoir": ("assoit", "assied", "assis", "assise"),
}


@lru_cache(maxsize=4096)  # a question's words come back again and again
def forms(infinitive: str) -> tuple[str, ...]:
    """The third persons of the present and the past participle of a French verb given as its
    infinitive (lowercase, accents as written); none when it is no verb of those patterns. Of
    a verb in -er, the one form its stem does not meet: the singular of one in -encer."""
    if infinitive in _IRREGULAR:
        return _IRREGULAR[infinitive]
    # A verb in -er: Snowball joins most of its forms, not the singular of a verb in -encer,
    # cut as the noun in -ence ("concurrence": `concurrent`; "concurrencer": `concurrenc`).
    # Other singulars Snowball reads as nouns are other words ("paye": "pays", "communique":
    # "commune"). The third person plural ("utilisent" keeps its -ent) moved no dev, ours or
    # fresh row and cost a blind seeds question: left out. Short words in -er are mostly
    # nouns ("mer", "fer"): left alone.
    if infinitive.endswith("er") and len(infinitive) >= 5 and infinitive.isalpha():
        head = infinitive[:-2]
        return (head + "e",) if infinitive.endswith("encer") else ()
    if not infinitive.endswith(_LAST):  # most words: no pattern to try
        return ()
    for ending, replaced in _PATTERNS:
        if infinitive.endswith(ending):
            head = infinitive[:-len(ending)]
            if ending == "aître" and len(head) < 3:  # "connaître", "paraître"; "maître" is a noun
                return ()
            return tuple(head + other for other in replaced)
    return ()


def third_person(form: str) -> tuple[str, ...]:
    """The third person singular of the present that a first or second person singular of a
    verb in -re, -ir or -oir becomes (lowercase, accents as written): "dois": "doit", "veux":
    "veut", "prends": "prend", "construis": "construit". People ask in the first person ("je
    dois rembourser ?"), texts write the third ("doit rembourser"), and Snowball does not join
    them (`dois` and `doit` are two stems). A guess from the ending alone: the caller keeps it
    only when the documents lack the form as asked and write this one."""
    if len(form) < 3 or not form.isalpha():
        return ()
    if form.endswith("x"):  # "veux", "vaux"
        return (form[:-1] + "t",)
    if form.endswith(("ds", "ts")):  # "prends", "mets"
        return (form[:-1],)
    if form.endswith("s") and not form.endswith("ss"):  # "dois", "construis", "sers", "connais"
        return (form[:-1] + "t",) + ((form[:-2] + "ît",) if form.endswith("ais") else ())
    return ()


# The forms a question says a verb in, beside those text writes: the first and second persons
# ("je veux", "tu mets", "j'écris"), and the present of the verbs in -ier, whose stem Snowball
# cuts apart from the infinitive's ("publie" `publ`, "publier" `publi`; "oublie", "modifie").
# Read for a question's words only (`bridge.py`): a noun in -ier ("fichier") gets forms no one
# types, which match nothing.
_QUESTION_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ier", ("ie", "ies", "ient")),
    ("mettre", ("mets",)),
    ("prendre", ("prends",)),
    ("endre", ("ends",)),
    ("uire", ("uis",)),
    ("crire", ("cris",)),
    ("tenir", ("tiens",)),
    ("venir", ("viens",)),
    ("cevoir", ("çois",)),
)

_QUESTION_IRREGULAR: dict[str, tuple[str, ...]] = {
    "vouloir": ("veux",),
    "savoir": ("sais",),
    "dire": ("dis",),
    "lire": ("lis",),
    "croire": ("crois",),
    "servir": ("sers",),
    "ouvrir": ("ouvres",),
    "offrir": ("offres",),
    "connaître": ("connais",),
}


@lru_cache(maxsize=4096)
def question_forms(infinitive: str) -> tuple[str, ...]:
    """The forms a question may ask a French verb in that `forms` leaves out: its first and
    second persons singular, and the present of a verb in -ier; none for other words."""
    if infinitive in _QUESTION_IRREGULAR:
        return _QUESTION_IRREGULAR[infinitive]
    for ending, replaced in _QUESTION_PATTERNS:
        if infinitive.endswith(ending) and len(infinitive) > len(ending):
            head = infinitive[:-len(ending)]
            return tuple(head + other for other in replaced)
    return ()
