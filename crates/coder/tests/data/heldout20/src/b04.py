from lib import C

C("H20-061","EST",2020,"""In passing sentence the Viru County Court observed that the defendant, the owner of a forestry
contracting firm in Rakvere, had placed advertisements on the Ukrainian classifieds site OLX in 2018 offering
tree-felling work in Estonia at EUR 1,400 a month with free housing, and that eight men from the Zhytomyr and
Rivne regions answered them. The court found that on arrival he took their passports 'for the work permits',
lodged them in an unheated barrack in the forest, deducted EUR 900 from each man's first wages for the bus
journey and the permits and paid them, at best, EUR 200 a month. The court held that by deceiving the men about
the conditions, withholding their documents and keeping them in debt he had placed them in a situation of
dependence amounting to human trafficking under section 133 of the Penal Code, and imposed four years'
imprisonment, of which two years are to be served.""",
"yes","recruitment","classified_ads","OLX","fishing","yes","forced_labour",8,"no","male","cross_border","EST UKR",1,
"deception document_retention debt_bondage",
"Ads on the classifieds site OLX answered by the men -> recruitment, classified_ads, fishing (C13). Employer in Estonia, men in Ukraine -> cyber_flow yes (C7). Men -> minor no.")

C("H20-062","PHL",2021,"""The Regional Trial Court of Cauayan City, Isabela, found both accused guilty of qualified
trafficking in persons under Republic Act No. 9208, as amended by Republic Act No. 10364. The prosecution proved
that the first accused approached three women from barangays in Cauayan and Reina Mercedes, aged 19 to 24 and from
farming families in debt, and told them that Chinese men were looking for Filipina wives who would live in comfort
and send money home. She photographed them and sent the photographs over WeChat to the families of prospective
husbands in Hebei Province, who chose the women and paid her PHP 150,000 for each. The second accused arranged
tourist visas and escorted the women to Guangzhou. There they were married to men they had never met, kept inside
the husbands' houses, made to work in the fields and in the houses without pay, and told that the families had
'paid for them'. Each accused was sentenced to life imprisonment and a fine of PHP 2 million.""",
"yes","advertising","messaging_app","WeChat","hunting","yes","forced_marriage forced_labour",3,"no","female",
"cross_border","PHL CHN",2,"deception abuse_of_vulnerability force",
"Photos sent over WeChat to the families of prospective husbands, who chose the women -> offers to chosen buyers: advertising + hunting (C6; open point on buyers named 'families', C6 as the annotators did). Philippines to China -> cyber_flow yes (C7). Kept inside the houses -> force (confinement). Unpaid field and house work -> forced_labour beside forced_marriage.")

C("H20-063","BGR",2024,"""The Sliven District Court sentenced the two defendants, a mother and son from Nova Zagora, to four and
three years' imprisonment in 2024 for trafficking a man abroad for begging (Article 159b of the Criminal Code). The
victim, a 34-year-old man from the same town with a mild intellectual disability, had been found by Greek police
in Larissa in 2023, begging outside a supermarket, without his identity card, which the son kept. He had been
taken to Greece in 2021 by the son on the promise of a job at a car wash. The court heard that in the two years in
between the mother wrote letters to the victim's elderly father, delivered by post, saying that his son was
working well and could not come to the telephone; the son collected the money the victim was made to beg for
each evening.""",
"no","","","","","no","forced_begging",1,"no","male","cross_border","BGR GRC",2,
"deception abuse_of_vulnerability document_retention",
"Letters by post only -> no internet. Man aged 34 -> minor no. Intellectual disability exploited -> abuse_of_vulnerability. Moved from Bulgaria to Greece -> cross_border.")

