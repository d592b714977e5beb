"""The engines behind one small interface, so each benchmark phase treats them alike.

An engine builds an index from a corpus folder, saves it, loads it, and answers a question with
its top passage: (doc id, text). Each imports its library only when used, so a child process
measuring bm25s never carries the project's engine in its memory, nor the other way round.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Iterator

PASSAGES_FILE = "passages.jsonl"  # the engine's passages, handed to bm25s so both index the same
STOPWORDS_FILE = "stopwords.json"  # chosen by the parent: the bm25s child never imports `corpus`


def searchable_passage(index, passage: int) -> str:
    """A passage's text as the engine's analysis reads it: its markup blanked."""
    lo, hi = index.span(passage)
    return index.searchable_text(index.paragraph_of(passage))[lo:hi]


class CorpusEngine:
    """The project's engine, `corpus.Index`."""

    name = "corpus"
    index_name = "index.cbidx"

    def __init__(self, work: Path):
        pass

    def build(self, docs: list[Path], work: Path) -> object:
        from corpus import Index, builder

        builder.release_memory_promptly()  # as `corpus-bot index build` does for its own process
        return Index.build(docs, folder=work)  # written where it is saved, as `index build` does

    def save(self, index, work: Path) -> Path:
        path = work / self.index_name
        index.save(path)
        return path

    def load(self, work: Path):
        from corpus import Index

        return Index.load(work / self.index_name)

    def top(self, index, question: str) -> tuple[str, str] | None:
        answer = index.search(question, k=3)
        if answer.abstained or not answer.results:
            return None
        hit = answer.results[0]
        return hit.doc, hit.excerpt

    def passages(self, index) -> Iterator[dict]:
        for i in range(len(index)):
            yield {"doc": index.passage_doc(i), "text": searchable_passage(index, i)}


class Bm25sEngine:
    """bm25s over the same passages, with Snowball stems (French unless told) and stop words."""

    name = "bm25s"
    index_name = "bm25s"

    def __init__(self, work: Path | None = None, stopwords: list[str] | None = None,
                 language: str = "french"):
        import logging

        import bm25s  # noqa: F401  (first: it sets up its logger, which is then quietened)
        import Stemmer

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # not a line per stop-word-only question
        self.stemmer = Stemmer.Stemmer(language)
        if stopwords is None:
            stopwords = json.loads((work / STOPWORDS_FILE).read_text(encoding="utf-8"))["words"]
        self.stopwords = stopwords

    def build(self, docs: list[Path], work: Path):
        self.corpus = read_passages(work / PASSAGES_FILE)
        return self.index_texts([p["text"] for p in self.corpus])

    def index_texts(self, texts: list[str]):
        import bm25s

        retriever = bm25s.BM25()
        tokens = bm25s.tokenize(texts, stopwords=self.stopwords, stemmer=self.stemmer, show_progress=False)
        retriever.index(tokens, show_progress=False)
        return retriever

    def save(self, retriever, work: Path) -> Path:
        # The passages are saved with the index: like the project's index, it can then quote
        # its answer without the corpus folder, and both sizes on disk count the text.
        path = work / self.index_name
        retriever.save(str(path), corpus=self.corpus, show_progress=False)
        return path

    def load(self, work: Path):
        import bm25s

        return bm25s.BM25.load(str(work / self.index_name), load_corpus=True, mmap=True,
                               show_progress=False)

    def _tokens(self, question: str):
        import bm25s

        return bm25s.tokenize(question, stopwords=self.stopwords, stemmer=self.stemmer,
                              return_ids=False, show_progress=False)

    def top(self, retriever, question: str) -> tuple[str, str] | None:
        # With its corpus loaded, bm25s returns the passages themselves, not their ids.
        passages, _ = retriever.retrieve(self._tokens(question), k=1, show_progress=False, n_threads=0)
        passage = passages[0, 0]
        return passage["doc"], passage["text"]

    def ranked(self, retriever, question: str, k: int) -> list[int]:
        """The ids of the (at most k) best passages of an index without its corpus, best first;
        none when no word of the question is in any passage."""
        tokens = self._tokens(question)
        k = min(k, retriever.scores["num_docs"])
        ids, scores = retriever.retrieve(tokens, k=k, show_progress=False, n_threads=0)
        return [int(i) for i, score in zip(ids[0], scores[0]) if score > 0]


