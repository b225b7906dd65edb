"""kroniek_quantities on hand-written Dutch sentences and on the founding article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from spacy.language import Language

from kroniek.extract.numbers import NUMBERS, parse_digits
from kroniek.extract.quantities import lexicon
from kroniek.ingest import read_text
from kroniek.pipeline import analysis_pipeline

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "src" / "kroniek" / "schema" / "analysis.schema.json"


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The full analysis pipeline, shared: tests must not add components to it."""
    return analysis_pipeline()


def quantities(nlp: Language, text: str) -> list[dict[str, Any]]:
    doc = nlp(text)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(
        doc._.quantities,
        {"$defs": schema["$defs"], "type": "array", "items": {"$ref": "#/$defs/quantity"}},
    )
    for q in doc._.quantities:
        assert text[q["start"] : q["end"]] == q["text"]
    return doc._.quantities


def one(nlp: Language, text: str, span: str) -> dict[str, Any]:
    found = [q for q in quantities(nlp, text) if q["text"] == span]
    assert len(found) == 1, quantities(nlp, text)
    return found[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("127.000", 127000),
        ("1,5", 1.5),
        ("3.000.000", 3000000),
        ("1.200,50", 1200.5),
        ("12", 12),
    ],
)
def test_dutch_digits(text: str, value: float) -> None:
    assert parse_digits(text) == value


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("twee", 2),
        ("twintig", 20),
        ("vijfentwintig", 25),
        ("tweeëntwintig", 22),
        ("honderd", 100),
        ("tweehonderdvijftig", 250),
        ("vijfduizend", 5000),
        ("honderdduizend", 100000),
        ("drieënzeventigduizendvierhonderd", 73400),
        ("anderhalf", 1.5),
    ],
)
def test_number_words(word: str, value: float) -> None:
    assert NUMBERS.word_value(word) == value


def test_not_number_words() -> None:
    assert NUMBERS.word_value("honderdjarig") is None
    assert NUMBERS.word_value("tiental") is None


def test_lexicon_is_data() -> None:
    lex = lexicon()
    assert lex.qualifiers[("meer", "dan")] == "min"
    assert lex.units_after["procent"] == "percent"
    assert "hebben" in lex.owner_verbs


def test_qualifier_counted_and_owner(nlp: Language) -> None:
    q = one(nlp, "Frankrijk heeft ruim 4.000 soldaten in Mali.", "ruim 4.000")
    assert (q["value"], q["low"], q["approx"], q["qualifier"]) == (4000, 4000, True, "ruim")
    assert q["counted"] == "soldaten"
    assert q["owner"] == "Q142"  # France in the knowledge base


def test_owner_by_adjective_on_subject(nlp: Language) -> None:
    q = one(nlp, "De Russische strijdkrachten telden 900.000 soldaten.", "900.000")
    assert q["owner"] == "Q159"


def test_no_owner_without_possession(nlp: Language) -> None:
    q = one(nlp, "De politie arresteerde zaterdag twaalf betogers.", "twaalf")
    assert q["counted"] == "betogers" and q["owner"] is None


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Er kwamen tussen de 200 en 300 mensen.", "tussen de 200 en 300", 200, 300),
        ("Er werden 1000 tot 5000 militairen gestuurd.", "1000 tot 5000", 1000, 5000),
        ("Er vielen 5 à 6 doden.", "5 à 6", 5, 6),
        ("Het gaat om tien- tot twintigduizend mensen.", "tien- tot twintigduizend", 10000, 20000),
        ("De schade bedraagt 2 tot 3 miljoen euro.", "2 tot 3 miljoen euro", 2e6, 3e6),
    ],
)
def test_ranges(nlp: Language, text: str, span: str, low: float, high: float) -> None:
    q = one(nlp, text, span)
    assert (q["value"], q["low"], q["high"]) == (None, low, high)


def test_vague_plural(nlp: Language) -> None:
    q = one(nlp, "Duizenden mensen sloegen op de vlucht.", "Duizenden")
    assert (q["value"], q["low"], q["high"], q["approx"]) == (None, 1000, 9999, True)
    assert q["counted"] == "mensen"


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("De werkloosheid steeg naar 12,5 procent.", "12,5 procent", 12.5, "percent"),
        ("De inflatie was 12% in maart.", "12%", 12, "percent"),
        ("Het pakket kost € 2,5 miljard.", "€ 2,5 miljard", 2.5e9, "EUR"),
        ("Het kaartje kostte $300.", "$300", 300, "USD"),
        ("Hij verdiende 300 dollar per week.", "300 dollar", 300, "USD"),
        ("Er werd een half miljoen euro gestolen.", "een half miljoen euro", 500000, "EUR"),
    ],
)
def test_money_and_percent(nlp: Language, text: str, span: str, value: float, unit: str) -> None:
    q = one(nlp, text, span)
    assert q["value"] == value and q["unit"] == unit


def test_een_miljoen_counts_but_article_does_not(nlp: Language) -> None:
    found = quantities(nlp, "Een invasie zou een miljoen mensen op de vlucht jagen.")
    assert [(q["text"], q["value"]) for q in found] == [("een miljoen", 1e6)]


@pytest.mark.parametrize(
    "text",
    [
        "Op 24 januari 2022 sprak hij in Genève.",
        "In 2021 was de situatie anders.",
        "De vergadering begint om 14.00 uur.",
        "Volgens artikel 5 van het verdrag helpen de bondgenoten elkaar.",
        "Tussen 1946 en 1996 leefde hij in ballingschap.",
        "Een woordvoerder wilde niet reageren.",
    ],
)
def test_not_quantities(nlp: Language, text: str) -> None:
    assert quantities(nlp, text) == []


def test_founding_article(nlp: Language) -> None:
    article = read_text(
        (ROOT / "examples" / "000_393fbd76b15ab987.txt").read_text(encoding="utf-8")
    )
    found = {q["text"]: q for q in quantities(nlp, article.text)}
    q = found["meer dan 127.000"]
    assert (q["value"], q["approx"], q["qualifier"], q["counted"]) == (
        127000,
        True,
        "meer dan",
        "manschappen",
    )
    assert q["owner"] == "Q159"
    q = found["tussen de duizend en vijfduizend"]
    assert (q["low"], q["high"], q["counted"]) == (1000, 5000, "militairen")
    q = found["tienduizenden"]
    assert (q["value"], q["low"], q["high"], q["approx"]) == (None, 10000, 99999, True)
    assert set(found) == {"meer dan 127.000", "tussen de duizend en vijfduizend", "tienduizenden"}
