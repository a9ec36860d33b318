import json,sys,importlib
sys.path.insert(0,'/tmp/heldout6/src')
rows=[]
for b in ['b1','b2','b3','b4','b5','b6']:
    rows+=importlib.import_module(b).B
rows=[dict(id=f'H6-{i:03d}',**r) for i,r in enumerate(rows,1)]
import patches
rows=patches.apply(rows)
with open('/tmp/heldout6/heldout6-narratives.jsonl','w') as f:
    for d in rows:
        f.write(json.dumps(d,ensure_ascii=False)+'\n')
print(len(rows))
