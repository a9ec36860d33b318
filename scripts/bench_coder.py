#!/usr/bin/env python3
"""Side-by-side benchmark of the automatic coder (issue 4), in one run.

Quality: macro-F1 over the 12 benchmark labels of issue 4 on the hand-coded sets
(crates/coder/tests/data/gold: CLDB case summaries + authored narratives, split dev/test;
crates/coder/tests/data/heldout: 90 narratives of another annotator, with their country), for
  * scikit-learn: TF-IDF unigrams+bigrams + logistic regression, one binary model per
    label, 5-fold cross-validation (out-of-fold predictions pooled) over the gold set, over
    gold + the first held-out set (321), over the 480 narratives of the four blind sets
    written under the conventions annex (heldout8-11), and over every coded case (heldout12-32
    included);
  * tipdata-coder rules (no training), on gold dev, gold test, the held-out set, the annex
    sets and every coded case;
  * tipdata-coder rules + learned layer trained on the dev split, on the test split.
Since coder 0.3.0 every one of these sets has been seen while tuning the rules: the rule
columns are no longer unseen scores (see docs/benchmarks-coder.md).
Speed: documents per second on one thread, for the Rust coder (the `code` bench's `propose`
pass on the 181 real CLDB summaries, then on the 480 annex narratives: 15 runs of 60,000
documents each, pinned to one core, reported as median, fastest and slowest, since this shared
VM's core slows by a third at times) and documents per second for the scikit-learn
pipeline's predict step.

Usage: python3 scripts/bench_coder.py [--shared ../shared/data] [--json OUT.json]
Needs: scikit-learn (pip install scikit-learn), cargo.
"""
import argparse
import csv
import json
import os
import shutil
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


def load_heldout(name="heldout"):
    path = os.path.join(os.path.dirname(GOLD), name, f"{name}-narratives.jsonl")
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


# The blind sets written under the conventions annex (docs/coding-conventions.md), each scored
# once while unseen (the table at the top of docs/benchmarks-coder.md); all seen since.
ANNEX = ["heldout8", "heldout9", "heldout10", "heldout11"]
EARLIER = ["heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7"]
# The blind sets written after the annex's four (stop 21 on): in "all" only, so that the annex
# columns keep their meaning (the 480 narratives the speed bench also reads).
LATER = [f"heldout{n}" for n in range(12, 33)]


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


def bench_binary():
    """Builds the coder's bench (`cargo bench --no-run`) and returns its executable."""
    out = subprocess.run(["cargo", "bench", "-p", "tipdata-coder", "--bench", "code", "--no-run"],
                         capture_output=True, text=True, cwd=ROOT, check=True).stderr
    for line in out.splitlines():
        if "Executable" in line and "benches/code.rs" in line:
            return line.rsplit("(", 1)[1].rstrip(")")
    sys.exit("cannot find the bench executable in cargo's output:\n" + out)


def rust_speed(binary, csv_path, runs=15, docs=60000):
    """The bench's `propose` pass (one thread), `runs` runs of `docs` documents one after
    the other, pinned to core 0 when `taskset` exists: (their docs per second, wall clock on
    the pinned core, sorted; the first run's output). One long run reports whatever phase the
    shared VM was in; the runs' spread shows the phases (docs/benchmarks-coder.md, "The VM's
    slow phases")."""
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    rates, first = [], None
    for _ in range(runs):
        out = subprocess.run(pin + [binary, csv_path, str(docs), "propose"], capture_output=True, text=True,
                             cwd=ROOT, check=True).stdout
        first = first or out
        for line in out.splitlines():
            if line.startswith("propose") and "docs/s wall" in line:
                rates.append(float(line.split(" docs/s wall")[0].rsplit(" ", 1)[1]))
    return sorted(rates), first


