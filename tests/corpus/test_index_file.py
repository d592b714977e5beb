"""The index file: saved, loaded without re-reading the texts, rebuilt when stale or damaged."""
import os
from dataclasses import replace
from pathlib import Path

import pytest

from corpus import Index, IndexFileError
from corpus import builder, storage
from corpus.application import open_index
from corpus.candidates import gather
from corpus.params import DEFAULT_PARAMS
from corpus.query import read_query

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
    first = open_index(corpus_dir, path)
    assert path.exists()
    again = open_index(corpus_dir, path)
    assert again.path == path and again.header["built"] == first.header["built"]


def test_a_changed_corpus_makes_the_index_stale(corpus_dir, tmp_path):
    path = tmp_path / "corpus.cbidx"
    open_index(corpus_dir, path)
    (corpus_dir / "cidre.txt").write_text("Le cidre de Normandie pétille.", encoding="utf-8")
    reopened = open_index(corpus_dir, path)
    assert reopened.search("cidre").results[0].doc == "cidre"
    edited = corpus_dir / "vins.txt"
    edited.write_text("Le gamay fait le beaujolais.", encoding="utf-8")
    os.utime(edited, ns=(1, 1))
    assert open_index(corpus_dir, path).search("gamay").results[0].doc == "vins"


def test_a_file_that_is_not_an_index_is_never_written_over(corpus_dir, tmp_path):
    path = tmp_path / "README.md"
    path.write_text("# My notes\n", encoding="utf-8")
    with pytest.raises(IndexFileError, match="not a corpus-bot index"):
        Index.load(path)
    with pytest.raises(IndexFileError, match="not a corpus-bot index"):
        open_index(corpus_dir, path)
    with pytest.raises(IndexFileError, match="is not a corpus-bot index file: it is left as it is"):
        Index.build(corpus_dir).save(path)
    assert path.read_text(encoding="utf-8") == "# My notes\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md", "docs"]  # no temporary file left


def test_a_damaged_index_is_rebuilt_on_open(corpus_dir, tmp_path):
    path = tmp_path / "corpus.cbidx"
    Index.build(corpus_dir).save(path)
    path.write_bytes(path.read_bytes()[:100])
    assert open_index(corpus_dir, path).search("pinot").results
    assert Index.load(path).search("pinot").results


def test_an_index_names_its_corpus_and_refuses_another(corpus_dir, tmp_path, monkeypatch):
    path = tmp_path / "corpus.cbidx"
    monkeypatch.chdir(tmp_path)
    open_index("docs", path)  # a relative corpus is recorded as an absolute path
    assert Index.load(path).header["corpus"] == str(corpus_dir)
    other = tmp_path / "other"
    other.mkdir()
    monkeypatch.chdir(other)
    assert open_index(None, path).search("pinot").results  # the index alone finds its corpus
    before = path.read_bytes()
    with pytest.raises(IndexFileError, match=f"belongs to the corpus {corpus_dir}, not {SEEDS}"):
        open_index(SEEDS, path)
    assert path.read_bytes() == before


def test_a_truncated_index_is_reported(corpus_dir, tmp_path):
    path = tmp_path / "corpus.cbidx"
    Index.build(corpus_dir).save(path)
    path.write_bytes(path.read_bytes()[:-200])
    with pytest.raises(IndexFileError, match="damaged"):
        Index.load(path)


def test_an_index_whose_header_length_is_damaged_is_reported_then_rebuilt(corpus_dir, tmp_path):
    path = tmp_path / "corpus.cbidx"
    Index.build(corpus_dir).save(path)
    data = bytearray(path.read_bytes())
    data[16:24] = b"\xff" * 8  # the header's length, after magic and version: more than the file holds
    path.write_bytes(bytes(data))

    with pytest.raises(IndexFileError, match="damaged"):
        Index.load(path)
    assert open_index(corpus_dir, path).search("pinot").results  # ours, so rebuilt in place


def test_another_format_version_is_refused(corpus_dir, tmp_path, monkeypatch):
    path = tmp_path / "corpus.cbidx"
    Index.build(corpus_dir).save(path)
    monkeypatch.setattr(storage, "FORMAT_VERSION", storage.FORMAT_VERSION + 1)
    with pytest.raises(IndexFileError, match="format"):
        Index.load(path)


