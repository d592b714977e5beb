"""`make eval` as a developer runs it: every dev set on its corpus, beside bm25s, in one table."""
import json
import shutil
from pathlib import Path

import pytest

from benchmarks import quality

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def write_set(path: Path, questions: list[dict]) -> None:
    path.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in questions) + "\n", encoding="utf-8")


def test_each_set_is_scored_on_its_corpus_and_an_unreadable_corpus_gets_one_line(tmp_path, capsys):
    evals, corpora = tmp_path / "eval", tmp_path / "corpora"
    evals.mkdir()
    shutil.copytree(SEEDS, corpora / "news")
    (corpora / "slides").mkdir()
    (corpora / "slides" / "deck.pptx").write_bytes(b"PK\x03\x04")  # nothing the engine reads
    asked = [{"id": "a", "q": "Qui est Heather-Ashley Boyer ?", "kind": "direct",
              "docs": ["001_b3032b709f6b9f18"], "needles": ["Heather-Ashley Boyer"]},
             {"id": "b", "q": "Quel temps fera-t-il demain ?", "kind": "abstain"}]
    write_set(evals / "news.dev.jsonl", asked)
    write_set(evals / "slides.dev.jsonl", asked)
    out = tmp_path / "quality.json"

    assert quality.main(["--eval-dir", str(evals), "--corpora", str(corpora), "--out", str(out),
                         "--only", "dev"]) == 0

    printed = capsys.readouterr().out
    assert "bm25 hit@1" in printed and "news" in printed
    assert [line for line in printed.splitlines() if line.startswith("slides")] == [
        next(line for line in printed.splitlines() if "slides: not scored" in line)]
    report = json.loads(out.read_text(encoding="utf-8"))
    news = report["sets"]["news"]
    assert news["engine"]["overall"]["hit@1"] == 1.0
    assert news["engine"]["overall"]["abstention_accuracy"] == 1.0
    assert news["bm25s"]["overall"]["abstention_accuracy"] == 0.0  # it never abstains
    assert "slides" in report["not_scored"] and "slides" not in report["sets"]


def test_without_the_shared_folder_it_says_what_it_needs_in_one_line(tmp_path, capsys):
    assert quality.main(["--eval-dir", str(tmp_path / "nowhere"), "--out", str(tmp_path / "q.json")]) == 2

    said = capsys.readouterr()
    assert said.out == "" and len(said.err.strip().splitlines()) == 1
    assert "dev question sets" in said.err
    assert not (tmp_path / "q.json").exists()


def test_the_calibration_says_how_often_each_band_of_confidence_was_right(tmp_path, capsys):
    evals, corpora = tmp_path / "eval", tmp_path / "corpora"
    evals.mkdir()
    shutil.copytree(SEEDS, corpora / "news")
    write_set(evals / "news.dev.jsonl", [
        {"id": "a", "q": "Qui est Heather-Ashley Boyer ?", "kind": "direct",
         "docs": ["001_b3032b709f6b9f18"], "needles": ["Heather-Ashley Boyer"]},
        {"id": "b", "q": "Quelle heure est-il ?", "kind": "abstain"}])
    out = tmp_path / "quality.json"

    assert quality.main(["--eval-dir", str(evals), "--corpora", str(corpora), "--out", str(out),
                         "--calibration", "--only", "dev"]) == 0

    assert "Confidence, 2 questions of 1 sets together" in capsys.readouterr().out
    bands = json.loads(out.read_text(encoding="utf-8"))["calibration"]
    assert [band["confidence"] for band in bands] == ["0.00–0.20", "0.20–0.50", "0.50–0.75", "0.75–1"]
    assert bands[0] == {"confidence": "0.00–0.20", "n": 1, "answerable": 0.0, "first right": 0.0, "right in 3": 0.0}
    assert bands[-1] == {"confidence": "0.75–1", "n": 1, "answerable": 1.0, "first right": 1.0, "right in 3": 1.0}


def news_sets(tmp_path: Path, ours_questions: list[dict]) -> tuple[list[str], Path, Path]:
    """A dev set of one question and ours on a copy of the seeds named news: the options that
    score them, our folder, and where the report goes."""
    evals, ours, corpora = tmp_path / "eval", tmp_path / "questions", tmp_path / "corpora"
    evals.mkdir()
    ours.mkdir()
    shutil.copytree(SEEDS, corpora / "news")
    write_set(evals / "news.dev.jsonl", [
        {"id": "d1", "q": "Qui est Heather-Ashley Boyer ?", "kind": "direct",
         "docs": ["001_b3032b709f6b9f18"], "needles": ["Heather-Ashley Boyer"]}])
    write_set(ours / "news.jsonl", ours_questions)
    out = tmp_path / "quality.json"
    return ["--eval-dir", str(evals), "--ours-dir", str(ours), "--corpora", str(corpora), "--out", str(out)], ours, out


