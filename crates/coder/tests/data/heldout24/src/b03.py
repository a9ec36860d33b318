from lib import C

C("H24-041","HND",2017,"""Translated from Spanish. Sentencing Court of San Pedro Sula, judgment in case no. 0501-2016-00481.
The court declares the accused Mr. R.A.M., owner of two car washes on the ring road, and his foreman,
Mr. J.L.P., guilty of the offence of trafficking in persons in the form of labour exploitation
(article 6, Decree 59-2012). The court finds proved that during 2015 a commercial broadcast on a
television channel in Chinandega, Nicaragua, paid for by the first accused, offered 'work in Honduras
washing vehicles, lodging included, 250 dollars a month'. Eight Nicaraguan men who telephoned the
number shown were collected in Chinandega by the foreman and brought across the border at El
Guasaule. On arrival they were told that each owed 6,000 lempiras for the journey, food and lodging,
and that this would be deducted from their pay; in the event no wages were paid in the first four
months. They washed cars from six in the morning until late at night. The foreman supplied them with
cocaine on credit, adding the cost to their debts, so that, in the words of one witness, 'we could not
feel tired and could never finish paying'. When one worker asked to return home, the first accused told
him that he knew his mother's house in Somotillo and that she would pay for his disloyalty. The court
gives full credibility to the testimony of the victims, which is corroborated by the notebooks of
debts seized at the premises. It sentences each accused to ten years' imprisonment and a fine, and
orders them to pay the victims the wages owed.""",
"no","","","","","no","forced_labour",8,"no","male","cross_border","HND NIC",2,"deception debt_bondage drugs threat",
"Television broadcast and telephone calls -> internet no. Nicaraguan men brought across the border -> cross_border. Journey debt -> debt_bondage; cocaine on credit -> drugs; threat to the worker's mother -> threat; false pay promise -> deception. 'Eight Nicaraguan men' -> minor no.")

C("H24-042","PRY",2005,"""National Police, Department against Trafficking in Persons, extract from report to the Public
Prosecutor. On 11 July 2005 officers stopped a vehicle at the entrance to a private clinic in Asunción
carrying two residents of Caaguazú, a boy of 16 and a young man, together with the two persons now
arrested. The boy's mother stated that one of the arrested persons had called her by telephone to
offer payment for 'paid medical tests' for her son; blood samples had already been taken in Caaguazú.
The young man stated that he had been promised 20 million guaraníes for a kidney. The arrested persons
accompanied the two at all times, including to the toilet, and held their identity cards.""",
"no","","","","","no","organ_removal",2,"yes","male","domestic","PRY",2,"deception other document_retention",
"Telephone only -> internet no. Purpose organ removal ('for a kidney'), stopped before surgery -> form organ_removal. 'a boy of 16' -> minor yes. Accompanied at all times -> other (surveillance); identity cards held -> document_retention; 'paid medical tests' -> deception.")

C("H24-043","DEU",2020,"""LG Frankfurt am Main, 5/27 KLs 12/19. Accused (1) convicted: human trafficking for sexual
exploitation, forced prostitution (ss. 232, 232a StGB). Accused wrote to both women from Frankfurt via
Facebok (sic) while they lived in Udon Thani, offering restaurant work. In Germany: passports taken,
earnings withheld, told they would be deported if they went to police. Sentence 4 y 9 m.""",
"yes","recruitment","social_media","Facebook","hunting","yes","sexual_exploitation",2,"no","female","cross_border","DEU THA",1,"deception document_retention threat",
"'wrote to both women ... via Facebok (sic)' -> misspelled platform normalised to Facebook; offender's first contact -> hunting (C13), recruitment. Frankfurt to Udon Thani -> cyber_flow yes (C7). 'women' -> minor no. Deportation threat -> threat. Withheld earnings alone not a means.")

