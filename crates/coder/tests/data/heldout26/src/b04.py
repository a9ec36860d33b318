from lib import C

C("H26-061","GEO",2021,
"""Ministry of Internal Affairs of Georgia, Central Criminal Police Department, Human Trafficking Unit.
Report on the results of investigative actions in criminal case no. 0010021421 (extract), 2021.
1. On 22 March 2021, on the basis of operative information, officers of the Unit inspected a construction
site on Tsereteli Avenue, Tbilisi, and a residential house in the Gldani district used to accommodate
workers. Nine men, citizens of the Republic of Uzbekistan, were found at the house.
2. According to the men's statements, they learned of the work from a vacancy published in the group
"Работа в Грузии" ("Work in Georgia") on the social network Odnoklasniki, signed with the name of the
first suspect, which offered construction work at 60 GEL a day with free housing.
3. On arrival the first suspect collected their passports, stating that he needed them for
registration, and did not return them. The men worked from seven in the morning until late evening and
received only food. The house was locked from outside at night by the second suspect.
4. When two of the men demanded their wages in February, the second suspect struck one of them in the
face and told them that they would be reported to the migration service and expelled if they complained
again. Medical examination recorded a healed nasal fracture in one man.
5. Fourteen Uzbek passports were seized from a safe in the first suspect's office; five of them belong to
persons not yet identified.
6. The first and second suspects were detained under article 171 of the Criminal Procedure Code and on
24 March 2021 were charged under article 143-1 (trafficking in human beings) of the Criminal Code. The
Tbilisi City Court applied detention as a measure of restraint.
7. The men have been granted the status of victims of trafficking by the Permanent Group for
Identification of Victims and placed in the State shelter. Investigation continues to identify other
possible victims and the holders of the five remaining passports.""",
"yes","recruitment","social_media","Odnoklassniki","fishing","no","forced_labour",9,"no","male","cross_border","GEO UZB",2,
"deception document_retention force threat",
"Vacancy published in a group on a social network -> recruitment, social_media, fishing (posting, C13). Misspelt 'Odnoklasniki' normalised to Odnoklassniki. Where the men were when they read it is not said -> cyber_flow no (C14). Uzbek citizens found in GEO -> cross_border by nationality (C8). Locked in at night and struck -> force; threat of expulsion -> threat. 60 GEL a day promised, only food -> deception. Victims: nine men identified (the five unknown passport holders are not counted as victims, C12).")

C("H26-062","CHL",2014,
"""Fiscalía Regional de Antofagasta - summary of accusation, 2014. The accused, a 41-year-old Chilean
resident in Calama, is charged with trafficking in persons (art. 411 quáter Penal Code) and kidnapping.
In 2013 he wrote first, under a false name and age, to the victim's profile on the dating site Badoo;
she was then in Oruro, Bolivia, and in "segundo de secundaria". Over four months of chatting he promised
to marry her and pay for her studies in Chile. After she crossed with him at Ollagüe he took her
identity card, kept her locked in his house as his "wife", gave her alcohol when she resisted and beat
her. The prosecution seeks fifteen years.""",
"yes","recruitment","dating","Badoo","hunting","yes","forced_marriage",1,"yes","female","cross_border","CHL BOL",1,
"deception document_retention drugs force",
"'wrote first ... to the victim's profile on the dating site Badoo' -> hunting (C5/C13), dating. He in CHL, she in Oruro, BOL -> cyber_flow yes (C7). School grade 'segundo de secundaria' -> minor (side: school grades read as minors). Alcohol given when she resisted -> drugs (side). Locked in -> force. Form: held as his 'wife' -> forced_marriage.")

C("H26-063","FJI",2011,
"""Fiji National Rapporteur on Trafficking in Persons, Annual Report 2011, section 3.2 (case summaries).
Two men were convicted in the High Court at Lautoka of domestic trafficking. They brought young women
from Labasa and Savusavu to Nadi with promises of work in resort kitchens, and instead kept them in a
rented house and beat them if they refused clients. The pair did not advertise: they sent the young
women's photographs by e-mail to a list of regular clients, businessmen in Suva and Nadi, who chose
whom they wanted. Each young woman was told she owed FJ$1,500 for the boat fare and clothes.""",
"yes","advertising","email","","hunting","no","sexual_exploitation","unknown","unknown","female","domestic","FJI",2,
"debt_bondage deception force",
"Photos e-mailed to chosen clients ('businessmen'), nothing posted -> advertising + hunting (C6; side: buyers named by other words are C6). All in FJI -> cyber_flow no, domestic (Vanua Levu to Viti Levu). 'young women' -> minor unknown; no number -> victims unknown.")

