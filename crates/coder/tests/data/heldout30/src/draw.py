# Random deck for heldout30: one line per case -> draw.txt
import random
R = random.Random(30)

# 66 cases with the internet in some role (56 offender use + 10 hard negatives), 54 none.
SCEN = (
    ["adv_classified"] * 5 + ["adv_escort_site"] * 4 + ["adv_own_site"] * 3 + ["adv_social_page"] * 4 +
    ["adv_forum"] * 2 + ["rec_social_media"] * 6 + ["rec_job_portal"] * 4 + ["rec_messaging_app"] * 4 +
    ["rec_dating"] * 3 + ["rec_game_chat"] * 2 + ["webcam_remote"] * 5 + ["payment_only"] * 3 +
    ["logistics_o2o"] * 3 + ["offers_chosen_buyers"] * 4 + ["forced_online_scam"] * 4 +
    ["neg_third_party_only"] * 5 + ["neg_rejected_or_planned"] * 5 +
    ["none_phone_sms_only"] * 6 + ["none_sexual"] * 14 + ["none_labour"] * 14 + ["none_begging"] * 5 +
    ["none_marriage"] * 5 + ["none_organ"] * 3 + ["none_criminal"] * 5 + ["none_other"] * 2
)
assert len(SCEN) == 120
R.shuffle(SCEN)

REGISTERS = ["first-instance judgment", "appeal decision", "news report", "prosecutor's press release",
             "NGO case note", "law-report headnote", "translated decision", "civil claim",
             "asylum decision", "police report", "parliamentary answer", "labour inspection report",
             "victim-compensation decision", "ombudsman report", "sentencing remarks", "indictment summary"]

COUNTRIES = ("NLD DEU GBR FRA ESP ITA BEL SWE NOR DNK FIN POL ROU BGR CZE AUT CHE IRL PRT GRC HUN SRB "
             "LTU UKR MDA USA CAN MEX BRA ARG COL PER CHL GTM DOM ECU PHL THA VNM IDN MYS KHM JPN KOR "
             "CHN IND NPL BGD PAK LKA TWN SGP ARE ISR JOR LBN SAU QAT BHR TUR NGA GHA KEN ZAF UGA TZA "
             "EGY MAR SEN ETH MWI ZMB AUS NZL FJI KAZ KGZ UZB").split()
used = {}

AGES = ["adults by stated ages", "adults by words (women/men)", "minor by stated age",
        "minor by date of birth", "minor by school grade", "minor by words (juvenile/minor/girl/boy)",
        "mixed adults and minors", "vague (young women/teenagers/young people)", "age not stated"]

FORM_BY_SCEN = {"none_sexual": "sexual_exploitation", "none_labour": "forced_labour",
                "none_begging": "forced_begging", "none_marriage": "forced_marriage",
                "none_organ": "organ_removal", "none_criminal": "forced_criminal_activity",
                "none_other": "other", "forced_online_scam": "forced_criminal_activity",
                "webcam_remote": "sexual_exploitation"}
FORMS_W = (["sexual_exploitation"] * 6 + ["forced_labour"] * 3 + ["forced_criminal_activity"] +
           ["forced_begging"] + ["forced_marriage"])
BORDERS = ["domestic (national victims)", "domestic (internal movement)", "cross_border (moved across)",
           "cross_border (foreign nationals found in country)", "unknown (no nationality, no places)"]
BORDER_W = [3, 2, 4, 3, 1]
MEANS = ["force", "threat", "deception", "abuse_of_vulnerability", "debt_bondage",
         "document_retention", "drugs", "other"]
MINYEAR = {"rec_social_media": 2008, "adv_social_page": 2010, "rec_messaging_app": 2012,
           "rec_dating": 2008, "rec_game_chat": 2014, "webcam_remote": 2008, "forced_online_scam": 2018,
           "payment_only": 2008, "offers_chosen_buyers": 2011, "logistics_o2o": 2010,
           "adv_classified": 2004, "adv_escort_site": 2003, "adv_own_site": 2002, "adv_forum": 2005,
           "rec_job_portal": 2005, "neg_third_party_only": 2008, "neg_rejected_or_planned": 2008}

lines = []
for i, sc in enumerate(SCEN, 1):
    reg = R.choice(REGISTERS)
    while True:
        c = R.choice(COUNTRIES)
        if used.get(c, 0) < 4:
            used[c] = used.get(c, 0) + 1
            break
    yr = R.randint(MINYEAR.get(sc, 2000), 2025)
    age = R.choice(AGES)
    form = FORM_BY_SCEN.get(sc) or R.choice(FORMS_W)
    border = "cross_border (remote, victims never moved)" if sc == "webcam_remote" else R.choices(BORDERS, BORDER_W)[0]
    means = R.sample(MEANS, R.randint(1, 3))
    length = int(R.triangular(300, 1950, 900))
    lines.append(f"H30-{i:03d}\t{sc}\t{reg}\t{c}\t{yr}\t{age}\t{form}\t{border}\t{','.join(means)}\t{length}")

open("draw.txt", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
