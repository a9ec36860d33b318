from h import C
C(81, "PHL", 2014, """The Regional Trial Court of Cebu City, Branch 11, convicted a live-in couple, Ramil and Josephine
Abella, of qualified trafficking in persons and sentenced each to life imprisonment and a fine of P2,000,000. The
prosecution evidence, including the testimony of the victims and of agents of the Women and Children Protection Center,
showed that from 2011 until their arrest in 2013 the accused used a rented house in Barangay Pasil as a so-called
'cybersex den', where five victims, three girls aged 13 to 16 and two women aged 19 and 20, all from poor families in the
neighbourhood, were made to undress and perform sexual acts in front of a webcam during Skype video calls with foreign
customers, among them men in the United Kingdom, the United States and Sweden. The customers sent payments through
remittance centres to Josephine Abella. The accused gave the victims 100 to 300 pesos per show. The court held that the
consent of the adult victims was immaterial given their dependence on the accused.""",
"yes", ["exploitation"], ["webcam_livestream"], ["Skype"], [], "yes", ["sexual_exploitation"], 5, "yes", ["female"],
"cross_border", ["PHL", "GBR", "USA", "SWE"], 2, ["abuse_of_vulnerability"],
"C9: shows streamed to buyers abroad -> cross_border + cyber_flow yes; Skype video calls used to exploit -> webcam_livestream; who contacted whom not stated -> no strategy; remittance centres not online (C1)")

C(82, "ROU", 2020, """The Bucharest Court of Appeal, deciding on appeals in a DIICOT case, upheld the conviction of the
administrator of a 'videochat studio' in Bucharest's Sector 3 and of two of her employees for trafficking in persons and
constitution of an organised criminal group, with sentences of six years, four years and three years and six months.
The court found that in 2017 and 2018 the defendants placed advertisements on OLX for 'online chat operators, no
experience required, income of up to 2,000 euros'. Seven young women, aged 18 to 24, who responded to the advertisements
were trained and then required to perform sexual shows in front of webcams for adult webcam sites whose paying members
were mainly in Germany, the United Kingdom and the United States. The defendants kept 70 to 80 per cent of the income,
imposed 'fines' for missed hours that left some women in debt to the studio, and threatened to send recordings of the
shows to the women's families if they left. The court noted that the activity of webcam studios is not in itself illegal
in Romania, but that the means used vitiated any consent.""",
"yes", ["recruitment", "exploitation"], ["classified_ads", "freestanding_website", "webcam_livestream"], ["OLX"], ["fishing"],
"yes", ["sexual_exploitation"], 7, "no", ["female"], "cross_border", ["ROU", "DEU", "GBR", "USA"], 3,
["deception", "debt_bondage", "threat"],
"OLX classified ads answered -> recruitment + fishing; shows on adult webcam sites -> freestanding_website + webcam_livestream, exploitation; C9: Romanian women streamed to members abroad -> cross_border + cyber_flow yes; 'young women' but ages 18-24 given -> minor no (C10)")

C(83, "USA", 2017, """United States v. Kyle Brandon Moss (W.D. Tex.). Moss, 33, of San Antonio, pleaded guilty to sex trafficking of
a minor and to production of child pornography and was sentenced to 35 years' imprisonment. According to the factual basis,
in 2016 Moss let a 15-year-old girl who had run away from a group home live with him, gave her Xanax, and recorded videos of
her engaged in sexual acts with him and with other men. He then sold copies of the videos to men in Texas, Ohio and Florida
who contacted him on the Kik messaging app, sending them download links from a file-sharing service after receiving
payment. He also slapped the girl when she asked to leave. The investigation began when Homeland Security Investigations
identified one of the purchasers, who agreed to cooperate. Moss must pay restitution of $50,000.""",
"yes", ["exploitation"], ["messaging_app", "unspecified"], ["Kik"], [], "no", ["sexual_exploitation"], 1, "yes", ["female"],
"domestic", ["USA"], 1, ["drugs", "force"],
"selling videos of the victim online -> exploitation; unnamed file-sharing service -> unspecified (C2); C5: buyers contacted him -> no strategy; buyers in other states -> domestic; C3: HSI identification not coded")

