"""Blind coding of the first 60 summaries of heldout31 (summaries only) by annotator 32.
Same scheme (v1), annex v1.1 (C1-C16) and the sides listed in /tmp/heldout32/README.md."""
import json
SRC = "/tmp/h31-first60-summaries.jsonl"
OUT = "/tmp/heldout32/xcode/heldout31-first60-coded-by-annotator32.jsonl"
U = "unknown"
base = {json.loads(l)["id"]: json.loads(l) for l in open(SRC)}
CASES = []
def X(id, iu, pur, pt, pl, st, cf, forms, vt, vm, vs, border, countries, ot, means, notes):
    sp = lambda s: s.split() if s else []
    b = base[id]
    CASES.append(dict(id=id, country=b["country"], year=b["year"], summary=b["summary"], internet_used=iu,
        purposes=sp(pur), platform_types=sp(pt), platforms=[x for x in pl.split("|") if x] if pl else [],
        strategies=sp(st), cyber_flow=cf, forms=sp(forms), victims_total=vt, victims_minor=vm, victim_sex=sp(vs),
        border=border, countries=sp(countries), offenders_total=ot, means=sp(means), notes=notes))

X("H31-001","yes","advertising","messaging_app","WhatsApp","hunting","no","sexual_exploitation",1,"yes","female","domestic","CZE",2,"debt_bondage document_retention",
  "Photographs with a price sent on WhatsApp to a list of regular clients, nothing published -> C6 advertising + hunting (side: closed client lists/groups are C6). Ostrava region to Prague -> domestic. 16 -> minor.")
X("H31-002","yes","recruitment","dating","NZDating","hunting","no","forced_labour",2,"no","female","domestic","NZL",1,"deception debt_bondage",
  "Profile on a dating website and 'wrote to each of the complainants' -> recruitment, dating, hunting (C13). NZDating.co.nz normalised. Women 34 and 41 -> no. Debts for keep -> debt_bondage; promise of a shared life -> deception. No family nearby not said to be used -> no abuse_of_vulnerability.")
X("H31-003","no","","","","","no","forced_labour",7,"no","male","cross_border","GTM SLV",2,"threat deception other",
  "Salvadoran men hired in El Salvador -> cross_border. Armed guards watching and accompanying -> other (side: surveillance/escort); threat of migration authorities -> threat; promised wage not paid -> deception. Being brought back not coded as force (no violence described; judgement). Civil defendants owner and foreman -> 2.")
X("H31-004","no","","","","","no","sexual_exploitation",4,U,"female","cross_border","NOR LTU SWE",3,"threat deception abuse_of_vulnerability drugs",
  "'young women' -> minor unknown (C10). Lithuania via Sweden to Norway. Amphetamine used to keep them working -> drugs; poverty exploited -> abuse_of_vulnerability.")
X("H31-005","no","","","","","no","other",1,"yes","male","domestic","KEN",3,"threat abuse_of_vulnerability",
  "Sale of a baby for illegal adoption -> other. Threats to the mother and her destitution used -> threat, abuse_of_vulnerability. Mother's debt to the moneylender not coded as debt_bondage (the child does not work it off; judgement).")
X("H31-006","yes","recruitment","dating","PlentyOfFish","hunting","no","sexual_exploitation",3,"no","female","domestic","MEX USA",1,"deception abuse_of_vulnerability",
  "Opened profiles on PlentyOfFish and sent messages to the women -> recruitment, dating, hunting. All in Houston, victims not said foreign -> domestic; MEX listed (offender in Mexico, decision there). Chose women in financial difficulty and used it -> abuse_of_vulnerability.")
X("H31-007","yes","exploitation","webcam_livestream","","","yes","sexual_exploitation",5,"yes","female","cross_border","ROU DEU NLD",2,"deception",
  "Webcam shows for customers in Germany and the Netherlands, victims in Bucharest -> exploitation, cross_border, cyber_flow yes (C9). Recruitment by newspaper ad and payment by bank transfer -> not internet (C1). 'girls', 'pupils' -> minor yes.")
