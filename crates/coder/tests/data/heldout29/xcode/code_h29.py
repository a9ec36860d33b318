# Cross-coding of the first 60 summaries of heldout29, blind (text only), by the heldout30 annotator.
import json, os
SRC = "/tmp/h29-first60-summaries.jsonl"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout29-first60-coded-by-annotator30.jsonl")
given = {d["id"]: d for d in (json.loads(l) for l in open(SRC, encoding="utf-8"))}
ROWS = []
def C(id, iu, pur, pt, pl, st, cf, forms, vt, vm, vs, border, countries, ot, means, notes):
    sp = lambda s: s.split() if s else []
    g = given[id]
    ROWS.append(dict(id=id, country=g["country"], year=g["year"], summary=g["summary"], internet_used=iu,
        purposes=sp(pur), platform_types=sp(pt), platforms=[x for x in pl.split("|") if x] if pl else [],
        strategies=sp(st), cyber_flow=cf, forms=sp(forms), victims_total=vt, victims_minor=vm, victim_sex=sp(vs),
        border=border, countries=sp(countries), offenders_total=ot, means=sp(means), notes=notes))

C("H29-001","no","","","","","no","organ_removal",3,"unknown","male","cross_border","FJI PHL",2,"deception threat abuse_of_vulnerability",
  "Kidney removal in Manila. 'young men' with ages not given -> minor unknown. Families' loans are third-party debts -> no debt_bondage; accused chose indebted families -> abuse_of_vulnerability.")
C("H29-002","no","","","","","no","sexual_exploitation",4,"no","female","cross_border","ARE UGA OMN",3,"deception debt_bondage threat",
  "Adult Ugandan women, transit Muscat listed. Repay journey cost -> debt_bondage. Not said to be locked -> no force.")
C("H29-003","no","","","","","no","forced_labour",14,"no","male","cross_border","DEU ROU",2,"debt_bondage drugs other",
  "Romanian men. Two managers remanded as suspects -> 2 (operator not charged). Amphetamine given -> drugs; pay docked -> other. Worker contacting a counselling service is not internet use.")
C("H29-004","yes","advertising","unspecified","Suomi24","fishing","no","sexual_exploitation",1,"unknown","female","unknown","FIN",1,"debt_bondage",
  "Announcements on a general discussion forum -> unspecified (forum side), advertising, fishing. No age, place or nationality -> minor unknown, border unknown (C8); prosecuting country listed.")
C("H29-005","no","","","","","no","forced_criminal_activity",3,"no","male","cross_border","CHL BOL",2,"deception threat other",
  "Bolivian men carrying cocaine base. Pistol and families -> threat; fines per delay -> other.")
C("H29-006","yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",1,"yes","female","unknown","NPL",1,"deception force abuse_of_vulnerability",
  "Pictures on an escort website -> freestanding_website (C2), advertising, fishing. Grade 9 -> minor. No place or nationality -> border unknown. Defendant knew she had left home with no money (stated as the means context) -> abuse_of_vulnerability (judgement).")
C("H29-007","no","","","","","no","forced_marriage",1,"yes","female","domestic","GIN BEL",'unknown',"force abuse_of_vulnerability",
  "Forced marriage within Guinea (Labé->Conakry) -> domestic; her flight to Belgium is not the trafficking. BEL listed as the deciding country (side: prosecuting country always listed). No proceedings against anyone -> offenders unknown (C11). Uncle chose the marriage because she depended on him -> abuse_of_vulnerability.")
C("H29-008","no","","","","","no","forced_criminal_activity",4,"no","male","domestic","ZWE",2,"deception document_retention force",
  "Men aged 19-26 forced to sell dagga. Masvingo->Harare -> domestic. Relative's tip-off is not internet.")
C("H29-009","yes","advertising","freestanding_website","szexlanyok-budapest.hu","fishing","no","sexual_exploitation",1,"yes","female","domestic","HUN",3,"document_retention other",
  "Escort site -> freestanding_website, advertising, fishing. Born 3 Feb 2000, summer 2015 -> minor. Police locating her via the ads is C3. Accompanied and phone watched -> other.")
