from lib import C

C("H16-001","USA",2016,"""DAYTON, Ohio - A Dayton man was sentenced today in U.S. District Court to 210 months in prison
for sex trafficking two juveniles and transporting them between Ohio and Indiana for prostitution. According to
court documents, Terrell A. Banks, 31, met the first victim, then 16, at the Greyhound station in downtown Dayton in
June 2014, when she had run away from a group home. He offered her a place to stay and said she could work in his
cousin's hair salon. Within a week he photographed her in lingerie and posted advertisements offering her for
"dates" on Backpage.com. In August he added a second juvenile victim, a 15-year-old friend of the first, and drove
both girls to motels near Indianapolis, where he posted new ads under an Indiana phone number. Banks set the prices,
collected all of the money and kept the girls supplied with marijuana and prescription pills. On at least two
occasions he struck the older victim in the face when she said she wanted to go home. Banks pleaded guilty in
February 2016 to two counts of sex trafficking of a minor and one count of transportation of a minor. "This
defendant treated two children as a source of income," the U.S. Attorney said. The case was investigated by the FBI
and the Dayton Police Department as part of the Southern Ohio Human Trafficking Task Force.""",
"yes","advertising","classified_ads","Backpage","fishing","no","sexual_exploitation",2,"yes","female",
"domestic","USA",1,"deception force drugs",
"Backpage ads -> classified_ads, fishing (C13: posting suffices). Ohio-Indiana = across state lines -> domestic (C8). 'juveniles', ages 16/15 -> minor yes (C10). Salon job promise -> deception; pills/marijuana supplied -> drugs (judgement call).")

C("H16-002","GBR",2019,"""The appellant, a Romanian national living in Coventry, appeals with leave of the single judge
against a total sentence of nine years' imprisonment imposed at Warwick Crown Court after a trial in which he was
convicted of conspiracy to arrange or facilitate the travel of another person with a view to exploitation and
conspiracy to require persons to perform forced or compulsory labour, contrary to sections 1 and 2 of the Modern
Slavery Act 2015. The Crown's case was that between 2016 and 2018 the appellant, his brother and the brother's
partner brought at least eleven men from the county of Vaslui in eastern Romania to work at hand car washes in the
West Midlands. The partner, who then lived in Barlad, placed an advertisement on a Facebook page used by Romanians
looking for work in England, offering car-wash jobs at GBP 60 a day with free accommodation. Men who telephoned
the number were sent coach tickets. On arrival their identity cards were taken from them, they were housed in a
converted garage and told that they owed GBP 400 each for travel, which was deducted from wages that were almost
never paid. Two complainants described being punched by the appellant when they asked for money. The brother and
his partner, the latter extradited from Romania, were convicted at the same trial and do not appeal. The
appellant's sole ground is that the judge placed the offending in the highest category of culpability. We do not
agree. The appellant directed the enterprise on the ground and used violence. The appeal is dismissed.""",
"yes","recruitment","social_media","Facebook","fishing","no","forced_labour",11,"no","male",
"cross_border","GBR ROU",3,"deception debt_bondage document_retention force",
"Facebook job ad -> recruitment, fishing. The ad was posted in Romania and answered by telephone from Romania: no online link across countries stated -> cyber_flow no (C7/C14). 'at least eleven' -> 11 (C16). Three defendants at trial (C11). Men -> minor no (C10).")

C("H16-003","PHL",2021,"""People of the Philippines v. Marites C. and Rolando D., Regional Trial Court, Branch 54, Lapu-Lapu
City. Both accused were found guilty beyond reasonable doubt of qualified trafficking in persons under Section 4(a)
and (e) in relation to Section 6 of Republic Act No. 9208, as amended, and sentenced to life imprisonment and a fine
of two million pesos each. The prosecution established that from 2018 until their arrest in October 2020, accused
Marites, the mother of three of the private complainants, and her live-in partner Rolando made the children perform
sexual acts in front of a mobile phone during video calls on Facebook Messenger for foreign customers who had
written to Marites through her Messenger account asking for "shows". The victims were her daughters, then aged 6, 9
and 12, and her nephew, aged 11. Payments were sent through money remittance centers and, from 2020, to an e-wallet
account on GCash registered in Rolando's name. Chat logs recovered from the device of one customer in Australia, and
referred by the Australian Federal Police, showed the accused negotiating prices in advance; a second customer was
identified in the United Kingdom. The court gave full credence to the testimony of the eldest child and rejected the
defense that the accounts had been used by a neighbor. The children are now in the care of the DSWD.""",
"yes","exploitation","messaging_app webcam_livestream unspecified","Facebook Messenger|GCash","","yes",
"sexual_exploitation",4,"yes","female male","cross_border","PHL AUS GBR",2,"abuse_of_vulnerability",
"Livestreamed abuse for customers in AUS/GBR -> exploitation, webcam_livestream, cyber_flow yes, cross_border (C9). Customers wrote first, no ad -> no strategy (C13). GCash e-wallet -> unspecified, name kept (C1); remittance centers not internet. Police referral not coded (C3). Parent's authority over children -> abuse_of_vulnerability (judgement call).")

