"""corpus: a search engine that answers questions with quoted excerpts and their sources.

    from corpus import Index
    index = Index.build("seeds")
    answer = index.search("Qui dirige Sony Pictures ?", k=3)

It knows nothing of Discord: the bot, the command line and the benchmarks all use it the same way.
"""
from .answer import Answer, Hit, Source
from .errors import CorpusError, EmptyCorpusError, IndexFileError, QuestionError
from .index import DEFAULT_CORPUS, Index, default_index_path

__all__ = [
    "Answer", "Hit", "Source", "Index", "DEFAULT_CORPUS", "default_index_path",
    "CorpusError", "EmptyCorpusError", "IndexFileError", "QuestionError",
]
