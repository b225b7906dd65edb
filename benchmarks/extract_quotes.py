"""Precision, recall and F1 of ``kroniek_quotes`` on the hand-annotated development set.

    python benchmarks/extract_quotes.py [--data benchmarks/data/quotes.jsonl] [-v]

Prints P/R/F1 for quote detection with an overlapping span (the shared characters are at
least half of the longer of the two spans), with the exact span, and for quote + speaker:
an overlapping quote whose speaker also matches (both null, or the speaker texts overlap,
or both link to the same entity, or their names end in the same word: "hij" resolved to
"Bellaart" matches the gold "Bellaart"). Direct and indirect quotes are also scored apart.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import devset
from devset import analyse, load_items, one_to_one, pipeline, prf

DATA = Path(__file__).resolve().parent / "data" / "quotes.jsonl"



def overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    shared = min(a["end"], b["end"]) - max(a["start"], b["start"])
    longest = max(a["end"] - a["start"], b["end"] - b["start"], 1)
    return shared / longest >= 0.5


def _last_word(name: str | None) -> str:
    return name.split()[-1].casefold() if name and name.split() else ""


def same_speaker(gold: dict[str, Any] | None, pred: dict[str, Any] | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    if min(gold["end"], pred["end"]) > max(gold["start"], pred["start"]):
        return True
    if gold.get("entity") and gold.get("entity") == pred.get("entity"):
        return True
    return bool(_last_word(gold.get("name"))) and _last_word(gold.get("name")) == _last_word(
        pred.get("name"))


def match(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index), one to one, best overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if overlaps(g, p):
                shared = min(g["end"], p["end"]) - max(g["start"], p["start"])
                pairs.append((-shared, gi, pi))
    return one_to_one(pairs)


def run(data: Path, verbose: bool) -> dict[str, float]:
    nlp = pipeline()
    items = load_items(data)
    counts = {k: 0 for k in ("gold", "pred", "overlap", "exact", "speaker")}
    by_kind = {k: {"gold": 0, "pred": 0, "tp": 0} for k in ("direct", "indirect")}
    for item in items:
        doc = analyse(nlp, item)
        gold, pred = item["quotes"], doc._.quotes
        counts["gold"] += len(gold)
        counts["pred"] += len(pred)
        for g in gold:
            by_kind["direct" if g["direct"] else "indirect"]["gold"] += 1
        for p in pred:
            by_kind["direct" if p["direct"] else "indirect"]["pred"] += 1
        pairs = match(gold, pred)
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            counts["overlap"] += 1
            counts["exact"] += (g["start"], g["end"]) == (p["start"], p["end"])
            if g["direct"] == p["direct"]:
                by_kind["direct" if g["direct"] else "indirect"]["tp"] += 1
            ok = same_speaker(g["speaker"], p["speaker"])
            counts["speaker"] += ok
            if verbose and not ok:
                gs = g["speaker"] and (g["speaker"]["text"], g["speaker"].get("name"))
                ps = p["speaker"] and (p["speaker"]["text"], p["speaker"].get("name"))
                print(f"SPEAKER  {g['text'][:50]!r}: gold {gs} got {ps} ({item['source']})")
        if verbose:
            matched_g = {gi for gi, _ in pairs}
            matched_p = {pi for _, pi in pairs}
            for gi, g in enumerate(gold):
                if gi not in matched_g:
                    print(f"MISSED   {g['text'][:70]!r} ({item['source']})")
            for pi, p in enumerate(pred):
                if pi not in matched_p:
                    print(f"SPURIOUS {p['text'][:70]!r} ({item['source']})")
    scores: dict[str, float] = {}
    for name in ("overlap", "exact", "speaker"):
        p, r, f = prf(counts[name], counts["pred"], counts["gold"])
        scores |= {f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f}
        label = {"overlap": "quote (overlap)", "exact": "quote (exact)",
                 "speaker": "quote+speaker"}[name]
        print(f"quotes {label:16} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
              f"(tp {counts[name]}, predicted {counts['pred']}, gold {counts['gold']})")
    for kind, c in by_kind.items():
        p, r, f = prf(c["tp"], c["pred"], c["gold"])
        scores |= {f"{kind}_p": p, f"{kind}_r": r, f"{kind}_f1": f}
        print(f"quotes {kind:16} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
              f"(tp {c['tp']}, predicted {c['pred']}, gold {c['gold']})")
    return scores


if __name__ == "__main__":
    devset.main(run, DATA, __doc__)
