"""Slash commands are published with their French names and descriptions beside the English ones."""
from __future__ import annotations


def synced_commands(env) -> dict[str, dict]:
    put = [entry for entry in env.http_requests if entry.method == "PUT" and entry.path.endswith("/commands")]
    return {command["name"]: command for command in put[-1].json}


async def test_commands_carry_french_names_and_descriptions(simcord_env, channel, alice):
    commands = synced_commands(simcord_env)

    assert set(commands) == {"ask", "sources", "source", "reload"}
    ask = commands["ask"]
    assert ask["description"] == "Ask the documents a question"
    assert ask["name_localizations"]["fr"] == "demander"
    assert ask["description_localizations"]["fr"] == "Poser une question aux documents"
    options = {option["name"]: option for option in ask["options"]}
    assert options["private"]["name_localizations"]["fr"] == "prive"
    assert options["question"]["description_localizations"]["fr"].startswith("Ce que vous voulez savoir")
    assert commands["reload"]["name_localizations"]["fr"] == "relire"
    assert "/" not in ask["description"]  # one language per field, not "EN / FR"
    answered = await alice.slash(channel, "ask", question="Sora")
    assert answered.response.embeds[0].title == "Sora"
