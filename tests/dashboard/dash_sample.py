"""A small tidy frame (and a copy with altered values) for dashboard tests.

Tests build the app from these rather than from the packs, so they are fast and
so a sentence or chart that does not come from the data fails on the altered copy.
"""

from __future__ import annotations

import pandas as pd

from loaders.schema import coerce

DISTRICTS = [
    ("Blaby", "E07000129"),
    ("Charnwood", "E07000130"),
    ("Harborough", "E07000131"),
    ("Hinckley and Bosworth", "E07000132"),
    ("Melton", "E07000133"),
    ("North West Leicestershire", "E07000134"),
    ("Oadby and Wigston", "E07000135"),
    ("Leicestershire", "E10000018"),
    ("England", "E92000001"),
]
CYCLING = "Percentage of adults cycling for travel at least three days per week 2018/19 (%)"
FUEL = "Fuel Poverty 2018 (%)"
FURLOUGH = "Furlough take-up rate (%)"
# Values as printed in pack 003 (England's cycling figure is made up for the test).
CYCLING_VALUES = [2.5, 4.0, 1.4, 2.1, 1.0, 1.5, 2.0, 2.4, 2.3]
FUEL_VALUES = [8.4, 10.1, 8.9, 9.0, 10.6, 9.8, 8.9, 9.4, 8.9]
FURLOUGH_VALUES = [12, 12, 12, 11, 12, 10, 13, 12, 12]
PACK = "003_test.txt"
PACK_DATE = "2021-07-08"


def _row(dataset, measure, area, code, value, unit="%", line=1, polarity=None, **extra):
    text = extra.pop("value_text", f"{value:.1f}" if isinstance(value, float) else str(value))
    return {
        "dataset": dataset,
        "area": area,
        "area_code": code,
        "period": extra.pop("period", "2018/19"),
        "measure": measure,
        "value": value,
        "value_text": text,
        "unit": unit,
        "context": extra.pop("context", f"{area} {text}"),
        "source_file": extra.pop("source_file", PACK),
        "source_line": line,
        "source_column": extra.pop("source_column", 1),
        "committee": "Health and Wellbeing Board",
        "meeting_date": extra.pop("meeting_date", PACK_DATE),
        "pack_date": extra.pop("pack_date", PACK_DATE),
        "report": extra.pop("report", "Wider Determinants of Health"),
        "polarity": polarity,
        **extra,
    }


def make_frame(cycling=CYCLING_VALUES, fuel=FUEL_VALUES) -> pd.DataFrame:
    rows = []
    for i, ((area, code), c, f, u) in enumerate(zip(DISTRICTS, cycling, fuel, FURLOUGH_VALUES, strict=True)):
        rows.append(_row("wider_determinants", CYCLING, area, code, c, line=10 + i, polarity="higher is better"))
        rows.append(_row("wider_determinants", FUEL, area, code, f, line=30 + i, polarity="lower is better"))
        rows.append(_row("wider_determinants", FURLOUGH, area, code, u, line=50 + i, polarity="no judgement"))
    rows.append(
        _row(
            "qipp",
            "QIPP savings identified",
            "Leicester, Leicestershire and Rutland",
            "org:llr",
            41.2,
            unit="GBP millions",
            line=5,
            period="2019/20",
            value_text="£41.2m",
            source_file="000_test.txt",
            pack_date="2019-09-11",
            meeting_date="2019-09-11",
            report="QIPP update",
        )
    )
    rows.append(
        _row(
            "qipp",
            "QIPP savings identified",
            "Leicester, Leicestershire and Rutland",
            "org:llr",
            30.0,
            unit="GBP millions",
            line=6,
            period="2018/19",
            value_text="£30.0m",
            source_file="000_test.txt",
            pack_date="2019-09-11",
            meeting_date="2019-09-11",
            report="QIPP update",
        )
    )
    rows.append(
        _row(
            "figures",
            "Delayed transfers of care",
            "Leicestershire",
            "E10000018",
            7.3,
            unit="%",
            line=9,
            period="2013/14",
            rag="Red",
            value_text="7.3%",
            source_file="001_test.txt",
            pack_date="2013-12-05",
            meeting_date="2013-12-05",
            report="Performance dashboard",
            context="Delayed transfers 7.3% Red",
        )
    )
    rows.append(
        _row(
            "figures",
            "Emergency admissions",
            "Leicestershire",
            "E10000018",
            1234,
            unit="number",
            line=12,
            period="2013/14",
            rag="Green",
            value_text="1,234",
            source_file="001_test.txt",
            pack_date="2013-12-05",
            meeting_date="2013-09-05",
            report="Minutes",
            warning="figure stated twice",
            context="Emergency admissions were 1,234 in the quarter",
        )
    )
    rows += part2_rows()
    return coerce(pd.DataFrame(rows))


