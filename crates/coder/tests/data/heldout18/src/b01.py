from lib import C

C("H18-001","LBR",2017,"""Case no. 14/BC/2016 (Ninth Judicial Circuit, Gbarnga, Bong County). Defendant: K.T., female, 34,
guesthouse operator. Offence: trafficking in persons (Act to Ban Trafficking in Persons, 2005), promoting
prostitution. Facts: Feb.-Sept. 2016 the defendant lodged four Sierra Leonean women aged 19 to 24, recruited in
Kenema with offers of hotel work, in rooms behind her guesthouse on the Gbarnga-Salala road. She photographed them
and posted advertisements for 'massage and company' on Locanto, giving her own phone number; men who called were sent
to the rooms and paid her directly. The women's ECOWAS travel certificates were kept in her safe 'until the transport
money was repaid'. One woman escaped to a Catholic mission in Gbarnga, which alerted the Liberia National Police.
Verdict: guilty on both counts, 7 years. Status: appeal pending before the Supreme Court.""",
"yes","advertising","classified_ads","Locanto","fishing","no","sexual_exploitation",4,"no","female",
"cross_border","LBR SLE",1,"deception debt_bondage document_retention",
"Ads posted on Locanto (classified listing site) -> advertising, fishing (C13: posting suffices). Women 19-24 -> minor no. Sierra Leonean victims -> cross_border (C8). Travel certificates kept until transport money repaid -> document_retention + debt_bondage.")

C("H18-002","TTO",2013,"""The appellant was convicted in the Couva Assizes of two counts of trafficking in persons contrary to
section 16 of the Trafficking in Persons Act and sentenced to fifteen years' hard labour; his co-accused, R.M., who
was his partner at the time, was convicted on the same indictment and has not appealed. The sole ground argued before
us concerns the judge's direction on the complainants' consent, and it is therefore necessary to recount the evidence
only briefly. The complainants, two Venezuelan nationals, one of whom was seventeen, crossed by pirogue from Tucupita
to Cedros in 2011 on the promise of work in a bar. The prosecution's case, which the jury plainly accepted, was that
on arrival they were told they owed the appellant TT$12,000 each for the crossing, that R.M. photographed them and
placed advertisements offering them for 'private company' on a classified advertising website, and that the appellant
drove them to the men who responded, in Chaguanas and Sangre Grande. He told them that if they left he would hand them
to immigration officers. In our judgment the direction, read as a whole, was impeccable. The appeal is dismissed.""",
"yes","advertising","classified_ads","","fishing","no","sexual_exploitation",2,"yes","female",
"cross_border","TTO VEN",2,"deception debt_bondage threat",
"Ads on 'a classified advertising website' placed by the co-accused -> classified_ads (C2: listing site named by type), no platform name, fishing. Co-accused convicted on the same indictment counts (C11) -> 2. One complainant 17 -> minor yes. Threat to hand to immigration -> threat.")

C("H18-003","ROU",2019,"""BOTOȘANI - Three men from a village near Dorohoi were sentenced on Thursday by the Botoșani Tribunal to
between five and eight years in prison for trafficking seven fellow villagers to Belgium, where the victims cleaned
industrial kitchens and office buildings around Liège for up to fourteen hours a day. According to prosecutors of
DIICOT, the men were recruited in 2016 and 2017 at the village bar and by telephone, with the promise of EUR 1,400 a
month. In Belgium their identity cards were collected 'for the contracts', they slept eleven to a house in Seraing
and were told that they owed the cost of the minibus journey and the rent. Their wages were paid by the Belgian
subcontractor into bank accounts opened in their names, but the cards for those accounts were held by the defendants,
who withdrew the money and sent part of it home through a money-transfer office in Herstal. When two of the men
complained, the eldest defendant threatened to 'deal with' their families in the village. Investigators were alerted
by a Belgian labour inspector. The judgment can be appealed.""",
"no","","","","","no","forced_labour",7,"no","male",
"cross_border","ROU BEL",3,"deception debt_bondage document_retention threat",
"Recruitment at a bar and by telephone; bank accounts and a money-transfer office without 'online' -> not internet use (C1). Victims 'men' -> minor no (C10). Taken from ROU to BEL -> cross_border.")

