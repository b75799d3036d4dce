"""Tests of loaders/figures.py: the helpers of the catch-all `figures` dataset (which numbers are figures, the unit
written after one, the heading, topic and period a figure sits under).  Their case-sensitive twins are tested in
test_figures_twins.py."""

from __future__ import annotations

import pytest

from loaders import figures, places


def test_dates_times_numbering_and_phone_numbers_are_not_figures() -> None:
    text = "On 5 June 2019 at 2.00 pm, Item 9, call 0116 305 4239: 1,482 women"
    assert [t.text for t in figures.figure_tokens(text)] == ["1,482"]


def test_page_and_paragraph_numbers_are_not_figures_but_money_and_shares_are() -> None:
    assert [t.text for t in figures.figure_tokens("Page 41 of the report, paragraph 3.2, shows 58 referrals")] == ["58"]
    found = figures.figure_tokens("savings of £700,000 (12%) met 3 of 4 targets")
    assert [(t.text, t.unit) for t in found] == [("£700,000", "GBP"), ("(12%)", "%"), ("3", None), ("4", None)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In October 64.2% of calls were answered", "64.2%"),  # a month, then a figure: no "October 64"
        ("By the close of April 45 beds were empty", "45"),  # no year "April 29": a count of something
        ("Over the year 81.5% of letters were sent", "81.5%"),  # "year 81.5" is no numbering
        ("Referrals rose in quarter 2, 14% above target", "14%"),  # "quarter 2, 14" is no list of quarters
        ("       (66.3) is the lowest of the four", "(66.3)"),  # a bracketed figure a wrapped line starts with
        ("   64.8) and higher for girls", "64.8"),  # its bracket opened on the line above ("(England" / "64.8)")
    ],
)
def test_a_figure_after_a_month_or_a_numbering_word_is_a_figure(text: str, figure: str) -> None:
    assert [t.text for t in figures.figure_tokens(text)] == [figure]


@pytest.mark.parametrize(
    "text", ["since June 12, 2024", "from Oct-23", "in April 2025", "(4) Next steps", "year 3", "2) to allow entry"]
)
def test_dates_and_numbering_stay_out(text: str) -> None:
    assert figures.figure_tokens(text) == []


@pytest.mark.parametrize(
    ("text", "after", "unit"),
    [
        ("a rate of 7.6", " per 1,000 households", "per 1,000"),
        ("a gap of 6.4", " years for men", "years"),
        ("savings of £700,000", " years", "GBP"),  # a number's own unit wins
        ("a score of 12", " out of the rest", None),
        ("uptake of 68.2", " per cent of adults", "%"),  # a percentage in words
    ],
)
def test_unit_written_after_a_number(text: str, after: str, unit: str | None) -> None:
    (token,) = figures.figure_tokens(text)[-1:]
    assert figures.unit_after(after, token) == unit


def test_compact_years_are_read_as_financial_years() -> None:
    text = "between 201920 and 202021 the rate"
    assert figures.compact_years(text) == [
        (text.index("201920"), text.index("201920") + 6, "2019/20"),
        (text.index("202021"), text.index("202021") + 6, "2020/21"),
    ]


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("FINANCIAL POSITION", True),
        ("Smoking at time of delivery", True),
        ("3. Financial position", False),  # numbered: an item, not a sub-heading
        ("Adult Social Care Scrutiny Committee", False),  # the cover's committee: the meeting, not a section
        ("The service supported 1,482 women during the year.", False),
        ("Savings of £700,000", False),
        ("", False),
    ],
)
def test_looks_like_heading(text: str, heading: bool) -> None:
    assert figures.looks_like_heading(text) is heading


def test_heading_above_skips_blank_lines_and_page_furniture() -> None:
    lines = ("FINANCIAL POSITION", "", "The service saved £700,000 in the year.", "")
    assert figures.heading_above(lines, 3, frozenset()) == "FINANCIAL POSITION"
    assert figures.heading_above(lines, 3, frozenset({1})) is None  # line 1 is a page footer, say
    assert figures.heading_above(lines, 3, frozenset(), max_lines=1) is None


def test_nearest_period_to_a_number() -> None:
    sentence = "In 2019/20 the rate was 12%, up from 2018/19"
    assert figures.nearest_period(sentence, sentence.index("12%")) == "2018/19"
    assert figures.nearest_period(sentence, 0) == "2019/20"
    assert figures.nearest_period("between 201112 and 201213 the rate fell", 30) == "2012/13"
    assert figures.nearest_period("the rate was 12%", 13) is None


