from lib import C

C("H16-021","USA",2022,"""KANSAS CITY, Mo. - A Lee's Summit man pleaded guilty in federal court today to sex trafficking
of a child and production of child pornography. By pleading guilty, Dylan R. Kessler, 27, admitted that in 2020 he
contacted a 14-year-old boy on Snapchat while posing as a 16-year-old girl, exchanged images with him and then
threatened to send them to the boy's parents and classmates unless he did what he was told. Kessler ordered the boy
to perform sexual acts live on camera. He promoted the "private shows" in posts on a public Telegram channel, and
viewers who answered paid him in bitcoin to receive a link to the livestream. Investigators traced paying viewers in
the United States, Canada and Germany. The victim's mother discovered the messages and contacted the National Center
for Missing and Exploited Children. Under the terms of the plea agreement, Kessler faces a mandatory minimum of 15
years in federal prison.""",
"yes","recruitment exploitation advertising","social_media messaging_app webcam_livestream unspecified",
"Snapchat|Telegram|Bitcoin","hunting fishing","yes","sexual_exploitation",1,"yes","male","cross_border",
"USA CAN DEU",1,"deception threat",
"Contacted the boy on Snapchat -> hunting, recruitment (C13). Promoted shows in Telegram posts answered by viewers -> advertising, fishing. Live abuse -> exploitation, webcam_livestream; paying viewers in CAN/DEU -> cyber_flow yes, cross_border (C9). Bitcoin -> unspecified, name kept (C1). Mother's report not coded (C3).")

C("H16-022","IRL",2021,"""The Court of Appeal dismissed an appeal by the appellant against his conviction in the Circuit
Criminal Court for trafficking for the purpose of sexual exploitation under s.4 of the Criminal Law (Human
Trafficking) Act 2008 and for organising prostitution. The prosecution case was that the appellant and a co-accused,
who pleaded guilty, brought five women from Goiania to Ireland between 2017 and 2019, paying their flights and
telling them that they could earn EUR 5,000 a month as escorts and keep half. In Ireland the women were moved between
apartments in Dublin, Limerick and Athlone, and the appellant placed profiles of them on Escort-Ireland, a paid adult
advertising site, answering calls from clients on a number of "work phones". The women were told they owed EUR 6,000
each for flights and rent, and the debt kept increasing through charges for advertising. The appellant's principal
ground was that the women had known they would work in prostitution and that there could be no trafficking. The
Court held that the women's knowledge of the nature of the work did not prevent a finding that they had been
recruited by deception as to the conditions, and that the debt had been used to control them.""",
"yes","advertising","freestanding_website","Escort-Ireland","fishing","no","sexual_exploitation",5,"no",
"female","cross_border","IRL BRA",2,"deception debt_bondage",
"Profiles on an adult advertising site -> freestanding_website (C2: site type stated), advertising, fishing. Origin told by hometown Goiania -> BRA, cross_border (C8). Co-accused who pleaded guilty counted (C11). 'women' -> minor no.")

C("H16-023","IDN",2019,"""Putusan Pengadilan Negeri Singkawang. The panel of judges declared the two defendants, a
matchmaker (mak comblang) and her husband, proven guilty of the crime of trafficking in persons under Article 2 in
conjunction with Article 4 of Law No. 21 of 2007 and sentenced each to six years' imprisonment and a fine of Rp 200
million. The court found that in 2018 the first defendant messaged three women from Singkawang and Sambas on
WhatsApp, telling them that wealthy men in China wished to marry Indonesian women and would send money to their
families every month. One of them was born in 2003. The defendants sent the women's photographs and personal data
through WeChat to an agent in Hebei Province, who showed them to prospective husbands, and each family was paid Rp 20
million. In China the women were married to the men in ceremonies they did not understand, their passports were kept
by their husbands' families, and they were made to work in the fields and in the house. One of them contacted her
sister through a relative and was repatriated through the Indonesian consulate in Shanghai. The court considered
that the defendants had taken advantage of the economic hardship of the victims' families.""",
"yes","recruitment","messaging_app","WhatsApp|WeChat","hunting","yes","forced_marriage",3,"yes","female",
"cross_border","IDN CHN",2,"deception document_retention abuse_of_vulnerability",
"Messaged the women on WhatsApp -> first contact, hunting, recruitment (C13). Photos sent via WeChat to the agent in China = offender-to-offender (C14): no advertising, cyber_flow yes (C7). Born 2003, offence 2018 -> 15 -> minor yes. Agent not charged (C11).")

