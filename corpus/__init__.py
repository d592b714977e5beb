"""corpus: a search engine that answers questions with quoted excerpts and their sources.

    from corpus import Index
    index = Index.build("seeds")
    answer = index.search("Qui dirige Sony Pictures ?", k=3)

It knows nothing of Discord: the bot, the command line and the benchmarks all use it the same way.
"""
from .answer import Answer, Hit, Source
from .errors import CorpusError, EmptyCorpusError, IndexFileError, QuestionError

__all__ = [
    "Answer", "Hit", "Source", "Index",
    "CorpusError", "EmptyCorpusError", "IndexFileError", "QuestionError",
]


def __getattr__(name: str):
    # `Index` is imported when first asked for: a build's worker processes import the reading
    # alone (`builder._Readers`), not the query side and its libraries.
    if name == "Index":
        from .index import Index
        return Index
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