def test_our_question_sets_get_rows_of_their_own_and_only_chooses_one_kind(tmp_path, capsys):
    options, _, out = news_sets(tmp_path, [
        {"id": "o1", "q": "Qui est Reid Southen ?", "kind": "direct",
         "docs": ["001_b3032b709f6b9f18"], "needles": ["Reid Southen"]},
        {"id": "o2", "q": "Comment réparer une fuite sous l'évier ?", "kind": "abstain"}])

    assert quality.main(options) == 0

    rows = [line.strip() for line in capsys.readouterr().out.splitlines()]
    assert [row.split()[:2] for row in rows if row.startswith(("news ", "mean of"))] == [
        ["news", "all"], ["news", "direct"], ["mean", "of"],
        ["news", "(ours)"], ["news", "(ours)"], ["news", "(ours)"], ["mean", "of"]]
    assert [row for row in rows if row.startswith("mean of")][-1].startswith("mean of 1 (ours)")
    report = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(report["sets"]) == ["news", "news (ours)"]
    assert report["sets"]["news (ours)"]["origin"] == "ours"
    assert report["sets"]["news (ours)"]["engine"]["overall"]["answerable"] == 1
    assert report["mean"]["n"] == 1 and report["mean (ours)"]["n"] == 2

    assert quality.main(options + ["--only", "ours"]) == 0

    printed = capsys.readouterr().out
    assert "news (ours)" in printed and "mean of 1 (ours)" in printed
    assert not [line for line in printed.splitlines() if line.split()[:2] in (["news", "all"], ["news", "direct"])]
    assert list(json.loads(out.read_text(encoding="utf-8"))["sets"]) == ["news (ours)"]

    assert quality.main(options + ["--only", "dev"]) == 0

    assert "(ours)" not in capsys.readouterr().out
    assert list(json.loads(out.read_text(encoding="utf-8"))["sets"]) == ["news"]


def test_our_sets_alone_need_no_shared_dev_folder(tmp_path, capsys):
    ours, corpora = tmp_path / "questions", tmp_path / "corpora"
    ours.mkdir()
    shutil.copytree(SEEDS, corpora / "news")
    write_set(ours / "news.jsonl", [{"id": "o1", "q": "Qui est Reid Southen ?", "kind": "direct",
                                     "docs": ["001_b3032b709f6b9f18"], "needles": ["Reid Southen"]}])

    assert quality.main(["--eval-dir", str(tmp_path / "nowhere"), "--ours-dir", str(ours), "--corpora",
                         str(corpora), "--out", str(tmp_path / "q.json"), "--only", "ours"]) == 0

    assert "news (ours)" in capsys.readouterr().out


def test_fresh_sets_in_their_folder_get_rows_and_a_mean_of_their_own(tmp_path, capsys):
    options, ours, out = news_sets(tmp_path, [
        {"id": "o1", "q": "Qui est Reid Southen ?", "kind": "direct",
         "docs": ["001_b3032b709f6b9f18"], "needles": ["Reid Southen"]}])
    (ours / "fresh").mkdir()
    write_set(ours / "fresh" / "news.jsonl", [
        {"id": "f1", "q": "Qui dirige les opérations chez OpenAI ?", "kind": "direct",
         "docs": ["002_625f1368fff93cb8"], "needles": ["Brad Lightcap"]},
        {"id": "f2", "q": "What's the fastest way to learn Spanish?", "kind": "abstain"},
        {"id": "f3", "q": "Comment réparer une fuite sous l'évier ?", "kind": "abstain"}])

    assert quality.main(options) == 0

    rows = [line.strip() for line in capsys.readouterr().out.splitlines()]
    assert [row.split()[:2] for row in rows if row.startswith(("news ", "mean of"))][-4:] == [
        ["news", "(fresh)"], ["news", "(fresh)"], ["news", "(fresh)"], ["mean", "of"]]
    assert [row for row in rows if row.startswith("mean of")][-1].startswith("mean of 1 (fresh)")
    report = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(report["sets"]) == ["news", "news (fresh)", "news (ours)"]
    assert report["sets"]["news (fresh)"]["origin"] == "fresh"
    assert report["sets"]["news (fresh)"]["engine"]["by_kind"]["abstain"]["abstain_questions"] == 2
    assert report["mean (ours)"]["n"] == 1 and report["mean (fresh)"]["n"] == 3

    assert quality.main(options + ["--only", "fresh"]) == 0

    printed = capsys.readouterr().out
    assert "news (fresh)" in printed and "(ours)" not in printed
    assert list(json.loads(out.read_text(encoding="utf-8"))["sets"]) == ["news (fresh)"]

    assert quality.main(options + ["--only", "ours"]) == 0

    assert "(fresh)" not in capsys.readouterr().out


