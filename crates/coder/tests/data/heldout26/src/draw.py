"""Random deck for heldout26: one line per case (H26-001..H26-120).

Run: python3 draw.py > draw.txt   (seeded with random.Random(26), so the deck is reproducible)
Each line: id | scenario | intended internet role | register | country | year | victim-age pattern |
form | border situation | means (1-3) | target length.
The annotator writes each case to its line but may depart from a drawn detail when the
scenario makes it implausible (every departure is in the case's notes or the README).
"""
import random

rng = random.Random(26)
N = 120

# ---- scenario deck (exact counts, shuffled); 66 internet (55%), 54 not (45%)
SCEN = [
    ("adv_classified_site", "yes", 5),
    ("adv_escort_site", "yes", 5),
    ("adv_offenders_own_site", "yes", 3),
    ("adv_social_media_page", "yes", 4),
    ("adv_forum", "yes", 2),
    ("rec_social_media", "yes", 6),
    ("rec_job_portal(incl. national job sites, other languages)", "yes", 6),
    ("rec_messaging_app", "yes", 6),
    ("rec_dating_app_or_site", "yes", 4),
    ("rec_online_game_chat", "yes", 3),
    ("webcam_livestream_across_countries", "yes", 5),
    ("online_payment_only", "yes", 4),
    ("logistics_only_offender_to_offender", "yes", 4),
    ("offers_or_photos_to_chosen_buyers", "yes", 5),
    ("victims_forced_to_run_online_scams", "yes", 4),
    ("internet_only_by_third_parties(police/journalists/relatives/NGO/support/victims)", "no", 8),
    ("online_act_claimed_but_rejected_by_court", "no", 4),
    ("online_post_planned_not_made", "no", 4),
    ("phone_sms_only", "no", 7),
    ("in_person", "no", 8),
    ("word_of_mouth_family", "no", 7),
    ("newspaper_or_radio_ads", "no", 6),
    ("letters_fax_tv", "no", 4),
    ("bank_transfer_or_agency_office_no_online", "no", 6),
]
deck = []
for name, iu, k in SCEN:
    deck += [(name, iu)] * k
assert len(deck) == N, len(deck)
assert sum(1 for d in deck if d[1] == "yes") == 66
rng.shuffle(deck)

# ---- registers: dealt round-robin (4 each), then shuffled
REGISTERS = [
    "news report", "NGO case brief", "first-instance judgment", "prosecutor's press release",
    "parliamentary answer", "law-report headnote", "police report extract", "ombudsman's report",
    "appeal decision", "terse clerk's summary", "labour inspectorate report", "translated judgment",
    "indictment summary", "national rapporteur's report", "victim-compensation decision",
    "sentencing remarks", "immigration/asylum tribunal decision", "case-law database entry",
    "civil claim (statement of claim)", "parole board decision", "extradition decision",
    "regional human-rights court judgment", "academic case note", "trade-union complaint",
    # new ones of this annotator
    "consular report", "legal-aid intake note", "cassation ruling", "employment tribunal judgment",
    "mutual legal assistance request summary", "radio bulletin transcript",
]
regs = [REGISTERS[i % len(REGISTERS)] for i in range(N)]
rng.shuffle(regs)

