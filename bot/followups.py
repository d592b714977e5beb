"""Follow-ups in a thread: "et pour Sony ?" read with the question the thread is about.

A short mention in a thread the bot answered is a follow-up. When it names something new (a
capitalised name: "et pour Sony ?") and the previous question named something too, the new name
takes the old one's place: after "Qui dirige Sony Pictures ?", "et pour OpenAI ?" is understood
as "Qui dirige OpenAI ?". Otherwise ("pourquoi ?", "what about cogs?") the follow-up is added to
the previous question, so the documents are searched for both. The reply says which question it
understood either way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.analysis import STOP_WORDS
from corpus.text import fold

from .limits import FOLLOW_UP_WORDS

_WORD = re.compile(r"[^\W_][\w'’-]*")


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str


def is_follow_up(text: str, *, short: int = FOLLOW_UP_WORDS) -> bool:
    return 0 < len(re.findall(r"\w+", text)) <= short


def names(text: str) -> list[Name]:
    """Runs of capitalised words that are not common words ("Et", "What", "Qui" are not names)."""
    runs: list[Name] = []
    for word in _WORD.finditer(text):
        if not word.group()[0].isupper() or fold(word.group()) in STOP_WORDS:
            continue
        previous = runs[-1] if runs else None
        if previous is not None and text[previous.end : word.start()].strip() in ("", "-"):
            runs[-1] = Name(previous.start, word.end(), text[previous.start : word.end()])
        else:
            runs.append(Name(word.start(), word.end(), word.group()))
    return runs


def understood(previous: str, follow_up: str) -> str:
    """The question the engine answers for `follow_up`, asked after `previous`."""
    previous, follow_up = previous.strip(), follow_up.strip()
    new, old = names(follow_up), names(previous)
    if new and old:
        subject = " ".join(name.text for name in new)
        return previous[: old[0].start] + subject + previous[old[0].end :]
    return f"{previous} {follow_up}"
