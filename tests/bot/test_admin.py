"""Server managers re-read the corpus with /reload and see what changed."""
from __future__ import annotations

import logging
import shutil

import pytest
from botsupport import SEEDS, unescape

from bot import create_bot

REMOVED = "003_468a1f8532fb1d42"
NEW_DOCUMENT = "Le festival de Cannes accueille Sora\n\nLe festival de Cannes projette des films générés par Sora.\n"


@pytest.fixture
def corpus_dir(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def overrides(corpus_dir):
    return {"corpus_dir": corpus_dir}


@pytest.fixture
def index():
    """The bot opens the corpus folder itself, as in production."""
    return None


async def test_reload_reports_added_and_removed_documents(channel, manager, corpus_dir):
    before = await manager.slash(channel, "ask", question="Que se passe-t-il au festival de Cannes ?")
    removed_title = (await manager.slash(channel, "source", document=REMOVED)).response.embeds[0].title
    (corpus_dir / f"{REMOVED}.txt").unlink()
    (corpus_dir / "005_cannes.txt").write_text(NEW_DOCUMENT, encoding="utf-8")

    result = await manager.slash(channel, "reload")

    assert result.ephemeral
    report = result.response.content
    assert report.startswith("Corpus reloaded: 5 documents.")
    assert "Added: Le festival de Cannes accueille Sora" in report
    assert f"Removed: {removed_title}" in report
    after = await manager.slash(channel, "ask", question="Que se passe-t-il au festival de Cannes ?")
    assert before.response.embeds[0].description.startswith("I found nothing")
    assert "**Cannes**" in after.response.embeds[0].description


async def test_reload_without_changes_says_so(channel, manager):
    result = await manager.slash(channel, "reload")

    assert result.response.content == "Corpus reloaded: nothing changed (5 documents)."


async def test_reload_of_an_emptied_folder_keeps_the_old_corpus(channel, manager, corpus_dir, caplog):
    await manager.slash(channel, "ask", question="Sora")
    for path in corpus_dir.iterdir():
        path.unlink()

    with caplog.at_level(logging.WARNING, logger="bot"):
        result = await manager.slash(channel, "reload")
    still = await manager.slash(channel, "ask", question="Qui est Heather-Ashley Boyer ?")

    assert result.response.content.startswith("The corpus could not be read again: no readable document in ")
    assert result.response.content.endswith("the corpus is empty.")
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert "**Boyer**" in still.response.embeds[0].description


async def test_reload_is_not_offered_to_other_members(simcord_env, channel, alice, manager):
    assert "reload" not in alice.available_commands(channel)
    assert "reload" in manager.available_commands(channel)


@pytest.fixture
def foreign_index(tmp_path):
    """An index file built from another corpus than the bot's."""
    from corpus import Index

    other = tmp_path / "other"
    other.mkdir()
    (other / "vins.txt").write_text("Le pinot noir est le cépage de la Bourgogne.\n", encoding="utf-8")
    path = tmp_path / "other.cbidx"
    Index.build(other).save(path)
    return path


async def test_an_index_file_of_another_corpus_is_named_and_left_alone(
    simcord_env, channel, alice, settings, foreign_index, caplog
):
    await simcord_env.restart_bot(create_bot(settings.model_copy(update={"index_path": foreign_index})))
    before = foreign_index.read_bytes()

    with caplog.at_level(logging.WARNING, logger="bot"):
        result = await alice.slash(channel, "ask", question="Sora")

        listed = await alice.slash(channel, "sources")

    for answered in (result, listed):
        shown = unescape((answered.followups or [answered.response])[-1].content)
        assert shown.startswith(f"The index file {foreign_index} belongs to the corpus ")
    assert simcord_env.errors == []
    assert foreign_index.read_bytes() == before
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


async def test_buttons_of_an_answer_from_before_a_reload_that_changed_the_corpus_say_it_expired(
    channel, manager, corpus_dir
):
    asked = await manager.slash(channel, "ask", question="Sora")
    (corpus_dir / "005_cannes.txt").write_text(NEW_DOCUMENT, encoding="utf-8")
    await manager.slash(channel, "reload")

    clicked = await manager.click(asked.response.message, label="More results")
    again = await manager.slash(channel, "ask", question="Sora à Cannes")

    assert clicked.response.content == "This answer has expired: ask the question again to go on."
    assert "**Cannes**" in again.response.embeds[0].description
