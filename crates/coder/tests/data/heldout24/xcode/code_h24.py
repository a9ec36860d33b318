"""Annotator 25 codes the first 60 summaries of heldout24 (summaries only, blind to their labels),
by coding scheme v1, the conventions annex v1.1 and the same sides taken on open points as in heldout25."""
import json
SRC = "/tmp/h24-first60-summaries.jsonl"
OUT = "/tmp/heldout25/xcode/heldout24-first60-coded-by-annotator25.jsonl"
L = {}
def K(id, iu, pur, pt, pl, st, cf, forms, vt, vm, vs, border, countries, ot, means, notes):
    sp = lambda s: s.split() if s else []
    L[id] = dict(internet_used=iu, purposes=sp(pur), platform_types=sp(pt),
                 platforms=[x for x in pl.split("|") if x] if pl else [], strategies=sp(st), cyber_flow=cf,
                 forms=sp(forms), victims_total=vt, victims_minor=vm, victim_sex=sp(vs), border=border,
                 countries=sp(countries), offenders_total=ot, means=sp(means), notes=notes)

K("H24-001","no","","","","","no","forced_labour",2,"yes","male","cross_border","SWE BGD",2,"deception force",
  "Offer made in person at a family celebration -> internet no. Bangladeshi nationals aged 16/17 ('the boys') -> minor yes, cross_border (C8). Locked into the storage room at night -> force (side: confinement -> force). Promised wage not paid -> deception.")
K("H24-002","no","","","","","no","forced_labour",6,"no","male","cross_border","CAN HND",2,"deception threat drugs abuse_of_vulnerability",
  "Online advertisement claimed by the defence, court found none was placed -> not coded (C4) -> internet no. Stimulant pills -> drugs. Court: knowingly exploited their lack of status -> abuse_of_vulnerability.")
K("H24-003","yes","advertising","messaging_app","WhatsApp","","no","forced_labour",3,"unknown","","cross_border","NOR PHL",1,"debt_bondage threat abuse_of_vulnerability",
  "Photographs sent on WhatsApp to households who chose -> advertising (C6). The families got in touch first -> no strategy (C13: a buyer who writes first gives none). Filipino nationals -> cross_border (C8). No ages, no 'women/men' -> minor unknown (C10); sex not stated -> empty. Households not charged -> 1 (C11). Domestic work -> forced_labour (side).")
K("H24-004","no","","","","","no","forced_labour",1,"yes","female","domestic","BGR",2,"deception other drugs",
  "Telephone calls and text messages only -> internet no. Girl of 14 -> minor yes. Sliven area to Plovdiv -> domestic. Oath before an icon (no consequence stated) and escort to the shop -> other (sides: oaths -> other; escort -> other). Sedative tablets -> drugs. Domestic servitude -> forced_labour.")
K("H24-005","yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",2,"yes","female","domestic","UKR",2,"deception document_retention other",
  "'an intimate-services website' says what the site is (a sex site) -> freestanding_website (C2), ads posted -> fishing. 'two girls' leaving a boarding school -> minor yes (C10). Chernihiv oblast to Kyiv -> domestic. Oath on a Bible -> other.")
K("H24-006","no","","","","","no","sexual_exploitation",4,"unknown","female","cross_border","SEN SLE GIN",2,"deception force",
  "Radio announcement and courtship in person -> internet no. 'young women' -> minor unknown (C10). Sierra Leone through Guinea to Dakar -> cross_border, GIN transit. Shut in a house, beaten -> force.")
K("H24-007","yes","recruitment","messaging_app","ICQ","hunting","no","sexual_exploitation",1,"yes","female","cross_border","KAZ ARE",2,"deception",
  "'contacted a schoolgirl ... through the ICQ messenger' -> hunting (C13), messaging_app. Both in Kazakhstan when contacted -> cyber_flow no. 'schoolgirl' ('girl', charge of trafficking in minors) -> minor yes (C10). Taken to Dubai -> cross_border.")
K("H24-008","no","","","","","no","forced_begging",9,"unknown","","domestic","CHN",5,"deception abuse_of_vulnerability",
  "Letters only -> internet no. Guizhou to Guangzhou/Shenzhen -> domestic. No ages or sex -> unknown/empty. Court: chose them because they could not speak or write -> abuse_of_vulnerability.")
