"""Tests of loaders/segmenting.py: segmenting packs into meetings, reports and page furniture."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from loaders.reading import read_pack
from loaders.segmenting import parse_date, segment

SMALL_PACK = (
    """Minutes of a meeting of the Health Overview and Scrutiny Committee held at County
Hall, Glenfield on Wednesday, 5 June 2019.

1. Minutes of the previous meeting.

The minutes were confirmed. Savings were £700,000.

16

 HEALTH OVERVIEW AND SCRUTINY COMMITTEE:
11TH SEPTEMBER 2019

REPORT OF THE CHIEF EXECUTIVE AND CCG PERFORMANCE
SERVICE

HEALTH PERFORMANCE UPDATE AT AUGUST 2019

Purpose of report
"""
    + "text\n" * 30
    + "17\n"
    + "more text\n" * 30
    + "18\n"
    + "tail\n" * 30
    + "41 Agenda Item 9\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 June 2019", date(2019, 6, 5)),
        ("11TH SEPTEMBER 2019", date(2019, 9, 11)),
        ("8th July, 2021", date(2021, 7, 8)),
        ("Wednesday, 5 March 2025 at 2.00 pm", date(2025, 3, 5)),
        ("no date here 2019", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_minutes_and_report_get_their_own_meeting_dates(make_pack: Callable[..., object]) -> None:
    pack = make_pack(SMALL_PACK)
    seg = segment(pack)  # type: ignore[arg-type]
    assert seg.pack_date == date(2019, 9, 11)
    assert seg.committee == "Health Overview and Scrutiny Committee"
    minutes = seg.section_at(6)
    assert (minutes.kind, minutes.meeting_date) == ("minutes", date(2019, 6, 5))
    report = seg.section_at(20)
    assert (report.kind, report.meeting_date) == ("report", date(2019, 9, 11))
    assert report.title == "HEALTH PERFORMANCE UPDATE AT AUGUST 2019"
    assert seg.item_at(6) == "1. Minutes of the previous meeting"


def test_page_numbers_and_agenda_footers_are_furniture(make_pack: Callable[..., object]) -> None:
    pack = make_pack(SMALL_PACK)
    seg = segment(pack)  # type: ignore[arg-type]
    lines = pack.lines  # type: ignore[attr-defined]
    furniture_text = {lines[n - 1].strip() for n in seg.furniture}
    assert {"16", "17", "18", "41 Agenda Item 9"} <= furniture_text


def _paged(pages: list[str], footer: str) -> str:
    """Pages of a converter's Markdown: each ends with the running footer, its page number (numbers that skip, as
    an extract of a longer pack's pages does) and a page marker."""
    return "".join(
        f"{page}\n\n{footer}\n\n{number}\n\n{{{number - 1}}}------------------------------------------------\n\n"
        for page, number in zip(pages, (10, 30, 38, 52), strict=False)
    )


def test_running_footers_and_a_converter_s_page_markers_are_furniture(make_pack: Callable[..., object]) -> None:
    footer = "Dunsham County Council · Health Scrutiny Committee · 3 May 2026"
    legend = "Significantly worse than England"
    # the legend sits a different number of lines from the page's top and its figures on each page
    pages = [
        f"Text of page {k}.\n" * (2 * k)
        + f"Figure {k}: smoking by ward\n{legend}\n"
        + "\n" * k
        + f"12.{k}\n\nPage {k} ends."
        for k in range(4)
    ]
    pack = make_pack(_paged(pages, footer))
    seg = segment(pack)  # type: ignore[arg-type]
    lines = pack.lines  # type: ignore[attr-defined]
    furniture_text = [lines[n - 1].strip() for n in sorted(seg.furniture)]
    assert furniture_text.count(footer) == 4
    assert sum(text.startswith("{") and text.endswith("---") for text in furniture_text) == 4
    assert legend not in furniture_text  # a chart's legend at a different distance from its figures on each page


