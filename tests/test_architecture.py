"""The rules that keep the layering simple (docs/architecture.md), checked on the source itself."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def sources(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("path", sources("loaders"), ids=lambda p: str(p.relative_to(ROOT)))
def test_loaders_never_import_the_dashboard(path: Path) -> None:
    """The extraction half runs without Dash: the CLI, a batch job or a notebook can use it alone."""
    dashboard = sorted(m for m in imported_modules(path) if m == "dashboard" or m.startswith("dashboard."))
    assert not dashboard, f"{path.relative_to(ROOT)} imports {dashboard}"


def test_the_rule_catches_a_nested_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from dashboard.app import serve\n    return serve\n", encoding="utf-8")
    assert "dashboard.app" in imported_modules(sample)


@pytest.mark.parametrize("path", sources("dashboard/pages"), ids=lambda p: p.name)
def test_pages_use_the_pure_builders(path: Path) -> None:
    """Pages lay out and wire callbacks; charts come from dashboard/figures.py, tables from dashboard/tables.py."""
    plotting = sorted(m for m in imported_modules(path) if m.startswith("plotly"))
    assert not plotting, f"{path.name} builds figures itself with {plotting}"


COLOUR = re.compile(r"""["']#(?:[0-9a-fA-F]{3}){1,2}["']|\brgba?\(""")


@pytest.mark.parametrize(
    "path", [p for p in sources("dashboard") if p.name != "theme.py"], ids=lambda p: str(p.relative_to(ROOT))
)
def test_one_palette(path: Path) -> None:
    """Colours are named once, in dashboard/theme.py (and the stylesheets), so contrast is checked in one place."""
    lines = [
        f"line {n}: {line.strip()}"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if COLOUR.search(line)
    ]
    assert not lines, f"{path.relative_to(ROOT)} names colours outside theme.py:\n" + "\n".join(lines)


def test_the_colour_rule_sees_hex_and_rgb() -> None:
    assert COLOUR.search('line={"color": "#333333"}')
    assert COLOUR.search("fill='rgba(0,0,0,0.1)'")
    assert not COLOUR.search('html.A("#top", href="#main")')