C("H16-024","ITA",2016,"""The Tribunal of Lecce convicted several farm owners and the gangmasters who supplied them with workers of
illicit intermediation and labour exploitation and of reduction to slavery (articles 600 and 603-bis of the Criminal
Code). About 30 agricultural labourers from Burkina Faso, Mali and Ghana, all without residence permits, picked
tomatoes and watermelons near Nardo for up to fourteen hours a day at piece rates, from which the gangmasters deducted
EUR 5 a day for transport and EUR 1.50 for each bottle of water. They slept in abandoned farmhouses. Workers who
complained were told they would be reported to the police and expelled. The gangmasters recruited the men in person
at a camp outside the town. Sentences ranged from four to eleven years. The tribunal rejected the argument of
the farm owners that they had paid the gangmasters a fair rate and could not know how the workers were treated,
observing that they saw the workers in their fields every day and that the piece rates they paid were far below the
provincial collective agreement. The workers were admitted as civil parties, and a trade union was awarded damages.""",
"no","","","","","no","forced_labour",30,"no","male","cross_border","ITA BFA MLI GHA","unknown",
"debt_bondage threat abuse_of_vulnerability",
"No internet. 'About 30' -> 30 (C16). 'several farm owners and the gangmasters', no number or names -> offenders unknown (C11). Foreign labourers -> cross_border (C8). Deductions for transport and water -> debt_bondage (judgement call); irregular status exploited -> abuse_of_vulnerability. Men -> minor no.")

C("H16-025","FRA",2018,"""Paris Criminal Court (tribunal correctionnel), 10th chamber. Nine defendants, members of an extended
family established in camps in Seine-Saint-Denis, were convicted of trafficking in human beings in respect of minors,
of organised theft and of criminal association. The investigation began after the metro police noticed that the same
girls, some aged 11 or 12, were repeatedly arrested for pickpocketing on line 1 and gave false identities. The court
found that at least fourteen girls from the region of Tuzla had been brought to France and were required to steal EUR 300 a day from tourists. The heads of each
household received the proceeds and organised the shifts through a WhatsApp group in which the girls' locations and
takings were reported. Girls who brought back too little were beaten or deprived of food, and they were told that the
police would place them in institutions and never let them see their families again. The court sentenced the
principal defendants to seven years and ordered the confiscation of properties in Bosnia and Herzegovina.""",
"yes","logistics","messaging_app","WhatsApp","","no","forced_criminal_activity",14,"yes","female",
"cross_border","FRA BIH",9,"force threat",
"WhatsApp group used among offenders to organise shifts and report takings -> logistics (no other purpose), no strategy, all in France -> cyber_flow no. Origin told by region of Tuzla -> BIH, cross_border (C8). 'at least fourteen' -> 14 (C16). Girls aged 11-12 -> minor yes.")

C("H16-026","KOR",2017,"""Seoul Central District Court, Criminal Division. The three defendants, men in their twenties,
were sentenced to between four and seven years' imprisonment for violations of the Act on the Protection of Children
and Juveniles against Sexual Abuse, including arranging the sale of sex by juveniles. According to the judgment, in
the spring of 2016 the first defendant found a post on Twitter by a girl, then a first-year student at a middle
school in Incheon, who had run away from home and was asking for a place to stay. He wrote to her, invited her to a
motel in Guro and later brought two of her friends, aged 15 and 16. The second and third defendants, pretending to be
the girls, posted messages on a random chat application offering "conditional meetings" and negotiated prices with
the men who replied. The girls were told they could not leave until they had repaid the cost of the motel rooms,
and the first defendant slapped one of them when she tried to call her mother. The court noted that the defendants
had chosen runaway juveniles who had nowhere to go.""",
"yes","recruitment advertising","social_media messaging_app","Twitter","hunting fishing","no",
"sexual_exploitation",3,"yes","female","domestic","KOR",3,"abuse_of_vulnerability debt_bondage force",
"Offender wrote to the girl after her own Twitter post -> hunting (C5), recruitment. Offers posted on 'a random chat application' -> messaging_app (C2), advertising, fishing. First-year middle-school student and ages 15/16 -> minor yes. Motel-room debt -> debt_bondage (judgement call).")

