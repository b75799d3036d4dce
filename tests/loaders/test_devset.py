"""End to end (loaders/pipeline.py) on other councils' packs: the development set in tests/data/devset.

Sixteen made-up councils (calvermoor: layout-mode text; fallowmere: a Markdown-ish export; ebberstone: a PDF
converter's raw and non-layout text, with single-spaced, comma- and tab-separated rows and one cell per line;
askerwold: Word exports in layout mode, a place board's performance scorecard and finance (F)/(A) tables, areas
as columns, merged headers, footnote markers on values; kelderbrook: a metropolitan borough's HWB with wards,
neighbourhoods, a PHOF extract with confidence intervals and region and England columns, and its ICB board's
integrated performance report with SPC words and month columns);
carrowdale: modern.gov agenda-item minutes and HTML renditions of reports, tables one cell per line (areas as
columns too) or single-spaced with status answers; quellhampton: landscape tables broken across pages with their
header repeated, a space as thousands separator, a true minus sign, `n/a` and `..` cells, deprivation quintiles;
tamsford: a joint health overview and scrutiny committee of three boroughs and their ICB, tables as pandoc ASCII
grid tables with cells wrapped inside their boxes; harrowby: a unitary's w3m dump of HTML pages, with cells wrapped
inside padded columns and no rules, and a reStructuredText export with captions below its tables and years down the
rows, written as an unseen layout and scored once before any loader work; sheringmoor: a county's Markdown from a
PDF-to-Markdown converter, with `<br>` in header cells, merged headers repeated and a table split at a page, and
pdftotext -layout of a two-column public health annual report, also scored once before any loader work;
brackenholt: a county's pandoc plain-text report (setext headings, simple and multiline tables with captions below)
and pdftotext default-mode output of its ICB's slide deck (numbers alone on their lines, tiles, charts' data labels
before their category labels), also scored once before any loader work; ormsby: a county's ICB report as pdfminer's
pdf2txt.py prints it (text boxes, tables column by column) and a lynx dump of its HWB's HTML page (link references,
a References list, a definition list, wrapped cells), also scored once before any loader work; dunsmere: a
county's ICB report as antiword prints a Word file (pipe-framed rows with no rules, a merged group over a second
header row, row labels wrapped onto lines of their own) and html2text of its HWB's page (pipe tables without outer
pipes, key-fact tiles with their label two lines below), also scored once before any loader work; hollinsford: a
unitary's HWB report as a PDF-to-Markdown converter writes it (paragraphs on one line, tables with merged cells as
raw HTML, one tag a line, one row a line or the whole table on one line) and pdftotext -layout of its ICB board's
paper (Excel appendices split column-wise over two pages, a running header and footer on every page), also scored
once before any loader work; vennacott: tesseract OCR of a scanned pack and a HWB with a pasted CSV and long tables;
orrinsham: PyMuPDF's and pdfplumber's text of an ICB report and a HWB summary, both also scored once first),
each a folder of packs,
hand-read facts (`facts.jsonl`) and a README listing the traps and the distractors.  The facts are scored with
the shared scorer's strict rule (goldmatch.py, `strict=True`):

- strict labelled recall is at least 90% and there are at most 1.2 rows per printed number;
- the packs rewritten with other invented place and NHS body names score at most 2 points less (the loaders
  must not know these councils by name);
- no number the README calls a distractor (phone, page, paragraph numbers, counts, rates inside row labels ...)
  gives a row in a topic dataset (every dataset but `figures` and `tables`);
- a small pack whose table repeats a row label, with two equal numbers on one line, is read without refusal, one
  row per printed number.

Each council's packs are extracted once per module.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from goldmatch import load_facts, matches, rows_per_printed_number, score, value_matches

from loaders.pipeline import extract_pack

DEVSET = Path(__file__).resolve().parent.parent / "data" / "devset"
COUNCILS = (
    "calvermoor",
    "fallowmere",
    "ebberstone",
    "askerwold",
    "kelderbrook",
    "carrowdale",
    "quellhampton",
    "tamsford",
    "harrowby",
    "sheringmoor",
    "brackenholt",
    "ormsby",
    "dunsmere",
    "hollinsford",
    "vennacott",
    "orrinsham",
    "caddenholm",
    "marrowfield",
    "wrenholt",
    "fernhallow",
    "greymarsh",
)
MIN_RECALL = 90.0
# Below the goal, each with its reason (each held 1-2 points under its score); before Greymarsh, none since December
# 2026, when
# Caddenholm's cards printed abreast and Marrowfield's delegated budget section were read (97.1% and 95.8%), and
# Wrenholt's pandoc tables (headers over a rule of dash runs, captions marked "Table:" under them) (91.4%).
RECALL_FLOOR: dict[str, float] = {
    # scored once at 13.6% before any loader work (December 2026); its sheets saved as CSV are read now, its
    # LaTeX tables (Markdown from Mathpix or Nougat) and its pdftotext spine chart not yet
    "greymarsh": 32.0,
}
MAX_ROWS_PER_NUMBER = 1.2
MAX_RENAMING_DROP = 2.0
NOT_TOPICS = {"figures", "tables"}


def packs(council: str) -> list[Path]:
    return sorted((DEVSET / council).glob("*.txt"))


def extract(paths: list[Path]) -> pd.DataFrame:
    return pd.concat([extract_pack(p).frame for p in paths], ignore_index=True)


@pytest.fixture(scope="module")
def frames() -> dict[str, pd.DataFrame]:
    """Each council's tidy rows (both packs), extracted once for the module."""
    return {council: extract(packs(council)) for council in COUNCILS}


def facts_of(council: str) -> list[dict[str, Any]]:
    return load_facts(DEVSET / council / "facts.jsonl")


# --- the strict rule itself, on hand-made rows ------------------------------------------------------------------

FACT = {
    "file": "p.txt",
    "line": 100,
    "area": "Brantwick",
    "value": 15.1,
    "printed": "15.1",
    "measure_keywords": ["homelessness"],
}


def one_row(**overrides: object) -> pd.DataFrame:
    row = {
        "source_file": "p.txt",
        "source_line": 102,
        "value": 15.1,
        "area": "Brantwick",
        "measure": "Homelessness duties (per 1,000)",
        "table": "Table 4: Housing",
        "context": "Brantwick 14.6 13.2 15.1",
    }
    row.update(overrides)
    return pd.DataFrame([row])


def test_strict_rule_accepts_a_short_label_of_the_same_place() -> None:
    assert matches(FACT, one_row(), strict=True)
    assert matches(FACT, one_row(area="Brantwick Borough Council"), strict=True)
    assert matches({**FACT, "area": "Calvermoor and Pellingham ICB"}, one_row(area="Calvermoor and Pellingham"), True)


def test_strict_rule_rejects_what_the_lenient_rule_lets_through() -> None:
    cases = {
        "a shared word is not the same place": one_row(area="Brantwick North"),
        "the keyword only in the caption": one_row(measure="Duties (per 1,000)", table="Homelessness"),
        "a measure longer than 16 words": one_row(measure="Homelessness " + "word " * 16),
        "the measure is the row's context": one_row(measure="Homelessness 15.1", context="Homelessness 15.1"),
        "the measure holds the number": one_row(measure="Homelessness duties at 15.1 per 1,000"),
    }
    for why, frame in cases.items():
        assert matches(FACT, frame), why
        assert not matches(FACT, frame, strict=True), why


def test_rows_per_printed_number_counts_rows_sharing_file_line_and_value() -> None:
    frame = pd.concat([one_row(), one_row(area="England"), one_row(value=14.6)], ignore_index=True)
    assert rows_per_printed_number(frame) == 1.5


# --- recall and rows per printed number --------------------------------------------------------------------------


@pytest.mark.parametrize("council", COUNCILS)
def test_strict_labelled_recall(council: str, frames: dict[str, pd.DataFrame]) -> None:
    facts = facts_of(council)
    pct, misses = score(facts, frames[council], strict=True)
    floor = RECALL_FLOOR.get(council, MIN_RECALL)
    assert pct >= floor, f"{council}: strict labelled {pct:.1f}% < {floor}%; misses:\n" + "\n".join(misses)


@pytest.mark.parametrize("council", COUNCILS)
def test_rows_per_printed_number(council: str, frames: dict[str, pd.DataFrame]) -> None:
    frame = frames[council]
    rpn = rows_per_printed_number(frame)
    shared = frame.groupby(["source_file", "source_line", "value"]).filter(lambda g: len(g) > 1)
    assert rpn <= MAX_ROWS_PER_NUMBER, f"{council}: {rpn:.2f} rows per printed number; numbers with several rows:\n" + (
        shared[["source_file", "source_line", "value", "dataset", "area", "measure"]].to_string()
    )


# --- renaming: other invented names, the same score ---------------------------------------------------------------

