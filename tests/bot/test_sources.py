"""People see which documents the bot knows: /sources lists them, /source shows one."""
from __future__ import annotations

from botsupport import BOYER_DOC


async def test_sources_lists_every_document_with_its_metadata(channel, alice, index):
    result = await alice.slash(channel, "sources")

    embed = result.response.embeds[0]
    assert embed.title == "Known documents (5)"
    assert all(f"`{source.doc}`" in embed.description for source in index.sources)
    assert "2024-03" in embed.description  # the one seed with a date
    assert "62 passage(s)" in embed.description


async def test_source_autocompletes_titles_and_shows_the_chosen_document(channel, alice, index):
    choices = await alice.autocomplete(channel, "source", "document", "hollywood")

    assert BOYER_DOC in [choice["value"] for choice in choices]
    assert all("hollywood" in index.source(choice["value"]).title.lower() for choice in choices)
    assert all(len(choice["name"]) <= 100 for choice in choices)

    result = await alice.slash(channel, "source", document=BOYER_DOC)

    embed = result.response.embeds[0]
    assert embed.title == index.source(BOYER_DOC).title
    fields = {field.name: field.value for field in embed.fields}
    assert fields["Document"] == f"`{BOYER_DOC}`"
    assert fields["Passages"] == str(index.source(BOYER_DOC).passages)


async def test_unknown_source_is_answered_kindly(channel, alice):
    result = await alice.slash(channel, "source", document="**nope** @everyone")

    assert result.ephemeral
    assert result.response.content == "I know no document “\\*\\*nope\\*\\* @\u200beveryone”. Try `/sources`."
