"""The `corpus-bot` command line: ask, chat, index, eval. (The bot adds `run` and `sync`.)

Every failure a user can cause ends in one line on stderr and a non-zero exit, never a
traceback. Nothing here imports discord, so a one-shot `ask` starts fast.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections import Counter
from pathlib import Path

from . import analysis, application
from .errors import CorpusError
from .index import Index
from .render import clean, terminal, use_colour, width
from .reply import compose
from .words import cli, reply_words

PROG = "corpus-bot"
# Exit codes (the bot's `run` and `sync` add theirs in bot.cli; all are listed in the README).
EXIT_ERROR = 1  # a corpus, index or question error: one line on stderr says which
EXIT_USAGE = 2  # a wrong option or setting (argparse uses 2 too)
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT (bot.cli says the same before this loads)


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
    return application.open_index(getattr(args, "corpus", None), getattr(args, "index", None), progress=progress)


def _check_k(k: int) -> None:
    if k < 1:
        raise CorpusError(cli("k_too_small"))


# -- commands ----------------------------------------------------------------------------------

def _print_reply(index: Index, answer, question: str) -> None:
    reply = compose(answer, analysis.guess_language(question), index.sources)
    print(terminal(reply, colour=use_colour(), columns=width()), flush=True)


def _stdin_questions():
    """(line number, question or None, why it cannot be asked or None), one per line of stdin."""
    for number, raw in enumerate(sys.stdin.buffer, 1):
        try:
            line = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            yield number, None, cli("not_utf8", number=number)
            continue
        yield number, line, None if line else cli("blank", number=number)


def cmd_ask(args) -> int:
    _check_k(args.k)
    if args.question:
        questions = iter([(1, " ".join(args.question), None)])
    elif sys.stdin is None or sys.stdin.isatty():
        raise CorpusError(cli("no_question"))
    else:
        questions = _stdin_questions()
    index = open_index(args)
    one = bool(args.question)
    status = 0
    # One output line (JSON) or one echoed question (text) per input line, whatever the line holds.
    for _, question, problem in questions:
        if not one and not args.json:
            print(f"\n? {clean(question or '')}", flush=True)
        try:
            if problem:
                raise CorpusError(problem)
            answer = index.search(question, k=args.k)
        except CorpusError as error:
            if one:
                raise
            status = EXIT_ERROR
            if args.json:
                print(json.dumps({"question": question, "error": str(error)}, ensure_ascii=False), flush=True)
            else:
                print(f"({error})", flush=True)
            continue
        if args.json:
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        else:
            _print_reply(index, answer, question)
    return status


def cmd_chat(args) -> int:
    _check_k(args.k)
    try:
        import readline  # noqa: F401  (history and line editing, where the platform has it)
    except ImportError:
        pass
    index = open_index(args, progress=sys.stderr.isatty())
    print(cli("chat_intro", documents=len(index.sources), passages=len(index)))
    last, shown, lang = None, 0, "fr"
    while True:
        try:
            question = input("\n? ").strip()
        except EOFError:
            print()
            return 0
        if not question:
            return 0
        offset = 0
        if question == "+":
            if last is None:
                print(reply_words(lang, "no_question_yet"))
                continue
            question, offset = last, shown
        try:
            answer = index.search(question, k=args.k, offset=offset)
        except CorpusError as error:
            print(error)
            continue
        lang = analysis.guess_language(question)
        if offset and not answer.results:
            print(reply_words(lang, "no_more"))
            continue
        last, shown = question, offset + len(answer.results)
        _print_reply(index, answer, question)


def _workers(asked: int | None) -> int | None:
    """--workers: at least 1; more than the cores is capped, as it would only slow the build."""
    if asked is None:
        return None
    if asked < 1:
        raise CorpusError(cli("workers_too_small"))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return min(asked, cores)


def cmd_index(args) -> int:
    if args.action == "build":
        workers = _workers(args.workers)
        corpus = application.corpus_folder(getattr(args, "corpus", None))
        path = Path(getattr(args, "index", None) or application.default_index_path(corpus))
        if path.exists():  # a folder, a file that is not an index, another corpus's index: refused before building
            application.check_owner(path, corpus)
        index = application.build(corpus, progress=sys.stderr.isatty(), workers=workers, into=path.parent)
        application.save(index, path)
        print(cli("built", documents=len(index.sources), passages=len(index), terms=len(index.terms), path=path))
        for skipped in index.skipped:
            print(f"  {skipped}")
        return 0
    index = open_index(args)
    size = index.path.stat().st_size if index.path and index.path.exists() else 0
    print(f"index      {clean(str(index.path or '(in memory)'))} ({size / 1e6:.2f} MB)")
    print(f"corpus     {clean(str(index.header.get('corpus')))}")
    print(f"built      {index.header.get('built')}")
    print(f"documents  {len(index.sources)}, passages {len(index)}, terms {len(index.terms)}")
    counts = Counter(source.language for source in index.sources)
    print("languages  " + ", ".join(f"{lang} ({counts[lang]} documents)" for lang in index.languages))
    for source in index.sources:
        print(f"  {source.doc}  {source.language}  {source.passages:>5} passages  {clean(source.citation)}")
    for skipped in index.skipped:
        print(f"  {clean(str(skipped))}")
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
        print(f"\n{PROG}: {cli('interrupted')}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `corpus-bot ask ... | head`: the reader left; nothing to say
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