C("H18-004","USA",2020,"""The arrests came on a February morning at a Walmart parking lot in Spokane Valley, where two men were seen
collecting cash from three others who had spent the night holding cardboard signs at freeway exits. What investigators
pieced together afterwards went back almost two years. According to the federal indictment, Dwayne Coker, 46, and
Leticia Marr, 39, had taken the three men, aged 24, 37 and 51 and all living with intellectual disabilities, out of a
supported-living home in Yakima with promises of a shared apartment and 'real jobs'. Instead the men were driven each
day to exits on Interstate 90 and to the Division Street corridor and made to panhandle, often in freezing
temperatures. Coker and Marr, who were found guilty by a jury in Spokane in October 2020, coordinated drop-offs and
pick-ups through a WhatsApp group, in which they also logged each man's takings; the messages were recovered from
Marr's phone. One victim testified that Coker slapped him when his takings were short and told him he would be 'put in
a state hospital forever' if he talked to anyone.""",
"yes","logistics","messaging_app","WhatsApp","","no","forced_begging",3,"no","male",
"domestic","USA",2,"deception abuse_of_vulnerability force threat",
"WhatsApp group used by the two offenders to coordinate and log takings -> logistics (no other purpose). Victims aged 24-51 -> minor no. All in Washington State, no foreign victim -> domestic (C8).")

C("H18-005","ZAF",2023,"""MEDIA STATEMENT - NATIONAL PROSECUTING AUTHORITY, NORTHERN CAPE. The Upington Regional Court has sentenced
a 31-year-old man, Thabo Mokoena, to life imprisonment for trafficking in persons and to twelve years for the rape of a
child. The NPA welcomes the sentence. The State led evidence that in March 2021 the accused sent a friend request on
Facebook to a 15-year-old Grade 9 learner from Kuruman, using a profile which showed him as a talent agent, and over the
following weeks promised her a modelling contract and a place at a school in Upington. He collected her from a taxi
rank, kept her in a backyard room in Paballelo and sold her to men who visited the room, keeping the money. He gave
her alcohol and threatened to post photographs of her if she told her mother. The learner was found by police after a
neighbour reported the visitors. Regional Court Prosecutor Adv. N. Jacobs argued that the accused had deliberately
targeted a child from a poor household. The NPA thanks the SAPS Family Violence, Child Protection and Sexual Offences
unit for the investigation.""",
"yes","recruitment","social_media","Facebook","hunting","no","sexual_exploitation",1,"yes","female",
"domestic","ZAF",1,"deception threat abuse_of_vulnerability",
"'sent a friend request on Facebook' -> offender first contact, hunting (C13). 15-year-old -> minor. Alcohol given: not coded drugs (judgement call: alcohol not framed as a means of control). Kuruman/Upington both ZAF -> domestic.")

C("H18-006","USA",2021,"""Judgment of the Court of First Instance of Puerto Rico, Superior Part of Aguadilla (unofficial translation from
the Spanish). It having been established at trial, by the testimony of the three women who appeared as witnesses and
by the documentary evidence admitted without objection, that the accused Héctor Luis Vélez Ortiz and Marisol Acevedo
Cruz, acting in concert, brought the witnesses, all three nationals of the Dominican Republic aged between twenty and
twenty-six, across the Mona Passage by yola in the month of June 2020 under the promise of employment in a
restaurant in Isabela, and that upon their arrival the accused informed them that each owed the sum of two thousand
five hundred dollars for the crossing, which sum would be discharged only through sexual services rendered to men
whom the accused contacted by telephone among the clientele of certain bars of the west coast; and it further having
been established that, in order to avoid detection, the accused moved the women each week between short-term rental
apartments in Aguadilla, Isabela and Rincón which the accused Acevedo Cruz reserved through Airbnb, and that the accused
Vélez Ortiz told the women that any attempt to leave would result in their being reported to federal immigration
authorities; this Court finds both accused guilty of the crime of trafficking in persons under Article 160 of the Penal
Code of Puerto Rico.""",
"yes","logistics","unspecified","Airbnb","","no","sexual_exploitation",3,"no","female",
"cross_border","USA DOM",2,"deception debt_bondage threat",
"Only internet use: offender booked rentals through Airbnb -> logistics, typed unspecified (open point on booking sites: annotators' practice, C1/C2 by analogy). Clients contacted by telephone -> no advertising. Dominican women brought in -> cross_border; Puerto Rico coded USA.")

