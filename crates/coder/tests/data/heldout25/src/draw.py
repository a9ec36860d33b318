"""Random deck for heldout25: one line per case (random.Random(25))."""
import random
R = random.Random(25)

# exact deck of scenario types (120), internet role in brackets
SCEN = [
 ("adv_classified", 6), ("adv_escort_site", 5), ("adv_own_site", 3), ("adv_social_page", 4), ("adv_forum", 2),
 ("rec_social_media", 8), ("rec_job_portal", 6), ("rec_messaging", 5), ("rec_dating", 4), ("rec_game_chat", 3),
 ("webcam_cross_country", 5), ("online_payment_only", 3), ("logistics_offender_to_offender", 4),
 ("offers_to_chosen_buyers", 4), ("forced_online_scams", 4),
 # internet not used by the offenders
 ("internet_third_party_only", 9), ("online_claimed_rejected", 4), ("online_planned_not_made", 4),
 ("phone_sms_only", 8), ("in_person", 8), ("word_of_mouth_family", 8), ("newspaper_radio_ads", 5),
 ("letters_fax_tv", 4), ("bank_transfer_or_agency_office", 4),
]
deck = [s for s, n in SCEN for _ in range(n)]
assert len(deck) == 120
R.shuffle(deck)

REGS = ["news report", "NGO case brief", "first-instance judgment", "prosecutor's press release",
 "parliamentary answer", "law-report headnote", "police report extract", "ombudsman's report",
 "appeal decision", "terse clerk's summary", "labour inspectorate report", "translated judgment",
 "indictment summary", "national rapporteur's report", "victim-compensation decision",
 "sentencing remarks", "immigration/asylum tribunal decision", "case-law database entry",
 "civil claim", "parole board decision", "extradition decision", "regional human-rights court judgment",
 # own new ones
 "legal-aid clinic intake memo", "recruitment-agency licensing tribunal decision",
 "embassy consular note", "trade-union bulletin", "cassation ruling", "hotline case log"]
regs = [REGS[i % len(REGS)] for i in range(120)]
R.shuffle(regs)

REGIONS = {
 "North America": ["USA", "CAN"],
 "Latin America and Caribbean": ["MEX", "BRA", "ARG", "COL", "PER", "CHL", "GTM", "DOM", "ECU", "BOL", "PRY", "CRI", "TTO", "SLV", "HND"],
 "Western and Southern Europe": ["GBR", "FRA", "DEU", "NLD", "BEL", "ESP", "ITA", "PRT", "SWE", "NOR", "DNK", "FIN", "IRL", "AUT", "CHE", "GRC", "CYP", "ISL"],
 "Central and Eastern Europe, Central Asia": ["POL", "ROU", "BGR", "UKR", "MDA", "SRB", "CZE", "HUN", "LTU", "LVA", "EST", "SVK", "ALB", "MKD", "KAZ", "KGZ", "UZB", "GEO", "ARM", "AZE", "RUS", "SVN", "HRV", "BIH"],
 "North Africa and Middle East": ["EGY", "MAR", "TUN", "JOR", "LBN", "ARE", "QAT", "SAU", "BHR", "KWT", "OMN", "ISR", "TUR", "DZA"],
 "Sub-Saharan Africa": ["NGA", "GHA", "KEN", "UGA", "TZA", "ZAF", "ETH", "SEN", "CIV", "MLI", "NER", "BEN", "ZMB", "MWI", "MOZ", "NAM", "BWA", "RWA", "CMR", "ZWE", "MUS", "SLE", "LBR", "BFA", "TGO", "MDG"],
 "South Asia": ["IND", "NPL", "BGD", "PAK", "LKA", "MDV", "AFG", "BTN"],
 "East Asia and Pacific": ["PHL", "THA", "VNM", "IDN", "MYS", "KHM", "LAO", "MMR", "CHN", "KOR", "JPN", "TWN", "SGP", "MNG", "AUS", "NZL", "FJI", "PNG", "TLS", "BRN"],
}
cap = {c: 4 for cs in REGIONS.values() for c in cs}
ctry = []
for _ in range(120):
    regs_open = [r for r, cs in REGIONS.items() if any(cap[c] > 0 for c in cs)]
    r = R.choice(regs_open)
    c = R.choice([c for c in REGIONS[r] if cap[c] > 0])
    cap[c] -= 1
    ctry.append(c)

AGE = ["adults by age", "adults by words (women/men)", "minor by age", "minor by date of birth",
       "minor by school grade", "minor by word (child/juvenile/girl/boy)", "mixed adults and minors",
       "no age: young women/teenagers/young men", "nothing said about age"]
AGE_W = [14, 16, 14, 5, 5, 10, 10, 8, 6]

FORMS_ALLOWED = {
 "webcam_cross_country": ["sexual_exploitation"],
 "forced_online_scams": ["forced_criminal_activity", "forced_criminal_activity+forced_labour"],
 "adv_classified": ["sexual_exploitation"] * 4 + ["forced_labour"],
 "adv_escort_site": ["sexual_exploitation"],
 "adv_own_site": ["sexual_exploitation", "sexual_exploitation", "forced_marriage", "forced_labour"],
 "adv_social_page": ["sexual_exploitation", "sexual_exploitation", "forced_labour", "forced_marriage"],
 "adv_forum": ["sexual_exploitation"],
 "offers_to_chosen_buyers": ["sexual_exploitation", "sexual_exploitation", "forced_marriage", "forced_labour"],
}
FORMS_ANY = (["sexual_exploitation"] * 10 + ["forced_labour"] * 9 + ["forced_criminal_activity"] * 2 +
             ["forced_begging"] * 2 + ["forced_marriage"] * 2 + ["organ_removal"] + ["other"] +
             ["sexual_exploitation+forced_labour"] * 2 + ["forced_labour+forced_criminal_activity"] +
             ["forced_begging+forced_criminal_activity"])

BORDER = ["domestic, places named", "domestic, across state lines/provinces", "cross_border, moved",
          "cross_border, shown only by nationality", "unknown: no place or nationality"]
BORDER_W = [26, 12, 36, 16, 6]

MEANS = ["force", "threat", "deception", "abuse_of_vulnerability", "debt_bondage",
         "document_retention", "drugs", "other"]
MEANS_W = [14, 14, 18, 9, 11, 9, 5, 5]

lines = []
for i in range(120):
    s = deck[i]
    form = R.choice(FORMS_ALLOWED.get(s, FORMS_ANY))
    if s == "webcam_cross_country":
        border = "cross_border, remote (victims never moved)"
    else:
        border = R.choices(BORDER, BORDER_W)[0]
    k = R.choice([1, 2, 2, 3, 3])
    means = []
    while len(means) < k:
        m = R.choices(MEANS, MEANS_W)[0]
        if m not in means:
            means.append(m)
    year = R.randint(2000, 2026)
    age = R.choices(AGE, AGE_W)[0]
    length = int(round(300 + 1700 * R.betavariate(1.7, 3.3)))
    lines.append(f"H25-{i+1:03d} | {s} | {regs[i]} | {ctry[i]} | {year} | {age} | {form} | {border} | {'+'.join(means)} | {length}")

open("/tmp/heldout25/src/draw.txt", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
import statistics
L = [int(l.split("|")[-1]) for l in lines]
print("len mean", statistics.mean(L), "min", min(L), "max", max(L))
from collections import Counter
print(Counter(ctry).most_common(5), len(set(ctry)))
