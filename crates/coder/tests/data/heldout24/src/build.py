"""Assemble heldout24-narratives.jsonl from b01..b06 (uses lib.C)."""
import json, os, sys, importlib
here = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, here)
import lib
for b in ["b01", "b02", "b03", "b04", "b05", "b06"]:
    if os.path.exists(os.path.join(here, b + ".py")):
        importlib.import_module(b)
ids = [c["id"] for c in lib.CASES]
assert len(ids) == len(set(ids)), "duplicate ids"
out = os.path.join(os.path.dirname(here), "heldout24-narratives.jsonl")
with open(out, "w", encoding="utf-8") as fh:
    for c in sorted(lib.CASES, key=lambda c: c["id"]):
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
L = [len(c["summary"]) for c in lib.CASES]
print(len(L), "cases; length min", min(L), "max", max(L), "mean", round(sum(L) / len(L)))
