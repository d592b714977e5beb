"""A document's markup in Discord: a reStructuredText or Markdown quote is shown as the file
writes it, roles and links escaped, never rendered and never a link; an inline literal
(``on_ready``) shows as Discord inline code, which Discord reads as plain characters."""
from __future__ import annotations

import pytest
from botsupport import live_markup, unescape
from hypothesis import given
from hypothesis import strategies as st

from bot.escape import inert_with_code
from corpus import Index

FAQ = """\
Frequently Asked Questions
==========================

How do I send a DM?
-------------------

Get the :class:`User` or :class:`Member` object and call :meth:`~.User.send`, **then**
pass ``content``. See [the guide](https://evil.example/x) for @everyone.
"""


@pytest.fixture
def index(tmp_path):
    (tmp_path / "faq.rst").write_text(FAQ, encoding="utf-8")
    return Index.build(tmp_path)


async def test_a_rest_quote_shows_its_markup_as_written_escaped(channel, alice):
    result = await alice.slash(channel, "ask", question="How do I send a DM to a member?")

    description = result.response.embeds[0].description
    # Each backtick, asterisk and bracket escaped: Discord shows the characters of the file.
    assert (r"Get the :class:\`User\` or :class:\`**Member**\` object and call :meth:\`\~.User.**send**\`, "
            r"\*\*then\*\* pass `content`.") in description
    assert r"\[the guide\](https://evil.example/x)" in description  # text, not a link
    assert "@everyone" not in description and "@\u200beveryone" in description


async def test_a_highlighted_literal_is_bold_code(channel, alice):
    result = await alice.slash(channel, "ask", question="What do I pass as content?")

    description = result.response.embeds[0].description
    assert "**pass** **`content`**." in description  # bold around the code: never inside it


@pytest.mark.parametrize("literal, shown", [("``a`b``", r"\`\`a\`b\`\`"), ("``<@1>``", "`<@1>`")])
def test_a_literal_is_code_only_when_it_can_stand_in_one(literal, shown):
    from bot.render import quote_block

    assert quote_block(((f"see {literal} here", False),), 200) == f"> see {shown} here"



def test_a_literal_cut_by_the_length_limit_is_still_closed_code():
    from bot.render import quote_block

    assert quote_block((("call ``some_very_long_identifier_name_here`` now", False),), 30) == \
        "> call `some_very_long_ident…`"


# Text made of what Discord reads as markup, with literals among it.
QUOTE_TEXT = st.lists(st.sampled_from(list("\\*_~|`[]()<>#-+.:@ \n\r1aZé") + ["``", "``x``", "everyone"])).map("".join)


@given(QUOTE_TEXT)
def test_any_quote_reads_as_typed_with_only_its_literals_as_code(text):
    shown, code = inert_with_code(text)

    read, at = [], 0
    for start, end in code:
        inside = shown[start + 1:end - 1]
        assert shown[start] == shown[end - 1] == "`" and inside.strip()
        assert not set(inside) & set("`\\\r\n")  # nothing that could end or escape the code
        assert live_markup(shown[at:start]) == []
        read += [unescape(shown[at:start]), f"``{inside}``"]
        at = end
    assert live_markup(shown[at:]) == []
    read.append(unescape(shown[at:]))
    assert "".join(read) == text.replace("\r\n", "\n").replace("\r", "\n")