C("H16-004","DEU",2008,"""The Regional Court (Landgericht) of Dortmund sentenced the two accused, a married couple, to
prison terms of four years and nine months and three years respectively for aggravated trafficking in human beings
for the purpose of sexual exploitation (sections 232 and 233a of the Criminal Code, old version) and exploitative
pimping. According to the court's findings, the female accused travelled in the spring of 2006 to Sliven and Pleven,
where she approached three women she knew from her own school years and promised them jobs in a bakery near
Dortmund at EUR 1,200 a month. The youngest of them was 17 years old. On arrival the women were told there was no
bakery and that they owed EUR 1,500 each for the journey and their rooms. They were placed on the street in the
tolerance zone in the north of the city and had to hand over their entire takings every night. The male accused
hit two of the women with a belt when they earned too little and threatened that their families at home would learn
what they did. Instructions were given by mobile phone and SMS; the victims' mobile phones were otherwise checked
daily by the female accused. One woman escaped in January 2007 and went to a counselling centre. The chamber
considered in mitigation that the accused had partial confessions and no previous convictions in Germany.""",
"no","","","","","no","sexual_exploitation",3,"yes","female","cross_border","DEU BGR",2,
"deception debt_bondage force threat",
"Mobile phone and SMS only -> internet no. Victims' origin told only by hometowns Sliven and Pleven (Bulgaria) -> BGR, cross_border (C8). One victim 17 -> minor yes.")

C("H16-005","THA",2014,"""The Samut Sakhon Provincial Court convicted three defendants, a labour broker, the captain of a
trawler and the owner of the vessel, of human trafficking under sections 6 and 9 of the Anti-Trafficking in Persons
Act B.E. 2551 (2008) and sentenced them to between eight and fourteen years' imprisonment. The court found that in
2012 the broker recruited fourteen men from Mon State and from the Cambodian province of Kampong Cham, telling them
they would work in a seafood processing factory for 9,000 baht a month. Instead they were taken at night to the pier
and handed to the captain, who paid the broker 20,000 baht per head and recorded this sum as a debt each worker had
to repay. At sea the crew worked up to twenty hours a day hauling nets, were beaten with a stingray-tail whip, and one
worker who asked to return to shore was told he would be thrown overboard. Their identity documents were held by the
owner in his office. Among the crew was a boy of 16. The vessel stayed at sea for eleven months, transferring its
catch to carrier boats. The men were rescued when a crew member escaped during a port call and reported to a
migrant workers' organisation. The defendants communicated by ship radio and mobile phone. The court ordered
compensation of 150,000 baht to each victim.""",
"no","","","","","no","forced_labour",14,"yes","male","cross_border","THA MMR KHM",3,
"deception debt_bondage document_retention force threat",
"No internet (radio, mobile phone). Origins Mon State (Myanmar), Kampong Cham (Cambodia) -> MMR, KHM, cross_border (C8). Boy of 16 -> minor yes.")

