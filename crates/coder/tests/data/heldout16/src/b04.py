from lib import C

C("H16-061","USA",2024,"""ATLANTA - Three members of a sex trafficking ring that operated in Georgia, North Carolina and
Tennessee have been sentenced to federal prison. Jamal K. Whitfield, 33, received 25 years; his half-brother Devonte
Whitfield, 29, received 16 years; and Kiara Simms, 26, who managed the ring's bookings, received eight years.
According to U.S. Attorney's Office documents and evidence at trial, between 2020 and 2022 the brothers sent direct
messages on Instagram to young women whose posts suggested they were struggling financially, offering "modeling" and
"promo" work. At least five women were recruited this way, and a sixth victim, a 17-year-old from Chattanooga, was
brought in by one of the others. The defendants posted the victims on MegaPersonals and another personals listing
site with prices and a booking number answered by Simms. Customers paid in cash or through Cash App to accounts
held by Simms. The victims were moved between extended-stay hotels in Atlanta, Charlotte and Nashville. Whitfield
beat victims who tried to keep money, supplied them with pills and threatened to send their photos to their families.
"These defendants used social media to find vulnerable women and then sold them across three states," said the
Special Agent in Charge of HSI Atlanta.""",
"yes","recruitment advertising","social_media classified_ads unspecified","Instagram|MegaPersonals|Cash App",
"hunting fishing","no","sexual_exploitation",6,"yes","female","domestic","USA",3,
"deception force threat drugs abuse_of_vulnerability",
"Direct messages on Instagram -> hunting, recruitment (C13). MegaPersonals and 'another personals listing site' -> classified_ads (listing site, C2), fishing. Customers paying by Cash App -> unspecified, name kept (C1/C16), purpose stays advertising. 'At least five women' + a 17-year-old -> 6 (C16), minor yes. Three states -> domestic (C8).")

C("H16-062","AUS",2002,"""The appellant was convicted in the District Court of New South Wales of two counts of possessing
a person in sexual servitude and two counts of conducting a business involving sexual servitude (Criminal Code (Cth),
ss 270.6, 270.7) and appealed against conviction and sentence. The Crown case was that the appellant and her
husband, who had pleaded guilty, brought five women from Thailand to Sydney on tourist visas in 1999 and 2000 under
"contracts" by which each woman owed AUD 40,000, to be worked off at AUD 50 for each client in a brothel in Surry
Hills. The women's passports and return tickets were held by the appellant. The brothel was promoted on its own
website, which the husband had set up, showing the women's photographs under invented names together with the
opening hours and prices, and in the adult entertainment section of a Sydney newspaper. The women were taken to and
from the brothel in the appellant's car and were not allowed out alone during their first months. The appellant
argued that the women had agreed to the contracts in Bangkok and that the jury should have been directed that
consent was relevant. The Court rejected the argument: consent to sex work does not amount to consent to servitude.
The appeal against conviction was dismissed and the sentence of six years, with a non-parole period of four,
confirmed.""",
"yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",5,"no","female","cross_border",
"AUS THA",2,"debt_bondage document_retention",
"Brothel's own website set up by the co-offender, showing the women -> freestanding_website (C15), advertising, fishing. Newspaper section is print, not coded. Husband pleaded guilty: a defendant (C11) -> 2. 'women' -> minor no. Escorting to and from work: not coded force (judgement call).")

C("H16-063","PHL",2024,"""People of the Philippines v. Jericho M. Dantes. After trial, the Regional Trial Court of Pasay
City, Branch 113, found the accused guilty of large-scale and qualified trafficking in persons under Republic Act
No. 9208, as amended by R.A. 10364 and R.A. 11862, and sentenced him to life imprisonment. The evidence showed that in
2023 the accused posted on Facebook offers of jobs as "customer service representatives" in Bangkok for a
"crypto company", with salaries of USD 1,000 to 1,200 and free airfare. Eight applicants, five women and three men,
answered the posts; the accused interviewed them on Telegram, coached them to pose as tourists at the airport and sent
their passport details via Telegram to a handler in Mae Sot, who is still at large. From Bangkok the victims were
driven to Mae Sot and taken across the Moei River to a compound near Myawaddy, Myanmar. There their passports were
confiscated and they were told they owed USD 6,000 each. They were made to use fake accounts on dating apps and social
media to start romantic conversations with foreigners and lure them into fake investments, for up to sixteen hours a
day. Those who failed to meet quotas were beaten and given electric shocks. The victims were released in early 2024
after their families paid and were repatriated through the Philippine Embassy in Bangkok. The court held that the
accused knew the true nature of the work from prior recruits' complaints.""",
"yes","recruitment exploitation","social_media messaging_app dating","Facebook|Telegram","fishing","yes",
"forced_criminal_activity",8,"no","male female","cross_border","PHL THA MMR",1,
"deception debt_bondage document_retention force",
"Job offers posted on Facebook and answered -> recruitment, fishing. Telegram interviews = contact after the victims answered (no hunting). Passport details sent on Telegram to a handler in Mae Sot (THA) = offender-to-offender across countries -> cyber_flow yes (C7/C14). Forced romance/investment scams on 'dating apps and social media' -> exploitation; dating (C2). 'five women and three men' -> minor no.")

