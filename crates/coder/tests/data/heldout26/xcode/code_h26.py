# Annotator 27's blind coding of heldout26's first 60 summaries (scheme v1 + annex v1.1,
# with the same sides on open points as in heldout27). Summaries are copied unchanged.
import json, os
IN = "/tmp/h26-first60-summaries.jsonl"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout26-first60-coded-by-annotator27.jsonl")
sp = lambda s: s.split() if s else []
L = {}
def K(id, iu, pur, pt, pl, st, cf, forms, vt, vm, vs, border, countries, ot, means, notes):
    L[id] = dict(internet_used=iu, purposes=sp(pur), platform_types=sp(pt),
                 platforms=[x for x in pl.split("|") if x] if pl else [], strategies=sp(st),
                 cyber_flow=cf, forms=sp(forms), victims_total=vt, victims_minor=vm,
                 victim_sex=sp(vs), border=border, countries=sp(countries), offenders_total=ot,
                 means=sp(means), notes=notes)

K("H26-001","yes","recruitment","unspecified","","hunting","yes","forced_labour",1,"yes","male","cross_border","SGP MYS",1,"deception debt_bondage force threat",
  "'first messaged' the boy in an online game chat -> hunting (C13); unnamed game -> unspecified (side). Offender in Singapore, boy in Johor Bahru -> cyber_flow yes (C7).")
K("H26-002","yes","recruitment","job_portal","Computrabajo","fishing","yes","forced_labour",12,"no","male","cross_border","PAN COL",2,"force",
  "Offer posted on Computrabajo (job board) from Panama, answered from Cali/Pereira -> fishing, cyber_flow yes. Padlocked container and beatings -> force. Civil defendants: owner and foreman -> 2. No false promise stated -> deception not coded.")
K("H26-003","no","","","","","no","forced_labour",9,"no","male","cross_border","DJI ETH",2,"deception debt_bondage",
  "Newspaper ad and telephone -> no internet. Two suspects handed to the prosecutor -> 2 (C11). 'good salary' not paid -> deception; transport debt -> debt_bondage.")
K("H26-004","yes","advertising","freestanding_website","","fishing","no","forced_labour","unknown","unknown","female","domestic","LSO",1,"deception debt_bondage drugs",
  "Website the accused built offering the women's services, bookings taken -> advertising, freestanding_website (C15), fishing. 'young women', no number -> victims unknown (C12), minor unknown (C10). Mokhotlong -> Maseru -> domestic. Dagga -> drugs.")
K("H26-005","yes","recruitment","unspecified","RuneScape","","yes","sexual_exploitation",1,"yes","female","cross_border","VUT SLB",1,"deception debt_bondage threat",
  "'met ... in the chat of the online game RuneScape' -> who wrote first not said -> no strategy (C13). Named game -> unspecified (side). Honiara <-> Port Vila -> cyber_flow yes. Born 1995, 2010 -> minor.")
K("H26-006","no","","","","","no","sexual_exploitation",1,"no","female","domestic","HKG",2,"debt_bondage document_retention threat",
  "Met in person; no internet. Debt lent by the offender worked off -> debt_bondage. 31-year-old Hong Kong woman -> domestic.")
K("H26-007","yes","advertising","messaging_app","WhatsApp","hunting","no","forced_labour",14,"unknown","","cross_border","USA GTM",3,"force threat deception",
  "Photos sent by WhatsApp to selected farm owners who chose and paid -> advertising + hunting (C6). Contractor and farm owners both in the US -> cyber_flow no. Contractor and two brothers convicted -> 3. No ages/sex of workers.")
K("H26-008","yes","exploitation","social_media messaging_app","Facebook|WhatsApp","","no","forced_criminal_activity",6,"no","male","cross_border","MDV KHM",1,"deception threat abuse_of_vulnerability",
  "Forced to run romance/investment scams from fake profiles -> exploitation, the platforms' types, no strategy, cyber_flow no, forced_criminal_activity (side, as heldout22). Chose unemployed men in debt -> abuse_of_vulnerability.")
K("H26-009","no","","","","","no","forced_begging",5,"unknown","","cross_border","BGD MMR IND",2,"deception force",
  "No internet. Myanmar nationals in Bangladesh -> cross_border. IND listed: where the second accused went (Kolkata) - same side as heldout27 (where offenders were).")
