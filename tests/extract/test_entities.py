"""Entity linking and places on hand-written Dutch sentences and the founding article."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
from spacy.language import Language

import kroniek.extract.entities  # noqa: F401  (registers kroniek_entities)
import kroniek.extract.places  # noqa: F401  (registers kroniek_places)
from kroniek.extract.geonames import geonames
from kroniek.extract.linking import Linker, local_id
from kroniek.ingest import read_text
from kroniek.kb import load_kb
from kroniek.model import Published
from kroniek.pipeline import analysis_pipeline
from kroniek.schema import analysis_schema

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "000_393fbd76b15ab987.txt"


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The full analysis pipeline, shared: tests must not add components to it."""
    return analysis_pipeline()


def validate_facts(kind: str, facts: list[dict]) -> None:
    schema = analysis_schema()
    sub = {"$defs": schema["$defs"], "type": "array", "items": {"$ref": f"#/$defs/{kind}"}}
    jsonschema.validate(facts, sub)


def analyse(nlp, text: str, published: str | None = "2022-01"):
    doc = nlp.make_doc(text)
    if published:
        precision = {1: "year", 2: "month", 3: "day"}[len(published.split("-"))]
        doc._.published = Published(published, precision)
    return nlp(doc)


def by_id(doc) -> dict[str, dict]:
    return {e["id"]: e for e in doc._.entities}


def texts(entity: dict) -> list[str]:
    return [m["text"] for m in entity["mentions"]]


@pytest.fixture(scope="module")
def founding(nlp):
    article = read_text(EXAMPLE.read_text(encoding="utf-8"))
    return analyse(nlp, article.text)


def test_founding_article_entities(founding):
    ents = by_id(founding)
    assert texts(ents["Q7747"]) == ["Vladimir Poetin", "Poetin", "Poetins"]
    blinken = ents["kr:antony-blinken"]
    assert blinken["name"] == "Antony Blinken"
    assert "Anthony Blinken" in texts(blinken)
    role = [m for m in blinken["mentions"] if m.get("nominal")]
    assert role and role[0]["role"] == "foreign_minister"
    assert role[0]["text"] == "Amerikaanse minister van Buitenlandse Zaken"
    assert texts(ents["Q6279"]) == ["Biden"]
    usa = texts(ents["Q30"])
    assert {"VS", "Amerikanen", "Amerikaanse"} <= set(usa)
    assert "Amerikaanse functionarissen" in usa
    assert {"Q159", "Q212", "Q7184", "Q11209", "kr:cbs_news", "Q27468", "Q889",
            "kr:us_state_department", "kr:geonames:703448"} <= set(ents)
    assert texts(ents["Q7184"]) == ["NAVO"]
    assert set(texts(ents["Q27468"])) == {"Oost-Europa", "Oost-Europese landen"}
    assert all(m["text"].strip() == m["text"] for e in founding._.entities
               for m in e["mentions"])
    for entity in founding._.entities:
        for mention in entity["mentions"]:
            assert founding.text[mention["start"]:mention["end"]] == mention["text"]
    validate_facts("entity", founding._.entities)


def test_founding_article_places(founding):
    kyiv = [p for p in founding._.places if p["text"] == "Kiev"]
    assert kyiv and kyiv[0]["geonames"] == 703448 and kyiv[0]["country"] == "UKR"
    assert kyiv[0]["lat"] == pytest.approx(50.45, abs=0.05)
    assert kyiv[0]["lon"] == pytest.approx(30.52, abs=0.05)
    region = next(p for p in founding._.places if p["text"] == "Oost-Europa")
    assert region["type"] == "region" and "POL" in region["members"]
    russia = next(p for p in founding._.places if p["text"] == "Rusland")
    assert russia["type"] == "country" and russia["country"] == "RUS"
    assert russia["geonames"] == 2017370
    assert not any(p["text"].startswith("Amerikan") for p in founding._.places)
    validate_facts("place", founding._.places)


def test_role_resolved_by_date(nlp):
    text = "De Amerikaanse president sprak gisteren met Europese leiders over de handel."
    assert "Q6279" in by_id(analyse(nlp, text, "2022-01"))
    assert "Q22686" in by_id(analyse(nlp, text, "2018-05"))


def test_country_adjective_with_actor_noun(nlp):
    doc = analyse(nlp, "Volgens de krant zijn Franse demonstranten de straat op gegaan.")
    mention = by_id(doc)["Q142"]["mentions"][0]
    assert mention["text"] == "Franse demonstranten"
    assert mention["sector"] == "CVL" and mention["type"] == "NORP"


def test_capitals_and_abbreviations_are_respected(nlp):
    doc = analyse(nlp, "In het westen van het land is het rustig, zegt de burgemeester.")
    assert "kr:the_west" not in by_id(doc)
    assert "Q2429253" not in by_id(doc)  # Islamic State: "is" is a verb
    doc = analyse(nlp, "Volgens het Westen is de dreiging reëel.")
    assert "kr:the_west" in by_id(doc)


def test_name_parts_and_possessive_of_unknown_person(nlp):
    doc = analyse(nlp, "Zaterdag opende burgemeester Pieter van Gelderen de nieuwe brug in "
                       "Zwolle. Van Gelderen sprak van een historische dag.")
    ids = [e["id"] for e in doc._.entities if e["type"] == "PER"]
    assert ids == ["kr:per:pieter-van-gelderen"]
    person = by_id(doc)["kr:per:pieter-van-gelderen"]
    assert texts(person) == ["Pieter van Gelderen", "Van Gelderen"]
    doc = analyse(nlp, "De Zwolse wethouder Jan de Vries heeft zijn ontslag ingediend. "
                       "Volgens De Vries was de samenwerking onmogelijk geworden.")
    assert texts(by_id(doc)["kr:per:jan-de-vries"]) == ["Jan de Vries", "De Vries"]


def test_generic_role_refers_back(nlp):
    doc = analyse(nlp, "Minister van Defensie Lloyd Austin bezocht Kiev. De minister beloofde "
                       "nieuwe wapens.", "2022-04")
    austin = [e for e in doc._.entities if e["name"] == "Lloyd Austin"]
    assert austin and any(m["text"] == "minister" and m.get("nominal")
                          for m in austin[0]["mentions"])


def test_fuzzy_and_local_ids():
    kb = load_kb()
    linker = Linker(kb)
    assert linker.fuzzy("Emanuel Macron", "PER").id == "emmanuel-macron"
    assert linker.fuzzy("Jan Jansen", "PER") is None
    assert linker.lookup("Poetins").id == "vladimir-putin"
    assert local_id("Jan de Vriës", "PER") == "kr:per:jan-de-vries"


def test_cities_index():
    index = geonames()
    assert index.cities_named("Kiëv")[0].geonames == 703448
    assert index.cities_named("Kiev")[0].geonames == 703448
    assert index.capital("NL").name == "Amsterdam"


def test_sentence_without_entities(nlp):
    doc = analyse(nlp, "Veel boeren hebben zich gespecialiseerd in het houden van varkens.")
    assert doc._.entities == [] and doc._.places == []
