"""Silver annotation for the joint training: every document gets every layer.

The CoNLL-2002 documents carry gold entities and word classes but no syntax; the
treebank documents carry gold syntax but no entities. Before the joint model trains,
the CoNLL documents get the morphology and arcs of an already trained parser, and the
treebank documents get the entities of an already trained NER, so each head of the
shared tok2vec learns from all the text (a form of distillation: the student shares
one tok2vec where the teachers had two).
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin


def _read(path: Path, vocab) -> list[Doc]:
    return list(DocBin().from_disk(path).get_docs(vocab))


def add_syntax(source: Path, target: Path, parser_model: Path) -> int:
    """Copy ``source`` to ``target`` with the POS, morphology and arcs of ``parser_model``;
    the documents keep their own sentence boundaries, entities and tags."""
    nlp = spacy.load(parser_model, exclude=["ner", "coarse_tagger"])
    docs = _read(source, nlp.vocab)
    for doc in docs:
        for token in doc:
            if token.is_sent_start is None:
                token.is_sent_start = False
    names = [n for n in ("tok2vec", "morphologizer", "parser") if n in nlp.pipe_names]
    for name in names:
        docs = list(nlp.get_pipe(name).pipe(docs, batch_size=64))
    DocBin(docs=docs, store_user_data=False).to_disk(target)
    return len(docs)


def add_entities(source: Path, target: Path, ner_model: Path) -> int:
    """Copy ``source`` to ``target`` with the entities of ``ner_model``."""
    nlp = spacy.load(ner_model)
    docs = _read(source, nlp.vocab)
    docs = list(nlp.get_pipe("ner").pipe(docs, batch_size=64))
    DocBin(docs=docs, store_user_data=False).to_disk(target)
    return len(docs)
