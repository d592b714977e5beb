"""Whatever a person or a document writes is shown as typed: no link, markup, ping or layout break."""
from __future__ import annotations

import pytest
from botsupport import HOSTILE_LINES, live_markup, mention, requests_allowing_mentions, unescape

from bot.escape import inert
from corpus import Index


@pytest.mark.parametrize("text", HOSTILE_LINES + ("a\n# b\n> c\n  - d\n10. e\n@everyone\\@here", "a\r# b\r\n> c"))
def test_escaped_text_reads_as_typed_and_holds_no_live_markup(text):
    shown = inert(text)

    typed = text.replace("\ue000", "").replace("\ue001", "").replace("\r\n", "\n").replace("\r", "\n")
    assert unescape(shown) == typed
    assert live_markup(shown) == []


@pytest.mark.parametrize("question", [line for line in HOSTILE_LINES if "\ue000" not in line])
async def test_a_hostile_question_comes_back_as_typed_through_ask_mentions_and_dms(simcord_env, channel, alice, question):
    asked = await alice.slash(channel, "ask", question=question)
    await alice.send(channel, mention(simcord_env, question))
    mentioned = channel.last_message
    await alice.send_dm(question)
    direct = alice.user.dm_channel.history()[-1]

    for embed in (asked.response.embeds[0], mentioned.embeds[0], direct.embeds[0]):
        assert unescape(embed.title) == question
        assert live_markup(embed.title) == []
    assert requests_allowing_mentions(simcord_env) == []


HOSTILE_TITLE = "[Cliquez](http://evil.example/phish) **gras** ||spoiler|| <@123> @everyone"
HOSTILE_BODY = (
    "Le studio Sora prépare [une offre](http://evil.example/phish) **exclusive** ||secrète|| pour <@&77> et @here.\n\n"
    "# Sora en tête\n> Sora cité <t:1700000000:R> <:sora:123456789012345678> <#42>\n"
)


@pytest.fixture
def index(tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "piege.txt").write_text(f"{HOSTILE_TITLE}\n\n{HOSTILE_BODY}", encoding="utf-8")
    (folder / "sage.txt").write_text("Un document sage\n\nSora fait des vidéos.\n", encoding="utf-8")
    return Index.build(folder)


def quoted_text(description: str) -> list[str]:
    """The quoted excerpts of an answer, without the bot's own bold and quote marks."""
    return [line.removeprefix("> ").replace("**", "") for line in description.split("\n") if line.startswith("> ")]


async def test_a_hostile_document_is_quoted_and_listed_as_typed(simcord_env, channel, alice):
    asked = await alice.slash(channel, "ask", question="offre exclusive secrète du studio Sora")
    passage = await alice.click(asked.response.message, label="Passage 1")
    listed = await alice.slash(channel, "sources")

    for description in (asked.response.embeds[0].description, passage.response.embeds[0].description):
        quotes = quoted_text(description)
        assert quotes and all(live_markup(text) == [] for text in quotes)
        assert any("[une offre](http://evil.example/phish) **exclusive**" in unescape(text) for text in quotes)
        assert "](http://evil" not in description.replace("\\]", "")
    line = next(line for line in listed.response.embeds[0].description.split("\n") if "Cliquez" in line)
    title = line.split(" — ")[0]
    assert title.startswith("**") and title.endswith("**")
    assert unescape(title[2:-2]) == HOSTILE_TITLE
    assert live_markup(title[2:-2]) == []
    assert requests_allowing_mentions(simcord_env) == []