C("H26-064","HTI",2006,
"""PORT-AU-PRINCE, Haiti (wire) -- A bar owner and two of his employees were charged on Friday with forcing
seven women from Jérémie into prostitution in a bar in the Delmas area of the capital, a judge in the
capital said. The women told investigators they had been recruited in person by one of the employees, a
man from their own neighbourhood, who promised them jobs as cooks in a restaurant. In Delmas, they said,
they were beaten and locked in a room behind the bar during the day, and told that their families would
be hurt if they talked. "They believed him because he was one of us," said the mother of one of the
women, who had travelled to the capital after her daughter stopped calling home. The case came to
light after a Haitian blogger living in Miami published the women's account on his website in January,
and relatives e-mailed the account to a women's rights organization in Port-au-Prince, which took it
to the police. Police said the bar had operated for at least three years. The Haitian parliament has
been debating a trafficking law since 2005, and prosecutors said the men would be charged with
kidnapping, rape and procuring in the meantime. The three men are in custody at the National
Penitentiary. A lawyer for the bar owner said his client did not know what his employees did after
hours. The women are being sheltered by the organization, whose director said that at least four of
them would need long-term care. Local radio stations have reported two similar bars in Pétion-Ville,
but police would not comment.""",
"no","","","","","no","sexual_exploitation",7,"no","female","domestic","HTI",3,
"deception force threat",
"Internet used only by a blogger (journalist) and by relatives sending the account to an NGO -> not coded (C3) -> internet no. Hard case: Miami named only as where the blogger lives -> USA not listed (not a place of the case). Jérémie to Port-au-Prince -> domestic. Locked in and beaten -> force.")

C("H26-065","NGA",2020,
"""Legal Aid Council - intake note. Client: B.O. (female), DOB 14/02/2004. Referred by the shelter.
Client states: in 2019 a woman she did not know sent her a message on Facebook Messenger offering to
pay her school fees if she came to "help in her shop". Instead she was kept in a house and made
to sleep with men; the woman said she owed N450,000 "for feeding and transport" and beat
her when she cried. Client escaped in January 2020. The woman ("Madam") has been arraigned; the case is
adjourned. Client wants to know whether she can claim her lost school year. Next steps: obtain charge
sheet; apply for victim's compensation; liaise with shelter on counselling.""",
"yes","recruitment","messaging_app","Facebook Messenger","hunting","no","sexual_exploitation",1,"yes","female","unknown","NGA",1,
"debt_bondage deception force",
"'sent her a message on Facebook Messenger' from a stranger -> first contact (C13) -> hunting; Messenger is messaging_app (scheme list). DOB 14/02/2004, events 2019 -> 15 -> minor. One victim described -> victims_total 1. No place or nationality named -> border unknown (C8); NGA listed (side).")

C("H26-066","CAN",2001,
"""CBC Radio, Vancouver, 6 p.m. news (transcript), 2001. Two Vancouver men will stand trial on charges
related to the importing of four South Korean nationals for prostitution. Police say the four answered a
television advertisement in Seoul for "study and work abroad" programmes, and that the accused arranged
their travel by fax with a partner in Seoul. Once here, police allege, they were confined in a house in
Burnaby and beaten. Investigators say the men picked applicants who spoke no English and had borrowed
heavily to pay the programme fees, believing they would be "easy to control". One of the four, a
university student, escaped and went to the Korean consulate.""",
"no","","","","","no","sexual_exploitation",4,"unknown","","cross_border","CAN KOR",2,
"abuse_of_vulnerability deception force",
"Television advertisement and fax -> internet no. South Korean nationals brought in -> cross_border. Sex of the four never stated -> victim_sex empty; 'a university student' gives no age -> minor unknown. Chose applicants without English who had borrowed heavily as 'easy to control' -> abuse_of_vulnerability; the loans were to others -> no debt_bondage (side). 'study and work abroad', then confined for prostitution -> deception. Confined and beaten -> force.")

