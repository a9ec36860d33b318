import json, importlib, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
for i in range(1, 13):
    try:
        importlib.import_module(f"b{i:02d}")
    except ModuleNotFoundError:
        pass
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout14-narratives.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for c in sorted(lib.CASES, key=lambda c: c["id"]):
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(lib.CASES), "cases written")
