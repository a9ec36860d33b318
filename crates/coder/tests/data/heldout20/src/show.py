import json,sys
a,b=int(sys.argv[1]),int(sys.argv[2])
for l in open('/tmp/heldout20/heldout20-narratives.jsonl'):
    c=json.loads(l)
    n=int(c['id'][4:])
    if n<a or n>b: continue
    print(c['id'],c['country'],c['year'],'|',c['summary'])
    print('  =>',c['internet_used'],c['purposes'],c['platform_types'],c['platforms'],c['strategies'],'cf',c['cyber_flow'],c['forms'],'vt',c['victims_total'],'min',c['victims_minor'],c['victim_sex'],c['border'],c['countries'],'ot',c['offenders_total'],c['means'])
