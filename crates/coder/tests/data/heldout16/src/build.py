import sys, json, importlib
sys.path.insert(0, '/tmp/heldout16/src')
import lib
mods = sys.argv[1:] or ['b01','b02','b03','b04','b05','b06']
for m in mods:
    importlib.import_module(m)
with open('/tmp/heldout16/heldout16-narratives.jsonl','w') as f:
    for c in lib.CASES:
        f.write(json.dumps(c, ensure_ascii=False)+'\n')
L=[len(c['summary']) for c in lib.CASES]
print(len(lib.CASES),'cases; len min',min(L),'max',max(L),'mean',sum(L)//len(L))
