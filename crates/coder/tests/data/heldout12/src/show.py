import json,sys
rows=[json.loads(l) for l in open('/tmp/heldout12/heldout12-narratives.jsonl')]
a,b=int(sys.argv[1]),int(sys.argv[2])
for r in rows[a-1:b]:
    print(r['id'],r['country'],r['year'],len(r['summary']))
    print(r['summary'])
    print('  >> iu=%s pur=%s pt=%s pl=%s st=%s cf=%s | forms=%s vt=%s vm=%s vs=%s border=%s ctry=%s ot=%s means=%s'%(r['internet_used'],r['purposes'],r['platform_types'],r['platforms'],r['strategies'],r['cyber_flow'],r['forms'],r['victims_total'],r['victims_minor'],r['victim_sex'],r['border'],r['countries'],r['offenders_total'],r['means']))
    print()
