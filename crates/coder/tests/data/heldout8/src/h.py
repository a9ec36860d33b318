import json, os, sys
FIELDS = ["internet_used","purposes","platform_types","platforms","strategies","cyber_flow","forms",
          "victims_total","victims_minor","victim_sex","border","countries","offenders_total","means"]
CASES = []
def C(n, country, year, summary, iu, pur, pt, pl, st, cf, forms, vt, vm, vs, border, countries, ot, means, notes):
    d = {"id": f"H8-{n:03d}", "country": country, "year": year, "summary": " ".join(summary.split())}
    for k, v in zip(FIELDS, [iu, pur, pt, pl, st, cf, forms, vt, vm, vs, border, countries, ot, means]):
        d[k] = sorted(v) if isinstance(v, list) and k not in ("platforms",) else v
    d["notes"] = notes
    CASES.append(d)