def test_an_index_of_the_format_before_is_refused_with_its_message_then_rebuilt(corpus_dir, tmp_path):
    path = tmp_path / "corpus.cbidx"
    Index.build(corpus_dir).save(path)
    data = bytearray(path.read_bytes())
    data[12:16] = (10).to_bytes(4, "little")  # the version, after the magic: format 10, no acronyms stored
    path.write_bytes(bytes(data))

    with pytest.raises(IndexFileError, match="has index format 10; this version reads 11"):
        Index.load(path)
    assert open_index(corpus_dir, path).search("pinot").results  # ours, so rebuilt in place
    assert Index.load(path).search("pinot").results


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
    import subprocess

    def no_processes(*args, **kwargs):  # what a sandbox without process creation gives
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(subprocess, "Popen", no_processes)
    index = Index.build(corpus_dir, workers=2)
    assert "going on in this one" in caplog.text
    assert index.search("pinot noir") == Index.build(corpus_dir, workers=1).search("pinot noir")
    assert [s.doc for s in index.sources] == ["fromages", "vins"]


def test_when_a_worker_process_dies_the_build_goes_on_in_one(corpus_dir, monkeypatch, caplog):
    from corpus import builder

    # A worker that ends before writing its part (killed, out of memory): here, at once.
    monkeypatch.setattr(builder, "_WORKER_MAIN", "import os; os._exit(9)")
    index = Index.build(corpus_dir, workers=3)
    assert "ended with status 9" in caplog.text and "going on in this one" in caplog.text
    assert index.search("pinot noir") == Index.build(corpus_dir, workers=1).search("pinot noir")
    assert [s.doc for s in index.sources] == ["fromages", "vins"]


def _made_up_word(n: int) -> str:
    letters = ""
    while True:
        n, digit = divmod(n, 20)
        letters += "bcdfghjklmnpqrstvwxz"[digit]
        if not n:
            return "zo" + letters + "a"


def test_a_corpus_of_more_words_than_two_bytes_number_still_finds_a_quoted_line(tmp_path):
    # 70,000 distinct words, most of them twice (a copy of each document but the last): the
    # last document's words are then among the rarest, stored apart from the 65,535 most
    # frequent (`wordcodes.py`); the texts span many compressed blocks (`texts.py`).
    folder = tmp_path / "docs"
    folder.mkdir()
    words = [_made_up_word(n) for n in range(70_000)]
    for d in range(20):
        mine = words[d * 3500:(d + 1) * 3500]
        paragraphs = [" ".join(" ".join(mine[s:s + 10]) + "." for s in range(p, p + 50, 10))
                      for p in range(0, len(mine), 50)]
        text = "Titre\n\n" + "\n\n".join(paragraphs)
        (folder / f"doc{d:02d}.txt").write_text(text, encoding="utf-8")
        if d < 19:
            (folder / f"copy{d:02d}.txt").write_text(text, encoding="utf-8")
    quoted = words[-8:-4]
    # The same rare words again, in another order: only their order tells the two apart.
    (folder / "shuffled.txt").write_text("Autre\n\n" + " ".join(quoted[::-1]) + ".", encoding="utf-8")
    path = tmp_path / "big.cbidx"
    Index.build(folder).save(path)
    index = Index.load(path)
    answer = index.search(" ".join(quoted), k=1)
    top = answer.results[0]
    assert top.doc == "doc19" and " ".join(quoted) in top.excerpt
    # Its passage is known to quote the whole question word for word (`phrases.py`).
    found = gather(index, read_query(index, " ".join(quoted), DEFAULT_PARAMS), DEFAULT_PARAMS)
    assert found.quoted[list(found.passages).index(top.passage)] == 1.0
    assert top.excerpt.strip("…") in (folder / "doc19.txt").read_text(encoding="utf-8")
    # Passages read together (closeness reads its candidates so) are the same words as each read
    # alone, the rarest words' included.
    some = [top.passage, 0, len(index) - 1, top.passage - 1]
    joined, starts = index.passages_terms(some)
    assert [joined[starts[i]:starts[i + 1]].tolist() for i in range(len(some))] == \
        [index.passage_terms(p).tolist() for p in some]


