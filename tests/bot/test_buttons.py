"""The buttons under an answer: next page, full passage, votes, and what old buttons say."""
from __future__ import annotations

import logging
import sqlite3

from botsupport import BOYER_DOC, requests_allowing_mentions, text_requests

from bot import create_bot


def everything_stored(database) -> list:
    """Every value of every row of every table of the bot's database."""
    with sqlite3.connect(database) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return [value for table in tables for row in db.execute(f"SELECT * FROM {table}") for value in row]


def labels(message) -> list[str | None]:
    return [child.label or str(child.emoji) for row in message.components for child in row.children]


async def test_more_results_shows_the_next_page_in_place(simcord_env, channel, alice):
    asked = await alice.slash(channel, "ask", question="Sora")
    first_page = asked.response.embeds[0].description

    clicked = await alice.click(asked.response.message, label="More results")

    assert not clicked.ephemeral
    page = asked.response.message  # the same message, edited
    assert page.embeds[0].description != first_page
    assert "**Sora**" in page.embeds[0].description
    assert labels(page) == ["Passage 4", "Passage 5", "Passage 6", "More results", "👍", "👎"]
    assert len(channel.history()) == 1


async def test_more_results_is_disabled_when_everything_is_shown(channel, alice):
    asked = await alice.slash(channel, "ask", question="Qui est Heather-Ashley Boyer ?")

    more = next(c for row in asked.response.message.components for c in row.children if c.label == "More results")

    assert more.disabled


async def test_full_passage_is_shown_only_to_the_clicker(simcord_env, channel, alice, guild, index):
    bob = guild.add_member(simcord_env.create_user("bob"))
    asked = await alice.slash(channel, "ask", question="Qui est Heather-Ashley Boyer ?")

    shown = await bob.click(asked.response.message, label="Passage 1")

    assert shown.ephemeral
    embed = shown.response.embeds[0]
    assert embed.title == "Full passage"
    assert "Heather-Ashley Boyer" in embed.description
    assert index.source(BOYER_DOC).title in embed.description
    assert shown.response.message not in channel.history(viewer=alice)


async def test_votes_are_kept_with_the_server_but_without_names(simcord_env, channel, alice, guild, settings):
    asked = await alice.slash(channel, "ask", question="Qui est Heather-Ashley Boyer ?")

    custom_ids = [c.custom_id for row in asked.response.message.components for c in row.children]
    up = await alice.click(asked.response.message, custom_id=next(i for i in custom_ids if i.endswith(":up")))
    down = await alice.click(asked.response.message, custom_id=next(i for i in custom_ids if i.endswith(":down")))

    assert up.ephemeral and up.response.content == "Thanks for your feedback!"
    assert down.ephemeral
    votes = simcord_env.bot.store.votes(days=1, guild_id=guild.id)
    assert [(v.vote, v.question, v.documents) for v in votes] == [
        ("up", "Qui est Heather-Ashley Boyer ?", (BOYER_DOC,)),
        ("down", "Qui est Heather-Ashley Boyer ?", (BOYER_DOC,)),
    ]
    assert [v.guild_id for v in votes] == [guild.id, guild.id]
    stored = everything_stored(settings.database)
    assert "alice" not in str(stored) and alice.id not in stored


async def test_buttons_of_an_answer_from_before_a_restart_say_it_expired(simcord_env, channel, alice, settings, index):
    asked = await alice.slash(channel, "ask", question="Sora")
    old_answer = asked.response.message

    await simcord_env.restart_bot(create_bot(settings, index=index))
    clicked = await alice.click(old_answer, label="More results")

    assert clicked.ephemeral
    assert clicked.response.content == "This answer has expired: ask the question again to go on."


async def test_a_failing_button_apologises_and_logs_the_traceback(simcord_env, channel, alice, caplog):
    def full_disk(*args, **kwargs):
        raise OSError("No space left on device")

    simcord_env.bot.store.record_vote = full_disk
    asked = await alice.slash(channel, "ask", question="Qui est Heather-Ashley Boyer ?")
    vote = next(c.custom_id for row in asked.response.message.components for c in row.children if c.emoji)

    with caplog.at_level(logging.ERROR, logger="bot"):
        clicked = await alice.click(asked.response.message, custom_id=vote)

    assert clicked.ephemeral
    assert clicked.response.content == "Sorry, something went wrong on my side. Please try again in a moment."
    failure = next(r for r in caplog.records if r.name == "bot.errors")
    assert failure.exc_info is not None and isinstance(failure.exc_info[1], OSError)


async def test_no_button_reply_can_ping(simcord_env, channel, alice):
    asked = await alice.slash(channel, "ask", question="Sora")
    await alice.click(asked.response.message, label="More results")
    await alice.click(asked.response.message, label="Passage 4")

    assert len(text_requests(simcord_env)) == 3
    assert requests_allowing_mentions(simcord_env) == []
