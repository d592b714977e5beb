"""Follow-ups in a thread: "et pour Sony ?" read with the question the thread is about.

A short mention in a thread the bot answered is taken as a follow-up: the engine gets the
thread's previous question with the follow-up's words added, so the documents are searched for
both, and the reply says which question it understood.
"""
from __future__ import annotations

import re

from .limits import FOLLOW_UP_WORDS


def is_follow_up(text: str, *, short: int = FOLLOW_UP_WORDS) -> bool:
    return 0 < len(re.findall(r"\w+", text)) <= short


def understood(previous: str, follow_up: str) -> str:
    """The question the engine answers: the previous one, then the follow-up's words."""
    return f"{previous.strip()} {follow_up.strip()}"