def test_a_table_carried_over_a_page_with_a_running_footer_keeps_its_caption(make_pack: Callable[..., object]) -> None:
    from loaders.pipeline import extract_read

    header = "| Scheme | Target | Delivered |\n|---|---|---|\n"
    first = (
        "Table 2: Savings by scheme (£000)\n\n"
        + header
        + "| Prescribing | 4,100 | 3,900 |\n| Estates | 2,200 | 2,050 |"
    )
    second = header + "| Agency staff | 1,800 | 1,200 |\n| Total | 8,100 | 7,150 |"
    footer = "Dunsham County Council · Health Scrutiny Committee · 3 May 2026"
    frame = extract_read(make_pack(_paged([first, second, "End of the report.", "Appendix."], footer))).frame
    agency = frame[frame["measure"].str.startswith("Agency staff")]
    assert set(agency["table"]) == {"Table 2: Savings by scheme (£000)"}


def test_a_bare_one_inside_a_table_is_not_a_page_number(make_pack: Callable[..., object]) -> None:
    body = (
        "".join(f"line {i}\n" for i in range(20))
        + "10\n"
        + "x\n" * 20
        + "11\n"
        + "x\n" * 20
        + "MRSA\n1\n"
        + "x\n" * 20
        + "12\n"
    )
    pack = make_pack(body)
    seg = segment(pack)  # type: ignore[arg-type]
    one = pack.lines.index("1") + 1  # type: ignore[attr-defined]
    assert one not in seg.furniture


@pytest.mark.parametrize(
    ("prefix", "committee", "pack_date", "minutes_date"),
    [
        ("000", "Health Overview and Scrutiny Committee", date(2019, 9, 11), date(2019, 6, 5)),
        ("001", "Health and Wellbeing Board", date(2013, 12, 5), date(2013, 9, 5)),
        ("002", "Health Overview and Scrutiny Committee", date(2019, 11, 13), date(2019, 9, 11)),
        ("003", "Health and Wellbeing Board", date(2021, 7, 8), date(2021, 1, 28)),
        ("004", "Health Overview and Scrutiny Committee", date(2025, 3, 5), date(2025, 1, 15)),
    ],
)
def test_shipped_packs_meetings(
    shipped_pack: Callable[[str], Path], prefix: str, committee: str, pack_date: date, minutes_date: date
) -> None:
    seg = segment(read_pack(shipped_pack(prefix)))
    assert seg.committee == committee
    assert seg.pack_date == pack_date
    assert [s.meeting_date for s in seg.sections if s.kind == "minutes"] == [minutes_date]


def test_report_titles_in_003(shipped_pack: Callable[[str], Path]) -> None:
    seg = segment(read_pack(shipped_pack("003")))
    titles = [s.title for s in seg.sections if s.kind == "report"]
    assert "WIDER DETERMINANTS OF HEALTH ACTION PLAN" in titles
    assert "HEALTH AND WELLBEING BOARD ANNUAL REPORT 2020/2021" in titles


DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset"


