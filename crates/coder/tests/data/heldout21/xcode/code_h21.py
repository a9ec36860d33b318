"""Cross-coding of heldout21's first 60 summaries by the annotator of heldout22.
Reads /tmp/h21-first60-summaries.jsonl (id, country, year, summary), adds labels coded from the
text alone under coding scheme v1 and annex v1.1, and writes
/tmp/heldout22/xcode/heldout21-first60-coded-by-annotator22.jsonl (summaries unchanged)."""
import json, os
SRC = "/tmp/h21-first60-summaries.jsonl"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout21-first60-coded-by-annotator22.jsonl")
sp = lambda s: s.split() if s else []
L = {}
def K(id, iu, pur, pt, pl, st, cf, forms, vt, vm, vs, border, countries, ot, means, notes):
    L[id] = dict(internet_used=iu, purposes=sp(pur), platform_types=sp(pt),
                 platforms=[x for x in pl.split("|") if x] if pl else [], strategies=sp(st),
                 cyber_flow=cf, forms=sp(forms), victims_total=vt, victims_minor=vm,
                 victim_sex=sp(vs), border=border, countries=sp(countries), offenders_total=ot,
                 means=sp(means), notes=notes)
NO = ("no", "", "", "", "", "no")

K("H21-001",*NO,"organ_removal",3,"yes","male","domestic","TWN",3,"debt_bondage deception threat abuse_of_vulnerability",
  "Sister found the NGO through the NGO's Facebook page -> not the offenders' (C3) -> internet no. 17-year-old boy -> minor yes. All in Kaohsiung, no foreign victim -> domestic (C8). Debt to the broker cancelled by 'donation' -> debt_bondage; promised sums not paid -> deception; 'abused the victims' debts and youth' -> abuse_of_vulnerability.")
K("H21-002",*NO,"sexual_exploitation",4,"no","female","cross_border","DNK ROU",2,"deception debt_bondage document_retention threat",
  "Telephone, SMS and business cards only -> internet no. Romanian women brought to Copenhagen -> cross_border. 'women' -> minor no (C10).")
K("H21-003",*NO,"forced_labour",1,"no","female","unknown","GBR",2,"abuse_of_vulnerability document_retention threat force other",
  "No internet. No place or nationality stated -> border unknown (C8); GBR listed as prosecuting state (open point). Domestic servitude -> forced_labour (open point; as heldout21). Birth certificate kept -> document_retention; bank card and benefits kept -> other (judgement call). Disability making her dependent, stressed by the judge -> abuse_of_vulnerability.")
K("H21-004","yes","exploitation","freestanding_website webcam_livestream","LiveJasmin","","no","sexual_exploitation",1,"no","female","domestic","SRB",1,"deception force threat",
  "Made to perform on the third-party webcam site LiveJasmin -> exploitation, freestanding_website + webcam_livestream, no advertising, no strategy (open point; follows heldout21 H21-004). Viewers' location not stated -> cyber_flow no. Nis -> Novi Sad -> domestic. Aged 24 -> minor no.")
K("H21-005","yes","advertising","classified_ads social_media","Craigslist|Facebook","fishing","no","forced_labour",9,"yes","female male","cross_border","USA GTM MEX",2,"debt_bondage document_retention threat",
  "Cleaning crews (the victims' labour) advertised on Craigslist and a Facebook page; customers replied -> advertising, fishing. Born 3 March 1999, working from June 2014 -> 15 -> minor yes. Guatemalans brought across the Mexican border -> cross_border; MEX listed as transit (judgement call). Smuggling debt -> debt_bondage.")
K("H21-006","yes","recruitment","messaging_app","Yahoo Messenger","hunting","no","forced_labour",1,"yes","male","cross_border","NGA CMR GAB",1,"deception",
  "'contacted a 16-year-old boy through Yahoo Messenger' -> hunting (C13), recruitment. Boy's location when contacted (a cybercafe) not placed in another country -> cyber_flow no (C14). Nigeria -> Cameroon -> Gabon -> cross_border.")
K("H21-007",*NO,"organ_removal",4,"no","male","cross_border","MYS IDN",3,"deception debt_bondage document_retention",
  "No internet. Men aged 22-38 -> minor no. Lombok -> Kuala Lumpur -> cross_border. Travel costs owed to the accused, to be paid by selling a kidney -> debt_bondage (the village moneylender's debts are a third party's and alone would not count).")