C("H20-064","CAN",2015,"""Court of Quebec, Criminal and Penal Division, district of Saint-Hyacinthe (translation). The
accused, who was twenty-four years old at the time of the events, pleaded not guilty to charges of trafficking in
persons under the age of eighteen years (section 279.011 of the Criminal Code) and of receiving a material benefit
from that trafficking, and the Court, having heard the complainant, the investigators of the Surete du Quebec and
the accused himself, concludes that the prosecution has proved beyond a reasonable doubt that in the autumn of
2013 the accused, who used the pseudonym 'Kingz', wrote to the complainant, then fourteen years old and living in
a group home in Saint-Hyacinthe, in the chat of the online game Clash of Clans, in which she belonged to a clan
that he later joined, that he offered her gems, the currency of that game, which he bought for her on several
occasions, and that over the following weeks he presented himself as her boyfriend, until she agreed, in January
2014, to run away from the group home and join him in an apartment in Longueuil. The Court further concludes that
the accused, having told the complainant that they needed money to live together and that she owed him for the
gifts he had given her, photographed her and published advertisements offering her sexual services on the
classified-ads site LeoList, that he answered the clients himself and drove her to them in hotels on the South
Shore, that he kept all the money, which amounted to several thousand dollars, and that when she wanted to go
back he threatened to show the photographs to her mother and struck her. The Court does not believe the accused
when he says that he thought she was nineteen, since he knew from the game's chat that she was in secondary
three. The accused is found guilty on both counts.""",
"yes","recruitment advertising","unspecified classified_ads","Clash of Clans|LeoList","hunting fishing","no",
"sexual_exploitation",1,"yes","female","domestic","CAN",1,
"deception debt_bondage threat force abuse_of_vulnerability",
"He 'wrote to' her in an online game's chat and groomed her -> hunting, recruitment (C13); a game has no scheme type -> unspecified (judgement call). Ads on the classified-ads site LeoList -> advertising, classified_ads, fishing. Aged 14 -> minor yes. Living in a group home -> abuse_of_vulnerability. 'owed him for the gifts' -> debt_bondage.")

C("H20-065","POL",2013,"""When the police entered a farm workers' house near Venlo in the Netherlands in March 2012, they found
five Polish men who had not been paid for six months. The Regional Court in Torun, which in 2013 convicted the two
defendants from Grudziadz of trafficking in human beings (Article 189a of the Criminal Code), established that
the defendants had recruited the men in 2011 at homeless shelters and a soup kitchen in Grudziadz, promising
well-paid work picking mushrooms, and had taken their identity cards 'to register them with the Dutch agency'.
From Poland, the defendants held Skype video calls with the men every evening, made them show the house and
report on the day's work, and threatened them when they talked of leaving; the men's wages were paid into accounts
the defendants controlled, and the men were told they still owed for their travel. Several of the men were
dependent on alcohol, which the court considered the defendants had exploited.""",
"yes","logistics","messaging_app","Skype","","yes","forced_labour",5,"no","male","cross_border","POL NLD",2,
"deception abuse_of_vulnerability document_retention threat debt_bondage other",
"Skype video calls from Poland to watch and control the men in the Netherlands -> messaging_app (Skype), logistics (judgement call: remote control of victims; not webcam_livestream since the exploitation is not on camera). Offenders and victims in different countries linked online -> cyber_flow yes (C7). Recruitment in person. Homeless, alcohol-dependent men -> abuse_of_vulnerability; nightly monitoring -> other.")

C("H20-066","USA",2011,"""Our center assisted nine Filipino men who had answered job posts that a Mississippi labor broker
placed in a Facebook group for overseas workers in the Philippines. In Gulfport they found no hotel jobs, only
unpaid laundry work, passports in the broker's safe and USD 6,000 'debts' each. The broker was convicted of forced
labor in the Southern District of Mississippi in 2011.""",
"yes","recruitment","social_media","Facebook","fishing","yes","forced_labour",9,"no","male","cross_border","USA PHL",1,
"deception document_retention debt_bondage",
"Job posts placed in a Facebook group, men answered -> recruitment, fishing (C13). Broker in the USA, group for workers in the Philippines -> cyber_flow yes (C7). Men -> minor no.")

C("H20-067","MAR",2019,"""In 2019 the Court of First Instance of Meknes convicted three defendants, two Moroccan men and a woman
from Cote d'Ivoire, of trafficking in human beings under Law 27-14. Four women from Cote d'Ivoire, who had come to
Morocco hoping to reach Spain, were housed by the Ivorian defendant in an apartment in the Hamria district, told
that they owed her MAD 20,000 each for their journey from Abidjan and their keep, and had their passports taken.
The two Moroccan defendants photographed the women and advertised them as 'African masseuses' on the classified
advertisements site Avito, and took them to clients who called the number in the listings. The women were
threatened with being handed to the police for deportation. Sentences of six, five and five years were imposed.""",
"yes","advertising","classified_ads","Avito","fishing","no","sexual_exploitation",4,"no","female","cross_border",
"MAR CIV",3,"debt_bondage document_retention threat abuse_of_vulnerability",
"Listings on the classifieds site Avito, clients called -> advertising, classified_ads, fishing. Ivorian women in Morocco -> cross_border (C8). Migrants in transit threatened with deportation -> abuse_of_vulnerability. No deception stated.")

