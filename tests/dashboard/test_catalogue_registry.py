"""The catalogue is the one registry, data/datasets.csv, and it names no one council's years or places."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from dashboard.catalogue import DATASETS
from loaders.meaning import dataset_polarity
from loaders.schema import POLARITIES

DATA = Path(__file__).resolve().parents[2] / "data"


def names(path: Path) -> set[str]:
    """Every place's names in a places file but England's (the national benchmark any council is compared with)."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["code"] != "E92000001"]
    return {n for r in rows for n in [r["name"], *r.get("aliases", "").split("|")] if n}


def test_the_catalogue_is_read_from_the_registry() -> None:
    with (DATA / "datasets.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(d.name, d.title, d.page, d.about) for d in DATASETS] == [
        (r["name"], r["title"], r["page"], r["about"]) for r in rows
    ]
    for d in DATASETS:
        assert d.polarity == dataset_polarity(d.name)
        assert d.polarity is None or d.polarity in POLARITIES


@pytest.mark.parametrize("dataset", DATASETS, ids=lambda d: d.name)
def test_no_description_names_a_year_or_a_place(dataset) -> None:  # type: ignore[no-untyped-def]
    text = f"{dataset.title} {dataset.about}"
    assert not re.search(r"\b(?:19|20)\d{2}\b", text), text
    places = names(DATA / "areas.csv") | names(DATA / "gazetteer.csv")
    named = [p for p in places if re.search(rf"\b{re.escape(p)}\b", text)]
    assert named == [], text