def test_sentence_topic_names_what_the_figures_report_on() -> None:
    sentence = (
        "The data shown in table 3 regarding jobs and work shows total employments furloughed at December 2020"
        " locally was similar, with North West Leicestershire having the lowest level at 10%"
    )
    assert figures.sentence_topic(sentence, sentence.index("10%")) == "total employments furloughed"
    assert figures.sentence_topic("The chart shows 150 people attended in 2019", 20) is None


@pytest.mark.parametrize(
    ("text", "figures_printed"),
    [
        ("Homelessness duties, at 15.1 per 1,000 households, are high", ["15.1"]),  # a rate's base
        ("Budget £000   2023/24 plan £000   outturn", []),  # a units row
        ("Spend (000s) 4,120 in the year", ["4,120"]),
        ("3.2 In 2023/24, 36 GPs joined practices", ["36"]),  # a paragraph number
        ('<th colspan="2">Life expectancy</th> <td>79.4</td>', ["79.4"]),  # an HTML tag's attribute
        ("Saffron Health Hub, 509 Saffron Lane, saw 1,204 patients", ["1,204"]),  # a house number
        ("The 12 Hospital Trusts saw 1,204 patients", ["12", "1,204"]),  # no street after the words
    ],
)
def test_rate_bases_unit_markers_and_paragraph_numbers_are_not_figures(text: str, figures_printed: list[str]) -> None:
    assert [t.text for t in figures.figure_tokens(text)] == figures_printed


def test_a_numbered_heading_is_the_heading_of_its_paragraphs() -> None:
    """ "2. Efficiency programme 2026/27" over "2.1 The ICB's ..." is the section's heading, without its number;
    an agenda's numbered items are a list, and a contact line is no heading."""
    lines = (
        "Contact: Jo Marsh, Governance Manager",
        "Tel: 01632 960 111   Email: jo.marsh@nhs.net",
        "",
        "2. Efficiency programme 2026/27",
        "",
        "2.1 The requirement for 2026/27 is £20.96m.",
    )
    assert figures.heading_above(lines, 6, frozenset()) == "Efficiency programme 2026/27"
    assert figures.heading_above(lines[:3] + lines[5:], 4, frozenset()) is None
    agenda = ("1. Apologies for absence", "2. Declarations of interest", "3. Minutes of the meeting held on 4 June")
    assert figures.heading_above(agenda, 3, frozenset()) is None


def test_heading_above_passes_over_a_table_caption() -> None:
    lines = ("Primary care", "", "Table 2: GPs by locality", "", "In the year 36 GPs joined.")
    assert figures.heading_above(lines, 5, frozenset()) == "Primary care"


def test_a_place_no_gazetteer_knows_is_found_once_the_pack_names_it() -> None:
    local = places.local_places(["Sallowfield", "Tarnholme & Elderby"])
    text = "Homelessness duties in Sallowfield, at 15.1 per 1,000 households, are above the England rate."
    assert figures.nearest_area(text, text.index("15.1"), text, text.index("15.1"), []) is None
    assert figures.nearest_area(text, text.index("15.1"), text, text.index("15.1"), [], local=local) == "Sallowfield"
    spelled = "Rates in Tarnholme and Elderby were 4.2%"
    assert figures.nearest_area(spelled, 33, spelled, 33, [], local=local) == "Tarnholme & Elderby"


def test_a_list_of_places_earlier_in_the_paragraph_is_not_the_figures_area() -> None:
    local = places.local_places(["Brantwick", "Dunmarsh", "Sallowfield"])
    paragraph = "Localities are Brantwick; Dunmarsh; and Sallowfield. The list was 567,620 patients."
    sentence = "The list was 567,620 patients."
    at = paragraph.index("567,620")
    args = (sentence, sentence.index("567"), sentence, sentence.index("567"), [paragraph])
    assert figures.nearest_area(*args, paragraph=paragraph, para_off=at, local=local) is None
    one = "Sallowfield has the oldest practices. The list was 567,620 patients."
    found = figures.nearest_area(*args[:4], [one], paragraph=one, para_off=one.index("567"), local=local)
    assert found == "Sallowfield"


# Made-up places (no gazetteer knows them) for the rules below: a pack names them in its tables.
LOCAL = places.local_places(["Thornsby", "Oxlade", "Kestleigh", "Fenwold"])


def area_in_sentence(sentence: str, printed: str, before: list[str] | None = None) -> str | None:
    at = sentence.index(printed)
    return figures.nearest_area(sentence, at, sentence, at, before or [], paragraph=sentence, para_off=at, local=LOCAL)


