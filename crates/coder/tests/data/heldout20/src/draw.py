"""Random draw for heldout20: scenario type, prosecuting country, year, register and
length band for each of the 120 ids. Seed: random.Random(20). Output: draw.txt."""
import random
from collections import Counter

rng = random.Random(20)

# (code, description, count, earliest plausible year)
INTERNET = [
    ("I01", "labour broker posts job offers in a Facebook group", 4, 2009),
    ("I02", "recruiter contacts victim on Viber", 2, 2012),
    ("I03", "recruitment / control over LINE or KakaoTalk", 2, 2012),
    ("I04", "WeChat recruitment and offenders' coordination", 2, 2012),
    ("I05", "Zalo or IMO contact by recruiter", 2, 2013),
    ("I06", "local classifieds (Avito, OLX, Jiji, Craigslist-like) job ad", 3, 2008),
    ("I07", "sex ads on a classified listing site", 4, 2003),
    ("I08", "escort / adult website ads", 4, 2003),
    ("I09", "livestream platform exploitation (sexual, live app)", 2, 2016),
    ("I10", "webcam child sexual abuse to buyers abroad", 3, 2008),
    ("I11", "crowdfunding / online donation appeal with exploited victims", 1, 2013),
    ("I12", "online game chat grooming and game currency", 2, 2013),
    ("I13", "mobile money / e-wallet payments (C1)", 2, 2012),
    ("I14", "cloud storage / file links used to sell recorded images", 1, 2012),
    ("I15", "remote control of victims by video calls", 2, 2013),
    ("I16", "sextortion into trafficking", 2, 2013),
    ("I17", "dating app lover-boy recruitment", 2, 2013),
    ("I18", "online job portal ad", 2, 2005),
    ("I19", "offenders' own fake agency website (C15)", 2, 2004),
    ("I20", "Telegram channel / group selling victims", 2, 2016),
    ("I21", "Instagram 'model scout' direct messages", 2, 2013),
    ("I22", "TikTok recruitment video or messages", 2, 2019),
    ("I23", "victims forced to run online scams (compound)", 3, 2019),
    ("I24", "forced marriage: photos sent online to buyers' families (C6)", 2, 2012),
    ("I25", "e-mail recruitment of domestic or farm workers", 1, 2002),
    ("I26", "cryptocurrency payments for exploitation (C1)", 1, 2015),
    ("I27", "subscription content site, forced production of content", 1, 2018),
    ("I28", "forced begging streamed or posted on social media", 1, 2019),
    ("I29", "online ads offering victims' labour (cleaning, construction crews)", 2, 2008),
    ("I30", "Skype webcam shows of adults for foreign customers", 1, 2007),
    ("I31", "organ removal: donors recruited online", 1, 2010),
    ("I32", "closed messaging-app group of regular clients (open point)", 1, 2014),
    ("I33", "hotel or flat booked online (daily-life service, logistics)", 1, 2012),
    ("I34", "VK / Odnoklassniki recruitment", 1, 2009),
    ("I35", "drug running recruited over Snapchat / messaging (criminal activity)", 1, 2015),
    ("I36", "offender-to-offender encrypted messaging across borders (C14)", 1, 2012),
    ("I37", "internet met in passing: victims answered an online ad, nothing else", 2, 2005),
]
NEGATIVE = [
    ("N01", "phone calls and SMS only", 4, 2000),
    ("N02", "print newspaper classified ads", 3, 2000),
    ("N03", "radio, TV or loudspeaker ads", 2, 2000),
    ("N04", "internet used only by police / investigators", 3, 2006),
    ("N05", "victim used internet to seek help", 3, 2008),
    ("N06", "relatives' online missing-person post or appeal", 2, 2010),
    ("N07", "NGO online hotline / website or NGO's online work", 2, 2008),
    ("N08", "buyers' own online forum or review site (C3)", 2, 2008),
    ("N09", "journalist's online investigation exposed the case", 2, 2008),
    ("N10", "ads planned but never posted (C4)", 3, 2006),
    ("N11", "online acts alleged but not proved / acquitted", 3, 2006),
    ("N12", "bank or wire transfers, money-transfer office, no 'online'", 3, 2000),
    ("N13", "internet named only in its absence", 3, 2005),
    ("N14", "look-alike words (net, web, network, site, platform, post, app...)", 3, 2000),
    ("N15", "in-person / word-of-mouth recruitment only", 2, 2000),
    ("N16", "fax, letters or postal mail", 2, 2000),
    ("N17", "CCTV / surveillance cameras, walkie-talkies (no internet)", 2, 2000),
    ("N18", "contraband phone calls from prison", 1, 2000),
    ("N19", "printed photo album / catalogue shown to clients in person", 2, 2000),
    ("N20", "court or witness video link / remote testimony", 2, 2008),
    ("N21", "victim's own social media unrelated to the offenders' acts", 1, 2010),
]

COUNTRIES = {"USA": 4}
for c in ["IND", "BRA", "NGA", "IDN", "MEX", "RUS"]:
    COUNTRIES[c] = 2
for c in ("GBR DEU FRA ITA ESP PRT NLD BEL SWE NOR FIN DNK POL ROU BGR UKR MDA SRB GRC AUT "
          "CHE CZE HUN TUR ISR ARE SAU JOR EGY MAR TUN GHA KEN UGA ZAF ETH TZA CAN ARG COL "
          "PER CHL GTM DOM PHL THA VNM KHM MYS SGP JPN KOR AUS NZL PAK BGD NPL LKA KAZ KGZ "
          "UZB MNG CHN TWN BOL ECU SEN CIV ZWE MWI LTU LVA EST IRL").split():
    COUNTRIES[c] = 1
MAX_PER_COUNTRY = 8

REGISTERS = [
    "terse database entry", "press release", "appellate opinion recounting facts indirectly",
    "translated civil-law judgment with long sentences", "sentencing remarks", "NGO-style",
    "news-style", "facts out of order", "internet (or its trap) mentioned once in passing",
    "charge sheet / indictment", "police summary", "victim's statement retold",
    "several defendants' roles listed", "abbreviations and dates", "case-law database style",
    "first-instance judgment summary",
]

def main():
    deck = []
    for code, desc, n, start in INTERNET:
        deck += [(code, desc, start)] * n
    ni = len(deck)
    for code, desc, n, start in NEGATIVE:
        deck += [(code, desc, start)] * n
    assert ni == 70 and len(deck) == 120, (ni, len(deck))
    rng.shuffle(deck)
    regs = (REGISTERS * 8)[:120]
    rng.shuffle(regs)
    bands = ["short 300-500"] * 12 + ["normal 500-1400"] * 98 + ["long 1400-2000"] * 10
    rng.shuffle(bands)
    used = Counter()
    out = []
    for i, (code, desc, start) in enumerate(deck, 1):
        pool = [c for c in COUNTRIES if used[c] < MAX_PER_COUNTRY]
        ctry = rng.choices(pool, weights=[COUNTRIES[c] for c in pool])[0]
        used[ctry] += 1
        year = rng.randint(max(start, 2000), 2025)
        out.append(f"H20-{i:03d}\t{code}\t{ctry}\t{year}\t{regs[i-1]}\t{bands[i-1]}\t{desc}")
    with open("draw.txt", "w") as f:
        f.write("# heldout20 draw, random.Random(20): id, type, country, year, register, length band, type description\n")
        f.write("\n".join(out) + "\n")
        f.write("\n# countries: " + ", ".join(f"{c} {n}" for c, n in used.most_common()) + "\n")
    print("\n".join(out))
    print(used.most_common())

if __name__ == "__main__":
    main()