C("H26-067","LTU",2020,
"""KAUNAS REGIONAL COURT - JUDGMENT (unofficial translation), criminal case No. 1-215-2020. The court,
having examined in open session the criminal case against the accused V.K., born 1968, a farmer,
charged under Article 147(2) of the Criminal Code of the Republic of Lithuania, HAS ESTABLISHED: In June
2019 the accused approached in person two pupils of the 8th class of the boarding school in the
district, whom he knew from the village, and proposed that they help on his farm during the summer
holidays for pay. From June to August 2019 the pupils worked in the fields and with the animals from
dawn until dark. They were not paid. When one of the boys said he wanted to return to the school, the
accused struck him with a belt, and he struck the other pupil with his fist when a calf died. The
pupils lived in a shed without a lock. The court assesses critically the accused's explanation that
the boys were "guests" who helped voluntarily, because it is contradicted by the testimony of both
victims, the neighbour and the school social pedagogue. The accused used violence and exploited the
minors for forced labour. On the basis of the above, the court FOUND: V.K. guilty under Article 147(2)
and sentenced him to four years' imprisonment.""",
"no","","","","","no","forced_labour",2,"yes","male","domestic","LTU",1,
"deception force",
"Approached in person -> internet no. 'pupils of the 8th class' -> minor (side: grades) and 'minors' stated. Struck with a belt and fist -> force. Promised pay, unpaid -> deception (added to the deck's force).")

C("H26-068","ALB",2005,
"""Legal aid intake - Tirana, 2005. Client: Moldovan national, aged 23, identified in a police operation in
Durrës. She was told that she owed EUR 3,000 for the journey and that she must repay it by receiving men in a
bar; she was made to swear an oath on an icon that she would not run away. Part of her earnings was sent
to her mother by Western Union through an office in the port. The man who held her is charged with
trafficking. Client wants to testify and to go home.""",
"no","","","","","no","sexual_exploitation",1,"no","female","cross_border","ALB MDA",1,
"debt_bondage other",
"Western Union through an office, no 'online' -> not internet (C1) -> internet no. Moldovan national -> cross_border (C8). Oath on an icon -> other (side). Aged 23 -> minor no. Debt for the journey owed to the offender -> debt_bondage.")

C("H26-069","USA",2019,
"""Consulate General of Honduras in Houston - Report to the Directorate of Consular Affairs (2019). Our
nationals J.A.M. and E.R.P. were convicted in the U.S. District Court for the Southern District of Texas
of sex trafficking of a minor. According to the judgment, they placed an advertisement on a Spanish-
language radio station in Houston seeking "girls for modelling and promotions", to which a 16-year-old
girl from Pasadena, Texas, and her 17-year-old friend responded. The defendants told the girls that
they owed USD 2,000 each for photo shoots and made them have sex with men in motels along the Gulf
Freeway to pay it. Both nationals have been visited and have consular access; they will be deported on
completion of their sentences.""",
"no","","","","","no","sexual_exploitation",2,"yes","female","domestic","USA",2,
"debt_bondage deception",
"Radio advertisement -> internet no. Hard case: a consular report by the OFFENDERS' state; victims are local girls, all places in the USA -> domestic (C8); HND not listed (nationality of offenders only, side). Ages 16 and 17 -> minor.")

C("H26-070","NZL",2007,
"""CRI-2007-004-1123. Auckland DC. Def: 1 (m). Charges: dealing in people under 18 for sexual exploitation
(s 98AA Crimes Act) x1; supplying a controlled drug x0 (withdrawn). Complainant: juvenile (f), Fijian
national. Facts (agreed summary): complainant brought from Suva Mar 2006 on promise of nanny work; told
she owed NZ$6,000 for fare; made to have sex with men at defendant's address; told she would be reported
to Immigration if she left. Complainant's sister in Suva located her via her Bebo page and phoned
police. Plea: G, 14.08.2007. Sentence: 5 yrs 6 mths. Reparation: NZ$5,000. Name suppression: complainant
(permanent). Notes: victim impact statement read by Crown. File closed.""",
"no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","NZL FJI",1,
"debt_bondage deception threat",
"Only the victim's own Bebo page, used by her sister to find her -> not the offender's use (C3) -> internet no. 'juvenile' -> minor (C10). Drug charge withdrawn and no drug use described -> drugs not coded.")

C("H26-071","KOR",2014,
"""Case brief (migrant women's support centre, Seoul, 2014). The accused contacted two Vietnamese nationals,
a 24-year-old woman and a 17-year-old girl, on a dating app, promising them marriage and work in a café.
He took them to a room in Incheon, hit them, and made them have sex with clients to repay a "debt" of 5
million won for their "introduction". He was convicted in 2014.""",
"yes","recruitment","dating","","hunting","no","sexual_exploitation",2,"yes","female","cross_border","KOR VNM",1,
"debt_bondage deception force",
"Unnamed 'dating app' -> dating (C2). 'contacted' -> hunting (C13). Where the two were when contacted is not said -> cyber_flow no. Vietnamese nationals in KOR -> cross_border (C8). 17 -> minor.")