C("H18-007","IRQ",2018,"""The Central Criminal Court of Basra, Second Panel, convicted two defendants, a man of 29 from Abu al-Khasib
and a woman of 44 who rented a house in the Hayyaniyah district, of trafficking in persons under Law No. 28 of 2012,
aggravated because the victim was a child. The victim, M., was 16 at the time and had left her family's home in
Al-Qurnah after a quarrel with her stepfather. The first defendant, with whom she had been chatting on Facebook for
some months, met her at the bus garage, promised to marry her as soon as his family agreed, and took her to the
second defendant's house. For about five weeks she was made to receive men there; the second defendant collected the
money and told her that her family would kill her if they learned where she had been. The case came to light when
community police, acting on a tip from a taxi driver, raided the house. The court imposed 15 years' imprisonment on
the first defendant and 10 years on the second, and ordered that the victim be placed with a women's shelter.""",
"yes","recruitment","social_media","Facebook","","no","sexual_exploitation",1,"yes","female",
"domestic","IRQ",2,"deception abuse_of_vulnerability threat",
"Internet mentioned once: 'had been chatting on Facebook' with the recruiter -> recruitment, but no strategy: the text does not say who wrote first (C5/C13 'chatted with'). Runaway after family quarrel -> abuse_of_vulnerability.")

C("H18-008","MDA",2023,"""HÎNCEȘTI - Eleven men from Hîncești and Leova districts who answered a job advertisement on Odnoklassniki
spent four months working unpaid on building sites near Antalya, prosecutors said on Tuesday, as two Moldovan citizens
went on trial for trafficking. The advert, posted in several Odnoklassniki groups from Türkiye by the main defendant,
a 41-year-old who had lived there since 2018, promised construction jobs at USD 1,500 a month with free lodging and
return tickets. Once in Türkiye the workers' passports were taken 'for the work permits', they were housed in a
container on the site and were told they owed the cost of their flights and food. Some were beaten when they asked to
be paid. The second defendant, the main defendant's brother-in-law, met the men at Chișinău bus station and travelled
with them. Two of the workers managed to call the Moldovan consulate in Istanbul, which alerted the Center for Combating
Trafficking in Persons. Both men deny the charges.""",
"yes","recruitment","social_media","Odnoklassniki","fishing","yes","forced_labour",11,"no","male",
"cross_border","MDA TUR",2,"deception document_retention debt_bondage force",
"Job ad posted in Odnoklassniki groups -> recruitment, fishing, social_media. Posted from Türkiye to men in Moldova -> internet linked offender and victims in different countries -> cyber_flow yes (C7). 'Go on trial' -> defendants 2 (C11).")

