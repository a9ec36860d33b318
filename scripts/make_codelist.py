"""Builds crates/model/data/entities.csv, the codelist of reporting entities.

Run once by hand (needs pandas, openpyxl, pycountry); the output is committed.
ISO 3166-1 alpha-3 codes and numeric codes come from pycountry; English names,
UN M49 regions and subregions as the GLOTIP file spells them come from the file
itself; the ISO entries the file does not have get their M49 region by hand below.
Non-ISO entities seen in the GLOTIP file are listed with their kind.
"""
import sys
import pandas as pd
import pycountry

SRC = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/glotip/data_glotip.xlsx"
OUT = "crates/model/data/entities.csv"

LAC, NAM = ("Americas", "Latin America and the Caribbean"), ("Americas", "Northern America")
NEU, SEU, WEU = ("Europe", "Northern Europe"), ("Europe", "Southern Europe"), ("Europe", "Western Europe")
SSA, NAF = ("Africa", "Sub-Saharan Africa"), ("Africa", "Northern Africa")
ANZ, MEL, MIC, POL = ("Oceania", "Australia and New Zealand"), ("Oceania", "Melanesia"), ("Oceania", "Micronesia"), ("Oceania", "Polynesia")
EAS, SAS, WAS = ("Asia", "Eastern Asia"), ("Asia", "Southern Asia"), ("Asia", "Western Asia")
NONE = ("", "")
# M49 for ISO entries absent from the GLOTIP file (UN M49 "Standard country or area codes").
MISSING = {
    "AIA": LAC, "ALA": NEU, "ASM": POL, "ATA": NONE, "ATF": SSA, "BES": LAC, "BLM": LAC,
    "BMU": NAM, "BVT": LAC, "CCK": ANZ, "CXR": ANZ, "CYM": LAC, "ERI": SSA, "ESH": NAF,
    "FLK": LAC, "FRO": NEU, "GGY": NEU, "GIB": SEU, "GLP": LAC, "GRL": NAM, "GUF": LAC,
    "GUM": MIC, "HMD": ANZ, "IMN": NEU, "IOT": SSA, "JEY": NEU, "MAF": LAC, "MNP": MIC,
    "MSR": LAC, "MTQ": LAC, "MYT": SSA, "NCL": MEL, "NFK": ANZ, "PCN": POL, "PSE": WAS,
    "REU": SSA, "SGS": LAC, "SHN": SSA, "SJM": NEU, "SOM": SSA, "SPM": NAM, "STP": SSA,
    "SXM": LAC, "TCA": LAC, "TKL": POL, "TWN": EAS, "UMI": MIC, "VGB": LAC, "VIR": LAC,
    "WLF": POL,
}
# Entities in the GLOTIP file that are not ISO 3166-1 countries.
NON_ISO = [
    # id, name, kind, region, subregion, note
    ("Sark", "Sark", "territory", "Europe", "Northern Europe", "Crown dependency reported apart from Guernsey (GGY); no ISO code of its own"),
    ("Aruba/Curacao", "Aruba/Curacao", "composite", "", "", "joint report of ABW and CUW; never rolled up into regions"),
    ("CAR", "", "aggregate", "", "", "regional aggregate row in the GLOTIP file (Caribbean); never rolled up"),
    ("CAS", "", "aggregate", "", "", "regional aggregate row in the GLOTIP file (Central Asia); never rolled up"),
    ("EEU", "", "aggregate", "", "", "regional aggregate row in the GLOTIP file (Eastern Europe); never rolled up"),
    ("MCA", "", "aggregate", "", "", "regional aggregate row in the GLOTIP file (Middle East and Central Asia); never rolled up"),
    ("MCN", "", "aggregate", "", "", "regional aggregate row in the GLOTIP file (Middle East and North Africa); never rolled up"),
    ("SAF", "", "aggregate", "", "", "regional aggregate row in the GLOTIP file (Sub-Saharan Africa); never rolled up"),
    ("SAM", "", "aggregate", "", "", "regional aggregate row in the GLOTIP file (South America); never rolled up"),
]

df = pd.read_excel(SRC, dtype=str)
seen = (df.dropna(subset=["Iso3_code", "Country"])
        .groupby("Iso3_code")[["Country", "Region", "Subregion"]].first())
rows = []
for c in pycountry.countries:
    if c.alpha_3 in seen.index:
        s = seen.loc[c.alpha_3]
        rows.append((c.alpha_3, c.numeric, s.Country, "country", s.Region, s.Subregion, ""))
    else:
        r, sr = MISSING[c.alpha_3]
        rows.append((c.alpha_3, c.numeric, getattr(c, "common_name", c.name), "country", r, sr, "not in the GLOTIP file; ISO name"))
for i, n, k, r, sr, note in NON_ISO:
    rows.append((i, "", n, k, r, sr, note))
out = pd.DataFrame(rows, columns=["id", "m49", "name", "kind", "region", "subregion", "note"])
out.to_csv(OUT, index=False)
print(len(out), "entities written to", OUT)
