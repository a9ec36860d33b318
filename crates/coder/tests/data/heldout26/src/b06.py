from lib import C

C("H26-101","VUT",2001,
"""Public Prosecutor v Tamata, Supreme Court of Vanuatu (Luganville), Criminal Case No. 12 of 2001,
judgment. The accused owns a copra and cocoa plantation on the east coast of Santo in Sanma Province. He
is charged with two counts of slavery and related offences under the Penal Code. The prosecution
evidence, which I accept, is that in 2000 he brought two juveniles, both boys, from Tanna in Tafea
Province to cut copra for him, telling their families that they would attend school on Santo. They never
went to school. He kept the identity cards issued to them for the journey and told them that they could
not travel home without them. They worked every day from early morning and were given rice and tinned fish
but no pay. In his record of interview the accused said that he had planned to ask a cousin in Port Vila
to put a notice "on the internet" so that other plantation owners could hire the boys from him, but there
is no evidence that any such notice was ever made, and I place no weight on it. I am satisfied beyond
reasonable doubt that the accused exacted the labour of the boys by keeping their documents and their
means of going home. He is convicted on both counts.""",
"no","","","","","no","forced_labour",2,"yes","male","domestic","VUT",1,
"deception document_retention",
"Online notice only planned, never made -> not coded (C4) -> internet no. 'juveniles, both boys' -> minor (C10). Tafea to Sanma province -> domestic. School promised -> deception; identity cards kept -> document_retention.")

C("H26-102","OMN",2025,
"""Supreme Court of Oman, Criminal Chamber, appeal no. 611/2025 - headnote. Trafficking in persons - recruitment
through social media - consent of the workers - confiscation of passports as a means. 1. Posting public
job offers on a social-media platform to which foreign workers respond is "recruitment" within article 2 of
the Law Combating Trafficking in Persons, whether or not the poster meets the workers before their
arrival. 2. The workers' agreement to travel does not remove the offence where the work offered was
different from the work performed and was obtained by violence or threats. 3. The retention of passports
by an employer is an indication of coercion that the trial court may weigh with the other evidence.
Facts: The first appellant, from Muscat, posted videos on TikTok offering jobs as company drivers in Oman
at OMR 250 a month. Five men from Pakistan aged 24 to 39 responded from Lahore and Sialkot. On arrival
the second appellant took their passports and made them work as labourers on farms in Al Batinah without
pay; when they refused to continue they were beaten, and the first appellant told them they would be
jailed as absconders. The Court of Appeal convicted both appellants. Held: appeals dismissed; the
sentences of seven and five years confirmed.""",
"yes","recruitment","social_media","TikTok","fishing","yes","forced_labour",5,"no","male","cross_border","OMN PAK",2,
"deception document_retention force threat",
"Job videos posted on TikTok and answered -> recruitment, social_media, fishing. Posted from Muscat, men responded from Pakistan -> cyber_flow yes (C7). Ages 24-39 -> minor no. Passports taken -> document_retention (added to the deck's force, threat, deception).")

C("H26-103","GEO",2023,
"""Tbilisi City Court, Administrative Cases Panel - decision on the appeal of a foreign national against
his expulsion (2023). The appellant was convicted in 2022, together with two others, of trafficking in
human beings and fraud, and has served his sentence. The criminal judgment found that he managed a "call
centre" in a rented office in Vake, where eleven students aged 19 to 23 were made to pose as financial
advisers and to persuade strangers, through calls and messages on WhatsApp and Telegram, to invest in
fake trading platforms. The students had been recruited through friends at their universities for what
they were told was "customer support"; they were not allowed to leave until they had met daily targets,
and were told that their "debts" for training would be reported to their universities. The judgment
found that the managers had deliberately chosen students from the regions who had no family in Tbilisi
and depended on the job for their rent. The appellant argues that expulsion would separate him from his
Georgian partner. The Court holds that the seriousness of the offence, committed against eleven young
people over fourteen months, outweighs his private life. Appeal dismissed.""",
"yes","exploitation","messaging_app","WhatsApp|Telegram","","no","forced_criminal_activity",11,"no","","domestic","GEO",3,
"abuse_of_vulnerability deception other threat",
"Students made to run investment scams through WhatsApp and Telegram -> exploitation, messaging_app, no strategy, cyber_flow no (scam targets are neither victims nor buyers), forced_criminal_activity (open point, heldout22 side). Recruitment in person through friends. Students from the regions, all in GEO; only the offender is foreign -> domestic (C8). Ages 19-23 -> minor no; sex not stated. 'customer support' promised, scams performed -> deception. Deliberate choice of dependent students -> abuse_of_vulnerability. 'debts' for training threatened to be reported, not worked off -> threat, not debt_bondage. Not allowed to leave until targets were met (no locking described) -> other (side: restriction without physical confinement -> other).")