X("H31-008","yes","logistics","unspecified","Chipper Cash","","no","sexual_exploitation",6,U,"female","domestic","UGA",1,"force deception other",
  "Customers paying the bar owner through the Chipper Cash app -> internet use (C1/C16), unspecified, logistics. 'young women' -> unknown. Gulu to Kampala -> domestic. Phones taken, man at the gate -> other; beaten -> force.")
X("H31-009","no","","","","","no","forced_marriage",1,"no","female","domestic","MAR",2,"abuse_of_vulnerability other",
  "Married without consent for money -> forced_marriage. Woman of 19 -> no. Forbidden to leave and phone taken -> other (side: control without locking up is other). Uncle took advantage of her having no parents -> abuse_of_vulnerability.")
X("H31-010","no","","","","","no","forced_criminal_activity",4,"no","female","cross_border","JPN CHN",2,"force document_retention",
  "Women used as instruments of benefit fraud -> forced_criminal_activity. Chinese nationals brought to Japan -> cross_border. Passports/residence/bank cards held -> document_retention; struck -> force.")
X("H31-011","yes","advertising","freestanding_website","hostess-hamburg.de","fishing","no","sexual_exploitation",3,U,"female","cross_border","DEU BGR",2,"threat debt_bondage document_retention other",
  "Profiles with price list on an escort portal -> advertising, freestanding_website, fishing (bookings came in). 'young Bulgarian women' -> unknown. Fines -> other; threat to bring the sister -> threat.")
X("H31-012","no","","","","","no","forced_begging",3,"no","male","cross_border","DEU ROU",2,"force abuse_of_vulnerability",
  "Men aged 28-52 brought from Romania to Cologne. Hit with a stick -> force; chosen for their disabilities -> abuse_of_vulnerability. Third family member not charged -> 2 (C11).")
X("H31-013","yes","recruitment","messaging_app","WhatsApp","hunting","no","forced_begging",5,"no","female","domestic","EGY",3,"threat deception abuse_of_vulnerability",
  "'contacted widows ... on WhatsApp ... and offered them paid work' -> recruitment + hunting. Minya to Cairo -> domestic. Women -> no. Charity list is how numbers were obtained, not internet.")
X("H31-014","no","","","","","no","sexual_exploitation",9,"yes","female","domestic","KGZ",4,"force deception abuse_of_vulnerability",
  "Two girls 16 and 17 -> yes. Osh/Jalal-Abad to Bishkek -> domestic. Beaten and locked in -> force. 'fake job offers' awareness work -> no online act by the offenders.")
X("H31-015","no","","","","","no","sexual_exploitation",1,"yes","female","unknown","BRA",1,"abuse_of_vulnerability drugs",
  "DOB 1993, 2007-2008 -> minor. No place of the facts or origin stated -> border unknown (C8); BRA listed (side). Crack supplied daily -> drugs; dependence and homelessness used -> abuse_of_vulnerability.")
X("H31-016","yes","recruitment","freestanding_website","Mehnat-Servis","fishing","no","forced_labour",23,"no","male","cross_border","UZB RUS KAZ",2,"force deception",
  "Site the accused created to advertise jobs, men found the work through it -> freestanding_website (C15), recruitment, fishing. Uzbekistan via Kazakhstan to Russia. Foreman's beating -> force; wages never paid -> deception. Ombudsman's recommendation on internet advertising is general.")
X("H31-017","no","","","","","no","forced_begging",14,"no","male","cross_border","MYS MMR THA",3,"force threat deception",
  "Myanmar men through Thailand to Malaysia. 'fourteen men' -> no. False promise of treatment and work -> deception. Disabilities not said to be used -> no abuse_of_vulnerability (side).")
X("H31-018","no","","","","","no","forced_labour",6,U,"","cross_border","SGP BGD",1,"force deception",
  "Internet advertising alleged, not relied on, not pursued -> not coded (C4). Bangladeshi workers in Singapore -> cross_border (C8). 'workers' -> minor unknown, sex not stated. Gate locked at night -> force (side: confinement); wages 'kept safe' -> deception (judgement).")
