"""Blind coding of the first 60 summaries of heldout17 by the annotator of heldout18.
Reads /tmp/h17-first60-summaries.jsonl (id, country, year, summary; no labels) and writes
/tmp/heldout18/heldout17-first60-coded-by-annotator18.jsonl with every scheme variable and notes."""
import json
SRC = "/tmp/h17-first60-summaries.jsonl"
OUT = "/tmp/heldout18/heldout17-first60-coded-by-annotator18.jsonl"
L = {}
def K(id, iu, pur, pt, pl, st, cf, forms, vt, vm, vs, border, countries, ot, means, notes):
    sp = lambda s: s.split() if s else []
    L[id] = dict(internet_used=iu, purposes=sp(pur), platform_types=sp(pt),
                 platforms=[x for x in pl.split("|") if x] if pl else [], strategies=sp(st), cyber_flow=cf,
                 forms=sp(forms), victims_total=vt, victims_minor=vm, victim_sex=sp(vs), border=border,
                 countries=sp(countries), offenders_total=ot, means=sp(means), notes=notes)

K("H17-001","yes","advertising","classified_ads","Backpage","fishing","no","sexual_exploitation",3,"yes","female","domestic","USA",1,"drugs force",
  "Backpage ads posted by the defendant -> advertising, fishing. Prepaid debit cards not online payment (C1). Detectives answering the ad undercover: police use (C3). Ohio/Michigan -> domestic.")
K("H17-002","yes","exploitation","webcam_livestream messaging_app unspecified","Viber|Western Union","","yes","sexual_exploitation",3,"yes","female male","cross_border","PHL SWE USA",2,"abuse_of_vulnerability",
  "Viber video calls for paying foreign customers -> exploitation, webcam_livestream, cross_border and cyber_flow yes (C9). Customers wrote first on Viber -> no strategy (C13). 'Western Union online transfers' -> unspecified (C1). Moral ascendancy -> abuse_of_vulnerability.")
K("H17-003","no","","","","","no","sexual_exploitation",2,"no","female","cross_border","DEU CZE",3,"deception document_retention debt_bondage threat",
  "Contact exclusively by telephone -> no. Ages 19, 22 -> minor no. Czech women in Germany -> cross_border.")
K("H17-004","yes","recruitment","social_media","Snapchat","hunting","no","forced_criminal_activity",1,"yes","male","domestic","GBR",2,"threat debt_bondage",
  "First message sent from the appellant's Snapchat -> hunting (C13). County line -> forced_criminal_activity. Co-accused T. pleaded guilty in the case -> 2 (C11). Debt for the 'robbed' package -> debt_bondage.")
K("H17-005","yes","recruitment exploitation","social_media messaging_app unspecified","Facebook|Telegram","fishing","yes","forced_criminal_activity",8,"no","male female","cross_border","THA MMR",2,"deception document_retention force debt_bondage",
  "Job ads posted in Facebook groups -> recruitment, fishing. ID copies sent through Telegram to a 'personnel manager' in Myanmar -> offender to offender (C14), cyber_flow yes (C7). Forced to message strangers online for crypto fraud -> exploitation, no service named -> unspecified (C2).")
K("H17-006","no","","","","","no","sexual_exploitation",4,"yes","female","cross_border","NGA NER LBY",2,"deception debt_bondage threat other",
  "Telephone only -> no. Oath -> other; deity would kill them -> threat. Madam in Libya (offender's location) -> LBY; Niger transit. Girls 15-17.")
K("H17-007","yes","advertising","classified_ads","Milanuncios","fishing","no","sexual_exploitation",5,"no","female","cross_border","ESP PRY",4,"deception debt_bondage threat other",
  "Ads on milanuncios.com (classifieds) -> advertising, fishing; name normalised. Youngest just turned 18 -> minor no. Fines -> other.")
K("H17-008","no","","","","","no","forced_labour",3,"yes","female","domestic","IND",2,"deception force debt_bondage",
  "Mobile phone only -> no. PW-1 born 14.07.1997, facts 2011 -> 13; others 16, 17. Locked inside -> force. Wages 'adjusted' against fare -> debt_bondage.")
K("H17-009","no","","","","","no","forced_labour",1,"no","female","cross_border","AUS MYS",2,"debt_bondage document_retention threat",
  "Victim's Facebook message to a classmate -> not coded (C3). 26-year-old -> minor no.")
