import os, sys
if os.path.exists("/tmp/heldout17/src/.revise1_done"): sys.exit("already applied to the batch files; do not run again")
# One-off revision after job 2: cases whose setting came out close to a heldout16 case (same model
# priors) are moved to other settings; hard-case structure kept, labels re-decided for the new text.
import glob
NEW = {}
def N(cid, block): NEW[cid] = block.strip("\n") + "\n"

N("H17-002", r'''
C("H17-002","PHL",2014,"""Facts: Accused-appellants F.T. (the maternal grandmother) and her son J.T. were charged with qualified trafficking under RA 9208 and with violation of RA 9775. From 2012 to 2013, in a rented house in Barangay Carmen, Cagayan de Oro City, the accused made two sisters aged 8 and 11 and their male cousin aged 13, all grandchildren of F.T., undress and perform sexual acts during Viber video calls with paying foreign customers, among them a Swedish national and a man later identified in Ohio, USA. The customers had first written to J.T. on Viber after obtaining his number from other customers; payment was sent to F.T. through Western Union online transfers and collected at a mall. The NBI Anti-Human Trafficking Division, acting on information from the Swedish police, conducted a rescue operation. Decision: The RTC convicted both accused and imposed life imprisonment and a fine of PhP 2,000,000 each; the CA affirmed. The Court held that the grandmother's moral ascendancy over the children, who lived in her care, takes the place of force.""",
"yes","exploitation","webcam_livestream messaging_app unspecified","Viber|Western Union","","yes","sexual_exploitation",3,"yes","female male","cross_border","PHL SWE USA",2,"abuse_of_vulnerability",
"Livestreamed abuse to buyers abroad: exploitation, cyber_flow yes, cross_border (C9). Buyers wrote first on Viber, no ad described -> no strategy (C13). 'Western Union online transfers' -> unspecified, name kept, no logistics since exploitation applies (C1/C16). Swedish police information is police use (C3).")
''')

N("H17-003", r'''
C("H17-003","DEU",2011,"""The Regional Court (Landgericht) Chemnitz, by judgment of 14 April 2011, sentenced the accused P., residing in Plauen, to three years and nine months, and the co-accused R. and his wife L. to two years and three months and to one year and ten months respectively, the latter suspended on probation, for trafficking in human beings for the purpose of sexual exploitation (section 232 of the Criminal Code), the chamber finding that the accused, who had known the families of the two injured parties in Cheb and Sokolov for years, had in the autumn of 2009 persuaded the then 19-year-old witness H. and the 22-year-old witness V. to come to Saxony by telling them that they would work in a hotel laundry belonging to an acquaintance, that upon arrival the accused P. took their identity cards, 'so that nothing gets lost', and informed them that they owed him EUR 1,200 each for the transport and the room, which debt they were to pay off by prostitution in a flat near the railway station, that he threatened H. that her younger brother in Cheb would 'have an accident' if she went to the police, and that contact between P. and the co-accused, who recruited on the other side of the border, took place exclusively by telephone; the chamber took into account in mitigation that the accused P. had made a partial confession.""",
"no","","","","","no","sexual_exploitation",2,"no","female","cross_border","DEU CZE",3,"deception debt_bondage document_retention threat",
"Telephone only -> internet no. Origin only by towns (Cheb, Sokolov) -> CZE, moved across -> cross_border (C8). Three accused counted (C11). Ages 19 and 22 -> minor no.")
''')

