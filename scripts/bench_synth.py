#!/usr/bin/env python3
"""Side-by-side benchmark of tipdata's synthesizer and its anchors, Microsoft's
synthetic-data-showcase: its row-seeded mode (the issue's anchor; Rust, not on PyPI, rebuilt
from source under /tmp/sds, never in this repository) and its DP aggregate-seeded mode
(`pac-synth` on PyPI). Data: the CTDC file (7 columns) and a generated 16-column variant
(10,000 records and all 48,773), at k=10 and reporting length 4. Wall time, CPU time and peak
memory come from /usr/bin/time -v around each whole process (read CSV, synthesize, write CSV);
every output is scored by the same evaluator (tipdata_privacy::evaluate, via the bench binary).

    pip install pac-synth            # optional: skipped with a note when absent
    # optional: the showcase's row-seeded mode, built with cargo when /tmp/sds/Cargo.toml exists
    python3 scripts/bench_synth.py [--runs 3] [--write FILE]
"""
import argparse, csv, json, os, random, re, statistics, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CTDC = os.path.join(ROOT, "data", "ctdc", "ctdc_global_2020_subset.csv")
COLS7 = ["yearOfRegistration", "gender", "ageBroad", "citizenship", "isForcedLabour",
         "isSexualExploit", "CountryOfExploitation"]
K, LEN = 10, 4
SDS_DIR = os.environ.get("SDS_DIR", "/tmp/sds")

PAC_RUNNER = r"""
import csv, sys, time, pacsynth
src, dst, eps, length = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
with open(src, newline='') as f:
    raw = list(csv.reader(f))
t = time.time()
ds = pacsynth.Dataset(raw, sensitive_zeros=raw[0])
params = (pacsynth.DpAggregateSeededParametersBuilder()
          .reporting_length(length).epsilon(eps).build())
syn = pacsynth.DpAggregateSeededSynthesizer(params)
syn.fit(ds)
out = syn.sample(len(raw) - 1)  # as many records as the input, like ours
sys.stderr.write("pac-synth core %.3fs\n" % (time.time() - t))
with open(dst, 'w', newline='') as f:
    csv.writer(f).writerows(out)
"""


def build_ours():
    out = subprocess.run(
        ["cargo", "bench", "-p", "tipdata-privacy", "--bench", "synth", "--no-run",
         "--message-format=json"], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        if msg.get("reason") == "compiler-artifact" and msg.get("target", {}).get("name") == "synth" \
                and msg.get("executable"):
            return msg["executable"]
    sys.exit("bench binary not found")


def build_sds():
    """The showcase's row-seeded CLI rebuilt under SDS_DIR (see docs/benchmarks-privacy.md),
    or None when it is not there."""
    if not os.path.exists(os.path.join(SDS_DIR, "Cargo.toml")):
        print("showcase row-seeded anchor absent: no %s/Cargo.toml (see docs/benchmarks-privacy.md"
              " for how it was rebuilt); running without it" % SDS_DIR, flush=True)
        return None
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=SDS_DIR, check=True)
    exe = os.path.join(SDS_DIR, "target", "release", "sds-rowseeded")
    print("showcase row-seeded anchor: %s" % exe, flush=True)
    return exe


def have_pacsynth():
    try:
        import pacsynth  # noqa: F401
        return True
    except ImportError:
        print("pac-synth not installed (pip install pac-synth): running without it", flush=True)
        return False


def timed(cmd):
    """(wall seconds, peak RSS MB, CPU seconds user+system) of one process under /usr/bin/time -v."""
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), p.stderr[-3000:]))
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", p.stderr)
    h = float(wall.group(1) or 0)
    secs = h * 3600 + float(wall.group(2)) * 60 + float(wall.group(3))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1)) / 1024
    cpu = sum(float(re.search(r"%s time \(seconds\): ([\d.]+)" % w, p.stderr).group(1))
              for w in ("User", "System"))
    return secs, rss, cpu