K("H17-010","yes","recruitment advertising","dating classified_ads","Plenty of Fish|LeoList","fishing","no","sexual_exploitation",1,"no","female","domestic","CAN",1,"deception force threat",
  "'connected on Plenty of Fish and chatted' -> recruitment, no strategy (C13). Ads on LeoList (classifieds) -> advertising, fishing. 19 -> minor no. Nova Scotia to New Brunswick -> domestic.")
K("H17-011","yes","logistics","messaging_app","Yahoo Messenger","","yes","sexual_exploitation",6,"yes","female","cross_border","ROU ITA",5,"deception force threat",
  "Yahoo Messenger instructions from Galati to the co-defendant in Rome -> offender to offender (C14), logistics, cyber_flow yes. Five defendants named. R.L. 16 -> minor yes.")
K("H17-012","no","","","","","no","forced_labour",12,"no","male","cross_border","USA MEX GTM",3,"deception debt_bondage force",
  "Print newspaper ads -> no. 'at least twelve' -> 12 (C16). Chained in a truck, beaten -> force.")
K("H17-013","yes","recruitment exploitation","social_media messaging_app","Instagram|TikTok|WhatsApp","fishing","yes","forced_criminal_activity",11,"no","male female","cross_border","IDN KHM THA",3,"deception document_retention force other",
  "Vacancies on Instagram/TikTok accounts run by a defendant -> recruitment, fishing. Passport scans by WhatsApp to a contact in Cambodia -> C14, cyber_flow yes. Online fraud posing as women on social media -> exploitation, social_media. Ransom demanded from families -> other (judgement call).")
K("H17-014","yes","advertising","messaging_app","WhatsApp","hunting","no","sexual_exploitation",2,"no","female","cross_border","NLD HUN",1,"force threat",
  "WhatsApp photos to regular clients in his phone, no ads -> advertising + hunting (C6). Complainant 1 born 3 April 1993, facts from Jan 2013 -> 19 -> minor no. Hungarian complainant -> cross_border (C8).")
K("H17-015","yes","recruitment","social_media","Facebook","hunting","no","sexual_exploitation",1,"yes","female","domestic","MEX",2,"deception force threat",
  "Friend request and messages on Facebook from the defendant's fake profile -> hunting (C13). Kept in a room, beaten -> force.")
K("H17-016","no","","","","","no","sexual_exploitation",3,"no","female","cross_border","SWE LTU",2,"deception debt_bondage threat",
  "Buyers' forum reviews; no evidence the defendants posted anything -> not coded (C3, C4). Phone number passed among buyers.")
K("H17-017","no","","","","","no","forced_labour",19,"yes","male","domestic","BRA",2,"deception debt_bondage document_retention threat",
  "No internet. One worker 17 -> minor yes. Bahia to Mato Grosso do Sul -> domestic.")
K("H17-018","no","","","","","no","forced_labour",4,"yes","female","domestic","GHA",2,"deception debt_bondage force",
  "No internet. Kayayei load-carrying -> forced_labour. Caned -> force.")
K("H17-019","yes","recruitment exploitation","social_media messaging_app unspecified","Twitter|Telegram|Bitcoin","hunting","no","sexual_exploitation",9,"yes","female","domestic","KOR",3,"deception threat",
  "DMs on Twitter to girls -> recruitment, hunting (C13). Videos sold in paid Telegram chat rooms -> exploitation (recorded images sold, no advertising, C15 by analogy). Bitcoin fees -> unspecified (C1). All in Korea -> cyber_flow no, domestic. Middle school students -> minor.")
K("H17-020","no","","","","","no","forced_labour",2,"no","female","cross_border","ARE ETH UGA",2,"deception force document_retention",
  "No internet. Locked in, beaten -> force. Office misled them about the household -> deception (judgement call). Office not charged -> 2.")
K("H17-021","yes","recruitment advertising","messaging_app freestanding_website","Facebook Messenger","hunting fishing","yes","sexual_exploitation",3,"yes","female","cross_border","FRA NGA NER LBY ITA",4,"deception debt_bondage threat other",
  "'written through Facebook Messenger to young women' -> hunting (C13), recruitment; madam in France, women in Nigeria -> cyber_flow yes. Ads on an escort site -> freestanding_website (C2), advertising, fishing. Money transfer offices not online (C1). P.A. 16 -> minor. Oath -> other + threat.")
