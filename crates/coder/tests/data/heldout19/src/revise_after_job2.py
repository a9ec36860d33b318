"""Revision after job 2 (cross-coding of heldout18's first 60 summaries).
Cases of heldout19 that shared a setting, numbers or wording with those 60 summaries are moved
to other settings keeping their hard-case structure; labels are re-decided. Called by build.py
after b01..b06 are loaded. Each entry: id -> (list of (old, new) text replacements, label updates,
reason). Replacements must match exactly once."""

R = {}
def rev(id, reps, reason, **labels):
    R[id] = (reps, labels, reason)

rev("H19-006", [("offering USD 1,200 a month", "offering USD 1,100 a month"),
                ("a debt of USD 8,000 each", "a debt of USD 6,500 each")],
    "salary and debt figures equal to H18-031 (same route to a Myanmar compound)")
rev("H19-011", [("Magistrate's Court, Mafeteng", "Magistrate's Court, Mohale's Hoek"),
                ("of Ha Ramokoatsi, Mafeteng", "of a village near Mohale's Hoek"),
                ("from Mafeteng across the border at Van Rooyen's Gate to Bloemfontein, South Africa",
                 "from Mohale's Hoek across the border at Maseru Bridge to Welkom, South Africa")],
    "same town (Mafeteng) and Free State destination as H18-034")
rev("H19-012", [("six women from Ganta and Gbarnga", "six women from Voinjama and Zorzor"),
                ("rescued in Muscat", "rescued in Erbil"),
                ("visited churches and markets in Nimba and Bong counties offering 'hotel and restaurant jobs in the Gulf'",
                 "visited churches and markets in Lofa county offering 'hotel and restaurant jobs in the Middle East'"),
                ("her link to Oman came from her telephone: the Omani agency had paid her",
                 "her link to Iraq came from her telephone: an agency in Erbil had paid her"),
                ("The agency's staff in Oman were not before the court.", "The agency's staff in Iraq were not before the court.")],
    "same town (Gbarnga, Bong County) as H18-001 and Oman/Muscat domestic work as H18-025",
    countries=["LBR", "IRQ"],
    notes="Only online act: bitcoin payments from the agency (IRQ) to the defendant (LBR) -> cryptocurrency wallet is internet use (C1), unspecified, logistics; offender-to-offender across countries -> cyber_flow yes (C7/C14). Recruitment in person. 'locked inside' -> force.")
rev("H19-014", [("a lodge in Rubavu", "a lodge in Rusizi"), ("that in Rubavu the women", "that in Rusizi the women")],
    "same town (Rubavu) as H18-029")
rev("H19-015", [("in rented apartments in Rivas and Diriamba", "in hotel rooms in Tola and Diriamba"),
                ("took them to apartments that one of them reserved through Airbnb and Booking.com, changing the address every few weeks to avoid attracting attention.",
                 "took them to rooms in beach hotels near Tola that one of them booked online through Booking.com in his own name, telling the reception that the girls were his nieces."),
                ("RIVAS - ", "RIVAS - ")],
    "Airbnb rentals changed every few weeks to avoid detection, as in H18-006 and H18-027",
    platforms=["Booking.com"],
    notes="Only online act: hotel rooms booked online through Booking.com -> internet yes, logistics; accommodation booked online typed unspecified (open point; judgement call). Clients via taxi drivers, no online advertising. Girls 15-17 -> minor yes. Nicaraguan girls, all places in Nicaragua -> domestic.")
rev("H19-021", [("they owed USD 2,500 each", "they owed USD 2,800 each")], "debt figure USD 2,500 as in H18-006")
rev("H19-022", [("she owed CNY 20,000 for the crossing", "she owed CNY 18,000 for the crossing")],
    "Zalo recruitment of Vietnamese with a 20,000 debt as in H18-016")
