"""Blind coding by the heldout28 annotator of the first 60 summaries of heldout27
(/tmp/h27-first60-summaries.jsonl: id, country, year, summary only). Same scheme, annex
and sides as heldout28 (see ../README.md)."""
import json, os
SRC = "/tmp/h27-first60-summaries.jsonl"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout27-first60-coded-by-annotator28.jsonl")
given = {d["id"]: d for d in (json.loads(l) for l in open(SRC, encoding="utf-8"))}
CASES = []
def K(id, iu, pur, pt, pl, st, cf, forms, vt, vm, vs, border, countries, ot, means, notes):
    sp = lambda s: s.split() if s else []
    g = given[id]
    CASES.append(dict(id=id, country=g["country"], year=g["year"], summary=g["summary"], internet_used=iu,
      purposes=sp(pur), platform_types=sp(pt), platforms=[x for x in pl.split("|") if x] if pl else [],
      strategies=sp(st), cyber_flow=cf, forms=sp(forms), victims_total=vt, victims_minor=vm, victim_sex=sp(vs),
      border=border, countries=sp(countries), offenders_total=ot, means=sp(means), notes=notes))

K("H27-001","yes","logistics","messaging_app","WhatsApp","","no","forced_labour",3,"no","male","domestic","NOR",2,"threat",
  "WhatsApp group used only by the two brothers and their foreman -> offender-to-offender, logistics (C14); all in Norway -> cyber_flow no. Civil defendants counted (2). Norwegian men moved Troms->Vestland/Rogaland -> domestic. Threat proved.")
K("H27-002","no","","","","","no","sexual_exploitation forced_labour",2,"yes","female","unknown","SLV",1,"deception drugs abuse_of_vulnerability",
  "Cable TV ad and post-office box -> not internet. Sister 16 at the time -> minor. No place or nationality stated -> border unknown (C8); prosecuting country listed (side). 'Chose the sisters for that reason' -> abuse_of_vulnerability. Kitchen work by day -> forced_labour too.")
K("H27-003","yes","recruitment","dating","Badoo","hunting","yes","sexual_exploitation",1,"no","female","cross_border","ETH LBN GBR",1,"deception drugs force other threat",
  "'Sent the appellant a message on Badoo' -> first contact (C13), hunting, recruitment, dating. Samuel in Beirut, victim in Ethiopia -> cyber_flow yes (C7). Born 1984 -> adult. Held in a flat -> force (side: confinement); tablets -> drugs; Bible oath -> other; brother harmed -> threat. Only the organiser convicted -> 1. GBR listed as the deciding tribunal's country (side).")
K("H27-004","no","","","","","no","forced_labour",1,"yes","female","domestic","CAN",1,"deception document_retention drugs",
  "No internet. Born March 1988, 2003 -> 15 -> minor. Manitoba->Toronto -> domestic.")
K("H27-005","no","","","","","no","sexual_exploitation",4,"no","female","cross_border","FIN NGA ITA",2,"deception abuse_of_vulnerability",
  "Online ads discussed but none placed -> not coded (C4). Nigerian women via Italy -> cross_border. Exploited irregular status -> abuse_of_vulnerability.")
K("H27-006","no","","","","","no","sexual_exploitation",3,"unknown","","cross_border","NGA NER LBY ITA",1,"deception other debt_bondage",
  "No internet (approached in person). Complainants' sex and ages not stated -> empty/unknown. Nigeria via Niger, Libya to Italy -> cross_border. Oath -> other; 30,000 euros to be repaid from earnings -> debt_bondage. Holding in Libya not attributed to the prisoner -> no force.")
K("H27-007","yes","exploitation","webcam_livestream","MSN Messenger","","yes","sexual_exploitation",1,"yes","female","cross_border","ITA ROU",1,"other",
  "Webcam during MSN Messenger sessions, child in Romania, buyer in Italy -> exploitation, webcam_livestream, cyber_flow yes, cross_border (C9). Western Union 'from an agency' (not online) -> not coded (C1). Who contacted whom not stated -> no strategy. Born 2/1994 -> minor. Woman prosecuted in Romania not part of the proceedings -> 1. Grooming with adult films -> other (judgement call).")
