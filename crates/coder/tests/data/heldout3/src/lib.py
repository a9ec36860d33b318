CASES = []
def C(co, yr, s, *, iu="no", pu=(), pt=(), pl=(), st=(), cf="no", fo=(), vt="unknown", vm="unknown",
      vs=(), bo="unknown", cs=(), ot="unknown", me=(), n=""):
    CASES.append(dict(country=co, year=yr, summary=" ".join(s.split()), internet_used=iu,
        purposes=sorted(pu), platform_types=sorted(pt), platforms=list(pl), strategies=sorted(st),
        cyber_flow=cf, forms=sorted(fo), victims_total=vt, victims_minor=vm, victim_sex=sorted(vs),
        border=bo, countries=sorted(cs), offenders_total=ot, means=sorted(me), notes=n))
