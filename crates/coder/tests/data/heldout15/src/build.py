import json,importlib,sys,glob,os
sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
import lib
for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)),'b[0-9][0-9].py'))):
    importlib.import_module(os.path.basename(f)[:-3])
ids=[c['id'] for c in lib.CASES]; assert len(ids)==len(set(ids)),'dup ids'
with open('/tmp/heldout15/heldout15-narratives.jsonl','w') as o:
    for c in sorted(lib.CASES,key=lambda c:c['id']): o.write(json.dumps(c,ensure_ascii=False)+'\n')
print(len(lib.CASES),'cases')