K("H27-008","no","","","","","no","forced_labour",5,"unknown","","domestic","BGR",2,"document_retention drugs",
  "Internet announcement only talked of, never published -> not coded (C4). Montana->Plovdiv -> domestic. Rakia given each morning -> drugs (side: alcohol given by the offenders to keep victims working). Ages/sex not stated.")
K("H27-009","no","","","","","no","forced_marriage",1,"no","female","cross_border","LAO VNM",1,"other",
  "Telephone only -> no. Vietnamese woman, 22, sold in Laos -> cross_border. Watched at all times, not allowed out alone -> other (side). Broker convicted -> 1.")
K("H27-010","no","","","","","no","forced_labour",14,"unknown","","cross_border","COL VEN",2,"debt_bondage drugs",
  "Bank transfer at a branch -> not internet (C1). Colombia->Venezuela -> cross_border. Food/transport charged against them -> debt_bondage; amphetamines -> drugs. Owner and accountant charged -> 2.")
K("H27-011","yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",5,"unknown","","cross_border","ETH KEN",2,"deception",
  "Escort website -> freestanding_website (C2), advertising, fishing. Foreign visitors' countries not named -> cyber_flow no. Kenyan nationals in Addis -> cross_border. Sex/age not stated.")
K("H27-012","yes","exploitation","webcam_livestream","Skype","","yes","sexual_exploitation",3,"yes","female","cross_border","NPL AUS",1,"threat abuse_of_vulnerability",
  "Skype video calls for men in Australia and Europe -> exploitation, webcam_livestream, cyber_flow yes, cross_border (C9). Girls -> minors. 'Chose them because they had nowhere else to go' -> abuse_of_vulnerability.")
K("H27-013","no","","","","","no","sexual_exploitation",1,"yes","female","unknown","ZWE",2,"deception debt_bondage threat",
  "No internet. Aged 15. 'No place of the offence is given', nationality not stated -> border unknown (C8). Husband charged and acquitted -> counted (C11: charged or tried) -> 2. Invented debt -> debt_bondage.")
K("H27-014","no","","","","","no","forced_labour",22,"unknown","","cross_border","CAN PHL",2,"drugs threat",
  "Wire transfer through a remittance counter -> not internet (C1). Filipino workers in Canada -> cross_border. Energy pills sold by the supervisor -> drugs; deportation -> threat.")
K("H27-015","yes","recruitment","job_portal","Bayt.com","fishing","yes","sexual_exploitation",6,"no","female","cross_border","QAT KEN UGA",1,"deception document_retention force",
  "Vacancies on Bayt.com answered -> recruitment, job_portal, fishing. Victims answered from abroad (visas issued, 'on arrival') -> cyber_flow yes (judgement call: the text places them abroad by the visas). Confined, beaten -> force.")
K("H27-016","yes","recruitment","job_portal","Bdjobs","fishing","no","forced_labour",7,"yes","female","domestic","BGD",1,"force other threat",
  "Vacancy on Bdjobs -> recruitment, job_portal, fishing. Class eight student -> minor (side). Dhaka, no foreign victim -> domestic. Locked in at night -> force (side); fines -> other. Owner's remark shows awareness, not use -> no abuse_of_vulnerability (side).")
K("H27-017","yes","logistics","messaging_app","Viber","","no","forced_marriage forced_labour",1,"no","female","domestic","AUS",2,"abuse_of_vulnerability debt_bondage drugs",
  "Viber messages between the two accused only -> logistics (C14), cyber_flow no. 19-year-old woman -> minor no. Wedding cost repaid by unpaid work -> debt_bondage; sleeping tablets -> drugs.")
K("H27-018","yes","exploitation","classified_ads","eBay","","no","forced_criminal_activity",4,"unknown","","domestic","AUT",3,"document_retention drugs other",
  "Victims made to list non-existent goods on eBay -> forced online scam: exploitation, no strategy, form forced_criminal_activity (side as heldout22); eBay typed as a listing site -> classified_ads (judgement call). Klagenfurt/Villach->Vienna -> domestic. Heroin supplied daily -> drugs; dose withheld as 'fine' -> other.")
