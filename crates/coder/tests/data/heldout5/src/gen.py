#!/usr/bin/env python3
"""Assemble heldout5-narratives.jsonl from the batch files b1.py, b2.py, ... (each defines CASES)."""
import glob, json, importlib.util, os
HERE = os.path.dirname(os.path.abspath(__file__))

def sp(x):
    return x.split() if isinstance(x, str) else list(x)

def K(country, year, summary, iu, purposes, pt, platforms, strat, cf, forms, vt, vm, vs, border, countries, ot, means, notes):
    return {"country": country, "year": year, "summary": " ".join(summary.split()),
            "internet_used": iu, "purposes": sorted(sp(purposes)), "platform_types": sorted(sp(pt)),
            "platforms": [p for p in platforms.split("|") if p] if isinstance(platforms, str) else platforms,
            "strategies": sorted(sp(strat)), "cyber_flow": cf, "forms": sorted(sp(forms)),
            "victims_total": vt, "victims_minor": vm, "victim_sex": sorted(sp(vs)), "border": border,
            "countries": sorted(sp(countries)), "offenders_total": ot, "means": sorted(sp(means)), "notes": notes}

if __name__ == "__main__":
    rows = []
    for f in sorted(glob.glob(os.path.join(HERE, "b[0-9]*.py")), key=lambda p: int(os.path.basename(p)[1:-3])):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        rows.extend(m.CASES)
    with open(os.path.join(HERE, "heldout5-narratives.jsonl"), "w", encoding="utf-8") as out:
        for i, r in enumerate(rows, 1):
            d = {"id": f"H5-{i:03d}"}; d.update(r)
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(rows), "cases written")