K("H17-022","no","","","","","no","sexual_exploitation","unknown","unknown","female","cross_border","USA HND SLV",2,"debt_bondage force threat",
  "No internet. 'several young women' -> victims unknown (C12), minor unknown (C10).")
K("H17-023","yes","recruitment","job_portal","","fishing","no","forced_labour",14,"no","male","cross_border","POL DEU",3,"deception document_retention debt_bondage threat abuse_of_vulnerability",
  "Ad on 'an internet job board' -> job_portal, recruitment, fishing (men responded by phone). Released prisoners, night shelter -> abuse_of_vulnerability. Knife threat -> threat.")
K("H17-024","no","","","","","no","sexual_exploitation",1,"yes","female","domestic","PHL",1,"threat",
  "Text messages only; threat to upload on Facebook never carried out ('no showing that any picture was posted') -> not coded (C4). Grade 8 -> minor.")
K("H17-025","yes","recruitment","social_media email","Facebook","fishing","yes","forced_labour",7,"no","female","cross_border","UGA JOR",2,"deception document_retention force",
  "Facebook page adverts answered -> recruitment, fishing. CVs e-mailed to partner office in Amman -> C14, cyber_flow yes. Women -> minor no. Fees paid up front, not a debt -> no debt_bondage.")
K("H17-026","no","","","","","no","forced_labour",19,"no","male","cross_border","CZE UKR",3,"document_retention debt_bondage force",
  "Mobile phone and SMS -> no. Men -> minor no.")
K("H17-027","yes","recruitment advertising","dating freestanding_website unspecified","Grindr|Cash App","hunting fishing","no","sexual_exploitation",1,"yes","male","domestic","USA",1,"drugs abuse_of_vulnerability",
  "First message on Grindr -> hunting. Profile on an escort website for men -> freestanding_website, advertising, fishing. Cash App -> unspecified (C1). 17 -> minor. Florida to Georgia -> domestic.")
K("H17-028","yes","recruitment","social_media","Facebook","","yes","sexual_exploitation",1,"yes","female","cross_border","ALB GRC",1,"deception force",
  "'met the defendant on Facebook ... conversations' -> recruitment, no strategy (C13). Defendant in Thessaloniki, girl in Albania -> cyber_flow yes (C7). Relatives not prosecuted -> 1.")
K("H17-029","yes","advertising recruitment","freestanding_website social_media","Twitter","fishing","no","sexual_exploitation",4,"yes","female","domestic","JPN",2,"deception other",
  "Shop's own website advertising the girls' service, customers booked through it -> freestanding_website (C15), advertising, fishing. Twitter posts recruiting girls -> recruitment, fishing. Penalty for quitting -> other.")
K("H17-030","no","","","","","no","forced_labour",9,"no","male","cross_border","UKR RUS",1,"deception document_retention force",
  "No internet. O. separated into other proceedings -> 1 (C11).")
K("H17-031","yes","logistics","messaging_app","WhatsApp","","yes","sexual_exploitation",3,"yes","female","cross_border","ZAF MOZ",1,"deception",
  "WhatsApp between the accused and a man in Maputo about the crossing -> C14 logistics, cyber_flow yes. Man in Maputo not tried -> 1.")
K("H17-032","yes","advertising","classified_ads freestanding_website unspecified","Bakeca|WeChat Pay","fishing","no","sexual_exploitation",5,"no","female","cross_border","ITA CHN",3,"deception document_retention debt_bondage",
  "Ads on Bakeca.it (classifieds) and an adult website -> advertising, fishing. WeChat Pay among defendants -> unspecified (C1), logistics not added. Going out only accompanied not coded (open point).")
K("H17-033","no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","NPL IND",2,"deception debt_bondage force abuse_of_vulnerability",
  "Mother's missing-person post and NGO's share -> not coded (C3). Mobile phone between offenders. Owed the purchase price -> debt_bondage.")
K("H17-034","yes","exploitation","freestanding_website unspecified","OnlyFans|Coinbase","","no","sexual_exploitation",2,"no","female","domestic","USA",1,"drugs force threat",
  "OnlyFans accounts selling recorded videos -> exploitation, freestanding_website (adult subscription site), no advertising or strategy (C15). Coinbase -> unspecified (C1). Subscribers not placed abroad -> cyber_flow no.")