C(84, "DEU", 2023, """Landgericht Koln, 14th Great Criminal Chamber: the 31-year-old accused from Leverkusen was sentenced to five
years and three months' imprisonment for forced prostitution (section 232a StGB), exploitation of prostitutes and
dangerous bodily harm. According to the chamber, the accused, who lived with the 22-year-old injured party, forced her from
spring 2021 to perform sexual acts almost every night in front of a webcam on an adult live-cam website, under an account
he had opened in her name. He set the hours, chose the shows, watched from the next room and hit her when the earnings
were low. Payouts from the website were transferred to his PayPal account. The injured party, who had a mild learning
disability and no contact with her family, finally confided in a doctor. The accused made a partial confession. The
chamber ordered the confiscation of 41,000 euros.""",
"yes", ["exploitation"], ["freestanding_website", "webcam_livestream", "unspecified"], ["PayPal"], [], "no",
["sexual_exploitation"], 1, "no", ["female"], "domestic", ["DEU"], 1, ["force", "abuse_of_vulnerability"],
"adult live-cam site -> freestanding_website + webcam_livestream; C1 PayPal -> unspecified + name, logistics not added as exploitation applies; viewers' location not stated -> cyber_flow no; German places and no foreign victim -> domestic (C8)")

C(85, "USA", 2023, """The Middle District of Florida announced that Trent Hollister, 38, of Tampa, was sentenced to 20 years for
sex trafficking by force, fraud and coercion. Hollister admitted that from 2020 to 2022 he forced two women with whom he had
been in relationships, then aged 24 and 27, to create sexually explicit content for accounts he opened in their names on an
adult subscription website, and to chat with subscribers for hours each day while he controlled the passwords and the
payouts. He supplied both women with fentanyl-laced pills and withheld them when the women refused, choked one of them, and
told them that he would send their videos to their employers and families if they left. The accounts earned more than
$190,000. The court ordered the forfeiture of a vehicle and of cryptocurrency seized from Hollister.""",
"yes", ["exploitation"], ["freestanding_website"], [], [], "no", ["sexual_exploitation"], 2, "no", ["female"], "domestic",
["USA"], 1, ["drugs", "force", "threat"],
"forced production of content sold on an adult subscription site -> exploitation, freestanding_website (C2: adult site); seized cryptocurrency not described as used in the offence -> not coded; Florida -> domestic")

C(86, "CAN", 2019, """R. v. J.L.B., 2019 ABPC. The accused, 21, pleaded guilty in the Provincial Court of Alberta at Edmonton to
trafficking in persons under 18 and making and distributing child pornography, and received a global sentence of six years.
The agreed statement of facts indicates that in late 2017 the accused sent a message on Instagram to a 16-year-old girl he
did not know, from Red Deer, praising her pictures and proposing to 'make money together'. After they met, he persuaded her
to take sexual photographs and videos of herself, which he sold to buyers through a paid Snapchat account and through
direct messages, keeping all the money. When she wanted to stop, he threatened to send the images to her school. The girl's
mother reported the matter to the RCMP, whose Internet Child Exploitation unit identified the accused.""",
"yes", ["recruitment", "exploitation"], ["social_media"], ["Instagram", "Snapchat"], ["hunting"], "no",
["sexual_exploitation"], 1, "yes", ["female"], "domestic", ["CAN"], 1, ["deception", "threat"],
"C5: accused wrote first on Instagram -> hunting; selling images via Snapchat -> exploitation; C3: mother's report and RCMP ICE not coded; Alberta only -> domestic")

C(87, "ESP", 2019, """The Audiencia Provincial de Madrid (Section 27) convicted a Venezuelan woman and her Spanish partner of four
offences of trafficking in human beings for sexual exploitation and sentenced each to 20 years' imprisonment in total.
The court held proven that in 2017 the woman, who lived in Madrid, sent messages through Instagram to four young
Venezuelan women living in Caracas and Valencia (Venezuela), whom she had seen on the platform, offering them jobs as
'online models' in Spain with earnings of 3,000 euros a month and paying their flights. On arrival at Barajas their
passports were kept 'for the residence procedure' and they were told they owed 6,000 euros each. In a flat in the
Usera district they were made to perform sexual shows in front of webcams for several international adult webcam sites,
whose viewers paid in tokens, mostly from the United States and Canada, as shown by the sites' records; the couple took all
the income. The court applied article 177 bis and rejected the argument that the women had agreed to do 'webcam'.""",
"yes", ["recruitment", "exploitation"], ["social_media", "freestanding_website", "webcam_livestream"], ["Instagram"],
["hunting"], "yes", ["sexual_exploitation"], 4, "unknown", ["female"], "cross_border", ["ESP", "VEN", "USA", "CAN"], 2,
["deception", "document_retention", "debt_bondage"],
"C5: she wrote first on Instagram -> hunting; C7: recruiter in Spain, women in Venezuela, viewers in US/Canada -> cyber_flow yes; adult webcam sites -> freestanding_website + webcam_livestream; C10 'young women' with no ages -> minor unknown")

