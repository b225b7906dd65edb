"""Readable terminal renderings of analyses, article lists and statistics."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rich.console import Group
from rich.markup import escape
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def derived_headline(text: str, limit: int = 90) -> str:
    """The first sentence of a text, shortened: shown when the source gave no title."""
    first = _SENTENCE_END.split(text.strip(), maxsplit=1)[0]
    return first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"


def _published(published: dict[str, str] | None) -> str:
    if not published:
        return "unknown"
    return f"{published['value']} (precision: {published['precision']})"


def analysis(result: dict[str, Any]) -> Group:
    article = result["article"]
    text = article["text"]
    header = Table.grid(padding=(0, 2))
    header.add_column(style="bold cyan", no_wrap=True)
    header.add_column()
    title = (
        escape(article["title"])
        if article["title"]
        else f"[dim](none in the source; derived: {escape(derived_headline(text))})[/dim]"
    )
    rows = [
        ("id", article["id"]),
        ("title", title),
        ("published", _published(article["published"])),
        ("language", article["language"] or "unknown"),
        ("source", escape(article["source"] or "")),
        ("url", escape(article["url"] or "")),
        ("caption", escape(article["caption"] or "")),
        ("credit", escape(article["credit"] or "")),
        ("author", escape(article.get("author") or "")),
        ("sections", escape(" · ".join(article["sections"]))),
        ("paragraphs", str(len(article["paragraphs"]))),
    ]
    for name, value in rows:
        if value:
            header.add_row(name, value)
    parts: list[Any] = [Rule(f"Article {article['id']}"), header, Text()]
    section = None
    for number, paragraph in enumerate(article["paragraphs"], 1):
        if paragraph["section"] != section and paragraph["section"]:
            parts.append(Text(paragraph["section"], style="bold"))
        section = paragraph["section"]
        body = Text(f"¶{number} ", style="dim")
        body.append(text[paragraph["start"] : paragraph["end"]])
        parts.append(Padding(body, (0, 0, 1, 2)))
    for kind in ("entities", "quotes", "quantities", "times", "places", "events"):
        items = result.get(kind) or []
        parts.append(Text(f"{kind}: {len(items)}", style="bold" if items else "dim"))
    for error in result.get("errors") or []:
        parts.append(Text(f"error in {error['component']}: {error['message']}", style="red"))
    return Group(*parts)


def articles_table(rows: Iterable[dict[str, Any]]) -> Table:
    table = Table(show_lines=False)
    for column in ("id", "published", "language", "words", "near dup.", "source / title"):
        table.add_column(column, overflow="fold")
    for row in rows:
        published = row["published"] or ""
        table.add_row(
            row["id"],
            published,
            row["language"] or "",
            str(row["words"]),
            str(row["near_duplicates"] or ""),
            escape(row["title"] or row["source"] or ""),
        )
    return table


def stats_table(stats: dict[str, Any]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold cyan")
    table.add_column()
    for name, value in stats.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
        table.add_row(name.replace("_", " "), escape(str(value if value is not None else "-")))
    return table


def rows_table(rows: list[dict[str, Any]], title: str) -> Table:
    """Any list of flat records as a table (``None`` shown empty)."""
    table = Table(title=f"{title} ({len(rows)})")
    for column in rows[0] if rows else ["none"]:
        table.add_column(column.replace("_", " "), overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else escape(str(v)) for v in row.values()))
    return table
