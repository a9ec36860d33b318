import json,glob
CASES=[]
def S(x): return x.split() if x else []
def C(country,year,summary,iu,purp,pt,plat,strat,cf,forms,vt,vm,vs,border,countries,ot,means,notes):
    CASES.append(dict(country=country,year=year,summary=summary,internet_used=iu,purposes=S(purp),platform_types=S(pt),
      platforms=[p for p in plat.split('|') if p] if plat else [],strategies=S(strat),cyber_flow=cf,forms=S(forms),
      victims_total=vt,victims_minor=vm,victim_sex=S(vs),border=border,countries=S(countries),offenders_total=ot,means=S(means),notes=notes))
for f in sorted(glob.glob('/tmp/heldout7/build/batch*.py')):
    exec(open(f).read())
exec(open('/tmp/heldout7/build/overrides.py').read())
with open('/tmp/heldout7/heldout7-narratives.jsonl','w') as o:
    for i,c in enumerate(CASES,1):
        d={'id':f'H7-{i:03d}'}; d.update(c)
        if d['id'] in OV: d['summary']=OV[d['id']]
        if d['id'] in PAD: d['summary']=d['summary'].rstrip()+' '+PAD[d['id']]
        o.write(json.dumps(d,ensure_ascii=False)+'\n')
print(len(CASES))
