"""Managers choose help channels and forums; the bot answers there by itself, only when confident."""
from __future__ import annotations

import logging

import discord
import pytest

from botsupport import BOYER_DOC, mention, open_forum_post, open_to_everyone, requests_allowing_mentions

from bot import create_bot


def bot_messages(env, channel) -> list:
    """What the bot wrote there (not the notice Discord adds when a thread starts)."""
    written = (discord.MessageType.default, discord.MessageType.reply)
    return [m for m in channel.history() if m.author.id == env.bot.user.id and m.type in written]


async def test_a_forum_post_is_answered_in_its_thread_and_an_off_topic_post_is_left_alone(
    simcord_env, guild, channel, manager, alice, index
):
    forum = guild.create_forum_channel("aide")
    added = await manager.slash(channel, "channels add", channel=forum)
    assert added.ephemeral and added.response.content.startswith("Noted: I now answer by myself in")

    answered = await open_forum_post(simcord_env, forum, alice, "Heather-Ashley Boyer", "Qui est Heather-Ashley Boyer ?")
    ignored = await open_forum_post(simcord_env, forum, alice, "Pizza", "Comment faire une pizza napolitaine ?")

    [answer] = bot_messages(simcord_env, answered)
    assert "**Boyer**" in answer.embeds[0].description
    assert f"— {index.source(BOYER_DOC).title}" in answer.embeds[0].description
    assert bot_messages(simcord_env, ignored) == []
    assert requests_allowing_mentions(simcord_env) == []


async def test_a_message_in_a_help_channel_gets_its_answer_in_a_new_thread(simcord_env, guild, manager, alice):
    help_channel = guild.create_text_channel("questions")
    await manager.slash(help_channel, "channels add", channel=help_channel)

    asked = await alice.send(help_channel, "Qui est Heather-Ashley Boyer ?")
    await alice.send(help_channel, "Merci à tous, bonne journée")

    assert bot_messages(simcord_env, help_channel) == []  # nothing posted in the channel itself
    [thread] = help_channel.threads
    assert thread.id == asked.id  # the thread hangs on the question
    [answer] = bot_messages(simcord_env, thread)
    assert "**Boyer**" in answer.embeds[0].description


async def test_the_asker_can_still_mention_the_bot_when_it_stayed_silent(simcord_env, guild, manager, alice):
    forum = guild.create_forum_channel("aide")
    await manager.slash(guild.create_text_channel("admin"), "channels add", channel=forum)
    post = await open_forum_post(simcord_env, forum, alice, "Météo", "Quel temps fera-t-il demain ?")
    assert bot_messages(simcord_env, post) == []

    await alice.send(post, mention(simcord_env, "Quel temps fera-t-il demain ?"))

    [reply] = bot_messages(simcord_env, post)
    assert reply.embeds[0].description.startswith("Je n'ai rien trouvé")


async def test_channels_are_listed_and_removed_by_managers_only(simcord_env, guild, channel, manager, alice):
    forum = guild.create_forum_channel("aide")
    await manager.slash(channel, "channels add", channel=forum)
    await manager.slash(channel, "channels add", channel=channel)

    listed = await manager.slash(channel, "channels list")
    hidden = "channels add" not in alice.available_commands(channel)
    open_to_everyone(simcord_env, guild, "channels")
    refused = await alice.slash(channel, "channels add", channel=channel)
    removed = await manager.slash(channel, "channels remove", channel=forum)
    after = await manager.slash(channel, "channels list")

    assert listed.ephemeral and listed.response.content.startswith(f"I answer by myself in: {forum.mention}, {channel.mention}")
    assert hidden and refused.ephemeral
    assert refused.response.content == "Only the bot's owner and people who manage this server can do that."
    assert removed.response.content.startswith(f"I no longer answer by myself in {forum.mention}")
    assert after.response.content.startswith(f"I answer by myself in: {channel.mention}")
    post = await open_forum_post(simcord_env, forum, alice, "Boyer", "Qui est Heather-Ashley Boyer ?")
    assert bot_messages(simcord_env, post) == []


async def test_without_message_content_the_manager_is_told_how_to_enable_it(simcord_env, guild, channel, manager):
    forum = guild.create_forum_channel("aide")

    added = await manager.slash(channel, "channels add", channel=forum)

    assert "Message Content" in added.response.content
    assert "Privileged Gateway Intents" in added.response.content


async def test_a_restart_keeps_the_channel_choice(simcord_env, guild, manager, alice, settings, index):
    help_channel = guild.create_text_channel("questions")
    await manager.slash(help_channel, "channels add", channel=help_channel)

    await simcord_env.restart_bot(create_bot(settings, index=index))
    await alice.send(help_channel, "Qui est Heather-Ashley Boyer ?")

    listed = await manager.slash(help_channel, "channels list")
    assert listed.response.content.startswith(f"I answer by myself in: {help_channel.mention}")
    [thread] = help_channel.threads
    assert "**Boyer**" in bot_messages(simcord_env, thread)[0].embeds[0].description


