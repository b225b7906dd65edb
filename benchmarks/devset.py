"""What the extraction benchmarks share: reading annotated sets, running the pipeline, scoring.

An annotated set is JSON Lines: ``{"source", "text", "published", "<kind>": [gold items]}``
with character offsets into ``text`` (see benchmarks/data/README.md).
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kroniek.model import Published
from kroniek.pipeline import analysis_pipeline

PRECISION = {4: "year", 7: "month", 10: "day"}


def load_items(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def published(value: str | None) -> Published | None:
    return Published(value, PRECISION.get(len(value), "day")) if value else None


def pipeline() -> Language:
    """The full analysis pipeline, as ``kroniek analyze`` runs it (with the language
    pipeline at ``$KRONIEK_MODEL`` instead of the shipped one, when that is set)."""
    return analysis_pipeline(os.environ.get("KRONIEK_MODEL") or None)


def analyse(nlp: Language, item: dict[str, Any]) -> Doc:
    doc = nlp.make_doc(item["text"])
    doc._.published = published(item.get("published"))
    return nlp(doc)


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def one_to_one(pairs: Iterable[tuple[Any, int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of (rank, gold index, predicted index), best rank first."""
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matched = []
    for _, gi, pi in sorted(pairs):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            matched.append((gi, pi))
    return matched


def main(run: Callable[[Path, bool], object], data: Path, description: str) -> None:
    """The command line of a benchmark script: ``[--data FILE] [-v]``."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--data", type=Path, default=data)
    parser.add_argument("-v", "--verbose", action="store_true", help="print every error")
    args = parser.parse_args()
    run(args.data, args.verbose)