N("H17-008", r'''
C("H17-008","IND",2013,"""Sessions Case No. 57/2012, Court of the Additional Sessions Judge, Gurugram (Haryana). The prosecution case is that accused No. 1, proprietor of an unregistered placement agency in Sector 14, and accused No. 2, his brother-in-law, brought three girls from villages in Sundargarh district, Odisha, to Gurugram in March 2011 on the promise of jobs in 'good homes' at Rs 5,000 per month, which would be sent to the parents. The girls were supplied to households in DLF Phase II and Sushant Lok as live-in domestic workers. The victim examined as PW-1, whose school leaving certificate recorded her date of birth as 14.07.1997, deposed that she worked from 5 a.m. to midnight, was locked inside the flat when the family went out and was never paid; the agency told her employer that her wages had been 'adjusted' against her train fare. The other two girls were 16 and 17 years old. Contact between the agency, the employers and the girls' families was by mobile phone only. The girls were rescued by the police with an NGO on a complaint by the father of PW-1. Both accused convicted under Sections 370 and 374 IPC and ss. 23 and 26 of the Juvenile Justice Act.""",
"no","","","","","no","forced_labour",3,"yes","female","domestic","IND",2,"deception force debt_bondage",
"Mobile phone only -> internet no. DOB 14.07.1997 in 2011 -> 13 -> minor (C10). Odisha -> Haryana: domestic (C8). Locked in -> force; wages 'adjusted' against fare -> debt_bondage (judgement call). Employers not charged, not counted (C11).")
''')

N("H17-010", r'''
C("H17-010","CAN",2018,"""R. v. MacNeil, 2018 NSSC. The accused, from Dartmouth, Nova Scotia, was convicted of trafficking in persons, receiving a material benefit and advertising sexual services (Criminal Code ss. 279.01, 279.02, 286.4). He and the complainant, then 19, connected on Plenty of Fish in the summer of 2016 and chatted for a few weeks before he drove to Truro to meet her. He presented himself as her boyfriend and spoke of an apartment together. Within a month he had moved her to Moncton, New Brunswick, where he posted ads on LeoList showing her in lingerie and set her quota at $1,000 a night. When she wanted to stop he punched her and threatened to send the photographs to her family. Sentence: 6 years, less credit for pre-sentence custody. The complainant testified that it was the accused who first suggested she 'help out' with money by seeing men, after she lost her job at a pharmacy, and that he checked her phone every night. Text messages between them referred to 'the quota' and to 'the ads'. In sentencing, the court noted the accused's prior conviction for assault, the complainant's victim impact statement describing panic attacks, and the fact that he had moved her away from her family and friends in Colchester County.""",
"yes","recruitment advertising","dating classified_ads","Plenty of Fish|LeoList","fishing","no","sexual_exploitation",1,"no","female","domestic","CAN",1,"deception force threat",
"'connected on Plenty of Fish and chatted' does not say who wrote first -> no hunting (C5/C13); dating site used to lure -> recruitment. LeoList ads -> classified_ads, fishing. Nova Scotia -> New Brunswick domestic (C8). 19 -> minor no.")
''')

N("H17-017", r'''
C("H17-017","BRA",2011,"""Ação Penal, Justiça Federal - Subseção Judiciária de Três Lagoas/MS. The federal prosecution service charged the owner of a charcoal production site in the municipality of Ribas do Rio Pardo, Mato Grosso do Sul, and the labour contractor who hired for him, with reducing workers to conditions analogous to slavery (art. 149 of the Penal Code). In an inspection in May 2010 the Mobile Inspection Group found 19 men feeding and emptying the charcoal kilns, recruited by the contractor in Itabuna and Ilhéus in Bahia with promises of a signed work card and good pay; one of them was 17 years old. The workers slept in a shack of eucalyptus poles and tarpaulin next to the kilns, had no protective equipment, and had to buy their food from the contractor at prices deducted from their wages, so that after three months most of them owed him money. Their identity documents were kept by the contractor, and a foreman with a shotgun told them nobody would leave before the debt was paid. Both defendants were convicted; the owner was sentenced to 4 years and 8 months.""",
"no","","","","","no","forced_labour",19,"yes","male","domestic","BRA",2,"deception debt_bondage document_retention threat",
"No internet. Bahia -> Mato Grosso do Sul domestic. '19 men', one aged 17 -> minor yes by age (C10). Foreman with shotgun -> threat.")
''')