K("H26-010","yes","advertising","unspecified","ForoCruceño","fishing","no","sexual_exploitation",2,"yes","female","cross_border","BOL PER",2,"deception force drugs threat",
  "Messages offering the girls in an internet forum's 'servicios' section -> advertising, fishing; forum -> unspecified (side). Born 2001/2002, 2018-19 -> minors. 'chicas' -> female.")
K("H26-011","yes","recruitment","unspecified","","hunting","no","forced_begging",2,"unknown","","domestic","SVN",2,"deception threat",
  "'wrote to two deaf persons in the chat of an online card game' -> hunting (C13); unnamed game -> unspecified (side). Pomurje -> Maribor, victims not said foreign (offenders' citizenship irrelevant) -> domestic (C8). Deafness not said to be used -> no abuse_of_vulnerability (side).")
K("H26-012","yes","advertising","social_media","Weibo","fishing","no","sexual_exploitation",3,"yes","female","domestic","CHN",2,"deception debt_bondage",
  "Weibo account they ran posting the girls' photos as 'student companions' -> advertising, social_media, fishing. Guizhou -> Guangdong -> domestic.")
K("H26-013","no","","","","","no","forced_criminal_activity",1,"yes","male","cross_border","MEX HND GTM",3,"force threat",
  "Shelter's website of missing children -> third party (C3), internet no. Born 1990, 2005 -> minor.")
K("H26-014","no","","","","","no","sexual_exploitation",4,"no","female","domestic","BGD",2,"document_retention deception threat",
  "Office and bank account, no 'online' -> no internet (C1). Dhaka -> Daulatdia -> domestic.")
K("H26-015","no","","","","","no","sexual_exploitation",2,"yes","female","unknown","SVK",1,"abuse_of_vulnerability debt_bondage force",
  "Victim's own Facebook posts, read by a school counsellor -> not the offender's (C3). Sisters 22 and 16 -> minor yes. No place or nationality -> border unknown (C8); SVK listed (side).")
K("H26-016","yes","advertising","classified_ads","Haraj","fishing","no","forced_labour",11,"no","female","cross_border","SAU IDN PHL LKA",2,"deception other",
  "Sponsors advertised the workers on Haraj -> advertising, classified_ads, fishing. Two advertisers charged -> 2. Phones taken, not allowed to call families -> other.")
K("H26-017","yes","advertising","freestanding_website email","","fishing","yes","sexual_exploitation",7,"unknown","female","cross_border","KHM VNM AUS",2,"deception force",
  "Website the second suspect ran offering 'travel companions' with photos and prices -> advertising, freestanding_website (C15), fishing. Bookings passed by e-mail Melbourne -> Phnom Penh (offender to offender) -> email; cyber_flow yes (C7/C14).")
K("H26-018","no","","","","","no","sexual_exploitation",3,"no","female","cross_border","ISR MDA EGY",2,"debt_bondage drugs",
  "Internet advertising alleged and rejected by the court -> not coded (C4). Sinai border -> EGY as transit (judgement).")
K("H26-019","no","","","","","no","forced_labour",5,"no","male","cross_border","HUN AUT",2,"deception debt_bondage threat",
  "Newspaper ad -> no internet. Promised wage not paid -> deception.")
K("H26-020","no","","","","","no","sexual_exploitation",2,"no","female","domestic","DJI",1,"deception abuse_of_vulnerability threat",
  "Phone calls and texts only -> no internet. 'chosen because nobody would look for them' -> abuse_of_vulnerability.")
K("H26-021","yes","exploitation","webcam_livestream","Skype","","yes","sexual_exploitation",3,"unknown","female","cross_border","SEN GIN FRA BEL",1,"deception document_retention debt_bondage",
  "Skype video calls with sexual acts for paying men in France/Belgium -> exploitation, webcam_livestream, cyber_flow yes (C9). Guinean national in Senegal -> cross_border. 'she and two others' -> 3.")
K("H26-022","yes","recruitment","social_media","Facebook","hunting","no","forced_labour",1,"yes","male","unknown","MKD",1,"deception debt_bondage threat",
  "Friend request on Facebook from the accused -> hunting (C13). Born 2001, 2016 -> minor. No place or nationality -> border unknown; MKD listed (side).")
