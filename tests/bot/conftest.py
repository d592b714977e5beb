"""The bot under test: built from the repository's seeds, run against SimCord's Discord."""
from __future__ import annotations

import pytest

from bot import create_bot
from bot.settings import PREFIX, Settings
from corpus import Index

from botsupport import DEV_GUILD, SEEDS


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    """Settings come from each test, never from the developer's shell."""
    import os

    for name in list(os.environ):
        if name.startswith(PREFIX):
            monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def seed_index():
    return Index.build(SEEDS)


@pytest.fixture
def overrides():
    """Settings a test changes, by parametrizing this fixture."""
    return {}


@pytest.fixture
def settings(tmp_path, overrides):
    values = dict(
        token="test-token-not-real",
        corpus_dir=SEEDS,
        index_path=tmp_path / "index.cbidx",
        dev_guild_id=DEV_GUILD,
        feedback_path=tmp_path / "feedback.jsonl",
        database_path=tmp_path / "corpus-bot.sqlite3",
        cooldown_rate=50,
    )
    values.update(overrides)
    return Settings(_env_file=None, **values)


@pytest.fixture
def index(seed_index):
    return seed_index


@pytest.fixture
def simcord_bot(settings, index):
    return create_bot(settings, index=index)


@pytest.fixture
def guild(simcord_env):
    return simcord_env.create_guild("Cinéma", id=DEV_GUILD)


@pytest.fixture
def channel(guild):
    return guild.create_text_channel("general")


@pytest.fixture
def alice(simcord_env, guild):
    return guild.add_member(simcord_env.create_user("alice"))


@pytest.fixture
def manager(simcord_env, guild):
    """Someone who manages the server (Manage Server), as opposed to a plain member."""
    import discord

    managers = guild.create_role("Managers", permissions=discord.Permissions(manage_guild=True))
    return guild.add_member(simcord_env.create_user("manager"), roles=[managers])
