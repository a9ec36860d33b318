from lib import C

C("H16-101","USA",2025,"""OKLAHOMA CITY - A Houston man was sentenced today to 188 months in federal prison for sex
trafficking a minor and transporting her and an adult woman from Texas to Oklahoma to engage in prostitution. According
to the plea agreement and other public record, Andre L. Pickett, 38, met the first victim, a 16-year-old girl, at a
bus stop in southwest Houston in the spring of 2023 and offered her food and a place to stay. He later brought in a
second victim, a 19-year-old woman he had known from his neighborhood. Pickett found customers among men he had sold
sex to before, contacting them by telephone and text message, and he set the prices and took the cash. Between April
and July 2023 he drove both victims to Dallas, Fort Worth and Oklahoma City, reserving motel rooms through a hotel
booking app on his phone in the names of the victims so that his own name would not appear. He took the victims'
phones at night, hit the adult victim in the face when she refused a customer, and told the girl that her younger
brother would be "next" if she ran. Investigators with the Oklahoma City Police Department identified the minor victim
after a motel clerk called 911. Pickett admitted that he knew the girl was under 18. "Traffickers do not need an
online ad to sell a child," the United States Attorney said. "This defendant used his phone, his car and fear." The
case was prosecuted as part of Project Safe Childhood, a Department of Justice initiative against the sexual
exploitation of children.""",
"yes","logistics","unspecified","","","no","sexual_exploitation",2,"yes","female","domestic","USA",1,
"deception force threat",
"Motel rooms booked through 'a hotel booking app' by the offender -> internet yes (coordinating online), logistics as nothing else applies; 'an app' unnamed -> unspecified (C2). Customers contacted only by phone/text -> no advertising, no strategy. Texas-Oklahoma -> domestic (C8). 16-year-old -> minor yes.")

C("H16-102","IRL",2024,"""Court of Appeal. Judgment of the Court delivered by Ms Justice Harte. The appellant, a trawler
owner and skipper from west Cork, appeals against his conviction by a jury at Cork Circuit Criminal Court on four
counts of trafficking for the purpose of labour exploitation contrary to s. 2 of the Criminal Law (Human Trafficking)
Act 2008, as amended, and against the sentence of five years' imprisonment, the final year suspended. The
complainants are four men from the Philippines who worked on the appellant's vessel between 2019 and 2021 as deckhands.
They were supplied by a crewing agency in Manila, which is not a party to the proceedings. The prosecution relied on
e-mails exchanged between the appellant and the agency in which the appellant asked for "men who won't complain",
agreed that each man would repay his recruitment costs of EUR 3,500 out of his wages, and arranged that the men would
enter the State as transit seafarers rather than under the Atypical Working Scheme. The men's evidence was that they
worked up to twenty hours a day when the boat was fishing, were paid about EUR 400 a month, slept on the vessel even
in port, and were told by the appellant that the agency held their passports and seaman's books and would blacklist
them if they spoke to the inspectors of the Workplace Relations Commission. The appellant's first ground is that the
trial judge should not have admitted the e-mails, which were recovered from the agency's server by a Philippine
investigating body. We are satisfied that the e-mails were properly proved. His second ground, that the men were free
to leave the vessel, ignores the evidence of their debts and lack of documents. The appeal against conviction is
dismissed. The Court considers that the sentence was lenient but within range, and it is affirmed.""",
"yes","logistics","email","","","yes","forced_labour",4,"no","male","cross_border","IRL PHL",1,
"debt_bondage document_retention threat",
"E-mails between the appellant (IRL) and the Manila crewing agency (acting for him) = offender-to-offender -> logistics, no advertising (C14), cyber_flow yes (C7). Investigators recovering e-mails not coded (C3). Agency not charged -> 1 (C11). Men -> minor no. Recruitment costs repaid from wages -> debt_bondage.")