C("H16-064","DEU",2024,"""Regional Court (Landgericht) Berlin, 5th Criminal Chamber. The accused, a 41-year-old German
national, was sentenced to five years and three months' imprisonment for trafficking in human beings, forced
prostitution and sexual abuse of a juvenile. According to the court's findings, in March 2022 the accused posted
offers of free accommodation for refugees from Ukraine in a Telegram group used by volunteers at Berlin central
station. A mother and her 17-year-old daughter from Kharkiv, who had arrived in Berlin the day before, answered the
offer and moved into his flat in Marzahn. After two weeks he told them that they had to pay rent and utility costs of
EUR 900 a month, and that otherwise he would report them to the authorities, which the women, who spoke no German,
believed would lead to their deportation. He photographed both and advertised them on an escort website under
false ages, arranged customers and collected the payments. The daughter contacted a helpline through a chat
function in April, and the police searched the flat. The chamber found that the accused had deliberately exploited
the helplessness of persons who had just fled a war and were in a foreign country.""",
"yes","recruitment advertising","messaging_app freestanding_website","Telegram","fishing","no",
"sexual_exploitation",2,"yes","female","cross_border","DEU UKR",1,
"deception threat debt_bondage abuse_of_vulnerability",
"Offer of accommodation posted in a Telegram group and answered -> recruitment, fishing. Escort website ads -> freestanding_website, fishing. Both in Berlin when linked -> cyber_flow no. Daughter's helpline chat is the victim seeking help (C3) -> not coded. Ukrainian nationals exploited in Germany -> cross_border (C8). 17-year-old -> minor yes.")

C("H16-065","NLD",2003,"""Rechtbank Alkmaar, 14 July 2003. The four accused, two Nigerian men and two Nigerian women, were
sentenced to prison terms of between two and six years for human trafficking (former Article 250a Criminal Code) and
participation in a criminal organisation. The court found that in 2001 and 2002 the organisation brought at least
six girls from Nigeria to Schiphol as unaccompanied minor asylum seekers. Before leaving Lagos each girl had undergone
a juju ritual and had been told that she would go mad or die if she broke her promise to repay EUR 40,000 to her
"madam". The girls were instructed to claim asylum, to go to the reception centre and, within days, to call a telephone
number they had memorised. The accused then collected them from the centre and took them by car and train to Italy
and Spain, where they were put to work in street prostitution. The court considered that the accused had abused the
reception system for minors.""",
"no","","","","","no","sexual_exploitation",6,"yes","female","cross_border","NLD NGA ITA ESP",4,
"threat debt_bondage other",
"No internet (memorised phone number). 'at least six' -> 6 (C16). 'girls', unaccompanied minors -> minor yes (C10). Juju ritual -> other + threat (death/madness stated).")

C("H16-066","LKA",2013,"""In the High Court of Colombo, the two accused were indicted under section 360C of the Penal
Code, as amended by Act No. 16 of 2006, for trafficking of persons under the age of eighteen for the purpose of sexual
exploitation. After trial both were convicted. The evidence of the three victims, girls from villages near
Anuradhapura, the youngest born in 1997, was that in 2012 the first accused told their families that he had jobs for
them as receptionists in a spa in Mount Lavinia. In fact the spa was a brothel. The second accused, the manager,
placed advertisements on an online classifieds site offering "full body massage by young therapists", with pictures of
the girls and a mobile number. The girls were kept in a room above the spa and were not paid. The learned High Court
Judge held that the advertisements bearing the girls' photographs, together with the evidence of the customers who
gave evidence for the prosecution, proved the exploitation beyond reasonable doubt, and imposed sentences of twelve
years' rigorous imprisonment on each accused.""",
"yes","advertising","classified_ads","","fishing","no","sexual_exploitation",3,"yes","female","domestic","LKA",2,
"deception",
"Ads on 'an online classifieds site' -> classified_ads (C2), fishing. Sri Lankan girls within Sri Lanka -> domestic (C8). Born 1997, offence 2012 -> 15 -> minor yes; 'girls' also (C10).")

