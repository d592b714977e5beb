"""In a thread the bot answered, a short follow-up is read with the thread's previous question."""
from __future__ import annotations

from botsupport import mention, open_forum_post


def last_reply(env, thread):
    return [m for m in thread.history() if m.author.id == env.bot.user.id][-1]


async def test_a_short_follow_up_is_read_with_the_posts_question(simcord_env, guild, channel, manager, alice):
    forum = guild.create_forum_channel("aide")
    await manager.slash(channel, "channels add", channel=forum)
    post = await open_forum_post(simcord_env, forum, alice, "Boyer", "Qui est Heather-Ashley Boyer ?")

    await alice.send(post, mention(simcord_env, "et pour Sony ?"))
    sony = last_reply(simcord_env, post)
    await alice.send(post, mention(simcord_env, "pourquoi ?"))
    why = last_reply(simcord_env, post)

    # The new name takes the old one's place, and the reply says after which question.
    assert sony.content == "Question comprise : « Qui est Sony ? » (à la suite de « Qui est Heather-Ashley Boyer ? »)"
    assert "**Sony** Pictures" in sony.embeds[0].description
    assert why.content == "Question comprise : « Qui est Sony ? pourquoi ? »"
    assert "**Sony**" in why.embeds[0].description  # "pourquoi ?" alone would find nothing


async def test_follow_ups_chain_and_a_full_question_starts_afresh(simcord_env, guild, manager, alice):
    help_channel = guild.create_text_channel("questions")
    await manager.slash(help_channel, "channels add", channel=help_channel)
    await alice.send(help_channel, "Qui est Heather-Ashley Boyer ?")
    [thread] = help_channel.threads

    await alice.send(thread, mention(simcord_env, "what about Sony?"))
    first = last_reply(simcord_env, thread)
    await alice.send(thread, mention(simcord_env, "Quelles sont les inquiétudes des syndicats d'acteurs à Hollywood ?"))
    fresh = last_reply(simcord_env, thread)

    assert first.content == "I understood: “Qui est Sony ?” (following “Qui est Heather-Ashley Boyer ?”)"
    assert fresh.content == ""
    assert fresh.embeds[0].title == "Quelles sont les inquiétudes des syndicats d'acteurs à Hollywood ?"


async def test_a_short_mention_outside_an_answered_thread_is_a_question_of_its_own(simcord_env, channel, alice):
    await alice.send(channel, mention(simcord_env, "Sora ?"))

    reply = channel.last_message
    assert reply.content == ""
    assert reply.embeds[0].title == "Sora ?"
