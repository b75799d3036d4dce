"""Write the small files of the bad-input corpus (run once; the files are committed beside this script).

Large and binary inputs (a 100 MB file, a scanned PDF) are made at test time instead.
Every file is a small pack in the shape of the shipped ones, so each test can say
exactly which rows a user should get back.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

HEADER = """ Minutes of a meeting of the Health and Wellbeing Board held at County Hall, Glenfield on
Thursday, 28 January 2021.

Domestic abuse – funding

The County Council received £1,127,205 for safe accommodation – each district received about £33,000.
"""

HOMES_TABLE = """Table 4: Warmer and Safer Homes indicators
 Homelessness-households owed

a duty under the homelessness

reduction act (HRA) 2019/20

(per 1,000)

Excess Winter
deaths index Aug

2018-Jul 2019

 (Ratio-%)

Fuel Poverty
2018 (%)

Blaby 9.9 24.9 8.4

Charnwood 5.6 5.3 10.1

Harborough 5.0 11.9 8.9

Hinckley & Bosworth 8.5 16.7 9.0

Melton 11.7 29.3 10.6

NW Leicestershire  7.6 18.1 9.8

Oadby & Wigston 10.0 -5.9 8.9

Leicestershire 7.7 13.1 9.4

England 12.3 15.1 8.9

"""

FOOTER = """4. Next steps

The plan will be reviewed in 2022 – the budget for the year is £250,000.
"""

REFERENCE = HEADER + "\n" + HOMES_TABLE + FOOTER

JOBS_TABLE = """Table 3: Job and work indicators

Sickness absence-percentage

of working days lost due to

sickness absence 2017-19 (%)

Percentage of people aged
16-64 in employment

2019/20 (%)

Blaby 1.3 78.1

Charnwood 2.7 80.3

Harborough 1.1 88.2

Hinckley and Bosworth 1.1 85.2

Melton 0.7 84.9

North West Leicestershire 1.0 72.6

Oadby and Wigston 2.4 76.2

Leicestershire 1.6 80.6

England 1.1 76.2

"""

SPELLINGS_PROSE = """In Hinckley & Bosworth Borough 61% of adults were active; in N.W. Leicestershire it was 58%.

Hinckley and Bosworth Borough Council reported 412 households in temporary accommodation.
"""

BUDGETS_TABLE = """Table 4: CCG Consolidated 2019/20 Primary Care Budgets

LLR Total

Annual Budget Annual Budget Annual Budget Annual Budget

£ £ £ £

SUMMARY

Core Contract 38,321,247 30,277,996 35,117,570 103,716,813

Dispensing/Prescribing Drs 250,000 1,572,349 1,393,122 3,215,471

Enhanced Services 1,044,512 892,010 871,952 2,808,475

Premises 6,738,977 4,378,363 4,994,732 16,112,072

Total Co Commissioning 46,354,736 37,120,718 42,377,376 125,852,831

Community Based Services 2,087,798 2,097,491 2,876,071 7,061,360

GP Incentives 750,000 1,510,264 1,700,000 3,960,264

Total Other Primary Care 2,837,798 3,607,755 4,576,071 11,021,624

TOTAL 49,192,534 40,728,473 46,953,447 136,874,455

Leicester City CCG East Leicestershire West Leicestershire
"""

PREMISES = "Premises 6,738,977 4,378,363 4,994,732 16,112,072"
BAD_PREMISES = "Premises 6,738,997 4,378,363 4,994,732 16,112,092"

# Another county's districts, which the gazetteer knows (each gets its ONS code) ...
NOTTS = {
    "Blaby": "Ashfield",
    "Charnwood": "Bassetlaw",
    "Harborough": "Broxtowe",
    "Hinckley & Bosworth": "Gedling",
    "Melton": "Mansfield",
    "NW Leicestershire": "Newark and Sherwood",
    "Oadby & Wigston": "Rushcliffe",
    "Leicestershire": "Nottinghamshire",
}
# ... and districts it cannot know (invented, as a new authority or a misprint would be), beside a known county.
UNKNOWN = {
    "Blaby": "Ashwell Vale",
    "Charnwood": "Brackenmoor",
    "Harborough": "Coldwater Heath",
    "Hinckley & Bosworth": "Dunmere and Fallow",
    "Melton": "Eastwick Hollow",
    "NW Leicestershire": "Fernley Downs",
    "Oadby & Wigston": "Greywater",
    "Leicestershire": "Nottinghamshire",
}


def other_council(names: dict[str, str] = NOTTS) -> str:
    """The homes table with another county's district names in place of Leicestershire's."""
    lines = []
    for line in HOMES_TABLE.splitlines():
        for ours, theirs in names.items():
            if line.startswith(ours + " "):
                line = theirs + line[len(ours) :]
        lines.append(line)
    return (
        "Nottinghamshire Health and Wellbeing Board\n\nFuel poverty in Nottinghamshire was 9.4% in 2018.\n\n"
        + "\n".join(lines)
        + "\n"
        + FOOTER
    )


def write() -> None:
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "whitespace.txt": b"  \r\n\r\n\t\n",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "office.txt": b"PK\x03\x04\x14\x00\x06\x00" + bytes(64),
        "reference.txt": REFERENCE.encode("utf-8"),
        "windows1252.txt": REFERENCE.encode("cp1252"),
        "utf8_bom.txt": b"\xef\xbb\xbf" + REFERENCE.encode("utf-8"),
        "crlf.txt": REFERENCE.replace("\n", "\r\n").encode("utf-8"),
        "utf16.txt": REFERENCE.encode("utf-16"),
        "mixed_encoding.txt": HEADER.encode("utf-8") + b"\n" + HOMES_TABLE.encode("utf-8") + FOOTER.encode("cp1252"),
        "bad_byte.txt": REFERENCE.replace("Fuel Poverty", "Fuel \x00Poverty").encode("utf-8").replace(b"\x00", b"\x81"),
        "lost_numbers.txt": REFERENCE.replace("Melton 11.7 29.3 10.6", "Melton 11.7 10.6").encode("utf-8"),
        # A part of a column misprinted (its row still adds up): the column's total no longer does.
        "bad_total.txt": (HEADER + "\n" + BUDGETS_TABLE.replace(PREMISES, BAD_PREMISES)).encode("utf-8"),
        # A part misprinted so that neither its row nor its column adds up.
        "bad_row_total.txt": (HEADER + "\n" + BUDGETS_TABLE.replace("6,738,977", "6,738,997")).encode("utf-8"),
        "spellings.txt": (HEADER + "\n" + HOMES_TABLE + JOBS_TABLE + SPELLINGS_PROSE).encode("utf-8"),
        "other_council.txt": other_council().encode("utf-8"),
        "unknown_districts.txt": other_council(UNKNOWN).encode("utf-8"),
    }
    for name, content in files.items():
        (HERE / name).write_bytes(content)


if __name__ == "__main__":
    write()
