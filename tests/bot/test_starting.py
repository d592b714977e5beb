"""Starting the bot from the command line: every way it can fail is one line and an exit code of its own."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).with_name("corpus-bot")
WELL_FORMED = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbcde.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL"  # shaped right, not real


def start(tmp_path: Path, *args: str, token: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CORPUS_BOT_")}
    env.update(XDG_CACHE_HOME=str(tmp_path / "cache"), PYTHONUTF8="1")
    if token is not None:
        env["CORPUS_BOT_TOKEN"] = token
    return subprocess.run([str(SCRIPT), *args], cwd=tmp_path, env=env, capture_output=True, timeout=120)


@pytest.mark.parametrize("command", ["run", "sync"])
def test_a_missing_token_is_one_line_naming_the_setting(tmp_path, command):
    done = start(tmp_path, command, token=None)

    assert done.returncode == 2
    assert done.stderr.decode().strip() == "corpus-bot: CORPUS_BOT_TOKEN is missing: set it in the environment or in .env"


@pytest.mark.parametrize("token", ["abc", "  " + WELL_FORMED + " x", "https://discord.com/api"])
def test_a_malformed_token_is_refused_before_connecting_and_never_shown(tmp_path, token):
    done = start(tmp_path, "run", token=token)

    err = done.stderr.decode()
    assert done.returncode == 3
    assert err.startswith("corpus-bot: CORPUS_BOT_TOKEN does not look like a bot token")
    assert len(err.strip().splitlines()) == 1 and token.strip() not in err


@pytest.mark.parametrize("command", ["run", "sync"])
def test_an_unusable_token_ends_in_one_line_with_or_without_network(tmp_path, command):
    done = start(tmp_path, command, token=WELL_FORMED)

    err = done.stderr.decode()
    # Without network: Discord cannot be reached (4); with it, Discord refuses the token (3).
    assert done.returncode in (3, 4), err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert ("cannot reach Discord" in err) if done.returncode == 4 else ("refused the token" in err)
    assert WELL_FORMED not in err and done.stdout == b""
    assert "\x1b[" not in err  # no colour codes when stderr is not a terminal
