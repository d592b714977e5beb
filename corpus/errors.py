"""The errors a user of the engine can meet: a kind and its values, for a front end to word.

`str(error)` is the engine's own English sentence (for Python callers, logs and the command
line); the bot words the same kind in its user's language from `error.kind` and `error.values`.
"""
from __future__ import annotations

# The engine's English sentence for each kind. A front end that words errors itself knows these
# kinds; `values` always holds the names the sentence uses.
MESSAGES = {
    "corpus_missing": "The corpus folder {path} does not exist.",
    "corpus_not_folder": "The corpus {path} is not a folder.",
    "corpus_empty": "No readable .txt or .md document in {path}: the corpus is empty.",
    "question_empty": "The question is empty: ask something about the documents.",
    "question_too_long": "The question is too long ({length} characters; at most {limit}).",
    "index_missing": "No index file at {path}: build one with `corpus-bot index build --index {path}`.",
    "index_is_folder": "{path} is a folder, not an index file.",
    "index_not_index": "{path} is not a corpus-bot index file.",
    "index_format": "{path} has index format {version}; this version reads {expected}.",
    "index_unreadable": "Cannot read the index file {path}: {reason}",
    "index_damaged": "The index file {path} is damaged ({reason}); rebuild it with `corpus-bot index build`.",
    "index_other_version": "The index file {path} was built by another version; rebuild it.",
    "index_other_corpus": "The index file {path} belongs to the corpus {recorded}, not {asked}: "
                          "choose another index file or that corpus.",
    "index_not_ours": "{path} exists and is not a corpus-bot index file: it is left as it is; "
                      "choose another index file.",
    "index_unwritable": "Cannot write the index to {path}: {reason}.",
}


class CorpusError(Exception):
    """Base class: a kind from MESSAGES and its values; no traceback is shown for it.

    `CorpusError("a sentence")` with a text that is no kind is accepted too (kind "message"),
    for errors only one caller meets."""

    def __init__(self, kind: str, /, **values: object):
        template = MESSAGES.get(kind)
        self.kind = kind if template is not None else "message"
        self.values = values if template is not None else {"text": kind}
        super().__init__(template.format(**values) if template is not None else kind)


class EmptyCorpusError(CorpusError):
    """The corpus folder is missing or holds no readable document."""


class IndexFileError(CorpusError):
    """The index file is missing, unreadable, of another format version, or not ours."""


class QuestionError(CorpusError):
    """The question cannot be searched: empty, or longer than the engine accepts."""