C("H16-006","NLD",2022,"""Rechtbank Rotterdam, 8 March 2022. The accused, 20 years old at the time of the offences, is
sentenced to 36 months' imprisonment, of which 12 suspended, for human trafficking (Article 273f Criminal Code) in
respect of a girl born in 2006. In January 2021 the accused sent the girl a message on Snapchat after seeing her in
a friend's story, paid her compliments and within weeks presented himself as her boyfriend. He told her he had debts
with dangerous people and that she could help him. From March 2021 he placed advertisements with photographs of her
on a Dutch sex-contact website, arranged appointments with the men who responded and took her to addresses in
Schiedam and Dordrecht. Some customers paid in advance by Tikkie payment requests sent to his number. When she said
she wanted to stop, he threatened to send nude pictures of her to her mother. The court considers that the accused
deliberately sought out a young and impressionable girl with problems at home and abused that vulnerability. The
defence that the girl had acted on her own initiative is rejected on the basis of the chat history on the accused's
telephone. The court awards the injured party EUR 12,500 in non-material damages.""",
"yes","recruitment advertising","social_media freestanding_website unspecified","Snapchat|Tikkie",
"hunting fishing","no","sexual_exploitation",1,"yes","female","domestic","NLD",1,
"deception threat abuse_of_vulnerability",
"Sent her a message on Snapchat -> first contact, hunting (C13). Ads on a 'sex-contact website' -> site type stated -> freestanding_website (C2), fishing. Tikkie payment requests -> unspecified, name kept (C1). Born 2006, offence 2021 -> 15 -> minor yes.")

C("H16-007","NGA",2012,"""Facts: The victims, five girls and young women from Benin City and the surrounding villages of
Ovia North-East, were recruited in 2010 by the first accused, a woman known locally as a "sponsor", who told their
parents that she would find them jobs as hairdressers and shop assistants in Italy. Before departure the victims
were taken to a shrine where they swore an oath before a native doctor, the second accused, to repay a debt of
35,000 euros and never to reveal the identity of their sponsor. The victims were driven by road through Kano and
across the border to Niger, and onwards to Bamako, Mali, where they were lodged in a compound and made to provide
sexual services to men while they waited for the crossing to Europe. The first accused told them that once in Italy
their photographs would be placed on the internet for clients. Two of the victims, aged 15 and 16, escaped and
returned with the assistance of the Nigerian embassy. Both accused were charged before the High Court of Edo State
under the Trafficking in Persons (Prohibition) Law Enforcement and Administration Act 2003 as amended. The court
convicted them of organising foreign travel promoting prostitution and of procuring persons under 18 for
prostitution, holding that the oath was used to instil fear of death and madness. Sentences of seven and five years
were imposed.""",
"no","","","","","no","sexual_exploitation",5,"yes","female","cross_border","NGA NER MLI",2,
"deception debt_bondage threat other",
"Posting photos on the internet was only announced for the future, never done -> not coded (C4) -> internet no. Oath -> other, plus threat (fear of death stated). Italy named only as the intended destination, never reached -> not in countries (not a place of origin, transit or exploitation). Ages 15, 16 -> minor yes. 'girls and young women' -> female.")

C("H16-008","IND",2018,"""In the Court of the Additional Sessions Judge, Dwarka Courts, New Delhi. The accused persons, the
proprietor of an unregistered placement agency in Shakurpur, his wife and one employer, stood trial under Sections
370 and 374 of the Indian Penal Code and the Juvenile Justice Act. The prosecution case was that three girls from
villages in Gumla district, Jharkhand, aged 13, 14 and 16, were brought to Delhi by train in 2015 on the promise of
work in a garment factory. The agency placed them as live-in domestic workers in three households, taking an
advance of Rs 30,000 for each girl from the employers and paying the girls nothing. PW-2, who was placed with the
third accused, deposed that she worked from five in the morning until midnight, was beaten with a rolling pin and
was locked inside the flat whenever the family went out. The matter came to light when the elder brother of PW-1
posted her photograph on Facebook asking for information, and a social worker recognised her. The police traced
the agency through its telephone records. The court held that the offence of trafficking of minors was proved,
that the consent of the parents was obtained by deception, and that the poverty of the families had been exploited.
All three accused were convicted and sentenced to rigorous imprisonment for ten years.""",
"no","","","","","no","forced_labour",3,"yes","female","domestic","IND",3,
"deception force abuse_of_vulnerability",
"The Facebook post was the brother's search for the victim -> not the offenders' act (C3) -> internet no. Jharkhand to Delhi -> domestic (C8). Ages 13-16 -> minor yes.")