C("H26-104","HKG",2001,
"""DCCC 512/2001. D: 1 (f). V: 1 (f), domestic helper. Charges: criminal intimidation (x2); wounding (withdrawn).
Facts admitted: V worked 7 yrs at D's flat, Tai Koo Shing, unpaid 26 months; D threatened to have V
"put in prison". D intended to post an advertisement on a website to "lend" V to other households;
none posted. Plea G. 10 mths.""",
"no","","","","","no","forced_labour",1,"unknown","female","domestic","HKG",1,
"threat",
"Website advertisement only intended, none posted -> not coded (C4) -> internet no. Hard case: 'domestic helper' with no nationality and one place (Tai Koo Shing) -> domestic under C8. Age not stated -> minor unknown. Unpaid domestic work under threats -> forced_labour.")

C("H26-105","SLV",2001,
"""Procuraduría General de la República - Unidad de Defensa de los Derechos de la Mujer. Intake record,
2001. Persons attended: two young women, sisters, accompanied by their mother. Reason for visit: they wish
to know their rights as victims in the criminal case opened against the man who held them. Account given:
In the first months of the year the man, whom they knew by sight, telephoned the older sister several
times and sent her messages on her mobile phone offering both sisters work "attending tables" in a
restaurant. He collected them by car. The place was not a restaurant but a house where they were made to
attend to men. When the younger sister refused, he hit her and shut her in a room without food for two
days; the older sister was hit when she tried to telephone their mother. After some weeks a client helped
them leave. The man has been detained and the Fiscalía has charged him. Documents presented: copy of the
complaint; medical certificate of the younger sister (bruising to face and arms). Action taken: rights as
victims explained; they were informed that they may join the proceedings as private accusers with legal
representation from this office; referral to psychological care. Observations: the mother asks that the
daughters not be confronted with the accused in court. Next appointment: in two weeks, with the assigned
lawyer.""",
"no","","","","","no","sexual_exploitation",2,"unknown","female","unknown","SLV",1,
"deception force",
"Telephone calls and mobile-phone messages (no app named) -> internet no (scheme example 4). 'young women' -> minor unknown (C10). No place or nationality named -> border unknown (C8); SLV listed (side). Shut in a room, hit -> force; restaurant work offered -> deception.")

C("H26-106","LKA",2003,
"""Labour Tribunal, Colombo - application no. LT/12/441/2003. The applicants, three young women from
Kurunegala district, seek refund of fees and compensation from the respondents, a licensed foreign
employment agency and its sub-agent. The sub-agent visited their village in person in 2002 and offered
them work as housemaids in Beirut through the agency; each paid Rs 75,000 at the agency office, partly
borrowed from the sub-agent himself. In Lebanon, the applicants state, they were not taken to households
but to a hotel where they were made to have sex with men, and were told that they would not be sent home
until they had repaid the sub-agent's loans and the agency's "expenses" from their earnings. The Sri Lanka
Bureau of Foreign Employment found the agency in breach of its licence. The respondents deny that they
knew of the hotel. The Tribunal finds on the evidence that the sub-agent was in regular contact with the
hotel's manager and that the agency received a payment from the hotel for each worker. The Tribunal
orders the respondents jointly to refund the fees and to pay compensation of Rs 250,000 to each applicant,
and directs that a copy of this order be sent to the Attorney-General for consideration of criminal
proceedings.""",
"no","","","","","no","sexual_exploitation",3,"unknown","female","cross_border","LKA LBN",2,
"debt_bondage deception",
"In person and at an agency office -> internet no. 'young women' -> minor unknown (C10). Loans from the sub-agent (a respondent) to be repaid from earnings -> debt_bondage (debt to an offender). Housemaid work promised -> deception. Respondents in the labour claim counted as the defendants (C11, as for other civil claims in this set).")

