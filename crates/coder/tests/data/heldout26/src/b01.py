from lib import C

C("H26-001","SGP",2017,
"""Criminal Reference No. 4 of 2017 (Court of Appeal). The applicant, a 24-year-old Singaporean,
was convicted under s 3 of the Prevention of Human Trafficking Act 2014. While in Singapore he first
messaged a 16-year-old boy living in Johor Bahru, Malaysia, in the chat of an online multiplayer game,
offering paid work "testing phones". The boy crossed the Causeway with him, was told he owed S$2,000
for transport and lodging, and was made to work without pay in a phone-repair shop in Geylang; when
he asked to go home the applicant slapped him and threatened to report him to the police as an
overstayer. The question referred, whether the victim's initial consent to travel was relevant to
"recruitment", was answered in the negative and the motion dismissed.""",
"yes","recruitment","unspecified","","hunting","yes","forced_labour",1,"yes","male","cross_border","SGP MYS",1,
"deception debt_bondage force threat",
"Game chat, game not named -> unspecified (open point: games take unspecified, C2 by analogy). 'first messaged' the boy = offender's first contact (C13) -> hunting. Offender in SGP, boy in MYS when messaged -> cyber_flow yes (C7). 16 -> minor. Register departure: Singapore has no cassation court; written as a Court of Appeal criminal reference (point of law).")

C("H26-002","PAN",2012,
"""Juzgado Segundo de Trabajo del Primer Circuito Judicial, Panama City, judgment of 9 October 2012.
Twelve Colombian men brought claims for unpaid wages and damages against the owner of a construction
contractor and his site foreman. The court found that in January 2012 the owner, from his office in
Panama City, posted an offer on the Colombian job board Computrabajo ("se buscan obreros de
construcción, con alojamiento") and that the claimants, then in Cali and Pereira, answered it and
travelled to Panama at their own cost. At the site in Colón they were housed in a metal container
that the foreman padlocked from outside each night, and two claimants who asked to be paid were
beaten with a length of pipe. The court held that the work had been exacted under physical coercion,
awarded the wages claimed and ordered a copy of the judgment sent to the Public Ministry.""",
"yes","recruitment","job_portal","Computrabajo","fishing","yes","forced_labour",12,"no","male","cross_border","PAN COL",2,
"force",
"Civil/labour judgment: the two respondents named are the 'defendants' (C11) -> 2. Job offer posted on a job board and answered -> recruitment, fishing (C3/C5). Offender posting from PAN, claimants in COL answering -> cyber_flow yes (C7). Work and lodging were as offered, so no deception coded; padlocked container and beatings -> force (confinement read as force throughout this set). 'men' -> minor no (C10).")

C("H26-003","DJI",2000,
"""EXTRACT - Gendarmerie nationale, Brigade de Balbala, procès-verbal no. 114/2000 (translated).
On 17 June 2000 the brigade was called to a quarry on the road to Arta, where nine Ethiopian men were
found sleeping in the open without water. The men stated that in March they had read an advertisement
in a weekly newspaper in Dire Dawa offering work "at the port of Djibouti, good salary, food provided",
and that the telephone number in the advertisement belonged to the first suspect. They crossed at
Galafi in a truck arranged by him. On arrival they were told that they owed 60,000 Djibouti francs
each for transport and papers and that they would be paid only once the debt was cleared. None was paid
in three months. The two suspects, the quarry operator and his driver, were placed in custody and
handed to the public prosecutor.""",
"no","","","","","no","forced_labour",9,"no","male","cross_border","DJI ETH",2,
"deception debt_bondage",
"Print newspaper advertisement and a telephone number -> internet no. Ethiopian men moved into DJI -> cross_border. 'handed to the public prosecutor' after custody read as charged (C11) -> 2. Promised port work, given quarry work unpaid -> deception; transport debt owed to the offender -> debt_bondage.")