C(88, "PHL", 2024, """In People v. Marites D., the Regional Trial Court of Taguig City convicted the accused, a 36-year-old
mother, and her common-law partner of violations of Republic Act No. 11930 (Anti-OSAEC and Anti-CSAEM Act) and of qualified
trafficking under R.A. 9208 as amended, imposing life imprisonment. The prosecution proved that in 2022 the accused, having
met several foreign men in a Facebook group, sent private messages to a man in Ohio, United States, offering 'private
shows' with children and sending him photographs of them. During video calls that followed, she and her partner made two
of her children and two nieces, two girls and two boys aged 6 to 13, perform sexual acts while the customer watched; he
paid through the GCash e-wallet. The operation by the Philippine National Police Women and Children Protection Center
followed a CyberTipline report. The children were placed in a DSWD facility.""",
"yes", ["advertising", "exploitation"], ["social_media", "webcam_livestream", "unspecified"], ["Facebook", "GCash"],
["hunting"], "yes", ["sexual_exploitation"], 4, "yes", ["female", "male"], "cross_border", ["PHL", "USA"], 2, [],
"C6: offers with photos sent to a chosen buyer -> advertising + hunting; video calls used to exploit -> webcam_livestream; C1 GCash e-wallet -> unspecified + name; C9 -> cross_border + cyber_flow yes; C3 CyberTipline not coded; no means described beyond the abuse itself (judgement call)")

C(89, "CHN", 2023, """The People's Court of Shenzhen's Nanshan District sentenced three defendants for the crimes of smuggling
persons across the national border and of helping information network criminal activities, with terms of three to seven
years. The court found that in 2022 the defendants posted job offers on a job-seeking app for 'overseas customer service,
monthly salary 20,000 yuan' in Thailand. Five job seekers from Guangdong and Hunan, four men and a woman, the youngest aged
17, who applied were guided to Xishuangbanna and across the border into Myanmar, where they were delivered to a fraud
compound near Myawaddy and forced to carry out telephone and online fraud against people in China, under threat of
beatings and of being 'sold on' to other compounds. The defendants reported each recruit's arrival to a 'boss' in the
compound through WeChat and received 10,000 yuan per person. Two of the victims were rescued in an operation with the
Myanmar authorities and testified by video.""",
"yes", ["recruitment", "exploitation"], ["job_portal", "messaging_app", "unspecified"], ["WeChat"], ["fishing"], "yes",
["forced_criminal_activity"], 5, "yes", ["female", "male"], "cross_border", ["CHN", "MMR"], 3, ["deception", "threat"],
"'job-seeking app' -> job_portal (C2 job site/board); applicants answered posts -> fishing; forced online fraud -> exploitation ('online' -> unspecified); C7 WeChat between recruiters in China and boss in Myanmar -> cyber_flow yes; video testimony is court use (C3); Thailand only the false promise -> not in countries")

C(90, "NLD", 2009, """Gerechtshof Amsterdam (Court of Appeal), judgment of 2009. The appellant, a 34-year-old Dutch man of
Turkish origin, was sentenced to five years' imprisonment for human trafficking of three Hungarian women who worked behind
the windows of the Amsterdam red-light district between 2006 and 2008. The court found that he had taken the women,
aged 20 to 26, from Budapest to Amsterdam, arranged their registration with the Chamber of Commerce as self-employed
workers and rented their windows, and that each night they had to hand over their earnings; on days when he was not in
Amsterdam, they were required to send the money to him by online transfer from an internet banking account he had
opened in their names and whose codes he kept. He hit one of the women with a belt and told all of them that he had
friends in Hungary who knew their families. The court did not consider it proven that he had used a false promise of
other work.""",
"yes", ["logistics"], ["unspecified"], [], [], "no", ["sexual_exploitation"], 3, "no", ["female"], "cross_border",
["NLD", "HUN"], 1, ["force", "threat"],
"C1: online transfers from an internet banking account -> internet yes, unspecified, logistics (no other purpose); deception found unproven -> not coded (C4); Budapest -> Amsterdam -> cross_border")

