"""Precision, recall and F1 of ``kroniek_times`` on the hand-annotated development set.

    python benchmarks/extract_times.py [--data benchmarks/data/times.jsonl] [-v]

Each item carries the publication date the annotator chose (``published``); prints P/R/F1
for exact span match and for span + normalized value (and for weekdays with a month
anchor, the same candidate days).
"""

from __future__ import annotations

from pathlib import Path

import devset
from devset import analyse, load_items, pipeline, prf

DATA = Path(__file__).resolve().parent / "data" / "times.jsonl"



def run(data: Path, verbose: bool) -> dict[str, float]:
    nlp = pipeline()
    items = load_items(data)
    n_gold = n_pred = span_tp = value_tp = 0
    for item in items:
        doc = analyse(nlp, item)
        gold = {(t["start"], t["end"]): t for t in item["times"]}
        pred = {(t["start"], t["end"]): t for t in doc._.times}
        n_gold += len(gold)
        n_pred += len(pred)
        for key, g in gold.items():
            p = pred.get(key)
            if p is None:
                if verbose:
                    print(f"MISSED   {g['text']!r} ({g['value']}) in {item['source']}")
                continue
            span_tp += 1
            ok = g["value"] == p["value"] and g.get("candidates") == p.get("candidates")
            value_tp += ok
            if verbose and not ok:
                print(
                    f"VALUE    {g['text']!r}: gold {g['value']} got {p['value']} ({item['source']})"
                )
        if verbose:
            for key, p in pred.items():
                if key not in gold:
                    print(f"SPURIOUS {p['text']!r} ({p['value']}) in {item['source']}")
    scores: dict[str, float] = {}
    for name, tp in (("span", span_tp), ("value", value_tp)):
        p, r, f = prf(tp, n_pred, n_gold)
        scores |= {f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f}
        print(
            f"times {name:5}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
            f"(tp {tp}, predicted {n_pred}, gold {n_gold})"
        )
    return scores


if __name__ == "__main__":
    devset.main(run, DATA, __doc__)
