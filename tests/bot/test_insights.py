"""Managers read what people asked and what the documents did not answer: /insights and the terminal."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from botsupport import mention, open_to_everyone

from bot import create_bot


async def ask_a_few_questions(env, channel, alice):
    await alice.slash(channel, "ask", question="Qui est Heather-Ashley Boyer ?")
    await alice.send(channel, mention(env, "Qui est Heather-Ashley Boyer ?"))
    await alice.slash(channel, "ask", question="Comment faire une pizza napolitaine ?")
    await alice.send(channel, mention(env, "pizza napolitaine : comment faire ?"))
    await alice.slash(channel, "ask", question="Quel temps fera-t-il demain ?")
    voted = await alice.slash(channel, "ask", question="Sora")
    down = next(c.custom_id for row in voted.response.message.components for c in row.children if c.custom_id.endswith(":down"))
    await alice.click(voted.response.message, custom_id=down)


async def test_insights_show_the_weeks_questions_privately_to_a_manager(simcord_env, channel, alice, manager):
    await ask_a_few_questions(simcord_env, channel, alice)

    result = await manager.slash(channel, "insights")

    assert result.ephemeral
    embed = result.response.embeds[0]
    assert embed.title == "Questions of the last 7 days"
    summary, unanswered, most_asked, voted_down = embed.description.split("\n\n")
    assert summary == "6 question(s) asked, 3 answered by the documents."
    assert unanswered.splitlines() == [
        "**Not answered by the documents (similar questions grouped)**",
        "**2** × Comment faire une pizza napolitaine ? (also: pizza napolitaine : comment faire ?)",
        "**1** × Quel temps fera-t-il demain ?",
    ]
    assert most_asked.splitlines()[:2] == ["**Most asked**", "**2** × Qui est Heather-Ashley Boyer ?"]
    assert voted_down.splitlines() == ["**Answers voted 👎**", "**1** × Sora"]


async def test_insights_are_refused_to_a_plain_member(simcord_env, guild, channel, alice):
    assert "insights" not in alice.available_commands(channel)
    open_to_everyone(simcord_env, guild, "insights")

    result = await alice.slash(channel, "insights", days=30)

    assert result.ephemeral
    assert result.response.content == "Only the bot's owner and people who manage this server can do that."


async def test_a_server_sees_only_its_own_questions(simcord_env, channel, alice, manager):
    await alice.send_dm("Comment faire une pizza ?")
    await alice.slash(channel, "ask", question="Qui est Heather-Ashley Boyer ?")

    embed = (await manager.slash(channel, "insights", days=30)).response.embeds[0]

    assert embed.description.startswith("1 question(s) asked, 1 answered by the documents.")
    assert "pizza" not in embed.description


async def test_a_restart_keeps_the_insights(simcord_env, channel, alice, manager, settings, index):
    await ask_a_few_questions(simcord_env, channel, alice)

    await simcord_env.restart_bot(create_bot(settings, index=index))
    embed = (await manager.slash(channel, "insights", days=30)).response.embeds[0]

    assert embed.title == "Questions of the last 30 days"
    assert embed.description.startswith("6 question(s) asked, 3 answered by the documents.")
    assert "**2** × Comment faire une pizza napolitaine ?" in embed.description


async def test_the_terminal_prints_the_same_report_and_writes_csv(simcord_env, channel, alice, settings, tmp_path):
    await ask_a_few_questions(simcord_env, channel, alice)
    env = {**os.environ, "CORPUS_BOT_DATABASE_PATH": str(settings.database), "PYTHONUTF8": "1"}
    corpus_bot = [str(Path(sys.executable).with_name("corpus-bot")), "insights"]

    shown = subprocess.run([*corpus_bot, "--days", "7"], capture_output=True, text=True, env=env, cwd=tmp_path)
    written = subprocess.run([*corpus_bot, "--csv", "week.csv"], capture_output=True, text=True, env=env, cwd=tmp_path)
    again = subprocess.run([*corpus_bot, "--csv", "week.csv"], capture_output=True, text=True, env=env, cwd=tmp_path)

    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("Last 7 days: 6 questions, 3 answered.")
    assert "     2 × Comment faire une pizza napolitaine ?  (also: pizza napolitaine : comment faire ?)" in shown.stdout
    rows = (tmp_path / "week.csv").read_text(encoding="utf-8").splitlines()
    assert written.returncode == 0 and rows[0] == "section,count,question,variants"
    assert "unanswered,2,Comment faire une pizza napolitaine ?,pizza napolitaine : comment faire ?" in rows
    assert again.returncode == 2 and "exists" in again.stderr and "Traceback" not in again.stderr


async def test_a_busy_month_still_fits_in_one_message(simcord_env, guild, channel, manager):
    for n in range(40):
        question = f"Question numéro {n} sur un sujet que les documents ignorent " + "très " * 60 + "?"
        simcord_env.bot.store.record_question(question, guild_id=guild.id, path="slash", answered=False,
                                              confidence=0.0, documents=[])

    embed = (await manager.slash(channel, "insights", days=30)).response.embeds[0]

    assert len(embed.description) <= 4096
    lines = embed.description.splitlines()
    assert lines[0] == "40 question(s) asked, 0 answered by the documents."
    assert all(line.count("**") % 2 == 0 for line in lines)  # no line cut inside its bold count
