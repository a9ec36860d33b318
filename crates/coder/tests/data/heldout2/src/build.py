#!/usr/bin/env python3
"""Assemble heldout2-narratives.jsonl from the batch files src/b*.py (annotator's working files)."""
import glob, importlib.util, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["internet_used", "purposes", "platform_types", "platforms", "strategies", "cyber_flow", "forms",
         "victims_total", "victims_minor", "victim_sex", "border", "countries", "offenders_total", "means"]
CASES = []

def S(x):
    return sorted(x.split()) if x else []

def c(n, country, year, summary, iu, pur, pt, pl, st, cf, forms, vt, vm, vs, border, ctry, ot, means, notes=""):
    d = {"id": f"H2-{n:03d}", "country": country, "year": year, "summary": " ".join(summary.split())}
    d.update({"internet_used": iu, "purposes": S(pur), "platform_types": S(pt),
              "platforms": [p.strip() for p in pl.split("|") if p.strip()], "strategies": S(st),
              "cyber_flow": cf, "forms": S(forms), "victims_total": vt, "victims_minor": vm,
              "victim_sex": S(vs), "border": border, "countries": S(ctry), "offenders_total": ot,
              "means": S(means), "notes": notes})
    CASES.append(d)

if __name__ == "__main__":
    import builtins
    builtins.c = c
    for f in sorted(glob.glob(os.path.join(HERE, "b*.py"))):
        if os.path.basename(f) == "build.py":
            continue
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    CASES.sort(key=lambda d: d["id"])
    out = os.path.join(HERE, "..", "heldout2-narratives.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for d in CASES:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {os.path.normpath(out)}")