C("H16-067","BGD",2020,"""The Human Trafficking Offence Suppression Tribunal, Cox's Bazar, convicted three men of
trafficking two Rohingya girls from the Kutupalong camp to Malaysia for marriage under the Prevention and Suppression
of Human Trafficking Act, 2012. The court found that in 2018 the first accused, who worked in Kuala Lumpur, sent the
elder girl voice messages on the IMO messaging app saying that a Rohingya man in Malaysia wished to marry her and would pay for
the journey. Her family, who had fled Rakhine State in Myanmar in 2017, agreed. The second and third accused, boatmen
in Teknaf, took both girls, aged 15 and 14, with other passengers by boat to the coast of southern Thailand, where they
were held in a camp until the "grooms" paid. In Malaysia the girls were married to men they had never met and confined
to their houses. The elder girl's mother reported the case to a camp committee after hearing from her daughter on
another passenger's phone. The tribunal sentenced the first accused to life imprisonment and the boatmen to ten years
each.""",
"yes","recruitment","messaging_app","IMO","hunting","yes","forced_marriage",2,"yes","female","cross_border",
"BGD MMR THA MYS",3,"deception abuse_of_vulnerability force",
"Voice messages 'sent' on IMO by the accused in Kuala Lumpur to the girl in Bangladesh -> first contact, hunting (C13), messaging_app (C2: 'messaging app'), cyber_flow yes (C7). Taken from Bangladesh to Malaysia -> cross_border. Confined -> force (judgement call). Aged 14-15 -> minor yes.")

C("H16-068","JOR",2016,"""The Amman Criminal Court convicted a marriage broker and his wife of human trafficking under Law
No. 9 of 2009 on the Prevention of Trafficking in Human Beings and sentenced each to ten years of hard labour. The
case concerned four Syrian girls aged between 14 and 16 living with their families in Irbid and in the Zaatari camp.
The court found that the broker photographed the girls at home, telling their families that he would find them
respectable husbands, and sent the photographs over WhatsApp to men in Saudi Arabia who had asked him for young
brides, with the "dowry" expected for each. Men who chose a girl travelled to Jordan, were married to her in an
unregistered religious ceremony and left after a few weeks; two of the girls were then "married" again to other men
found the same way. The broker kept most of the dowries. The court held that the marriages were a means of sexual
exploitation and that the poverty of refugee families had been exploited.""",
"yes","advertising","messaging_app","WhatsApp","hunting","yes","forced_marriage sexual_exploitation",4,"yes","female",
"cross_border","JOR SYR SAU",2,"deception abuse_of_vulnerability",
"Photos sent on WhatsApp to chosen men in Saudi Arabia -> advertising + hunting (C6), cyber_flow yes (C7). The men had asked the broker for brides in general, not for these girls, so C6 still applies (judgement call). Syrian refugees in Jordan -> cross_border (C8). Aged 14-16 -> minor yes. Court calls the marriages sexual exploitation -> both forms.")

C("H16-069","GTM",2019,"""The First Sentencing Court for Criminal Matters of Guatemala City, in a unanimous judgment, convicted
two members of a street gang of trafficking in persons in the modality of recruitment of minors for criminal
activities (article 202 ter of the Penal Code). Three boys, students in the third year of basic education at an
institute in Villa Nueva, were contacted in 2018 through Facebook Messenger by the first accused, who offered them
money and telephones to deliver "packages". The boys were then ordered to collect extortion payments from bus
drivers and shopkeepers, and were told that their mothers would be killed if they stopped. One of the boys was
beaten with a bat for keeping part of the money. The boys were detained by the police while collecting a payment and
later gave testimony as victims in a Gesell chamber. The court imposed sentences of 16 years on each accused.""",
"yes","recruitment","messaging_app","Facebook Messenger","hunting","no","forced_criminal_activity",3,"yes","male",
"domestic","GTM",2,"deception threat force",
"'contacted' through Facebook Messenger -> hunting, recruitment (C13); Messenger -> messaging_app (scheme list). Boys in third year of basic education, 'minors' in the charge -> minor yes (C10). Guatemalan boys in Guatemala -> domestic.")

