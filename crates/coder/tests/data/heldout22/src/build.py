import json, os, importlib, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import lib
for b in ["b01", "b02", "b03", "b04", "b05", "b06"]:
    if os.path.exists(os.path.join(here, b + ".py")):
        importlib.import_module(b)
out = os.path.join(os.path.dirname(here), "heldout22-narratives.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for c in lib.CASES:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
L = [len(c["summary"]) for c in lib.CASES]
print(len(lib.CASES), "cases; len min", min(L), "max", max(L), "mean", round(sum(L) / len(L)))
