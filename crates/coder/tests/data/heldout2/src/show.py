import json,sys
a,b=int(sys.argv[1]),int(sys.argv[2])
for l in open('/tmp/heldout2/heldout2-narratives.jsonl'):
    d=json.loads(l); n=int(d['id'][3:])
    if a<=n<=b:
        print(f"== {d['id']} {d['country']} {d['year']} len={len(d['summary'])}")
        print(d['summary'])
        print({k:v for k,v in d.items() if k not in ('id','country','year','summary','notes')})
        print('NOTES:',d['notes'])