C("H20-068","SAU",2007,"""Bill of indictment, Bureau of Investigation and Public Prosecution, Al-Ahsa, 2007. Defendants: (1) a
Saudi national, 35; (2) and (3) two Yemeni nationals. Charges: sheltering absconded female domestic workers and
exploiting them in vice; operating an internet website for immoral purposes; harbouring persons residing
unlawfully. Facts: between 2005 and 2006 the defendants gathered five women from Indonesia and Ethiopia who had
left their employers, lodged them in a rest house in Hofuf and made them receive men. The first defendant operated
an escort website, hosted abroad, on which the women were offered with photographs and prices; the second and
third defendants drove customers who had answered the website to the rest house and collected the payments. The
women were told that they would be handed to the police as absconders if they refused.""",
"yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",5,"no","female","cross_border",
"SAU IDN ETH",3,"threat abuse_of_vulnerability",
"An escort website operated by the first defendant -> freestanding_website (C2, C15), advertising, fishing (customers answered). Hosting abroad is no party's location -> cyber_flow no (C14). Women who had absconded, threatened with the police -> abuse_of_vulnerability, threat. Foreign women -> cross_border (C8).")

C("H20-069","FRA",2011,"""The Court of Appeal of Agen, confirming the judgment of the criminal court of Montauban, recalls that
the investigation established that the three defendants, two men and a woman of Bulgarian nationality, brought four
young Bulgarian women aged 19 to 23 from the region of Sliven to Montauban in 2009 and 2010 and placed them on the
roadside along the departmental road towards Toulouse, where they prostituted themselves under the supervision of
the woman. The telephone interceptions showed that the defendants managed the women entirely by mobile phone calls
and text messages, fixing the sums to be paid each night, and the women stated that they had been beaten when they
earned too little and that the debt of EUR 2,000 for the journey was never considered repaid. The court confirms
the sentences of five, four and three years for aggravated pimping and trafficking in human beings.""",
"no","","","","","no","sexual_exploitation",4,"no","female","cross_border","FRA BGR",3,"force debt_bondage",
"Mobile phone calls and text messages only -> internet no. 'young Bulgarian women aged 19 to 23' -> ages given, minor no (C10). Beatings -> force.")

C("H20-070","IDN",2025,"""A man from Cirebon has been jailed for nine years after a court found he turned a 16-year-old girl he
met on a dating app into a source of income. Judges at the Sumber District Court heard that the 27-year-old
messaged the girl on Tantan in early 2024, pretended to be a university student and became her boyfriend. Weeks
later he moved her into a boarding house, saying they were saving to marry. He then used the messaging app MiChat
to look for men nearby and sent them her photographs and a price, before taking her to budget hotels to meet them.
He kept the money and threatened to spread intimate pictures of her if she told her family. Police traced him after
a hotel receptionist became suspicious. He was convicted under the Law on the Eradication of Trafficking in Persons
and the Child Protection Law.""",
"yes","recruitment advertising","dating messaging_app","Tantan|MiChat","hunting","no","sexual_exploitation",1,"yes",
"female","domestic","IDN",1,"deception threat",
"He 'messaged the girl on Tantan' -> first contact, hunting, recruitment (C13); Tantan -> dating. On MiChat he sent her photos and a price to men he looked for -> offers to chosen buyers: advertising + hunting (C6), MiChat -> messaging_app. Aged 16 -> minor yes.")

C("H20-071","FIN",2014,"""The accused, a 24-year-old man from Kajaani, contacted a 15-year-old girl on the social networking site
IRC-Galleria in 2012, persuaded her to send him nude pictures and then told her that he would send them to her
school unless she did as he said. Over four months he placed advertisements for encounters with 'a young girl' on
an online sex contact site and sent her to meet men who answered them, taking the money. The Kainuu District Court
convicted him of aggravated trafficking in human beings (Criminal Code, chapter 25, section 3a) and sentenced him
to four years and six months' imprisonment; the Rovaniemi Court of Appeal upheld the judgment.""",
"yes","recruitment advertising","social_media freestanding_website","IRC-Galleria","hunting fishing","no",
"sexual_exploitation",1,"yes","female","domestic","FIN",1,"threat",
"'contacted' the girl on IRC-Galleria, a social networking site -> hunting, recruitment (sextortion; C13). Ads on 'an online sex contact site' -> freestanding_website (C2: a sex site), advertising, fishing. Aged 15 -> minor yes.")