K("H27-019","no","","","","","no","sexual_exploitation","unknown","unknown","female","unknown","SEN",2,"deception threat",
  "No internet. 'Several young women' -> victims unknown (C12), minor unknown (C10). No place or nationality -> border unknown.")
K("H27-020","yes","advertising","social_media","Facebook","fishing","no","forced_labour sexual_exploitation",11,"unknown","","domestic","PAK",2,"document_retention other abuse_of_vulnerability threat",
  "Facebook page offering domestic workers to households -> advertising, social_media, fishing. Southern Punjab/Sindh -> Lahore/Islamabad -> domestic. Two made to have sex with guests -> sexual_exploitation too. Fines -> other; chose families in debt -> abuse_of_vulnerability; families lose the advance -> threat (an advance to families is not described as worked off -> no debt_bondage).")
K("H27-021","no","","","","","no","organ_removal",1,"no","male","unknown","ARE",3,"debt_bondage threat document_retention",
  "A reporter traced a testimonial on a forum -> third party (C3) -> internet no. 'A man' -> minor no. Nationality not disclosed, no place named -> border unknown. Debt to a defendant written off by the 'donation' -> debt_bondage (side: a debt to the offender discharged by the exploitation). Recipient not charged -> 3.")
K("H27-022","yes","advertising","classified_ads","","fishing","no","sexual_exploitation",3,"yes","female","domestic","UGA",2,"deception drugs",
  "'Online classifieds page' -> classified_ads, advertising, fishing. 16-year-old girl -> minor. Gulu->Kampala -> domestic. Waragi and marijuana -> drugs.")
K("H27-023","yes","advertising","email","","","no","sexual_exploitation",3,"unknown","female","domestic","MMR",2,"deception debt_bondage abuse_of_vulnerability",
  "Photos e-mailed to 'businessmen' -> offers to chosen buyers (C6; side: buyers named by other words) -> advertising; but the businessmen 'had asked her for new faces' (the buyers wrote first) -> no strategy (C6/C13). Shan->Yangon -> domestic. No ages -> unknown. Broker and wife convicted -> 2. Chose families who could not refuse -> abuse_of_vulnerability.")
K("H27-024","no","","","","","no","sexual_exploitation forced_labour",1,"yes","female","domestic","ETH",1,"deception drugs threat",
  "No internet. Juvenile girl -> minor. Nearby kebele->Hawassa -> domestic. Khat and alcohol -> drugs. Unpaid bar work -> forced_labour too.")
K("H27-025","no","","","","","no","sexual_exploitation",6,"yes","female","cross_border","UKR POL",1,"deception force threat",
  "No internet (recruited in person). 17-year-old girl -> minor. Ukraine->Poland -> cross_border. Two weeks of fruit picking not described as forced -> sexual_exploitation only. Director convicted -> 1; the man in Warsaw not charged.")
K("H27-026","no","","","","","no","forced_labour",4,"yes","","cross_border","CHL BOL",2,"deception threat",
  "'No party had access to the internet'; letters and fax -> no. Octavo básico and 'minority of two' -> minor yes. Bolivia->Chile -> cross_border. Blank sheets as 'confessions' for the carabineros -> threat.")
K("H27-027","no","","","","","no","forced_labour",2,"no","male","domestic","UZB",1,"threat",
  "Claimed internet-forum ad rejected by the court -> not coded (C4). Men 34 and 41 -> minor no. Tashkent -> domestic.")
K("H27-028","no","","","","","no","forced_labour",9,"yes","male","domestic","ZWE",2,"force drugs",
  "Telephone calls and SMS -> no. Three boys 14-16 -> minor. Beaten -> force; kachasu -> drugs.")
K("H27-029","yes","recruitment","social_media","Instagram","hunting","no","sexual_exploitation",1,"no","female","unknown","CHL",2,"deception drugs force abuse_of_vulnerability",
  "'Contacted on Instagram by a man' -> first contact (C13), hunting, recruitment. Woman of 26 -> minor no. No place or nationality named -> border unknown. Held in a house -> force; drugged -> drugs; used her dependency -> abuse_of_vulnerability. Man and associate convicted -> 2.")