C("H16-009","CAN",2020,"""R. v. D.M., Ontario Superior Court of Justice, reasons for sentence. The offender was found guilty
after trial of trafficking in persons, receiving a material benefit and advertising the sexual services of another
(Criminal Code, ss. 279.01, 279.02 and 286.4). The complainant, then 19, had a profile on Tinder. The Crown proved,
through screenshots and the complainant's testimony, that the offender sent the first message after they matched,
presented himself as a music producer and, over three weeks, became her boyfriend. In October 2017 he took her from
Ottawa to a hotel in Montreal, photographed her and posted advertisements for escort services on Leolist, using a
prepaid phone whose number appeared in each ad. He answered the texts from clients, set the rates and kept the
money. When the complainant tried to leave in December he choked her until she nearly lost consciousness and said
he would post her pictures online for her family to see. The ads continued in Ottawa, Gatineau and Kingston until
March 2018. I find that the offender exercised control over the complainant's movements and that the violence was
planned to secure her compliance. A global sentence of seven years, less pre-sentence custody, is imposed.""",
"yes","recruitment advertising","dating classified_ads","Tinder|Leolist","hunting fishing","no",
"sexual_exploitation",1,"no","female","domestic","CAN",1,"deception force threat",
"Offender 'sent the first message' on Tinder -> hunting (C13), dating. Leolist escort ads -> classified_ads, fishing. Ontario/Quebec -> domestic (C8). Complainant 19 -> minor no.")

C("H16-010","ESP",2017,"""The Audiencia Provincial of Castellon convicted four accused, the owner of a roadside club near
Vila-real, his wife and two managers, of trafficking in human beings for sexual exploitation (art. 177 bis of the
Criminal Code) and of coercive prostitution, with sentences of between five and eight years. The proven facts state
that a woman resident in Asuncion, who has not been brought to trial, contacted six Paraguayan women aged between 21
and 34 through WhatsApp in 2014 and 2015, offering them work as waitresses in Spain and a loan for the fare. She sent
photographs of each woman by WhatsApp to the club owner, who chose whom to bring and bought the tickets, with a
stopover in Sao Paulo. At Barajas the women were met by one of the managers, who took their passports "to register
them". At the club they were told they owed EUR 3,500 each, that they had to serve clients in the rooms upstairs and
pay EUR 20 a day for lodging, and that if they went to the police they would be deported. Fines were imposed for
lateness. The chamber gave credibility to the testimony of three victims given as pre-constituted evidence and to the
intercepted conversations.""",
"yes","recruitment","messaging_app","WhatsApp","hunting","yes","sexual_exploitation",6,"no","female",
"cross_border","ESP PRY BRA",4,"deception debt_bondage document_retention threat other",
"Recruiter (not tried, C11) 'contacted' women via WhatsApp -> hunting, recruitment (acting for offenders). Photos sent to the club owner are offender-to-offender (C14): no advertising, but link PRY-ESP -> cyber_flow yes (C7). Fines -> other. Aged 21-34 -> minor no.")

C("H16-011","KHM",2023,"""The Preah Sihanouk Provincial Court convicted the five managers of a compound in the
O'Chheuteal area of trafficking for the purpose of exploitation and unlawful confinement under the Law on
Suppression of Human Trafficking and Sexual Exploitation. The court found that from late 2021 the compound's
"human resources" section posted advertisements on Facebook for customer-service and typing jobs in Cambodia with
salaries of USD 1,000 to 1,500 a month, aimed at job seekers in Viet Nam and Thailand. Twenty-three people who
answered the posts, seventeen men and six women, all adults, were brought across the border and locked inside the
compound. Their passports were taken and they were told they owed USD 3,000 each for recruitment and travel. They
were given scripts and fake profiles on Instagram and WhatsApp and ordered to befriend foreigners and persuade them
to invest in a fraudulent cryptocurrency platform, with a daily target. Those who missed the target were beaten with
electric batons or locked in a dark room. Two victims escaped by climbing a wall and reported to their embassy. The
managers claimed that the workers had come voluntarily. The court rejected this, finding that none of the victims
had been told the real nature of the work, and imposed sentences of seven to ten years.""",
"yes","recruitment exploitation","social_media messaging_app","Facebook|Instagram|WhatsApp","fishing","yes",
"forced_criminal_activity",23,"no","male female","cross_border","KHM VNM THA",5,
"deception force threat debt_bondage document_retention",
"Job ads on Facebook aimed at VNM/THA job seekers, answered from there -> recruitment, fishing, link across countries -> cyber_flow yes (C7). Forced online scams -> exploitation, forced_criminal_activity. 'all adults' -> minor no.")

