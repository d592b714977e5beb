"""The errors a user of the engine can meet. Their message is the one line the user reads."""


class CorpusError(Exception):
    """Base class: `str(error)` is a complete, user-facing sentence; no traceback is shown for it."""


class EmptyCorpusError(CorpusError):
    pass


class IndexFileError(CorpusError):
    """The index file is missing, unreadable, of another format version, or stale."""


class QuestionError(CorpusError):
    """The question cannot be searched: empty, or longer than the engine accepts."""
