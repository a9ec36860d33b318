from h import C
C(101, "TUR", 2020, """The 26th Heavy Penal Court of Istanbul (Bakirkoy) convicted a Turkish man and his Syrian accomplice under
article 80 of the Turkish Penal Code (human trafficking) and article 227 (facilitating prostitution), and sentenced them to
10 years and 8 years and 4 months' imprisonment. According to the reasoned decision, in 2018 the first defendant sent
repeated messages through a social network to a 24-year-old Syrian woman living with her mother in Esenyurt under
temporary protection, offering her work as a receptionist at a beauty centre and, later, marriage. After she moved into an
apartment he rented, the two defendants took her phone and her temporary protection card, told her that her mother would
be deported if she went to the police, and made her receive men in the apartment. The woman escaped through a neighbour
and applied to the Provincial Directorate of Migration Management, which referred her to a shelter. The defendants
objected that she had consented; the court held that consent obtained by threats and deceit is void.""",
"yes", ["recruitment"], ["social_media"], [], ["hunting"], "no", ["sexual_exploitation"], 1, "no", ["female"],
"cross_border", ["TUR", "SYR"], 2, ["deception", "threat", "document_retention", "abuse_of_vulnerability"],
"C2: 'a social network' -> social_media, no name; C5: he sent the first messages -> hunting; C8: Syrian national under temporary protection exploited in Turkey -> cross_border; protection status -> abuse_of_vulnerability (judgement call)")

C(102, "IDN", 2016, """The District Court of Batam sentenced two defendants, a karaoke bar 'mami' and her nephew, to six and four
years' imprisonment and fines of 120 million rupiah each under Law No. 21 of 2007 on the Eradication of the Crime of
Trafficking in Persons and the Child Protection Law. The panel of judges found that in 2015 the nephew sent friend requests
and messages through Facebook to three girls aged 14 to 16 from Indramayu Regency, West Java, praising their photos and
offering them work as waitresses in a cafe in Batam with wages of 3 million rupiah a month. The girls travelled by ship to
Batam with tickets paid by the defendants. There they were told they owed 5 million rupiah each for the journey and their
clothes, and were made to accompany guests in the karaoke bar and to have sex with them in the rooms. The girls were rescued
by the Riau Islands Regional Police after a report from the father of one of them.""",
"yes", ["recruitment"], ["social_media"], ["Facebook"], ["hunting"], "no", ["sexual_exploitation"], 3, "yes", ["female"],
"domestic", ["IDN"], 2, ["deception", "debt_bondage"],
"C5: friend requests sent by the nephew -> hunting; West Java -> Batam (Riau Islands) -> domestic")

C(103, "GBR", 2010, """R v Adebayo and Adebayo, Central Criminal Court (Old Bailey). A married couple from Thamesmead, south-east
London, were convicted of trafficking a person into the United Kingdom for exploitation under section 4 of the Asylum and
Immigration (Treatment of Claimants, etc.) Act 2004, and of conspiracy to facilitate a breach of immigration law. The wife
was sentenced to five years' imprisonment and the husband to three years and nine months. The prosecution case, which the
jury accepted, was that in 2007 the couple posted an advertisement on a Nigerian job website seeking a 'live-in nanny for a
professional family in London', offering a salary of £400 a month, school fees for evening classes, and a return ticket
every two years. A 21-year-old woman from Ibadan, who had just completed secondary school and was the eldest of seven
children, answered the advertisement. The wife corresponded with her by e-mail, sent her a letter of invitation and an
air ticket, and arranged a visitor visa on the basis of a false statement that she was a relative. On arrival at Heathrow
the wife took her passport. For almost three years the woman cared for the couple's four children, cleaned the house and
did the laundry, working from 5 a.m. until after midnight seven days a week; she slept on the floor of the children's room,
was not allowed to leave the house alone, was never paid, and was told that if she went to the police she would be
imprisoned as an illegal immigrant and never see her family again. She was slapped by the wife on several occasions. She
escaped in 2009 with the help of a woman she met at church, and was referred to the Poppy Project. In passing sentence the
judge, HHJ Goymer, said that the couple had treated her 'as a domestic chattel' and that the abuse of her trust was
aggravated by the fact that she had come to the country to better herself. A compensation order of £25,000 was made.""",
"yes", ["recruitment"], ["job_portal", "email"], [], ["fishing"], "yes", ["forced_labour"], 1, "no", ["female"],
"cross_border", ["GBR", "NGA"], 2, ["deception", "document_retention", "threat", "force"],
"C2: 'Nigerian job website' -> job_portal; she answered their ad -> fishing; e-mail correspondence -> email; C7: offenders in London, victim in Nigeria linked online -> cyber_flow yes; domestic servitude -> forced_labour")