rev("H19-024", [("Accd 2 sent their blood-test results and passports by WhatsApp to a broker at a private hospital in India, who arranged visas. V1-V3 flown to India 2022;",
                 "Accd 2 sent their blood-test results and passports by e-mail to a coordinator at a private clinic in Nairobi, Kenya, who arranged visas. V1-V3 flown to Nairobi 2022;"),
                ("Broker not identified.", "Coordinator not identified.")],
    "Facebook-group organ recruitment with a WhatsApp broker in India, as in H18-036",
    platform_types=["social_media", "email"], platforms=["Facebook"], countries=["MDG", "KEN"],
    notes="Facebook group posts answered by donors -> recruitment, fishing. E-mail from Accd 2 (MDG) to the coordinator (KEN) -> email, cyber_flow yes (C7/C14); no separate logistics since recruitment applies. V1-V3 born 1992-1998 -> adults in 2021-22 -> minor no. Coordinator not counted (C11).")
rev("H19-025", [("a monthly salary of EUR 2,500", "a monthly salary of EUR 2,800")], "figure EUR 2,500 as in H18-041")
rev("H19-026", [("They had brought a 34-year-old man with an intellectual disability from their home village near Sliven to Finland in May 2021, promising him paid work in berry picking. Instead he was made to beg outside supermarkets in Oulu and Kempele for up to ten hours a day,",
                 "They had brought a 63-year-old woman who could not read or write from their home village near Sliven to Finland in May 2021, promising her paid work as a cleaner. Instead she was made to beg at the entrance of the railway station and of a market hall in Oulu for up to ten hours a day,"),
                ("He slept in the couple's car, was given one meal a day and had to hand over everything he received. The man's identity card was kept by the woman.",
                 "She slept in the couple's car, was given one meal a day and had to hand over everything she received. Her identity card was kept by the wife."),
                ("exploited his dependence on them and his inability to understand his situation.",
                 "exploited her dependence on them, her illiteracy and her lack of any Finnish.")],
    "begging by a man with an intellectual disability outside supermarkets, as in H18-004 and H18-017",
    victim_sex=["female"],
    notes="Begging through TikTok LIVE gifts: the exploitation itself happens online -> exploitation; TikTok -> social_media, livestream used to exploit -> webcam_livestream. No ads or first contact -> no strategy. Viewers' location not stated -> cyber_flow no. Bulgarian national -> cross_border. Woman of 63 -> minor no.")
rev("H19-036", [("registered in Addu City", "registered in Kulhudhuffushi"),
                ("nine Bangladeshi workers, all of them men", "nine Indian workers, all of them men"),
                ("to a sub-agent in Sylhet", "to a sub-agent in Tiruchirappalli"),
                ("brought them to Addu City in 2008", "brought them to Kulhudhuffushi in 2008")],
    "Addu City (H18-024) and Bangladeshi construction workers in the Maldives (H18-053)",
    countries=["MDV", "IND"],
    notes="The online immigration database and the ministry website were consulted by the police (C3) -> internet no. 'nine Indian workers, all of them men' -> 9, male. Debt claimed by the employer -> debt_bondage.")
rev("H19-039", [("offered each of them BBD 20,000 for a kidney", "offered each of them BBD 30,000 for a kidney"),
                ("each received only BBD 5,000", "each received only BBD 6,000")],
    "promised 20,000 / received 5,000 for a kidney, as in H18-050")
rev("H19-040", [("the construction of a guesthouse on Fuvahmulah", "the construction of a school extension on Thinadhoo")],
    "a guesthouse in the Maldives, as in H18-024")
rev("H19-045", [("the two women, Kenyan nationals aged 24 and 29", "the two women, Ugandan nationals aged 24 and 29")],
    "Kenyan housemaids locked in by Gulf employers, as in H18-059", countries=["BHR", "UGA"],
    notes="Closed-circuit cameras on an in-house monitor are not an internet service -> internet no. Locked in and struck -> force; constant watching -> other (judgement call). Ugandan nationals -> cross_border. Women 24/29 -> minor no.")
