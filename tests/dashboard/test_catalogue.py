"""Tests of dashboard/catalogue.py: the datasets the dashboard knows, their names and the page showing each."""

from __future__ import annotations

import dash
import pandas as pd

from dashboard.catalogue import BY_NAME, DATASETS, info


def test_a_known_dataset_has_its_title_and_page() -> None:
    wider = info("wider_determinants")
    assert (wider.title, wider.page) == ("Wider determinants of health", "/districts")
    assert info("pcn_budgets").page == "/finance"


def test_a_dataset_added_after_the_list_gets_a_readable_title_on_the_explorer() -> None:
    new = info("dental_access_rates")
    assert (new.name, new.title, new.page, new.about) == (
        "dental_access_rates",
        "Dental access rates",
        "/explorer",
        "",
    )


def test_each_dataset_is_listed_once() -> None:
    names = [d.name for d in DATASETS]
    assert len(names) == len(set(names)) == len(BY_NAME)


def test_every_dataset_the_packs_give_is_listed(tidy: pd.DataFrame) -> None:
    assert set(tidy["dataset"]) - set(BY_NAME) == set()


def test_every_page_named_is_a_page_of_the_app(app) -> None:
    registered = {p["path"] for p in dash.page_registry.values()}
    assert {d.page for d in DATASETS} <= registered


def test_every_topic_the_loaders_can_file_a_table_under_is_listed() -> None:
    from loaders import topics

    assert {t.name for t in topics.topics()} | {topics.GENERIC} <= set(BY_NAME)
