"""Questions behind recent answers, so their buttons can search again.

A button's custom_id holds only a short token (ids are limited to 100 characters, questions are
longer); the question stays here, in memory. After a restart, or once many newer questions have
pushed it out, the token is unknown and the button says kindly that the answer expired.
"""
from __future__ import annotations

import secrets
from collections import OrderedDict
from dataclasses import dataclass


@dataclass(frozen=True)
class Asked:
    question: str
    fingerprint: str  # the corpus it was answered from; passages are renumbered when it changes


class RecentQuestions:
    def __init__(self, size: int = 5000):
        self.size = size
        self._asked: OrderedDict[str, Asked] = OrderedDict()

    def remember(self, question: str, fingerprint: str) -> str:
        token = secrets.token_hex(6)
        self._asked[token] = Asked(question, fingerprint)
        while len(self._asked) > self.size:
            self._asked.popitem(last=False)
        return token

    def recall(self, token: str, fingerprint: str) -> Asked | None:
        asked = self._asked.get(token)
        if asked is None or asked.fingerprint != fingerprint:
            return None
        self._asked.move_to_end(token)
        return asked
