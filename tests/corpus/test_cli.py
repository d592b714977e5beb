"""`corpus-bot` as a person runs it: a real process, its output and its exit code."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

@pytest.fixture
def run(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "NO_COLOR": "1", "PYTHONUTF8": "1"}
    script = Path(sys.executable).with_name("corpus-bot")

    def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([str(script), *args], input=stdin, capture_output=True, env=env, timeout=120, cwd=cwd)

    return run


def test_ask_prints_quotes_with_their_sources(run):
    done = run("ask", "Qui est Heather-Ashley Boyer ?")
    out = done.stdout.decode()
    assert done.returncode == 0, done.stderr
    assert "**Boyer**" in out
    assert "OpenAI s'aventure à Hollywood" in out and "¶ " in out
    assert "confiance" in out


def test_ask_says_so_when_the_corpus_has_no_answer(run):
    out = run("ask", "Comment faire une pizza napolitaine ?").stdout.decode()
    assert "rien trouvé" in out
    assert "Sony Pictures adopte l'IA" in out  # it names the documents it knows


def test_ask_json_follows_the_contract(run):
    done = run("ask", "--json", "vinciquera")
    answer = json.loads(done.stdout)
    assert set(answer) >= {"question", "abstained", "results"}
    assert answer["question"] == "vinciquera" and answer["abstained"] is False
    hit = answer["results"][0]
    assert set(hit) >= {"doc", "title", "source", "location", "excerpt", "highlights", "score"}
    assert hit["doc"] == "003_468a1f8532fb1d42"
    start, end = hit["highlights"][0]
    assert hit["excerpt"][start:end] == "Vinciquerra"


def test_ask_json_reads_one_question_a_line_from_stdin(run):
    stdin = b"Managerim\n\nWho wrote Hamlet?\n\xff\xfe\n"
    done = run("ask", "--json", stdin=stdin)
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [line.get("question") for line in lines] == ["Managerim", "", "Who wrote Hamlet?", None]
    assert lines[0]["results"][0]["doc"] == "000_feb2916c785d2122"
    assert "line 2" in lines[1]["error"] and "blank" in lines[1]["error"]
    assert lines[2]["abstained"] is True and lines[2]["results"] == []
    assert "line 4" in lines[3]["error"] and "not UTF-8" in lines[3]["error"]
    assert done.returncode == 1 and done.stderr == b""


def test_ask_from_stdin_echoes_each_question_before_its_answer(run):
    done = run("ask", stdin="vinciquera\n\n" .encode() + ("Sora " * 400).encode() + b"\nManagerim\n")
    out = done.stdout.decode()
    echoed = [line for line in out.splitlines() if line.startswith("? ")]
    assert [line[:14] for line in echoed] == ["? vinciquera", "? ", "? Sora Sora So", "? Managerim"]
    assert "blank" in out and "too long" in out
    assert out.index("? vinciquera") < out.index("**Vinciquerra**") < out.index("? Managerim")
    assert done.returncode == 1 and "Traceback" not in done.stderr.decode()


@pytest.mark.parametrize("args, message", [
    (["ask", ""], "The question is empty"),
    (["ask", "Sora " * 400], "too long"),
    (["--index", "/nonexistent/x.cbidx", "ask", "Sora"], "No index file at /nonexistent/x.cbidx"),
    (["--corpus", "/nonexistent", "ask", "Sora"], "does not exist"),
    (["eval", "/nonexistent.jsonl"], "No question file"),
])
def test_errors_are_one_line_and_a_non_zero_exit(run, args, message):
    done = run(*args)
    err = done.stderr.decode()
    assert done.returncode != 0
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_corrupt_index_file_is_one_line_too(run, tmp_path):
    bad = tmp_path / "bad.cbidx"
    bad.write_bytes(b"\x00" * 64)
    done = run("--index", str(bad), "ask", "Sora")
    assert done.returncode == 1
    assert "not a corpus-bot index" in done.stderr.decode()


def test_index_build_then_info_then_ask_from_that_file(run, tmp_path, corpus_dir):
    path = tmp_path / "mine.cbidx"
    built = run("index", "build", "--corpus", str(corpus_dir), "--index", str(path), "--workers", "1")
    assert built.returncode == 0 and path.exists()
    assert "2 documents" in built.stdout.decode()
    info = run("index", "info", "--index", str(path)).stdout.decode()
    assert "vins" in info and "fromages" in info
    assert "languages  fr (2 documents)" in info
    answer = json.loads(run("ask", "--json", "--index", str(path), "pinot noir").stdout)
    assert answer["results"][0]["doc"] == "vins"


def test_a_skipped_file_is_named_on_stderr(run, corpus_dir):
    (corpus_dir / "old.txt").write_bytes(b"\x00\x01\x02 not text")
    done = run("ask", "--corpus", str(corpus_dir), "pinot")
    assert done.returncode == 0
    assert "skipped old.txt: binary file" in done.stderr.decode()


def test_chat_answers_until_an_empty_line(run):
    done = run("chat", stdin="vinciquera\n+\n\n".encode())
    out = done.stdout.decode()
    assert done.returncode == 0
    assert "**Vinciquerra**" in out


def test_eval_prints_metrics_by_kind_and_the_failures(run, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in [
        {"id": "a", "q": "Qui est Heather-Ashley Boyer ?", "kind": "direct",
         "docs": ["001_b3032b709f6b9f18"], "needles": ["Heather-Ashley Boyer"]},
        {"id": "b", "q": "vinciquera", "kind": "typo", "docs": ["003_468a1f8532fb1d42"], "needles": ["Vinciquerra"]},
        {"id": "c", "q": "Sora", "kind": "keyword", "docs": ["003_468a1f8532fb1d42"], "needles": ["a needle nowhere"]},
        {"id": "d", "q": "Comment faire une pizza napolitaine ?", "kind": "abstain", "docs": [], "needles": []},
    ]), encoding="utf-8")
    out = run("eval", str(questions)).stdout.decode()
    for word in ("overall", "hit@1", "hit@3", "abstention_accuracy", "typo", "1 failure(s)", "c [keyword] Sora"):
        assert word in out
    report = json.loads(run("eval", "--json", str(questions)).stdout)
    assert report["overall"]["hit@1"] == round(2 / 3, 3)
    assert report["overall"]["abstention_accuracy"] == 1.0
    assert [f["id"] for f in report["failures"]] == ["c"]


def test_eval_names_every_bad_line_of_a_question_file_and_scores_none(run, tmp_path):
    good = {"q": "Qui est Heather-Ashley Boyer ?", "kind": "direct", "docs": ["001_b3032b709f6b9f18"],
            "needles": ["Heather-Ashley Boyer"]}
    lines = [good, {**good, "needles": "Boyer"}, {**good, "needles": [3]}, {**good, "q": ""},
             {**good, "kind": "trivia"}, {**good, "needles": []}]
    questions = tmp_path / "q.jsonl"
    questions.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in lines) + "\n{oops\n",
                         encoding="utf-8")

    done = run("eval", str(questions))

    err = done.stderr.decode()
    assert done.returncode == 1 and done.stdout == b""
    assert "Traceback" not in err
    for number, field in [(2, "needles"), (3, "needles"), (4, "q"), (5, "kind"), (6, "needle"), (7, "")]:
        assert f"line {number}: {field}" in err
    assert "line 1:" not in err


def test_ask_cites_file_and_section_and_shows_code_as_code(run, tmp_path):
    (tmp_path / "guide.md").write_text(
        "# Guide\n\n## Starting\n\nCreate the client:\n\n```python\nclient = make_client()\nclient.run(token)\n```\n",
        encoding="utf-8")
    out = run("ask", "--corpus", str(tmp_path), "make_client").stdout.decode()
    assert "```\n    client = make_client()\n    client.run(token)\n    ```" in out
    assert "— Guide · guide.md · Starting · ¶ 2" in out


def test_an_index_option_on_a_file_that_is_not_an_index_leaves_it_untouched(run, tmp_path, corpus_dir):
    notes = tmp_path / "README.md"
    notes.write_text("# My notes\n", encoding="utf-8")
    for args in (["--corpus", str(corpus_dir), "--index", str(notes), "ask", "pinot"],
                 ["index", "build", "--corpus", str(corpus_dir), "--index", str(notes)],
                 ["--index", str(notes), "ask", "pinot"]):
        done = run(*args)
        err = done.stderr.decode()
        assert done.returncode == 1
        assert "is not a corpus-bot index file" in err and len(err.strip().splitlines()) == 1
    assert notes.read_text(encoding="utf-8") == "# My notes\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "cache") == ["README.md", "docs"]


def test_a_relative_corpus_works_from_another_folder_and_its_index_remembers_it(run, tmp_path, corpus_dir):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    path = tmp_path / "mine.cbidx"
    built = run("index", "build", "--corpus", "../docs", "--index", str(path), cwd=elsewhere)
    assert built.returncode == 0, built.stderr
    answer = json.loads(run("ask", "--json", "--index", str(path), "pinot noir", cwd=tmp_path.parent).stdout)
    assert answer["results"][0]["doc"] == "vins"
    other = run("--corpus", "docs", "--index", str(path), "ask", "pinot", cwd=elsewhere)
    assert other.returncode == 1 and "does not exist" in other.stderr.decode()


def test_an_index_of_another_corpus_is_an_error_not_a_rebuild(run, tmp_path, corpus_dir):
    path = tmp_path / "mine.cbidx"
    run("index", "build", "--corpus", str(corpus_dir), "--index", str(path))
    before = path.read_bytes()
    done = run("--index", str(path), "ask", "Sora")  # the seeds are the default corpus
    assert done.returncode == 0  # with no --corpus, the index's own corpus is used
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    done = run("--corpus", str(seeds), "--index", str(path), "ask", "Sora")
    err = done.stderr.decode()
    assert done.returncode == 1 and f"belongs to the corpus {corpus_dir}, not {seeds}" in err
    assert path.read_bytes() == before


def test_odd_files_in_a_corpus_are_skipped_without_a_hang(run, corpus_dir, tmp_path):
    os.mkfifo(corpus_dir / "pipe.txt")
    (corpus_dir / "folder.md").mkdir()
    (corpus_dir / "dangling.txt").symlink_to(corpus_dir / "nowhere.txt")
    (corpus_dir / "nul.txt").write_bytes(b"\x00" * 10)
    (corpus_dir / "x.txt").write_text("x", encoding="utf-8")
    (corpus_dir / "loop").symlink_to(corpus_dir)
    os.close(os.open(os.path.join(os.fsencode(corpus_dir), b"caf\xe9.txt"), os.O_CREAT | os.O_WRONLY))
    secret = tmp_path / "secret.txt"
    secret.write_text("Le pinot du mot de passe hunter2.", encoding="utf-8")
    (corpus_dir / "link.txt").symlink_to(secret)

    done = run("ask", "--corpus", str(corpus_dir), "pinot")

    err, out = done.stderr.decode(), done.stdout.decode()
    assert done.returncode == 0 and "**pinot**" in out
    for name in ("pipe.txt", "dangling.txt", "nul.txt", "caf\\xe9.txt"):
        assert f"skipped {name}" in err
    assert "skipped link.txt: a link to a file outside the corpus folder" in err
    assert "hunter2" not in out
    assert "Traceback" not in err


@pytest.mark.parametrize("args, message", [
    (["ask", "-k", "0", "Sora"], "-k must be at least 1"),
    (["chat", "-k", "0"], "-k must be at least 1"),
    (["index", "build", "--workers", "0"], "--workers must be at least 1"),
])
def test_counts_below_one_are_refused(run, args, message):
    done = run(*args, stdin=b"Sora\n")
    assert done.returncode == 1 and message in done.stderr.decode()


def test_more_workers_than_cores_are_capped(run, tmp_path, corpus_dir):
    done = run("index", "build", "--corpus", str(corpus_dir), "--index", str(tmp_path / "i.cbidx"), "--workers", "999")
    assert done.returncode == 0, done.stderr


def test_chat_says_when_there_is_nothing_more_to_show(run):
    out = run("chat", stdin="+\nQui est Heather-Ashley Boyer ?\n+\n\n".encode()).stdout.decode()
    assert "Posez d'abord une question" in out
    assert "**Boyer**" in out
    assert out.index("**Boyer**") < out.index("Il n'y a pas d'autre résultat.")


def test_piped_answers_have_no_colour_and_fit_88_columns(run):
    out = run("ask", "-k", "3", "Sora Hollywood studio").stdout.decode()
    assert "\x1b[" not in out
    assert max(len(line) for line in out.splitlines()) <= 88
