#!/usr/bin/env python3
# Usage: python3 scripts/coder_alternate.py BENCH_A BENCH_B CSV PAIRS [DOCS]
# (BENCH_*: two builds of `cargo bench -p tipdata-coder --bench code --no-run`, e.g. copies
# of target/release/deps/code-* before and after a change; Linux, needs `taskset`.)
#
# Compares two builds of the coder in pairs of short runs on the same core, one right after
# the other (A then B, then B then A, ...), DOCS documents a run (default 20,000, about 0.2 s),
# on each core at once (core 0 and core 1 make their own pairs). Reports the ratio's median
# over all pairs, and separately over the pairs run while the core was slow and while it was
# fast (below or above the median of the pairs' mean rate).
#
# Why not `coder_simul.py` (A on one core, B on the other, at the same time): on this VM the
# two vCPUs slow down independently of each other (one may run the coder at 72,000 docs per
# CPU-second while the other runs the same binary at 108,000), so a simultaneous pair compares
# two phases. A phase lasts seconds, so two runs of 0.2 s back to back on one core mostly see
# the same one. See docs/benchmarks-coder.md, "The VM's slow phases".
import subprocess, sys, re, statistics as st, threading

if len(sys.argv) < 5:
    sys.exit("usage: coder_alternate.py BENCH_A BENCH_B CSV PAIRS [DOCS]")
a, b, csv, pairs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
docs = sys.argv[5] if len(sys.argv) > 5 else "20000"


def rate(binary, core):
    out = subprocess.run(["taskset", "-c", core, binary, csv, docs, "propose"], capture_output=True, text=True, check=True).stdout
    # Wall-clock rate: the run is pinned to an otherwise idle core, and the CPU-time rate is
    # counted in 10 ms ticks (5% of a 0.2 s run).
    return float(re.search(r"(\d+) docs/s wall", out).group(1))


results = {"0": [], "1": []}


def core_loop(core):
    for i in range(pairs):
        if (i + int(core)) % 2 == 0:
            x = rate(a, core)
            y = rate(b, core)
        else:
            y = rate(b, core)
            x = rate(a, core)
        results[core].append((x, y))


threads = [threading.Thread(target=core_loop, args=(c,)) for c in ("0", "1")]
for t in threads:
    t.start()
for t in threads:
    t.join()

every = results["0"] + results["1"]
mid = st.median([(x + y) / 2 for x, y in every])


def summary(label, rows):
    if not rows:
        return
    ra, rb = [x for x, _ in rows], [y for _, y in rows]
    ratio = [y / x for x, y in rows]
    print(
        f"{label}: {len(rows)} pairs; A median {st.median(ra):.0f}, B median {st.median(rb):.0f}; "
        f"ratio B/A median {st.median(ratio):.3f}, B faster in {sum(r > 1 for r in ratio)} of {len(rows)}"
    )


summary("all", every)
summary("slow phase", [p for p in every if (p[0] + p[1]) / 2 < mid])
summary("fast phase", [p for p in every if (p[0] + p[1]) / 2 >= mid])
