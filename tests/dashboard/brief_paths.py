"""Where the brief's tests find the two Board packs of a development council (tests/data)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
BEFORE = DATA / "devset" / "fallowmere" / "fallowmere_hwb_2025-01-16.txt"
AFTER = DATA / "nextmeeting" / "fallowmere_hwb_2025-03-20.txt"
OTHER_COMMITTEE = DATA / "devset" / "fallowmere" / "fallowmere_hosc_2024-11-06.txt"