C("H18-009","ESP",2025,"""The Criminal Chamber of the Supreme Court dismissed the appeals of the two accused against the judgment of the
Provincial Court of Ourense, which had convicted them of trafficking in human beings for labour exploitation
(art. 177 bis CP) and of offences against workers' rights. The proven facts, which are binding in cassation, record
that the first accused, the owner of a slate-quarrying company in Valdeorras, and the second, its foreman, recruited
nine men of Malian and Guinean nationality, who lacked residence permits, among the people sleeping in the bus station
of Zaragoza in the autumn of 2021, offering them 'papers and a contract'. The men were lodged in a disused farmhouse
near O Barco, worked splitting slate for ten to twelve hours without protective equipment and received between 200 and
300 euros a month, from which the foreman deducted food and lodging. They were told that if they complained the police
would deport them. The Chamber rejects the argument that the workers were free to leave: the lack of documents, money
and language made the offer one that, in the words of the Provincial Court, 'they could not refuse'.""",
"no","","","","","no","forced_labour",9,"no","male",
"cross_border","ESP MLI GIN",2,"deception abuse_of_vulnerability threat debt_bondage",
"No internet: recruited in person at a bus station. Foreign nationals exploited in Spain -> cross_border (C8). Deductions for food and lodging from pay -> debt_bondage (judgement call). Victims 'men' -> minor no.")

C("H18-010","CHL",2025,"""The Court of Appeals of Iquique rejected the nullity appeal brought by the defence and upheld the conviction
handed down by the Oral Criminal Trial Court of Alto Hospicio. The facts established at trial, which the appellate
court did not revisit, are these: in 2022 the first accused, the victim's maternal uncle, brought his niece, then 14,
from a rural community near Oruro, Bolivia, telling her parents that she would attend secondary school in Chile and
help in his household. In Alto Hospicio he kept her identity card and, within two months, delivered her to the second
accused, a 38-year-old trader, as his 'wife', in exchange for a sum of money and the cancellation of a debt. The girl
lived with the second accused, who had sexual relations with her and made her work without pay at his stall in the
Agro market; she was not enrolled in any school. The uncle warned her that if she went back she would shame her
family. The appeals court held that the trial court had correctly qualified the facts as trafficking of a minor for
the purposes of servitude and sexual exploitation.""",
"no","","","","","no","forced_marriage sexual_exploitation forced_labour",1,"yes","female",
"cross_border","CHL BOL",2,"deception document_retention abuse_of_vulnerability threat",
"No internet mentioned. Handed over as 'wife' for money -> forced_marriage; unpaid work at the stall -> forced_labour; the court's 'sexual exploitation' qualification -> sexual_exploitation (judgement call: coded as the court names it). Brought from Bolivia -> cross_border.")

C("H18-011","VNM",2024,"""Judgment of first instance of the People's Court of Quảng Trị Province (translation). Considering that, according
to the records of the case and the results of the adjudication at the hearing, in November 2023 the defendant Lê Văn T.,
born in 1996, residing in Gio Linh district, having created an account on the dating application Tantan under a false
name and with photographs of another man, wrote to Ms. H., born in 2004 and residing in Đông Hà city, and over several
weeks professed his love for her and promised to find her a job as a waitress in a restaurant owned by his 'cousin' in
Cambodia at a salary of 12 million dong; that on 2 January 2024 the defendant, together with the defendant Nguyễn Thị
P., born in 1988, took Ms. H. by coach to Mộc Bài and across the border to Bavet, where they handed her to a karaoke
establishment whose manager paid them 3,000 US dollars; that Ms. H. was forced to drink with and provide sexual services
to customers, and was beaten when she refused, until she borrowed a customer's telephone and called her family, who
reported the matter; the Panel finds that the defendants committed the crime of 'Trafficking in persons' under Article
150 of the Penal Code and sentences T. to 12 years and P. to 9 years of imprisonment.""",
"yes","recruitment","dating","Tantan","hunting","no","sexual_exploitation",1,"no","female",
"cross_border","VNM KHM",2,"deception force",
"'wrote to Ms. H.' on the dating app Tantan -> hunting (C13), dating. Victim born 2004, offence Nov 2023-Jan 2024 -> 19 -> minor no. Offender and victim both in Vietnam when linked online -> cyber_flow no (C7). Sold to a karaoke in Cambodia -> cross_border. Victim's call home is not offender internet use (and was a phone call).")

