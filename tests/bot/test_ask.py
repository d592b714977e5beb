"""People ask with /ask, by mentioning the bot, or in a DM, and read quoted excerpts with sources."""
from __future__ import annotations

import pytest
from botsupport import BOYER_DOC, mention, requests_allowing_mentions, text_requests


async def test_ask_quotes_the_excerpt_with_matched_words_in_bold_and_its_source(simcord_env, channel, alice, index):
    result = await alice.slash(channel, "ask", question="Qui est Heather-Ashley Boyer ?")

    assert not result.ephemeral
    embed = result.response.embeds[0]
    assert embed.title == "Qui est Heather-Ashley Boyer ?"
    assert "> " in embed.description
    assert "**Heather**-**Ashley** **Boyer**" in embed.description
    assert f"— {index.source(BOYER_DOC).title}" in embed.description
    assert f"{BOYER_DOC}.txt" in embed.description.replace("\\_", "_")  # the file it comes from
    assert "¶ " in embed.description
    assert embed.footer.text == "1 excerpt(s) of 1 matching passage(s) · confidence high"


async def test_a_weak_match_is_answered_with_a_warning_above_the_excerpts(channel, alice):
    result = await alice.slash(channel, "ask", question="Les studios redoutent-ils Sora ?")

    embed = result.response.embeds[0]
    assert embed.description.startswith("I'm not sure, but this is the closest the documents come:")
    assert "> " in embed.description
    assert embed.footer.text.endswith("confidence low")


async def test_private_question_is_answered_only_to_the_asker(simcord_env, channel, alice, guild):
    bob = guild.add_member(simcord_env.create_user("bob"))

    result = await alice.slash(channel, "ask", question="Qui est Heather-Ashley Boyer ?", private=True)

    assert result.ephemeral
    assert "**Boyer**" in result.response.embeds[0].description
    assert len(channel.history(viewer=alice)) == len(channel.history(viewer=bob)) + 1


async def test_question_the_documents_cannot_answer_gets_the_list_of_known_documents(channel, alice, index):
    result = await alice.slash(channel, "ask", question="Comment faire une pizza napolitaine ?")

    embed = result.response.embeds[0]
    assert embed.description.startswith("I found nothing in the documents")
    assert "These are the documents I know:" in embed.description
    assert all(f"• {source.title}" in embed.description for source in index.sources)
    assert result.response.message.components == []


async def test_empty_question_gets_a_usage_line(channel, alice):
    result = await alice.slash(channel, "ask", question="   ")

    assert result.ephemeral
    assert result.response.content.startswith("Ask me a question about the documents")


async def test_too_long_question_is_refused_clearly(channel, alice, settings):
    question = "Sora " * 100

    result = await alice.slash(channel, "ask", question=question)

    assert result.ephemeral
    assert result.response.content == (
        f"This question is too long ({len(question.strip())} characters): "
        f"{settings.max_question_length} at most, please."
    )


@pytest.mark.parametrize("overrides", [{"max_question_length": 1500}])
async def test_a_longest_question_setting_above_the_engines_is_capped_by_it(channel, alice, caplog):
    question = "Sora " * 239 + "Sora"

    result = await alice.slash(channel, "ask", question=question)

    assert result.ephemeral
    assert result.response.content == "This question is too long (1199 characters): 1000 at most, please."
    assert not [record for record in caplog.records if record.levelname == "ERROR"]


@pytest.mark.parametrize("overrides", [{"cooldown_rate": 2, "cooldown_seconds": 60}])
async def test_a_burst_of_questions_is_slowed_down_for_that_user_only(simcord_env, channel, alice, guild):
    bob = guild.add_member(simcord_env.create_user("bob"))
    for _ in range(2):
        await alice.slash(channel, "ask", question="Sora")

    third = await alice.slash(channel, "ask", question="Sora")
    other = await bob.slash(channel, "ask", question="Sora")

    assert third.ephemeral
    assert third.response.content.startswith("Easy! You can ask again in ")
    assert third.response.content.endswith(" s.")
    assert other.response.embeds[0].title == "Sora"


@pytest.mark.parametrize("overrides", [{"cooldown_rate": 1, "cooldown_seconds": 60}])
async def test_a_burst_of_mentions_gets_a_short_reply(simcord_env, channel, alice):
    await alice.send(channel, mention(simcord_env, "Qui est Tyler Perry ?"))

    await alice.send(channel, mention(simcord_env, "Et Sora ?"))

    assert channel.last_message.content.startswith("Doucement ! Vous pourrez reposer une question dans ")
    assert channel.last_message.embeds == []


async def test_mention_in_french_gets_a_reply_in_french_without_pinging(simcord_env, channel, alice):
    question = await alice.send(channel, mention(simcord_env, "Qui est Heather-Ashley Boyer ?"))

    reply = channel.last_message
    assert reply.author.id == simcord_env.bot.user.id
    assert reply.reference.message_id == question.id
    assert reply.embeds[0].description.startswith("Voici ce que disent les documents :")
    assert "**Boyer**" in reply.embeds[0].description
    assert "confiance élevée" in reply.embeds[0].footer.text
    assert text_requests(simcord_env)
    assert requests_allowing_mentions(simcord_env) == []


async def test_mention_in_english_gets_the_bots_words_in_english_and_excerpts_verbatim(simcord_env, channel, alice):
    await alice.send(channel, mention(simcord_env, "Who is Tyler Perry?"))

    embed = channel.last_message.embeds[0]
    assert embed.description.startswith("Here is what the documents say:")
    assert "**Perry**" in embed.description
    assert "Tyler" in embed.description and "studio" in embed.description  # French text, untranslated


async def test_a_bare_mention_gets_the_usage_line(simcord_env, channel, alice):
    await alice.send(channel, simcord_env.bot.user.mention)

    assert channel.last_message.content.startswith("Posez-moi une question sur les documents")


async def test_direct_message_is_answered_in_the_dm(simcord_env, alice):
    await alice.send_dm("Qui est Heather-Ashley Boyer ?")

    reply = alice.user.dm_channel.history()[-1]
    assert reply.author.id == simcord_env.bot.user.id
    assert "**Heather**" in reply.embeds[0].description


async def test_messages_without_a_mention_and_from_bots_are_ignored(simcord_env, channel, alice, guild):
    other_bot = guild.add_member(simcord_env.create_user("helper", bot=True))

    await alice.send(channel, "Qui est Heather-Ashley Boyer ?")
    await other_bot.send(channel, mention(simcord_env, "Qui est Heather-Ashley Boyer ?"))

    assert all(message.author.id != simcord_env.bot.user.id for message in channel.history())


async def test_markdown_and_mentions_in_a_question_are_shown_inert(simcord_env, channel, alice, guild):
    role = guild.create_role("Staff")
    question = f"**Sora** @everyone <@&{role.id}> {alice.mention} ?"

    await alice.send(channel, mention(simcord_env, question))

    title = channel.last_message.embeds[0].title
    assert title.startswith("\\*\\*Sora\\*\\*")
    assert "@everyone" not in title and "@\u200beveryone" in title
    assert f"<@&{role.id}>" not in title and f"<@{alice.id}>" not in title
    assert requests_allowing_mentions(simcord_env) == []
