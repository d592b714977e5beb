from pathlib import Path

import pytest

from corpus import Index

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="session")
def seeds_index() -> Index:
    return Index.build(SEEDS)


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A small corpus of two readable documents."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "vins.txt").write_text(
        "Les vins de Bourgogne\n\n"
        "Le pinot noir est le cépage rouge de la Bourgogne. Il donne des vins fins et légers.\n\n"
        "Le chardonnay domine les vins blancs de la région, de Chablis au Mâconnais.\n",
        encoding="utf-8",
    )
    (folder / "fromages.md").write_text(
        "# Fromages de montagne\n\n"
        "Le comté est affiné pendant au moins quatre mois dans des caves fraîches du Jura.\n",
        encoding="utf-8",
    )
    return folder
