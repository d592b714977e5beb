"""The bot keeps serving through Discord failures and its own errors."""
from __future__ import annotations

import logging

from botsupport import mention
from simcord import assert_error


async def test_a_failed_reply_is_logged_and_the_next_question_answered(simcord_env, channel, alice, caplog):
    simcord_env.inject_error("POST", "/channels/*/messages", status=500)

    with caplog.at_level(logging.WARNING, logger="bot"):
        await alice.send(channel, mention(simcord_env, "Qui est Heather-Ashley Boyer ?"))
    assert all(m.author.id != simcord_env.bot.user.id for m in channel.history())
    assert any("Discord refused to reply" in record.getMessage() for record in caplog.records)

    await alice.send(channel, mention(simcord_env, "Qui est Heather-Ashley Boyer ?"))

    assert "**Boyer**" in channel.last_message.embeds[0].description


async def test_a_rate_limited_interaction_response_is_logged_and_the_bot_goes_on(simcord_env, channel, alice, caplog):
    simcord_env.inject_error("POST", "/interactions/*/*/callback", status=429, message="You are being rate limited.")

    with caplog.at_level(logging.WARNING, logger="bot"):
        failed = await alice.slash(channel, "ask", question="Sora")
    answered = await alice.slash(channel, "ask", question="Sora")

    assert not failed.acknowledged
    assert any("Discord refused to answer interaction" in record.getMessage() for record in caplog.records)
    assert answered.response.embeds[0].title == "Sora"
    assert simcord_env.errors == []


async def test_an_error_inside_a_command_gets_an_apology_and_a_logged_traceback(simcord_env, channel, alice, caplog):
    async def broken_search(*args, **kwargs):
        raise RuntimeError("the engine broke")

    simcord_env.bot.library.search = broken_search

    with caplog.at_level(logging.ERROR, logger="bot"):
        result = await alice.slash(channel, "ask", question="Sora")

    assert result.ephemeral
    assert result.response.content == "Sorry, something went wrong on my side. Please try again in a moment."
    assert_error(simcord_env, RuntimeError)
    logged = next(record for record in caplog.records if record.name == "bot.errors")
    assert isinstance(logged.exc_info[1], RuntimeError)


async def test_an_error_while_answering_a_mention_gets_an_apology(simcord_env, channel, alice, caplog):
    async def broken_search(*args, **kwargs):
        raise RuntimeError("the engine broke")

    simcord_env.bot.library.search = broken_search

    with caplog.at_level(logging.ERROR, logger="bot"):
        await alice.send(channel, mention(simcord_env, "Qui est Tyler Perry ?"))

    assert channel.last_message.content == "Désolé, quelque chose s'est mal passé de mon côté. Réessayez dans un instant."
    assert any(record.exc_info for record in caplog.records if record.name == "bot.errors")
