"""Tests of loaders/captions_rows.py: captions and tables of numeric rows on small inline packs."""

from __future__ import annotations

from collections.abc import Callable

from loaders.captions_rows import CAPTION_RE, find_captions, find_tables, split_row
from loaders.reading import Pack
from loaders.segmenting import segment

HEADER_AFTER_ROWS = """Some prose before the table.

Table 4: Consolidated Budgets

Core Contract 38,321,247 30,277,996 68,599,243

Premises 6,738,977 -4,378,363 2,360,614

TOTAL 45,060,224 25,899,633 70,959,857

North CCG South CCG Total
Prose resumes here and goes on for a while.
"""


def test_split_row_reads_label_and_numbers() -> None:
    row = split_row(7, "Reserve/QIPP 406,400 -359,559 -1,620,583 -1,573,742")
    assert row is not None
    assert row.label == "Reserve/QIPP"
    assert [t.value for t in row.tokens] == [406400.0, -359559.0, -1620583.0, -1573742.0]


def test_split_row_rejects_prose_and_keeps_rag_letters() -> None:
    assert split_row(1, "There were 218 permanent admissions in the quarter") is None
    row = split_row(2, "Delayed transfers 244.38 n/a 217.44 G")
    assert row is not None
    assert row.trailing == "G"
    assert len(row.tokens) == 2


def test_header_after_rows_is_kept_with_the_table(make_pack: Callable[..., Pack]) -> None:
    pack = make_pack(HEADER_AFTER_ROWS)
    (table,) = [t for t in find_tables(pack, segment(pack)) if t.rows]
    assert table.title == "Table 4: Consolidated Budgets"
    assert [r.label for r in table.rows] == ["Core Contract", "Premises", "TOTAL"]
    assert table.width == 3
    assert table.header_after[0][1] == "North CCG South CCG Total"
    assert table.first_line == 5
    assert table.last_line == 9


def test_captions_need_a_separator() -> None:
    assert CAPTION_RE.match("Table 2: Natural and Built Environment indicators")
    assert CAPTION_RE.match("Table 1 - Total Inpatient Admissions")
    assert not CAPTION_RE.match("Table 2 shows the Leicestershire data")


def test_caption_with_no_rows_is_listed_empty(make_pack: Callable[..., Pack]) -> None:
    pack = make_pack("Table 2: Workforce Assumptions\n\n(an image)\n\nprose\n")
    tables = find_tables(pack, segment(pack))
    assert [(t.title, len(t.rows)) for t in tables] == [("Table 2: Workforce Assumptions", 0)]
    assert [c.line for c in find_captions(pack)] == [1]


CONTACTS = """Officer to Contact
Jane Doe, Director of Public Health

Telephone 0116 305 4239

Email: jane@example.org

Telephone 0116 305 7941
Background papers
Annual Review 2018-19 noted
Annual Report 2020-21 noted
"""


WRAPPED_LABELS = """Table 6. Ratings of importance

 Very Important Important Neutral Not important

Confidence that
personal data is
managed well

60% 27% 13% 1%

Talk to Dr or
health
professional
wherever I am

52% 34% 12% 2%

Results communicated quickly 64% 26% 8% 1%
"""


def test_lines_of_phone_numbers_and_years_are_not_tables(make_pack: Callable[..., Pack]) -> None:
    pack = make_pack(CONTACTS)
    assert [t for t in find_tables(pack, segment(pack)) if t.rows] == []


def test_rows_separated_by_wrapped_labels_stay_one_table(make_pack: Callable[..., Pack]) -> None:
    pack = make_pack(WRAPPED_LABELS)
    (table,) = [t for t in find_tables(pack, segment(pack)) if t.rows]
    assert table.title == "Table 6: Ratings of importance"
    assert [r.line for r in table.rows] == [9, 16, 18]


def test_caption_far_above_rows_across_a_header_wrapped_a_word_a_line(make_pack: Callable[..., Pack]) -> None:
    words = "\n\n".join(f"word{k}" for k in range(40))
    pack = make_pack(f"Some prose first.\n\nTable 2. Responses by group\n\n{words}\n\nA 1% 2%\n\nB 3% 4%\n")
    (table,) = [t for t in find_tables(pack, segment(pack)) if t.rows]
    assert table.title == "Table 2: Responses by group"