C("H26-004","LSO",2015,
"""Rex v T. M., High Court of Lesotho (Maseru), judgment of 3 November 2015. The accused ran a cleaning
business in Maseru and advertised the services of "trained young women" on a website he had built for
it, taking bookings from households and guest houses. The young women, recruited in Mokhotlong with
promises of a monthly wage of M1,500, were paid nothing, were told that they owed him for transport and
uniforms, and were given dagga to keep them working late. He was convicted of trafficking in persons
for forced labour.""",
"yes","advertising","freestanding_website","","fishing","no","forced_labour","unknown","unknown","female","domestic","LSO",1,
"deception debt_bondage drugs",
"Labour advertised on a site the offender built -> freestanding_website, advertising (C15, C2), fishing (posting suffices, C13). 'young women' -> minor unknown (C10); no number -> victims unknown (C12). Mokhotlong to Maseru, no foreign victim -> domestic (C8). Dagga given to keep them working -> drugs.")

C("H26-005","VUT",2011,
"""Case note: Public Prosecutor v Kalsakau [2011] VUSC (Port Vila), the first conviction for trafficking
in children under the Penal Code as amended. The facts are short. The complainant, born on 3 March
1995 and then living with an aunt in Honiara, Solomon Islands, met the defendant, then living in Port
Vila, in the chat of the online game RuneScape in early 2010; over several months they exchanged
messages and he promised her a place at a secretarial college in Vanuatu and a part-time job. He paid
her airfare. In Port Vila there was no college. He told her that she owed him VT 180,000 for the ticket
and her keep, and arranged for her to have sex with men who paid him, threatening to send photographs
of her to her family if she refused. The note argues that the court was right to treat the online
courtship as part of the "recruitment" element even though the defendant never left Vanuatu, and that
the debt he manufactured was the real means of control. It criticises the sentence of four years as
lenient in the light of the complainant's age and the premeditation shown by the months of messages,
and observes that the prosecution made no attempt to trace the other men, who were never charged.""",
"yes","recruitment","unspecified","RuneScape","","yes","sexual_exploitation",1,"yes","female","cross_border","VUT SLB",1,
"deception debt_bondage threat",
"Named online game -> unspecified (open point: named game unspecified). 'met ... in the chat' does not say who wrote first -> no strategy (C5/C13). Girl in Honiara (SLB), defendant in Port Vila (VUT) -> cyber_flow yes (C7). Born 3 March 1995, offence 2010 -> 15 -> minor yes. Uncharged men not counted (C11).")

C("H26-006","HKG",2000,
"""Criminal and Law Enforcement Injuries Compensation Boards, Hong Kong. Application No. 212 of 2000.
The applicant, a Hong Kong woman aged 31, seeks compensation for injuries sustained in 1998-1999. Two
persons were convicted in the District Court in 1999 of living on the earnings of prostitution and
of criminal intimidation. The Board accepts the facts found at trial: the applicant met the first
offender in a mahjong parlour in Mong Kok, where she ran up gambling losses of HK$85,000 that he had
lent her; he took her identity card "as security" and told her she would work off the debt as a
hostess in a villa in Yuen Long run by the second offender; when she tried to stop, both told her
that her young son would be harmed. The Board is satisfied that the psychiatric injury diagnosed is
directly attributable to these crimes and awards HK$120,000.""",
"no","","","","","no","sexual_exploitation",1,"no","female","domestic","HKG",2,
"debt_bondage document_retention threat",
"All in person -> internet no. Debt to the first offender (he lent it) worked off -> debt_bondage. Identity card kept -> document_retention. Threats to her son -> threat. Hong Kong woman, Mong Kok to Yuen Long -> domestic; HKG used as the territory's own code.")