C("H24-044","LKA",2016,"""Translated from Sinhala. High Court of Colombo, case no. HC 7781/2014. The two accused, a broker and
a former hospital attendant, were indicted under section 360C of the Penal Code for trafficking a
17-year-old youth from Kurunegala for the removal of a kidney. The evidence showed that the first
accused took the youth to Colombo in 2013, telling him that he owed Rs. 85,000 for his travel, food and
medical tests, which would be set off against the price of the kidney. When the youth said he wanted to
go home, the second accused struck him repeatedly and locked him in a room at a boarding house in
Maradana. The youth was given tablets that made him sleep for most of the day. The first accused
admitted that he had meant to post the youth's blood group and photograph on a Facebook group used by
persons seeking kidneys, but he was arrested before he did so. The youth was found by police during a
raid on the boarding house before any operation. Both accused were convicted and sentenced to
twelve years' rigorous imprisonment.""",
"no","","","","","no","organ_removal",1,"yes","male","domestic","LKA",2,"debt_bondage force drugs",
"Facebook post only intended, arrested before posting -> not coded (C4) -> internet no. 17-year-old -> minor yes. Debt for travel and tests to be set off against the kidney -> debt_bondage; beatings and locking -> force; sleeping tablets -> drugs.")

C("H24-045","GTM",2009,"""Reply to a congressional request for information. Four men aged 20 to 25 answered a newspaper advertisement for delivery drivers for a food company and were made to carry drugs between Escuintla and the capital to repay
their 'training costs'. The recruiters knowingly chose unemployed men from poor families. Two persons are on trial. The Secretariat adds that the route was identified through a complaint by the mother of one of the men, and that all four have received psychological assistance.""",
"no","","","","","no","forced_criminal_activity",4,"no","male","domestic","GTM",2,"deception debt_bondage abuse_of_vulnerability",
"Newspaper advertisement -> internet no. Carrying drugs -> forced_criminal_activity. Debt for 'training costs' -> debt_bondage; 'knowingly chose unemployed men from poor families' -> abuse_of_vulnerability.")

C("H24-046","SRB",2018,"""Three men from Kragujevac have been charged with trafficking a seventh-grade pupil, the Higher Public
Prosecutor's Office said. According to the indictment, the men took the pupil from her home several
times a week, gave her pills and alcohol and drove her to men in the city and in Jagodina. They agreed
among themselves in a Viber group who would drive her where, and the clients called the oldest
defendant by phone. She was made to swear 'on her mother's life' to keep silent.""",
"yes","logistics","messaging_app","Viber","","no","sexual_exploitation",1,"yes","female","domestic","SRB",3,"drugs other",
"Viber group among the three accused only; clients called by phone -> logistics (C14), no strategy. 'a seventh-grade pupil' -> minor yes (open point: grades -> minor). Pills and alcohol -> drugs; oath -> other.")

C("H24-047","UZB",2012,"""Translated. Tashkent City Court, criminal case no. 1-118/2012. The accused, living in Istanbul, posted
an offer of waitress work in Turkey on Odnoklassniki. A girl from Chirchiq answered from Tashkent and
travelled in May 2011; in Istanbul she was told she owed USD 3,000 for the journey and made to serve
clients sexually in a hotel in Laleli. Convicted under art. 135 of the Criminal Code. Sentence: nine
years.""",
"yes","recruitment","social_media","Odnoklassniki","fishing","yes","sexual_exploitation",1,"yes","female","cross_border","UZB TUR",1,"deception debt_bondage",
"Job offer posted on Odnoklassniki (Russian-language social network) and answered -> recruitment, social_media, fishing. Poster in Istanbul, girl in Tashkent -> cyber_flow yes (C7). 'A girl' -> minor yes (C10).")

C("H24-048","VNM",2018,"""Indictment of the People's Procuracy of Nghe An Province (summary). The two accused are charged with
trafficking in persons (article 150 of the Penal Code) in respect of nine men from communes in Quynh
Luu district, two of them aged 16. The accused went from house to house in 2016 and offered the men
work on Malaysian fishing boats at 9 million dong a month, choosing households that were in debt or had
lost their harvest; the indictment states that the accused knew the families could not refuse. The men
crossed into Malaysia by land through Thailand and were put on boats out of Kuala Terengganu, working
twenty hours a day for almost no pay. They were told that if they went ashore without the captain they
would be arrested and deported as illegal migrants. Seven men returned in 2017 through the Vietnamese
embassy; two are still missing.""",
"no","","","","","no","forced_labour",9,"yes","male","cross_border","VNM MYS THA",2,"deception threat abuse_of_vulnerability",
"Door-to-door recruitment -> internet no. Two aged 16 -> minor yes. 'knew the families could not refuse' + chosen for debt -> abuse_of_vulnerability (stated). Thailand transit listed. Threat of arrest/deportation -> threat.")

