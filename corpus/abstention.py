"""Signs that the best passage does not answer the question, whatever its share of the words.

The engine's confidence is the share of the question's informative weight its best passage
covers (`scoring.coverage`). Two signs lower it, and both mean the same on any corpus:

- one word in common with a question of three words or more is a mention, not its subject: "Who
  won the 2018 FIFA World Cup?" meets a law code's article 2018, "a recipe for banana bread" a
  manual's *Recipes* heading;
- a question that names something the documents never mention, not even misspelt (a
  capitalised word inside the question or an acronym, three letters or more), is about another
  thing: "discord.js" and "SlashCommandBuilder" in the discord.py docs. In a question asked in
  another language than the documents', a name is looked for with one more typo, as any of its
  words (`query.py`): "Australie" would find "Australia". A name translated past recognition
  ("OTAN" for "NATO") costs that question half its confidence, which a question whose other
  words are all found keeps above the abstention line; without the rule, questions in another
  language on another subject ("Quelle est la capitale de l'Australie ?" on English docs) were
  answered from a passing word.
"""
from __future__ import annotations

import numpy as np

from . import phrases
from .params import RankingParams


def held_words(index, words: list, passage: int) -> int:
    """How many of the question's words a passage holds (any of each word's terms)."""
    one = np.array([passage])
    return sum(any(phrases.members(one, index.postings(t))[0] for t in word.terms) for word in words)


def discount(index, words: list, best: int, params: RankingParams) -> float:
    """What share of its confidence a question keeps, its best passage being `best`."""
    share = 1.0
    if len(words) >= params.lone_words and held_words(index, words, best) <= 1:
        share *= params.lone_share
    if any(w.name and not w.terms and len(w.surface) >= params.name_letters for w in words):
        share *= params.missing_name_share
    return share
