"""The other gender of a French noun or adjective, where Snowball keeps the two apart.

Snowball French joins most masculine and feminine forms ("ancien", "ancienne"; "heureux",
"heureuse"; "premier", "première") but not those whose ending changes more than by an e:
"directeur" gives `directeur`, "directrice" `directric`; "chercheur" `chercheur`, "chercheuse"
`chercheux`; "créatif" `creatif`, "créative" `creativ`. A question says one and the text the
other ("la directrice technique", "Who is the CTO": "directeur technique"). The endings here
are those of any French grammar; a form is only ever looked up in a corpus's vocabulary, so one
that is no word finds nothing. Nothing here knows a corpus.
"""
from __future__ import annotations

# (ending of one gender, endings of the other), both ways; the first ending a word has decides.
# A noun in "-teur" makes "-trice" ("directrice") or "-teuse" ("chanteuse"): both are looked up.
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("teur", ("trice", "teuse")), ("trice", ("teur",)),
    ("eur", ("euse",)), ("euse", ("eur",)),
    ("if", ("ive",)), ("ive", ("if",)),
    ("euf", ("euve",)), ("euve", ("euf",)),
)
SHORTEST = 5  # letters a word must have: "dive", "vif", "peur" are no pair of genders


def other_gender(word: str) -> tuple[str, ...]:
    """The other gender of a French noun or adjective (lowercase, singular or plural), in the
    singular: "directrice" -> ("directeur",), "chercheurs" -> ("chercheuse",), "chanteur" ->
    ("chantrice", "chanteuse"); none when its ending makes none."""
    if len(word) < SHORTEST:
        return ()
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    for ending, others in _ENDINGS:
        if singular.endswith(ending) and len(singular) - len(ending) >= 2:
            return tuple(singular[: -len(ending)] + other for other in others)
    return ()