def write_ctdc7(path):
    with open(CTDC, newline="") as f:
        rows = list(csv.reader(f))
    idx = [rows[0].index(c) for c in COLS7]
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow([r[i] for i in idx])
    return len(rows) - 1


def write_hard16(src7, path, records, seed=2026):
    """A random sample of `records` CTDC records, their 7 columns plus 9 generated ones
    (derived, correlated and noisy), with missing values: many more rare combinations of
    length 3 and 4."""
    rnd = random.Random(seed)
    with open(src7, newline="") as f:
        rows = list(csv.reader(f))
    rows = [rows[0]] + rnd.sample(rows[1:], min(records, len(rows) - 1))
    header = rows[0] + ["citizenshipRegion", "exploitationRegion", "crossBorder", "yearGroup",
                        "isMinor", "typeOfExploitation", "meansOfControl", "recruiterRelation",
                        "durationBand"]
    def region(code):
        return "" if code in ("", "0") else "R%d" % (sum(map(ord, code)) % 9)
    forms_fl = ["domestic", "agriculture", "construction", "manufacturing", "fishing", "begging",
                "hospitality", "mining"]
    forms_sx = ["street", "brothel", "online", "escort", "massage"]
    means = ["debt", "threats", "violence", "documents", "isolation", "drugs", "wages", "deceit",
             "confinement", "family", "religion", "other"]
    relations = ["stranger", "acquaintance", "friend", "partner", "family", "employer"]
    durations = ["<1m", "1-6m", "6-12m", "1-2y", "2-5y", ">5y"]
    def zipf(vals, s=1.1):
        w = [1 / (i + 1) ** s for i in range(len(vals))]
        return rnd.choices(vals, w)[0]
    def maybe(v, p):
        return "" if rnd.random() < p else v
    out = [header]
    for r in rows[1:]:
        year, gender, age, cit, fl, sx, coe = r
        minor = "" if age == "" else ("yes" if age in ("0--8", "9--17") else "no")
        if fl == "1.0":
            toe = zipf(forms_fl)
        elif sx == "1.0":
            toe = zipf(forms_sx)
        else:
            toe = ""
        cross = "" if cit in ("", "0") or coe == "" else ("no" if cit == coe else "yes")
        ygroup = "" if year == "" else "%d-%d" % (int(year) // 5 * 5, int(year) // 5 * 5 + 4)
        rel = relations[min(len(relations) - 1, int(rnd.expovariate(0.9)))] if gender == "Female" \
            else zipf(relations, 0.6)
        out.append(r + [region(cit), region(coe), cross, ygroup, minor, toe,
                        maybe(zipf(means), 0.3), maybe(rel, 0.2), maybe(zipf(durations, 0.5), 0.35)])
    with open(path, "w", newline="") as f:
        csv.writer(f).writerows(out)


def evaluate(ours, sens, syn):
    p = subprocess.run([ours, "evaluate", sens, syn, str(K), str(LEN)], check=True,
                       capture_output=True, text=True)
    return json.loads(p.stdout)


def not_subrecords(sens, syn):
    """Output records that are not a sub-record of any input record (their non-empty values
    are found together in no input record): the combinations longer than the reporting length
    such records create may be absent from the input. Columns matched by name."""
    with open(sens, newline="") as f:
        a = list(csv.reader(f))
    with open(syn, newline="") as f:
        b = list(csv.reader(f))
    if not b:
        return 0
    col = [b[0].index(h) for h in a[0]]
    # Input records by (column, value) pair: a sub-record's pairs all occur in one record.
    holders = {}
    for i, r in enumerate(a[1:]):
        for c, v in enumerate(r):
            if v != "":
                holders.setdefault((c, v), set()).add(i)
    seen, count = {}, 0
    for r in b[1:]:
        cells = tuple((c, r[j]) for c, j in enumerate(col) if r[j] != "")
        if cells not in seen:
            if not cells:
                seen[cells] = False
            else:
                sets = sorted((holders.get(x, set()) for x in cells), key=len)
                common = set(sets[0])
                for s2 in sets[1:]:
                    common &= s2
                    if not common:
                        break
                seen[cells] = not common
        count += seen[cells]
    return count


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--anchor-runs", type=int, default=1, help="runs of each anchor (slow)")
    ap.add_argument("--hard-records", type=int, default=10000,
                    help="records in the sampled 16-column variant (pac-synth needs minutes per 10,000)")
    ap.add_argument("--no-full", action="store_true", help="skip the full 48,773-record 16-column file")
    ap.add_argument("--eps", type=float, nargs="+", default=[4.0])
    ap.add_argument("--bound-iterations", type=int, default=1000,
                    help="price-search rounds of the pool floor (crates/privacy/src/synth_bound.rs); 0 = skip it")
    ap.add_argument("--write", help="markdown file to write the results tables to")
    args = ap.parse_args()
    ours = build_ours()
    sds = build_sds()
    pac_ok = have_pacsynth()
    tmp = tempfile.mkdtemp(prefix="bench_synth_")
    ctdc7 = os.path.join(tmp, "ctdc7.csv")
    hard16 = os.path.join(tmp, "hard16.csv")
    full16 = os.path.join(tmp, "hard16_full.csv")
    n7 = write_ctdc7(ctdc7)
    write_hard16(ctdc7, hard16, args.hard_records)
    data = [("CTDC 7 columns", ctdc7, True),
            ("generated 16 columns, %d records" % args.hard_records, hard16, True)]
    if not args.no_full:
        write_hard16(ctdc7, full16, n7)
        # pac-synth needs minutes per 10,000 records here: not run on the full file.
        data.append(("generated 16 columns, all %d records" % n7, full16, False))
    pac = os.path.join(tmp, "pac_runner.py")
    with open(pac, "w") as f:
        f.write(PAC_RUNNER)
    OURS = "tipdata (projection + greedy selection)"
    GROWN = "tipdata + grown records (grow_records)"
    SDS = "showcase row-seeded (Rust CLI, rebuilt)"
    results = []
    for name, src, with_pac in data:
        tools = [(OURS, args.runs, lambda out: [ours, "synth", src, out, str(K), str(LEN), "0"]),
                 (GROWN, args.runs, lambda out: ["env", "TIPDATA_GROW_RECORDS=1", ours, "synth", src, out,
                                                 str(K), str(LEN), "0"])]
        if sds:
            tools.append((SDS, args.anchor_runs,
                          lambda out: [sds, "--sensitive-path", src, "--synthetic-path", out,
                                       "--resolution", str(K)]))
        if pac_ok and with_pac:
            for eps in args.eps:
                tools.append(("pac-synth DP aggregate-seeded, eps=%g" % eps, args.anchor_runs,
                              lambda out, e=eps: [sys.executable, pac, src, out, str(e), str(LEN)]))
        for tool, nruns, cmd in tools:
            out = os.path.join(tmp, re.sub(r"\W+", "_", name + tool) + ".csv")
            runs = [timed(cmd(out)) for _ in range(nruns)]
            wall = statistics.median(r[0] for r in runs)
            rss = max(r[1] for r in runs)
            cpu = statistics.median(r[2] for r in runs)
            m = evaluate(ours, src, out)
            m["not_input_subrecords"] = not_subrecords(src, out)
            results.append((name, tool, nruns, wall, cpu, rss, m))
            print("%-38s %-42s %7.3fs cpu %7.3fs %6.0fMB records %d/%d MAE %s MPE %.4f supp %.3f fab %.3f leak %d not-sub %d" % (
                name, tool, wall, cpu, rss, m["synthetic_records"], m["sensitive_records"],
                "/".join("%.2f" % l["mae"] for l in m["by_length"]), m["mpe"],
                m["suppressed_share"], m["fabricated_share"], m["leakage"], m["not_input_subrecords"]), flush=True)
    # The floor of our method: no selection from our candidate pool (either mode), with any
    # allowed record count, has a lower MPE (LP duality; valid for the pool, not for every
    # safe record).
    floors = []
    if args.bound_iterations > 0:
        for name, src, _ in data[1:]:
            for who, env in ((OURS, []), (GROWN, ["env", "TIPDATA_GROW_RECORDS=1"])):
                p = subprocess.run(env + [ours, "bound", src, str(K), str(LEN), str(args.bound_iterations)],
                                   check=True, capture_output=True, text=True)
                b = json.loads(p.stdout)
                floors.append((name, who, b))
                print("floor %-38s %-42s %s" % (name, who, p.stdout.strip()), flush=True)
    load = os.getloadavg()
    lines = ["| data | tool | wall s (median of runs) | CPU s | peak MB | records out / in | MAE by length 1/2/3/4 | MPE | suppressed | fabricated | leakage | records in no input record |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, tool, nruns, wall, cpu, rss, m in results:
        lines.append("| %s | %s | %.3f (%d) | %.3f | %.0f | %d / %d | %s | %.4f | %.1f%% | %.1f%% | %d | %d |" % (
            name, tool, wall, nruns, cpu, rss, m["synthetic_records"], m["sensitive_records"],
            " / ".join("%.2f" % l["mae"] for l in m["by_length"]), m["mpe"],
            100 * m["suppressed_share"], 100 * m["fabricated_share"], m["leakage"],
            m["not_input_subrecords"]))
    # The goal, each of our two modes against each anchor on the same data.
    lines += ["", "| data | ours | anchor | CPU: anchor / ours | MPE: ours / anchor (goal <= 0.5) | leakage ours | records ours vs input |",
              "|---|---|---|---|---|---|---|"]
    for name, _, _ in data:
        for who in (OURS, GROWN):
            mine = [r for r in results if r[0] == name and r[1] == who][0]
            for r in results:
                if r[0] != name or r[1] in (OURS, GROWN):
                    continue
                lines.append("| %s | %s | %s | %.1fx | %s | %d | %+.2f%% |" % (
                    name, who, r[1], r[4] / max(mine[4], 1e-9),
                    "%.2f (%.4f vs %.4f)" % (mine[6]["mpe"] / r[6]["mpe"], mine[6]["mpe"], r[6]["mpe"])
                    if r[6]["mpe"] > 0 else "anchor 0, ours %.4f" % mine[6]["mpe"],
                    mine[6]["leakage"],
                    100.0 * (mine[6]["synthetic_records"] / mine[6]["sensitive_records"] - 1)))
    if floors:
        lines += ["", "| data | pool | candidates | common combinations (in no candidate) | selection's MPE | MPE floor over the pool | goal (0.5x the row-seeded anchor) |",
                  "|---|---|---|---|---|---|---|"]
        for name, who, b in floors:
            anchor = [r for r in results if r[0] == name and r[1] == SDS]
            goal = "%.4f" % (0.5 * anchor[0][6]["mpe"]) if anchor else "-"
            lines.append("| %s | %s | %d | %d (%d) | %.4f | %.4f | %s |" % (
                name, who, b["candidates"], b["common"], b["common"] - b["in_pool"], b["selected_mpe"],
                b["mpe_floor"], goal))
    lines.append("")
    lines.append("Load average at the end of the run (1, 5, 15 min): %.1f, %.1f, %.1f on %d cores." % (
        load[0], load[1], load[2], os.cpu_count()))
    print("\n".join(lines))
    if args.write:
        with open(args.write, "w") as f:
            f.write("\n".join(lines) + "\n")
        print("wrote", args.write)


if __name__ == "__main__":
    main()
