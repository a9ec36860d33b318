#!/usr/bin/env python3
"""Input for checking that the automatic coder's output does not change (issue 4, speed).

Writes JSON lines {"id", "summary"[, "country"]} for `tipdata code`:
  * the gold narratives and the held-out narratives of crates/coder/tests/data,
  * the case-law summaries of ../shared/data/case-law/HumanTrafficking_CLDB.csv,
  * N generated texts (seeded): sentences of those texts and phrases of the coder's own
    lexicon (crates/coder/data/*.tsv) shuffled together, with random case, punctuation,
    non-ASCII letters, curly quotes, numbers, ages, domains and a random case country, so
    that every cue, negation and span path is exercised far from the tuned texts.

Usage: python3 scripts/coder_corpus.py --shared /work/shared/data --generated 5000 > in.jsonl
Then diff `tipdata code --in in.jsonl --out a.jsonl` of two builds byte for byte.
"""
import argparse
import csv
import json
import os
import random
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODER = os.path.join(ROOT, "crates", "coder")


def jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def lexicon_phrases():
    out = []
    for name in ("cues.tsv", "platforms.tsv", "places.tsv"):
        with open(os.path.join(CODER, "data", name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                phrases = cols[2] if name != "places.tsv" else cols[0]
                for p in phrases.split("|"):
                    p = p.strip()
                    if p.startswith("*."):
                        p = random.choice(["redlight", "sugar-babes", "x_y", "Escort4u"]) + p[1:]
                    out.append(p.replace("*", random.choice(["", "ed", "ing", "s", "ments", "er"])))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--generated", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args()
    random.seed(a.seed)
    rows = []
    for c in jsonl(os.path.join(CODER, "tests", "data", "gold", "narratives.jsonl")):
        rows.append({"id": c["id"], "summary": c["summary"]})
    for c in jsonl(os.path.join(CODER, "tests", "data", "heldout", "heldout-narratives.jsonl")):
        r = {"id": c["id"], "summary": c["summary"]}
        if c.get("country"):
            r["country"] = c["country"]
        rows.append(r)
    with open(os.path.join(a.shared, "case-law", "HumanTrafficking_CLDB.csv"), encoding="utf-8") as f:
        for i, r in enumerate(csv.DictReader(f)):
            rows.append({"id": f"cldb-{i}", "summary": r["FactSummary"]})
    texts = [r["summary"] for r in rows]
    sentences = [s for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if s]
    words = [w for t in texts for w in t.split()]
    phrases = lexicon_phrases()
    countries = ["USA", "ROU", "GBR", "PHL", "NGA", "MEX", "DEU", "THA", "IND", "BRA", None, None]
    seps = [" ", " ", " ", ". ", ", ", "; ", "! ", "? ", "\n", "\n\n", " (", ") ", "-", "\u2019", "\u201c", "\u201d. ",
            " \u2014 ", ".", "'", "\" ", " U.S. ", " Mr. ", " Jr. ", " W. "]
    extras = ["15-year-old", "fifteen-year-old", "aged 14", "at the age of 16", "(age 19)", "three years old",
              "Côte d'Ivoire", "Zürich", "São Paulo", "naïve", "\u00e9t\u00e9", "2 victims", "one of the",
              "12345678901", "3.5", "e-mail", "E-MAILED", "Craig\u2019s List", "www.Example.COM", "x.com",
              "no evidence of", "planned to post", "did not", "across state lines", "\u4e2d\u6587", "\U0001F600"]
    for i in range(a.generated):
        kind = random.random()
        parts = []
        target = random.choice([80, 300, 800, 2000, 4000])
        size = 0
        while size < target:
            r = random.random()
            if r < 0.35:
                p = random.choice(sentences)
            elif r < 0.7:
                p = random.choice(phrases)
            elif r < 0.85:
                p = random.choice(words)
            else:
                p = random.choice(extras)
            c = random.random()
            if c < 0.1:
                p = p.upper()
            elif c < 0.2:
                p = p.lower()
            elif c < 0.25:
                p = p.title()
            parts.append(p)
            parts.append(random.choice(seps))
            size += len(p) + 1
        text = "".join(parts)
        if kind < 0.05:
            text = text.strip()[: random.randint(0, 40)]
        row = {"id": f"gen-{i}", "summary": text}
        country = random.choice(countries)
        if country:
            row["country"] = country
        rows.append(row)
    for r in rows:
        print(json.dumps(r, ensure_ascii=random.random() < 0.5))


if __name__ == "__main__":
    main()
