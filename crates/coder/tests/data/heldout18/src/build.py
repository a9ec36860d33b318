"""Assemble heldout18-narratives.jsonl from b01.py..b06.py using lib.py."""
import json, os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib
for i in range(1, 7):
    p = os.path.join(HERE, f"b{i:02d}.py")
    if os.path.exists(p):
        importlib.import_module(f"b{i:02d}")
ids = [c["id"] for c in lib.CASES]
assert len(ids) == len(set(ids)), "duplicate ids"
out = os.path.join(os.path.dirname(HERE), "heldout18-narratives.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for c in sorted(lib.CASES, key=lambda c: c["id"]):
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(lib.CASES), "cases ->", out)