K("H24-009","yes","exploitation","freestanding_website webcam_livestream","","","no","sexual_exploitation",1,"unknown","female","cross_border","DNK NGA",1,"deception threat other force",
  "Made to perform on 'an adult webcam site' (a third party's, not said to be run by the offender) -> exploitation, freestanding_website + webcam_livestream, no advertising, no strategy (open point side with heldout21). Viewers' location not stated -> cyber_flow no (C14). Nigerian national -> cross_border. Oath with threatened illness and death -> other + threat. No age -> minor unknown.")
K("H24-010","yes","advertising","classified_ads","Finn.no","fishing","yes","forced_labour",5,"yes","male","cross_border","LVA NOR",2,"deception drugs",
  "Finn.no ads offering the team's labour to Norwegian householders -> advertising (labour of victims), classified_ads, fishing. Placed from Riga, buyers in Norway -> cyber_flow yes (C7). Four men and a juvenile -> 5, minor yes (C10 'juvenile'). Vodka to keep them drunk so they would not complain -> drugs (side: alcohol to subdue -> drugs). 'dependence created by the accused' is not a stated use of an existing vulnerability -> no abuse_of_vulnerability (side).")
K("H24-011","yes","exploitation","classified_ads","Aukro","","no","forced_criminal_activity",4,"yes","male","cross_border","CZE UKR",3,"deception debt_bondage threat",
  "Victims forced to run fake listings on an auction/listing site -> exploitation, classified_ads, no strategy, cyber_flow no, forced_criminal_activity (open point side with heldout22). Recruited in Lviv in person. 17-year-old boy -> minor yes. Transport debt -> debt_bondage. The leader's evening check of their work is supervision of the fraud, not coded other.")
K("H24-012","yes","exploitation","social_media dating","Facebook|Tinder","","no","forced_criminal_activity",3,"unknown","male","cross_border","DNK ERI",2,"force drugs",
  "Forced to run romance scams on Facebook and Tinder -> exploitation, social_media + dating, no strategy (the scam targets are neither victims nor buyers), cyber_flow no, forced_criminal_activity. 'young men' -> minor unknown (side). Eritrean nationals -> cross_border. Police seizure of phones is the police's act (C3).")
K("H24-013","yes","logistics","messaging_app","Viber","","yes","",11,"unknown","","cross_border","GRC AFG TUR",3,"force",
  "Viber messages between the men in Athens and a partner in Izmir -> logistics (C14), cyber_flow yes (C7/C14). Only 'for the purpose of exploitation' -> forms empty (open point side). 'young people' -> minor unknown; sex not stated. Locked in from outside -> force. Relatives asked for payments: ransom from families, not a debt the victims worked off -> no debt_bondage.")
K("H24-014","no","","","","","no","sexual_exploitation",5,"yes","female","cross_border","SEN NGA",1,"deception abuse_of_vulnerability force threat",
  "Letters carried by a bus driver -> internet no. Nigerian girls, mothers in Benin City -> cross_border. Husband heard as witness only -> 1 (C11). 'picked families she knew to be too poor to say no' -> abuse_of_vulnerability. Locked in at night -> force.")
K("H24-015","yes","recruitment","dating","Tantan","hunting","no","sexual_exploitation",3,"no","female","domestic","MYS",1,"deception debt_bondage other abuse_of_vulnerability",
  "Tantan (a dating app) 'wrote to her first' -> hunting (C13). W1 and two other women -> 3, minor no. Kelantan to Kuala Lumpur -> domestic. Oath not to leave -> other. Suspect told her he knew she was desperate -> abuse_of_vulnerability (stated use). Arrested and remanded suspect counted (1).")
K("H24-016","no","","","","","no","sexual_exploitation",2,"unknown","female","domestic","HUN",1,"debt_bondage",
  "Advertisement written but 'arrested before any advertisement was placed' -> not coded (C4; open point side: the later negation undoes it) -> internet no. 'young women' -> minor unknown. Mother's debt worked off by the daughter -> debt_bondage (open point side). 'kept ... in a flat' without locking -> no force. Taxi drivers not said to be charged -> 1.")
K("H24-017","yes","recruitment","job_portal","","fishing","yes","forced_labour",6,"no","male","cross_border","GTM HND",3,"debt_bondage threat deception",
  "Offers posted by the owner on a Honduran online job board -> job_portal, recruitment, fishing (C13). Owner in Guatemala, men answered from Honduras -> cyber_flow yes (C7). Niece's courtship not said to be online. Families' loan from the owner's brother-in-law, worked off before wages -> debt_bondage (judgement call: the lender is the owner's relative and the debt is used by the owner). 'formal employment' then no wages -> deception.")
