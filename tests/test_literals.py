r"""No string in loaders/ may fit one council's wording, and no file in data/ may name a development council.

The loaders must read any council's papers.  A phrase (two words or more) written into the code that is found in
the packs of exactly one council - Leicestershire's (data/reports), Calvermoor's or Fallowmere's
(tests/data/devset) - is a sign the code was fitted to that council's wording: a caption, a row label or a sentence
fragment.  Such a phrase belongs in a data/*.csv vocabulary any council's wording can extend (data/captions.csv,
data/topics.csv, data/response_scales.csv ...), or is replaced by a general mechanism.  A phrase that is general
wording (a national programme, an NHS or ONS indicator name) and so happens to be printed by one pack only is listed
in ALLOWED with the reason it is general; one still to generalise is listed with how.

* Literals: every string constant of loaders/**/*.py, read with `ast`: docstrings skipped, implicitly concatenated
  strings joined as Python joins them, the constant parts of an f-string each on their own (format specs skipped).
* Phrase: two words or more, a word being a run of two letters or more ("sub-total" and "don't" one word each).  A
  literal with regex syntax that compiles counts the words along its wordiest path once the syntax is stripped (the
  regex parser reads it): r"better\s+care\s+fund" has three words, "BOARD|COMMITTEE|PANEL" one.
* Match: a pattern is searched case-insensitively with the flags the code compiles it with (re.VERBOSE, re.DOTALL);
  any other literal as a case-insensitive substring bounded by non-word characters.  A match must lie within one
  line of a pack, or one cell of it (the line cut at column gaps and pipes, stripped of layout and Markdown), as the
  loaders read labels and cells; a re.DOTALL pattern may span lines.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from re import _parser as _sre_parse  # type: ignore[attr-defined]  # strips regex syntax the way re reads it

import pytest

ROOT = Path(__file__).resolve().parents[1]
LOADERS = ROOT / "loaders"
DEVSET = ROOT / "tests" / "data" / "devset"
DEVELOPMENT_COUNCILS = ("calvermoor", "fallowmere")
COUNCILS = ("leicestershire", *DEVELOPMENT_COUNCILS)

# literal -> why it may stay although only one council's packs print it: general wording (a national indicator,
# programme or unit, a standard NHS or ONS term, plain English, or text the loader writes rather than reads), or
# "fits Leicestershire's wording; to generalise: <how>" where generalising it is still to do.
ALLOWED: dict[str, str] = {
    r"^(table|figure|chart|graph|appendix)\s*(\d+[a-z]?)(?:\s*\((?:continued|cont(?:'d|d|\.)?)\)|\s+data)?$": (
        "a caption's number alone ('Table 5 (continued)', 'Figure 1 data'), the words any report numbers its "
        "tables and figures with; the Orrinsham development pack prints both forms"
    ),
    # --- General wording: national indicator, programme and unit names, standard NHS/ONS terms
    (
        r"\s*,?\s+and\s+(?:(?:the|a|an)\s+)?\(?£?(?P<number>\d[\d,]*(?:\.\d+)?)\)?(?P<more"
        r">(?:\s*%?\s*(?:,|and|or)\s*£?\d[\d,]*(?:\.\d+)?)*)(?:\s*(?:%|per\s+[\d,]+|[a-z]+"
        r")){0,3}?\s+(?:in|for|across)\s+(?:the\s+)?(?=[A-Z])"
    ): (
        "the grammar of a comparison going on to another after 'and' ('against 79.1 in England and 80.1 in the East "
        "of England'), no council's wording"
    ),
    r"(?<![\w])[Tt]he\s+(?P<home>[Cc]ity)(?![\w\-])(?!\s+of\b)": (
        "what any city council's text calls its home area ('across the city'), used only where the cover names a "
        "city council; the Fernhallow development pack (Fernhallow City Council) writes it throughout"
    ),
    r"\s+City|City\s+of\s+": (
        "the two forms of a city council's name on its cover ('X City Council', 'City of X Council')"
    ),
    "Under 18 conception rate": "the Public Health Outcomes Framework indicator name (under 18s conception rate)",
    "CURRENT SMOKERS": (
        "the Public Health Outcomes Framework indicator wording (smoking prevalence in adults: current smokers)"
    ),
    "HOSPITAL ADMISSIONS for mental": (
        "the start of the national indicator name 'hospital admissions for mental health conditions' (under 18s)"
    ),
    "PEOPLE IN EMPLOYMENT": "ONS labour-market wording (people in employment, aged 16-64)",
    r"\b(?:to date|ytd|year to date)\b": (
        "standard finance wording for a figure so far this year ('Plan to date', 'YTD actual'); the Sheringmoor, "
        "Harrowby, Carrowdale and Ormsby Fold development packs print it too"
    ),
    "Violent crime offences": (
        "the measure name the loader writes, in police recorded crime wording (violent crime offences)"
    ),
    "CHILDREN.S HEALTH": (
        "a standard public health topic heading (children's health), as in the national child health profiles"
    ),
    "(?P<v>\\d+(?:\\.\\d+)?)\\s*wte\\s+per\\s+1,?000\\s+patients": (
        "the NHS workforce rate unit: whole-time equivalent GPs per 1,000 registered patients"
    ),
    "WTE per": "the NHS workforce rate unit (WTE per 1,000 patients), a unit prefix",
    "\\b(?:report|presented|submitted|briefing|paper|update)\\s+(?:to|for)\\s+(?:the\\s+)?$": (
        "how any cover names where a paper is sent (report to, presented to, submitted to), read only just before "
        "a council's name"
    ),
    "Diagnostic waiting times": "an NHS constitution standard's name (diagnostic waiting times, DM01)",
    "contracted activity": "NHS operational planning wording (activity contracted against activity delivered)",
    "planned activity": "NHS operational planning wording (activity planned against activity delivered)",
    "\\((?:[A-Z]{2,5}\\s*CCG\\s*)?(?P<p>(?:FOT|YTD)[^()]*?)\\)?$": (
        "NHS finance abbreviations: CCG, forecast outturn (FOT), year to date (YTD)"
    ),
    "^\\s*(?:Reduction|Increase|Zero\\s+Tolerance|Zero$|Above|Below|Maintain)": (
        "standard target wording on NHS scorecards (zero tolerance, reduction, increase, maintain)"
    ),
    "list size ": "the loader's own warning text; 'list size' is the NHS term for a practice's registered patients",
    "Amber/Green": "a standard RAG rating (amber/green), as rated on NHS and council scorecards",
    "amber/green": "a standard RAG rating (amber/green), as rated on NHS and council scorecards",
    "Red/Amber": "a standard RAG rating (red/amber), as rated on NHS and council scorecards",
    "red/amber": "a standard RAG rating (red/amber), as rated on NHS and council scorecards",
    "north east": "a compass direction and ONS region name (North East)",
    "north west": "a compass direction and ONS region name (North West)",
    "North East": "a compass direction and ONS region name (North East)",
    "North West": "a compass direction and ONS region name (North West)",
    "^\\s*Row\\s+Labels\\b\\s*": "the header Excel prints over a pivot table's rows, in any council's export of one",
    # --- General wording: plain English of comparisons and the loader's own output
    "\\b(?:[a-z]+est|most|least|best|worst|top|bottom)\\b(?:\\s+[\\w\\-]+){0,3}?\\s+(?:in|across|of|within)\\s+$": (
        "plain English: a superlative and the scope it ranks in ('the highest rate in the county'), in any wording"
    ),
    "national\\s+average\\s+of\\s+(?P<nat>\\d{1,2}(?:\\.\\d+)?%)": (
        "general comparator wording ('the national average of N%'), as any council's prose states it"
    ),
    "national average of (?P<v>\\d{1,2}(?:\\.\\d+)?%)": (
        "general comparator wording ('the national average of N%'), as any council's prose states it"
    ),
    (
        "\\b(?:national(?:ly)?|England(?:'s)?|English)\\s+(?:figure|average|rate|level|value|mean|median|benchmark|position)s?\\s*(?:o"
        "f|was|is|at|=|:)?\\s*\\(?$"
    ): ("general comparator wording before a number ('the national average of', 'nationally at')"),
    (
        "(?:\\bNHS|\\b(?:than|compared\\s+(?:with|to)|in\\s+line\\s+with|similar\\s+to|against|versus|vs\\."
        "?|above|below)(?:\\s+(?:the|that\\s+(?:of|for)|those\\s+(?:of|for)|in))?|\\bthan\\s+(?:the\\s+)?[a-z]+\\s+"
        "in)\\s+$"
    ): ("general comparison wording before a number ('compared with', 'in line with', 'above', 'than men in')"),
    "\\bby\\s+(?:year|quarter|month)\\b": "general wording of a caption whose rows are periods ('... by year')",
    "\\bthe\\s+(?:total|number|count)\\s*$": "general wording before a running total ('taking the total to 214')",
    "\\bPOPULATION OF\\s*$": "general wording for a population ('a population of N')",
    (
        r"^\W*(?P<name>[A-Z][A-Za-z'\-]+(?:\s+(?:[A-Z][A-Za-z'\-]+|and|AND|of|OF|upon|UPON|on|ON|&))*?)\s+"
        r"(?i:health\s+(?:and\s+wellbeing\s+board|(?:overview\s+and\s+)?scrutiny\s+(?:committee|panel|board)))\b"
    ): "the statutory names of a council's health committees (Health and Wellbeing Board, Health Scrutiny Committee)",
    (
        "(?<![\\w.,])£?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:%|k|m|bn))?(?:\\s+(?!(?:and|or|but|than|against|versus|with)\\b)"
        "[a-z]+){0,2}?\\s+(?:in|for)\\s+(?:the\\s+)?$"
    ): "plain English: a number, its unit words and 'in' before a place ('£64.2 million in', '76.2% in the')",
    (
        "\\b(?:over|more\\s+than|longer\\s+than|within|under|less\\s+than|at\\s+least)\\s+\\d{1,3}\\s+"
        "(?:weeks|days|hours|minutes|mins)\\b"
    ): "general wording of a waiting-time threshold ('over 52 weeks', 'within 18 weeks')",
    "\\b\\d{2}-\\d{2}\\s+year olds": "general English for an age band ('16-64 year olds')",
    "\\bTarget\\s*(?:of\\s*)?(?P<op>[<>]=?|\\u2265|\\u2264)?\\s*(?P<value>\\d+(?:\\.\\d+)?)\\s*%": (
        "general target wording ('target of 95%')"
    ),
    "Percentage of ": "the measure name the loader writes for a share ('Percentage of ...'), not text read from a pack",
    " (national average)": (
        "the measure-name suffix the loader writes for the national comparator, not text read from a pack"
    ),
    "papers for": "the summary text the loader writes for a meeting's papers, not text read from a pack",
    # --- Fits Leicestershire's wording (generalising would cost a safe rewrite of the spec; see each reason)
    "^\\s*\\((?P<n>\\d[\\d,]*)\\)\\s+of\\s+children\\b": (
        "fits Leicestershire's wording (the '(N) of children' callouts of its HWB annual report 2020-21 "
        "infographic); to generalise: read infographic callouts with a general reader (a bracketed count, "
        "its topic, the national average after it) instead of one infographic's rules, or hold each "
        "infographic's rules as data"
    ),
    "pupils overweight": (
        "fits Leicestershire's wording (a label of its HWB annual report 2020-21 infographic); to "
        "generalise: a general infographic reader pairing a value with the label beside it, or the "
        "infographic's rules as data"
    ),
    "^\\s*(?P<v>\\d[\\d,]*)\\s+PEOPLE ARE\\s*$": (
        "fits Leicestershire's wording (a fragment of its HWB annual report 2020-21 infographic); to "
        "generalise: a general infographic reader pairing a value with the label beside it, or the "
        "infographic's rules as data"
    ),
    "HEALTHY WEIGHT STRATEGY IN": (
        "fits Leicestershire's wording (a heading of its HWB annual report 2020-21 infographic); to "
        "generalise: anchor the panel by the topic words of data/topics.csv (overweight, obesity) once a "
        "general infographic reader exists"
    ),
    "VIOLENT CRIME RATES": (
        "fits Leicestershire's wording (a panel heading of its HWB annual report 2020-21 infographic); to "
        "generalise: anchor the panel by the topic words of data/topics.csv (crime) once a general "
        "infographic reader exists"
    ),
    "^\\s*(?P<v>\\d{1,3}(?:,\\d{3})+)\\s+of people": (
        "fits Leicestershire's wording (a fragment of its HWB annual report 2020-21 infographic); to "
        "generalise: a general infographic reader pairing a value with the label beside it, or the "
        "infographic's rules as data"
    ),
    "^\\s*(?:years\\s+)?less for (?P<who>men|women)\\b": (
        "fits Leicestershire's wording (the 'years less for men' of its annual report infographic); to "
        "generalise: read the deprivation gap by sex from any sentence or label naming men/women near "
        "'most/least deprived', as the life_expectancy tables do"
    ),
    (
        "^\\s*(?P<label>\\S.*?,\\s*\\((?P<sex>[PMF])\\))\\s+(?P<period>.+?)\\s+(?P<pol>High|Low)\\s+(?P<val"
        "ue>Null|-?[\\d,]*\\.?\\d+)\\s+(?P<rank>Null|\\d+\\s*/\\s*\\d+)\\s+(?P<comp>Null|-?[\\d,]*\\.?\\d+)"
        "\\s*$"
    ): (
        "fits Leicestershire's wording (the row layout of its Public Health Outcomes Framework "
        "benchmarking table: indicator, (sex), period, polarity High/Low, value or Null, rank, "
        "comparator); to generalise: read the table as a grid (loaders.grids) with its columns named from "
        "the header above it"
    ),
    "Latest data": (
        "fits Leicestershire's wording (a column of its BCF metrics dashboard); to generalise: name the "
        "columns from the header printed above the rows instead of declaring them, as loaders.grids does "
        "for other tables"
    ),
    "RAG-rated data": (
        "fits Leicestershire's wording (a column of its BCF metrics dashboard); to generalise: name the "
        "columns from the header printed above the rows instead of declaring them, as loaders.grids does "
        "for other tables"
    ),
}


# ---------------------------------------------------------------- the literals


@dataclass(frozen=True)
class Literal:
    path: str  # relative to the project root
    line: int
    text: str
    flags: int = 0  # re.VERBOSE and re.DOTALL where the code compiles the literal with them


_FLAG_NAMES = {"VERBOSE": re.VERBOSE, "X": re.VERBOSE, "DOTALL": re.DOTALL, "S": re.DOTALL}


def _docstring_nodes(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                found.add(id(first.value))
    return found


def _flags_named(node: ast.AST) -> int:
    flags = 0
    for n in ast.walk(node):
        name = n.attr if isinstance(n, ast.Attribute) else n.id if isinstance(n, ast.Name) else ""
        flags |= _FLAG_NAMES.get(name, 0)
    return flags


def _flagged_nodes(tree: ast.AST) -> dict[int, int]:
    """Literals compiled with re.VERBOSE or re.DOTALL: constants in the pattern argument of a call passing the
    flag, or assigned to a name used there."""
    found: dict[int, int] = {}
    names: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            flags = _flags_named(ast.Tuple([*node.args[1:], *(k.value for k in node.keywords)]))
            if flags:
                for n in ast.walk(node.args[0]):
                    if isinstance(n, ast.Constant):
                        found[id(n)] = found.get(id(n), 0) | flags
                    elif isinstance(n, ast.Name):
                        names[n.id] = names.get(n.id, 0) | flags
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        value = getattr(node, "value", None)
        for t in targets:
            if isinstance(t, ast.Name) and t.id in names and isinstance(value, ast.Constant):
                found[id(value)] = found.get(id(value), 0) | names[t.id]
    return found


def literals_of_source(source: str, path: str = "<string>") -> list[Literal]:
    """Every string literal of a module but its docstrings, f-strings split into their constant parts."""
    tree = ast.parse(source)
    skip = _docstring_nodes(tree)
    flagged = _flagged_nodes(tree)
    in_fstring: set[int] = set()
    format_specs = {id(n.format_spec) for n in ast.walk(tree) if isinstance(n, ast.FormattedValue) and n.format_spec}
    out: list[Literal] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and id(node) not in format_specs:
            for part in ast.walk(node):
                if part is not node and isinstance(part, ast.Constant):
                    in_fstring.add(id(part))
            for part in node.values:  # a format spec ({x:>10}) is not text
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    out.append(Literal(path, part.lineno, part.value))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skip
            and id(node) not in in_fstring
        ):
            out.append(Literal(path, node.lineno, node.value, flagged.get(id(node), 0)))
    return sorted(out, key=lambda lit: (lit.line, lit.text))


def loader_files() -> list[Path]:
    return sorted(LOADERS.rglob("*.py"))


@cache
def loader_literals(path: Path) -> tuple[Literal, ...]:
    return tuple(literals_of_source(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT))))


# ------------------------------------------------------------ phrase or pattern

_METACHARS = set(".^$*+?{}[]\\|()")
# A word is a run of letters, hyphens and apostrophes inside it ("sub-total", "don't"); a single letter ("a", "k",
# the "n" of "n/a") is not a word of a phrase.
_WORD = re.compile(r"(?=[^\W\d_]{2}|[^\W\d_]['\u2019-])[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")


def is_pattern(text: str) -> bool:
    """Regex syntax that compiles: the literal is searched as a pattern."""
    if not _METACHARS & set(text):
        return False
    try:
        re.compile(text)
    except re.error:
        return False
    return True


def _letters_only(items: list[tuple[object, object]]) -> bool:
    """A character class of letters only, such as [Tt]: it stands for one letter of a word."""
    for op, arg in items:
        name = str(op)
        if name == "LITERAL" and isinstance(arg, int) and chr(arg).isalpha():
            continue
        if name == "RANGE" and isinstance(arg, tuple) and chr(arg[0]).isalpha() and chr(arg[1]).isalpha():
            continue
        return False
    return True


def _spelled(items: object) -> str:
    """The text a parsed pattern spells along its wordiest path: letters kept, any other syntax a space."""
    out: list[str] = []
    for op, arg in items:  # type: ignore[attr-defined]
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "IN":
            out.append("x" if _letters_only(arg) else " ")
        elif name == "SUBPATTERN" or name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            out.append(_spelled(arg[-1]))
        elif name == "ATOMIC_GROUP":
            out.append(_spelled(arg))
        elif name == "ASSERT":  # a lookahead or lookbehind the text must have
            out.append(" " + _spelled(arg[1]) + " ")
        elif name == "BRANCH":
            out.append(max((_spelled(alt) for alt in arg[1]), key=lambda t: len(_WORD.findall(t))))
        elif name == "GROUPREF_EXISTS":
            out.append(max((_spelled(alt) for alt in arg[1:] if alt is not None), key=lambda t: len(_WORD.findall(t))))
        else:  # ANY, AT, CATEGORY, NOT_LITERAL, GROUPREF, ASSERT_NOT (words that must be absent)
            out.append(" ")
    return "".join(out)


def words(text: str, pattern: bool, flags: int = 0) -> list[str]:
    r"""The words of a literal (runs of two letters or more), along a pattern's wordiest path once regex syntax is
    stripped: "Better Care Fund" and r"better\s+care\s+fund" have three, "BOARD|COMMITTEE" one (each branch one)."""
    if pattern:
        text = _spelled(_sre_parse.parse(text, flags & re.VERBOSE))
    return _WORD.findall(text)


def is_phrase(lit: Literal) -> bool:
    return len(words(lit.text, is_pattern(lit.text), lit.flags)) >= 2


@cache
def compiled(text: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern as a case-insensitive regex (with the flags the code gives it), a plain literal word-bounded."""
    if is_pattern(text):
        return re.compile(text, flags | re.IGNORECASE | re.MULTILINE)
    before = r"(?<!\w)" if re.match(r"\w", text) else ""
    after = r"(?!\w)" if re.search(r"\w\Z", text) else ""
    return re.compile(before + re.escape(text) + after, re.IGNORECASE)