C(104, "KEN", 2016, """The Principal Magistrate's Court at Mombasa convicted a 33-year-old bar owner of trafficking in persons and
of child prostitution under sections 3 and 14 of the Counter-Trafficking in Persons Act, 2010, and the Sexual Offences Act,
and sentenced him to 15 years' imprisonment. The court found that the accused and a 16-year-old girl from Kakamega had met
on Facebook in 2014 and chatted for several weeks; he then offered her a job as a waitress in his bar in Mtwapa and sent her
the bus fare. On arrival she was told that she would 'entertain' tourists and local men, was made to have sex with customers
in rooms behind the bar and handed over the money. She was not allowed to use a phone. The girl's aunt, who had been looking
for her, traced her through a relative in Mombasa and reported to the police, who rescued her. The accused denied knowing
that she was a minor.""",
"yes", ["recruitment"], ["social_media"], ["Facebook"], [], "no", ["sexual_exploitation"], 1, "yes", ["female"], "domestic",
["KEN"], 1, ["deception"],
"C5: 'had met on Facebook', no statement of who contacted whom -> no strategy; job offer made in the chats -> recruitment; Kakamega -> Mombasa -> domestic")

C(105, "USA", 2021, """United States v. Ricky L. Crane (D. Or.). A federal jury in Portland convicted Crane, 45, of sex trafficking
by force, fraud and coercion; he was sentenced to 17 years. Trial evidence showed that in 2019 a 20-year-old woman who had
lost her housing posted a notice on Craigslist looking for a room she could rent cheaply. Crane replied to her post by e-mail,
offering a free room in his house in Gresham in exchange for 'help around the house'. Within a week he began giving her
methamphetamine, told her she owed him $2,000 for rent and drugs, and posted advertisements for her on websites for
commercial sex. Men who answered the ads came to the house or met her at motels on 82nd Avenue. When she tried to leave,
Crane slammed her head against a wall. The woman escaped when a customer, realising her situation, drove her to a shelter.""",
"yes", ["recruitment", "advertising"], ["classified_ads", "email", "freestanding_website"], ["Craigslist"],
["hunting", "fishing"], "no", ["sexual_exploitation"], 1, "no", ["female"], "domestic", ["USA"], 1,
["abuse_of_vulnerability", "drugs", "debt_bondage", "force", "deception"],
"C5: he answered the victim's own Craigslist post -> hunting; men answered his sex ads -> fishing; 'websites for commercial sex' -> freestanding_website (C2 sex site); reply by e-mail -> email; homelessness -> abuse_of_vulnerability; offer of a room for help around the house -> deception (judgement call)")

C(106, "MEX", 2011, """The Fifth District Court in Chiapas, based in Tapachula, sentenced a Mexican man and his mother to 12 and 9
years' imprisonment for trata de personas under the 2007 federal law. According to the case file, in 2009 the man and a
young Honduran woman from San Pedro Sula began chatting online; after some months he offered her a job in his family's
restaurant in Tapachula and sent her money for the bus. She crossed the Suchiate river on a raft and was received by the
mother, who kept her identity card and told her that she had to work in a bar owned by the family to repay the money sent.
There she was forced to serve drinks and to have sex with customers. She was found during an inspection by the National
Institute of Migration and referred to a shelter run by a religious order.""",
"yes", ["recruitment"], ["unspecified"], [], [], "yes", ["sexual_exploitation"], 1, "unknown", ["female"], "cross_border",
["MEX", "HND"], 2, ["deception", "document_retention", "debt_bondage"],
"C2: 'chatting online' -> unspecified; C5: who wrote first not stated -> no strategy; C10 'young woman' -> unknown; C7: the man in Mexico and the victim in Honduras were linked online -> cyber_flow yes")

