"""Entity-level NER evaluation with conlleval semantics (exact span and type)."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kroniek.evaluation.conll import NerSentence, read_conll_ner

Span = tuple[int, int, int, str]  # sentence, start, end (exclusive), type


def bio_chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    """Chunks as conlleval reads them: an I- after O or another type starts a chunk."""
    chunks: list[tuple[int, int, str]] = []
    start: int | None = None
    current = ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        begins = prefix == "B" or (prefix == "I" and label != current)
        if start is not None and (prefix == "O" or begins):
            chunks.append((start, i, current))
            start, current = None, ""
        if begins:
            start, current = i, label
    return chunks


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def _documents(sentences: list[NerSentence], max_sents: int | None) -> list[list[int]]:
    """Sentence indices grouped per document (-DOCSTART-), at most ``max_sents`` each
    (``None``: whole documents)."""
    groups: list[list[int]] = []
    for s, sentence in enumerate(sentences):
        previous = sentences[groups[-1][-1]] if groups else None
        if previous is None or previous.document != sentence.document:
            groups.append([s])
        elif max_sents is not None and len(groups[-1]) >= max_sents:
            groups.append([s])
        else:
            groups[-1].append(s)
    return groups


def evaluate_ner(
    path: str | Path, nlp: Language | None = None, max_sents: int | None = None
) -> dict[str, Any]:
    """Evaluate the pipeline's NER on a CoNLL-2002 file, on its gold tokens.

    Sentences are run in their document context, as articles are: one ``-DOCSTART-``
    document per Doc (or pieces of at most ``max_sents`` sentences), gold sentence
    boundaries preset; entities are scored per sentence.
    """
    if nlp is None:
        from kroniek.nlp import load

        nlp = load()
    sentences = list(read_conll_ner(path))
    gold: set[Span] = set()
    for s, sentence in enumerate(sentences):
        gold.update((s, a, b, label) for a, b, label in bio_chunks(sentence.tags))
    groups = _documents(sentences, max_sents)
    docs = []
    for group in groups:
        words = [w for s in group for w in sentences[s].words]
        starts = [i == 0 for s in group for i in range(len(sentences[s].words))]
        docs.append(Doc(nlp.vocab, words=words, sent_starts=starts))
    started = time.perf_counter()
    pred: set[Span] = set()
    for group, doc in zip(groups, nlp.pipe(docs, batch_size=64), strict=True):
        offsets = {}
        position = 0
        for s in group:
            offsets[s] = position
            position += len(sentences[s].words)
        for ent in doc.ents:
            s = next(s for s in reversed(group) if offsets[s] <= ent.start)
            pred.add((s, ent.start - offsets[s], ent.end - offsets[s], ent.label_))
    elapsed = time.perf_counter() - started
    words = sum(len(sentence.words) for sentence in sentences)
    tp = gold & pred
    gold_n = Counter(span[3] for span in gold)
    pred_n = Counter(span[3] for span in pred)
    tp_n = Counter(span[3] for span in tp)
    per_type = {
        label: {**_prf(tp_n[label], pred_n[label], gold_n[label]), "support": gold_n[label]}
        for label in sorted(set(gold_n) | set(pred_n))
    }
    return {
        **_prf(len(tp), len(pred), len(gold)),
        "per_type": per_type,
        "entities": len(gold),
        "sentences": len(sentences),
        "words": words,
        "words_per_second": words / elapsed if elapsed > 0 else 0.0,
    }