C("H16-070","ECU",2022,"""The Criminal Court with seat in the canton of Guayaquil sentenced two Ecuadorian defendants, a man
and a woman, to 22 years' imprisonment for trafficking in persons for sexual exploitation. The proven facts are as
follows. Between 2020 and 2021 the female defendant contacted four women from Cali and Buenaventura through TikTok,
offering well-paid jobs as content creators in Ecuador. Once in Guayaquil, the women were lodged in a house in the
north of the city and made to record sexual videos that the defendants sold through accounts they managed on a
subscription adult content site, whose subscribers were mostly in the United States and Spain. The defendants kept the
passwords and all the income. When the victims asked for payment, they were told that they first owed USD 2,500 each
for travel and lodging, and the male defendant threatened to send the videos to their families. One victim contacted
the Colombian consulate through a friend.""",
"yes","recruitment exploitation","social_media freestanding_website","TikTok","hunting","yes","sexual_exploitation",4,
"no","female","cross_border","ECU COL USA ESP",2,"deception debt_bondage threat",
"'contacted' via TikTok -> hunting, recruitment (C13). Recorded videos sold through accounts on an adult site -> exploitation only, no advertising (C15); adult site -> freestanding_website (C2). Subscribers in USA/Spain -> cyber_flow yes (C7). Hometowns Cali, Buenaventura -> COL (C8). 'women' -> minor no.")

C("H16-071","TZA",2015,"""The Resident Magistrate's Court of Dar es Salaam at Kisutu convicted a woman who ran an informal
domestic-worker bureau in Sinza of trafficking in persons under the Anti-Trafficking in Persons Act, 2008. Five girls
from Singida region, aged 12 to 16, had been brought to Dar es Salaam by bus on the promise of paid work and schooling.
The accused placed them as house girls with families in the city, collected their wages of TSh 40,000 a month herself
and sent nothing to their parents. The girls worked from dawn until late at night and two were beaten by their
employers. The accused was sentenced to ten years' imprisonment.""",
"no","","","","","no","forced_labour",5,"yes","female","domestic","TZA",1,"deception force",
"No internet. Singida to Dar es Salaam, Tanzanian girls -> domestic. Aged 12-16 -> minor yes. Beatings by the employers she placed them with -> force (means used in the chain, as H16-020; judgement call).")

C("H16-072","BGR",2009,"""Sofia City Court. The three defendants were convicted under article 159b of the Criminal Code
of recruiting and transporting pregnant women across the border for the purpose of selling their children. The court
found that in 2007 and 2008 the defendants found three pregnant women from Roma neighbourhoods in the Burgas region,
one of them aged 17, who were living in extreme poverty, and offered each of them BGN 2,000 to give birth in Greece.
The women were driven to Thessaloniki, kept in a rented apartment until the birth and then taken to a private clinic,
where the newborns were handed over to Greek couples who had paid the defendants up to EUR 20,000 through a lawyer.
The women were returned to Bulgaria with part of the promised money or none. The contacts with the buyers were made in
person and by telephone. Sentences of between four and six years were imposed.""",
"no","","","","","no","other",3,"yes","female","cross_border","BGR GRC",3,"abuse_of_vulnerability deception",
"No internet. Sale of newborns -> form other. Victims counted as the three women named (the court's count). One woman aged 17 -> minor yes. Promised money not paid -> deception.")

C("H16-073","UKR",2021,"""The Shevchenkivskyi District Court of Kyiv found two directors of a recruitment company guilty of
trafficking in human beings under Article 149 of the Criminal Code of Ukraine. From 2019 the company ran a public
channel on Telegram, with tens of thousands of subscribers, in which it posted vacancies for warehouse and meat
processing work in Poland with salaries of up to 25 zloty an hour. Eleven men from the Zhytomyr region who answered
the posts were driven by minibus to the Lodz area, where a Polish partner company housed them in a former hostel.
Their passports were taken "for legalisation", accommodation, transport and "fines" were deducted from their pay, and
they were told that they had to work off the debt for transport before they could leave. The court held that the
accused knew of these conditions from earlier complaints posted by workers in the channel's comments, which they had
deleted.""",
"yes","recruitment","messaging_app","Telegram","fishing","no","forced_labour",11,"no","male","cross_border",
"UKR POL",2,"deception document_retention debt_bondage other",
"Vacancies posted on a Telegram channel and answered -> recruitment, fishing; Telegram -> messaging_app. Channel run from Kyiv, men in the Zhytomyr region: both in Ukraine -> cyber_flow no (C7). Fines -> other. Men -> minor no. Polish partner not charged (C11).")

