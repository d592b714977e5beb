"""What in a document is not content, in one place.

The rules look at the shape of a line, never at particular sentences of particular files:
- a line that holds only links;
- a short line made of site chrome: log-in and sign-up prompts, newsletter calls, profile
  and share buttons (the patterns below, in French and English);
- a line that repeats an earlier line of the same document (pages often repeat their title);
- a leading "date 2024-03" marker, which is metadata, not text.
Plain text and HTML, where pages copied from the web end up, are cleaned by these rules
(`readers/plain.py`, `readers/html.py`); formats an author writes (Markdown, reStructuredText,
PDF, Word) are not: in the Code civil "publicité" is legal registration, not an advertisement.
"""
from __future__ import annotations

import re

from .text import fold, is_flat

_LINK = r"(?:https?://|www\.)\S+|\b(?:pic\.twitter\.com|t\.co|bit\.ly)/\S+"
_ONLY_LINKS = re.compile(rf"^[\s\W]*(?:(?:{_LINK})[\s\W]*)+$", re.IGNORECASE)

# Site chrome, matched on accent-folded lowercase text of short lines only, so that an article
# that *talks* about newsletters keeps its sentences.
_CHROME = re.compile(
    r"\b(?:identifiez[- ]vous|connectez[- ]vous|inscrivez[- ]vous|abonnez[- ]vous|se connecter|"
    r"s'inscrire|s'abonner|creer un compte|mot de passe oublie|newsletter|lettre d'information|"
    r"voir le profil|suivez[- ]nous|partager sur|partagez|ajouter un commentaire|"
    r"accepter les cookies|tous droits reserves|lire la suite|lire aussi|publicite|"
    r"sign in|sign up|log in|subscribe|view profile|follow us|share on|"
    r"accept cookies|all rights reserved|read more|advertisement)\b"
)
CHROME_MAX_WORDS = 14

_DATE_MARKER = re.compile(r"^\s*date\s*[:=]?\s*(\d{4}-\d{2}(?:-\d{2})?)\b\s*", re.IGNORECASE)


def is_noise(line: str) -> bool:
    """True for a line that is links only, or short site chrome."""
    if _ONLY_LINKS.match(line):
        return True
    if len(line.split(None, CHROME_MAX_WORDS)) <= CHROME_MAX_WORDS and _CHROME.search(fold(line)):
        return True
    return False


def line_key(line: str, flat: bool | None = None) -> str:
    """The form under which two lines count as the same line (case and spacing aside).
    `flat`: `text.is_flat(line)`, when the caller knows it already."""
    if not (is_flat(line) if flat is None else flat):
        line = " ".join(line.split())
    return line.strip().casefold()


def date_marker(text: str) -> tuple[str | None, int]:
    """A leading 'date YYYY-MM[-DD]' marker: (the date, where the content starts)."""
    match = _DATE_MARKER.match(text)
    if not match:
        return None, 0
    return match.group(1), match.end()