X("H31-019","yes","recruitment","job_portal","Pôle emploi","fishing","no","sexual_exploitation",4,"yes","female","domestic","FRA",3,"force deception document_retention",
  "Job offer published on the Pôle emploi site, victims answered -> recruitment, job_portal (someone else's board), fishing. French nationals from the region -> domestic. One minor of 17 -> yes. ID cards and bank cards taken -> document_retention.")
X("H31-020","no","","","","","no","forced_labour",37,U,"","cross_border","IND NPL",2,"force debt_bondage",
  "Nepali nationals in India -> cross_border (C8). 'workers' -> minor unknown, sex not stated. Advances worked off -> debt_bondage; beatings -> force.")
X("H31-021","no","","","","","no","sexual_exploitation",2,"no","female","cross_border","ETH SDN",2,"force deception document_retention",
  "Victim's Facebook Messenger message to her brother asking for help -> not coded (C3). Ethiopia to Sudan. Women -> no.")
X("H31-022","yes","advertising","freestanding_website","","fishing","yes","sexual_exploitation",U,U,"female","domestic","KHM",2,"other",
  "Website the appellants ran offering women with photographs and prices, men booked through it -> advertising, freestanding_website (C15), fishing. Men from abroad booked online with offenders in Cambodia -> cyber_flow yes (C7; 'abroad' is enough, no country named). Cambodian women in Phnom Penh -> domestic. No number -> unknown; 'young women' -> unknown. Guard -> other.")
X("H31-023","no","","","","","no","sexual_exploitation",3,"no","female","cross_border","UGA OMN",2,"deception abuse_of_vulnerability document_retention",
  "Sister's TikTok appeal and journalist -> third parties (C3), not coded. Women 22-31 -> no. Uganda to Oman. Passports taken by a man in Muscat (acting for the scheme) -> document_retention.")
X("H31-024","no","","","","","no","organ_removal",8,"yes","male","cross_border","EGY SDN ERI TUR",6,"deception abuse_of_vulnerability",
  "Sudanese and Eritrean migrants in Egypt -> cross_border (C8). A boy of 17 -> yes. Six referred -> 6 (broker, two intermediaries, surgeon, anaesthetist, clinic owner). TUR listed: the broker is believed to be in Istanbul (offender's location). Told it was a medical check -> deception; targeted irregular migrants -> abuse_of_vulnerability.")
X("H31-025","no","","","","","no","sexual_exploitation",2,"yes","female","domestic","JOR",2,"force abuse_of_vulnerability",
  "Mobile phone calls and text messages only -> internet no. Abducted and not allowed to leave -> force. Zarqa to Aqaba -> domestic. 'girls' -> yes.")
X("H31-026","yes","recruitment","social_media","Facebook","hunting","no","sexual_exploitation",3,"yes","female","domestic","CHL",2,"deception document_retention",
  "Friend requests on Facebook -> recruitment + hunting (C13). Adolescents 15 and 16 -> yes. Santiago to Antofagasta -> domestic. Made to drink with customers not coded as drugs (judgement: not given to subdue).")
X("H31-027","no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","POL UKR",1,"force deception drugs",
  "Asylum decision in Poland; exploitation in Poland of a Ukrainian girl -> cross_border. Ninth grade -> minor (side). Pills and vodka before customers -> drugs. One man convicted; the other never identified; neighbour not charged -> 1.")
X("H31-028","yes","exploitation advertising","webcam_livestream messaging_app","Skype|Telegram","hunting","yes","sexual_exploitation",2,"yes","female","cross_border","ISR UKR",1,"debt_bondage",
  "Sexual acts on Skype video calls for men in Israel, girls in Kharkiv -> exploitation, webcam_livestream + messaging_app, cyber_flow yes, cross_border (C9). Shows offered to men he contacted on Telegram -> advertising + hunting (C6/C13). Seventh/eighth grades -> minor. Mother's debt repaid by the shows -> debt_bondage (side). Relative not a defendant here -> 1.")