def test_a_bracket_after_a_place_holds_its_numbers_every_one() -> None:
    text = (
        "Life expectancy is lowest in Oxlade (76.2 years for males, 80.9 for females) and highest in Fenwold"
        " (82.0 and 85.3)."
    )
    assert [area_in_sentence(text, n) for n in ("76.2", "80.9", "82.0", "85.3")] == [
        "Oxlade",
        "Oxlade",
        "Fenwold",
        "Fenwold",
    ]
    england = "Rates in Kestleigh are 61.0 and 64.5, above England (59.2 and 62.8)."
    assert area_in_sentence(england, "62.8") == "England"
    assert area_in_sentence(england, "64.5") == "Kestleigh"


def test_a_comparison_s_place_is_its_own_number_s_benchmark_and_no_other_figure_s_area() -> None:
    text = "Kestleigh saw 58.3% of contacts by phone, against 61.2% in England."
    assert area_in_sentence(text, "61.2") == "England"
    assert area_in_sentence(text, "58.3") == "Kestleigh"
    # the line above names England only as a benchmark: the figure below takes no area from it
    assert area_in_sentence("The forecast is an overspend of £0.6m.", "0.6", [text]) == "Kestleigh"
    assert area_in_sentence("Spend was £2.1m.", "2.1", ["Waits were 4.1%, compared with 5.0% in England."]) is None


def test_a_place_named_only_in_a_list_is_no_figure_s_area() -> None:
    text = "The fall rate is 6.3% above plan; the service will reach Thornsby and Oxlade from May."
    assert area_in_sentence(text, "6.3") is None  # the pack's home area, then
    assert area_in_sentence("The fall rate in Thornsby is 6.3%.", "6.3") == "Thornsby"


def test_a_place_that_only_describes_a_thing_after_the_figure_is_not_its_area() -> None:
    text = "The underspend of £0.2m follows the late opening of the Thornsby health centre."
    assert area_in_sentence(text, "0.2") is None
    assert area_in_sentence("Smoking is 14.2% in the Thornsby district.", "14.2") == "Thornsby"
    assert area_in_sentence("The Thornsby rate was 14.2%.", "14.2") == "Thornsby"


def test_another_sentence_on_the_figure_s_line_does_not_name_its_area() -> None:
    pack = (
        "Health inequalities",
        "Men in the most deprived tenth of Fenwold live 8.8 years less than men in the least",
        "deprived tenth; for women the gap is 6.9 years. The England gaps are 9.7 and 7.9 years.",
    )
    rows = figure_rows(pack)
    assert rows["6.9"] == "Fenwold"
    assert rows["9.7"] == rows["7.9"] == "England"
    # a sentence break read inside a place's name ("N.W." taken for a sentence's end) does not cut the name
    rows = figure_rows(("Walking", "In Oxlade 61% of adults were active; in N.W. Leicestershire it was 58%."))
    assert rows["58"] == "North West Leicestershire"


def test_a_key_value_list_takes_no_place_from_the_paragraph_before_its_lead_in() -> None:
    pack = (
        "Premises",
        "9. The underspend follows the delayed opening of a surgery in Oxlade in June.",
        "Network funding",
        "10. Network funding for 2024/25 is:",
        "Staff roles scheme: £12.6m",
        "Access payment: £2.7m",
        "",
        "Thornsby network",
        "Staff roles scheme: £1.4m",
    )
    rows = figure_rows(pack)
    assert rows["12.6"] == rows["2.7"] == "Fenwold"
    assert rows["1.4"] == "Thornsby"


DISTRICTS = (
    "Table 1: Smoking by district",
    "District     2022    2023",
    "Thornsby     12.1    11.8",
    "Oxlade       14.0    13.2",
    "Fenwold      12.9    12.4",
    "England      12.7    11.9",
    "",
)


def figure_rows(lines: tuple[str, ...]) -> dict[str, str]:
    """The area of each figure read from the text of a small pack (its cover, a table of its districts, then
    `lines`), by its value."""
    from pathlib import Path

    from loaders.pipeline import extract_read
    from loaders.reading import Pack

    pack = Pack(Path("fenwold.txt"), ("FENWOLD COUNTY COUNCIL", "", *DISTRICTS, *lines), "utf-8", "0")
    frame = extract_read(pack).frame
    rows = frame[frame["source_line"] > 2 + len(DISTRICTS)]
    return {f"{value:g}": area for value, area in zip(rows["value"], rows["area"], strict=True)}


