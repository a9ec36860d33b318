import json,sys
a,b=int(sys.argv[1]),int(sys.argv[2])
K=['internet_used','purposes','platform_types','platforms','strategies','cyber_flow','forms','victims_total','victims_minor','victim_sex','border','countries','offenders_total','means']
for l in list(open('/tmp/heldout22/heldout22-narratives.jsonl'))[a-1:b]:
    c=json.loads(l)
    print(c['id'],c['country'],c['year'],'|',c['summary'])
    print('  =>',' '.join(f"{k}={c[k]}" for k in K))
    print()
