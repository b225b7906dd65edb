"""Precision, recall and F1 of ``kroniek_quantities`` on the hand-annotated development set.

    python benchmarks/extract_quantities.py [--data benchmarks/data/quantities.jsonl] [-v]

Prints P/R/F1 for exact span match, and for span + normalized value (value, low, high all
equal), plus the accuracy of ``counted``, ``unit`` and ``owner`` on the matched spans.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import devset
from devset import analyse, load_items, pipeline, prf

DATA = Path(__file__).resolve().parent / "data" / "quantities.jsonl"



def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def same_value(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    return all(_same(gold.get(k), pred.get(k)) for k in ("value", "low", "high"))


def run(data: Path, verbose: bool) -> dict[str, float]:
    nlp = pipeline()
    items = load_items(data)
    n_gold = n_pred = span_tp = value_tp = 0
    attr_hits = {"counted": 0, "unit": 0, "owner": 0}
    for item in items:
        doc = analyse(nlp, item)
        gold = {(q["start"], q["end"]): q for q in item["quantities"]}
        pred = {(q["start"], q["end"]): q for q in doc._.quantities}
        n_gold += len(gold)
        n_pred += len(pred)
        for key, g in gold.items():
            p = pred.get(key)
            if p is None:
                if verbose:
                    print(f"MISSED   {g['text']!r} in {item['source']}")
                continue
            span_tp += 1
            value_tp += same_value(g, p)
            for attr in attr_hits:
                attr_hits[attr] += g.get(attr) == p.get(attr)
            if verbose and not same_value(g, p):
                print(
                    f"VALUE    {g['text']!r}: gold {g['value'], g['low'], g['high']} "
                    f"got {p['value'], p['low'], p['high']}"
                )
            if verbose:
                for attr in attr_hits:
                    if g.get(attr) != p.get(attr):
                        print(
                            f"{attr.upper():8} {g['text']!r}: "
                            f"gold {g.get(attr)!r} got {p.get(attr)!r}"
                        )
        if verbose:
            for key, p in pred.items():
                if key not in gold:
                    print(f"SPURIOUS {p['text']!r} in {item['source']}")
    scores: dict[str, float] = {}
    for name, tp in (("span", span_tp), ("value", value_tp)):
        p, r, f = prf(tp, n_pred, n_gold)
        scores |= {f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f}
        print(
            f"quantities {name:5}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
            f"(tp {tp}, predicted {n_pred}, gold {n_gold})"
        )
    for attr, hits in attr_hits.items():
        acc = hits / span_tp if span_tp else 0.0
        scores[f"{attr}_acc"] = acc
        print(f"quantities {attr:7} accuracy on matched spans {acc:.3f} ({hits}/{span_tp})")
    return scores


if __name__ == "__main__":
    devset.main(run, DATA, __doc__)
