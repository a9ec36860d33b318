"""Assemble heldout31-narratives.jsonl from b01..b06 (sorted by id)."""
import json, importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
for b in ["b01", "b02", "b03", "b04", "b05", "b06"]:
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), b + ".py")):
        importlib.import_module(b)
cases = sorted(lib.CASES, key=lambda c: c["id"])
ids = [c["id"] for c in cases]
assert len(ids) == len(set(ids)), "duplicate ids"
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "heldout31-narratives.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases ->", out)
for c in cases:
    n = len(c["summary"])
    if not 300 <= n <= 2000:
        print("LENGTH", c["id"], n)