K("H24-018","no","","","","","no","forced_labour",1,"yes","male","domestic","DNK",2,"debt_bondage other deception",
  "Advertisement in a local weekly paper (print) -> internet no. Born March 2006, spring 2022 -> 16 -> minor yes. Escorted on land, phone kept -> other (side). 'good pay' vs almost nothing -> deception. Brother acquitted but tried -> counted (C11) -> 2.")
K("H24-019","yes","recruitment","messaging_app","WhatsApp","hunting","no","sexual_exploitation",1,"yes","female","cross_border","TUR SYR",2,"deception threat abuse_of_vulnerability",
  "'wrote to her on WhatsApp' after getting her number from a cousin -> hunting (C13). Syrian girl in Turkey -> cross_border (C8), minor yes. 'married to a man for a time' is a cover for sale to three men -> sexual_exploitation only (judgement call). Court: used her situation as a refugee girl -> abuse_of_vulnerability.")
K("H24-020","yes","advertising","classified_ads","","fishing","no","organ_removal",3,"unknown","male","domestic","KGZ",2,"debt_bondage other abuse_of_vulnerability",
  "Kidneys of the donors offered to patients on 'a classifieds website' -> advertising (victims' organs offered to customers), classified_ads, fishing (patients answered). 'young men' -> minor unknown. Osh villages to Bishkek -> domestic. Family debts to the offender cancelled by the operation -> debt_bondage (side: family debts to the offender). Chosen from indebted families -> abuse_of_vulnerability (as H25-108). Oath on the Koran -> other.")
K("H24-021","no","","","","","no","forced_labour",2,"no","male","domestic","KOR",1,"document_retention other abuse_of_vulnerability",
  "Broker telephoned -> internet no. Busan to Gyeongsan -> domestic. Registration cards kept -> document_retention. Penalties and no contact with anyone outside -> other. Court: deliberately took advantage of disabilities -> abuse_of_vulnerability. Broker not charged -> 1.")
K("H24-022","yes","recruitment","unspecified","Point Blank","hunting","no","forced_labour sexual_exploitation",3,"no","female","cross_border","IDN TLS",1,"force other abuse_of_vulnerability deception",
  "Messages in the chat of a named online game -> unspecified (open point side), 'approached ... by sending them messages' -> hunting (C13). Timorese nationals in Kupang -> cross_border (C8); all in Kupang when contacted -> cyber_flow no. Ages 19-22 -> minor no. 'two young women' -> female (third's sex not stated). Fines -> other. 'knew they had no money to return home, and used this' -> abuse_of_vulnerability. Stall work offered, sent to men -> deception.")
K("H24-023","yes","recruitment","job_portal","Kariera.gr","fishing","no","sexual_exploitation",2,"unknown","female","cross_border","GRC MDA",2,"deception debt_bondage",
  "Advertisement posted on the job portal Kariera.gr by the first arrested person -> job_portal, recruitment, fishing. Moldovan nationals residing in Thessaloniki -> cross_border (C8), cyber_flow no. No ages -> minor unknown. Parents' debt worked off -> debt_bondage (side). Remanded arrested persons counted -> 2.")
K("H24-024","no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","SWE ROU",1,"debt_bondage threat",
  "Victim's use of a support service's online chat -> help-seeking (C3) -> internet no. Romanian aged 15 -> minor yes, cross_border. Father's debt paid off by her -> debt_bondage (side). 'Kept in flats' without locking -> no force.")
K("H24-025","no","","","","","no","forced_labour",7,"yes","male","cross_border","ARE BGD",3,"deception force",
  "Recruitment office, fees at the office and by bank transfer without 'online' -> internet no (C1). Boys aged 12-15 -> minor yes. Not permitted ashore, shut in the hold at night -> force (side: confinement). Local agent's licence cancelled, not said to be charged -> 3.")
K("H24-026","no","","","","","no","forced_labour",12,"no","","cross_border","NOR VNM",2,"deception other threat",
  "Recruiter called by phone -> internet no. Ages 25-40 -> minor no; sex not stated. Fines -> other. Farmer and the recruiter's partner convicted -> 2 (recruiter not).")
K("H24-027","no","","","","","no","sexual_exploitation",1,"yes","female","domestic","PAK",2,"deception threat other",
  "Placement office and bank draft -> internet no. Kasur to Lahore -> domestic. Earnings cut for refusals -> other (fines). Girl of 15 -> minor yes.")