C("H26-072","PAN",2021,
"""National Assembly, answer of the Minister of Security to question no. 88 (2021). In the case cited by
the deputy, three defendants were convicted of "renting out" four Venezuelan children, aged 6 to 11, for
begging: they sent photographs of the children by WhatsApp to chosen adults, who paid to take them to
beg at traffic lights, and beat the children and threatened them when takings were low, telling them they
still owed for their food.""",
"yes","advertising","messaging_app","WhatsApp","hunting","no","forced_begging",4,"yes","","cross_border","PAN VEN",3,
"debt_bondage force threat",
"Photos of the children sent by WhatsApp to chosen adults who paid -> offers to chosen buyers (C6) -> advertising + hunting. Venezuelan children in PAN -> cross_border by nationality (C8). Sex of the children not stated. Told they owed for their food -> debt_bondage (a debt to the offenders).")

C("H26-073","EST",2009,
"""Legal counselling note, victim support, Jõhvi, 2009. The client, from Ida-Viru County, moved to Tallinn
in 2008 with her partner, who promised her work in a shop. Instead he placed advertisements for "intimate
massage" with her photographs on the classified-ads portal soov.ee, sent her to the men who called, and
told her he would send the photos to her parents if she stopped. The partner has been charged. Client
needs representation as a civil claimant; referred to state legal aid.""",
"yes","advertising","classified_ads","soov.ee","fishing","no","sexual_exploitation",1,"unknown","female","domestic","EST",1,
"deception threat",
"Ads with her photos on a classified portal, men called -> advertising, classified_ads, fishing. Ida-Viru to Tallinn -> domestic. Age not stated -> minor unknown.")

C("H26-074","OMN",2017,
"""Public Prosecution, Sultanate of Oman - press statement (2017). The Public Prosecution has referred
three defendants to the Muscat Court of First Instance on charges of trafficking in persons. The
investigation established that the defendants placed an advertisement in an Arabic-language daily
newspaper offering "labourers available for daily hire" and that they hired out eleven young men,
nationals of Bangladesh, to construction sites and farms. The young men's passports were held by the
first defendant. They were told that they owed the defendants OMR 700 each for their visas and
accommodation, and that no wages would be paid until that was repaid. They were locked in a warehouse in
the Wilayat of Seeb at night and were beaten when they asked for their wages. The Public Prosecution
reminds employers that the retention of workers' passports is a criminal offence and calls on anyone
with information on similar practices to report it.""",
"no","","","","","no","forced_labour",11,"unknown","male","cross_border","OMN BGD",3,
"debt_bondage document_retention force",
"Print newspaper advertisement -> internet no. Bangladeshi nationals in OMN -> cross_border (C8). 'young men' without ages -> minor unknown (side: 'young men' = unknown, by analogy with C10). Referred to court = charged -> 3.")

C("H26-075","NPL",2021,
"""Criminal law - Human Trafficking and Transportation (Control) Act, 2064, s. 4 - "sale" abroad for
forced criminal activity - online fraud. Two recruiting agents took three Nepali men, aged 22 to 30, to a
special economic zone in Laos, where they were made to run romance scams with fake profiles on Facebook
and Instagram and were given methamphetamine and threatened with beatings to meet targets. Held: forced
online fraud is exploitation within s. 4; convictions of both agents restored. Supreme Court of Nepal,
2021.""",
"yes","exploitation","social_media","Facebook|Instagram","","no","forced_criminal_activity",3,"no","male","cross_border","NPL LAO",2,
"drugs threat",
"Forced online scams -> exploitation, social_media, no strategy, cyber_flow no, forced_criminal_activity (open point, heldout22 side). Ages 22-30 -> minor no.")

C("H26-076","CAN",2023,
"""Parole Board of Canada, decision on day parole review (2023). The Board has reviewed your case. You are
serving a sentence of seven years for trafficking in persons and receiving material benefit. You brought
three women from Mexico to Montréal on the promise of jobs in a restaurant and advertised them on an
Instagram page you ran, with photographs and "rates", and you took all of their earnings. The sentencing
judge found that you chose women who had no status in Canada and no French or English. The Board notes
that you continue to minimise your role, describing the women as "independent". Your release plan is
unsupported. Day parole is denied.""",
"yes","advertising","social_media","Instagram","fishing","no","sexual_exploitation",3,"no","female","cross_border","CAN MEX",1,
"abuse_of_vulnerability deception",
"Instagram page run by the offender advertising the women with rates -> advertising, social_media, fishing. Chose women without status or language -> abuse_of_vulnerability (stated by the judge as the offender's choice).")