X("H31-029","no","","","","","no","forced_labour",1,"yes","male","domestic","KEN",1,"force debt_bondage document_retention",
  "Standard Seven -> minor (side). Father's debt worked off by the boy -> debt_bondage. Kakamega to Narok -> domestic.")
X("H31-030","yes","advertising","classified_ads","Publi24","fishing","no","sexual_exploitation",1,"yes","female","domestic","ROU",2,"deception abuse_of_vulnerability drugs",
  "Ads in the classifieds site publi24.ro, men called -> advertising, classified_ads, fishing. Iași to Bucharest -> domestic. Pills and etnobotanice -> drugs; targeted a child in care -> abuse_of_vulnerability; false relationship and shop job -> deception.")
X("H31-031","yes","exploitation","freestanding_website webcam_livestream","LiveJasmin","","yes","sexual_exploitation",6,"no","female","cross_border","BGR GBR USA",3,"abuse_of_vulnerability document_retention drugs",
  "Shows on a third-party adult webcam site -> exploitation, freestanding_website + webcam_livestream, no advertising (side of H21-004). Customers in UK/US -> cyber_flow yes, cross_border (C9). Women 19-25 -> no.")
X("H31-032","yes","logistics","messaging_app","Viber","","no","sexual_exploitation",4,"no","female","domestic","SRB",5,"deception abuse_of_vulnerability other",
  "Offenders coordinating among themselves on a Viber group -> logistics (C14); clients by telephone. Niš/Leskovac to Belgrade/Novi Sad -> domestic. Phones taken -> other.")
X("H31-033","no","","","","","no","forced_criminal_activity",3,"yes","female","cross_border","ITA FRA BIH HRV",1,"threat",
  "Girls of Bosnian and Croatian nationality taken from Milan to Paris to pick pockets -> cross_border. 'scuola media' and 'girls' -> minor. BIH/HRV listed as origin by nationality (side).")
X("H31-034","no","","","","","no","forced_labour sexual_exploitation",2,"no","female","unknown","GHA",1,"threat deception",
  "Mobile phone calls and text messages only -> internet no. Origin and place not disclosed; Accra is only the court's seat -> border unknown (C8). Women -> no.")
X("H31-035","yes","recruitment","unspecified","Point Blank","hunting","no","forced_criminal_activity",U,"yes","male","cross_border","MYS IDN",2,"threat",
  "'messaged the boys in the chat of the online game Point Blank' -> recruitment, hunting; named game -> unspecified (side). Indonesian boys living in Malaysia -> cross_border by nationality (C8). Number of boys not stated -> unknown. 'easy money' offer not coded as deception (judgement).")
X("H31-036","yes","recruitment","unspecified","Metin2","hunting","yes","sexual_exploitation",2,"no","female","cross_border","CZE SVK DEU",2,"deception drugs",
  "Wrote to two Slovak women through the chat of Metin2 -> recruitment, hunting, unspecified (side). Czech man in Plzeň, Slovak women invited to travel to Plzeň -> judgement: internet linked parties in CZE and SVK -> cyber_flow yes. Pervitin supplied and reduced on refusal -> drugs. DEU listed: buyers were German men (buyers' country). Women 19 and 22 -> no.")
X("H31-037","no","","","","","no","forced_marriage forced_labour",1,"no","female","domestic","ITA",2,"abuse_of_vulnerability drugs other",
  "Marriage against her will plus work in house and fields -> forced_marriage + forced_labour. Now 27, events 2006 (about 23) -> no. Sedatives -> drugs; chosen for intellectual disability -> abuse_of_vulnerability; not allowed out alone -> other. Phone/SMS between families -> not internet.")
