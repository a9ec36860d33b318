"""Independent computation of the figures the GLOTIP import tests check.

Run once by hand with pandas (python3 scripts/expected_glotip.py); the numbers it prints are
written into crates/cli/tests/it/glotip.rs. It reads the raw file with pandas, applies the
documented rules (a repeated key: the later row wins; regional aggregates and joint reports
are not summed unless named; `<5` is 0..4), and sums.
"""
import pandas as pd

# keep_default_na=False: the file has "N/A" categories that pandas would read as empty
df = pd.read_excel("data/glotip/data_glotip.xlsx", dtype=str, keep_default_na=False)
df["excel_row"] = df.index + 2
key = ["Iso3_code", "Country", "Indicator", "Dimension", "Category", "Sex", "Age", "Year"]
print("rows", len(df))
cells = df.drop_duplicates(key, keep="last")
print("cells", len(cells))
# conflicts as the importer counts them: each later row whose value differs from the value then held
held = {}
conflicts = 0
for r in df.itertuples(index=False):
    k = tuple(getattr(r, c) if c != "Country" else r.Country for c in ["Iso3_code", "Country", "Indicator", "Dimension", "Category", "Sex", "Age", "Year"])
    if k in held and held[k] != r.txtVALUE:
        conflicts += 1
    held[k] = r.txtVALUE
print("conflicts", conflicts)
agg = {"CAR", "CAS", "EEU", "MCA", "MCN", "SAF", "SAM", "Aruba/Curacao"}
c = cells[~cells.Iso3_code.isin(agg)].copy()
c["exact"] = c.txtVALUE.where(c.txtVALUE != "<5", "0").str.replace(",", "").astype(int)
c["sup"] = (c.txtVALUE == "<5").astype(int)

def show(sel, by):
    g = sel.groupby(by).agg(value=("exact", "sum"), suppressed=("sup", "sum"), cells=("exact", "size"))
    g["low"] = g.value
    g["high"] = g.value + 4 * g.suppressed
    print(g[["value", "suppressed", "low", "high", "cells"]].to_string())

tot = c[(c.Indicator == "Detected trafficking victims") & (c.Dimension == "Total") & (c.Category == "Total")]
print("== victims total/total by region, 2018")
show(tot[(tot.Sex == "Total") & (tot.Age == "Total") & (tot.Year == "2018")], ["Region"])
print("== victims by sex, age in 2020")
show(tot[tot.Year == "2020"], ["Sex", "Age"])
print("== convicted, all cells, by year (2003..2006)")
conv = c[(c.Indicator == "Persons convicted") & c.Year.isin(["2003", "2004", "2005", "2006"])]
show(conv, ["Year"])
print("== SAM named: victims all cells")
s = cells[cells.Iso3_code == "SAM"].copy()
s["exact"] = s.txtVALUE.where(s.txtVALUE != "<5", "0").str.replace(",", "").astype(int)
print(len(s), s.exact.sum(), (s.txtVALUE == "<5").sum())
print("== Sark cells", len(cells[cells.Country == "Sark"]))
print("== thousands separator rows", (df.txtVALUE.str.contains(",")).sum(), df[df.txtVALUE.str.contains(",")].head(1)[key + ["txtVALUE", "excel_row"]].to_string())