C(107, "NPL", 2018, """The Kathmandu District Court convicted Bishnu Tamang, 36, of human trafficking and transportation under
sections 3 and 4 of the Human Trafficking and Transportation (Control) Act, 2007, and of foreign employment fraud, and
sentenced him to 15 years' imprisonment and a fine of 200,000 rupees. The court found that in 2016 the accused wrote to two
women from Nuwakot, aged 23 and 27, through Facebook Messenger, having seen their posts about looking for work, and offered
them jobs as cleaners in a hospital in Kuwait with a salary of 40,000 rupees a month and no fees. Because the government
had restricted the departure of women for domestic work in the Gulf, he took them by bus to the Indian border at
Bhairahawa and then to New Delhi, from where they flew to Kuwait. There they were handed to private households as domestic
workers, their passports were kept by the employers and they were not paid for eight months. They returned with the
help of the Nepalese embassy in Kuwait.""",
"yes", ["recruitment"], ["messaging_app"], ["Facebook Messenger"], ["hunting"], "no", ["forced_labour"], 2, "no", ["female"],
"cross_border", ["NPL", "IND", "KWT"], 1, ["deception", "document_retention"],
"C5: he wrote first, having seen their posts -> hunting; Messenger -> messaging_app; India transit -> in countries; all parties in Nepal at the time of the online contact -> cyber_flow no")

C(108, "BOL", 2014, """The Sixth Sentencing Court of El Alto sentenced the owners of a clothing workshop, a married couple, to ten and
eight years' imprisonment for trata de personas under Law 263 of 2012, Comprehensive Law against Trafficking and Smuggling
in Persons. In 2013 the couple published an advertisement for 'seamstresses, with lodging, good pay' both in a La Paz
newspaper and on an employment website. A 16-year-old girl from a rural community of Potosi answered the advertisement on
the website, and two 15-year-old boys from Oruro replied to the newspaper version. The three adolescents lived in a room
inside the workshop, sewed from 6 a.m. to 11 p.m., were not paid on the ground that they were 'learning', and were locked in
at night. The Ombudsman's office (Defensoria del Pueblo) received an anonymous complaint. The court ordered payment of
wages and compensation.""",
"yes", ["recruitment"], ["job_portal"], [], ["fishing"], "no", ["forced_labour"], 3, "yes", ["female", "male"], "domestic",
["BOL"], 2, ["deception", "force"],
"C2: 'employment website' -> job_portal; the girl answered the online ad -> fishing (boys answered the print version, not internet); Potosi/Oruro -> El Alto -> domestic; locked in at night -> force (judgement call)")

C(109, "USA", 2004, """Three Florida labor contractors were sentenced in the Southern District of Florida for conspiracy to hold
farmworkers in involuntary servitude. Between 2000 and 2003 the defendants recruited at least nine U.S. citizen men from
homeless shelters in Miami, Tampa and Orlando, promising them farm work with housing and meals. The men were taken to a
labor camp near Palatka, where they picked potatoes and cabbage. The defendants sold them crack cocaine and alcohol on
credit at inflated prices, deducted rent and food from their pay, and told them they could not leave until their debts
were paid; workers who tried to leave were beaten and one was threatened with a gun. The contractors received sentences
of between four and 20 years. Recruitment was conducted in person at the shelters and by word of mouth.""",
"no", [], [], [], [], "no", ["forced_labour"], 9, "no", ["male"], "domestic", ["USA"], 3,
["deception", "drugs", "debt_bondage", "force", "threat", "abuse_of_vulnerability"],
"no internet; US citizens moved within Florida -> domestic; homelessness -> abuse_of_vulnerability; 'at least nine' -> 9")

