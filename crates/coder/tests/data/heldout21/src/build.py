"""Assemble heldout21-narratives.jsonl from the batch files b01..b06."""
import json, os, sys, importlib
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import lib
for b in ["b01", "b02", "b03", "b04", "b05", "b06"]:
    if os.path.exists(os.path.join(here, b + ".py")):
        importlib.import_module(b)
ids = [c["id"] for c in lib.CASES]
assert len(ids) == len(set(ids)), "duplicate ids"
out = os.path.join(os.path.dirname(here), "heldout21-narratives.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for c in sorted(lib.CASES, key=lambda c: c["id"]):
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(lib.CASES), "cases to", out)