C(91, "GTM", 2021, """The High-Risk Court 'B' of Guatemala City convicted three members of a network of trata de personas for
sexual exploitation and sentenced them to 18, 16 and 12 years' imprisonment. The Public Ministry's Prosecutor's Office
against Trafficking showed that in 2019 the network recruited six girls aged 14 to 17 in San Marcos and Huehuetenango,
offering them work in restaurants, and took them across the border to bars in Tapachula, Chiapas, Mexico. The messages
extracted from the phones showed that the defendants in Guatemala and a bar manager in Tapachula coordinated the
crossings, the prices for each girl and the payments through a WhatsApp group. In Tapachula the girls were forced to drink
with customers and to provide sexual services, and were told that their families would be killed if they escaped.
Mexican authorities rescued the girls in a joint operation and returned them through the El Carmen border post.""",
"yes", ["logistics"], ["messaging_app"], ["WhatsApp"], [], "yes", ["sexual_exploitation"], 6, "yes", ["female"],
"cross_border", ["GTM", "MEX"], 3, ["deception", "threat"],
"WhatsApp group among offenders in Guatemala and Mexico -> logistics, cyber_flow yes (C7); recruitment in person; C3: phone extraction by prosecutors not coded")

C(92, "AUS", 2018, """R v Nguyen & Pham [2018] NSWDC. Two Sydney residents were sentenced in the District Court of New South
Wales after pleading guilty to offences of dealing in the proceeds of crime and of harbouring a victim of trafficking under
the Criminal Code (Cth). Three Thai women, aged 25 to 33, had been brought to Sydney in 2016 to work in a brothel in
Haymarket under 'contracts' requiring each to repay 50,000 dollars. The offenders held the women's passports and
collected their earnings. They paid a recruiter in Bangkok, who was not before the court, for each woman delivered by
transferring funds to his cryptocurrency wallet, and used the same method to send their own profits to Viet Nam. The
court accepted that the offenders were not the principals of the syndicate. Nguyen was sentenced to four years and Pham
to three years and six months, with non-parole periods of two years.""",
"yes", ["logistics"], ["unspecified"], [], [], "yes", ["sexual_exploitation"], 3, "no", ["female"], "cross_border",
["AUS", "THA"], 2, ["debt_bondage", "document_retention"],
"C1: cryptocurrency wallet payments -> internet yes, unspecified, logistics; C7: payments online between offenders in Australia and recruiter in Thailand -> cyber_flow yes; recruiter not charged (C11); Viet Nam only where profits were sent, not a place of origin/transit/exploitation/offenders -> not in countries")

C(93, "USA", 2008, """A federal grand jury in the Eastern District of Louisiana returned, and the defendants later pleaded
guilty to, an indictment charging a New Orleans hotel staffing contractor and its president with forced labor and visa
fraud in connection with guest workers brought from the Philippines after Hurricane Katrina. According to the plea
documents, in 2006 the defendants recruited at least 40 Filipino workers, men and women, for housekeeping and maintenance
jobs, through a partner agency in Manila that charged each of them fees of up to $5,000. The president of the contractor
and the Manila agency exchanged e-mails about the selection of workers, the fees and the flights. In New Orleans the
workers' passports were collected, they were housed eight to a room, deductions for rent and transport left them with
almost nothing, and they were threatened with deportation if they complained. The contractor was fined and the president
sentenced to 36 months.""",
"yes", ["logistics"], ["email"], [], [], "yes", ["forced_labour"], 40, "unknown", ["female", "male"], "cross_border",
["USA", "PHL"], 2, ["debt_bondage", "document_retention", "threat"],
"e-mail only between offenders (contractor in USA and agency in Manila) -> logistics, cyber_flow yes (C7); company counted as a defendant with its president (judgement call: 'the defendants' = contractor and president); 'at least 40' -> 40; ages not stated -> unknown")