C("H26-107","IDN",2017,
"""Central Jakarta District Court, Judgment No. 918/Pid.Sus/2017/PN.Jkt.Pst (summary of first-instance
judgment). The defendant brought a girl from Bandung, West Java, to Jakarta on the promise of work as a
shop assistant, then advertised her on an escort website with photographs he had taken, answering the men
who replied through MiChat and delivering her to hotels. He slapped her and locked her in his room when she
said she wanted to go home. The panel found the defendant guilty under Article 2 of Law No. 21 of 2007 on
the Eradication of the Crime of Trafficking in Persons and Article 88 of the Child Protection Law and
sentenced him to eight years' imprisonment and a fine of IDR 200 million.""",
"yes","advertising","freestanding_website messaging_app","MiChat","fishing","no","sexual_exploitation",1,"yes","female","domestic","IDN",1,
"deception force",
"'an escort website' -> freestanding_website (C2), advertising, fishing. Replies answered through MiChat -> messaging_app typed; the men replied to the ad, so MiChat is part of the advertising (no extra purpose, no hunting). 'a girl' and Child Protection Law -> minor. West Java to Jakarta -> domestic.")

C("H26-108","AUT",2012,
"""Answer of the Federal Minister of the Interior to parliamentary question 11874/J (XXIV. GP), 2012, extract.
Re question 4: In the proceedings before the Regional Court for Criminal Matters Vienna referred to,
three accused were convicted in 2012 of cross-border prostitution trafficking (s. 217 StGB) and
trafficking in human beings (s. 104a StGB). The judgment found that the accused brought four Hungarian
women, aged 19 to 23, and a 16-year-old girl from Nyíregyháza to Vienna on the promise of work in a
hotel laundry. Their identity cards were taken by the first accused. The women and the girl were not
advertised publicly; instead the second accused posted their photographs in a closed WhatsApp group of
about forty regular clients, who then booked them by writing to her. The women were told that their
families in Hungary would learn what they did if they went to the police. Re question 5: The Federal
Ministry does not keep statistics on the use of messaging services in trafficking cases.""",
"yes","advertising","messaging_app","WhatsApp","hunting","no","sexual_exploitation",5,"yes","female","cross_border","AUT HUN",3,
"deception document_retention threat",
"Open point: photos posted in a closed WhatsApp group of regular clients -> side taken: offers to chosen buyers (C6) -> advertising + hunting (not fishing). All in AUT when sent -> cyber_flow no. 16-year-old girl among adults -> minor yes.")

C("H26-109","ETH",2003,
"""Federal First Instance Court (Lideta), Addis Ababa - criminal file 04112 (2003). Database entry.
Offence: trafficking in women (Penal Code 1957, art. 605). Accused: 2. Victims: 6 women. Summary: The first
accused, a neighbour of two of the victims in Merkato, told their families in person that her sister in
Djibouti could find them work as housemaids; the others heard of the offer from those families. The second
accused took the women by truck through Dewele to Djibouti, where they were kept in a house and made to have
sex with truck drivers and soldiers. They were told that they owed Birr 4,000 each for the journey and
would be beaten if they tried to leave; one woman who ran away was brought back and beaten. The court found
that the accused had picked women who were newly arrived from the countryside and had no relatives in the
city. Judgment: both accused convicted, 7 and 5 years' rigorous imprisonment. Significant features: word-
of-mouth recruitment through families; debt bondage; first application of art. 605 to transport by road.""",
"no","","","","","no","sexual_exploitation",6,"no","female","cross_border","ETH DJI",2,
"abuse_of_vulnerability debt_bondage deception force threat",
"Word of mouth through families -> internet no. Addis Ababa to Djibouti -> cross_border. Picked newcomers without relatives -> abuse_of_vulnerability. The sister in Djibouti is not charged (C11). Housemaid work promised -> deception. Told they would be beaten if they left -> threat; a runaway beaten -> force.")

C("H26-110","IND",2013,
"""To the Labour Commissioner, Government of Assam, and the Superintendent of Police. Complaint of the
Assam Chah Mazdoor Sangha (tea workers' union), 2013. Three women workers of a tea estate in Sonitpur
district, aged 19, 21 and 24, were taken to Delhi in 2012 by the nephew of the estate's sardar, who told
their families in the labour lines that he had found them jobs as domestic workers. They were sold to a
brothel on G.B. Road, where they were beaten and forced to receive customers. Two persons have been
arrested and charged by the Delhi Police. The union asks that the sardar's role be investigated and that
the women be paid the compensation due to victims of trafficking.""",
"no","","","","","no","sexual_exploitation",3,"no","female","domestic","IND",2,
"deception force",
"Word of mouth in the labour lines -> internet no. Assam to Delhi across state lines, Indian victims -> domestic (C8). Two arrested and charged -> 2 (the sardar not charged).")