@pytest.mark.parametrize("stored_whole_from", [builder.DENSE_FROM, 1])
def test_a_line_quoted_from_the_end_of_a_long_sentence_under_its_word_as_heading_is_found_word_for_word(
        tmp_path, monkeypatch, stored_whole_from):
    # The index keeps a word's places in its passages (`places.py`): here past the 128th word
    # of a passage, and after a passage holding the word in its heading only; or, for a word
    # found thousands of times (here any word), its positions whole.
    monkeypatch.setattr(builder, "DENSE_FROM", stored_whole_from)
    folder = tmp_path / "docs"
    folder.mkdir()
    filler = ", ".join(f"{a} {b}" for a in ("la haie", "le pré", "la mare", "le verger", "la friche", "le talus")
                       for b in ("au printemps", "en été", "en automne", "en hiver", "le matin", "le soir"))
    line = "le marrube blanc pousse au bord des chemins secs"
    (folder / "flore.md").write_text(
        "# Marrube blanc\n\nUne plante des terres pauvres.\n\n"
        f"On voit {filler}, et {line}.\n", encoding="utf-8")
    (folder / "autre.md").write_text(
        "# Chemins\n\nAu bord des chemins secs pousse le thym; le marrube blanc aussi, dit-on.\n", encoding="utf-8")
    path = tmp_path / "flore.cbidx"
    Index.build(folder).save(path)
    index = Index.load(path)

    top = index.search(line, k=1).results[0]
    assert top.doc == "flore" and line in top.excerpt
    found = gather(index, read_query(index, line, DEFAULT_PARAMS), DEFAULT_PARAMS)
    assert found.quoted[list(found.passages).index(top.passage)] == 1.0


def test_an_index_built_in_small_pieces_is_the_same_and_answers_the_same(tmp_path, monkeypatch):
    # The word sequences are read back from disk and the postings made a piece at a time
    # (`builder._invert`), the positions placed and the acronyms' pairs counted a run of terms
    # at a time: in pieces of 256 words and runs of 512 positions, the seeds take dozens of each.
    from corpus import acronyms, inversion

    whole = Index.build(SEEDS, workers=1)
    monkeypatch.setattr(inversion, "CHUNK", 256)
    monkeypatch.setattr(inversion, "PLACED", 512)
    monkeypatch.setattr(acronyms, "SORTED_AT_ONCE", 512)
    pieces = Index.build(SEEDS, workers=1)
    for name, array in whole.arrays.as_dict().items():
        other = pieces.arrays.as_dict()[name]
        assert (array.dtype, array.shape, array.tobytes()) == (other.dtype, other.shape, other.tobytes()), name
    for question in ["Qui a créé Sora ?", "Tyler Perry studios", "rouge à lèvres", "sécurité des vidéos"]:
        assert pieces.search(question) == whole.search(question)


def test_a_build_leaves_only_the_saved_index_in_its_folder(corpus_dir, tmp_path):
    folder = tmp_path / "indexes"
    index = Index.build(corpus_dir, folder=folder)
    index.save(folder / "corpus.cbidx")
    assert [p.name for p in folder.iterdir()] == ["corpus.cbidx"]
    # Saved again elsewhere, from the file now in place: both answer alike.
    index.save(tmp_path / "copy.cbidx")
    assert Index.load(tmp_path / "copy.cbidx").search("pinot noir") == index.search("pinot noir")
    assert Index.load(folder / "corpus.cbidx").search("pinot noir") == index.search("pinot noir")


