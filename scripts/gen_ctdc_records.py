"""Generates N victim-level records with the distributions of the CTDC file in data/ctdc/.

Whole records are drawn with replacement from the 48,773 real records (so the joint
distribution of the seven original columns is kept, k-anonymity of the source included), plus
an eighth column derived from the two exploitation flags. Empty means missing. Seeded.

    python3 scripts/gen_ctdc_records.py N OUT.csv
"""
import os, sys
import numpy as np
import pandas as pd

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLS = ["yearOfRegistration", "gender", "ageBroad", "citizenship", "isForcedLabour", "isSexualExploit", "CountryOfExploitation"]

def main(n, out):
    src = pd.read_csv(os.path.join(ROOT, "data/ctdc/ctdc_global_2020_subset.csv"), dtype=str, keep_default_na=False)[COLS]
    kind = np.where(src.isSexualExploit == "1.0", np.where(src.isForcedLabour == "1.0", "both", "sexual"),
                    np.where(src.isForcedLabour == "1.0", "labour", np.where((src.isForcedLabour == "") & (src.isSexualExploit == ""), "", "other")))
    src["exploitationType"] = kind
    idx = np.random.default_rng(20201414).integers(0, len(src), size=n)
    chunk = 1_000_000
    with open(out, "w", newline="") as f:
        f.write(",".join(src.columns) + "\n")
        for i in range(0, n, chunk):
            src.iloc[idx[i:i + chunk]].to_csv(f, header=False, index=False)

if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