K("H27-030","no","","","","","no","forced_labour",1,"yes","female","unknown","BRA",2,"document_retention deception",
  "No internet. Girl aged nine -> minor. Domestic servitude -> forced_labour (side). No place or nationality -> unknown. Promise of education not kept -> deception.")
K("H27-031","no","","","","","no","forced_labour",17,"no","male","cross_border","THA KHM IDN",2,"deception drugs debt_bondage",
  "Telephone and SMS only -> no. Men 19-38 -> minor no. Cambodians in Thailand, fishing in Indonesian waters -> cross_border; IDN listed as place of exploitation. Fee owed and deducted -> debt_bondage; yaba -> drugs. Manager and one skipper charged -> 2.")
K("H27-032","yes","logistics","unspecified","Click","","yes","forced_labour",1,"yes","female","cross_border","UZB RUS",1,"threat",
  "Moscow family paid the aunt in Uzbekistan through the Click mobile payment app -> offender's online payment (C1, C16), national payment app -> unspecified (side), logistics. Buyer (RUS) and offender (UZB) linked online -> cyber_flow yes (C7). Aged 13 -> minor. Domestic servitude -> forced_labour. Threat of orphanage -> threat.")
K("H27-033","yes","exploitation advertising","freestanding_website webcam_livestream","","fishing","yes","sexual_exploitation",7,"yes","","cross_border","PAK GBR NOR",3,"deception drugs",
  "Subscription streaming site the offender ran, members paid to watch live abuse -> exploitation + advertising, fishing (C15). Children in Rawalpindi, members in UK/Norway -> cross_border, cyber_flow yes (C9). 'At least seven' -> 7. The two men convicted in Rawalpindi are in 'the same case' -> counted with A.K. -> 3 (C11). Parents told 'online tutoring' -> deception; sedative syrup -> drugs. Children's sex not stated.")
K("H27-034","no","","","","","no","forced_labour",1,"unknown","female","cross_border","ITA LKA",2,"document_retention",
  "Letter of invitation -> no. Sri Lankan domestic worker in Rome -> cross_border. Age not stated. Employer and wife indicted -> 2.")
K("H27-035","yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",1,"yes","female","cross_border","LAO THA",1,"deception",
  "Thai associate (acting for the offender) posted her picture on an escort website; men booked through it -> advertising, freestanding_website, fishing. Associate and buyers in Bangkok -> cyber_flow no. Born Nov 1991, 2007 -> minor. Associate not charged -> 1.")
K("H27-036","no","","","","","no","sexual_exploitation",8,"unknown","","cross_border","KOR PHL",1,"force other deception",
  "Bank remittance -> not internet. Filipino nationals in Korea -> cross_border. Locked in dormitory -> force; fines -> other; contrary to what they had been promised -> deception. Selling drinks is part of the sexual exploitation setting (no separate form).")
K("H27-037","no","","","","","no","other",3,"yes","","domestic","PNG",1,"deception abuse_of_vulnerability",
  "Provincial radio -> no. Sale of infants -> other. Enga/Southern Highlands->Port Moresby -> domestic. Exploiting mothers' poverty -> abuse_of_vulnerability; 'free care' -> deception.")
K("H27-038","yes","advertising","social_media","Facebook","fishing","yes","forced_labour",3,"no","female","cross_border","SRB AUT",2,"debt_bondage drugs",
  "Facebook page offering carers to families in Austria, families wrote to the page -> advertising, social_media, fishing. Page admins in Kragujevac, families in Vienna -> cyber_flow yes (C7). Women 38-52 -> minor no. Owed EUR 1,200 -> debt_bondage; caffeine tablets/stimulants -> drugs.")
K("H27-039","no","","","","","no","forced_labour",5,"unknown","female","cross_border","LBN ETH MDG",3,"deception drugs force document_retention debt_bondage",
  "Newspaper classified columns -> not internet. Exact number not recorded, five testified -> 5 (C16 reading 'at least'; judgement call). 'Young women' -> minor unknown. Nothing paid for three months 'for the office's fees' -> debt_bondage (a fee worked off; judgement call). Sleeping pills -> drugs; locked in -> force.")