C("H16-074","LTU",2011,"""Vilnius Regional Court. Four accused were convicted of trafficking in human beings under Article
147 of the Criminal Code for having exploited six men from Kaunas and Jonava, most of them homeless and dependent on
alcohol, for organised shoplifting in Sweden and Norway in 2009 and 2010. The men were offered jobs at a Swedish
sawmill and had their travel paid, which they were then told to repay. In Stockholm and Oslo they were driven to
shopping centres and made to steal razor blades, perfume and clothing according to daily lists. The head of the
group, who remained in Lithuania, gave instructions to the two accused who accompanied the men through Skype chat
and received photographs of the stolen goods. The men were given alcohol and little food and were threatened with
beatings if they refused.""",
"yes","logistics","messaging_app","Skype","","yes","forced_criminal_activity",6,"no","male","cross_border",
"LTU SWE NOR",4,"deception debt_bondage threat abuse_of_vulnerability",
"Skype chat between the head in Lithuania and accused in Sweden/Norway = offender-to-offender -> logistics (nothing else applies), cyber_flow yes (C7/C14). Skype chat -> messaging_app (scheme list). Men -> minor no. Alcohol dependence used -> abuse_of_vulnerability; alcohol supply not coded drugs (judgement call).")

C("H16-075","HUN",2019,"""Budapest-Capital Regional Court (Fovarosi Torvenyszek). The court convicted two accused, a
man and his female partner, of trafficking in human beings and of exploitation of child prostitution, and sentenced
them to eight and six years. Two girls aged 15 and 16 who lived in a children's home in Szabolcs-Szatmar-Bereg county
were persuaded by the female accused, who had lived in the same home years earlier, to come to Budapest with promises
of a flat and work in a bar. In Budapest the accused created profiles of the girls on an adult dating site, showing
their photographs with ages given as 19 and 20, and offered paid "meetings" to the men who wrote to the profiles. The
girls had to hand over the money and were not allowed to go back to the home. The court found that the accused had
used the girls' lack of family support and their trust in the female accused.""",
"yes","advertising","dating","","fishing","no","sexual_exploitation",2,"yes","female","domestic","HUN",2,
"deception abuse_of_vulnerability",
"Profiles created on 'an adult dating site' offering paid meetings, men wrote to them -> advertising, fishing; 'a dating site' -> dating (C2). Recruitment in person. Real ages 15-16 (false ages in profiles ignored) -> minor yes. Hungarian girls in Hungary -> domestic.")

C("H16-076","SRB",2013,"""Higher Court in Belgrade. The court convicted three accused, members of one family, of human
trafficking (article 388 of the Criminal Code). In 2011 the first and second accused paid the parents of a 14-year-old
girl from Nis EUR 4,000 for her "marriage" to their son, the third accused, then 19. After the customary ceremony the
girl was made to do all the housework and, from the first weeks, to steal wallets on trams in Belgrade, handing the
takings to her mother-in-law. She was beaten when she brought back too little and told that her family would have to
repay the bride price if she left. She escaped to a police station after eight months. The defence argued that the marriage followed a custom of
the accused's community and that the family had treated the girl as a daughter-in-law. The court held that no custom
could justify the purchase of a child and her use for theft, and noted that the girl had been taken out of school in
the fifth grade.""",
"no","","","","","no","forced_marriage forced_criminal_activity",1,"yes","female","domestic","SRB",3,
"force threat abuse_of_vulnerability",
"No internet. Bride price paid, child married and made to steal -> forced_marriage + forced_criminal_activity. Threat of repaying the bride price -> threat (not a debt she owed: judgement call). Aged 14 -> minor yes.")

