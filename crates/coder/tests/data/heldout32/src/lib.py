import json
CASES=[]
def C(id,ctry,yr,summary,iu,pur,pt,pl,st,cf,forms,vt,vm,vs,border,countries,ot,means,notes):
    sp=lambda s: s.split() if s else []
    CASES.append(dict(id=id,country=ctry,year=yr,summary=" ".join(summary.split()),internet_used=iu,
      purposes=sp(pur),platform_types=sp(pt),platforms=[x for x in pl.split("|") if x] if pl else [],
      strategies=sp(st),cyber_flow=cf,forms=sp(forms),victims_total=vt,victims_minor=vm,victim_sex=sp(vs),
      border=border,countries=sp(countries),offenders_total=ot,means=sp(means),notes=notes))