N("H17-018", r'''
C("H17-018","GHA",2022,"""The Republic v. Abiba Seidu and Mohammed Issah. Circuit Court, Accra (Criminal Division 2). The first accused, a market trader at Agbogbloshie, and the second accused, a driver from Savelugu, were convicted of trafficking in persons contrary to section 1 of the Human Trafficking Act, 2005 (Act 694). The evidence was that in 2020 the second accused brought four girls aged between 12 and 15 from villages near Savelugu and Tolon in the Northern Region to Accra, telling their parents that they would live with the first accused, attend school and help in her shop. Instead the girls were made to work as kayayei, carrying loads on their heads for shoppers from 5 a.m. to 8 p.m., and to hand all their earnings to the first accused, who told them they owed her for the lorry fare and their food; they slept on the floor of a kiosk and were caned when they brought back less than GH₵ 30. A social worker of a local NGO identified them during a night outreach. The court sentenced the first accused to ten years and the second to seven years in hard labour.""",
"no","","","","","no","forced_labour",4,"yes","female","domestic","GHA",2,"deception force debt_bondage",
"No internet. Girls aged 12-15 -> minor. Northern Region -> Accra domestic. Fare and food owed to the accused -> debt_bondage.")
''')

N("H17-023", r'''
C("H17-023","POL",2015,"""Sąd Okręgowy w Katowicach. The District Court convicted three men from Zabrze and Bytom, the owners of a one-man firm registered in Poland, of trafficking in human beings (art. 189a § 1 of the Criminal Code) for forced labour. In 2013 the defendants placed an advertisement on an internet job board offering work in a meat processing plant in Lower Saxony, Germany, with accommodation, 'net earnings EUR 1,600'. Fourteen men, several of them recently released from prison or living in a night shelter in Katowice, responded by phone. They were taken by minibus to a town near Oldenburg, where the defendants took their identity cards, housed them ten to a flat and deducted 'costs' so that none received more than EUR 100 per month. When two of the workers demanded their wages, the first defendant threatened them with a knife. The workers were freed after a German customs inspection of the plant's subcontractors.""",
"yes","recruitment","job_portal","","fishing","no","forced_labour",14,"no","male","cross_border","POL DEU",3,"deception document_retention debt_bondage threat abuse_of_vulnerability",
"'an internet job board', no name -> job_portal (C2). Posting ad -> fishing. Offenders and applicants both in Poland -> cyber_flow no. Ex-prisoners/shelter -> abuse_of_vulnerability. Deducted 'costs' leaving nothing -> debt_bondage (judgement call).")
''')

N("H17-025", r'''
C("H17-025","UGA",2020,"""Chief Magistrate's Court of Nakawa. Uganda v. Director of Pearl Link Recruitment Agency Ltd & another. The accused persons, the director of a Kampala recruitment agency and its office manager, were convicted under section 3 of the Prevention of Trafficking in Persons Act, 2009 and sentenced to 15 years and 8 years. The agency had posted adverts on its Facebook page offering housemaid jobs in Jordan with salaries of UGX 1,500,000 and 'free visa and ticket'. Seven women from Masaka, Mbale and Kampala answered the adverts. The agency e-mailed their CVs and passport copies to a partner office in Amman, which placed them with employers. In Jordan their passports were taken on arrival and they worked up to 20 hours a day without pay; one of them, N.R., was burnt with an iron. The court found that the accused knew from previous complaints that workers sent to the same partner were being abused, and had charged each woman UGX 2,000,000 in 'processing fees'.""",
"yes","recruitment","social_media email","Facebook","fishing","yes","forced_labour",7,"no","female","cross_border","UGA JOR",2,"deception document_retention force",
"Adverts on the agency's Facebook page -> recruitment, fishing. E-mail of CVs from UGA to partner in Amman -> cyber_flow yes (C14); no logistics as recruitment applies. 'women' -> minor no (C10).")
''')

