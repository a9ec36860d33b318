import glob, re, sys
FILES = {f: open(f).read() for f in sorted(glob.glob('/tmp/heldout2/src/b0*.py'))}
def edit(n, old, new):
    for f, s in FILES.items():
        m = re.search(r'^c\(%d, ' % n, s, re.M)
        if not m: continue
        nxt = re.search(r'^c\(', s[m.end():], re.M)
        end = m.end() + nxt.start() if nxt else len(s)
        block = s[m.start():end]
        assert block.count(old) == 1, (n, old, block.count(old))
        FILES[f] = s[:m.start()] + block.replace(old, new) + s[end:]
        return
    raise SystemExit(f"case {n} not found")
def save():
    for f, s in FILES.items(): open(f, 'w').write(s)
