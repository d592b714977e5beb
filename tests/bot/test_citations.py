"""What a Discord user sees of where an excerpt comes from, and of code."""
from __future__ import annotations

import pytest

from corpus import Index


@pytest.fixture
def index(tmp_path):
    (tmp_path / "guide.md").write_text(
        "# Guide\n\n## Starting\n\nCreate the client with make_client, then run it:\n\n"
        "```python\nclient = make_client()\nclient.run(token)\n```\n", encoding="utf-8")
    return Index.build(tmp_path)


async def test_code_is_a_code_block_and_the_citation_names_file_and_section(channel, alice):
    result = await alice.slash(channel, "ask", question="client.run")

    description = result.response.embeds[0].description
    assert "```\nclient = make_client()\nclient.run(token)\n```" in description
    assert "— Guide · guide.md · Starting · ¶ 2" in description