rev("H19-046", [("The Fiscalia de Paysandu obtained", "The Fiscalia de Tacuarembo obtained"),
                ("for the crimes of trafficking in persons and commercialisation of narcotics", "for the crimes of trafficking in persons and cattle theft (abigeato)"),
                ("the defendants housed three boys aged 15, 16 and 17, who had left their homes in the city, in a house in the outskirts of Paysandu, where they made them sell cocaine paste to consumers who came to the door, day and night.",
                 "the defendants housed two boys aged 14 and 16, who had left their homes in the city, on a smallholding outside Tacuarembo, from where they made them go out at night to cut fences and drive cattle from neighbouring ranches to a truck."),
                ("The adolescents were not allowed to leave the house, were told that they owed the group for drugs that had allegedly been 'lost',",
                 "The adolescents were not allowed to leave the smallholding, were told that they owed the group for their food and lodging,"),
                ("The defendants were sentenced to eight, seven and six years of prison.", "The defendants were sentenced to eight, seven and six years of prison.")],
    "three boys aged 15, 16 and 17 forced to carry/sell cocaine paste, as in H18-014",
    victims_total=2,
    notes="In person only -> internet no. Boys 14/16 -> minor yes. 'not allowed to leave' -> force (confinement). Forced cattle theft -> forced_criminal_activity.")
rev("H19-047", [("kept the men's identity cards and the bank cards for the accounts he had opened in their names, and paid them GBP 20 a week",
                 "kept the men's identity cards, collected their wages from the packing agency in cash, and paid them GBP 20 a week")],
    "bank accounts opened in the victims' names with cards held by the offender, as in H18-003")
rev("H19-052", [("a married couple from Ozd", "a married couple from Salgotarjan"),
                ("villages in Borsod county", "villages in Nograd county")],
    "same town (Ozd) as H18-035")
rev("H19-053", [("recruited five men from Comilla district, Bangladesh, aged 22 to 36, through advertisements broadcast on a local radio station in Comilla",
                 "recruited five men from Putian, Fujian province, China, aged 22 to 36, through advertisements broadcast on a local radio station in Putian")],
    "Bangladeshi construction workers recruited through broadcast/print ads, as in H18-053",
    countries=["PLW", "CHN"])
rev("H19-059", [("when a Bulgarian couple from her home town of Pleven offered her", "when a man from her home town of Pleven and his Czech partner offered her"),
                ("the couple took their identity cards", "the pair took their identity cards")],
    "wording 'a Bulgarian couple from her home town' close to H18-041")
rev("H19-062", [("of Parakou, unemployed", "of Kandi, unemployed"),
                ("pupils in Parakou", "pupils in Kandi"),
                ("of Saki (Nigeria)", "of Ogbomosho (Nigeria)"),
                ("across the border at Tchikandou to Nigeria", "across the border near Segbana to Nigeria"),
                ("the boys were handed to the operator of a granite quarry near Abeokuta, Ogun State, where they broke stones ten hours a day without pay",
                 "the boys were handed to the owner of a cocoa farm near Ondo, Ondo State, where they cleared bush and carried cocoa pods ten hours a day without pay"),
                ("from the quarry operator", "from the farm owner")],
    "Beninese boys in granite quarries near Abeokuta and Parakou, as in H18-045",
    notes="Accused 1 'initiated conversations' with the boys in the Free Fire game chat -> first contact online, hunting (C13), recruitment; a named game typed unspecified (open point; judgement call); then WhatsApp -> messaging_app. Boys 13-15 -> minor yes. Farm owner not charged (C11).")
rev("H19-063", [("promised them jobs as 'models' for a clothing shop", "promised them jobs as shop assistants in a phone-accessories store")],
    "modelling-job promise to a schoolgirl contacted on social media, as in H18-005")
