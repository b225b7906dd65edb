"""The news tokenizer: Dutch numbers, quote marks, abbreviations, hyphenated names."""

from __future__ import annotations

import pytest
from spacy.language import Language


def words(nlp: Language, text: str) -> list[str]:
    return [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize("number", ["127.000", "1,5", "3,5%", "10.30", "2021-2022"])
def test_dutch_numbers_stay_one_token(nlp: Language, number: str) -> None:
    assert words(nlp, f"Het gaat om {number} stuks.") == ["Het", "gaat", "om", number, "stuks", "."]


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("‘", "’"), ("“", "”"), ("„", "”"), ('"', '"'), ("'", "'"), (",,", "''")],
)
def test_every_quote_mark_is_split_off(nlp: Language, opening: str, closing: str) -> None:
    text = f"{opening}We komen niet{closing}, zei ze. {opening}Nooit.{closing}"
    assert words(nlp, text) == [
        opening, "We", "komen", "niet", closing, ",", "zei", "ze", ".",
        opening, "Nooit", ".", closing,
    ]  # fmt: skip


@pytest.mark.parametrize("abbreviation", ["o.a.", "mr.", "dr.", "prof.", "bijv.", "i.p.v."])
def test_abbreviations_are_kept(nlp: Language, abbreviation: str) -> None:
    assert words(nlp, f"Er waren {abbreviation} twee sprekers.")[2] == abbreviation


def test_capitalized_abbreviation_at_sentence_start(nlp: Language) -> None:
    assert words(nlp, "Mr. Jansen en Dr. Smit")[:3] == ["Mr.", "Jansen", "en"]


@pytest.mark.parametrize("word", ["VS", "dat", "u", "top", "NAVO"])
def test_sentence_final_dot_after_ordinary_word(nlp: Language, word: str) -> None:
    assert words(nlp, f"Ze zagen {word}. Daarna niet.")[2:4] == [word, "."]


@pytest.mark.parametrize("name", ["Oost-Europa", "Jan-Peter", "Noord-Holland", "niet-essentieel"])
def test_hyphenated_words_are_kept(nlp: Language, name: str) -> None:
    assert name in words(nlp, f"Dat geldt voor {name}, zeggen ze.")


def test_founding_article_tokens(nlp: Language, article_paragraphs: list[str]) -> None:
    first = words(nlp, article_paragraphs[0])
    assert first[:6] == ["Rusland", "heeft", "meer", "dan", "127.000", "manschappen"]
    quote = words(nlp, article_paragraphs[1])
    assert quote[:2] == ["‘", "Terwijl"]
    assert quote[quote.index("afschrikking") + 1 : quote.index("afschrikking") + 3] == ["’", ","]
    assert "Oost-Europese" in words(nlp, article_paragraphs[3])


def test_sentence_rules_without_a_model() -> None:
    import spacy

    import kroniek.nlp  # noqa: F401  (registers the components)

    nlp = spacy.blank(
        "nl", config={"nlp": {"tokenizer": {"@tokenizers": "kroniek.nl_tokenizer.v1"}}}
    )
    rules = nlp.add_pipe("kroniek_sentence_rules")
    doc = rules(nlp.make_doc('Kop zonder punt\n\n‘Ja.’ Hij zei: "Nee." Klaar'))
    starts = {t.text: t.is_sent_start for t in doc}
    assert starts["\n\n"] is False
    assert starts["‘"] is True
    assert starts["Ja"] is False
    assert starts["’"] is False
    assert starts["Nee"] is False
    assert starts["Klaar"] is True  # a full stop, a closing quote, a capital


def test_sentence_rules_punctuation_and_empty_docs() -> None:
    import spacy

    import kroniek.nlp  # noqa: F401  (registers the components)

    config = {"nlp": {"tokenizer": {"@tokenizers": "kroniek.nl_tokenizer.v1"}}}
    nlp = spacy.blank("nl", config=config)
    rules = nlp.add_pipe("kroniek_sentence_rules")
    text = "Hij zei dat Rusland Kiev wil veroveren. Daarna niets\nNieuwe regel. en dr. Jansen"
    starts = {t.text: t.is_sent_start for t in rules(nlp.make_doc(text))}
    assert starts["Kiev"] is False
    assert starts["Daarna"] is True
    assert starts["Nieuwe"] is None  # after a line break the parser decides
    assert starts["en"] is None  # no capital: the parser decides
    assert starts["Jansen"] is None  # an abbreviation keeps its dot: no forced break
    for empty in ("", "’", "\n\n"):
        rules(nlp.make_doc(empty))


def test_rule_lemmatizer_tables() -> None:
    from kroniek.nlp.lemmatizer import DutchRuleLemmatizer

    lemmatizer = DutchRuleLemmatizer()
    lemmatizer._set_tables(
        {
            "lemma_rules": {"noun": [["en", ""]], "verb": [["de", "en"]]},
            "lemma_exc": {"verb": {"was": ["zijn"]}},
            "lemma_index": {"noun": ["boek"], "verb": ["zijn"]},
            "lemma_lookup": {},
        }
    )
    assert lemmatizer._rule_lemma("boeken", "noun") == "boek"
    assert lemmatizer._rule_lemma("was", "verb") == "zijn"
    assert lemmatizer._rule_lemma("xyz", "adv") == "xyz"