C("H16-027","VNM",2019,"""The People's Court of Lao Cai province sentenced Giang A. S., 24, to 12 years in prison and his aunt
to 9 years for trading in persons under 16 years of age (Article 151 of the 2015 Penal Code). According to the
indictment, in early 2018 S. befriended the victim, a girl born in 2003 from a commune in Bat Xat district, on Zalo
and over several weeks promised to find her a well-paid job in a restaurant near the border. In March 2018 he took her
by motorbike to the aunt's house, from where they crossed the border on foot at night to Hekou, Yunnan. There the girl
was handed to a Chinese man and his mother for 60 million dong as a wife. She escaped after four months and asked a
shopkeeper for help; the Chinese police returned her through the border gate. At trial the defendants confessed. The court found that S. had received 45 million dong of the price and the aunt
15 million, ordered both to pay compensation to the victim, and noted that the girl had left school to follow S.
because he had promised to send money to her parents.""",
"yes","recruitment","messaging_app","Zalo","hunting","no","forced_marriage",1,"yes","female",
"cross_border","VNM CHN",2,"deception",
"Befriended on Zalo -> first contact, hunting (C13), messaging_app. Offender and victim both in Viet Nam when in contact online -> cyber_flow no. Born 2003, taken 2018 -> minor yes. Sold as a wife -> forced_marriage.")

C("H16-028","NOR",2015,"""Oslo District Court (Oslo tingrett) found the two accused, a Romanian married couple, guilty of
human trafficking under section 224 of the Penal Code 1902 for having exploited two relatives, a man with an
intellectual disability and his adult sister, by making them beg. The victims came from a village in Buzau County.
During the winters of 2013 and 2014 they were made to sit outside supermarkets in Grunerlokka and Majorstuen from
early morning until evening. The accused took all the money, gave them little food and hit the brother when he fell
asleep while begging. They were told that they would be left alone in the street without tickets home if they
complained. The court found that the accused knew the brother's limited understanding and the sister's dependence on
them and abused it. The sentences were two years and six months and two years.""",
"no","","","","","no","forced_begging",2,"no","male female","cross_border","NOR ROU",2,
"abuse_of_vulnerability force threat",
"No internet. Victims are Romanian relatives (origin Buzau County) exploited in Norway -> cross_border (C8). Man and 'adult sister' -> minor no.")

C("H16-029","QAT",2022,"""Doha, Court of First Instance (Criminal Circuit). The court convicted the public-relations officer
and the site supervisor of a contracting company of human trafficking under Law No. 15 of 2011 and of violations of
the labour law, and fined the company. Twenty-seven men from Bangladesh, employed as construction workers, had been recruited in 2019
through an agent in Dhaka, who posted job announcements on Facebook for masons and electricians with a salary of
1,800 riyals. The supervisor had e-mailed the agent the "demand list" of trades and the number of workers required.
Each worker paid the agent about USD 5,000, most with loans from relatives. In Qatar they were paid 800 riyals, often
months late, their passports were kept in the company office and the supervisor refused to renew their residence
permits, so that they could not leave the camp without risking arrest. The agent in Dhaka is not before the court.""",
"yes","recruitment","social_media email","Facebook","fishing","yes","forced_labour",27,"no","male",
"cross_border","QAT BGD",2,"deception document_retention abuse_of_vulnerability",
"Agent (acting for offenders, not charged C11) posted job ads on Facebook -> recruitment, fishing. E-mail supervisor (QAT) -> agent (BGD) = offender-to-offender across countries -> cyber_flow yes (C7/C14). Fees paid to the agent with loans from relatives: not debt owed to the exploiters -> no debt_bondage (judgement call). 'men' -> minor no (C10).")