def part2_rows(pcn_total_late: float = 9.0) -> list[dict]:
    """A few rows for finance, workforce and life expectancy (pack 002/003 shapes, made-up values)."""
    llr = ("Leicester, Leicestershire and Rutland", "org:llr")
    common = {"source_file": "002_test.txt", "pack_date": "2019-11-13", "meeting_date": "2019-11-13"}
    out = []
    for i, (period, a, b) in enumerate([("2019/20", 1.0, 2.0), ("2023/24", 3.0, pcn_total_late - 3.0)]):
        for j, (measure, v) in enumerate([("PCN Additional Roles", a), ("Core PCN Funding", b)]):
            out.append(
                _row(
                    "pcn_budgets",
                    measure,
                    *llr,
                    v * 1e6,
                    unit="GBP",
                    line=100 + i * 3 + j,
                    period=period,
                    value_text=f"{v * 1e6:,.0f}",
                    report="Primary care strategy",
                    **common,
                )
            )
        out.append(
            _row(
                "pcn_budgets",
                "TOTAL PRIMARY CARE NETWORK FUNDING",
                *llr,
                (a + b) * 1e6,
                unit="GBP",
                line=102 + i * 3,
                period=period,
                value_text=f"{(a + b) * 1e6:,.0f}",
                **common,
            )
        )
    out.append(
        _row(
            "gp_workforce",
            "Number of WTE GPs in LLR (Numbers)",
            *llr,
            554,
            unit="WTE",
            line=200,
            period=None,
            value_text="554",
            **common,
        )
    )
    out.append(
        _row(
            "gp_workforce",
            "Leavers (Total over 5 years)",
            *llr,
            -65,
            unit="WTE",
            line=201,
            period="total over 5 years",
            value_text="-65",
            **common,
        )
    )
    out.append(
        _row(
            "gp_workforce",
            "Newly qualified GPs (Total over 5 years)",
            *llr,
            133,
            unit="WTE",
            line=202,
            period="total over 5 years",
            value_text="133",
            **common,
        )
    )
    for k, (area, code, m, f) in enumerate(
        [("Leicestershire", "E10000018", 80.9, 84.3), ("England", "E92000001", 79.8, 83.4)]
    ):
        out.append(
            _row(
                "life_expectancy",
                "Life expectancy at birth (males)",
                area,
                code,
                m,
                unit="years",
                line=300 + k,
                period=None,
                polarity="higher is better",
            )
        )
        out.append(
            _row(
                "life_expectancy",
                "Life expectancy at birth (females)",
                area,
                code,
                f,
                unit="years",
                line=310 + k,
                period=None,
                polarity="higher is better",
            )
        )
    out.append(
        _row(
            "life_expectancy",
            "Life expectancy gap (years less for men)",
            "Leicestershire",
            "E10000018",
            6.4,
            unit="years",
            line=320,
            period=None,
        )
    )
    return out


SOURCES = {
    PACK: tuple(f"line {n} of the district pack" for n in range(1, 81)),
    "000_test.txt": tuple(f"qipp line {n}" for n in range(1, 11)),
    "001_test.txt": tuple(f"performance line {n}" for n in range(1, 21)),
}