X("H31-038","yes","recruitment","social_media","hi5","hunting","no","sexual_exploitation",1,"yes","female","cross_border","ROU ESP",2,"deception debt_bondage",
  "'sent messages on hi5 to the injured party' -> recruitment, hunting; hi5 = social network. Both in Bacău -> cyber_flow no. Ninth grade -> minor. Money transfers not said to be online -> not internet (C1).")
X("H31-039","no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","AUT NGA ITA",1,"debt_bondage",
  "Benin City via Italy to Vienna. EUR 45,000 debt -> debt_bondage. False passport was for travel, not retained -> no document_retention.")
X("H31-040","no","","","","","no","forced_labour",4,"yes","male","cross_border","PAK ARE",2,"deception document_retention",
  "E-mail of photographs alleged, held not proved -> not coded (C4). Camel jockeys -> forced_labour. Families told shop work -> deception.")
X("H31-041","yes","recruitment","social_media","Facebook","hunting","yes","forced_criminal_activity",1,"yes","male","cross_border","SRB AUT",2,"deception debt_bondage document_retention",
  "Man in Vienna contacted the boy in Serbia on Facebook -> recruitment, hunting, cyber_flow yes. Made to shoplift -> forced_criminal_activity. Man convicted in Vienna and accomplice convicted in Kraljevo, both counted in the case -> 2 (C11).")
X("H31-042","no","","","","","no","organ_removal",1,"yes","male","domestic","GTM",2,"abuse_of_vulnerability debt_bondage",
  "Kidney removed from a 16-year-old; family debt to the broker cancelled by the operation -> debt_bondage (side: family debts to the offender). Sought out families in extreme poverty -> abuse_of_vulnerability. Cobán to the capital -> domestic.")
X("H31-043","no","","","","","no","forced_labour",11,"no","male","cross_border","UZB KAZ",1,"deception drugs",
  "Internet advertisement intended, arrested before -> not coded (C4). Vodka to keep them quiet -> drugs (side: alcohol to subdue).")
X("H31-044","no","","","","","no","forced_labour",5,"yes","male","cross_border","QAT BGD",1,"threat drugs other",
  "Class seven student -> minor (side). Forbidden to leave the premises -> other (side: control without locking). Pills -> drugs. Foreman not charged -> 1.")
X("H31-045","yes","exploitation","freestanding_website webcam_livestream","","","yes","sexual_exploitation",7,"no","female","cross_border","KAZ RUS",3,"force threat",
  "Shows on a foreign adult video-chat site for customers in Russia and Western Europe -> exploitation, freestanding_website + webcam_livestream, cyber_flow yes, cross_border (C9). 'offers of work as online hostesses': medium not stated -> no recruitment purpose. Beaten and brought back -> force; threat to send recordings -> threat.")
X("H31-046","yes","advertising","email","","hunting","yes","sexual_exploitation",U,"yes","female","cross_border","KHM VNM USA",1,"document_retention drugs other",
  "E-mailed photographs of the girls to men in the US -> offer to chosen buyers (C6): advertising + hunting; Cambodia-USA -> cyber_flow yes. Vietnamese girls -> cross_border. No number -> unknown. Guard -> other; yama -> drugs.")
X("H31-047","no","","","","","no","forced_marriage",2,"no","female","cross_border","KEN ETH",3,"debt_bondage",
  "Bride price to be repaid -> debt_bondage. Ethiopian nationals brought to Nairobi -> cross_border.")
X("H31-048","no","","","","","no","forced_labour",9,"no","male","cross_border","NOR POL",2,"force deception abuse_of_vulnerability other",
  "Locked barracks -> force (side: confinement); out only with the foreman -> other; hit -> force; fraction of the agreed pay -> deception; lack of language used -> abuse_of_vulnerability.")
X("H31-049","yes","advertising","unspecified","2channel","fishing","no","sexual_exploitation",1,"no","female","cross_border","JPN COL",1,"force debt_bondage drugs",
  "Messages on the bulletin board 2channel offering her to men -> advertising, fishing; a forum that is no sex site -> unspecified (side). Woman of 26 -> no. Broker not said to be convicted -> 1.")
