import json, glob, importlib.util
KEYS=["internet_used","purposes","platform_types","platforms","strategies","cyber_flow","forms","victims_total","victims_minor","victim_sex","border","countries","offenders_total","means"]
from extra import EXTRA
out=[]
for f in sorted(glob.glob("b*.py")):
    spec=importlib.util.spec_from_file_location(f[:-3],f); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for c in m.CASES:
        d={"id":c[0],"country":c[1],"year":c[2],"summary":" ".join((c[3]+" "+EXTRA.get(c[0],"")).split())}
        for k,v in zip(KEYS,c[4:18]): d[k]=sorted(v) if isinstance(v,list) and k not in("platforms",) else v
        d["notes"]=c[18]
        out.append(d)
with open("heldout4-narratives.jsonl","w") as fh:
    for d in out: fh.write(json.dumps(d,ensure_ascii=False)+"\n")