C("H16-030","COL",2021,"""The Specialised Criminal Circuit Court of Bogota convicted three defendants of trafficking in
persons and of abusive sexual acts. The proven facts: the defendants ran a webcam studio in the Chapinero district and
an Instagram account and website presented as a modelling agency, on which they published casting calls for
"webcam models" with guaranteed earnings of 4 million pesos a month. Three women from Maracaibo who had arrived in
Colombia without papers answered the calls in 2020. They were lodged in the studio itself and made to perform sexual
shows in front of cameras for up to twelve hours a day on an international adult webcam site, whose customers were
mostly in the United States and Europe. The defendants kept 80 per cent of the earnings and said the women owed them
for the rooms and equipment; they warned that Migracion Colombia would expel them if they left. The court held that
the women's irregular status and lack of resources had been exploited.""",
"yes","recruitment exploitation","social_media freestanding_website webcam_livestream","Instagram","fishing","yes",
"sexual_exploitation",3,"no","female","cross_border","COL VEN USA",3,
"deception debt_bondage threat abuse_of_vulnerability",
"Casting calls on Instagram and on the offenders' own agency site (C15: freestanding_website) -> recruitment, fishing. Shows on a third-party adult webcam site for customers in the US/Europe -> exploitation, webcam_livestream (+freestanding_website, adult site), cyber_flow yes. Hometown Maracaibo -> VEN, cross_border (C8). 'women' -> minor no.")

C("H16-031","GHA",2016,"""The Circuit Court in Accra convicted a fisherman from Yeji and the woman who had brought children to
him of trafficking under the Human Trafficking Act, 2005 (Act 694). Six boys aged between 8 and 13 from fishing
communities near Keta had been given by their parents to the woman in 2014 on the promise that they would attend
school and learn a trade. Instead they were taken to Lake Volta, where they dived to release tangled nets, paddled
canoes at night and were beaten with paddles when they were slow. They were not sent to school. An NGO rescue team
removed the boys in 2015. The court sentenced both accused to ten years' imprisonment with hard labour.""",
"no","","","","","no","forced_labour",6,"yes","male","domestic","GHA",2,
"deception force abuse_of_vulnerability",
"No internet. Keta to Lake Volta, Ghanaian boys -> domestic (C8). Boys aged 8-13 -> minor yes.")

C("H16-032","NZL",2020,"""The High Court at Blenheim sentenced a labour contractor to eight years and six months'
imprisonment on counts of trafficking in persons under s 98D of the Crimes Act 1961 and of exploiting temporary
workers. Between 2016 and 2018 the defendant, who lived in Marlborough, posted advertisements in Malay-language
Facebook groups offering vineyard work in New Zealand at NZD 25 an hour with visas and accommodation arranged. Nine
Malaysian nationals, six men and three women, paid him fees for "visa processing" and were brought in on visitor
visas. He held their passports, charged rent for overcrowded houses and deducted "loans" from their pay, so that in
some weeks they received nothing, and told them that they would be deported and jailed if they spoke to Immigration
New Zealand. Her Honour rejected the defence that the workers had chosen to work illegally.""",
"yes","recruitment","social_media","Facebook","fishing","yes","forced_labour",9,"no","male female",
"cross_border","NZL MYS",1,"deception debt_bondage document_retention threat",
"Job ads posted in Facebook groups by the offender in NZ and answered from Malaysia -> recruitment, fishing, cyber_flow yes (C7). 'six men and three women' -> minor no (C10). Visa fees paid to him and pay deductions as 'loans' -> debt_bondage.")

C("H16-033","BEL",2014,"""Rechtbank van eerste aanleg Antwerpen, correctional chamber. The two accused, the manager of a
Thai massage salon in Berchem and her Belgian partner, were convicted of trafficking in human beings and of
exploitation of prostitution. Five Thai women had been brought to Belgium on tourist visas in 2011 and 2012. They
were told on arrival that they owed EUR 12,000 each for the journey, and their passports were kept in the salon's
safe. The salon offered "erotic massage" in advertisements placed every week in the classified pages of a regional
newspaper and in a free local advertising paper, with the salon's telephone number. The women lived in the rooms
upstairs. The partner admitted that he had written the advertisements but denied knowledge of the debts. The court
found that the women had been recruited with promises of work in a restaurant. Sentences of 40 months and 30 months
were imposed, part suspended.""",
"no","","","","","no","sexual_exploitation",5,"no","female","cross_border","BEL THA",2,
"deception debt_bondage document_retention",
"Print newspaper classifieds only -> internet no. 'Thai women' -> cross_border (C8), minor no (C10).")

