"""Independent computation of the validation findings on the real GLOTIP file, with pandas
and none of tipdata's code: the figures in crates/cli/tests/it/validation.rs come from here.

Rules as crates/model/data/rules-v1.json declares them: a repeated key, the later row wins;
`<5` is 0..4; a breakdown's parts may only split fields that are 'Total' in the total.
Run: python3 scripts/expected_validation.py  (takes a minute or two)
"""
import collections
import statistics

import pandas as pd

# keep_default_na=False: the file spells a category 'N/A' (Tonga), which pandas would read as empty.
df = pd.read_excel('data/glotip/data_glotip.xlsx', dtype=str, keep_default_na=False).fillna('')
df['Iso3_code'] = df.Iso3_code.where(df.Iso3_code != '', df.Country)
key = ['Iso3_code', 'Indicator', 'Dimension', 'Category', 'Sex', 'Age', 'Year']
df = df.drop_duplicates(key, keep='last')
cells = {tuple(r[k] for k in key): r.txtVALUE for _, r in df.iterrows() if r.txtVALUE != ''}
I = {k: i for i, k in enumerate(key)}
lo = lambda v: 0 if v.startswith('<') else int(v.replace(',', ''))
hi = lambda v: int(v[1:]) - 1 if v.startswith('<') else int(v.replace(',', ''))
by_dim = collections.defaultdict(list)
for k, v in cells.items():
    if k[I['Category']] not in ('Total', ''):
        by_dim[k[:3] + k[4:]].append(v)

def breakdown(over, parts, complete):
    exceed = short = 0
    for k, v in cells.items():
        d = dict(zip(key, k))
        if any(d[f] != 'Total' for f in over):
            continue
        vals, seen = [], []
        for p in parts:
            if any(d[f] != 'Total' for f in p):
                continue
            if p.get('Category') == '*':
                kk = tuple(p.get(f, d[f]) for f in key)
                found = by_dim.get(kk[:3] + kk[4:], [])
            else:
                kk = tuple(p.get(f, d[f]) for f in key)
                found = [cells[kk]] if kk in cells else []
            if found:
                seen.append(p)
            vals += found
        if not vals:
            continue
        pl, ph = sum(map(lo, vals)), sum(map(hi, vals))
        if pl > hi(v):
            exceed += 1
        elif complete and all(c in seen for c in complete) and ph < lo(v):
            short += 1
    return exceed, short

S, A, UU = (lambda s: {'Sex': s}), (lambda a: {'Age': a}), {'Sex': 'Unknown', 'Age': 'Unknown'}
F = lambda c: {'Dimension': 'by form of exploitation', 'Category': c}
forms = [F('Sexual exploitation'), F('Forced labour'), F('Other forms of exploitation')]
print('sex (exceed, short)', breakdown(['Sex'], [S('Female'), S('Male'), S('Other'), UU], [S('Female'), S('Male')]))
print('age (exceed, short)', breakdown(['Age'], [A('0 to 17 years'), A('18 years or over'), UU], [A('0 to 17 years'), A('18 years or over')]))
print('form (exceed, short)', breakdown(['Dimension', 'Category'], forms, forms))
print('citizenship (exceed, -)', breakdown(['Dimension', 'Category'], [{'Dimension': 'by citizenship', 'Category': '*'}], []))

series = collections.defaultdict(list)
for k, v in cells.items():
    if k[I['Dimension']] == 'Total' and not v.startswith('<'):
        series[k[:6]].append(lo(v))
z = mz = 0
for xs in series.values():
    if len(xs) < 5:
        continue
    mean, sd = statistics.fmean(xs), statistics.pstdev(xs)
    med = statistics.median(xs)
    mad = statistics.median([abs(x - med) for x in xs])
    for x in xs:
        if sd > 0 and abs(x - mean) >= 10 and abs(x - mean) / sd > 3.0:
            z += 1
        if mad > 0 and abs(x - med) >= 10 and 0.6745 * abs(x - med) / mad > 3.5:
            mz += 1
print('outlier_zscore', z, 'outlier_modified_zscore', mz)

years = collections.defaultdict(set)
for k in cells:
    years[(k[0], k[1])].add(int(k[I['Year']]))
last = max(y for ys in years.values() for y in ys)
missing = sum(1 for ys in years.values() for y in ys if y + 1 <= last and y + 1 not in ys)
print('missing_since_last_year', missing)
print('unnamed_category', sum(1 for k in cells if k[I['Category']] == '' and k[I['Dimension']] in ('by citizenship', 'by country of repatriation')))