C("H16-103","NZL",2009,"""The accused was found guilty by a jury in the High Court at Auckland on three counts of dealing
in people for the purposes of exploitation (s 98 of the Crimes Act 1961) and was sentenced by Courtney J to six years'
imprisonment. The Crown case was that in 2006 and 2007 the accused, a Fijian-born businessman living in Manukau,
arranged for three women from Lautoka and Nadi to come to New Zealand on visitor permits with the promise of paid work
as carers for his elderly mother and in his cleaning business. He paid their airfares, which he told them they would
repay from their wages. Once in New Zealand the women cleaned offices at night for his business and looked after his
mother during the day, and were given pocket money of NZD 50 a week. He kept their passports in his office safe and
told them that as overstayers they would be imprisoned if they went to the authorities. Two of the women gave evidence
that the accused also demanded sexual acts from them, which they submitted to out of fear of being sent home without
money. The women found help through a church minister who spoke Fijian. The defence case was that the women were
family friends who had been helped to find work and who had lodged with the accused free of charge. The jury rejected
this. In sentencing, Her Honour noted the length of the exploitation, the retention of the passports and the accused's
abuse of the women's trust in a member of their own community.""",
"no","","","","","no","forced_labour sexual_exploitation",3,"no","female","cross_border","NZL FJI",1,
"deception debt_bondage document_retention threat abuse_of_vulnerability",
"No internet. Hometowns Lautoka and Nadi -> FJI (C8). 'women' -> minor no. Demanded sexual acts under fear in addition to unpaid work -> both forms (judgement call). Church minister's help not coded (C3).")

C("H16-104","IDN",2025,"""Pengadilan Negeri Batam. The panel of judges found the two defendants guilty of the crime of
trafficking in persons under Article 4 of Law No. 21 of 2007 and of placing Indonesian migrant workers without
authorisation under Law No. 18 of 2017, and sentenced them to seven years and five years' imprisonment and fines of
Rp 500 million each. The facts established at trial are as follows. From 2023 the first defendant, who presented
herself as an official sponsor, posted short videos on TikTok showing smiling workers in Malaysia and inviting job
seekers to send her a message for jobs at a palm oil plantation in Sabah at RM 1,800 a month, with no fees. Fourteen
people from East Nusa Tenggara, twelve men and two boys born in 2008, contacted her and were flown to Batam, where the
second defendant housed them and arranged their crossing by speedboat at night to Johor and on to Sabah. The first
defendant agreed the number of workers and the date of each crossing with the plantation's supervisor through WhatsApp
and received RM 2,500 per worker. On the plantation the workers' passports were kept by the supervisor, and they were
told that they owed RM 4,000 each for their travel, to be deducted from their wages. They worked from before dawn,
were paid irregularly and could not leave the estate. One worker contacted his parish priest in Kupang, who reported
the case to the police. The panel rejected the first defendant's defence that she had only given information, noting
that she had received money for each person sent and had instructed them to say they were tourists.""",
"yes","recruitment","social_media messaging_app","TikTok|WhatsApp","fishing","yes","forced_labour",14,"yes","male",
"cross_border","IDN MYS",2,"deception debt_bondage document_retention",
"TikTok videos inviting job seekers to message her, and they did -> recruitment, fishing (victims answered the post). WhatsApp defendant (IDN) <-> plantation supervisor (MYS) = offender-to-offender -> cyber_flow yes (C7/C14). Two boys born 2008, offence 2023-24 -> minor yes. Priest's report not coded (C3).")

C("H16-105","VNM",2024,"""The People's Court of Ho Chi Minh City opened a first-instance trial and sentenced six defendants to
between 8 and 20 years' imprisonment for "trading in persons" and "trading in persons under 16 years of age" under
Articles 150 and 151 of the 2015 Penal Code. According to the indictment, from 2021 to 2023 the group, led by Tran
Minh H., posted on Facebook advertisements for "easy work, high salary" as online sales staff in Cambodia, with pay of
VND 20 to 30 million a month and free travel. People who answered were then contacted on Zalo by the second and third
defendants, who arranged for them to travel to Tay Ninh and be led across the border on foot through trails. More
than 30 victims were delivered in this way to online gambling and fraud companies in Bavet and Sihanoukville, which
paid the group between USD 1,000 and 2,000 per person in USDT cryptocurrency sent to wallets controlled by H. Two of
the victims were juveniles, one of them under 16. In the companies the victims were forced to use fake Facebook and
Telegram accounts to lure people into gambling and investment scams, and were beaten or sold on to other companies
if they did not reach their targets. Families who wanted their relatives returned were told to pay ransoms of USD 3,000
to 5,000. At the trial the defendants admitted the acts but claimed they did not know the victims would be abused. The
panel found that the defendants had received "compensation" from victims' families who had paid ransoms and therefore
knew of the treatment.""",
"yes","recruitment exploitation","social_media messaging_app unspecified","Facebook|Zalo|Telegram|USDT","fishing","yes",
"forced_criminal_activity",30,"yes","","cross_border","VNM KHM",6,"deception force debt_bondage",
"Facebook ads answered by victims -> recruitment, fishing; Zalo contact after they answered (no hunting, C13). USDT payments from the companies in Cambodia to the group in Viet Nam -> online payment (C1: unspecified, name kept), offender-to-offender across countries -> cyber_flow yes (C7/C14). Forced scams via Facebook/Telegram -> exploitation. 'More than 30' -> 30 (C16). 'juveniles' -> minor yes. Sex not stated -> empty. Ransoms -> debt_bondage (judgement call).")

