"""Blind cross-coding of the first 60 summaries of heldout28 by annotator29.
Input: /tmp/h28-first60-summaries.jsonl (id, country, year, summary only).
Output: heldout28-first60-coded-by-annotator29.jsonl (same fields as heldout29's lines)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = {}
for l in open("/tmp/h28-first60-summaries.jsonl", encoding="utf-8"):
    c = json.loads(l); SRC[c["id"]] = c
OUT = []
def K(id, iu, pur, pt, pl, st, cf, forms, vt, vm, vs, border, countries, ot, means, notes):
    sp = lambda s: s.split() if s else []
    s = SRC[id]
    OUT.append(dict(id=id, country=s["country"], year=s["year"], summary=s["summary"], internet_used=iu,
        purposes=sp(pur), platform_types=sp(pt), platforms=[x for x in pl.split("|") if x] if pl else [],
        strategies=sp(st), cyber_flow=cf, forms=sp(forms), victims_total=vt, victims_minor=vm,
        victim_sex=sp(vs), border=border, countries=sp(countries), offenders_total=ot, means=sp(means), notes=notes))

K("H28-001","no","","","","","no","forced_begging",3,"yes","male female","domestic","FJI",2,"deception other debt_bondage drugs",
  "DOBs 1992-1997 -> minors. Labasa -> Suva, related family -> domestic. Schooling promise -> deception; fines from food money -> other; family's loan worked off by begging -> debt_bondage (side); glue to sniff -> drugs.")
K("H28-002","no","","","","","no","sexual_exploitation",2,"yes","female","domestic","JPN",2,"abuse_of_vulnerability debt_bondage threat",
  "Phone calls and SMS only; 'no indication' of dating sites -> internet no (C4, scheme ex. 4). Junior high / high school students -> minor (grade side). Knew they had nowhere to stay -> abuse_of_vulnerability. Debt for lodging repaid by 'entertaining' -> debt_bondage. Telling parents/schools -> threat.")
K("H28-003","no","","","","","no","forced_criminal_activity",4,"unknown","male","domestic","JOR",3,"deception threat",
  "'teenagers' without ages -> minor unknown (C10). One teenager referred to as 'him' -> male. Mafraq -> Amman, no foreign victim -> domestic. 'from poor families' describes the victims; the text does not say the accused used it -> no abuse_of_vulnerability (side).")
K("H28-004","yes","advertising","messaging_app","BlackBerry Messenger","hunting","no","forced_labour",6,"no","female","cross_border","BHR ETH PHL",2,"deception threat drugs",
  "Photos, ages and prices sent by BBM to households whose numbers he kept -> offers to chosen buyers: advertising + hunting (C6; side: households are buyers). Ethiopian and Filipino women -> cross_border. 'women' -> minor no. Tablets in tea -> drugs.")
K("H28-005","no","","","","","no","sexual_exploitation",3,"unknown","female","domestic","ROU",2,"deception debt_bondage document_retention",
  "Escort-site ads prepared but never published -> not coded (C4) -> internet no. 'young women' -> minor unknown (C10). Vaslui -> Bucharest -> domestic. Journey/rent to be paid by clients -> debt_bondage. Taxi driver not charged.")
K("H28-006","no","","","","","no","sexual_exploitation",4,"no","female","cross_border","PHL RUS UZB",3,"force abuse_of_vulnerability",
  "Website advertising alleged but dismissed, no evidence -> not coded (C4); NBI's search is the authorities' (C3) -> internet no. Russian/Uzbek nationals -> cross_border. Locked dormitory, slapped and kicked -> force; took advantage of overstay/no money -> abuse_of_vulnerability.")
K("H28-007","yes","logistics","unspecified","PayPal","","no","sexual_exploitation",2,"yes","female","domestic","SRB",2,"abuse_of_vulnerability",
  "Clients paid online transfers to the suspect's PayPal account -> internet yes, unspecified, logistics (C1/C16). Clients arranged by telephone -> no advertising. 16-year-old -> minor. Nis -> Novi Sad -> domestic. 'exploiting their difficult financial situation' -> abuse_of_vulnerability; generic 'forced' not coded as force (side).")
K("H28-008","no","","","","","no","forced_criminal_activity",3,"yes","male","domestic","IDN",1,"deception document_retention abuse_of_vulnerability",
  "'juveniles', 'boys' -> minor (C10). Nias -> Medan -> domestic. Ganja delivery -> forced_criminal_activity. Birth certificates and diplomas kept -> document_retention. Took advantage of orphans -> abuse_of_vulnerability.")
K("H28-009","yes","advertising exploitation","social_media webcam_livestream unspecified","Facebook|Skype|Remitly","hunting","yes","sexual_exploitation",4,"yes","female","cross_border","ESP PHL",1,"abuse_of_vulnerability deception force",
  "Woman in Cebu (an offender, prosecuted separately) sent the defendant a friend request on Facebook and offered him shows with children -> offer to a chosen buyer: advertising + hunting (C6/C13). Abuse during Skype video calls -> exploitation, webcam_livestream. Remitly app -> unspecified (C1). PHL <-> ESP -> cyber_flow yes, cross_border (C9). Defendant only in this case (woman not counted by the summary in the case, C11). 'at least 46 sessions' not victims; 4 girls.")
K("H28-010","no","","","","","no","other",1,"yes","male","domestic","CZE",3,"abuse_of_vulnerability threat",
  "Sale of a newborn for adoption -> form other. Victim counted: the child (the headnote treats the child as the object of sale; the 16-year-old mother is also a minor). Baby boy -> male. Most/Brno/Usti -> domestic. Threat to put the mother on the street -> threat; her dependence deliberately used -> abuse_of_vulnerability.")
K("H28-011","no","","","","","no","forced_marriage",4,"yes","female","cross_border","JPN VNM",3,"deception other threat",
  "Two aged 17 -> minor. Hai Phong -> Japan -> cross_border. Factory promise -> deception; penalty documents -> other; families harmed -> threat.")
K("H28-012","no","","","","","no","sexual_exploitation",5,"no","female","cross_border","GTM HND SLV",2,"deception abuse_of_vulnerability",
  "Honduran/Salvadoran women 19-24 -> cross_border, minor no. Took advantage of irregular status -> abuse_of_vulnerability.")
K("H28-013","no","","","","","no","forced_marriage",2,"yes","female","cross_border","KEN ETH",1,"force document_retention",
  "Facebook posting only planned, not done -> not coded (C4). Girls 13-14 from the Ethiopian side -> cross_border. Locked in house -> force; travel documents withheld -> document_retention. Second suspect not traced -> 1.")
K("H28-014","yes","advertising","classified_ads","Locanto","fishing","no","sexual_exploitation",5,"no","female","domestic","ARG",3,"document_retention other abuse_of_vulnerability",
  "Ads in Locanto's escorts section and a second classifieds portal -> classified_ads, fishing. Argentine women from Misiones/Chaco in Buenos Aires -> domestic. DNI retained -> document_retention; fines -> other; court relies on their economic vulnerability -> abuse_of_vulnerability (judgement).")
K("H28-015","yes","exploitation","freestanding_website webcam_livestream","LiveJasmin","","yes","sexual_exploitation",7,"no","female","cross_border","MDA USA",2,"force document_retention",
  "Shows on a third-party adult webcam site -> exploitation, freestanding_website + webcam_livestream, no advertising (side as heldout21). Members in USA/Western Europe -> cyber_flow yes, cross_border (C9). Locked in, beaten -> force; ID kept -> document_retention.")
K("H28-016","no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","GBR NGA ITA",
  "unknown","other debt_bondage deception",
  "Age 15 -> minor. Benin City -> Turin -> cross_border. Asylum appeal: no defendants -> offenders unknown (C11). Shrine oath -> other; journey cost -> debt_bondage; 'to study' -> deception.")
K("H28-017","yes","advertising","unspecified","","fishing","no","sexual_exploitation",4,"no","female","domestic","GTM",2,"threat abuse_of_vulnerability",
  "Messages with photographs posted in an internet discussion forum offering the women -> advertising, fishing; a forum that is no sex site -> unspecified (side). Coban -> Guatemala City -> domestic. Threats to children; took advantage of poverty/language -> abuse_of_vulnerability.")
K("H28-018","yes","logistics","email","","","yes","forced_labour",3,"yes","male","cross_border","MDA RUS",1,"deception document_retention other abuse_of_vulnerability",
  "E-mails with scanned passports between the defendant (Orhei) and his partner (Moscow) -> offender to offender: logistics, email, cyber_flow yes (C14/C7). 'juveniles', 'boys' -> minor. Guard following them -> other (side). Plaintiffs' claim that he chose boys from extreme poverty -> abuse_of_vulnerability (coded as stated). Partner not prosecuted -> 1.")
K("H28-019","yes","advertising","classified_ads","Corotos","fishing","no","forced_labour",2,"yes","female","domestic","DOM",1,"other abuse_of_vulnerability",
  "Ads on classifieds site Corotos offering girls for domestic work; households answered -> advertising (victims' labour), fishing. Girls 13 and 15 -> minor. Domestic servitude -> forced_labour. Not allowed out unaccompanied -> other (side). Took advantage of the mothers' poverty -> abuse_of_vulnerability.")
K("H28-020","yes","logistics","unspecified","MTN MoMo","","no","forced_labour",5,"yes","male","domestic","GHA",2,"force deception abuse_of_vulnerability",
  "Payment between the two accused on the MTN MoMo app -> online payment (C1; national payment app -> unspecified, side), logistics, offender to offender (C14). Boys 9-14 -> minor. Winneba -> Kete-Krachi -> domestic. 'convicted with another' -> 2.")
K("H28-021","no","","","","","no","forced_marriage",1,"no","female","cross_border","UKR TUR",1,"deception force",
  "24-year-old woman -> no. Kharkiv -> Istanbul/Bursa -> cross_border. Sold into marriage, kept and beaten -> forced_marriage; force. Only the acquaintance convicted -> 1.")
K("H28-022","yes","advertising","messaging_app","WhatsApp","hunting","no","sexual_exploitation",2,"yes","female","domestic","ARG",2,"deception drugs",
  "Photos sent by WhatsApp to a select list of clients -> advertising + hunting (C6). Recruitment in person. Third year of secondary school, 'girls' -> minor (C10, grade side). Rosario -> domestic. Pills and cocaine -> drugs. Clients not yet charged.")
K("H28-023","no","","","","","no","sexual_exploitation",2,"yes","female","cross_border","PNG SLB",2,"deception force",
  "Mother's Facebook appeal and an online newspaper -> relatives/journalists, not coded (C3) -> internet no. Girls 15-16 from Solomon Islands -> cross_border. Beaten -> force.")
K("H28-024","yes","logistics","messaging_app","Yahoo Messenger","","yes","sexual_exploitation",1,"yes","female","cross_border","ROU ESP",2,"deception debt_bondage",
  "Recruiter (ROU) sent photos and arrival date to the man in Spain via Yahoo Messenger -> offender to offender: logistics, cyber_flow yes (C14). Born March 1995, 16 -> minor. Journey debt -> debt_bondage.")
K("H28-025","no","","","","","no","organ_removal",3,"no","male","cross_border","COL ECU",4,"abuse_of_vulnerability deception",
  "Men 23-31 -> no. Bogota -> Guayaquil -> cross_border. Network took advantage of economic need -> abuse_of_vulnerability; underpayment -> deception. 'contacted' in neighbourhoods, no internet.")
K("H28-026","yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",2,"yes","female","cross_border","PHL MYS",1,"deception abuse_of_vulnerability",
  "Partner (acting for the accused, C3) advertised the girls on an escort website for clients in the city -> freestanding_website, advertising, fishing. Text messages -> SMS, not internet. Site and clients in Malaysia -> cyber_flow no. 16 and 17 -> minor. Partner not before the court -> 1.")
K("H28-027","no","","","","","no","forced_labour",5,"no","male","domestic","ESP",2,"deception debt_bondage",
  "Spanish men 34-58, Madrid -> Jaen -> domestic. Costs deducted, always still owed -> debt_bondage.")
K("H28-028","no","","","","","no","forced_criminal_activity",9,"yes","male","cross_border","KWT BGD NPL",2,"document_retention drugs deception",
  "Illegal distilling of alcohol -> forced_criminal_activity (judgement; could also be read as forced labour). Two aged 16-17 -> minor. Passports kept -> document_retention; pills 'for energy' -> drugs; office cleaning promise -> deception.")
K("H28-029","yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",4,"yes","female","cross_border","FJI CHN",3,"other force",
  "Escort website -> freestanding_website, advertising, fishing. Chinese women, one a juvenile -> minor yes, cross_border. Security cameras -> other (side); struck -> force.")
K("H28-030","no","","","","","no","forced_labour",1,"yes","male","unknown","NOR",1,"force",
  "Victim wrote to the Red Cross online chat for help (C3); police examining Facebook found nothing -> internet no. Boy born 2003 -> minor. No place or nationality named -> border unknown (C8). Belt, locked in -> force.")
K("H28-031","no","","","","","no","forced_marriage",1,"unknown","female","cross_border","USA IND",2,"force document_retention threat",
  "Indian wife kept in the marriage and the home -> forced_marriage (no work described, so no forced_labour; judgement). No age -> minor unknown. Confined -> force; passport kept -> document_retention; deportation threats -> threat.")
K("H28-032","no","","","","","no","forced_criminal_activity",3,"yes","male","domestic","UGA",2,"deception drugs document_retention",
  "Primary Six/Seven pupils, boys -> minor. Masaka -> Kampala -> domestic. Pickpocketing -> forced_criminal_activity. Petrol and marijuana -> drugs; birth certificates kept -> document_retention.")
K("H28-033","yes","advertising","social_media","Instagram|TikTok","fishing","no","sexual_exploitation",2,"unknown","","domestic","ITA",2,"force",
  "Profiles on Instagram and TikTok with offers -> advertising, social_media, fishing. Police monitoring -> authorities (C3). Italian victims in Turin -> domestic. Age and sex not stated -> unknown / empty. Beaten -> force.")
K("H28-034","no","","","","","no","sexual_exploitation",3,"unknown","female","cross_border","FJI CHN",2,"deception force threat debt_bondage",
  "Complainants from Fujian -> cross_border. No ages -> minor unknown. Repay fares by 'going with' men -> debt_bondage; slapped/pushed -> force; prison/family threats -> threat.")
K("H28-035","yes","advertising","freestanding_website","","fishing","no","forced_labour",11,"unknown","","cross_border","CHN VNM",3,"threat",
  "A website the defendants set up advertising the workers to factory owners who answered -> freestanding_website (C15), advertising, fishing. Vietnamese citizens via Dongxing -> cross_border. Age/sex not stated. Police/beating threats -> threat.")
K("H28-036","yes","recruitment","messaging_app","Skype","hunting","yes","forced_labour",3,"yes","male","cross_border","BGR MDA",1,"deception threat",
  "Defendant in Sofia 'wrote to the three men on Skype' -> hunting (C13), recruitment, messaging_app (Skype chat); men in Moldova -> cyber_flow yes (C7). Born Feb 1994, 2010 -> 16 -> minor.")
K("H28-037","yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",3,"yes","female","unknown","BGR",2,"debt_bondage drugs force",
  "Escort website ads -> freestanding_website, advertising, fishing. Girls 15-17 -> minor. No place or nationality -> border unknown (C8). Clothes/food debt -> debt_bondage; amphetamines -> drugs; beaten with cable -> force.")
K("H28-038","no","","","","","no","sexual_exploitation",4,"yes","female","cross_border","CHL BOL",2,"document_retention threat",
  "Bolivians, one aged 16 -> minor; El Alto -> Arica -> cross_border. ID cards kept; arrest and family threats.")
K("H28-039","no","","","","","no","forced_labour",3,"yes","male","cross_border","DOM HTI",1,"deception force",
  "Haitian boys in sixth grade -> minor. Belladere -> Barahona -> cross_border.")
K("H28-040","no","","","","","no","forced_marriage forced_labour",1,"yes","female","domestic","AUT AFG",
  "unknown","force debt_bondage",
  "Forced marriage at 14 inside Afghanistan, Afghan victim; later flight to Austria not for exploitation -> domestic (side). Work in the fields -> forced_labour. Father's debt cancelled by the marriage -> debt_bondage (side: family debt to the offender). No defendants -> unknown.")
K("H28-041","no","","","","","no","organ_removal",1,"yes","male","domestic","AUT PAK IRN TUR",
  "unknown","force drugs other debt_bondage",
  "Born April 1987, 2004 -> minor (also 'as a minor'). Organ removal inside Pakistan; flight via Iran and Turkey to Austria not for exploitation -> domestic (side); all named countries listed. Held down -> force; injection -> drugs; Quran oath -> other; family debt cleared by the kidney -> debt_bondage (side). No defendants -> unknown.")
K("H28-042","no","","","","","no","sexual_exploitation",2,"no","female","unknown","IND",2,"deception",
  "'two victim women' -> minor no. No place or nationality named -> border unknown (C8). Cook work promised -> deception.")
K("H28-043","no","","","","","no","organ_removal",2,"yes","","unknown","CZE",3,"document_retention force drugs",
  "Trafficking for organ removal (no operation took place; the purpose is coded). 'minors', 'persons under 18' -> minor. Sex not stated. No place named (only the police's name) -> border unknown (C8). ID cards kept -> document_retention; locked in -> force; sleeping tablets -> drugs. 'living without parental care' not said to be used -> no abuse_of_vulnerability (side).")
K("H28-044","no","","","","","no","forced_labour",1,"yes","female","domestic","FJI",2,"deception document_retention",
  "Born Feb 2007, Jan 2021 -> 13 -> minor. Kadavu -> Lautoka -> domestic. Schooling promise -> deception; birth certificate kept -> document_retention. Domestic servitude -> forced_labour.")
K("H28-045","no","","","","","no","forced_marriage",1,"yes","female","domestic","BHR",2,"threat",
  "Bahraini girl of 15 in Muharraq -> domestic, minor. Threats -> threat.")
K("H28-046","no","","","","","no","forced_labour",4,"yes","male","cross_border","NLD CHN",2,"deception debt_bondage",
  "Chinese nationals, one boy of 17 -> minor. Fujian -> Netherlands -> cross_border. Journey debt set off against wages -> debt_bondage; cook wages promised -> deception.")
K("H28-047","yes","logistics","email","","","yes","sexual_exploitation",6,"no","female","cross_border","ZAF THA",2,"deception debt_bondage",
  "E-mails between the first appellant (ZAF) and his partner in Bangkok about flights and amounts owed -> offender to offender: logistics, email, cyber_flow yes (C14/C7). Thai women 20-30 -> no. Amounts owed for tickets -> debt_bondage.")
K("H28-048","no","","","","","no","forced_labour",3,"no","male","domestic","SWE",1,"deception debt_bondage threat abuse_of_vulnerability",
  "Swedish men, Malmo -> Lycksele -> domestic. Telephones mentioned, no internet use. Growing debt -> debt_bondage; 'sort it out' -> threat; deliberately sought vulnerable men -> abuse_of_vulnerability.")
K("H28-049","yes","exploitation advertising","freestanding_website webcam_livestream","","fishing","yes","sexual_exploitation","unknown","unknown","female","cross_border","DEU ROU",1,"deception document_retention",
  "Defendant's own subscription site selling live webcam shows, men found it through its advertising and joined -> exploitation + advertising, freestanding_website + webcam_livestream, fishing (C15). Women in Romania, members in Germany -> cyber_flow yes, cross_border (C9). Number of women not stated -> unknown; 'young women' -> minor unknown (C10). Manager kept ID cards -> document_retention.")
K("H28-050","yes","recruitment","social_media","Snapchat","hunting","no","sexual_exploitation",2,"yes","female","domestic","BEL",2,"deception threat",
  "First defendant 'sent the girls messages on Snapchat' -> hunting (C13), recruitment. Clients among acquaintances -> no advertising. Juvenile girls -> minor. Ghent -> Brussels -> domestic. Loverboy deception; threat to send pictures (a threat, not an online act described).")
K("H28-051","no","","","","","no","forced_begging",3,"yes","female male","domestic","LTU",3,"document_retention other",
  "Children 8-13 -> minor. Vilnius -> domestic. Birth certificates and benefit cards kept -> document_retention; no food if short -> other (punishment, judgement). Station CCTV is the investigation's evidence.")
K("H28-052","no","","","","","no","forced_labour other",1,"yes","female","unknown","IRL",1,"document_retention other",
  "'a juvenile' -> minor. Origin unknown, no nationality and no place of exploitation named -> border unknown (C8; Dublin appears only as the service's seat). Domestic servitude -> forced_labour; use of her identity for benefit fraud -> other (judgement). Birth certificate/PPS card kept -> document_retention; no phone allowed -> other.")
K("H28-053","yes","advertising","freestanding_website","","fishing","no","forced_labour",7,"unknown","","cross_border","EGY ETH SDN",2,"document_retention",
  "Website of their own displaying domestic workers to families who responded -> freestanding_website (C15), advertising, fishing. Ethiopian nationals via Sudan -> cross_border. Age/sex not stated. Passports kept.")
K("H28-054","no","","","","","no","forced_labour",12,"no","male","cross_border","PAK OMN",2,"deception threat",
  "Men of Gujrat/Mandi Bahauddin to Muscat -> cross_border. Gulf jobs promised -> deception; supervisor's threats -> threat. Fees paid upfront, not a debt -> no debt_bondage.")
K("H28-055","yes","logistics","unspecified","","","no","forced_labour",3,"no","female","domestic","MAR",2,"document_retention debt_bondage force",
  "Households paid the women's wages to the broker by online transfer via a mobile banking app -> internet yes, unspecified, logistics (C1/C16). Azilal -> Casablanca/Mohammedia -> domestic. 'young women' with ages 19-24 -> no. ID cards kept; 'advanced' money to be repaid -> debt_bondage; slapped and locked in -> force. Employer only questioned -> 2.")
K("H28-056","yes","recruitment","dating","Badoo","hunting","yes","sexual_exploitation",2,"yes","female","cross_border","SWE EST",1,"abuse_of_vulnerability threat",
  "'contacted two children ... through the dating site Badoo' -> hunting (C13), dating, recruitment. Girls in Tallinn, defendant in Stockholm -> cyber_flow yes (C7; judgement that he wrote from Sweden). 15 and 16 -> minor.")
K("H28-057","no","","","","","no","forced_labour",1,"yes","female","domestic","EGY",1,"debt_bondage document_retention abuse_of_vulnerability",
  "E-mail offers asserted but not proved -> not coded (C4). Born 1990, brought at 12 -> minor. Assiut -> Giza -> domestic. Father's debt worked off -> debt_bondage (side); birth certificate kept; exploited poverty -> abuse_of_vulnerability.")
K("H28-058","no","","","","","no","sexual_exploitation",3,"no","female","domestic","CHN",1,"debt_bondage abuse_of_vulnerability",
  "Plaintiff and two other women from Guizhou to Shenzhen -> domestic, 'women' -> no. Growing debt -> debt_bondage; knew family debts and lack of schooling -> abuse_of_vulnerability.")
K("H28-059","no","","","","","no","sexual_exploitation",3,"yes","female","cross_border","DNK NGA ITA",2,"other debt_bondage abuse_of_vulnerability",
  "Nigerian girls via Italy -> cross_border, minors. Shrine oath -> other; EUR 35,000 debt -> debt_bondage; took advantage of age/status/fear -> abuse_of_vulnerability.")
K("H28-060","yes","recruitment exploitation","social_media messaging_app","Facebook|WhatsApp|Instagram","fishing","yes","forced_criminal_activity",8,"yes","male female","cross_border","LKA THA ARE MMR",2,"deception document_retention threat",
  "Job ads posted on Facebook -> recruitment, fishing. WhatsApp video-call interviews from Bangkok with recruits in Sri Lanka -> recruitment (not webcam exploitation), cyber_flow yes (C7). Forced scams with fake Facebook/Instagram profiles -> exploitation, no strategy, forced_criminal_activity (side as heldout22). One aged 17 -> minor. Transit Dubai -> ARE listed.")

assert len(OUT) == 60, len(OUT)
OUT.sort(key=lambda c: c["id"])
p = os.path.join(HERE, "heldout28-first60-coded-by-annotator29.jsonl")
with open(p, "w", encoding="utf-8") as f:
    for c in OUT: f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(OUT), "->", p)
