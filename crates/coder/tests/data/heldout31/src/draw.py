"""Random deck for heldout31: one line per case -> draw.txt. random.Random(31)."""
import random
R = random.Random(31)

# scenario types: (name, internet role?, count)
INTERNET = [
    ("adv_classified", 5), ("adv_escort_site", 4), ("adv_own_site", 3), ("adv_social_media", 4),
    ("adv_forum", 2), ("rec_social_media", 5), ("rec_job_portal", 4), ("rec_messaging_app", 4),
    ("rec_dating", 3), ("rec_game_chat", 2), ("webcam_remote", 4), ("payment_only", 3),
    ("logistics_o2o", 3), ("offers_chosen_buyers", 4), ("forced_online_scams", 4),
    # hard negatives (internet present in some role, or phone only)
    ("neg_third_party", 4), ("neg_rejected_or_planned", 4), ("neg_phone_sms_only", 4),
]
NONE = [
    ("none_sexual", 14), ("none_labour", 10), ("none_domestic_servitude", 4), ("none_begging", 6),
    ("none_marriage", 6), ("none_organ", 4), ("none_criminal", 6), ("none_other", 4),
]
REGISTERS = ["trial judgment", "appeal decision", "news report", "prosecutor press release",
    "NGO case note", "law-report headnote", "translated decision", "civil claim", "asylum decision",
    "police report", "parliamentary answer", "labour inspection report", "victim-compensation decision",
    "ombudsman report", "extradition decision", "sentencing remarks", "supreme court summary",
    "plea agreement summary", "case digest entry"]
COUNTRIES = ("USA GBR CAN AUS NZL IRL NLD BEL DEU FRA ESP PRT ITA AUT CHE SWE NOR DNK FIN POL CZE "
    "ROU BGR HUN GRC SRB UKR MDA ALB ISR ARE QAT SAU JOR EGY MAR NGA GHA KEN UGA ZAF ETH TZA IND NPL "
    "BGD PAK LKA THA PHL VNM KHM MYS IDN SGP CHN JPN KOR TWN MEX GTM COL PER BRA ARG CHL ECU "
    "DOM KAZ KGZ UZB TUR").split()
AGE = ["adults by number", "adults by words (women/men)", "minor by age number", "minor by date of birth",
    "minor by school grade", "minor by words (child/juvenile/boy/girl)", "mixed adults and minors",
    "vague (young women/teenagers/youths)", "age not stated"]
AGE_W = [14, 14, 12, 6, 5, 10, 8, 5, 6]
BORDER = ["cross_border moved", "foreign nationals found (C8)", "domestic", "domestic with internal movement",
    "unknown", "remote exploitation / abroad link"]
BORDER_W = [30, 18, 22, 14, 6, 10]
MEANS = ["force", "threat", "deception", "abuse_of_vulnerability", "debt_bondage",
    "document_retention", "drugs", "other"]
FORM_OF = {"none_sexual": "sexual_exploitation", "none_labour": "forced_labour",
    "none_domestic_servitude": "forced_labour (domestic servitude)", "none_begging": "forced_begging",
    "none_marriage": "forced_marriage", "none_organ": "organ_removal",
    "none_criminal": "forced_criminal_activity", "none_other": "other",
    "forced_online_scams": "forced_criminal_activity", "webcam_remote": "sexual_exploitation",
    "adv_escort_site": "sexual_exploitation", "adv_forum": "sexual_exploitation"}

deck = [(n, "internet-role") for n, k in INTERNET for _ in range(k)] + \
       [(n, "no-internet") for n, k in NONE for _ in range(k)]
R.shuffle(deck)
used = {}
lines = []
for i, (scen, role) in enumerate(deck, 1):
    while True:
        c = R.choice(COUNTRIES)
        if used.get(c, 0) < 4:
            used[c] = used.get(c, 0) + 1
            break
    year = R.randint(2000, 2025)
    reg = R.choice(REGISTERS)
    age = R.choices(AGE, AGE_W)[0]
    form = FORM_OF.get(scen) or R.choices(["sexual_exploitation", "forced_labour", "sexual_exploitation+forced_labour",
        "forced_marriage", "forced_begging", "forced_criminal_activity"], [55, 25, 6, 5, 4, 5])[0]
    border = "remote exploitation / abroad link" if scen == "webcam_remote" else R.choices(BORDER, BORDER_W)[0]
    means = R.sample(MEANS, R.randint(1, 3))
    length = int(R.triangular(300, 1950))
    lines.append(f"H31-{i:03d} | {scen} ({role}) | {reg} | {c} | {year} | {age} | {form} | {border} | "
                 f"{', '.join(means)} | ~{length} chars")
open("draw.txt", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
