"""Tests of loaders/owners.py: whose figures a report holds, the home area's or an NHS body's own."""

from __future__ import annotations

from collections.abc import Callable

from loaders import owners
from loaders.pipeline import extract_read
from loaders.reading import Pack
from loaders.segmenting import segment

# A council's scrutiny pack in modern.gov's one-field-a-line layout: minutes with an item on the ICB's finances and
# one on dentistry, the ICB's own financial report (one section about the place's share of its budget), and a
# report the ICB wrote about the place's services.
PACK = """Wendlecombe Borough Council

HEALTH SELECT PANEL

Wednesday, 14th May, 2026 at 10.00 am

Agenda item
Minutes of the meeting held on 4 March 2026

HEALTH SELECT PANEL
Wednesday, 4th March, 2026

51.
ICB FINANCES, MONTH 10

The Director of Finance of the Wendlecombe and Orsby ICB reported a deficit of £7.3m.

52.
DENTAL ACCESS

A dentist in Rutland reported that 2,140 people were waiting.

Wendlecombe Borough Council
Health Select Panel
14 May 2026
Wendlecombe and Orsby Integrated Care Board: Financial Position, Month 12
Report of the Director of Finance, Wendlecombe and Orsby ICB
1 PURPOSE
1.1
To report the financial position of the Wendlecombe and Orsby system at month 12.
2 SUMMARY
2.1
The ICB reports a year end deficit of £9.4m against a plan of £5.0m.
3 PLACE BUDGET
3.1
The Wendlecombe place budget was overspent by £2.6m at the year end.
4 SAVINGS
4.1
Savings of £18.2m were delivered against a target of £20.5m.
Contact Officer: A Person, 01632 960 001

Wendlecombe Borough Council
Health Select Panel
14 May 2026
Community Pharmacy
Report of the Director of Primary Care, Wendlecombe and Orsby ICB
1 SUMMARY
1.1
There were 1,850 pharmacy consultations in April and 2,020 in May.
"""


def _areas(make_pack: Callable[..., Pack]) -> dict[str, str]:
    frame = extract_read(make_pack(PACK)).frame
    return {str(r.value_text): str(r.area) for r in frame.itertuples()}


def test_a_report_on_an_nhs_body_s_own_finances_is_the_body_s(make_pack: Callable[..., Pack]) -> None:
    """Its title names money and the body: its figures that name no place are the body's."""
    areas = _areas(make_pack)
    assert areas["£9.4m"] == areas["£5.0m"] == "Wendlecombe and Orsby ICB"
    assert areas["£18.2m"] == areas["£20.5m"] == "Wendlecombe and Orsby ICB"


def test_a_section_on_a_place_s_share_is_the_place_s(make_pack: Callable[..., Pack]) -> None:
    """ "The Wendlecombe place budget" in section 3: that section is the place's, the rest stays the body's."""
    assert _areas(make_pack)["£2.6m"] == "Wendlecombe"


def test_a_minutes_item_on_the_body_s_finances_is_the_body_s(make_pack: Callable[..., Pack]) -> None:
    """ "ICB FINANCES" names the kind of body and money; its text names the body.  The next item is the place's."""
    areas = _areas(make_pack)
    assert areas["£7.3m"] == "Wendlecombe and Orsby ICB"
    assert areas["2,140"] == "Rutland"


def test_a_report_the_body_wrote_about_services_stays_the_home_area_s(make_pack: Callable[..., Pack]) -> None:
    """An author line naming the ICB is not enough: the title names no money."""
    areas = _areas(make_pack)
    assert areas["1,850"] == areas["2,020"] == "Wendlecombe"


def test_a_report_whose_title_names_a_place_is_the_place_s(make_pack: Callable[..., Pack]) -> None:
    text = PACK.replace("Community Pharmacy", "Pharmacy budgets in Wendlecombe")
    pack = make_pack(text)
    found = owners.owners(pack.lines, segment(pack), "Wendlecombe")
    line = next(n for n, t in enumerate(pack.lines, 1) if "1,850" in t)
    assert found.at(line) == "Wendlecombe"


def test_a_report_saying_in_its_purpose_that_it_is_the_place_s_is_the_place_s(make_pack: Callable[..., Pack]) -> None:
    text = PACK.replace("of the Wendlecombe and Orsby system at month 12", "of the Wendlecombe place at month 12")
    pack = make_pack(text)
    found = owners.owners(pack.lines, segment(pack), "Wendlecombe")
    for figure in ("£9.4m", "£18.2m"):
        line = next(n for n, t in enumerate(pack.lines, 1) if figure in t)
        assert found.at(line) == "Wendlecombe"


def test_the_lines_above_a_minutes_item_are_the_last_item_s(make_pack: Callable[..., Pack]) -> None:
    """A place printed in the item before names no figure of the next item."""
    text = PACK.replace("reported a deficit of £7.3m.", "reported a deficit of £7.3m.\nA member from Rutland asked.")
    text = text.replace("A dentist in Rutland reported that 2,140", "A dentist reported that 2,140")
    frame = extract_read(make_pack(text)).frame
    assert frame.loc[frame["value_text"] == "2,140", "area"].tolist() == ["Wendlecombe"]


def test_a_delegated_budget_is_the_commissioner_s_though_its_report_names_no_body(
    make_pack: Callable[..., Pack],
) -> None:
    """NHS England delegates primary care budgets to the ICB: a "delegated budget" report's figures are the ICB's
    the pack names, though the report itself names none; a report on pharmacy services stays the borough's."""
    text = PACK.replace(
        "Community Pharmacy\nReport of the Director of Primary Care, Wendlecombe and Orsby ICB",
        "PRIMARY CARE: DELEGATED BUDGET\nReport of the Director of Primary Care",
    )
    frame = extract_read(make_pack(text)).frame
    areas = {str(r.value_text): str(r.area) for r in frame.itertuples()}
    assert areas["1,850"] == areas["2,020"] == "Wendlecombe and Orsby ICB"


BRIEFING = """WENDLECOMBE BOROUGH COUNCIL
Health Select Panel - 14 May 2026
Item 6: NHS finance and primary care (analyst's briefing)

Prepared from the Wendlecombe and Orsby ICB month 12 returns. Area code:
Wendlecombe E08000099.

Summary

* Efficiency (QIPP): £12.9m delivered by month 12 against a plan of £14.2m.
  Two schemes are rated red.
* Workforce: 8 practices recruited a GP.

1. Delegated primary medical care budget

1.1 The ICB's delegated primary medical care budget for 2025/26 was £98.4m, with an overspend of £1.2m.

2. General practice workforce

2.1 Wendlecombe has 231.6 FTE fully qualified GPs.
"""


def test_a_section_of_a_briefing_on_a_delegated_budget_is_the_commissioner_s(
    make_pack: Callable[..., Pack],
) -> None:
    """A briefing of one report with no agenda: its numbered section on the delegated budget is the ICB's money,
    and the section after it the borough's again; a summary's bullet led by QIPP is the ICB's too (the area code
    line above the summary's heading names no area of it), the next bullet the borough's."""
    frame = extract_read(make_pack(BRIEFING)).frame
    area = dict(zip(frame["value"], frame["area"], strict=True))
    assert area[98.4] == area[1.2] == "Wendlecombe and Orsby ICB"
    assert area[231.6] == "Wendlecombe"
    assert area[12.9] == area[14.2] == "Wendlecombe and Orsby ICB"
    assert area[8] == "Wendlecombe"