C("H20-072","RUS",2016,"""Summary of the Department of the Interior for the city of Tolyatti, Samara region, 2016. Two suspects, a
woman of 44 and her son of 23, ran a brothel in a rented house in the Avtozavodsky district from 2014. Five women
from the Fergana region of Uzbekistan were brought there on the promise of jobs in a bakery; their passports were
taken by the woman, they were told they owed 50,000 roubles each and were beaten when they refused clients.
Customers came by recommendation and telephoned the son, and paid either in cash or by transfer to the suspects'
Qiwi wallet. A criminal case has been opened under Articles 127.1 and 241 of the Criminal Code.""",
"yes","logistics","unspecified","Qiwi","","no","sexual_exploitation",5,"no","female","cross_border","RUS UZB",2,
"deception document_retention debt_bondage force",
"Customers paying into the suspects' Qiwi wallet -> the offenders' internet use (C16), online payment service unspecified (C1), logistics as no other purpose applies. Customers by recommendation and telephone. Uzbek women -> cross_border.")

C("H20-073","LKA",2019,"""Our child protection officers in Puttalam district supported two girls, aged 15 and 16, in the case that
ended this year at the High Court of Chilaw. The accused, a 30-year-old man who called himself a 'talent manager',
met the girls at a tuition class and offered to make them famous. He opened accounts for them on the live-streaming
app Bigo Live and, from a room he rented, made them dance and undress during live broadcasts for viewers who sent
paid virtual gifts, which he converted into cash and kept. When they refused, he threatened to upload the
recordings to YouTube. He was convicted of trafficking under section 360C of the Penal Code and of sexual
exploitation of children and sentenced to 12 years.""",
"yes","exploitation","webcam_livestream","Bigo Live","","no","sexual_exploitation",2,"yes","female","domestic","LKA",1,
"deception threat",
"Undressing in live broadcasts on Bigo Live for paying viewers -> exploitation, webcam_livestream. Threat to upload to YouTube not carried out -> YouTube not coded (C4). Viewers' location not stated -> domestic, cyber_flow no (C8, C14). Aged 15 and 16 -> minor yes.")

C("H20-074","CHN",2011,"""The Intermediate People's Court of Linyi sentenced three traffickers to terms of between ten years and
death with reprieve, and the purchaser to three years, for the abduction and sale of a 19-year-old woman from Guangxi
in 2009 (Articles 240 and 241 of the Criminal Law). She was rescued in 2010, after sending a QQ message from her
husband's phone to a cousin in Nanning asking for help; the cousin went to the police. According to the judgment,
the three defendants had met her at a labour market in Nanning, promised her factory work in Shandong, and sold her
for CNY 30,000 to a farmer in a village in Linyi, who married her and locked her in the house.""",
"no","","","","","no","forced_marriage",1,"no","female","domestic","CHN",4,"deception force",
"The victim's own QQ message asking for help -> not coded (C3). Purchaser tried in the same case -> counted, offenders 4 (C11). Aged 19 -> minor no. Within China -> domestic.")

C("H20-075","MEX",2019,"""The Collegiate Court of Oral Trial of the judicial district of Comondu, Baja California Sur, having
assessed the evidence presented at the hearing, considered it proved that the three accused, one of whom worked as
a recruiter ('enganchador') in the municipality of Tlapa de Comonfort, Guerrero, where, going from house to house
in the communities of the Montana region, he offered families work in the harvest of tomatoes with wages of 250
pesos a day, housing and food, transported twenty-seven persons, among them eleven boys and girls between seven
and fifteen years of age, in a bus to a field near Ciudad Constitucion, where the other two accused, the foreman
and the owner of the field, kept them in a camp surrounded by wire and guarded by armed men, obliged them to buy
food in the company store at prices that left them always in debt, and made the children work alongside their
parents from sunrise; and that these facts constitute the offence of trafficking in persons for forced labour
under the General Law of 2012, for which it imposed sentences of twenty years.""",
"no","","","","","no","forced_labour",27,"yes","male female","domestic","MEX",3,
"deception force debt_bondage threat",
"Recruitment house to house, no technology -> internet no. 'boys and girls between seven and fifteen' -> minor yes, both sexes. Camp fenced and guarded -> force; armed guards -> threat (judgement call); company store debts -> debt_bondage. Guerrero to Baja California Sur -> domestic.")

