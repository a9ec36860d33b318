import json,sys
a,b=sys.argv[1],sys.argv[2]
for l in open('/tmp/heldout26/heldout26-narratives.jsonl'):
    c=json.loads(l)
    if not (a<=c['id']<=b): continue
    print('=====',c['id'],c['country'],c['year'])
    print(c['summary'])
    print('>>', c['internet_used'], c['purposes'], c['platform_types'], c['platforms'], c['strategies'], 'cf='+c['cyber_flow'], c['forms'], 'vt=',c['victims_total'], 'min='+c['victims_minor'], c['victim_sex'], c['border'], c['countries'], 'ot=',c['offenders_total'], c['means'])
