"""Random deck for heldout28: one line per case (H28-001..H28-120) in draw.txt.
Scenario counts are fixed (about 55% with the internet in some role, 45% none),
then shuffled; every other attribute is drawn from random.Random(28)."""
import random
R = random.Random(28)

INTERNET = {  # scenario: count
 "adv_classified": 5, "adv_escort_site": 4, "adv_own_site": 3, "adv_social_media": 4, "adv_forum": 2,
 "rec_social_media": 6, "rec_job_portal": 4, "rec_messaging": 4, "rec_dating": 3, "rec_game_chat": 2,
 "webcam_remote": 4, "payment_only": 3, "logistics_only": 3, "offers_chosen_buyers": 3, "forced_scams": 3,
 # hard negatives (internet in some role, or a look-alike) -> internet_used=no expected
 "neg_third_party": 5, "neg_rejected_claim": 3, "neg_planned_not_done": 3, "neg_phone_sms_only": 3,
}
NONE = {"none_sexual": 14, "none_labour": 14, "none_begging": 6, "none_marriage": 6,
        "none_organ": 4, "none_criminal": 6, "none_other": 3}
REGISTERS = ["trial judgment", "appeal decision", "news report", "prosecutor's press release",
 "NGO case note", "law-report headnote", "translated decision", "civil claim", "asylum decision",
 "police report", "parliamentary answer", "sentencing remarks", "supreme court ruling",
 "labour inspectorate report", "indictment summary"]
COUNTRIES = """GBR NLD DEU FRA ESP ITA BEL SWE NOR DNK FIN POL ROU BGR CZE AUT IRL PRT GRC SRB MDA UKR CHE LTU
USA CAN MEX BRA ARG COL PER CHL GTM DOM NGA GHA KEN ZAF UGA EGY MAR SEN TZA MWI
IND NPL BGD PAK LKA THA VNM PHL IDN MYS SGP KHM CHN JPN KOR MMR ARE SAU QAT ISR JOR LBN KWT BHR TUR
AUS NZL FJI PNG KAZ KGZ UZB""".split()
AGES = ["adult numbers", "minor numbers", "date of birth", "school grade", "'juvenile'", "'minors'/'children'",
        "vague ('young women'/'teenagers')", "mixed adults and minors", "silent", "women/men (adult words)"]
BORDER = ["domestic", "cross-border (moved)", "foreign nationals found in country", "internal movement",
          "unknown", "cross-border (moved)", "domestic"]
MEANS = ["force", "threat", "deception", "abuse_of_vulnerability", "debt_bondage", "document_retention", "drugs", "other"]
FORM_FOR = {"none_sexual": "sexual_exploitation", "none_labour": "forced_labour", "none_begging": "forced_begging",
  "none_marriage": "forced_marriage", "none_organ": "organ_removal", "none_criminal": "forced_criminal_activity",
  "none_other": "other", "forced_scams": "forced_criminal_activity", "webcam_remote": "sexual_exploitation"}

deck = [k for k, n in INTERNET.items() for _ in range(n)] + [k for k, n in NONE.items() for _ in range(n)]
assert len(deck) == 120
R.shuffle(deck)
used = {}
lines = []
for i, sc in enumerate(deck, 1):
    while True:
        c = R.choice(COUNTRIES)
        if used.get(c, 0) < 4:
            used[c] = used.get(c, 0) + 1
            break
    year = R.randint(2000, 2025)
    reg = R.choice(REGISTERS)
    age = R.choice(AGES)
    if sc in FORM_FOR:
        form = FORM_FOR[sc]
    elif sc.startswith("adv_") or sc == "offers_chosen_buyers":
        form = R.choice(["sexual_exploitation"] * 4 + ["forced_labour"])
    else:
        form = R.choice(["sexual_exploitation"] * 5 + ["forced_labour"] * 3 + ["forced_marriage", "forced_criminal_activity", "forced_begging"])
    border = "remote (victims not moved)" if sc == "webcam_remote" else R.choice(BORDER)
    means = R.sample(MEANS, R.randint(1, 3))
    length = int(R.triangular(300, 1950))
    lines.append(f"H28-{i:03d}\t{sc}\t{reg}\t{c}\t{year}\t{age}\t{form}\t{border}\t{','.join(means)}\t{length}")
open("draw.txt", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
