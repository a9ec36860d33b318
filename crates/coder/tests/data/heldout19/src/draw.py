"""Random settings for heldout19: country, year, register and scenario type per case.
Run: python3 draw.py > draw.txt  (random.Random(19), deterministic)."""
import random
R = random.Random(19)

# ---- prosecuting countries (ISO3), >= 130; USA weight 3, others 1; max 8 per country
COUNTRIES = """AFG ALB DZA AGO ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI KHM CMR CAN CPV CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DOM
ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GTM GIN GNB GUY HTI HND HUN ISL
IND IDN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LTU LUX MDG MWI MYS MDV
MLI MLT MHL MRT MUS MEX FSM MDA MNG MNE MAR MOZ MMR NAM NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW
PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SEN SRB SYC SLE SGP SVK SVN SLB ZAF KOR
SSD ESP LKA SDN SUR SWE CHE TJK TZA THA TLS TGO TON TTO TUN TUR TKM UGA UKR ARE GBR USA URY UZB VUT
VNM ZMB ZWE""".split()
COUNTRY_MIN_YEAR = {"SSD": 2012, "MNE": 2007, "SRB": 2007, "TLS": 2003}
WEIGHTS = [3 if c == "USA" else 1 for c in COUNTRIES]
MAX_PER_COUNTRY = 8

# ---- registers (the brief's ten plus four of our own)
REGISTERS = [
    "terse database entry", "press release", "appellate opinion recounting facts indirectly",
    "sentencing remarks", "translated civil-law judgment with long sentences",
    "NGO-style description", "news-style report", "internet mentioned once in passing",
    "facts out of order", "abbreviations / initials or codes / ages by birth date or grade / origins by town",
    # own registers
    "police intelligence summary", "victim's statement retold in the third person",
    "bullet-point charge sheet", "translated from Spanish/French/Portuguese with its idioms",
]

# ---- deck: (type, earliest plausible year, count). 70 internet + 50 negatives.
INTERNET = [
    ("I01 escort ads on a classified site", 2003, 3),
    ("I02 escort ads on an adult/escort website", 2003, 3),
    ("I03 social-media grooming of a minor", 2008, 3),
    ("I04 fake job offer on social media", 2010, 3),
    ("I05 job offer on an online job board", 2005, 2),
    ("I06 dating app / dating site lure", 2012, 2),
    ("I07 livestreamed child sexual abuse to buyers abroad", 2010, 3),
    ("I08 forced work in an online scam compound", 2019, 3),
    ("I09 photos of victims sent to chosen buyers (C6)", 2012, 2),
    ("I10 online payments only (C1/C16)", 2008, 2),
    ("I11 offender-to-offender messages across countries (C14)", 2012, 2),
    ("I12 e-mail recruitment", 2002, 2),
    ("I13 bogus agency website run by the offenders (C15)", 2005, 2),
    ("I14 online marriage / introduction site", 2005, 2),
    ("I15 online game chat", 2016, 2),
    ("I16 online booking of rooms/flats for exploitation", 2012, 1),
    ("I17 recorded images/videos of victims sold online (C15)", 2008, 2),
    ("I18 closed messaging group of regular clients", 2015, 2),
    ("I19 organ donors recruited online", 2010, 2),
    ("I20 victim and offender 'met'/'chatted' online, no first contact (C13)", 2009, 2),
    ("I21 both hunting and fishing in one scheme", 2010, 2),
    ("I22 victims made to post their own ads", 2008, 2),
    ("I23 subscription / fan site", 2019, 2),
    ("I24 sugar-dating site", 2014, 2),
    ("I25 video-call 'job interview'", 2016, 2),
    ("I26 online loan app that creates a debt", 2017, 2),
    ("I27 ride-hailing or delivery app used to move or exploit victims", 2016, 2),
    ("I28 cryptocurrency payments", 2015, 2),
    ("I29 online forum of buyers", 2008, 1),
    ("I30 ads in several languages", 2010, 1),
    ("I31 trafficker's own YouTube/TikTok channel", 2018, 2),
    ("I32 QR code or link on paper flyers", 2015, 1),
    ("I33 SIM cards and mobile hotspots handed to victims for online contact", 2014, 1),
    ("I34 online visa / ticket bookings by offenders", 2012, 1),
    ("I35 forced begging through livestream donations", 2020, 1),
    ("I36 domestic workers offered for 'transfer' on social media", 2016, 1),
]
NEGATIVE = [
    ("N01 phone calls and SMS only", 2000, 4),
    ("N02 print newspaper / magazine ads", 1998, 3),
    ("N03 radio or TV ads", 1998, 2),
    ("N04 in-person forced labour (farm, fishing, factory)", 1998, 3),
    ("N05 in-person domestic servitude", 1998, 3),
    ("N06 in-person forced begging", 1998, 2),
    ("N07 in-person forced criminal activity", 2000, 3),
    ("N08 in-person forced marriage", 1998, 2),
    ("N09 in-person organ removal", 2000, 2),
    ("N10 internet used only by police/investigators (C3)", 2008, 3),
    ("N11 internet used only by victims/relatives/NGOs to seek help (C3)", 2010, 3),
    ("N12 internet used only by buyers or journalists (C3)", 2010, 2),
    ("N13 online ads planned or drafted but never posted (C4)", 2008, 3),
    ("N14 online acts alleged but not proved (C4)", 2008, 3),
    ("N15 bank or wire transfers without 'online' (C1)", 1998, 3),
    ("N16 internet mentioned only in its absence", 2005, 3),
    ("N17 internet cafe as a place only", 2002, 2),
    ("N18 CCTV cameras to watch victims (not a webcam)", 2005, 2),
    ("N19 telegram (postal) / fax, not the app", 1998, 1),
    ("N20 video-link testimony in court only (C3)", 2008, 1),
]
MAX_YEAR = 2026  # first range used; the checker accepts 2000-2025 only, see main()
CHECK_LO, CHECK_HI = 2000, 2025
R2 = random.Random(1919)  # second stream, only for years outside the checker range

def main():
    deck = [(t, y0, "internet") for t, y0, n in INTERNET for _ in range(n)] + \
           [(t, y0, "negative") for t, y0, n in NEGATIVE for _ in range(n)]
    assert sum(1 for d in deck if d[2] == "internet") == 70
    assert sum(1 for d in deck if d[2] == "negative") == 50
    assert len(COUNTRIES) >= 130 and len(set(COUNTRIES)) == len(COUNTRIES)
    R.shuffle(deck)
    used = {}
    print("# heldout19 draw: random.Random(19); %d countries; %d internet types, %d negative types"
          % (len(COUNTRIES), len(INTERNET), len(NEGATIVE)))
    for i, (stype, y0, kind) in enumerate(deck, 1):
        while True:
            c = R.choices(COUNTRIES, WEIGHTS)[0]
            if used.get(c, 0) < MAX_PER_COUNTRY:
                break
        used[c] = used.get(c, 0) + 1
        lo = max(y0, COUNTRY_MIN_YEAR.get(c, 0))
        year = R.randint(lo, MAX_YEAR)
        note = ""
        if not CHECK_LO <= year <= CHECK_HI:
            # redraw from the second stream so that the main stream (countries,
            # registers, later years) stays exactly as first drawn
            old = year
            year = R2.randint(max(lo, CHECK_LO), CHECK_HI)
            note = "\t(year %d redrawn)" % old
        reg = R.choice(REGISTERS)
        print("H19-%03d\t%s\t%d\t%s\t%s\t%s%s" % (i, c, year, kind, stype, reg, note))

if __name__ == "__main__":
    main()