K("H21-008",*NO,"sexual_exploitation",7,"unknown","female","cross_border","KHM THA",2,"deception debt_bondage document_retention force other",
  "In person -> no internet. 'young women' -> minor unknown (C10), the later 'the women' read as the same young women. Kept from contacting families -> other (judgement call). Cambodia -> Pattaya -> cross_border.")
K("H21-009",*NO,"sexual_exploitation",5,"no","female","domestic","IDN",2,"deception debt_bondage document_retention threat",
  "Walk-in interviews -> no internet. All in Surabaya -> domestic. 'five women' -> minor no.")
K("H21-010",*NO,"forced_labour",12,"yes","","cross_border","USA PHL",2,"deception debt_bondage document_retention threat",
  "Fees sent by wire transfer through a remittance office -> not internet (C1). A 17-year-old -> minor yes. Sex not stated -> empty. Licensed Manila agency not charged -> 2 defendants.")
K("H21-011",*NO,"forced_labour",9,"no","female male","domestic","VNM",3,"deception force other",
  "Approached in person -> no internet. 'adult men and women' -> minor no. All in HCMC, no foreign victim -> domestic (C8). Locked in at night, slapped -> force; out only with a foreman -> other (open point; as heldout19); promised wage never paid -> deception.")
K("H21-012",*NO,"sexual_exploitation",3,"no","female","cross_border","LKA UZB",2,"document_retention debt_bondage abuse_of_vulnerability",
  "Arranged through relatives -> no internet. Uzbek women in Negombo -> cross_border (C8). Court's reasoning that foreign women without the language had no real choice -> abuse_of_vulnerability (judgement call).")
K("H21-013",*NO,"sexual_exploitation",11,"unknown","female","cross_border","BRA ESP",4,"deception document_retention debt_bondage",
  "Telephone only, 'no contact was made by computer' -> internet no. 'At least 11' -> 11 (C12). 'young women' -> minor unknown.")
K("H21-014",*NO,"forced_labour",6,"yes","female male","domestic","CHN",2,"deception force",
  "Telephone arrangements -> no internet. Born 1990-1992, employed from 2004 -> minors. All in Dongguan -> domestic. Locked dormitory and beatings -> force; 'monthly allowance' never paid -> deception.")
K("H21-015",*NO,"forced_labour",14,"no","male","domestic","CHL",2,"deception debt_bondage threat",
  "In person -> no internet. 'men' -> minor no. Araucania -> O'Higgins -> domestic. Threatened with a shotgun -> threat.")
K("H21-016","yes","recruitment exploitation advertising","social_media freestanding_website webcam_livestream","Tuenti","hunting fishing","no","sexual_exploitation",2,"yes","","domestic","ESP",1,"deception threat",
  "'contacted through the social network Tuenti' -> hunting (C13), recruitment. Live webcam shows on a web page the accused administered, users paying to access -> C15: exploitation + advertising, fishing (customers came to it), freestanding_website + webcam_livestream. Users' location not stated -> cyber_flow no. 'two minors', no sex stated -> victim_sex empty. Drugs 'not proven' -> not coded (C4). Murcia -> Madrid -> domestic.")
K("H21-017","yes","advertising","classified_ads","OLX","fishing","yes","forced_labour",5,"yes","male","cross_border","UKR POL",1,"document_retention debt_bondage",
  "Workers offered on OLX.pl (normalised OLX) to employers who answered -> advertising (labour of victims), classified_ads, fishing. Poster in Lviv, employers in Poland -> cyber_flow yes (C7). 17-year-old -> minor yes.")
K("H21-018","yes","logistics","unspecified","PayPal","","no","forced_begging",2,"no","male","domestic","AUS",1,"abuse_of_vulnerability threat",
  "PayPal QR code on the beggars' cups -> online payment received by the offender (C1/C16), logistics, not exploitation (open point; follows heldout21 H21-018). Charged as forced labour; form coded from the facts -> forced_begging. Men with intellectual disabilities taken from a boarding house -> abuse_of_vulnerability (judgement call). Melbourne only -> domestic.")