@pytest.mark.parametrize("family", ["blind", "blind2"])
def test_sealed_sets_show_their_overall_rows_alone_and_never_a_question(tmp_path, capsys, family):
    options, ours, out = news_sets(tmp_path, [
        {"id": "o1", "q": "Qui est Reid Southen ?", "kind": "direct",
         "docs": ["001_b3032b709f6b9f18"], "needles": ["Reid Southen"]}])
    sealed = tmp_path / "elsewhere"
    sealed.mkdir()
    write_set(sealed / "news.jsonl", [
        {"id": "b1", "q": "Qui dirige les opérations chez OpenAI ?", "kind": "paraphrase",
         "docs": ["002_625f1368fff93cb8"], "needles": ["Brad Lightcap"]},
        {"id": "b2", "q": "Quel est le code postal de Toulouse ?", "kind": "abstain"},
        {"id": "b3", "q": "Quelle est la couleur préférée de Sam Altman ?", "kind": "abstain_hard"}])
    options += [f"--{family}-dir", str(sealed)]
    label, name = f"({family})", f"news ({family})"

    assert quality.main(options + ["--failures", "--signals", "--calibration"]) == 0

    printed = capsys.readouterr().out
    rows = [line.strip() for line in printed.splitlines()]
    assert [row.split()[:3] for row in rows if label in row and not row.startswith("Misses")] == [
        ["news", label, "all"], ["mean", "of", "1"]]
    assert f"Misses not listed for {name}" in printed
    assert not any(word in printed for word in (" b1 ", " b2 ", " b3 ", "Toulouse", "Altman", "opérations"))
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["sets"][name]["origin"] == family
    assert list(report["sets"][name]["engine"]) == ["overall"]
    assert report["sets"][name]["engine"]["overall"]["abstain_questions"] == 2
    assert report[f"mean ({family})"]["n"] == 3
    assert not any(word in out.read_text(encoding="utf-8") for word in ("Toulouse", "Altman", "opérations"))

    assert quality.main(options + ["--only", family]) == 0

    printed = capsys.readouterr().out
    assert name in printed and "(ours)" not in printed
    assert list(json.loads(out.read_text(encoding="utf-8"))["sets"]) == [name]


def test_both_blind_families_are_found_in_their_folders_and_sealed(tmp_path, capsys):
    options, ours, out = news_sets(tmp_path, [
        {"id": "o1", "q": "Qui est Reid Southen ?", "kind": "direct",
         "docs": ["001_b3032b709f6b9f18"], "needles": ["Reid Southen"]}])
    for family, asked, doc, needle in (
            ("blind", "Qui dirige les opérations chez OpenAI ?", "002_625f1368fff93cb8", "Brad Lightcap"),
            ("blind2", "Quel producteur a reporté l'agrandissement de son studio ?", "001_b3032b709f6b9f18",
             "Tyler Perry")):
        (ours / family).mkdir()
        write_set(ours / family / "news.jsonl", [
            {"id": f"{family}-1", "q": asked, "kind": "paraphrase", "docs": [doc], "needles": [needle]},
            {"id": f"{family}-2", "q": "Quel est le code postal de Toulouse ?", "kind": "abstain"}])

    assert quality.main(options + ["--failures"]) == 0

    printed = capsys.readouterr().out
    rows = [line.strip().split()[:3] for line in printed.splitlines()]
    assert [row for row in rows if row[:2] in (["news", "(blind)"], ["news", "(blind2)"])] == [
        ["news", "(blind)", "all"], ["news", "(blind2)", "all"]]
    assert "Misses not listed for news (blind), news (blind2)" in printed
    assert not any(word in printed for word in ("blind-1", "blind2-1", "producteur", "opérations", "Toulouse"))
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["mean (blind)"]["n"] == 2 and report["mean (blind2)"]["n"] == 2
    assert {name: list(report["sets"][name]["engine"]) for name in ("news (blind)", "news (blind2)")} == {
        "news (blind)": ["overall"], "news (blind2)": ["overall"]}