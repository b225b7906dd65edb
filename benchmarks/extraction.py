"""Extraction accuracy per kind, on the development sets and on the blind held-out sets.

    .venv/bin/python benchmarks/extraction.py [--only quantities,times,...]

Runs each kind's benchmark script (benchmarks/extract_<kind>.py, benchmarks/events.py) on
benchmarks/data/<kind>.jsonl (development: the rules were written while looking at it) and
on benchmarks/data/heldout/<kind>.jsonl (annotated blind to the system's output, never
used for development), and prints what each prints.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {
    "entities": (HERE / "extract_entities.py", []),
    "quotes": (HERE / "extract_quotes.py", ["--data"]),
    "quantities": (HERE / "extract_quantities.py", ["--data"]),
    "times": (HERE / "extract_times.py", ["--data"]),
    "events": (HERE / "events.py", ["--data"]),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default=",".join(KINDS), help="comma-separated kinds")
    args = parser.parse_args()
    for kind in args.only.split(","):
        script, flag = KINDS[kind]
        for split, data in (
            ("development", HERE / "data" / f"{kind}.jsonl"),
            ("held-out", HERE / "data" / "heldout" / f"{kind}.jsonl"),
        ):
            if not data.exists() or not script.exists():
                continue
            print(f"== {kind}, {split} set ({data.relative_to(HERE.parent)})", flush=True)
            extra = ["--no-split"] if kind == "events" and split == "held-out" else []
            subprocess.run([sys.executable, str(script), *extra, *flag, str(data)], check=True)
            print(flush=True)


if __name__ == "__main__":
    main()