K("H21-019",*NO,"forced_labour",3,"yes","male","domestic","BEL",2,"abuse_of_vulnerability threat other",
  "No internet. Boys 15-16 -> minor yes. Antwerp -> Luxembourg province -> domestic. Charge of abuse of vulnerability of minors -> abuse_of_vulnerability; phone taken -> other; closed institution -> threat.")
K("H21-020","yes","exploitation","webcam_livestream","Yahoo Messenger","","yes","sexual_exploitation",4,"no","female","cross_border","IDN MYS SGP AUS",2,"deception document_retention",
  "Sexual acts on webcam over Yahoo Messenger for customers in Singapore and Australia -> exploitation, webcam_livestream, cyber_flow yes. Video used only for the shows -> not typed messaging_app (judgement call). Western Union without 'online' -> not internet (C1). Women aged 19-23 -> minor no.")
K("H21-021",*NO,"sexual_exploitation",6,"no","female","unknown","ROU",5,"deception force threat",
  "Prepaid phones, calls and SMS -> internet no. No place or nationality of the women stated -> border unknown (C8); ROU listed as prosecuting state. 'six women' -> minor no.")
K("H21-022",*NO,"forced_labour",2,"yes","female","cross_border","BRA BOL",2,"deception document_retention threat",
  "No internet. 14-year-old daughter -> minor yes. La Paz -> Sao Paulo -> cross_border. The sister in La Paz is not charged -> 2.")
K("H21-023","yes","recruitment","social_media","Facebook","hunting","no","forced_criminal_activity",2,"yes","male","domestic","BGR",3,"deception force threat",
  "'sent friend requests and messages on Facebook' ('Facebok' in a victim's statement) -> hunting (C13), recruitment. Born 2003 and 2004, spring 2019 -> 15-16 -> minor yes. Vidin/Montana -> Sofia -> domestic. Forced pickpocketing -> forced_criminal_activity.")
K("H21-024",*NO,"sexual_exploitation",2,"yes","female","domestic","GHA",1,"deception abuse_of_vulnerability",
  "Phone calls and texts only -> internet no. 'Form Two pupils' -> minor (open point: grades). Promised school fees the parents could not afford, never paid -> deception + abuse_of_vulnerability (judgement call).")
K("H21-025","yes","advertising","messaging_app","Facebook Messenger","hunting","no","forced_marriage",1,"yes","female","domestic","NPL",3,"deception",
  "Broker showed the girl on a Facebook Messenger video call to the groom's family and agreed a price -> offer to chosen buyers: advertising + hunting (C6; open point on families of prospective husbands, as heldout20/21). Video call not exploitation on camera -> messaging_app only. Sindhupalchok -> Kathmandu -> Kailali -> domestic.")
K("H21-026",*NO,"sexual_exploitation",8,"unknown","female","cross_border","RUS UZB",4,"deception document_retention debt_bondage force",
  "Telephone; an 'advertised telephone number' with no online medium -> internet no. 'young women' -> minor unknown.")
K("H21-027","yes","logistics","unspecified","","","no","forced_labour",1,"no","female","unknown","DEU",2,"document_retention other",
  "Camera connected to the internet used to watch the worker -> offenders' internet use for control: unnamed -> unspecified (C2), logistics; not webcam_livestream since the exploitation is not carried out through the camera (open point; as heldout20/21). No place stated -> border unknown. Surveillance -> other; identity card kept -> document_retention. Aged 38 -> minor no.")
K("H21-028",*NO,"forced_labour",2,"yes","female","cross_border","LKA KWT",2,"deception document_retention force",
  "No internet. Girls aged 15 and 16 -> minor yes. Sri Lanka -> Kuwait -> cross_border. Locked in -> force. Passports held by employers (not accused) still the means used -> document_retention.")
K("H21-029",*NO,"sexual_exploitation",3,"yes","female","cross_border","LKA MDV",1,"deception document_retention",
  "Telephone calls -> no internet. 16-year-old girl -> minor yes. Kurunegala -> Male -> cross_border.")