def test_a_numbered_paragraph_after_a_full_stop_starts_a_sentence() -> None:
    passage = figures.Passage(
        "Of the amount, 58% had been recurrent. 34.2 For 2024/25 the target was £46.8m.", ((0, 1),)
    )
    sentence, _ = figures.sentence_around(passage, passage.text.index("46.8"))
    assert sentence == "34.2 For 2024/25 the target was £46.8m."


def test_a_place_inside_an_nhs_body_s_name_or_footprint_is_no_figure_s_place() -> None:
    """ "Wendlecombe" in "Wendlecombe and Orsby ICB" or "the Wendlecombe and Orsby system" (a footprint, Orsby
    no place) names neither the place nor a list; "Wendlecombe and Thirlby" (two places) is a list of places."""
    local = places.local_places(["Wendlecombe", "Thirlby"])
    for text in ("the Wendlecombe and Orsby ICB reported a deficit", "the Wendlecombe and Orsby system at month 9"):
        assert figures.places_in(text, local) == []
    found = figures.places_in("in Wendlecombe and Thirlby", local)
    assert [a.name for _s, _e, a in found] == ["Wendlecombe", "Thirlby"]


def test_a_paragraph_number_on_its_own_line_starts_a_paragraph() -> None:
    """HTML renditions print "2.1" on a line of its own and no blank line between paragraphs."""
    lines = ("1.1", "To report on the Wendlecombe place.", "2.1", "The ICB reports a deficit of", "£9.4m.")
    found = figures.passages(lines, frozenset())
    assert found[4].text == "The ICB reports a deficit of £9.4m."  # its number "2.1" stands apart
    assert "Wendlecombe" not in found[5].text


def test_a_numbered_heading_is_neither_a_paragraph_nor_a_date() -> None:
    assert figures.is_numbered_heading("3 REVENUE POSITION")
    assert figures.is_numbered_heading("### 2. Background")
    assert not figures.is_numbered_heading("2.1 The ICB reports a deficit")
    assert not figures.is_numbered_heading("14 May 2026")


def test_a_minute_number_alone_on_its_line_is_no_figure() -> None:
    assert figures.figure_tokens("35.") == []
    assert figures.figure_tokens("  2.1") == []
    assert [t.text for t in figures.figure_tokens("35.5%")] == ["35.5%"]


def test_every_number_of_a_comparison_is_its_benchmark_s() -> None:
    text = "Men in Kestleigh can expect 60.1 years and women 61.0 years, against 61.5 and 61.9 years in England."
    assert [area_in_sentence(text, n) for n in ("60.1", "61.0", "61.5", "61.9")] == [
        "Kestleigh",
        "Kestleigh",
        "England",
        "England",
    ]


def test_a_place_s_possessive_names_the_number_after_it() -> None:
    text = "The Oxlade rate of 4.6 per 1,000 is similar to England's 4.1."
    assert area_in_sentence(text, "4.1") == "England"
    assert area_in_sentence(text, "4.6") == "Oxlade"


def test_a_paragraph_number_alone_and_an_o_bullet_start_new_paragraphs() -> None:
    lines = ("Ward", "Hollins", "12.5", "4.2", "Spend rose by £2.0m in the year.", "o  Drugs are £0.4m over.", "")
    paras = figures.passages(lines, frozenset())
    assert paras[5].text == "Spend rose by £2.0m in the year."  # "4.2" over it is its number: no part of it
    assert paras[6].text == "o  Drugs are £0.4m over."  # a Word export's bullet


@pytest.mark.parametrize(
    ("text", "printed", "area"),
    [
        (
            "Spend was £40.1 million in Ockbury, £35.6 million in Helmsworth and £29.0 million in Ravensfield.",
            "£35.6",
            "Helmsworth",
        ),
        (
            "Spend was £40.1 million in Ockbury, £35.6 million in Helmsworth and £29.0 million in Ravensfield.",
            "£29.0",
            "Ravensfield",
        ),
        (
            "Spend was £40.1 million in Ockbury, £35.6 million in Helmsworth and £29.0 million in Ravensfield.",
            "£40.1",
            "Ockbury",
        ),
        ("Uptake was 81.2% in Helmsworth, 77.9% in Ockbury.", "77.9", "Ockbury"),
        (
            "The three boroughs spent £104.7 million: £40.1 million in Ockbury, £35.6 million in Helmsworth.",
            "£104.7",
            None,
        ),
        (
            "In Ockbury 52.1% of calls were answered, in Helmsworth 48.3% and in Ravensfield 50.6%.",
            "48.3",
            "Helmsworth",
        ),
        ("There were 1,204 admissions in Ockbury, a rate of 412 per 100,000.", "412", "Ockbury"),  # one pair: no list
    ],
)
def test_in_a_list_of_figures_by_place_each_place_is_its_own_numbers(text: str, printed: str, area: str | None) -> None:
    local = places.local_places(["Ockbury", "Helmsworth", "Ravensfield"])
    at = text.index(printed)
    assert figures.nearest_area(text, at, text, at, [], local=local) == area