C("H24-049","BRA",2009,"""Federal Court, 2nd Criminal Court of Foz do Iguaçu, criminal action no. 2008.70.02.004431-0. Three
accused, the owner of a nightclub on the BR-277 and two managers, were convicted of international
trafficking in persons for sexual exploitation (art. 231 of the Penal Code) in respect of six
Paraguayan nationals who worked at the club. The victims lived in rooms at the back of the club, which
were locked from outside after closing, and each had to pay fines for arriving late to the floor, for
refusing a client or for leaving a drink unfinished. The investigation began after an anonymous report
submitted through the Federal Police website; the court also had before it an online newspaper article
about the club, which it declined to treat as evidence. Sentences of five to seven years.""",
"no","","","","","no","sexual_exploitation",6,"unknown","","cross_border","BRA PRY",3,"force other",
"The anonymous report through the police website and an online newspaper article are third parties' internet use -> not coded (C3) -> internet no. Paraguayan nationals exploited in Brazil -> cross_border (C8). No ages or sex stated -> minor unknown, sex empty. Locked rooms -> force; fines -> other.")

C("H24-050","CHN",2010,"""Translated. People's Court of Chongzuo, Guangxi. The accused employed three Vietnamese boys, born in
1995 and 1996, on his sugarcane plantation in 2009 after arranging their coming with a Vietnamese
broker by telephone. He paid nothing and told them that if they ran away the police would lock them up
and that their families in Lang Son would be punished. Sentenced to five years.""",
"no","","","","","no","forced_labour",3,"yes","male","cross_border","CHN VNM",1,"threat",
"Telephone only -> internet no. Born 1995/1996, exploited 2009 -> 13-14 -> minor yes. Vietnamese boys in China -> cross_border. Threats (police, families) -> threat. Broker not charged.")

C("H24-051","FJI",2010,"""High Court of Fiji at Suva, Criminal Case HAC 112/2009. Two accused, restaurant owners in Suva,
convicted of trafficking in persons (Immigration Act 2003, s. 18). Seven Chinese nationals recruited in
Fujian through an advertisement in a Chinese-language newspaper offering restaurant work in Fiji. On
arrival passports taken by the second accused. The victims worked in the restaurant kitchen without
wages; three of them were also made to provide sexual services to customers in rooms above the
restaurant. Told that the immigration department would deport them and that they would be jailed if
they spoke to anyone. Found after a labour inspection in March 2009. First accused six years, second
accused five years; victims repatriated with assistance of the Chinese embassy.""",
"no","","","","","no","forced_labour sexual_exploitation",7,"unknown","","cross_border","FJI CHN",2,"deception document_retention threat",
"Newspaper advertisement -> internet no. Mixed: kitchen work and sexual services -> forced_labour + sexual_exploitation. No ages or sex stated -> minor unknown, sex empty. Passports -> document_retention; deportation/jail threats -> threat.")

C("H24-052","ARE",2015,"""Dubai Court of First Instance, Criminal Division, case no. 2015/8817. The accused, a Bangladeshi man
residing in Al Qusais, and his partner were convicted of human trafficking under Federal Law No. 51 of
2006. The victim, a Bangladeshi girl of 16, had come to the country with the partner, who presented
herself as her aunt. In a flat in Al Qusais the accused beat her and forced her to have sex with men he
brought there, and told her that if she went to the police she would be imprisoned and deported as she
had entered on a false passport. The girl escaped and reached her embassy. The court sentenced each
accused to ten years' imprisonment followed by deportation.""",
"no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","ARE BGD",2,"force threat",
"No internet. Girl of 16 -> minor yes. Bangladeshi girl brought to the UAE -> cross_border. Beatings -> force; prison/deportation threat -> threat.")

