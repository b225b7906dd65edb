"""Rows of the fact tables, from analyses in the published JSON form."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import duckdb

import kroniek

Row = dict[str, Any]
Getter = Callable[[Row], Any]


def _get(*path: str) -> Getter:
    def getter(item: Row) -> Any:
        value: Any = item
        for key in path:
            if not isinstance(value, dict):
                return None
            value = value.get(key)
        return value

    return getter


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _number(*path: str) -> Getter:
    get = _get(*path)

    def getter(item: Row) -> float | None:
        value = get(item)
        return None if value is None else float(value)

    return getter


def _actor(role: str) -> dict[str, Getter]:
    return {
        f"{role}_entity": _get(role, "entity"),
        f"{role}_name": _get(role, "name"),
        f"{role}_country": _get(role, "country"),
        f"{role}_sector": _get(role, "sector"),
        f"{role}_text": _get(role, "text"),
    }


def _date_value(event: Row) -> str | None:
    date = event.get("date")
    return date.get("value") if isinstance(date, dict) else date


def _json(*path: str) -> Getter:
    get = _get(*path)
    return lambda item: json.dumps(get(item) or [])


EVENT_COLUMNS: dict[str, Getter] = {
    "type": _get("type"),
    "mode": _get("mode"),
    "context": _get("context"),
    "cameo": lambda event: _text(event.get("cameo")),
    "intensity": _number("intensity"),
    "modality": _get("modality"),
    "confidence": _number("confidence"),
    **_actor("source"),
    **_actor("target"),
    "place_name": lambda event: _get("place", "name")(event) or _get("place", "text")(event),
    "place_geonames": lambda event: _text(_get("place", "geonames")(event)),
    "place_country": _get("place", "country"),
    "date_value": _date_value,
    "trigger_text": _get("trigger", "text"),
    "trigger_start": _get("trigger", "start"),
    "trigger_end": _get("trigger", "end"),
    "sentence_start": _get("sentence", "start"),
    "sentence_end": _get("sentence", "end"),
    "quantities": _json("quantities"),
}

# Per fact kind: its table and, per column, how to read it from one JSON item.
FACT_TABLES: dict[str, tuple[str, dict[str, Getter]]] = {
    "quotes": (
        "quotes",
        {
            "start_char": _get("start"),
            "end_char": _get("end"),
            "text": _get("text"),
            "direct": _get("direct"),
            "speaker_entity": _get("speaker", "entity"),
            "speaker_name": _get("speaker", "name"),
            "speaker_text": _get("speaker", "text"),
            "cue": _get("cue"),
        },
    ),
    "quantities": (
        "quantities",
        {
            "start_char": _get("start"),
            "end_char": _get("end"),
            "text": _get("text"),
            "value": _number("value"),
            "low": _number("low"),
            "high": _number("high"),
            "approx": _get("approx"),
            "counted": _get("counted"),
            "unit": _get("unit"),
            "owner": lambda item: _text(item.get("owner")),
        },
    ),
    "times": (
        "times",
        {
            "start_char": _get("start"),
            "end_char": _get("end"),
            "text": _get("text"),
            "value": _get("value"),
        },
    ),
    "events": ("events", EVENT_COLUMNS),
    "places": (
        "places",
        {
            "start_char": _get("start"),
            "end_char": _get("end"),
            "text": _get("text"),
            "geonames": lambda item: _text(item.get("geonames")),
            "lat": _number("lat"),
            "lon": _number("lon"),
            "country": _get("country"),
        },
    ),
}


ENTITY_COLUMNS: dict[str, Getter] = {
    "entity_id": _get("id"),
    "name": _get("name"),
    "name_nl": _get("name_nl"),
    "type": _get("type"),
    "wikidata": _get("wikidata"),
    "country": _get("country"),
    "sector": _get("sector"),
    "mentions": lambda entity: len(entity.get("mentions") or []),
}


_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_YEAR_MONTH_DAY = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def period_start(value: str | None, published: Row | None = None) -> tuple[date | None, str | None]:
    """The first day an event's date value can be, and the value's precision.

    Without a date of its own an event is placed at the article's publication date.
    """
    if not value and published:
        value = published.get("value")
    if not value:
        return None, None
    first = value.split("/", 1)[0]
    try:
        week = _ISO_WEEK.match(first)
        if week:
            return date.fromisocalendar(int(week[1]), int(week[2]), 1), "week"
        match = _YEAR_MONTH_DAY.match(first)
        if not match:
            return None, None
        year, month, day = match[1], match[2], match[3]
        precision = "day" if day else "month" if month else "year"
        if "/" in value:
            precision = "range"
        return date(int(year), int(month or 1), int(day or 1)), precision
    except ValueError:
        return None, None


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    values = [[row[column] for row in rows] for column in columns]
    selects = ", ".join(f"unnest(${i + 1})" for i in range(len(columns)))
    con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {selects}", values)


def delete(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """Remove the stored analysis of these articles (before storing a new one)."""
    tables = ["analyses", "entities", "mentions"] + [t for t, _ in FACT_TABLES.values()]
    for table in tables:
        con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest($1))", [article_ids])


def insert(con: duckdb.DuckDBPyConnection, analyses: Iterable[tuple[str, Row]]) -> None:
    """Insert analyses (article id, JSON object) into the fact tables; no transaction here."""
    analysis_rows: list[dict[str, Any]] = []
    entity_rows: list[dict[str, Any]] = []
    mention_rows: list[dict[str, Any]] = []
    fact_rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in FACT_TABLES}
    for article_id, result in analyses:
        analysis_rows.append(
            {
                "article_id": article_id,
                "kroniek_version": kroniek.__version__,
                "result": json.dumps(result, ensure_ascii=False, default=str),
            }
        )
        for entity in result.get("entities") or []:
            entity_rows.append(
                {"article_id": article_id}
                | {column: get(entity) for column, get in ENTITY_COLUMNS.items()}
            )
            for mention in entity.get("mentions") or []:
                mention_rows.append(
                    {
                        "article_id": article_id,
                        "entity_id": entity.get("id"),
                        "start_char": mention.get("start"),
                        "end_char": mention.get("end"),
                        "text": mention.get("text"),
                    }
                )
        published = (result.get("article") or {}).get("published")
        for kind, (_, columns) in FACT_TABLES.items():
            for idx, item in enumerate(result.get(kind) or []):
                row = {"article_id": article_id, "idx": idx}
                row |= {column: get(item) for column, get in columns.items()}
                if kind == "events":
                    row["event_date"], row["date_precision"] = period_start(
                        row["date_value"], published
                    )
                fact_rows[kind].append(row)
    _insert(con, "analyses", analysis_rows)
    _insert(con, "entities", entity_rows)
    _insert(con, "mentions", mention_rows)
    for kind, (table, _) in FACT_TABLES.items():
        _insert(con, table, fact_rows[kind])
