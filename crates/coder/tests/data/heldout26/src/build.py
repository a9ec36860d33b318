"""Assemble heldout26-narratives.jsonl from the batch files b01.py.. (each calls lib.C)."""
import glob, importlib, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib
for path in sorted(glob.glob(os.path.join(HERE, "b[0-9][0-9].py"))):
    importlib.import_module(os.path.basename(path)[:-3])
ids = [c["id"] for c in lib.CASES]
assert len(ids) == len(set(ids)), "duplicate id"
lib.CASES.sort(key=lambda c: c["id"])
out = os.path.join(os.path.dirname(HERE), "heldout26-narratives.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for c in lib.CASES:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(lib.CASES)} cases to {out}")
for c in lib.CASES:
    print(c["id"], len(c["summary"]), c["internet_used"])
