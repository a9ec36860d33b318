#!/usr/bin/env python3
"""Agreement between two hand codings of the same summaries (issue #4): how far two careful
annotators agree under the coding scheme and its conventions annex, on the coder's benchmark
labels (the same F1 and macro-F1 as `tipdata coder eval`). Binary F1 is symmetric, so which file
is the reference does not matter for F1 or kappa.

    python3 scripts/annotator_agreement.py A.jsonl B.jsonl [--cases-out DISAGREE.md]

Only ids present in both files are compared; each summary must be the same in both (if both
carry one).
"""
import argparse
import json
import sys

BENCHMARK = [
    ("internet_used", "yes"), ("purposes", "advertising"), ("purposes", "recruitment"),
    ("purposes", "exploitation"), ("platform_types", "classified_ads"),
    ("platform_types", "social_media"), ("platform_types", "freestanding_website"),
    ("platform_types", "unspecified"), ("strategies", "hunting"), ("strategies", "fishing"),
    ("victims_minor", "yes"), ("border", "cross_border"),
]
OTHER = ["internet_used", "purposes", "platform_types", "strategies", "cyber_flow", "forms",
         "victims_total", "victims_minor", "victim_sex", "border", "offenders_total", "means"]


def labels(case, var):
    v = case.get(var)
    if v is None:
        return set()
    if isinstance(v, list):
        return {str(x) for x in v}
    return {str(v)}


def read(path):
    out = {}
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.strip()
        if not line:
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            sys.exit(f"{path}: line {n}: not JSON: {e}")
        if "id" not in d:
            sys.exit(f"{path}: line {n}: no `id`")
        out[d["id"]] = d
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--cases-out")
    args = ap.parse_args()
    a, b = read(args.a), read(args.b)
    ids = sorted(set(a) & set(b))
    if not ids:
        sys.exit("no id in both files")
    changed = [i for i in ids if None not in (a[i].get("summary"), b[i].get("summary"))
               and a[i]["summary"] != b[i]["summary"]]
    if changed:
        print(f"left out, the summary differs between the files: {', '.join(changed)}")
        ids = [i for i in ids if i not in changed]
    print(f"cases coded by both: {len(ids)}")
    print(f"\n{'label':<36} {'both':>4} {'A only':>6} {'B only':>6} {'F1':>6} {'kappa':>6}")
    f1s = []
    for var, lab in BENCHMARK:
        tp = fa = fb = tn = 0
        for i in ids:
            x, y = lab in labels(a[i], var), lab in labels(b[i], var)
            tp += x and y
            fa += x and not y
            fb += y and not x
            tn += not x and not y
        n = len(ids)
        f1 = 2 * tp / (2 * tp + fa + fb) if tp + fa + fb else None
        po = (tp + tn) / n
        pa, pb = (tp + fa) / n, (tp + fb) / n
        pe = pa * pb + (1 - pa) * (1 - pb)
        kappa = (po - pe) / (1 - pe) if pe < 1 else 1.0
        if f1 is not None:
            f1s.append(f1)
        print(f"{var + ':' + lab:<36} {tp:>4} {fa:>6} {fb:>6} {'-' if f1 is None else f'{f1:.3f}':>6} {kappa:>6.3f}")
    print(f"\nmacro-F1 over the {len(f1s)} defined benchmark labels: {sum(f1s) / len(f1s):.3f}")
    print(f"\n{'variable':<18} exact agreement")
    for var in OTHER:
        same = sum(labels(a[i], var) == labels(b[i], var) for i in ids)
        print(f"{var:<18} {same}/{len(ids)} ({same / len(ids):.2f})")
    if args.cases_out:
        with open(args.cases_out, "w", encoding="utf-8") as f:
            for i in ids:
                diffs = [(v, sorted(labels(a[i], v)), sorted(labels(b[i], v))) for v in OTHER
                         if labels(a[i], v) != labels(b[i], v)]
                if diffs:
                    f.write(f"## {i}\n\n{a[i].get('summary') or b[i].get('summary', '')}\n\n")
                    for v, x, y in diffs:
                        f.write(f"- {v}: A {x} / B {y}\n")
                    f.write(f"- notes A: {a[i].get('notes', '')}\n- notes B: {b[i].get('notes', '')}\n\n")


if __name__ == "__main__":
    main()