C("H18-012","KWT",2025,"""PRESS RELEASE - The Public Prosecution announces that it has referred four defendants, two Kuwaiti men and two
women of Arab nationality, to the Criminal Court on charges of trafficking in persons and facilitating prostitution,
following an investigation by the General Department of Criminal Investigation. Investigations revealed that one of the
women, presenting herself on Instagram as a scout for a fashion and events company, sent direct messages to young women
in Colombia and the Dominican Republic offering them well-paid contracts as hostesses and models in Kuwait. Six women, aged between 21
and 27, accepted and were issued visas sponsored by a company owned by one of the defendants. On arrival their passports
were withdrawn and they were housed in apartments in Mahboula and Fintas, where they were made to meet men for sexual
purposes; the defendants promoted them to customers through a Snapchat account on which their photographs were posted.
The women were told that they owed the cost of their visas and tickets. The Public Prosecution affirms that it will
pursue with firmness all those who exploit human beings.""",
"yes","recruitment advertising","social_media","Instagram|Snapchat","hunting fishing","yes","sexual_exploitation",6,"no","female",
"cross_border","KWT COL DOM",4,"deception document_retention debt_bondage",
"Instagram DMs from Kuwait to women in COL/DOM -> recruitment, hunting, cyber_flow yes (C7). Snapchat account posting photos for customers -> advertising, fishing. 'Referred to the Criminal Court' -> 4 defendants (C11). Women 21-27 -> minor no.")

C("H18-013","UKR",2025,"""Lutsk, 9 March 2024: a 16-year-old from Kovel is stopped by patrol police with eleven packets of
methamphetamine taped under the saddle of a bicycle. That arrest, the Volyn Regional Court of Appeal noted in upholding
the sentences in 2025, was the end of the story, not its beginning. In January the boy had answered a vacancy for a
'courier, UAH 1,000 a day, flexible hours' posted in a Telegram channel for local jobs. The 'curator' who replied asked
for a photograph of his passport and a video of himself holding it, and from then on sent him the coordinates of
caches where he was to leave packets. When he tried to stop, he was told that the video and his address would be
passed to the police and that 'people would visit' his mother. A second boy, 17, from Kamin-Kashyrskyi, was recruited
the same way. The three defendants, who ran the channel and the caches from Rivne, received between 7 and 10 years.
Both boys were recognised as victims of trafficking and were not prosecuted.""",
"yes","recruitment","messaging_app","Telegram","fishing","no","forced_criminal_activity",2,"yes","male",
"domestic","UKR",3,"deception threat",
"Vacancy posted in a Telegram channel, boys answered -> recruitment, fishing (C5). Instructions by Telegram fall under the same recruitment/exploitation chain; logistics not added (only when no other purpose). Ages 16, 17 -> minor yes. All in Ukraine -> domestic.")

C("H18-014","PER",2016,"""In Appeal for Annulment No. 1187-2015, the Transitory Criminal Chamber of the Supreme Court declared that
there was no nullity in the judgment of the Superior Court of Justice of Puno, which had sentenced the two accused to
twelve years' imprisonment for aggravated trafficking in persons. According to the accusation, which the lower court
found proven, the accused, a married couple who traded in produce, approached three adolescents aged 15, 16 and 17 at the
Sunday fair in Andahuaylas and offered them work harvesting coffee. The boys were taken instead to a camp in the
valley of the Apurímac and Ene rivers, where they were made to carry backpacks of cocaine base paste on foot through
the mountains towards Juliaca. The accused's armed associates accompanied each trip; one boy who fell behind was
beaten. The accused argued that the boys had travelled willingly and knew what they would carry. The Chamber held that
the consent of a minor is irrelevant and that the offer of coffee work was itself deceptive.""",
"no","","","","","no","forced_criminal_activity",3,"yes","male",
"domestic","PER",2,"deception force",
"No internet: approached in person at a fair. Drug carrying -> forced_criminal_activity. Ages 15-17 -> minor yes. All within Peru -> domestic. Armed escort/beating -> force.")