# ------------------------------------------------------------------- the packs


def pack_files(council: str) -> list[Path]:
    if council == "leicestershire":
        return sorted((ROOT / "data" / "reports").glob("*.txt"))
    return sorted((DEVSET / council).glob("*.txt"))


_MARKUP = re.compile(r"^[\s#*•|>-]+|[\s*|]+$")
_CELL_GAP = re.compile(r"\s*\|\s*|\s{2,}|\*\*")


def _texts_of_line(line: str) -> Iterator[str]:
    """A line as printed, then as a label or cell reads it: stripped of layout and markup, cut at column gaps."""
    yield line
    bare = _MARKUP.sub("", line)
    if bare and bare != line:
        yield bare
    cells = [c for c in (_MARKUP.sub("", c) for c in _CELL_GAP.split(bare)) if c]
    if len(cells) > 1:
        yield from cells


@cache
def council_raw(council: str) -> str:
    """One council's packs as printed, joined."""
    files = pack_files(council)
    assert files, f"no packs for {council}"
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


@cache
def council_text(council: str) -> str:
    """One council's packs, each line once as printed and again as its stripped text and its cells, one a line."""
    return "\n".join(text for line in council_raw(council).splitlines() for text in _texts_of_line(line))


@cache
def council_lower(council: str) -> str:
    return council_text(council).lower()


