#!/usr/bin/env python3
"""Validate a held-out set of coded case narratives against coding scheme v1 and print its label
counts: one checker for every set in crates/coder/tests/data/heldout*/.

Usage: python3 scripts/check_heldout.py SET_DIR
  SET_DIR is a set's directory, e.g. crates/coder/tests/data/heldout3. The file is
  SET_DIR/<dir name>-narratives.jsonl and the case ids are <prefix>-nnn, both from the
  directory's name: `heldout` -> heldout-narratives.jsonl, ids HO-nnn; `heldoutN` ->
  heldoutN-narratives.jsonl, ids HN-nnn. The years and summary lengths each set was built to
  are in SETS below (a set not listed gets the later sets' limits).
Exit status 1 if any line fails validation (2 on a bad SET_DIR).
"""
import collections
import csv
import json
import os
import re
import sys

SCRIPTS = os.path.dirname(os.path.abspath(__file__))

# What each set's brief asked for (its README says the same): summary length, years of the
# cases and, for the second set, minimum label counts (reported, never an error).
SETS = {
    "heldout": {"length": (300, 1500), "years": (2005, 2024)},
    "heldout2": {"targets": True},
}
DEFAULTS = {"length": (300, 2000), "years": (2000, 2025), "targets": False}


def set_of(set_dir):
    """The set's name, file, id pattern and limits, from its directory's name."""
    name = os.path.basename(os.path.normpath(set_dir))
    m = re.fullmatch(r"heldout(\d*)", name)
    if not m:
        sys.exit(f"error: {set_dir}: not a held-out set directory (heldout or heldoutN)")
    prefix = "H" + (m.group(1) or "O")
    path = os.path.join(set_dir, f"{name}-narratives.jsonl")
    if not os.path.exists(path):
        sys.exit(f"error: {path} does not exist")
    conf = dict(DEFAULTS, **SETS.get(name, {}))
    return name, path, re.compile(re.escape(prefix) + r"-\d{3}"), conf


# Mirror of SCHEME in crates/model/src/coding.rs (scheme v1).
YES_NO = ["yes", "no"]
YES_NO_UNKNOWN = ["yes", "no", "unknown"]
SCHEME = [
    ("internet_used", "choice", YES_NO),
    ("purposes", "set", ["advertising", "recruitment", "exploitation", "logistics"]),
    ("platform_types", "set", ["social_media", "messaging_app", "classified_ads", "freestanding_website",
                               "dating", "webcam_livestream", "job_portal", "email", "unspecified"]),
    ("platforms", "names", None),
    ("strategies", "set", ["hunting", "fishing"]),
    ("cyber_flow", "choice", YES_NO_UNKNOWN),
    ("forms", "set", ["sexual_exploitation", "forced_labour", "forced_criminal_activity", "forced_begging",
                      "forced_marriage", "organ_removal", "other"]),
    ("victims_total", "count", None),
    ("victims_minor", "choice", YES_NO_UNKNOWN),
    ("victim_sex", "set", ["female", "male"]),
    ("border", "choice", ["domestic", "cross_border", "unknown"]),
    ("countries", "countries", None),
    ("offenders_total", "count", None),
    ("means", "set", ["force", "threat", "deception", "abuse_of_vulnerability", "debt_bondage",
                      "document_retention", "drugs", "other"]),
]
EXTRA_KEYS = {"id", "country", "year", "summary", "notes"}