C("H29-010","yes","logistics","messaging_app","Viber","","no","sexual_exploitation",2,"no","female","cross_border","BGR UKR",2,"document_retention threat",
  "Viber messages between the two men only -> logistics (C14), no strategy, cyber_flow no (both in Bulgaria). Ukrainian women -> cross_border.")
C("H29-011","yes","advertising","messaging_app","Viber","hunting","no","sexual_exploitation",4,"no","female","unknown","LKA",1,"debt_bondage other",
  "Photos sent by Viber to businessmen who were regular clients -> advertising + hunting (C6). No place or nationality -> border unknown. Advances to work off -> debt_bondage; fines -> other.")
C("H29-012","no","","","","","no","sexual_exploitation",1,"no","female","cross_border","IRL BRA PRT",2,"deception document_retention debt_bondage force",
  "Civil action against two defendants -> 2. Aged 24 -> minor no. Transit Lisbon listed.")
C("H29-013","yes","recruitment","messaging_app","WhatsApp","hunting","yes","sexual_exploitation",1,"yes","female","cross_border","ESP ROU",2,"deception force",
  "'wrote to the victim on WhatsApp' -> hunting (C13). Accused in Castellón, girl in Craiova -> cyber_flow yes (C7). Ninth grade, 'girl' -> minor.")
C("H29-014","no","","","","","no","forced_labour",6,"no","male","domestic","ESP",1,"deception threat",
  "Spanish men, Seville->Lleida -> domestic.")
C("H29-015","no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","CAN THA USA",'unknown',"debt_bondage abuse_of_vulnerability",
  "Refugee decision, no defendant -> offenders unknown (C11). 'a girl' -> minor. Transit Los Angeles listed. Traffickers chose a child from a poor family -> abuse_of_vulnerability.")
C("H29-016","yes","advertising","social_media","Facebook","fishing","no","sexual_exploitation",2,"no","female","cross_border","MWI MOZ",1,"deception threat",
  "Pictures posted on his Facebook page offering the women -> advertising, fishing. Mozambican women -> cross_border.")
C("H29-017","yes","advertising","freestanding_website","rednights.be","fishing","no","sexual_exploitation",3,"no","female","domestic","BEL",2,"document_retention threat",
  "Escort site -> freestanding_website, advertising, fishing. Belgian women over 25 -> domestic, minor no. Manager and partner charged -> 2.")
C("H29-018","no","","","","","no","forced_marriage",1,"yes","female","cross_border","ETH SDN",2,"deception abuse_of_vulnerability threat",
  "14-year-old taken to Khartoum and married. Uncle knew the family could not refuse -> abuse_of_vulnerability. Housemaid story -> deception.")
C("H29-019","no","","","","","no","sexual_exploitation",1,"yes","female","domestic","ISR",1,"other debt_bondage",
  "Aged 16, Israeli. Fines -> other; owed for room/clothes -> debt_bondage. Man indicted -> 1.")
C("H29-020","yes","recruitment","social_media","Facebook","hunting","no","sexual_exploitation",3,"no","female","domestic","PER",2,"deception threat",
  "Friend requests and messages from the offenders' profile -> hunting (C13). Victim contacting the NGO via its Facebook page -> C3. Women 19-22 in Lima -> domestic.")
C("H29-021","no","","","","","no","forced_labour",11,"no","female","domestic","MMR",2,"deception abuse_of_vulnerability other",
  "Displaced women, Sagaing->Yangon -> domestic. Guard and phones kept -> other. Court: took advantage of displacement -> abuse_of_vulnerability.")
C("H29-022","no","","","","","no","forced_labour",5,"no","male","cross_border","JOR EGY",1,"threat force",
  "Egyptian men. Passports in their own possession -> no document_retention. Blank cheque to be presented to police -> threat. Owner summoned: counted as the one person proceeded against (judgement).")
C("H29-023","yes","advertising","freestanding_website","Rotlicht-Treff","fishing","no","sexual_exploitation",2,"yes","female","cross_border","DEU BGR",2,"deception force",
  "Ads with photos and prices on an adult forum for sex buyers -> a sex site -> freestanding_website (C2, heldout19 side on sex-buyer forums), advertising, fishing. 17 and 20 -> minor yes. Pleven->Dortmund.")
