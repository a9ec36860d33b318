"""Random deck for heldout29: one line per case (H29-001..H29-120) written to draw.txt.
random.Random(29). Fields: scenario type, register, prosecuting country, year,
victim-age pattern, form, border situation, 1-3 means, target length."""
import random
R = random.Random(29)

# 54 internet-positive, 12 hard negatives (internet mentioned, internet_used=no or not the offenders'),
# 54 with no internet at all  -> 66/120 = 55% involve the internet in some role.
SCEN = (
    ["adv_classified"]*5 + ["adv_escort_site"]*4 + ["adv_own_site"]*3 + ["adv_social_media"]*3 +
    ["adv_forum"]*2 + ["rec_social_media"]*6 + ["rec_job_portal"]*5 + ["rec_messaging"]*4 +
    ["rec_dating"]*3 + ["rec_game_chat"]*2 + ["webcam_remote"]*5 + ["payment_only"]*3 +
    ["logistics_o2o"]*3 + ["offers_chosen_buyers"]*3 + ["forced_scams"]*3 +
    ["neg_third_party"]*5 + ["neg_rejected_or_planned"]*4 + ["neg_phone_only"]*3 +
    ["none_sexual"]*16 + ["none_labour"]*14 + ["none_begging"]*6 + ["none_marriage"]*5 +
    ["none_organ"]*3 + ["none_criminal"]*6 + ["none_other"]*4)
assert len(SCEN) == 120
R.shuffle(SCEN)

REGISTERS = ["first-instance judgment", "appeal decision", "news report", "prosecutor's press release",
             "NGO case note", "law-report headnote", "translated decision", "civil claim",
             "asylum decision", "police report", "parliamentary answer", "labour inspection report",
             "victim-compensation decision", "sentencing remarks", "case-law database summary",
             "indictment summary"]

REGIONS = {
 "Americas": ["USA", "CAN", "MEX", "BRA", "ARG", "COL", "PER", "CHL", "GTM", "DOM", "ECU", "SLV"],
 "Europe": ["GBR", "IRL", "NLD", "BEL", "DEU", "FRA", "ESP", "PRT", "ITA", "AUT", "CHE", "SWE",
            "NOR", "DNK", "FIN", "POL", "CZE", "ROU", "BGR", "HUN", "GRC", "SRB", "UKR", "MDA", "LTU"],
 "MENA": ["TUR", "ISR", "ARE", "SAU", "QAT", "BHR", "JOR", "LBN", "EGY", "MAR"],
 "Africa": ["NGA", "GHA", "KEN", "ZAF", "UGA", "TZA", "ETH", "SEN", "MOZ", "ZWE", "MWI"],
 "Asia": ["IND", "NPL", "BGD", "PAK", "LKA", "CHN", "JPN", "KOR", "TWN", "PHL", "THA", "VNM",
          "KHM", "MYS", "IDN", "SGP", "MMR", "KAZ", "KGZ"],
 "Oceania": ["AUS", "NZL", "FJI", "PNG"],
}
POOL = []
for reg, cs in REGIONS.items():
    for c in cs:
        POOL += [c] * 2
POOL += ["USA", "USA", "GBR", "PHL", "AUS", "NLD", "DEU", "IND", "NGA"]  # max 4 each
R.shuffle(POOL)

AGES = (["adult_number"]*4 + ["adult_words"]*4 + ["minor_number"]*3 + ["minor_dob"]*2 +
        ["minor_grade"]*2 + ["minor_words"]*2 + ["mixed_minor_adult"]*2 + ["vague_unknown"]*2 +
        ["not_stated"]*1)
BORDERS = (["cross_border_journey"]*5 + ["cross_border_nationality_only"]*2 +
           ["domestic_internal_movement"]*3 + ["domestic_local"]*2 + ["unknown"]*1)
MEANS = ["force", "threat", "deception", "abuse_of_vulnerability", "debt_bondage",
         "document_retention", "drugs", "other"]

def form_for(s):
    if s.startswith("none_"):
        return {"sexual": "sexual_exploitation", "labour": "forced_labour", "begging": "forced_begging",
                "marriage": "forced_marriage", "organ": "organ_removal",
                "criminal": "forced_criminal_activity", "other": "other"}[s[5:]]
    if s == "forced_scams":
        return "forced_criminal_activity"
    if s in ("rec_job_portal", "rec_messaging", "logistics_o2o", "payment_only", "neg_third_party",
             "neg_rejected_or_planned", "neg_phone_only"):
        return R.choice(["sexual_exploitation", "sexual_exploitation", "forced_labour", "forced_labour",
                         "forced_begging", "forced_criminal_activity", "forced_marriage"])
    return "sexual_exploitation"

used = {}
out = []
pi = 0
for i, s in enumerate(SCEN, 1):
    while True:
        c = POOL[pi % len(POOL)]; pi += 1
        if used.get(c, 0) < 4:
            used[c] = used.get(c, 0) + 1
            break
    lo = 2008 if not s.startswith("none_") else 2000
    year = R.randint(lo, 2025)
    means = R.sample(MEANS, R.choice([1, 2, 2, 3]))
    length = int(R.triangular(300, 1950, 900))
    out.append(f"H29-{i:03d}\t{s}\t{R.choice(REGISTERS)}\t{c}\t{year}\t{R.choice(AGES)}\t{form_for(s)}\t"
               f"{R.choice(BORDERS)}\t{','.join(means)}\t{length}")
open("draw.txt", "w").write("\n".join(out) + "\n")
print("\n".join(out))