@pytest.mark.parametrize(
    "pack",
    [
        "calvermoor/calvermoor_hosc_2023-09-13.txt",
        "calvermoor/calvermoor_hwb_2023-11-23.txt",
        "fallowmere/fallowmere_hosc_2024-11-06.txt",
        "fallowmere/fallowmere_hwb_2025-01-16.txt",
        "carrowdale/carrowdale_hsc_2025-02-11.txt",
        "carrowdale/carrowdale_hwb_2025-03-20.txt",
        "askerwold/askerwold_ppb_2025-05-14.txt",
        "quellhampton/quellhampton_hosc_2025-09-17.txt",
        "tamsford/tamsford_jhosc_2025-09-18.txt",
    ],
)
def test_other_councils_packs_give_their_committee_minutes_and_reports(pack: str) -> None:
    """Covers that name the committee on a line of their own or in a dated "Meeting:" field, minutes that leave
    the committee out, dashed page headers and "Agenda Item N" markers: each report is a section of its own."""
    segments = segment(read_pack(DEVSET / pack))
    assert segments.committee in {
        "Health and Wellbeing Board",
        "Health Overview and Scrutiny Committee",
        "Health Scrutiny Committee",
        "Askerwold Place Partnership Board",
        "Tamsford, Brindleham and Wexcombe Joint Health Overview and Scrutiny Committee",
    }
    kinds = [s.kind for s in segments.sections]
    assert kinds.count("minutes") == 1
    minutes = next(s for s in segments.sections if s.kind == "minutes")
    assert minutes.committee == segments.committee
    assert minutes.meeting_date is not None
    assert minutes.meeting_date < segments.pack_date
    reports = [s for s in segments.sections if s.kind == "report"]
    assert len(reports) >= 2
    for report in reports:  # a title, never a paragraph, a table row, the committee or its author block
        assert report.title != "Report"
        assert "REPORT OF" not in report.title.upper()
        assert report.title.casefold() != segments.committee.casefold()
        assert "   " not in report.title
        assert report.committee == segments.committee


def test_a_dated_meeting_field_names_the_committee_without_its_date(make_pack: Callable[..., object]) -> None:
    pack = make_pack("Agenda Item 4\n\nA report title\n\nMeeting: Health and Wellbeing Board, 16 January 2025\n")
    segments = segment(pack)  # type: ignore[arg-type]
    assert segments.committee == "Health and Wellbeing Board"
    assert segments.pack_date == date(2025, 1, 16)


@pytest.mark.parametrize(
    "date_line",
    [
        "WEDNESDAY 25 JUNE 2025 AT 10.30 AM",
        "Wednesday, 25 June 2025",
        "25 June 2025 - 2.00 pm",
        "Wednesday 25 June 2025, 6.30 pm, Council Chamber, Town Hall,",  # the venue after it, wrapped
    ],
)
def test_the_cover_s_date_line_dates_the_pack(make_pack: Callable[..., object], date_line: str) -> None:
    cover = f"NORTHSHIRE COUNTY COUNCIL\n\nHEALTH AND WELLBEING BOARD\n\n{date_line}\n\nCOUNTY HALL\n\n"
    minutes = "Minutes of the meeting held on 19 March 2025\n\n1. Apologies were received.\n"
    segments = segment(make_pack(cover + minutes))  # type: ignore[arg-type]
    assert segments.pack_date == date(2025, 6, 25)


# A modern.gov pack: the agenda lists the minutes with their pages, the minutes print the last meeting's committee
# and date on lines of their own, and each report's header is one field a line (council, committee, date, title).
STACKED_HEADERS = """Wendlecombe Borough Council

HEALTH SELECT PANEL

Wednesday, 14th May, 2026 at 10.00 am
Civic Centre, Wendlecombe

AGENDA

3.
Minutes of the meeting held on 4 March 2026
3 - 6

Agenda item
Minutes of the meeting held on 4 March 2026

HEALTH SELECT PANEL
Wednesday, 4th March, 2026

PRESENT: Councillor A Brook (Chair)

Members noted that dental waiting lists had grown by 12%.

Wendlecombe Borough Council
Health Select Panel
14 May 2026
Dental Access in Wendlecombe
Report of the Director of Place
1 PURPOSE
1.1
To report 1,240 people waiting.

Health Select Panel
\x20
14 May 2026
\x20
Pharmacy Opening Hours
\x20
1 SUMMARY
Opening hours fell by 3%.
"""


