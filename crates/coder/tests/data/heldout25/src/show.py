import json,sys
a,b=int(sys.argv[1]),int(sys.argv[2])
for l in list(open('/tmp/heldout25/heldout25-narratives.jsonl'))[a-1:b]:
    c=json.loads(l)
    print(f"=== {c['id']} {c['country']} {c['year']} len={len(c['summary'])}")
    print(c['summary'])
    print("  IU",c['internet_used'],"P",c['purposes'],"PT",c['platform_types'],"PL",c['platforms'],"S",c['strategies'],"CF",c['cyber_flow'])
    print("  F",c['forms'],"VT",c['victims_total'],"VM",c['victims_minor'],"VS",c['victim_sex'],"B",c['border'],"C",c['countries'],"OT",c['offenders_total'],"M",c['means'])