def test_an_index_never_saved_leaves_nothing_behind(corpus_dir, tmp_path):
    import gc

    folder = tmp_path / "indexes"
    index = Index.build(corpus_dir, folder=folder)
    assert index.search("pinot noir").results  # usable before it is saved, from its file
    del index
    gc.collect()
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("failure", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_a_build_that_fails_midway_leaves_no_file_and_keeps_the_old_index(corpus_dir, tmp_path, monkeypatch,
                                                                          failure):
    from corpus import builder

    folder = tmp_path / "indexes"
    path = folder / "corpus.cbidx"
    Index.build(corpus_dir, folder=folder).save(path)
    before = path.read_bytes()

    def fail(*args, **kwargs):  # after the texts and word sequences are written, before the postings
        raise failure

    monkeypatch.setattr(builder, "_invert", fail)
    with pytest.raises(type(failure)):
        Index.build(corpus_dir, folder=folder)
    assert [p.name for p in folder.iterdir()] == ["corpus.cbidx"]  # no temporary left
    assert path.read_bytes() == before


def test_a_build_whose_folder_cannot_be_written_builds_elsewhere_and_saves(corpus_dir, tmp_path):
    taken = tmp_path / "notes.txt"  # a file where the folder should be
    taken.write_text("mine\n", encoding="utf-8")
    index = Index.build(corpus_dir, folder=taken)
    index.save(tmp_path / "corpus.cbidx")
    assert taken.read_text(encoding="utf-8") == "mine\n"
    assert Index.load(tmp_path / "corpus.cbidx").search("comté affiné") == index.search("comté affiné")


def test_postings_split_in_runs_of_sixteen_passages_answer_as_the_usual_split(seeds_index, tmp_path):
    # Passage ids are stored in 16 bits with each term's runs of their high part apart: a
    # corpus past 65,536 passages is too slow to build here, so the seeds are stored split at
    # 4 bits (eight runs of up to 16 passages a term), saved and read back: the same answers, the
    # passages found by binary search in a run (coverage, common terms, held words) and those
    # read whole (rare terms, phrases) alike.
    assert len(seeds_index) > 16 * 7  # ids 0..125: high parts 0..7
    path = tmp_path / "small-runs.cbidx"
    Index.build(SEEDS, id_bits=4).save(path)
    small = Index.load(path)
    questions = ["Qui a créé Sora ?", "Tyler Perry studios", "rouge à lèvres", "sécurité des vidéos",
                 "\"rouge à lèvres\"", "la capitale de l'Australie", "vidos de sécurté", "le la les de"]
    # Few candidates and a low bar for a common term: the common terms' postings are searched
    # for the rare terms' passages (MaxScore), as in a large corpus.
    maxscore = replace(DEFAULT_PARAMS, candidates=3, common_share=10)
    for question in questions:
        assert small.search(question, k=10) == seeds_index.search(question, k=10)
        assert small.search(question, params=maxscore) == seeds_index.search(question, params=maxscore)
    assert any(small.search(q).results for q in questions) and any(not small.search(q).results for q in questions)


def test_a_build_killed_while_its_workers_read_leaves_no_process_and_a_folder_the_next_build_removes(
        corpus_dir, tmp_path):
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "indexes"
    # Killed once its own batch is read, its worker still at work: the worker's id noted first.
    killed = subprocess.Popen(
        [sys.executable, "-c", "import os, signal, sys; from pathlib import Path; from corpus import Index\n"
         "def killed(done, total):\n"
         "    kids = [p for t in Path('/proc/self/task').iterdir() for p in (t / 'children').read_text().split()]\n"
         "    Path(sys.argv[3]).write_text(' '.join(kids))\n"
         "    os.kill(os.getpid(), signal.SIGKILL)\n"
         "Index.build(sys.argv[1], folder=sys.argv[2], workers=2, on_progress=killed)",
         str(corpus_dir), str(folder), str(tmp_path / "workers")])
    assert killed.wait() == -signal.SIGKILL
    workers = (tmp_path / "workers").read_text().split()
    assert workers  # the build had started its worker
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers)  # it died with the build
    assert len([p for p in folder.iterdir() if p.name.startswith(".corpus-build.")]) == 1
    Index.build(corpus_dir, folder=folder, workers=2).save(folder / "corpus.cbidx")
    assert [p.name for p in folder.iterdir()] == ["corpus.cbidx"]


def test_a_build_killed_midway_leaves_a_folder_the_next_build_removes_and_nothing_else(corpus_dir, tmp_path):
    import signal
    import subprocess
    import sys

    folder = tmp_path / "indexes"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine\n", encoding="utf-8")
    killed = subprocess.Popen(
        [sys.executable, "-c", "import os, signal, sys; from corpus import Index; "
         "Index.build(sys.argv[1], folder=sys.argv[2], "
         "on_progress=lambda done, total: os.kill(os.getpid(), signal.SIGKILL))", str(corpus_dir), str(folder)])
    assert killed.wait() == -signal.SIGKILL
    left = [p.name for p in folder.iterdir() if p.name.startswith(".corpus-build.")]
    assert len(left) == 1  # what the killed build left
    # Named as a build's folder of that same process, but holding a file no build writes.
    lookalike = folder / f".corpus-build.{killed.pid}.mine"
    lookalike.mkdir()
    (lookalike / "draft.txt").write_text("mine too\n", encoding="utf-8")
    # Meanwhile another build runs in the same folder: its folder is its own.
    running = subprocess.Popen(
        [sys.executable, "-c", "import sys; from corpus import storage; spool = storage.Spool(sys.argv[1]); "
         "print(spool.folder.name, flush=True); sys.stdin.read(); spool.close()", str(folder)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        other = running.stdout.readline().strip()
        Index.build(corpus_dir, folder=folder).save(folder / "corpus.cbidx")
        assert sorted(p.name for p in folder.iterdir()) == sorted([lookalike.name, other, "corpus.cbidx",
                                                                   "notes.txt"])
    finally:
        running.communicate("")
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    assert (lookalike / "draft.txt").read_text(encoding="utf-8") == "mine too\n"
    assert Index.load(folder / "corpus.cbidx").search("pinot noir").results
