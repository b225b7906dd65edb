"""The bundled knowledge base: counts, lookups, adjectives and terms of office."""

from __future__ import annotations

from datetime import date

import pytest

from kroniek.kb import KnowledgeBase, load_kb, normalize_alias, possessive_candidates


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def names(entities: list) -> list[str]:
    return [e.name for e in entities]


def test_counts(kb: KnowledgeBase) -> None:
    countries = kb.countries()
    assert len(countries) >= 249
    assert all(len(c.alpha2) == 2 and len(c.alpha3) == 3 for c in countries)
    assert sum(1 for _ in kb.of_type("PER")) >= 400
    organizations = [e for e in kb.of_type("ORG") if e.country in ("IGO", "NGO")]
    assert len(organizations) >= 60


def test_every_un_member_has_dutch_adjective_and_demonym(kb: KnowledgeBase) -> None:
    for code in ("USA", "RUS", "UKR", "NLD", "DEU", "FRA", "GBR", "CHN", "ZAF", "TUV"):
        country = kb.country(code)
        assert country is not None and country.adjectives_nl and country.demonyms_nl
    assert sum(1 for c in kb.countries() if c.adjectives_nl) >= 193


def test_normalize_alias() -> None:
    assert normalize_alias("  Oekraïne ") == normalize_alias("oekraine") == "oekraine"
    assert normalize_alias("Von  der\tLeyen") == "von der leyen"
    assert normalize_alias("Biden’s") == normalize_alias("Biden's")


def test_possessive_candidates() -> None:
    assert possessive_candidates("Poetins") == ["Poetins", "Poetin"]
    assert possessive_candidates("Biden's") == ["Biden's", "Biden"]


@pytest.mark.parametrize("alias", ["Poetin", "Putin", "Poutine", "Vladimir Poetin"])
def test_putin_spellings(kb: KnowledgeBase, alias: str) -> None:
    assert names(kb.lookup(alias)) == ["Vladimir Putin"]


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("Zelenski", "Volodymyr Zelensky"),
        ("Zelenskyj", "Volodymyr Zelensky"),
        ("Lavrow", "Sergey Lavrov"),
        ("Sjojgoe", "Sergei Shoigu"),
        ("Schoigu", "Sergei Shoigu"),
        ("Medvedew", "Dmitry Medvedev"),
        ("Anthony Blinken", "Antony Blinken"),
        ("NAVO", "North Atlantic Treaty Organization"),
        ("Pentagon", "United States Department of Defense"),
        ("het Kremlin", "Kremlin (Russian presidency)"),
        ("Artsen zonder Grenzen", "Médecins Sans Frontières"),
        ("Veiligheidsraad", "United Nations Security Council"),
        ("CBS News", "CBS"),
    ],
)
def test_lookup_variants(kb: KnowledgeBase, alias: str, expected: str) -> None:
    assert expected in names(kb.lookup(alias))


def test_possessive_resolves_through_helper(kb: KnowledgeBase) -> None:
    found = [e.name for c in possessive_candidates("Poetins") for e in kb.lookup(c)]
    assert found == ["Vladimir Putin"]


def test_countries_by_name_adjective_and_demonym(kb: KnowledgeBase) -> None:
    assert [e.id for e in kb.lookup("Oekraïne")] == ["UKR"]
    assert [e.id for e in kb.lookup("Oekraine")] == ["UKR"]
    assert [e.id for e in kb.lookup("Amerikanen")] == ["USA"]
    assert kb.lookup("VS")[0].id == "USA"
    assert kb.country_by_adjective("Russische").id == "RUS"
    assert kb.country_by_adjective("Amerikaanse").id == "USA"
    assert kb.country_by_adjective("Oekraïens").id == "UKR"
    assert kb.country_by_adjective("Congolese") is None  # two Congos
    assert kb.country("ua").id == "UKR"
    assert kb.country("UKR").wikidata == "Q212"
    assert kb.country("XKX").name_nl == "Kosovo"


def test_england_is_part_of_the_uk(kb: KnowledgeBase) -> None:
    england = kb.lookup("Engeland")[0]
    assert (england.id, england.country, england.parent) == ("england", "GBR", "GBR")
    assert kb.lookup("Groot-Brittannië")[0].id == "GBR"


def test_regions_have_members(kb: KnowledgeBase) -> None:
    east = kb.lookup("Oost-Europa")[0]
    assert {"POL", "UKR", "RUS"} <= set(east.members)
    assert set(kb.lookup("de Baltische staten")[0].members) == {"EST", "LVA", "LTU"}
    assert "FRA" in kb.entities["europe"].members


@pytest.mark.parametrize(
    ("on", "expected"),
    [(date(2022, 1, 23), ["Joe Biden"]), (date(2018, 6, 1), ["Donald Trump"]),
     (date(2025, 6, 1), ["Donald Trump"]), (date(2016, 3, 1), ["Barack Obama"])],
)
def test_american_president_by_date(kb: KnowledgeBase, on: date, expected: list[str]) -> None:
    assert names(kb.resolve_role("president", "Amerikaanse", on)) == expected
    assert names(kb.holders("head_of_state", "USA", on)) == expected


def test_blinken_term(kb: KnowledgeBase) -> None:
    blinken = kb.lookup("Antony Blinken")[0]
    [term] = [t for t in blinken.terms if t.role == "foreign_minister"]
    assert (term.of, term.start, term.end) == ("USA", date(2021, 1, 26), date(2025, 1, 20))
    found = kb.resolve_role("minister van Buitenlandse Zaken", "Amerikaanse", date(2022, 1, 23))
    assert names(found) == ["Antony Blinken"]
    assert names(kb.holders("foreign_minister", "USA", date(2021, 1, 25))) == []


def test_role_nouns(kb: KnowledgeBase) -> None:
    assert kb.role_for_noun("premier") == "head_of_government"
    assert kb.role_for_noun("buitenlandminister") == "foreign_minister"
    assert kb.role_for_noun("defensieminister") == "defence_minister"
    assert kb.role_for_noun("president", "european_commission") == "chair"
    assert kb.role_for_noun("president", "IRN") == "head_of_government"
    on = date(2022, 1, 23)
    assert names(kb.resolve_role("kanselier", "Duitse", on)) == ["Olaf Scholz"]
    assert names(kb.resolve_role("president", "Russische", on)) == ["Vladimir Putin"]
    assert names(kb.resolve_role("secretaris-generaal", "NAVO", on)) == ["Jens Stoltenberg"]
    assert names(kb.resolve_role("defensieminister", "RUS", on)) == ["Sergei Shoigu"]


def test_canonical_ids(kb: KnowledgeBase) -> None:
    assert kb.lookup("Poetin")[0].canonical_id == "Q7747"
    assert kb.lookup("Bankova")[0].canonical_id == "kr:ua_presidency"


def test_states_of_the_past(kb: KnowledgeBase) -> None:
    assert [e.country for e in kb.lookup("Sovjet-Unie")] == ["SUN"]
    assert kb.country("SUN").name_nl == "Sovjet-Unie"
    assert [e.country for e in kb.lookup("nazi-Duitsland")] == ["DEU"]  # today's Germany
    assert [e.id for e in kb.by_adjective("Joegoslavische")] == ["yugoslavia"]
    assert {e.id for e in kb.lookup("Warschaupact")} == {"warsaw_pact"}
