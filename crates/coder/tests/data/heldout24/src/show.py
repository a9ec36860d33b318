import json, sys
a, b = int(sys.argv[1]), int(sys.argv[2])
for l in open('/tmp/heldout24/heldout24-narratives.jsonl'):
    c = json.loads(l); n = int(c['id'][4:])
    if not a <= n <= b: continue
    print(c['id'], c['country'], c['year'], len(c['summary'])); print(c['summary'])
    print('  IU=%s P=%s T=%s PL=%s S=%s CF=%s F=%s VT=%s VM=%s VS=%s B=%s C=%s OT=%s M=%s' % (c['internet_used'], c['purposes'], c['platform_types'], c['platforms'], c['strategies'], c['cyber_flow'], c['forms'], c['victims_total'], c['victims_minor'], c['victim_sex'], c['border'], c['countries'], c['offenders_total'], c['means']))
    print()
