"""Starting the bot: settings from the environment and .env, and clear one-line errors."""
from __future__ import annotations

import os
import subprocess
import sys

import discord
import pytest
from botsupport import SEEDS

from bot import create_bot
from bot.cli import main
from bot.settings import SettingsError, load_settings

SECRET = "abc.secret-token-value"


@pytest.fixture(autouse=True)
def no_dotenv_here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def test_missing_token_is_named_in_one_line():
    with pytest.raises(SettingsError) as raised:
        load_settings()

    assert str(raised.value) == "CORPUS_BOT_TOKEN is missing: set it in the environment or in .env"


def test_run_without_token_prints_one_line_and_exits_2(capsys):
    code = main(["run"])

    err = capsys.readouterr().err
    assert code == 2
    assert err.splitlines() == ["corpus-bot: CORPUS_BOT_TOKEN is missing: set it in the environment or in .env"]


def test_python_m_bot_without_token_exits_2_without_traceback(tmp_path):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CORPUS_BOT_")}
    environment["PYTHONPATH"] = str(SEEDS.parent)

    done = subprocess.run([sys.executable, "-m", "bot"], cwd=tmp_path, env=environment, capture_output=True, text=True)

    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["corpus-bot: CORPUS_BOT_TOKEN is missing: set it in the environment or in .env"]


def test_bad_value_is_named_and_the_token_never_shown(monkeypatch, capsys):
    monkeypatch.setenv("CORPUS_BOT_TOKEN", SECRET)
    monkeypatch.setenv("CORPUS_BOT_COOLDOWN_SECONDS", "soon")

    code = main(["run"])

    err = capsys.readouterr().err
    assert code == 2
    assert len(err.splitlines()) == 1
    assert "CORPUS_BOT_COOLDOWN_SECONDS is invalid" in err
    assert SECRET not in err


def test_settings_are_read_from_dotenv_and_the_token_stays_hidden(tmp_path):
    (tmp_path / ".env").write_text(
        f"CORPUS_BOT_TOKEN={SECRET}\nCORPUS_BOT_LANGUAGE=EN\nCORPUS_BOT_SHARD_COUNT=4\nCORPUS_BOT_SHARD_IDS=2,3\n"
        "CORPUS_BOT_DEV_GUILD_ID=\nOTHER_TOOL_SETTING=1\n",
        encoding="utf-8",
    )

    settings = load_settings()

    assert settings.token.get_secret_value() == SECRET
    assert settings.language == "en"
    assert settings.shard_ids == [2, 3]
    assert settings.dev_guild_id is None
    assert SECRET not in repr(settings) and SECRET not in str(settings)


def test_environment_wins_over_dotenv(tmp_path, monkeypatch):
    (tmp_path / ".env").write_text("CORPUS_BOT_TOKEN=from-file\nCORPUS_BOT_LOG_LEVEL=debug\n", encoding="utf-8")
    monkeypatch.setenv("CORPUS_BOT_LOG_LEVEL", "warning")

    assert load_settings().log_level == "WARNING"


def test_shard_ids_out_of_range_are_refused(monkeypatch):
    monkeypatch.setenv("CORPUS_BOT_TOKEN", SECRET)
    monkeypatch.setenv("CORPUS_BOT_SHARD_COUNT", "2")
    monkeypatch.setenv("CORPUS_BOT_SHARD_IDS", "1,2")

    with pytest.raises(SettingsError, match="CORPUS_BOT_SHARD_IDS must be distinct numbers from 0 to 1"):
        load_settings()


def test_create_bot_reads_the_environment_and_does_not_start(monkeypatch):
    monkeypatch.setenv("CORPUS_BOT_TOKEN", SECRET)

    bot = create_bot()

    assert isinstance(bot, discord.ext.commands.Bot) and not isinstance(bot, discord.AutoShardedClient)
    assert not bot.is_ready() and not bot.is_closed()
    assert not bot.intents.message_content and not bot.intents.members and not bot.intents.presences
    assert bot.allowed_mentions.to_dict() == {"parse": []}


def test_create_bot_with_shards_is_auto_sharded(monkeypatch):
    monkeypatch.setenv("CORPUS_BOT_TOKEN", SECRET)
    monkeypatch.setenv("CORPUS_BOT_SHARD_COUNT", "4")
    monkeypatch.setenv("CORPUS_BOT_SHARD_IDS", "0,1")

    bot = create_bot()

    assert isinstance(bot, discord.AutoShardedClient)
    assert (bot.shard_count, bot.shard_ids) == (4, [0, 1])


def test_the_corpus_commands_do_not_load_discord():
    code = "import sys, bot, bot.cli; print('discord' in sys.modules)"

    done = subprocess.run([sys.executable, "-c", code], cwd=SEEDS.parent, capture_output=True, text=True)

    assert done.stdout.strip() == "False"