N("H17-033", r'''
C("H17-033","NPL",2013,"""District Court, Makwanpur. The two accused, a neighbour of the victim and her husband, were convicted under the Human Trafficking and Transportation (Control) Act 2064 and sentenced to 20 years and 15 years. The victim, a 15-year-old girl from a village in Makwanpur whose father had died the previous year, was taken to Kolkata in 2012 on the promise of work in a garment factory and sold to a brothel in Sonagachi. The accused kept in touch with the brothel keeper by mobile phone. The victim's mother posted her photograph on Facebook as missing, and the post was shared by a Hetauda NGO whose partner in Kolkata identified her during a raid. The victim gave evidence by video link. The neighbour had told the girl's mother that the factory owner would send Rs 8,000 a month; the family received one payment of Rs 5,000 and then nothing. The girl testified that she was kept in a small room with other girls, beaten when she refused customers, and told that she had been bought for IRs 60,000, which she had to repay.""",
"no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","NPL IND",2,"deception abuse_of_vulnerability force debt_bondage",
"Facebook post by the victim's mother and NGO, video link by court -> not coded (C3). Mobile phone -> internet no. Fatherless poor family -> abuse_of_vulnerability (judgement call).")
''')

N("H17-035", r'''
C("H17-035","VNM",2018,"""People's Court of Hà Giang province, first instance. Defendants Sùng Thị M. (born 1979) and Vàng Văn P. (born 1990) were convicted of trading in persons under 16 and trading in persons (Articles 119 and 120 of the 1999 Penal Code). In 2017 M. made friends on Facebook with three girls from Mèo Vạc and Đồng Văn districts, among them G.T.D., born 12/08/2001, and promised them jobs in a restaurant in China with high wages. P. took photographs of the girls and sent them over WeChat to a broker in Baise, Guangxi, who showed them to Chinese men looking for wives. The girls were taken across the border on foot at night and 'married' to men in Anhui for sums of CNY 40,000-60,000, of which the defendants received CNY 30,000. One girl escaped and reported to the Chinese police. The court established that M. had given P. CNY 5,000 of this for 'transport'. G.T.D.'s family, who had been told she was working in a restaurant, reported her missing to the district police after she stopped answering calls. The defendants argued that the girls had agreed to marry; the court held that the girls had been told of no marriage.""",
"yes","recruitment","social_media messaging_app","Facebook|WeChat","hunting","yes","forced_marriage",3,"yes","female","cross_border","VNM CHN",2,"deception",
"'made friends on Facebook with' -> offender first contact, hunting (C13). Photos sent on WeChat to a broker (offender) in China, not to buyers -> no advertising; cyber_flow yes (C14). DOB 12/08/2001 -> 15-16 in 2017 -> minor yes.")
''')

N("H17-036", r'''
C("H17-036","ISR",2004,"""Haifa District Court. The four defendants were convicted of trafficking in persons for the purpose of prostitution under section 203A of the Penal Law. Between 2001 and 2003 they brought six women from Belarus and Russia into Israel through Ben Gurion airport on tourist visas, after a contact in Minsk had promised them work in hotels, and held them in apartments in Haifa and Hadera, where they worked in an escort service advertised in local newspapers and on business cards distributed in hotels. The women were told they owed USD 10,000, were locked in at night and had their passports taken. One woman who tried to flee was beaten by the second defendant. The women described being 'sold' between the defendants for sums of USD 4,000 to 6,000. The court rejected the defence that the women had come to Israel knowing they would work in prostitution, holding that such consent did not extend to being held and sold.""",
"no","","","","","no","sexual_exploitation",6,"no","female","cross_border","ISR BLR RUS",4,"deception debt_bondage force document_retention",
"Newspaper ads and business cards -> print, not internet -> no. Contact in Minsk not a defendant.")
''')

