"""The error raised for a malformed evaluation corpus."""

from __future__ import annotations

from pathlib import Path


class CorpusFormatError(ValueError):
    """A line of an evaluation corpus does not follow its format."""

    def __init__(self, path: str | Path, line: int, reason: str) -> None:
        self.path = str(path)
        self.line = line
        self.reason = reason
        super().__init__(f"{self.path}:{line}: {reason}")