C("H26-111","ARG",2008,
"""Federal Prosecutor's Office, Posadas - summary of the requerimiento de elevación a juicio (2008). The two
accused are charged with trafficking in persons for sexual exploitation (Law 26.364). They are alleged to
have brought three Paraguayan nationals across the Paraná river from Encarnación to Posadas, to have
retained their identity cards, and to have offered them to clients through a "fotologue" page on which
they posted the victims' pictures with a telephone number. The prosecution relies on printouts of the
page, the telephone records and the victims' statements in the Gesell chamber.""",
"yes","advertising","social_media","Fotolog","fishing","no","sexual_exploitation",3,"unknown","","cross_border","ARG PRY",2,
"document_retention",
"Misspelt 'fotologue' normalised to Fotolog (a photo-blog social network) -> social_media; posting the victims' pictures with a number -> advertising, fishing. Sex and age not stated ('nationals', 'victims'); the form is sexual exploitation as charged. Encarnación to Posadas -> cross_border. Printouts relied on by the prosecution are evidence of the accused's posting, not the police's own internet use.")

C("H26-112","LKA",2009,
"""UN Human Rights Committee, Views adopted under article 5(4) of the Optional Protocol, communication against
Sri Lanka (2009), summary of facts. The authors, two Sri Lankan women, were recruited in Colombo by a
licensed agent for work as hotel housekeepers in Dubai, United Arab Emirates. On arrival the agent's
partner in Dubai took their passports and told them that each owed USD 2,500 for the visa and ticket. They
were advertised on an escort website with photographs taken on the day of their arrival and sent to
clients' apartments. After their return, the agent was prosecuted in the Colombo High Court; the case has
been pending for more than five years, and the authors have been unable to obtain any decision on their
claims for compensation. The authors claim a violation of articles 2(3), 8 and 14 of the Covenant. The
Committee finds that the delay in the criminal proceedings, for which the State party has offered no
explanation, violates article 14(3)(c) read with article 2(3), and that the State party must expedite
the proceedings and provide the authors with adequate compensation.""",
"yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",2,"no","female","cross_border","LKA ARE",1,
"debt_bondage deception document_retention",
"'advertised on an escort website' by the offenders' side -> freestanding_website (C2), advertising, fishing (C13). The website's location is not said -> cyber_flow no. Deck departures: no regional human-rights court covers Sri Lanka, written as UN treaty-body Views; the drawn form forced_begging did not fit an escort-site scenario -> sexual_exploitation. Only the agent prosecuted (partner in Dubai not charged) -> 1.")

C("H26-113","TGO",2002,
"""Cour suprême du Togo, chambre judiciaire - arrêt no. 27 of 2002 (cassation). The appellants, two
labour recruiters, challenge the judgment of the Lomé Court of Appeal convicting them of trafficking in
persons and fraud. The facts found by the trial judges are these. In 2000 the appellants recruited in
person, in villages of the Plateaux region, twelve men aged 20 to 35, promising them contracts on a
rubber plantation in Gabon at 90,000 CFA francs a month. On arrival at Libreville the first appellant
collected their identity documents "for the residence permits", which were never obtained. The men worked
on a cocoa farm far from any road, were paid nothing for eleven months, and were told that they would be
handed to the Gabonese police as clandestine migrants if they left. Their relatives in Lomé, without news,
wrote to a human-rights organisation, which raised the matter with the Gabonese authorities by e-mail and
secured their return. The appellants argue that the trial judges could not convict them of acts committed
abroad and that the men had freely agreed to go. On the first ground, the Court holds that the
recruitment, an element of the offence, took place on Togolese territory, which suffices for the
jurisdiction of Togolese courts. On the second ground, it holds that consent obtained by deceit as to the
nature and conditions of the work is no consent. The appeal is rejected and the appellants ordered to pay
the costs.""",
"no","","","","","no","forced_labour",12,"no","male","cross_border","TGO GAB",2,
"deception document_retention threat",
"Only a human-rights NGO used e-mail (to the authorities) -> not coded (C3) -> internet no. Ages 20-35 -> minor no. Plateaux region to Gabon -> cross_border.")