N("H17-037", r'''
C("H17-037","PER",2020,"""Juzgado Penal Colegiado de Maynas, Loreto. The two accused, the owner of a bar in a logging settlement on the Napo river and her partner, were convicted of aggravated trafficking in persons and sentenced to 18 years. In March 2019 the partner posted in a Facebook group called 'Empleos Iquitos y Nauta' an offer for 'señoritas for attention in a restaurant, S/ 1,500 a month plus food'. The victims, two girls aged 15 and 17 from Nauta, answered through Messenger and were taken by boat to the settlement, where the accused kept their DNI cards, told them that they owed the fares and their clothing, and made them accompany loggers as 'damas de compañía' and have sexual relations with them in rooms behind the bar. They were rescued by the Police in an operation in July 2019. The victims testified that the bar had no running water, that they were woken at any hour when loggers arrived, and that the owner deducted S/ 50 for each day they were 'sick'. The police found the post in the Facebook group when they examined one girl's phone after her mother reported her missing in Nauta.""",
"yes","recruitment","social_media messaging_app","Facebook|Facebook Messenger","fishing","no","sexual_exploitation",2,"yes","female","domestic","PER",2,"deception document_retention debt_bondage other",
"Job offer posted in a Facebook group, victims answered via Messenger -> recruitment, fishing (C3/C5). All in Loreto -> domestic. Police finding the post on a phone -> not coded (C3). Deductions for sick days -> other.")
''')

N("H17-041", r'''
C("H17-041","GBR",2021,"""Three men were sentenced at Canterbury Crown Court today for modern slavery offences after two Albanian teenagers were found locked inside a house in Margate that had been converted into a cannabis factory. Police forced entry in March 2020 and found the boys, aged 16 and 17, sleeping on mattresses between the plants; the windows were boarded and the only door was padlocked from the outside. Both boys came from Kukës and had crossed the Channel from Dunkirk in a small boat. They told officers that their families had borrowed EUR 15,000 from the organisers in Albania to pay for the journey and that they had to tend the plants until the debt was paid. Evidence recovered from the defendants' phones showed WhatsApp messages between the first defendant and a man in Tirana about the boys' arrival and the 'rent' owed by their families. Detective Inspector Claire Rowe said: "These were children who were used as disposable gardeners by an organised network." The defendants received sentences of 9, 7 and 5 years.""",
"yes","logistics","messaging_app","WhatsApp","","yes","forced_criminal_activity",2,"yes","male","cross_border","GBR ALB FRA",3,"debt_bondage force",
"WhatsApp between defendant (GBR) and organiser in Tirana -> logistics, cyber_flow yes (C14). Cannabis cultivation -> forced_criminal_activity. Padlocked -> force.")
''')

N("H17-053", r'''
C("H17-053","PAK",2021,"""Anti-Human Trafficking court (Sessions Court), Lahore. The court convicted seven defendants, including a surgeon, an anaesthetist, a clinic owner and four agents, under the Prevention of Trafficking in Persons Act 2018 and the Transplantation of Human Organs and Tissues Act 2010. The agents posted on Facebook pages followed by labourers in Punjab, offering 'well-paid work in a factory in Lahore, accommodation provided'; when the men made contact, the agents met them at the Lahore bus terminal, lodged them in a house in Kahna and persuaded them, after 'medical tests', to give a kidney for PKR 300,000. At least five men, brick-kiln and farm labourers aged 19 to 33 from Okara and Kasur, had a kidney removed in a private house converted into an operating theatre; most received less than PKR 80,000. The court heard that the agents kept the men's identity cards until the operation and that one who changed his mind was told he owed PKR 50,000 for the tests and would be handed to the police. The investigation started when a man was found unconscious near a bus stop with a fresh surgical wound.""",
"yes","recruitment","social_media","Facebook","fishing","no","organ_removal",5,"no","male","domestic","PAK",7,"deception abuse_of_vulnerability document_retention debt_bondage threat",
"Posts on Facebook pages answered by labourers -> recruitment, fishing. All in Punjab -> domestic, cyber_flow no. 'At least five' -> 5. Poor labourers -> abuse_of_vulnerability.")
''')