C("H26-007","USA",2020,
"""Inter-American Commission on Human Rights, Report on Admissibility, Petition P-1187-20 (United States).
The petitioners, fourteen Guatemalan nationals, were brought to Georgia on H-2A visas by a labour
contractor. According to the record of the federal prosecution annexed to the petition, the contractor
photographed each worker on arrival and sent the photographs, with the worker's age and strength,
through WhatsApp to selected farm owners, who chose the workers they wanted and paid him a fee per
head. Workers who complained were struck, and all were told that their families in Huehuetenango would
"pay" if they left; wages promised at USD 11.46 an hour were never paid in full. The contractor and two
of his brothers were convicted in 2019. The petitioners allege that the State failed to provide an
effective remedy for unpaid wages. The Commission declares the petition admissible.""",
"yes","advertising","messaging_app","WhatsApp","hunting","no","forced_labour",14,"unknown","","cross_border","USA GTM",3,
"deception force threat",
"Photographs of workers sent by WhatsApp to selected farm owners who chose and paid -> C6 (offers to chosen buyers, buyers named by other words: open point, side taken C6) -> advertising + hunting. All in the USA -> cyber_flow no. Sex and age not stated ('nationals', 'workers') -> victim_sex empty, minor unknown. Registry: USA as the respondent/prosecuting state.")

C("H26-008","MDV",2020,
"""Human Rights Commission of the Maldives, Report on Complaint HRCM/2020/318. Six Maldivian men
complained of the handling of their cases after their return from Cambodia. The Commission records
that in 2019 a recruiter in Malé offered them jobs as "customer-service agents" for a casino company in
Sihanoukville at USD 1,200 a month. On arrival their work was to run romance and investment scams from
fake profiles on Facebook and WhatsApp, to a daily quota; those who missed it were told they would be
sold to another compound. The recruiter, the Commission notes, chose men who were unemployed and
in debt because, as he told the police, "they would not complain". He was convicted in 2020 of
trafficking in persons. The Commission finds that the men were treated as offenders at the airport,
recommends that they be formally identified as victims, and asks the Prosecutor General to review
the decision not to pursue money-laundering charges.""",
"yes","exploitation","social_media messaging_app","Facebook|WhatsApp","","no","forced_criminal_activity",6,"no","male","cross_border","MDV KHM",1,
"abuse_of_vulnerability deception threat",
"Victims forced to run online scams -> exploitation, platform types of the sites used, no strategy, cyber_flow no (the scam targets are neither victims nor buyers), form forced_criminal_activity (open point, side of heldout22). Recruitment in person. The recruiter said he chose the men because they were unemployed and in debt -> abuse_of_vulnerability (only coded where the offender's use of a vulnerability is stated). Only the recruiter convicted -> 1.")

C("H26-009","BGD",2020,
"""Request for mutual legal assistance, Bangladesh to India, summary (2020). Two accused are charged
before the Cox's Bazar tribunal with trafficking five Myanmar nationals from the Kutupalong camp for
begging at Dhaka railway stations; the first accused promised the families paid work in a biscuit
factory and took the victims himself by bus, and those who brought back too little money were beaten.
The second accused has left for Kolkata. Bangladesh requests his address and the records of a Kolkata
hostel where he stayed.""",
"no","","","","","no","forced_begging",5,"unknown","","cross_border","BGD MMR IND",2,
"deception force",
"In person -> internet no. Myanmar nationals exploited in BGD -> cross_border by nationality (C8). Age and sex not stated. IND listed as where the second accused is. Deck listed abuse_of_vulnerability; the text does not say the accused used one, so not coded.")

