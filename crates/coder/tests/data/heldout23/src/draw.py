"""Random deck for heldout23 (random.Random(23)). Writes src/draw.txt.
Each case gets: scenario type, register, prosecuting country, year, victim-age profile,
form of exploitation, means flavour, border situation, hard-case twist, target length."""
import random, collections, os
R = random.Random(23)
N = 120

# scenario types: (name, count). internet-involved 66 (55%), none 54 (45%)
SCEN_INTERNET = [
    ("adv_classified_ads", 7),      # offenders advertise victims on classified/listing site
    ("adv_escort_or_sex_site", 5),  # offenders advertise on escort/adult site
    ("recruit_social_media", 8),
    ("recruit_job_portal", 5),
    ("recruit_dating_app", 4),
    ("recruit_messaging_app", 5),
    ("recruit_gaming_platform", 3),
    ("webcam_livestream", 6),
    ("forced_online_scam", 2),
    ("offers_to_chosen_buyers", 3),  # C6
    ("payment_only", 3),
    ("logistics_only", 3),
    ("site_offenders_ran", 2),
    ("third_party_internet_use", 6), # police/journalists/relatives/NGOs online (C3) -> offenders no
    ("claim_rejected", 2),          # court rejects claim of online act
    ("planned_not_done", 2),        # planned post never made (C4)
]
SCEN_NONE = [
    ("phone_only", 12),
    ("in_person", 16),
    ("newspaper_ad", 7),
    ("radio_ad", 3),
    ("word_of_mouth", 10),
    ("flyers_or_notice_board", 3),
    ("family_arranged", 3),
]
scen = [s for s, n in SCEN_INTERNET for _ in range(n)] + [s for s, n in SCEN_NONE for _ in range(n)]
assert len(scen) == N, len(scen)
R.shuffle(scen)

REGISTERS = ["court judgment (first instance)", "prosecutor's press release", "NGO case brief",
    "law-report headnote", "appeal decision", "terse clerk's summary", "translated judgment",
    "police report extract", "parliamentary answer", "news report", "labour inspectorate report",
    "sentencing remarks", "case-database entry", "national rapporteur report excerpt",
    "extradition / MLA decision", "victim-compensation decision", "juvenile court summary",
    "ombudsman / human-rights commission note"]
reg = [REGISTERS[i % len(REGISTERS)] for i in range(N)]
R.shuffle(reg)

COUNTRIES = ("USA GBR CAN AUS NZL IRL NLD BEL DEU FRA ESP PRT ITA CHE AUT SWE NOR DNK FIN POL CZE SVK HUN ROU BGR "
    "GRC CYP HRV SRB ALB MKD MDA UKR LTU LVA EST ISR TUR JOR LBN ARE QAT KWT BHR OMN SAU EGY MAR TUN NGA GHA "
    "KEN UGA TZA ZAF ZWE MOZ ETH SEN CIV IND NPL BGD LKA PAK THA VNM KHM LAO MYS SGP IDN PHL CHN KOR JPN TWN MNG "
    "KAZ KGZ UZB BRA ARG CHL PER COL MEX GTM SLV HND DOM CRI PRY BOL ECU").split()
cnt = collections.Counter(); ctry = []
for i in range(N):
    while True:
        c = R.choice(COUNTRIES)
        if cnt[c] < 4:
            break
    cnt[c] += 1; ctry.append(c)

years = [R.randint(2006, 2025) for _ in range(N)]

AGES = ["adults stated", "adults stated", "minor by age", "minor by age", "minor by date of birth",
        "minor by school grade", "'young women/men' no age", "mixed adults and minors",
        "no age given", "called girls/boys", "adults stated", "minor by age"]
ages = [R.choice(AGES) for _ in range(N)]

FORMS = ["sexual exploitation"] * 8 + [
    "forced labour: agriculture", "forced labour: fishing", "forced labour: construction",
    "domestic servitude", "forced labour: factory/garment", "forced labour: restaurant/catering",
    "forced labour: car wash/nail bar", "forced labour: mining/brick kiln", "forced labour: cannabis farm",
    "forced labour: cleaning/hospitality", "forced criminal activity: drug dealing",
    "forced criminal activity: theft/shoplifting", "forced criminal activity: benefit/credit fraud",
    "forced begging", "forced begging", "forced marriage", "forced marriage", "organ removal",
    "mixed: sexual + domestic", "mixed: labour + criminal", "mixed: begging + theft",
    "mixed: marriage + domestic/sexual"]
forms = [R.choice(FORMS) for _ in range(N)]

MEANS = ["violence and confinement", "threats to family", "false job promise", "debt to be worked off",
         "passports kept", "drugs/alcohol to subdue", "lover-boy deception", "exploiting poverty/irregular status",
         "juju/oath", "fines and surveillance", "mixed: debt + documents", "mixed: threats + deception",
         "no means described"]
means = [R.choice(MEANS) for _ in range(N)]

BORDER = ["moved across border", "moved across border", "foreign nationals, journey not described",
          "domestic, one city", "domestic, across state/province lines", "domestic, rural to city",
          "nationality of victims only", "places not stated (unknown)", "moved across border",
          "transit through third country"]
border = [R.choice(BORDER) for _ in range(N)]

TWISTS = ["none", "none", "none", "platform named by third party", "victim's own phone use",
          "ambiguous 'online' mention", "misspelled platform name", "non-English platform name",
          "accomplice not charged", "defendant acquitted on one count", "numbers as 'about/at least'",
          "victims' number not given", "buyer prosecuted", "two trials merged"]
twist = [R.choice(TWISTS) for _ in range(N)]

# target lengths: 300-2000, mean near 900
lens = [max(300, min(2000, int(R.gauss(900, 330)))) for _ in range(N)]

os.makedirs(os.path.dirname(os.path.abspath(__file__)), exist_ok=True)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "draw.txt"), "w") as f:
    for i in range(N):
        f.write(f"H23-{i+1:03d} | {scen[i]} | {reg[i]} | {ctry[i]} | {years[i]} | {ages[i]} | {forms[i]} | "
                f"{means[i]} | {border[i]} | {twist[i]} | len~{lens[i]}\n")
    f.write("\n# scenario counts\n")
    for k, v in sorted(collections.Counter(scen).items(), key=lambda x: -x[1]):
        f.write(f"{k}: {v}\n")
    f.write(f"\n# countries: {len(cnt)} distinct; max per country {max(cnt.values())}\n")
    f.write(f"# mean target length {sum(lens)/N:.0f}\n")
print(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "draw.txt")).read())