def test_a_place_of_a_later_sentence_with_figures_of_its_own_is_not_the_figures_area() -> None:
    local = places.local_places(["Ockbury", "Helmsworth"])
    sentence = "Savings schemes had delivered £8.4 million against a plan of £9.1 million."
    paragraph = sentence + " Members asked about the overspend of £1.3 million in Ockbury."
    at = sentence.index("£8.4")
    args = (sentence, at, sentence, at, [])
    assert figures.nearest_area(*args, paragraph=paragraph, para_off=at, local=local) is None
    plain = sentence + " Members asked about Ockbury."  # a later sentence with no figure of its own still names it
    assert figures.nearest_area(*args, paragraph=plain, para_off=at, local=local) == "Ockbury"
    named = "The rate in Helmsworth (61.0%) is 2.3 points below England. Helmsworth has 4.1% in fuel poverty."
    own = named[: named.index(". ") + 1]
    at = own.index("2.3")
    found = figures.nearest_area(own, at, own, at, [], paragraph=named, para_off=at, local=local)
    assert found == "Helmsworth"  # its own sentence names the place, printed before another number


def test_a_figure_beside_a_list_of_figures_by_place_takes_none_of_its_places() -> None:
    local = places.local_places(["Ockbury", "Helmsworth", "Ravensfield"])
    paragraph = (
        "Budgets total £90.2 million: £40.1 million in Ockbury, £29.0 million in Helmsworth and £21.1 million in "
        "Ravensfield. Forecast spend is £91.0 million."
    )
    above = ["| Ravensfield North PCN | Ravensfield | 1,207 |"]  # a table above names a place: not this text's
    for printed in ("£90.2", "£91.0"):
        at = paragraph.index(printed)
        end = paragraph.index(". ") + 1
        sentence, off = (paragraph[:end], at) if at < end else (paragraph[end + 1 :], at - end - 1)
        found = figures.nearest_area(sentence, off, sentence, off, above, paragraph=paragraph, para_off=at, local=local)
        assert found is None


DEFINITIONS = (
    "Headline figures",
    "",
    "   Smoking prevalence (adults)",
    "          12.9 per cent",
    "",
    "   Children in low income families",
    "          6,410",
    "Falls admissions",
    " 812 hip fractures",  # set in by one space, as a converter's wrapped line: no definition
    "   Savings delivered:",
    "          £2.1m",  # the line above ends as a sentence or a lead-in does: no term
)


@pytest.mark.parametrize(
    ("n", "term"),
    [(4, "Smoking prevalence (adults)"), (7, "Children in low income families"), (9, None), (11, None), (3, None)],
)
def test_a_definition_list_s_term_is_the_label_of_the_figure_set_in_below_it(n: int, term: str | None) -> None:
    assert figures.defined_term(DEFINITIONS, n) == term


def test_a_definition_list_s_term_is_no_heading_of_the_next_term() -> None:
    assert figures.heading_above(DEFINITIONS, 6, frozenset()) == "Headline figures"


def test_a_place_in_a_web_or_mail_address_is_no_figure_s_area() -> None:
    """ "www.england.nhs.uk" or "jsna@dunsmere.gov.uk" names no place: a figure after a link to NHS England's
    guidance is not England's."""
    assert figures.places_in("requirements (https://www.england.nhs.uk/publication/bcf) were met") == []
    assert figures.places_in("write to jsna@leicestershire.gov.uk or /leicestershire/plans") == []
    assert [a.name for _s, _e, a in figures.places_in("England's rate. Leicestershire.")] == [
        "England",
        "Leicestershire",
    ]


@pytest.mark.parametrize(
    ("line", "key_value"),
    [
        ("Residents, mid-2025 estimate          592,100", True),
        ("Male life expectancy, 2022-24        79.4 years (England 79.1)", True),
        ("Fuel poverty, 2024      12.9%", True),
        ("Sallowby       79.6      83.3", False),  # a table's row: two figures
        ("The gap is 9.2 years for men", False),
    ],
)
def test_a_key_facts_line_is_a_paragraph_of_its_own(line: str, key_value: bool) -> None:
    assert figures.is_key_value(line) is key_value
