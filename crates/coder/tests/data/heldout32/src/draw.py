"""Random deck for heldout32: one line per case (random.Random(32))."""
import random
R = random.Random(32)

# scenario types: (name, internet_role, count). internet scenarios incl. hard negatives = 66 (55%)
SCEN = [
 ("adv_classified", "yes", 5), ("adv_escort_site", "yes", 5), ("adv_own_site", "yes", 3),
 ("adv_social_page", "yes", 4), ("adv_forum", "yes", 2),
 ("rec_social", "yes", 7), ("rec_job_portal", "yes", 4), ("rec_messaging", "yes", 4),
 ("rec_dating", "yes", 3), ("rec_game_chat", "yes", 2),
 ("webcam_remote", "yes", 4), ("payment_only", "yes", 3), ("logistics_o2o", "yes", 3),
 ("offers_chosen_buyers", "yes", 4), ("forced_online_scam", "yes", 3),
 ("neg_third_party", "hardneg", 4), ("neg_rejected_or_planned", "hardneg", 3), ("neg_phone_sms_only", "hardneg", 3),
 ("none", "no", 54),
]
REGISTERS = ["trial judgment", "appeal decision", "news report", "prosecutor's press release", "NGO case note",
 "law-report headnote", "translated decision", "civil claim", "asylum decision", "police report",
 "parliamentary answer", "labour inspection report", "victim-compensation decision", "ombudsman report",
 "extradition decision", "sentencing remarks", "case digest entry", "supreme court summary"]
COUNTRIES = ("USA GBR CAN AUS NZL IRL NLD BEL DEU AUT CHE FRA ESP PRT ITA GRC SWE NOR DNK FIN POL CZE SVK HUN ROU BGR "
 "SRB HRV ALB MDA UKR LTU LVA EST GEO ARM TUR ISR JOR LBN EGY MAR TUN NGA GHA KEN UGA TZA ZAF ETH SEN CIV "
 "IND PAK BGD NPL LKA THA VNM KHM PHL IDN MYS SGP CHN JPN KOR TWN MNG KAZ KGZ UZB ARE QAT SAU KWT BHR OMN "
 "BRA ARG CHL COL PER MEX GTM HND SLV DOM ECU BOL PRY URY CRI PAN FJI PNG").split()
AGES = ["adult numbers", "minor by number", "minor by DOB", "minor by school grade", "minor by word (juvenile/minor/child/girl/boy)",
 "mixed adults and minors", "vague (young women/teenagers/young men)", "not stated", "adults by word (women/men)"]
AGEW = [16, 14, 7, 6, 9, 9, 7, 5, 12]
FORMS = ["sexual_exploitation", "forced_labour", "forced_begging", "forced_marriage", "organ_removal",
 "forced_criminal_activity", "other", "forced_labour (domestic servitude)"]
FORMW = [30, 28, 8, 8, 5, 9, 4, 8]
BORDERS = ["cross_border moved", "cross_border by nationality only", "domestic", "domestic internal movement", "unknown"]
BORDW = [35, 15, 25, 18, 7]
MEANS = ["force", "threat", "deception", "abuse_of_vulnerability", "debt_bondage", "document_retention", "drugs", "other"]

deck = []
for name, role, n in SCEN:
    deck += [(name, role)] * n
R.shuffle(deck)
used = {}
lines = []
for i, (name, role) in enumerate(deck, 1):
    while True:
        c = R.choice(COUNTRIES)
        if used.get(c, 0) < 4:
            used[c] = used.get(c, 0) + 1
            break
    reg = R.choice(REGISTERS)
    yr = R.randint(2000, 2025)
    age = R.choices(AGES, AGEW)[0]
    form = R.choices(FORMS, FORMW)[0]
    # scenario-bound forms (the deck's first adaptation): sex-ad and webcam scenarios are sexual
    # exploitation, forced scams are criminal activity; other scenarios keep the free draw
    if name in ("adv_escort_site", "adv_forum", "webcam_remote"):
        form = "sexual_exploitation"
    elif name == "forced_online_scam":
        form = "forced_criminal_activity"
    elif name in ("adv_classified", "adv_social_page", "offers_chosen_buyers") and form in ("organ_removal", "forced_criminal_activity", "other"):
        form = "sexual_exploitation"
    bord = R.choices(BORDERS, BORDW)[0]
    if name == "webcam_remote":
        bord = "cross_border remote (C9)"
    means = sorted(R.sample(MEANS, R.randint(1, 3)), key=MEANS.index)
    length = int(R.triangular(300, 1950, 850))
    lines.append(f"H32-{i:03d} | {name} ({role}) | {reg} | {c} | {yr} | age: {age} | form: {form} | border: {bord} | means: {','.join(means)} | len~{length}")
open("/tmp/heldout32/src/draw.txt", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
