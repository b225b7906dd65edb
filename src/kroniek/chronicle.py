"""Events over time: filtering stored events and counting them per period.

Actors are given as a user would name them — an entity id (``Q159``), an English or
Dutch name or alias (``Russia``, ``Rusland``, ``Poetin``), or an ISO alpha-3 country code
(``RUS``, which also matches every actor of that country).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal

import duckdb

MODALITIES = ("asserted", "hypothetical", "planned", "conditional", "denied", "reported", "feared")
PERIODS = ("day", "week", "month", "year")

EVENT_FIELDS = (
    "article_id, idx, event_date, date_precision, type, mode, context, cameo, intensity, "
    "modality, confidence, source_entity, source_name, source_country, source_sector, "
    "source_text, target_entity, target_name, target_country, target_sector, target_text, "
    "place_name, place_country, trigger_text, trigger_start, trigger_end, "
    "sentence_start, sentence_end"
)


@dataclass(frozen=True)
class EventFilter:
    source: str | None = None
    target: str | None = None
    type: str | None = None
    modality: str | None = None
    since: date | None = None
    until: date | None = None


def actor_keys(actor: str) -> tuple[set[str], set[str]]:
    """(entity ids, country codes) an actor name can stand for, via the knowledge base."""
    from kroniek.kb import load_kb

    kb = load_kb()
    ids = {actor}
    countries: set[str] = set()
    for entity in kb.lookup(actor):
        ids.add(entity.canonical_id)
        if entity.type == "GPE" and entity.country:
            countries.add(entity.country)
    country = kb.country(actor) if len(actor) in (2, 3) and actor.isupper() else None
    if country is not None:
        ids.add(country.canonical_id)
        countries.add(country.country or actor)
    return ids, countries


def _actor_condition(role: str, actor: str, params: list[Any]) -> str:
    ids, countries = actor_keys(actor)
    params.extend([sorted(ids), actor.lower(), sorted(countries)])
    return (
        f"({role}_entity IN (SELECT unnest(?)) OR lower({role}_name) = ? "
        f"OR {role}_country IN (SELECT unnest(?)))"
    )


def where(flt: EventFilter, params: list[Any]) -> str:
    conditions = ["TRUE"]
    if flt.source:
        conditions.append(_actor_condition("source", flt.source, params))
    if flt.target:
        conditions.append(_actor_condition("target", flt.target, params))
    if flt.type:
        conditions.append("type = ?")
        params.append(flt.type.upper())
    if flt.modality:
        conditions.append("modality = ?")
        params.append(flt.modality)
    if flt.since:
        conditions.append("event_date >= ?")
        params.append(flt.since)
    if flt.until:
        conditions.append("event_date <= ?")
        params.append(flt.until)
    return " AND ".join(conditions)


def _events_query(flt: EventFilter, limit: int | None) -> tuple[str, list[Any]]:
    params: list[Any] = []
    sql = (
        f"SELECT {EVENT_FIELDS} FROM events WHERE {where(flt, params)} "
        "ORDER BY event_date NULLS LAST, article_id, idx"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return sql, params


def _records(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def events(
    con: duckdb.DuckDBPyConnection, flt: EventFilter, limit: int | None = None
) -> list[dict[str, Any]]:
    return _records(con.execute(*_events_query(flt, limit)))


def timeline(
    con: duckdb.DuckDBPyConnection, flt: EventFilter, by: str = "month"
) -> list[dict[str, Any]]:
    """Per period: the number of events and their mean intensity (asserted by default)."""
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r}: use one of {', '.join(PERIODS)}")
    if flt.modality is None:
        flt = replace(flt, modality="asserted")
    params: list[Any] = []
    sql = (
        f"SELECT date_trunc('{by}', event_date)::DATE AS period, count(*) AS events, "
        "round(avg(intensity), 2) AS mean_intensity "
        f"FROM events WHERE event_date IS NOT NULL AND {where(flt, params)} "
        "GROUP BY 1 ORDER BY 1"
    )
    return _records(con.execute(sql, params))


def events_frame(
    con: duckdb.DuckDBPyConnection,
    flt: EventFilter | None = None,
    library: Literal["pandas", "polars"] = "pandas",
) -> Any:
    """The filtered events as a pandas or polars DataFrame."""
    cursor = con.execute(*_events_query(flt or EventFilter(), None))
    return cursor.df() if library == "pandas" else cursor.pl()