C("H16-106","KOR",2021,"""Seoul Central District Court, 23rd Criminal Division. The court sentenced the principal defendant,
a 26-year-old man, to 30 years' imprisonment, and two accomplices to 13 and 8 years, for producing and distributing
sexual exploitation material of children and juveniles, coercion and related offences. According to the judgment, in
2019 and 2020 the principal defendant posted offers on Twitter of "sponsorship" and part-time modelling work, and
approached girls who had written on Twitter that they needed money. Once a victim answered, he obtained her face
photos and personal information by pretending to check her identity, and then threatened to disclose them unless she
recorded increasingly degrading sexual videos. The videos were sold in paid chat rooms on Telegram to members who paid
in cryptocurrency to enter, and the accomplices managed the rooms and collected the payments. At least 12 victims
were identified, among them eight juveniles, the youngest a first-year middle school student. The court held that
the defendant had treated the victims as slaves and had built a system for the systematic sexual exploitation of
children through the internet. Members of the rooms are being prosecuted separately.""",
"yes","recruitment exploitation","social_media messaging_app unspecified","Twitter|Telegram","hunting fishing","no",
"sexual_exploitation",12,"yes","female","domestic","KOR",3,"deception threat",
"Offers posted on Twitter (fishing) and he 'approached' girls who had posted that they needed money (hunting, C5/C13) -> both. Recorded videos sold in paid Telegram rooms -> exploitation only, no advertising (C15 by analogy). Cryptocurrency unnamed -> unspecified (C1). 'At least 12' -> 12 (C16); juveniles -> minor yes. Victim sex: 'girls' -> female. Members tried separately not counted (C11).")

C("H16-107","MEX",2000,"""The Criminal Judge of First Instance of the Federal District convicted two brothers from a town in
southern Tlaxcala of the crimes of pandering (lenocinio) and corruption of minors, and sentenced them to eight and six
years' imprisonment. The judgment establishes that in 1998 the elder brother courted a 15-year-old girl from a town in
Puebla, promised to marry her and took her to live with his family. A few months later the brothers took her and a
young woman from Oaxaca, who had been recruited the same way, to Mexico City, where they were made to solicit in the
La Merced area and to hand over everything they earned. The elder brother beat the girl when she said she wanted to go
home and told her that her parents would be killed if she went to the police. The girl escaped in 1999 with the help
of a social worker from a civil association. The judge rejected the argument that the girl had been living with the
elder brother as his partner by her own choice.""",
"no","","","","","no","sexual_exploitation",2,"yes","female","domestic","MEX",2,"deception force threat",
"No internet. Puebla/Oaxaca to Mexico City -> domestic (C8). 15-year-old -> minor yes.")

C("H16-108","BRA",2023,"""The 4th Federal Criminal Court of Sao Paulo convicted the owner of a garment workshop in the Bom
Retiro district and his wife of reducing persons to conditions analogous to slavery (article 149 of the Penal Code)
and trafficking in persons (article 149-A). The sentence records that from 2021 the owner, himself a Bolivian national
resident in Sao Paulo, posted offers of sewing work on a Facebook page followed mainly by people in El Alto and La Paz,
promising a monthly wage of BRL 2,000, food and lodging, and paying for the bus journey through Corumba. Six
seamstresses and seamsters who answered, four women and two men, were lodged in rooms partitioned with sheets of wood
above the workshop, worked from 7 a.m. to 11 p.m. and were paid by the piece at a few centavos per garment, from which
their fares, food and rent were deducted. The owner's wife kept their identity documents and told them they could not
go out alone because the Federal Police would arrest them. An inspection by the Labour Inspectorate found electrical
wiring exposed over the sewing machines and a single bathroom for ten people. The court observed that the victims,
indigenous people from the Altiplano with little schooling, had been chosen for their vulnerability. The owner was
sentenced to nine years and his wife to six years.""",
"yes","recruitment","social_media","Facebook","fishing","yes","forced_labour",6,"no","male female","cross_border",
"BRA BOL",2,"deception debt_bondage document_retention threat abuse_of_vulnerability",
"Offers posted on a Facebook page by the owner in Sao Paulo, followed and answered from El Alto/La Paz -> recruitment, fishing, cyber_flow yes (C7). 'four women and two men' -> minor no. Deductions of fares/food/rent -> debt_bondage (judgement call).")

