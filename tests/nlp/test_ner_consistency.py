"""Article-level agreement of NER labels (kroniek_ner_consistency)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from kroniek.nlp.ner_consistency import NerConsistency


def _doc(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(spacy.blank("nl").vocab, words=words)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return NerConsistency()(doc)


def _ents(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_the_majority_label_wins() -> None:
    words = "Peres sprak . Peres lachte . Peres zweeg .".split()
    doc = _doc(words, [(0, 1, "PER"), (3, 4, "LOC"), (6, 7, "PER")])
    assert _ents(doc) == [("Peres", "PER")] * 3


def test_a_tie_keeps_each_label() -> None:
    doc = _doc("Gent won van Gent .".split(), [(0, 1, "ORG"), (3, 4, "LOC")])
    assert _ents(doc) == [("Gent", "ORG"), ("Gent", "LOC")]


def test_missed_mentions_and_surnames_are_added() -> None:
    words = "Anthony Blinken reist . Later zei Blinken dat Swissair en Swissair groeien .".split()
    doc = _doc(words, [(0, 2, "PER"), (8, 9, "ORG")])
    assert _ents(doc) == [("Anthony Blinken", "PER"), ("Blinken", "PER"),
                          ("Swissair", "ORG"), ("Swissair", "ORG")]


def test_lowercase_words_and_longer_names_are_left_alone() -> None:
    words = "Jan de Vries kwam . De vries was koud . Vries Straat".split()
    doc = _doc(words, [(0, 3, "PER")])
    assert _ents(doc) == [("Jan de Vries", "PER")]


def test_a_doc_without_entities_is_unchanged() -> None:
    doc = _doc("Het regent .".split(), [])
    assert list(doc.ents) == []


def test_a_trailing_function_word_leaves_the_name() -> None:
    words = "De bezetting van het Ruhrgebied door Frankrijk".split()
    pos = ["DET", "NOUN", "ADP", "DET", "PROPN", "ADP", "PROPN"]
    doc = Doc(spacy.blank("nl").vocab, words=words, pos=pos)
    doc.ents = [Span(doc, 4, 6, label="LOC"), Span(doc, 6, 7, label="LOC")]
    assert _ents(NerConsistency()(doc)) == [("Ruhrgebied", "LOC"), ("Frankrijk", "LOC")]
