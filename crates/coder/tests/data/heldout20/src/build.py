"""Assemble heldout20-narratives.jsonl from the batch files b01.py.. (run from src/)."""
import importlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

BATCHES = [b for b in ["b01", "b02", "b03", "b04", "b05", "b06"]
           if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), b + ".py"))]
for b in BATCHES:
    importlib.import_module(b)

ids = [c["id"] for c in lib.CASES]
assert len(ids) == len(set(ids)), "duplicate ids"
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "heldout20-narratives.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for c in sorted(lib.CASES, key=lambda c: c["id"]):
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(lib.CASES), "cases from", BATCHES, "->", out)
for c in sorted(lib.CASES, key=lambda c: c["id"]):
    print(c["id"], len(c["summary"]))