C("H24-053","ITA",2020,"""Tribunal of Turin, Court of Assizes, 2020. A 14-year-old Nigerian girl, brought from Benin City in
2018, was kept as a domestic servant by a couple in Moncalieri, cleaning and caring for their children
day and night. She had never been enrolled in school. The couple paid her father small sums through an online transfer service and knowingly
took advantage of the family's poverty. Both convicted (art. 601 c.p.).""",
"yes","logistics","unspecified","","","no","forced_labour",1,"yes","female","cross_border","ITA NGA",2,"abuse_of_vulnerability",
"Payments to the father 'through an online transfer service' -> internet yes (C1), unspecified, logistics (no other purpose). The father is not an offender, victim or buyer -> cyber_flow no (C7/C14). Domestic servitude -> forced_labour. 'knowingly took advantage of the family's poverty' -> abuse_of_vulnerability.")

C("H24-054","JPN",2018,"""Osaka District Public Prosecutors Office, summary of indictment. The accused, aged 39, is charged
with violations of the Child Welfare Act and with forcing two boys, the sons of his cohabiting partner,
to stand at the exits of Umeda and Namba stations and ask passers-by for money for a 'school trip'.
From April to November 2017 the boys, who were at elementary school, were sent out after school and at
weekends and had to bring back at least 5,000 yen a day. The accused telephoned them on their mobile
phones every hour to check where they were. He told them that if they told a teacher, the police would
take them to a children's facility and they would never see their mother again. The boys, who were
not allowed to play with other children, had no one else to confide in. The case came to light when a
station employee alerted the child guidance centre. The boys' mother has been questioned but not
charged.""",
"no","","","","","no","forced_begging",2,"yes","male","domestic","JPN",1,"threat other",
"Mobile phone calls only -> internet no. 'boys' at elementary school -> minor yes. Asking passers-by for money -> forced_begging. Threat of being taken away -> threat; hourly calls to check whereabouts -> other (surveillance). Mother not charged -> 1.")

C("H24-055","AUT",2012,"""A 31-year-old man from Graz has been found guilty of trafficking a 16-year-old girl and a
19-year-old woman, both Austrian, the Vienna Regional Court for Criminal Matters ruled on Wednesday. The
man first wrote to the schoolgirl on WhatsApp after getting her number from a friend, saying he was a
photographer, and later met both of them in Graz. He drove them to Vienna, where he kept them in a flat
in Favoriten with the door locked, gave them cocaine and made them receive customers. For every
complaint by a customer he fined them 50 euros. Sentence: six years, not yet final.""",
"yes","recruitment","messaging_app","WhatsApp","hunting","no","sexual_exploitation",2,"yes","female","domestic","AUT",1,"deception force drugs other",
"'first wrote to the schoolgirl on WhatsApp' -> hunting (C13), recruitment. Graz to Vienna, both Austrian -> domestic (across Länder, C8). Locked flat -> force; cocaine -> drugs; fines -> other; posing as photographer -> deception.")

C("H24-056","ISR",2011,"""Israel Police, Central District, extract from incident log. Complainant, 27, Russian national,
brought in 2010 through Egypt and across the Sinai border on foot by a man she believed to be her
fiancé; made to work in a brothel in Petah Tikva for four months. Suspect (the 'fiancé') detained;
complainant referred to the shelter.""",
"no","","","","","no","sexual_exploitation",1,"no","female","cross_border","ISR RUS EGY",1,"deception",
"No internet. Aged 27 -> minor no. Egypt as transit -> in countries. False engagement -> deception. 'Suspect detained' -> one person in the case (C11).")

C("H24-057","IRL",2015,"""Ombudsman for Children's Office, Investigation Report (extract). The complaint concerns the response
of the Child and Family Agency to a boy, born in November 1998, who in 2014 was working for a paving and
groundworks contractor in County Limerick. The boy, who had left residential care, was taken on by the
contractor and his son, who held his passport 'to keep it safe', housed him in a caravan at their yard,
and paid him in cannabis and cigarettes rather than money, for ten-hour days laying tarmac and breaking
concrete. When the boy disappeared from his placement, his mother posted an appeal on Facebook asking
for information; an officer of An Garda Síochána who saw the post contacted the Agency, and the boy was
found at the yard two weeks later. The Ombudsman notes that the Agency had received three earlier
reports about the boy and had not acted. The contractor and his son were later convicted at Limerick
Circuit Criminal Court of trafficking a child for labour exploitation under the Criminal Law (Human
Trafficking) Act 2008. The Ombudsman found that the Agency's failure to follow up the earlier reports
amounted to maladministration and recommended that a named social worker be assigned to every young
person leaving care who is at risk of exploitation, and that information-sharing protocols with An Garda
Síochána be revised. The Agency has accepted the recommendations.""",
"no","","","","","no","forced_labour",1,"yes","male","domestic","IRL",2,"document_retention drugs",
"The mother's Facebook appeal and the Garda's reading of it are third parties' internet use -> not coded (C3; open point, missing-person post by a relative) -> internet no. Born Nov 1998, exploited 2014 -> 15 -> minor yes. Passport held -> document_retention; paid in cannabis -> drugs (judgement call: cannabis used as the means of payment and control). Irish boy in Ireland -> domestic.")

