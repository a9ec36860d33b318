"""Assemble heldout19-narratives.jsonl from the batch files b01..b06 (and later revisions)."""
import json, os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib
BATCHES = ["b01", "b02", "b03", "b04", "b05", "b06"]
def main():
    for b in BATCHES:
        if os.path.exists(os.path.join(HERE, b + ".py")):
            importlib.import_module(b)
    # optional post-delivery revisions (job 2)
    if os.path.exists(os.path.join(HERE, "revise_after_job2.py")):
        importlib.import_module("revise_after_job2").apply(lib.CASES)
    ids = [c["id"] for c in lib.CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out = os.path.join(os.path.dirname(HERE), "heldout19-narratives.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for c in sorted(lib.CASES, key=lambda c: c["id"]):
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(lib.CASES), out))
if __name__ == "__main__":
    main()
