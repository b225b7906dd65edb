"""Ingest throughput: generated Dutch articles read from JSON Lines and stored in DuckDB.

Prints articles/second for the whole ingest (reading, encoding and language detection,
layout, hashing, near-duplicate signatures, storing) and peak memory. No language analysis.

    .venv/bin/python benchmarks/ingest.py [--articles 10000] [--words 300]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from pathlib import Path

from kroniek.ingest import Limits, read
from kroniek.ingest_run import ingest
from kroniek.store import Store

SUBJECTS = [
    "Rusland",
    "De regering",
    "De minister",
    "Het kabinet",
    "De NAVO",
    "Oekraïne",
    "De Amerikaanse president",
    "Een woordvoerder",
    "De gemeente",
    "De politie",
]
VERBS = ["heeft", "kondigde", "besprak", "zei", "meldde", "stuurde", "verwacht", "onderzoekt"]
OBJECTS = [
    "nieuwe maatregelen",
    "militairen",
    "een akkoord",
    "de plannen",
    "extra geld",
    "de onderhandelingen",
    "de grens",
    "sancties",
    "hulpgoederen",
    "een onderzoek",
]
TAILS = [
    "aan het begin van de week.",
    "volgens ingewijden.",
    "in Den Haag.",
    "op zondag.",
    "na overleg met de partners.",
    "zonder verdere toelichting.",
    "in Brussel.",
]


def generate(rng: random.Random, words: int) -> str:
    paragraphs, paragraph, count = [], [], 0
    while count < words:
        sentence = (
            f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.randint(2, 200_000):,} "
            f"{rng.choice(OBJECTS)} {rng.choice(TAILS)}"
        ).replace(",", ".")
        paragraph.append(sentence)
        count += len(sentence.split())
        if len(paragraph) == 4:
            paragraphs.append(" ".join(paragraph))
            paragraph = []
    paragraphs.append(" ".join(paragraph))
    return "\n\n".join(p for p in paragraphs if p)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "articles.jsonl"
        with source.open("w", encoding="utf-8") as handle:
            for number in range(args.articles):
                record = {
                    "id": f"bench-{number}",
                    "url": f"https://example.org/{number}",
                    "title": f"Bericht {number}",
                    "date": f"2022-01-{number % 28 + 1:02d}",
                    "source": "benchmark",
                    "text": generate(rng, args.words),
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        started = time.perf_counter()
        with Store(Path(tmp) / "bench.duckdb") as store:
            limits = Limits(max_bytes=1_000_000_000)
            report = ingest(read([source], limits=limits), store)
            stored = store.stats()["articles"]
        elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles:           {args.articles} (~{args.words} words each)")
    print(f"stored:             {stored} ({report.summary()})")
    print(f"elapsed:            {elapsed:.2f} s")
    print(f"articles/second:    {args.articles / elapsed:,.0f}")
    print(f"peak memory:        {peak_mb:,.0f} MB")
    for error in report.failed:
        print(f"failed: {error}")


if __name__ == "__main__":
    main()
