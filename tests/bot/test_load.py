"""A question acknowledged first ("thinking…") always ends in an answer or an apology, never waits forever."""
from __future__ import annotations

import logging

import pytest


@pytest.fixture
def index():
    """No index yet: the first question opens the corpus, which may be slow, so it is deferred."""
    return None


async def test_a_failed_follow_up_is_retried_then_the_waiting_message_says_sorry(simcord_env, channel, alice):
    simcord_env.inject_error("POST", "/webhooks/*/*", status=500, times=2)

    result = await alice.slash(channel, "ask", question="Qui est Tyler Perry ?")

    assert result.acknowledged and result.followups == []
    assert result.response.content == "Sorry, something went wrong on my side. Please try again in a moment."


async def test_a_follow_up_that_fails_once_is_sent_on_the_second_try(simcord_env, channel, alice):
    simcord_env.inject_error("POST", "/webhooks/*/*", status=500, times=1)

    result = await alice.slash(channel, "ask", question="Qui est Tyler Perry ?")

    assert "**Perry**" in result.response.embeds[0].description  # the answer took the waiting message's place


async def test_a_refused_deferral_still_gets_the_answer_as_first_response(simcord_env, channel, alice):
    simcord_env.inject_error("POST", "/interactions/*/*/callback", status=500, times=1)

    result = await alice.slash(channel, "ask", question="Qui est Tyler Perry ?")

    assert "**Perry**" in result.response.embeds[0].description
    assert simcord_env.errors == []


async def test_when_discord_refuses_everything_after_the_deferral_the_bot_logs_and_goes_on(
    simcord_env, channel, alice, caplog
):
    simcord_env.inject_error("POST", "/webhooks/*/*", status=500, times=2)
    simcord_env.inject_error("PATCH", "/webhooks/*/*/messages/*", status=429, times=1)

    with caplog.at_level(logging.WARNING, logger="bot"):
        await alice.slash(channel, "ask", question="Qui est Tyler Perry ?")
        again = await alice.slash(channel, "ask", question="Qui est Heather-Ashley Boyer ?")

    assert any("replace the waiting message" in record.getMessage() for record in caplog.records)
    assert "**Boyer**" in again.response.embeds[0].description
    assert simcord_env.errors == []
