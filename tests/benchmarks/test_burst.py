"""A small run of the burst benchmark's own code: the bot's asking path against searching inline.

It checks that every question is accounted for in the report; it never judges speed."""
import tempfile

from benchmarks import burst


def test_a_small_burst_reports_every_question_on_both_paths(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the run keeps its databases
    rows = burst.main(["--questions", "40", "--users", "10", "--latency-ms", "1"])

    assert [row["path"] for row in rows] == ["asking path", "inline (before)"]
    for row in rows:
        assert row["questions"] == "40/40"  # each one answered, refused or told to wait
    out = capsys.readouterr().out
    assert "asking path" in out and "inline (before)" in out and "40 questions from 10 users" in out
    assert not list(tmp_path.glob("burst-*"))  # each path's database removed once it is done
