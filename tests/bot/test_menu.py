"""Right-click a message → Apps → "Ask the documents": the bot answers that message where it stands."""
from __future__ import annotations

import discord
from botsupport import BOYER_DOC, requests_allowing_mentions


async def test_asking_about_another_members_message_answers_it_as_a_reply(simcord_env, channel, alice, guild, index):
    bob = guild.add_member(simcord_env.create_user("bob"))
    question = await bob.send(channel, "Qui est Heather-Ashley Boyer ?")

    result = await alice.context_menu(channel, "Ask the documents", question)

    answer = channel.last_message
    assert answer.author.id == simcord_env.bot.user.id
    assert answer.reference.message_id == question.id
    assert "**Heather**-**Ashley** **Boyer**" in answer.embeds[0].description
    assert f"— {index.source(BOYER_DOC).title}" in answer.embeds[0].description
    assert result.ephemeral and result.response.content.startswith("I answered under the message: https://")
    assert requests_allowing_mentions(simcord_env) == []


async def test_the_private_menu_shows_the_answer_to_the_invoker_only(simcord_env, channel, alice, guild):
    bob = guild.add_member(simcord_env.create_user("bob"))
    question = await bob.send(channel, "Qui est Heather-Ashley Boyer ?")

    result = await alice.context_menu(channel, "Ask the documents privately", question)

    assert result.ephemeral
    assert "**Boyer**" in result.response.embeds[0].description
    assert channel.history(viewer=bob)[-1].id == question.id


async def test_someone_who_may_not_post_there_gets_the_answer_privately(simcord_env, guild, alice):
    bob = guild.add_member(simcord_env.create_user("bob"))
    announcements = guild.create_text_channel(
        "annonces", overwrites={alice: discord.PermissionOverwrite(send_messages=False)}
    )
    question = await bob.send(announcements, "Qui est Heather-Ashley Boyer ?")

    result = await alice.context_menu(announcements, "Ask the documents", question)

    assert result.ephemeral
    assert "**Boyer**" in result.response.embeds[0].description
    assert announcements.last_message.id == question.id


async def test_a_message_without_text_gets_a_clear_word(simcord_env, channel, alice, guild):
    bob = guild.add_member(simcord_env.create_user("bob"))
    picture = await bob.send(channel, "", attachments=[("affiche.png", b"\x89PNG\r\n\x1a\n")])

    result = await alice.context_menu(channel, "Ask the documents", picture)

    assert result.ephemeral
    assert result.response.content.startswith("This message has no text I can look up in the documents")
    assert channel.last_message.id == picture.id
