"""The name-list feature of the NER's embeddings (kroniek.nlp.name_features)."""

from __future__ import annotations

import numpy
import spacy

from kroniek.nlp.name_features import (
    LABELS,
    TABLE,
    NameFlagExtractor,
    add_name_flags,
    name_flags,
    name_list_multi_hash_embed,
)


def _bit(label: str, later: bool = False) -> int:
    return 1 << (2 * LABELS.index(label) + later)


def test_flags_mark_label_and_position() -> None:
    flags = name_flags([
        ("Mark Rutte", "PER"), ("Rutte", "ORG"), ("Ministerie van Defensie", "ORG"), ("X", "Q"),
    ])  # fmt: skip
    assert flags["Mark"] == _bit("PER")
    assert flags["Rutte"] == _bit("PER", later=True) | _bit("ORG")
    assert flags["Defensie"] == _bit("ORG", later=True)
    assert "van" not in flags and "X" not in flags


def test_extractor_adds_a_flag_column_from_the_vocab() -> None:
    nlp = spacy.blank("nl")
    add_name_flags(nlp, name_flags([("Rusland", "LOC")]))
    assert nlp.vocab.lookups.has_table(TABLE)
    doc = nlp("Rusland en Oekraïne")
    (features,) = NameFlagExtractor(["NORM", "SHAPE"], flag_dropout=0.0)([doc], is_train=False)[0]
    assert features.shape == (3, 3)
    assert list(features[:, 2]) == [_bit("LOC"), 0, 0]
    assert features[0, 0] == doc[0].norm


def test_training_drops_flags_at_random() -> None:
    nlp = spacy.blank("nl")
    add_name_flags(nlp, name_flags([("Rusland", "LOC")]))
    doc = nlp(" ".join(["Rusland"] * 400))
    extractor = NameFlagExtractor(["NORM"], flag_dropout=0.5)
    kept = int(numpy.count_nonzero(extractor([doc], is_train=True)[0][0][:, 1]))
    assert 120 < kept < 280
    assert numpy.count_nonzero(extractor([doc], is_train=False)[0][0][:, 1]) == 400


def test_embedding_depends_on_the_flags() -> None:
    nlp = spacy.blank("nl")
    model = name_list_multi_hash_embed(16, ["NORM"], [100], include_static_vectors=False)
    doc = nlp("Zwaluwstaart")
    model.initialize(X=[doc])
    before = model.predict([doc])[0]
    add_name_flags(nlp, name_flags([("Zwaluwstaart", "PER")]))
    after = model.predict([nlp("Zwaluwstaart")])[0]
    assert before.shape == after.shape == (1, 16)
    assert not numpy.allclose(before, after)
