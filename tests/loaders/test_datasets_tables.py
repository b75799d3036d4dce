"""Tables no dedicated spec reads: the engine finds them whole, `other_tables` labels every cell.

Inline packs test the general mechanisms; the shipped-pack facts below were read by hand from the
pack text (file and line given with each), not taken from the loader's output.
"""

from __future__ import annotations

from collections.abc import Callable

from loaders.reading import Pack
from loaders.segmenting import segment
from loaders.tables import find_tables

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
