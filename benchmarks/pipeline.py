"""Words per second of the full Dutch pipeline on one core, and peak memory.

    python benchmarks/pipeline.py [--corpora ../shared/corpora] [--model DIR] [--words 60000]

Runs ``nlp.pipe`` with batches on raw text (the sentences of CoNLL-2002
ned.testa, detokenized to plain text; the founding article if the corpora are
absent) and prints words/s and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

_NO_SPACE_BEFORE = re.compile(r" ([.,:;!?)])")
_NO_SPACE_AFTER = re.compile(r"([(]) ")


def raw_texts(corpora: Path, limit_words: int) -> list[str]:
    testa = corpora / "conll2002" / "ned.testa"
    texts: list[str] = []
    words = 0
    if testa.exists():
        sentence: list[str] = []
        for line in testa.read_text(encoding="utf-8").splitlines():
            cols = line.split()
            if cols and cols[0] != "-DOCSTART-":
                sentence.append(cols[0])
            elif sentence:
                text = _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", " ".join(sentence)))
                texts.append(text)
                words += len(sentence)
                sentence = []
            if words >= limit_words:
                break
        # Group sentences into article-sized texts of about 10 sentences.
        return [" ".join(texts[i : i + 10]) for i in range(0, len(texts), 10)]
    example = Path(__file__).resolve().parents[1] / "examples" / "000_393fbd76b15ab987.txt"
    body = example.read_text(encoding="utf-8").split("\n", 2)[2]
    return [body] * max(1, limit_words // len(body.split()))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--words", type=int, default=60000)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    import kroniek.nlp

    started = time.perf_counter()
    nlp = kroniek.nlp.load(args.model)
    load_seconds = time.perf_counter() - started
    texts = raw_texts(args.corpora, args.words)
    list(nlp.pipe(texts[:5]))  # warm up
    started, cpu_started = time.perf_counter(), time.process_time()
    n_words = sum(
        sum(not t.is_space for t in doc) for doc in nlp.pipe(texts, batch_size=args.batch_size)
    )
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    print(f"pipeline:   {', '.join(nlp.pipe_names)}")
    print(f"load:       {load_seconds:.2f} s")
    print(f"texts:      {len(texts)} ({n_words} words)")
    print(f"speed:      {n_words / elapsed:,.0f} words/s on one core "
          f"({n_words / cpu:,.0f} per CPU second)")
    print(f"peak RSS:   {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