C("H16-109","PAK",2019,"""In the court of the Sessions Judge, Kasur. The accused, the owner of a brick kiln near Pattoki, and
his munshi were tried under section 374 of the Pakistan Penal Code and the Bonded Labour System (Abolition) Act, 1992,
together with the Prevention of Trafficking in Persons Act, 2018. The complainant, a labourer, testified that he, his
wife and their five children, the youngest aged 7, had worked at the kiln since 2016 against a peshgi (advance) of
Rs 80,000 which had grown to Rs 350,000 through deductions and fines. The family moulded bricks from dawn until late
evening, and the children worked alongside their parents. In 2018 the family was sold to the accused by the owner of
another kiln in Okara district, together with their debt. When the complainant asked to leave, the munshi locked the
family in their quarters at night and threatened to file a theft case against him. The family was released on the
order of the High Court in a habeas petition. The learned judge held that the family had been held in bonded labour
and convicted both accused, who were sentenced to five years' rigorous imprisonment and fined.""",
"no","","","","","no","forced_labour",7,"yes","male female","domestic","PAK",2,"debt_bondage force threat other",
"No internet. Family of seven (parents + five children) -> 7 victims (judgement call: the family as stated). Youngest aged 7 -> minor yes. Fines -> other; locked in -> force. Kasur/Okara, Pakistani family -> domestic.")

C("H16-110","ARE",2024,"""The Abu Dhabi Criminal Court of First Instance sentenced two defendants to life imprisonment and
a fine of AED 1 million each for human trafficking under Federal Law No. 51 of 2006, as amended, and ordered their
deportation after serving their sentences. The court found that between 2022 and 2023 an agent in Kampala, acting for
the first defendant, posted videos on TikTok offering hotel and supermarket jobs in the United Arab Emirates with free
visas, and that seven Ugandan women aged 21 to 30 answered them. The first defendant sent the women visit visas by
WhatsApp from Abu Dhabi. On arrival their passports and phones were taken and they were kept in an apartment in
Mussafah. The second defendant sent photographs of the women by Snapchat to men on his contact list, with prices,
and drove the women to the men who accepted. The women were told they owed AED 15,000 each for visas and tickets, and
two of them were beaten for refusing. One of the women used a phone belonging to a customer to reach a Ugandan
activist abroad, who alerted the authorities. The court dismissed the defence that the women had come to work as
prostitutes of their own will, noting that the visas were visit visas obtained on the pretext of tourism and that the
women had no means to leave. The agent in Kampala has not been arrested.""",
"yes","recruitment advertising","social_media messaging_app","TikTok|WhatsApp|Snapchat","fishing hunting","yes",
"sexual_exploitation",7,"no","female","cross_border","ARE UGA",2,
"deception document_retention debt_bondage force",
"Agent (acting for the first defendant, not charged C11) posted TikTok videos answered by women -> recruitment, fishing. Visas sent by WhatsApp from Abu Dhabi to the women in Uganda -> cyber_flow yes (C7). Photos sent by Snapchat to chosen men -> advertising + hunting (C6). Activist contacted by a victim not coded (C3). Aged 21-30 -> minor no.")