def test_a_report_header_printed_one_field_a_line_starts_a_report(make_pack: Callable[..., object]) -> None:
    """Committee, date and title on lines of their own (the council's name first or not, lines holding a space
    between): a report of the pack's meeting.  The minutes' committee-and-date pair is the last meeting's, and
    the cover's date carries the time: neither starts a report."""
    pack = make_pack(STACKED_HEADERS)
    lines = pack.lines  # type: ignore[attr-defined]
    segments = segment(pack)  # type: ignore[arg-type]
    assert segments.pack_date == date(2026, 5, 14)
    reports = [s for s in segments.sections if s.kind == "report"]
    assert [r.title for r in reports] == ["Dental Access in Wendlecombe", "Pharmacy Opening Hours"]
    assert {r.meeting_date for r in reports} == {date(2026, 5, 14)}
    assert {r.committee for r in reports} == {"Health Select Panel"}
    waiting = next(n for n, text in enumerate(lines, 1) if "1,240" in text)
    assert segments.section_at(waiting).title == "Dental Access in Wendlecombe"
    grown = next(n for n, text in enumerate(lines, 1) if "12%" in text)
    assert segments.section_at(grown).kind == "minutes"


def test_an_agenda_entry_for_the_minutes_starts_no_minutes(make_pack: Callable[..., object]) -> None:
    """ "Minutes of the meeting held on ..." with its pages ("3 - 6") under it is the agenda's line: the minutes
    start where the phrase heads them."""
    pack = make_pack(STACKED_HEADERS)
    lines = pack.lines  # type: ignore[attr-defined]
    minutes = [s for s in segment(pack).sections if s.kind == "minutes"]  # type: ignore[arg-type]
    assert len(minutes) == 1
    assert lines[minutes[0].start - 2] == "Agenda item"


def test_a_minutes_item_numbered_on_a_line_of_its_own(make_pack: Callable[..., object]) -> None:
    """modern.gov minutes print "51." on its own line and the item's title in capitals under it; the lines of
    an item start at its number, so what is printed above is the last item's."""
    pack = make_pack(STACKED_HEADERS.replace("Members noted", "51.\nDENTAL SERVICES\n\nMembers noted"))
    segments = segment(pack)  # type: ignore[arg-type]
    lines = pack.lines  # type: ignore[attr-defined]
    grown = next(n for n, text in enumerate(lines, 1) if "12%" in text)
    assert segments.item_at(grown) == "51. DENTAL SERVICES"
    assert lines[segments.part_start(grown) - 1] == "51."
    report = next(n for n, text in enumerate(lines, 1) if "1,240" in text)
    assert lines[segments.part_start(report) - 1] == "Health Select Panel"


def test_a_title_in_capitals_with_a_colon_starts_a_report_and_a_field_in_capitals_does_not(
    make_pack: Callable[..., object],
) -> None:
    """ "ORSBY ICB: FINANCE PLAN" under an "Agenda Item" marker is a title with its subject before the colon;
    "CONTACT: ..." and "REPORT OF: ..." in capitals are header fields, skipped on the way to the title."""
    minutes = "Minutes of the meeting held on 2 April 2026\n\n1. Apologies were received.\n\n"
    report = (
        "Agenda Item 4\n\nORSBY ICB: FINANCE PLAN, MONTH 6 2026/27\n\nReport of: The Finance Director\n\n"
        "1. PURPOSE\n\nThe plan is set out below.\n\n"
        "Agenda Item 5\n\nCONTACT: A PERSON\nWARDS AFFECTED: ALL WARDS\n\nPRIMARY CARE: DELEGATED BUDGET\n\n"
        "1. PURPOSE\n\nThe budget is set out below.\n"
    )
    segments = segment(make_pack(minutes + report))  # type: ignore[arg-type]
    titles = [s.title for s in segments.sections if s.kind == "report"]
    assert titles == ["ORSBY ICB: FINANCE PLAN, MONTH 6 2026/27", "PRIMARY CARE: DELEGATED BUDGET"]


