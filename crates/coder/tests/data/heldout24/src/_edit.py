import re, sys, json
def apply(f, reps):
    s = open(f).read()
    for a, b in reps:
        pat = r"\s+".join(re.escape(w) for w in a.split())
        n = len(re.findall(pat, s))
        assert n == 1, (f, a[:60], n)
        s = re.sub(pat, lambda m: b, s)
    open(f, "w").write(s)
