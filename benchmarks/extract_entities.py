"""Entity mentions and linking on the hand-annotated development set.

    .venv/bin/python benchmarks/extract_entities.py [benchmarks/data/entities.jsonl] [-v]

Prints mention precision/recall/F1 (exact character span), linking accuracy on the
correctly found mentions (gold id equal to the linked id; a gold ``null`` — not in the
knowledge base — counts as correct when the mention got a local ``kr:<type>:...`` id),
and entity-level precision/recall/F1 over the distinct known ids (knowledge base and
GeoNames) per item.
"""

from __future__ import annotations

import sys
from pathlib import Path

from devset import analyse, load_items, pipeline, prf

DATA = Path(__file__).resolve().parent / "data" / "entities.jsonl"
LOCAL_PREFIXES = ("kr:per:", "kr:org:", "kr:loc:", "kr:misc:", "kr:gpe:", "kr:norp:")



def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    paths = [a for a in argv if a != "-v"]
    path = Path(paths[0]) if paths else DATA
    nlp = pipeline()
    items = load_items(path)
    tp = n_pred = n_gold = linked_ok = 0
    ent_tp = ent_pred = ent_gold = 0
    for item in items:
        doc = analyse(nlp, item)
        predicted = {(m["start"], m["end"]): e["id"]
                     for e in doc._.entities for m in e["mentions"]}
        gold = {(g["start"], g["end"]): g for g in item["entities"]}
        n_pred += len(predicted)
        n_gold += len(gold)
        for span, g in gold.items():
            if span not in predicted:
                if verbose:
                    print(f"  missed  {g['text']!r} ({g['id']})  [{item['source']}]")
                continue
            tp += 1
            got = predicted[span]
            ok = got == g["id"] if g["id"] else got.startswith(LOCAL_PREFIXES)
            linked_ok += ok
            if verbose and not ok:
                print(f"  linked  {g['text']!r} to {got}, gold {g['id']}")
        if verbose:
            for span, got in predicted.items():
                if span not in gold:
                    print(f"  spurious {item['text'][span[0]:span[1]]!r} ({got})")
        gold_ids = {g["id"] for g in item["entities"] if g["id"]}
        pred_ids = {i for i in predicted.values() if not i.startswith(LOCAL_PREFIXES)}
        ent_tp += len(gold_ids & pred_ids)
        ent_pred += len(pred_ids)
        ent_gold += len(gold_ids)
    p, r, f = prf(tp, n_pred, n_gold)
    print(f"items {len(items)}, gold mentions {n_gold}, predicted {n_pred}")
    print(f"mentions (exact span)   P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"linking accuracy        {linked_ok / tp if tp else 0:.3f}  ({linked_ok}/{tp})")
    p, r, f = prf(ent_tp, ent_pred, ent_gold)
    print(f"entities (known ids)    P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
