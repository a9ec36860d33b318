"""Job 2: blind coding of the first 60 summaries of heldout19 (id, country, year, summary only)
by the heldout20 annotator, under coding scheme v1, annex v1.1 (C1-C16) and the heldout20
judgement calls (README). Writes heldout19-first60-coded-by-annotator20.jsonl (heldout record format)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))
import lib

SRC = "/tmp/h19-first60-summaries.jsonl"
src = {}
for l in open(SRC, encoding="utf-8"):
    r = json.loads(l); src[r["id"]] = r

def K(id, iu, pur, pt, pl, st, cf, forms, vt, vm, vs, border, countries, ot, means, notes):
    r = src[id]
    lib.C(id, r["country"], r["year"], r["summary"], iu, pur, pt, pl, st, cf, forms, vt, vm, vs, border, countries, ot, means, notes)
    lib.CASES[-1]["summary"] = r["summary"]  # keep the summary exactly as given

NO = ("no", "", "", "", "", "no")

K("H19-001", *NO, "sexual_exploitation", 3, "yes", "female", "cross_border", "SSD UGA", 2,
  "deception debt_bondage document_retention",
  "Newspaper notice and pinned copies only -> internet no. DOB 1999 and 2000 -> aged 15 and 14 in 2015 -> minor yes. Sister running the guesthouse not charged -> offenders 2 (C11). Travel permits kept -> document_retention.")
K("H19-002", *NO, "forced_labour", 6, "no", "male", "cross_border", "KIR IDN PHL", 2,
  "deception force threat document_retention",
  "Satellite telephone only -> internet no. Foreign crews -> cross_border (C8). Aged 19-41 -> minor no. Beatings and being kept on board -> force; threat to throw overboard -> threat.")
K("H19-003", *NO, "sexual_exploitation", 4, "no", "female", "cross_border", "BRB GUY", 2,
  "deception document_retention debt_bondage threat",
  "Wire transfers from a Western Union agent counter, no 'online' -> not internet (C1). 'at least four' -> 4 (C16). A1 wanted, not charged -> offenders 2 (C11). Aged 19-26 -> minor no.")
K("H19-004", *NO, "forced_labour", 11, "no", "female", "cross_border", "CMR KWT", 2,
  "deception document_retention debt_bondage",
  "FM radio and TV classified band, telephone -> internet no. Passports taken by the employing families (part of the exploitation) -> document_retention. Aged 21-34 -> minor no.")
K("H19-005", *NO, "forced_marriage", 2, "yes", "female", "cross_border", "MMR CHN", 2,
  "deception force",
  "Subjects used the telephone only; the victim's WeChat message to her sister and the sister's Facebook appeal are help-seeking by a victim and a relative -> not coded (C3; open point on relatives' posts taken as not coded). Sold as 'wives' -> forced_marriage. Age 16 -> minor yes. Not allowed to leave the house -> force (confinement, heldout20 call).")
K("H19-006", "yes", "recruitment exploitation", "social_media messaging_app", "Facebook|Instagram|WhatsApp", "fishing", "yes",
  "forced_criminal_activity", 14, "no", "male female", "cross_border", "UGA KEN THA MMR", 2,
  "deception document_retention threat debt_bondage",
  "Job advertisements posted on a Facebook page, answered -> recruitment, fishing (C13). Victims forced to run false profiles on Facebook, Instagram and WhatsApp to defraud -> exploitation (scheme). CVs and passport scans sent by WhatsApp to the compound's 'HR manager' in Myanmar -> offender-to-offender across borders, cyber_flow yes (C7/C14). Ages 20-29 -> minor no. Guarded compound with threats -> threat (no force: no beating or locking-in stated as done).")
K("H19-007", "yes", "recruitment", "social_media", "Facebook", "hunting fishing", "no",
  "sexual_exploitation", 9, "yes", "female", "domestic", "COD", 3,
  "deception debt_bondage force abuse_of_vulnerability",
  "Facebook page advertising jobs, girls wrote to it -> fishing; husband 'sent friend requests' and private messages -> hunting (C5/C13); both recruitment. All in DRC -> domestic, cyber_flow no. Locked in rooms -> force; displaced and very poor families chosen -> abuse_of_vulnerability. Three adults convicted -> 3.")
K("H19-008", "yes", "advertising", "freestanding_website messaging_app", "WhatsApp", "fishing", "yes",
  "sexual_exploitation", 5, "no", "female", "cross_border", "BHR SAU KGZ UZB", 3,
  "deception document_retention debt_bondage",
  "Threads posted by S3 on an adult discussion forum used by buyers -> the offender's advertisement, fishing; an adult forum is a site of the adult kind -> freestanding_website (C2; heldout19's type for a sex-buying forum). WhatsApp used to give buyers the address -> messaging_app (logistics not added: advertising applies). Buyers in Saudi Arabia wrote to the number -> cyber_flow yes (C7). Kyrgyz and Uzbek women -> countries of origin listed (heldout20 call). Aged 22-30 -> minor no.")
K("H19-009", "yes", "advertising", "freestanding_website", "", "fishing", "no",
  "sexual_exploitation", 4, "no", "female", "cross_border", "SUR DOM GUY", 1,
  "deception document_retention debt_bondage",
  "Photos placed on an escort website with his mobile number for bookings -> advertising, freestanding_website (C2), fishing. Buyers' location 'visitors' not a country -> cyber_flow no. Foreign women -> cross_border.")
K("H19-010", "yes", "advertising", "messaging_app", "Telegram", "hunting", "no",
  "sexual_exploitation", 3, "no", "female", "cross_border", "EST UKR", 2,
  "debt_bondage threat abuse_of_vulnerability",
  "Photos posted in a closed Telegram group of about 40 regular clients -> offer to chosen buyers: advertising + hunting (C6; open point, heldout20 takes the C6 side as heldout12/18 and H20-031). Ukrainian refugees without money or language -> abuse_of_vulnerability, cross_border (C8). V3 aged 24, others 'women' -> minor no (C10).")
K("H19-011", *NO, "forced_labour", 2, "yes", "female", "cross_border", "LSO ZAF", 1,
  "deception force threat",
  "Bank transfer and money-transfer shop, no 'online' -> not internet (C1). Aged 15 and 17 -> minor yes. Beaten -> force.")
K("H19-012", "yes", "logistics", "unspecified", "bitcoin", "", "yes",
  "forced_labour", 6, "no", "female", "cross_border", "LBR IRQ", 1,
  "deception force document_retention",
  "Agency in Erbil paid her in bitcoin to a wallet on her phone -> online payment service (C1, C16), unspecified, logistics; links offenders in Liberia and Iraq -> cyber_flow yes (C7/C14). Recruitment in person. Locked inside -> force. Aged 20-27 -> minor no.")
K("H19-013", "yes", "recruitment", "social_media messaging_app", "Facebook|LINE", "fishing", "yes",
  "sexual_exploitation", 7, "no", "female", "cross_border", "THA KAZ", 2,
  "deception document_retention debt_bondage",
  "Facebook page offering jobs, applicants answered -> recruitment, fishing (C13); moved to LINE chats. Photos forwarded on LINE to a Kazakh partner who chose the women -> offender-to-offender, not advertising (C14), cyber_flow yes (C7). Aged 23-35 -> minor no.")
K("H19-014", "yes", "logistics", "unspecified", "", "", "no",
  "sexual_exploitation", 5, "no", "female", "domestic", "RWA", 2,
  "deception debt_bondage threat",
  "A mobile lending application installed on the victims' phones to create the debt, and threats sent through it -> internet use by the offenders, an app with no scheme type -> unspecified (C2); the luring was in person, so logistics, not recruitment (open point on lending apps; heldout19's rule and H20's call). Aged 19-24 -> minor no.")
K("H19-015", "yes", "logistics", "unspecified", "Booking.com", "", "no",
  "sexual_exploitation", 3, "yes", "female", "domestic", "NIC", 2,
  "deception drugs threat",
  "Hotel rooms booked online through Booking.com -> daily-life service, unspecified, logistics (open point; heldout19 and H20-007 practice). Clients brought by taxi drivers. Aged 15-17 -> minor yes. Alcohol and pills -> drugs. 'foreign visitors' names no country -> domestic.")
K("H19-016", *NO, "forced_labour", 8, "no", "male", "cross_border", "KOR PER IDN", 2,
  "deception document_retention force",
  "Ship's radio only -> internet no. Peruvian and Indonesian crew -> cross_border. Aged 19-45 -> minor no. Struck with a rope end -> force.")
K("H19-017", "yes", "advertising", "messaging_app", "WhatsApp", "hunting", "no",
  "sexual_exploitation", 4, "no", "female", "cross_border", "SDN ERI", 2,
  "force debt_bondage",
  "Photos with prices sent by WhatsApp to men the accused selected -> offers to chosen buyers: advertising + hunting (C6). Eritrean women -> cross_border. Locked in -> force. Aged 18-24 -> minor no.")
K("H19-018", "yes", "advertising", "classified_ads", "", "fishing", "no",
  "sexual_exploitation", 4, "yes", "female", "cross_border", "KAZ KGZ", 2,
  "deception debt_bondage document_retention threat",
  "Women made to post their own ads on a Kazakh classifieds website with the defendant's number -> the offender's advertising through the victims (C3: someone acting for them), classified_ads (C2), fishing; habitual ('every morning') -> coded (C4). Girl of 17 -> minor yes. Kyrgyz women -> cross_border.")
K("H19-019", "yes", "advertising", "email freestanding_website", "", "fishing", "yes",
  "sexual_exploitation", 4, "yes", "female", "cross_border", "MDA RUS UKR", 2,
  "deception document_retention debt_bondage threat",
  "Photos e-mailed by N.C. (Moldova) to V.C. (Russia) -> offender-to-offender, cyber_flow yes (C7/C14), not advertising. V.C. placed the photos on an escort website, clients called -> advertising, freestanding_website, fishing. One woman 17 -> minor yes. Odesa transit listed.")
K("H19-020", *NO, "sexual_exploitation", 5, "yes", "female", "cross_border", "PHL MYS", 2,
  "deception debt_bondage",
  "Text messages and calls from prepaid SIM cards -> internet no (scheme). Minors aged 16 and 17 -> minor yes.")
K("H19-021", "yes", "advertising", "dating", "Seeking Arrangement", "fishing", "no",
  "sexual_exploitation", 3, "no", "female", "cross_border", "PLW PHL", 2,
  "deception document_retention debt_bondage",
  "Profiles of the women created on the sugar-dating website Seeking Arrangement, men answered -> offering the victims to customers online: advertising, fishing; someone else's dating site -> dating (C15). Customers on the island -> cyber_flow no. Filipino women -> cross_border.")
K("H19-022", "yes", "recruitment advertising", "messaging_app", "Zalo|WeChat", "hunting fishing", "no",
  "sexual_exploitation", 5, "no", "female", "cross_border", "CHN VNM", 3,
  "deception debt_bondage force document_retention",
  "Aunt H. (acting for the offenders, C3) 'wrote to her on Zalo' -> hunting, recruitment (C13). Photos posted on WeChat Moments and in WeChat groups with prices, men answered -> advertising, fishing. Aunt H.'s place when writing not stated (both in Viet Nam as far as said) -> cyber_flow no (C14). Ms N. and four other women -> 5; youngest 19 -> minor no. Locked in, beaten -> force; identity card taken -> document_retention. Three men convicted -> 3.")
K("H19-023", *NO, "forced_labour", 2, "yes", "female", "domestic", "BEN", 2,
  "deception force",
  "Telephone records only -> internet no. Girls aged 11 and 13 -> minor yes. Housework and street selling -> forced_labour. Beaten -> force. Djougou to Godomey -> domestic.")
K("H19-024", "yes", "recruitment", "social_media email", "Facebook", "fishing", "yes",
  "organ_removal", 3, "no", "male", "cross_border", "MDG KEN", 2,
  "deception abuse_of_vulnerability",
  "Posts in Facebook groups seeking kidney donors, men answered -> recruitment, fishing (C13). Blood tests and passports e-mailed to a clinic coordinator in Nairobi -> email, offender-to-offender across borders -> cyber_flow yes (C7/C14). Born 1992-1998 -> adults. 'all in debt' -> abuse_of_vulnerability.")
K("H19-025", "yes", "recruitment exploitation", "job_portal messaging_app", "WhatsApp", "fishing", "yes",
  "forced_criminal_activity", 3, "no", "male female", "cross_border", "AUT DEU SVK THA KHM", 1,
  "deception document_retention threat",
  "Ads placed on 'an international online job portal' (unnamed) -> job_portal (C2), recruitment, fishing; answered from Germany and Slovakia while he was in Graz -> cyber_flow yes (C7). Video interview is part of recruitment, not webcam_livestream (heldout11 call). Forced to defraud strangers on WhatsApp -> exploitation. Aged 22-27 -> minor no. Co-perpetrators unidentified -> offenders 1.")
K("H19-026", "yes", "exploitation", "social_media webcam_livestream", "TikTok", "", "no",
  "forced_begging", 1, "no", "female", "cross_border", "FIN BGR", 2,
  "deception document_retention abuse_of_vulnerability",
  "Made to beg for gifts on TikTok LIVE, converted to money by the couple -> online begging is exploitation (heldout20 call); TikTok -> social_media (scheme list) plus webcam_livestream for the live stream (heldout20 call). Viewers' location not stated -> cyber_flow no. Illiteracy and dependence exploited -> abuse_of_vulnerability. Aged 63 -> minor no.")
K("H19-027", *NO, "forced_begging", 3, "yes", "male female", "domestic", "MNG", 1,
  "deception force",
  "No technology -> internet no. Children aged 8-12 -> minor yes; two boys and a girl. Parents deceived about schooling; beaten -> force.")
K("H19-028", *NO, "forced_labour", 1, "no", "female", "domestic", "EST", 2,
  "document_retention threat abuse_of_vulnerability other",
  "Riigi Teataja website mentioned only for the publication of the judgment -> not the offenders' (C3). Aged 58 -> minor no. Intellectual disability -> abuse_of_vulnerability; forbidden to leave the farm without one of them and bank card kept -> other (heldout20 call: escort when going out).")
K("H19-029", *NO, "forced_criminal_activity", 4, "no", "male", "cross_border", "UZB KAZ", 1,
  "deception document_retention force",
  "No technology -> internet no. Made to harvest and dry wild cannabis -> forced_criminal_activity (drug production; judgement call). Aged 19-30 -> minor no. Beaten -> force.")
K("H19-030", "yes", "recruitment", "social_media", "Odnoklassniki", "", "no",
  "sexual_exploitation", 2, "no", "female", "cross_border", "UZB ARE", 2,
  "deception document_retention debt_bondage",
  "Met the woman on Odnoklassniki and deceived her in their chats -> recruitment online; 'met' does not say who wrote first -> no strategy (C5/C13). Both parties in Uzbekistan -> cyber_flow no. Aged 24 and 27 -> minor no. Third person in Sharjah not counted (C11).")
K("H19-031", *NO, "sexual_exploitation", 3, "yes", "female", "cross_border", "MKD SRB", 2,
  "debt_bondage threat force",
  "Bank transfers and money-transfer agencies, no 'online' -> not internet (C1). Serbian women -> cross_border (C8). Girl of 16 -> minor yes; struck -> force.")
K("H19-032", "yes", "advertising", "classified_ads unspecified", "Mileroticos|Yape", "fishing", "no",
  "sexual_exploitation", 4, "yes", "female", "cross_border", "PER VEN", 2,
  "debt_bondage threat abuse_of_vulnerability",
  "Women obliged to publish their own ads daily on the erotic classifieds site Mileroticos with the defendant's number -> the offenders' advertising (C3), classified_ads (the text calls it a classifieds site), fishing. Payments through Yape transfers -> national payment app, online payment (C1; open point, unspecified like heldout12-17). Venezuelan women without status -> cross_border, abuse_of_vulnerability. One aged 17 -> minor yes.")
K("H19-033", *NO, "forced_marriage", 1, "yes", "female", "domestic", "TJK", 2,
  "deception force",
  "Marriage arranged by telephone -> internet no. Girl of 16 -> minor yes. Locked in the house -> force. Mother not charged -> offenders 2 (C11).")
K("H19-034", *NO, "sexual_exploitation", 3, "yes", "female", "cross_border", "AZE ARE", 2,
  "deception document_retention debt_bondage",
  "Accused communicated by mobile phone only; the police's search of social-network profiles is not coded (C3). V-2 born 30.08.1994 -> 16 in mid-2011 -> minor yes.")
K("H19-035", *NO, "sexual_exploitation", 3, "yes", "female", "cross_border", "FRA NGA NER LBY ITA", 2,
  "deception debt_bondage threat other",
  "Escort-website ads and Facebook recruitment alleged but held not established; phones showed only calls and texts -> not coded (C4). She was 17 -> minor yes; she and two other young women -> 3. Oath -> other, with stated consequences -> threat (heldout20 call). Transit countries listed.")
K("H19-036", *NO, "forced_labour", 9, "no", "male", "cross_border", "MDV IND", 2,
  "deception document_retention debt_bondage",
  "Online immigration database and ministry website consulted by the police -> not coded (C3). 'men', no ages -> minor no (C10). Costs the accused claimed to have advanced -> debt to the offender -> debt_bondage; village loans alone would not be.")
K("H19-037", "yes", "recruitment", "messaging_app", "QQ", "hunting", "no",
  "sexual_exploitation", 3, "yes", "female", "domestic", "CHN", 2,
  "deception threat",
  "Z. 'added as friends' on QQ girls whose accounts he found in a school QQ group and groomed them in private chats -> first contact, hunting, recruitment (C13). QQ, an instant messaging service -> messaging_app. Eighth grade -> minor yes (open point on school grades). Threat to send nude photos -> threat.")
K("H19-038", "yes", "exploitation", "webcam_livestream messaging_app unspecified", "WhatsApp|PayPal", "", "yes",
  "sexual_exploitation", 2, "yes", "female", "cross_border", "BRA PRT ESP", 2,
  "abuse_of_vulnerability",
  "Paid WhatsApp video calls during which the children were abused -> exploitation, webcam_livestream (video calls used to exploit) and messaging_app (WhatsApp). PayPal -> unspecified (C1). First contact came from a buyer -> no strategy (C13). Buyers in Portugal and Spain, children in Brazil -> cross_border, cyber_flow yes (C9). Authority over the children abused -> abuse_of_vulnerability.")
K("H19-039", *NO, "organ_removal", 2, "no", "male", "cross_border", "BRB ECU", 1,
  "deception abuse_of_vulnerability",
  "Telephone and courier only -> internet no. Men taken to Ecuador -> cross_border. Unemployed and in debt -> abuse_of_vulnerability.")
K("H19-040", "yes", "recruitment", "email", "", "hunting", "yes",
  "forced_labour", 12, "no", "male", "cross_border", "MDV NPL", 1,
  "deception document_retention debt_bondage threat",
  "'you wrote to twelve of them by e-mail offering posts' -> first contact, hunting, recruitment (C13); Maldives to Nepal -> cyber_flow yes (C7). How the agent obtained the CVs is not said -> not coded. 'Nepali men' -> minor no. Debt he claimed for tickets -> debt_bondage.")
K("H19-041", *NO, "sexual_exploitation", 2, "yes", "female", "cross_border", "GHA CIV", 2,
  "deception debt_bondage threat",
  "The internet cafe is only the victims' workplace; recruitment in person -> internet no (look-alike). V2 aged 17 -> minor yes.")
K("H19-042", "yes", "logistics", "unspecified", "Foody", "", "no",
  "forced_labour", 6, "no", "male", "cross_border", "CYP NPL", 2,
  "deception document_retention debt_bondage threat",
  "Men made to ride under the brothers' accounts on the food-delivery app Foody, which paid the brothers -> the offenders' use of an internet-based service; daily-life app with no scheme type -> unspecified, logistics (open point; heldout19 and heldout20 call). Passports kept 'for the university' -> deception by pretext. Aged 21-28 -> minor no.")
K("H19-043", "yes", "advertising", "classified_ads", "OLX", "fishing", "no",
  "sexual_exploitation", 3, "no", "female", "cross_border", "KAZ RUS", 1,
  "debt_bondage force threat",
  "Ads posted on OLX and renewed -> advertising, classified_ads, fishing. Russian citizen among the women -> cross_border (C8). Aged 20-26 -> minor no. Struck with a belt -> force.")
K("H19-044", *NO, "sexual_exploitation", 4, "no", "female", "cross_border", "MLT UKR", 2,
  "deception document_retention debt_bondage abuse_of_vulnerability",
  "Fax, telegram and bank transfer only -> internet no. Ukrainian women -> cross_border. Could not speak the language or leave -> abuse_of_vulnerability.")
K("H19-045", *NO, "forced_labour", 2, "no", "female", "cross_border", "BHR UGA", 2,
  "document_retention force other",
  "Cameras wired to a monitor in the bedroom -> no internet. Cameras watching the women -> other; locked doors and a blow -> force. Ugandan workers -> cross_border. Telephones kept: not coded as a means of its own (other already applies for the cameras).")
K("H19-046", *NO, "forced_criminal_activity", 2, "yes", "male", "domestic", "URY", 3,
  "debt_bondage threat force abuse_of_vulnerability",
  "No technology -> internet no. Boys made to steal cattle -> forced_criminal_activity. Not allowed to leave -> force (confinement); firearm threat -> threat; boys who had left home -> abuse_of_vulnerability (runaways, heldout20 call).")
K("H19-047", "yes", "recruitment", "social_media", "Facebook", "fishing", "yes",
  "forced_labour", 5, "no", "male", "cross_border", "LVA GBR", 2,
  "deception document_retention debt_bondage",
  "Facebook post written by the first defendant from Spalding, answered by men in Latvia -> recruitment, fishing, cyber_flow yes (C7, C13). Aged 28-56 -> minor no.")
K("H19-048", *NO, "sexual_exploitation", 2, "yes", "female", "domestic", "SLV", 2,
  "deception debt_bondage threat",
  "Only the mother's missing-person post on Facebook is online -> not coded (C3; relatives' posts). Girls 14 and 15 -> minor yes. Neighbour fugitive, not tried -> offenders 2.")
K("H19-049", "yes", "logistics", "messaging_app", "WhatsApp", "", "yes",
  "sexual_exploitation", 2, "no", "female", "cross_border", "AZE TUR", 1,
  "deception document_retention",
  "Photos and passport copies sent by WhatsApp to a Turkish partner offender who paid her -> offender-to-offender: no advertising, logistics, cyber_flow yes (C14, C7). Aged 21 and 26 -> minor no. Partner not arrested -> offenders 1.")
K("H19-050", "yes", "advertising", "messaging_app", "WhatsApp|Facebook Messenger", "hunting", "no",
  "sexual_exploitation", 2, "yes", "female", "domestic", "MUS", 2,
  "abuse_of_vulnerability",
  "Photos with a price sent through WhatsApp and Facebook Messenger to men she had chosen -> advertising + hunting (C6). Girls 15 and 16 living in a shelter -> minor yes, abuse_of_vulnerability.")
K("H19-051", "yes", "recruitment", "freestanding_website email", "EuroStaff Malta", "fishing", "yes",
  "forced_labour", 7, "no", "male female", "cross_border", "MLT UKR MDA", 2,
  "deception document_retention debt_bondage threat",
  "Vacancies advertised on the website of 'EuroStaff Malta' that Accused 1 set up and managed -> freestanding_website (C15), recruitment, fishing; contracts and invoices e-mailed -> email. Site in Malta, applicants from Ukraine and Moldova -> cyber_flow yes (C7). Aged 20-38 -> minor no.")
K("H19-052", "yes", "advertising", "dating", "", "fishing", "yes",
  "forced_marriage", 3, "yes", "female", "cross_border", "HUN CYP", 3,
  "deception document_retention debt_bondage abuse_of_vulnerability",
  "Profiles of the women created on an international marriage and introduction website (not the defendants' own) -> dating (C15); men in Cyprus who answered paid for the 'introduction' -> offering the victims to buyers: advertising, fishing; Hungary to Cyprus -> cyber_flow yes. Made to marry -> forced_marriage. One aged 17 -> minor yes. Poverty and limited schooling -> abuse_of_vulnerability.")
K("H19-053", *NO, "forced_labour", 5, "no", "male", "cross_border", "PLW CHN", 1,
  "deception document_retention debt_bondage threat",
  "Radio advertisements and a sub-agent's shop -> internet no. Aged 22-36 -> minor no.")
K("H19-054", *NO, "sexual_exploitation", 2, "no", "female", "cross_border", "JOR SYR", 2,
  "threat",
  "A drafted ad never published on any website or application -> not coded (C4). Clients telephoned. Syrian women -> cross_border (C8). Generic 'forced' not coded as force (heldout11/20 call).")
K("H19-055", "yes", "recruitment", "social_media", "Facebook", "hunting", "no",
  "forced_labour sexual_exploitation", 1, "yes", "female", "domestic", "SLV", 1,
  "deception force threat",
  "'had first written to a 13-year-old girl ... through Facebook' -> first contact, hunting, recruitment (C13). 'virtual classes' are the school's, not coded (C3). Domestic work and sale to two men -> forced_labour and sexual_exploitation. Kept inside -> force. Paying men not defendants -> offenders 1.")
K("H19-056", *NO, "forced_labour", 4, "no", "male female", "cross_border", "MDA DEU ROU", 2,
  "deception document_retention debt_bondage",
  "Telegram recruitment reported but not corroborated, no account found -> not coded (C4). Aged 19-45 -> minor no. Romania as transit listed.")
K("H19-057", "yes", "recruitment", "freestanding_website email", "Zam-Care Placements", "fishing", "no",
  "forced_labour", 4, "no", "female", "cross_border", "ZMB ZAF", 1,
  "deception document_retention debt_bondage",
  "Website that the accused set up and ran offering jobs, she applied -> freestanding_website (C15), recruitment, fishing; contract sent by e-mail -> email. Site in Lusaka, applicant in Kabwe -> cyber_flow no. She and three other women -> 4. The internet cafe is where she used the site, not a separate act.")
K("H19-058", "yes", "advertising", "freestanding_website unspecified", "bitcoin", "fishing", "yes",
  "sexual_exploitation", 3, "no", "female", "cross_border", "CYP ROU", 1,
  "deception debt_bondage threat",
  "Ads placed on an escort website, men answered -> advertising, freestanding_website, fishing. Paid for the ads and sent proceeds to his partner in Constanta in bitcoin -> online payment (C1), unspecified; the transfer links offenders in Cyprus and Romania -> cyber_flow yes (C7/C14). Aged 21-30 -> minor no. Partner not charged -> offenders 1.")
K("H19-059", "yes", "advertising", "classified_ads", "Bazos", "fishing", "yes",
  "sexual_exploitation", 2, "no", "female", "cross_border", "CZE BGR AUT", 2,
  "deception document_retention debt_bondage force",
  "Ads posted on the classifieds website Bazos -> advertising, classified_ads, fishing. Buyers drove from Austria after reading the ads -> the internet linked offenders in Czechia and buyers in Austria -> cyber_flow yes (C7). Aged 20 and 18 -> minor no. Beaten -> force.")
K("H19-060", *NO, "forced_labour", 2, "no", "male", "cross_border", "LUX CHN", 1,
  "document_retention debt_bondage",
  "Telephone and SMS only; the one e-mail was the cooks' lawyer's -> not coded (C3) -> internet no. Men aged 28 and 35 -> minor no. No promise or lie described -> no deception.")

assert len(lib.CASES) == 60, len(lib.CASES)
out = os.path.join(HERE, "heldout19-first60-coded-by-annotator20.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for c in sorted(lib.CASES, key=lambda c: c["id"]):
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(lib.CASES), "->", out)
