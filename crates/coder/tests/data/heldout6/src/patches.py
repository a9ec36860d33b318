from lib import c, P, T
A = {
"H6-111": " The matter was investigated by the Directorate for Priority Crime Investigation (the Hawks) after a neighbour reported hearing children crying at night. The accused pleaded not guilty and did not testify. In sentencing, the magistrate found no substantial and compelling circumstances justifying a lesser sentence than the prescribed minimum.",
"H6-113": " At trial the defence argued that the complainant had worked voluntarily and that the accused had only acted as her driver; the trial judge rejected that version, finding that the complainant's fear of the accused was real and objectively justified. The Court of Appeal also dismissed a ground concerning the scope of section 279.01 of the Criminal Code.",
"H6-105": " The investigation was carried out by the Police Department for Combating Organised Crime in cooperation with the Armenian consulate in the United Arab Emirates, which assisted the women in returning to Yerevan. The defendants partially admitted their guilt, and the court took into account that one of them was the mother of three minor children.",
"H6-095": " Green had been convicted in state court of promoting prostitution in 2014. At sentencing, the judge noted that both victims had struggled with addiction for years and that Green had exploited that addiction to keep them working. He was also ordered to pay 86,000 dollars in restitution and to serve five years of supervised release.",
"H6-118": " The case was reported to police by the mother of one of the boys, after a returnee told her where her son was. The Mozambican farm owner was not before the court. In passing sentence, the magistrate said that trafficking robs the country of its young labour force and that a deterrent sentence was needed.",
"H6-077": " The investigation was conducted jointly with the Zurich city police in the framework of a joint investigation team supported by Eurojust. The Budapest Court of Appeal increased the sentences of two of the defendants in 2014, finding that the first-instance court had given too much weight to their partial confessions.",
"H6-097": " The girls, who were admitted to a social protection programme under Article 18 of the Consolidated Immigration Act, gave evidence in a pre-trial hearing in the presence of a psychologist. The Court of Appeal of Turin in 2009 confirmed the judgment, and the Court of Cassation declared the further appeal inadmissible.",
"H6-120": " The jury had also heard that Wu kept the women's passports 'for safekeeping'. The court of appeals rejected Wu's argument that the remarks about deportation were only warnings about the law, holding that a reasonable jury could find that they were meant to, and did, compel the women to remain. Restitution of 226,000 dollars was ordered.",
"H6-071": " The Federal Supreme Court dismissed the defendant's appeal in 2017, holding that the consent the women had given to prostitution did not exclude trafficking where their freedom of choice was restricted by their situation and by the conditions imposed on them.",
"H6-072": " He also filmed the girls during sexual acts and sold the clips to members of paid chat rooms on the same app, which the court treated as a separate offence of producing and distributing sexual exploitation material of children. The Seoul High Court upheld the sentence on appeal.",
"H6-080": " The trial court relied on the chat history retrieved from the girl's phone by the cyber crime cell and on the evidence of the rescue team. The Special Public Prosecutor pointed out that the second accused had been arrested in a similar case in 2018 and was on bail at the time of the offence.",
"H6-110": " The court noted that the first defendant had herself been trafficked to China in 2009 and had returned, and considered this a mitigating circumstance. The defendants were also ordered to pay each victim compensation of 50 million dong.",
"H6-040": " The case was investigated by the Ministry of Public Security after the parents of two victims received photographs showing their children with bruises. The court also ordered the defendants to return the 'brokerage fees' of 3,000 dollars per victim that they had received from the companies in Cambodia.",
"H6-032": " The investigation began when one of the workers escaped and sought help from a local church, whose pastor contacted the Department of Labor. The court ordered restitution of 240,000 dollars in back wages to the victims.",
"H6-115": " The case was one of several arising from Operation Cross Country, a nationwide initiative of the FBI, the Department of Justice and the National Center for Missing and Exploited Children. At sentencing the court emphasised the ages of the victims and the use of violence.",
"H6-102": " The investigation began when one of the women, who had overstayed her visa, approached a community organisation in Brighton Beach. Search warrants executed at the defendants' homes yielded handwritten ledgers and more than 100,000 dollars in cash.",
"H6-098": " The first defendant denied that she knew the nature of the work, but the court relied on telephone records of calls in which the sauna manager asked her for 'young and pretty girls'. The Court of Appeal confirmed the judgment in 2020.",
"H6-039": " The social inspectorate found the men during an inspection of the restaurant on a Sunday evening. The men were granted the specific residence status for victims of trafficking after they agreed to cooperate with the investigation.",
"H6-114": " The investigation was carried out by the Almaty police unit for combating human trafficking with the participation of the Kyrgyz Ministry of Internal Affairs, and the victims returned to their countries with the assistance of IOM. The group's organiser had previously been convicted of pimping.",
"H6-089": " The Fiscalía General de la República presented the testimony of the girls through a Gesell chamber to avoid revictimisation. The court also ordered the closure of the bar and the payment of civil damages of 5,000 dollars to each girl.",
"H6-100": " The case was prosecuted by the Civil Rights Division's Criminal Section together with the U.S. Attorney's Office. The Court of Appeals for the Eleventh Circuit affirmed the convictions in 2004.",
"H6-079": " The Court of Appeal of Dakar confirmed the judgment. Child protection services placed the boys in a reception centre and, with the help of an NGO, returned the boys from Guinea-Bissau to their families.",
"H6-076": " Lin's defence argued entrapment, contending that the officer had been the first to mention her age; the court found that Lin had asked for 'young' girls in his own advertisement and rejected the defence.",
"H6-070": " The accused also sold some of the intimate images to other users of the social network, who paid him through a mobile payment service. The Court of Appeal of Casablanca confirmed the judgment and increased the compensation to the civil parties to 100,000 dirhams each.",
"H6-018": " The appellant also produced sexually explicit videos of the girl and sold them through an online file-sharing account, which the sentencing judge treated as a separate aggravating feature.",
"H6-029": " The court further found that he had made her perform sexual acts in front of a webcam for paying men during live video chats that he arranged, and that he received those payments as well.",
}
R = {  # (old, new) replacements in the summary
"H6-077": [("convicted four members of a family", "convicted members of a family")],
"H6-115": [("sentenced three defendants to terms", "sentenced the defendants to terms")],
"H6-028": [("sentenced Li and five accomplices", "sentenced Li and his accomplices")],
"H6-096": [("convicted seven Chinese nationals and two Cambodians", "convicted several Chinese and Cambodian nationals")],
}
S = {  # label updates and notes
"H6-077": {"offenders_total": "unknown", "_note": "number of family members not stated -> offenders_total unknown"},
"H6-115": {"offenders_total": "unknown", "_note": "number of defendants not stated -> unknown"},
"H6-028": {"offenders_total": "unknown", "_note": "Li and unnumbered accomplices -> offenders_total unknown"},
"H6-096": {"offenders_total": "unknown", "_note": "'several' -> offenders_total unknown"},
"H6-120": {"means": ["deception", "threat", "document_retention"]},
"H6-072": {"purposes": ["recruitment", "advertising", "exploitation"], "_note": "clips sold in paid chat rooms -> exploitation"},
"H6-070": {"purposes": ["recruitment", "exploitation"], "_note": "images sold online -> exploitation; mobile payment service part of that"},
"H6-018": {"purposes": ["recruitment", "advertising", "exploitation"], "platform_types": ["social_media", "classified_ads", "unspecified"], "_note": "videos sold via unnamed online file-sharing account -> exploitation + unspecified"},
"H6-029": {"purposes": ["recruitment", "advertising", "exploitation"], "platform_types": ["social_media", "classified_ads", "messaging_app", "webcam_livestream"], "_note": "live webcam video chats for paying men -> exploitation + webcam_livestream"},
}
N = {  # whole-case replacements
"H6-035": c("ARG",2019,"""El Tribunal Oral en lo Criminal Federal de Mar del Plata condenó en 2019 a cuatro personas a penas de entre seis y doce años de prisión por trata de personas con fines de explotación sexual, agravada por la pluralidad de víctimas y por haber mediado engaño. The court found that the network recruited seven Paraguayan women in Caaguazú through a relative of one of the defendants, who offered them jobs in a bakery, paid their bus fares and had them enter Argentina at Posadas as tourists. The women were then exploited in two 'whiskerías' in Mar del Plata and Necochea, frequented by local customers; the venues had no advertisements of any kind, either in the press or on the internet. The defendants coordinated the transfer of the women between the venues, the weekly accounts and the remittances to Paraguay through a WhatsApp group and by e-mail, and the investigators of the Procuraduría de Trata y Explotación de Personas (PROTEX) reconstructed the organisation from those exchanges, which were extracted from the seized telephones. The women were told that they owed the cost of the journey and of their rooms, and their identity documents were kept 'in the safe'. The court also ordered the confiscation of the premises and economic reparation for the victims.""",
"yes","log","msg em","WhatsApp","","unknown","sex",7,"no","f","cross_border","ARG PRY",4,"dec debt doc",
"WhatsApp group and e-mail among offenders only; venues not advertised -> logistics; cyber_flow unknown: remittances to Paraguay mentioned but whether any offender in the group was abroad not stated"),
"H6-069": c("SGP",2021,"""In Public Prosecutor v Lim Boon Huat, the State Courts of Singapore in 2021 sentenced the accused, the director of a Singapore-registered ship management company, to four years' imprisonment under section 4 of the Prevention of Human Trafficking Act 2014 and for offences under the Employment of Foreign Manpower Act. The prosecution's case was that the company manned two fishing vessels operating in the Indian Ocean with 22 Indonesian crew members recruited by a manning agency in Central Java. The accused and the Indonesian agent exchanged crew lists, copies of the men's passports, 'contracts' with deductions for agency fees and instructions on wage withholding by e-mail and through an online file-sharing folder, and the accused authorised payments to the agent through online banking. The crew were not paid for up to 18 months, worked 20-hour days and were told that they would lose their 'guarantee deposits' if they left before the end of three years; their passports were retained by the company. The crew had been recruited in person in their villages and never had contact with the accused before boarding. The case was brought after two of the men contacted a migrant workers' NGO when the vessel called at Port Louis. The Indonesian agent was prosecuted separately in Indonesia.""",
"yes","log","em uns","","","yes","lab",22,"unknown","m","cross_border","SGP IDN MUS",2,"debt doc dec",
"e-mail, unnamed file-sharing folder and online banking between offenders in SGP and IDN -> logistics, email + unspecified, cyber_flow yes; victims recruited in person; Port Louis -> MUS as place named (vessel call); offenders 2 (accused + agent prosecuted separately)"),
"H6-034": c("ISR",2008,"""The Tel Aviv District Court in 2008 convicted four defendants of trafficking in persons for the purpose of prostitution and of holding a person under conditions of slavery, in a case involving women from Moldova and Ukraine smuggled into Israel across the Egyptian border in the Sinai. According to the judgment, the first defendant arranged the 'orders' for women with a recruiter in Chisinau and with Bedouin smugglers in Sinai, and the parties exchanged details of the women's arrival dates, the smuggling routes and the prices of 5,000 to 10,000 dollars per woman by e-mail and through an internet messaging program, the logs of which were obtained from the first defendant's computer. The women were held in apartments in Tel Aviv and Haifa used as brothels, which were frequented by customers who learned of them through taxi drivers and street leaflets; the court noted that the brothels were not advertised online. The women's passports were taken and they were told that they could not leave until their 'debt' had been paid. Nine women testified. The court imposed sentences of between four and sixteen years' imprisonment and ordered compensation to each of the women who testified.""",
"yes","log","em msg","","","yes","sex",9,"no","f","cross_border","ISR MDA UKR EGY",4,"doc debt",
"e-mail and unnamed messaging program between offenders in ISR, MDA and EGY -> logistics, cyber_flow yes; explicit no online ads; nine women testified -> victims_total 9 (judgement: number stated)"),
}
def apply(rows):
    import json
    by = {r['id']: i for i, r in enumerate(rows)}
    for k, new in N.items():
        d = {'id': k}; d.update(new); rows[by[k]] = d
    for k, reps in R.items():
        r = rows[by[k]]
        for o, n in reps:
            assert o in r['summary'], (k, o); r['summary'] = r['summary'].replace(o, n)
    for k, a in A.items():
        rows[by[k]]['summary'] += a
    for k, s in S.items():
        r = rows[by[k]]
        for f, v in s.items():
            if f == '_note': r['notes'] += '; ' + v
            else: r[f] = v
    return rows