K("H26-023","yes","advertising","freestanding_website","Diani Beach Companions","fishing","yes","sexual_exploitation",3,"yes","female","cross_border","KEN TZA DEU ITA",2,"deception force",
  "Site the appellants ran with the girls' photos, booked by tourists from Germany/Italy -> advertising, freestanding_website (C15), fishing, cyber_flow yes. Tanga, Tanzania -> cross_border.")
K("H26-024","yes","logistics","unspecified","STC Pay","","no","forced_labour",8,"no","male","domestic","SAU",2,"document_retention deception",
  "Wages transferred back through the STC Pay app -> online payment (C1), unspecified (side: national payment apps), logistics. No nationality, one place -> domestic (C8). Two indicted -> 2.")
K("H26-025","no","","","","","no","forced_labour",4,"unknown","female","domestic","KWT",1,"document_retention deception",
  "Instagram ad not the defendant's (court) -> not coded (C3/C4). 'young women' -> minor unknown. No nationality of victims, Farwaniya only -> domestic (C8).")
K("H26-026","yes","logistics","email","Yahoo! Mail","","no","forced_begging",11,"no","male female","domestic","CMR",3,"deception document_retention threat",
  "Accused reported to each other by e-mail (offender to offender) -> logistics, email (C14). Yaoundé and Douala both in Cameroon -> cyber_flow no; the provider in California is no party (USA not listed). 'adults', men and women.")
K("H26-027","no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","EST FIN",2,"deception document_retention force",
  "No internet. Ninth-grade pupil -> minor (side: school grades). Narva -> Helsinki -> cross_border.")
K("H26-028","yes","exploitation","messaging_app social_media","Telegram|Instagram","","no","forced_criminal_activity",14,"yes","male","cross_border","KGZ THA MMR",1,"deception document_retention debt_bondage",
  "Made to run crypto scams through Telegram and Instagram -> exploitation, no strategy, cyber_flow no (side). Boy of 17 -> minor. Agency director charged -> 1.")
K("H26-029","no","","","","","no","forced_labour",3,"no","male","domestic","TTO",1,"document_retention debt_bondage abuse_of_vulnerability",
  "No internet. Tobago -> Trinidad -> domestic. Running debt for meals -> debt_bondage. 'liked to hire men nobody would miss', accepted by the court -> abuse_of_vulnerability. No false promise stated -> no deception.")
K("H26-030","no","","","","","no","sexual_exploitation",1,"unknown","female","cross_border","GHA BFA",1,"deception document_retention abuse_of_vulnerability",
  "WhatsApp voice message by the victim to her mother -> victim's own (C3). Burkinabè national in Accra -> cross_border.")
K("H26-031","no","","","","","no","forced_marriage",2,"unknown","female","cross_border","GEO TUR",1,"debt_bondage threat",
  "Telephone only -> no internet. 'young women' -> unknown. Families' debts to the broker cancelled only if they stayed -> debt_bondage (side).")
K("H26-032","yes","recruitment","social_media","Facebook","hunting","yes","forced_marriage",2,"unknown","female","cross_border","BRA SUR",2,"deception threat drugs",
  "Friend requests on Facebook from Paramaribo to women in Oiapoque -> hunting, cyber_flow yes. Accomplice tried and acquitted counts (C11) -> 2. 'young women' -> unknown.")
K("H26-033","yes","recruitment","messaging_app","WhatsApp","fishing","yes","sexual_exploitation",3,"no","female","cross_border","ZWE ZAF",1,"abuse_of_vulnerability debt_bondage drugs deception",
  "Offer posted in a WhatsApp group of unemployed women -> recruitment, fishing (a posting answered; a group of victims, not clients). Johannesburg-based offender, victims in Chitungwiza -> cyber_flow yes. Aged 22-27 -> no.")
K("H26-034","no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","TTO VEN",2,"deception threat abuse_of_vulnerability",
  "No internet. 16 -> minor. Chose her because the family depended on her money -> abuse_of_vulnerability.")
K("H26-035","yes","recruitment","job_portal","Bumeran","fishing","no","sexual_exploitation",2,"no","female","cross_border","VEN MEX",2,"deception threat abuse_of_vulnerability",
  "Offer on Bumeran posted by the accused, answered -> recruitment, fishing. Both sides in Venezuela when linked -> cyber_flow no. Chose single mothers -> abuse_of_vulnerability. Generic 'forced into prostitution' -> not force (side).")
