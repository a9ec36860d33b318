"""Random deck for heldout22 (seed 22). Writes src/draw.txt.
One line per case: id, scenario, register, country, year, victim ages, form, means, border, target length."""
import random, collections, os
R = random.Random(22)
N = 120
N_NET = 72  # about 60% involve the internet in some role

NET_ROLES = [
 "ads_classified", "ads_escort_site", "ads_social_or_channel", "recruit_social_media",
 "recruit_job_portal", "recruit_dating_app", "recruit_messaging_app", "recruit_gaming_platform",
 "webcam_livestream", "online_payment_only", "logistics_only", "offers_to_chosen_buyers_C6",
 "third_party_internet_police_journalist_relative_ngo", "claim_rejected_by_court",
 "planned_post_not_done", "victim_own_phone_use", "online_scam_forced_crime",
 "site_run_by_offenders", "recruit_and_advertise_mixed",
]
OFF_ROLES = [
 "phone_and_sms_only", "in_person_recruitment", "newspaper_ad", "radio_ad", "word_of_mouth",
 "family_or_village_broker", "printed_flyer_or_notice_board", "labour_agency_office",
]
REGISTERS = [
 "court_judgment", "prosecutor_press_release", "ngo_case_brief", "law_report_headnote",
 "appeal_decision", "terse_clerk_summary", "translated_judgment", "police_report_extract",
 "parliamentary_answer", "labour_inspectorate_report", "news_wire_report", "sentencing_remarks",
 "ombudsman_or_nhri_report", "case_digest_database_entry", "victim_compensation_decision",
 "extradition_decision", "trial_monitoring_note", "academic_case_commentary",
]
COUNTRIES = ("USA GBR CAN AUS NZL IRL NLD BEL DEU AUT CHE FRA ESP PRT ITA GRC SWE NOR DNK FIN "
 "POL CZE SVK HUN ROU BGR SRB HRV ALB MKD UKR MDA GEO ARM TUR ISR JOR ARE QAT SAU KWT EGY MAR "
 "NGA GHA KEN UGA TZA ZAF ETH MOZ IND NPL BGD PAK LKA THA VNM KHM MYS IDN PHL CHN JPN KOR MNG "
 "KAZ KGZ MEX GTM COL PER BRA ARG CHL DOM BOL ECU").split()
AGES = ["adults_only", "minor_by_age", "minor_by_date_of_birth", "minor_by_school_grade",
        "mixed_adults_and_minors", "ages_unstated", "young_women_no_age", "called_girl_or_boy"]
FORMS = ["sexual_exploitation", "forced_labour_agriculture", "forced_labour_fishing",
 "forced_labour_construction", "domestic_servitude", "forced_labour_factory",
 "forced_labour_restaurant_or_car_wash", "forced_labour_mining_or_brick_kiln",
 "forced_criminal_activity", "forced_begging", "forced_marriage", "organ_removal",
 "sexual_plus_labour_mixed"]
FORM_W = [30, 6, 4, 4, 7, 4, 4, 3, 8, 5, 5, 3, 4]
MEANS = ["force", "threat", "deception", "abuse_of_vulnerability", "debt_bondage",
         "document_retention", "drugs", "other"]
BORDERS = ["cross_border_moved", "cross_border_nationality_only", "domestic",
           "domestic_across_state_or_province_lines", "domestic_internal_migrants",
           "remote_exploitation_abroad", "unknown_places_unstated"]
BORDER_W = [30, 14, 22, 8, 6, 6, 4]

def length():
    while True:
        x = int(R.lognormvariate(6.72, 0.45))
        if 300 <= x <= 2000:
            return x

deck = ["net"] * N_NET + ["off"] * (N - N_NET)
R.shuffle(deck)
cap = collections.Counter()
lines = []
for i, kind in enumerate(deck, 1):
    scen = R.choice(NET_ROLES) if kind == "net" else R.choice(OFF_ROLES)
    reg = REGISTERS[(i - 1) % len(REGISTERS)] if i <= len(REGISTERS) else R.choice(REGISTERS)
    while True:
        c = R.choice(COUNTRIES)
        if cap[c] < 5 and (i > 55 or cap[c] == 0):
            cap[c] += 1
            break
    year = R.randint(2004, 2025)
    age = R.choice(AGES)
    form = R.choices(FORMS, FORM_W)[0]
    means = sorted(R.sample(MEANS, R.randint(1, 3)))
    border = R.choices(BORDERS, BORDER_W)[0]
    lines.append(f"H22-{i:03d}\t{kind}\t{scen}\t{reg}\t{c}\t{year}\t{age}\t{form}\t{','.join(means)}\t{border}\t{length()}")
here = os.path.dirname(os.path.abspath(__file__))
open(os.path.join(here, "draw.txt"), "w").write(
    "id\tkind\tscenario\tregister\tcountry\tyear\tages\tform\tmeans\tborder\ttarget_len\n" + "\n".join(lines) + "\n")
print("\n".join(lines))
print(collections.Counter(deck), "countries", len(cap), "mean len",
      sum(int(l.split('\t')[-1]) for l in lines) / N)