C("H16-034","POL",2012,"""Regional Court in Rzeszow (Sad Okregowy), II Criminal Division. The accused were a man who lived in
Westland in the Netherlands and two associates in Poland. The court established that in 2009 and 2010 the first
accused posted offers of work in Dutch greenhouses on a job board, promising EUR 9 an hour, housing and transport.
Seventeen men, most of them long-term unemployed and several homeless, answered the offers and were driven to the
Netherlands by the second accused. There they were housed twelve to a room, their identity cards were taken "for
registration", and the costs of housing, transport and fines were deducted so that most of them were in debt to the
accused. Men who wanted to return were told they would first have to pay off the debt, and one was beaten by the
third accused. The court sentenced the accused to five, three and two years' imprisonment.""",
"yes","recruitment","job_portal","","fishing","yes","forced_labour",17,"no","male","cross_border",
"POL NLD",3,"deception debt_bondage document_retention force threat abuse_of_vulnerability other",
"Job offers posted on 'a job board' -> job_portal (C2), recruitment, fishing. Poster lived in the Netherlands, victims in Poland -> online link across countries, cyber_flow yes (C7). Polish men taken to NLD -> cross_border. Fines -> other. Men -> minor no.")

C("H16-035","TWN",2013,"""Taiwan Taichung District Court, criminal judgment. Six defendants, two brokers and four men who
had entered into sham marriages, were convicted under the Human Trafficking Prevention Act and the Criminal Code.
The court found that between 2010 and 2012 the brokers arranged for eight women from Fujian province to enter Taiwan
as the spouses of the four men, who were each paid NT$100,000. The brokers exchanged the women's details, travel
dates and payments with a partner in Fuzhou through QQ. On arrival the women's entry permits and identity cards were
taken, and they were told that they owed NT$300,000 each for the marriage arrangements. They were sent to work in
karaoke bars and to provide sexual services to customers in hotels. The brokers received between 50 and 60 per cent
of each payment. The brokers were sentenced to seven years and six years, and the sham husbands to between ten and
fourteen months.""",
"yes","logistics","messaging_app","QQ","","yes","sexual_exploitation",8,"no","female","cross_border",
"TWN CHN",6,"deception debt_bondage document_retention",
"QQ used between brokers in Taiwan and a partner in Fuzhou -> offender-to-offender (C14): logistics, cyber_flow yes (C7). Women from Fujian -> CHN, cross_border (C8). Sham husbands are defendants -> 6 (C11). 'women' -> minor no.")

C("H16-036","ARG",2019,"""Federal Oral Criminal Tribunal of Comodoro Rivadavia. The tribunal convicted the owner of a
nightclub, his partner and the club's manager of trafficking in persons for sexual exploitation, aggravated by the
number of victims and by the minority of one of them (Law 26.364 as amended by Law 26.842). Six women were rescued in
a raid in 2016: five had been recruited in Obera and Posadas, in the province of Misiones, and one in Encarnacion,
across the river. One of them was 17. They were offered work as waitresses and paid fares to Chubut, which they were
then told to repay. The club advertised "new girls" in the classified section of the local newspaper. The owner had
registered an internet domain for the club and told the investigators that he intended to put the women's photos
online, but no website was ever published. The victims' documents were held by the manager.""",
"no","","","","","no","sexual_exploitation",6,"yes","female","cross_border","ARG PRY",3,
"deception debt_bondage document_retention",
"Print classifieds; website only intended, never published -> not coded (C4) -> internet no. One woman recruited in Encarnacion (Paraguay) -> cross_border (C8: any foreign victim). One aged 17 -> minor yes.")