K("H17-035","yes","recruitment","social_media messaging_app","Facebook|WeChat","hunting","yes","forced_marriage",3,"yes","female","cross_border","VNM CHN",2,"deception",
  "'made friends on Facebook' -> befriended, hunting (C13). Photos sent over WeChat to a broker in China (partner offender, not buyer) -> C14, cyber_flow yes. G.T.D. born 2001 -> 16 in 2017.")
K("H17-036","no","","","","","no","sexual_exploitation",6,"no","female","cross_border","ISR BLR RUS",4,"deception debt_bondage force document_retention",
  "Newspapers and business cards -> no. Locked in at night, beaten -> force.")
K("H17-037","yes","recruitment","social_media messaging_app","Facebook|Facebook Messenger","fishing","no","sexual_exploitation",2,"yes","female","domestic","PER",2,"deception document_retention debt_bondage other",
  "Post in a Facebook jobs group by the partner, answered through Messenger -> recruitment, fishing. Police finding the post not coded (C3). Deductions for 'sick' days -> other (fines).")
K("H17-038","no","","","","","no","forced_begging",1,"no","male","cross_border","BEL ROU",2,"deception abuse_of_vulnerability force",
  "No internet. Intellectual disability -> abuse_of_vulnerability.")
K("H17-039","yes","recruitment exploitation","job_portal messaging_app","JobStreet|WhatsApp","fishing","yes","forced_criminal_activity",4,"no","","cross_border","MYS THA LAO",2,"deception document_retention force other",
  "Vacancy on JobStreet -> job_portal, fishing. WhatsApp video interview by the 'manager' in Laos with applicants in Malaysia -> recruitment, cyber_flow yes (not webcam_livestream). Crypto fraud via WhatsApp -> exploitation. Sex not stated. Ransom paid by families -> other.")
K("H17-040","no","","","","","no","sexual_exploitation",1,"yes","female","domestic","USA",1,"force threat",
  "Pager and phone -> no. Tennessee to Georgia -> domestic.")
K("H17-041","yes","logistics","messaging_app","WhatsApp","","yes","forced_criminal_activity",2,"yes","male","cross_border","GBR ALB FRA",3,"debt_bondage force",
  "WhatsApp between the first defendant and a man in Tirana -> C14, logistics, cyber_flow yes. Padlocked house -> force. Family debt to organisers -> debt_bondage. Dunkirk transit -> FRA.")
K("H17-042","no","","","","","no","sexual_exploitation",9,"no","female","cross_border","ARG DOM PRY",2,"debt_bondage other document_retention abuse_of_vulnerability",
  "Newspaper ad and intermediary -> no. 'at least nine' -> 9. Fines -> other.")
K("H17-043","no","","","","","no","sexual_exploitation",2,"yes","female","domestic","USA",1,"drugs force",
  "Internet advertising alleged but acquitted, ad not linked to him -> not coded (C4). DOB 03/1996 and 11/1995, summer 2012 -> 16. Missouri/Kansas -> domestic.")
K("H17-044","yes","recruitment advertising","social_media messaging_app","Instagram|WhatsApp","fishing hunting","no","sexual_exploitation",5,"yes","female","domestic","IND",3,"deception debt_bondage",
  "Instagram page posting calls, women responded -> recruitment, fishing. Photos forwarded on WhatsApp to a selected list of regular customers and touts -> advertising + hunting (C6). Two 17-year-olds -> minor.")
K("H17-045","yes","exploitation","webcam_livestream social_media unspecified","Facebook|Remitly","","yes","sexual_exploitation",4,"yes","female","cross_border","DEU PHL",1,"abuse_of_vulnerability",
  "Live video calls of abuse directed from Germany -> exploitation, webcam_livestream, cross_border, cyber_flow yes (C9). He (a buyer) wrote first to the organiser on Facebook -> no strategy (C13). Remitly -> unspecified (C1). Woman prosecuted in the Philippines -> not counted.")
K("H17-046","no","","","","","no","forced_marriage",2,"unknown","female","cross_border","CHN MMR",3,"deception force",
  "Victim's telephone call -> no. 'young women' -> minor unknown (C10). Locked in -> force.")