K("H27-040","yes","advertising","unspecified","","fishing","no","forced_labour",23,"yes","male","domestic","ETH",2,"force drugs",
  "Brokers posted offers of the boys' labour on an online business forum -> advertising, fishing; forum -> unspecified (side). Gamo Gofa->Addis -> domestic. Beaten -> force; coffee with khat -> drugs. Only the brokers charged -> 2.")
K("H27-041","no","","","","","no","sexual_exploitation",4,"yes","female","domestic","IDN",2,"deception",
  "TV announcement and letters -> no. Girls 15-16 -> minor. Indramayu->Batam -> domestic. False 'adult declarations' are a concealment from police, not a means against the girls -> not coded.")
K("H27-042","yes","advertising","classified_ads","OLX","fishing","no","forced_labour",9,"no","","unknown","EGY",1,"force drugs",
  "Listing on OLX offering workers -> advertising, classified_ads, fishing. 'Adult workers' -> minor no; sex not stated. No place or nationality -> border unknown. Locked in storeroom, beaten -> force; tablets for energy -> drugs. Director charged -> 1.")
K("H27-043","no","","","","","no","forced_labour",4,"no","male","domestic","MYS",1,"other deception",
  "Telephone only -> no. Malaysian men -> domestic. Guard and dogs at the track -> other (side). Offered RM 900, paid nothing -> deception.")
K("H27-044","no","","","","","no","forced_begging",4,"unknown","","cross_border","FRA ROU",3,"other",
  "Phone calls and SMS, no messaging app -> no. Romanian nationals in France -> cross_border. Fines for shortfall -> other.")
K("H27-045","no","","","","","no","forced_labour",3,"yes","","domestic","MDA",1,"document_retention deception drugs",
  "Newspaper announcement -> no. 'Three minors' -> yes. Ungheni->Comrat (Moldova) -> domestic. Wine given daily by the accused -> drugs (side: alcohol given routinely by the offenders; judgement call). 'Only practice' -> deception.")
K("H27-046","yes","advertising","freestanding_website","alentejocrews.pt","fishing","no","forced_labour",30,"yes","male","cross_border","PRT NPL IND",2,"debt_bondage threat abuse_of_vulnerability",
  "Website the managers ran offering crews, growers booked -> freestanding_website (C15), advertising, fishing. Deceased aged 17 -> minor yes. Workers from Nepal and India -> cross_border. Loans from the firm deducted -> debt_bondage; deliberately chose workers without permits -> abuse_of_vulnerability.")
K("H27-047","yes","advertising","unspecified","","fishing","no","forced_labour",2,"yes","male","domestic","ZWE",1,"deception force drugs",
  "Posts on an online miners' forum offering the boys -> advertising, fishing, unspecified (side: forums). Kwekwe -> domestic. Mbanje -> drugs.")
K("H27-048","no","","","","","no","sexual_exploitation",12,"no","female","domestic","KEN",2,"deception debt_bondage abuse_of_vulnerability",
  "Telephone and SMS; cheques/cash deposits, no electronic payments -> no. Women 19-28 -> minor no. Mombasa -> domestic. Placement fee deducted -> debt_bondage; used their need -> abuse_of_vulnerability.")
K("H27-049","no","","","","","no","forced_labour",1,"yes","female","cross_border","USA GTM",1,"threat abuse_of_vulnerability",
  "Newspaper ad -> no. DOB 1990, 2006 -> 15 -> minor. Guatemalan in the US -> cross_border. 'Knows I have no one here and uses it' -> abuse_of_vulnerability.")
K("H27-050","yes","advertising","classified_ads","Locanto","fishing","no","sexual_exploitation forced_criminal_activity",1,"yes","female","domestic","SWE",2,"document_retention force debt_bondage other",
  "Advertised on Locanto -> classified_ads, advertising, fishing. Girl 15 -> minor. Göteborg -> domestic. Selling cannabis -> forced_criminal_activity. 'Fine' she is said to owe -> debt_bondage; phone taken -> other; held down and hit -> force.")
