"""The `corpus-bot` command line: ask, chat, index, eval. (The bot adds `run` and `sync`.)

Every failure a user can cause ends in one line on stderr and a non-zero exit, never a
traceback. Nothing here imports discord, so a one-shot `ask` starts fast.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from pathlib import Path

from . import analysis
from .errors import CorpusError, IndexFileError
from .index import DEFAULT_CORPUS, Index, default_index_path
from .reply import compose
from .render import terminal, use_colour

PROG = "corpus-bot"
EXIT_ERROR = 1
EXIT_USAGE = 2


def build_parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--corpus", metavar="DIR", default=argparse.SUPPRESS,
                        help="folder of .txt/.md documents (default: the bundled seeds)")
    common.add_argument("--index", metavar="FILE", default=argparse.SUPPRESS,
                        help="index file to load, rebuilt when stale (default: in your cache folder)")
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="say more on stderr")
    parser = argparse.ArgumentParser(
        prog=PROG, parents=[common],
        description="Answer questions about a corpus of documents with quoted excerpts and their sources.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ask = commands.add_parser("ask", parents=[common], help="answer one question (or one per line of stdin)")
    ask.add_argument("question", nargs="*", help="the question; none: read one question per line on stdin")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("-k", type=int, default=3, help="how many excerpts (default 3)")
    ask.set_defaults(handler=cmd_ask)

    chat = commands.add_parser("chat", parents=[common], help="an interactive session in the terminal")
    chat.add_argument("-k", type=int, default=3, help="excerpts per answer (default 3)")
    chat.set_defaults(handler=cmd_chat)

    index = commands.add_parser("index", parents=[common], help="build or describe the index")
    index.add_argument("action", choices=["build", "info"])
    index.add_argument("--workers", type=int, default=None, metavar="N",
                       help="processes that read a large corpus (default: one per core, at most 4; 1 saves memory)")
    index.set_defaults(handler=cmd_index)

    evaluate = commands.add_parser("eval", parents=[common], help="score the engine on a question set (JSONL)")
    evaluate.add_argument("file", help="questions, one JSON object a line (see the README's Quality section)")
    evaluate.add_argument("--json", action="store_true", help="the report as JSON")
    evaluate.set_defaults(handler=cmd_eval)
    return parser, commands


# -- opening the index --------------------------------------------------------------------------

def open_index(args, progress: bool = False) -> Index:
    corpus = getattr(args, "corpus", None)
    index_path = getattr(args, "index", None)
    if corpus is not None and not Path(corpus).is_dir():
        raise CorpusError(f"The corpus folder {corpus} does not exist or is not a folder.")
    if index_path is not None and corpus is None:
        path = Path(index_path)
        if not path.exists():
            raise IndexFileError(f"No index file at {path}: build one with `{PROG} index build --index {path}`.")
        from . import storage

        header, _ = storage.read_header(path)
        recorded = header.get("corpus")
        if recorded and Path(recorded).is_dir():
            return Index.open(recorded, path, progress=progress)
        return Index.load(path)
    return Index.open(corpus, index_path, progress=progress)


# -- commands ----------------------------------------------------------------------------------

def _print_reply(index: Index, answer, question: str) -> None:
    reply = compose(answer, analysis.guess_language(question), index.sources)
    print(terminal(reply, colour=use_colour()))


def _stdin_questions():
    """Questions from stdin, one a line; a line that is not UTF-8 comes as an error to report."""
    for number, raw in enumerate(sys.stdin.buffer, 1):
        try:
            line = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            yield None, f"line {number} of the input is not UTF-8 text"
            continue
        if line:
            yield line, None


def cmd_ask(args) -> int:
    if args.k < 1:
        raise CorpusError("-k must be at least 1.")
    if args.question:
        questions = iter([(" ".join(args.question), None)])
    elif sys.stdin is None or sys.stdin.isatty():
        raise CorpusError(f'No question: try `{PROG} ask "Qui est Tyler Perry ?"` or pipe questions on stdin.')
    else:
        questions = _stdin_questions()
    index = open_index(args)
    status = 0
    for question, problem in questions:
        try:
            if problem:
                raise CorpusError(problem)
            answer = index.search(question, k=args.k)
        except CorpusError as error:
            if not args.json:
                raise
            print(json.dumps({"question": question, "error": str(error)}, ensure_ascii=False), flush=True)
            status = EXIT_ERROR
            continue
        if args.json:
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        else:
            _print_reply(index, answer, question)
    return status


def cmd_chat(args) -> int:
    try:
        import readline  # noqa: F401  (history and line editing, where the platform has it)
    except ImportError:
        pass
    index = open_index(args, progress=True)
    print(f"{len(index.sources)} documents, {len(index)} passages. Ask a question; "
          "'+' shows more results; an empty line or Ctrl-D quits.")
    last, shown = None, 0
    while True:
        try:
            question = input("\n? ").strip()
        except EOFError:
            print()
            return 0
        if not question:
            return 0
        if question == "+" and last:
            question, offset = last, shown
        else:
            offset = 0
        try:
            answer = index.search(question, k=args.k, offset=offset)
        except CorpusError as error:
            print(error)
            continue
        last, shown = question, offset + len(answer.results)
        _print_reply(index, answer, question)


def cmd_index(args) -> int:
    if args.action == "build":
        corpus = getattr(args, "corpus", None) or DEFAULT_CORPUS
        path = Path(getattr(args, "index", None) or default_index_path(corpus))
        index = Index.build(corpus, progress=sys.stderr.isatty(), workers=args.workers)
        try:
            index.save(path)
        except OSError as error:
            raise CorpusError(f"Cannot write the index to {path}: {error.strerror}.") from None
        print(f"indexed {len(index.sources)} documents, {len(index)} passages, {len(index.terms)} terms -> {path}")
        for skipped in index.skipped:
            print(f"  {skipped}")
        return 0
    index = open_index(args)
    size = index.path.stat().st_size if index.path and index.path.exists() else 0
    print(f"index      {index.path or '(in memory)'} ({size / 1e6:.2f} MB)")
    print(f"corpus     {index.header.get('corpus')}")
    print(f"built      {index.header.get('built')}")
    print(f"documents  {len(index.sources)}, passages {len(index)}, terms {len(index.terms)}")
    counts = Counter(source.language for source in index.sources)
    print("languages  " + ", ".join(f"{lang} ({counts[lang]} documents)" for lang in index.languages))
    for source in index.sources:
        print(f"  {source.doc}  {source.language}  {source.passages:>5} passages  {source.citation}")
    for skipped in index.skipped:
        print(f"  {skipped}")
    return 0


def cmd_eval(args) -> int:
    from .evaluation import engine_search, evaluate, read_questions

    questions = read_questions(args.file)
    report = evaluate(engine_search(open_index(args)), questions).as_dict()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    columns = ["answerable", "hit@1", "hit@3", "mrr@3", "doc@1", "false_abstentions", "abstention_accuracy"]
    show = lambda v: "-" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))  # noqa: E731
    print(f"{'':<12}" + "".join(f"{c:>20}" for c in columns))
    for name, scores in [("overall", report["overall"]), *report["by_kind"].items()]:
        print(f"{name:<12}" + "".join(f"{show(scores[c]):>20}" for c in columns))
    if report["failures"]:
        print(f"\n{len(report['failures'])} failure(s):")
        for f in report["failures"]:
            print(f"  {f['id']} [{f['kind']}] {f['q']}\n      {f['why']}" + (f": {f['top']}" if f.get("top") else ""))
    return 0


# -- entry point -------------------------------------------------------------------------------

def main(argv: list[str] | None = None, parser: argparse.ArgumentParser | None = None) -> int:
    if parser is None:
        parser, _ = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if getattr(args, "verbose", False) else logging.WARNING,
                        format="%(levelname)s: %(message)s", stream=sys.stderr)
    try:
        return args.handler(args)
    except CorpusError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:  # `corpus-bot ask ... | head`: the reader left; nothing to say
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