C("H29-024","yes","exploitation","webcam_livestream","Skype","","yes","sexual_exploitation",1,"yes","female","cross_border","EGY SDN SAU KWT",'unknown',"document_retention threat abuse_of_vulnerability",
  "Webcam abuse on Skype for men in Saudi Arabia and Kuwait -> exploitation, cyber_flow yes (C9). Western Union without 'online' -> not internet (C1). Sudanese girl in Egypt -> cross_border. No complaint filed -> offenders unknown (C11).")
C("H29-025","yes","recruitment","dating","Tinder","hunting","no","sexual_exploitation",1,"yes","female","cross_border","ARE PHL",2,"drugs force",
  "First appellant sent the first message on Tinder -> hunting. Filipino national of 17 living in the UAE -> cross_border by nationality (C8).")
C("H29-026","yes","recruitment","messaging_app","Facebook Messenger","hunting","no","forced_marriage",1,"no","female","domestic","LTU",2,"deception debt_bondage force",
  "'contacted on Facebook Messenger by a man she did not know' -> hunting. Sham marriage -> forced_marriage. A woman, Utena->Vilnius -> domestic. Two men detained as suspects -> 2.")
C("H29-027","yes","recruitment","dating","Badoo","hunting","no","sexual_exploitation",1,"yes","female","domestic","COL",1,"deception other",
  "'sent messages on Badoo' posing as a student -> hunting. Pereira->Cartagena -> domestic. Offered to tourists offline. Accompanied at all times -> other.")
C("H29-028","no","","","","","no","other",2,"yes","female","cross_border","THA KHM",2,"force abuse_of_vulnerability",
  "Forced surrogacy -> other. Aged 17 and 22 -> minor yes. Debts to a village moneylender (third party) -> no debt_bondage; selected because destitute -> abuse_of_vulnerability. Padlocked, slapped -> force.")
C("H29-029","yes","recruitment","job_portal","merojob","fishing","no","sexual_exploitation",3,"unknown","female","unknown","NPL",1,"deception other abuse_of_vulnerability threat",
  "Vacancy posted on the job portal merojob, survivors answered -> recruitment, job_portal, fishing. No ages, places or nationality -> minor unknown, border unknown. Penalty for leaving -> other. Interviewer not found -> only the owner charged.")
C("H29-030","yes","advertising","email","","hunting","no","forced_labour",7,"unknown","","cross_border","NLD POL",'unknown',"threat abuse_of_vulnerability",
  "Photos/profiles of workers e-mailed to selected growers -> advertising + hunting (C6). 'workers' without age/sex. Only a referral, no defendant counted or named -> offenders unknown (C11).")
C("H29-031","yes","recruitment","job_portal","Computrabajo","fishing","no","sexual_exploitation",2,"no","female","domestic","GTM",3,"force debt_bondage deception",
  "Offers on the job site Computrabajo answered by the women -> fishing. Women 20/23 in Guatemala City -> domestic.")
C("H29-032","yes","advertising","classified_ads","Locanto","fishing","no","sexual_exploitation",9,"no","female","cross_border","COL VEN",4,"deception document_retention abuse_of_vulnerability",
  "'at least nine' -> 9 (C12). locanto.com.co -> Locanto; second unnamed classifieds page also classified_ads. Leader chose irregular migrants -> abuse_of_vulnerability.")
C("H29-033","no","","","","","no","forced_labour",3,"yes","male","domestic","POL",2,"debt_bondage abuse_of_vulnerability",
  "Boy born Oct 2008, events 2024 -> minor. Lublin->Kashubia -> domestic.")
C("H29-034","no","","","","","no","forced_labour",1,"yes","female","unknown","SEN",2,"deception force other",
  "Domestic servitude -> forced_labour (side). Born 2002 -> minor. No place or nationality named -> border unknown (C8). Beaten -> force; forbidden to leave and watched -> other.")
C("H29-035","yes","exploitation","classified_ads","Leboncoin","","no","forced_criminal_activity",3,"no","male","domestic","FRA",2,"document_retention abuse_of_vulnerability",
  "Men forced to post fake rental ads on Leboncoin -> forced scam: exploitation, classified_ads, no strategy, cyber_flow no, forced_criminal_activity (heldout22 side). French men, Saint-Denis->Aubervilliers -> domestic. Recruited because they had nothing and nobody -> abuse_of_vulnerability.")
