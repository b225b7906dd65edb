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
    for kind, build in FACT_TABLES.items():
        items = result.get(kind) or []
        if items:
            parts.append(build(items))
        else:
            parts.append(Text(f"{kind}: none", style="dim"))
    for error in result.get("errors") or []:
        parts.append(Text(f"error in {error['component']}: {error['message']}", style="red"))
    return Group(*parts)


def _table(title: str, columns: Iterable[str]) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.10g}"
    return escape(str(value))


def _actor(actor: dict[str, Any] | None) -> str:
    if not actor:
        return ""
    name = actor.get("name") or actor.get("text") or ""
    extra = "/".join(x for x in (actor.get("country"), actor.get("sector")) if x)
    return escape(f"{name} ({extra})" if extra else name)


def entities_table(items: list[dict[str, Any]]) -> Table:
    table = _table(
        f"Entities ({len(items)})", ("entity", "type", "country", "sector", "id", "mentions")
    )
    for entity in items:
        mentions = "; ".join(
            dict.fromkeys(m["text"].replace("\n", " ") for m in entity["mentions"])
        )
        table.add_row(
            _cell(entity.get("name")),
            _cell(entity.get("type")),
            _cell(entity.get("country")),
            _cell(entity.get("sector")),
            _cell(entity.get("id")),
            f"{len(entity['mentions'])}× {escape(mentions)}",
        )
    return table


def quotes_table(items: list[dict[str, Any]]) -> Table:
    table = _table(f"Quotes ({len(items)})", ("speaker", "cue", "quote", "when / where"))
    for quote in items:
        speaker = quote.get("speaker") or {}
        who = speaker.get("name") or speaker.get("text") or ""
        if speaker.get("name") and speaker.get("text") and speaker["text"] != speaker["name"]:
            who = f"{speaker['name']} ({speaker['text']})"
        organization = speaker.get("organization") or {}
        if organization.get("name") and not speaker.get("name"):
            who = f"{who} ({organization['name']})"
        context = " ".join(
            (quote.get(key) or {}).get("text", "") for key in ("said_when", "said_where")
        )
        marks = "‘’" if quote.get("direct") else "[]"
        table.add_row(
            escape(who),
            _cell(quote.get("cue")),
            escape(f"{marks[0]}{quote['text']}{marks[1]}"),
            escape(context.strip()),
        )
    return table


def quantities_table(items: list[dict[str, Any]]) -> Table:
    table = _table(
        f"Quantities ({len(items)})", ("text", "value", "low", "high", "counted", "unit", "owner")
    )
    for item in items:
        table.add_row(
            escape(item["text"]) + (" ≈" if item.get("approx") else ""),
            *(_cell(item.get(key)) for key in ("value", "low", "high", "counted", "unit", "owner")),
        )
    return table


def times_table(items: list[dict[str, Any]]) -> Table:
    table = _table(f"Times ({len(items)})", ("text", "value", "candidates"))
    for item in items:
        candidates = ", ".join(item.get("candidates") or [])
        table.add_row(escape(item["text"]), _cell(item.get("value")), escape(candidates))
    return table


def places_table(items: list[dict[str, Any]]) -> Table:
    table = _table(f"Places ({len(items)})", ("text", "type", "geonames", "lat", "lon", "country"))
    seen = set()
    for item in items:
        key = (item["text"], item.get("geonames"), item.get("name"))
        if key in seen:
            continue
        seen.add(key)
        table.add_row(
            escape(item["text"]),
            *(_cell(item.get(k)) for k in ("type", "geonames", "lat", "lon", "country")),
        )
    return table


def events_table(items: list[dict[str, Any]]) -> Table:
    table = _table(
        f"Events ({len(items)})", ("event", "source → target", "modality", "trigger", "date")
    )
    for event in items:
        date = event.get("date")
        kind = " ".join(x for x in (event.get("type"), event.get("mode")) if x)
        if event.get("intensity") is not None:
            kind += f" ({event['intensity']:+g})"
        actors = f"{_actor(event.get('source')) or '?'} → {_actor(event.get('target')) or '?'}"
        table.add_row(
            escape(kind),
            actors,
            _cell(event.get("modality")),
            _cell((event.get("trigger") or {}).get("text")),
            _cell(date.get("value") if isinstance(date, dict) else date),
        )
    return table


FACT_TABLES = {
    "entities": entities_table,
    "quotes": quotes_table,
    "quantities": quantities_table,
    "times": times_table,
    "places": places_table,
    "events": events_table,
}


def articles_table(rows: Iterable[dict[str, Any]]) -> Table:
    table = Table(show_lines=False)
    table.add_column("id", no_wrap=True)
    for column in ("published", "language", "words", "near dup.", "source / title"):
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