# Each council's places (its name, districts and towns, its neighbour in the ICB) and the initials of its NHS bodies,
# from the README and the packs, each to an invented name of the same length, so the layout-mode columns stay aligned.
# "County Council", "Borough", "District", "NHS", "ICB" and the localities' compass names are kept.
RENAMES: dict[str, dict[str, str]] = {
    "calvermoor": {
        "Calvermoor": "Brackenham",
        "Pellingham": "Wrenbourne",
        "Brantwick": "Kessingby",
        "Dunmarsh": "Fernholt",
        "Morrowdale": "Elmersdale",
        "Sallowfield": "Marshbourne",
        "Tarnholme": "Ravenholt",
        "Elderby": "Oakleby",
    },
    "fallowmere": {
        "Fallowmere": "Thorn Vale",
        "Dunstowe": "Harcombe",
        "Quellby": "Ormsley",
        "Hurlbridge": "Lockbridge",
        "Corrowby": "Skelwick",
        "Pennock": "Ashwell",
        "Ashmoor": "Hobmoor",
        "Tilsey": "Wexley",
    },
    "ebberstone": {
        "Ebberstone": "Frandleigh",
        "Quarley": "Brelham",
        "Hollinbeck": "Morrisdale",
        "Skelderby": "Fenwarden",
        "Brindlemoor": "Ashcrofthay",
        "Pottersby": "Gillerton",
        "Lowcaster": "Hartsfold",
        "Wyndhallow": "Cobblewick",
    },
    "askerwold": {
        "Askerwold": "Brackmire",
        "Glenmarch": "Heddlecot",
        "Brellow": "Drumley",
        "Cradmoor": "Tolhurst",
        "Fenstock": "Ravelsby",
        "Hallerton": "Quenbyton",
        "Minsterby": "Lorrowdan",
        "Owlsworth": "Saxilbury",
    },
    "kelderbrook": {
        "Kelderbrook": "Fenwickdale",
        "Harnside": "Yelverby",
        "Cinderhurst": "Mallowcross",
        "Dallowgate": "Wrexbridge",
        "Hobbfield": "Gorsedale",
        "Marlcote": "Thistlby",
        "Netherwick": "Ambersholt",
        "Ravensfold": "Corrieholm",
        "Tollerdale": "Birchgrove",
        "Yarnbeck": "Fennbeck",
        "Ashgrove": "Elmcroft",
        "Lynhurst": "Bramleys",
        "Pennfold": "Rookfold",
        "Stainmoor": "Greyheath",
    },
    "tamsford": {
        "Tamsford": "Valdmoor",
        "Brindleham": "Pettisholm",
        "Wexcombe": "Ryebourn",
        "Eastwell": "Lanswell",
        "Oakridge": "Elmridge",
    },
    "carrowdale": {
        "Carrowdale": "Hemsbyford",
        "Lenholm": "Wrayton",
        "Stenbury": "Orlesham",
        "Ravensholt": "Thistlebay",
        "Pellingford": "Fennickford",
        "Brackwater": "Selbymoore",
        "Dunmere": "Haverly",
        "Tollerby": "Grenlowe",
    },
    "harrowby": {
        "Harrowby": "Dunholme",
        "Severnside": "Tamarhurst",
        "Kestlemouth": "Brinkleford",
        "Brenscombe": "Hollacombe",
        "Tollacott": "Rilsworth",
        "Wyvernford": "Ashbenford",
        "Perrimoor": "Quantoxby",
        "Stannock": "Pendrick",
    },
    "sheringmoor": {
        "Sheringmoor": "Wendlecroft",
        "Fenbridge": "Cottbrook",
        "Holmsey": "Rushley",
        "Tadstock": "Brimwick",
        "Marshwick": "Dowlhurst",
        "Ulvering": "Fernlowe",
        "Brackfield": "Stolbridge",
    },
    "brackenholt": {
        "Brackenholt": "Thornmarket",
        "Lune": "Yarl",
        "Garsthwaite": "Hollinshead",
        "Skelbeck": "Rawcliff",
        "Fellholme": "Dunnerton",
        "Winderby": "Ashcombe",
        "Lathmoss": "Pendleby",
    },
    "ormsby": {
        "Ormsby": "Tebbit",
        "Ormsbyfold": "Tebbitfold",
        "Trentdale": "Aldenvale",
        "Ashenby": "Merrowe",
        "Cradlow": "Fistock",
        "Hatchmere": "Wolvercot",
        "Pelsworth": "Dunchurst",
        "Brimscote": "Saltleigh",
        "Yarrowfield": "Quinsbarrow",
        "Kilnhurst": "Rookhythe",
        "Tolbeck": "Marnham",
        "Fennick": "Lowdham",
    },
    "dunsmere": {
        "Dunsmere": "Hexthorp",
        "Wyvern": "Morvel",
        "Orlescote": "Wexhallow",
        "Mortwich": "Selbrook",
        "Cheswold": "Tilgrave",
        "Bromhale": "Ketterby",
        "Stallbrook": "Marrowdeen",
        "Ruckley": "Hessing",
        "Wenham": "Quarby",
        "Saltmoor": "Yelholme",
        "Kenelm": "Aldric",
    },
    "vennacott": {
        "Vennacott": "Bramcourt",
        "Arunmere": "Kestrels",
        "Chalkhurst": "Fallowcote",
        "Merestow": "Linthope",
        "Wealdhaven": "Rooksburgh",
        "Ivelstone": "Inverdale",
        "lvelstone": "lnverdale",  # OCR's small l for its capital I: read back as "Inverdale"
        "Harnden": "Cobbold",
        "Pixworth": "Pennaker",
        "Saltings": "Marshend",
    },
    "orrinsham": {
        "Orrinsham": "Callowham",
        "Penwithy": "Carbrook",
        "Sedgecombe": "Wherrymead",
        "Polterne": "Hanstock",
        "Treveskan": "Gullimore",
        "Polgrew": "Rushcot",
        "Wrayford": "Elmbrook",
        "Levant": "Tolmen",
        "Orrin": "Callo",
    },
    "caddenholm": {
        "Caddenholm": "Brackenham",
        "Esklow": "Tarnly",
        "Amblethorpe": "Quarnbyhill",
        "Dalesby": "Helmsby",
        "Holgarth": "Fenworth",
        "Rothersby": "Pennistow",
        "Scarrowdale": "Wethersdale",
        "Wensby": "Fellby",
    },
    "wrenholt": {
        "Wrenholt": "Brinsley",
        "Mersedge": "Calverly",
        "Thornclough": "Westerbrook",
        "Eastby": "Hadley",
        "Marlstone": "Fernleigh",
    },
    "greymarsh": {
        "Greymarsh": "Ashbridge",
        "Wenlow": "Dorlow",
        "Culverfen": "Hartsmoor",
        "Haverleigh": "Brackstead",
        "Hessow": "Kinlow",
        "Saltmere": "Pennfold",
        "Skelbrook": "Threlbeck",
        "Tolsey": "Vorsey",
        "Wrayfield": "Kelsfield",
    },
    "fernhallow": {
        "Fernhallow": "Ashborough",
        "Idlemoor": "Kessmoor",
        "Abbotsmead": "Thornleigh",
        "Brennock": "Calswick",
        "Kilnworth": "Hulmworth",
        "Saltersgate": "Ravenscroft",
        "Wyecross": "Holmbury",
    },
    "marrowfield": {
        "Marrowfield": "Ashtonleigh",
        "Stourcombe": "Tamesbrook",
        "Sallowford": "Kestlewood",
        "Tedmarsh": "Hathmere",
        "Ludcombe": "Brantwyk",
        "Kingsbrook": "Alderswood",
        "Orley": "Tarne",
        "Hembury": "Sedgham",
    },
    "hollinsford": {
        "Hollinsford": "Ulverthorpe",
        "Glendrith": "Fernigate",
        "Saltercote": "Brimbleton",
        "Wynhope": "Carsley",
        "Ellerburn": "Hadwistle",
        "Thornsgill": "Larkenshaw",
        "Priorsgate": "Canonsmead",
        "Gallowmire": "Hobthwaite",
        "Kirkhope": "Ashmarsh",
        "Cragdene": "Wolfdean",
    },
    "quellhampton": {
        "Quellhampton": "Thornleyvale",
        "Lissendale": "Morrowbeck",
        "Brisford": "Hexworth",
        "Kettlewade": "Pendlewick",
        "Oxhollow": "Redstone",
        "Sallowby": "Cranleby",
        "Tarnwick": "Ashbrook",
        "Wimbrook": "Hollybar",
        "Pyecroft": "Fenncote",
    },
}
# Initials of the NHS bodies (Calvermoor University Hospitals, Calvermoor and Pellingham Community Health NHS Trust,
# the ICBs' e-mail domains), renamed as their bodies are; matched exactly.
INITIALS: dict[str, dict[str, str]] = {
    "calvermoor": {"CUH": "BUH", "CPCHT": "BWCHT", "cpicb": "bwicb"},
    "fallowmere": {"fdicb": "thicb"},
    "ebberstone": {},
    "askerwold": {"agicb": "bhicb"},
    "kelderbrook": {"kh": "fy"},
    "carrowdale": {},
    "quellhampton": {},
    "tamsford": {},
    "harrowby": {},
    "sheringmoor": {},
    "brackenholt": {},
    "ormsby": {},
    "dunsmere": {"dcc": "hcc"},
    "hollinsford": {"NGH": "NFU", "northglendrithhollinsford": "northfernigateulverthorpe"},
    "vennacott": {},
    "orrinsham": {"orrinshampenwithy": "callowhamcarbrook"},
    "caddenholm": {"caddenholmesklow": "brackenhamtarnly"},
    "marrowfield": {},
    "wrenholt": {"wrenholtmersedge": "brinsleycalverly"},
    "fernhallow": {},
    "greymarsh": {},
}


def _word(text: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z]){re.escape(text)}(?![A-Za-z])")


def rename(text: str, council: str) -> str:
    """Every place name in its printed case (Title, UPPER, or lower in e-mail addresses and file names)."""
    for old, new in RENAMES[council].items():
        for a, b in ((old, new), (old.upper(), new.upper()), (old.lower(), new.lower().replace(" ", ""))):
            text = _word(a).sub(b, text)
    for old, new in INITIALS[council].items():
        text = _word(old).sub(new, text)
    return text


def rename_fact(fact: dict[str, Any], council: str) -> dict[str, Any]:
    out = {k: rename(v, council) if isinstance(v, str) else v for k, v in fact.items()}
    out["measure_keywords"] = [rename(k, council) for k in fact.get("measure_keywords") or []]
    return out


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[pd.DataFrame, list[dict[str, Any]], str]]:
    """Each council's packs rewritten with the other names (same lines), extracted; with the facts renamed alike."""
    out = {}
    for council in COUNCILS:
        folder = tmp_path_factory.mktemp(f"renamed-{council}")
        paths = []
        text = ""
        for path in packs(council):
            new = folder / rename(path.name, council)
            body = rename(path.read_bytes().decode("utf-8"), council)
            new.write_bytes(body.encode("utf-8"))
            paths.append(new)
            text += body
        out[council] = (extract(paths), [rename_fact(f, council) for f in facts_of(council)], text)
    return out


@pytest.mark.parametrize("council", COUNCILS)
def test_renaming_keeps_every_line_and_leaves_no_old_name(
    council: str, renamed: dict[str, tuple[pd.DataFrame, list[dict[str, Any]], str]]
) -> None:
    assert all(len(old) == len(new) for old, new in RENAMES[council].items())
    _, facts, text = renamed[council]
    for path in packs(council):
        old_lines = path.read_text(encoding="utf-8").split("\n")
        new_lines = rename("\n".join(old_lines), council).split("\n")
        assert len(new_lines) == len(old_lines)
        assert all(len(a) == len(b) for a, b in zip(old_lines, new_lines, strict=True) if "@" not in a)
    blob = text + json.dumps(facts)
    left = [old for old in RENAMES[council] if re.search(re.escape(old), blob, re.IGNORECASE)]
    assert not left, f"names not renamed: {left}"


@pytest.mark.parametrize("council", COUNCILS)
def test_renamed_packs_score_as_well(
    council: str,
    frames: dict[str, pd.DataFrame],
    renamed: dict[str, tuple[pd.DataFrame, list[dict[str, Any]], str]],
) -> None:
    plain, plain_misses = score(facts_of(council), frames[council], strict=True)
    frame, facts, _ = renamed[council]
    pct, misses = score(facts, frame, strict=True)
    assert pct >= plain - MAX_RENAMING_DROP, (
        f"{council}: strict labelled {plain:.1f}% as printed, {pct:.1f}% renamed; misses only when renamed:\n"
        + "\n".join(sorted(set(misses) - {rename(m, council) for m in plain_misses}))
    )


# --- distractors: numbers that are not data give no topic row ----------------------------------------------------


@dataclass(frozen=True)
class Distractor:
    """A number the README calls a distractor: a pattern with the number as group `n`, in one pack or all."""

    council: str
    pattern: str
    pack: str | None = None  # "hosc" or "hwb"; None: every pack of the council

    @property
    def id(self) -> str:
        return f"{self.council}-{self.pack or 'all'}-{self.pattern}"


def lit(council: str, fragment: str, printed: str, pack: str | None = None) -> Distractor:
    """The first `printed` in `fragment`, wherever the fragment is printed."""
    i = fragment.index(printed)
    before, after = re.escape(fragment[:i]), re.escape(fragment[i + len(printed) :])
    return Distractor(council, f"{before}(?P<n>{re.escape(printed)}){after}", pack)


C, F, E, A, K = "calvermoor", "fallowmere", "ebberstone", "askerwold", "kelderbrook"
D = "carrowdale"
Q = "quellhampton"
TM = "tamsford"
HV = "harrowby"
SH = "sheringmoor"
BK = "brackenholt"
OM = "ormsby"
DU = "dunsmere"
HF = "hollinsford"
VN = "vennacott"
OR = "orrinsham"
CALVERMOOR_PHONES: tuple[str, ...] = (
    "01632 960 581",
    "01632 960 744",
    "01632 960 392",
    "01632 960 233",
    "01632 960 287",
)
CALVERMOOR_PHONES += ("01632 960 118", "01632 960 469")
FALLOWMERE_PHONES: tuple[str, ...] = (
    "0113 496 0712",
    "0113 496 0700",
    "0113 496 0854",
    "0113 496 0869",
    "0113 496 0233",
)
FALLOWMERE_PHONES += ("0113 496 0241", "0113 496 0377")
EBBERSTONE_PHONES = ("01632 961 447", "01632 961 502", "01632 961 530", "01632 961 448", "01632 961 610")
EBBERSTONE_PHONES += ("01632 961 622", "01632 961 700")
ASKERWOLD_PHONES = ("01632 962 315", "01632 962 480", "01632 962 507", "01632 962 118", "01632 962 233")
ASKERWOLD_PHONES += ("01632 962 240", "01632 962 301", "01632 962 200")
KELDERBROOK_PHONES = ("01632 963 208", "01632 963 275", "01632 963 250", "01632 963 290", "01632 964 410")
KELDERBROOK_PHONES += ("01632 964 455",)
CARROWDALE_PHONES = ("01632 960 418", "01632 960 733", "01632 960 745", "01632 960 752", "01632 960 481")
CARROWDALE_PHONES += ("01632 960 500",)

CD, MF, WR, FH = "caddenholm", "marrowfield", "wrenholt", "fernhallow"