C("H16-012","AUS",2011,"""The applicant and his wife were each convicted after a trial in the County Court of Victoria of
intentionally possessing a slave and exercising over her powers attaching to the right of ownership (Criminal Code
(Cth), s 270.3(1)(a)). The applicant seeks leave to appeal against conviction. The complainant, a widow in her
forties from a village near Madurai in Tamil Nadu, was engaged in 2006 to come to Melbourne as a housekeeper for the
couple and their three children at a promised wage of AUD 300 a month to be sent to her sons. On arrival the
applicant took her passport and return ticket "for safekeeping". Over more than three years she cooked, cleaned and
cared for the children from about 6 am until late at night, seven days a week. She was paid nothing directly; small
amounts were sent to her family irregularly by bank transfer. She spoke no English, was not permitted to leave the
house alone and was told that if she went to the police she would be arrested as an illegal immigrant. The Crown did
not allege physical violence. The applicant contends that the jury were not properly directed on the difference
between harsh employment and slavery. We do not accept that submission. The directions were orthodox and the evidence
of control over the complainant's movement, documents and earnings was overwhelming. Leave to appeal is refused.""",
"no","","","","","no","forced_labour",1,"no","female","cross_border","AUS IND",2,
"deception document_retention threat abuse_of_vulnerability",
"No internet; bank transfers are not internet use (C1). Origin told by village near Madurai, Tamil Nadu -> IND, cross_border (C8). Woman in her forties -> minor no. Threat of arrest + isolation, no English -> threat, abuse_of_vulnerability.")

C("H16-013","SWE",2019,"""Gothenburg District Court (Goteborgs tingsratt). The accused, a 34-year-old man, was convicted of
trafficking in human beings and of purchase of a sexual act from a child, and sentenced to five years and six
months' imprisonment. The girl, who was 15 at the time, had written in a public post on Instagram in August 2018 that
she had left home and needed somewhere to sleep. The accused wrote to her the same evening, offered her a room in his
flat in Angered and collected her by car. Within a few days he explained that she could pay her way by meeting men.
He photographed her and published advertisements on an escort website hosted abroad, where customers could contact
him through a chat function. Buyers paid by Swish to the accused's telephone number or in cash. The accused supplied
the girl with alcohol and cannabis. Text messages and the Swish records showed that at least eleven men had paid
for sexual acts during the six weeks she stayed with him. The District Court found that the accused had exploited
the girl's vulnerable situation as a runaway minor and that the recruitment, housing and transport of the girl were
aimed at her sexual exploitation. The court of appeal has not yet heard the case.""",
"yes","recruitment advertising","social_media freestanding_website unspecified","Instagram|Swish",
"hunting fishing","no","sexual_exploitation",1,"yes","female","domestic","SWE",1,
"abuse_of_vulnerability drugs",
"Offender answered the victim's own Instagram post -> hunting (C5), recruitment. Ads on an escort website -> freestanding_website, fishing. Swish payments -> unspecified, name kept (C1). The eleven buyers are not victims nor defendants.")

C("H16-014","ARE",2015,"""The Dubai Court of First Instance sentenced three men to ten years in prison each, followed by
deportation, for human trafficking and running a brothel. According to the public prosecution, the first defendant
arranged for three women from Kyrgyzstan to come to Dubai on visit visas in 2014 after a woman in Osh told them they
would work as waitresses in a hotel. On arrival at the airport the second defendant took their passports and drove
them to a flat in Al Barsha, where they were kept behind a locked door. The third defendant sent the women's
photographs on WhatsApp to men whose numbers were saved on his phone, together with the prices, and drove the women
to the customers who replied. A police officer posing as a customer received one of the messages and arranged a
meeting at a hotel, where the arrest took place. One of the women told the court that the first defendant had
threatened to have her jailed for prostitution if she refused. The defendants denied the charges and claimed the
women were working freely. The court relied on the messages found on the third defendant's phone and on the
testimony of the women. The recruiter in Osh was not identified.""",
"yes","advertising","messaging_app","WhatsApp","hunting","no","sexual_exploitation",3,"no","female",
"cross_border","ARE KGZ",3,"deception document_retention force threat",
"Photos sent by WhatsApp to chosen men -> advertising + hunting (C6). Police posing as customer not coded (C3). Buyers in Dubai -> cyber_flow no. Locked door -> force (judgement call). Women -> minor no.")

