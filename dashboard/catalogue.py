"""The datasets the dashboard knows about: display names and the page that shows each.

A declarative list, so adding a dataset to the dashboard is one line.  Datasets
not in the packs are shown as "no data in these packs", never as an error.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DatasetInfo:
    name: str
    title: str
    page: str
    about: str


DATASETS: list[DatasetInfo] = [
    DatasetInfo(
        "wider_determinants",
        "Wider determinants of health",
        "/districts",
        "District indicators against Leicestershire and England",
    ),
    DatasetInfo("life_expectancy", "Life expectancy", "/life-expectancy", "Life expectancy and the deprivation gap"),
    DatasetInfo("headline", "Headline figures", "/explorer", "Population and other headline figures"),
    DatasetInfo("qipp", "QIPP savings", "/finance", "CCG savings target and progress"),
    DatasetInfo("bcf", "Better Care Fund", "/finance", "Better Care Fund by year"),
    DatasetInfo("primary_care_budgets", "Primary care budgets", "/finance", "CCG primary care budgets 2019/20"),
    DatasetInfo("pcn_budgets", "PCN budgets", "/finance", "Primary care network budgets 2019/20 to 2023/24"),
    DatasetInfo("gp_forward_view", "GP Forward View", "/finance", "GP Forward View allocations"),
    DatasetInfo("co_commissioning", "Co-commissioning", "/finance", "Co-commissioning allocations by year"),
    DatasetInfo("gp_workforce", "GP workforce", "/workforce", "GP WTE and WTE per 1,000 patients"),
    DatasetInfo("practice_profile", "Practice profile", "/explorer", "GP practices and list sizes"),
    DatasetInfo("performance", "Performance", "/performance", "RAG-rated performance indicators"),
    DatasetInfo(
        "learning_disability",
        "Learning disability and autism",
        "/explorer",
        "Inpatient admissions, length of stay and annual health checks",
    ),
    DatasetInfo("finance", "Income and expenditure", "/explorer", "Money panels whose parts add up to a printed total"),
    DatasetInfo(
        "public_health", "Public health outcomes", "/explorer", "Smoking, obesity, mortality, screening and the like"
    ),
    DatasetInfo("tables", "Tables", "/explorer", "Every cell of every other table, by its row and column"),
    DatasetInfo("other_tables", "Other tables", "/explorer", "Every other table in the packs, cell by cell"),
    DatasetInfo("figures", "Other figures", "/explorer", "Every other number printed in the packs"),
]
BY_NAME = {d.name: d for d in DATASETS}


def info(name: str) -> DatasetInfo:
    """Display details for a dataset, including ones added after this list."""
    return BY_NAME.get(name) or DatasetInfo(name, name.replace("_", " ").capitalize(), "/explorer", "")
