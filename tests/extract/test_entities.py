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


@pytest.mark.parametrize(("text", "person", "country", "sector"), [
    ("De Congolese president Tshisekedi riep op tot kalmte.", "kr:per:tshisekedi", "COD",
     None),
    ("De Russische oppositieleider Kara-Moerza werd veroordeeld.", "kr:per:kara-moerza",
     "RUS", "OPP"),
    ("De Nederlandse schrijver Jan Peters woont in Parijs.", "kr:per:jan-peters", "NLD", None),
    # the adjective describes something else: no country for the person
    ("Jan Peters sprak met Nederlandse diplomaten.", "kr:per:jan-peters", None, None),
])
def test_unknown_person_takes_the_country_of_the_title(nlp, text, person, country, sector):
    entity = by_id(analyse(nlp, text))[person]
    assert (entity["country"], entity["sector"]) == (country, sector)


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


# -- typo-tolerant matching of multi-word knowledge-base phrases ----------------------------

@pytest.fixture(scope="module")
def gazetteer(nlp):
    return nlp.get_pipe("kroniek_entities").gazetteer


def phrase_matches(nlp, gazetteer, text: str) -> list[tuple[str, str, bool]]:
    """(text, first target, fuzzy) of the gazetteer's multi-word matches, tokenizer only."""
    doc = nlp.make_doc(text)
    return [(doc[m.start:m.end].text, m.entries[0].target, m.fuzzy)
            for m in gazetteer.find(doc) if m.end - m.start > 1]


def fuzzy_mentions(doc) -> list[dict]:
    return [m for e in doc._.entities for m in e["mentions"] if m.get("fuzzy")]


def test_role_phrase_with_typo_before_a_name(nlp):
    typo = analyse(nlp, "De Amerikaanse minister van Buitenlandse Zalen Antony Blinken "
                        "bezocht Kiev.")
    right = analyse(nlp, "De Amerikaanse minister van Buitenlandse Zaken Antony Blinken "
                         "bezocht Kiev.")
    assert not any("zalen" in e["id"] for e in typo._.entities)
    blinken = by_id(typo)["kr:antony-blinken"]
    assert [(m["text"], m.get("role")) for m in blinken["mentions"]] == \
        [("Antony Blinken", "foreign_minister")]
    assert set(by_id(typo)) == set(by_id(right))  # handled as the correct spelling is
    assert by_id(right)["kr:antony-blinken"] == blinken


def test_role_phrase_with_typo_resolved_by_date(nlp):
    doc = analyse(nlp, "Volgens de Amerikaanse minister van Buitenlandse Zalen is de "
                       "dreiging groot.")
    mention = by_id(doc)["kr:antony-blinken"]["mentions"][0]
    assert mention["text"] == "Amerikaanse minister van Buitenlandse Zalen"
    assert mention["role"] == "foreign_minister" and mention["fuzzy"] is True
    assert doc.text[mention["start"]:mention["end"]] == mention["text"]
    validate_facts("entity", doc._.entities)


def test_government_body_and_organization_with_typo(nlp):
    doc = analyse(nlp, "Het ministerie van Buitenlandse Zakne in Den Haag raadt reizen naar "
                       "Oekraïne af.")
    ministry = by_id(doc)["kr:nl_mfa"]["mentions"]
    assert [(m["text"], m.get("fuzzy")) for m in ministry] == \
        [("ministerie van Buitenlandse Zakne", True)]
    doc = analyse(nlp, "De Verenigde Natise roepen op tot een staakt-het-vuren in Jemen.")
    assert [(m["text"], m.get("fuzzy")) for m in by_id(doc)["Q1065"]["mentions"]] == \
        [("Verenigde Natise", True)]
    assert not any(e["id"].startswith("kr:loc:") or e["id"].startswith("kr:org:")
                   for e in doc._.entities)
    validate_facts("entity", doc._.entities)


def test_correct_spelling_is_not_fuzzy(nlp, gazetteer):
    doc = analyse(nlp, "De Verenigde Naties en het ministerie van Buitenlandse Zaken in Den "
                       "Haag roepen op tot kalmte.")
    assert "Q1065" in by_id(doc) and "kr:nl_mfa" in by_id(doc)
    assert fuzzy_mentions(doc) == []
    found = phrase_matches(nlp, gazetteer, "Ook de Verenigde Staten sturen hulp.")
    assert ("Verenigde Staten", "USA", False) in found
    assert not any(fuzzy for _, _, fuzzy in found)


def test_a_different_real_phrase_is_not_corrected(nlp, gazetteer):
    found = phrase_matches(nlp, gazetteer, "De minister van Binnenlandse Zaken sprak met "
                                           "de burgemeesters.")
    assert found == [("minister van Binnenlandse Zaken", "minister van Binnenlandse Zaken",
                      False)]
    kb = load_kb()
    assert kb.role_for_noun("minister van Binnenlandse Zaken") == "interior_minister"
    doc = analyse(nlp, "Volgens de minister van Binnenlandse Zaken is er geen gevaar.")
    assert not any(m.get("role") == "foreign_minister" for e in doc._.entities
                   for m in e["mentions"])
    # "Binnenlandse" is three edits from "Buitenlandse": too far, even as an unknown phrase
    found = phrase_matches(nlp, gazetteer, "Het ministerie van Binnenlandse Zaken zweeg.")
    assert not any(fuzzy for _, _, fuzzy in found)


def test_short_words_and_articles_are_not_corrected(nlp, gazetteer):
    # "Unie" has four letters: "Unei" is not corrected to the European Union
    assert phrase_matches(nlp, gazetteer, "De Europese Unei vergadert morgen.") == []
    assert phrase_matches(nlp, gazetteer, "De Europese Unie vergadert morgen.") == \
        [("Europese Unie", "EU", False)]
    # only an article is equal: "het Pentagn" is not the Pentagon
    assert phrase_matches(nlp, gazetteer, "Ze bezochten het Pentagn gisteren.") == []


def test_founding_article_caption(nlp):
    article = read_text(EXAMPLE.read_text(encoding="utf-8"))
    assert "Buitenlandse Zalen" in article.caption
    doc = analyse(nlp, article.caption)
    assert not any("zalen" in e["id"] for e in doc._.entities)
    blinken = by_id(doc)["kr:antony-blinken"]["mentions"]
    assert [(m["text"], m.get("role")) for m in blinken] == \
        [("Antony Blinken", "foreign_minister")]


def test_a_compass_part_of_a_country_is_in_that_country(nlp) -> None:
    doc = analyse(nlp, "Hezbollah vuurde tientallen raketten af op Noord-Israël.")
    region = next(e for e in doc._.entities if e["name"] == "Noord-Israël")
    assert (region["type"], region["country"]) == ("LOC", "ISR")
    doc = analyse(nlp, "Hij woont in Noord-Brabant.")
    assert all(e.get("country") != "BRA" for e in doc._.entities)