K("H26-036","no","","","","","no","forced_labour",2,"yes","female","cross_border","AUT PHL",2,"force",
  "Internet advertisement drafted but not placed -> not coded (C4). Domestic servitude -> forced_labour (side). Daughter 15 -> minor.")
K("H26-037","yes","exploitation","webcam_livestream unspecified","Skype|Bitcoin","","yes","sexual_exploitation",3,"yes","female","cross_border","MMR DEU NLD AUS",2,"deception abuse_of_vulnerability force",
  "Skype live video calls of abuse sold to viewers abroad -> exploitation, webcam_livestream, cyber_flow yes (C9). Bitcoin payments -> unspecified (C1). No site or ad -> no advertising, no strategy. Born 2009/2011 -> minors. Offender's family in Leeds is not a place of the case.")
K("H26-038","yes","exploitation","freestanding_website webcam_livestream","Chaturbate","","yes","sexual_exploitation","unknown","no","female","cross_border","USA COL",2,"abuse_of_vulnerability document_retention drugs",
  "Third-party webcam site (Chaturbate) -> exploitation, freestanding_website + webcam_livestream, no advertising (side, as heldout21). Viewers in the US, victims in Colombia -> cyber_flow yes. 'women aged 19 to 26', no number -> victims unknown. Recruited from rehab 'could be kept' -> abuse_of_vulnerability.")
K("H26-039","yes","logistics","messaging_app","WhatsApp","","no","forced_labour",1,"yes","female","domestic","BWA",2,"deception debt_bondage abuse_of_vulnerability",
  "WhatsApp between the aunt and the employer (both convicted) -> logistics (C14). Working off the aunt's debt -> debt_bondage (side). Ghanzi -> Gaborone -> domestic.")
K("H26-040","yes","recruitment","social_media","Facebook","fishing","yes","forced_labour",4,"unknown","","cross_border","TWN IDN",2,"document_retention abuse_of_vulnerability",
  "Broker's Facebook page offers answered from Central Java -> recruitment, fishing, cyber_flow yes. Civil defendants: broker company and vessel owner -> 2. Exploited lack of Chinese and isolation -> abuse_of_vulnerability.")
K("H26-041","yes","logistics","unspecified","","","no","forced_begging",3,"yes","female","cross_border","CHE ROU",2,"force threat",
  "Online transfers of the takings -> internet use (C1), unspecified, logistics. Transfers to the offender's own account link no two parties in different countries -> cyber_flow no (judgement).")
K("H26-042","no","","","","","no","sexual_exploitation",5,"no","female","domestic","THA",1,"abuse_of_vulnerability",
  "Victim's LINE contact with a hotline and police tracing via Facebook -> not coded (C3). Debts to moneylenders -> abuse_of_vulnerability, not debt_bondage (side).")
K("H26-043","yes","advertising","email","","hunting","yes","forced_labour",23,"no","male female","cross_border","DEU ROU",2,"deception debt_bondage drugs",
  "Lists with photos e-mailed from Timișoara to selected slaughterhouses -> advertising + hunting (C6), cyber_flow yes.")
K("H26-044","yes","recruitment","social_media","Facebook","hunting","yes","sexual_exploitation",4,"no","female","cross_border","SWZ MOZ",1,"deception debt_bondage",
  "Sent messages on Facebook to women in Maputo from Manzini -> hunting, cyber_flow yes. Victims' foreignness noted at sentencing, not said to be used -> no abuse_of_vulnerability (side).")
K("H26-045","yes","advertising","social_media","Facebook","fishing","no","sexual_exploitation",6,"no","female","unknown","BEN",3,"deception debt_bondage document_retention",
  "Facebook page they ran with photos and prices -> advertising, fishing. No place or nationality -> border unknown; BEN listed (side).")
K("H26-046","no","","","","","no","sexual_exploitation",2,"yes","female","cross_border","ZAF MOZ",2,"deception abuse_of_vulnerability",
  "Agency office, cash, money-transfer office -> no internet (C1). Appellant and co-accused convicted -> 2.")
K("H26-047","no","","","","","no","sexual_exploitation",4,"no","female","cross_border","MDV LKA",2,"deception debt_bondage threat",
  "Phone and text messages, no smartphone -> no internet.")