C("H26-114","USA",2004,
"""United States v. Kowalczyk, No. 03-4127 (4th Cir. 2004). Defendant appeals his convictions for forced
labor and document servitude relating to two young women from Odessa, Ukraine, whom he brought to
Virginia on fiancée visas. At trial the government argued that he had found the women through an
internet "bride" website; the evidence, however, showed that both were introduced to him at a marriage
agency office in Odessa, and the district court instructed the jury to disregard the website theory.
The evidence supported the jury's finding that, once in Virginia, defendant told the women he would marry
neither of them, kept them in his house to clean and care for his mother, put sedatives in their tea
when they became "difficult", and chose them, in his own words to the agency, because "girls from poor
families are grateful". We find no error in the admission of his letters to the agency and no merit in
his challenge to the sufficiency of the evidence. AFFIRMED.""",
"no","","","","","no","forced_marriage forced_labour",2,"unknown","female","cross_border","USA UKR",1,
"abuse_of_vulnerability deception drugs",
"Internet 'bride' website argued by the government but the court instructed the jury to disregard it (introduced at an agency office) -> not coded (C4) -> internet no. 'young women' -> minor unknown (C10). Brought on fiancée visas under a false promise of marriage and made to keep house -> forced_marriage + forced_labour (forms from the facts; judgement call, the marriage never took place). Sedatives in their tea -> drugs. 'girls from poor families are grateful' -> abuse_of_vulnerability; 'girls' here is the defendant's word for the young women, not an age -> minor stays unknown.")

C("H26-115","ETH",2017,
"""High Court of Khartoum, decision on the request of the Federal Democratic Republic of Ethiopia for the
extradition of an Ethiopian national (2017), summary. The requested person is accused in Addis Ababa of
trafficking three girls aged 14 to 16 from Gondar to Khartoum, where she kept them in a house in Al-Daim
and made them have sex with men. Her partner was convicted by the Federal High Court in Addis Ababa in
2016 for his part in the same offences. According to the request, the partner found the girls and their
families in Gondar, and the two accused arranged each journey, the girls' "price" and the repayment of
the girls' "travel debt" to them in messages on Whats App between Addis Ababa and Khartoum, which were
recovered from the partner's telephone. The girls were told their families would be harmed if they
spoke to anyone. The Court finds the documents sufficient, that the offence is punishable under Sudanese
law, and that the requested person is not a Sudanese national. Extradition is granted.""",
"yes","logistics","messaging_app","WhatsApp","","yes","sexual_exploitation",3,"yes","female","cross_border","ETH SDN",2,
"debt_bondage threat",
"WhatsApp (misspelt 'Whats App', normalised) messages between the two offenders in ETH and SDN -> logistics (C14), cyber_flow yes (C7). Partner convicted for the same offences -> counted (C11) -> 2. 'travel debt' repaid to them -> debt_bondage.")

C("H26-116","UZB",2023,
"""Request for mutual legal assistance from the Republic of Uzbekistan to the Russian Federation (summary,
2023). Two citizens of Uzbekistan are accused under article 135 of the Criminal Code (trafficking in
persons). The investigation has established that in 2022 the accused published on the job site hh.uz,
under the name of a non-existent company, vacancies for "call-centre operators, work from home, for
persons with disabilities". Four applicants, aged 31 to 54, from Samarkand and Jizzakh regions, were met
at the bus station in Tashkent and taken to a flat in the Chilanzar district. Instead of call-centre
work, they were placed each day at metro stations and markets to beg, and their takings were collected
in the evening. The accused told them that their relatives would be informed that they had been
arrested for fraud if they left. The job-site account was registered through a service provider with
offices in Moscow. Uzbekistan requests the registration data, IP logs and payment details of the account
and the questioning of the provider's representative as a witness.""",
"yes","recruitment","job_portal","hh.uz","fishing","no","forced_begging",4,"no","","domestic","UZB",2,
"deception threat",
"Vacancies published on a national job site and answered -> recruitment, job_portal, fishing. Samarkand/Jizzakh to Tashkent, no foreign victim -> domestic. Hard case: Russia/Moscow named only as the provider's seat and the requested state -> not in countries. Ages 31-54 -> minor no; sex not stated.")

