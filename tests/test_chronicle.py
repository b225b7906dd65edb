"""Events over time: filters, timelines and DataFrames over stored events."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kroniek.chronicle import EventFilter, events, events_frame, timeline
from kroniek.cli import app
from kroniek.model import Article, Paragraph, Published
from kroniek.store import Store

RUSSIA = {"entity": "Q159", "name": "Russia", "country": "RUS", "sector": None, "text": "Rusland"}
UKRAINE = {"entity": "Q212", "name": "Ukraine", "country": "UKR", "sector": None, "text": "Kiev"}
USA = {"entity": "Q30", "name": "United States", "country": "USA", "sector": "GOV", "text": "VS"}


def _event(
    kind: str, source: dict, target: dict, modality: str, date: str | None, intensity: float
):
    return {
        "type": kind,
        "mode": None,
        "cameo": "150",
        "intensity": intensity,
        "source": source,
        "target": target,
        "date": {"text": "zondag", "value": date} if date else None,
        "modality": modality,
        "trigger": {"text": "trigger", "start": 0, "end": 7},
        "sentence": {"start": 0, "end": 20},
        "quantities": [0],
        "confidence": 0.8,
    }


def _store(path: Path) -> None:
    articles, analyses = [], []
    specs = [
        (
            "2022-01",
            [
                _event("MOBILIZE", RUSSIA, UKRAINE, "asserted", "2022-01-09", -7.0),
                _event("THREATEN", RUSSIA, UKRAINE, "asserted", "2022-01-23", -6.0),
                _event("MOBILIZE", USA, RUSSIA, "hypothetical", "2022-01-22", -5.0),
            ],
        ),
        (
            "2022-02-24",
            [
                _event("ASSAULT", RUSSIA, UKRAINE, "asserted", None, -10.0),
                _event("ASSAULT", RUSSIA, UKRAINE, "feared", "2022-02-20", -10.0),
            ],
        ),
    ]
    for number, (published, evts) in enumerate(specs):
        text = f"Bericht {number} over Rusland en Oekraïne."
        article = Article(
            text=text,
            published=Published(published, "day" if len(published) == 10 else "month"),
            paragraphs=[Paragraph(0, len(text))],
        )
        articles.append(article)
        analyses.append(
            {
                "article": article.to_dict(),
                "entities": [],
                "quotes": [],
                "quantities": [],
                "times": [],
                "places": [],
                "events": evts,
            }
        )
    with Store(path) as store:
        store.add_many(articles, analyses)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "k.duckdb"
    _store(path)
    return path


def test_filters_by_actor_names_ids_and_codes(db: Path) -> None:
    with Store(db, read_only=True) as store:
        by_dutch_name = events(store.con, EventFilter(source="Rusland", target="Oekraïne"))
        by_id = events(store.con, EventFilter(source="Q159"))
        by_code = events(store.con, EventFilter(target="RUS"))
        asserted = events(store.con, EventFilter(source="Russia", modality="asserted"))
        february = events(store.con, EventFilter(since=__import__("datetime").date(2022, 2, 1)))
    assert len(by_dutch_name) == 4 and len(by_id) == 4
    assert [e["type"] for e in by_code] == ["MOBILIZE"] and by_code[0]["modality"] == "hypothetical"
    assert [e["type"] for e in asserted] == ["MOBILIZE", "THREATEN", "ASSAULT"]
    assert [e["modality"] for e in february] == ["feared", "asserted"]


def test_event_without_date_is_placed_at_publication(db: Path) -> None:
    with Store(db, read_only=True) as store:
        [assault] = events(store.con, EventFilter(type="assault", modality="asserted"))
    assert str(assault["event_date"]) == "2022-02-24" and assault["date_precision"] == "day"


def test_timeline_counts_asserted_events_only_by_default(db: Path) -> None:
    with Store(db, read_only=True) as store:
        monthly = timeline(store.con, EventFilter(source="Rusland", target="Oekraïne"), by="month")
        weekly = timeline(store.con, EventFilter(source="RUS"), by="week")
        feared = timeline(store.con, EventFilter(source="RUS", modality="feared"), by="month")
    assert [(str(r["period"]), r["events"], r["mean_intensity"]) for r in monthly] == [
        ("2022-01-01", 2, -6.5),
        ("2022-02-01", 1, -10.0),
    ]
    assert [str(r["period"]) for r in weekly] == ["2022-01-03", "2022-01-17", "2022-02-21"]
    assert [(str(r["period"]), r["events"]) for r in feared] == [("2022-02-01", 1)]


def test_events_as_pandas_dataframe(db: Path) -> None:
    with Store(db, read_only=True) as store:
        frame = events_frame(store.con, EventFilter(modality="asserted"))
    assert list(frame["type"]) == ["MOBILIZE", "THREATEN", "ASSAULT"]
    assert {"source_name", "target_country", "intensity", "event_date"} <= set(frame.columns)


def test_cli_events_and_timeline(db: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(app, ["events", "--db", str(db), "--type", "MOBILIZE", "-f", "json"])
    assert listed.exit_code == 0, listed.output
    assert [e["modality"] for e in json.loads(listed.stdout)] == ["asserted", "hypothetical"]
    table = runner.invoke(
        app,
        [
            "timeline",
            "--db",
            str(db),
            "--source",
            "Rusland",
            "--target",
            "Oekraïne",
            "--by",
            "month",
            "--format",
            "csv",
        ],
    )
    assert table.exit_code == 0, table.output
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert [(r["period"], r["events"]) for r in rows] == [("2022-01-01", "2"), ("2022-02-01", "1")]
    text = runner.invoke(app, ["timeline", "--db", str(db), "--source", "Rusland"])
    assert text.exit_code == 0 and "2022-01-01" in text.stdout
    bad = runner.invoke(app, ["timeline", "--db", str(db), "--by", "decade"])
    assert bad.exit_code == 2 and "unknown period" in bad.stderr
