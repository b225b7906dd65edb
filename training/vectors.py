"""Kroniek's own Dutch word vectors: floret (hashed subwords) on the raw Dutch text.

    kroniek train vectors                      # or: python training/train.py --stages vectors
    python training/vectors.py CORPORA OUT [--variant uniform]

Three steps, each skipped when its output exists (so an interrupted run resumes at the
step it was in): the training text (every source tokenized with the shipped pipeline's
news tokenizer, one paragraph per line, weighted as ``configs/vectors.toml`` says), the
floret model, and the spaCy vectors (``spacy init vectors --mode floret``).
"""

from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from multiprocessing import Pool
from pathlib import Path
from typing import Any

TRAINING_DIR = Path(__file__).resolve().parent
CONFIG_PATH = TRAINING_DIR / "configs" / "vectors.toml"


def read_config(variant: str | None = None) -> dict[str, Any]:
    config = tomllib.loads(CONFIG_PATH.read_text(encoding="utf-8"))
    if variant:
        config["sources"] = config["variants"][variant]
    return config


def source_lines(path: Path) -> Iterator[str]:
    """The running text of one source: raw paragraphs, CoNLL-2002 or CoNLL-U sentences."""
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield line.strip()
    elif path.suffix == ".conllu":
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("# text ="):
                    yield line.split("=", 1)[1].strip()
    else:  # CoNLL-2002: token POS TAG, blank line between sentences
        words: list[str] = []
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                cols = line.split()
                if cols and cols[0] != "-DOCSTART-":
                    words.append(cols[0])
                elif words:
                    yield " ".join(words)
                    words = []
        if words:
            yield " ".join(words)


def _weighted(lines: Iterator[str], weight: float, rng: random.Random) -> Iterator[str]:
    whole, part = int(weight), weight - int(weight)
    for line in lines:
        for _ in range(whole + (1 if part and rng.random() < part else 0)):
            yield line


def _tokenize_source(job: tuple[str, float, int, str]) -> tuple[str, int, int]:
    """Write one source's weighted, tokenized lines to ``out``; return (name, lines, tokens)."""
    source, weight, seed, out = job
    sys.path.insert(0, str(TRAINING_DIR.parent / "src"))
    from kroniek.nlp import MODEL_DIR, tokenizer  # noqa: F401  (registers the tokenizer)

    nlp = _tokenizer_only(MODEL_DIR)
    rng = random.Random(f"{seed}:{source}")
    n_lines = n_tokens = 0
    tmp = Path(out + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        lines = _weighted(source_lines(Path(source)), weight, rng)
        for doc in nlp.tokenizer.pipe(lines, batch_size=2000):
            words = [t.text for t in doc if not t.is_space]
            if words:
                handle.write(" ".join(words) + "\n")
                n_lines += 1
                n_tokens += len(words)
    tmp.rename(out)
    return source, n_lines, n_tokens


def _tokenizer_only(model_dir: Path) -> Any:
    """The shipped pipeline's tokenizer, without loading its trained components."""
    import spacy

    config = spacy.util.load_config(model_dir / "config.cfg")
    nlp = spacy.blank("nl", config={"nlp": {"tokenizer": config["nlp"]["tokenizer"]}})
    nlp.tokenizer.from_disk(model_dir / "tokenizer")
    return nlp


def build_text(corpora: Path, out_dir: Path, config: dict[str, Any], workers: int = 2) -> dict:
    """Tokenize every weighted source into ``out_dir/parts`` and join them, shuffled by
    block, into ``out_dir/text.txt`` (floret reads it front to back)."""
    text_path = out_dir / "text.txt"
    stats_path = out_dir / "text.json"
    if text_path.exists() and stats_path.exists():
        return json.loads(stats_path.read_text(encoding="utf-8"))
    parts = out_dir / "parts"
    parts.mkdir(parents=True, exist_ok=True)
    jobs = []
    for i, (name, weight) in enumerate(config["sources"].items()):
        out = parts / f"{i:02d}-{name.replace('/', '_')}.txt"
        if not out.exists():
            jobs.append((str(corpora / name), float(weight), config["seed"], str(out)))
    with Pool(workers) as pool:
        for source, n_lines, n_tokens in pool.imap_unordered(_tokenize_source, jobs):
            print(f"  {source}: {n_lines:,} lines, {n_tokens:,} tokens", flush=True)
    # Mix the sources in blocks of lines, so that no source comes only at the end of
    # an epoch (the learning rate falls along the file).
    blocks: list[tuple[int, int]] = []
    files = sorted(parts.glob("*.txt"))
    per_source: dict[str, dict[str, int]] = {}
    contents: list[list[str]] = []
    for f_index, path in enumerate(files):
        lines = path.read_text(encoding="utf-8").splitlines()
        contents.append(lines)
        per_source[path.stem[3:]] = {
            "lines": len(lines), "tokens": sum(line.count(" ") + 1 for line in lines)
        }  # fmt: skip
        blocks.extend((f_index, start) for start in range(0, len(lines), 1000))
    random.Random(config["seed"]).shuffle(blocks)
    tmp = text_path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for f_index, start in blocks:
            handle.write("\n".join(contents[f_index][start : start + 1000]) + "\n")
    tmp.rename(text_path)
    stats = {
        "sources": per_source,
        "tokens": sum(s["tokens"] for s in per_source.values()),
        "weights": config["sources"],
    }
    stats_path.write_text(json.dumps(stats, indent=2), encoding="utf-8")
    return stats


def train_floret(out_dir: Path, config: dict[str, Any], threads: int = 2) -> Path:
    """Train the floret model on ``text.txt``; write ``vectors.floret``."""
    import floret

    target = out_dir / "vectors.floret"
    if target.exists():
        return target
    params = dict(config["floret"])
    # floret has no seed of its own: the text is fixed by the config's seed, and training
    # with several threads is not bit-for-bit repeatable (as in fastText).
    model = floret.train_unsupervised(str(out_dir / "text.txt"), thread=threads, **params)
    tmp = out_dir / "vectors.floret.tmp"
    model.save_floret_vectors(str(tmp))
    tmp.rename(target)
    return target


def to_spacy(out_dir: Path) -> Path:
    """``spacy init vectors --mode floret``: a blank Dutch pipeline holding the vectors."""
    target = out_dir / "spacy"
    if (target / "vocab" / "vectors").exists():
        return target
    subprocess.run(
        [
            sys.executable, "-m", "spacy", "init", "vectors", "nl",
            str(out_dir / "vectors.floret"), str(target), "--mode", "floret",
        ],
        check=True,
    )  # fmt: skip
    return target


def train_vectors(corpora: Path, out_dir: Path, variant: str | None = None) -> dict[str, Any]:
    """All three steps; returns what the DONE record of the stage keeps."""
    config = read_config(variant)
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.time()
    stats = build_text(corpora, out_dir, config)
    print(f"  training text: {stats['tokens']:,} tokens ({time.time() - started:.0f} s)")
    started = time.time()
    train_floret(out_dir, config)
    print(f"  floret: {time.time() - started:.0f} s")
    spacy_dir = to_spacy(out_dir)
    return {"tokens": stats["tokens"], "vectors": str(spacy_dir), "floret": config["floret"]}


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--variant", default=None)
    args = parser.parse_args()
    print(json.dumps(train_vectors(args.corpora, args.out, args.variant), indent=2))
