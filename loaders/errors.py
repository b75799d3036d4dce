"""The one error type bad input raises: it names the file and, where known, the line."""

from __future__ import annotations

from pathlib import Path


class PackError(Exception):
    """A pack could not be read; the message is one line a user can act on."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {message}")