K("H24-028","yes","recruitment","messaging_app","Facebook Messenger","hunting","yes","sexual_exploitation",1,"no","female","cross_border","EGY MAR",2,"deception debt_bondage abuse_of_vulnerability",
  "'sent the applicant a message on Facebook Messenger' from Cairo while she was in Casablanca -> hunting (C13), cyber_flow yes (C7). Ticket-and-keep debt -> debt_bondage. Criminal court: chose and exploited her situation -> abuse_of_vulnerability. The administrative court's decision does not change the defendants (2).")
K("H24-029","no","","","","","no","forced_criminal_activity",1,"no","male","domestic","LVA",3,"deception other",
  "Introduced by an acquaintance, no online act -> internet no. Thefts and loans signed in his own name -> forced_criminal_activity (rule: victim made to carry out the acts). Promise of marriage -> deception (judgement call). Oath with hand on a knife, no consequence stated -> other. Man of 24 -> minor no. Daugavpils/Rezekne -> domestic.")
K("H24-030","yes","exploitation","classified_ads","MercadoLibre|OLX","","no","forced_criminal_activity",2,"no","","cross_border","ARG PRY",2,"force",
  "Forced to post fake rental ads on MercadoLibre and OLX and collect deposits -> exploitation, classified_ads, no strategy, cyber_flow no, forced_criminal_activity (open point side). Paraguayan nationals aged 20/23 -> cross_border, minor no; sex not stated. Locked doors, beaten -> force.")
K("H24-031","yes","advertising","freestanding_website","Santiago VIP Caribe","fishing","no","sexual_exploitation",4,"no","female","cross_border","CHL DOM",2,"debt_bondage other",
  "Website the couple built and ran with photographs and prices -> freestanding_website (C15), advertising, fishing (C13: posting suffices); its name kept in platforms as written. Newspaper ads are print. Dominican women -> cross_border. Family's loan from the couple's agent to be repaid -> debt_bondage. Fines -> other.")
K("H24-032","no","","","","","no","sexual_exploitation",3,"no","female","cross_border","ISR MDA",2,"debt_bondage abuse_of_vulnerability",
  "Telegram advertising alleged, court found no evidence -> not coded (C4) -> internet no. Families' debt to the first defendant's cousin cleared by the women's work -> debt_bondage (side). Court: knowingly exploited poverty and lack of status -> abuse_of_vulnerability. 'kept in an apartment' without locking -> no force.")
K("H24-033","no","","","","","no","forced_labour",1,"yes","female","domestic","UGA",1,"deception force document_retention",
  "Telephone only -> internet no. Born 2 February 2006, brought in 2019 -> 13 -> minor yes. Masaka to Kampala -> domestic. Domestic servitude -> forced_labour (side). Beaten with a cane -> force. Baptism card and school report kept -> document_retention.")
K("H24-034","yes","recruitment","social_media","Facebook","hunting","yes","forced_labour",1,"yes","female","cross_border","TZA BDI",1,"deception threat",
  "Employer's sister (acting for the employer, C3) 'befriended her on Facebook from Dar es Salaam while she was in Bujumbura' -> hunting (C13), cyber_flow yes (C7). Girl about 15 -> minor yes. Employer charged -> 1.")
K("H24-035","no","","","","","no","forced_begging",5,"no","male","cross_border","ISR UKR",1,"deception other",
  "Met in person at a club -> internet no. Deaf men from Kharkiv -> cross_border. Relatives watching them -> other (side: surveillance). No stated use of their deafness as a vulnerability -> no abuse_of_vulnerability (side).")
K("H24-036","yes","logistics","messaging_app","WhatsApp","","no","forced_marriage",1,"no","female","unknown","TZA",2,"document_retention threat",
  "WhatsApp messages only between the two accused settling the bride price -> logistics (C14), cyber_flow no. No place and no nationality named -> border unknown (C8); prosecuting country listed (side). Woman of 19 -> minor no. Threat of a curse and expulsion -> threat.")
K("H24-037","no","","","","","no","sexual_exploitation",3,"no","female","cross_border","SEN LBN",1,"deception threat",
  "Recruited in person; telephone calls -> internet no. Taken to Beirut -> cross_border. Only the recruiter convicted -> 1 (C11).")