C("H29-036","no","","","","","no","forced_marriage",2,"yes","female","domestic","UKR",2,"force",
  "16 and 19 -> minor yes. Zakarpattia->Odesa -> domestic.")
C("H29-037","no","","","","","no","forced_begging",5,"yes","","cross_border","CHE ROU",2,"abuse_of_vulnerability",
  "Romanian children begging in Switzerland -> cross_border (C8). Court: used children dependent on them -> abuse_of_vulnerability.")
C("H29-038","no","","","","","no","forced_labour",9,"no","","domestic","VNM",2,"debt_bondage force",
  "Zalo recruitment alleged and excluded by the court -> not coded (C4). Workers 18-35 -> minor no. Advances to families worked off -> debt_bondage; workers brought back from the bus station -> force. Brother in separate proceedings not counted.")
C("H29-039","no","","","","","no","forced_labour",6,"yes","male female","cross_border","BRA BOL",1,"force document_retention",
  "Facebook posts only intended, none found -> not coded (C4). 14-year-old boy -> minor. Padlocked door -> force.")
C("H29-040","no","","","","","no","forced_marriage forced_labour",1,"yes","female","cross_border","TWN VNM",2,"other",
  "Internet marriage site alleged and rejected -> not coded (C4). Born Aug 1997, 16 in 2013 -> minor. Married and made to work unpaid -> forced_marriage + forced_labour. 'kept in the house' without a lock or confinement word -> no force (side: only locked/confined/held is force); watched when out -> other.")
C("H29-041","yes","advertising","classified_ads","KupujemProdajem","fishing","no","sexual_exploitation",4,"no","female","unknown","SRB",1,"deception other",
  "Ads on kupujemprodajem.com -> KupujemProdajem, classified_ads, advertising, fishing. Nationality and addresses redacted -> border unknown. Penalties -> other. Owner the subject of a criminal complaint -> 1 (judgement).")
C("H29-042","yes","advertising","classified_ads","Gumtree","fishing","no","sexual_exploitation",6,"no","female","cross_border","ZAF THA",3,"debt_bondage drugs",
  "Advertised on Gumtree -> classified_ads, fishing. Thai women 23-38.")
C("H29-043","no","","","","","no","forced_labour",2,"no","male","domestic","CHE",1,"drugs force",
  "Swiss men. Spirits given to keep them quiet -> drugs. Their alcohol dependence is not said to be used -> no abuse_of_vulnerability (side).")
C("H29-044","no","","","","","no","forced_begging",7,"no","","cross_border","MMR THA",3,"deception",
  "Adults with disabilities taken to Bangkok. Thai couple prosecuted in Thailand not counted (C11). Sex of victims not stated.")
C("H29-045","no","","","","","no","forced_marriage",2,"unknown","female","domestic","MDA",2,"deception drugs abuse_of_vulnerability",
  "'young women' -> minor unknown (C10). Taraclia->Orhei -> domestic. Sleeping pills -> drugs. Chose women nobody would look for -> abuse_of_vulnerability.")
C("H29-046","no","","","","","no","forced_labour",4,"yes","male","cross_border","DOM HTI",2,"deception abuse_of_vulnerability",
  "Mobile phone calls and text messages only -> internet no. Haitian boys born 1995/96 -> minor.")
C("H29-047","yes","logistics","messaging_app","Facebook Messenger","","yes","sexual_exploitation",4,"yes","female","cross_border","PHL MYS",2,"deception document_retention threat",
  "Photos sent by the recruiter to the bar operator (an offender) on Facebook Messenger -> not advertising (C14), logistics, cyber_flow yes (PHL->MYS). Girl born Jan 2001 -> minor. Bar operator at large not counted.")
C("H29-048","no","","","","","no","sexual_exploitation",1,"no","female","unknown","ZWE",1,"deception force other",
  "Sister's Facebook appeal, neighbour's message and NGO WhatsApp are third parties (C3) -> internet no. Locations withheld -> border unknown. Phone taken -> other; locked in, beaten -> force.")