C("H26-077","MYS",2007,
"""Lembaga Parol (Parole Board), Malaysia - decision on application, 2007. The applicant and her husband
were convicted of offences against an Indonesian domestic worker, a woman employed in their house in
Petaling Jaya, whom they had recruited through an agent in Medan on the promise of a monthly wage of
RM 450. For two years she was paid nothing, was never allowed out or to telephone her family, and was told
that she would be sent to prison if she complained. Her situation became known when a neighbour e-mailed
the Indonesian embassy. The Board notes the applicant's conduct in prison and grants release on licence.""",
"no","","","","","no","forced_labour",1,"no","female","cross_border","MYS IDN",2,
"deception other threat",
"Only a neighbour's e-mail to the embassy -> not the offenders' (C3) -> internet no. Domestic servitude -> forced_labour (side). Never allowed out or to telephone -> other (isolation control, side: other). Husband convicted in the same case -> 2 (C11); the Medan agent not charged.")

C("H26-078","FJI",2003,
"""State v Naivalu, High Court of Fiji at Suva, 2003 - headnote. Procuring - letters as means of
recruitment - detention of identity documents - exploitation of destitution. The accused wrote letters
to women in villages in Kadavu offering housework in Suva, then kept their birth certificates and made
them receive men, threatening to tell their chiefs. The court found he targeted widows without land.
Conviction affirmed.""",
"no","","","","","no","sexual_exploitation","unknown","no","female","domestic","FJI",1,
"abuse_of_vulnerability deception document_retention threat",
"Letters -> internet no. 'women' -> minor no; no number -> victims unknown. Kadavu to Suva -> domestic. Targeted landless widows -> abuse_of_vulnerability.")

C("H26-079","LAO",2023,
"""Labour Inspection Division, Vientiane Capital Department of Labour and Social Welfare - inspection
report (2023), extract. At the That Luang night market inspectors found a girl, a grade-9 lower secondary
student from Savannakhet province, selling garlands and asking passers-by for money at 23:30. She stated
that a young man had liked her profile on a dating app and then sent her messages for several weeks,
offering a job in a Vientiane shop; when she arrived he and his sister took her family book and sent her
out every night to beg and sell flowers, saying that her parents would be arrested for her "debts" if
she ran. Both have been charged. The child was referred to the provincial social welfare office.""",
"yes","recruitment","dating","","hunting","no","forced_begging",1,"yes","female","domestic","LAO",2,
"deception document_retention threat",
"He 'liked her profile' and 'sent her messages' on an unnamed dating app -> first contact -> hunting (C13), dating (C2). 'grade-9 ... student' -> minor (side) and 'child'. Savannakhet to Vientiane -> domestic. Family book taken -> document_retention. 'debts' not described as owed to them -> not debt_bondage.")

C("H26-080","KAZ",2009,
"""State Labour Inspectorate, Almaty city department - act of inspection no. 09-412 (2009), extract. On 17
September 2009 the inspector, together with officers of the migration police, inspected the premises of
"Orchid" LLP, a massage salon on Zhibek Zholy Avenue, on a complaint of non-payment of wages. Present
were five citizens of the Kyrgyz Republic: four women aged 19 to 25 and a girl who stated that she was
born on 2 November 1992. None had a work permit or an employment contract. The women stated that they had
been recruited by telephone by the director of the LLP, who promised them work as administrators and
masseuses at 60,000 tenge a month, and that on arrival the director took their passports "for
registration". They stated that they were required to provide sexual services to clients and received
no wages, and that the director told them that if they complained they would be deported and their
families in Osh told what they had been doing. In the director's office the inspector found a printed
draft of an advertisement for "new girls from Kyrgyzstan" addressed to an internet advertising site; the
director stated that she had intended to place it but that the site had refused it, and no such
advertisement was found online. Clients, according to the women, came on the recommendation of
taxi drivers. The inspector drew up protocols on administrative offences under the Labour Code and
the Code on Administrative Offences and transferred the materials to the Almaty Department of
Internal Affairs, which opened a criminal case under article 128 (trafficking in persons) of the Criminal
Code. The director has been charged and placed under house arrest. The inspector recommends that the
migration police check the other premises of the LLP.""",
"no","","","","","no","sexual_exploitation",5,"yes","female","cross_border","KAZ KGZ",1,
"deception document_retention threat",
"Online advertisement drafted, intended, refused by the site and never found online -> not coded (C4); recruitment by telephone -> internet no. Born 2 November 1992, inspected 2009 -> 16 -> minor. Kyrgyz citizens found in KAZ -> cross_border (C8). One charged -> 1.")