C(110, "MWI", 2019, """The Senior Resident Magistrate Court at Lilongwe convicted a bar owner of trafficking in persons under the
Trafficking in Persons Act, 2015, and sentenced her to 14 years' imprisonment with hard labour. She had brought three girls
aged 13 to 15 from villages in Mchinji district to her bar in Area 25, promising their guardians that the girls would
work as shop assistants, and made them have sex with customers. She spoke to the guardians by phone each month.""",
"no", [], [], [], [], "no", ["sexual_exploitation"], 3, "yes", ["female"], "domestic", ["MWI"], 1, ["deception"],
"short summary; phone only -> no internet; Mchinji -> Lilongwe -> domestic")

C(111, "SEN", 2017, """The Tribunal de Grande Instance of Saint-Louis sentenced a Koranic teacher (marabout) and his assistant
to four and two years' imprisonment under Law No. 2005-06 on the fight against trafficking in persons, for forcing boys
entrusted to his daara to beg. The investigation, opened after a boy was found chained in the school, established that
dozens of boys aged 5 to 15, from Senegal and from Guinea-Bissau, lived in a half-built house without beds, were sent out
to beg in the streets of the city every day and had to bring back a daily quota of money, rice and sugar. Boys who failed
were beaten with electric cables or chained. The parents, most of them poor farmers, had entrusted their sons for
religious education. The court rejected the defence that begging is part of the traditional education of talibes.""",
"no", [], [], [], [], "no", ["forced_begging"], "unknown", "yes", ["male"], "cross_border", ["SEN", "GNB"], 2,
["force", "abuse_of_vulnerability"],
"no internet; 'dozens' -> victims unknown (C12); boys from Guinea-Bissau -> cross_border (C8); parents' poverty -> abuse_of_vulnerability (judgement call)")

C(112, "SVK", 2013, """The Specialised Criminal Court in Pezinok convicted two Slovak citizens, brothers from the Michalovce district,
of trafficking in human beings under section 179 of the Criminal Code and sentenced them to seven and six years. The court
found that in 2011 the brothers recruited four men of Roma origin from their own settlement, who were unemployed and had
little schooling, for work at a vegetable packing plant in Leicestershire, England, and paid for their coach journey. In
England the brothers opened bank accounts in the men's names, into which the agency paid the wages, kept the bank cards,
and gave the men 20 pounds a week. The men lived in an overcrowded house and were threatened with violence if they
contacted anyone. The brothers organised everything by telephone with a contact at the agency. The men returned to
Slovakia with the help of a Slovak NGO and the police.""",
"no", [], [], [], [], "no", ["forced_labour"], 4, "no", ["male"], "cross_border", ["SVK", "GBR"], 2,
["abuse_of_vulnerability", "threat", "other"],
"no internet (telephone; bank accounts and cards are not online services, C1); control of bank accounts -> means other (judgement call); unemployment/low schooling -> abuse_of_vulnerability")

C(113, "LVA", 2009, """The Riga Regional Court convicted two Latvian citizens, a man and a woman, of human trafficking under section
154.1 of the Criminal Law, imposing six and four years' imprisonment with probationary supervision. The court established
that in 2007 the defendants met a 17-year-old girl and a 20-year-old woman in a cafe in Riga, and later called them on their
mobile phones, proposing that they go to Ireland to marry foreign men who needed residence rights, for a payment of 1,500
lats each, which they never received. In Dublin the two were kept in a flat, their passports were taken, and they were married against their will to
two Pakistani nationals; the girl was forced to live with her 'husband', who raped her. The defendants received 8,000 euros
per marriage. The victims returned to Latvia after the intervention of the Latvian embassy in Dublin.""",
"no", [], [], [], [], "no", ["forced_marriage"], 2, "yes", ["female"], "cross_border", ["LVA", "IRL"], 2,
["deception", "document_retention", "force"],
"met in person, then mobile phone calls -> no internet; promised payment never received -> deception; kept in flat, married against their will, rape -> force; Pakistani 'husbands' not defendants; Pakistan not a place of the case -> not in countries")

