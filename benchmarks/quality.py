"""Answer quality on every question set, beside a plain BM25 baseline: `make eval`.

    python -m benchmarks.quality [--sets seeds,code-civil] [--only dev|ours|fresh|blind|blind2|probes]
                                 [--corpus NAME=DIR] [--failures] [--calibration] [--signals]

Each question file of ../shared/eval/ is scored on its corpus: `dev.jsonl` on the project's
seeds/, `NAME.dev.jsonl` on ../shared/corpora/NAME/ (rules in ../shared/eval/README.md, the
scoring is corpus.evaluation's, the same as `corpus-bot eval`). So is each file of
benchmarks/questions/ (`seeds.jsonl`, `NAME.jsonl`), in rows of its own named `NAME (ours)`:
questions of the same kinds written apart from the dev sets and never tuned on, which tell a
general gain from one that fits the dev questions only. Rules were found by reading those misses
too, so a third kind, benchmarks/questions/fresh/ (`NAME (fresh)` rows), was added; its misses
have been read since, so a fourth, benchmarks/questions/blind/ (`NAME (blind)` rows), is the one
nobody opens: it shows its overall rows only (no rows by kind, no misses under `--failures`, no
lines under `--signals`, none of its questions in the JSON). The blind sets have been used to
make choices since, so a fifth, benchmarks/questions/blind2/ (`NAME (blind2)` rows), written the
same way, is sealed the same way. Last, benchmarks/questions/probes/ (`NAME (probes)` rows)
holds questions off the documents' subject, and answerable ones, written while tuning
abstention: they check its rules and are not held out. `--only dev`, `--only ours`,
`--only fresh`, `--only blind`, `--only blind2` or `--only probes` scores one kind of set; a
corpus several kinds ask is indexed once. The baseline is bm25s over the engine's own passages
(Snowball stems of the corpus's language, the same stop words), whose excerpt is the whole
passage and which never abstains: what the engine's analysis, ranking and
excerpts add shows against it. A corpus that cannot be indexed, or yields no passage, gets one
line saying so and is left out; the others are scored. The table goes to stdout, the report as
JSON to benchmarks/results/quality.json (git-ignored: commit a copy only as a deliberate report).

`--calibration` adds what the confidence means: the questions of all sets together, by band of
the confidence the engine gives them (the bands are `RankingParams`' lines), with the share the
documents answer and the share whose right excerpt the engine shows first and among three, had
it answered them all. `--signals` lists every question with its confidence and the signs that
cut it (`corpus/abstention.py`), the abstain questions first.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpora import SHARED_DIR
from benchmarks.machine import REPO_ROOT, machine_info, machine_line
from benchmarks.report import fmt, format_table

EVAL_DIR = SHARED_DIR / "eval"
OURS_DIR = Path(__file__).resolve().parent / "questions"
FRESH = "fresh"  # the fresh sets' folder, inside ours'
BLIND = "blind"  # the blind sets' folder, inside ours'
BLIND2 = "blind2"  # the second blind family's folder, inside ours'
PROBES = "probes"  # the abstention probes' folder, inside ours'
# ../shared/eval's sets; ours (benchmarks/questions), held out from tuning; the fresh ones
# (benchmarks/questions/fresh), held out too but whose misses have been read; the blind ones
# (benchmarks/questions/blind), whose questions and misses nobody reads; blind2
# (benchmarks/questions/blind2), written the same way once the blind ones had made choices; the probes
# (benchmarks/questions/probes), questions off the documents' subject and answerable ones
# written while tuning abstention: a check of its rules, never held out
ORIGINS = ("dev", "ours", "fresh", "blind", "blind2", "probes")
LABELS = {"dev": "", "ours": " (ours)", "fresh": " (fresh)", "blind": " (blind)", "blind2": " (blind2)",
          "probes": " (probes)"}
# Sets that judge without teaching: shown by their overall row alone, so that no question of
# theirs, nor a kind they miss, can be read and fixed by name
SEALED = ("blind", "blind2")
RESULTS_FILE = Path(__file__).resolve().parent / "results" / "quality.json"
BASELINE = "bm25s"
SHOW = fmt(".3f")
COLUMNS = [("corpus", "corpus", str), ("kind", "kind", str), ("n", "n", fmt("d")),
           ("hit@1", "hit@1", SHOW), ("hit@3", "hit@3", SHOW), ("MRR@3", "mrr@3", SHOW),
           ("abstention", "abstention_accuracy", SHOW), ("false abst.", "false_abstentions", SHOW),
           ("errors", "errors", fmt("d")),
           ("bm25 hit@1", "bm25 hit@1", SHOW), ("bm25 hit@3", "bm25 hit@3", SHOW),
           ("bm25 MRR@3", "bm25 mrr@3", SHOW)]


class Unscorable(Exception):
    """A set that cannot be scored: the message is the one line that says why."""


@dataclass(frozen=True)
class DevSet:
    name: str  # as printed and in the JSON: the corpus's name, then its origin's label
    questions: Path
    corpus: Path
    origin: str = "dev"  # one of ORIGINS
    corpus_name: str = ""  # seeds, code-civil...: what --sets and --corpus name


def _corpus_of(name: str, corpora: Path, overrides: dict[str, Path]) -> Path:
    return overrides.get(name, REPO_ROOT / "seeds" if name == "seeds" else corpora / name)


def find_sets(eval_dir: Path, corpora: Path, overrides: dict[str, Path],
              ours_dir: Path | None = None, fresh_dir: Path | None = None,
              blind_dir: Path | None = None, probes_dir: Path | None = None,
              blind2_dir: Path | None = None) -> list[DevSet]:
    """Every question file of `eval_dir` (and of `ours_dir`, `fresh_dir`, `blind_dir`,
    `blind2_dir`, `probes_dir`) with the corpus it is about."""
    sets = []
    for path in sorted(eval_dir.glob("*.jsonl")) if eval_dir.is_dir() else []:
        if path.name == "dev.jsonl":
            name = "seeds"
        elif path.name.endswith(".dev.jsonl"):
            name = path.name.removesuffix(".dev.jsonl")
        else:
            continue
        sets.append(DevSet(name, path, _corpus_of(name, corpora, overrides), "dev", name))
    for origin, folder in (("ours", ours_dir), ("fresh", fresh_dir), ("blind", blind_dir),
                           ("blind2", blind2_dir), ("probes", probes_dir)):
        for path in sorted(folder.glob("*.jsonl")) if folder and folder.is_dir() else []:
            name = path.name.removesuffix(".jsonl")
            sets.append(DevSet(name + LABELS[origin], path, _corpus_of(name, corpora, overrides), origin, name))
    return sorted(sets, key=lambda s: (ORIGINS.index(s.origin), s.corpus_name != "seeds", s.corpus_name))


def build_index(dev: DevSet):
    from corpus import Index

    if not dev.corpus.is_dir():
        raise Unscorable(f"no corpus folder at {dev.corpus}")
    try:
        index = Index.build(dev.corpus)
    except Exception as error:  # noqa: BLE001  (an engine that cannot read a corpus is a result too)
        raise Unscorable(f"the engine cannot index {dev.corpus}: {type(error).__name__}: {error}") from None
    if not len(index):
        raise Unscorable(f"the engine finds no passage in {dev.corpus}")
    return index


def index_once(dev: DevSet, built: dict):
    """`build_index`, once per corpus folder: the sets on the same corpus share it (and
    share its failure, reported for each)."""
    if dev.corpus not in built:
        try:
            built[dev.corpus] = build_index(dev)
        except Unscorable as problem:
            built[dev.corpus] = problem
    if isinstance(built[dev.corpus], Unscorable):
        raise Unscorable(str(built[dev.corpus]))
    return built[dev.corpus]


@dataclass(frozen=True)
class Passage:
    doc: str
    excerpt: str


def baseline_search(index):
    """bm25s over the engine's passages, as a search the scoring can call."""
    from benchmarks.engines import Bm25sEngine, choose_stopwords, searchable_passage
    from corpus.analysis import guess_language

    passages = [Passage(index.passage_doc(i), index.passage_text(i)) for i in range(len(index))]
    sample = " ".join(p.excerpt for p in passages[::max(1, len(passages) // 200)])
    language = "english" if guess_language(sample) == "en" else "french"
    engine = Bm25sEngine(stopwords=choose_stopwords()[0], language=language)
    # It reads the words the engine reads (markup blanked), and is scored on the quotes.
    retriever = engine.index_texts([searchable_passage(index, i) for i in range(len(index))])
    return lambda question, k: [passages[i] for i in engine.ranked(retriever, question, k)]


def score_set(dev: DevSet, calibration: bool = False, index=None) -> dict:
    """The set scored, on `index` when its corpus is already built (our sets share the dev sets')."""
    from corpus.evaluation import engine_search, evaluate, read_questions

    questions = read_questions(dev.questions)
    index = index if index is not None else build_index(dev)
    sealed = dev.origin in SEALED
    reports = {"engine": evaluate(engine_search(index), questions).as_dict(),
               BASELINE: evaluate(baseline_search(index), questions).as_dict()}
    if sealed:
        reports = {side: {"overall": report["overall"]} for side, report in reports.items()}
    scored = {"questions": str(dev.questions), "corpus": str(dev.corpus), "origin": dev.origin,
              "passages": len(index), **reports}
    if calibration and not sealed:
        scored["judged"] = judge_confidence(index, questions)
    return scored


@dataclass(frozen=True)
class Judged:
    """One question as the calibration reads it."""

    confidence: float
    answerable: bool
    first: bool  # the first excerpt is right
    in_three: bool  # a right excerpt stands among the first three
    signs: dict  # the signs that cut the confidence, with the share each left
    kind: str = ""
    id: str = ""
    q: str = ""


def signs_of(index, question: str) -> dict[str, float]:
    """The abstention signs the ranking found for a question (none when nothing matched)."""
    from corpus.candidates import gather
    from corpus.params import DEFAULT_PARAMS
    from corpus.query import read_query
    from corpus.ranking import rank

    query = read_query(index, question, DEFAULT_PARAMS)
    found = gather(index, query, DEFAULT_PARAMS) if query.words else None
    if found is None or not found.passages.size:
        return {}
    return rank(index, query, found, DEFAULT_PARAMS, needed=3).signs


def judge_confidence(index, questions) -> list[Judged]:
    """Each question asked with no abstention line, so that what would be shown is scored."""
    from dataclasses import replace

    from corpus.evaluation import LOOKED_AT, right_excerpt
    from corpus.params import DEFAULT_PARAMS

    everything = replace(DEFAULT_PARAMS, abstain_below=0.0)
    judged = []
    for item in questions:
        answer = index.search(item.q, k=LOOKED_AT, params=everything)
        right = [not item.abstain and right_excerpt(item, hit.excerpt) for hit in answer.results]
        judged.append(Judged(answer.confidence if answer.results else 0.0, not item.abstain,
                             bool(right[:1]) and right[0], any(right), signs_of(index, item.q),
                             item.kind, item.id, item.q))
    return judged


def signal_lines(name: str, judged: list[Judged]) -> list[str]:
    """One line a question: the abstain questions first, then by confidence."""
    from corpus.params import DEFAULT_PARAMS

    lines = []
    for j in sorted(judged, key=lambda j: (j.answerable, j.confidence)):
        said = "abstains" if j.confidence < DEFAULT_PARAMS.abstain_below else (
            "unsure" if j.confidence < DEFAULT_PARAMS.unsure_below else "answers")
        cuts = ", ".join(f"{sign} ×{left:g}" for sign, left in j.signs.items()) or "-"
        right = "" if not j.answerable else (" right first" if j.first else " right in 3" if j.in_three else " wrong")
        lines.append(f"{name} {j.id} [{j.kind}] {j.confidence:.2f} {said}{right} · {cuts} · {j.q}")
    return lines


def calibration_rows(judged: list[Judged]) -> list[dict]:
    """The questions by band of confidence, cut at the engine's own lines."""
    from corpus.params import DEFAULT_PARAMS as P

    cuts = [0.0, P.abstain_below, P.unsure_below, P.high_from, float("inf")]
    rows = []
    for low, high in zip(cuts, cuts[1:]):
        band = [j for j in judged if low <= j.confidence < high]
        share = lambda n: round(n / len(band), 3) if band else None  # noqa: E731
        rows.append({"confidence": f"{low:.2f}–" + (f"{high:.2f}" if high <= 1 else "1"), "n": len(band),
                     "answerable": share(sum(j.answerable for j in band)),
                     "first right": share(sum(j.first for j in band)),
                     "right in 3": share(sum(j.in_three for j in band))})
    return rows


def margin_rows(judged: dict[str, list[Judged]], near: float = 0.05) -> list[dict]:
    """By corpus (its sets of every family together): how far the abstention line stands from
    the questions on either side of it. A line with many questions within `near` of it, or the
    highest abstain question a hair under it, decides by chance on new questions."""
    from corpus.params import DEFAULT_PARAMS as P

    line = P.abstain_below
    rows = []
    for corpus, questions in judged.items():
        silent = sorted(j.confidence for j in questions if not j.answerable)
        asked = sorted(j.confidence for j in questions if j.answerable)
        under = [c for c in silent if c < line]
        rows.append({"corpus": corpus, "abstain": len(silent), "answered": sum(c >= line for c in silent),
                     "highest under": max(under) if under else None,
                     "abstain near": sum(line - near <= c < line + near for c in silent),
                     "answerable": len(asked), "abstained": sum(c < line for c in asked),
                     "lowest over": min((c for c in asked if c >= line), default=None),
                     "answerable near": sum(line - near <= c < line + near for c in asked)})
    return rows


MARGIN_COLUMNS = [("corpus", "corpus", str), ("abstain q.", "abstain", fmt("d")), ("answered", "answered", fmt("d")),
                  ("highest under line", "highest under", SHOW), ("within 0.05", "abstain near", fmt("d")),
                  ("answerable q.", "answerable", fmt("d")), ("abstained", "abstained", fmt("d")),
                  ("lowest over line", "lowest over", SHOW), ("within 0.05 ", "answerable near", fmt("d"))]


CALIBRATION_COLUMNS = [("confidence", "confidence", str), ("questions", "n", fmt("d")),
                       ("answerable", "answerable", SHOW), ("first right", "first right", SHOW),
                       ("right in 3", "right in 3", SHOW)]


def table_rows(name: str, result: dict) -> list[dict]:
    engine, baseline = result["engine"], result[BASELINE]
    rows = []
    for kind, scores in [("all", engine["overall"]), *engine.get("by_kind", {}).items()]:
        base = baseline["overall"] if kind == "all" else baseline["by_kind"][kind]
        rows.append({"corpus": name, "kind": kind, "n": scores["answerable"] + scores["abstain_questions"],
                     **scores, "errors": scores["errors"] or None,
                     **{f"bm25 {key}": base[key] for key in ("hit@1", "hit@3", "mrr@3")}})
    return rows


def mean_row(rows: list[dict], label: str = "") -> dict:
    """The unweighted mean of the sets' overall rows: a change is judged on all corpora at once."""
    overall = [row for row in rows if row["kind"] == "all"]
    mean = {"corpus": f"mean of {len(overall)}{label}", "kind": "all", "n": sum(row["n"] for row in overall)}
    for _, key, _ in COLUMNS[3:]:
        values = [row[key] for row in overall if row.get(key) is not None]
        mean[key] = round(sum(values) / len(values), 3) if values and key != "errors" else None
    return mean


def parse_overrides(pairs: list[str]) -> dict[str, Path]:
    overrides = {}
    for pair in pairs:
        name, sep, folder = pair.partition("=")
        if not sep or not name or not folder:
            raise SystemExit(f"--corpus takes NAME=DIR (for example code-civil=/tmp/code-civil), not {pair!r}")
        overrides[name] = Path(folder)
    return overrides


def add_set_arguments(ap: argparse.ArgumentParser, only: str | None = None) -> None:
    """The options that choose the question sets and their corpora (read back by `chosen_sets`);
    `only` is the kind of set scored when --only is not given (both when None)."""
    ap.add_argument("--eval-dir", type=Path, default=EVAL_DIR, help="where the dev question files are")
    ap.add_argument("--ours-dir", type=Path, default=OURS_DIR,
                    help="where our question files are (held out from tuning)")
    ap.add_argument("--fresh-dir", type=Path,
                    help=f"where the fresh question files are (never tuned on; "
                         f"default: {FRESH}/ in --ours-dir)")
    ap.add_argument("--blind-dir", type=Path,
                    help=f"where the blind question files are (never read, never tuned on, misses never read; "
                         f"default: {BLIND}/ in --ours-dir)")
    ap.add_argument("--blind2-dir", type=Path,
                    help=f"where the second blind family's question files are (sealed as the blind ones; "
                         f"default: {BLIND2}/ in --ours-dir)")
    ap.add_argument("--probes-dir", type=Path,
                    help=f"where the abstention probes are (written while tuning abstention; "
                         f"default: {PROBES}/ in --ours-dir)")
    ap.add_argument("--only", choices=ORIGINS, default=only,
                    help="score only the dev sets (../shared/eval), ours (benchmarks/questions), "
                         "the fresh ones (benchmarks/questions/fresh), the blind ones "
                         "(benchmarks/questions/blind), the second blind family (benchmarks/questions/blind2) "
                         "or the abstention probes (benchmarks/questions/probes)")
    ap.add_argument("--corpora", type=Path, default=SHARED_DIR / "corpora", help="where NAME/ corpora are")
    ap.add_argument("--corpus", action="append", default=[], metavar="NAME=DIR",
                    help="score set NAME on another folder (a copy, a converted corpus)")
    ap.add_argument("--sets", help="only the sets on these corpora, comma-separated (seeds, code-civil, ...)")


def fresh_dir(args: argparse.Namespace) -> Path:
    return args.fresh_dir or args.ours_dir / FRESH


def blind_dir(args: argparse.Namespace) -> Path:
    return args.blind_dir or args.ours_dir / BLIND


def blind2_dir(args: argparse.Namespace) -> Path:
    return args.blind2_dir or args.ours_dir / BLIND2


def probes_dir(args: argparse.Namespace) -> Path:
    return args.probes_dir or args.ours_dir / PROBES


def chosen_sets(args: argparse.Namespace) -> list[DevSet]:
    sets = find_sets(args.eval_dir, args.corpora, parse_overrides(args.corpus), args.ours_dir,
                     fresh_dir(args), blind_dir(args), probes_dir(args), blind2_dir(args))
    if args.only:
        sets = [s for s in sets if s.origin == args.only]
    if args.sets:
        wanted = set(args.sets.split(","))
        sets = [s for s in sets if s.corpus_name in wanted or s.name in wanted]
    return sets


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_set_arguments(ap)
    ap.add_argument("--failures", action="store_true", help="list the engine's failures under the table")
    ap.add_argument("--calibration", action="store_true",
                    help="what the confidence means: all sets' questions by band of confidence")
    ap.add_argument("--signals", action="store_true",
                    help="every question's confidence and the abstention signs that cut it")
    ap.add_argument("--margins", action="store_true",
                    help="by corpus, how far the abstention line stands from the questions either side of it")
    ap.add_argument("--out", type=Path, default=RESULTS_FILE, help="where the JSON report goes")
    args = ap.parse_args(argv)
    if args.only in (None, "dev") and not args.eval_dir.is_dir():
        print(f"make eval needs the dev question sets in {args.eval_dir} (the shared folder beside "
              "this repository), or --eval-dir DIR.", file=sys.stderr)
        return 2
    sets = chosen_sets(args)
    if not sets:
        where = {"ours": args.ours_dir, "fresh": fresh_dir(args), "blind": blind_dir(args),
                 "blind2": blind2_dir(args), "probes": probes_dir(args)}.get(
            args.only, args.eval_dir)
        print(f"No question file to score in {where}.", file=sys.stderr)
        return 2

    from corpus.errors import CorpusError

    machine = machine_info()
    results, problems, rows, means = {}, {}, {origin: [] for origin in ORIGINS}, {}
    built: dict = {}
    for dev in sets:
        try:
            results[dev.name] = score_set(dev, args.calibration or args.signals or args.margins,
                                          index_once(dev, built))
        except (Unscorable, CorpusError) as problem:
            problems[dev.name] = str(problem)
            continue
        rows[dev.origin] += table_rows(dev.name, results[dev.name])
    for origin in ORIGINS:
        if rows[origin]:
            means[origin] = mean_row(rows[origin], LABELS[origin])
    if means:
        print(format_table([row for origin in ORIGINS if origin in means
                            for row in rows[origin] + [means[origin]]], COLUMNS))
    for name, problem in problems.items():
        print(f"{name}: not scored: {problem}")
    if args.failures:
        sealed = [name for name, result in results.items() if result["origin"] in SEALED]
        if sealed:
            print(f"Misses not listed for {', '.join(sealed)}: those sets only judge.")
        for name, result in results.items():
            for f in result["engine"].get("failures", []):
                print(f"{name} {f['id']} [{f['kind']}] {f['q']}\n      {f['why']}"
                      + (f": {f['top']}" if f.get("top") else ""))
    by_set = {name: result.pop("judged", []) for name, result in results.items()}
    if args.signals:
        print()
        for name, judged in by_set.items():
            print("\n".join(signal_lines(name, judged)))
    judged = [j for js in by_set.values() for j in js]
    calibration = calibration_rows(judged) if judged and args.calibration else None
    if calibration:
        print(f"\nConfidence, {len(judged)} questions of {len(results)} sets together:")
        print(format_table(calibration, CALIBRATION_COLUMNS))
    if args.margins:
        by_corpus: dict[str, list[Judged]] = {}
        for dev in sets:
            by_corpus.setdefault(dev.corpus_name, []).extend(by_set.get(dev.name, []))
        print(f"\nThe abstention line ({len(judged)} questions, every family of sets of each corpus together):")
        print(format_table(margin_rows(by_corpus), MARGIN_COLUMNS))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {"machine": machine, "mean": means.get("dev"), "mean (ours)": means.get("ours"),
              "mean (fresh)": means.get("fresh"), "mean (blind)": means.get("blind"),
              "mean (blind2)": means.get("blind2"), "mean (probes)": means.get("probes"), "sets": results,
              "calibration": calibration, "not_scored": problems}
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\n{machine_line(machine)} · report in {args.out}")
    return 0 if results else 1


if __name__ == "__main__":
    sys.exit(main())
