"""kroniek_times on hand-written Dutch sentences and on the founding article."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from spacy.language import Language

from kroniek.extract.times import anchor_days, words
from kroniek.ingest import read_text
from kroniek.model import Published
from kroniek.pipeline import analysis_pipeline

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "src" / "kroniek" / "schema" / "analysis.schema.json"
SUNDAY = Published("2022-01-23", "day")  # a Sunday
JANUARY = Published("2022-01", "month")


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The full analysis pipeline, shared: tests must not add components to it."""
    return analysis_pipeline()


def times(nlp: Language, text: str, published: Published | None) -> list[dict[str, Any]]:
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(
        doc._.times, {"$defs": schema["$defs"], "type": "array", "items": {"$ref": "#/$defs/time"}}
    )
    for t in doc._.times:
        assert text[t["start"] : t["end"]] == t["text"]
    return doc._.times


def value(nlp: Language, text: str, span: str, published: Published | None = SUNDAY) -> str | None:
    found = [t for t in times(nlp, text, published) if t["text"] == span]
    assert len(found) == 1, times(nlp, text, published)
    return found[0]["value"]


def test_word_lists_are_data() -> None:
    assert words().get("weekday", "zondag") == "SU"
    assert words().get("month", "maart") == "3"


def test_anchor_days() -> None:
    assert anchor_days(JANUARY)[0] == date(2022, 1, 1) and len(anchor_days(JANUARY)) == 31
    assert anchor_days(SUNDAY) == [date(2022, 1, 23)]
    assert anchor_days(None) == []


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("De minister sprak zaterdag met de pers.", "zaterdag", "2022-01-22"),
        ("Op vrijdag had hij al gebeld.", "vrijdag", "2022-01-21"),
        ("Afgelopen maandag werd het besluit genomen.", "Afgelopen maandag", "2022-01-17"),
        ("Hij zal maandag aanstaande vertrekken.", "maandag aanstaande", "2022-01-24"),
        ("De ministers overleggen dinsdag in Brussel.", "dinsdag", "2022-01-25"),
        ("Gisteren vielen er drie doden.", "Gisteren", "2022-01-22"),
        ("Morgen beslist het kabinet.", "Morgen", "2022-01-24"),
        ("Vorige week vonden er gesprekken plaats.", "Vorige week", "2022-W02"),
        ("Volgende week volgt een nieuw overleg.", "Volgende week", "2022-W04"),
        ("Dat gebeurde vorig jaar ook.", "vorig jaar", "2021"),
        ("Dit jaar groeit de economie.", "Dit jaar", "2022"),
        ("De top is eind januari.", "eind januari", "2022-01-21/2022-01-31"),
        ("Begin maart 2021 tekende hij het contract.", "Begin maart 2021", "2021-03-01/2021-03-10"),
        ("Half februari komt het rapport.", "Half februari", "2022-02-11/2022-02-20"),
        ("Het verdrag werd op 24 januari 2020 getekend.", "24 januari 2020", "2020-01-24"),
        ("In de jaren negentig was dat anders.", "jaren negentig", "1990/1999"),
        ("De afgelopen dagen was het onrustig.", "afgelopen dagen", "PXD"),
        ("Komend weekend wordt er gedemonstreerd.", "Komend weekend", "2022-W04-WE"),
        ("De stemming begint om 14.00 uur.", "14.00 uur", "T14:00"),
        ("Vroeg in de week kan een besluit vallen.", "Vroeg in de week", "2022-01-24/2022-01-26"),
    ],
)
def test_day_anchor(nlp: Language, text: str, span: str, expected: str) -> None:
    assert value(nlp, text, span) == expected


def test_month_anchor_weekday_gives_candidates(nlp: Language) -> None:
    found = times(nlp, "De minister sprak zondag met de pers.", JANUARY)
    assert len(found) == 1
    t = found[0]
    assert (t["value"], t["weekday"], t["anchor"]) == ("2022-01", "SU", "2022-01")
    assert t["candidates"] == ["2022-01-02", "2022-01-09", "2022-01-16", "2022-01-23", "2022-01-30"]


def test_month_anchor_envelope(nlp: Language) -> None:
    assert value(nlp, "Afgelopen jaar ging het mis.", "Afgelopen jaar", JANUARY) == "2021"
    assert value(nlp, "Gisteren ging het mis.", "Gisteren", JANUARY) == "2021-12-31/2022-01-30"


def test_without_anchor(nlp: Language) -> None:
    assert value(nlp, "Gisteren ging het mis.", "Gisteren", None) is None
    assert value(nlp, "Op 24 januari 2022 ging het mis.", "24 januari 2022", None) == "2022-01-24"


@pytest.mark.parametrize(
    "text",
    [
        "De volgende morgen was alles rustig.",
        "Er kwamen 2000 soldaten bij.",
        "Het akkoord van Goede Vrijdag bleef overeind.",
        "Een woordvoerder wilde niet reageren.",
    ],
)
def test_not_times(nlp: Language, text: str) -> None:
    assert times(nlp, text, SUNDAY) == []


def test_founding_article(nlp: Language) -> None:
    article = read_text(
        (ROOT / "examples" / "000_393fbd76b15ab987.txt").read_text(encoding="utf-8")
    )
    assert article.published == JANUARY
    found = times(nlp, article.text, article.published)
    texts = [t["text"] for t in found]
    assert texts.count("zondag") == 2 and texts.count("zaterdag") == 3
    assert "Vroeg in de week" in texts
    year = next(t for t in found if t["text"] == "afgelopen jaar")
    assert year["value"] == "2021"
    sunday = next(t for t in found if t["text"] == "zondag")
    assert sunday["value"] == "2022-01" and "2022-01-23" in sunday["candidates"]