C("H26-010","BOL",2019,
"""TRIBUNAL DE SENTENCIA PENAL No. 2 OF SANTA CRUZ DE LA SIERRA - SENTENCE No. 41/2019 (unofficial
translation). PROVEN FACTS. FIRST: That the accused J.C.M. and R.V.Q., acting by common agreement,
brought from the city of Puno, Republic of Peru, to this city two adolescents of Peruvian nationality,
Y.M.H., born on 12 May 2002, and K.L.T., born on 3 January 2001, under the promise of work in a
restaurant. SECOND: That from November 2018 the accused R.V.Q. published, on repeated occasions, in the
"servicios" section of the internet forum ForoCruceño, messages offering "chicas nuevas del Perú" with
a telephone number, and that the men who called were received in a rented house in the Plan 3000
district. THIRD: That the accused J.C.M. struck the adolescents when they refused clients, gave them
alcohol and pills "so they would not feel anything", and told them that their families in Puno would
be harmed if they escaped. FOURTH: That on 14 February 2019 the police, acting on a call by a neighbour,
entered the house and rescued the two adolescents. LEGAL GROUNDS. The conduct described fits the crime
of trata de personas (art. 281 bis of the Penal Code) with the aggravating circumstance that the
victims were minors. Their consent has no effect. RESOLVES: to sentence each accused to fifteen years'
imprisonment without right to pardon and to pay the civil reparation to be fixed in execution.""",
"yes","advertising","unspecified","ForoCruceño","fishing","no","sexual_exploitation",2,"yes","female","cross_border","BOL PER",2,
"deception drugs force threat",
"Ads posted on a general internet forum (not a sex site) -> unspecified (open point: forums that are no sex site take unspecified), advertising, fishing (C13). Buyers local -> cyber_flow no. Dates of birth 2002 and 2001, offence 2018-19 -> both minors ('adolescents' as well). Alcohol and pills 'so they would not feel anything' -> drugs. Promise of restaurant work -> deception.")

C("H26-011","SVN",2020,
"""Consulate General of Bosnia and Herzegovina in Ljubljana - report to the Ministry of Foreign Affairs,
Sarajevo, on the detention of two citizens (extract). Our citizens E.H. and S.K., resident in Maribor,
were indicted by the District State Prosecutor's Office in Maribor for trafficking in human beings.
According to the indictment, in 2019 E.H. wrote to two deaf persons from the Pomurje region in the chat
of an online card game, offering them a room and a job in a car wash; after they moved to Maribor both
defendants drove them each morning to shopping centres in Ljubljana and Celje and made them beg with
printed cards, taking the money and telling them that they would be thrown onto the street if they
kept any. Both citizens have been visited; they have a lawyer and have no complaints about their
treatment in detention.""",
"yes","recruitment","unspecified","","hunting","no","forced_begging",2,"unknown","","domestic","SVN",2,
"deception threat",
"Hard case: a consular report by the OFFENDERS' state; victims not said to be foreign, all places in SVN -> domestic (C8: a nationality said only of the offenders does not make cross_border). BIH not listed in countries (offenders' nationality is not a place of origin, transit, exploitation or where they were). 'wrote to' in a game chat = first contact -> hunting (C13); game chat unspecified (open point). Deck gave domestic 'between provinces'; written as between Slovenian regions. Sex and age of the victims not stated.")

C("H26-012","CHN",2022,
"""(2022) Yue 03 Xing Chu No. 1187. Shenzhen Intermediate People's Court, 22 August 2022. Offence: abducting
and trafficking women; organising prostitution. Facts: The two defendants recruited three girls aged
15 and 16 from a county in Guizhou province with promises of work in a bubble-tea shop, brought them to
Shenzhen, Guangdong, told them they owed 8,000 yuan each for the trip, and offered "student companions"
through a Weibo account they ran, posting the girls' photographs. Result: 9 years and 7 years.""",
"yes","advertising","social_media","Weibo","fishing","no","sexual_exploitation",3,"yes","female","domestic","CHN",2,
"debt_bondage deception",
"Weibo account posting the girls' photos -> social_media, advertising, fishing (C13). Guizhou to Guangdong = between provinces, national victims -> domestic (C8). Ages 15-16 -> minor.")