K("H27-051","no","","","","","no","sexual_exploitation",3,"yes","female","unknown","IRL",2,"force debt_bondage",
  "A victim contacted a support service through its website -> help-seeking (C3) -> no. Girl 17 -> minor. No place or nationality -> border unknown. Held, beaten -> force; owed EUR 20,000 -> debt_bondage.")
K("H27-052","no","","","","","no","forced_labour",5,"yes","female","unknown","NGA",2,"deception force drugs threat other",
  "No internet. Girls 12-14 -> minor. No place recorded, nationality not stated -> border unknown. Padlocked room, beaten -> force; tramadol -> drugs; cut mark 'belonged' -> other; 'would be found' -> threat.")
K("H27-053","no","","","","","no","sexual_exploitation",5,"unknown","female","domestic","THA",2,"abuse_of_vulnerability threat deception",
  "Newspaper ad -> no. Thai nationals -> domestic. Debts to informal lenders (third parties) -> not debt_bondage (side); knew and used them -> abuse_of_vulnerability. 'Massage staff' ad -> deception.")
K("H27-054","no","","","","","no","sexual_exploitation",6,"yes","female","cross_border","MYS IDN",3,"deception debt_bondage force abuse_of_vulnerability",
  "Telephone and SMS -> no. Girls 14-17 from Indonesia -> cross_border. RM 3,000 repaid from earnings -> debt_bondage; locked in -> force; chose families in debt -> abuse_of_vulnerability.")
K("H27-055","no","","","","","no","forced_labour",3,"no","male","domestic","ESP",1,"threat abuse_of_vulnerability drugs",
  "Telephone only, no smartphone -> no. Spanish men -> domestic. Wine so they would not ask questions -> drugs (side: alcohol to subdue).")
K("H27-056","yes","recruitment","job_portal","Net-Empregos","fishing","no","forced_labour sexual_exploitation",1,"yes","female","unknown","PRT",1,"deception drugs threat abuse_of_vulnerability",
  "Ad on Net-Empregos answered -> recruitment, job_portal, fishing. Born May 2006, 2022 -> 16 -> minor. No place named, nationality not stated -> border unknown. Threat to send photos (not done) -> threat only.")
K("H27-057","no","","","","","no","forced_criminal_activity",6,"no","male","domestic","CZE",3,"document_retention drugs abuse_of_vulnerability",
  "Sister's Facebook appeal -> third party (C3) -> no. Loans and phone contracts taken out in their names for the defendants -> forced_criminal_activity (fraud; judgement call). Homeless men 25-60 -> minor no. Ostrava->Prague -> domestic. Alcohol every day -> drugs (side); deliberately chose -> abuse_of_vulnerability.")
K("H27-058","no","","","","","no","forced_begging forced_labour",5,"yes","","domestic","VNM",2,"abuse_of_vulnerability",
  "Bank transfer at a post office -> not internet. Children -> minor. Thanh Hoa->HCMC -> domestic. Begging and selling lottery tickets -> forced_begging + forced_labour. Son a juvenile defendant -> still counted -> 2.")
K("H27-059","no","","","","","no","forced_begging",9,"unknown","","cross_border","MMR THA",2,"deception document_retention threat",
  "No internet. 'Teenagers' -> minor unknown (C10). Myanmar->Thailand -> cross_border. Border passes kept -> document_retention.")
K("H27-060","no","","","","","no","forced_labour sexual_exploitation",5,"yes","female","domestic","MEX ESP",1,"deception abuse_of_vulnerability",
  "'Put the girls on a web page' said, no page found -> not coded (C4). 15-year-old girl -> minor. Tehuacán, Puebla -> domestic. ESP listed as the deciding court's country where he was arrested (side). Chose women with nowhere to go -> abuse_of_vulnerability.")

assert len(CASES) == 60 and len({c["id"] for c in CASES}) == 60
with open(OUT, "w", encoding="utf-8") as f:
    for c in sorted(CASES, key=lambda c: c["id"]):
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(CASES), "->", OUT)