def load_iso3():
    """ISO 3166-1 alpha-3 country codes: the project's entity table, else pycountry."""
    ent = os.path.join(SCRIPTS, "..", "crates", "model", "data", "entities.csv")
    if os.path.exists(ent):
        with open(ent, newline="", encoding="utf-8") as f:
            return {r["id"] for r in csv.DictReader(f) if r["kind"] == "country"}
    import pycountry  # fallback
    return {c.alpha_3 for c in pycountry.countries}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip().splitlines()[3])
    _, PATH, id_pattern, conf = set_of(sys.argv[1])
    MIN_LEN, MAX_LEN = conf["length"]
    first_year, last_year = conf["years"]
    iso3 = load_iso3()
    errors = []
    rows = []
    ids = set()
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            def bad(msg):
                errors.append(f"line {n}: {msg}")
            if not line.strip():
                bad("empty line")
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                bad(f"invalid JSON: {e}")
                continue
            if not isinstance(d, dict):
                bad("not a JSON object")
                continue
            cid = d.get("id")
            if not isinstance(cid, str) or not id_pattern.fullmatch(cid):
                bad(f"bad id {cid!r}")
            elif cid in ids:
                bad(f"duplicate id {cid}")
            ids.add(cid)
            if d.get("country") not in iso3:
                bad(f"country {d.get('country')!r} not ISO3")
            y = d.get("year")
            if not isinstance(y, int) or not first_year <= y <= last_year:
                bad(f"year {y!r} outside {first_year}-{last_year}")
            s = d.get("summary")
            if not isinstance(s, str):
                bad("summary missing")
            elif not MIN_LEN <= len(s) <= MAX_LEN:
                bad(f"summary length {len(s)} outside {MIN_LEN}-{MAX_LEN}")
            names = {v[0] for v in SCHEME}
            for k in d:
                if k not in names and k not in EXTRA_KEYS:
                    bad(f"unexpected key {k!r}")
            for name, kind, labels in SCHEME:
                if name not in d:
                    bad(f"missing variable {name}")
                    continue
                v = d[name]
                if kind == "choice":
                    if v not in labels:
                        bad(f"{name}: {v!r} not in {labels}")
                elif kind == "set":
                    if not isinstance(v, list) or any(x not in labels for x in v):
                        bad(f"{name}: {v!r} not a subset of {labels}")
                    elif len(set(v)) != len(v):
                        bad(f"{name}: duplicates in {v}")
                elif kind == "names":
                    if not isinstance(v, list) or any(not isinstance(x, str) or not x.strip() for x in v):
                        bad(f"{name}: {v!r} not a list of names")
                elif kind == "countries":
                    if not isinstance(v, list) or any(x not in iso3 for x in v):
                        bad(f"{name}: {v!r} has a non-ISO3 code")
                elif kind == "count":
                    if not (v == "unknown" or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)):
                        bad(f"{name}: {v!r} not a whole number or 'unknown'")
            # internal consistency of the technology block
            if d.get("internet_used") == "no":
                for k in ("purposes", "platform_types", "platforms", "strategies"):
                    if d.get(k):
                        bad(f"internet_used=no but {k}={d[k]}")
                if d.get("cyber_flow") == "yes":
                    bad("internet_used=no but cyber_flow=yes")
            if d.get("internet_used") == "yes":
                if not d.get("purposes"):
                    bad("internet_used=yes but no purpose")
                if not d.get("platform_types"):
                    bad("internet_used=yes but no platform type")
                if "logistics" in d.get("purposes", []) and len(d["purposes"]) > 1:
                    bad("logistics combined with another purpose")
            if d.get("country") and isinstance(d.get("countries"), list) and d["countries"] \
                    and d["country"] not in d["countries"]:
                bad(f"prosecuting country {d['country']} not in countries (check)")
            rows.append(d)

    for e in errors:
        print("ERROR", e)

    # ---- summary statistics ----
    print(f"\nfile: {PATH}")
    print(f"cases: {len(rows)}   errors: {len(errors)}")
    lens = [len(r["summary"]) for r in rows if isinstance(r.get("summary"), str)]
    if lens:
        sl = sorted(lens)
        print(f"summary length: min {min(lens)}  max {max(lens)}  mean {sum(lens)/len(lens):.0f}  median {sl[len(sl)//2]}")
        print("length bands: " + ", ".join(f"{a}-{b - 1}: {sum(a <= x < b for x in lens)}"
                                           for a, b in ((300, 600), (600, 900), (900, 1200), (1200, 1500), (1500, 2001))))
    years = [r["year"] for r in rows if isinstance(r.get("year"), int)]
    if years:
        print(f"years: {min(years)}-{max(years)}, {len(set(years))} distinct")
        dec = collections.Counter(f"{y // 10 * 10}s" for y in years)
        print("decades: " + ", ".join(f"{k} {v}" for k, v in sorted(dec.items())))
    pc = collections.Counter(r.get("country") for r in rows)
    print(f"prosecuting countries: {len(pc)} distinct; USA {pc.get('USA', 0)}, other {len(rows) - pc.get('USA', 0)}")
    print("  " + ", ".join(f"{k} {v}" for k, v in sorted(pc.items(), key=lambda kv: (-kv[1], kv[0]))))

    print("\nlabel counts (cases with the label):")
    for name, kind, labels in SCHEME:
        c = collections.Counter()
        for r in rows:
            v = r.get(name)
            if kind in ("choice",):
                c[v] += 1
            elif kind == "set":
                for x in v or []:
                    c[x] += 1
                if not v:
                    c["(empty)"] += 1
            elif kind in ("names", "countries"):
                for x in v or []:
                    c[x] += 1
                if not v:
                    c["(empty)"] += 1
            elif kind == "count":
                c["unknown" if v == "unknown" else "number"] += 1
        if kind in ("choice", "set"):
            order = list(labels) + ["(empty)"]
            items = [(k, c[k]) for k in order if k in c or k in labels]
        else:
            items = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
        print(f"  {name}: " + ", ".join(f"{k}={v}" for k, v in items))
    if conf["targets"]:
        targets(rows)
    return 1 if errors else 0


# Minimum label counts asked for in the brief of the second set (issue #4), reported for it.
TARGETS = [("internet_used", "yes", 70), ("internet_used", "no", 40),
           ("purposes", "advertising", 25), ("purposes", "recruitment", 35), ("purposes", "exploitation", 15),
           ("purposes", "logistics", 8),
           ("platform_types", "classified_ads", 14), ("platform_types", "social_media", 20),
           ("platform_types", "freestanding_website", 14), ("platform_types", "unspecified", 14),
           ("strategies", "hunting", 18), ("strategies", "fishing", 30),
           ("victims_minor", "yes", 35), ("victims_minor", "no", 35),
           ("border", "cross_border", 50), ("border", "domestic", 35)]


def targets(rows):
    def has(r, k, v):
        x = r.get(k)
        return v in x if isinstance(x, list) else x == v
    print("\nbrief targets (minimum cases):")
    for k, v, n in TARGETS:
        got = sum(has(r, k, v) for r in rows)
        print(f"  {'ok  ' if got >= n else 'LOW '} {k}={v}: {got} (>= {n})")
    usa = sum(r.get("country") == "USA" for r in rows)
    nc = len({r.get("country") for r in rows})
    lens = [len(r["summary"]) for r in rows if isinstance(r.get("summary"), str)]
    mean = sum(lens) / len(lens) if lens else 0
    print(f"  {'ok  ' if usa <= 25 else 'HIGH'} USA cases: {usa} (<= 25)")
    print(f"  {'ok  ' if nc >= 40 else 'LOW '} prosecuting countries: {nc} (>= 40)")
    print(f"  {'ok  ' if mean >= 900 else 'LOW '} mean summary length: {mean:.0f} (>= 900)")


if __name__ == "__main__":
    sys.exit(main())


if __name__ == "__main__":
    sys.exit(main())