C("H26-013","MEX",2006,
"""Note on Causa Penal 88/2005, Juzgado Tercero de Distrito, Tapachula, Chiapas (judgment of 2006). The
victim, a Honduran boy born in March 1990, was taken from San Pedro Sula through Guatemala in 2005 by
three men who then kept him in a house in Tapachula and made him sell crack cocaine at the bus terminal,
beating him when he came back short and saying that his mother would be killed if he ran. His mother
found him after a migrants' shelter published his photograph on its website of missing children;
the three men were convicted. The note discusses whether a child's forced drug-selling is
"exploitation" under the Federal Code.""",
"no","","","","","no","forced_criminal_activity",1,"yes","male","cross_border","MEX HND GTM",3,
"force threat",
"Only the shelter (an NGO) used a website -> not the offenders' use (C3) -> internet no. Born March 1990, taken 2005 -> 15 -> minor (also 'boy'). Transit GTM listed.")

C("H26-014","BGD",2015,
"""State v. Rokeya Begum and another. Sentencing remarks, Nari-o-Shishu Nirjatan Daman Tribunal No. 3,
Dhaka, 2015. You, Rokeya Begum, kept an office in Jatrabari under a signboard reading "Sabuj Overseas
and Local Employment". Four women came to that office for garment-factory work. You took their national
identity cards and told them that a factory in Faridpur had paid their advance into your bank account.
There was no factory. Your co-accused, Abdul Karim, delivered them to a brothel at Daulatdia, and when
the women begged to go home you both told them that their husbands would be told they had become
prostitutes. This was a calculated and repeated trade. I sentence each of you to imprisonment for life
and a fine of Tk 50,000.""",
"no","","","","","no","sexual_exploitation",4,"no","female","domestic","BGD",2,
"deception document_retention threat",
"Agency office and a bank account, no 'online' -> internet no (C1). Dhaka to Daulatdia, Bangladeshi victims -> domestic.")

C("H26-015","SVK",2013,
"""Criminal law - trafficking in human beings (s. 179 Criminal Code) - abuse of a position of dependence -
consent of the victim - relevance of a debt. A victim's apparent consent to prostitution is irrelevant
where the offender created and then exploited the victim's dependence on him. The accused lodged two
sisters, aged 22 and 16, whose mother had died, in his flat, told them that they owed him for food and
rent from the first week, and made them receive men there; he beat the elder sister when she refused.
Held, dismissing the appeal on points of law: the regional court was right to find that the accused
had knowingly taken advantage of the sisters' dependence on him after their mother's death. The fact
that the younger sister had described her "boyfriend" in glowing terms on her own Facebook profile,
relied on by the defence, did not show free consent; nor did the fact that the case was reported by
her school counsellor, who had read the posts. Decision of the Supreme Court of the Slovak Republic,
2013, ref. 2 Tdo.""",
"no","","","","","no","sexual_exploitation",2,"yes","female","unknown","SVK",1,
"abuse_of_vulnerability debt_bondage force",
"Only the victim's own Facebook posts and the counsellor's reading of them -> not the offender's use (C3) -> internet no. No place or nationality named -> border unknown (C8); countries: the prosecuting country listed (open point side: always list it). 16 -> minor. Court found he 'knowingly took advantage of their dependence' -> abuse_of_vulnerability.")

C("H26-016","SAU",2009,
"""Complaint to the ILO Committee on Freedom of Association and the Committee of Experts, submitted by
a federation of domestic workers' unions (2009), Annex 3: individual cases. The federation documents
eleven women domestic workers, Indonesian, Filipino and Sri Lankan nationals, whose sponsors in Riyadh
advertised them on the classified site Haraj for "transfer of sponsorship" at fees of SAR 15,000 to
25,000, with photographs and a list of skills. The workers had been recruited in their home countries
as nurses' aides and hospital cleaners. Once "transferred" they were taken to households in Dammam
and Al-Khobar; their mobile telephones were taken and they were not allowed to call their families.
Two of the advertisers were later charged by the Bureau of Investigation and Public Prosecution. The
federation asks the Committee to request the Government to prohibit the sale of workers' sponsorship
and to bring domestic workers within the Labour Law.""",
"yes","advertising","classified_ads","Haraj","fishing","no","forced_labour",11,"no","female","cross_border","SAU IDN PHL LKA",2,
"deception other",
"Workers advertised on a classified site -> advertising (ads for the labour of victims), classified_ads, fishing. All in SAU -> cyber_flow no. Phones taken / no contact -> other. Departure from the deck (sexual, domestic between provinces): a Saudi case with national victims was implausible; written as foreign domestic workers moved Riyadh -> Eastern Province. Two charged -> 2 (C11).")