C("H29-049","no","","","","","no","forced_begging",4,"no","male","cross_border","AUT SVK",2,"debt_bondage",
  "Slovak men begging in Vienna. Disabilities not said to be used -> no abuse_of_vulnerability.")
C("H29-050","no","","","","","no","sexual_exploitation",1,"yes","female","domestic","SLV",1,"deception debt_bondage",
  "Ninth-grade student -> minor. Usulután->San Salvador -> domestic.")
C("H29-051","yes","recruitment","social_media","Draugiem","hunting","yes","sexual_exploitation",2,"yes","female","cross_border","NOR LVA",2,"deception other abuse_of_vulnerability",
  "Friend requests and messages on the social network Draugiem -> hunting. Appellant in Oslo, women in Latvia -> cyber_flow yes. Phones taken, man at the door -> other.")
C("H29-052","no","","","","","no","other",4,"no","male","domestic","PAK",2,"deception drugs",
  "Blood drawn and sold -> other. Men 25-40, Sheikhupura -> domestic.")
C("H29-053","no","","","","","no","forced_begging",3,"yes","","cross_border","GTM HND",2,"drugs threat abuse_of_vulnerability",
  "Honduran children in Guatemala City. Mother's debt to the accused not said to be worked off -> no debt_bondage; chose children whose mother could not protect them -> abuse_of_vulnerability.")
C("H29-054","no","","","","","no","sexual_exploitation",1,"no","female","domestic","CAN",1,"debt_bondage threat abuse_of_vulnerability",
  "Threat to publish intimate images is a threat, not an online act -> internet no (C4). Aged 22. Montreal->Toronto/Ottawa/Niagara -> domestic.")
C("H29-055","no","","","","","no","sexual_exploitation",6,"yes","female","cross_border","ARG PRY",2,"document_retention debt_bondage",
  "Paraguayan women and girls, two in seventh grade -> minor yes. Owner and manager charged.")
C("H29-056","yes","recruitment","messaging_app","WhatsApp","hunting","no","sexual_exploitation",1,"yes","female","cross_border","JOR SYR",'unknown',"deception document_retention abuse_of_vulnerability",
  "'wrote to her on WhatsApp' -> hunting. Syrian girl born 2004 in Jordan -> cross_border (C8). No prosecution -> offenders unknown (C11). Woman used her refugee status and family dependence -> abuse_of_vulnerability.")
C("H29-057","yes","recruitment","job_portal","Infostud","fishing","no","sexual_exploitation",2,"yes","female","domestic","SRB",2,"drugs deception",
  "Vacancy posted on Infostud (poslovi.infostud.com), girls applied -> fishing. Novi Sad -> domestic.")
C("H29-058","yes","exploitation","webcam_livestream","","","no","sexual_exploitation",3,"unknown","","domestic","LKA",1,"debt_bondage drugs threat",
  "Live shows on a video streaming app for subscribers in Sri Lanka -> exploitation, webcam_livestream, cyber_flow no. Sri Lankan victims, no ages -> minor unknown.")
C("H29-059","yes","exploitation","freestanding_website webcam_livestream","Chaturbate","","yes","sexual_exploitation",1,"no","female","cross_border","NOR ROU USA DEU",1,"drugs abuse_of_vulnerability",
  "Third-party webcam site chaturbate.com -> exploitation, freestanding_website + webcam_livestream, no advertising (heldout21 side). Viewers in the USA and Germany -> cyber_flow yes, their countries listed. Romanian woman.")
C("H29-060","yes","recruitment","job_portal","BrighterMonday","fishing","yes","forced_labour",1,"yes","female","cross_border","KEN UGA",1,"other threat abuse_of_vulnerability",
  "Job ad on BrighterMonday Kenya, complainant applied from Kampala -> fishing; the ad linked the appellant in Nairobi and the victim in Uganda -> cyber_flow yes (C7). Born March 1998, 2014 -> minor. Cameras and not allowed to leave -> other; domestic servitude -> forced_labour.")

assert len(ROWS) == 60 and [r["id"] for r in ROWS] == sorted(given)
with open(OUT, "w", encoding="utf-8") as f:
    for r in ROWS:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(ROWS), "->", OUT)