rev("H19-064", [("The People's Court of Thanh Hoa Province", "The People's Court of Ha Giang Province"),
                ("born in 1995 in Tinh Gia district", "born in 1995 in Vi Xuyen district"),
                ("short videos of herself in karaoke rooms", "short videos of herself in a massage parlour"),
                ("from Thanh Hoa and Nghe An provinces", "from Ha Giang and Tuyen Quang provinces"),
                ("and forced them to drink with and have sexual relations with karaoke customers", "and forced them to provide sexual services to the customers of a massage parlour")],
    "Vietnamese women forced to drink with karaoke customers (H18-011), Nghe An (H18-016)")
rev("H19-074", [("The four men, aged 23 to 27, flew through Dubai.", "The four men, aged 23 to 27, flew through Addis Ababa.")],
    "Dubai and Telegram in a scam-compound recruitment, as in H18-031",
    countries=["GHA", "ETH", "LAO"])
rev("H19-084", [("paid 150,000 escudos", "paid 170,000 escudos")], "figure 150,000 as in H18-025")
rev("H19-085", [("for your bar in Chaguanas", "for your bar in Point Fortin"),
                ("Four Venezuelan women from the Guiria area, one of them 17, answered from Venezuela, and you arranged for them to be brought across the Gulf of Paria by pirogue.",
                 "Four Guyanese women from Berbice, one of them 17, answered from Guyana, and you sent them air tickets to Piarco."),
                ("that she owed you TTD 10,000 for the crossing", "that she owed you TTD 9,000 for the tickets"),
                ("I take into account the vulnerability of the victims, who had fled economic collapse in their own country, and the period of nine months.",
                 "I take into account that one of the victims was a child and the period of nine months.")],
    "Venezuelan women brought by pirogue to a bar in Chaguanas, as in H18-002",
    countries=["TTO", "GUY"], means=["deception", "document_retention", "debt_bondage", "threat"],
    notes="Ads on an online job board answered from Guyana -> recruitment, job_portal, fishing; cyber_flow yes (posted in TTO, answered in GUY; C7). 17-year-old -> minor yes. Guyanese nationals -> cross_border.")
rev("H19-089", [("Balti Court, 2019. Accd 1 (F, 48, Falesti)", "Soroca Court, 2019. Accd 1 (F, 48, Soroca)"),
                ("villages of Falesti and Singerei district", "villages of Soroca and Riscani districts")],
    "Balti (H18-047) and neighbouring Florești district (H18-048)")
rev("H19-090", [("wrote to her on Badoo, the dating site, and after some weeks of messages offered to marry her and find her a job in his hotel.",
                 "wrote to her on Plenty of Fish, the dating site, and after some weeks of messages offered her a job as a receptionist in his transport company's office.")],
    "Badoo contact with a promise of marriage and a job in his hotel/guesthouse, as in H18-024",
    platforms=["Plenty of Fish"],
    notes="The man 'wrote to her on Plenty of Fish' -> first contact online, hunting (C13), recruitment, dating. He said he was in Juba, she was in Nairobi -> cyber_flow yes (C7). Women 20/19 -> minor no.")
rev("H19-093", [("Four Bangladeshi men, aged 25 to 40,", "Four Nepali men, aged 25 to 40,"),
                ("up to USD 4,000 each in Dhaka", "up to USD 4,000 each in Kathmandu")],
    "Bangladeshi workers with fees paid in Dhaka, as in H18-053", countries=["PLW", "NPL"],
    notes="Internet mentioned only as absent -> internet no. Recruitment fees paid to agents in Kathmandu (not the defendant) -> not deception by the defendant; wages 'rarely paid' with deductions -> debt_bondage (judgement call). Nepali men 25-40 -> minor no.")
rev("H19-094", [("The Second Circuit Criminal Court of Chiriqui heard", "The Circuit Criminal Court of Los Santos heard"),
                ("to a melon farm near Renacimiento", "to a melon farm near Tonosi")],
    "Chiriqui province, as in H18-043")
