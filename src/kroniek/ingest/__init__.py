"""Ingest: read articles from text files, JSON Lines, HTML pages and feeds.

``read`` yields an ``Article`` for every article and a ``ReadError`` for every input it
cannot use, in input order, and never raises for bad input::

    for item in read(["examples/", "feed.xml", "-"]):
        if isinstance(item, ReadError):
            print(item)            # examples/bad.txt:3: not valid JSON: ...
        else:
            ...
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from kroniek.ingest.base import Item, Limits, ReadError
from kroniek.ingest.encoding import DecodeError, decode
from kroniek.ingest.feed import read_feed
from kroniek.ingest.files import Format, Input, LoadError, load, resolve, sniff
from kroniek.ingest.html import read_html
from kroniek.ingest.jsonl import read_jsonl
from kroniek.ingest.language import detect_language, detect_languages
from kroniek.ingest.layout import parse_article
from kroniek.model import Article

__all__ = ["Limits", "ReadError", "read", "read_text"]


def read(
    paths: Iterable[str | Path],
    *,
    limits: Limits | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | ReadError]:
    """Articles and errors from files, directories, glob patterns and ``-`` (stdin)."""
    limits = limits or Limits()
    pending: list[Item] = []
    for source in resolve(paths):
        if isinstance(source, ReadError):
            pending.append(source)
            continue
        for item in _read_input(source, limits, stdin):
            pending.append(item)
            if len(pending) >= LANGUAGE_BATCH:
                yield from _with_languages(pending)
                pending = []
    yield from _with_languages(pending)


# Articles wait in batches of this size so lingua can detect their languages in parallel.
LANGUAGE_BATCH = 64


def _with_languages(items: list[Item]) -> list[Item]:
    undetected = [item for item in items if isinstance(item, Article) and item.language is None]
    for article, language in zip(
        undetected, detect_languages([a.text for a in undetected]), strict=True
    ):
        article.language = language
    return items


def read_text(text: str, *, source: str | None = None) -> Article:
    """Parse one article in the founding format (``date 2022-01 caption Beeld ...``) or
    plain text; raises ``ValueError`` for an impossible date or a text without body."""
    layout = parse_article(text)
    return Article(
        text=layout.body.text,
        source=source,
        published=layout.published,
        language=detect_language(layout.body.text),
        caption=layout.caption,
        credit=layout.credit,
        sections=layout.body.sections,
        paragraphs=layout.body.paragraphs,
    )


def _read_input(source: Input, limits: Limits, stdin: BinaryIO | None) -> Iterator[Item]:
    loaded = load_input(source, limits, stdin)
    if isinstance(loaded, ReadError):
        yield loaded
        return
    yield from parse_input(*loaded, source.name, limits)


def load_input(
    source: Input, limits: Limits, stdin: BinaryIO | None
) -> tuple[Format, bytes, str] | ReadError:
    """The format, bytes and text of one input, or why it cannot be read."""
    try:
        data = load(source, limits, stdin)
        text = decode(data)
    except (LoadError, DecodeError) as exc:
        return ReadError(source.name, str(exc))
    return sniff(source.name, text), data, text


def parse_input(fmt: Format, data: bytes, text: str, name: str, limits: Limits) -> Iterator[Item]:
    if fmt == "jsonl":
        yield from read_jsonl(text, name, limits)
    elif fmt == "html":
        yield from read_html(text, name)
    elif fmt == "feed":
        # feedparser decodes the raw bytes itself, honouring the XML encoding declaration.
        yield from read_feed(data, name, limits)
    else:
        yield _read_article_text(text, name)


def _read_article_text(text: str, name: str) -> Item:
    try:
        article = read_text(text, source=name)
    except ValueError as exc:
        return ReadError(name, str(exc))
    article.metadata.update(path=name, format="text")
    return article
