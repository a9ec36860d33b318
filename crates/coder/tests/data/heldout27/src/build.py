import json, os, sys, importlib.util
sys.path.insert(0, os.path.dirname(__file__))
import lib
for b in sorted(f for f in os.listdir(os.path.dirname(__file__) or ".") if f.startswith("b0") and f.endswith(".py")):
    spec = importlib.util.spec_from_file_location(b[:-3], os.path.join(os.path.dirname(__file__), b))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
ids = [c["id"] for c in lib.CASES]
assert len(ids) == len(set(ids)), "duplicate ids"
lib.CASES.sort(key=lambda c: c["id"])
with open(os.path.join(os.path.dirname(__file__), "..", "heldout27-narratives.jsonl"), "w") as f:
    for c in lib.CASES:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(lib.CASES), "cases written")
