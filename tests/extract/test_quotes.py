"""kroniek_quotes on hand-written Dutch sentences and on the founding article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from spacy.language import Language

from kroniek.extract.quotes_lexicon import load_lexicon
from kroniek.extract.quotes_marks import find_marked_quotes
from kroniek.ingest import read_text
from kroniek.kb import load_kb
from kroniek.model import Published
from kroniek.pipeline import analysis_pipeline

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "src" / "kroniek" / "schema" / "analysis.schema.json"
FOUNDING = ROOT / "examples" / "000_393fbd76b15ab987.txt"
JANUARY = Published("2022-01", "month")


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The full analysis pipeline, shared: tests must not add components to it."""
    return analysis_pipeline()


def quotes(nlp: Language, text: str, published: Published | None = JANUARY
           ) -> list[dict[str, Any]]:
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(
        doc._.quotes, {"$defs": schema["$defs"], "type": "array",
                       "items": {"$ref": "#/$defs/quote"}})
    for q in doc._.quotes:
        assert text[q["start"]:q["end"]] == q["text"]
        if q["speaker"] is not None:
            sp = q["speaker"]
            assert text[sp["start"]:sp["end"]] == sp["text"]
        for key in ("said_when", "said_where"):
            if key in q:
                assert text[q[key]["start"]:q[key]["end"]] == q[key]["text"]
    assert not doc._.errors
    return doc._.quotes


def kid(local_id: str) -> str:
    """The id the KB links ``local_id`` to (its Wikidata id where it has one)."""
    return load_kb().entities[local_id].canonical_id


def only(found: list[dict[str, Any]]) -> dict[str, Any]:
    assert len(found) == 1, found
    return found[0]


# -- quote marks (no pipeline) -----------------------------------------------------------

def marked(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_marked_quotes(text)]


def test_every_dutch_quote_mark() -> None:
    assert marked("‘Eén’ en “twee” en „drie“ en «vier» en \"vijf\" en 'zes'.") == [
        "Eén", "twee", "drie", "vier", "vijf", "zes"]
    assert marked(",,Wij winnen.'' Of ,, niet. ''") == ["Wij winnen.", "niet."]


def test_apostrophes_are_not_quote_marks() -> None:
    assert marked("Zo’n 200 auto’s reden ’s avonds in de jaren '80 naar huis.") == []
    assert marked("Hij kocht zo'n ding, 's morgens, voor m'n broer.") == []


def test_unclosed_quote_runs_to_the_end_of_its_paragraph() -> None:
    text = "‘Wij gaan door. Altijd.\n\n‘Tot het einde’, zei zij."
    assert marked(text) == ["Wij gaan door. Altijd.", "Tot het einde"]


def test_cues_are_data() -> None:
    lex = load_lexicon()
    assert {"zeggen", "verklaren", "benadrukken", "waarschuwen"} <= lex.verbs
    assert "laten" in lex.multiword_verbs["weten"]
    assert "volgens" in lex.prepositions and "aldus" in lex.adverbs
    assert "woordvoerder" in lex.sources and "wet" in lex.non_sources
    assert lex.is_time_word("zondagavond") and not lex.is_time_word("zonde")


# -- direct quotes -----------------------------------------------------------------------

def test_quote_then_cue_with_inverted_speaker(nlp: Language) -> None:
    text = ("‘We trekken onze troepen niet terug’, zei de Russische minister van Defensie "
            "Sergej Sjojgoe maandag in Moskou.")
    q = only(quotes(nlp, text))
    assert q["text"] == "We trekken onze troepen niet terug" and q["direct"]
    assert q["cue"] == "zei"
    assert q["speaker"]["entity"] == kid("sergei-shoigu")
    assert "Sergej Sjojgoe" in q["speaker"]["text"]
    assert q["said_when"]["text"] == "maandag"
    assert q["said_where"]["text"] == "Moskou"