K("H21-030","yes","logistics","unspecified","","","no","forced_labour",7,"yes","male","domestic","POL",2,"deception drugs force abuse_of_vulnerability",
  "Farmers paid the defendants by online transfers -> C1/C16, unspecified, logistics. 17-year-old boy -> minor yes. Wroclaw -> Podlaskie -> domestic. Vodka given every evening -> drugs (open point; as heldout19); exploiting homelessness and alcohol dependence -> abuse_of_vulnerability.")
K("H21-031","yes","recruitment","job_portal","","fishing","no","forced_criminal_activity",3,"no","male","unknown","JPN",2,"deception threat",
  "Ads posted on an online job board, men answered -> recruitment, job_portal, fishing. Forced to collect fraud proceeds -> forced_criminal_activity. No place -> border unknown. 'men in their twenties' -> minor no.")
K("H21-032","yes","advertising","classified_ads","58.com","fishing","no","forced_labour",5,"yes","","domestic","CHN",2,"force abuse_of_vulnerability",
  "Labourers offered on 58.com (classifieds) -> advertising, fishing; the kiln owner who bought them is a co-accused. One aged 16 -> minor yes. Sichuan -> Shanxi -> domestic. Sale of persons with intellectual disability -> abuse_of_vulnerability (judgement call). Sex not stated -> empty.")
K("H21-033",*NO,"sexual_exploitation",2,"no","female","cross_border","HUN CHE",1,"deception force",
  "In person -> no internet. 'women' -> minor no. Hungary -> Zurich -> cross_border.")
K("H21-034",*NO,"forced_labour",6,"yes","male","cross_border","FRA MLI",3,"deception debt_bondage document_retention threat",
  "Posters and FM radio spot -> no internet. Bamako -> Marseille -> cross_border. Boys, all minors -> minor yes.")
K("H21-035","yes","recruitment exploitation","social_media messaging_app","Instagram|Telegram","hunting","yes","sexual_exploitation",2,"yes","female","cross_border","HUN DEU AUT",1,"deception threat",
  "'sent messages on Instagram' -> hunting (C13), recruitment; recordings sold in a paid Telegram channel -> exploitation (C15: selling recorded images, no advertising), messaging_app. Subscribers in Germany and Austria, victims at home in Hungary -> cyber_flow yes, cross_border (C9). Born 2007 and 2008 -> minors.")
K("H21-036","yes","recruitment","messaging_app","WhatsApp|Telegram","hunting","no","forced_criminal_activity",1,"yes","male","domestic","TUR",2,"deception debt_bondage threat",
  "'sent him a message on WhatsApp' -> hunting (C13), recruitment; Telegram group for daily delivery orders -> typed and named, no separate logistics purpose since recruitment applies. Boy aged 15 -> minor yes. Istanbul -> domestic. Debt to work off -> debt_bondage.")
K("H21-037","yes","recruitment","dating","Badoo","hunting","no","sexual_exploitation forced_labour",1,"yes","female","cross_border","NGA BEN MLI",1,"deception debt_bondage other",
  "Badoo profile; 'wrote to the victim' -> hunting (C13), recruitment; both in Lagos -> cyber_flow no. Aged 17 -> minor yes. Prostitution plus cooking/cleaning -> both forms. Shrine oath -> other (judgement call; not also threat); 'repay all the costs' -> debt_bondage. Brothel keeper in Bamako not before the court -> 1.")
K("H21-038",*NO,"forced_labour",5,"yes","male","unknown","EGY",1,"deception force",
  "No internet. Boys aged 11-14 -> minor yes. No place or nationality -> border unknown.")
K("H21-039",*NO,"forced_criminal_activity",3,"yes","male","cross_border","QAT BGD",2,"deception debt_bondage force document_retention",
  "Approached in person -> no internet. Bangladeshi boys in Qatar -> cross_border by nationality (C8). Residence permits kept -> document_retention.")
K("H21-040","yes","recruitment","dating","","hunting","no","sexual_exploitation",3,"no","female","domestic","EGY",2,"deception threat force",
  "Wrote through a matrimonial website to women who had posted profiles -> answering the victims' own ads = hunting (C5), recruitment; someone else's matrimonial site -> dating (C2/C15). Alexandria -> Giza -> domestic (the Gulf only claimed). Women 23-31 -> minor no.")
