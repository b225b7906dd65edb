"""JSON Lines: one article object per line (``id``, ``url``, ``title``, ``date``,
``source``, ``author``, ``language``, ``text``; other fields are kept in metadata)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from kroniek.ingest.base import Item, Limits, ReadError
from kroniek.ingest.dates import ImpossibleDate, parse_date
from kroniek.ingest.layout import parse_body
from kroniek.model import Article, Published

FIELDS = ("id", "url", "title", "date", "source", "author", "language", "text")


class _LineError(ValueError):
    pass


def read_jsonl(text: str, item: str, limits: Limits) -> Iterator[Item]:
    """Yield an article or an error for every non-blank line, in order."""
    count = 0
    # split("\n") and not splitlines(): U+2028 may stand unescaped inside a JSON string.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        if count == limits.max_items_per_file:
            yield ReadError(
                item,
                f"more than {limits.max_items_per_file} items in one file; "
                "the rest of the file is skipped",
                number,
            )
            return
        count += 1
        try:
            yield _article(line, item, number)
        except _LineError as exc:
            yield ReadError(item, str(exc), number)


def _article(line: str, item: str, number: int) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _LineError(f"not valid JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(record, dict):
        raise _LineError(f"not a JSON object but {type(record).__name__}")
    if "text" not in record:
        raise _LineError("missing 'text'")
    text = record["text"]
    if not isinstance(text, str):
        raise _LineError(f"'text' is {type(text).__name__}, not a string")
    body = parse_body(text)
    if not body.text:
        raise _LineError("empty 'text'")
    metadata: dict[str, Any] = {k: v for k, v in record.items() if k not in FIELDS}
    metadata.update(path=item, line=number, format="jsonl")
    return Article(
        text=body.text,
        source=_string(record, "source") or item,
        url=_string(record, "url"),
        title=_string(record, "title"),
        published=_date(record),
        language=_string(record, "language"),
        author=_string(record, "author"),
        sections=body.sections,
        paragraphs=body.paragraphs,
        metadata=metadata,
        external_id=_string(record, "id"),
    )


def _string(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _LineError(f"{key!r} is {type(value).__name__}, not a string")
    return str(value).strip() or None


def _date(record: dict[str, Any]) -> Published | None:
    value = _string(record, "date")
    if value is None:
        return None
    try:
        return parse_date(value)
    except ImpossibleDate as exc:
        raise _LineError(f"impossible date {value!r} ({exc})") from None
    except ValueError:
        raise _LineError(f"unreadable date {value!r}") from None