K("H24-038","no","","","","","no","sexual_exploitation",4,"no","female","cross_border","IDN UZB",2,"other",
  "Victim's WhatsApp message to a friend -> help-seeking (C3) -> internet no. Uzbek women -> cross_border (C8). Never allowed out unless accompanied -> other (side: escort).")
K("H24-039","no","","","","","no","forced_labour",7,"unknown","","cross_border","TUN CIV",3,"deception force other",
  "Telephone recruitment -> internet no. 'young people' -> minor unknown; sex not stated. Locked in at night -> force; watched by day and fined -> other. Two employers and the intermediary prosecuted -> 3.")
K("H24-040","no","","","","","no","forced_labour",3,"yes","","cross_border","DNK POL",1,"deception debt_bondage threat",
  "Fax and post -> internet no. One worker 17 -> minor yes; sex not stated. Travel and lodging debt deducted -> debt_bondage.")
K("H24-041","no","","","","","no","forced_labour",8,"no","male","cross_border","HND NIC",2,"debt_bondage drugs threat deception",
  "Television broadcast answered by telephone -> internet no. Nicaraguan men brought across the border -> cross_border. Cocaine on credit -> drugs and debt_bondage. $250 a month promised, nothing paid -> deception.")
K("H24-042","no","","","","","no","organ_removal",2,"yes","male","domestic","PRY",2,"deception other document_retention",
  "Telephone offer -> internet no. Boy of 16 -> minor yes. Caaguazú to Asunción -> domestic. 'paid medical tests' for a kidney -> deception. Accompanied at all times -> other (side). Two arrested persons in a report to the prosecutor counted as the case's accused -> 2 (judgement call).")
K("H24-043","yes","recruitment","social_media","Facebook","hunting","yes","sexual_exploitation",2,"no","female","cross_border","DEU THA",1,"deception document_retention threat",
  "'Facebok (sic)' normalised to Facebook. 'wrote to both women from Frankfurt ... while they lived in Udon Thani' -> hunting (C13), cyber_flow yes (C7). 'women' -> minor no.")
K("H24-044","no","","","","","no","organ_removal",1,"yes","male","domestic","LKA",2,"debt_bondage force drugs",
  "Facebook post only intended, arrested before he did so -> not coded (C4) -> internet no. 17-year-old youth -> minor yes. Debt set off against the kidney -> debt_bondage. Struck and locked in -> force. Tablets that made him sleep -> drugs.")
K("H24-045","no","","","","","no","forced_criminal_activity",4,"no","male","domestic","GTM",2,"deception debt_bondage abuse_of_vulnerability",
  "Newspaper advertisement -> internet no. Carrying drugs -> forced_criminal_activity. 'training costs' to repay -> debt_bondage. 'knowingly chose unemployed men from poor families' -> abuse_of_vulnerability. Mother's complaint is a third party's.")
K("H24-046","yes","logistics","messaging_app","Viber","","no","sexual_exploitation",1,"yes","female","domestic","SRB",3,"drugs other",
  "Viber group among the three men only -> logistics (C14), cyber_flow no; clients called by phone. Seventh-grade pupil -> minor (open point side: school grades). Pills and alcohol -> drugs. Oath 'on her mother's life' -> other (no consequence stated).")
K("H24-047","yes","recruitment","social_media","Odnoklassniki","fishing","yes","sexual_exploitation",1,"yes","female","cross_border","UZB TUR",1,"deception debt_bondage",
  "Offer posted on Odnoklassniki (a social network) -> social_media, recruitment, fishing (C13). Accused in Istanbul, girl answered from Tashkent -> cyber_flow yes (C7). 'A girl' -> minor yes (C10). Journey debt -> debt_bondage.")
K("H24-048","no","","","","","no","forced_labour",9,"yes","male","cross_border","VNM MYS THA",2,"deception abuse_of_vulnerability threat",
  "House-to-house offers -> internet no. Two aged 16 -> minor yes. Through Thailand to Malaysia -> cross_border, THA transit. Indictment: knew the families could not refuse -> abuse_of_vulnerability. Threat of arrest and deportation -> threat.")
K("H24-049","no","","","","","no","sexual_exploitation",6,"unknown","","cross_border","BRA PRY",3,"force other",
  "Anonymous report on the police website and an online newspaper article are third parties' (C3) -> internet no. Paraguayan nationals -> cross_border; no ages or sex stated. Locked in after closing -> force; fines -> other.")
K("H24-050","no","","","","","no","forced_labour",3,"yes","male","cross_border","CHN VNM",1,"threat",
  "Telephone only -> internet no. Boys born 1995/1996, employed 2009 -> 13-14 -> minor yes. Broker not charged -> 1.")