K("H21-041","yes","recruitment","dating messaging_app","Shaadi.com|Skype","hunting","yes","forced_marriage",3,"yes","female","cross_border","PAK GBR",2,"deception threat",
  "Proposals sent through Shaadi.com to families whose profiles were on the site -> hunting (C5: answering the victim's own advertisement), recruitment, dating. Nikahs by Skype video call with grooms in Bradford who paid -> messaging_app (video call, no exploitation on camera); links victims/offenders in Pakistan and buyers in England -> cyber_flow yes. Border: victims not yet moved, married at a distance to men abroad -> cross_border by analogy with C9 (judgement call). 16-year-old -> minor yes.")
K("H21-042",*NO,"sexual_exploitation",3,"no","female","cross_border","MDA ROU BGR TUR",2,"deception",
  "Escort website only intended by the Turkish partner, 'before any advertisement was made' -> not coded (C4); communications by telephone -> internet no. Transit Romania and Bulgaria listed. 'women' -> minor no.")
K("H21-043",*NO,"forced_labour",1,"yes","female","cross_border","ARE UGA",2,"deception document_retention force",
  "Recruited in person -> no internet. Girl aged 17 -> minor yes. Kampala -> Dubai -> cross_border. Locked inside and slapped -> force.")
K("H21-044","yes","recruitment","job_portal","","fishing","yes","sexual_exploitation",4,"no","female","cross_border","JOR MAR",1,"deception document_retention",
  "Hostess job ads on an Arabic job-search website, Moroccan women applied and were brought to Jordan -> recruitment, job_portal, fishing; applicants abroad -> cyber_flow yes (C7: recruits victims online from abroad). 'women' -> minor no.")
K("H21-045","yes","recruitment","messaging_app","WhatsApp","hunting","yes","forced_begging",4,"no","male","cross_border","TUR SYR",2,"deception abuse_of_vulnerability",
  "Accused in Istanbul 'contacted' men in Idlib through WhatsApp -> hunting (C13), recruitment, cyber_flow yes (C7). 'men' -> minor no. Men with physical disabilities chosen for begging -> abuse_of_vulnerability (judgement call).")
K("H21-046",*NO,"forced_labour sexual_exploitation",5,"no","female","cross_border","ARE PHL",3,"deception document_retention debt_bondage force",
  "Newspaper classified pages -> not internet. Unpaid maids and sexual services -> both forms. 'women' -> minor no.")
K("H21-047",*NO,"sexual_exploitation",4,"unknown","female","domestic","PER",1,"deception debt_bondage",
  "Agency office in person -> no internet. All in Iquitos -> domestic. 'young women' -> minor unknown.")
K("H21-048","yes","recruitment","social_media","Netlog","hunting","no","sexual_exploitation",2,"no","female","domestic","BEL",2,"deception abuse_of_vulnerability force threat",
  "'contacted ... through the social network site Netlog' -> hunting (C13), recruitment. Belgian women aged 19 and 21 -> domestic, minor no. Exploited emotional attachment -> abuse_of_vulnerability; loverboy pretence -> deception.")
K("H21-049","yes","recruitment","job_portal","Computrabajo","fishing","no","forced_labour",23,"no","female male","domestic","MEX",3,"deception debt_bondage document_retention threat",
  "Offers published on the job site Computrabajo, workers applied -> recruitment, job_portal, fishing. 'men and women' -> minor no. Chiapas/Guerrero -> Sinaloa -> domestic. Voter cards kept -> document_retention; company-store debts -> debt_bondage.")
K("H21-050",*NO,"sexual_exploitation",1,"yes","female","cross_border","DNK NGA ITA",1,"document_retention debt_bondage",
  "Escort website advertising only intended, police searched 'before any advertisement had been placed' -> not coded (C4); contacts in Italy by telephone -> internet no. Nigerian girl aged 15 arrived from Italy -> cross_border.")
K("H21-051",*NO,"forced_labour",2,"yes","male","unknown","UKR",1,"deception force",
  "No internet. 'pupils of the ninth form' -> minor (open point: grades); 'boys'. No place or nationality -> border unknown.")
K("H21-052","yes","recruitment","messaging_app","WhatsApp","hunting","yes","sexual_exploitation",2,"yes","female","cross_border","NGA TGO",2,"deception debt_bondage threat",
  "Woman in Abuja 'sent them WhatsApp messages' in Lome -> hunting (C13), recruitment, cyber_flow yes (C7). Girls aged 16 -> minor yes. Arraigned = charged -> 2.")
