"""A sharded bot answers in the guilds of its shards, and only those."""
from __future__ import annotations

import discord
import pytest
from botsupport import mention


@pytest.mark.parametrize("overrides", [{"shard_count": 2, "dev_guild_id": None}])
async def test_a_bot_running_two_shards_answers_in_guilds_of_both(simcord_env):
    answered = []
    for shard in (0, 1):
        guild = simcord_env.create_guild(f"Shard {shard}", shard_id=shard)
        channel = guild.create_text_channel("general")
        alice = guild.add_member(simcord_env.create_user(f"alice{shard}"))

        await alice.send(channel, mention(simcord_env, "Qui est Heather-Ashley Boyer ?"))

        answered.append("**Boyer**" in channel.last_message.embeds[0].description)
    assert isinstance(simcord_env.bot, discord.AutoShardedClient)
    assert sorted(simcord_env.bot.shards) == [0, 1]
    assert answered == [True, True]


@pytest.mark.parametrize("overrides", [{"shard_count": 2, "shard_ids": [1], "dev_guild_id": None}])
async def test_a_process_running_one_slice_of_shards_leaves_the_others_alone(simcord_env):
    mine = simcord_env.create_guild("Mine", shard_id=1)
    theirs = simcord_env.create_guild("Theirs", shard_id=0)
    channels = [mine.create_text_channel("general"), theirs.create_text_channel("general")]
    for guild, channel in zip((mine, theirs), channels):
        member = guild.add_member(simcord_env.create_user(f"reader-{guild.id}"))
        await member.send(channel, mention(simcord_env, "Qui est Heather-Ashley Boyer ?"))

    assert channels[0].last_message.author.id == simcord_env.bot.user.id
    assert channels[1].last_message.author.id != simcord_env.bot.user.id
    assert list(simcord_env.bot.shards) == [1]