DISTRACTORS = [
    # Caddenholm, Marrowfield and Wrenholt: telephone numbers, a paper's reference, a query's row count, versions
    lit(CD, "tel. 01632 960 417", "01632 960 417", "hwb"),
    lit(CD, "tel. 01632 961 208", "01632 961 208", "icb"),
    lit(CD, "CEB/26/10/09", "26", "icb"),
    lit(MF, "tel. 01632 960 741", "01632 960 741", "hosc"),
    lit(MF, "(8 rows)", "8", "hosc"),
    lit(WR, "telephone 0161 496 0732", "0161 496 0732", "hosc"),
    lit(WR, "Contact: 0161 496 0815", "0161 496 0815", "hwb"),
    lit(FH, "telephone 0115 496 0418", "0115 496 0418", "icb"),
    lit(FH, "Telephone 0115 496 0529", "0115 496 0529", "hwb"),
    lit(FH, "team, 0115 496 0372", "0115 496 0372", "icb"),
    lit(FH, "(line 7 of the PC budget", "7", "icb"),
    # Calvermoor: paragraph, minute and agenda item numbers, page numbers and agenda page ranges
    Distractor(C, r"^ {3}(?P<n>\d{1,2}(?:\.\d{1,2})?)\.? {2,}[A-Z(]"),
    lit(C, "5.3     For 2023/24", "5.3", "hosc"),
    lit(C, "17.1    The Board received", "17.1", "hwb"),
    lit(C, "14.1    Apologies", "14.1", "hwb"),
    lit(C, "12.     The ICB has also asked", "12", "hosc"),
    Distractor(C, r"Agenda Item (?P<n>\d+)\s*$"),
    Distractor(C, r"^ {20,}(?P<n>\d{1,2})\s*$"),
    Distractor(C, r" (?P<n>\d{1,2}) - \d{1,2}\s*$"),
    Distractor(C, r" \d{1,2} - (?P<n>\d{1,2})\s*$"),
    # dates and times, the postcode and the telephone numbers
    lit(C, "Time:          10.00 am", "10.00", "hosc"),
    lit(C, "at 8.00 am", "8.00", "hosc"),
    lit(C, "closed at 12.25 pm", "12.25", "hosc"),
    lit(C, "31 July 2023", "31", "hosc"),
    lit(C, "31 July 2023", "2023", "hosc"),
    lit(C, "BW1 2HX", "1"),
    lit(C, "BW1 2HX", "2"),
    *(lit(C, phone, phone) for phone in CALVERMOOR_PHONES),
    # counts and assumptions
    lit(C, "all 68 practices", "68", "hosc"),
    lit(C, "There are 68 GP practices", "68", "hosc"),
    lit(C, "in 11 PCNs", "11", "hosc"),
    lit(C, "to 120 beds", "120", "hosc"),
    lit(C, "supported 23 GPs", "23", "hosc"),
    lit(C, "from 52 to 64", "52", "hosc"),
    lit(C, "from 52 to 64", "64", "hosc"),
    lit(C, "65% of newly qualified GPs", "65%", "hosc"),
    lit(C, "population of 598,300", "598,300", "hwb"),
    lit(C, "1,214 pieces of feedback", "1,214", "hwb"),
    lit(C, "95% confidence level", "95%", "hwb"),
    lit(C, "plan by 5% or less", "5%", "hwb"),
    lit(C, "by more than 5%", "5%", "hwb"),
    # rates inside row labels
    lit(C, "(£1.50 per patient)", "£1.50", "hosc"),
    lit(C, "(£7.917 per adjusted", "£7.917", "hosc"),
    lit(C, "(£2.695 per weighted patient)", "£2.695", "hosc"),
    # numbers inside labels and headers
    lit(C, "adults (18+)", "18", "hwb"),
    lit(C, "aged 65+", "65", "hwb"),
    lit(C, "Under 75", "75", "hwb"),
    lit(C, "aged 16-64", "16", "hwb"),
    lit(C, "aged 16-64", "64", "hwb"),
    lit(C, "(under 16s)", "16", "hwb"),
    lit(C, "91 days", "91", "hwb"),
    lit(C, "PM2.5", "2.5", "hwb"),
    lit(C, "per 1,000", "1,000"),
    lit(C, "per 100,000", "100,000"),
    lit(C, "Month 4", "4", "hosc"),
    # the period column of Table 2 (HWB), on the rows compared with England
    Distractor(C, r" {3}(?P<n>20\d\d)(?:[/-]\d\d)? {3,}[\d.,]+ +[\d.,]+ +(?:Better|Worse|Similar)\s*$", "hwb"),
    # Fallowmere: minute, paragraph and agenda numbers, Page N lines, agenda page ranges
    Distractor(F, r"^(?:#{1,3} )?(?P<n>\d{1,2}(?:\.\d{1,2})?)\.? [A-Z]"),
    lit(F, "## 18. ICB financial plan", "18", "hosc"),
    lit(F, "3.1 At month 6", "3.1", "hosc"),
    lit(F, "5.3 ARRS funding", "5.3", "hosc"),
    Distractor(F, r"^\| (?P<n>\d{1,2}) \| [A-Z]"),
    Distractor(F, r"^Page (?P<n>\d+)\s*$"),
    Distractor(F, r"^# Agenda Item (?P<n>\d+)\s*$"),
    Distractor(F, r"\| (?P<n>\d{1,2}) - \d{1,2} \|"),
    Distractor(F, r"\| \d{1,2} - (?P<n>\d{1,2}) \|"),
    # dates and times, the postcode and the telephone numbers
    lit(F, "10:00am", "10"),
    lit(F, "12 noon", "12", "hosc"),
    lit(F, "1 August 2024", "1", "hosc"),
    lit(F, "FW3 7QD", "3"),
    lit(F, "FW3 7QD", "7"),
    *(lit(F, phone, phone) for phone in FALLOWMERE_PHONES),
    # counts and assumptions (HOSC)
    lit(F, "79 practices", "79", "hosc"),
    lit(F, "12 Primary Care Networks", "12", "hosc"),
    lit(F, "the 12 PCNs", "12", "hosc"),
    lit(F, "28 additional escalation beds", "28", "hosc"),
    lit(F, "16-bed", "16", "hosc"),
    lit(F, "30 places", "30", "hosc"),
    lit(F, "keeps 60% of the GPs", "60%", "hosc"),
    lit(F, "2.8% uplift", "2.8%", "hosc"),
    lit(F, "6% pay award", "6%", "hosc"),
    lit(F, "up to 0.03 below target", "0.03", "hosc"),
    lit(F, "more than 0.03 below target", "0.03", "hosc"),
    # counts and thresholds (HWB)
    lit(F, "118 community pharmacies", "118", "hwb"),
    lit(F, "9 distance-selling", "9", "hwb"),
    lit(F, "60 days", "60", "hwb"),
    lit(F, "population of 651,200", "651,200", "hwb"),
    lit(F, "target by 5% or less", "5%", "hwb"),
    lit(F, "target by more than 5%", "5%", "hwb"),
    # rates inside row labels
    lit(F, "(£7.917 per PCN adjusted population)", "£7.917", "hosc"),
    lit(F, "(£2.236 per patient)", "£2.236", "hosc"),
    # indicator codes and numbers inside labels
    lit(F, "A01a", "01", "hwb"),
    lit(F, "A01b", "01", "hwb"),
    lit(F, "A02a", "02", "hwb"),
    lit(F, "aged 65+", "65", "hwb"),
    lit(F, "Under 75", "75", "hwb"),
    lit(F, "Year 6", "6", "hwb"),
    lit(F, "(under 16)", "16", "hwb"),
    lit(F, "per 1,000", "1,000"),
    lit(F, "per 100,000", "100,000"),
    # period cells in the scorecard
    Distractor(F, r"\| (?:Q\d )?(?P<n>20\d\d)(?:/\d\d)? \| [\d,.]+ \|", "hwb"),
    Distractor(F, r"\| Q(?P<n>\d) 20\d\d/\d\d \| [\d,.]+ \|", "hwb"),
    # Ebberstone: minute and paragraph numbers, page and agenda numbers, agenda page ranges
    Distractor(E, r"^(?P<n>\d{1,2}(?:\.\d)?)\.? [A-Z]"),
    Distractor(E, r"^Page (?P<n>\d+) of \d+$"),
    Distractor(E, r"^Page \d+ of (?P<n>\d+)$"),
    Distractor(E, r"^Agenda Item (?P<n>\d+)$"),
    Distractor(E, r"\(pages (?P<n>\d{1,2}) - \d{1,2}\)"),
    Distractor(E, r"\(pages \d{1,2} - (?P<n>\d{1,2})\)"),
    # dates, times, the postcode and the telephone numbers
    lit(E, "Time: 2.00 pm", "2.00", "hosc"),
    lit(E, "closed at 4.10 pm", "4.10", "hosc"),
    lit(E, "Time: 10.00 am", "10.00", "hwb"),
    lit(E, "HB2 9LT", "2"),
    lit(E, "HB2 9LT", "9"),
    *(lit(E, phone, phone) for phone in EBBERSTONE_PHONES),
    # counts in the text
    lit(E, "the 3 programme boards", "3", "hosc"),
    lit(E, "the 14 workstreams", "14", "hosc"),
    lit(E, "96 escalation beds", "96", "hosc"),
    lit(E, "capacity for 150", "150", "hosc"),
    lit(E, "in 2 specialties", "2", "hosc"),
    lit(E, "74 GP practices", "74", "hosc"),
    lit(E, "in 12 PCNs", "12", "hosc"),
    lit(E, "across the 12 PCNs", "12", "hosc"),
    lit(E, "recruit 28 GPs", "28", "hosc"),
    lit(E, "and 40", "40", "hosc"),
    lit(E, "1 in 5 GPs", "5", "hosc"),
    lit(E, "104 community pharmacies", "104", "hwb"),
    lit(E, "20 minute drive", "20", "hwb"),
    # numbers inside labels and headers
    lit(E, "GP FTE per 1,000 patients", "1,000", "hosc"),
    lit(E, "Seen within 14 days %", "14", "hosc"),
    lit(E, "Employment rate aged 16-64", "16", "hwb"),
    lit(E, "within 4 hours", "4", "hwb"),
    lit(E, "within 62 days", "62", "hwb"),
    lit(E, "over 6 weeks", "6", "hwb"),
    lit(E, "aged 65+ (%)", "65", "hwb"),
    lit(E, "category 2", "2", "hwb"),
    lit(E, "at age 5", "5", "hwb"),
    lit(E, "(per 100,000)", "100,000", "hwb"),
    lit(E, "indicator A01b", "01", "hwb"),
    # Askerwold: paragraph, minute and item numbers, table numbers, page numbers and agenda page ranges
    Distractor(A, r"^(?P<n>\d{1,2}(?:\.\d{1,2})?)\.? {2,}[A-Z(]"),
    Distractor(A, r"^TABLE (?P<n>\d(?:\.\d)?):? "),
    Distractor(A, r"Page (?P<n>\d+) of \d+$"),
    Distractor(A, r"Page \d+ of (?P<n>\d+)$"),
    Distractor(A, r"Agenda Item (?P<n>\d+)$", "ppb"),
    Distractor(A, r"^AGENDA ITEM (?P<n>\d+)$", "hwb"),
    Distractor(A, r" (?P<n>\d{1,2}) - \d{1,2}$", "ppb"),
    Distractor(A, r"\(pages (?P<n>\d{1,2}) - \d{1,2}\)", "hwb"),
    # times, postcodes and telephone numbers
    lit(A, "Time:       2.00 pm", "2.00", "ppb"),
    lit(A, "closed at 3.40 pm", "3.40", "ppb"),
    lit(A, "works 8.00 am to 8.00 pm", "8.00", "ppb"),
    lit(A, "AT 10.30 AM", "10.30", "hwb"),
    lit(A, "ended at 12.15 pm", "12.15", "hwb"),
    lit(A, "MB4 6RT", "6", "ppb"),
    lit(A, "BR1 3QW", "3", "hwb"),
    *(lit(A, phone, phone) for phone in ASKERWOLD_PHONES),
    # counts in the text
    lit(A, "Of the 11 metrics", "11", "ppb"),
    lit(A, "2 are rated GREEN", "2", "ppb"),
    lit(A, "12 of the 14 workstreams", "12", "ppb"),
    lit(A, "12 of the 14 workstreams", "14", "ppb"),
    lit(A, "a 24-space ambulance", "24", "ppb"),
    lit(A, "has 71 general practices", "71", "ppb"),
    lit(A, "in 13 primary care networks", "13", "ppb"),
    lit(A, "412 staff in 15 roles", "412", "ppb"),
    lit(A, "412 staff in 15 roles", "15", "ppb"),
    lit(A, "recruited 14 GPs", "14", "ppb"),
    lit(A, "the 20% the", "20%", "ppb"),
    lit(A, "286 adaptations", "286", "hwb"),
    lit(A, "against 420 planned", "420", "hwb"),
    # numbers inside labels
    lit(A, "Other 7 PCNs", "7", "ppb"),
    lit(A, "seen within 4 hours (%)", "4", "ppb"),
    lit(A, "handovers over 60 minutes  ", "60", "ppb"),
    lit(A, "waiting over 65 weeks for  ", "65", "ppb"),
    lit(A, "Cancer: 62-day standard", "62", "ppb"),
    lit(A, "waiting 6 weeks or more", "6", "ppb"),
    lit(A, "GPs aged 55 and over", "55", "ppb"),
    lit(A, "Employment rate, aged 16-64", "16", "hwb"),
    lit(A, "adults 18+ (%)", "18", "hwb"),
    lit(A, "Obesity, Year 6 children", "6", "hwb"),
    lit(A, "Under 75 mortality", "75", "hwb"),
    lit(A, "Framework (A01a,", "01", "hwb"),
    # the period cells of the outcomes scorecard
    Distractor(A, r"\) {2,}(?P<n>20\d\d)(?:[/-]\d\d)? {2,}[\d.]+ {2,}[\d.]+ {2,}[\d.]+ ", "hwb"),
    Distractor(A, r" {2,}Q(?P<n>3) 2024/25 {2,}[\d.]+ ", "hwb"),
    # Kelderbrook: paragraph, minute, item and paper numbers, page numbers and agenda page ranges
    Distractor(K, r"^(?P<n>\d{1,2}(?:\.\d{1,2})?)\.? {2,}[A-Z(']"),
    Distractor(K, r"Agenda Item (?P<n>\d+)$", "hwb"),
    Distractor(K, r"^HWB/(?P<n>\d+) ", "hwb"),
    Distractor(K, r"ICB/25/(?P<n>\d{3})", "icb"),
    Distractor(K, r"Page (?P<n>\d+) of \d+$"),
    Distractor(K, r"Page \d+ of (?P<n>\d+)$"),
    Distractor(K, r" (?P<n>\d{1,2}) - \d{1,2}$", "hwb"),
    Distractor(K, r"pp (?P<n>\d{1,2})-\d{1,2}$", "icb"),
    Distractor(K, r"^Table (?P<n>\d):"),
    # times, dates, postcodes and telephone numbers
    lit(K, "Time:     1.30 pm", "1.30", "hwb"),
    lit(K, "ended at 3.05 pm", "3.05", "hwb"),
    lit(K, "10.00 am - 1.00 pm", "10.00", "icb"),
    lit(K, "closed at 12.40 pm", "12.40", "icb"),
    lit(K, "KB1 4TW", "4", "hwb"),
    lit(K, "HS3 8QN", "8", "icb"),
    *(lit(K, phone, phone) for phone in KELDERBROOK_PHONES),
    # counts in the text
    lit(K, "Of the 15 indicators", "15", "hwb"),
    lit(K, "9 are significantly worse", "9", "hwb"),
    lit(K, "the 15 most similar", "15", "hwb"),
    lit(K, "38 GP practices in 4 primary", "38", "hwb"),
    lit(K, "38 GP practices in 4 primary", "4", "hwb"),
    lit(K, "Of the 12 metrics", "12", "icb"),
    lit(K, "3 are rated Green", "3", "icb"),
    lit(K, "and 6 Red", "6", "icb"),
    lit(K, "that 4 of the 6 efficiency", "4", "icb"),
    lit(K, "The 9 PCNs", "9", "icb"),
    lit(K, "in 17 roles", "17", "icb"),
    lit(K, "price of 63 drugs", "63", "icb"),
    lit(K, "since April 2021", "2021", "icb"),
    # numbers inside labels and headers
    lit(K, "B05 16-17 year olds", "16", "hwb"),
    lit(K, "Adults (18+) classified", "18", "hwb"),
    lit(K, "E04a Under 75 mortality", "75", "hwb"),
    lit(K, "aged 16 to 64 (%)", "16", "hwb"),
    lit(K, "travel, 3+", "3", "hwb"),
    lit(K, "aged 65+ (per 100,000)", "65", "hwb"),
    lit(K, "(IMD 2019)", "2019", "hwb"),
    lit(K, "within 4 hours", "4", "icb"),
    lit(K, "A&E: 12-hour waits", "12", "icb"),
    lit(K, "Category 2 mean", "2", "icb"),
    lit(K, "waiting over 52 weeks", "52", "icb"),
    lit(K, "Cancer: 28-day", "28", "icb"),
    lit(K, "Cancer: 62-day", "62", "icb"),
    lit(K, "within 2 weeks of", "2", "icb"),
    lit(K, "Diagnostics: waiting over 6 weeks", "6", "icb"),
    # Carrowdale: paragraph numbers on their own line or before a run of spaces, minute and agenda numbers,
    # numbered headings, agenda page ranges, page numbers
    Distractor(D, r"^(?P<n>[1-6]\.[1-4])$", "hsc"),
    Distractor(D, r"^(?P<n>\d{1,2}\.\d{1,2}) {2,}[A-Z]", "hwb"),
    Distractor(D, r"^(?P<n>\d{1,2})\.$"),
    Distractor(D, r"^(?P<n>\d) {1,}[A-Z]{3,}"),
    Distractor(D, r"^(?P<n>\d{1,2}) - \d{1,2}$"),
    Distractor(D, r"^\d{1,2} - (?P<n>\d{1,2})$"),
    Distractor(D, r"^Page (?P<n>\d+)$"),
    # dates and times, the postcode and the telephone numbers
    lit(D, "2025 at 10.00 am", "10.00", "hsc"),
    lit(D, "ended at 12.35 pm", "12.35", "hsc"),
    lit(D, "2025 at 2.00 pm", "2.00", "hwb"),
    lit(D, "closed at 3.50 pm", "3.50", "hwb"),
    lit(D, "SB1 4QR", "4"),
    *(lit(D, phone, phone) for phone in CARROWDALE_PHONES),
    # counts and assumptions
    lit(D, "11 of the 17 schemes", "11", "hsc"),
    lit(D, "11 of the 17 schemes", "17", "hsc"),
    lit(D, "3 out of 6 access", "3", "hsc"),
    lit(D, "3 out of 6 access", "6", "hsc"),
    lit(D, "for 8 consecutive months", "8", "hsc"),
    lit(D, "reviews of 240 packages", "240", "hsc"),
    lit(D, "has 78 practices", "78", "hsc"),
    lit(D, "in 8 PCNs", "8", "hsc"),
    lit(D, "recruited 19 GPs", "19", "hsc"),
    lit(D, "and 35 GPs", "35", "hsc"),
    lit(D, "(37.5 hours", "37.5", "hsc"),
    lit(D, "recruit 2 paramedics", "2", "hsc"),
    lit(D, "for 3 health centres", "3", "hsc"),
    lit(D, "Of the 12 indicators", "12", "hsc"),
    lit(D, "4 are rated green, 5 amber and 3 red", "4", "hsc"),
    lit(D, "4 are rated green, 5 amber and 3 red", "5", "hsc"),
    lit(D, "3 out of 4 BCF", "4", "hwb"),
    lit(D, "186 adaptations", "186", "hwb"),
    lit(D, "against 310 planned", "310", "hwb"),
    lit(D, "reach 6% by 2027", "6%", "hwb"),
    lit(D, "the 5 priorities", "5", "hwb"),
    # numbers inside labels
    lit(D, "within 4 hours (%)", "4", "hsc"),
    lit(D, "handovers over 60 minutes", "60", "hsc"),
    lit(D, "within 18 weeks (%)", "18", "hsc"),
    lit(D, "over 6 weeks (%)", "6", "hsc"),
    lit(D, "Cancer 28 day", "28", "hsc"),
    lit(D, "Cancer 62 day", "62", "hsc"),
    lit(D, "within 2 weeks (%)", "2", "hsc"),
    lit(D, "within 14 days (%)", "14", "hsc"),
    lit(D, "falls, aged 65+", "65", "hwb"),
    lit(D, "aged 16-64", "16", "hwb"),
    lit(D, "at least 3 days a week", "3", "hwb"),
    lit(D, "PM2.5 (", "2.5", "hwb"),
    lit(D, "Obesity in Year 6", "6", "hwb"),
    lit(D, "Under 75 mortality", "75", "hwb"),
    lit(D, "indicator A01b", "01", "hwb"),
    # the period cells of the outcomes scorecard
    Distractor(D, r"\) (?P<n>20\d\d)(?:[/-]\d\d)? [\d.]+ [\d.]+ (?:Red|Amber|Green)$", "hwb"),
    # Quellhampton: phones, postcode, pages, paragraph and minute numbers, counts in prose
    *(lit(Q, phone, phone) for phone in ("01632 961 402", "01632 961 455", "01632 961 519", "01632 961 777")),
    lit(Q, "QB4 7TN", "7"),
    Distractor(Q, r"Page (?P<n>\d+)$"),
    Distractor(Q, r"^ {3}\d\. +[A-Z].* (?P<n>\d{1,2}) - \d{1,2}$"),
    Distractor(Q, r"^ {3}(?P<n>\d\.\d) {2,}[A-Z]"),
    Distractor(Q, r"^ {3}(?P<n>\d{2})\. {2,}[A-Z]"),
    lit(Q, "Resolved (15/25)", "15", "hosc"),
    lit(Q, "(item 6)", "6", "hosc"),
    lit(Q, "paragraph 4.3", "4.3", "hosc"),
    lit(Q, "on page 11", "11", "hosc"),
    lit(Q, "(pages 9 - 11)", "9", "hwb"),
    lit(Q, "10 of the county's 62 wards", "10", "hwb"),
    lit(Q, "10 of the county's 62 wards", "62", "hwb"),
    # digits inside labels and headers: quintiles, ages, PM2.5
    Distractor(Q, r" Q(?P<n>[1-5]) {2,}\d", "hwb"),
    lit(Q, "16-64 %", "16", "hwb"),
    lit(Q, "Emergency admissions, 65+", "65", "hwb"),
    # Tamsford: agenda page ranges, paragraph numbers, page numbers, telephone numbers, counts, numbers in labels
    Distractor(TM, r"Pages (?P<n>\d+) - \d+$"),
    Distractor(TM, r"^(?P<n>\d\.\d) [A-Z]"),
    Distractor(TM, r"Page (?P<n>\d+)$"),
    Distractor(TM, r"020 7946 (?P<n>0\d{3})"),
    lit(TM, "at 6.30 pm", "6.30"),
    lit(TM, "campaign in 12 schools", "12"),
    lit(TM, "reached 640 children", "640"),
    lit(TM, "over 12 weeks", "12"),
    lit(TM, "has 96 practices", "96"),
    lit(TM, "placed 17 newly", "17"),
    lit(TM, "supported 23 GPs", "23"),
    lit(TM, "Of the 12 indicators", "12"),
    lit(TM, "7 of the 9 schemes", "9"),
    lit(TM, "with 14 actions", "14"),
    lit(TM, "| within 4 hours (%)", "4"),
    lit(TM, "over 65 weeks fell", "65"),
    lit(TM, "Cancer 62 day", "62"),
    # Harrowby Vale: page references, paragraph and minute numbers, times, postcode, telephone numbers, counts,
    # rates inside row labels, the year cells of the transposed tables
    Distractor(HV, r"\(pages? (?P<n>\d+)(?: - \d+)?\)", "hosc"),
    Distractor(HV, r"\(pages \d+ - (?P<n>\d+)\)", "hosc"),
    Distractor(HV, r"\(item \d, pages (?P<n>\d+) - \d+\)", "hwb"),
    Distractor(HV, r"\(item (?P<n>\d), pages", "hwb"),
    Distractor(HV, r"Page (?P<n>\d+)$", "hosc"),
    Distractor(HV, r"^(?P<n>\d\.\d) [A-Z]"),
    Distractor(HV, r"^(?P<n>\d{2})\. [A-Z]", "hosc"),
    lit(HV, "(minute 21 refers)", "21", "hosc"),
    lit(HV, "paragraph 3.2", "3.2", "hosc"),
    lit(HV, "paragraph 6.1", "6.1", "hwb"),
    lit(HV, "2025 10.00 am", "10.00", "hosc"),
    lit(HV, "2026, 2.00 pm", "2.00", "hwb"),
    lit(HV, "HV2 4RT", "4"),
    Distractor(HV, r"01632 965 (?P<n>\d{3})"),
    lit(HV, "14 of the 41 practices", "14", "hosc"),
    lit(HV, "14 of the 41 practices", "41", "hosc"),
    lit(HV, "for the 41 practices", "41", "hosc"),
    lit(HV, "240 joint packages", "240", "hosc"),
    lit(HV, "1 in 5 patients", "1", "hosc"),
    lit(HV, "more than 12 hours", "12", "hosc"),
    lit(HV, "Of the 12 indicators, 7 are rated red, 3 amber and 2 green", "12", "hosc"),
    lit(HV, "Of the 12 indicators, 7 are rated red, 3 amber and 2 green", "7", "hosc"),
    lit(HV, "global sum (£112.50 per", "112.50", "hosc"),
    lit(HV, "at £1.50 per registered", "1.50", "hosc"),
    lit(HV, "paid at £1.50 per registered", "1.50", "hosc"),
    Distractor(HV, r"^(?P<n>4) hours \(%\)$", "hosc"),
    lit(HV, "waiting under 18 weeks", "18", "hosc"),
    lit(HV, "over 6 weeks (%)", "6", "hosc"),
    lit(HV, "Standard, 28 days (%)", "28", "hosc"),
    lit(HV, "62 days of referral", "62", "hosc"),
    lit(HV, "Ambulance category 2 mean", "2", "hosc"),
    Distractor(HV, r"^(?P<n>20\d\d)/\d\d {2,}[\d.]", "hwb"),
    # Sheringmoor: the agenda as a pipe table, page numbers and separators, image names, paragraph and minute numbers
    Distractor(SH, r"^\| (?P<n>\d) \| [A-Z]", "hsc"),
    Distractor(SH, r"\| (?P<n>\d+) - \d+ \|$", "hsc"),
    Distractor(SH, r"\| \d+ - (?P<n>\d+) \|$", "hsc"),
    lit(SH, "Pages 5 - 12", "5", "hwb"),
    lit(SH, "Pages 5 - 12", "12", "hwb"),
    Distractor(SH, r"^(?P<n>\d{2})$", "hsc"),
    Distractor(SH, r"^\{(?P<n>\d+)\}-+$", "hsc"),
    Distractor(SH, r"_page_(?P<n>\d+)_", "hsc"),
    Distractor(SH, r"Page (?P<n>\d+)$", "hwb"),
    Distractor(SH, r"^(?P<n>\d\.\d) [A-Z]", "hsc"),
    Distractor(SH, r"^ {4}(?P<n>\d\.\d) {3}[A-Z]", "hwb"),
    Distractor(SH, r"paragraph (?P<n>\d\.\d)"),
    Distractor(SH, r"^\*\*(?P<n>\d{2})\. [A-Z]", "hsc"),
    lit(SH, "(minute 31 refers)", "31", "hsc"),
    lit(SH, "Recommendation 3:", "3", "hwb"),
    lit(SH, "2025 at 10.30 am", "10.30", "hsc"),
    lit(SH, "2026, 2.00 pm", "2.00", "hwb"),
    lit(SH, "SM1 2QX", "2"),
    Distractor(SH, r"01632 966 (?P<n>\d{3})"),
    lit(SH, "held on 8 October 2025", "8", "hsc"),
    lit(SH, "of 27 November 2025", "27", "hsc"),
    # counts in the text
    lit(SH, "that 46 virtual ward beds", "46", "hsc"),
    lit(SH, "why 1 in 4 patients", "1", "hsc"),
    lit(SH, "why 1 in 4 patients", "4", "hsc"),
    lit(SH, "more than 12 hours", "12", "hsc"),
    lit(SH, "that 9 of the 58 dental", "9", "hsc"),
    lit(SH, "that 9 of the 58 dental", "58", "hsc"),
    lit(SH, "review of 310 packages", "310", "hsc"),
    lit(SH, "for the 67 practices", "67", "hsc"),
    lit(SH, "Of the 12 indicators, 5 are rated red,", "12", "hsc"),
    lit(SH, "Of the 12 indicators, 5 are rated red,", "5", "hsc"),
    lit(SH, "4 amber and 3 green", "4", "hsc"),
    lit(SH, "4 amber and 3 green", "3", "hsc"),
    lit(SH, "services (£212m)", "212", "hsc"),
    # rates and numbers inside labels
    lit(SH, "global sum, £118.40 per weighted", "118.40", "hsc"),
    lit(SH, "paid at £1.50 per registered", "1.50", "hsc"),
    lit(SH, "seen within 4 hours (%)", "4", "hsc"),
    lit(SH, "Ambulance category 2 mean", "2", "hsc"),
    lit(SH, "waiting over 52 weeks", "52", "hsc"),
    lit(SH, "waiting under 18 weeks", "18", "hsc"),
    lit(SH, "waiting over 6 weeks", "6", "hsc"),
    lit(SH, "Standard, 28 days", "28", "hsc"),
    lit(SH, "within 62 days of", "62", "hsc"),
    lit(SH, "appointments within 2 weeks", "2", "hsc"),
    lit(SH, "Claimed to<br>month 7", "7", "hsc"),
    lit(SH, "travel, 3+", "3", "hwb"),
    # the years of Figure 2 and the trajectory's header
    Distractor(SH, r"(?P<n>20\d\d)/\d\d {8}\d\d\.\d$", "hwb"),
    Distractor(SH, r"^ {20,}(?P<n>2021)/22 ", "hwb"),
    # Brackenholt: the agenda as a simple table, paragraph and heading numbers, footnote references and notes
    Distractor(BK, r"^ {2}(?P<n>\d) {6}[A-Z]", "hwb"),
    Distractor(BK, r" (?P<n>\d+) - \d+$", "hwb"),
    Distractor(BK, r" \d+ - (?P<n>\d+)$", "hwb"),
    Distractor(BK, r"^(?P<n>\d\.\d) The", "hwb"),
    Distractor(BK, r"^(?P<n>\d)\. [A-Z]", "hwb"),
    Distractor(BK, r"paragraph (?P<n>\d\.\d)", "hwb"),
    Distractor(BK, r"\[(?P<n>\d)\]", "hwb"),
    lit(BK, "rises by 4.7% nationally", "4.7%", "hwb"),
    lit(BK, "Framework, page 12.", "12", "hwb"),
    lit(BK, "mean of 296 local", "296", "hwb"),
    lit(BK, "reviewed every 15-20", "15", "hwb"),
    lit(BK, "reviewed every 15-20", "20", "hwb"),
    lit(BK, "at 2.00 pm", "2.00", "hwb"),
    lit(BK, "Fellholme BK4 7RW", "4", "hwb"),
    lit(BK, "Fellholme BK4 7RW", "7", "hwb"),
    Distractor(BK, r"01632 967 (?P<n>\d{3})"),
    lit(BK, "Wednesday 28 January 2026", "28", "hwb"),
    lit(BK, "aged 16-64", "16", "hwb"),
    lit(BK, "PM2.5", "2.5", "hwb"),
    # the deck: slide and page numbers, the contents' slide references, counts and numbers inside labels
    Distractor(BK, r"^\f?Slide (?P<n>\d+)$", "hosc"),
    Distractor(BK, r"^(?P<n>1)\f?$", "hosc"),
    Distractor(BK, r"\(slides? (?P<n>\d+)", "hosc"),
    Distractor(BK, r"\(slides \d+-(?P<n>\d+)\)", "hosc"),
    lit(BK, "11 February 2026", "11", "hosc"),
    lit(BK, "3 of its 5 schemes", "3", "hosc"),
    lit(BK, "3 of its 5 schemes", "5", "hosc"),
    lit(BK, "a further 15-20 GPs", "15", "hosc"),
    lit(BK, "a further 15-20 GPs", "20", "hosc"),
    lit(BK, "Of the 11 indicators, 6 are rated red,", "11", "hosc"),
    lit(BK, "Of the 11 indicators, 6 are rated red,", "6", "hosc"),
    lit(BK, "4 amber and 1 green", "4", "hosc"),
    lit(BK, "4 amber and 1 green", "1", "hosc"),
    lit(BK, "(global sum £121.07 per weighted", "121.07", "hosc"),
    lit(BK, "seen within 4 hours", "4", "hosc"),
    lit(BK, "Ambulance category 2 mean", "2", "hosc"),
    lit(BK, "waiting under 18 weeks", "18", "hosc"),
    lit(BK, "waiting over 52 weeks", "52", "hosc"),
    lit(BK, "waiting over 6 weeks", "6", "hosc"),
    lit(BK, "Standard, 28 days", "28", "hosc"),
    lit(BK, "within 62 days", "62", "hosc"),
    lit(BK, "within 2 weeks", "2", "hosc"),
    lit(BK, "Claimed to month 9", "9", "hosc"),
    lit(BK, "Plan to month 9", "9", "hosc"),
    # Ormsby Fold, pdf2txt.py: page numbers as their own box, telephone, dates, minute and paragraph numbers, counts,
    # a range, a per-patient rate inside a row label and the numbers inside scorecard labels
    Distractor(OM, r"^\f?(?P<n>[1-5])$", "hosc"),
    Distractor(OM, r"01632 968 (?P<n>\d{3})"),
    lit(OM, "Agenda item 7", "7", "hosc"),
    lit(OM, "Wednesday 4 March 2026", "4", "hosc"),
    lit(OM, "12 November 2025 (minute 41)", "12", "hosc"),
    lit(OM, "12 November 2025 (minute 41)", "41", "hosc"),
    Distractor(OM, r"^\f?(?P<n>\d\.\d) [A-Z]", "hosc"),
    Distractor(OM, r"^\f?(?P<n>\d)\. [A-Z]", "hosc"),
    lit(OM, "paragraphs 2.4 to", "2.4", "hosc"),
    lit(OM, "Of the 7 PCNs, 2 have claimed", "7", "hosc"),
    lit(OM, "Of the 7 PCNs, 2 have claimed", "2", "hosc"),
    lit(OM, "less than 75% of their", "75", "hosc"),
    lit(OM, "(£124.35 per weighted patient)", "124.35", "hosc"),
    lit(OM, "a further 20-25 FTE", "20", "hosc"),
    lit(OM, "a further 20-25 FTE", "25", "hosc"),
    lit(OM, "Of the 10 indicators, 5 are rated red,", "10", "hosc"),
    lit(OM, "Of the 10 indicators, 5 are rated red,", "5", "hosc"),
    lit(OM, "3 amber and 2 green", "3", "hosc"),
    lit(OM, "3 amber and 2 green", "2", "hosc"),
    lit(OM, "on 10 June", "10", "hosc"),
    lit(OM, "seen within 4 hours", "4", "hosc"),
    lit(OM, "Ambulance category 2 mean", "2", "hosc"),
    lit(OM, "waiting over 65 weeks", "65", "hosc"),
    lit(OM, "waiting under 18 weeks", "18", "hosc"),
    lit(OM, "waiting over 6 weeks", "6", "hosc"),
    lit(OM, "Standard (28 days)", "28", "hosc"),
    lit(OM, "within 62 days", "62", "hosc"),
    lit(OM, "(aged 65+)", "65", "hosc"),
    lit(OM, "month 10", "10", "hosc"),
    # lynx -dump: link references glued to text, the References list, dates, sizes, codes, header numbers, counts
    Distractor(OM, r"\[(?P<n>\d+)\][A-Za-z]", "hwb"),
    Distractor(OM, r"^ {2,3}(?P<n>\d+)\. (?:https?|mailto):", "hwb"),
    Distractor(OM, r"/(?:s4187|gid/|page/)(?P<n>\d+)", "hwb"),
    lit(OM, "(PDF, 1.4 MB)", "1.4", "hwb"),
    lit(OM, "on 14", "14", "hwb"),
    lit(OM, "indicator A01b", "01", "hwb"),
    lit(OM, "rate 16-64", "16", "hwb"),
    lit(OM, "rate 16-64", "64", "hwb"),
    lit(OM, "(aged 16-64)", "16", "hwb"),
    lit(OM, "about 9 miles", "9", "hwb"),
    lit(OM, "and the 4 schemes", "4", "hwb"),
    lit(OM, "paragraph 3.2", "3.2", "hwb"),
    lit(OM, "report in 6 months", "6", "hwb"),
    Distractor(OM, r"^ {4}(?P<n>\d)\. [a-z]", "hwb"),
    lit(OM, "Page last updated: 18 March 2026", "18", "hwb"),
    # Dunsmere, antiword: the cover, the split telephone number, the Contents table's section and page numbers,
    # heading and paragraph numbers, minute, appendix, table and figure numbers, dates, counts and ranges
    lit(DU, "Wednesday 15 April 2026", "15", "hosc"),
    lit(DU, "Agenda item 8", "8", "hosc"),
    Distractor(DU, r"telephone (?P<n>01632 960)$", "hosc"),
    Distractor(DU, r"^(?P<n>417), ", "hosc"),
    Distractor(DU, r"^\|(?P<n>\d)\. [^|]+\|\d +\|$", "hosc"),
    Distractor(DU, r"^\|\d\. [^|]+\|(?P<n>\d) +\|$", "hosc"),
    Distractor(DU, r"^\f?(?P<n>\d)\. [A-Z]", "hosc"),
    Distractor(DU, r"^\f?(?P<n>\d\.\d) {2}[A-Z]", "hosc"),
    lit(DU, "21 January 2026 (minute", "21", "hosc"),
    lit(DU, "52/25).", "52", "hosc"),
    lit(DU, "52/25).", "25", "hosc"),
    lit(DU, "in paragraph 2.3", "2.3", "hosc"),
    lit(DU, "in Appendix 2.", "2", "hosc"),
    lit(DU, "the 146 highest-cost packages", "146", "hosc"),
    lit(DU, "by 31 May 2026", "31", "hosc"),
    lit(DU, "12 additional local beds", "12", "hosc"),
    lit(DU, "from 1 June 2026", "1", "hosc"),
    lit(DU, "Figure 1: QIPP", "1", "hosc"),
    lit(DU, "April 2025 to February 2026", "2025", "hosc"),
    lit(DU, "April 2025 to February 2026", "2026", "hosc"),
    Distractor(DU, r"\bTable (?P<n>\d)\b", "hosc"),
    lit(DU, "Of the 7 PCNs, 2 have claimed less than 75%", "7", "hosc"),
    lit(DU, "Of the 7 PCNs, 2 have claimed less than 75%", "2", "hosc"),
    lit(DU, "Of the 7 PCNs, 2 have claimed less than 75%", "75%", "hosc"),
    lit(DU, "a further 12-15 FTE GPs", "12", "hosc"),
    lit(DU, "a further 12-15 FTE GPs", "15", "hosc"),
    lit(DU, "by March 2028", "2028", "hosc"),
    lit(DU, "Of the 10 indicators in Table 5, 4 are rated red, 3 amber and 2 green", "10", "hosc"),
    lit(DU, "Of the 10 indicators in Table 5, 4 are rated red, 3 amber and 2 green", "4", "hosc"),
    lit(DU, "Of the 10 indicators in Table 5, 4 are rated red, 3 amber and 2 green", "3", "hosc"),
    lit(DU, "Of the 10 indicators in Table 5, 4 are rated red, 3 amber and 2 green", "2", "hosc"),
    lit(DU, "Feb-26 cancer 62-day", "26", "hosc"),
    lit(DU, "Feb-26 cancer 62-day", "62", "hosc"),
    lit(DU, "on 8 July 2026", "8", "hosc"),
    lit(DU, "26 March 2026, item 11", "26", "hosc"),
    lit(DU, "26 March 2026, item 11", "11", "hosc"),
    # per-patient rates and numbers inside labels and headers
    lit(DU, "(£112.50 per", "112.50", "hosc"),
    lit(DU, "at £95.40 per session)", "95.40", "hosc"),
    lit(DU, "|Month 11|", "11", "hosc"),
    lit(DU, "|month 11     |", "11", "hosc"),
    lit(DU, "|1,000 patients |", "1,000", "hosc"),
    lit(DU, "patients seen within 4   |", "4", "hosc"),
    lit(DU, "Ambulance category 2 mean", "2", "hosc"),
    lit(DU, "waiting more than 52 |", "52", "hosc"),
    lit(DU, "|than 18 weeks", "18", "hosc"),
    lit(DU, "|6 weeks or more", "6", "hosc"),
    lit(DU, "Standard (28 days)", "28", "hosc"),
    lit(DU, "treatment within 62   |", "62", "hosc"),
    lit(DU, "|65+)", "65", "hosc"),
    lit(DU, "|Jan-26  |", "26", "hosc"),
    lit(DU, "|Feb-26  |", "26", "hosc"),
    # html2text: the logo's path, dates, the item, the telephone number, document and Fingertips URLs, the PDF's
    # size, the minute, years and units in header cells, the indicator code, the chart's path, counts, the list
    lit(DU, "/themes/dcc/logo-2024.svg", "2024", "hwb"),
    lit(DU, "Board: 6 May 2026", "6", "hwb"),
    lit(DU, "Page last updated: 6 May 2026", "6", "hwb"),
    lit(DU, "_Agenda item 6.", "6", "hwb"),
    lit(DU, "01632 960 855", "01632 960 855", "hwb"),
    Distractor(DU, r"/documents/s(?P<n>\d{5})/", "hwb"),
    Distractor(DU, r"Item%20(?P<n>6)%20BCF", "hwb"),
    Distractor(DU, r"plan%20(?P<n>2025)-26\.pdf", "hwb"),
    Distractor(DU, r"Appendix%20(?P<n>3)\.pdf", "hwb"),
    lit(DU, "(PDF, 2.3", "2.3", "hwb"),
    lit(DU, "on 11 March 2026 (minute", "11", "hwb"),
    Distractor(DU, r"^(?P<n>37)\)\.$", "hwb"),
    lit(DU, "(mid-2024 estimate)", "2024", "hwb"),
    lit(DU, "aged 16-64", "16", "hwb"),
    lit(DU, "aged 16-64", "64", "hwb"),
    lit(DU, "requirements 2025 to", "2025", "hwb"),
    Distractor(DU, r"^(?P<n>2026)\]\(https", "hwb"),
    lit(DU, "on 14 April 2026", "14", "hwb"),
    lit(DU, "(2022-24)", "2022", "hwb"),
    lit(DU, "2022-24, years", "2022", "hwb"),
    lit(DU, "for 2020-24, pooled", "2020", "hwb"),
    lit(DU, "indicator A01b", "01", "hwb"),
    Distractor(DU, r"#page/(?P<n>\d+)/gid/", "hwb"),
    Distractor(DU, r"/gid/(?P<n>\d+)/pat/", "hwb"),
    Distractor(DU, r"/pat/(?P<n>\d+)/par/", "hwb"),
    Distractor(DU, r"/par/E(?P<n>\d+)", "hwb"),
    Distractor(DU, r"/ati/(?P<n>\d+)/", "hwb"),
    Distractor(DU, r"/are/E(?P<n>\d+)\)", "hwb"),
    Distractor(DU, r"/jsna/(?P<n>2026)/", "hwb"),
    Distractor(DU, r"le-by-district-(?P<n>2022)-24\.png", "hwb"),
    lit(DU, "about 11 miles", "11", "hwb"),
    lit(DU, "| 2024/25 (£000) |", "2024", "hwb"),
    lit(DU, "| 2025/26 (£000) |", "2025", "hwb"),
    lit(DU, "3+ days a week (%) 2023/24 |", "3", "hwb"),
    lit(DU, "3+ days a week (%) 2023/24 |", "2023", "hwb"),
    lit(DU, "PM2.5 (µg/m³) 2023 |", "2.5", "hwb"),
    lit(DU, "PM2.5 (µg/m³) 2023 |", "2023", "hwb"),
    lit(DU, "aged 16-64 (%) 2024/25 |", "2024", "hwb"),
    lit(DU, "per 1,000 households 2024/25 |", "1,000", "hwb"),
    lit(DU, "per 1,000 households 2024/25 |", "2024", "hwb"),
    lit(DU, "Fuel poverty (%) 2023", "2023", "hwb"),
    lit(DU, "Fine particulate matter (PM2.5)", "2.5", "hwb"),
    Distractor(DU, r"^ {2}(?P<n>\d)\. [a-z]", "hwb"),
    lit(DU, "the 3 schemes", "3", "hwb"),
    lit(DU, "paragraph 4.3", "4.3", "hwb"),
    lit(DU, "in 6 months", "6", "hwb"),
    # Hollinsford, converter Markdown: the cover fields, the telephone number, the ONS code, dates and the minute,
    # counts, heading and paragraph numbers, periods, figure and table numbers, indicator and ward codes, the road,
    # the BCF URL, its pages and template version, the shares' note, the numbered list, the Fingertips URL, the page
    lit(HF, "2026, 2.00 pm", "2.00", "hwb"),
    lit(HF, "Committee Room 2,", "2", "hwb"),
    lit(HF, "Hollinsford HF1 4RB", "1", "hwb"),
    lit(HF, "Hollinsford HF1 4RB", "4", "hwb"),
    lit(HF, "**Agenda item:** 7", "7", "hwb"),
    lit(HF, "0191 498 0623", "0191 498 0623", "hwb"),
    Distractor(HF, r"E(?P<n>06000073)", "hwb"),
    lit(HF, "on 27 June 2026", "27", "hwb"),
    lit(HF, "by 27 June 2026", "27", "hwb"),
    lit(HF, "11 March 2026 (minute 58)", "11", "hwb"),
    lit(HF, "11 March 2026 (minute 58)", "58", "hwb"),
    lit(HF, "borough's 21 wards", "21", "hwb"),
    Distractor(HF, r"^## (?P<n>\d)\. [A-Z]", "hwb"),
    Distractor(HF, r"^(?P<n>\d\.\d) [A-Z]", "hwb"),
    lit(HF, "(2022-24)", "2022", "hwb"),
    lit(HF, "years 2022-24", "2022", "hwb"),
    lit(HF, "by locality, 2022-24", "2022", "hwb"),
    lit(HF, "ONS deaths, 2022-24", "2022", "hwb"),
    lit(HF, "by ward, 2020-24", "2020", "hwb"),
    lit(HF, "five years 2020-24", "2020", "hwb"),
    lit(HF, "since 2017-19", "2017", "hwb"),
    lit(HF, "(mid-2024):", "2024", "hwb"),
    lit(HF, "adults, 2023/24)", "2023", "hwb"),
    Distractor(HF, r"Figure (?P<n>\d)", "hwb"),
    Distractor(HF, r"Table (?P<n>\d)", "hwb"),
    lit(HF, "indicators A01b and A02a", "01", "hwb"),
    lit(HF, "indicators A01b and A02a", "02", "hwb"),
    lit(HF, "about 5 miles", "5", "hwb"),
    Distractor(HF, r"<td>E(?P<n>\d{8})</td>", "hwb"),
    lit(HF, "the 2023 boundaries", "2023", "hwb"),
    lit(HF, "the A1068 and", "1068", "hwb"),
    Distractor(HF, r"/file/(?P<n>4417)/", "hwb"),
    Distractor(HF, r"bcf-plan-(?P<n>2026)-27", "hwb"),
    lit(HF, "(pages 12 to 19)", "12", "hwb"),
    lit(HF, "(pages 12 to 19)", "19", "hwb"),
    lit(HF, "template v2.1)", "2.1", "hwb"),
    lit(HF, "may not add to 100.0 because", "100.0", "hwb"),
    Distractor(HF, r"^(?P<n>\d)\. [a-z]", "hwb"),
    lit(HF, "the 3 priority localities", "3", "hwb"),
    lit(HF, "on 9 December 2026", "9", "hwb"),
    Distractor(HF, r"#page/(?P<n>\d+)/gid/", "hwb"),
    Distractor(HF, r"/gid/(?P<n>\d+)/pat/", "hwb"),
    Distractor(HF, r"/pat/(?P<n>\d+)/par/", "hwb"),
    Distractor(HF, r"/par/E(?P<n>\d+)", "hwb"),
    Distractor(HF, r"/ati/(?P<n>\d+)/", "hwb"),
    lit(HF, "Page 9 of 9", "9", "hwb"),
    # numbers inside labels and headers
    lit(HF, "Walking for travel, 3+ days a week", "3", "hwb"),
    lit(HF, "matter (PM2.5)<br>", "2.5", "hwb"),
    lit(HF, "aged 16-64<br>", "16", "hwb"),
    lit(HF, "(per 1,000 households,", "1,000", "hwb"),
    lit(HF, "(new in 2026/27)", "2026", "hwb"),
    # pdftotext -layout: the running header and footer, the cover, the reference, the telephone number, the URL,
    # paragraph numbers, month headers and data months, the prescribing rate in its label, the list size, the
    # print stamp, page and minute references, scheme refs, the RAG key, ODS codes, counts, dates
    Distractor(HF, r"Page (?P<n>\d+) of 32$", "icb"),
    Distractor(HF, r"Page \d+ of (?P<n>32)$", "icb"),
    Distractor(HF, r"^ Item (?P<n>9\.2) ", "icb"),
    Distractor(HF, r"Agenda item: +(?P<n>9\.2)$", "icb"),
    lit(HF, "Wednesday 24 June 2026, 10.00 am", "24", "icb"),
    lit(HF, "Wednesday 24 June 2026, 10.00 am", "10.00", "icb"),
    lit(HF, "NGH/BD/26/061", "26", "icb"),
    lit(HF, "NGH/BD/26/061", "061", "icb"),
    lit(HF, "month 12 2025/26", "12", "icb"),
    lit(HF, "0191 498 0417", "0191 498 0417", "icb"),
    Distractor(HF, r"board-meetings/(?P<n>2026)-06-24", "icb"),
    Distractor(HF, r"/item-(?P<n>9)-2$", "icb"),
    Distractor(HF, r"^ (?P<n>\d\.\d) {3}[A-Z]", "icb"),
    Distractor(HF, r"Month (?P<n>\d+)", "icb"),
    Distractor(HF, r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(?P<n>2[56])\b", "icb"),
    lit(HF, "(£175.01 per registered patient)", "175.01", "icb"),
    lit(HF, "list of 571,240 at 1 January 2026", "571,240", "icb"),
    lit(HF, "list of 571,240 at 1 January 2026", "1", "icb"),
    lit(HF, "Printed 15/06/2026 16:42", "15/06/2026", "icb"),
    lit(HF, "Printed 15/06/2026 16:42", "16:42", "icb"),
    lit(HF, "(page 27)", "27", "icb"),
    Distractor(HF, r"QP(?P<n>0\d)", "icb"),
    lit(HF, "19 August 2025 (minute FC/25/112)", "19", "icb"),
    lit(HF, "19 August 2025 (minute FC/25/112)", "25", "icb"),
    lit(HF, "19 August 2025 (minute FC/25/112)", "112", "icb"),
    lit(HF, "delivered 75% or more of plan", "75%", "icb"),
    lit(HF, "less than 75% of plan", "75%", "icb"),
    Distractor(HF, r" U(?P<n>\d{5}) ", "icb"),
    lit(HF, "Of the 5 PCNs, 2", "5", "icb"),
    lit(HF, "Of the 5 PCNs, 2", "2", "icb"),
    lit(HF, "claimed less than 85% of", "85%", "icb"),
    lit(HF, "31 March 2026 (provisional)", "31", "icb"),
    lit(HF, "Of the 8 indicators in the scorecard, 4 are rated red, 2 amber", "8", "icb"),
    lit(HF, "Of the 8 indicators in the scorecard, 4 are rated red, 2 amber", "4", "icb"),
    lit(HF, "Of the 8 indicators in the scorecard, 4 are rated red, 2 amber", "2", "icb"),
    lit(HF, "and 2 green (Appendix E)", "2", "icb"),
    lit(HF, "the month 3 report", "3", "icb"),
    lit(HF, "on 23 September 2026", "23", "icb"),
    lit(HF, "the 2027/28 operational plan", "2027", "icb"),
    # numbers inside labels
    lit(HF, "patients seen within 4 hours", "4", "icb"),
    lit(HF, "Ambulance: Category 2 mean", "2", "icb"),
    lit(HF, "waiting under 18 weeks", "18", "icb"),
    lit(HF, "waiting over 52 weeks", "52", "icb"),
    lit(HF, "tests within 6 weeks", "6", "icb"),
    lit(HF, "Standard, 28 days", "28", "icb"),
    lit(HF, "treatment within 62 days", "62", "icb"),
    lit(HF, "per 1,000 patients (North East", "1,000", "icb"),
    # Vennacott, tesseract OCR: the item, dates, the telephone number, the minute, heading and paragraph numbers,
    # the month, counts, paragraph and table references, years, the RAG counts, the signature date, the URL's ids,
    # the page numbers
    lit(VN, "Agenda ltem 6", "6", "hosc"),
    lit(VN, "8 July 2026", "8", "hosc"),
    lit(VN, "08.07.2026", "08.07.2026", "hosc"),
    lit(VN, "01632 960 417", "01632 960 417", "hosc"),
    lit(VN, "of 22 April 2026", "22", "hosc"),
    lit(VN, "(minute 14/26)", "14", "hosc"),
    lit(VN, "14/26)", "26", "hosc"),
    Distractor(VN, r"^(?P<n>\d)\. [A-Z]", "hosc"),
    Distractor(VN, r"^(?:_ )?(?P<n>\d\.\d) [A-Z]", "hosc"),
    lit(VN, "month 2 (May 2026)", "2", "hosc"),
    lit(VN, "the review of 1,140", "1,140", "hosc"),
    lit(VN, "paragraphs 2.4 to 2.6", "2.4", "hosc"),
    lit(VN, "paragraphs 2.4 to 2.6", "2.6", "hosc"),
    Distractor(VN, r"\bTable (?P<n>\d)\b", "hosc"),
    lit(VN, "by 31 August 2026", "31", "hosc"),
    lit(VN, "between 2025/26 and 2028/29", "2025", "hosc"),
    lit(VN, "between 2025/26 and 2028/29", "2028", "hosc"),
    lit(VN, "Of the 10 indicators", "10", "hosc"),
    lit(VN, "Table 6, 3 are rated red", "3", "hosc"),
    lit(VN, "red, 3 amber and 2", "3", "hosc"),
    lit(VN, "3 amber and 2", "2", "hosc"),
    lit(VN, "green; 2 are not rated", "2", "hosc"),
    lit(VN, "standard for March 2027", "2027", "hosc"),
    lit(VN, "14 October 2026", "14", "hosc"),
    lit(VN, "Date: 24.06.2026", "24.06.2026", "hosc"),
    lit(VN, "CId=142", "142", "hosc"),
    lit(VN, "MId=3981", "3981", "hosc"),
    Distractor(VN, r"^- (?P<n>\d+) -$", "hosc"),
    # numbers inside row labels and the periods
    lit(VN, "(£118.62 per weighted patient)", "118.62", "hosc"),
    lit(VN, "seen within 4 hours", "4", "hosc"),
    lit(VN, "Ambulance Cat 2 mean", "2", "hosc"),
    lit(VN, "waits over 52 weeks", "52", "hosc"),
    lit(VN, "within 18 weeks", "18", "hosc"),
    lit(VN, "over 6 weeks", "6", "hosc"),
    lit(VN, "Cancer 28-day", "28", "hosc"),
    lit(VN, "Cancer 62-day treatment", "62", "hosc"),
    lit(VN, "rate (65+)", "65", "hosc"),
    Distractor(VN, r"\b(?:Mar|Apr|May)-(?P<n>26)\b", "hosc"),
    lit(VN, "Q4 25/26", "4", "hosc"),
    lit(VN, "Q4 25/26", "25", "hosc"),
    # the HWB: the item, dates, the telephone number, the ONS codes in paragraph 1.1, paragraph references, the
    # pages, indicator codes, counts, URLs' digits, the source years, the CSV's indicator ids, area codes and 95%
    lit(VN, "Agenda item 7", "7", "hwb"),
    lit(VN, "22 July 2026", "22", "hwb"),
    lit(VN, "01632 961 208", "01632 961 208", "hwb"),
    lit(VN, "Vennacott (E10000091)", "10000091", "hwb"),
    lit(VN, "(E06000097)", "06000097", "hwb"),
    lit(VN, "See paragraph 2.4", "2.4", "hwb"),
    lit(VN, "submitted 27 June 2026", "27", "hwb"),
    Distractor(VN, r"Page (?P<n>\d) of 5$", "hwb"),
    Distractor(VN, r"Page \d of (?P<n>5)$", "hwb"),
    lit(VN, "indicators A01b and A02a", "01", "hwb"),
    lit(VN, "indicators A01b and A02a", "02", "hwb"),
    lit(VN, "2 June 2026", "2", "hwb"),
    lit(VN, "95% confidence intervals", "95%", "hwb"),
    lit(VN, "fewer than 10 households", "10", "hwb"),
    lit(VN, "by 31 July 2026", "31", "hwb"),
    lit(VN, "in 6 months", "6", "hwb"),
    lit(VN, "chapter-4-2026", "4", "hwb"),
    lit(VN, "chapter-4-2026", "2026", "hwb"),
    lit(VN, "hwb/2026-07-22/item-7/appendix-2", "2026", "hwb"),
    lit(VN, "hwb/2026-07-22/item-7/appendix-2", "07", "hwb"),
    lit(VN, "hwb/2026-07-22/item-7/appendix-2", "22", "hwb"),
    lit(VN, "item-7/", "7", "hwb"),
    lit(VN, "appendix-2)", "2", "hwb"),
    Distractor(VN, r"#page/(?P<n>\d+)/gid/", "hwb"),
    Distractor(VN, r"/gid/(?P<n>\d+)/pat/", "hwb"),
    Distractor(VN, r"/pat/(?P<n>\d+)/par/", "hwb"),
    Distractor(VN, r"/par/E(?P<n>\d+)", "hwb"),
    Distractor(VN, r"/ati/(?P<n>\d+)/", "hwb"),
    Distractor(VN, r"/are/E(?P<n>\d+)\)", "hwb"),
    lit(VN, "fuel poverty 2025 (2023 data)", "2025", "hwb"),
    lit(VN, "fuel poverty 2025 (2023 data)", "2023", "hwb"),
    Distractor(VN, r'^(?P<n>9\d{4}),"', "hwb"),
    Distractor(VN, r'^\d+,"[^"]+","E(?P<n>\d{8})"', "hwb"),
    Distractor(VN, r'"(?:Better|Worse) (?P<n>95)%"', "hwb"),
    lit(VN, '"Lower CI 95.0 limit"', "95.0", "hwb"),
    lit(VN, '"Upper CI 95.0 limit"', "95.0", "hwb"),
    # numbers inside indicator names
    lit(VN, "(mid-2025 estimate)", "2025", "hwb"),
    lit(VN, "Employment rate, aged 16-64", "16", "hwb"),
    lit(VN, "Employment rate, aged 16-64", "64", "hwb"),
    lit(VN, "travel, 3+ days a week", "3", "hwb"),
    lit(VN, "PM2.5 concentration", "2.5", "hwb"),
    lit(VN, "per 1,000 households", "1,000", "hwb"),
    # Orrinsham, PyMuPDF: the cover, the telephone number, the ICB code, the minute, heading and paragraph numbers
    # on lines of their own (those not also printed as a table cell alone on its line), counts, dates, references,
    # the pages, footnote markers, the PCN codes, the wrapped month, the chart's ticks and years, the RAG counts
    lit(OR, "Thursday 3 September 2026", "3", "icb"),
    lit(OR, "Agenda item 9", "9", "icb"),
    lit(OR, "Paper ICB/26/077", "26", "icb"),
    lit(OR, "Paper ICB/26/077", "077", "icb"),
    lit(OR, "Month 4 (July) 2026/27", "4", "icb"),
    lit(OR, "01632 961 207", "01632 961 207", "icb"),
    lit(OR, "(ICB code E54000099)", "54000099", "icb"),
    lit(OR, "on 2 July 2026", "2", "icb"),
    lit(OR, "(minute 26/58)", "26", "icb"),
    lit(OR, "(minute 26/58)", "58", "icb"),
    Distractor(OR, r"^(?P<n>\d)\.$", "icb"),
    Distractor(OR, r"^(?P<n>2\.2|2\.3|5\.1|7\.1)$", "icb"),
    lit(OR, "Five of the 12 scorecard", "12", "icb"),
    lit(OR, "on 20 August 2026", "20", "icb"),
    lit(OR, "paragraphs 2.4 to 2.6", "2.4", "icb"),
    lit(OR, "paragraphs 2.4 to 2.6", "2.6", "icb"),
    Distractor(OR, r"^\f?Page (?P<n>\d)$", "icb"),
    Distractor(OR, r"^(?P<n>[12])$", "icb"),
    lit(OR, "(£128.40 per weighted patient)", "128.40", "icb"),
    Distractor(OR, r"^U(?P<n>41\d{3})$", "icb"),
    lit(OR, "by 31 July 2026", "31", "icb"),
    lit(OR, "NHS Digital, 1 June 2026", "1", "icb"),
    lit(OR, "4 is an overspend", "4", "icb"),
    Distractor(OR, r"^(?P<n>420|400|380|360|340|320)$", "icb"),
    Distractor(OR, r"^(?P<n>20\d\d)/\d\d$", "icb"),
    lit(OR, "Of the 12 indicators, 5 are rated red, 5 amber and 1 green", "12", "icb"),
    lit(OR, "Of the 12 indicators, 5 are rated red, 5 amber and 1 green", "5", "icb"),
    lit(OR, "red, 5 amber", "5", "icb"),
    lit(OR, "and 1 green", "1", "icb"),
    lit(OR, "on 5 November", "5", "icb"),
    # numbers inside labels and headers
    Distractor(OR, r"^(?P<n>4) hours$", "icb"),
    lit(OR, "Ambulance category 2 mean", "2", "icb"),
    lit(OR, "Patients waiting over 52 weeks", "52", "icb"),
    lit(OR, "RTT patients waiting under 18", "18", "icb"),
    lit(OR, "Diagnostic tests waiting over 6", "6", "icb"),
    lit(OR, "Cancer 28-day Faster", "28", "icb"),
    lit(OR, "Cancer treatment within 62 days", "62", "icb"),
    Distractor(OR, r"^(?P<n>65)\+\)$", "icb"),
    lit(OR, "GP appointments within 14 days", "14", "icb"),
    Distractor(OR, r"^month (?P<n>4)$", "icb"),
    Distractor(OR, r"^(?P<n>1,000) patients$", "icb"),
    lit(OR, "GP FTE per 1,000", "1,000", "icb"),
    # pdfplumber: the cover, the telephone number, the URL and the area code, the tiles' periods, ages and unit,
    # section and paragraph numbers inside merged lines, the minute, the footers, table references, dates, codes,
    # counts, the recommendations, the pages, the source year, the header's numbers
    lit(OR, "17 September 2026", "17", "hwb"),
    lit(OR, "Agenda item 6", "6", "hwb"),
    lit(OR, "01632 960 714", "01632 960 714", "hwb"),
    lit(OR, "jsna/2026/data-pack-3", "2026", "hwb"),
    lit(OR, "data-pack-3", "3", "hwb"),
    lit(OR, "(area code E10000099)", "10000099", "hwb"),
    lit(OR, "(2022-24)", "2022", "hwb"),
    lit(OR, "(aged 16-64)", "16", "hwb"),
    lit(OR, "(aged 16-64)", "64", "hwb"),
    lit(OR, "2.2 per 1,000", "1,000", "hwb"),
    Distractor(OR, r"(?:^| )(?P<n>\d) (?:Introduction|Life expectancy|Better Care Fund|Wider|Recommendations)", "hwb"),
    Distractor(OR, r"(?:^| )(?P<n>\d\.\d) [A-Z]", "hwb"),
    lit(OR, "on 19 March 2026", "19", "hwb"),
    lit(OR, "(minute 14)", "14", "hwb"),
    Distractor(OR, r"Page (?P<n>\d) of 6$", "hwb"),
    Distractor(OR, r"Page \d of (?P<n>6)$", "hwb"),
    lit(OR, "(Tables 1 and 2)", "1", "hwb"),
    lit(OR, "(Tables 1 and 2)", "2", "hwb"),
    Distractor(OR, r"\bTable (?P<n>\d)\b", "hwb"),
    lit(OR, "22 July", "22", "hwb"),
    lit(OR, "indicators A01a", "01", "hwb"),
    lit(OR, "A01b)", "01", "hwb"),
    lit(OR, "A01a and A02a", "02", "hwb"),
    lit(OR, "extracted 4 August 2026", "4", "hwb"),
    lit(OR, "fewer than 5 households", "5", "hwb"),
    lit(OR, "agree the 6 priority", "6", "hwb"),
    lit(OR, "section 4 of the full", "4", "hwb"),
    lit(OR, "18 March 2027", "18", "hwb"),
    lit(OR, "(pages 12 to 31)", "12", "hwb"),
    lit(OR, "(pages 12 to 31)", "31", "hwb"),
    lit(OR, "statistics 2023", "2023", "hwb"),
    lit(OR, "matter PM2.5 rate", "2.5", "hwb"),
    lit(OR, "(µg/m³) 16-64", "16", "hwb"),
    lit(OR, "(µg/m³) 16-64", "64", "hwb"),
    lit(OR, "(per 1,000) (%)", "1,000", "hwb"),
]

_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass(frozen=True)
class Place:
    """One printed distractor: its pack, line (1-based), columns (0-based, end excluded) and number."""

    file: str
    line: int
    start: int
    end: int
    value: float
    text: str


def places(d: Distractor) -> list[Place]:
    """Where the distractor is printed, found in the pack text."""
    rx = re.compile(d.pattern)
    out = []
    for path in packs(d.council):
        if d.pack and f"_{d.pack}_" not in path.name:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            for m in rx.finditer(line):
                text = m.group("n")
                number = _NUMBER_RE.search(text)
                assert number, f"{d.id}: no number in {text!r}"
                value = float(number.group(0).replace(",", ""))
                out.append(Place(path.name, n, m.start("n"), m.end("n"), value, line.strip()))
    return out


def topic_rows_at(frame: pd.DataFrame, place: Place) -> pd.DataFrame:
    """Rows of a topic dataset on the distractor's line that start inside it or hold its number."""
    rows = frame[
        (frame["source_file"] == place.file)
        & (frame["source_line"] == place.line)
        & ~frame["dataset"].isin(list(NOT_TOPICS))
    ]
    inside = [place.start <= int(c) - 1 < place.end for c in rows["source_column"]]
    same = [value_matches(place.value, float(v)) for v in rows["value"]]
    return rows[pd.Series([a or b for a, b in zip(inside, same, strict=True)], index=rows.index, dtype=bool)]


def test_a_topic_row_at_a_distractor_is_caught() -> None:
    place = Place("p.txt", 7, start=20, end=25, value=1.5, text="Core PCN funding (£1.50 per patient)")
    row = {"source_file": "p.txt", "source_line": 7, "source_column": 21, "value": 1.5, "dataset": "pcn_budgets"}
    assert len(topic_rows_at(pd.DataFrame([row]), place)) == 1
    assert len(topic_rows_at(pd.DataFrame([{**row, "source_column": 40}]), place)) == 1  # its number elsewhere
    assert len(topic_rows_at(pd.DataFrame([{**row, "value": 845220.0, "source_column": 60}]), place)) == 0
    assert len(topic_rows_at(pd.DataFrame([{**row, "dataset": "figures"}]), place)) == 0
    assert len(topic_rows_at(pd.DataFrame([{**row, "source_line": 8}]), place)) == 0


@pytest.mark.parametrize("distractor", DISTRACTORS, ids=[d.id for d in DISTRACTORS])
def test_distractor_gives_no_topic_row(distractor: Distractor, frames: dict[str, pd.DataFrame]) -> None:
    found = places(distractor)
    assert found, f"{distractor.id}: not printed in the packs (was the pack edited?)"
    bad = []
    for place in found:
        rows = topic_rows_at(frames[distractor.council], place)
        bad += [
            f"{place.file}:{place.line} {place.value:g} in {place.text!r} -> {r.dataset} | {r.area} | {r.measure}"
            f" = {r.value:g} (column {r.source_column})"
            for r in rows.itertuples(index=False)
        ]
    assert not bad, "distractors read as data:\n" + "\n".join(bad)


# --- a table repeating a row label, with two equal numbers on one line ------------------------------------------

LAYOUT_PACK = """

                                 BRACKENHAM COUNTY COUNCIL

                           HEALTH OVERVIEW AND SCRUTINY COMMITTEE

   Date:          Wednesday, 12 March 2025

                                                                               Agenda Item 6

                        PRIMARY CARE BUDGETS 2024/25

   1.      Table 1 shows the primary care budgets for the Brackenham place. Two budget
           lines are held flat.

   Table 1: Primary care budgets, Brackenham place

                                                        2023/24       2024/25
                                                        outturn        budget
                                                           £000          £000

   Core contracts (GMS, PMS and APMS)                    58,412        61,284
   Premises reimbursements                                7,944         7,944
   Other                                                  2,203         2,140
   Local enhanced services                                4,615         4,880
   Other                                                  1,120         1,120
   Total primary care                                    74,294        77,368

   2.      The Committee is asked to note the report.
"""

PIPE_PACK = """# THORN VALE COUNTY COUNCIL

## Health Overview and Scrutiny Committee

**Date:** Wednesday 12 March 2025

# Agenda Item 6

## Primary care budgets 2024/25

**Table 1: Primary care budgets, Thorn Vale place (£k)**

| Budget line | 2023/24 outturn £k | 2024/25 budget £k |
|---|---:|---:|
| Core contracts (GMS/PMS/APMS) | 58,412 | 61,284 |
| Premises costs | 7,944 | 7,944 |
| Other | 2,203 | 2,140 |
| Local enhanced services | 4,615 | 4,880 |
| Other | 1,120 | 1,120 |
| **Total primary care** | **74,294** | **77,368** |

The Committee is asked to note the report.
"""

SMALL_PACKS = {"layout": LAYOUT_PACK, "pipes": PIPE_PACK}
TABLE_NUMBER_RE = re.compile(r"(?<![\w/£])\d{1,3}(?:,\d{3})+(?![\d/])")


def table_numbers(text: str) -> list[tuple[int, int, float]]:
    """The table body's printed numbers: (line, 1-based column, value)."""
    return [
        (n, m.start() + 1, float(m.group(0).replace(",", "")))
        for n, line in enumerate(text.split("\n"), 1)
        for m in TABLE_NUMBER_RE.finditer(line)
    ]


@pytest.fixture(scope="module")
def small_frames(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    folder = tmp_path_factory.mktemp("repeated-labels")
    out = {}
    for name, text in SMALL_PACKS.items():
        path = folder / f"hosc_2025-03-12_{name}.txt"
        path.write_text(text, encoding="utf-8")
        out[name] = extract_pack(path).frame  # a refusal (PackError) fails the test here
    return out


@pytest.mark.parametrize("name", SMALL_PACKS)
def test_repeated_row_label_gives_a_row_per_printed_number(name: str, small_frames: dict[str, pd.DataFrame]) -> None:
    frame = small_frames[name]
    printed = table_numbers(SMALL_PACKS[name])
    assert len(printed) == 12
    body = frame[frame["source_line"].isin({line for line, _, _ in printed})]
    got = sorted(zip(body["source_line"], body["value"], strict=True))
    assert got == sorted((line, value) for line, _, value in printed), body.to_string()
    assert not body.duplicated(["source_file", "source_line", "source_column"]).any()
    # the two "Other" rows are both there, and the equal numbers on one line are two rows, told apart by column
    assert sorted(body.loc[body["measure"].str.startswith("Other"), "value"]) == [1120, 1120, 2140, 2203]
    for line in {line for line, _, v in printed if v in (7944, 1120)}:
        columns = body.loc[body["source_line"] == line, "source_column"]
        assert len(columns) == 2
        assert columns.nunique() == 2
    assert set(body["dataset"]) == {"primary_care_budgets"}


@pytest.mark.parametrize(
    "name",
    [
        "layout",
        "pipes",
    ],
)
def test_every_row_is_a_printed_number(name: str, small_frames: dict[str, pd.DataFrame]) -> None:
    frame = small_frames[name]
    printed = {(line, value) for line, _, value in table_numbers(SMALL_PACKS[name])}
    extra = frame[
        [(line, value) not in printed for line, value in zip(frame["source_line"], frame["value"], strict=True)]
    ]
    assert extra.empty, extra[["dataset", "measure", "value_text", "source_line", "source_column"]].to_string()
