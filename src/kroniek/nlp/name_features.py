"""A name-list feature for the NER's embeddings: which name lists a word occurs in.

Every word of a listed name gets a flag per label (PER, LOC, ORG, MISC) and position (the
name's first word, or a later one), packed into one integer. The table lives in the vocab's
lookups (``kroniek_name_flags``), so it is saved and loaded with the pipeline; the
embedding layer ``kroniek.NameListMultiHashEmbed.v1`` embeds the integer beside spaCy's
usual NORM/PREFIX/SUFFIX/SHAPE features and the static vectors.

The lists cover some names far better than others (a name of the training corpus is more
likely listed than one in tomorrow's news), so during training each word's flags are
dropped with probability ``flag_dropout``: the model learns to use the lists as a hint and
the context as the evidence.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable

import numpy
from spacy.language import Language
from spacy.ml.staticvectors import StaticVectors
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (
    HashEmbed,
    Maxout,
    Model,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
)
from thinc.types import Floats2d, Ints2d

TABLE = "kroniek_name_flags"
LABELS = ("PER", "LOC", "ORG", "MISC")


def name_flags(names: Iterable[tuple[str, str]]) -> dict[str, int]:
    """The flag integer of every word of the ``(name, label)`` pairs.

    Bit ``2 * label`` marks a name's first word, bit ``2 * label + 1`` a later word.
    Words starting with a lower-case letter ("van", "de") are not flagged: they occur in
    names and everywhere else alike.
    """
    flags: dict[str, int] = {}
    for name, label in names:
        if label not in LABELS:
            continue
        bit = 2 * LABELS.index(label)
        for position, word in enumerate(name.split()):
            if word[:1].islower():
                continue
            flags[word] = flags.get(word, 0) | (1 << (bit + (position > 0)))
    return flags


def add_name_flags(nlp: Language, flags: dict[str, int]) -> None:
    """Store ``flags`` in the vocab's lookups, replacing an earlier table."""
    if nlp.vocab.lookups.has_table(TABLE):
        nlp.vocab.lookups.remove_table(TABLE)
    table = nlp.vocab.lookups.add_table(TABLE)
    for word, value in flags.items():
        table[word] = value


def NameFlagExtractor(
    attrs: list[str | int], flag_dropout: float
) -> Model[list[Doc], list[Ints2d]]:
    """spaCy's feature columns for ``attrs`` plus one column of name flags."""
    return Model(
        "name_flag_features",
        _features_forward,
        attrs={"columns": attrs, "flag_dropout": flag_dropout},
    )


def _features_forward(
    model: Model[list[Doc], list[Ints2d]], docs: list[Doc], is_train: bool
) -> tuple[list[Ints2d], Callable]:
    dropout = model.attrs["flag_dropout"] if is_train else 0.0
    features: list[Ints2d] = []
    for doc in docs:
        columns = doc.to_array(model.attrs["columns"]).reshape(len(doc), -1)
        lookups = doc.vocab.lookups
        table = lookups.get_table(TABLE) if lookups.has_table(TABLE) else {}
        values = [table.get(token.orth, 0) for token in doc]
        if dropout:
            values = [0 if value and random.random() < dropout else value for value in values]
        flags = numpy.asarray(values, dtype="uint64").reshape(-1, 1)
        features.append(
            model.ops.asarray2i(numpy.hstack([columns.astype("uint64"), flags]), dtype="uint64")
        )
    return features, lambda d_features: []


@registry.architectures("kroniek.NameListMultiHashEmbed.v1")
def name_list_multi_hash_embed(
    width: int,
    attrs: list[str | int],
    rows: list[int],
    include_static_vectors: bool,
    flag_rows: int = 256,
    flag_dropout: float = 0.5,
) -> Model[list[Doc], list[Floats2d]]:
    """spaCy's ``MultiHashEmbed.v2`` with one more embedded column: the name flags."""
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    embeddings = [
        HashEmbed(width, n_rows, column=i, seed=8 + i, dropout=0.0) for i, n_rows in enumerate(rows)
    ]
    embeddings.append(HashEmbed(width, flag_rows, column=len(attrs), seed=99, dropout=0.0))
    features = chain(
        NameFlagExtractor(attrs, flag_dropout), list2ragged(), with_array(concatenate(*embeddings))
    )
    concat_size = width * (len(embeddings) + include_static_vectors)
    max_out = with_array(Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True))
    if include_static_vectors:
        return chain(
            concatenate(features, StaticVectors(width, dropout=0.0)), max_out, ragged2list()
        )
    return chain(features, max_out, ragged2list())