# ---- review pass fixes ----
R.update({
"H6-071": [("The bars had an internet site, but the court noted that it showed only the bar premises and opening hours, and not the women. Customers came to the bars in person.",
            "The bars had no internet site and the women were not advertised online or in print; customers came to the bars in person, many of them regulars.")],
"H6-081": [("aimed mainly at Finnish tourists arriving on the ferries from Helsinki.",
            "aimed mainly at men in Finland, many of whom booked through the site before taking the ferry from Helsinki.")],
"H6-087": [("to foreign buyers who contacted her through Facebook Messenger after she had exchanged messages with them in groups where such material was offered.",
            "to foreign buyers who contacted her through Facebook Messenger after seeing the posts in which she offered such material in closed Facebook groups.")],
})
S.update({
"H6-009": {"border": "unknown", "notes": "site the offenders ran -> freestanding_website; customers contacted the number on the site -> fishing; two Bangladeshi women among six but how they came to India not stated -> border unknown (set convention for foreign nationals whose entry is not described); means not stated"},
"H6-071": {"internet_used": "no", "purposes": [], "platform_types": [], "platforms": [], "strategies": [], "cyber_flow": "no",
           "notes": "explicit: no internet site, not advertised online or in print -> internet no; intermediary in Budapest prosecuted separately -> 2 offenders involved; care-home background -> abuse_of_vulnerability; 'fines' -> debt_bondage (judgement)"},
"H6-064": {"means": ["deception", "document_retention", "force"], "_note": "fines for missed quotas not coded as debt bondage"},
"H6-081": {"_note": "text states men in Finland booked through the site -> cyber_flow yes"},
"H6-087": {"purposes": ["exploitation", "advertising"], "platform_types": ["social_media", "messaging_app", "webcam_livestream"], "platforms": ["Facebook", "Facebook Messenger"],
           "notes": "offered abuse material in closed Facebook groups, buyers then contacted her -> advertising + fishing; sold images and live video calls to buyers abroad -> exploitation, cyber_flow yes; cross_border by the livestream convention (HO-003); Messenger -> messaging_app"},
"H6-039": {"notes": "'had no website' negation -> internet no; Moroccan men arrived on tourist visas, but nobody is said to have brought them for exploitation -> border unknown (set convention for foreign nationals already in the country)"},
"H6-054": {"cyber_flow": "no", "notes": "Vietnamese recruiter wrote to the women on Facebook -> recruitment, hunting; WeChat group posts of photos and prices to buyers -> advertising, fishing; no online link between countries described (recruitment contact inside Vietnam, buyer ads inside Malaysia) -> cyber_flow no; offenders 2 (recruiter not arrested)"},
"H6-063": {"notes": "no online presence -> internet no; falsified birth certificate treated as part of deception"},
"H6-080": {"notes": "first accused befriended the girl online -> recruitment, hunting; second accused contacted men through a messaging app group -> offering the victim to buyers online = advertising; approaching buyers directly -> hunting, no ad waiting described; Odisha to Telangana -> domestic"},
})
