#!/usr/bin/env python3
# Usage: python3 scripts/coder_simul.py BENCH_A BENCH_B CSV ROUNDS [DOCS]
# (BENCH_*: two builds of `cargo bench -p tipdata-coder --bench code --no-run`, e.g. copies
# of target/release/deps/code-* before and after a change; Linux, needs `taskset` and 2 cores.)
# Runs two bench binaries at once, one per core (swapping cores each round), and reports
# the per-round docs/CPU-s of each and the ratio's median.
# Caution (measured 2026-12-04): on this VM the two vCPUs slow down independently of each other
# (their rates' correlation ~0.1), so a simultaneous pair often compares a fast core with a slow
# one; swapping cores each round removes the bias, not the noise. scripts/coder_alternate.py
# compares two builds back to back on the same core (A against A: ratio 1.003) and is the one
# to use; see docs/benchmarks-coder.md, "The VM's slow phases".
import subprocess, sys, re, statistics as st
if len(sys.argv) < 5:
    sys.exit("usage: coder_simul.py BENCH_A BENCH_B CSV ROUNDS [DOCS]")
a, b, csv, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
docs = sys.argv[5] if len(sys.argv) > 5 else "300000"
ra, rb, ratio = [], [], []
for i in range(rounds):
    ca, cb = ("0", "1") if i % 2 == 0 else ("1", "0")
    pa = subprocess.Popen(["taskset", "-c", ca, a, csv, docs, "propose"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    pb = subprocess.Popen(["taskset", "-c", cb, b, csv, docs, "propose"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    oa, ob = pa.communicate()[0], pb.communicate()[0]
    x = float(re.search(r"(\d+) docs per CPU-second", oa).group(1)); y = float(re.search(r"(\d+) docs per CPU-second", ob).group(1))
    ra.append(x); rb.append(y); ratio.append(y / x)
    print(f"round {i+1}: A {x:.0f} B {y:.0f} ratio {y/x:.3f}", flush=True)
q = lambda v: (st.median(v), st.quantiles(v, n=4)[0], st.quantiles(v, n=4)[2], min(v), max(v))
print("A median %.0f q1 %.0f q3 %.0f min %.0f max %.0f" % q(ra))
print("B median %.0f q1 %.0f q3 %.0f min %.0f max %.0f" % q(rb))
print("ratio median %.3f; B faster in %d of %d" % (st.median(ratio), sum(r > 1 for r in ratio), rounds))