C(94, "POL", 2018, """The District Court for Warsaw-Praga sentenced two Polish men, aged 36 and 41, to four years and to two
years and six months' imprisonment for trafficking in human beings (article 189a of the Penal Code) and pimping. The
court found that in 2016 and 2017 the defendants kept three Ukrainian women, who had come to Poland on work visas for jobs
in a warehouse that never materialised, in a rented flat in the Praga-Poludnie district, where they were made to provide
sexual services. The defendants published advertisements on an online classifieds portal, in the 'matrimonial and
acquaintances' section, using coded wording, and clients who replied by telephone were given the address. The women's
passports were held by the older defendant and they were told they owed 1,000 euros each for the visas. The court found
that the defendants had taken advantage of the women's lack of money and of knowledge of Polish.""",
"yes", ["advertising"], ["classified_ads"], [], ["fishing"], "no", ["sexual_exploitation"], 3, "no", ["female"],
"cross_border", ["POL", "UKR"], 2, ["deception", "document_retention", "debt_bondage", "abuse_of_vulnerability"],
"C2: 'online classifieds portal' -> classified_ads; clients replied -> fishing; C8: Ukrainian women exploited in Poland -> cross_border; non-existent warehouse jobs -> deception")

C(95, "GBR", 2006, """At Southwark Crown Court three defendants who ran an escort agency from a flat in Bayswater were convicted of
trafficking into the United Kingdom for sexual exploitation under section 57 of the Sexual Offences Act 2003, of
controlling prostitution for gain and of money laundering. The jury heard that in 2004 and 2005 the defendants brought four
Lithuanian girls and young women, one of them aged 16, to London on coaches, after a recruiter in Kaunas told them they
would work in a bar. Their passports were taken on arrival. The agency's own website, which the second defendant had
designed, displayed photographs of each girl with a false name and a rate card, and clients who telephoned the number on
the website were sent the girls by taxi. The girls were told they owed £3,000 each and were beaten if they refused
clients. The main defendant was sentenced to nine years, the others to six and four years. The recruiter in Kaunas was
tried in Lithuania.""",
"yes", ["advertising"], ["freestanding_website"], [], ["fishing"], "no", ["sexual_exploitation"], 4, "yes", ["female"],
"cross_border", ["GBR", "LTU"], 3, ["deception", "document_retention", "debt_bondage", "force"],
"escort agency's own website -> freestanding_website; clients phoned the number on the site -> fishing; recruiter tried in Lithuania -> not counted (C11)")

C(96, "JPN", 2019, """Tokyo District Court, judgment of 2019. The manager of a so-called 'JK business' (a service offering
walks and conversations with high-school girls) in Akihabara and his employee were convicted of violations of the Child
Welfare Act and the Act on Punishment of Activities Relating to Child Prostitution and Child Pornography, and of
trafficking-related offences, and sentenced to three years' imprisonment (suspended for five years) and two years and six
months. The court found that the defendants advertised the service on a website with photographs of the girls, and that
customers who booked through the site were encouraged to pay extra for sexual acts in private rooms; the defendants took
most of the money. Five girls aged 15 to 17, some of whom had run away from home, were found working there. The girls were
recruited through acquaintances at a game centre.""",
"yes", ["advertising"], ["unspecified"], [], ["fishing"], "no", ["sexual_exploitation"], 5, "yes", ["female"], "domestic",
["JPN"], 2, ["abuse_of_vulnerability"],
"C2: 'a website' with nothing more (not said to be run by them, nor an adult site) -> unspecified; customers booked through it -> fishing; runaways -> abuse_of_vulnerability (judgement call)")

C(97, "CHE", 2012, """Strafgericht Basel-Stadt (Criminal Court of Basel). A 44-year-old Hungarian man was found guilty of human
trafficking (article 182 of the Swiss Criminal Code) and encouragement of prostitution, and sentenced to three years and
six months' imprisonment, with subsequent expulsion. He had brought two Hungarian women from the area of Debrecen to Basel
in 2010, where they worked in the street-prostitution zone of Kleinbasel and in hotel rooms. He placed internet
advertisements with their photographs and a telephone number, answered the calls of customers who responded to the
advertisements and fixed appointments. He collected their earnings, gave them small sums for food and threatened to hurt
them if they went to the police. One of the women was found by a social worker of a counselling service for sex workers.""",
"yes", ["advertising"], ["unspecified"], [], ["fishing"], "no", ["sexual_exploitation"], 2, "no", ["female"], "cross_border",
["CHE", "HUN"], 1, ["threat"],
"C2: 'internet advertisements' -> unspecified; customers responded -> fishing")