@pytest.mark.simcord(approved_intents=discord.Intents.default())
async def test_with_message_content_off_in_the_portal_the_bot_starts_and_says_so_in_one_log_line(
    simcord_env, guild, channel, manager, alice, settings, index, caplog
):
    forum = guild.create_forum_channel("aide")
    await manager.slash(channel, "channels add", channel=forum)

    with caplog.at_level(logging.WARNING, logger="bot"):
        await simcord_env.restart_bot(create_bot(settings, index=index))
    post = await open_forum_post(simcord_env, forum, alice, "Qui est Heather-Ashley Boyer ?", "Bonjour, une question")

    [line] = [r.getMessage() for r in caplog.records if "Message Content" in r.getMessage()]
    assert "Privileged Gateway Intents" in line
    assert not simcord_env.bot.intents.message_content
    assert "**Boyer**" in bot_messages(simcord_env, post)[0].embeds[0].description  # from the title alone


async def test_the_same_bot_logged_in_again_keeps_its_channels_and_commands(simcord_env, guild, channel, manager, alice):
    forum = guild.create_forum_channel("aide")
    await manager.slash(channel, "channels add", channel=forum)

    await simcord_env.restart_bot()
    post = await open_forum_post(simcord_env, forum, alice, "Boyer", "Qui est Heather-Ashley Boyer ?")

    assert "**Boyer**" in bot_messages(simcord_env, post)[0].embeds[0].description
    listed = await manager.slash(channel, "channels list")
    assert listed.response.content.startswith(f"I answer by myself in: {forum.mention}")


async def test_replies_in_an_answered_post_are_not_answered_again_after_a_restart(
    simcord_env, guild, channel, manager, alice, settings, index
):
    bob = guild.add_member(simcord_env.create_user("bob"))
    forum = guild.create_forum_channel("aide")
    await manager.slash(channel, "channels add", channel=forum)
    post = await open_forum_post(simcord_env, forum, alice, "Boyer", "Qui est Heather-Ashley Boyer ?")
    await alice.send(post, "Merci !")

    await simcord_env.restart_bot(create_bot(settings, index=index))
    await bob.send(post, "Qui est Heather-Ashley Boyer exactement ?")

    assert len(bot_messages(simcord_env, post)) == 1


async def test_discords_notice_of_a_new_thread_is_not_taken_for_a_question(simcord_env, guild, manager, alice):
    help_channel = guild.create_text_channel("questions")
    await manager.slash(help_channel, "channels add", channel=help_channel)

    simcord_env.backend.create_thread(help_channel.id, "Qui est Heather-Ashley Boyer ?", alice.id)
    await simcord_env.settle()

    notices = [m for m in help_channel.history() if m.type is discord.MessageType.thread_created]
    assert len(notices) == 1
    assert [t.name for t in help_channel.threads] == ["Qui est Heather-Ashley Boyer ?"]  # none started by the bot


async def test_a_deleted_help_channel_leaves_the_list(simcord_env, guild, channel, manager):
    forum = guild.create_forum_channel("aide")
    await manager.slash(channel, "channels add", channel=forum)

    simcord_env.backend.delete_channel(forum.id)
    await simcord_env.settle()
    listed = await manager.slash(channel, "channels list")

    assert listed.response.content == "I answer by myself in no channel of this server. Add one with `/channels add`."


@pytest.mark.parametrize("overrides", [{"auto_answer_confidence": 1.0}])
async def test_an_uncertain_answer_stays_silent_in_a_forum_though_a_mention_gets_it(simcord_env, guild, channel, manager, alice):
    forum = guild.create_forum_channel("aide")
    await manager.slash(channel, "channels add", channel=forum)

    post = await open_forum_post(simcord_env, forum, alice, "Hollywood", "Que pense Hollywood de Sora ?")
    assert bot_messages(simcord_env, post) == []
    await alice.send(post, mention(simcord_env, "Que pense Hollywood de Sora ?"))

    [reply] = bot_messages(simcord_env, post)
    assert "\n> " in reply.embeds[0].description  # the excerpts, under the word that it is unsure
    assert "confiance" in reply.embeds[0].footer.text and "élevée" not in reply.embeds[0].footer.text


async def test_chatter_and_guesses_stay_silent_in_a_help_channel(simcord_env, guild, manager, alice):
    help_channel = guild.create_text_channel("questions")
    await manager.slash(help_channel, "channels add", channel=help_channel)

    for chatter in ("Merci beaucoup pour ton aide !", "Quelle heure est-il ?", "thanks a lot, that helped!"):
        await alice.send(help_channel, chatter)
    await alice.send(help_channel, "Les studios redoutent-ils Sora ?")  # a guess, when asked

    assert help_channel.threads == [] and bot_messages(simcord_env, help_channel) == []
    await alice.send(help_channel, mention(simcord_env, "Les studios redoutent-ils Sora ?"))
    [reply] = [m for place in (help_channel, *help_channel.threads) for m in bot_messages(simcord_env, place)]
    assert reply.embeds[0].description.startswith("Je n'en suis pas sûr, mais")