K("H24-051","no","","","","","no","forced_labour sexual_exploitation",7,"unknown","","cross_border","FJI CHN",2,"document_retention threat deception",
  "Chinese-language newspaper advertisement -> internet no. Chinese nationals, no ages or sex -> unknown/empty. Restaurant work unpaid and three made to provide sex -> deception (offer whose work or pay was not delivered).")
K("H24-052","no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","ARE BGD",2,"force threat deception",
  "No technology -> internet no. Bangladeshi girl of 16 -> minor yes, cross_border. Partner posing as her aunt -> deception (judgement call).")
K("H24-053","yes","logistics","unspecified","","","no","forced_labour",1,"yes","female","cross_border","ITA NGA",2,"abuse_of_vulnerability",
  "'an online transfer service' used by the couple to pay the father -> internet yes, unspecified, logistics (C1). The father is neither victim, buyer nor offender -> cyber_flow no (C7). Girl of 14 brought from Benin City -> minor yes, cross_border. Domestic servitude -> forced_labour. 'knowingly took advantage of the family's poverty' -> abuse_of_vulnerability.")
K("H24-054","no","","","","","no","forced_begging",2,"yes","male","domestic","JPN",1,"threat other",
  "Telephone calls to mobile phones -> internet no. Elementary school boys -> minor yes. Hourly checks and isolation from other children -> other (side: surveillance). Mother questioned, not charged -> 1. 'school trip' deceives passers-by, not the victims -> no deception.")
K("H24-055","yes","recruitment","messaging_app","WhatsApp","hunting","no","sexual_exploitation",2,"yes","female","domestic","AUT",1,"force drugs other deception",
  "'first wrote to the schoolgirl on WhatsApp' -> hunting (C13). 16- and 19-year-old Austrians, Graz to Vienna -> minor yes, domestic. Locked flat -> force; cocaine -> drugs; fines -> other; posed as a photographer -> deception.")
K("H24-056","no","","","","","no","sexual_exploitation",1,"no","female","cross_border","ISR RUS EGY",1,"deception",
  "No technology -> internet no. Russian national, 27, brought through Egypt -> cross_border, EGY transit. False 'fiance' -> deception. Detained suspect counted as the case's one accused (judgement call).")
K("H24-057","no","","","","","no","forced_labour",1,"yes","male","domestic","IRL",2,"document_retention drugs",
  "Mother's Facebook appeal and the Garda officer's reading of it are third parties' (C3; open point side: relatives' appeals not coded) -> internet no. Born November 1998, working 2014 -> 15 -> minor yes. Paid in cannabis -> drugs. Leaving care is not stated as used -> no abuse_of_vulnerability.")
K("H24-058","no","","","","","no","sexual_exploitation",6,"yes","female","cross_border","DOM HTI",3,"deception debt_bondage other threat",
  "Radio announcement -> internet no. Haitian girls 14-17 -> minor yes, cross_border. Journey debt -> debt_bondage; fines -> other; threat of immigration -> threat.")
K("H24-059","no","","","","","no","forced_labour",1,"yes","male","cross_border","AUS VUT",1,"other threat",
  "No technology -> internet no. 'A juvenile' -> minor yes (C10). Brought from Vanuatu -> cross_border. Always escorted -> other (side). Not speaking English is not stated as used -> no abuse_of_vulnerability.")
K("H24-060","yes","advertising","messaging_app","Viber","hunting","no","sexual_exploitation",3,"yes","female","domestic","LKA",2,"other",
  "Photographs sent through Viber to selected customers -> advertising + hunting (C6). Girl of 16 and two women -> minor yes. Ratnapura to Mount Lavinia -> domestic. Fines -> other. Arrested and remanded suspects counted -> 2.")

rows = [json.loads(l) for l in open(SRC, encoding="utf-8")]
assert len(rows) == 60 and all(r["id"] in L for r in rows)
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        o = dict(id=r["id"], country=r["country"], year=r["year"], summary=r["summary"])
        o.update(L[r["id"]])
        f.write(json.dumps(o, ensure_ascii=True) + "\n")
# byte-identical summaries
src = {r["id"]: r["summary"] for r in rows}
for l in open(OUT, encoding="utf-8"):
    o = json.loads(l); assert o["summary"] == src[o["id"]]
print("wrote", OUT, len(rows))