C(98, "USA", 2007, """The defendant, Lionel K. Dawes, was convicted after a jury trial in the Northern District of Ohio of sex
trafficking of children and sentenced to 324 months. The evidence showed that between 2005 and 2006 Dawes and a co-defendant
who later pleaded guilty recruited several girls from Akron and Cleveland neighborhoods, promising them money, clothes and
a 'family'. Dawes advertised the girls for 'outcall' in the adult section of Craigslist and took them to motels in Ohio and
across state lines to Pennsylvania to meet men who answered the ads. He gave the girls crack cocaine and beat them with an
extension cord. One of the girls was 14 when she began working for him. On appeal, the Sixth Circuit affirmed the
conviction and rejected Dawes' challenge to the admission of printouts of the ads.""",
"yes", ["advertising"], ["classified_ads"], ["Craigslist"], ["fishing"], "no", ["sexual_exploitation"], "unknown", "yes",
["female"], "domestic", ["USA"], 2, ["deception", "drugs", "force"],
"'several girls' -> victims unknown (C12), minor yes by 'girls' and the 14-year-old (C10); men answered the Craigslist ads -> fishing; Ohio->Pennsylvania -> domestic; co-defendant who pleaded guilty counted (C11)")

C(99, "ARG", 2016, """The Federal Oral Criminal Court No. 8 of the City of Buenos Aires sentenced four defendants, two Argentine
and two Dominican nationals, to terms of between five and ten years for trata de personas with the purpose of sexual
exploitation, aggravated by the use of deception and abuse of a situation of vulnerability and by the number of victims.
The court held that in 2013 and 2014 the organisation brought eleven women from the Dominican Republic, through Sao
Paulo, promising them work in domestic service and in hair salons. Once in Buenos Aires they were lodged in private
apartments ('privados') in the Balvanera and Recoleta neighbourhoods, where they received clients; the defendants
published ads with their photographs on internet pages, and clients called a number that appeared in the ads. The women
were told they had a debt of 5,000 dollars each for tickets and 'papers'. The PROTEX prosecutor's office had identified
the apartments through an analysis of advertisements. The court ordered the confiscation of two properties and reparation
for each victim.""",
"yes", ["advertising"], ["unspecified"], [], ["fishing"], "no", ["sexual_exploitation"], 11, "no", ["female"],
"cross_border", ["ARG", "DOM", "BRA"], 4, ["deception", "debt_bondage", "abuse_of_vulnerability"],
"C2: 'internet pages' -> unspecified; clients called the number in the ads -> fishing; C3: PROTEX analysis of ads is prosecutors' use, not coded; Brazil transit -> in countries")

C(100, "UKR", 2021, """The Holosiivskyi District Court of Kyiv sentenced a 29-year-old resident of Kyiv to nine years' imprisonment
with confiscation of property under part 3 of article 149 of the Criminal Code of Ukraine. The court established that in
2019 the defendant posted advertisements on Instagram for 'models and hostesses for events in Dubai' with free flights and
earnings of 5,000 dollars a month. Three women, aged 19 to 23, from Kyiv, Zhytomyr and Vinnytsia wrote to the account in
response. The defendant sent them tickets, and in the United Arab Emirates they were met by a man known as 'Ali', who took
their passports and placed them in apartments, where they were forced to have sex with clients; they were told they owed
8,000 dollars each. The defendant received 1,000 dollars per woman from 'Ali' by bank transfer. The women were returned to
Ukraine with the assistance of the Ukrainian consulate in Dubai and the Cyber Police identified the defendant's account.""",
"yes", ["recruitment"], ["social_media"], ["Instagram"], ["fishing"], "no", ["sexual_exploitation"], 3, "no", ["female"],
"cross_border", ["UKR", "ARE"], 1, ["deception", "document_retention", "debt_bondage"],
"C5: women wrote to the account in response to ads -> fishing; bank transfer not online (C1); C3: Cyber Police tracing not coded; defendant in Kyiv and women in Ukraine when contacted -> cyber_flow no; 'Ali' not charged")
