"""From the paths a user gives to the bytes of each input item, and their format."""

from __future__ import annotations

import glob
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from kroniek.ingest.base import MAX_BYTES_ENV, STDIN, Limits, ReadError, megabytes

Format = Literal["text", "jsonl", "html", "feed"]

EXTENSIONS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
_GLOB_CHARS = frozenset("*?[")
_SNIFF_CHARS = 4096


@dataclass(frozen=True)
class Input:
    """One item to read: a file, or standard input (``path`` None)."""

    name: str
    path: Path | None = None


class LoadError(Exception):
    """An input that cannot be loaded; the message is the reason."""


def resolve(paths: Iterable[str | Path]) -> Iterator[Input | ReadError]:
    """Expand files, directories, glob patterns and ``-`` into inputs, in order."""
    if isinstance(paths, str | Path):
        paths = [paths]
    for given in paths:
        name = str(given)
        path = Path(name)
        try:
            is_dir, exists = path.is_dir(), path.exists() or path.is_symlink()
        except OSError as exc:  # e.g. a parent directory the user may not enter
            yield ReadError(name, _os_reason(exc))
            continue
        if name == "-":
            yield Input(STDIN)
        elif is_dir:
            yield from _walk(path)
        elif exists:
            yield Input(name, path)
        elif _GLOB_CHARS & set(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield ReadError(name, "no files match this pattern")
            for match in matches:
                if os.path.isdir(match):
                    yield from _walk(Path(match))
                else:
                    yield Input(match, Path(match))
        else:
            yield ReadError(name, "no such file or directory")


def _walk(root: Path) -> Iterator[Input]:
    """Files under a directory, recursively, sorted, hidden files and folders skipped."""
    found = [
        p
        for p in root.rglob("*")
        if not any(part.startswith(".") for part in p.relative_to(root).parts) and not p.is_dir()
    ]
    for path in sorted(found):
        yield Input(str(path), path)


def load(source: Input, limits: Limits, stdin: BinaryIO | None = None) -> bytes:
    """The bytes of an input, within the size limit, or ``LoadError`` with the reason."""
    if source.path is None:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(limits.max_bytes + 1)
    else:
        _check_file(source.path, limits)
        try:
            with open(source.path, "rb") as handle:
                data = handle.read(limits.max_bytes + 1)
        except OSError as exc:
            raise LoadError(_os_reason(exc)) from None
    if len(data) > limits.max_bytes:
        raise LoadError(f"input is over the {_limit_advice(limits)}")
    if not data:
        raise LoadError("empty file" if source.path else "empty input")
    return data


def _check_file(path: Path, limits: Limits) -> None:
    # Decide on size from the file system before reading anything.
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if path.is_symlink():
            raise LoadError(f"broken symbolic link to {str(path.readlink())!r}") from None
        raise LoadError("no such file or directory") from None
    except OSError as exc:
        raise LoadError(_os_reason(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise LoadError("is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise LoadError("not a regular file")
    if info.st_size > limits.max_bytes:
        raise LoadError(f"file is {megabytes(info.st_size)}, over the {_limit_advice(limits)}")
    if info.st_size == 0:
        raise LoadError("empty file")


def _limit_advice(limits: Limits) -> str:
    return f"{megabytes(limits.max_bytes)} limit (set {MAX_BYTES_ENV} or --max-bytes)"


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or str(exc)).lower()


def sniff(name: str, text: str) -> Format:
    """The format of an input: by its extension, else by how its text begins."""
    if (fmt := EXTENSIONS.get(Path(name).suffix.lower())) is not None:
        return fmt
    head = text[:_SNIFF_CHARS].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if head.startswith("<"):
        if any(tag in head for tag in ("<rss", "<feed", "<rdf:rdf")):
            return "feed"
        if "<html" in head:
            return "html"
    if head.startswith("{"):
        return "jsonl"
    return "text"