C("H16-111","BEL",2022,"""Tribunal correctionnel de Liege, 19th chamber. The court convicted the manager of four night shops
in Liege and Seraing and his brother of trafficking in human beings for the purpose of work in conditions contrary to
human dignity (article 433quinquies of the Criminal Code) and of offences under the social criminal code. The court
found that between 2018 and 2021 the accused employed seven men from the region of Sohag in Upper Egypt, who had
entered Belgium on visas obtained through family contacts and then overstayed. The men worked seven days a week from
noon to 2 a.m., slept on mattresses in the stockrooms of the shops, and were paid between EUR 300 and EUR 600 a month,
from which the accused deducted "rent". Their passports were kept by the manager, who told them that he had friends in
the immigration service and could have them deported at any moment. Two of the men were sent to work in a car wash
owned by a cousin of the accused when the shops were closed. The inspectors of the social law inspectorate discovered
the situation after a fire in one of the shops. The court noted that the accused had deliberately chosen workers
without residence status, who were unable to complain, and ordered the confiscation of EUR 180,000 in proceeds. The
accused were sentenced to thirty and twenty-four months' imprisonment, partially suspended, and fined.""",
"no","","","","","no","forced_labour",7,"no","male","cross_border","BEL EGY",2,
"document_retention threat abuse_of_vulnerability debt_bondage",
"No internet. Men from Sohag (Egypt) -> cross_border (C8). 'men' -> minor no. Rent deducted from wages -> debt_bondage (judgement call, consistent with H16-108). Cousin not charged (C11).")

C("H16-112","NOR",2006,"""Bergen District Court (Bergen tingrett). The accused, a 31-year-old Lithuanian man living in
Norway, was sentenced to four years and six months' imprisonment for human trafficking under section 224 of the Penal
Code and for procuring. According to the court, the accused met the victim, a 17-year-old girl from Siauliai, while on
holiday in Lithuania in 2004 and, after courting her for some months by telephone, persuaded her to come to Bergen,
where he said she could work in a hotel and live with him. After her arrival he told her that she would have to sell
sex to pay for her journey and keep, took her identity card and arranged customers through men he knew, whom he
contacted by telephone and SMS. The girl was kept in the accused's flat in Fyllingsdalen and was allowed out only in
his company. The court found that the accused had slapped her and had threatened that her younger sister would be
"taken care of" if she ran away. The victim escaped when a customer who had understood her situation drove her to
the police station. The court considered that the accused had exploited the girl's young age, her feelings for him and
her complete dependence on him in a country whose language she did not speak. In aggravation the court noted the
victim's age and the length of the exploitation, which lasted almost a year.""",
"no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","NOR LTU",1,
"deception debt_bondage document_retention force threat abuse_of_vulnerability",
"Telephone and SMS only -> internet no. Girl from Siauliai (Lithuania) -> cross_border (C8). 17 -> minor yes. Confinement and slapping -> force.")

C("H16-113","POL",2024,"""District Court in Warsaw (Sad Okregowy w Warszawie), XII Criminal Division. The court convicted
three accused of trafficking in human beings (article 189a of the Criminal Code) and of deriving profit from the
prostitution of others, and sentenced them to between four and seven years' imprisonment. Five women from Medellin and
Pereira were brought to Poland in 2022 through Madrid, after a woman in Medellin told them they would work as
hostesses at events and earn EUR 3,000 a month. In Warsaw their passports were taken by the first accused, and they
were told that they owed EUR 8,000 each for the tickets. They received customers in two apartments in the Wola
district. The accused did not advertise: customers were sent by the taxi drivers and hotel receptionists with whom
the second accused had arrangements, and others came after reading reviews of the apartments on a punters' forum, on
which, according to the police analysis, the accused had posted nothing. Bookings were made by telephone. The third
accused drove the women and collected the money. The women were told that their families in Colombia would be visited
if they left. The court found the police analysis of the forum relevant only to the number of customers. The woman in
Medellin was not identified.""",
"no","","","","","no","sexual_exploitation",5,"no","female","cross_border","POL COL ESP",3,
"deception document_retention debt_bondage threat",
"The forum was used by customers only; the accused posted nothing -> not the offenders' act (C3, and the negation C4) -> internet no. Hometowns Medellin/Pereira -> COL; transit Madrid -> ESP. 'women' -> minor no. Recruiter unidentified (C11).")

C("H16-114","EST",2015,"""Harju County Court convicted two Estonian men, the owners of a small construction firm, of human
trafficking under section 133 of the Penal Code for exploiting five men from Narva and Kohtla-Jarve on building sites
in southern Finland in 2013 and 2014. The victims had answered an advertisement placed by the accused in a
Russian-language newspaper in Narva, which offered work in Finland at EUR 10 an hour with accommodation. In Finland
they lived in a container on the building site, worked twelve-hour days, and were told that their wages would be paid
at the end of the project after deductions for the container, food and the ferry tickets. In practice they received
between EUR 200 and EUR 500 for several months' work. The accused kept the men's passports "to prevent them from
drinking away their money" and threatened to leave them in Finland without tickets home if they complained. One of
the men was injured on the site and was driven back to Estonia without treatment. The court sentenced the accused to
three years and to two years and six months' imprisonment, part of which was suspended on probation.""",
"no","","","","","no","forced_labour",5,"no","male","cross_border","EST FIN",2,
"deception debt_bondage document_retention threat",
"Print newspaper ad only -> internet no. Estonian men exploited in Finland -> cross_border. Deductions for container/food/tickets -> debt_bondage (judgement call). 'men' -> minor no.")

