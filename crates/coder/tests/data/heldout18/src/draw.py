"""Random draw of settings for heldout18 (seed 18).

For each case H18-001..H18-120: a prosecuting country (broad list, USA/GBR/PHL/IND/NGA weighted
a little higher, no country more than 8 times), a year (not before the scenario's earliest
plausible year), a register, and a main scenario type (70 internet scenarios, 50 non-internet
hard negatives, shuffled as a deck). Run: python3 draw.py > draw.txt
"""
import random

rng = random.Random(18)

COUNTRIES = """USA GBR PHL IND NGA ALB ARG ARM AUS AUT AZE BGD BEL BEN BIH BOL BRA BGR BFA KHM CMR CAN
CHL CHN COL CRI CIV HRV CYP CZE DNK DOM ECU EGY SLV EST ETH FIN FRA GAB GEO DEU GHA GRC GTM GIN HTI
HND HUN ISL IDN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KOR KWT KGZ LAO LVA LBN LSO LTU LUX MDG MWI MYS
MDV MLI MLT MRT MUS MEX MDA MNG MNE MAR MOZ MMR NAM NPL NLD NZL NIC NER MKD NOR OMN PAK PAN PNG PRY
PER POL PRT QAT ROU RUS RWA SAU SEN SRB SGP SVK SVN ZAF ESP LKA SUR SWE CHE TWN TJK TZA THA TGO TTO
TUN TUR UGA UKR ARE URY UZB VNM ZMB ZWE BHR FJI SLE LBR""".split()
assert len(COUNTRIES) >= 120 and len(set(COUNTRIES)) == len(COUNTRIES)
HEAVY = {"USA": 4, "GBR": 3, "PHL": 3, "IND": 3, "NGA": 3}

REGISTERS = [
    "terse database entry",
    "press release",
    "appellate opinion recounting facts indirectly",
    "sentencing remarks",
    "translated civil-law judgment, long sentences",
    "NGO-style case description",
    "news-style report",
    "internet (or its absence) mentioned only once in passing",
    "facts out of order",
    "abbreviations, victims by initials or codes, ages by birth date or school grade, origins by town",
]

# (scenario, count, earliest year)
INTERNET = [
    ("escort/sex ads on a classified site (fishing, advertising)", 4, 2000),
    ("ads on an adult/escort website (fishing, advertising)", 3, 2000),
    ("social-media grooming of a minor (hunting, recruitment)", 4, 2006),
    ("fake job offer posted on social media -> forced labour abroad (fishing)", 3, 2008),
    ("fake job ad on an online job board / recruitment site (job_portal)", 3, 2003),
    ("dating site/app romance lure (hunting or met-only)", 3, 2004),
    ("livestreamed child sexual abuse to buyers abroad (exploitation, webcam, C9)", 4, 2010),
    ("adult forced webcam shows on a site (exploitation)", 2, 2008),
    ("forced online scam compound (exploitation + recruitment)", 4, 2017),
    ("photos sent by messaging app to chosen buyers (C6 advertising hunting)", 3, 2011),
    ("online payment service only (C1 logistics)", 3, 2008),
    ("offender-to-offender messages across countries (C14 logistics, cyber_flow)", 3, 2009),
    ("e-mail recruitment of domestic worker", 2, 2000),
    ("site the offenders ran: bogus agency (C15 freestanding)", 3, 2002),
    ("forced marriage arranged via an online marriage/bride site", 2, 2005),
    ("grooming via online game chat", 2, 2012),
    ("accommodation booked online / booking site as logistics", 2, 2012),
    ("recorded images of victims sold online (C15 exploitation)", 2, 2005),
    ("forced criminal activity recruited via messaging app (drugs/cannabis/fraud)", 3, 2013),
    ("forced begging with a messaging app used among offenders (logistics)", 2, 2012),
    ("closed messaging group of regular clients (open point)", 2, 2014),
    ("organ removal: donors recruited via online posts/forum", 2, 2008),
    ("labour exploitation, victims and offender 'met'/'chatted' online (no strategy, C13)", 3, 2009),
    ("both hunting and fishing in one scheme", 2, 2010),
    ("victims made to post their own ads under the offender's direction", 2, 2005),
    ("'model scout' on Instagram or similar -> sexual exploitation abroad", 2, 2013),
]
NONINTERNET = [
    ("phone calls and SMS only, sexual exploitation", 5, 2000),
    ("print newspaper / magazine ads", 4, 2000),
    ("in-person recruitment for labour (farm, boat, kiln, construction)", 6, 2000),
    ("domestic servitude arranged in person / through relatives", 4, 2000),
    ("internet used only by police (undercover online) (C3)", 3, 2005),
    ("internet used only by NGO, victim or relatives seeking help (C3)", 3, 2008),
    ("internet used only by buyers/third parties, not offenders", 2, 2008),
    ("online ads planned but never posted (C4)", 3, 2006),
    ("denied online act: 'no evidence he posted' (C4)", 2, 2006),
    ("forced begging, in person", 3, 2000),
    ("forced criminal activity (pickpocketing, cannabis, shoplifting), in person", 3, 2000),
    ("forced marriage arranged by families in person", 3, 2000),
    ("organ removal, in person", 2, 2000),
    ("fax, radio or leaflets / posters", 2, 2000),
    ("bank or wire transfers without 'online' (C1 negative)", 2, 2000),
    ("victim used internet for something innocent; offenders acted offline", 3, 2008),
]
assert sum(n for _, n, _ in INTERNET) == 70, sum(n for _, n, _ in INTERNET)
assert sum(n for _, n, _ in NONINTERNET) == 50, sum(n for _, n, _ in NONINTERNET)

deck = [(s, "internet", y) for s, n, y in INTERNET for _ in range(n)]
deck += [(s, "no internet", y) for s, n, y in NONINTERNET for _ in range(n)]
rng.shuffle(deck)

used = {}
out = []
for i, (scen, kind, miny) in enumerate(deck, 1):
    while True:
        pool = COUNTRIES
        weights = [HEAVY.get(c, 1) for c in pool]
        c = rng.choices(pool, weights)[0]
        if used.get(c, 0) < 8:
            break
    used[c] = used.get(c, 0) + 1
    year = rng.randint(miny, 2025)
    reg = rng.choice(REGISTERS)
    out.append((f"H18-{i:03d}", c, year, kind, scen, reg))

if __name__ == "__main__":
    for row in out:
        print(" | ".join(str(x) for x in row))
    print("countries:", len(used), sorted(used.items(), key=lambda x: -x[1])[:10])
