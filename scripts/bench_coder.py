#!/usr/bin/env python3
"""Side-by-side benchmark of the automatic coder (issue 4), in one run.

Quality: macro-F1 over the 12 benchmark labels of issue 4 on the hand-coded sets
(crates/coder/tests/data/gold: CLDB case summaries + authored narratives, split dev/test;
crates/coder/tests/data/heldout: 90 narratives of another annotator, with their country), for
  * scikit-learn: TF-IDF unigrams+bigrams + logistic regression, one binary model per
    label, 5-fold cross-validation over the gold set (out-of-fold predictions pooled), and
    over all 321 coded cases (gold + held-out);
  * tipdata-coder rules (no training), on gold dev, gold test and the held-out set;
  * tipdata-coder rules + learned layer trained on the dev split, on the test split.
Since coder 0.3.0 every one of these sets has been seen while tuning the rules: the rule
columns are no longer unseen scores (see docs/benchmarks-coder.md).
Speed: documents per second on one thread, for the Rust coder (cargo bench, 181 real
summaries repeated to ~100,000) and for the scikit-learn pipeline's predict step.

Usage: python3 scripts/bench_coder.py [--shared ../shared/data] [--json OUT.json]
Needs: scikit-learn (pip install scikit-learn), cargo.
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(ROOT, "crates", "coder", "tests", "data", "gold")
LABELS = [
    ("internet_used", "yes"), ("purposes", "advertising"), ("purposes", "recruitment"),
    ("purposes", "exploitation"), ("platform_types", "classified_ads"),
    ("platform_types", "social_media"), ("platform_types", "freestanding_website"),
    ("platform_types", "unspecified"), ("strategies", "hunting"), ("strategies", "fishing"),
    ("victims_minor", "yes"), ("border", "cross_border"),
]


def has(coding, var, label):
    v = coding.get(var)
    return v == label if isinstance(v, str) else (isinstance(v, list) and label in v)


def f1(gold, pred):
    tp = sum(1 for g, p in zip(gold, pred) if g and p)
    fp = sum(1 for g, p in zip(gold, pred) if not g and p)
    fn = sum(1 for g, p in zip(gold, pred) if g and not p)
    return None if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)


def macro(per_label):
    xs = [x for x in per_label.values() if x is not None]
    return sum(xs) / len(xs) if xs else None


def load_gold(shared):
    texts = {}
    with open(os.path.join(shared, "case-law", "HumanTrafficking_CLDB.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            texts[(r["Case"], r["WebOrder"])] = r["FactSummary"]
    cases = []
    for line in open(os.path.join(GOLD, "cldb-gold.jsonl"), encoding="utf-8"):
        if line.strip():
            g = json.loads(line)
            g["summary"] = texts[(g["id"], str(g["web_order"]))]
            g["id"] = f'{g["id"]}/{g["web_order"]}'
            cases.append(g)
    for line in open(os.path.join(GOLD, "narratives.jsonl"), encoding="utf-8"):
        if line.strip():
            cases.append(json.loads(line))
    return cases, list(texts.values())


def load_heldout():
    path = os.path.join(os.path.dirname(GOLD), "heldout", "heldout-narratives.jsonl")
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def rust_codes(cases, with_model):
    """Codes the gold summaries with the Rust coder (example eval binary, debug build)."""
    inp = "\n".join(
        json.dumps({"id": c["id"], "summary": c["summary"], **({"country": c["country"]} if c.get("country") else {})})
        for c in cases
    )
    env = dict(os.environ)
    cmd = ["cargo", "run", "-q", "-p", "tipdata-coder", "--example", "code_stdin"]
    if with_model:
        train = [c for c in cases if c.get("split") == "dev"]
        path = os.path.join(ROOT, "target", "bench-coder-train.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for c in train:
                f.write(json.dumps({k: v for k, v in c.items() if k not in ("notes", "web_order")}) + "\n")
        env["CODER_TRAIN"] = path
    out = subprocess.run(cmd, input=inp, capture_output=True, text=True, cwd=ROOT, env=env, check=True).stdout
    got = {}
    for line in out.splitlines():
        c = json.loads(line)
        got[c["id"]] = c
    return [got[c["id"]] for c in cases]


def score(cases, codings):
    return {f"{v}={l}": f1([has(c, v, l) for c in cases], [has(p, v, l) for p in codings]) for v, l in LABELS}


def sklearn_cv(cases, all_texts, balanced):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import KFold
    from sklearn.pipeline import make_pipeline

    texts = [c["summary"] for c in cases]
    per = {}
    folds = list(KFold(n_splits=5, shuffle=True, random_state=0).split(texts))
    for v, l in LABELS:
        y = [has(c, v, l) for c in cases]
        pred = [False] * len(y)
        for tr, te in folds:
            ytr = [y[i] for i in tr]
            if len(set(ytr)) < 2:  # a fold with one class: predict it
                for i in te:
                    pred[i] = ytr[0]
                continue
            m = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), LogisticRegression(max_iter=2000, C=10.0, class_weight="balanced" if balanced else None))
            m.fit([texts[i] for i in tr], ytr)
            for i, p in zip(te, m.predict([texts[i] for i in te])):
                pred[i] = bool(p)
        per[f"{v}={l}"] = f1(y, pred)
    if not balanced:
        return per, None
    # Speed of the predict step on one core: one TF-IDF transform, then the 12 models.
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit(texts)
    x = vec.transform(texts)
    models = []
    for v, l in LABELS:
        y = [has(c, v, l) for c in cases]
        if len(set(y)) == 2:
            models.append(LogisticRegression(max_iter=2000, C=10.0, class_weight="balanced").fit(x, y))
    docs = (all_texts * (2000 // len(all_texts) + 1))[:2000]
    t = time.perf_counter()
    xd = vec.transform(docs)
    for m in models:
        m.predict(xd)
    secs = time.perf_counter() - t
    return per, len(docs) / secs


def rust_speed():
    out = subprocess.run(
        ["cargo", "bench", "-q", "-p", "tipdata-coder", "--bench", "code"],
        capture_output=True, text=True, cwd=ROOT, check=True,
    ).stdout
    for line in out.splitlines():
        if line.startswith("docs/s:"):
            return float(line.split()[1]), out
    return None, out


def fmt(x):
    return "-" if x is None else f"{x:.3f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.environ.get("TIPDATA_SHARED", os.path.join(ROOT, "..", "shared", "data")))
    ap.add_argument("--json")
    ap.add_argument("--no-speed", action="store_true")
    a = ap.parse_args()
    os.environ["TIPDATA_SHARED"] = os.path.abspath(a.shared)
    cases, all_texts = load_gold(a.shared)
    test = [c for c in cases if c.get("split") == "test"]
    dev = [c for c in cases if c.get("split") == "dev"]
    heldout = load_heldout()

    sk_plain, _ = sklearn_cv(cases, all_texts, False)
    sk, sk_speed = sklearn_cv(cases, all_texts, True)
    sk_all, _ = sklearn_cv(cases + heldout, all_texts, False)
    sk_all_bal, _ = sklearn_cv(cases + heldout, all_texts, True)
    rules_all = rust_codes(cases + heldout, False)
    by_id = {c["id"]: p for c, p in zip(cases + heldout, rules_all)}
    rules = {
        "all": score(cases, rules_all[: len(cases)]),
        "dev": score(dev, [by_id[c["id"]] for c in dev]),
        "test": score(test, [by_id[c["id"]] for c in test]),
        "heldout": score(heldout, [by_id[c["id"]] for c in heldout]),
    }
    model_test = None
    try:
        mt = rust_codes(test, True)
        model_test = score(test, mt)
    except subprocess.CalledProcessError as e:
        print("rules+model run failed:", e.stderr[-500:], file=sys.stderr)

    rows = [("label", "sk plain", "sk balanced", "sk plain 321", "sk bal. 321", "rules dev", "rules test", "rules heldout",
             "rules+model test")]
    for v, l in LABELS:
        k = f"{v}={l}"
        rows.append((k, fmt(sk_plain[k]), fmt(sk[k]), fmt(sk_all[k]), fmt(sk_all_bal[k]), fmt(rules["dev"][k]),
                     fmt(rules["test"][k]), fmt(rules["heldout"][k]), fmt(model_test[k]) if model_test else "-"))
    rows.append(("macro-F1", fmt(macro(sk_plain)), fmt(macro(sk)), fmt(macro(sk_all)), fmt(macro(sk_all_bal)),
                 fmt(macro(rules["dev"])), fmt(macro(rules["test"])), fmt(macro(rules["heldout"])),
                 fmt(macro(model_test)) if model_test else "-"))
    print(f"gold cases: {len(cases)} (dev {len(dev)}, test {len(test)}); held-out: {len(heldout)}")
    for r in rows:
        print(f"{r[0]:<36}" + "".join(f"{x:>14}" for x in r[1:]))
    print("sklearn: TF-IDF (1,2)-grams + logistic regression, 5-fold CV over the 231 gold cases, and over all 321 "
          "(gold + held-out); plain = default class weights, balanced = class_weight='balanced'")
    print(f"\nscikit-learn predict (one TF-IDF transform + 12 LR models): {sk_speed:,.0f} docs/s")
    rust = None
    if not a.no_speed:
        rust, raw = rust_speed()
        print(raw.strip())
        print(f"tipdata-coder (rules, one thread): {rust:,.0f} docs/s" if rust else "tipdata-coder speed: not measured")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"sklearn_cv_plain": sk_plain, "sklearn_cv_balanced": sk, "sklearn_cv_plain_321": sk_all,
                       "sklearn_cv_balanced_321": sk_all_bal, "rules": rules, "rules_model_test": model_test,
                       "sklearn_docs_per_s": sk_speed, "coder_docs_per_s": rust}, f, indent=1)


if __name__ == "__main__":
    main()
