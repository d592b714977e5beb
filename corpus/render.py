"""Render a composed reply for a terminal. (JSON is `Answer.to_json()`; Discord is in `bot/`.)

Lines are wrapped by what shows on screen: the highlight's escape codes take no column and a
wide character takes two, so a line fills the terminal without a word split at its edge.
"""
from __future__ import annotations

import os
import re
import shutil
import sys

from .reply import Reply
from .words import reply_words

# Text from documents or questions may hold escape sequences; a terminal must never run them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
WIDTH = 88  # at most, for readability; and the width when the output is not a terminal
_BOLD, _OFF = "\x1b[1;33m", "\x1b[0m"


def use_colour(stream=None) -> bool:
    """Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    stream = stream or sys.stdout
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def width(stream=None) -> int:
    stream = stream or sys.stdout
    if not stream.isatty():
        return WIDTH
    return max(20, min(WIDTH, shutil.get_terminal_size((WIDTH, 24)).columns))


def clean(text: str) -> str:
    return _CONTROL.sub(" ", text)


def _shown(text: str) -> int:
    if text.isascii() and text.isprintable():
        return len(text)
    from wcwidth import wcswidth  # here: a one-shot `ask` of ASCII text need not load its tables

    columns = wcswidth(text)
    return columns if columns >= 0 else len(text)


def wrap(runs: list[tuple[str, bool]], columns: int, first: str, rest: str, colour: bool) -> str:
    """Runs of (text, highlighted) wrapped at `columns` visible columns, at spaces only."""
    bold, off = (_BOLD, _OFF) if colour else ("**", "**")
    marker = 0 if colour else 2 * len(bold)  # "**" markers do take columns
    words: list[list[tuple[str, bool]]] = [[]]
    for text, hit in runs:
        for i, piece in enumerate(re.split(r"\s+", clean(text))):
            if i:
                words.append([])
            if piece:
                words[-1].append((piece, hit))
    lines, line, used = [], first, _shown(first)
    empty = True
    for word in (w for w in words if w):
        shown = "".join(f"{bold}{t}{off}" if hit else t for t, hit in word)
        size = sum(_shown(t) for t, _ in word) + marker * sum(hit for _, hit in word)
        if not empty and used + 1 + size > columns:
            lines.append(line)
            line, used, empty = rest, _shown(rest), True
        line += ("" if empty else " ") + shown
        used += size + (0 if empty else 1)
        empty = False
    lines.append(line)
    return "\n".join(lines)


def terminal(reply: Reply, colour: bool = False, columns: int = WIDTH) -> str:
    """The reply as text; matched words in bold yellow when `colour`, else **like this**."""
    def line(text: str, first: str = "", rest: str = "") -> str:
        return wrap([(text, False)], columns, first, rest, colour)

    def say(key: str, **values: object) -> str:
        return reply_words(reply.lang, key, **values)

    if reply.abstained:
        lines = [line(say(reply.headline))]
        if reply.known:
            lines += ["", line(say("known"))]
            lines += [line(title, "  - ", "    ") for title in reply.known]
            if reply.more_known:
                lines.append(line(say("more_known", n=reply.more_known), "  - ", "    "))
        return "\n".join(lines)
    lines = [line(say(reply.headline))]
    for number, quote in enumerate(reply.quotes, 1):
        if quote.code:  # code keeps its lines and indentation, unwrapped, and no ** inside it
            lines += ["", f"{number:>2}. ```", *(f"    {clean(code)}" for code in quote.text.split("\n")), "    ```"]
        else:
            runs = [("« ", False), *quote.segments, (" »", False)]
            lines += ["", wrap(runs, columns, f"{number:>2}. ", "    ", colour)]
        lines.append(line(f"— {quote.citation} · {quote.place}", "    ", "      "))
        if quote.url:
            lines.append(line(quote.url, "      ", "      "))
    lines += ["", line(say("footer", shown=reply.shown, total=reply.total, level=say(reply.level)))]
    return "\n".join(lines)