X("H31-050","no","","","","","no","forced_labour",3,"no","male","domestic","SRB",1,"threat",
  "Men from Roma settlements in Vojvodina to a farm near Sombor -> domestic. Threats and rifle -> threat.")
X("H31-051","yes","recruitment","messaging_app","Skype","hunting","yes","forced_criminal_activity",2,"yes","male","cross_border","DNK LTU",1,"force deception drugs",
  "'wrote to both of them on Skype, offering farm work in Denmark' -> recruitment, hunting; man in Aarhus, the two came to Denmark 'on arrival' -> judgement: cyber_flow yes (linked DNK and LTU). Boy of 17 -> yes.")
X("H31-052","no","","","","","no","forced_criminal_activity",5,"no","female","cross_border","CHN VNM",3,"abuse_of_vulnerability debt_bondage drugs",
  "Made to carry smuggled goods to work off the crossing fee -> forced_criminal_activity, debt_bondage. Chose illegal entrants -> abuse_of_vulnerability. Women -> no.")
X("H31-053","no","","","","","no","forced_criminal_activity",4,"yes","female","domestic","AUS",1,"abuse_of_vulnerability",
  "Phone calls and SMS only -> internet no. Girl of 15 -> yes; only the girl's sex stated -> female. Sought out homeless youths -> abuse_of_vulnerability.")
X("H31-054","yes","recruitment","social_media","Facebook","hunting","no","forced_marriage",1,"yes","female","cross_border","TWN VNM",2,"deception debt_bondage document_retention drugs",
  "Contacted on Facebook by a recruiter in Vietnam acting for the broker -> recruitment, hunting (C3); both in Vietnam -> cyber_flow no. DOB 1995, 2012 -> minor. Sleeping pills -> drugs.")
X("H31-055","yes","advertising","social_media","Twitter|Snapchat","fishing","no","sexual_exploitation",1,"yes","female","cross_border","SAU IDN",3,"force document_retention",
  "Photographs posted on Twitter and Snapchat accounts offering services -> advertising, social_media, fishing. DOB 3 June 1998, exploited 2014 -> minor yes. Indonesian national -> cross_border.")
X("H31-056","no","","","","","no","sexual_exploitation",5,"no","female","cross_border","NLD HUN",2,"threat",
  "Text message on a phone -> not internet. Hungarian women aged 21-30 brought from Budapest. Owner and partner charged -> 2.")
X("H31-057","no","","","","","no","forced_labour",12,"yes","male","domestic","SRB",2,"force deception document_retention",
  "Two boys 15 and 16 -> yes; adults' sex not stated -> male only from 'boys'. Serbian citizens Leskovac/Vranje to Arilje -> domestic. Deductions with no debt described -> not debt_bondage (side). Man who brought them not charged -> 2.")
X("H31-058","no","","","","","no","sexual_exploitation",6,"yes","female","domestic","VNM",2,"deception abuse_of_vulnerability",
  "Girls 15 and 16 -> yes. Sóc Trăng/Bạc Liêu to Ho Chi Minh City -> domestic.")
X("H31-059","no","","","","","no","forced_labour",7,"yes","male","cross_border","SGP IND",2,"deception document_retention drugs",
  "Boy of 17 -> yes. Indian nationals recruited in Tamil Nadu -> cross_border. Owner and manager both convicted in the case -> 2. 'energy tablets' with a controlled drug -> drugs.")
X("H31-060","no","","","","","no","other",4,"yes","","unknown","ARE",1,"abuse_of_vulnerability",
  "Sale of newborns to adoptive couples -> other. 'At least four infants' -> 4 (C16). No nationality or place stated -> unknown (C8); ARE listed (requested person arrested there). Mothers unable to pay their bills targeted -> abuse_of_vulnerability. Requested person is 'one of several suspects' -> 1.")

assert len(CASES) == 60 and [c["id"] for c in CASES] == sorted(base)
with open(OUT, "w") as f:
    for c in CASES:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(CASES), "coded")
