"""What the command line says, in one place: replies in French and English side by side (a reply
follows the question's language), and the command line's own messages (in English, as its help).

Engine errors print as the engine words them (`corpus.errors.MESSAGES`).
"""
from __future__ import annotations

REPLY: dict[str, dict[str, str]] = {
    "found": {"fr": "Voici ce que disent les documents :", "en": "Here is what the documents say:"},
    "nothing": {"fr": "Je n'ai rien trouvé dans les documents qui réponde à cette question.",
                "en": "I found nothing in the documents that answers this question."},
    "known": {"fr": "Je connais ces documents :", "en": "These are the documents I know:"},
    "more_known": {"fr": "et {n} autre(s)", "en": "and {n} more"},
    "footer": {"fr": "{shown} extrait(s) sur {total} passage(s) trouvé(s) · confiance {level}",
               "en": "{shown} excerpt(s) of {total} matching passage(s) · confidence {level}"},
    "low": {"fr": "faible", "en": "low"},
    "medium": {"fr": "moyenne", "en": "medium"},
    "high": {"fr": "élevée", "en": "high"},
    "no_more": {"fr": "Il n'y a pas d'autre résultat.", "en": "There are no more results."},
    "no_question_yet": {"fr": "Posez d'abord une question ; '+' montre ensuite plus de résultats.",
                        "en": "Ask a question first; '+' then shows more results."},
}

CLI = {
    "no_question": 'No question: try `corpus-bot ask "Qui est Tyler Perry ?"` or pipe questions on stdin.',
    "k_too_small": "-k must be at least 1.",
    "workers_too_small": "--workers must be at least 1.",
    "not_utf8": "line {number} of the input is not UTF-8 text",
    "blank": "line {number} of the input is blank: no question",
    "chat_intro": "{documents} documents, {passages} passages. Ask a question; "
                  "'+' shows more results; an empty line or Ctrl-D quits.",
    "corpus_not_folder": "The corpus folder {path} does not exist or is not a folder.",
    "no_index": "No index file at {path}: build one with `corpus-bot index build --index {path}`.",
    "built": "indexed {documents} documents, {passages} passages, {terms} terms -> {path}",
    "interrupted": "interrupted",
}


def reply_words(lang: str, key: str, **values: object) -> str:
    entry = REPLY[key]
    return entry.get(lang, entry["fr"]).format(**values)


def cli(key: str, **values: object) -> str:
    return CLI[key].format(**values)