C("H16-077","TUR",2021,"""Antalya 5th High Criminal Court. Four defendants were sentenced to between eight and twelve years'
imprisonment for human trafficking under article 80 of the Turkish Penal Code. According to the reasoned judgment,
the first defendant posted advertisements on Instagram in Russian offering jobs as nannies and hotel animators in
Antalya with a salary of USD 1,200, and several women living in Ashgabat and Mary replied to the posts in 2019 and 2020.
The defendants bought their tickets. On arrival the second defendant took their passports, and the women were told
they owed USD 3,000 each. They were offered to customers through a Telegram channel run by the third defendant, in
which photos and prices were posted, and taken to hotels in Konyaalti and Lara. The fourth defendant drove them and
collected the money. The women were told that they would be handed over to the police as illegal workers if they
tried to leave. The court found the Instagram and Telegram material recovered from the defendants' phones decisive.""",
"yes","recruitment advertising","social_media messaging_app","Instagram|Telegram","fishing","yes",
"sexual_exploitation","unknown","no","female","cross_border","TUR TKM",4,
"deception document_retention debt_bondage threat",
"Job ads posted on Instagram from Turkey, answered by women in Ashgabat/Mary -> recruitment, fishing, cyber_flow yes (C7). Photos and prices posted in a Telegram channel -> advertising, fishing. Hometowns Ashgabat, Mary -> TKM (C8). 'several women' -> victims unknown (C12); 'women' -> minor no.")

C("H16-078","DOM",2018,"""The First Collegiate Criminal Court of the Judicial District of Santiago convicted a Dominican
man and his Haitian partner of trafficking in persons under Law 137-03. The court found that in 2016 the defendants
brought seven children from villages near Ouanaminthe, Haiti, across the border at Dajabon, telling their parents that
the children would be sent to school in Santiago. Instead the children, aged between 7 and 13, were sent out every day
to beg and to sell sweets at traffic lights in the city centre, and had to hand over everything they earned. They slept
on the floor of a single room and were hit with a belt when they returned with little money. The sentence was 15 years
for each defendant.""",
"no","","","","","no","forced_begging",7,"yes","","cross_border","DOM HTI",2,"deception force",
"No internet. Children from Haiti -> cross_border (C8). Aged 7-13 -> minor yes. Sex of the children not stated -> victim_sex empty. Begging + selling sweets -> forced_begging (judgement call; selling sweets could be forced_labour).")

C("H16-079","MAR",2023,"""The Criminal Chamber of First Instance at the Court of Appeal of Marrakech sentenced two men to
ten and six years' imprisonment for human trafficking under Law 27-14. The investigation established that in 2022 the
first defendant sent messages from several false Instagram accounts to three girls from Marrakech and Safi, one of
them a student in the second year of baccalaureate and another a minor aged 16, presenting himself as a photographer
and obtaining intimate photos from them. He then threatened to publish the photos unless they met men he chose. The
second defendant sent the girls' pictures by WhatsApp to customers selected from his phone contacts, among them
tourists staying in riads in the medina, and drove the girls to the appointments. The girls were not paid. The
investigation began after one of the girls' fathers found the messages and went to the police.""",
"yes","recruitment advertising","social_media messaging_app","Instagram|WhatsApp","hunting","no",
"sexual_exploitation",3,"yes","female","domestic","MAR",2,"deception threat",
"'sent messages' from Instagram accounts -> hunting, recruitment (C13). Pictures sent by WhatsApp to chosen customers -> advertising + hunting (C6). Tourists were in Morocco -> cyber_flow no. Minor of 16 -> minor yes. Father's report not coded (C3).")

C("H16-080","NAM",2017,"""In the High Court of Namibia, Northern Local Division, Oshakati, the accused, a trader, was
convicted of trafficking in persons under the Prevention of Organised Crime Act 29 of 2004 and sentenced to twelve
years' imprisonment. The evidence was that in 2014 the accused brought four children from Cunene province, Angola,
across the border at Oshikango with the consent of their parents, promising that they would go to school in Namibia.
The children, three boys and a girl aged 10 to 15, were made to sell fruit and cold drinks at the Oshakati open market
from early morning until dark, were given one meal a day, and were beaten with a hosepipe when sales were low. None
of them was enrolled in school.""",
"no","","","","","no","forced_labour",4,"yes","male female","cross_border","NAM AGO",1,"deception force",
"No internet. Children from Cunene province, Angola -> cross_border (C8). Aged 10-15 -> minor yes. Street vending -> forced_labour.")
