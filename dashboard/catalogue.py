"""The datasets the dashboard knows about: display names, the page that shows each, their default polarity.

Read from the one registry, data/datasets.csv (also read by the loaders for a dataset's default polarity), so
a dataset is named once and adding one is a row.  Datasets not in the packs are shown as "no data in these
packs", never as an error.
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.meaning import datasets


@dataclass(frozen=True)
class DatasetInfo:
    name: str
    title: str
    page: str
    about: str
    polarity: str | None = None
    """The dataset's default polarity, for rows no measure or indicator judges."""


DATASETS: list[DatasetInfo] = [
    DatasetInfo(d["name"], d["title"], d["page"], d["about"], d["default_polarity"] or None) for d in datasets()
]
BY_NAME = {d.name: d for d in DATASETS}


def info(name: str) -> DatasetInfo:
    """Display details for a dataset, including ones added after this list."""
    return BY_NAME.get(name) or DatasetInfo(name, name.replace("_", " ").capitalize(), "/explorer", "")
