import json, sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
for b in ["b01","b02","b03","b04","b05","b06"]:
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), b+".py")):
        importlib.import_module(b)
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "heldout23-narratives.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for c in lib.CASES:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(lib.CASES), "cases ->", out)
