"""Composition tables for the README (from draw.txt and the narratives)."""
import json, collections
draw = {}
for l in open('draw.txt'):
    if l.startswith('#') or not l.strip(): continue
    p = l.rstrip('\n').split('\t'); draw[p[0]] = p
cases = {json.loads(l)['id']: json.loads(l) for l in open('../heldout20-narratives.jsonl')}
bytype = collections.defaultdict(list); desc = {}
for i, p in draw.items(): bytype[p[1]].append(i[4:]); desc[p[1]] = p[6]
for t in sorted(bytype): print(f"- {t} {desc[t]} ({len(bytype[t])}): {', '.join(bytype[t])}")
reg = collections.defaultdict(list)
for i, p in draw.items(): reg[p[4]].append(i[4:])
print()
for r in sorted(reg, key=lambda r: -len(reg[r])): print(f"- {r} ({len(reg[r])}): {', '.join(reg[r])}")
REG = {'USA/Canada': 'USA CAN', 'Latin America & Caribbean': 'MEX BRA ARG COL CHL BOL DOM',
 'Western/Northern/Southern Europe': 'GBR FRA NLD AUT CHE NOR FIN PRT',
 'Central/Eastern Europe & Baltics': 'POL HUN BGR SRB MDA LVA LTU EST RUS',
 'Central Asia': 'UZB KGZ KAZ MNG', 'South Asia': 'IND LKA NPL BGD',
 'East/Southeast Asia & Oceania': 'JPN KOR CHN TWN PHL IDN MYS SGP VNM KHM AUS NZL',
 'Middle East & North Africa': 'SAU ISR MAR TUN', 'Sub-Saharan Africa': 'NGA GHA KEN ZAF ZWE TZA SEN CIV'}
cnt = collections.Counter(c['country'] for c in cases.values())
print()
for r, cs in REG.items():
    n = sum(cnt[c] for c in cs.split()); print(f"- {r}: {n} ({', '.join(f'{c} {cnt[c]}' for c in cs.split() if cnt[c])})")
assert sum(cnt[c] for cs in REG.values() for c in cs.split()) == 120
L = sorted(len(c['summary']) for c in cases.values())
print('\nlengths', L[0], L[-1], sum(L)/len(L), 'under 500:', sum(x < 500 for x in L), '500-1400:', sum(500 <= x <= 1400 for x in L), 'over 1400:', sum(x > 1400 for x in L))
print('notes citing a convention:', sum(1 for c in cases.values() if 'C1' in c['notes'] or any(f'C{k}' in c['notes'] for k in range(2,17))))
