"""Bullet lists in running text: "* " bullets are each their own paragraph and label, a lead label may hold a
comma ("Admissions due to falls, aged 65+: ..."), and a bullet takes no place from the bullet below it.
Invented packs, end to end."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from loaders.pipeline import extract_read
from loaders.reading import Pack

PACK = """\
Brantwick Council
Health Scrutiny Panel

3 March 2026

Public health outcomes

The panel noted the indicators for the first half of the year:

   * Hip fractures after a fall, aged 80+: 1,412 per 100,000 (England 1,305)
   * Avoidable admissions for long-term conditions in adults under retirement age: 702 per 100,000 (England 655)
   * Delayed transfers of care, people aged 18-64: 41 per 100,000 (England 38)

Workforce

  * Qualified dentists: 58.5 FTE, down 2.1 per cent on a year earlier
  * Oxmere would need 4 more dentists to reach the England rate
"""


def _rows(make_pack: Callable[..., Pack]) -> pd.DataFrame:
    frame = extract_read(make_pack(PACK, name="brantwick_hsp_2026-03-03.txt")).frame
    return frame[frame["table"].isna()]  # read from the text


def _at(rows: pd.DataFrame, value: float) -> pd.Series:
    (row,) = [r for _, r in rows.iterrows() if abs(float(r["value"]) - value) < 1e-9]
    return row


def test_each_star_bullet_is_labelled_by_its_own_lead(make_pack: Callable[..., Pack]) -> None:
    rows = _rows(make_pack)
    assert "Hip fractures after a fall, aged 80+" in _at(rows, 1412)["measure"]
    assert "Avoidable admissions" in _at(rows, 702)["measure"]
    assert "Hip fractures" not in _at(rows, 702)["measure"]
    assert "Delayed transfers of care" in _at(rows, 41)["measure"]
    assert _at(rows, 38)["area"] == "England"


def test_a_bullet_takes_no_place_from_the_bullet_below(make_pack: Callable[..., Pack]) -> None:
    rows = _rows(make_pack)
    assert _at(rows, 58.5)["area"] == "Brantwick"
    assert "Oxmere" not in _at(rows, 58.5)["measure"]
    assert "Oxmere" not in _at(rows, 2.1)["measure"]
    assert _at(rows, 2.1)["area"] == "Brantwick"


GAPS = """\
Brantwick Council
Health Scrutiny Panel

3 March 2026

Life expectancy by neighbourhood

Neighbourhood     Male   Female
Oxmere            77.1     81.0
Fenwick Row       82.3     85.2
Brantwick         79.9     83.4

Between neighbourhoods, men in Fenwick Row live 5.2 years longer than men in Oxmere, and women 4.2 years longer.
Cancer accounts for 31 per cent of the gap for women.
"""


def test_an_elliptical_clause_keeps_the_comparisons_subject(make_pack: Callable[..., Pack]) -> None:
    frame = extract_read(make_pack(GAPS, name="brantwick_hsp_2026-03-03.txt")).frame
    rows = frame[frame["table"].isna()]  # read from the text, in figures or a topic
    assert _at(rows, 5.2)["area"] == "Fenwick Row"
    assert _at(rows, 4.2)["area"] == "Fenwick Row"  # "than men in Oxmere" names the benchmark, not the subject


def test_a_gap_after_a_sentence_comparing_places_is_the_home_areas(make_pack: Callable[..., Pack]) -> None:
    frame = extract_read(make_pack(GAPS, name="brantwick_hsp_2026-03-03.txt")).frame
    rows = frame[frame["table"].isna()]  # read from the text, in figures or a topic
    assert _at(rows, 31)["area"] == "Brantwick"


MINUTES = """\
Brantwick Council
Health Scrutiny Panel

3 March 2026

Oxmere and Dunley ICB: urgent care

12. Winter plan

The ICB's Director of Nursing said that the plan opens 24 step-down beds, taking the total to 131.

13. Dental access

The ICB has held the dental budget since 2023. The ICB's local ambition is 0.46 dentists per 1,000 residents.
"""


def test_the_icb_of_a_councils_papers_is_the_one_icb_they_name(make_pack: Callable[..., Pack]) -> None:
    frame = extract_read(make_pack(MINUTES, name="brantwick_hsp_2026-03-03.txt")).frame
    rows = frame[frame["table"].isna()]  # read from the text, in figures or a topic
    assert _at(rows, 24)["area"] == "Oxmere and Dunley ICB"
    assert "step-down beds" in _at(rows, 131)["measure"]  # the total of what the clause before counts
    assert _at(rows, 0.46)["area"] == "Brantwick"  # only what its officer reports is the ICB's


def test_an_approximate_figures_mark_is_no_part_of_its_label() -> None:
    from loaders import labels

    sentence = "The board set aside c.£4m of one-off funding for the spring."
    at = sentence.index("£4m")
    label = labels.clause_label(sentence, at, at + 3)
    assert "one-off funding" in label
    assert "c." not in label.split()
