import os
HERE = os.path.dirname(os.path.abspath(__file__))
import json, glob, importlib.util, sys
KEYS=["internet_used","purposes","platform_types","platforms","strategies","cyber_flow","forms","victims_total","victims_minor","victim_sex","border","countries","offenders_total","means"]
def C(country, year, summary, iu, pur, pt, pl, st, cf, forms, vt, vm, vs, border, countries, ot, means, notes):
    sp=lambda s: s.split() if isinstance(s,str) else s
    d={"country":country,"year":year,"summary":" ".join(summary.split())}
    vals=[iu,sp(pur),sp(pt),pl,sp(st),cf,sp(forms),vt,vm,sp(vs),border,sp(countries),ot,sp(means)]
    d.update(dict(zip(KEYS,vals))); d["notes"]=notes
    return d
out=[]
for f in sorted(glob.glob(os.path.join(HERE, "batch*.py"))):
    ns={"C":C}; exec(open(f).read(), ns); out+=ns["CASES"]
with open(os.environ.get("OUT", os.path.join(HERE, "..", "heldout10-narratives.jsonl")),"w") as fh:
    for i,d in enumerate(out,1):
        d={"id":f"H10-{i:03d}",**d}
        fh.write(json.dumps(d,ensure_ascii=False)+"\n")
print(len(out))