class TantivyEngine:
    """tantivy (Rust, through tantivy-py) over the same passages, with its French analysis.

    Its `fr_stem` chain (split on what is not a letter or digit, drop words over 40 bytes,
    lowercase, Snowball French) with its French stop words before the stemmer, as Lucene's
    French analyser and bm25s here drop them: without them a question's "de" and "la" match
    nearly every passage, and tantivy answered 8 times slower (2.4 ms at 10M words) and found
    the known item more often (0.80 against 0.73). The passages are analysed so; the question
    goes through the same chain and each of its terms becomes one optional clause of a boolean
    query, ranked by tantivy's BM25. That is what its query parser makes of plain words, without
    the parser's syntax (a question holding ":" or "-" is a question, not a field or an exclusion).
    """

    name = "tantivy"
    index_name = "tantivy"  # a folder: tantivy's segments and meta.json
    TOKENIZER = "fr_stop_stem"  # not stored in the index: registered at every opening
    FIELD = "text"

    def __init__(self, work: Path | None = None):
        import tantivy

        self.analyzer = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
                         .filter(tantivy.Filter.remove_long(40))
                         .filter(tantivy.Filter.lowercase())
                         .filter(tantivy.Filter.stopword("french"))
                         .filter(tantivy.Filter.stemmer("french"))
                         .build())

    def build(self, docs: list[Path], work: Path):
        import tantivy

        schema = (tantivy.SchemaBuilder()
                  .add_text_field("doc", stored=True, tokenizer_name="raw")
                  .add_text_field(self.FIELD, stored=True, tokenizer_name=self.TOKENIZER)
                  .build())
        index = tantivy.Index(schema, path=str(reset_dir(work / self.index_name)))
        index.register_tokenizer(self.TOKENIZER, self.analyzer)
        writer = index.writer()  # its own indexing threads, one per core: the engine's build uses both too
        with open(work / PASSAGES_FILE, encoding="utf-8") as f:
            for line in f:
                passage = json.loads(line)
                writer.add_document(tantivy.Document(doc=passage["doc"], text=passage["text"]))
        writer.commit()
        writer.wait_merging_threads()
        return index

    def save(self, index, work: Path) -> Path:
        return work / self.index_name  # committed by build: tantivy writes as it indexes

    def load(self, work: Path):
        import tantivy

        index = tantivy.Index.open(str(work / self.index_name))
        index.register_tokenizer(self.TOKENIZER, self.analyzer)
        return index, index.searcher()

    def clauses(self, schema, question: str) -> list:
        import tantivy

        return [tantivy.Query.term_query(schema, self.FIELD, term) for term in self.analyzer.analyze(question)]

    def top(self, loaded, question: str) -> tuple[str, str] | None:
        import tantivy

        index, searcher = loaded
        clauses = self.clauses(index.schema, question)
        if not clauses:
            return None
        query = tantivy.Query.boolean_query([(tantivy.Occur.Should, clause) for clause in clauses])
        # Not counting every match (count=False) lets tantivy skip blocks that cannot reach the
        # top (block-max WAND): the top passage is all the benchmark asks of each engine.
        hits = searcher.search(query, 1, count=False).hits
        if not hits:
            return None
        passage = searcher.doc(hits[0][1])
        return passage.get_first("doc"), passage.get_first(self.FIELD)


def meilisearch_typos(word: str) -> int:
    """Meilisearch's default typo allowance for a word of the question: none under 5 letters,
    one from 5 to 8, two from 9 (its minWordSizeForTypos settings, oneTypo 5 and twoTypos 9)."""
    return 0 if len(word) < 5 else 1 if len(word) < 9 else 2


class TantivyFuzzyEngine(TantivyEngine):
    """tantivy on the same index, with typo tolerance as Meilisearch allows it.

    Each word of the question but stop words, stemmed by the index's chain, is an optional exact term (BM25)
    and, when its length allows typos, an optional fuzzy term within that many edits (a
    transposition counting one). tantivy gives a fuzzy match a constant score of 1, so a
    passage holding the word as written still ranks above one holding only a near word.
    """

    name = "tantivy-fuzzy"
    shares_index_with = "tantivy"  # the same index: only the queries differ

    def __init__(self, work: Path | None = None):
        import tantivy

        super().__init__(work)
        self.words = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).build()  # words as typed

    def clauses(self, schema, question: str) -> list:
        import tantivy

        clauses = []
        for word in self.words.analyze(question):
            for term in self.analyzer.analyze(word):
                clauses.append(tantivy.Query.term_query(schema, self.FIELD, term))
                if typos := meilisearch_typos(word):
                    clauses.append(tantivy.Query.fuzzy_term_query(schema, self.FIELD, term, distance=typos,
                                                                  transposition_cost_one=True))
        return clauses


ENGINES = {engine.name: engine for engine in (CorpusEngine, Bm25sEngine, TantivyEngine, TantivyFuzzyEngine)}


def write_stopwords(path: Path) -> str:
    """Choose bm25s's French stop words, write them to `path`, and say where they came from."""
    words, source = choose_stopwords()
    path.write_text(json.dumps({"source": source, "words": words}, ensure_ascii=False), encoding="utf-8")
    return source


def choose_stopwords() -> tuple[list[str], str]:
    """bm25s's French stop words, and where they came from.

    The engine's own list when it exposes one. It holds accent-folded words ("etait") because the
    engine folds before comparing, and bm25s does not fold: bm25s's own French list, accented
    ("était"), is added so that both forms count as stop words, as they do for the engine.
    """
    from bm25s.stopwords import STOPWORDS_FRENCH

    try:
        from corpus.analysis import STOP_WORDS
    except ImportError:
        words, source = set(STOPWORDS_FRENCH), "bm25s French"
    else:
        words, source = set(STOP_WORDS) | set(STOPWORDS_FRENCH), "corpus.analysis.STOP_WORDS + bm25s French"
    return sorted(words), source


def paragraph_passages(docs: list[Path]) -> Iterator[dict]:
    """A stand-in for the engine's passages (one per paragraph), used only when it is absent."""
    for path in docs:
        for para in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            if para.strip():
                yield {"doc": path.stem, "text": para.strip()}


def write_passages(passages: Iterator[dict], path: Path) -> int:
    count = 0
    with open(path, "w", encoding="utf-8") as f:
        for p in passages:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
            count += 1
    return count


def read_passages(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def disk_size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 1024 ** 2


def reset_dir(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path
