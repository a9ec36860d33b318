import json, importlib, sys
sys.path.insert(0, "/tmp/heldout32/src")
import lib
for b in ["b01", "b02", "b03", "b04", "b05", "b06"]:
    try:
        importlib.import_module(b)
    except ModuleNotFoundError:
        print("missing", b)
cases = sorted(lib.CASES, key=lambda c: c["id"])
ids = [c["id"] for c in cases]
assert len(ids) == len(set(ids)), "duplicate ids"
with open("/tmp/heldout32/heldout32-narratives.jsonl", "w") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases written")