C("H20-076","RUS",2019,"""The judicial chamber of the Sverdlovsk Regional Court, having examined the appeal of the defence,
found no grounds to quash the verdict of the Pervouralsk City Court. Contrary to the appeal, the hearing of one of
the victims by videoconference from Hanoi, with the participation of an interpreter, did not violate the right of
the accused to question her. The verdict rests on consistent testimony that the two accused, the owner of a sewing
workshop and her manager, employed six citizens of Vietnam, four women and two men aged 20 to 35, in 2017 and
2018, having promised them wages of USD 700; took their passports; made them work and sleep in the workshop; and
told them they could leave only after repaying USD 5,000 each for their travel, threatening to hand them to the
migration service. The sentences under Article 127.1 of the Criminal Code are fair.""",
"no","","","","","no","forced_labour",6,"no","female male","cross_border","RUS VNM",2,
"deception document_retention debt_bondage threat",
"The only internet-based act is a victim's testimony by videoconference, the court's use -> not coded (C3). Aged 20-35 -> minor no. Vietnamese workers -> cross_border.")

C("H20-077","LVA",2017,"""Vidzeme District Court, 2017. The defendant, a 29-year-old man from Valmiera, was convicted of human
trafficking under section 154.1 of the Criminal Law and sentenced to six years' imprisonment. He contacted two
women from Valmiera, aged 22 and 25, through Viber in 2015, offering them jobs as hotel cleaners in Germany; he had
been asked on Viber by the keeper of a brothel in Saarbrucken, who paid him EUR 1,000 per woman, to 'find girls'.
In Saarbrucken the women were told that they owed EUR 3,000 each for the journey and were made to provide sexual
services; the brothel keeper threatened to tell their families. The defendant received the payments by bank
transfer.""",
"yes","recruitment","messaging_app","Viber","hunting","yes","sexual_exploitation",2,"no","female","cross_border",
"LVA DEU",1,"deception debt_bondage threat",
"He 'contacted two women ... through Viber' -> hunting, recruitment (C13). The brothel keeper in Germany asked him on Viber -> offender-to-offender link across borders -> cyber_flow yes (C7/C14). Bank transfer without 'online' -> not coded (C1). Aged 22 and 25 -> minor no.")

C("H20-078","LTU",2025,"""Three members of a Kaunas gang who sent homeless men to steal in Swedish supermarkets have been
sentenced to between five and seven years in prison, the Kaunas Regional Court ruled. The court found that the
gang recruited four men aged 38 to 57 at a night shelter in 2023, promising them construction jobs in Sweden, took
their identity cards and drove them to Boras, where they were made to steal cosmetics and razor blades every day.
The stolen goods were sold to a fence in the town, and the men had to send the money at once to the gang leader in
Kaunas through the Revolut app on a phone the gang gave them, keeping nothing. Men who brought too little were
told they would be left in Sweden without documents. Prosecutors said the men's homelessness and alcohol
dependence made them easy targets.""",
"yes","logistics","unspecified","Revolut","","yes","forced_criminal_activity",4,"no","male","cross_border","LTU SWE",3,
"deception document_retention threat abuse_of_vulnerability",
"Proceeds sent through the Revolut app -> online payment service (C1), unspecified, logistics. Victims in Sweden sending to the leader in Lithuania, at the offenders' order -> cyber_flow yes (C7). Forced shoplifting -> forced_criminal_activity. Aged 38-57 -> minor no.")

C("H20-079","USA",2022,"""S.D. Ala., 2022. Labor contractor and two associates (Bayou La Batre) convicted of forced labor
conspiracy (18 U.S.C. 1594(b)). 14 Mexican H-2B workers, men and women aged 22-50, in a network of seafood
plants: peeling shrimp and mending nets, 2019-2021. Contractor charged each worker USD 4,500 in visa application
and recruitment fees, held passports, housed them in trailers on the plant site; wages partly posted by money order
to families in Hidalgo. Workers told they would be reported to ICE if they left. Sentences 97, 46 and 24 months.""",
"no","","","","","no","forced_labour",14,"no","male female","cross_border","USA MEX",3,
"debt_bondage document_retention threat",
"Look-alike words only ('network' of plants, mending 'nets', visa 'application', plant 'site', wages 'posted' by money order) -> no internet; money orders are not an online payment (C1). Aged 22-50 -> minor no.")

C("H20-080","USA",2006,"""In 2006 the defendant pled guilty in the Eastern District of Washington to attempted sex trafficking of
a 15-year-old runaway in Yakima. He let her stay in his motel room, bought her clothes, photographed her and told
her he would post her on Craigslist to pay for the room, but he was arrested before any ad was posted. He was
sentenced to 70 months.""",
"no","","","","","no","sexual_exploitation",1,"yes","female","domestic","USA",1,"abuse_of_vulnerability",
"Ad on Craigslist only announced, arrested before posting -> not coded (C4). Aged 15 -> minor yes. Runaway -> abuse_of_vulnerability.")
