import json, glob, importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "b[0-9][0-9].py"))):
    importlib.import_module(os.path.basename(f)[:-3])
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout12-narratives.jsonl")
with open(out, "w", encoding="utf-8") as fh:
    for d in lib.CASES:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(lib.CASES), "cases ->", os.path.normpath(out))