C("H16-115","ROU",2002,"""The Iasi Tribunal convicted four defendants of procuring and of the new offence of trafficking in
persons, introduced by Law No. 678/2001, in connection with the trafficking of women from the Republic of Moldova
through Romania to the Western Balkans. The tribunal established that in 2001 the first defendant, a Moldovan national,
recruited six women from Balti, Soroca and Ungheni with promises of work as waitresses in Italy. The women were
brought across the Prut at Sculeni with false documents arranged by the second defendant and kept in a flat in Iasi
for several days. From there the third and fourth defendants took them by car to Timisoara and across the border into
Serbia, where they were sold to bar owners for sums of DM 1,500 to DM 2,500 each. Some of the women were then sold on
into Bosnia and Herzegovina. In the bars they were made to dance and to have sex with customers, their passports were
kept by the bar owners, and they were told that they had to repay the price paid for them. Two of the women, one of
them aged 16, managed to return to Moldova with the help of an international organisation and identified the
defendants. The contacts between the defendants and the bar owners were made by mobile phone and in person at the
border. The tribunal imposed sentences of between five and ten years.""",
"no","","","","","no","sexual_exploitation",6,"yes","female","cross_border","ROU MDA SRB BIH",4,
"deception debt_bondage document_retention",
"No internet (mobile phone, in person). Moldovan women through Romania to Serbia/Bosnia -> cross_border; Italy only the promised destination, never reached -> not in countries (as H16-007). One aged 16 -> minor yes. Passports kept by bar owners (not defendants) still coded as means used in the chain (judgement call).")

C("H16-116","CIV",2017,"""Tribunal de premiere instance de Daloa. The court convicted a cocoa planter and the intermediary who
had supplied him with workers of trafficking in children under Law No. 2010-272 on the prohibition of trafficking and
the worst forms of child labour, and sentenced them to ten and eight years' imprisonment. Twelve boys aged between 11
and 16 were found on the plantation near Zoukougbeu during an operation of the Sub-Directorate for the Fight against
Trafficking in Children. Seven had come from the Koudougou area in Burkina Faso and five from the Sikasso region of
Mali. The intermediary had collected them at bus stations with the promise of paid work and schooling, and had
received CFA 50,000 for each boy from the planter. The boys cleared undergrowth with machetes, carried heavy bags of
beans and applied pesticides without protection. They were told that they owed the planter the cost of their
transport and would be paid at the end of the season, which never happened. The boys who tried to leave were beaten.""",
"no","","","","","no","forced_labour",12,"yes","male","cross_border","CIV BFA MLI",2,
"deception debt_bondage force",
"No internet. Origins Koudougou (Burkina Faso), Sikasso (Mali) -> cross_border (C8). Boys 11-16 -> minor yes.")

C("H16-117","BEN",2020,"""Court for the Repression of Economic Offences and Terrorism (CRIET), Porto-Novo. The court
convicted a woman trader and her brother of trafficking in minors and sentenced them to ten and seven years'
imprisonment. The court found that in 2018 and 2019 the accused took five girls aged between 9 and 14 from villages in
the Zou department, whose parents had entrusted them in the belief that they would be apprenticed as seamstresses in
Cotonou. The girls were taken by road to Lagos and then by boat to Libreville, Gabon, where the female accused's
associates placed them as domestic servants and market vendors. They worked without pay, were beaten and were not
allowed to contact their parents. The brother, who remained in Benin, arranged each journey by telephone with the
associates in Libreville and received their payments through money-transfer agencies. Two of the girls were
identified by the Gabonese authorities and repatriated with the assistance of an international organisation.""",
"no","","","","","no","forced_labour",5,"yes","female","cross_border","BEN NGA GAB",2,"deception force",
"Telephone and money-transfer agencies (not 'online') only -> internet no (C1). Girls 9-14 -> minor yes. Transit Lagos -> NGA.")

