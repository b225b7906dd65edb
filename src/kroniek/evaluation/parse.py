"""UPOS / UAS / LAS / lemma accuracy on CoNLL-U files, on gold tokenization.

Follows the UD evaluation conventions: punctuation is included, LAS compares
the universal part of the relation (``obl:arg`` counts as ``obl``), multiword
token ranges and empty nodes are not scored.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kroniek.evaluation.conll import read_conllu


def _universal(deprel: str) -> str:
    return deprel.split(":", 1)[0].lower()


def evaluate_parse(path: str | Path, nlp: Language | None = None) -> dict[str, Any]:
    """Evaluate tagging, lemmatization and parsing on a CoNLL-U file."""
    if nlp is None:
        from kroniek.nlp import load

        nlp = load()
    sentences = list(read_conllu(path))
    docs = [Doc(nlp.vocab, words=s.words, spaces=s.spaces) for s in sentences]
    started = time.perf_counter()
    parsed = list(nlp.pipe(docs, batch_size=256))
    elapsed = time.perf_counter() - started
    words = upos = uas = las = lemma = 0
    for sentence, doc in zip(sentences, parsed, strict=True):
        for i, token in enumerate(doc):
            words += 1
            upos += token.pos_ == sentence.upos[i]
            lemma += token.lemma_ == sentence.lemmas[i]
            head = 0 if token.head.i == token.i else token.head.i + 1
            if head == sentence.heads[i]:
                uas += 1
                las += _universal(token.dep_) == _universal(sentence.deprels[i])
    total = max(words, 1)
    return {
        "upos": upos / total,
        "uas": uas / total,
        "las": las / total,
        "lemma": lemma / total,
        "sentences": len(sentences),
        "words": words,
        "words_per_second": words / elapsed if elapsed > 0 else 0.0,
    }