N("H17-056", r'''
C("H17-056","OMN",2017,"""Primary Court, Muscat (criminal circuit). A 38-year-old woman and her driver were sentenced to five years' imprisonment and deportation for trafficking in persons under Royal Decree 126/2008. Four women, two from Morocco and two from Kenya, had been brought to Oman on visit visas by the first defendant with the promise of work in a beauty salon, and were kept in a flat in Al Khuwair where their passports were taken. Customers obtained the first defendant's number from other customers and contacted her on WhatsApp, after which she sent them photographs of the women and the prices; the driver took the women to the customers' apartments. The women were told to pay OMR 2,000 each for their visas before they could leave. They had been promised OMR 250 a month in the salon; instead they were told to 'entertain' men and were given a small share. The first defendant kept a notebook recording each customer and amount. One of the Kenyan women escaped and went to her embassy, which informed the Royal Oman Police.""",
"yes","advertising","messaging_app","WhatsApp","","no","sexual_exploitation",4,"no","female","cross_border","OMN MAR KEN",2,"deception document_retention debt_bondage",
"Photos sent on WhatsApp to buyers = advertising (C6), but the buyers wrote first, no ad described -> no strategy (C6 exception/C13). 'women' -> minor no.")
''')

N("H17-058", r'''
C("H17-058","AUT",2014,"""Landesgericht für Strafsachen Graz. The accused, a 27-year-old Romanian from Satu Mare, and his Austrian girlfriend were convicted of trafficking in human beings (§ 104a StGB) and cross-border prostitution trafficking (§ 217 StGB). Between 2012 and 2013 the first accused had started relationships with four women in Satu Mare and Carei and persuaded them to come with him to Graz, where he said they would work in a café until they had saved enough for a flat. In Graz they were told that they had to work in a studio near the Griesplatz; the second accused photographed them and put them on an Austrian sex advertising website with prices and a telephone number she answered. One of the women, born on 30 November 1995, was 17 when she arrived. The first accused beat two of the women and threatened to harm their families. Sentences: 5 years and 2 years.""",
"yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",4,"yes","female","cross_border","AUT ROU",2,"deception force threat",
"'an Austrian sex advertising website' -> freestanding_website per C2 (a sex site), no name -> platforms empty; fishing. DOB 30.11.1995 -> 17 -> minor yes. Recruitment in person.")
''')

N("H17-064", r'''
C("H17-064","KEN",2016,"""Republic v. Mwakasege & Anor, Chief Magistrate's Court, Milimani. The two accused, Tanzanian nationals living in Eastleigh, were convicted of trafficking in children and sentenced to 10 years each. They brought seven children aged 6 to 13, three of them with physical disabilities, from villages near Mwanza, Tanzania, to Nairobi through the Isebania border post, telling their parents that the children would get treatment and schooling. Instead the children were placed each day along Moi Avenue and Tom Mboya Street to beg, sleeping in a single room and handing over their takings every night.""",
"no","","","","","no","forced_begging",7,"yes","","cross_border","KEN TZA",2,"deception abuse_of_vulnerability",
"No internet. Tanzanian children brought into Kenya -> cross_border. Disabled children -> abuse_of_vulnerability. Sex not stated -> empty.")
''')

N("H17-070", r'''
C("H17-070","ARG",2018,"""Tribunal Oral en lo Criminal Federal N° 5 de la Capital Federal. Sentence of 3 August 2018 convicting the owners of a clothing workshop in the Flores neighbourhood of Buenos Aires for trafficking in persons for labour exploitation (art. 145 bis Criminal Code). The six victims, Bolivian nationals from El Alto, among them D.Q.M., born 21 March 2000, had been recruited in person in El Alto in early 2016 with offers of work sewing clothes for ARS 8,000 a month, and crossed the border at Villazón by bus. They worked from 7 a.m. to 11 p.m., slept in the workshop, were not allowed to go out alone and received only small sums 'for expenses' because the owners said they first had to pay back the travel and their food. The defendants kept their identity cards. Communication with relatives was allowed only by the defendants' mobile phone. Sentences: 6 years each.""",
"no","","","","","no","forced_labour",6,"yes","","cross_border","ARG BOL",2,"deception debt_bondage document_retention",
"No internet. DOB 21.03.2000, recruited early 2016 -> 15 -> minor yes (C10). Sex not stated -> empty.")
''')

