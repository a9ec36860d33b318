"""Random deck for heldout24: random.Random(24). Writes src/draw.txt.
Each case gets a scenario type, a register, a prosecuting country (max 4 per country),
a year, a victim-age pattern, a form of exploitation, a border situation, 1-3 means
and a target length. The deck is a guide for writing; deviations are listed in README."""
import random, collections, os
rng = random.Random(24)
N = 120
scen = (
  # involving the internet (66 = 55%)
  [("I", "ads_to_buyers")]*9 + [("I", "recruit_social_media")]*8 + [("I", "recruit_job_portal")]*5 +
  [("I", "recruit_dating_app")]*4 + [("I", "recruit_messaging_app")]*5 + [("I", "recruit_gaming_platform")]*3 +
  [("I", "webcam_livestream")]*6 + [("I", "online_payment_only")]*4 + [("I", "logistics_only")]*4 +
  [("I", "offers_to_chosen_buyers")]*3 + [("I", "forced_online_scams")]*3 +
  [("I", "third_party_internet_use")]*6 + [("I", "claim_rejected_by_court")]*3 + [("I", "planned_post_not_done")]*3 +
  # no internet (54 = 45%)
  [("N", "phone_sms_only")]*12 + [("N", "in_person")]*14 + [("N", "newspaper_or_radio_ad")]*8 +
  [("N", "word_of_mouth_family")]*10 + [("N", "bank_transfer_or_agency_office")]*5 + [("N", "letters_fax_tv")]*5)
assert len(scen) == N
rng.shuffle(scen)
registers = ["court judgment (first instance)", "prosecutor's press release", "NGO case brief",
  "law-report headnote", "appeal decision", "terse clerk's summary", "translated judgment",
  "police report extract", "parliamentary answer", "news report", "labour inspectorate report",
  "ombudsman's report", "sentencing remarks", "indictment summary", "case-law database entry",
  "national rapporteur's annual report", "immigration/asylum tribunal decision",
  "victim-compensation board decision"]
reg = [registers[i % len(registers)] for i in range(N)]
rng.shuffle(reg)
countries = ("USA CAN MEX GTM HND SLV COL PER BRA ARG CHL ECU BOL PRY DOM JAM TTO GBR IRL FRA DEU NLD "
  "BEL ESP PRT ITA CHE AUT SWE NOR DNK FIN POL CZE ROU BGR HUN GRC SRB UKR MDA LTU LVA EST TUR ISR ARE "
  "QAT JOR LBN EGY MAR TUN NGA GHA KEN UGA TZA ZAF ETH SEN CIV IND NPL BGD PAK LKA THA KHM VNM MYS SGP "
  "IDN PHL CHN TWN KOR JPN MNG KAZ KGZ UZB AUS NZL FJI").split()
cnt = collections.Counter(); ctry = []
for i in range(N):
    while True:
        c = rng.choice(countries)
        if cnt[c] < 4: break
    cnt[c] += 1; ctry.append(c)
ages = ["adult_by_age", "adult_by_word", "minor_by_age", "minor_by_date_of_birth", "minor_by_school_grade",
        "minor_by_word", "mixed_minor_and_adult", "young_people_no_age", "not_stated"]
agew = [20, 18, 16, 6, 5, 12, 10, 8, 5]
forms = ["sexual_exploitation", "forced_labour:agriculture", "forced_labour:construction", "forced_labour:fishing",
  "forced_labour:factory", "forced_labour:restaurant_or_hospitality", "forced_labour:car_wash_or_nail_salon",
  "domestic_servitude", "forced_criminal_activity", "forced_begging", "forced_marriage", "organ_removal",
  "mixed_forms", "purpose_unspecified"]
formw = [34, 6, 5, 4, 4, 4, 3, 9, 7, 6, 6, 3, 7, 2]
borders = ["domestic", "domestic_across_state_or_province_lines", "cross_border_moved",
  "cross_border_by_nationality_only", "unknown_places_or_nationality"]
borderw = [25, 8, 40, 20, 4]
means = ["beatings/violence", "threats to family", "threats of deportation/police", "false job promise",
  "false romance", "travel debt", "family debt worked off", "passport taken", "locked up/confined",
  "drugs or alcohol", "exploiting irregular status/poverty (stated)", "oath or ritual",
  "surveillance/escort", "withheld wages", "isolation/no language", "fines"]
out = []
for i in range(N):
    t, s = scen[i]
    f = rng.choices(forms, formw)[0]
    if s in ("webcam_livestream",): f = "sexual_exploitation"
    if s == "forced_online_scams": f = "forced_criminal_activity(online scams)"
    b = rng.choices(borders, borderw)[0]
    if s == "webcam_livestream" and rng.random() < 0.6: b = "remote_exploitation_buyers_abroad"
    m = rng.sample(means, rng.choice([1, 2, 2, 3, 3]))
    L = int(min(1950, max(320, rng.gauss(900, 380))))
    yr = rng.randint(2003, 2025)
    out.append(f"H24-{i+1:03d}\t{t}\t{s}\t{reg[i]}\t{ctry[i]}\t{yr}\t{rng.choices(ages, agew)[0]}\t{f}\t{b}\t{'; '.join(m)}\t{L}")
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "draw.txt"), "w") as fh:
    fh.write("id\tinternet\tscenario\tregister\tcountry\tyear\tages\tform\tborder\tmeans\ttarget_len\n")
    fh.write("\n".join(out) + "\n")
print("countries", len(cnt), "max", max(cnt.values()), "mean target", sum(int(x.split('\t')[-1]) for x in out)/N)