K("H21-053","yes","advertising","freestanding_website unspecified","Baidu Tieba","fishing","no","sexual_exploitation",30,"no","female","domestic","CHN",12,"deception document_retention force",
  "'companion service' website the gang set up -> freestanding_website (C15), advertising, fishing; adverts in Baidu Tieba forums -> unspecified (open point: forums without a sex-site type). 'more than 30' -> 30 (C16). 'women' -> minor no. Hunan/Guizhou -> Guangzhou -> domestic.")
K("H21-054",*NO,"sexual_exploitation",1,"yes","female","domestic","CZE",1,"deception debt_bondage abuse_of_vulnerability",
  "Printed newspaper classified -> not internet. Aged 17 -> minor yes. Brno, no foreign element -> domestic (C8). Care-leaver with no support or money -> abuse_of_vulnerability (judgement call).")
K("H21-055","yes","exploitation","webcam_livestream","","","no","forced_criminal_activity",1,"yes","female","domestic","NLD",2,"force threat",
  "Girl forced to lure men on a webcam chat site for sextortion -> victims forced to run online scams -> exploitation; 'webcam chat site' -> webcam_livestream (judgement call: the site type stated is webcam). Extortion targets are not buyers -> no strategy, cyber_flow no. Groningen -> Rotterdam -> domestic. 17 -> minor yes.")
K("H21-056","yes","recruitment logistics","messaging_app","LINE","hunting","yes","sexual_exploitation",4,"no","female","cross_border","THA BHR",2,"deception document_retention debt_bondage",
  "'sent messages through the LINE application to four women ... offering work' -> hunting (C13, although she knew them from her village), recruitment; LINE with the shop owner in Bahrain -> offender-to-offender across countries, cyber_flow yes (C7/C14). Logistics listed beside recruitment? -> see note in README: purposes recruitment only.")
K("H21-057",*NO,"forced_labour",1,"yes","female","unknown","BGD",1,"force",
  "Journalist's photographs on a news website -> not the offender's (C3). 12-year-old -> minor yes. Domestic servitude -> forced_labour. No place -> border unknown.")
K("H21-058","yes","logistics","unspecified","Revolut","","no","forced_labour",5,"no","male","cross_border","ROU GBR",1,"deception document_retention debt_bondage",
  "Wages received and moved through the Revolut application by the defendant -> C1, unspecified, logistics. Parties linked by Revolut not placed in two countries -> cyber_flow no (C14). 'five men' -> minor no.")
K("H21-059",*NO,"sexual_exploitation",1,"yes","female","cross_border","ISR CYP",2,"deception threat",
  "Calls and text messages -> internet no. Girl aged 16 -> minor yes. Israel -> Ayia Napa -> cross_border.")
K("H21-060",*NO,"sexual_exploitation",5,"unknown","female","domestic","PRT",3,"deception debt_bondage threat",
  "Newspaper's online article and the sister's contact through the association's website -> not the offenders' (C3). 'young women' -> minor unknown. Braga/Guimaraes -> Albufeira -> domestic.")

# H21-056: logistics is only for when no other purpose applies (scheme) -> recruitment only.
L["H21-056"]["purposes"] = ["recruitment"]
L["H21-056"]["notes"] = L["H21-056"]["notes"].replace(
    " Logistics listed beside recruitment? -> see note in README: purposes recruitment only.",
    " Offender-to-offender LINE use gives no logistics purpose because recruitment applies (scheme: logistics only when none of the others applies).")

out = []
for line in open(SRC):
    c = json.loads(line)
    rec = dict(id=c["id"], country=c["country"], year=c["year"], summary=c["summary"])
    rec.update(L[c["id"]])
    out.append(rec)
assert len(out) == 60 and len(L) == 60
with open(OUT, "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
# the summaries must be byte-identical to the source
src = [json.loads(l)["summary"] for l in open(SRC)]
assert [r["summary"] for r in out] == src
for l_src, l_out in zip(open(SRC), open(OUT)):
    assert json.dumps(json.loads(l_src)["summary"], ensure_ascii=False) in l_out
print("wrote", OUT, len(out))
