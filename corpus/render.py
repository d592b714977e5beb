"""Render a composed reply for a terminal. (JSON is `Answer.to_json()`; Discord is in `bot/`.)"""
from __future__ import annotations

import os
import re
import sys
import textwrap

from .reply import Reply, words

# Text from documents or questions may hold escape sequences; a terminal must never run them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
WIDTH = 88


def use_colour(stream=None) -> bool:
    stream = stream or sys.stdout
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def clean(text: str) -> str:
    return _CONTROL.sub(" ", text)


def terminal(reply: Reply, colour: bool = False) -> str:
    """The reply as plain text; matched words in bold yellow when `colour`, else **like this**."""
    bold, off = ("\x1b[1;33m", "\x1b[0m") if colour else ("**", "**")
    lines = [reply.headline]
    if reply.abstained:
        if reply.known:
            lines += ["", words(reply.lang)["known"]]
            lines += [f"  - {clean(title)}" for title in reply.known]
        return "\n".join(lines)
    for number, quote in enumerate(reply.quotes, 1):
        text = "".join(clean(t) if not hit else f"{bold}{clean(t)}{off}" for t, hit in quote.segments)
        if quote.code:  # code keeps its lines and indentation, and no ** inside it
            code = text if colour else clean(quote.text)
            lines += ["", f"{number:>2}. ```", *(f"    {line}" for line in code.split("\n")), "    ```"]
        else:
            lines += ["", textwrap.fill(f"« {text} »", WIDTH, initial_indent=f"{number:>2}. ", subsequent_indent="    ")]
        where = f"{clean(quote.citation)} · {clean(quote.place)}"
        lines.append(textwrap.fill(f"— {where}", WIDTH, initial_indent="    ", subsequent_indent="      "))
        if quote.url:
            lines.append(f"      {clean(quote.url)}")
    lines += ["", reply.footer]
    return "\n".join(lines)

