"""An answer in a terminal: wrapped at what shows on screen, colour only where it belongs."""
import re
from dataclasses import replace

import pytest
from wcwidth import wcswidth

from corpus.render import terminal
from corpus.reply import compose

ESCAPES = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize("columns", [40, 60, 80])
@pytest.mark.parametrize("colour", [True, False])
def test_lines_fill_the_terminal_width_without_splitting_words(seeds_index, columns, colour):
    answer = seeds_index.search("Sora Hollywood studio Tyler Perry", k=3)
    text = terminal(compose(answer, "fr", seeds_index.sources), colour=colour, columns=columns)

    shown = [ESCAPES.sub("", line) for line in text.splitlines()]
    assert max(len(line) for line in shown) <= columns
    words = " ".join(ESCAPES.sub("", text).replace("**", "").split())
    for hit in answer.results:  # every excerpt is still there word for word, however wrapped
        assert " ".join(hit.excerpt.split()) in words
    assert ("\x1b[1;33m" in text) == colour


def test_a_wide_character_takes_two_columns(seeds_index):
    reply = compose(seeds_index.search("Sora", k=1), "fr", seeds_index.sources)
    wide = replace(reply.quotes[0], segments=(("漢字 " * 30, False),))
    text = terminal(replace(reply, quotes=(wide,)), columns=40)

    assert max(wcswidth(line) for line in text.splitlines()) <= 40
    assert any(wcswidth(line) >= 36 for line in text.splitlines())  # and the lines are filled


def test_a_weak_match_says_it_is_unsure_before_the_excerpts(seeds_index):
    weak = seeds_index.search("Les studios redoutent-ils Sora ?", k=3)
    sure = seeds_index.search("Qui est Heather-Ashley Boyer ?", k=3)
    assert not weak.abstained and weak.confidence < 0.5 <= sure.confidence

    unsure_text = terminal(compose(weak, "fr", seeds_index.sources))
    sure_text = terminal(compose(sure, "en", seeds_index.sources))

    assert unsure_text.startswith("Je n'en suis pas sûr, mais")
    assert "« " in unsure_text  # the excerpts are still shown, below the warning
    assert sure_text.startswith("Here is what the documents say:")
