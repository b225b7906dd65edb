"""Speed of the full analysis against the bare language pipeline, in the same run.

    .venv/bin/python benchmarks/analysis.py [--corpora ../shared/corpora] [--words 30000]

Runs the bare Dutch pipeline and then the whole analysis (language pipeline + entities,
places, quantities, times, quotes, events, as ``kroniek analyze`` does) over the same
article-sized texts on one core, and prints words/s of each, their ratio, articles/s and
the peak resident memory.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from pipeline import peak_rss_mb, raw_texts  # noqa: E402

from kroniek.analysis import analyze_many  # noqa: E402
from kroniek.model import Article, Published  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--words", type=int, default=30000)
    args = parser.parse_args()

    import kroniek.nlp
    from kroniek.pipeline import analysis_pipeline

    texts = raw_texts(args.corpora, args.words)
    bare = kroniek.nlp.load()
    full = analysis_pipeline()
    articles = [Article(text=t, published=Published("2000-05", "month")) for t in texts]
    list(bare.pipe(texts[:3]))
    list(analyze_many(articles[:3], nlp=full))  # warm up: knowledge base, GeoNames index

    started = time.perf_counter()
    words = sum(sum(not t.is_space for t in doc) for doc in bare.pipe(texts, batch_size=16))
    bare_seconds = time.perf_counter() - started
    started = time.perf_counter()
    facts = sum(
        sum(len(result[kind]) for kind in ("entities", "quotes", "quantities", "times", "events"))
        for result in analyze_many(articles, nlp=full)
    )
    full_seconds = time.perf_counter() - started

    print(f"texts:              {len(texts)} articles, {words} words")
    print(f"language pipeline:  {words / bare_seconds:,.0f} words/s")
    print(
        f"full analysis:      {words / full_seconds:,.0f} words/s "
        f"({len(texts) / full_seconds:.1f} articles/s, {facts} facts)"
    )
    print(f"ratio:              {bare_seconds / full_seconds:.2f} of the pipeline's speed")
    print(f"peak RSS:           {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
