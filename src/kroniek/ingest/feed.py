"""RSS and Atom files, one article per item, with feedparser."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import feedparser

from kroniek.ingest.base import Item, Limits, ReadError
from kroniek.ingest.dates import ImpossibleDate, UnknownDateFormat, parse_date
from kroniek.ingest.html import fragment_body
from kroniek.ingest.layout import Body, parse_body
from kroniek.model import Article, Published


class _ItemError(ValueError):
    pass


def read_feed(data: bytes, item: str, limits: Limits) -> Iterator[Item]:
    """Yield an article or an error for every item of the feed, in order."""
    # A stream, never a string: feedparser fetches strings that look like URLs.
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False)
    if not parsed.entries:
        if not parsed.version:
            problem = parsed.get("bozo_exception")
            detail = f" ({problem})" if problem else ""
            yield ReadError(item, f"not a readable RSS or Atom feed{detail}")
        else:
            yield ReadError(item, "feed has no items")
        return
    feed_title = (parsed.feed.get("title") or "").strip() or None
    for index, entry in enumerate(parsed.entries, start=1):
        if index > limits.max_items_per_file:
            yield ReadError(
                item,
                f"more than {limits.max_items_per_file} items in one feed; the rest is skipped",
            )
            return
        try:
            yield _article(entry, index, item, feed_title)
        except _ItemError as exc:
            yield ReadError(item, f"item {index}: {exc}")


def _article(entry: Any, index: int, item: str, feed_title: str | None) -> Article:
    title = (entry.get("title") or "").strip() or None
    body = _body(entry)
    if not body.text:
        raise _ItemError("no content or summary")
    metadata: dict[str, Any] = {"path": item, "format": "feed", "item": index}
    if feed_title:
        metadata["feed"] = feed_title
    if tags := [t.get("term") for t in entry.get("tags", []) if t.get("term")]:
        metadata["tags"] = tags
    raw_date = entry.get("published") or entry.get("updated")
    return Article(
        text=body.text,
        source=feed_title or item,
        url=entry.get("link") or None,
        title=title,
        published=_date(raw_date, metadata),
        author=entry.get("author") or None,
        sections=body.sections,
        paragraphs=body.paragraphs,
        metadata=metadata,
        external_id=entry.get("id") or None,
    )


def _body(entry: Any) -> Body:
    candidates = list(entry.get("content", []))
    if entry.get("summary_detail"):
        candidates.append(entry["summary_detail"])
    for content in candidates:
        value = content.get("value") or ""
        if not value.strip():
            continue
        if content.get("type") == "text/plain":
            return parse_body(value)
        return fragment_body(value)
    return Body("")


def _date(raw: str | None, metadata: dict[str, Any]) -> Published | None:
    if not raw:
        return None
    try:
        return parse_date(raw)
    except ImpossibleDate as exc:
        raise _ItemError(f"impossible date {raw!r} ({exc})") from None
    except UnknownDateFormat:
        # Feeds write dates in many local forms; keep the item and the date as written.
        metadata["date"] = raw
        return None