C(114, "JOR", 2018, """The Amman Court of First Instance convicted the owner of a stone-cutting workshop in Sahab of the crime of
trafficking in persons under article 3 of the Anti-Human Trafficking Law No. 9 of 2009, and sentenced him to three years'
imprisonment and a fine of 3,000 dinars. Six Egyptian workers, men aged 22 to 40, had come to Jordan in 2016 with work
permits sponsored by the accused, who kept their passports after arrival and refused to renew the permits, so that the
men became irregular. He paid them less than a third of the agreed wages, deducting the cost of the permits, and told them
they would be arrested and deported if they left. He also threatened to post their photographs on the internet as
'runaway workers' so that no other employer would hire them, but there was no evidence that he did so. The workers
complained to the Ministry of Labour's anti-trafficking unit.""",
"no", [], [], [], [], "no", ["forced_labour"], 6, "no", ["male"], "cross_border", ["JOR", "EGY"], 1,
["document_retention", "debt_bondage", "threat", "abuse_of_vulnerability"],
"C4: threat to post photos online never carried out -> internet no (the threat itself is coded as a means); irregular status caused by the employer -> abuse_of_vulnerability (judgement call)")

C(115, "TWN", 2012, """The Kaohsiung District Court convicted the captain and the chief engineer of a Taiwanese-flagged
longline fishing vessel under the Human Trafficking Prevention Act and sentenced them to two years and six months and to one
year and ten months. Seven Indonesian crew members, all men, recruited through a manning agency in Tegal, Central Java, which was
not party to the proceedings, had paid deposits of several million rupiah that they would lose if they left before the end
of a two-year contract. On board, where the vessel stayed at sea for up to nine months at a time and called at Mauritius,
they worked up to 20 hours a day, were beaten with bamboo sticks and fish hooks, received insufficient food and water, and
had their seafarer books held by the captain. The crew reported the abuse when the vessel returned to Kaohsiung.""",
"no", [], [], [], [], "no", ["forced_labour"], 7, "no", ["male"], "cross_border", ["TWN", "IDN", "MUS"], 2,
["debt_bondage", "force", "document_retention"],
"no internet; deposits lost on leaving -> debt_bondage (judgement call); 'men' -> minor no (C10); Mauritius port call -> transit in countries; manning agency not a party (C11)")

C(116, "DOM", 2019, """The First Collegiate Court of the Judicial District of Santo Domingo Este convicted a woman and her
partner of trafficking in persons and commercial sexual exploitation of minors under Law 137-03, and sentenced them to 20
and 15 years' imprisonment. The court found that in 2017 and 2018 the defendants lodged four girls aged 14 to 16 from
poor neighbourhoods of Santo Domingo Este in a rented house in Boca Chica, bought them clothes and took them to bars and
beaches frequented by foreign tourists, where they were offered to men for sex. Customers and the defendants arranged
meetings through motorcycle-taxi drivers and by telephone calls. The defendants kept most of the money and told the girls
that their mothers would be jailed if they talked. The operation was carried out by the Specialised Prosecutor's Office
against Trafficking and Smuggling with the Tourist Police (POLITUR).""",
"no", [], [], [], [], "no", ["sexual_exploitation"], 4, "yes", ["female"], "domestic", ["DOM"], 2,
["abuse_of_vulnerability", "threat"],
"no internet (phone calls, intermediaries); Dominican girls within the country -> domestic; foreign tourists' countries not named")