BOARD_PACK = """NHS Orsby and Wendle Integrated Care Board

MEETING OF THE BOARD IN PUBLIC

Tuesday 9 June 2026, 9.30 am - 12.30 pm

AGENDA

OWB/26/031   Minutes of the meeting held on 14 April 2026        Chair
OWB/26/032   Quality report                                       Chief Nurse

Board (public) - 9 June 2026             Paper OWB/26/031             Page 2 of 30

MINUTES OF THE MEETING OF THE BOARD OF NHS ORSBY AND WENDLE INTEGRATED CARE BOARD
HELD IN PUBLIC ON TUESDAY 14 APRIL 2026

1. The Board noted 412 complaints.

Board (public) - 9 June 2026             Paper OWB/26/031             Page 4 of 30

                                                                     OWB/26/032

QUALITY REPORT
Month 1: April 2026

1.1  There were 38 serious incidents.
"""


def test_a_board_s_papers_start_at_their_references_and_the_cover_dates_the_pack(
    make_pack: Callable[..., object],
) -> None:
    """An NHS board numbers its papers ("OWB/26/032" above the title) instead of printing "Agenda Item N"; its
    cover gives the meeting's time as a range; its committee is the one whose minutes it carries, NHS in capitals."""
    segments = segment(make_pack(BOARD_PACK))  # type: ignore[arg-type]
    assert segments.pack_date == date(2026, 6, 9)
    assert segments.committee == "NHS Orsby and Wendle Integrated Care Board"  # the cover's
    without_cover_name = segment(make_pack(BOARD_PACK.split("\n", 1)[1]))  # type: ignore[arg-type]
    assert without_cover_name.committee == "Board of NHS Orsby and Wendle Integrated Care Board"  # the minutes'
    by_kind = {s.kind: s for s in segments.sections}
    assert by_kind["minutes"].meeting_date == date(2026, 4, 14)
    assert by_kind["report"].title == "QUALITY REPORT"
    assert by_kind["report"].meeting_date == date(2026, 6, 9)
    report_line = next(n for n, x in enumerate(BOARD_PACK.splitlines(), 1) if "38 serious" in x)
    assert segments.section_at(report_line).title == "QUALITY REPORT"


@pytest.mark.parametrize(
    ("cover", "committee", "when"),
    [
        (  # a council web page's heading: the committee and its meeting on one line, in mixed case
            "Home > Meetings > Adult Care Scrutiny Panel\n\nAdult Care Scrutiny Panel - Tuesday 3 March 2026 2.00 pm\n",
            "Adult Care Scrutiny Panel",
            date(2026, 3, 3),
        ),
        (  # a reStructuredText export: a title and a ":Date:" field
            "==============================\nOrsby Health and Wellbeing Board\n==============================\n\n"
            ":Date: Thursday 12 February 2026, 10.00 am\n:Venue: Room 4\n",
            "Orsby Health and Wellbeing Board",
            date(2026, 2, 12),
        ),
    ],
)
def test_a_cover_in_a_web_page_s_or_a_text_export_s_form_names_its_meeting(
    make_pack: Callable[..., object], cover: str, committee: str, when: date
) -> None:
    minutes = "\nMinutes of the meeting held on 4 December 2025\n\n1. Apologies were received.\n"
    segments = segment(make_pack(cover + minutes))  # type: ignore[arg-type]
    assert (segments.committee, segments.pack_date) == (committee, when)


RST_PACK = """==============================
Orsby Health and Wellbeing Board
==============================

:Date: Thursday 12 February 2026, 10.00 am

Better Care Fund plan
=====================

The pooled budget is £42.6m.

==========  =======
Stream      2025/26
==========  =======
Grant         3,108
==========  =======

Life expectancy
===============

Life expectancy at birth is 79.1 years.
"""


def test_a_restructuredtext_export_s_sections_are_its_reports(make_pack: Callable[..., object]) -> None:
    """Titles underlined with "=" as long as themselves start reports; the overlined document title and a simple
    table's rules do not."""
    segments = segment(make_pack(RST_PACK))  # type: ignore[arg-type]
    assert [s.title for s in segments.sections if s.kind == "report"] == ["Better Care Fund plan", "Life expectancy"]
    line = next(n for n, x in enumerate(RST_PACK.splitlines(), 1) if "79.1" in x)
    assert segments.section_at(line).title == "Life expectancy"
