"""Two-column pages (a PDF converter's layout mode): each column read as its own text, line numbers kept."""

from __future__ import annotations

from collections.abc import Callable

from loaders.columns import column_blocks, column_views
from loaders.pipeline import extract_read
from loaders.reading import Pack

PAGE = """                                  Ormsby County Council

                               Health and Wellbeing Board

    Director of Public Health Annual Report

    1. How long we live                                        2. Where we live

    Life expectancy at birth in Ormsby is 79.1 years           Fuel poverty is highest in Kettlewick, where
    for men and 83.0 years for women, above England            14.2 % of households are fuel poor, against
    but below the region.                                      12.1 % across the county.

    Men in the most deprived tenth live 8.1 years less         Fewer adults walk for travel at least three days
    than men in the least deprived tenth.                      a week (18.4 %) than in England (21.9 %).

    Figure 1: Gap in male life expectancy, by district         Figure 2: Employment rate, people aged 16-64,
    (years)                                                    Ormsby (%)

      Kettlewick      9.6                                        2021/22        73.9
      Dunmere         7.3                                        2022/23        74.6
      Ashby Fold     10.2                                        2023/24        75.1

    Table 2: Life expectancy at birth (years), 2021-23, a table across the whole page

                                    Male          Female
    Kettlewick                      78.4            82.5
    Dunmere                         80.6            84.2
    Ormsby                          79.1            83.0
    England                         78.8            82.8
"""


def lines_of(text: str) -> tuple[str, ...]:
    return tuple(text.splitlines())


def test_the_gutter_is_found_and_a_full_width_caption_ends_the_block() -> None:
    lines = lines_of(PAGE)
    (block,) = column_blocks(lines)
    caption = next(n for n, t in enumerate(lines, 1) if t.strip().startswith("Table 2"))
    assert (block.gutter, block.last) == (63, caption - 1)
    assert block.first <= next(n for n, t in enumerate(lines, 1) if "1. How long" in t)


def test_each_view_keeps_every_line_and_every_characters_place() -> None:
    lines = lines_of(PAGE)
    left, right = column_views(lines)
    assert len(left) == len(right) == len(lines)
    n = next(n for n, t in enumerate(lines, 1) if "14.2 %" in t)
    assert left[n - 1].strip() == "for men and 83.0 years for women, above England"
    assert right[n - 1].strip() == "14.2 % of households are fuel poor, against"
    assert right[n - 1].index("14.2") == lines[n - 1].index("14.2")
    table_row = next(n for n, t in enumerate(lines, 1) if t.startswith("    England "))
    assert left[table_row - 1] == lines[table_row - 1]
    assert right[table_row - 1] == ""


def test_tables_and_lists_of_one_column_are_not_two_columns() -> None:
    table = lines_of(
        """Indicator                     Period    Value   Trend                      Compared
Employment rate, aged 16-64     2023/24    71.2   No significant change      Worse
Physically active adults        2022/23    61.8   No significant change      Worse
Adults walking for travel       2022/23    14.7   Increasing and getting     Similar
"""
    )
    assert column_blocks(table) == ()
    assert column_views(table) == (table,)


def test_each_columns_figures_and_tables_are_read_apart(make_pack: Callable[..., Pack]) -> None:
    frame = extract_read(make_pack(PAGE)).frame
    rows = {float(v): r for v, r in zip(frame["value"], frame.to_dict("records"), strict=True) if v not in (79.1, 83.0)}
    # a figure in the left column: its sentence is its column's, not run on into the right column's
    left = frame[frame["table"].isna() & (frame["value"] == 79.1)].iloc[0]  # read from the text
    assert left["measure"].startswith("How long we live: Life expectancy at birth")  # under its numbered heading
    assert "Fuel poverty" not in left["measure"]
    assert (rows[14.2]["area"], rows[14.2]["measure"]) == (
        "Kettlewick",
        "Where we live: where of households are fuel poor",
    )
    # each column's small table is its own, with its own caption
    assert (rows[9.6]["area"], rows[9.6]["measure"]) == ("Kettlewick", "Gap in male life expectancy")
    assert (rows[74.6]["area"], rows[74.6]["period"]) == ("Ormsby", "2022/23")
    assert rows[74.6]["measure"] == "Employment rate, people aged 16-64"
    # the table across the whole page is read as it was
    assert (rows[78.4]["area"], rows[78.4]["period"]) == ("Kettlewick", "2021-23")
