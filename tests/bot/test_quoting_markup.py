"""A document's markup in Discord: a reStructuredText or Markdown quote is shown as the file
writes it, roles, literals and links escaped, never rendered and never a link."""
from __future__ import annotations

import pytest

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
            r"\*\*then\*\* pass \`\`content\`\`.") in description
    assert r"\[the guide\](https://evil.example/x)" in description  # text, not a link
    assert "@everyone" not in description and "@\u200beveryone" in description
