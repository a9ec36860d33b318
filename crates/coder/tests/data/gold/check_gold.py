#!/usr/bin/env python3
"""Validate the hand-coded gold files against the coding scheme (docs/coding-scheme.md, v1).

Usage: python3 check_gold.py [FILE ...]
Without arguments it checks cldb-gold.jsonl and narratives.jsonl next to this script.
Exits non-zero (and prints every problem) on an unknown label, a missing or extra
variable, a wrong type, an unsorted set, a duplicate key, a bad split or an
internally inconsistent coding (e.g. purposes given while internet_used=no).
"""
import json
import os
import re
import sys

PURPOSES = {"advertising", "recruitment", "exploitation", "logistics"}
PLATFORM_TYPES = {"social_media", "messaging_app", "classified_ads", "freestanding_website",
                  "dating", "webcam_livestream", "job_portal", "email", "unspecified"}
STRATEGIES = {"hunting", "fishing"}
FORMS = {"sexual_exploitation", "forced_labour", "forced_criminal_activity", "forced_begging",
         "forced_marriage", "organ_removal", "other"}
SEXES = {"female", "male"}
MEANS = {"force", "threat", "deception", "abuse_of_vulnerability", "debt_bondage",
         "document_retention", "drugs", "other"}
YES_NO = {"yes", "no"}
YES_NO_UNKNOWN = {"yes", "no", "unknown"}
BORDER = {"domestic", "cross_border", "unknown"}
SPLITS = {"dev", "test"}
# ISO 3166-1 alpha-3 codes that may appear (extend when a new country is coded).
ISO3 = set("""
AFG ALB DZA ASM AND AGO ARG ARM AUS AUT AZE BHR BGD BLR BEL BLZ BEN BTN BOL BIH BWA BRA BGR
BFA BDI KHM CMR CAN CAF TCD CHL CHN COL COD COG CRI CIV HRV CUB CYP CZE DNK DOM ECU EGY SLV
GNQ ERI EST ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GTM GIN GUM GUY HTI HND HKG HUN IND IDN
IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KOR PRK KWT KGZ LAO LVA LBN LBR LBY LTU LUX MDG MWI
MYS MLI MLT MEX FSM MDA MNG MNE MAR MOZ MMR NAM NPL NLD NZL NIC NER NGA MNP NOR OMN PAK PAN
PNG PRY PER PHL POL PRT PRI QAT ROU RUS RWA SAU SEN SRB SLE SGP SVK SVN SOM ZAF ESP LKA SDN
SWE CHE SYR TWN TJK TZA THA TGO TON TTO TUN TUR TKM UGA UKR ARE GBR USA URY UZB VEN VNM YEM
ZMB ZWE
""".split())

SET_VARS = {"purposes": PURPOSES, "platform_types": PLATFORM_TYPES, "strategies": STRATEGIES,
            "forms": FORMS, "victim_sex": SEXES, "countries": ISO3, "means": MEANS}
ENUM_VARS = {"internet_used": YES_NO, "cyber_flow": YES_NO_UNKNOWN,
             "victims_minor": YES_NO_UNKNOWN, "border": BORDER, "split": SPLITS}
COUNT_VARS = ["victims_total", "offenders_total"]
SCHEME_VARS = ["internet_used", "purposes", "platform_types", "platforms", "strategies",
               "cyber_flow", "forms", "victims_total", "victims_minor", "victim_sex", "border",
               "countries", "offenders_total", "means"]


def check_record(rec, kind):
    errs = []
    required = ["id", "split"] + SCHEME_VARS + ["notes"]
    if kind == "cldb":
        required.append("web_order")
    else:
        required.append("summary")
    for k in required:
        if k not in rec:
            errs.append(f"missing variable {k!r}")
    optional = [] if kind == "cldb" else ["country"]
    for k in rec:
        if k not in required and k not in optional:
            errs.append(f"unexpected key {k!r}")
    if errs:
        return errs
    # narratives: `country` (optional) is the ISO3 code of the country the case is set in
    if "country" in rec and not re.fullmatch(r"[A-Z]{3}", str(rec["country"])):
        errs.append(f"bad country {rec['country']!r}")
    if kind == "cldb":
        if not re.fullmatch(r"USA\d{3}", rec["id"]):
            errs.append(f"bad case id {rec['id']!r}")
        if not re.fullmatch(r"\d+", rec["web_order"]):
            errs.append(f"bad web_order {rec['web_order']!r}")
    else:
        if not re.fullmatch(r"N\d{3}", rec["id"]):
            errs.append(f"bad narrative id {rec['id']!r}")
        if not isinstance(rec["summary"], str) or len(rec["summary"]) < 80:
            errs.append("summary missing or too short")
    for k, allowed in ENUM_VARS.items():
        if rec[k] not in allowed:
            errs.append(f"{k}: unknown value {rec[k]!r} (allowed {sorted(allowed)})")
    for k, allowed in SET_VARS.items():
        v = rec[k]
        if not isinstance(v, list):
            errs.append(f"{k}: must be an array")
            continue
        for x in v:
            if x not in allowed:
                errs.append(f"{k}: unknown label {x!r}")
        if v != sorted(set(v)):
            errs.append(f"{k}: not a sorted set {v}")
    if not isinstance(rec["platforms"], list) or any(not isinstance(x, str) or not x for x in rec["platforms"]):
        errs.append("platforms: must be an array of names")
    elif rec["platforms"] != sorted(set(rec["platforms"])):
        errs.append("platforms: not sorted/unique")
    for k in COUNT_VARS:
        v = rec[k]
        if not (v == "unknown" or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)):
            errs.append(f"{k}: must be a non-negative integer or 'unknown', got {v!r}")
    if not isinstance(rec["notes"], str):
        errs.append("notes must be a string")
    # internal consistency
    if rec["internet_used"] == "no":
        for k in ("purposes", "platform_types", "platforms", "strategies"):
            if rec[k]:
                errs.append(f"{k} must be empty when internet_used=no")
        if rec["cyber_flow"] == "yes":
            errs.append("cyber_flow=yes requires internet_used=yes")
    else:
        if not rec["purposes"]:
            errs.append("internet_used=yes but no purpose")
        if not rec["platform_types"]:
            errs.append("internet_used=yes but no platform_type")
        if "logistics" in rec["purposes"] and len(rec["purposes"]) > 1:
            errs.append("logistics applies only when no other purpose does")
    if rec["cyber_flow"] == "yes" and len(rec["countries"]) < 2:
        errs.append("cyber_flow=yes needs at least two countries")
    if rec["border"] == "cross_border" and len(rec["countries"]) < 1:
        errs.append("cross_border needs at least one country")
    return errs


def check_file(path):
    kind = "narr" if "narrative" in os.path.basename(path) else "cldb"
    problems = 0
    seen = set()
    n = 0
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            n += 1
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{path}:{lineno}: invalid JSON: {e}")
                problems += 1
                continue
            key = (rec.get("id"), rec.get("web_order"))
            if key in seen:
                print(f"{path}:{lineno}: duplicate key {key}")
                problems += 1
            seen.add(key)
            for e in check_record(rec, kind):
                print(f"{path}:{lineno} [{rec.get('id')}]: {e}")
                problems += 1
    print(f"{path}: {n} records, {problems} problems")
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    files = sys.argv[1:] or [os.path.join(here, f) for f in ("cldb-gold.jsonl", "narratives.jsonl")
                             if os.path.exists(os.path.join(here, f))]
    total = sum(check_file(p) for p in files)
    if total:
        print(f"FAILED: {total} problems")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
