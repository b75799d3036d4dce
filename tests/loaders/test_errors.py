"""Tests of loaders/errors.py: PackError is one line naming the file and, where known, the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.errors import PackError


def test_the_message_names_the_file_and_the_line() -> None:
    err = PackError(Path("packs") / "p.txt", 12, "byte 0x81 is neither UTF-8 nor Windows-1252 text")
    assert str(err) == "packs/p.txt:12: byte 0x81 is neither UTF-8 nor Windows-1252 text"
    assert (err.path, err.line, err.message) == (
        Path("packs/p.txt"),
        12,
        "byte 0x81 is neither UTF-8 nor Windows-1252 text",
    )


def test_without_a_line_the_message_names_the_file_only() -> None:
    err = PackError("p.txt", None, "the file is empty")
    assert str(err) == "p.txt: the file is empty"
    assert err.path == Path("p.txt")


def test_it_is_raised_and_caught_as_an_exception() -> None:
    with pytest.raises(PackError, match=r"^p\.pdf: no text layer$"):
        raise PackError("p.pdf", None, "no text layer")
