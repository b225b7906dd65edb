"""Knowledge-base corrections of NER labels."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

import kroniek.nlp.ner_lexicon  # noqa: F401  (registers the factory)


def _relabel(words: list[str], ents: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    nlp = spacy.blank("nl")
    component = nlp.add_pipe("kroniek_ner_lexicon")
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return [(ent.text, ent.label_) for ent in component(doc).ents]


def test_known_names_get_their_knowledge_base_type() -> None:
    words = "Oekraïne en de NAVO spraken met Russische diplomaten in Antwerpen".split()
    found = _relabel(words, [(0, 1, "PER"), (3, 4, "LOC"), (6, 7, "LOC"), (9, 10, "ORG")])
    assert found == [
        ("Oekraïne", "LOC"),
        ("NAVO", "ORG"),
        ("Russische", "MISC"),
        ("Antwerpen", "LOC"),
    ]


def test_unknown_or_ambiguous_names_keep_the_model_label() -> None:
    words = "Jan Klaassen woont in Zwammerdam".split()
    found = _relabel(words, [(0, 2, "ORG"), (4, 5, "PER")])
    assert found == [("Jan Klaassen", "ORG"), ("Zwammerdam", "PER")]