K("H17-047","yes","recruitment","social_media","Facebook","fishing","yes","sexual_exploitation",3,"no","female","cross_border","SGP VNM",1,"deception document_retention debt_bondage force threat",
  "Facebook ad posted from Singapore, women in Vietnam replied -> recruitment, fishing, cyber_flow yes (C7).")
K("H17-048","no","","","","","no","sexual_exploitation",7,"no","female","cross_border","TUR UZB",4,"deception document_retention debt_bondage",
  "No internet; customers via taxi drivers and doormen.")
K("H17-049","yes","recruitment exploitation","social_media webcam_livestream freestanding_website","Instagram|Chaturbate|Stripchat","fishing","yes","sexual_exploitation",11,"yes","female","cross_border","COL VEN USA",2,"deception other threat abuse_of_vulnerability",
  "Instagram offers -> recruitment, fishing. Shows on Chaturbate/Stripchat for users mostly in the US/Europe -> exploitation, webcam_livestream + freestanding_website, cyber_flow yes (C9). Venezuelan women -> cross_border. Fines -> other.")
K("H17-050","no","","","","","no","forced_labour",10,"no","male","cross_border","NZL WSM",1,"deception document_retention force debt_bondage",
  "No internet. Bank cards and passports held; fares owed -> debt_bondage.")
K("H17-051","no","","","","","no","forced_labour",6,"yes","male","cross_border","KHM THA IDN",2,"deception force threat",
  "No internet. Youngest 17 -> minor yes.")
K("H17-052","yes","recruitment","social_media","Facebook","fishing","yes","forced_labour",7,"no","male","cross_border","CAN MEX",1,"deception document_retention threat",
  "Facebook posts from Quebec answered by men in Mexico -> recruitment, fishing, cyber_flow yes (C7).")
K("H17-053","yes","recruitment","social_media","Facebook","fishing","no","organ_removal",5,"no","male","domestic","PAK",7,"deception document_retention debt_bondage threat abuse_of_vulnerability",
  "Posts on Facebook pages, men made contact -> recruitment, fishing. 'At least five' -> 5. Seven defendants.")
K("H17-054","no","","","","","no","forced_criminal_activity",3,"yes","male","cross_border","DNK ROU",2,"deception force document_retention debt_bondage threat",
  "No internet ('only in person'). Theft and pickpocketing -> forced_criminal_activity.")
K("H17-055","yes","recruitment","email","","hunting","no","forced_labour",4,"no","male","cross_border","LKA OMN",1,"deception document_retention",
  "Accused sent each man an e-mail offer -> hunting (C13). Wives' report not coded.")
K("H17-056","yes","advertising","messaging_app","WhatsApp","","no","sexual_exploitation",4,"no","female","cross_border","OMN MAR KEN",2,"deception document_retention debt_bondage",
  "Customers contacted her first on WhatsApp, then she sent photos -> advertising (C6) but no strategy: buyers wrote first (C6, C13).")
K("H17-057","no","","","","","no","forced_begging",4,"yes","","domestic","GTM",1,"deception force debt_bondage",
  "No internet. Children's sex not stated -> empty. Families' debt to the accused paid with the children's work -> debt_bondage.")
K("H17-058","yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",4,"yes","female","cross_border","AUT ROU",2,"deception force threat",
  "Put on 'an Austrian sex advertising website' -> freestanding_website (C2: sex site), advertising, fishing. Born 30 Nov 1995, 17 on arrival -> minor.")
K("H17-059","no","","","","","no","forced_labour",7,"yes","male female","domestic","PAK",2,"debt_bondage force",
  "No internet. Peshgi advance -> debt_bondage. Children aged 6+ -> minor.")
K("H17-060","yes","recruitment advertising","social_media freestanding_website","Instagram","hunting fishing","no","sexual_exploitation",1,"yes","female","domestic","SRB",1,"deception threat",
  "Messages on Instagram to a girl he did not know -> hunting. Ads on an escort website -> freestanding_website, advertising, fishing. Juvenile -> minor.")

rows = [json.loads(l) for l in open(SRC, encoding="utf-8")]
assert len(rows) == 60 and all(r["id"] in L for r in rows), set(r["id"] for r in rows) ^ set(L)
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        d = dict(id=r["id"], country=r["country"], year=r["year"], summary=r["summary"])
        d.update(L[r["id"]])
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(rows), "coded ->", OUT)
