import json,sys
a,b=int(sys.argv[1]),int(sys.argv[2])
for l in list(open('/tmp/heldout17/heldout17-narratives.jsonl'))[a-1:b]:
    d=json.loads(l)
    print('##',d['id'],d['country'],d['year'],len(d['summary']))
    print(d['summary'])
    print('>> iu=%s pur=%s pt=%s pl=%s st=%s cf=%s | forms=%s vt=%s vm=%s vs=%s border=%s c=%s ot=%s means=%s'%(d['internet_used'],d['purposes'],d['platform_types'],d['platforms'],d['strategies'],d['cyber_flow'],d['forms'],d['victims_total'],d['victims_minor'],d['victim_sex'],d['border'],d['countries'],d['offenders_total'],d['means']))
