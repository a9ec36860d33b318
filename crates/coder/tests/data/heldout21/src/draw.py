"""Random deck for heldout21 (random.Random(21)). Writes src/draw.txt.
Each case gets a scenario type, a register, a prosecuting country, a victim-age profile,
a form of exploitation, a border situation, a target length and a year. The annotator then
writes a case to the draw (adapting details where a combination is implausible; deviations
are noted in the README)."""
import random, os
R = random.Random(21)
N = 120

# ~60% involve the internet in some role (incl. third-party use, rejected claims, plans)
INTERNET = (
    ["I-advertising"] * 12 + ["I-recruit-social"] * 10 + ["I-recruit-jobportal"] * 6 +
    ["I-recruit-dating"] * 5 + ["I-recruit-messaging"] * 6 + ["I-webcam-livestream"] * 8 +
    ["I-payment-only"] * 4 + ["I-logistics-only"] * 5 + ["I-third-party-use"] * 6 +
    ["I-claim-rejected"] * 4 + ["I-planned-not-done"] * 4 + ["I-online-scam-compound"] * 2
)
OFFLINE = (
    ["N-phone-sms-only"] * 14 + ["N-in-person"] * 14 + ["N-print-radio-ads"] * 8 +
    ["N-family-village-broker"] * 6 + ["N-offline-agency"] * 6
)
assert len(INTERNET) == 72 and len(OFFLINE) == 48
scen = INTERNET + OFFLINE
R.shuffle(scen)

REGISTERS = [
    "court judgment (first instance)", "prosecutor's press release", "NGO case brief",
    "law-report headnote", "appeal decision", "terse clerk's summary",
    "translated judgment (literal)", "sentencing remarks", "supreme/cassation court ruling",
    "ministry of justice bulletin", "database abstract (UNODC style)", "civil/tort judgment",
    "indictment summary", "news-wire court report", "labour inspectorate / tribunal note",
    "plea agreement factual basis",
]
reg = (REGISTERS * 8)[:N]
R.shuffle(reg)

COUNTRIES = [
    "USA","CAN","MEX","BRA","ARG","COL","PER","CHL","GBR","IRL","NLD","BEL","FRA","DEU","AUT",
    "CHE","ITA","ESP","PRT","SWE","NOR","DNK","FIN","POL","CZE","ROU","BGR","HUN","GRC","SRB",
    "UKR","MDA","RUS","TUR","ISR","ARE","SAU","QAT","JOR","EGY","MAR","NGA","GHA","KEN","ZAF",
    "UGA","ETH","IND","NPL","BGD","PAK","LKA","THA","PHL","VNM","KHM","MYS","IDN","CHN","JPN",
    "KOR","TWN","AUS","NZL",
]
ctry = list(COUNTRIES)[:]
R.shuffle(ctry)
ctry = ctry[:60]
count = {c: 1 for c in ctry}
while len(ctry) < N:
    c = R.choice(COUNTRIES)
    if count.get(c, 0) < 8:
        count[c] = count.get(c, 0) + 1
        ctry.append(c)
R.shuffle(ctry)

AGES = ["adults (women/men)"] * 5 + ["minor by stated age"] * 3 + ["minor by date of birth only"] * 1 + \
       ["mixed adults and minors"] * 2 + ["no age words / 'young women' (unknown)"] * 2 + \
       ["child words (girl/boy/juvenile)"] * 1 + ["school grade"] * 1
FORMS = ["sexual_exploitation"] * 9 + ["forced_labour"] * 5 + ["domestic servitude"] * 1 + \
        ["forced_criminal_activity"] * 2 + ["forced_begging"] * 1 + ["forced_marriage"] * 1 + \
        ["organ_removal"] * 1 + ["two forms"] * 1
BORDERS = ["cross_border: moved across border"] * 5 + ["cross_border: foreign nationals, journey not told"] * 2 + \
          ["domestic: one town/city"] * 2 + ["domestic: across states/provinces"] * 2 + \
          ["cross_border: remote (victims never moved)"] * 1 + ["unknown: no places/nationality"] * 1
LENS = [(300, 550)] * 3 + [(550, 900)] * 4 + [(900, 1300)] * 4 + [(1300, 2000)] * 2

rows = []
for i in range(N):
    lo, hi = R.choice(LENS)
    rows.append(dict(
        id="H21-%03d" % (i + 1), scenario=scen[i], register=reg[i], country=ctry[i],
        age=R.choice(AGES), form=R.choice(FORMS), border=R.choice(BORDERS),
        length=R.randint(lo, hi), year=R.randint(2003, 2025)))

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "draw.txt"), "w") as f:
    for r in rows:
        f.write("%(id)s | %(scenario)s | %(register)s | %(country)s | %(year)s | %(age)s | %(form)s | %(border)s | len~%(length)s\n" % r)
print(open(os.path.join(here, "draw.txt")).read())
from collections import Counter
print(Counter(r["scenario"] for r in rows)); print(len(set(ctry)), Counter(ctry).most_common(5))
print(sum(r["length"] for r in rows) / N)