# ---- countries by region; at most 4 cases per country; regions dealt evenly (8 each)
REGIONS = {
    "Western/Southern Europe": ["FRA", "ESP", "ITA", "PRT", "BEL", "NLD", "DEU", "AUT", "CHE", "GRC", "IRL", "GBR"],
    "Northern Europe": ["SWE", "NOR", "FIN", "DNK", "ISL", "EST", "LVA", "LTU"],
    "Central/South-East Europe": ["POL", "CZE", "SVK", "HUN", "ROU", "BGR", "SRB", "HRV", "MKD", "ALB", "BIH", "SVN"],
    "Eastern Europe/Central Asia": ["UKR", "MDA", "GEO", "ARM", "AZE", "KAZ", "KGZ", "UZB", "TJK", "BLR"],
    "North America": ["USA", "CAN"],
    "Central America/Caribbean": ["MEX", "GTM", "HND", "SLV", "CRI", "PAN", "DOM", "JAM", "TTO", "HTI", "NIC"],
    "South America": ["BRA", "ARG", "CHL", "COL", "PER", "ECU", "BOL", "PRY", "URY", "VEN", "GUY"],
    "North Africa/Middle East": ["MAR", "TUN", "EGY", "JOR", "LBN", "ISR", "ARE", "QAT", "BHR", "KWT", "OMN", "SAU"],
    "West/Central Africa": ["NGA", "GHA", "SEN", "CIV", "BEN", "TGO", "BFA", "MLI", "CMR", "NER", "SLE", "GAB"],
    "East Africa": ["KEN", "UGA", "TZA", "ETH", "RWA", "MWI", "MOZ", "MDG", "SDN", "DJI"],
    "Southern Africa": ["ZAF", "NAM", "BWA", "ZWE", "ZMB", "LSO", "SWZ", "AGO"],
    "South Asia": ["IND", "PAK", "BGD", "NPL", "LKA", "MDV", "BTN"],
    "East Asia": ["CHN", "JPN", "KOR", "MNG", "TWN", "HKG"],
    "South-East Asia": ["PHL", "THA", "VNM", "IDN", "MYS", "KHM", "LAO", "MMR", "SGP", "TLS"],
    "Oceania": ["AUS", "NZL", "FJI", "PNG", "WSM", "TON", "VUT"],
}
region_names = list(REGIONS)
assert len(region_names) * 8 == N
region_seq = [r for r in region_names for _ in range(8)]
rng.shuffle(region_seq)
used = {}
countries = []
for r in region_seq:
    pool = [c for c in REGIONS[r] if used.get(c, 0) < 4]
    c = rng.choice(pool)
    used[c] = used.get(c, 0) + 1
    countries.append((r, c))

# ---- per-case details
AGE = [
    ("adults by age", 18), ("adults by words (women/men/adults)", 16), ("minor by age", 14),
    ("minor only by date of birth", 6), ("minor by school grade", 5),
    ("minor by 'juvenile'/'girl'/'boy' words", 8), ("mixed adults and a minor", 10),
    ("'young women'/'teenagers'/'young men' (unknown)", 8), ("age not said", 8),
]
FORMS_BY = {
    "default": [("sexual_exploitation", 40), ("forced_labour", 28), ("domestic servitude (forced_labour)", 8),
                ("forced_criminal_activity", 7), ("forced_begging", 6), ("forced_marriage", 6),
                ("organ_removal", 2), ("sexual_exploitation + forced_labour", 3)],
    "adv": [("sexual_exploitation", 85), ("forced_labour (services advertised)", 10), ("forced_begging", 5)],
    "webcam": [("sexual_exploitation", 100)],
    "scam": [("forced_criminal_activity", 100)],
}
BORDER = [
    ("cross_border: moved across a border", 40), ("cross_border: shown only by nationality", 14),
    ("domestic: one town or region", 22), ("domestic: across state lines / between provinces", 12),
    ("unknown: no place or nationality named", 8),
]
MEANS = ["force", "threat", "deception", "abuse_of_vulnerability", "debt_bondage",
         "document_retention", "drugs", "other"]
MEANS_W = [14, 16, 22, 12, 14, 10, 5, 4]


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


lines = []
for i in range(N):
    scen, iu = deck[i]
    region, ctry = countries[i]
    if scen.startswith("victims_forced_to_run_online_scams"):
        lo = 2018
    elif scen.startswith("webcam") or scen.startswith("rec_online_game") or scen.startswith("rec_dating"):
        lo = 2010
    elif iu == "yes":
        lo = 2006
    else:
        lo = 2000
    year = rng.randint(lo, 2025)
    age = wpick(AGE)
    key = "adv" if scen.startswith("adv_") else "webcam" if scen.startswith("webcam") else \
        "scam" if "scams" in scen else "default"
    form = wpick(FORMS_BY[key])
    border = "cross_border: victims exploited from a distance (remote)" if key == "webcam" else wpick(BORDER)
    k = rng.choice([1, 2, 2, 3, 3])
    ms = []
    while len(ms) < k:
        m = rng.choices(MEANS, MEANS_W)[0]
        if m not in ms:
            ms.append(m)
    length = int(round((300 + 1700 * rng.betavariate(1.6, 3.5)) / 10.0) * 10)
    lines.append(f"H26-{i+1:03d} | {scen} | internet:{iu} | {regs[i]} | {ctry} ({region}) | {year} | "
                 f"{age} | {form} | {border} | {','.join(ms)} | {length}")

print("\n".join(lines))
