"""Composition tables for the README (draw vs. written set)."""
import json, collections, os
here = os.path.dirname(os.path.abspath(__file__))
draw = [l.rstrip("\n").split(" | ") for l in open(os.path.join(here, "draw.txt"))]
cases = [json.loads(l) for l in open(os.path.join(here, "..", "heldout21-narratives.jsonl"))]
C = collections.Counter
print("scenario:", sorted(C(d[1] for d in draw).items(), key=lambda x: -x[1]))
print("register:", sorted(C(d[2] for d in draw).items(), key=lambda x: -x[1]))
print("country:", sorted(C(c["country"] for c in cases).items(), key=lambda x: (-x[1], x[0])))
print("n countries", len(set(c["country"] for c in cases)))
by = collections.defaultdict(C)
for d, c in zip(draw, cases):
    by[d[1]][c["internet_used"]] += 1
for k, v in sorted(by.items()): print(k, dict(v))
L = [len(c["summary"]) for c in cases]
print("len min/max/mean", min(L), max(L), sum(L) / len(L))
print("victims_total", sorted(C(c["victims_total"] for c in cases).items(), key=lambda x: str(x[0])))
print("offenders_total", sorted(C(c["offenders_total"] for c in cases).items(), key=lambda x: str(x[0])))
print("n forms per case", C(len(c["forms"]) for c in cases))
print("years", C(c["year"] // 10 * 10 for c in cases))
