"""Signs that the best passage does not answer the question, whatever its share of the words.

The engine's confidence is the share of the question's informative weight its best passage
covers (`scoring.coverage`). Two signs lower it, and both mean the same on any corpus:

- one word in common with a question of three words or more is a mention, not its subject: "Who
  won the 2018 FIFA World Cup?" meets a law code's article 2018, "a recipe for banana bread" a
  manual's *Recipes* heading;
- a question in the documents' language that names something they never mention, not even
  misspelt (a capitalised word inside the question or an acronym, three letters or more), is
  about another thing: "discord.js" and "SlashCommandBuilder" in the discord.py docs. A question
  in another language is spared: its names may be translated ("NATO", "OTAN").
"""
from __future__ import annotations

import numpy as np

from . import phrases
from .params import RankingParams


def held_words(index, words: list, passage: int) -> int:
    """How many of the question's words a passage holds (any of each word's terms)."""
    one = np.array([passage])
    return sum(any(phrases.members(one, index.postings(t))[0] for t in word.terms) for word in words)


def discount(index, words: list, best: int, in_their_language: bool, params: RankingParams) -> float:
    """What share of its confidence a question keeps, its best passage being `best`."""
    share = 1.0
    if len(words) >= params.lone_words and held_words(index, words, best) <= 1:
        share *= params.lone_share
    if in_their_language and any(w.name and not w.terms and len(w.surface) >= params.name_letters
                                 for w in words):
        share *= params.missing_name_share
    return share
