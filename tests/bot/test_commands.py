"""Slash commands are published with their French names and descriptions beside the English ones."""
from __future__ import annotations


def synced_commands(env) -> dict[str, dict]:
    put = [entry for entry in env.http_requests if entry.method == "PUT" and entry.path.endswith("/commands")]
    return {command["name"]: command for command in put[-1].json}


async def test_commands_carry_french_names_and_descriptions(simcord_env, channel, alice):
    commands = synced_commands(simcord_env)

    assert set(commands) == {
        "ask", "sources", "source", "reload", "channels", "insights", "Ask the documents", "Ask the documents privately"
    }
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


async def test_the_message_menu_and_the_managers_commands_are_named_in_french_too(simcord_env):
    commands = synced_commands(simcord_env)

    assert commands["Ask the documents"]["type"] == 3  # a message command: right-click → Apps
    assert commands["Ask the documents"]["name_localizations"]["fr"] == "Demander aux documents"
    assert commands["Ask the documents privately"]["name_localizations"]["fr"] == "Demander aux documents (en privé)"
    assert commands["insights"]["name_localizations"]["fr"] == "bilan"
    add = next(option for option in commands["channels"]["options"] if option["name"] == "add")
    assert add["name_localizations"]["fr"] == "ajouter"
    assert add["options"][0]["name_localizations"]["fr"] == "salon"