rev("H19-097", [("DJF 150,000 each", "DJF 180,000 each")], "figure 150,000 as in H18-025")
rev("H19-100", [("The Court of First Instance of Abomey convicted", "The Court of First Instance of Pobe convicted"),
                ("a 15-year-old schoolgirl from Bohicon", "a 15-year-old schoolgirl from Ketou"),
                ("then continued the conversation on Snapchat", "then continued the conversation on Instagram"),
                ("fetched them in Bohicon", "fetched them in Ketou")],
    "game chat moved to Snapchat (H18-022); Abomey court (H18-054)",
    platforms=["Call of Duty Mobile", "Instagram"],
    notes="He 'approached' the girl in the game chat -> first contact online, hunting (C13), recruitment; named game -> unspecified (judgement call), Instagram -> social_media. He was in NGA, she in BEN -> cyber_flow yes (C7). Girls 15/16 -> minor yes. Confined in a hotel room -> force.")
rev("H19-101", [("had posted in a Facebook group for job seekers asking for any work abroad; that the appellant wrote to each of them on Facebook offering 'a job and medical treatment in Cairo' and only later, in person, spoke of 'donating' a kidney for USD 5,000; that he sent their blood tests and passport copies by WhatsApp to a broker in Cairo, who arranged the operations in a private hospital there; and that each man received USD 800 and was abandoned in Cairo without follow-up care.",
                 "had each posted an advertisement offering their labour on a Sudanese classifieds website; that the appellant wrote to each of them through the site offering 'a job and medical treatment in Amman' and only later, in person, spoke of 'donating' a kidney for USD 7,500; that he sent their blood tests and passport copies by Telegram to a broker in Amman, Jordan, who arranged the operations in a private hospital there; and that each man received USD 700 and was abandoned in Amman without follow-up care.")],
    "Cairo kidney sale for USD 5,000 (H18-018) and offender answering victims' Facebook-group posts with a WhatsApp broker (H18-036)",
    platform_types=["classified_ads", "messaging_app"], platforms=["Telegram"], countries=["SDN", "JOR"],
    notes="Appellant wrote to the men through the classifieds site after their own advertisements -> answering the victims' ads is first contact, hunting (C5/C13), recruitment, classified_ads. Telegram to the broker in JOR -> messaging_app, cyber_flow yes (C7/C14). Broker not charged (C11). Men 28/33 -> minor no.")
rev("H19-104", [("for diplomatic families in Libreville", "for diplomatic families in Brazzaville"),
                ("paid him 'fees' and left by boat for Gabon", "paid him 'fees' and flew to Brazzaville"),
                ("the Beninese embassy in Libreville", "the Beninese embassy in Brazzaville"),
                ("The Gabonese employers were not prosecuted.", "The Congolese employers were not prosecuted.")],
    "West African girls and women in domestic work in Libreville, as in H18-046", countries=["BEN", "COG"])
rev("H19-108", [("'well-paid jobs as housekeepers in the Sultanate of Oman'", "'well-paid jobs as housekeepers in the State of Qatar'"),
                ("They flew through Nairobi to Muscat,", "They flew through Addis Ababa to Doha,"),
                ("a Burundian priest in Muscat", "a Burundian priest in Doha")],
    "newspaper ads for jobs in Oman/Muscat, as in H18-039 and H18-025", countries=["BDI", "ETH", "QAT"],
    notes="Newspaper and posters, walk-in recruitment -> internet no. Women 19-28 -> minor no. Transit through Addis Ababa listed.")
rev("H19-109", [("to which subscribers gained access by paying in bitcoin", "to which subscribers gained access by paying through Mercado Pago"),
                ("the site's records and the bitcoin wallet", "the site's records and the Mercado Pago account")],
    "own website selling recordings paid in bitcoin, as in H18-023",
    platforms=["Instagram", "Mercado Pago"],
    notes="'wrote on Instagram to adolescents' -> first contact, hunting (C13), recruitment. Own website selling recordings -> exploitation, freestanding_website, no advertising (C15). Mercado Pago (national payment app) -> unspecified (C1; open point). Buyers' location not stated -> cyber_flow no; victims nationals in ARG -> domestic (C8). Alcohol given -> drugs (judgement call).")