def _matches_in_a_line(rx: re.Pattern[str], text: str) -> bool:
    crossing = False
    for m in rx.finditer(text):
        if "\n" not in m.group():
            return True
        crossing = True
    return crossing and any(rx.search(line) for line in text.splitlines())


@cache
def councils_matched(text: str, flags: int = 0) -> frozenset[str]:
    """The councils whose packs have a line the literal matches (any stretch of text, for a re.DOTALL pattern)."""
    rx = compiled(text, flags)
    plain = not is_pattern(text)
    found = set()
    for council in COUNCILS:
        if plain and text.lower() not in council_lower(council):
            continue
        if rx.flags & re.DOTALL:
            if rx.search(council_raw(council)):
                found.add(council)
        elif _matches_in_a_line(rx, council_text(council)):
            found.add(council)
    return frozenset(found)


def offenders(lits: tuple[Literal, ...]) -> Iterator[tuple[Literal, str]]:
    """Phrases that match the packs of exactly one council, with that council."""
    for lit in lits:
        if not is_phrase(lit):
            continue
        matched = councils_matched(lit.text, lit.flags)
        if len(matched) == 1:
            yield lit, next(iter(matched))


def _ids(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", loader_files(), ids=_ids)
def test_no_literal_fits_one_council(path: Path) -> None:
    bad = [
        f"line {lit.line}: {lit.text!r} (only {council}'s packs)"
        for lit, council in offenders(loader_literals(path))
        if lit.text not in ALLOWED
    ]
    assert not bad, (
        f"{_ids(path)} has phrases found in one council's packs only; generalise them (a data/*.csv vocabulary, a "
        "general mechanism) or list them in ALLOWED in tests/test_literals.py with the reason:\n" + "\n".join(bad)
    )


def test_every_allowed_literal_is_still_needed() -> None:
    """An entry of ALLOWED names a literal that is still in loaders/ and still found in one council's packs only."""
    offending = {lit.text for path in loader_files() for lit, _ in offenders(loader_literals(path))}
    stale = sorted(set(ALLOWED) - offending)
    assert not stale, "ALLOWED lists literals that no longer fit one council's wording; remove them:\n" + "\n".join(
        map(repr, stale)
    )
    assert all(reason.strip() for reason in ALLOWED.values())


# ------------------------------------------------------ the rule on small input


def test_collects_literals_as_python_joins_them() -> None:
    source = (
        '"""Module docstring about Better Care Fund."""\n'
        "def f(x):\n"
        '    """Function docstring."""\n'
        '    a = ("Better Care" " Fund")\n'
        '    return f"Table {x}: GP workforce{x:>10}"\n'
    )
    texts = [lit.text for lit in literals_of_source(source)]
    assert "Better Care Fund" in texts
    assert "Table " in texts
    assert ": GP workforce" in texts
    assert not any("docstring" in t for t in texts)
    assert ">10" not in texts


def test_flags_the_code_compiles_with_are_known() -> None:
    source = (
        "import re\n"
        'P = r"""\\d+  # digits and more words\n"""\n'
        "R = re.compile(P, re.VERBOSE | re.IGNORECASE)\n"
        'M = re.compile(r"minutes of.*held", flags=re.DOTALL)\n'
    )
    pattern, minutes = literals_of_source(source)
    assert pattern.flags == re.VERBOSE
    assert not is_phrase(pattern)
    assert minutes.flags == re.DOTALL
    assert compiled(minutes.text, minutes.flags).search("Minutes of a meeting\nheld")


def test_phrases_once_regex_syntax_is_stripped() -> None:
    assert is_phrase(Literal("x", 1, "Better Care Fund"))
    assert is_phrase(Literal("x", 1, r"(?i)\bbetter\s+care\s+fund\b"))
    assert not is_phrase(Literal("x", 1, r"\bper\s+1,000\b"))
    assert not is_phrase(Literal("x", 1, r"(?P<value>\d+)\s*[A-Za-z]+"))
    assert not is_phrase(Literal("x", 1, "Calvermoor"))


def test_literals_match_by_word_and_patterns_case_insensitively() -> None:
    assert compiled("care fund").search("Better Care Fund")
    assert not compiled("care fun").search("Better Care Fund")
    assert compiled(r"better\s+care").search("BETTER  CARE")
    rx = compiled(r"better\s+care")
    assert not _matches_in_a_line(rx, "better\ncare")
    assert _matches_in_a_line(rx, "better\ncare\nbetter care")


def test_the_rule_flags_one_council_s_wording_only() -> None:
    def flagged(text: str) -> list[str]:
        return [council for _, council in offenders((Literal("x.py", 1, text),))]

    assert flagged("Outcomes scorecard") == ["fallowmere"]  # a caption of one pack
    assert flagged(r"HEE\s+Workforce\s+forecasting\s+model") == ["leicestershire"]
    assert flagged("GP workforce by locality") == []  # two councils print it
    assert flagged("life expectancy") == []  # every council does
    assert flagged("Calvermoor") == []  # one word: no phrase


# ------------------------------------------------------------------ data/ files


_BODY_KIND = (
    r"(?:NHS Foundation Trust|NHS Trust|Integrated Care Board|ICB|County Council|Borough Council|District Council"
    r"|Council)"
)
_NAME_WORD = r"(?!(?:NHS|County|Borough|District|Council)\b)[A-Z][a-z]+ "
_BODY = re.compile(rf"\b((?:{_NAME_WORD})+(?:(?:and|&) (?:{_NAME_WORD})+)?){_BODY_KIND}\b")
_CAPTION = re.compile(r"^[\s#*]*Table \d+\s*[:.\-\u2013]\s*(.+?)[\s*.:]*$")


@cache
def development_names() -> dict[str, str]:
    """The places, bodies and captions of the development councils: name -> where it comes from.

    Places are the areas of the councils' facts and the own words of their areas' and bodies' names (a word
    Leicestershire's packs never print); bodies are names ending "NHS Trust", "Integrated Care Board", "Council"
    and the like with such a word; captions are what follows "Table N:".  A name Leicestershire's packs print too
    ("England") is no development council's.
    """
    leicestershire = council_raw("leicestershire")
    known_words = set(re.findall(r"[A-Za-z]+", leicestershire))
    names: dict[str, str] = {}
    for council in DEVELOPMENT_COUNCILS:
        text = council_raw(council)
        for line in text.splitlines():
            if caption := _CAPTION.match(line):
                names[caption.group(1)] = f"{council} caption"
        for m in _BODY.finditer(text):
            words = m.group(1).split()
            while words and words[0] in known_words:  # "The", "Cllr", a person's title
                words.pop(0)
            own = [w for w in words if w[0].isupper() and w not in known_words]
            if own:
                name = " ".join([*words, m.group()[len(m.group(1)) :]])
                names[name] = f"{council} body"
                names.update((w, f"{council} place (in {name!r})") for w in own)
        with (DEVSET / council / "facts.jsonl").open(encoding="utf-8") as facts:
            places = {json.loads(line)["area"] for line in facts if line.strip()}
        for place in places:
            if not re.search(rf"(?<!\w){re.escape(place)}(?!\w)", leicestershire, re.IGNORECASE):
                names[place] = f"{council} area"
                names.update(
                    (w, f"{council} place (in {place!r})")
                    for w in re.findall(r"[A-Za-z]+", place)
                    if w not in known_words
                )
    return names


def data_files() -> list[Path]:
    """Every text file in data/ but Leicestershire's vendored packs."""
    packs = set(pack_files("leicestershire"))
    return sorted(
        p
        for p in (ROOT / "data").rglob("*")
        if p.is_file() and p not in packs and p.suffix in {".csv", ".txt", ".md", ".py", ".json", ".jsonl"}
    )


def test_development_names_are_found() -> None:
    names = development_names()
    for name in ("Calvermoor", "Brantwick", "Pellingham", "Fallowmere and Dunstowe Integrated Care Board"):
        assert name in names
    assert "Outcomes scorecard" in names
    assert "England" not in names


@pytest.mark.parametrize("path", data_files(), ids=_ids)
def test_data_names_no_development_council(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = sorted(
        f"{name!r} ({why})"
        for name, why in development_names().items()
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)
    )
    assert not found, f"{_ids(path)} names the development councils' places, bodies or captions: " + ", ".join(found)
