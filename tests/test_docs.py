"""The docs match the code: the dataset guide's example runs, and the architecture page names every module."""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "adding-a-dataset.md"
ARCHITECTURE = ROOT / "docs" / "architecture.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks(path: Path, language: str) -> list[str]:
    return [body for lang, body in FENCE.findall(path.read_text(encoding="utf-8")) if lang == language]


def block_named(path: Path, first_line: str) -> str:
    """The python block whose first line is the comment naming its file."""
    found = [b for b in blocks(path, "python") if b.splitlines()[0] == first_line]
    assert len(found) == 1, f"{path.name}: one block starting {first_line!r}"
    return found[0]


def as_module(name: str, source: str, tmp_path: Path) -> ModuleType:
    file = tmp_path / f"{name}.py"
    file.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def example_pack(tmp_path: Path) -> Path:
    (text,) = blocks(GUIDE, "text")
    pack = tmp_path / "tobacco.txt"
    pack.write_text(text, encoding="utf-8")
    return pack


@pytest.fixture
def guide_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The guide's spec, run with the shipped specs as if it were saved in loaders/datasets/."""
    import loaders.pipeline as pipeline
    from loaders.specs import discover_specs

    module = as_module("guide_smoking", block_named(GUIDE, "# loaders/datasets/smoking.py"), tmp_path)
    specs = sorted([*discover_specs(), *module.SPECS], key=lambda s: getattr(s, "order", 50))
    monkeypatch.setattr(pipeline, "discover_specs", lambda: specs)
    return module


def test_the_tables_command_shows_what_the_guide_says(example_pack: Path) -> None:
    from click.testing import CliRunner

    from loaders.cli import main

    printed = CliRunner().invoke(main, ["tables", str(example_pack)]).output
    (shown,) = [b for b in blocks(GUIDE, "") if b.startswith("tobacco.txt:")]
    assert printed.split() == shown.split()


def test_the_guide_spec_and_its_test_pass(guide_spec: ModuleType, example_pack: Path, tmp_path: Path) -> None:
    test_module = as_module("guide_test", block_named(GUIDE, "# tests/loaders/test_datasets_smoking.py"), tmp_path)
    run = tmp_path / "run"
    run.mkdir()
    test_module.test_smoking_table(run, example_pack.read_text(encoding="utf-8"))


def test_the_guide_spec_claims_the_table(guide_spec: ModuleType, example_pack: Path) -> None:
    from loaders.pipeline import extract_pack

    result = extract_pack(example_pack)
    assert not result.unclaimed
    assert set(result.frame["dataset"]) <= {"smoking", "figures"}


def test_the_polarity_line_fits_measures_csv() -> None:
    (line,) = [b for b in blocks(GUIDE, "csv") if "/explorer" not in b]  # not the registry's row
    header = (ROOT / "data" / "measures.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    (row,) = list(csv.DictReader([",".join(header), line.strip()]))
    assert row["polarity"] in {"higher is better", "lower is better", "no judgement"}
    assert re.search(row["measure_pattern"], "Adults who smoke", re.IGNORECASE)


def test_the_catalogue_line_fits_the_datasets_registry() -> None:
    (line,) = [b for b in blocks(GUIDE, "csv") if "/explorer" in b]
    header = (ROOT / "data" / "datasets.csv").read_text(encoding="utf-8").splitlines()[0]
    (row,) = list(csv.DictReader([header, line.strip()]))
    assert (row["name"], row["title"], row["page"]) == ("smoking", "Smoking", "/explorer")
    assert row["about"]
    assert row["default_polarity"] in {"", "higher is better", "lower is better", "no judgement"}


def modules() -> list[str]:
    names = [p.relative_to(ROOT).as_posix() for d in ("loaders", "dashboard") for p in (ROOT / d).glob("*.py")]
    return sorted(n for n in names if not n.endswith("__init__.py") or n == "loaders/__init__.py")


@pytest.mark.parametrize("module", modules())
def test_the_architecture_page_names_every_module(module: str) -> None:
    assert f"`{module}`" in ARCHITECTURE.read_text(encoding="utf-8"), f"docs/architecture.md does not place {module}"


def test_every_module_the_architecture_page_names_exists() -> None:
    named = re.findall(r"`((?:loaders|dashboard|data|tests)/[\w/.*-]+)`", ARCHITECTURE.read_text(encoding="utf-8"))
    missing = [n for n in named if "*" not in n and not (ROOT / n).exists()]
    assert named
    assert not missing, f"docs/architecture.md names files that do not exist: {missing}"