C("H26-017","KHM",2014,
"""Summary of request for mutual legal assistance from the Kingdom of Cambodia to Australia (2014). Two
suspects, charged before the Phnom Penh Municipal Court, are alleged to have brought seven female
Vietnamese nationals across the border at Bavet with promises of restaurant work and to have sold
them for sex to foreign visitors in Phnom Penh and Siem Reap. The second suspect, resident in Melbourne,
registered and maintained a website offering "travel companions" with the victims' photographs and
prices; bookings were passed to the first suspect in Phnom Penh by e-mail. Victims who refused clients
were beaten. Cambodia requests the subscriber records of the website's domain, the contents of two
e-mail accounts and a search of the second suspect's residence.""",
"yes","advertising","freestanding_website email","","fishing","yes","sexual_exploitation",7,"unknown","female","cross_border","KHM VNM AUS",2,
"deception force",
"Site run by an offender -> freestanding_website (C15), advertising, fishing. Bookings e-mailed between offenders in AUS and KHM -> email, cyber_flow yes (C7/C14); logistics not added (advertising applies). 'female ... nationals' without age -> minor unknown.")

C("H26-018","ISR",2007,
"""[Army Radio, 13:00 news, 5 June 2007 - transcript] ... In Tel Aviv, the District Court today
convicted two brothers from Bat Yam of trafficking three women from Moldova for prostitution. The
women, aged nineteen to twenty-four, were smuggled across the Sinai border and sold to the brothers,
who told them they owed twenty thousand dollars each, and gave them drugs so that they would keep
working. The judges rejected the prosecution's claim that the brothers had advertised the women on an
internet site: the printouts, they said, came from a site with no proven link to the defendants.
Sentencing will be in July. And now to the weather ...""",
"no","","","","","no","sexual_exploitation",3,"no","female","cross_border","ISR MDA EGY",2,
"debt_bondage drugs",
"Online advertising claimed by the prosecution but rejected by the court -> not coded (C4) -> internet no. Sinai border -> EGY listed as transit. Ages 19-24 -> minor no. Deck listed deception; the text as written describes no false promise, so not coded.")

C("H26-019","HUN",2001,
"""Indictment summary, Győr County Prosecutor's Office, 2001. The two accused placed an advertisement in
the county daily offering farm work in Burgenland, Austria, at 1,000 schillings a day. Five men aged 23
to 51 who answered it were driven to a farm near Neusiedl, told that they owed the accused for
transport and lodging, and paid nothing; when they asked to leave the accused said they would be
handed to the Austrian police as illegal workers.""",
"no","","","","","no","forced_labour",5,"no","male","cross_border","HUN AUT",2,
"debt_bondage deception threat",
"Print newspaper advertisement -> internet no. Hungarian men taken to Austria -> cross_border.")

C("H26-020","DJI",2001,
"""Case brief - Association for Women's Legal Aid, Djibouti (2001). Two women, both recently widowed and
without income, were called on their mobile telephones by a bar owner from the Quartier 4 of Djibouti
City who offered them work as waitresses. He sent text messages fixing the meeting place. In the bar
they were told to go with customers; he told them that he had chosen them "because nobody would look
for them" and that he would denounce them to their in-laws if they left. The bar owner was convicted
of procuring and sentenced to two years. The association assisted the women as civil parties.""",
"no","","","","","no","sexual_exploitation",2,"no","female","domestic","DJI",1,
"abuse_of_vulnerability deception threat",
"Telephone calls and SMS only -> internet no (scheme example 4). He said he chose them 'because nobody would look for them' -> abuse_of_vulnerability (stated). All in DJI, national victims implied -> domestic.")
