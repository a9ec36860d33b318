import json, sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import CASES
batches = sys.argv[1:] or [f"b{i:02d}" for i in range(1,7)]
for b in batches:
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), b+".py")):
        importlib.import_module(b)
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "heldout17-narratives.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for c in CASES:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(CASES), "cases ->", out)