def narratives_csv(cases, path):
    """Writes the summaries as a CSV with a FactSummary column (what the bench reads)."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["FactSummary"])
        for c in cases:
            w.writerow([c["summary"]])
    return path


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
    annex = [c for name in ANNEX for c in load_heldout(name)]
    earlier = [c for name in EARLIER for c in load_heldout(name)]
    later = [c for name in LATER for c in load_heldout(name)]
    every = cases + heldout + earlier + annex + later

    sk_plain, _ = sklearn_cv(cases, all_texts, False)
    sk, sk_speed = sklearn_cv(cases, all_texts, True)
    sk_all, _ = sklearn_cv(cases + heldout, all_texts, False)
    sk_all_bal, _ = sklearn_cv(cases + heldout, all_texts, True)
    sk_annex, _ = sklearn_cv(annex, all_texts, True)
    sk_every, _ = sklearn_cv(every, all_texts, True)
    rules_all = rust_codes(every, False)
    by_id = {c["id"]: p for c, p in zip(every, rules_all)}
    assert len(by_id) == len(every), "case ids repeat across the sets"
    rules = {
        "all": score(cases, rules_all[: len(cases)]),
        "dev": score(dev, [by_id[c["id"]] for c in dev]),
        "test": score(test, [by_id[c["id"]] for c in test]),
        "heldout": score(heldout, [by_id[c["id"]] for c in heldout]),
        "annex": score(annex, [by_id[c["id"]] for c in annex]),
        "every": score(every, [by_id[c["id"]] for c in every]),
    }
    model_test = None
    try:
        mt = rust_codes(test, True)
        model_test = score(test, mt)
    except subprocess.CalledProcessError as e:
        print("rules+model run failed:", e.stderr[-500:], file=sys.stderr)

    n321, na, ne = len(cases) + len(heldout), len(annex), len(every)
    rows = [("label", "sk plain", "sk balanced", f"sk plain {n321}", f"sk bal. {n321}", f"sk bal. annex {na}",
             f"sk bal. all {ne}", "rules dev", "rules test", "rules heldout", f"rules annex {na}", f"rules all {ne}",
             "rules+model test")]
    cols = [sk_plain, sk, sk_all, sk_all_bal, sk_annex, sk_every, rules["dev"], rules["test"], rules["heldout"],
            rules["annex"], rules["every"], model_test]
    for v, l in LABELS:
        k = f"{v}={l}"
        rows.append((k, *(fmt(c[k]) if c else "-" for c in cols)))
    rows.append(("macro-F1", *(fmt(macro(c)) if c else "-" for c in cols)))
    print(f"gold cases: {len(cases)} (dev {len(dev)}, test {len(test)}); held-out: {len(heldout)}; "
          f"earlier blind sets: {len(earlier)}; annex blind sets: {na}; later blind sets: {len(later)}; all coded: {ne}")
    for r in rows:
        print(f"{r[0]:<36}" + "".join(f"{x:>14}" for x in r[1:]))
    print(f"sklearn: TF-IDF (1,2)-grams + logistic regression, 5-fold CV over the {len(cases)} gold cases, over the "
          f"{n321} gold + held-out, over the {na} annex blind narratives ({', '.join(ANNEX)}) and over all {ne}; "
          "plain = default class weights, balanced = class_weight='balanced'. Every rules column is now a seen "
          "set: the unseen scores (each set scored once, blind) are the table in docs/benchmarks-coder.md")
    print(f"\nscikit-learn predict (one TF-IDF transform + 12 LR models): {sk_speed:,.0f} docs/s")
    speed = {}
    if not a.no_speed:
        cldb = os.path.join(os.environ["TIPDATA_SHARED"], "case-law", "HumanTrafficking_CLDB.csv")
        tmp = narratives_csv(annex, os.path.join(ROOT, "target", "bench-coder-annex.csv"))
        binary = bench_binary()
        for name, path in (("CLDB summaries", cldb), (f"annex narratives ({na})", tmp)):
            texts = [c["summary"] for c in annex] if path == tmp else all_texts
            rates, raw = rust_speed(binary, path)
            chars = sum(len(t) for t in texts) / max(1, len(texts))
            median = rates[len(rates) // 2] if rates else None
            speed[name] = {"docs_per_s_runs": rates, "docs_per_s_median": median, "mean_chars": chars}
            print(raw.strip())
            print(f"tipdata-coder (rules, one thread) on {name}, {chars:,.0f} characters on average, "
                  f"{len(rates)} runs: " + (f"median {median:,.0f} docs/s, fastest {rates[-1]:,.0f}, slowest "
                                            f"{rates[0]:,.0f}" if rates else "not measured"))
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"sklearn_cv_plain": sk_plain, "sklearn_cv_balanced": sk, "sklearn_cv_plain_321": sk_all,
                       "sklearn_cv_balanced_321": sk_all_bal, "sklearn_cv_balanced_annex": sk_annex,
                       "sklearn_cv_balanced_all": sk_every, "rules": rules, "rules_model_test": model_test,
                       "sklearn_docs_per_s": sk_speed, "coder": speed}, f, indent=1)


if __name__ == "__main__":
    main()
