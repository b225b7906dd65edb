"""What readers yield besides articles, and the limits they read within."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from kroniek.model import Article

STDIN = "<stdin>"
MAX_BYTES_ENV = "KRONIEK_MAX_BYTES"
DEFAULT_MAX_BYTES = 20_000_000
DEFAULT_MAX_ITEMS_PER_FILE = 1_000_000


@dataclass(frozen=True)
class ReadError:
    """An input item that could not be read, and why, in one sentence."""

    item: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.item}: {self.reason}"
        return f"{self.item}:{self.line}: {self.reason}"


def _default_max_bytes() -> int:
    value = os.environ.get(MAX_BYTES_ENV)
    if value is None or not value.strip():
        return DEFAULT_MAX_BYTES
    try:
        number = int(value.strip().replace("_", ""))
    except ValueError:
        number = 0
    if number <= 0:
        raise ValueError(f"{MAX_BYTES_ENV} must be a positive number of bytes, not {value!r}")
    return number


@dataclass(frozen=True)
class Limits:
    """Per-file limits; ``KRONIEK_MAX_BYTES`` sets the default ``max_bytes``."""

    max_bytes: int = field(default_factory=_default_max_bytes)
    max_items_per_file: int = DEFAULT_MAX_ITEMS_PER_FILE


Item = Article | ReadError


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
