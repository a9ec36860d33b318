"""Independent computation of the flow figures that crates/cli/tests/it/flows.rs checks.

Run once by hand with pandas (python3 scripts/expected_flows.py); the numbers it prints are
pasted into the test. It reads the raw GLOTIP workbook and the two codelists (entities.csv,
citizenship-aliases.csv) with pandas and applies the documented rules without tipdata's code:
a repeated key: the later row wins; only countries and territories report; victims by
citizenship with sex and age Total; a category resolves to a country by its codelist name
(countries only), else through the alias table; nationals or the reporter's own country are
domestic; any other country, "other" groups and stateless are foreign; unknown stays unknown;
totals and placeholders are dropped; `<5` is 0..4.
"""
import pandas as pd

df = pd.read_excel("data/glotip/data_glotip.xlsx", dtype=str, keep_default_na=False)
key = ["Iso3_code", "Country", "Indicator", "Dimension", "Category", "Sex", "Age", "Year"]
cells = df.drop_duplicates(key, keep="last")
ent = pd.read_csv("crates/model/data/entities.csv", dtype=str, keep_default_na=False)
alias = pd.read_csv("crates/model/data/citizenship-aliases.csv", dtype=str, keep_default_na=False)
rolls = set(ent[ent.kind.isin(["country", "territory"])].id)
region = dict(zip(ent.id, ent.region))
by_name = {n: i for n, i in zip(ent[ent.kind == "country"].name, ent[ent.kind == "country"].id)}
amap = dict(zip(alias.iloc[:, 0], alias.iloc[:, 1]))

c = cells[(cells.Indicator == "Detected trafficking victims") & (cells.Dimension == "by citizenship")
          & (cells.Sex == "Total") & (cells.Age == "Total") & cells.Iso3_code.isin(rolls) & (cells.txtVALUE != "")].copy()

def resolve(label, reporter):
    label = label.strip()
    if label == "" :
        return ("unknown", None)
    if label == "Total":
        return None
    t = by_name.get(label) or amap.get(label, "unknown")
    if t in ("total", "invalid"):
        return None
    if t == "nationals" or t == reporter:
        return ("domestic", reporter)
    if t == "unknown":
        return ("unknown", None)
    if t == "other":
        return ("foreign", "other")
    if t == "stateless":
        return ("foreign", "stateless")
    return ("foreign", t)

res = [resolve(cat, rep) for cat, rep in zip(c.Category, c.Iso3_code)]
c["cls"] = [r[0] if r else None for r in res]
c["origin"] = [r[1] if r else None for r in res]
c = c[c.cls.notna()]
c["low"] = c.txtVALUE.where(c.txtVALUE != "<5", "0").str.replace(",", "").astype(int)
c["high"] = c.low + 4 * (c.txtVALUE == "<5")
c["dest"] = c.Iso3_code.map(region)

print("== domestic / foreign / unknown by region, 2018 and 2019")
s = c[c.Year.isin(["2018", "2019"])].groupby(["dest", "Year", "cls"])[["low", "high"]].sum().unstack("cls", fill_value=0)
rep = c[c.Year.isin(["2018", "2019"])].groupby(["dest", "Year"]).Iso3_code.nunique()
for (d, y), r in s.iterrows():
    print(f"{d},{y},{r[('low','domestic')]},{r[('high','domestic')]},{r[('low','foreign')]},{r[('high','foreign')]},{r[('low','unknown')]},{r[('high','unknown')]},{rep[(d, y)]}")

def origin_area(o):
    if pd.isna(o):  # pandas turns the None of "unknown" into NaN
        return "unknown"
    if o == "other":
        return "other foreign (group of countries)"
    if o == "stateless":
        return "stateless"
    return region.get(o) or "other foreign (group of countries)"

print("== region flows, 2018")
f = c[c.Year == "2018"].copy()
f["from"] = [origin_area(o) for o in f.origin]
g = f.groupby(["from", "dest"]).agg(low=("low", "sum"), high=("high", "sum"), reporters=("Iso3_code", "nunique"))
for (o, d), r in g.sort_index().iterrows():
    print(f"2018,{o},{d},{r.low},{r.high},{r.reporters}")