def test_split_quote_gives_two_quotes_with_one_speaker(nlp: Language) -> None:
    text = "“Wij willen vrede”, zei Zelensky, “maar we zullen ons land verdedigen.”"
    found = quotes(nlp, text)
    assert [q["text"] for q in found] == [
        "Wij willen vrede", "maar we zullen ons land verdedigen."]
    assert {q["speaker"]["entity"] for q in found} == {kid("volodymyr-zelensky")}
    assert found[1]["attribution"] == "continuation"


def test_speaker_before_a_colon(nlp: Language) -> None:
    q = only(quotes(nlp, "Rutte: ‘Nederland blijft Oekraïne steunen, hoe lang het ook duurt.’"))
    assert q["speaker"]["text"] == "Rutte"
    assert q["speaker"]["entity"] == kid("mark-rutte")
    assert q["attribution"] == "colon"


def test_pronoun_speaker_resolves_to_the_last_person_named(nlp: Language) -> None:
    text = ("Poetin sprak dinsdag urenlang met Macron. "
            "‘Wij willen geen oorlog in Europa’, zei hij na afloop.")
    q = only(quotes(nlp, text))
    assert q["speaker"]["text"] == "hij"
    assert q["speaker"]["entity"] == kid("vladimir-putin")


def test_fuzzy_first_name_with_exact_surname(nlp: Language) -> None:
    q = only(quotes(nlp, "‘De grens blijft dicht voor hen’, zei Wolodimir Zelensky."))
    assert q["speaker"]["entity"] == kid("volodymyr-zelensky")
    assert q["speaker"]["name"] == "Volodymyr Zelensky"


def test_quote_paragraph_continues_the_attributed_one(nlp: Language) -> None:
    text = ("‘Dit is een zwarte dag voor de democratie’, zei de voorzitter van de partij.\n\n"
            "‘We gaan hoe dan ook door met de campagne, tot de laatste dag.’")
    found = quotes(nlp, text)
    assert len(found) == 2
    assert found[1]["speaker"]["text"] == found[0]["speaker"]["text"] == \
        "de voorzitter van de partij"


def test_scare_quotes_and_titles_are_not_quotes(nlp: Language) -> None:
    text = "De betogers protesteerden tegen de ‘speciale operatie’ van het leger."
    assert quotes(nlp, text) == []
    assert quotes(nlp, "Zo’n 200 auto’s reden ’s avonds naar huis.") == []


# -- indirect speech ---------------------------------------------------------------------

def test_speech_verb_with_dat_clause(nlp: Language) -> None:
    text = "De Duitse bondskanselier Olaf Scholz zei dinsdag dat Duitsland meer wapens levert."
    q = only(quotes(nlp, text))
    assert not q["direct"]
    assert q["text"] == "Duitsland meer wapens levert"
    assert q["speaker"]["entity"] == kid("olaf-scholz")
    assert q["speaker"]["country"] == "DEU"
    assert q["said_when"]["text"] == "dinsdag"


def test_laten_weten(nlp: Language) -> None:
    text = "Het ministerie van Buitenlandse Zaken liet weten dat de ambassade gesloten blijft."
    q = only(quotes(nlp, text))
    assert q["cue"] == "liet weten"
    assert q["text"] == "de ambassade gesloten blijft"


def test_volgens_needs_a_source(nlp: Language) -> None:
    q = only(quotes(nlp, "Volgens ingewijden is het akkoord over de gasprijs bijna rond."))
    assert q["speaker"]["text"] == "ingewijden" and q["cue"] == "Volgens"
    assert q["text"] == "is het akkoord over de gasprijs bijna rond"
    assert quotes(nlp, "Volgens plan vertrekt de trein om acht uur naar Berlijn.") == []
    assert quotes(nlp, "Volgens de wet mag de burgemeester dat niet beslissen.") == []