C("H18-015","UKR",2016,"""The National Police of Ukraine in Chernihiv region report that the prosecutor's office has sent to court the
case against two residents of Chernihiv, a man of 33 and a woman of 29, accused of trafficking in persons. According to
the investigation, from 2015 the defendants ran a 'studio' in a rented three-room apartment, where seven women aged 19
to 25 were made to perform sexual shows in front of webcams for paying users of an adult webcam site, most of them in
the United States and Western Europe. The women had answered vacancies for 'online chat operators with English' which
the defendants placed on a job-search website. The organisers kept the women's passports, fined them for 'poor results'
and threatened to send recordings of the shows to their relatives. Earnings were transferred by the site to the
organisers, who paid the women a small part. The defendants face up to 12 years' imprisonment.""",
"yes","exploitation recruitment","webcam_livestream freestanding_website job_portal","","fishing","yes","sexual_exploitation",7,"no","female",
"cross_border","UKR USA",2,"deception document_retention threat other",
"Forced webcam shows for users abroad -> exploitation, webcam_livestream + freestanding_website ('an adult webcam site', C2; third-party site, no advertising). Vacancies on a job-search website -> job_portal, recruitment, fishing. Buyers abroad -> cyber_flow yes, cross_border (C9). Fines -> other. 'Sent to court' -> 2 defendants.")

C("H18-016","BEL",2022,"""Sentencing remarks, Court of First Instance of Hainaut, Tournai Division (correctional chamber). Mr Đ., Mr V.:
you stand convicted of trafficking in human beings for the purpose of making the victims commit offences, and of the
production of cannabis. I have the following facts in mind. In 2020 two young Vietnamese men, one of whom was 17, were
contacted on Zalo by a man who lived in France and worked with you; he offered them jobs in a nail salon and told them
the journey would cost EUR 20,000, to be repaid from their wages. They were brought overland to Belgium and locked into the
attic of a house in Mouscron, of which you kept the only key, and made to water and cut cannabis plants. You, Mr Đ., brought them
food twice a week and told them that if they ran away their families in Nghệ An would have to pay the debt. The
recruiter has not been identified. I take into account that the younger victim was a child and that both were
exposed to chemicals and electrical hazards. Mr Đ.: four years. Mr V.: thirty months.""",
"yes","recruitment","messaging_app","Zalo","hunting","yes","forced_criminal_activity",2,"yes","male",
"cross_border","BEL VNM FRA",2,"deception debt_bondage force threat",
"Recruiter acting for the offenders (C3) 'contacted them on Zalo' -> hunting (C13); he lived in France and the men were in Vietnam -> cyber_flow yes (C7). Recruiter not identified or charged -> not counted (C11). Locked into a house -> force (judgement call, confinement; open point).")

C("H18-017","AUS",2016,"""MEDIA RELEASE - Australian Federal Police. Two men charged over forced begging in NSW. The AFP has charged
two Romanian nationals, aged 44 and 27, with trafficking in persons and servitude offences following an investigation
into organised begging in Newcastle and Wollongong. It will be alleged that the men brought three Romanian men, two of
whom have physical disabilities, to Australia on tourist visas in early 2016 with promises of cleaning work. On arrival
the victims' passports were allegedly taken and they were driven each morning to shopping centres and railway stations
to beg, and required to hand over all money at the end of the day. Messages on the Viber app between the two accused,
seized by investigators, allegedly show them arranging pick-up points and comparing the victims' daily takings. The
matter is before Newcastle Local Court. AFP Detective Superintendent said exploitation of this kind 'has no place in
Australia'. Anyone with information can contact the AFP on 131 AFP.""",
"yes","logistics","messaging_app","Viber","","no","forced_begging",3,"no","male",
"cross_border","AUS ROU",2,"deception document_retention abuse_of_vulnerability",
"Viber used between the two accused for pick-ups and takings -> logistics. Both accused in Australia -> cyber_flow no. Charged, not yet convicted: still counted as defendants (C11). Victims 'men' -> minor no.")

