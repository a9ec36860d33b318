#!/usr/bin/env python3
"""Independent counts over the UNODC case-law export, for crates/cli/tests/shared_data.rs.

Uses only Python's csv module and the rules written in docs/case-mapping.md, none of
tipdata's code. Run once: python3 scripts/expected_cases.py ../shared/data/case-law/HumanTrafficking_CLDB.csv
"""
import collections
import csv
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/case-law/HumanTrafficking_CLDB.csv"
with open(path, newline="", encoding="utf-8-sig") as f:
    rows = list(csv.DictReader(f))


def tokens(cell):
    return [t.strip().rstrip("*").strip().lower() for t in cell.replace("\r", " ").replace("\n", " ").split(";")]


ids = collections.Counter(r["Case"].strip() for r in rows)
minors = sum(1 for r in rows if r["MinorsIncluded"].strip().rstrip("*").lower() == "yes")
no_minors = sum(1 for r in rows if r["MinorsIncluded"].strip().rstrip("*").lower() == "no")
border = collections.Counter()
for r in rows:
    t = set(tokens(r["FormOfTrafficking"]))
    cross = bool(t & {"transnational", "international"})
    internal = "internal" in t
    if cross:
        border["cross_border"] += 1  # any transnational part makes the case cross-border
    elif internal:
        border["domestic"] += 1
    elif "na" in t:
        border["unknown"] += 1
    else:
        border["not coded"] += 1
print("cases", len(rows))
print("distinct Case ids", len(ids), "shared:", {k: v for k, v in ids.items() if v > 1})
print("MinorsIncluded yes", minors, "no", no_minors)
print("FormOfTrafficking with Internal (no Transnational)", border["domestic"])
print("FormOfTrafficking with Transnational or International", border["cross_border"])
print("FormOfTrafficking NA", border["unknown"], "neither", border["not coded"])
print("placeholder dates", sum(1 for r in rows if r["VerdictDate"].strip() == "YYYY-MM-DD"))


def undouble(s):
    """The summary held twice, `A; A` (split at any `;`, both sides trimmed)."""
    for i, ch in enumerate(s):
        if ch == ";" and s[:i].strip() and s[:i].strip() == s[i + 1:].strip():
            return True
    return False


print("summaries held twice", sum(1 for r in rows if undouble(r["FactSummary"].strip())))
print("victims_total exact numbers", sum(1 for r in rows if r["NumberVictims"].strip().rstrip("*").strip().isdigit()))