C("H16-015","MEX",2020,"""The Tribunal de Enjuiciamiento of the Soconusco judicial district, in Tapachula, Chiapas,
handed down a sentence of 30 years' imprisonment to a man and a woman who ran a bar on the outskirts of the city,
for the crime of trafficking in persons in the form of sexual exploitation aggravated by the use of deception. The
tribunal found proven that between 2017 and 2019 the male defendant, using a profile under a false name, sent friend
requests on Facebook to young women in San Pedro Sula and Tegucigalpa and offered them jobs as waitresses with
lodging and a monthly salary of 6,000 pesos. He continued the conversations on WhatsApp and paid a guide to bring
four of them through Guatemala to Chiapas. At the bar the women were told they had to pay back the cost of the trip,
about 15,000 pesos, by drinking with customers and having sexual relations with them in rooms at the back. The female
defendant kept their identity documents and told them that the police would deport them if they complained. The
victims were rescued in an operation by the Fiscalia for crimes against migrants. The age of the victims was not
recorded in the judgment.""",
"yes","recruitment","social_media messaging_app","Facebook|WhatsApp","hunting","yes","sexual_exploitation",4,
"unknown","female","cross_border","MEX HND GTM",2,
"deception debt_bondage document_retention threat",
"Friend requests on Facebook = first contact -> hunting (C13); offender in MEX linked online to women in HND -> cyber_flow yes (C7). Hometowns San Pedro Sula, Tegucigalpa -> HND (C8). 'young women', no ages -> minor unknown (C10). The paid guide is not a defendant (C11).")

C("H16-016","ZAF",2017,"""In the High Court of South Africa, Gauteng Local Division, Johannesburg, the two accused were
convicted on counts of trafficking in persons under section 4(1) of the Prevention and Combating of Trafficking in
Persons Act 7 of 2013, and on counts of rape and assault. Accused 1 administered a group on Facebook called "Jobs in
Joburg for Basotho", in which he regularly posted offers of domestic and restaurant work with free transport from
Maseru. Two complainants, one of whom was in Grade 10 at a school in Mafeteng, responded to a post in 2015 and were
collected at the Maseru Bridge border post by accused 2. In a house in Berea, Johannesburg, their passports were taken
from them, they were forced to smoke nyaope and were told that they would work as prostitutes until they had repaid
R8,000 for transport and food. Accused 2 assaulted the older complainant with a belt. The complainants escaped when a
neighbour called the police. The court found that accused 1, who lived in Johannesburg, had recruited the
complainants from Lesotho by means of the Facebook posts and that both accused had acted with a common purpose.
Both were sentenced to life imprisonment on the trafficking counts.""",
"yes","recruitment","social_media","Facebook","fishing","yes","sexual_exploitation",2,"yes","female",
"cross_border","ZAF LSO",2,"deception document_retention drugs force debt_bondage",
"Job offers posted in a Facebook group and answered -> recruitment, fishing. Offender in Johannesburg recruited victims in Lesotho online -> cyber_flow yes (C7). Victim 'in Grade 10' -> minor yes (school grade read as under 18: judgement call, C10 silent).")

C("H16-017","JPN",2006,"""The Tokyo District Court sentenced the 52-year-old operator of a snack bar in Kinshicho, Sumida
Ward, to three years' imprisonment and a fine of 3 million yen, and his manager to two years and six months
suspended for four years, for the crime of buying and selling of persons under Article 226-2 of the Penal Code,
newly introduced in 2005, and violations of the Anti-Prostitution Act. According to the judgment, four women from
Pereira and Cali were brought to Japan in 2005 through a broker, who was not identified, and were handed over to the
operator in exchange for 2.5 million yen each. The women were told that they each owed 5 million yen and were made to
have sexual relations with customers in a nearby hotel. Their passports were held in the operator's safe, and the
manager imposed "penalties" of 10,000 yen for being late or refusing a customer. The women were not allowed to leave
the apartment above the bar except in the company of the manager. Presiding Judge said that the accused had treated
the victims as commodities. Contact with the broker took place by international telephone.""",
"no","","","","","no","sexual_exploitation",4,"no","female","cross_border","JPN COL",2,
"debt_bondage document_retention other force",
"No internet (telephone). Hometowns Pereira and Cali -> COL (C8). Fines -> other; confinement to the apartment -> force (judgement call). Broker not identified, not counted (C11). 'women' -> minor no.")

