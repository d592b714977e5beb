"""Loading a corpus: bad files are skipped with a reason, content is cleaned, metadata read."""
import logging

import pytest

from corpus import EmptyCorpusError, Index
from corpus import sources


def test_bad_files_are_skipped_with_one_warning_each(corpus_dir, caplog):
    (corpus_dir / "empty.txt").write_bytes(b"")
    (corpus_dir / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    (corpus_dir / "markup.md").write_text("<!-- nothing but a comment -->\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="corpus"):
        index = Index.build(corpus_dir)
    assert sorted(s.doc for s in index.sources) == ["fromages", "vins"]
    reasons = "\n".join(index.skipped)
    assert "empty.txt: empty file" in reasons
    assert "binary.txt: binary file" in reasons
    assert "markup.md: no text content" in reasons
    assert len(caplog.records) == 3


def test_a_file_over_the_size_limit_is_skipped(corpus_dir, monkeypatch):
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 400)
    (corpus_dir / "big.txt").write_text("Un texte. " * 50, encoding="utf-8")
    index = Index.build(corpus_dir)
    assert any("big.txt: larger than" in s for s in index.skipped)
    assert "big" not in [s.doc for s in index.sources]


def test_an_empty_corpus_is_a_clear_error(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(EmptyCorpusError, match="empty"):
        Index.build(tmp_path)
    with pytest.raises(EmptyCorpusError, match="does not exist"):
        Index.build(tmp_path / "missing")


def test_a_new_file_dropped_in_the_folder_is_indexed(corpus_dir):
    (corpus_dir / "cidre.txt").write_text("Le cidre de Normandie est fait de pommes à cidre.", encoding="utf-8")
    answer = Index.build(corpus_dir).search("cidre normand")
    assert answer.results[0].doc == "cidre"


def test_site_chrome_links_and_repeated_lines_are_not_content(tmp_path):
    (tmp_path / "page.txt").write_text(
        "Le lac d'Annecy\n"
        "Identifiez-vous pour ajouter un commentaire\n"
        "Le lac d'Annecy est l'un des plus purs d'Europe grâce à son assainissement précoce.\n"
        "https://example.org/lac\n"
        "Le lac d'Annecy\n"
        "Abonnez-vous à notre newsletter !\n",
        encoding="utf-8",
    )
    index = Index.build(tmp_path)
    text = index.context(0)
    assert "assainissement" in text
    assert index.sources[0].title == "Le lac d'Annecy"
    assert index.search("newsletter abonnez").abstained
    assert index.search("identifiez commentaire").abstained
    assert len(index) == 1  # the repeated title and the link made no passage


def test_a_heading_finds_the_text_under_it_and_is_cited_beside_it(corpus_dir):
    index = Index.build(corpus_dir)
    hit = index.search("fromages de montagne").results[0]
    assert hit.doc == "fromages"
    assert hit.excerpt.startswith("Le comté")  # the source's words only: no heading spliced in
    assert hit.section == "Fromages de montagne"
    assert hit.path == "fromages.md"


def test_metadata_comes_from_sources_toml_else_the_first_line(corpus_dir):
    (corpus_dir / "sources.toml").write_text(
        '[vins]\ntitle = "Guide des vins"\nauthor = "A. Martin"\ndate = "2023-05"\nurl = "https://vins.example"\n',
        encoding="utf-8",
    )
    index = Index.build(corpus_dir)
    vins, fromages = index.source("vins"), index.source("fromages")
    assert (vins.title, vins.author, vins.date, vins.url) == ("Guide des vins", "A. Martin", "2023-05", "https://vins.example")
    assert fromages.title == "Fromages de montagne"


def test_a_broken_sources_toml_is_ignored_with_a_warning(corpus_dir, caplog):
    (corpus_dir / "sources.toml").write_text("[vins\ntitle=", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="corpus"):
        index = Index.build(corpus_dir)
    assert index.source("vins").title == "Les vins de Bourgogne"
    assert "sources.toml" in caplog.text


def test_the_seed_metadata(seeds_index):
    first = seeds_index.source("000_feb2916c785d2122")
    assert first.url == "https://www.leptidigital.fr"
    assert "Mariotte" in first.author
    assert seeds_index.source("002_625f1368fff93cb8").date == "2024-03"
    assert seeds_index.source("001_b3032b709f6b9f18").via == "Bloomberg"
