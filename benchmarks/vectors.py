"""Kroniek's Dutch word vectors: size, nearest neighbours and analogies.

    python benchmarks/vectors.py [--vectors DIR ...] [--words N]

``--vectors`` takes a spaCy pipeline directory whose vocab holds vectors (the shipped
pipeline by default; ``training/output/vectors/spacy`` after ``kroniek train vectors``).
Several directories are compared side by side.

Prints, for each: the size of the vectors table, the nearest neighbours of a fixed list of
words, and the accuracy of two analogy sets built from the knowledge base
(``src/kroniek/data/kb/countries.tsv``): country : adjective ("Frankrijk" : "Franse")
and country : inhabitants ("Frankrijk" : "Fransen"). The candidates for neighbours and
answers are the word forms of the Dutch lemma tables (spacy-lookups-data) and the
knowledge base's country names, adjectives and demonyms.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

NEIGHBOUR_WORDS = (
    "Rusland", "Poetin", "minister", "zei", "militairen", "invasie", "sancties", "akkoord",
    "Amsterdam", "rechtbank", "staking", "euro", "vrijdag", "Oekraïense", "regering",
    "kabinet", "woordvoerder", "ziekenhuis",
)  # fmt: skip


def country_pairs() -> dict[str, list[tuple[str, str]]]:
    """(country, adjective) and (country, inhabitants) pairs of one-word Dutch names."""
    path = REPO / "src" / "kroniek" / "data" / "kb" / "countries.tsv"
    rows = [line for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]  # fmt: skip
    adjective: list[tuple[str, str]] = []
    inhabitants: list[tuple[str, str]] = []
    for row in csv.DictReader(rows, delimiter="\t"):
        name = row["name_nl"]
        if " " in name or "-" in name or row["type"] != "GPE":
            continue
        e_forms = [a for a in row["adjectives_nl"].split(";") if a.endswith("e")]
        plurals = [d for d in row["demonyms_nl"].split(";")[1:2] if " " not in d]
        if e_forms and " " not in e_forms[0]:
            adjective.append((name, e_forms[0]))
        if plurals:
            inhabitants.append((name, plurals[0]))
    return {"country : adjective": adjective, "country : inhabitants": inhabitants}


def candidate_words(pairs: dict[str, list[tuple[str, str]]]) -> list[str]:
    from kroniek.nlp.lemmatizer import read_lookups_data

    words = set(read_lookups_data("nl")["lemma_lookup"])
    words.update(w for group in pairs.values() for pair in group for w in pair)
    words.update(NEIGHBOUR_WORDS)
    return sorted(w for w in words if w.strip() and " " not in w)


def unit_matrix(vectors: object, words: list[str]) -> np.ndarray:
    # floret vectors are computed from the word's characters: get_batch takes the strings
    matrix = np.asarray(vectors.get_batch(words), dtype="float32")  # type: ignore[attr-defined]
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(norms, 1e-8)


def neighbours(matrix: np.ndarray, index: dict[str, int], words: list[str], k: int = 6) -> dict:
    result = {}
    for word in NEIGHBOUR_WORDS:
        scores = matrix @ matrix[index[word]]
        best = [words[i] for i in np.argsort(-scores)[: k + 1] if words[i] != word]
        result[word] = best[:k]
    return result


def analogy_accuracy(
    matrix: np.ndarray, index: dict[str, int], pairs: list[tuple[str, str]], limit: int
) -> tuple[float, int]:
    """3CosAdd over every ordered pair of pairs (a : b = c : ?), at most ``limit``."""
    questions = [(p, q) for p, q in itertools.permutations(pairs, 2)]
    random.Random(7).shuffle(questions)
    questions = questions[:limit]
    correct = 0
    for (a, b), (c, d) in questions:
        target = matrix[index[b]] - matrix[index[a]] + matrix[index[c]]
        scores = matrix @ target
        for word in (a, b, c):
            scores[index[word]] = -np.inf
        correct += int(np.argmax(scores) == index[d])
    return correct / max(1, len(questions)), len(questions)


def report(path: Path, words: list[str], pairs: dict[str, list[tuple[str, str]]], limit: int):
    import spacy

    nlp = spacy.blank("nl")
    nlp.vocab.from_disk(path / "vocab") if (path / "vocab").exists() else None
    vectors = nlp.vocab.vectors
    rows, dim = vectors.shape
    print(f"== {path}")
    print(f"mode {vectors.mode}, table {rows:,} x {dim} = {vectors.data.nbytes / 1e6:.1f} MB")
    if rows == 0:
        return
    matrix = unit_matrix(vectors, words)
    index = {w: i for i, w in enumerate(words)}
    for word, near in neighbours(matrix, index, words).items():
        print(f"  {word:14} {', '.join(near)}")
    for name, group in pairs.items():
        accuracy, n = analogy_accuracy(matrix, index, group, limit)
        print(f"  analogy {name}: {accuracy:.3f} of {n} questions")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vectors", type=Path, nargs="*", default=None)
    parser.add_argument("--questions", type=int, default=2000, help="analogy questions per set")
    args = parser.parse_args()
    from kroniek.nlp import MODEL_DIR

    pairs = country_pairs()
    words = candidate_words(pairs)
    print(f"{len(words):,} candidate words; pairs: " +
          ", ".join(f"{k} {len(v)}" for k, v in pairs.items()))  # fmt: skip
    for path in args.vectors or [MODEL_DIR]:
        report(path, words, pairs, args.questions)


if __name__ == "__main__":
    main()