N("H17-071", r'''
C("H17-071","IRL",2020,"""The Central Criminal Court imposed sentences of nine and six years on a Paraguayan man and his Irish partner, both living in Cork, for trafficking for the purpose of sexual exploitation under section 4 of the Criminal Law (Human Trafficking) Act 2008. The court heard that the male accused had sent direct messages on Instagram to women in Asunción and Ciudad del Este, Paraguay, whose profiles showed they worked in beauty salons, and told them that they could earn €3,000 a month as nail technicians in Ireland. Three women, aged 22, 24 and 29, accepted, and he paid for their flights. On their arrival the female accused put their photographs on an escort website and booked clients into apartments in Cork and Galway. They were told that they each owed €4,000 for the flights and accommodation, and one woman was threatened with a knife. Detective Garda evidence was that all three women cooperated fully with the investigation and have since returned home.""",
"yes","recruitment advertising","social_media freestanding_website","Instagram","hunting fishing","yes","sexual_exploitation",3,"no","female","cross_border","IRL PRY",2,"deception debt_bondage threat",
"DMs on Instagram from Cork to women in Paraguay -> hunting, cyber_flow yes (C7/C13). 'an escort website' -> freestanding_website (C2), fishing.")
''')

N("H17-079", r'''
C("H17-079","SWE",2018,"""Malmö tingsrätt. Two Bulgarian nationals, a man and his mother, were convicted of human trafficking (brottsbalken 4:1 a) for forced begging. They brought three adults with disabilities from Shumen to Malmö in 2017 and made them beg outside shopping centres in Möllevången and at Triangeln station from morning to night, taking all the money, about SEK 500 a day each. One of the victims, a deaf man, was kicked when he sat down to rest. Sentences: 2 years and 6 months and 1 year and 6 months.""",
"no","","","","","no","forced_begging",3,"no","male","cross_border","SWE BGR",2,"abuse_of_vulnerability force",
"No internet. 'adults' -> minor no. Sex: only 'a deaf man' stated -> male.")
''')

N("H17-116", r'''
C("H17-116","BFA",2017,"""Tribunal de Grande Instance de Ouagadougou. A Koranic teacher in the Tanghin district was sentenced to 2 years' imprisonment, of which 1 year suspended, for trafficking in children and endangering children under Law No. 029-2008 on trafficking in persons. Police found 19 boys aged 6 to 14 in his compound, 11 of them brought from villages in the Tillabéri region of Niger, who were sent out each morning to beg at the Rood Woko market and at traffic lights and had to bring back 300 CFA francs a day, being beaten with a rubber whip if they did not. Several boys had untreated wounds.""",
"no","","","","","no","forced_begging",19,"yes","male","cross_border","BFA NER",1,"force",
"No internet. Boys from Niger (region named) -> cross_border (C8).")
''')

N("H17-098", None) if False else None
done=[]
for f in sorted(glob.glob("/tmp/heldout17/src/b0*.py")):
    s=open(f).read()
    for cid,blk in NEW.items():
        k='C("%s"'%cid
        if k not in s: continue
        i=s.index(k); end=s.find('\nC("',i+5)
        end=len(s) if end<0 else end+1
        s=s[:i]+blk+("\n" if end<len(s) else "")+s[end:]
        done.append(cid)
    open(f,"w").write(s)
p="/tmp/heldout17/src/b05.py"; s=open(p).read()
a="Tribunal Judicial de Beja."
if a in s: s=s.replace(a,"Tribunal Judicial da Comarca de Viseu."); open(p,"w").write(s); done.append("H17-098")
open("/tmp/heldout17/src/.revise1_done","w").write("\n".join(done))
print(len(done), sorted(done))
