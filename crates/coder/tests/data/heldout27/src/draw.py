# Random deck for heldout27: one line per case. random.Random(27).
import random
R = random.Random(27)
INTERNET = {  # scenario type: count (internet plays some role)
 "adv_classified":5, "adv_escort_site":4, "adv_own_site":3, "adv_social_page":3, "adv_forum":2,
 "rec_social":6, "rec_jobportal":5, "rec_messaging":4, "rec_dating":3, "rec_game":2,
 "webcam_crossborder":4, "payment_only":3, "logistics_only":3, "offers_chosen_buyers":4,
 "forced_scams":3, "third_party_only":6, "rejected_online":3, "planned_not_made":3}
OFFLINE = {"phone_sms":12, "in_person":12, "word_of_mouth_family":10, "newspaper_radio_ads":8,
 "letters_fax_tv":5, "bank_transfer_agency_office":7}
deck = [k for d in (INTERNET, OFFLINE) for k, n in d.items() for _ in range(n)]
assert len(deck) == 120
R.shuffle(deck)
REGISTERS = ["news report","NGO case brief","first-instance judgment","prosecutor's press release",
 "parliamentary answer","law-report headnote","police report extract","ombudsman's report",
 "appeal decision","terse clerk's summary","labour inspectorate report","translated judgment",
 "indictment summary","national rapporteur's report","victim-compensation decision",
 "sentencing remarks","immigration/asylum tribunal decision","case-law database entry",
 "civil claim","parole board decision","extradition decision","regional human-rights court",
 "academic case note","trade-union complaint","embassy note","hotline call log",
 "coroner-style inquiry finding","shelter intake summary","audit of a recruitment agency licence",
 "juvenile court minute","diplomatic cable summary","radio bulletin transcript"]
regs = [REGISTERS[i % len(REGISTERS)] for i in range(120)]
R.shuffle(regs)
COUNTRIES = {  # region: ISO3 pool
 "W/N Europe":"GBR NLD DEU FRA BEL SWE NOR IRL AUT CHE DNK FIN",
 "S/E Europe":"ESP ITA PRT GRC ROU BGR POL CZE HUN SRB ALB MDA UKR",
 "C Asia/Russia":"RUS KAZ KGZ UZB",
 "E/SE Asia":"PHL THA VNM KHM MYS IDN CHN JPN KOR MMR LAO SGP",
 "S Asia":"IND NPL BGD PAK LKA",
 "Middle East/N Africa":"ARE SAU QAT KWT JOR LBN ISR EGY MAR TUN BHR",
 "Sub-Saharan Africa":"NGA GHA KEN ZAF UGA ETH SEN CIV TZA MWI ZWE",
 "Americas":"USA CAN MEX BRA ARG COL PER GTM DOM SLV CHL",
 "Oceania":"AUS NZL FJI PNG"}
pool = []
for reg, s in COUNTRIES.items():
    for c in s.split():
        pool.append(c)
used = {}
ctry = []
for i in range(120):
    while True:
        c = R.choice(pool)
        if used.get(c, 0) < 4:
            used[c] = used.get(c, 0) + 1; ctry.append(c); break
AGE = ["adults stated","adults stated","minor by age","minor by word (juvenile/girl/boy/child)",
       "minor by date of birth","minor by school grade","mixed adults and minors",
       "young women/teenagers (no age)","nothing said about age"]
FORMS = ["sexual_exploitation"]*5 + ["forced_labour"]*4 + ["forced_criminal_activity","forced_begging",
         "forced_marriage","domestic servitude (forced_labour)","sexual+labour","other/organ"]
BORDER = ["cross_border journey","cross_border journey","cross_border by nationality only",
          "domestic one place","domestic internal movement (states/provinces)","unknown (no place or nationality)"]
MEANS = ["force","threat","deception","abuse_of_vulnerability","debt_bondage","document_retention","drugs","other"]
out = []
for i, sc in enumerate(deck):
    net = sc in INTERNET
    year = R.randint(2006, 2025) if net and sc not in ("third_party_only",) else R.randint(2000, 2025)
    age = R.choice(AGE)
    form = R.choice(FORMS)
    if sc == "webcam_crossborder": form = "sexual_exploitation"
    if sc == "forced_scams": form = "forced_criminal_activity"
    border = R.choice(BORDER)
    if sc == "webcam_crossborder": border = "cross_border (remote, victims not moved)"
    means = R.sample(MEANS, R.randint(1, 3))
    length = int(R.triangular(300, 1950, 300))
    out.append(f"H27-{i+1:03d}\t{sc}\t{regs[i]}\t{ctry[i]}\t{year}\t{age}\t{form}\t{border}\t{','.join(means)}\t{length}")
open("draw.txt","w").write("\n".join(out)+"\n")
import statistics
L=[int(l.split("\t")[-1]) for l in out]; print("mean len", statistics.mean(L), "countries", len(used))