K("H26-048","yes","advertising","classified_ads","CoinAfrique","fishing","no","forced_labour",5,"no","female","cross_border","BEN TGO",2,"deception other force",
  "CoinAfrique ads offering the women to households -> advertising, fishing. Watchman who went out with them -> other (side). Beatings -> force.")
K("H26-049","yes","exploitation","webcam_livestream unspecified","PayPal","","yes","sexual_exploitation",4,"no","female","cross_border","MOZ PRT ZAF",2,"document_retention",
  "Live video shows for viewers in Portugal/South Africa -> exploitation, webcam_livestream, cyber_flow yes (C9). PayPal -> unspecified (C1).")
K("H26-050","yes","recruitment","messaging_app","WhatsApp","hunting","no","sexual_exploitation",3,"no","female","cross_border","ZMB COD",1,"deception debt_bondage abuse_of_vulnerability",
  "'contacted on WhatsApp by the convict' -> hunting. Where each was when contacted not said -> cyber_flow no. DRC nationals in Zambia -> cross_border.")
K("H26-051","yes","recruitment","messaging_app","Viber","hunting","no","forced_labour",1,"no","female","domestic","LTU",2,"deception debt_bondage threat",
  "'wrote to her on Viber' -> hunting. Šiauliai -> Vilnius -> domestic.")
K("H26-052","yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",2,"no","female","unknown","ALB",1,"abuse_of_vulnerability",
  "Escort website -> freestanding_website (C2), fishing. No place or nationality -> unknown; ALB listed (side).")
K("H26-053","yes","advertising","classified_ads","doska.kg","fishing","no","sexual_exploitation",3,"yes","female","cross_border","KGZ UZB",2,"deception document_retention threat",
  "Ads on doska.kg with photos -> advertising, classified_ads, fishing. Owner and administrator charged -> 2.")
K("H26-054","yes","advertising","freestanding_website","IslandEscorts","fishing","no","sexual_exploitation",3,"unknown","female","unknown","WSM",1,"debt_bondage",
  "Escort site listing -> advertising, freestanding_website, fishing. Airfare but no place or nationality -> border unknown; WSM listed (side).")
K("H26-055","no","","","","","no","sexual_exploitation",2,"no","female","cross_border","PRT BRA",3,"force other",
  "Introduced by a cousin -> no internet. Always accompanied when out -> other (side).")
K("H26-056","yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",4,"yes","female","cross_border","AUS THA",'unknown',"debt_bondage",
  "Escort directory website -> freestanding_website (C2), advertising, fishing. One aged 17 -> minor. 'the respondents', no number, none named -> offenders unknown (C11).")
K("H26-057","yes","recruitment","messaging_app","MSN Messenger","hunting","yes","forced_criminal_activity",1,"no","male","cross_border","CAN JAM",1,"deception threat",
  "'contacted the victim ... in Kingston, Jamaica, on MSN Messenger' and offered work in Toronto -> hunting; victim placed in Jamaica, offender in Canada (work in Toronto, tried in Ontario) -> cyber_flow yes (judgement).")
K("H26-058","yes","recruitment","dating","Tinder","hunting","no","sexual_exploitation",1,"unknown","female","cross_border","PER VEN",2,"deception drugs force",
  "'contacted her through ... Tinder' -> hunting. Venezuelan national in Peru -> cross_border.")
K("H26-059","no","","","","","no","sexual_exploitation","unknown","no","female","cross_border","JPN THA",2,"deception document_retention debt_bondage abuse_of_vulnerability",
  "Newspaper ads -> no internet. 'number ... being investigated' -> victims unknown (four in a shelter is not the number; same side as H27-039). Two indicted -> 2.")
K("H26-060","no","","","","","no","sexual_exploitation",2,"yes","female","domestic","IDN",1,"deception document_retention abuse_of_vulnerability",
  "Journalist's online article and NGO's Facebook appeal -> third parties (C3). West Java -> Riau Islands -> domestic.")

rows = [json.loads(l) for l in open(IN, encoding="utf-8")]
assert len(rows) == 60 and set(r["id"] for r in rows) == set(L)
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        o = dict(id=r["id"], country=r["country"], year=r["year"], summary=r["summary"])
        o.update(L[r["id"]])
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", OUT, len(rows))