C("H18-018","MRT",2010,"""Case description prepared by a legal aid NGO in Nouadhibou. In 2009 three young men from the Numerowatt
quarter of Nouadhibou, all unemployed and aged between 22 and 30, responded to a message the defendant, a 46-year-old
trader, had posted on an Arabic-language internet forum, offering 'a paid medical donation in Egypt, safe, with
return ticket, 5,000 dollars'. The defendant met each man in person, obtained passports for them and accompanied them to
Cairo, where each had a kidney removed in a private clinic. They were told before the operation that the payment would
be 1,500 dollars because of 'expenses', and two of them received nothing at all. One man developed serious
complications on his return. The NGO assisted the men in filing a complaint; the Nouadhibou criminal court convicted
the defendant in 2010 of trafficking in persons for the removal of organs and sentenced him to five years. The surgeon
and clinic in Egypt were not prosecuted.""",
"yes","recruitment","unspecified","","fishing","no","organ_removal",3,"no","male",
"cross_border","MRT EGY",1,"deception abuse_of_vulnerability",
"Offender posted an offer on 'an internet forum' and the men answered -> recruitment, fishing; a forum has no scheme type -> unspecified (open point, annotators' practice). The NGO's role is not coded (C3). Defendant and victims in MRT when linked -> cyber_flow no. Surgeon not prosecuted -> not counted.")

C("H18-019","FIN",2019,"""Judgment of the District Court of Lapland (Kemi-Tornio sessions), translated extract. The district court,
having heard the injured parties and the witnesses and examined the telephone and bank material, considers it proven
that the defendant A., together with the defendant B., in the period from March 2017 to October 2018, in Kemi and
Tornio, took control of two Romanian women and one Finnish woman, all adults who were dependent on amphetamine, in that
the defendants supplied them with amphetamine and accommodation, published on a classified advertisement site
advertisements offering sexual services in which the women's photographs appeared, answered the calls of the buyers
who responded, and kept the greater part of the payments, and further that A. threatened the women with withdrawal
of the drug and, on one occasion, with violence against the Finnish woman's child, so that the women were in a
position in which they had no real alternative but to submit; and the court therefore finds both defendants guilty of
aggravated trafficking in human beings and sentences A. to four years and six months and B. to three years.""",
"yes","advertising","classified_ads","","fishing","no","sexual_exploitation",3,"no","female",
"cross_border","FIN ROU",2,"drugs abuse_of_vulnerability threat",
"'published on a classified advertisement site advertisements' -> classified_ads (C2), fishing. Two Romanian victims -> cross_border (C8) though one victim is Finnish. 'Adults' -> minor no. Supplying amphetamine to dependent women -> drugs + abuse_of_vulnerability.")

C("H18-020","ARE",2023,"""The Court of Cassation of Ras Al Khaimah rejected the appeal of the three appellants against their conviction
for human trafficking under Federal Law No. 51 of 2006. The Court observed that the trial court had rightly relied on
the statements of the two victims, Kazakh nationals aged 23 and 26, and on the records of the escort website on which the
appellants had published their photographs with prices and a telephone number. It was established that the first
appellant had promised the victims, in Shymkent, employment at the reception of a hotel, that the second appellant lodged them
in a flat in Al Nakheel and took their passports on the first evening, and that the third appellant answered the customers who called the number and
drove the victims to them, all three telling the victims that they must repay 15,000 dirhams for their visas before
they could leave. The appellants' argument that the victims had consented was without merit, consent obtained by
deception being of no effect under Article 1 of the Law. The Court upheld the sentences of five years' imprisonment
followed by deportation.""",
"yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",2,"no","female",
"cross_border","ARE KAZ",3,"deception document_retention debt_bondage",
"Photographs with prices published on 'the escort website' -> freestanding_website (C2: site type stated), advertising, fishing. Recruitment in Shymkent in person -> not online. Kazakh victims -> cross_border.")