rev("H19-110", [("to Saudi Arabia as domestic workers", "to Kuwait as domestic workers"),
                ("in a hospital canteen in Jeddah", "in a hospital canteen in Kuwait City"),
                ("In Saudi Arabia the women", "In Kuwait the women")],
    "Gambian/Kenyan housemaids in Jeddah, as in H18-059", countries=["GMB", "KWT"])
rev("H19-111", [("who had become acquainted with a 17-year-old girl from Tbong Khmum through Facebook and chatted with her for some months",
                 "who had met a 17-year-old girl from Tbong Khmum on Facebook the year before and exchanged messages with her there")],
    "wording 'chatting on Facebook for some months' as in H18-007",
    notes="'met ... on Facebook and exchanged messages' -> recruitment online, but who wrote first is not said -> no strategy (C5/C13). Both in Cambodia -> cyber_flow no. 17-year-old -> minor yes. Chinese broker and husbands not charged (C11).")
rev("H19-113", [("opened in their names bank accounts into which their wages were paid but whose cards and access codes he retained, and, by means of online transfers carried out each month from those accounts to his own, left each of them only EUR 300,",
                 "collected their wages from the main contractor into his own company's account and, by means of online transfers carried out each month from that account to theirs, paid each of them only EUR 300,")],
    "accounts in the victims' names with cards held by the offender, as in H18-003",
    notes="Monthly 'online transfers' by the defendant to the workers -> internet yes (C1: 'online transfers'), unspecified, logistics. Cape Verdean men -> male, minor no, cross_border.")
rev("H19-114", [("VUV 150,000 each", "VUV 160,000 each")], "figure 150,000 as in H18-025")
rev("H19-118", [("when a woman from Santo Domingo offered her and two other young Dominican women, aged 22 and 25,",
                 "when a woman from New Amsterdam, Berbice, offered her and two other young Guyanese women, aged 22 and 25,"),
                ("told them each owed USD 2,500 for the flights", "told them each owed EC$ 7,000 for the flights"),
                ("'the Spanish girls'", "'the Guyanese girls'")],
    "Dominican women owing USD 2,500 (H18-006)", countries=["VCT", "GUY"],
    notes="Only internet act is a customer's forum post (C3: buyer's, not the offenders') -> internet no. Recruiter in New Amsterdam not charged (C11). Women 22-25 -> minor no.")
rev("H19-120", [("two Romanian nationals, a 45-year-old man and his 40-year-old wife", "two Serbian nationals, a 45-year-old man and his 40-year-old wife"),
                ("a 52-year-old man with a physical disability and a 14-year-old boy, both from a village near Slatina,", "a 52-year-old deaf man and a 14-year-old boy, both from a village near Leskovac,"),
                ("placed every day at the entrances of shopping centres in the capital and in Ettelbruck", "placed every day at church doors and at traffic lights in the capital and in Ettelbruck")],
    "Romanian men with physical disabilities begging at shopping centres, as in H18-017",
    countries=["LUX", "SRB"],
    notes="Only internet act is a passer-by's video (not an offender, C3) -> internet no. Boy 14 -> minor yes. Both male. Serbian nationals -> cross_border.")

def apply(cases):
    byid = {c["id"]: c for c in cases}
    for id, (reps, labels, reason) in R.items():
        c = byid[id]
        s = c["summary"]
        for old, new in reps:
            assert s.count(old) == 1, (id, old)
            s = s.replace(old, new)
        c["summary"] = " ".join(s.split())
        notes = labels.pop("notes", None) if "notes" in labels else None
        for k, v in labels.items():
            assert k in c, (id, k)
            c[k] = v
        if notes is not None:
            c["notes"] = notes
        c["notes"] = c["notes"].rstrip() + " [Revised after job 2: " + reason + ".]"
        if notes is not None:
            labels["notes"] = notes
