import sys, json, importlib, os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import h
for b in sys.argv[1:]:
    importlib.import_module(b)
with open(os.environ.get('OUT', os.path.join(HERE, '..', 'heldout8-narratives.jsonl')),'w') as f:
    for d in h.CASES:
        f.write(json.dumps(d, ensure_ascii=False)+"\n")
print(len(h.CASES))