C("H16-037","SAU",2021,"""The Criminal Court in Riyadh convicted a Saudi employer and a recruitment-office employee of
trafficking in persons under the Anti-Trafficking in Persons Law (Royal Decree M/40 of 1430H). The court found that
the employer kept a domestic worker, a woman from the Oromia region of Ethiopia locked inside his house for fourteen months,
held her passport, and paid her no wages, and that in 2020 he posted an advertisement on the Haraj classifieds app
offering to "transfer" her to another household for 25,000 riyals. The second defendant answered the advertisement
on behalf of a client and arranged the handover. The worker escaped before the transfer took place and reached the
Ethiopian consulate. The employer claimed that he had merely sought to transfer the worker's sponsorship lawfully.
The court held that offering a person for a price in a public advertisement, while her passport was held and she was
confined, amounted to the sale of a human being. The court sentenced the employer to three years' imprisonment and a fine, and the office
employee to one year.""",
"yes","advertising","classified_ads","Haraj","fishing","no","forced_labour",1,"no","female","cross_border",
"SAU ETH",2,"force document_retention",
"Ad on the Haraj classifieds app offering the worker -> advertising, classified_ads, fishing (C13: posting suffices). Victim from the Oromia region -> ETH, cross_border (C8). Locked in -> force (judgement call). 'a woman' -> minor no (C10). Transfer never happened but the ad was posted (C4: act carried out).")

C("H16-038","ISR",2008,"""Tel Aviv-Jaffa District Court. The four defendants were convicted, on the basis of a plea
agreement, of trafficking in persons for the purpose of prostitution (section 377A of the Penal Law) and of holding a
person under conditions of slavery. The women, seven in number, came from Ukraine and Moldova. They were recruited in
2005 and 2006 with offers of work in hotels, flown to Cairo and taken across the Sinai border on foot by Bedouin
smugglers. In Israel they were sold to the first defendant, who operated apartments in south Tel Aviv, for USD 8,000
to 10,000 each. Their passports were taken, they were told that the purchase price was their debt, and they were
beaten when they refused customers. The court imposed sentences of between four and twelve years. In passing sentence the court referred to the
auction at which the women had been sold, describing it as a market in human beings, and rejected the argument of
the second defendant that he had only rented out the apartments. Each complainant was awarded compensation of
NIS 60,000, the maximum then permitted.""",
"no","","","","","no","sexual_exploitation",7,"no","female","cross_border","ISR UKR MDA EGY",4,
"deception debt_bondage document_retention force",
"No internet. Transit Egypt named -> EGY in countries. 'The women' -> minor no (C10).")

C("H16-039","UGA",2022,"""Facts: The accused, a self-styled pastor, and his wife brought eleven children from Napak and
Moroto districts in Karamoja to Kampala in 2020, telling their parents that the children would attend a church
school. The victims, boys and girls aged between 6 and 12, were instead sent out each day to beg at traffic lights in
Kisenyi and Kampala Road and had to hand over at least 10,000 shillings each evening. Children who failed were caned
and denied supper. They slept on the floor of a single room. The children were identified by the Kampala Capital
City Authority during a street operation. Decision: The Chief Magistrate's Court at Mengo convicted both accused of
aggravated trafficking in children under the Prevention of Trafficking in Persons Act, 2009, and sentenced them to
fifteen years' imprisonment each.""",
"no","","","","","no","forced_begging",11,"yes","male female","domestic","UGA",2,
"deception force abuse_of_vulnerability",
"No internet. Karamoja to Kampala, Ugandan children -> domestic (C8). Aged 6-12 -> minor yes.")

C("H16-040","DNK",2020,"""The City Court of Copenhagen (Kobenhavns Byret) convicted three accused of human trafficking
under section 262a of the Criminal Code and of fraud. Four homeless men from Romania had been recruited in Bucharest
in 2018 with promises of jobs in a warehouse. In Denmark the accused registered the men at addresses they controlled,
obtained Danish personal identification numbers and digital signatures for them, and kept their identity cards and
bank cards. The accused then sat the men in front of a laptop and made them apply online, with their own digital
signatures, for quick loans and consumer credit with several lenders, the money being paid into accounts the accused
controlled. The men were given occasional
cleaning work for no pay and told that they would be reported to the police for the loans if they left. The court
found that the men had been used as instruments of fraud and that their dependence on the accused had been
exploited.""",
"yes","exploitation","unspecified","","","no","forced_criminal_activity",4,"no","male","cross_border",
"DNK ROU",3,"deception document_retention threat abuse_of_vulnerability",
"Victims made to apply online for fraudulent loans = forced online fraud, the exploitation itself online -> exploitation (scheme: 'victims forced to run online scams'); lenders unnamed -> unspecified (C2). Recruited in person -> no strategy. Men -> minor no.")