C("H24-058","DOM",2005,"""Office of the Attorney General of the Republic, press release. The Public Prosecutor's Office of
Puerto Plata obtained today the conviction of three persons, the owner of a bar in Sosúa and two
Haitian intermediaries, for trafficking in persons and commercial sexual exploitation of minors under
Law 137-03. The evidence presented by the prosecution showed that in 2004 the intermediaries placed an
announcement on a radio station in Cap-Haïtien seeking 'young girls for work as waitresses in the
Dominican Republic, good pay', and that six Haitian girls aged 14 to 17 who answered it were brought
across the border at Dajabón without documents. In Sosúa the girls were told that each owed the bar
owner 15,000 pesos for the journey and their clothes, that they would repay it by going with the bar's
customers, and that fines would be added for any refusal or lateness. The owner warned them that if they
left the bar they would be picked up by immigration and sent back across the border with nothing. The
girls were rescued in an operation by the Prosecutor's Office and the National Police in February 2005,
with the support of the National Council for Children and Adolescents (CONANI), and are receiving
assistance in a shelter. The court sentenced the bar owner to fifteen years and each intermediary to
ten years' imprisonment, and ordered the bar closed. The Attorney General reiterated the commitment of
the Public Ministry to pursue every person who profits from the sexual exploitation of children and
adolescents.""",
"no","","","","","no","sexual_exploitation",6,"yes","female","cross_border","DOM HTI",3,"deception debt_bondage other threat",
"Radio announcement -> internet no. Girls aged 14-17 -> minor yes. Haitian girls brought across the border -> cross_border. Journey/clothes debt -> debt_bondage; fines -> other; threat of immigration arrest -> threat; waitress promise -> deception.")

C("H24-059","AUS",2024,"""Australian Border Force, referral summary to the CDPP. A juvenile from Vanuatu, brought to Queensland
by the grower, worked on a Bundaberg farm and cleaned the grower's house; he was always escorted off the
farm, spoke no English, and was told he would be deported if he talked. Grower charged (Criminal Code
s. 270.6A).""",
"no","","","","","no","forced_labour",1,"yes","male","cross_border","AUS VUT",1,"other threat",
"No internet. 'A juvenile' -> minor yes (C10). Farm work and housework -> forced_labour (both labour; domestic work -> forced_labour). Escorted -> other; deportation threat -> threat. Lack of English not stated as used -> not abuse_of_vulnerability (as heldout22).")

C("H24-060","LKA",2013,"""Police Media Spokesman, press release. The Colombo Crimes Division has arrested two persons, a
three-wheeler driver and a woman running a guest house in Mount Lavinia, for trafficking a 16-year-old
girl and two women from Ratnapura for prostitution. Investigations revealed that the suspects sent
photographs of the girl and the women through Viber to selected customers, including guests of nearby
hotels, and arranged meetings at the guest house. The girl and the women were fined by the woman
suspect if they refused a customer. The suspects were produced before the Mount Lavinia Magistrate and
remanded. The victims have been handed over to the Department of Probation and Child Care Services and
to a shelter respectively.""",
"yes","advertising","messaging_app","Viber","hunting","no","sexual_exploitation",3,"yes","female","domestic","LKA",2,"other",
"Photographs sent through Viber to selected customers, nothing posted -> C6: advertising + hunting. Customers not placed abroad -> cyber_flow no (hotel guests, location of them when messaged not stated). 16-year-old -> minor yes. Fines -> other.")