C("H16-118","ZAF",2009,"""In the Regional Court for the Regional Division of KwaZulu-Natal, held at Durban. The accused, a
Mozambican woman resident in Durban, was convicted of contravening section 71 of the Criminal Law (Sexual Offences and
Related Matters) Amendment Act 32 of 2007 (trafficking in persons for sexual purposes) and of contraventions of the
Immigration Act. The State proved that in 2008 the accused travelled to Maputo and recruited three girls from the
Maxaquene neighbourhood, aged 14, 15 and 17, by telling their mothers that the girls would work in her hair salon and
attend school in Durban. The girls were brought across the border at Ressano Garcia without passports, concealed in a
minibus taxi. In Durban they were kept in the accused's flat in the Point area and made to sell sex to men whom the
accused brought to the flat, most of them sailors from ships in the harbour. The accused kept all the money and told
the girls that the police would lock them up because they were in South Africa illegally. The eldest girl escaped and
was taken to a place of safety by a social worker. In sentencing, the learned magistrate took account of the girls'
ages and the fact that they had been deprived of schooling, and imposed a sentence of fifteen years' imprisonment, of
which five years were suspended.""",
"no","","","","","no","sexual_exploitation",3,"yes","female","cross_border","ZAF MOZ",1,"deception threat",
"No internet. Girls from Maputo -> cross_border. Ages 14-17 -> minor yes. Kept in the flat: not stated locked -> force not coded (judgement call).")

C("H16-119","COL",2008,"""The Fourth Criminal Court of the Specialised Circuit of Pereira convicted a woman and her former
husband of trafficking in persons (article 188A of the Penal Code) and of concerted action to commit crimes. The court
found that between 2005 and 2007 the accused recruited at least nine women from Armenia, Pereira and Dosquebradas
through an advertisement published in a regional daily newspaper that offered jobs as dancers and waitresses in
Panama City, with a monthly wage of USD 1,500 and paid travel. The women were interviewed at the accused's house and
lent money for passports and tickets. In Panama they were handed over to the owner of a nightclub, who kept their
passports, told them that they owed USD 4,000 each, and required them to have sex with customers in private rooms.
The accused were kept informed by international telephone calls and received payments for each woman by bank
transfer from Panama. Three of the women returned to Colombia and filed complaints with the Administrative Department
of Security. The court sentenced the accused to thirteen and eleven years' imprisonment. The club owner in Panama was
not prosecuted in Colombia.""",
"no","","","","","no","sexual_exploitation",9,"no","female","cross_border","COL PAN",2,
"deception debt_bondage document_retention",
"Print newspaper ad, international telephone and bank transfers -> internet no (C1: bank transfers are not internet). 'at least nine' -> 9 (C16). 'women' -> minor no. Club owner not charged (C11).")

C("H16-120","GBR",2025,"""The defendant was convicted at Belfast Crown Court of three counts of holding a person in slavery,
servitude or forced or compulsory labour and three counts of human trafficking contrary to sections 1 and 2 of the
Human Trafficking and Exploitation (Criminal Justice and Support for Victims) Act (Northern Ireland) 2015, and has been
sentenced to six years' imprisonment, half to be served on licence. He owned two Indian restaurants in County Antrim.
In 2022 he e-mailed three men in Sylhet whom he knew from his home village, offering each of them a job as a chef
under the skilled worker route at GBP 26,200 a year. The men paid him GBP 12,000 each for their certificates of
sponsorship, most of it borrowed from moneylenders in Bangladesh. On arrival, the men were required to work seventy or
more hours a week for a fraction of the salary declared to the Home Office, and to hand back in cash part of the
wages paid into their bank accounts. They slept in the flat above one restaurant, and the defendant held their
passports and biometric residence permits. He told them that if they complained he would withdraw his sponsorship and
they would be deported with their debts unpaid. The Recorder found that the defendant had deliberately used the
sponsorship system to obtain workers who could not leave, and that the men had been deceived about their pay and
conditions from the beginning.""",
"yes","recruitment","email","","hunting","yes","forced_labour",3,"no","male","cross_border","GBR BGD",1,
"deception document_retention threat abuse_of_vulnerability",
"Defendant 'e-mailed' the men in Sylhet with job offers -> first contact online, hunting (C13), recruitment, email; NI to Bangladesh -> cyber_flow yes (C7). Debt to third-party moneylenders, not to the defendant -> no debt_bondage (judgement call, as H16-029). 'men' -> minor no.")
