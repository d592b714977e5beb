"""Whatever a document holds, what the bot posts fits Discord's limits and pings nobody."""
from __future__ import annotations

import pytest
from botsupport import mention, requests_allowing_mentions, text_requests

from corpus import Index

HOSTILE = (
    "Un document piégé\n\n"
    + "Sora @everyone <@&123456789012345678> **gras** `code` ~~barré~~ ||spoiler|| [lien](https://example.com) "
    * 120
    + "\n\n# Sora titre\n> Sora citation\n- Sora liste\n"
)


@pytest.fixture
def index(tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "piege.txt").write_text(HOSTILE, encoding="utf-8")
    return Index.build(folder)


async def test_a_huge_hostile_excerpt_fits_discord_limits_and_pings_nobody(simcord_env, channel, alice):
    question = "Sora gras code " + "Sora " * 55

    await alice.send(channel, mention(simcord_env, question.strip()))
    asked = await alice.slash(channel, "ask", question=question.strip())
    passage = await alice.click(asked.response.message, label="Passage 1")

    for embed in (channel.last_message.embeds[0], asked.response.embeds[0], passage.response.embeds[0]):
        assert len(embed) <= 6000 and len(embed.description) <= 4096 and len(embed.title) <= 256
        assert "@everyone" not in embed.description and "<@&" not in embed.description
    answer = asked.response.embeds[0].description
    assert answer.count("**") % 2 == 0
    assert "\\*\\*gras\\*\\*" in answer or "**gras**" in answer
    assert asked.response.embeds[0].title.endswith("…")
    assert passage.response.embeds[0].description.split("\n—")[0].endswith("…")
    assert len(text_requests(simcord_env)) == 3
    assert requests_allowing_mentions(simcord_env) == []