C("H16-018","ROU",2013,"""The Craiova Court of Appeal upheld, with a reduced sentence for one defendant, the judgment of the
Dolj Tribunal convicting five members of an organised criminal group of trafficking in persons and trafficking in
minors. The case was brought by DIICOT. The first instance found that the defendants recruited seven women and girls
from Craiova and Filiasi between 2009 and 2011, mostly by the "lover boy" method, and transported them to London and
Birmingham. One of the victims was 17 when she was taken to England. In the United Kingdom the victims were
advertised on AdultWork and on Vivastreet. The ads were placed and updated from Romania by the first defendant, who
also answered the customers' e-mails and assigned the appointments, while the third and fourth defendants drove the
victims and collected the money in England. Victims who refused clients or kept money were beaten. The group's
proceeds were sent to Romania by money-transfer offices and used to build houses. The Court of Appeal reduced the
sentence of the fifth defendant, who had only rented flats for the group, and otherwise dismissed the appeals.""",
"yes","advertising","freestanding_website classified_ads email","AdultWork|Vivastreet","fishing","yes",
"sexual_exploitation",7,"yes","female","cross_border","ROU GBR",5,"deception force",
"AdultWork = adult site -> freestanding_website; Vivastreet -> classified_ads; fishing. Ads placed and customers' e-mails answered from Romania for buyers in England -> cyber_flow yes (C7), email typed. Victims' origin told by hometowns Craiova/Filiasi and exploited in GBR -> cross_border (C8). One victim 17 -> minor yes. Money-transfer offices without 'online' -> not internet (C1).")

C("H16-019","BRA",2010,"""The Federal Court of Maraba, Para, convicted a rancher and the labour contractor ("gato") who
recruited for him of reducing persons to a condition analogous to slavery (art. 149 of the Penal Code) and of
enticing workers from one locality of the national territory to another (art. 207). The sentence records that in
2008 the contractor recruited thirty-one men in small towns in the interior of Maranhao with the promise of good pay
for clearing pasture, advancing money to their families. On the ranch the workers lived in tents of black plastic,
drank water from a pond shared with cattle and had to buy food, boots and tools from a canteen run by the contractor
at inflated prices, so that their debt grew every month. Their work cards were retained. Armed men employed by the
rancher patrolled the area and told the workers no one could leave before paying what they owed. Two of the workers
were 16 and 17 years old. The group was freed by a mobile inspection team of the Ministry of Labour and Employment.
The rancher was sentenced to eight years and the contractor to six years.""",
"no","","","","","no","forced_labour",31,"yes","male","domestic","BRA",2,
"deception debt_bondage document_retention threat",
"No internet. Maranhao to Para, Brazilian workers -> domestic (C8). Workers aged 16 and 17 -> minor yes. Armed guards' warning -> threat.")

C("H16-020","KEN",2019,"""Facts: The victims, four young women from Kakamega and Nairobi, were recruited in 2017 by a
Nairobi employment agency which advertised vacancies for housemaids in the Gulf on an online jobs board, promising
a monthly salary of USD 400, a free air ticket and a two-year contract. The women applied and paid registration
fees. The agency sent their CVs, passport copies and photographs by e-mail to a partner agency in Muscat, which
assigned them to households in Oman. On arrival their passports were taken by the employers, they worked eighteen
hours a day, were not paid and were locked inside the houses. One woman was beaten when she asked to call her
family. The women managed to contact a Kenyan community group in Oman, which arranged their repatriation through the
embassy. The director of the agency and his assistant were charged under the Counter-Trafficking in Persons Act,
2010. Judgment: The Chief Magistrate's Court at Milimani found both accused guilty of trafficking in persons for the
purpose of forced labour, noting that the agency was not licensed by the National Employment Authority and had
ignored the women's complaints. Each was sentenced to 30 years' imprisonment or a fine of KES 30 million.""",
"yes","recruitment","job_portal email","","fishing","yes","forced_labour",4,"unknown","female",
"cross_border","KEN OMN",2,"deception document_retention force",
"Vacancies on 'an online jobs board' -> job_portal (C2), recruitment, fishing. CVs/photos e-mailed to partner agency in Muscat = offender-to-offender across countries -> cyber_flow yes (C7/C14); no advertising (C14). 'young women' -> minor unknown (C10). Community group helped: not coded (C3).")
