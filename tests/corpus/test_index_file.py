"""The index file: saved, loaded without re-reading the texts, rebuilt when stale or damaged."""
import os
from pathlib import Path

import pytest

from corpus import Index, IndexFileError
from corpus import storage

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_a_saved_index_answers_exactly_like_the_built_one(corpus_dir, tmp_path):
    built = Index.build(corpus_dir)
    path = tmp_path / "corpus.cbidx"
    built.save(path)
    loaded = Index.load(path)
    for question in ["pinot noir", "comté affiné", "chablis"]:
        assert loaded.search(question) == built.search(question)
    assert loaded.sources == built.sources
    assert loaded.fingerprint == built.fingerprint


def test_open_builds_a_missing_index_then_loads_it(corpus_dir, tmp_path):
    path = tmp_path / "idx" / "corpus.cbidx"
    first = Index.open(corpus_dir, path)
    assert path.exists()
    again = Index.open(corpus_dir, path)
    assert again.path == path and again.header["built"] == first.header["built"]


def test_a_changed_corpus_makes_the_index_stale(corpus_dir, tmp_path):
    path = tmp_path / "corpus.cbidx"
    Index.open(corpus_dir, path)
    (corpus_dir / "cidre.txt").write_text("Le cidre de Normandie pétille.", encoding="utf-8")
    reopened = Index.open(corpus_dir, path)
    assert reopened.search("cidre").results[0].doc == "cidre"
    edited = corpus_dir / "vins.txt"
    edited.write_text("Le gamay fait le beaujolais.", encoding="utf-8")
    os.utime(edited, ns=(1, 1))
    assert Index.open(corpus_dir, path).search("gamay").results[0].doc == "vins"


def test_a_damaged_or_foreign_file_is_an_error_on_load_and_rebuilt_on_open(corpus_dir, tmp_path):
    path = tmp_path / "corpus.cbidx"
    path.write_bytes(b"not an index at all")
    with pytest.raises(IndexFileError, match="not a corpus-bot index"):
        Index.load(path)
    assert Index.open(corpus_dir, path).search("pinot").results
    assert Index.load(path).search("pinot").results


def test_a_truncated_index_is_reported(corpus_dir, tmp_path):
    path = tmp_path / "corpus.cbidx"
    Index.build(corpus_dir).save(path)
    path.write_bytes(path.read_bytes()[:-200])
    with pytest.raises(IndexFileError, match="damaged"):
        Index.load(path)


def test_another_format_version_is_refused(corpus_dir, tmp_path, monkeypatch):
    path = tmp_path / "corpus.cbidx"
    Index.build(corpus_dir).save(path)
    monkeypatch.setattr(storage, "FORMAT_VERSION", storage.FORMAT_VERSION + 1)
    with pytest.raises(IndexFileError, match="format"):
        Index.load(path)


def test_a_corpus_read_by_several_processes_answers_as_if_read_by_one(tmp_path, caplog):
    # The seeds, plus a binary file and a second "vins" among them: skips must survive too.
    folder = tmp_path / "docs"
    folder.mkdir()
    for path in SEEDS.glob("*.txt"):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "image.txt").write_bytes(b"\x89PNG\x00\x00binary")
    one = Index.build(folder, workers=1)
    several = Index.build(folder, workers=2)
    assert "processes failed" not in caplog.text  # the workers did run
    assert several.sources == one.sources and several.skipped == one.skipped
    assert several.terms == one.terms and several.surface == one.surface
    for question in ["Qui a créé Sora ?", "Tyler Perry studios", "rouge à lèvres", "sécurité des vidéos"]:
        assert several.search(question) == one.search(question)


def test_when_worker_processes_cannot_start_the_build_goes_on_in_one(corpus_dir, monkeypatch, caplog):
    from concurrent.futures.process import BrokenProcessPool

    from corpus import builder

    class NoProcesses:  # what a sandbox without process creation, or an unguarded script, gives
        def __init__(self, *args, **kwargs):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def map(self, *args):
            raise BrokenProcessPool("A process in the process pool was terminated abruptly")

    monkeypatch.setattr(builder, "ProcessPoolExecutor", NoProcesses)
    index = Index.build(corpus_dir, workers=2)
    assert "going on in this one" in caplog.text
    assert index.search("pinot noir") == Index.build(corpus_dir, workers=1).search("pinot noir")
    assert [s.doc for s in index.sources] == ["fromages", "vins"]
