"""Cross-coding of heldout25's first 60 summaries by the annotator of heldout26.

Reads /tmp/h25-first60-summaries.jsonl (id, country, year, summary only), adds the labels of coding
scheme v1 decided by hand under the conventions annex (C1-C16) and the same sides on open points as
heldout26 (see /tmp/heldout26/README.md), and writes
heldout25-first60-coded-by-annotator26.jsonl next to this script. Summaries are copied unchanged
(json.dumps with the default ensure_ascii=True, as in the input file, so the bytes are identical).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/tmp/h25-first60-summaries.jsonl"
OUT = os.path.join(HERE, "heldout25-first60-coded-by-annotator26.jsonl")

CODES = {}


def K(id, iu, pur, pt, pl, st, cf, forms, vt, vm, vs, border, countries, ot, means, notes):
    sp = lambda s: s.split() if s else []
    CODES[id] = dict(internet_used=iu, purposes=sp(pur), platform_types=sp(pt),
                     platforms=[x for x in pl.split("|") if x] if pl else [], strategies=sp(st),
                     cyber_flow=cf, forms=sp(forms), victims_total=vt, victims_minor=vm,
                     victim_sex=sp(vs), border=border, countries=sp(countries), offenders_total=ot,
                     means=sp(means), notes=notes)


K("H25-001", "yes", "recruitment", "messaging_app", "WhatsApp", "hunting", "yes", "forced_labour", 11, "no", "male",
  "cross_border", "SLV HND", 1, "abuse_of_vulnerability deception",
  "'sent WhatsApp messages to men' whose numbers he had obtained = first contact (C13) -> hunting. Contractor in SLV, men in Choluteca, HND -> cyber_flow yes (C7). 'men' -> minor no. Court: took advantage of their situation -> abuse_of_vulnerability; promised wage a deceit -> deception. Wages 'used for food and the fare' = deductions, no debt described -> no debt_bondage (side).")
K("H25-002", "no", "", "", "", "", "no", "forced_begging forced_criminal_activity", 6, "yes", "female male",
  "cross_border", "UGA BDI RWA", 3, "deception other threat",
  "Telephone calls and SMS only -> internet no. Begging and taking phones from drivers -> forced_begging + forced_criminal_activity. Ages 9-14, four boys two girls. Transit RWA listed. Shortfall doubled next day = a fine -> other (side); threat of police -> threat; schooling promised -> deception. Three committed for trial -> 3.")
K("H25-003", "yes", "recruitment", "unspecified", "Tibia", "hunting", "no", "other", 3, "yes", "male",
  "domestic", "SLV", 2, "deception document_retention drugs",
  "'contacted three players through the chat of the online game Tibia' -> hunting (C13); named game -> unspecified (side). Forced fights for betting spectators -> form other. 16-year-old among them -> minor yes; two 'men' -> male. Only Soyapango named, no nationality -> domestic (C8). Pills 'to keep them going' -> drugs.")
K("H25-004", "yes", "advertising", "classified_ads", "Craigslist", "fishing", "no", "sexual_exploitation", 3, "yes", "female",
  "domestic", "USA", 1, "deception drugs threat",
  "'Craiglist' normalised to Craigslist (scheme); ads in erotic services -> advertising, fishing. Met at a bus stop (in person). Claimant 17 plus two adult women -> 3 victims, minor yes. Tacoma/Federal Way only -> domestic. Crack cocaine supplied -> drugs.")
K("H25-005", "yes", "advertising", "unspecified email", "", "fishing", "no", "sexual_exploitation", 4, "yes", "female",
  "cross_border", "THA LAO", 2, "abuse_of_vulnerability deception drugs",
  "Messages offering the girls posted on 'a general Thai web board' (a forum that is no sex site) -> unspecified (side), advertising, fishing; customers' enquiries by e-mail -> email (part of the advertising). Customers were visitors staying in Pattaya -> cyber_flow no. Lao girls 15-16 -> minor, cross_border. Wife (second defendant) counted -> 2.")
K("H25-006", "yes", "advertising", "classified_ads", "Locanto", "fishing", "no", "sexual_exploitation", 9, "no", "female",
  "cross_border", "TTO VEN", 4, "deception drugs force",
  "Advertised on Locanto -> advertising, classified_ads, fishing. The Unit's monitoring of listings is police use (C3). Venezuelan women -> cross_border (C8). Beaten -> force; cocaine -> drugs.")
K("H25-007", "no", "", "", "", "", "no", "forced_criminal_activity", 7, "yes", "male",
  "domestic", "COL", 2, "deception other threat",
  "Agency office and money-transfer office, no 'online' -> internet no (C1). Harvesting and processing coca -> forced_criminal_activity (judgement call: the work itself is a crime; not also forced_labour). Medellín to Putumayo -> domestic. Armed men who watched them and did not let them leave -> other (side: guards/surveillance); families would suffer -> threat; 'farm work' promised -> deception.")
K("H25-008", "no", "", "", "", "", "no", "forced_labour", 1, "no", "female",
  "unknown", "DOM", 2, "deception threat",
  "Only the victim (Facebook message to a cousin for help) and the cousin (the Unit's web page) used the internet -> not coded (C3). Domestic servitude -> forced_labour (side). No nationality or place stated ('call immigration' is a threat, not a stated nationality) -> border unknown (C8); DOM listed (side). 34 -> minor no.")
K("H25-009", "yes", "recruitment", "messaging_app", "Facebook Messenger", "hunting", "no", "other", 5, "no", "male",
  "domestic", "IRL", 2, "abuse_of_vulnerability deception document_retention force",
  "'messaging them on Facebook Messenger' with offers = first contact (C13) -> hunting; Messenger -> messaging_app. Exploitation = use of the men's identities for welfare and bank fraud (the men were not made to work or commit crimes) -> form other. Irish men, Limerick -> domestic. Targeted homeless, alcohol-dependent men -> abuse_of_vulnerability; passports and PPS cards -> document_retention; beaten with a bar, false imprisonment -> force.")
K("H25-010", "yes", "exploitation advertising", "freestanding_website webcam_livestream", "", "fishing", "yes", "sexual_exploitation", 9, "no", "female",
  "cross_border", "ISR MDA", 3, "abuse_of_vulnerability deception other",
  "Subscription site run by the accused selling live shows to members -> exploitation + advertising, fishing (C15). Members in ISR, women in Chisinau -> cyber_flow yes; women never moved -> cross_border (C9). Local partner prosecuted in Moldova, not among 'the three accused' -> 3 (C11). 'online conversation work' -> deception; fines -> other (side); set quotas to exploit their distress -> abuse_of_vulnerability. Recruitment medium not stated -> no recruitment purpose.")
K("H25-011", "no", "", "", "", "", "no", "forced_labour sexual_exploitation", 1, "yes", "female",
  "domestic", "IRL", 2, "deception",
  "No internet. Girl kept at home to clean and mind children and made available to men -> forced_labour + sexual_exploitation. Cork to Galway -> domestic. Promise of school -> deception.")
K("H25-012", "no", "", "", "", "", "no", "sexual_exploitation", 3, "no", "female",
  "cross_border", "RWA COD", 2, "document_retention drugs threat",
  "Mobile telephone and SMS only -> internet no. 'Congolese nationality' read as the DRC (neighbouring state; judgement call, COG possible) -> cross_border (C8). Co-accused cousin convicted in the same case -> 2. Cannabis before clients -> drugs. No key to their rooms is not said to be locking in -> no force.")
K("H25-013", "yes", "exploitation", "webcam_livestream", "", "", "yes", "sexual_exploitation", 2, "yes", "female",
  "cross_border", "MEX USA CAN", 2, "document_retention threat",
  "Sexual acts before a webcam for men in the USA and Canada -> exploitation, webcam_livestream, cyber_flow yes, cross_border (C9). No ad or first contact -> no strategy. Birth certificates and school records kept -> document_retention; recordings shown to mothers -> threat.")
K("H25-014", "yes", "recruitment", "social_media", "Hi5", "hunting", "no", "sexual_exploitation", 1, "yes", "female",
  "cross_border", "PER BOL", 1, "deception force threat",
  "'contacted her through her Hi5 profile' -> hunting (C13); Hi5 is a social network -> social_media. Both in Juliaca when contacted -> cyber_flow no. 'third-year secondary school student' -> minor (side: school grades). Taken to El Alto -> cross_border.")
K("H25-015", "no", "", "", "", "", "no", "sexual_exploitation", 2, "yes", "female",
  "cross_border", "SRB BIH", 2, "deception force other",
  "Printed classifieds and telephone -> internet no. Girl of 17 -> minor. BiH nationals -> cross_border (C8). Never left alone, accompanied to the shop -> other (side); struck -> force; hostess work -> deception.")
K("H25-016", "no", "", "", "", "", "no", "forced_labour", 6, "no", "male",
  "domestic", "ECU", 2, "debt_bondage deception threat",
  "Approached in person -> internet no. Men aged 20-45 -> minor no. Riobamba to Quevedo -> domestic. Advances to be worked off, kept unpayable -> debt_bondage; fortnightly wages offered, none paid -> deception; 'taught a lesson', police -> threat.")
K("H25-017", "no", "", "", "", "", "no", "sexual_exploitation forced_labour", 4, "no", "female",
  "domestic", "NPL", 2, "debt_bondage deception force threat",
  "Phone calls -> internet no. Sexual services plus unpaid cleaning and cooking at the owner's house -> both forms. 'Advance' repaid from earnings -> debt_bondage. Beaten -> force.")
K("H25-018", "no", "", "", "", "", "no", "sexual_exploitation", 7, "yes", "female",
  "domestic", "VNM", 3, "abuse_of_vulnerability debt_bondage threat",
  "Online newspaper reporter and a family's e-mail forwarded to police -> not the offenders' (C3) -> internet no. Two under 16 -> minor. Ha Giang/Lao Cai to Hanoi -> domestic. Owed clothes and board, kept working until paid -> debt_bondage. Chose poor ethnic-minority girls who could not read -> abuse_of_vulnerability.")
K("H25-019", "yes", "advertising", "social_media", "Facebook", "fishing", "no", "forced_labour", 8, "no", "male",
  "domestic", "ALB", 2, "debt_bondage threat",
  "Facebook page offering the men's labour to clients who answered -> advertising, fishing (ads for the labour of victims). Picked up in person in Tirana. Tirana to Fier -> domestic. Transport to be 'paid back' before leaving -> debt_bondage; reported as thieves -> threat.")
K("H25-020", "yes", "exploitation", "webcam_livestream unspecified", "", "", "yes", "sexual_exploitation", "unknown", "unknown", "",
  "cross_border", "BEL PHL", 1, "deception force",
  "Defendant (a buyer-offender in BEL) paid by online transfers (C1 -> unspecified) for livestreamed abuse in PHL -> exploitation, webcam_livestream, cyber_flow yes, cross_border (C9). No number, age or sex of the victims -> unknown / empty. False promises -> deception; held down -> force.")
K("H25-021", "yes", "recruitment", "unspecified", "World of Warcraft", "hunting", "yes", "forced_labour", 1, "yes", "male",
  "cross_border", "LVA GBR", 1, "deception other threat",
  "'was contacted in the chat of the online game World of Warcraft' by the man -> hunting (C13); named game -> unspecified (side). Man in Peterborough, boy in Latvia -> cyber_flow yes. Born 14 March 1993, July 2008 -> 15. Not allowed out without the man or partner -> other (side: escort); prison threat -> threat; pocket money promised, nothing paid -> deception. Partner not prosecuted (C11).")
K("H25-022", "yes", "recruitment", "job_portal", "", "fishing", "no", "organ_removal", 4, "unknown", "male",
  "domestic", "MNG", 2, "abuse_of_vulnerability deception force",
  "Ads on the job board of a national employment portal -> job_portal, recruitment, fishing. 'young men' -> minor unknown (side). Aimags to Ulaanbaatar -> domestic. Held under lock -> force; chose herding families who had sold livestock -> abuse_of_vulnerability.")
K("H25-023", "yes", "advertising", "freestanding_website", "", "fishing", "no", "sexual_exploitation", 2, "no", "female",
  "domestic", "BGR", 2, "deception force",
  "The man's mother put their pictures on an escort website -> advertising, freestanding_website (C2), fishing. Caller found the hotline on Facebook -> victim's use (C3). 'woman' -> minor no. Pleven to Sofia -> domestic. Door locked from outside, friend hit -> force.")
K("H25-024", "yes", "advertising", "messaging_app", "WhatsApp", "hunting", "no", "forced_labour", 5, "yes", "male",
  "domestic", "SGP", 2, "force other threat",
  "WhatsApp photos of the workers sent to a list of contractors who paid day rates -> offers to chosen buyers (C6) -> advertising + hunting. Three aged 15-17 -> minor. Only Singapore places, no nationality -> domestic (C8). Storeroom locked at night, slapping -> force; phones taken -> other; mother 'visited' -> threat. Sex: one 'his' -> male.")
K("H25-025", "yes", "recruitment", "dating unspecified", "Tinder", "hunting", "no", "forced_begging", 1, "no", "female",
  "domestic", "NOR", 1, "document_retention other",
  "Matched on Tinder and 'wrote to her first' -> hunting (C5/C13), dating. Location-sharing setting used to follow her -> the offender's use of an unnamed internet service -> unspecified (no extra purpose, recruitment applies). Norwegian woman, Bergen -> domestic. Bank and identity cards kept -> document_retention; tracking -> other (side: surveillance).")
K("H25-026", "no", "", "", "", "", "no", "organ_removal", 5, "no", "male",
  "domestic", "SVK CZE", 4, "debt_bondage deception document_retention",
  "In person -> internet no. Slovak men moved Prešov/Košice to Bratislava -> domestic; CZE listed as where the requested offender was (side). M.K. and three co-accused -> 4. Accommodation costs to be repaid -> debt_bondage; identity cards -> document_retention; warehouse jobs -> deception.")
K("H25-027", "yes", "recruitment", "messaging_app", "WhatsApp", "hunting", "yes", "sexual_exploitation", 3, "no", "female",
  "cross_border", "ESP PRY", 2, "debt_bondage deception threat",
  "WhatsApp messages sent from Murcia to women in Asunción -> hunting (C13), cyber_flow yes (C7). Travel debt -> debt_bondage.")
K("H25-028", "yes", "recruitment", "messaging_app", "Yahoo Messenger", "", "yes", "forced_labour", 11, "unknown", "male",
  "cross_border", "IND ARE", 1, "abuse_of_vulnerability deception",
  "Uncharged Dubai agent acting for the offenders 'chatted with them over Yahoo Messenger' -> recruitment (C3), but 'chatted with' gives no strategy (C13). Agent in Dubai, men in Aluva -> cyber_flow yes. 'young men' -> minor unknown (side). Labour exploitation on a building site at a third of the promised pay -> forced_labour (form from the facts). Sub-agent counted on the families' pledges -> abuse_of_vulnerability. Only the sub-agent charged -> 1.")
K("H25-029", "yes", "exploitation", "webcam_livestream", "", "", "yes", "sexual_exploitation", 5, "no", "female",
  "cross_border", "NAM DEU", 2, "debt_bondage force",
  "Webcam sexual acts in Windhoek for paying viewers in Germany -> exploitation, cyber_flow yes, cross_border (C9). Complainant and four others aged 19-26 -> 5, minor no. Debt for 'equipment and rent' deducted -> debt_bondage (a debt is described); beaten -> force.")
K("H25-030", "no", "", "", "", "", "no", "forced_criminal_activity", 2, "no", "female male",
  "cross_border", "BIH SRB", 1, "deception threat",
  "OLX advertisement found by the trial court not to exist -> not coded (C4); approached at a bus station -> internet no. Victims used as straw owners of companies for fraudulent loans -> forced_criminal_activity (judgement call). Serbian nationals -> cross_border (C8).")
K("H25-031", "yes", "logistics", "messaging_app", "Telegram", "", "yes", "forced_begging", 2, "no", "male",
  "cross_border", "EST FIN", 2, "abuse_of_vulnerability force",
  "Telegram messages between the first accused and the Helsinki participant (offenders only) -> logistics, cyber_flow yes (C7/C14). Ferry Tallinn-Helsinki -> cross_border. Third participant prosecuted in Finland, not counted here -> 2. Slapped and pushed -> force; chose dependent disabled men -> abuse_of_vulnerability.")
K("H25-032", "yes", "advertising", "freestanding_website messaging_app", "WhatsApp", "fishing", "no", "sexual_exploitation", 12, "no", "female",
  "cross_border", "QAT UZB KGZ", 5, "deception force other",
  "Own website offering 'home massage' with photos -> freestanding_website (C15), advertising, fishing; WhatsApp number for bookings -> messaging_app (part of the advertising). Beauty salon jobs -> deception; beaten -> force; phones withheld, driven and waited for -> other (side).")
K("H25-033", "yes", "exploitation", "messaging_app", "LINE", "", "no", "forced_criminal_activity", 6, "yes", "",
  "domestic", "TWN", 9, "deception document_retention force",
  "Made to run investment scams on LINE groups -> exploitation, messaging_app, no strategy, cyber_flow no, forced_criminal_activity (side of heldout22). Youngest born December 2003, facts in 2020 -> 16 -> minor. Sex not stated. Kaohsiung/Tainan to Taichung -> domestic. Confined and beaten -> force; ID cards taken -> document_retention.")
K("H25-034", "no", "", "", "", "", "no", "sexual_exploitation", 1, "yes", "female",
  "cross_border", "USA MEX", 2, "drugs",
  "Only the victim searched the internet for a shelter -> not coded (C3) -> internet no. Girl of fifteen from Tlaxcala -> minor, cross_border. Brother pleaded guilty to the same conspiracy -> counted (C11) -> 2. Alcohol and cocaine -> drugs. Courting is not stated as a false promise -> no deception.")
K("H25-035", "yes", "advertising", "freestanding_website", "", "fishing", "no", "sexual_exploitation", 3, "no", "female",
  "domestic", "MUS", 1, "force",
  "Manager put their photos on an escort website -> advertising, freestanding_website, fishing. Grand Baie only, no nationality -> domestic. Pushed and slapped -> force.")
K("H25-036", "no", "", "", "", "", "no", "sexual_exploitation", 3, "no", "female",
  "cross_border", "THA KHM", 1, "abuse_of_vulnerability",
  "Only the victim's sister wrote to a foundation's Facebook page -> not coded (C3). Cambodian women -> cross_border. Court: relied on their fear of arrest -> abuse_of_vulnerability. Transporter not charged.")
K("H25-037", "no", "", "", "", "", "no", "forced_begging forced_criminal_activity", 4, "no", "",
  "cross_border", "USA DOM", 2, "deception document_retention threat",
  "Word of mouth through relatives, boat crossing -> internet no. Begging and shoplifting -> both forms. Aged 22-40 -> minor no; sex not stated. Puerto Rico coded under USA (side: territory under its state). Families would have to repay the crossing is a threat, not a debt worked off -> threat only.")
K("H25-038", "no", "", "", "", "", "no", "sexual_exploitation", 3, "yes", "female",
  "unknown", "ECU", 2, "deception document_retention force",
  "Posters, agency office and bank deposit -> internet no (C1). Adolescents 16 and 17 -> minor. No place or nationality named -> border unknown (C8); ECU listed (side). Held in a room -> force.")
K("H25-039", "yes", "recruitment", "messaging_app", "Yahoo Messenger", "hunting", "no", "organ_removal", 1, "yes", "male",
  "domestic", "LKA", 2, "deception drugs",
  "Broker 'contacted the victim ... through Yahoo Messenger' -> hunting (C13). 17-year-old boy. Kuliyapitiya to Colombo -> domestic. Sleeping tablets -> drugs; hotel job -> deception. 'kept in a lodge' without locking -> no force.")
K("H25-040", "yes", "advertising", "email", "", "hunting", "no", "forced_labour", 6, "yes", "male",
  "domestic", "GBR", 2, "deception force other",
  "Photos of the boys e-mailed to three farm managers, offering them as pickers -> offers to chosen buyers (C6) -> advertising + hunting. Recruited in person at the school gates. 'Year 10 pupils' and 'boys' -> minor. Fines for resting -> other; pushed into a van, kept at the fields -> force; 'cash in hand', no money -> deception.")
K("H25-041", "yes", "exploitation", "social_media dating", "Facebook", "", "no", "forced_criminal_activity forced_labour", 14, "unknown", "male",
  "cross_border", "MWI ZMB ZWE", 3, "force",
  "Forced romance scams on Facebook and dating sites -> exploitation, social_media + dating, no strategy, cyber_flow no (targets are neither victims nor buyers, side). Also made to clean, cook and wash -> forced_labour. 'young men' -> minor unknown. Locked in, beaten -> force. The call-centre story came from relatives, not said to act for the suspects -> no deception.")
K("H25-042", "yes", "advertising", "social_media", "Facebook", "fishing", "yes", "forced_marriage", 6, "unknown", "female",
  "cross_border", "LKA CHN", 2, "deception force",
  "Facebook page posting the women's photos, answered by men in China who paid -> advertising, fishing, cyber_flow yes (offenders in LKA, buyers in CHN). 'at least six' -> 6 (C12). 'young women' -> minor unknown. Two remanded suspects counted (C11). Garment jobs promised -> deception; confined and beaten by husbands -> force.")
K("H25-043", "yes", "logistics", "messaging_app", "WhatsApp", "", "no", "sexual_exploitation", 5, "yes", "female",
  "unknown", "GHA", 3, "drugs other threat",
  "WhatsApp only among the three convicts -> logistics (C14); customers by word of mouth. No place or nationality named -> border unknown; GHA listed (side); cyber_flow no. Two girls 14 and 16 -> minor. Tramadol and alcohol -> drugs; 'juju' -> other (oath, side) + threat (death if they spoke).")
K("H25-044", "no", "", "", "", "", "no", "forced_begging forced_criminal_activity", 2, "yes", "female male",
  "cross_border", "SLV GTM", 1, "deception force threat",
  "Letters -> internet no. Begging and carrying drugs -> both forms. 'sixth-grade pupil and her younger brother' -> minor (side: grades). Guatemalan children -> cross_border.")
K("H25-045", "yes", "recruitment", "job_portal", "", "fishing", "no", "sexual_exploitation", 2, "no", "female",
  "domestic", "BTN", 1, "deception other",
  "Vacancy posted on 'a Bhutanese jobs website' and answered -> job_portal (C2), recruitment, fishing. Paro/Punakha to Phuentsholing -> domestic. Fines for refusing -> other (side); singers and receptionists -> deception.")
K("H25-046", "no", "", "", "", "", "no", "forced_marriage", 3, "unknown", "female",
  "domestic", "MMR THA", 2, "abuse_of_vulnerability debt_bondage",
  "In person -> internet no. Daughters married for payment and made to repay 'bride money' by work -> forced_marriage with debt_bondage (side: bride price to be given back by work). No ages -> minor unknown. Shan State to Mandalay -> domestic; THA listed as where the offender was arrested. Husband convicted in Myanmar counted -> 2. Chose families that could not refuse -> abuse_of_vulnerability.")
K("H25-047", "no", "", "", "", "", "no", "forced_marriage", 1, "no", "female",
  "cross_border", "CAN IND", 3, "document_retention threat",
  "Matrimonial website alleged but no evidence -> not coded (C4); relatives by telephone -> internet no. Married in Punjab, brought to Canada -> cross_border. Couple convicted and son acquitted, all tried -> 3 (C11).")
K("H25-048", "yes", "recruitment", "social_media", "Facebook", "hunting", "yes", "forced_labour", 5, "yes", "male",
  "cross_border", "IND NPL", 1, "debt_bondage document_retention",
  "Workshop owner in Mumbai 'contacted five boys in Nepal through Facebook' -> hunting, cyber_flow yes (C7). Advances to parents worked off -> debt_bondage (side); identity papers -> document_retention.")
K("H25-049", "yes", "exploitation", "email", "", "", "no", "forced_criminal_activity forced_labour", 4, "yes", "",
  "cross_border", "IND NPL", 2, "drugs other",
  "Made to send scam e-mails -> exploitation, email, no strategy, cyber_flow no (side on forced scams). Also cooking and cleaning -> forced_labour. Nepali nationals 15-17 -> minor, cross_border (C8). Ganja daily -> drugs; fines for sleeping -> other.")
K("H25-050", "yes", "advertising", "freestanding_website", "", "fishing", "no", "sexual_exploitation", 1, "yes", "female",
  "cross_border", "CHL COL", 2, "debt_bondage other",
  "Advertised on an escort website -> freestanding_website (C2), advertising, fishing. 17 -> minor. Cali to Antofagasta. 'travel debt' -> debt_bondage; fines -> other.")
K("H25-051", "yes", "advertising", "freestanding_website", "", "fishing", "yes", "sexual_exploitation", 3, "no", "female",
  "cross_border", "BGR BEL", 2, "abuse_of_vulnerability debt_bondage",
  "Photos and prices posted from Sliven on a forum devoted to paid sex in Belgium -> advertising, fishing; forum about buying sex -> freestanding_website (side). Offender in BGR, clients in BEL arranged from there -> cyber_flow yes (C7).")
K("H25-052", "no", "", "", "", "", "no", "sexual_exploitation", 4, "no", "female",
  "cross_border", "USA CHN", 1, "deception force",
  "Telephone calls and texts to a number on a window sign -> internet no. Women from China -> cross_border. Pushed and slapped -> force.")
K("H25-053", "no", "", "", "", "", "no", "forced_labour sexual_exploitation", 5, "no", "female",
  "cross_border", "MEX HND", 1, "deception document_retention",
  "Facebook job ads drafted but never published -> not coded (C4); approached at a shelter -> internet no. Unpaid bar work and going with customers -> both forms. Only the agency owner charged -> 1; the bar manager's keeping of passports is still a means in the case -> document_retention.")
K("H25-054", "yes", "logistics", "unspecified", "PromptPay", "", "no", "sexual_exploitation", 1, "no", "female",
  "cross_border", "THA LAO", 1, "abuse_of_vulnerability deception threat",
  "Customers paid the owner by PromptPay -> internet use (C1, C16), national payment app -> unspecified (side), logistics. Lao woman 28 -> cross_border, minor no. Owner used her overstay and isolation -> abuse_of_vulnerability; police would arrest her -> threat.")
K("H25-055", "yes", "advertising", "classified_ads", "Vivalocal", "fishing", "no", "sexual_exploitation", 6, "yes", "female",
  "cross_border", "BRA PRY", 3, "abuse_of_vulnerability",
  "Ads on the classified site Vivalocal, customers answered -> advertising, classified_ads, fishing. Adolescents 15 and 17 -> minor. Charged for rooms and meals, no debt described -> no debt_bondage (side). Court: knowingly took advantage of poverty and status -> abuse_of_vulnerability.")
K("H25-056", "no", "", "", "", "", "no", "forced_labour", 19, "yes", "male",
  "cross_border", "MAR GIN CIV DZA", 1, "abuse_of_vulnerability deception force",
  "Approached in person -> internet no. Three boys 15-16 -> minor; sex of the others not stated -> male. Crossed from Algeria -> DZA as transit. Padlocked shed, beatings -> force; chose migrants without papers -> abuse_of_vulnerability. Only the owner charged -> 1.")
K("H25-057", "yes", "recruitment", "job_portal", "", "fishing", "no", "forced_labour", 11, "unknown", "",
  "domestic", "BTN", 1, "debt_bondage deception threat",
  "Advertisement on a Bhutanese job portal answered -> recruitment, job_portal, fishing. 'youths' -> minor unknown (C10 analogy with 'young people'); sex not stated. Trashigang/Samdrup Jongkhar to Wangdue Phodrang -> domestic. Costs to be repaid before wages -> debt_bondage.")
K("H25-058", "yes", "recruitment", "dating", "", "hunting", "no", "sexual_exploitation", 1, "no", "female",
  "domestic", "BGD", 2, "deception threat",
  "'a man wrote to her through an internet matchmaking site' -> dating (C2), hunting (C13). Rajshahi to Chittagong -> domestic. Aged 23 -> minor no. Marriage promised -> deception.")
K("H25-059", "no", "", "", "", "", "no", "sexual_exploitation", 1, "yes", "female",
  "domestic", "CYP", 1, "deception threat",
  "Agency office and bank transfer -> internet no (C1). 17 at the time -> minor. Cypriot, Limassol to Nicosia -> domestic.")
K("H25-060", "no", "", "", "", "", "no", "forced_labour", 1, "unknown", "male",
  "domestic", "CAN", 1, "deception drugs threat",
  "Word of mouth through relatives -> internet no. Nova Scotia to Alberta -> domestic. No age -> minor unknown. Oxycodone supplied -> drugs; pay far below promised -> deception; 'left on the road' -> threat.")

rows = [json.loads(l) for l in open(SRC, encoding="utf-8")]
assert len(rows) == 60 and set(r["id"] for r in rows) == set(CODES), "ids"
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        o = {"id": r["id"], "country": r["country"], "year": r["year"], "summary": r["summary"]}
        o.update(CODES[r["id"]])
        f.write(json.dumps(o) + "\n")
# the summaries must be byte-identical to the input's JSON text
src_raw = [l for l in open(SRC, encoding="utf-8")]
out_raw = [l for l in open(OUT, encoding="utf-8")]
for a, b in zip(src_raw, out_raw):
    sa = json.dumps(json.loads(a)["summary"]); sb = json.dumps(json.loads(b)["summary"])
    assert sa == sb and sa in a and sb in b
print(f"wrote {len(rows)} coded cases to {OUT}")
