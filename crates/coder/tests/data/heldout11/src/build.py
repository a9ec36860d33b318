import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
import sys,glob,json,importlib.util
sys.path.insert(0,HERE)
import lib
for f in sorted(glob.glob(os.path.join(HERE,'b[0-9]*.py'))):
    exec(open(f).read(),{'C':lib.C})
with open(os.environ.get('OUT', os.path.join(HERE,'..','heldout11-narratives.jsonl')),'w') as o:
    for c in lib.CASES: o.write(json.dumps(c,ensure_ascii=False)+"\n")
print(len(lib.CASES))
