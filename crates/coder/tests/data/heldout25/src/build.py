import json, sys, importlib, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
n = int(sys.argv[1]) if len(sys.argv) > 1 else 6
for i in range(1, n + 1):
    importlib.import_module(f"b{i:02d}")
out = "/tmp/heldout25/heldout25-narratives.jsonl"
with open(out, "w", encoding="utf-8") as f:
    for c in lib.CASES:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
L = [len(c["summary"]) for c in lib.CASES]
print(len(lib.CASES), "cases; lengths", min(L), max(L), sum(L) / len(L))
for c in lib.CASES:
    if not 300 <= len(c["summary"]) <= 2000:
        print("LENGTH", c["id"], len(c["summary"]))