C("H26-117","KAZ",2002,
"""Ombudsman (Human Rights Commissioner) of the Republic of Kazakhstan - Special Report 2002, section 5:
complaints concerning the trade in women. Case 5.3. Two women from Shymkent complained that the police had
refused for several months to register their statements. The Commissioner's office established that in
2001 a woman they knew from the market telephoned them and offered them well-paid work as waitresses in a
café in Almaty. On arrival they were taken to a sauna, where they were given vodka mixed with tablets until
they could hardly stand and were made to serve clients. They escaped after six weeks. Following the
Commissioner's intervention, the statements were registered and two persons, the woman and the sauna's
administrator, were charged. The Commissioner recommends that the Ministry of Internal Affairs issue
instructions obliging duty officers to register any complaint of forced prostitution without delay.""",
"no","","","","","no","sexual_exploitation",2,"no","female","domestic","KAZ",2,
"deception drugs",
"Telephone only -> internet no. Shymkent to Almaty -> domestic. Vodka with tablets -> drugs. Two charged -> 2.")

C("H26-118","CAN",2008,
"""RCMP "D" Division, Winnipeg - Occurrence report, summary for Crown counsel (2008). Victim: juvenile female,
resident of Grand Forks, North Dakota, USA. Suspects: two adult males, Winnipeg. In June 2008 suspect 1
posted an ad on the job board Workopolis for a "live-in nanny, Winnipeg, $600/wk, travel paid". The victim
applied from Grand Forks and was driven across the border at Emerson by suspect 2. On arrival she was told
she owed $3,000 for her travel and room and that she would "work it off" with men that suspect 1 brought to
the apartment. Suspect 2 struck her when she refused. The suspects told her no one would believe a runaway
and that she had nowhere else to go; suspect 1 later told investigators he chose her because she had said
in her application that she had left home. Victim located 14/08/2008 after a hotel clerk called police.
Both suspects arrested and charged (s. 279.01 CC, s. 212 CC).""",
"yes","recruitment","job_portal","Workopolis","fishing","yes","sexual_exploitation",1,"yes","female","cross_border","CAN USA",2,
"abuse_of_vulnerability debt_bondage deception force",
"Ad posted on a job board and answered from the USA -> recruitment, job_portal, fishing, cyber_flow yes (C7: poster in Winnipeg, applicant in North Dakota). 'juvenile female' -> minor (C10). Chose her because she had left home -> abuse_of_vulnerability. Nanny job promised -> deception.")

C("H26-119","MDG",2014,
"""Consulate General of France in Antananarivo - report to the Ministry (2014), extract. Two of our nationals,
a couple resident in Antananarivo, have been placed in pre-trial detention and charged with trafficking
in persons and exploitation of children's labour. According to the investigating judge, they employed two
girls from Toamasina as live-in domestic workers through a placement agency with an office on Avenue de
l'Indépendance; the couple paid the agency and the girls' parents by bank transfer and told the parents that
the girls would continue their schooling. The girls worked from five in the morning until late at night,
did not attend school, were beaten with a belt when they broke dishes and were told that their parents would
be put in prison for the "advance" if they ran away. Consular visits have taken place; both nationals have
French-speaking counsel.""",
"no","","","","","no","forced_labour",2,"yes","female","domestic","MDG",2,
"deception force threat",
"Agency office and bank transfers, no 'online' -> internet no (C1). 'girls' -> minor (C10). Hard case: consular report by the offenders' state; victims Malagasy, Toamasina to Antananarivo -> domestic; FRA not listed (offenders' nationality only, side). The 'advance' paid to the parents is used as a threat, not described as worked off -> not debt_bondage.")

C("H26-120","ROU",2020,
"""National Agency against Trafficking in Persons (ANITP), National Rapporteur's Report on Trafficking in
Persons 2020, Chapter 4, Box 2: the "lover boy" method. The Directorate for Investigating Organised Crime
and Terrorism (DIICOT), Bacău Territorial Service, sent to trial three defendants who recruited women from
Bacău and Onești in person, at discos and through acquaintances, by starting romantic relationships with
them and promising a life together and legal jobs in Birmingham, United Kingdom. Once in the United
Kingdom, the women were placed in rented houses and made to provide sexual services; the defendants took
their identity cards "so they would not lose them" and kept all the money. One of the women told
investigators she had believed for months that her "boyfriend" was saving the money for their wedding.
Four women were identified. The Rapporteur notes that recruitment in person through an intimate
relationship remains the most frequent method in Romanian cases, ahead of recruitment through social
networks, and recommends prevention campaigns in secondary schools and at discos in the counties of
Moldavia.""",
"no","","","","","no","sexual_exploitation",4,"no","female","cross_border","ROU GBR",3,
"deception document_retention",
"Recruited in person -> internet no; the Rapporteur's general remark on social networks is not about this case (C3/C4: no online act by these offenders). Bacău to Birmingham -> cross_border. 'women' -> minor no. Identity cards taken -> document_retention.")
