"""Discord failing (500) or rate limiting (429) on any send path: logged, never a crash, the next question answered."""
from __future__ import annotations

import logging

import pytest
from botsupport import mention


async def ask_in_channel(env, channel, alice, status):
    await alice.send(channel, mention(env, "Qui est Tyler Perry ?"))


async def ask_in_dm(env, channel, alice, status):
    await alice.send_dm("Qui est Tyler Perry ?")


async def slash(env, channel, alice, status):
    await alice.slash(channel, "ask", question="Qui est Tyler Perry ?")


async def slash_refused(env, channel, alice, status):
    await alice.slash(channel, "ask", question="   ")


async def sources(env, channel, alice, status):
    await alice.slash(channel, "sources")


async def more_results(env, channel, alice, status):
    asked = await alice.slash(channel, "ask", question="Sora")
    env.inject_error("*", "/interactions/*/*/callback", status=status, times=1)
    await alice.click(asked.response.message, label="More results")


async def passage(env, channel, alice, status):
    asked = await alice.slash(channel, "ask", question="Sora")
    env.inject_error("*", "/interactions/*/*/callback", status=status, times=1)
    await alice.click(asked.response.message, label="Passage 1")


PATHS = [
    ("POST", "/channels/*/messages", ask_in_channel),
    ("POST", "/channels/*/messages", ask_in_dm),
    ("POST", "/interactions/*/*/callback", slash),
    ("POST", "/interactions/*/*/callback", slash_refused),
    ("POST", "/interactions/*/*/callback", sources),
    (None, None, more_results),
    (None, None, passage),
]


@pytest.mark.parametrize("status", [500, 429])
@pytest.mark.parametrize("method, path, action", PATHS, ids=[f"{p[2].__name__}-{p[1]}" for p in PATHS])
async def test_a_refused_send_is_logged_and_the_bot_goes_on(simcord_env, channel, alice, caplog, status, method, path, action):
    if path:
        simcord_env.inject_error(method, path, status=status, times=1)

    with caplog.at_level(logging.WARNING, logger="bot"):
        await action(simcord_env, channel, alice, status)
        answered = await alice.slash(channel, "ask", question="Qui est Heather-Ashley Boyer ?")

    assert simcord_env.errors == []
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "**Boyer**" in answered.response.embeds[0].description