C(117, "MAR", 2021, """The Court of Appeal of Tangier, criminal chamber of first instance, convicted members of a network of human
trafficking under Law 27-14 and of facilitating irregular emigration, sentencing them to terms of five to ten years. The
court found that nine women, seven Nigerian and two Cameroonian nationals, who had crossed from Algeria hoping to reach
Spain, had been housed by the network in apartments in the Boukhalef district of Tangier and told that they had to repay
3,000 euros each for the crossing to Spain by working as prostitutes; two were beaten when they refused. The network
contacted the women's relatives in Nigeria by telephone to demand money. The investigation of the judicial police began
after officers of the cybercrime unit, monitoring migrants' groups on social media, found a photograph posted by a friend of one of the victims that showed the apartment. The
court ordered the confiscation of a vehicle and of two inflatable boats.""",
"no", [], [], [], [], "no", ["sexual_exploitation"], 9, "no", ["female"], "cross_border", ["MAR", "NGA", "CMR", "DZA"],
"unknown", ["debt_bondage", "force"],
"C3: police monitoring and a victim's friend's post are not offenders' use -> internet no; telephone calls to relatives not internet; no number of defendants and none named -> offenders unknown (C11); Algeria transit in countries; Spain only the intended destination -> not in countries (judgement call)")

C(118, "CIV", 2020, """The Tribunal de premiere instance of Daloa, ruling in a case prosecuted under Law No. 2010-272 on the
prohibition of trafficking and the worst forms of child labour, convicted several cocoa planters and intermediaries of
trafficking in children and sentenced them to terms of between five and twenty years' imprisonment, together with fines.
During an operation led by the Sous-Direction de la lutte contre la traite des enfants in the Haut-Sassandra region, the
police removed 17 boys, aged 10 to 16, from plantations around Daloa and Vavoua. The boys had been brought from Burkina
Faso and Mali by intermediaries, who had promised their parents that the children would learn a trade and be paid at the
end of the season, and had been sold to the planters. They cleared land with machetes, carried heavy bags of beans and
applied pesticides without protection, without pay or schooling. The children were placed with social services pending
repatriation.""",
"no", [], [], [], [], "no", ["forced_labour"], 17, "yes", ["male"], "cross_border", ["CIV", "BFA", "MLI"], "unknown",
["deception"],
"no internet; 'several' planters and intermediaries, none named -> offenders unknown (C11); Burkina Faso/Mali -> cross_border")

C(119, "USA", 2001, """The Court of Appeals affirmed the defendant's conviction for conspiracy to hold persons in involuntary
servitude and the sentence of 87 months, rejecting his argument that the district court erred in instructing the jury that
psychological coercion could suffice. The record showed that the defendant had for several years kept two women, who lived
in his household, working without pay in his home and in his cleaning business, telling them that they would be arrested
if they left and that he would harm their children. He controlled all their movements and accompanied them whenever they
went out. The court held that, after United States v. Kozminski, threats of legal coercion and of physical harm to
family members fall within the statute, and that the instruction given was consistent with that decision. The court also
rejected a challenge to the vulnerable-victim enhancement.""",
"no", [], [], [], [], "no", ["forced_labour"], 2, "no", ["female"], "unknown", [], 1, ["threat"],
"appellate summary naming no place or nationality -> border unknown, countries empty (C8); 'women' -> minor no; vulnerable-victim enhancement is a sentencing term, not a described means -> abuse_of_vulnerability not coded (judgement call)")

C(120, "GBR", 2002, """At Isleworth Crown Court two men were convicted of conspiracy to control prostitution for gain and of
facilitating illegal entry, in one of the first cases of its kind before the 2003 Act. The court heard that in 2000 and
2001 the defendants brought three Thai women to London on false Malaysian passports after an agent in Bangkok promised them
restaurant jobs. In a flat in Hounslow they were told they each owed £20,000 and had to see customers until the debt was
paid. The defendants advertised the flat through cards placed in telephone boxes and small advertisements in a local free
newspaper, and customers telephoned a mobile number kept by the second defendant. The women's false passports were kept by
the first defendant. Each defendant was sentenced to five years' imprisonment.""",
"no", [], [], [], [], "no", ["sexual_exploitation"], 3, "no", ["female"], "cross_border", ["GBR", "THA"], 2,
["deception", "debt_bondage", "document_retention"],
"phone-box cards and free newspaper ads -> print, not internet; Malaysia only the nationality of false passports -> not in countries")