def test_aldus_with_a_described_source(nlp: Language) -> None:
    text = "Het bondgenootschap stuurt 5000 extra militairen, aldus een woordvoerder van de NAVO."
    q = only(quotes(nlp, text))
    assert q["text"] == "Het bondgenootschap stuurt 5000 extra militairen"
    assert q["speaker"]["text"] == "een woordvoerder van de NAVO"
    assert q["speaker"]["entity"] is None
    assert q["speaker"]["organization"]["entity"] == kid("NATO")
    assert q["speaker"]["organization"]["text"] == "de NAVO"


def test_sentence_final_cue(nlp: Language) -> None:
    q = only(quotes(nlp, "De onderhandelingen zijn vastgelopen, zeggen Amerikaanse diplomaten."))
    assert q["text"] == "De onderhandelingen zijn vastgelopen"
    assert q["speaker"]["text"] == "Amerikaanse diplomaten"
    assert q["speaker"]["country"] == "USA"


def test_no_speech_no_quote(nlp: Language) -> None:
    assert quotes(nlp, "De minister stelt een vraag aan de Kamer over de begroting.") == []
    assert quotes(nlp, "Boogerd meldde zich bij de ploegleiderswagen en dat amuseerde hem.") == []


# -- the founding article ---------------------------------------------------------------

def test_founding_article(nlp: Language) -> None:
    article = read_text(FOUNDING.read_text(encoding="utf-8"))
    found = quotes(nlp, article.text)
    direct = [q for q in found if q["direct"]]
    assert [q["text"] for q in direct] == [
        "Terwijl we diplomatie bedrijven, zijn we bezig met verdediging en afschrikking",
        "De NAVO zal aanzienlijk worden versterkt als Rusland daden van agressie pleegt. "
        "Dat ligt allemaal op tafel.",
        "Amerikanen mogen niet verwachten dat er door de overheid gesponsorde evacuaties "
        "zullen plaatsvinden",
    ]
    blinken = direct[0]["speaker"]
    assert blinken["entity"] == kid("antony-blinken") and blinken["name"] == "Antony Blinken"
    assert blinken["text"] == "Anthony Blinken, de Amerikaanse minister van Buitenlandse Zaken"
    assert direct[0]["cue"] == "zei"
    assert direct[0]["said_when"]["text"] == "zondag"
    assert direct[0]["said_where"]["text"] == "CBS"
    assert direct[1]["speaker"]["entity"] == kid("antony-blinken")
    spokesman = direct[2]["speaker"]
    assert spokesman["text"] == "een woordvoerder van het ministerie"
    assert spokesman["entity"] is None
    assert spokesman["organization"]["entity"] == kid("us_state_department")
    assert spokesman["country"] == "USA"
    assert direct[2]["said_when"]["text"] == "zaterdag"
    indirect = {q["speaker"]["text"]: q for q in found if not q["direct"]}
    assert indirect["Amerikanen"]["text"].startswith("nog steeds niet te weten wat")
    assert indirect["Amerikanen"]["speaker"]["country"] == "USA"
    assert indirect["sommige functionarissen"]["cue"] == "Volgens"


def test_a_bad_sentence_does_not_stop_the_analysis(nlp: Language) -> None:
    for text in ("‘\n\n’, zei.", "", "’", ",,'' aldus", "volgens"):
        quotes(nlp, text)  # never raises, never records an error


def test_speakers_take_the_entity_the_article_links_them_to(nlp: Language) -> None:
    text = (
        "Minister Ollongren van Defensie maakte dinsdag nieuwe plannen bekend. Volgens de "
        "minister is de verhoging nodig. GroenLinks-leider Jesse Klaver zei dat het geld "
        "beter naar de zorg kan gaan. ‘Dit is de verkeerde keuze’, aldus Klaver."
    )
    found = quotes(nlp, text, Published("2023-03-14", "day"))
    speakers = [(q["speaker"]["text"], q["speaker"]["entity"]) for q in found]
    assert speakers == [
        ("de minister", "kr:kajsa-ollongren"),
        ("GroenLinks-leider Jesse Klaver", "kr:per:jesse-klaver"),
        ("Klaver", "kr:per:jesse-klaver"),
    ]
