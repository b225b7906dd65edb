"""The whole analysis of an article: every component, caption and title, failure isolation."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
from spacy.tokens import Span

from kroniek.analysis import analyze
from kroniek.schema import analysis_schema

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "000_393fbd76b15ab987.txt"


@pytest.fixture(scope="module")
def founding() -> dict:
    return analyze(EXAMPLE.read_text(encoding="utf-8"))


def _entity(result: dict, name: str) -> dict:
    [entity] = [e for e in result["entities"] if e["name"] == name]
    return entity


def test_founding_article_is_valid_and_complete(founding: dict) -> None:
    jsonschema.validate(founding, analysis_schema())
    assert "errors" not in founding
    for kind in ("entities", "quotes", "quantities", "times", "places", "events"):
        assert founding[kind], kind


def test_caption_mentions_join_the_entities_of_the_text(founding: dict) -> None:
    blinken = _entity(founding, "Antony Blinken")
    by_field = {(m["text"], m.get("field")) for m in blinken["mentions"]}
    assert ("Anthony Blinken", None) in by_field
    assert ("Antony Blinken", "caption") in by_field
    caption = founding["article"]["caption"]
    for mention in blinken["mentions"]:
        source = caption if mention.get("field") == "caption" else founding["article"]["text"]
        assert source[mention["start"] : mention["end"]] == mention["text"]
    kyiv = _entity(founding, "Kyiv")
    assert {m.get("field") for m in kyiv["mentions"]} == {None, "caption"}


def test_every_offset_points_at_its_words(founding: dict) -> None:
    text = founding["article"]["text"]
    for kind in ("quotes", "quantities", "times", "places"):
        for item in founding[kind]:
            assert text[item["start"] : item["end"]] == item["text"], (kind, item)
    for event in founding["events"]:
        trigger = event["trigger"]
        assert text[trigger["start"] : trigger["end"]] == trigger["text"]


def test_a_failing_sentence_is_reported_and_the_rest_still_analysed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import kroniek.extract.quantities as quantities

    real = quantities.extract_quantities

    def breaks_on_tanks(sent: Span, kb: object) -> list:
        if "tanks" in sent.text:
            raise RuntimeError("kapot")
        return real(sent, kb)

    monkeypatch.setattr(quantities, "extract_quantities", breaks_on_tanks)
    text = (
        "date 2022-01-24\n\nHet leger stuurde 300 soldaten naar de grens. "
        "Daarna volgden 400 tanks. Op dinsdag kwamen er 20 helikopters bij.\n"
    )
    result = analyze(text)
    assert [q["value"] for q in result["quantities"]] == [300, 20]
    [error] = result["errors"]
    assert error["component"] == "kroniek_quantities" and "kapot" in error["message"]
    assert result["article"]["text"][error["start"] : error["end"]].startswith("Daarna volgden")
    assert [t["value"] for t in result["times"]] == ["2022-01-18"]  # past tense: the Tuesday before
    jsonschema.validate(result, analysis_schema())
