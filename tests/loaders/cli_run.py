"""The command line as a user runs it, for the CLI tests, and the small pack with a table they share."""

from __future__ import annotations

from click.testing import CliRunner

from loaders.cli import main

TABLE_PACK = """HEALTH OVERVIEW AND SCRUTINY COMMITTEE: 2 JULY 2025

REPORT OF THE DIRECTOR OF PUBLIC HEALTH

Table 1: Visits by quarter

Quarter one 120 130 140
Quarter two 125 135 145
Quarter three 128 138 148
Quarter four 131 141 151

The service saw 1,482 people in the year.
"""


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """The real command line: exit code and everything it printed (stdout and stderr), never a traceback."""
    result = CliRunner().invoke(main, list(args), env=env)
    assert "Traceback" not in result.output
    return result.exit_code, result.output
