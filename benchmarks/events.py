"""Precision, recall and F1 of ``kroniek_events`` on the hand-annotated development set.

    python benchmarks/events.py [--data benchmarks/data/events.jsonl] [-v] [--all-errors]

A predicted event matches a gold event of the same type whose trigger it overlaps, or else
one of the same type in the same sentence (one to one). Printed, for all items and for the
held-out quarter (every 4th line, counting from the 4th: not looked at while writing rules):

- type: P/R/F1 of matched events;
- type+source+target: matched events whose source and target both match (both null, the same
  entity id, or overlapping text; a coordinated actor matches through any of its members);
- modality accuracy on the type-matched events;
- false-positive rate: the share of negative items (no gold event) with any predicted event.

``-v`` prints the errors on the development part only (never the held-out quarter) unless
``--all-errors`` is given.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from devset import one_to_one, pipeline, prf, published

DATA = Path(__file__).resolve().parent / "data" / "events.jsonl"
HELD_OUT_EVERY = 4



def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return min(a["end"], b["end"]) > max(a["start"], b["start"])


def same_actor(gold: dict[str, Any] | None, pred: dict[str, Any] | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    for candidate in (pred, *pred.get("members", [])):
        if gold.get("entity") and gold["entity"] == candidate.get("entity"):
            return True
        if candidate.get("start") is not None and _overlap(gold, candidate):
            return True
    return False


def match(gold: list[dict[str, Any]], pred: list[dict[str, Any]],
          sentence_of: Any) -> list[tuple[int, int]]:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g["type"] != p["type"]:
                continue
            if _overlap(g["trigger"], p["trigger"]):
                pairs.append((0, gi, pi))
            elif sentence_of(g["trigger"]["start"]) == (p["sentence"]["start"],
                                                        p["sentence"]["end"]):
                pairs.append((1, gi, pi))
    return one_to_one(pairs)


def _actor_text(actor: dict[str, Any] | None) -> str:
    if actor is None:
        return "-"
    return f"{actor.get('text')}[{actor.get('entity') or ''}]"


def evaluate(items: list[tuple[int, dict[str, Any]]], nlp: Any, verbose: bool,
             show: bool, cache: dict[int, Any]) -> dict[str, float]:
    counts = {"gold": 0, "pred": 0, "type": 0, "actors": 0, "modality": 0, "negatives": 0,
              "fp_items": 0, "asserted_gold": 0, "asserted_pred": 0, "asserted_tp": 0}
    for index, item in items:
        if index not in cache:
            doc = nlp.make_doc(item["text"])
            doc._.published = published(item.get("published"))
            cache[index] = nlp(doc)
        doc = cache[index]
        pred = doc._.events or []
        gold = item["events"]
        sents = [(s.start_char, s.end_char) for s in doc.sents]

        def sentence_of(offset: int, sents: list = sents) -> tuple[int, int] | None:
            return next((s for s in sents if s[0] <= offset < s[1]), None)

        pairs = match(gold, pred, sentence_of)
        counts["gold"] += len(gold)
        counts["pred"] += len(pred)
        counts["type"] += len(pairs)
        if not gold:
            counts["negatives"] += 1
            counts["fp_items"] += bool(pred)
        errors = []
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            actors = same_actor(g["source"], p["source"]) and same_actor(g["target"],
                                                                          p["target"])
            counts["actors"] += actors
            counts["modality"] += g["modality"] == p["modality"]
            if not actors or g["modality"] != p["modality"]:
                errors.append(f"  ~ {g['type']} {g['trigger']['text']!r}: gold "
                              f"{_actor_text(g['source'])} -> {_actor_text(g['target'])} "
                              f"{g['modality']} | got {_actor_text(p['source'])} -> "
                              f"{_actor_text(p['target'])} {p['modality']}")
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        errors += [f"  - missed {g['type']} {g['trigger']['text']!r}"
                   for gi, g in enumerate(gold) if gi not in matched_g]
        errors += [f"  + spurious {p['type']} {p['trigger']['text']!r} {p['modality']}"
                   for pi, p in enumerate(pred) if pi not in matched_p]
        asserted_g = [g for g in gold if g["modality"] == "asserted"]
        asserted_p = [p for p in pred if p["modality"] == "asserted"]
        counts["asserted_gold"] += len(asserted_g)
        counts["asserted_pred"] += len(asserted_p)
        counts["asserted_tp"] += len(match(asserted_g, asserted_p, sentence_of))
        if verbose and show and errors:
            print(f"{item['source']}: {item['text'][:100]}")
            print("\n".join(errors))
    p, r, f = prf(counts["type"], counts["pred"], counts["gold"])
    pa, ra, fa = prf(counts["actors"], counts["pred"], counts["gold"])
    ps, rs, fs = prf(counts["asserted_tp"], counts["asserted_pred"], counts["asserted_gold"])
    return {"items": len(items), "gold": counts["gold"], "pred": counts["pred"],
            "type_p": p, "type_r": r, "type_f": f, "actors_p": pa, "actors_r": ra,
            "actors_f": fa, "asserted_p": ps, "asserted_r": rs, "asserted_f": fs,
            "modality_acc": counts["modality"] / counts["type"] if counts["type"] else 0.0,
            "negatives": counts["negatives"],
            "fp_rate": counts["fp_items"] / counts["negatives"] if counts["negatives"] else 0.0}


def report(name: str, scores: dict[str, float]) -> None:
    print(f"{name}: {scores['items']} items, {scores['gold']} gold events, "
          f"{scores['pred']} predicted")
    print(f"  type                P {scores['type_p']:.2f}  R {scores['type_r']:.2f}  "
          f"F1 {scores['type_f']:.2f}")
    print(f"  type+source+target  P {scores['actors_p']:.2f}  R {scores['actors_r']:.2f}  "
          f"F1 {scores['actors_f']:.2f}")
    print(f"  asserted only, type P {scores['asserted_p']:.2f}  R {scores['asserted_r']:.2f}  "
          f"F1 {scores['asserted_f']:.2f}")
    print(f"  modality accuracy on matched events {scores['modality_acc']:.2f}")
    print(f"  false-positive rate on {scores['negatives']} negative items "
          f"{scores['fp_rate']:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--all-errors", action="store_true")
    parser.add_argument(
        "--no-split", action="store_true", help="score the whole file (a blind held-out set)"
    )
    args = parser.parse_args()
    lines = [line for line in args.data.read_text(encoding="utf-8").splitlines() if line]
    items = [(i, json.loads(line)) for i, line in enumerate(lines)]
    held = [(i, it) for i, it in items if i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1]
    dev = [(i, it) for i, it in items if i % HELD_OUT_EVERY != HELD_OUT_EVERY - 1]
    nlp = pipeline()
    cache: dict[int, Any] = {}
    if args.no_split:
        report("all", evaluate(items, nlp, args.verbose, args.all_errors, cache))
        return
    report("development part", evaluate(dev, nlp, args.verbose, True, cache))
    report("held-out part (every 4th item)", evaluate(held, nlp, args.verbose,
                                                      args.all_errors, cache))
    report("all", evaluate(items, nlp, False, False, cache))


if __name__ == "__main__":
    main()
