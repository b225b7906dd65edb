"""kroniek_events on hand-written Dutch sentences and on the founding article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from kroniek.extract import events as events_module  # noqa: F401  (registers the factory)
from kroniek.extract.events_lexicon import load_ontology, load_triggers
from kroniek.ingest import read_text
from kroniek.model import Published
from kroniek.pipeline import analysis_pipeline

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "src/kroniek/schema/analysis.schema.json").read_text())


@pytest.fixture(scope="module")
def nlp():
    nlp = analysis_pipeline()
    if "kroniek_events" not in nlp.pipe_names:
        nlp.add_pipe("kroniek_events")
    return nlp


def run(nlp, text: str, published: str = "2022-01") -> list[dict[str, Any]]:
    doc = nlp.make_doc(text)
    doc._.published = Published(published, "month")
    doc = nlp(doc)
    assert not doc._.errors
    return doc._.events


def one(events: list[dict[str, Any]], type_: str) -> dict[str, Any]:
    found = [e for e in events if e["type"] == type_]
    assert len(found) == 1, events
    return found[0]


def country(actor: dict[str, Any] | None) -> str | None:
    return actor["country"] if actor else None


def test_ontology_and_lexicon_are_data() -> None:
    ontology = load_ontology()
    assert len(ontology.types) == 16
    assert ontology.coding("MOBILIZE", "troops").cameo == "154"
    assert ontology.coding("THREATEN", None).cameo.startswith("13")
    assert ontology.coding("ASSAULT", "aerial").intensity == -10.0
    triggers = load_triggers()
    rows = {t for entries in triggers.by_word.values() for t in entries}
    assert len(rows) >= 150
    assert {t.type for t in rows} == ontology.types
    # every row names a type+mode and a context the ontology has
    assert {(t.type, t.mode) for t in rows} <= set(ontology.codings)
    contexts = {c.name for c in ontology.contexts}
    assert {t.context for t in rows if t.context} <= contexts


def test_active_voice_with_linked_actors(nlp) -> None:
    event = one(run(nlp, "Rusland heeft Oekraïne gisteren aangevallen."), "ASSAULT")
    assert (country(event["source"]), country(event["target"])) == ("RUS", "UKR")
    assert event["modality"] == "asserted"
    assert event["trigger"]["text"] == "aangevallen"


def test_passive_voice_with_agent(nlp) -> None:
    event = one(run(nlp, "De demonstranten werden door de politie gearresteerd."), "COERCE")
    assert event["source"]["sector"] == "COP"
    assert "demonstranten" in event["target"]["text"]


def test_separable_verb(nlp) -> None:
    event = one(run(nlp, "Duitsland roept zijn ambassadeur terug uit Moskou."), "RETREAT")
    assert country(event["source"]) == "DEU"
    assert event["place"] is not None and event["place"]["country"] == "RUS"


def test_modal_planned_and_hypothetical(nlp) -> None:
    planned = one(run(nlp, "Frankrijk wil extra troepen naar Roemenië sturen."), "MOBILIZE")
    assert planned["modality"] == "planned"
    assert country(planned["source"]) == "FRA"
    maybe = one(run(nlp, "Er zouden duizend soldaten naar Polen kunnen worden gestuurd."),
                "MOBILIZE")
    assert maybe["modality"] == "hypothetical"


def test_conditional(nlp) -> None:
    found = run(nlp, "Als Rusland Oekraïne binnenvalt, zal de Europese Unie zware sancties "
                     "opleggen.")
    assert one(found, "SANCTION")["modality"] == "conditional"
    invasion = one(found, "ASSAULT")
    assert invasion["modality"] == "conditional"
    assert country(invasion["source"]) == "RUS"
    assert run(nlp, "Het bedrijf trok zich vorig jaar terug als geldschieter.") == []


def test_negation(nlp) -> None:
    event = one(run(nlp, "China heeft geen troepen naar de grens gestuurd."), "MOBILIZE")
    assert event["modality"] == "denied"


def test_fear(nlp) -> None:
    event = one(run(nlp, "De angst voor een aanval op Taiwan groeit."), "ASSAULT")
    assert event["modality"] == "feared"
    assert country(event["target"]) == "TWN"


def test_reported(nlp) -> None:
    event = one(run(nlp, "Volgens de krant hebben Israëlische vliegtuigen een luchtaanval "
                         "op Gaza uitgevoerd."), "ASSAULT")
    assert event["modality"] == "reported"


def test_nominalization_with_adjective_source(nlp) -> None:
    event = one(run(nlp, "De Turkse regering veroordeelde de Amerikaanse sancties tegen Iran."),
                "SANCTION")
    assert country(event["source"]) == "USA"
    assert country(event["target"]) == "IRN"


def test_coordinated_actors(nlp) -> None:
    event = one(run(nlp, "Frankrijk en Duitsland steunen Oekraïne."), "SUPPORT")
    members = event["source"].get("members", [])
    assert {m["country"] for m in members} == {"FRA", "DEU"}
    assert country(event["target"]) == "UKR"


def test_place_is_not_an_actor(nlp) -> None:
    event = one(run(nlp, "Betogers protesteerden zaterdag in Kiev tegen de regering."),
                "PROTEST")
    assert event["target"] is None or event["target"]["entity"] != "kr:geonames:703448"
    assert event["place"] is not None and event["place"]["name"] == "Kyiv"


@pytest.fixture(scope="module")
def article_events(nlp) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    article = read_text((ROOT / "examples/000_393fbd76b15ab987.txt").read_text())
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    doc = nlp(doc)
    return doc._.events, {"doc": doc}


def _at(events: list[dict[str, Any]], trigger: str) -> dict[str, Any]:
    found = [e for e in events if trigger in e["trigger"]["text"]]
    assert found, [e["trigger"]["text"] for e in events]
    return found[0]


def test_founding_article(article_events) -> None:
    events, _ = article_events
    build_up = _at(events, "klaarstaan")
    assert build_up["type"] == "MOBILIZE" and build_up["modality"] == "asserted"
    assert (country(build_up["source"]), country(build_up["target"])) == ("RUS", "UKR")
    assert build_up["quantities"] == [0]
    talks = _at(events, "gesprekken")
    assert talks["type"] == "CONSULT" and talks["modality"] == "asserted"
    assert {country(talks["source"]), country(talks["target"])} == {"USA", "RUS"}
    deployment = _at(events, "gestuurd")
    assert deployment["type"] == "MOBILIZE" and deployment["modality"] == "hypothetical"
    assert country(deployment["source"]) == "USA"
    assert deployment["source"]["how"] == "previous sentence"
    threat = _at(events, "dreiging")
    assert threat["type"] == "THREATEN" and threat["source"]["entity"] == "Q7747"
    assert country(threat["target"]) == "UKR"
    nato = _at(events, "versterkt")
    assert nato["modality"] == "conditional" and nato["source"]["entity"] == "Q7184"
    assert country(nato["target"]) == "RUS"
    recall = _at(events, "terug te roepen")
    assert recall["type"] == "RETREAT" and recall["modality"] == "asserted"
    assert recall["source"]["entity"] == "kr:us_state_department"
    assert not [e for e in events if e["type"] == "ASSAULT" and e["modality"] == "asserted"
                and "invasie" in e["trigger"]["text"]]
    assert {e["modality"] for e in events if "invasie" in e["trigger"]["text"]} == {"feared"}


def test_events_validate_against_the_schema(article_events) -> None:
    events, _ = article_events
    validator = jsonschema.Draft202012Validator(
        {"$defs": SCHEMA["$defs"], "type": "array", "items": {"$ref": "#/$defs/event"}})
    validator.validate(json.loads(json.dumps(events)))


def test_unresolved_pronoun_is_an_actor(nlp) -> None:
    event = one(run(nlp, "Hij eist dat de regering de boeren schadeloos stelt."), "REQUEST")
    assert event["source"] is not None and event["source"]["text"] == "Hij"


def test_passive_with_zijn(nlp) -> None:
    event = one(run(nlp, "De journalist is vorige week ontvoerd door rebellen."), "ASSAULT")
    assert event["source"]["text"] == "rebellen"
    assert "journalist" in event["target"]["text"]


def test_possessive_refers_to_the_subject(nlp) -> None:
    event = one(run(nlp, "Zij betuigde haar steun aan de stakers."), "SUPPORT")
    assert event["source"]["text"] == "Zij"
    assert "stakers" in event["target"]["text"]


def test_nominalized_infinitive(nlp) -> None:
    event = one(run(nlp, "Door het aftreden van de minister ontstond een crisis."), "CONCEDE")
    assert "minister" in event["source"]["text"]


def test_condition_inside_a_complement_is_not_the_threats(nlp) -> None:
    found = run(nlp, "De premier herhaalde zijn dreigement, dat hij zou aftreden als de "
                     "coalitie de begroting afwijst.")
    threat = one(found, "THREATEN")
    assert threat["modality"] == "asserted"
    assert "premier" in threat["source"]["text"]


def test_two_objects_and_no_subject(nlp) -> None:
    event = one(run(nlp, "Volgens de krant heeft het leger de stad aangevallen."), "ASSAULT")
    assert event["modality"] == "reported"
    assert event["source"]["text"] == "het leger"
    assert event["target"] is None


def test_agentless_passive_takes_the_agent_of_the_sentence_before(nlp) -> None:
    text = ("De Britse regering heeft woensdag een besluit genomen. "
            "Er worden tweehonderd soldaten naar Estland gestuurd.")
    event = one(run(nlp, text), "MOBILIZE")
    assert country(event["source"]) == "GBR"
    assert event["source"]["how"] == "previous sentence"


def test_no_implicit_agent_across_a_paragraph_break(nlp) -> None:
    text = ("De Britse regering heeft woensdag een besluit genomen.\n\n"
            "Er worden tweehonderd soldaten naar Estland gestuurd.")
    assert one(run(nlp, text), "MOBILIZE")["source"] is None


def test_extraposed_relative_clause_refers_to_the_coordination(nlp) -> None:
    text = ("De rebellen hebben zaterdag 62 agenten en militairen vrijgelaten die jarenlang "
            "waren gegijzeld.")
    hostage = one(run(nlp, text), "ASSAULT")
    assert hostage["target"] is not None and "agenten" in hostage["target"]["text"]


def test_financial_support_is_aid(nlp) -> None:
    event = one(run(nlp, "Japan geeft Oekraïne financiële steun."), "AID")
    assert event["mode"] == "economic"
    assert country(event["source"]) == "JPN"


def test_kidnapping_counts_in_a_sports_story(nlp) -> None:
    text = "Het toernooi werd afgelast na de ontvoering van de voorzitter van de voetbalbond."
    assert one(run(nlp, text), "ASSAULT")["mode"] == "abduct"


def test_warning_is_aimed_at_the_subject_of_its_complement(nlp) -> None:
    event = one(run(nlp, "Iran waarschuwde gisteren dat Israël met vuur speelt."), "THREATEN")
    assert (country(event["source"]), country(event["target"])) == ("IRN", "ISR")


def test_threat_is_aimed_at_the_subject_of_its_condition(nlp) -> None:
    text = "De premier dreigde af te treden als de oppositie de wet niet zou steunen."
    event = one(run(nlp, text), "THREATEN")
    assert event["modality"] == "asserted"
    assert event["target"] is not None and "oppositie" in event["target"]["text"]


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("De Nederlandse regering roept Israël op tot terughoudendheid.", "REQUEST", "NLD", "ISR"),
    ("China beschuldigt de Verenigde Staten van spionage.", "ACCUSE", "CHN", "USA"),
    ("De Verenigde Staten hebben nieuwe sancties tegen Iran aangekondigd.", "SANCTION", "USA",
     "IRN"),
    ("Polen sluit de grens met Wit-Rusland.", "COERCE", "POL", None),
    ("Noord-Korea heeft opnieuw een ballistische raket afgevuurd.", "MOBILIZE", "PRK", None),
    ("De Turkse autoriteiten hebben een Nederlandse journalist opgepakt.", "COERCE", "TUR",
     "NLD"),
    ("Rusland heeft de Nederlandse ambassadeur ontboden.", "ACCUSE", "RUS", "NLD"),
    ("Duitsland heeft besloten geen Taurus-raketten aan Oekraïne te leveren.", "AID", "DEU",
     "UKR"),
    ("In 1938 annexeerde Duitsland Oostenrijk.", "ASSAULT", "DEU", "AUT"),
    ("De Volkenbond legde Italië sancties op na de inval in Ethiopië.", "SANCTION", None,
     "ITA"),
    ("China dreigt Taiwan met militair geweld.", "THREATEN", "CHN", "TWN"),
    ("De VS riepen Israël op de aanvallen stop te zetten.", "REQUEST", "USA", "ISR"),
    ("Iran houdt twee Franse journalisten vast.", "COERCE", "IRN", "FRA"),
    ("Het Oekraïense leger meldde dat twintig Russische soldaten gevangen zijn genomen.",
     "COERCE", None, "RUS"),
    ("De Sovjet-Unie sloot in 1939 een niet-aanvalsverdrag met nazi-Duitsland.", "AGREE",
     "SUN", "DEU"),
    ("Oostenrijk-Hongarije stelde Servië in 1914 een ultimatum.", "THREATEN", None, "SRB"),
    ("De Verenigde Staten wierpen in 1945 een atoombom op Hiroshima.", "ASSAULT", "USA",
     "JPN"),
    ("In 1962 plaatste de Sovjet-Unie kernraketten op Cuba.", "MOBILIZE", "SUN", None),
    ("Strijders van Hamas vielen Israël aan.", "ASSAULT", "PSE", "ISR"),
    ("Militairen van Rusland vielen Oekraïne aan.", "ASSAULT", "RUS", "UKR"),
    # a name the tagger took for an adverb is still the subject
    ("Biden belooft Oekraïne te blijven steunen zolang het nodig is.", "AGREE", "USA", "UKR"),
    ("De EU heeft een veertiende sanctiepakket tegen Rusland aangenomen.", "SANCTION", "IGO",
     "RUS"),
    # the second participle shares the first one's auxiliary and subject
    ("Duitsland heeft de Russische ambassadeur ontboden en twee diplomaten uitgewezen.",
     "SANCTION", "DEU", None),
])
def test_common_news_sentences(nlp, text: str, type_: str, source: str,
                               target: str | None) -> None:
    event = one(run(nlp, text), type_)
    assert country(event["source"]) == source
    assert country(event["target"]) == target


def test_agreement_of_a_coordinated_subject(nlp) -> None:
    text = "Servië en Kosovo hebben een overeenkomst gesloten over hun betrekkingen."
    event = one(run(nlp, text), "AGREE")
    assert {country(m) for m in event["source"]["members"]} == {"SRB", "XKX"}


def test_strengthening_cooperation_is_no_build_up(nlp) -> None:
    events = run(nlp, "Beide landen willen hun samenwerking op het gebied van defensie "
                      "versterken.")
    assert [e["type"] for e in events] == ["COOPERATE"]


def test_a_union_threatens_a_strike(nlp) -> None:
    text = "De vakbonden dreigen met een landelijke staking als het kabinet niet ingrijpt."
    threat = one(run(nlp, text), "THREATEN")
    assert threat["source"]["sector"] == "LAB"
    assert "kabinet" in threat["target"]["text"]


def test_weapons_of_a_country_make_it_the_attacker(nlp) -> None:
    event = one(run(nlp, "Kiev werd zondag aangevallen met Russische raketten."), "ASSAULT")
    assert country(event["source"]) == "RUS"
    assert event["source"]["how"] == "instrument"
    assert event["target"]["text"] == "Kiev"


@pytest.mark.parametrize(("text", "type_", "mode"), [
    ("Minister Bruins heeft zijn ontslag ingediend.", "CONCEDE", "resign"),
    ("De president werd afgezet door het leger.", "COERCE", None),
    ("De Verenigde Naties hebben hulpgoederen naar Gaza gestuurd.", "AID", "humanitarian"),
    ("Boeren blokkeerden met trekkers de snelwegen.", "PROTEST", "blockade"),
    ("Honderden klimaatactivisten bezetten de A12.", "PROTEST", "demonstrate"),
    ("Het personeel van Schiphol legt het werk neer.", "PROTEST", "strike"),
    ("Rusland heeft de uitvoer van graan via de Zwarte Zee geblokkeerd.", "COERCE",
     "blockade"),
    ("Het Kremlin heeft de beschuldigingen van de hand gewezen.", "REJECT", "deny"),
    ("Biden heeft Netanyahu gebeld over de situatie in Gaza.", "CONSULT", "phone"),
    ("De president heeft gratie verleend aan de oppositieleider.", "RETREAT", "release"),
    ("De politie schoot een verdachte dood.", "ASSAULT", "firearms"),
    ("Een Duitse onderzeeër torpedeerde in 1915 de Lusitania.", "ASSAULT", "artillery"),
    ("Hongarije torpedeerde het voorstel van de Commissie.", "REJECT", "proposal"),
    ("Het Japanse leger gaf zich in augustus 1945 over.", "CONCEDE", "accede"),
    ("Israëlische vliegtuigen hebben een Syrische radarpost vernietigd.", "ASSAULT", "aerial"),
])
def test_trigger_modes(nlp, text: str, type_: str, mode: str | None) -> None:
    event = one(run(nlp, text), type_)
    assert event["mode"] == mode
    assert event["source"] is not None


@pytest.mark.parametrize(("text", "type_", "source"), [
    ("De Verenigde Staten en China hebben hun handelsgesprekken hervat.", "CONSULT", "USA"),
    ("Het leger heeft het vuur geopend op demonstranten.", "ASSAULT", None),
    ("Zweden heeft het lidmaatschap van de NAVO aangevraagd.", "REQUEST", "SWE"),
    ("De Oekraïense strijdkrachten heroverden het dorp.", "ASSAULT", "UKR"),
    ("De regering heeft de noodtoestand afgekondigd.", "COERCE", None),
    ("De burgemeester heeft een noodverordening afgekondigd.", "COERCE", None),
    ("Engeland garandeerde de onafhankelijkheid van Polen.", "AGREE", "GBR"),
    ("De Nederlandse marine onderschepte een schip met wapens.", "COERCE", "NLD"),
    ("Het Rode Kruis heeft hulpgoederen afgeleverd in de getroffen regio.", "AID", None),
])
def test_more_news_triggers(nlp, text: str, type_: str, source: str | None) -> None:
    event = one(run(nlp, text), type_)
    assert event["source"] is not None
    if source:
        members = event["source"].get("members") or [event["source"]]
        assert source in {m["country"] for m in members}


def test_arrest_in_the_perfect(nlp) -> None:
    text = "Het Openbaar Ministerie heeft twee verdachten aangehouden na de schietpartij."
    arrest = one(run(nlp, text), "COERCE")
    assert "Ministerie" in arrest["source"]["text"]
    assert "verdachten" in arrest["target"]["text"]


def test_consultation_with_a_light_verb_in_the_perfect(nlp) -> None:
    text = "Premier Rutte heeft maandag overleg gevoerd met de Belgische premier De Croo."
    talks = one(run(nlp, text), "CONSULT")
    assert "Rutte" in talks["source"]["text"]
    assert "Croo" in talks["target"]["text"]


def test_the_one_called_upon_is_the_subject_of_the_infinitive(nlp) -> None:
    events = run(nlp, "Zelensky riep het Westen op meer luchtafweer te leveren.")
    assert "Westen" in one(events, "REQUEST")["target"]["text"]
    assert "Westen" in one(events, "AID")["source"]["text"]


def test_relative_pronoun_refers_to_the_nearest_actor(nlp) -> None:
    text = "Het kwam tot enkele schermutselingen met de politie, die vier mensen aanhield."
    arrest = one(run(nlp, text), "COERCE")
    assert arrest["source"]["sector"] == "COP"


def test_declaring_war(nlp) -> None:
    text = "Frankrijk en het Verenigd Koninkrijk verklaarden Duitsland de oorlog."
    war = one(run(nlp, text), "ASSAULT")
    assert {m["country"] for m in war["source"]["members"]} == {"FRA", "GBR"}
    assert country(war["target"]) == "DEU"


@pytest.mark.parametrize(("text", "type_", "mode"), [
    ("De Duitse troepen trokken op 10 mei 1940 België binnen.", "ASSAULT", "occupy"),
    ("De Vlaamse partijen verzetten zich tegen het voorstel.", "REJECT", None),
    ("De CVP stemde tegen de begroting.", "REJECT", "proposal"),
    ("Het leger sloeg de opstand neer.", "COERCE", "repress"),
    ("De socialisten riepen op tot een algemene staking.", "REQUEST", "appeal"),
    ("De partij werd in 1940 verboden door de bezetter.", "COERCE", "repress"),
])
def test_history_and_parliament(nlp, text: str, type_: str, mode: str | None) -> None:
    event = one(run(nlp, text), type_)
    assert event["mode"] == mode
    assert event["source"] is not None


def test_aid_in_a_compound(nlp) -> None:
    event = one(run(nlp, "De Verenigde Staten verleenden Nederland Marshallhulp."), "AID")
    assert (country(event["source"]), country(event["target"])) == ("USA", "NLD")


def test_condemnation_of_a_compound_attack(nlp) -> None:
    event = one(run(nlp, "Arafat veroordeelde de zelfmoordaanslag in Tel Aviv."), "ACCUSE")
    assert event["source"]["text"] == "Arafat"


def test_threat_with_an_object(nlp) -> None:
    event = one(run(nlp, "De EU dreigt Israël met economische sancties."), "THREATEN")
    assert country(event["target"]) == "ISR"


def test_refusal_and_continuing_violence(nlp) -> None:
    events = run(nlp, "Sharon weigert te onderhandelen zolang het geweld aanhoudt.")
    assert [(e["type"], e["modality"]) for e in events] == [("CONSULT", "denied")]


def test_victim_of_a_zijn_passive_tagged_as_infinitive(nlp) -> None:
    event = one(run(nlp, "Een 25-jarige man is gisteravond in Rotterdam doodgestoken."),
                "ASSAULT")
    assert event["source"] is None and "man" in event["target"]["text"]


def test_expelled_ambassador_is_the_target(nlp) -> None:
    event = one(run(nlp, "Turkije heeft de Nederlandse ambassadeur uitgewezen."), "SANCTION")
    assert (country(event["source"]), country(event["target"])) == ("TUR", "NLD")


def test_stones_thrown_at_the_police(nlp) -> None:
    event = one(run(nlp, "De demonstranten gooiden stenen naar de politie."), "ASSAULT")
    assert event["target"]["sector"] == "COP"


@pytest.mark.parametrize(("text", "modality"), [
    ("Het bezoek van de paus aan Cuba werd uitgesteld.", "planned"),
    ("Het bezoek van de paus aan Cuba werd afgelast.", "denied"),
])
def test_postponed_and_cancelled_visits_are_no_facts(nlp, text: str, modality: str) -> None:
    assert one(run(nlp, text), "CONSULT")["modality"] == modality


@pytest.mark.parametrize(("text", "type_", "mode", "source"), [
    ("Peking reageerde met tegenmaatregelen op Amerikaanse landbouwproducten.", "SANCTION",
     "sanctions", None),
    ("Het Franse leger beëindigt zijn missie in Mali.", "RETREAT", "troops", "FRA"),
    ("Japan stelt 500 miljoen dollar beschikbaar voor de wederopbouw van Oekraïne.", "AID",
     "economic", "JPN"),
    ("Duitsland levert luchtafweersystemen aan Oekraïne.", "AID", "military", "DEU"),
    ("Griekenland heeft een Turks vrachtschip tegengehouden.", "COERCE", "seize", "GRC"),
    ("De Amerikaanse president sprak telefonisch met de Chinese leider.", "CONSULT", "phone",
     "USA"),
    ("Canada schort de wapenexport naar Israël op.", "SANCTION", "sanctions", "CAN"),
    ("Nederland sluit zijn ambassade in Moskou.", "SANCTION", "relations", "NLD"),
    ("De Europese Commissie heeft Polen voor het Europees Hof gedaagd.", "ACCUSE", "sue", None),
    ("China heeft de export van gallium en germanium aan banden gelegd.", "SANCTION",
     "sanctions", "CHN"),
    ("De Verenigde Staten verbieden de verkoop van geavanceerde chips aan China.", "SANCTION",
     "sanctions", "USA"),
    ("Rusland draaide de gaskraan naar Europa dicht.", "SANCTION", "suspend", "RUS"),
    ("Chinese hackers zijn binnengedrongen in de netwerken van het ministerie.", "COERCE",
     "cyber", "CHN"),
    ("De Marokkaanse koning ontving de Franse president in Rabat.", "CONSULT", "host", "MAR"),
    ("De Filipijnen protesteerden bij China tegen de aanvaring.", "ACCUSE", "criticize",
     "PHL"),
    ("De ME voerde charges uit op de demonstranten.", "COERCE", "repress", None),
    ("De Verenigde Staten heffen importtarieven op Chinese producten.", "SANCTION", "sanctions",
     "USA"),
    ("Rusland heeft de gaslevering aan Polen stopgezet.", "SANCTION", "suspend", "RUS"),
    ("De Wereldbank verleent Oekraïne een lening van een miljard dollar.", "AID", "economic",
     None),
    ("Venezuela heeft de Amerikaanse oliebedrijven genationaliseerd.", "COERCE", "seize", "VEN"),
    ("China heeft een exportverbod ingesteld op zeldzame metalen.", "SANCTION", "sanctions",
     "CHN"),
    ("Iran heeft een Britse tanker in beslag genomen.", "COERCE", "seize", "IRN"),
    ("Het Turkse leger voert operaties uit tegen Koerdische strijders.", "ASSAULT", "fight",
     "TUR"),
    ("Venezuela heeft de grens met Colombia heropend.", "CONCEDE", "ease", "VEN"),
    ("De lidstaten bereikten overeenstemming over het migratiepact.", "AGREE", None, None),
    ("Finland is toegetreden tot de NAVO.", "COOPERATE", None, "FIN"),
    ("Russische hackers hebben het netwerk van het ministerie van Defensie aangevallen.",
     "COERCE", "cyber", "RUS"),
    ("China heeft een cyberaanval uitgevoerd op Nederlandse bedrijven.", "COERCE", "cyber",
     "CHN"),
    ("De Verenigde Staten hebben Huawei op een zwarte lijst geplaatst.", "SANCTION",
     "sanctions", "USA"),
    ("China heeft de uitvoer van gallium en germanium beperkt.", "SANCTION", "sanctions",
     "CHN"),
    ("Griekenland heeft honderden migranten teruggestuurd naar Turkije.", "COERCE", "deport",
     "GRC"),
    ("Turkije opende de grens voor migranten naar Europa.", "CONCEDE", "ease", "TUR"),
])
def test_modes_and_sources(nlp, text: str, type_: str, mode: str | None,
                           source: str | None) -> None:
    # economic measures, bans, seizures, operations, accession, cyber, trade and migration
    event = one(run(nlp, text), type_)
    assert event["mode"] == mode and event["source"] is not None
    assert source is None or country(event["source"]) == source


def test_named_weapon_systems_are_forces(nlp) -> None:
    event = one(run(nlp, "Mogelijk stuurt Nederland F-16's naar Roemenië."), "MOBILIZE")
    assert (event["mode"], event["modality"], country(event["source"])) == (
        "weapons", "hypothetical", "NLD")


@pytest.mark.parametrize(("text", "type_", "modality"), [
    ("Poetin zei dat Rusland Oekraïne niet zal aanvallen.", "ASSAULT", "denied"),
    ("Duitsland wil Oekraïne geen tanks leveren.", "AID", "denied"),
])
def test_target_without_a_preposition(nlp, text: str, type_: str, modality: str) -> None:
    event = one(run(nlp, text), type_)
    assert event["modality"] == modality
    assert (country(event["source"]), country(event["target"])) in (("RUS", "UKR"),
                                                                    ("DEU", "UKR"))


def test_the_eu_extends_its_sanctions(nlp) -> None:
    event = one(run(nlp, "De EU verlengt de sancties tegen Rusland met zes maanden."),
                "SANCTION")
    assert (event["source"]["country"], country(event["target"])) == ("IGO", "RUS")


def test_ceasing_attacks_is_no_strike(nlp) -> None:
    text = "De Europese Unie heeft Rusland opgeroepen de aanvallen te staken."
    events = run(nlp, text)
    assert "PROTEST" not in {e["type"] for e in events}
    event = one(events, "CONCEDE")
    assert country(event["source"]) == "RUS"  # the one called upon stops
    strike = one(run(nlp, "De machinisten staken morgen opnieuw."), "PROTEST")
    assert strike["mode"] == "strike"


def test_object_after_a_finite_trigger(nlp) -> None:
    text = "De Filipijnen beschuldigen China ervan een schip te hebben geramd."
    event = one(run(nlp, text), "ACCUSE")
    assert (country(event["source"]), country(event["target"])) == ("PHL", "CHN")


def test_past_tense_tagged_as_a_noun(nlp) -> None:
    text = "Duizenden Israëliërs protesteerden zaterdag in Tel Aviv tegen de regering."
    event = one(run(nlp, text), "PROTEST")
    assert "Israëliërs" in event["source"]["text"]


def test_warning_not_to_deliver(nlp) -> None:
    text = "Het Witte Huis waarschuwde Iran geen wapens aan Rusland te leveren."
    event = one(run(nlp, text), "AID")
    assert event["modality"] == "denied"
    assert (country(event["source"]), country(event["target"])) == ("IRN", "RUS")


@pytest.mark.parametrize(("text", "type_", "source"), [
    ("Oekraïne heeft honderden kinderen uit Bachmoet geëvacueerd.", "RETREAT", "UKR"),
    ("Oekraïne vraagt om meer luchtafweer.", "REQUEST", "UKR"),
])
def test_a_name_before_the_finite_verb_is_its_subject(nlp, text: str, type_: str,
                                                      source: str) -> None:
    event = one(run(nlp, text), type_)
    assert country(event["source"]) == source
    assert event["target"] is None or country(event["target"]) != source


def test_a_call_for_a_strike_is_no_strike_yet(nlp) -> None:
    events = run(nlp, "De socialisten riepen op tot een algemene staking.")
    assert one(events, "PROTEST")["modality"] == "hypothetical"


def test_a_treaty_name_is_no_agreement(nlp) -> None:
    events = run(nlp, "Het Verdrag van Versailles legde Duitsland zware herstelbetalingen op.")
    assert "AGREE" not in {e["type"] for e in events}


def test_a_cabinet_named_after_its_leader_is_an_actor(nlp) -> None:
    event = one(run(nlp, "De regering-Theunis nam ontslag."), "CONCEDE")
    assert event["source"]["sector"] == "GOV"


@pytest.mark.parametrize(("text", "type_", "target"), [
    ("Nederland erkende in 2008 de onafhankelijkheid van Kosovo.", "SUPPORT", "XKX"),
    ("De Belgische regering verwierp het voorstel van Nederland.", "REJECT", "NLD"),
])
def test_the_owner_of_the_object_is_the_target(nlp, text: str, type_: str, target: str) -> None:
    assert country(one(run(nlp, text), type_)["target"]) == target


def test_requested_release_is_no_target_of_the_demand(nlp) -> None:
    event = one(run(nlp, "Frankrijk eist de vrijlating van de journalist."), "REQUEST")
    assert event["target"] is None


@pytest.mark.parametrize(("text", "type_", "sector"), [
    ("De rijkswacht chargeerde de betogers.", "COERCE", "COP"),
    ("Het verzet pleegde aanslagen op Duitse militairen.", "ASSAULT", "REB"),
])
def test_historical_actors(nlp, text: str, type_: str, sector: str) -> None:
    assert one(run(nlp, text), type_)["source"]["sector"] == sector


def test_a_storm_is_no_attack(nlp) -> None:
    assert run(nlp, "De storm verwoestte honderden huizen.") == []


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("Hezbollah vuurde tientallen raketten af op Israël.", "ASSAULT", None, "ISR"),
    ("De militaire junta in Niger heeft president Bazoum gevangengezet.", "COERCE", "NER",
     None),
    ("Frankrijk heeft zijn ambassadeur uit Niger teruggehaald.", "RETREAT", "FRA", None),
    ("Moskou heeft de Nederlandse militair attaché uitgewezen.", "SANCTION", None, "NLD"),
    ("De minister nam deel aan de NAVO-top in Vilnius.", "CONSULT", None, None),
    ("Nederland sloot zich aan bij de verklaring van de G7.", "SUPPORT", "NLD", None),
    ("Japan zegde Oekraïne 4,5 miljard dollar steun toe.", "AID", "JPN", "UKR"),
    ("De Verenigde Staten en China hervatten hun militaire contacten.", "CONSULT", "USA", None),
    ("De bezetting van het Ruhrgebied door Frankrijk leidde tot een crisis.", "ASSAULT",
     "FRA", None),
    ("Duitsland en Italië steunden Franco met troepen en vliegtuigen.", "AID", "DEU", None),
    ("Japan verliet in 1933 de Volkenbond.", "REJECT", "JPN", None),
    ("In 1934 werd bondskanselier Dollfuss vermoord door nazi's.", "ASSAULT", None, None),
])
def test_sources_and_targets(nlp, text: str, type_: str, source: str | None,
                             target: str | None) -> None:
    # coups, recalls, rockets, diplomacy and the interbellum
    event = one(run(nlp, text), type_)
    assert event["source"] is not None
    members = event["source"].get("members") or [event["source"]]
    assert source is None or source in {m["country"] for m in members}
    assert target is None or country(event["target"]) == target


def test_a_weather_warning_is_no_threat(nlp) -> None:
    assert run(nlp, "Het KNMI waarschuwde voor zware windstoten.") == []
    threat = one(run(nlp, "Noord-Korea waarschuwde voor een kernoorlog."), "THREATEN")
    assert country(threat["source"]) == "PRK"


def test_a_suspected_crime_is_reported(nlp) -> None:
    text = "De politie heeft een man aangehouden op verdenking van moord."
    events = run(nlp, text)
    assert one(events, "COERCE")["modality"] == "asserted"
    assert one(events, "ASSAULT")["modality"] == "reported"


def test_call_with_the_object_before_the_particle(nlp) -> None:
    text = "De Libanese premier Mikati riep beide partijen op de gevechten te staken."
    events = run(nlp, text)
    assert "partijen" in one(events, "REQUEST")["target"]["text"]
    assert "partijen" in one(events, "CONCEDE")["source"]["text"]


def test_the_country_of_what_is_attacked_is_the_target(nlp) -> None:
    text = "Israël heeft in de nacht van zaterdag op zondag opnieuw doelen in Libanon aangevallen."
    event = one(run(nlp, text), "ASSAULT")
    assert (country(event["source"]), country(event["target"])) == ("ISR", "LBN")


def test_exercises_around_a_country_aim_at_it(nlp) -> None:
    event = one(run(nlp, "China houdt grootschalige militaire oefeningen rond Taiwan."),
                "MOBILIZE")
    assert (country(event["source"]), country(event["target"])) == ("CHN", "TWN")


def test_call_upon_a_capital(nlp) -> None:
    text = "De Verenigde Staten riepen Peking op terughoudendheid te betrachten."
    event = one(run(nlp, text), "REQUEST")
    assert (country(event["source"]), country(event["target"])) == ("USA", "CHN")


def test_police_intervention_against_protesters(nlp) -> None:
    event = one(run(nlp, "De rijkswacht greep hardhandig in tegen de betogers."), "COERCE")
    assert event["source"]["sector"] == "COP" and "betogers" in event["target"]["text"]
    assert run(nlp, "Het kabinet moet ingrijpen in de woningmarkt.") == []


def test_promised_aid_is_planned(nlp) -> None:
    events = run(nlp, "Duitsland beloofde Oostenrijk militaire bijstand.")
    aid = one(events, "AID")
    assert (aid["mode"], aid["modality"]) == ("military", "planned")
    assert (country(aid["source"]), country(aid["target"])) == ("DEU", "AUT")
    assert one(events, "AGREE")["mode"] == "promise"


def test_a_region_of_one_country_stands_for_it(nlp) -> None:
    event = one(run(nlp, "Rusland annexeerde in 2014 de Krim."), "ASSAULT")
    assert (country(event["source"]), country(event["target"])) == ("RUS", "UKR")
    event = one(run(nlp, "Hezbollah vuurde raketten af op de Westelijke Jordaanoever."),
                "ASSAULT")
    assert country(event["target"]) == "PSE"


@pytest.mark.parametrize(("text", "type_", "mode", "source", "target"), [
    ("Duitsland stelt Rusland verantwoordelijk voor de aanslag.", "ACCUSE", "accuse", "DEU",
     "RUS"),
    ("Iran wees de beschuldigingen resoluut af.", "REJECT", "deny", "IRN", None),
    ("Rusland zette de Nederlandse journalist op een zwarte lijst.", "SANCTION", "sanctions",
     "RUS", "NLD"),
])
def test_blame_denial_and_blacklists(nlp, text: str, type_: str, mode: str, source: str,
                                     target: str | None) -> None:
    event = one(run(nlp, text), type_)
    assert (event["mode"], country(event["source"])) == (mode, source)
    assert target is None or country(event["target"]) == target


def test_a_separable_verb_is_not_its_bare_verb(nlp) -> None:
    # "uitspreken" is no "spreken" ("er is gesproken over": hypothetical)
    event = one(run(nlp, "Hongarije sprak zijn veto uit tegen nieuwe sancties."), "REJECT")
    assert event["modality"] == "asserted"


@pytest.mark.parametrize("text", [
    "Senna heeft me sinds 1984 enorm veel geholpen in mijn leven.",
    "Tussen de vrouwen ontspint zich een vreemde dialoog.",
    "Bij ons was de lijst snel klaar, aldus uittredend schepen Geo Peeters.",
    "De onderhandelingen dreigen te mislukken.",
    "Zij dreigde haar baan te verliezen.",
    "De trainer heeft drie spelers geschorst.",
    "Een Amerikaans onderzoek bracht aan het licht dat er ook nadelen zijn.",
    "De medereizigers bezetten alle plaatsen.",
    "De procedure kan veel tijd in beslag nemen.",
    "Onze mening werd niet eens gevraagd.",
    "De procedure dreigt lang uit te vallen.",
    "Op 28 december 1999 werd het gelanceerd tegen 99,69 euro.",
    "Veel erkende organisaties investeren hun middelen vooral in cultuur.",
    "Met deze regel dreigt de procedure te veel gebanaliseerd te worden.",
    "Vandersteen werkte samen met Hergé.",
    "Moeders smeken hun kinderen om weer naar huis te komen.",
    "Ze staan op de top van hun roem.",
    "Die advertenties beloven kandidaten een spannende loopbaan.",
    "Een lage inflatie zal de obligatierente ondersteunen.",
    "Stiptheid is een van de voornaamste prestaties van de vervoersovereenkomst.",
    "Zij hield haar dochter stevig vast.",
    "De roodharige advocate Miranda laat haar agenda wat los.",
    "De visser heeft een grote snoek gevangen.",
    "De school verbiedt de verkoop van frisdrank.",
    "De loodgieter draaide de kraan dicht.",
    "Het Nederlands elftal zette in de tweede helft een aanval op.",
    "De rechterknie van de tennisster protesteerde na de wedstrijd.",
    "Hij stuurde twintig schilderijen naar het salon in Brussel.",
    "Het weer was zondag zonnig en warm.",
])
def test_sentences_without_a_political_event(nlp, text: str) -> None:
    # football attacks, a protesting knee, paintings sent, the weather, private help and
    # talk, outgoing aldermen, danger ("dreigt te mislukken"), sports suspensions, studies,
    # seats, time, dates, adjectives, artists, mothers, fame, advertisements, bond yields,
    # business contracts, holding a child, letting go, fishing, school rules and plumbing
    assert run(nlp, text) == []


def test_shared_intelligence(nlp) -> None:
    event = one(run(nlp, "De Verenigde Staten delen inlichtingen met Oekraïne."), "COOPERATE")
    assert event["mode"] == "intelligence"
    assert (country(event["source"]), country(event["target"])) == ("USA", "UKR")
    assert run(nlp, "Ik deel mijn lunch met mijn collega.") == []


def test_a_number_parsed_as_the_head_passes_on_what_it_counts(nlp) -> None:
    event = one(run(nlp, "Boko Haram heeft tientallen schoolmeisjes ontvoerd in Nigeria."),
                "ASSAULT")
    assert event["mode"] == "abduct" and "schoolmeisjes" in event["target"]["text"]


def test_a_threat_to_attack_is_still_a_threat(nlp) -> None:
    events = run(nlp, "Rusland dreigt Oekraïne aan te vallen.")
    threat = one(events, "THREATEN")
    assert (country(threat["source"]), country(threat["target"])) == ("RUS", "UKR")
    assert one(events, "ASSAULT")["modality"] == "hypothetical"


def test_a_teachers_request_is_no_political_event(nlp) -> None:
    assert run(nlp, "De docent vroeg de leerlingen hun huiswerk in te leveren.") == []
    event = one(run(nlp, "Oekraïne vraagt om meer luchtafweer."), "REQUEST")
    assert country(event["source"]) == "UKR"


@pytest.mark.parametrize(("text", "type_", "mode"), [
    ("De Oekraïense troepen sloegen de Russische aanval af.", "ASSAULT", "fight"),
    ("Zelensky sloeg het aanbod van Poetin af.", "REJECT", "proposal"),
])
def test_repelled_attacks_and_refused_offers(nlp, text: str, type_: str, mode: str) -> None:
    event = next(e for e in run(nlp, text) if e["type"] == type_ and e["mode"] == mode)
    assert event["source"] is not None
    if type_ == "REJECT":  # the offer's owner is the target
        assert (country(event["source"]), country(event["target"])) == ("UKR", "RUS")


def test_a_demand_with_a_passive_clause_stays(nlp) -> None:
    text = "Hij eist dat hij naar een andere gevangenis wordt overgeplaatst."
    assert one(run(nlp, text), "REQUEST")["modality"] == "asserted"


def test_blocked_supplies_and_prevented_crimes(nlp) -> None:
    event = one(run(nlp, "Israël heeft de aanvoer van brandstof naar Gaza geblokkeerd."),
                "COERCE")
    assert (event["mode"], country(event["source"])) == ("blockade", "ISR")
    events = run(nlp, "Het hof beval Israël genocide te voorkomen.")
    assert all(e["modality"] != "asserted" for e in events if e["type"] == "ASSAULT")


@pytest.mark.parametrize(("text", "type_", "role", "entity"), [
    # the subject of the sentence before wins over a later name of the same kind
    ("Rusland zet troepen in aan de grens met Oekraïne. Het land ontkent dat het een "
     "inval plant.", "REJECT", "source", "Q159"),
    ("Hamas vuurde raketten af op Israël. De beweging eiste de vrijlating van gevangenen.",
     "REQUEST", "source", "kr:hamas"),
    ("De Amerikaanse president sprak met de NAVO. Het bondgenootschap stuurt extra "
     "troepen naar Polen.", "MOBILIZE", "source", "Q7184"),
])
def test_a_definite_description_refers_back(nlp, text: str, type_: str, role: str,
                                             entity: str) -> None:
    actor = one(run(nlp, text), type_)[role]
    assert actor["how"] == "description"
    assert actor["entity"] == entity
    assert actor["text"].lower() in text.lower()


@pytest.mark.parametrize(("text", "type_", "role"), [
    ("Israël viel het land binnen.", "ASSAULT", "target"),  # no earlier clause
    ("De Russische staat dreigt Oekraïne met een inval.", "THREATEN", "source"),  # its own
    ("Hamas vuurde raketten af. De partij eiste de vrijlating van gevangenen.",
     "REQUEST", "source"),  # an armed group is no party
])
def test_a_description_without_a_fitting_earlier_name(nlp, text: str, type_: str,
                                                      role: str) -> None:
    actor = one(run(nlp, text), type_)[role]
    assert actor is None or actor["how"] != "description"


def test_the_sides_of_a_conflict_are_no_political_parties(nlp) -> None:
    event = one(run(nlp, "De VN roept de strijdende partijen op tot een staakt-het-vuren."),
                "REQUEST")
    assert event["target"]["text"] == "de strijdende partijen"
    assert event["target"]["sector"] is None
    event = one(run(nlp, "De partijen in de Tweede Kamer steunen het voorstel."), "SUPPORT")
    assert event["source"]["sector"] == "PTY"


def test_expelled_diplomats_not_the_country_they_leave(nlp) -> None:
    event = one(run(nlp, "Nederland zet twee Russische diplomaten het land uit wegens "
                         "spionage."), "SANCTION")
    assert event["mode"] == "expel"
    assert (country(event["source"]), country(event["target"])) == ("NLD", "RUS")


def test_a_compound_noun_tagged_as_a_verb_is_still_a_trigger(nlp) -> None:
    text = "Het Amerikaanse ministerie van Handel heeft importheffingen op Chinees staal ingevoerd."
    event = one(run(nlp, text), "SANCTION")
    assert event["trigger"]["text"] == "importheffingen"
    assert country(event["target"]) == "CHN"


def test_a_terminated_agreement_and_a_suicide_are_no_facts(nlp) -> None:
    events = run(nlp, "Rusland heeft het graanakkoord opgezegd.")
    assert one(events, "REJECT")["modality"] == "asserted"
    assert one(events, "AGREE")["modality"] == "denied"
    assert run(nlp, "De voortvluchtige verdachte heeft zelfmoord gepleegd.") == []


def test_claiming_responsibility_is_no_demand(nlp) -> None:
    events = run(nlp, "Hezbollah heeft verantwoordelijkheid opgeëist voor de aanval.")
    assert all(e["type"] != "REQUEST" for e in events)
    event = one(run(nlp, "De betogers eisen de vrijlating van de journalist op."), "REQUEST")
    assert event["mode"] == "demand"


def test_a_participle_tagged_as_a_noun_after_hebben(nlp) -> None:
    event = one(run(nlp, "De VS hebben hun ambassadeur in Niger teruggeroepen voor overleg."),
                "RETREAT")
    assert (event["trigger"]["text"], country(event["source"])) == ("teruggeroepen", "USA")


def test_a_purpose_clause_is_intended_and_a_frigate_is_a_force(nlp) -> None:
    events = run(nlp, "Frankrijk stuurde een fregat naar Libanon om Franse burgers te "
                      "evacueren.")
    assert one(events, "MOBILIZE")["modality"] == "asserted"
    evacuation = one(events, "RETREAT")
    assert (evacuation["modality"], country(evacuation["source"])) == ("planned", "FRA")


def test_the_country_of_an_attack_on_the_verb_is_the_target(nlp) -> None:
    event = one(run(nlp, "Israël heeft dinsdag opnieuw doelen in Libanon aangevallen."),
                "ASSAULT")
    assert (country(event["source"]), country(event["target"])) == ("ISR", "LBN")
    assert (event["target"]["how"], event["place"]["text"]) == ("place", "Libanon")
    event = one(run(nlp, "Het Israëlische leger heeft doelen in het zuiden van Libanon "
                         "gebombardeerd."), "ASSAULT")
    assert (country(event["target"]), event["place"]["text"]) == ("LBN", "Libanon")
    event = one(run(nlp, "De Russische politie heeft in Moskou tientallen betogers "
                         "gearresteerd."), "COERCE")
    assert country(event["target"]) != "RUS"  # a city of its own country is no target


def test_an_accused_act_is_alleged_and_done_by_the_accused(nlp) -> None:
    events = run(nlp, "Congo beschuldigt buurland Rwanda ervan de rebellen te steunen met "
                      "wapens en troepen.")
    assert (country(one(events, "ACCUSE")["source"]), one(events, "ACCUSE")["modality"]) == (
        "COD", "asserted")  # "Congo" alone is DR Congo in Dutch news
    aid = one(events, "AID")
    assert (aid["modality"], country(aid["source"])) == ("reported", "RWA")


def test_a_call_for_sanctions_makes_them_hypothetical(nlp) -> None:
    events = run(nlp, "Hij riep de internationale gemeenschap op sancties op te leggen aan "
                      "Rwanda.")
    assert one(events, "REQUEST")["modality"] == "asserted"
    assert one(events, "SANCTION")["modality"] == "hypothetical"


def test_a_person_with_a_country_title_is_the_actor(nlp) -> None:
    event = one(run(nlp, "De Russische oppositieleider Kara-Moerza werd veroordeeld."),
                "ACCUSE")
    assert (event["target"]["entity"], country(event["target"])) == ("kr:per:kara-moerza",
                                                                     "RUS")


def test_a_number_with_what_it_counts_as_a_flat_name(nlp) -> None:
    event = one(run(nlp, "Duizenden leraren legden dinsdag het werk neer voor een hoger "
                         "salaris."), "PROTEST")
    assert event["source"]["sector"] == "EDU"


def test_what_is_negotiated_is_not_yet_agreed(nlp) -> None:
    events = run(nlp, "De Russische en Oekraïense delegaties kwamen bijeen in Istanbul en "
                      "onderhandelden over een staakt-het-vuren.")
    assert one(events, "AGREE")["modality"] == "hypothetical"


def test_an_actor_noun_of_an_organization(nlp) -> None:
    event = one(run(nlp, "Een Amerikaanse drone heeft een leider van Al-Qaida gedood."),
                "ASSAULT")
    assert (event["target"]["entity"], event["target"]["sector"]) == ("kr:al_qaeda", "INS")


@pytest.mark.parametrize(("text", "type_", "modality"), [
    ("Rusland sluit niet uit dat het kernwapens inzet.", "MOBILIZE", "hypothetical"),
    ("Rusland sluit uit dat het kernwapens inzet.", "MOBILIZE", "denied"),
    ("Naar verluidt heeft Iran drones aan Rusland geleverd.", "AID", "reported"),
    ("Het is onduidelijk of Noord-Korea troepen naar Rusland heeft gestuurd.", "MOBILIZE",
     "hypothetical"),
    ("De vraag is of Israël Rafah zal binnenvallen.", "ASSAULT", "hypothetical"),
    ("Er zijn geen aanwijzingen dat Rusland troepen terugtrekt.", "RETREAT", "denied"),
    # what is blocked or stopped is not given; what a blockade follows stays a fact
    ("Hongarije blokkeert steun aan Oekraïne.", "SUPPORT", "denied"),
    ("De VS hebben de militaire hulp aan Oekraïne stopgezet.", "AID", "denied"),
    ("Boeren blokkeerden de snelweg na de aanval op een boer.", "ASSAULT", "asserted"),
    # what a proposal or a deal says is not done yet
    ("Er ligt een voorstel op tafel waarin Hamas dertig gijzelaars vrijlaat.", "RETREAT",
     "hypothetical"),
    ("Het akkoord waarbij Rusland zijn troepen terugtrekt, werd gisteren getekend.", "RETREAT",
     "planned"),
])
def test_doubt_rumour_and_ruling_out(nlp, text: str, type_: str, modality: str) -> None:
    assert one(run(nlp, text), type_)["modality"] == modality


def test_talks_to_be_held(nlp) -> None:
    event = one(run(nlp, "Blinken zal in Doha gesprekken voeren over de gijzelaars."), "CONSULT")
    assert (event["modality"], country(event["source"])) == ("planned", "USA")


def test_het_refers_to_the_country_named_before(nlp) -> None:
    event = one(run(nlp, "Rusland zegt dat het geen troepen naar de grens stuurt."), "MOBILIZE")
    assert (event["modality"], event["source"]["entity"], event["source"]["how"]) == (
        "denied", "Q159", "pronoun")
    event = one(run(nlp, "Hij zei dat het leger de stad zal aanvallen."), "ASSAULT")
    assert event["source"]["text"] == "het leger"  # an article, not a pronoun


def test_a_name_under_the_object_is_the_subject_of_a_verb_final_clause(nlp) -> None:
    event = one(run(nlp, "Er ligt een voorstel op tafel waarin Hamas dertig gijzelaars "
                         "vrijlaat."), "RETREAT")
    assert (event["source"]["entity"], event["target"]["text"]) == ("kr:hamas",
                                                                    "dertig gijzelaars")


@pytest.mark.parametrize(("text", "mode", "modality"), [
    ("Navalny werd in 2020 vergiftigd met novitsjok.", "physical", "asserted"),
    ("De vergiftiging van Navalny wordt toegeschreven aan de FSB.", "physical", "asserted"),
    ("Volgens Zweden was de explosie bij de Nord Stream-pijpleiding sabotage.", "explosives",
     "reported"),
])
def test_poisonings_and_sabotage(nlp, text: str, mode: str, modality: str) -> None:
    event = one(run(nlp, text), "ASSAULT")
    assert (event["mode"], event["modality"]) == (mode, modality)
    if "Navalny" in text:  # the one poisoned is the target, also in "van Navalny"
        assert event["target"]["text"] == "Navalny"

