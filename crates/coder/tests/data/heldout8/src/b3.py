from h import C
C(41, "USA", 2009, """Defendant Reginald Pope pleaded guilty in the Western District of Missouri to transporting an individual
for prostitution and was sentenced to 57 months. Between May and August 2008 Pope posted ads in the 'erotic services'
section of Craigslist offering a 23-year-old woman for 'incall and outcall' in Kansas City and St. Louis. He set prices,
answered the calls from customers who responded to the ads and took all of the money. He also struck her when she said
she wanted to go back to her mother's house.""",
"yes", ["advertising"], ["classified_ads"], ["Craigslist"], ["fishing"], "no", ["sexual_exploitation"], 1, "no", ["female"],
"domestic", ["USA"], 1, ["force"],
"short summary; customers responded to Craigslist ads -> fishing (C5); Missouri only -> domestic")

C(42, "NOR", 2016, """Borgarting Court of Appeal (Borgarting lagmannsrett) increased to five years and six months the sentence
imposed by Oslo District Court on a 45-year-old Nigerian woman convicted of human trafficking under section 224 of the
former Penal Code, and upheld the conviction of her Norwegian-Nigerian husband. The court found that three Nigerian women
who had come to Norway via Italy, where they held residence permits, were made to sell sex in Oslo between 2012 and 2014 to
pay off debts of 50,000 to 60,000 euros incurred for the journey from Nigeria. The couple advertised the women's services
online, customers who answered the adverts were received in a flat in Grunerlokka, and the couple took part of the earnings. The wife also collected sums from the women's families in Benin City. The
women were reminded of the oath they had sworn and were told that their relatives would suffer if they stopped paying.
The Court of Appeal placed weight on the fact that the women were in an irregular situation in Norway and had no
knowledge of Norwegian, and awarded each of them compensation of 150,000 kroner for non-economic loss.""",
"yes", ["advertising"], ["unspecified"], [], ["fishing"], "no", ["sexual_exploitation"], 3, "no", ["female"], "cross_border",
["NOR", "NGA", "ITA"], 2, ["debt_bondage", "threat", "abuse_of_vulnerability"],
"C2: 'advertised online' -> unspecified; customers answered the adverts -> fishing (C5); irregular situation/language -> abuse_of_vulnerability")

C(43, "LTU", 2014, """The Vilnius Regional Court found two residents of Kaunas, J.K. and his partner R.S., guilty of trafficking in
human beings under article 147(2) of the Criminal Code of the Republic of Lithuania and sentenced them to seven and five
years of imprisonment. The court established that in 2012 the defendants befriended a 17-year-old girl who had recently
left a children's care home and a 19-year-old woman living in a hostel, offered them work packing vegetables in England
and paid for their bus tickets to London. On arrival the victims' identity cards were taken, and they were brought to
men in Birmingham and Manchester for sexual services, the defendants receiving the money. The defendants arranged meetings
with the men through acquaintances and by mobile telephone. The older victim escaped and contacted the Lithuanian embassy,
and the defendants were arrested under a European Arrest Warrant and surrendered to Lithuania. The civil claims of the
victims were satisfied in part.""",
"no", [], [], [], [], "no", ["sexual_exploitation"], 2, "yes", ["female"], "cross_border", ["LTU", "GBR"], 2,
["deception", "document_retention", "abuse_of_vulnerability"],
"no internet (acquaintances, mobile phone); care-leaver and hostel -> abuse_of_vulnerability; one 17 -> minor yes")

C(44, "VNM", 2020, """The People's Court of Lao Cai Province tried three defendants for 'trading in persons under 16 years of age'
and 'trading in persons' under articles 150 and 151 of the 2015 Penal Code, imposing sentences of 8 to 18 years. The
indictment stated that the first defendant, a Vietnamese woman living in Hekou, Yunnan, China, used the Zalo application to
send messages to three girls in Bat Xat and Sa Pa districts, aged 14, 15 and 16, whose accounts she had found through mutual
contacts, inviting them to 'go and work selling goods' in China for 7 million dong a month. The second and third
defendants, residents of Lao Cai city, met the girls, took them across the Red River at night, and handed them to the
first defendant, who sold two of them to a brothel in Kunming and one to a man in Guangxi as a wife. The girls were rescued
by the Chinese police and returned through the Kim Thanh border gate. The first defendant was arrested when she returned to
Viet Nam for the Lunar New Year.""",
"yes", ["recruitment"], ["messaging_app"], ["Zalo"], ["hunting"], "yes", ["sexual_exploitation", "forced_marriage"], 3, "yes",
["female"], "cross_border", ["VNM", "CHN"], 3, ["deception"],
"C5: defendant messaged the girls first on Zalo -> hunting; C7: offender in China, girls in Viet Nam -> cyber_flow yes; Zalo is a messaging app")

C(45, "BGD", 2017, """The Women and Children Repression Prevention Tribunal No. 2 of Jessore sentenced one Abdul Karim, 48, to
life imprisonment under the Prevention and Suppression of Human Trafficking Act, 2012, and fined him 50,000 taka. The
tribunal found that in 2014 the accused, a neighbour of the victims' families in Sharsha upazila, persuaded three women,
one of them a 15-year-old girl, that he would get them jobs in a garment factory in Kolkata. He took them across the
border through fields near Benapole without passports and sold them to a brothel keeper in Pune, Maharashtra. The girl was
rescued in a raid by Indian police in 2015 and repatriated through the Benapole land port with the help of an NGO; the
other two women returned later. The tribunal relied on the statements of the victims and on the evidence of the girl's
mother, who had paid the accused 10,000 taka for the 'job'.""",
"no", [], [], [], [], "no", ["sexual_exploitation"], 3, "yes", ["female"], "cross_border", ["BGD", "IND"], 1, ["deception"],
"no internet; brothel keeper in India not before the tribunal (C11)")

C(46, "USA", 2020, """A federal jury in San Diego convicted Darren Whitcomb, 44, and his business partner Stephen Oakes, 39, of sex
trafficking by fraud and coercion and conspiracy. Prosecutors said that from 2015 to 2019 the defendants posted casting
calls on Craigslist for 'clothing models' in Los Angeles and San Diego, offering $3,000 for a one-day shoot that would be
'for private collectors overseas only'. Six women, aged 18 to 22 and from Texas, Arizona and California, answered the ads
and were flown to San Diego. Once in a hotel room they were pressured to perform sex acts on camera, told they would be sued
if they left, and given alcohol and marijuana. The videos were then uploaded to a pornography website the defendants owned,
where they were sold to subscribers, contrary to the promise that they would never appear online. Several of the women
testified that they had lost jobs and been harassed after being identified. A camera operator who testified for the
government was not charged. The defendants face up to life at sentencing in March 2021.""",
"yes", ["recruitment", "exploitation"], ["classified_ads", "freestanding_website"], ["Craigslist"], ["fishing"], "no",
["sexual_exploitation"], 6, "no", ["female"], "domestic", ["USA"], 2, ["deception", "threat", "drugs"],
"Craigslist casting call answered by women -> recruitment + fishing; videos sold on defendants' own porn site -> exploitation + freestanding_website; selling content is not an ad for victims, no strategy for it; camera operator not charged (C11); several states -> domestic")

C(47, "ISR", 2004, """The Tel Aviv District Court convicted three defendants of trafficking in persons for the purpose of
prostitution under section 203A of the Penal Law, 5737-1977, and of related offences of holding a person under conditions
of slavery, sentencing them to 12, 9 and 6 years of imprisonment and ordering compensation of 100,000 shekels to each
complainant. Five women, nationals of Moldova and Uzbekistan, had been recruited with offers of work in hotels and were
brought by Bedouin smugglers across the Egyptian border in Sinai in 2002. They were sold to the first defendant, who ran
an apartment brothel in south Tel Aviv, for sums of 5,000 to 10,000 dollars each. Their passports were taken, they were
locked in the apartment, and one woman who tried to escape was beaten. The court held that the sale of a person for
payment is in itself evidence of trafficking. The decision was appealed to the Supreme Court, which dismissed the appeal
in 2005.""",
"no", [], [], [], [], "no", ["sexual_exploitation"], 5, "no", ["female"], "cross_border", ["ISR", "MDA", "UZB", "EGY"], 3,
["deception", "document_retention", "force"],
"no internet; Egypt as transit -> in countries")

C(48, "COL", 2018, """The Criminal Circuit Court of Pereira (Juzgado Penal del Circuito Especializado) sentenced Jhon Fredy M.,
31, to 13 years' imprisonment for trafficking in persons aggravated by the age of one of the victims, after accepting
charges. According to the Fiscalia, in 2017 the defendant wrote to two women from Dosquebradas, one of them aged 17, through
Instagram, offering contracts as models and hostesses in Cancun with earnings of 2,000 dollars a month. He sent their
photographs by WhatsApp to a Mexican partner who ran a 'table-dance' club in Cancun and who approved the travel. The women
travelled via Bogota; in Cancun their passports were withheld, they were told they owed 5,000 dollars each for tickets and
lodging, and they were made to dance and to have sex with customers. They returned to Colombia with the help of the
Colombian consulate. The Mexican partner is being prosecuted in Mexico.""",
"yes", ["recruitment"], ["social_media", "messaging_app"], ["Instagram", "WhatsApp"], ["hunting"], "yes",
["sexual_exploitation"], 2, "yes", ["female"], "cross_border", ["COL", "MEX"], 1,
["deception", "document_retention", "debt_bondage"],
"C5: defendant wrote first on Instagram -> hunting; photos to partner (an offender), not buyers -> no advertising; C7: partner in Mexico -> cyber_flow yes; Mexican partner prosecuted separately in Mexico -> not counted (C11)")

C(49, "AUT", 2015, """Regional Criminal Court Vienna (Landesgericht fur Strafsachen Wien): a 37-year-old Hungarian national and
his 30-year-old Austrian partner were sentenced to four years and to 30 months' imprisonment for trafficking in human
beings (section 104a StGB) and cross-border prostitution trafficking (section 217 StGB). Between 2012 and 2014 the man
brought three Hungarian women from the region of Nyiregyhaza, all from extremely poor families, to Vienna, where they
worked in rented apartments. The partner created profiles for the women on an Austrian sex advertising portal with photos
and prices; customers contacted the women through the portal or by telephone. The women were allowed to keep 20 per cent
of the income and were threatened that their children in Hungary would be 'visited'. The court took into account the
man's previous conviction in Hungary for pimping.""",
"yes", ["advertising"], ["freestanding_website"], [], ["fishing"], "no", ["sexual_exploitation"], 3, "no", ["female"],
"cross_border", ["AUT", "HUN"], 2, ["abuse_of_vulnerability", "threat"],
"C2: 'sex advertising portal' = sex site -> freestanding_website; customers contacted through the portal -> fishing")

C(50, "PAK", 2021, """The Sessions Court at Sheikhupura convicted a brick kiln owner under sections 370 and 374 of the Pakistan
Penal Code and sections 4 and 11 of the Bonded Labour System (Abolition) Act, 1992. The prosecution proved that a family of
nine, a husband and wife, their five children aged 6 to 15, and two adult cousins, had worked at the kiln since 2016 against
an advance (peshgi) of 180,000 rupees which, through deductions for food, fuel and 'fines', had grown to more than 400,000
rupees by 2020. The family were forbidden to leave; when the father went to his village for a funeral the owner's men brought
him back and beat him in front of the other labourers, and the owner threatened to have the eldest daughter married off to
settle the debt. The family was recovered by the police on the orders of the High Court in a habeas corpus petition. The
accused was sentenced to seven years' rigorous imprisonment and a fine of 500,000 rupees.""",
"no", [], [], [], [], "no", ["forced_labour"], 9, "yes", ["female", "male"], "domestic", ["PAK"], 1,
["debt_bondage", "force", "threat"],
"no internet; children 6-15 -> minor yes; family incl. husband/wife -> both sexes; owner's men not charged (C11)")

C(51, "MYS", 2023, """The Sessions Court in Kuala Lumpur convicted a 29-year-old Malaysian, Lim Wei Jie, on seven charges of
trafficking in persons for the purpose of exploitation under section 12 of the Anti-Trafficking in Persons and Anti-
Smuggling of Migrants Act 2007, and sentenced him to concurrent terms of eight years' imprisonment and three strokes of the
cane. The prosecution's case was that in 2022 the accused posted advertisements on Facebook offering 'customer service and
marketing' jobs in Cambodia with a monthly salary of 8,000 ringgit and free flights. Seven Malaysians, four men and three
women, who answered the advertisements were flown to Phnom Penh and driven to a guarded compound in Sihanoukville, where
they were forced to work 16 hours a day running investment and romance scams on the internet, targeting victims in China
and Europe. Those who failed to meet their targets were beaten or given electric shocks, and families were told to pay
ransoms of up to 30,000 ringgit for their release. Telegram messages showed the accused reporting each recruit to a manager
in the compound. The accused claimed trial; the court found the victims' evidence consistent and credible.""",
"yes", ["recruitment", "exploitation"], ["social_media", "messaging_app", "unspecified"], ["Facebook", "Telegram"], ["fishing"],
"yes", ["forced_criminal_activity"], 7, "no", ["female", "male"], "cross_border", ["MYS", "KHM"], 1,
["deception", "force", "threat"],
"Facebook job ads answered -> recruitment + fishing; forced online scams -> exploitation ('on the internet' -> unspecified, C2); C7: recruiter in Malaysia reporting to manager in Cambodia by Telegram, and ad reached Malaysians for a Cambodian compound -> cyber_flow yes; scam targets are not buyers, CHN not in countries as no place of the trafficking (judgement call); ransom demands -> threat")

C(52, "USA", 2013, """U.S. v. Thuy Nguyen (E.D.N.Y.). The owner of two nail salons on Long Island pleaded guilty to forced labor and
visa fraud and was sentenced to 41 months' imprisonment and ordered to pay $318,000 in restitution. She admitted that
between 2009 and 2012 she brought four women from Vietnam's Dong Nai province to the United States on visitor visas,
telling them they would be trained as manicurists and paid $1,800 a month. Once the women arrived, she told them they owed
$25,000 each for their travel and papers, paid them $300 a month, and required them to transfer part of even that amount
back to her every week through Venmo 'to pay down the debt'. She kept their passports in her house and told them that
police would jail them if they went out alone. The scheme was reported by a customer. The court ordered that forfeited
funds be distributed to the victims.""",
"yes", ["logistics"], ["unspecified"], ["Venmo"], [], "no", ["forced_labour"], 4, "no", ["female"], "cross_border",
["USA", "VNM"], 1, ["deception", "debt_bondage", "document_retention", "threat"],
"C1: Venmo (online payment service) -> internet yes, unspecified, name in platforms, logistics as no other purpose applies; recruitment not online")

C(53, "NZL", 2016, """In the High Court at Napier, Faroz Ali, a Fijian-born contractor, was convicted of 15 charges of trafficking
in persons under section 98D of the Crimes Act 1961 and of immigration offences. It was New Zealand's first trafficking
conviction. The jury accepted that in 2013 and 2014 Ali recruited fifteen men from villages near Ba and Lautoka in Fiji,
promising them work picking fruit in Hawke's Bay on good wages, the cost of flights to be repaid from their earnings. He
told them they could work on visitor visas. On arrival the men found little work, were paid much less than promised, and
had deductions made for accommodation and transport that left them with almost nothing; some were sent to work without
the correct permits and were told not to speak to anyone. Justice Collins sentenced Ali to nine years and six months'
imprisonment and ordered reparation.""",
"no", [], [], [], [], "no", ["forced_labour"], 15, "no", ["male"], "cross_border", ["NZL", "FJI"], 1,
["deception", "debt_bondage"],
"no internet; 'men' -> minor no")

C(54, "UGA", 2019, """The High Court of Uganda (Criminal Division) at Kampala convicted two women of aggravated trafficking in
children contrary to sections 3 and 5 of the Prevention of Trafficking in Persons Act, 2009, and sentenced them to 12 and
10 years' imprisonment. The court found that in 2018 the accused travelled to Moroto and Napak districts in Karamoja, where
families were facing hunger after a failed harvest, and took eleven children, aged 5 to 13, promising their parents that the
children would go to school and work in homes in Kampala. Instead the children were made to beg on the streets of Kisenyi
and around the taxi park from early morning, carrying younger children on their backs, and to hand over all the money in
the evening. Children who brought back too little were denied food. The children were rescued by the police and handed to
the Masulita children's village for rehabilitation before resettlement.""",
"no", [], [], [], [], "no", ["forced_begging"], 11, "yes", [], "domestic", ["UGA"], 2,
["deception", "abuse_of_vulnerability"],
"no internet; Karamoja to Kampala -> domestic; children's sex not stated -> empty; hunger -> abuse_of_vulnerability; denial of food as punishment not clearly force -> not coded (judgement call)")

C(55, "ESP", 2021, """The Provincial Court of Madrid (Audiencia Provincial, Section 23) convicted a married couple from Pozuelo de
Alarcon of trafficking in human beings for forced labour (article 177 bis of the Criminal Code) and sentenced each to five
years and one day of imprisonment. The couple had posted an advertisement on Milanuncios in 2019 seeking a live-in domestic
worker ('interna') to care for an elderly parent and the house, offering 900 euros a month and help with residence
papers. A Honduran woman who had arrived in Spain a few months earlier without a residence permit answered the
advertisement. She was made to work from 7 a.m. to midnight every day, was paid 200 euros a month, and was told that
if she left she would be denounced to the police and deported. Her passport was 'kept for the paperwork'. A neighbour
alerted an NGO. The court also awarded her 30,000 euros in damages and unpaid wages.""",
"yes", ["recruitment"], ["classified_ads"], ["Milanuncios"], ["fishing"], "no", ["forced_labour"], 1, "no", ["female"],
"cross_border", ["ESP", "HND"], 2, ["deception", "abuse_of_vulnerability", "threat", "document_retention"],
"C5: she answered the couple's ad -> recruitment + fishing (C3); Milanuncios is a classified listing site; C8: Honduran national exploited in Spain -> cross_border; irregular status -> abuse_of_vulnerability")

C(56, "RUS", 2012, """The Kizlyar City Court of the Republic of Dagestan convicted three residents of the district, the owner of a
brick works and two of his employees, under article 127.2 (use of slave labour) of the Criminal Code of the Russian
Federation, and sentenced them to terms of three to six years. The court established that in 2010 and 2011 the
defendants met homeless men at the railway stations of Moscow and Makhachkala and offered them well-paid jobs with food
and housing. Eight men, citizens of the Russian Federation from various regions, were brought to the brick works, where
their passports were taken; they made bricks for 14 hours a day without pay, slept in a barn and were beaten with sticks
when they tried to leave. Two of the men were brought back by the defendants after escaping. The men were freed after a
relative of one of them contacted a volunteer movement, which informed the police.""",
"no", [], [], [], [], "no", ["forced_labour"], 8, "no", ["male"], "domestic", ["RUS"], 3,
["deception", "abuse_of_vulnerability", "document_retention", "force"],
"no internet; Russian citizens moved within Russia -> domestic; homeless -> abuse_of_vulnerability")

C(57, "BEL", 2018, """Tribunal de premiere instance francophone de Bruxelles, chambre correctionnelle, jugement du 12 decembre
2018. Three adult defendants, two of Moroccan and one of Algerian nationality, were convicted of trafficking in human beings
for the purpose of making a person commit a crime or offence against his will (article 433quinquies, para. 1, 5 of the
Criminal Code), and sentenced to prison terms of 30 months to five years. The victims were five unaccompanied boys, aged 13
to 16, of Moroccan nationality, who lived on the streets near the Gare du Midi. The defendants supplied the boys with
Rivotril tablets and cannabis and made them commit pickpocketing thefts and burglaries, taking the stolen telephones and
money; boys who refused were threatened and excluded from the squat where they slept. The court held that the boys'
addiction and their situation as unaccompanied minors constituted a particularly vulnerable position that the defendants
had abused. Service Tracing of the Red Cross was informed.""",
"no", [], [], [], [], "no", ["forced_criminal_activity"], 5, "yes", ["male"], "cross_border", ["BEL", "MAR"], 3,
["drugs", "threat", "abuse_of_vulnerability"],
"no internet; C8: Moroccan boys exploited in Belgium -> cross_border even without described journey; MAR in countries as victims' nationality/origin (judgement call)")

C(58, "THA", 2022, """The Criminal Court for Trafficking Cases (Bangkok) sentenced a 27-year-old woman and her 32-year-old boyfriend
to 12 and 10 years' imprisonment respectively for trafficking in children for sexual exploitation and procuring persons under
18 for prostitution. The court found that in 2021 the defendants posted messages on Twitter, using hashtags commonly used to
offer sexual services in Pattaya, with blurred photographs of 'students' available for 'side jobs'. Customers who replied
by direct message were given a time and hotel. The victims were three girls aged 15 to 17 from Chonburi, whom the woman
had met through a relative; she told them they could earn money for school fees and gave them part of what customers paid.
The case was detected when officers of the Thailand Internet Crimes Against Children task force, posing as customers,
responded to one of the posts and arranged a meeting, at which the defendants were arrested.""",
"yes", ["advertising"], ["social_media"], ["Twitter"], ["fishing"], "no", ["sexual_exploitation"], 3, "yes", ["female"],
"domestic", ["THA"], 2, ["abuse_of_vulnerability"],
"C5: defendants posted offers, customers replied -> fishing; C3: police posing as customers is police use, not coded; recruitment in person via a relative; means: using girls' need for school fees -> abuse_of_vulnerability (judgement call), no lie stated")

C(59, "USA", 2024, """LAS VEGAS -- A Henderson man was sentenced Tuesday in U.S. District Court to 14 years in prison for sex
trafficking by force, fraud and coercion. According to the plea agreement, Antonio Reyes, 35, published a post in a
Facebook group for job seekers in Las Vegas in 2021, advertising positions as 'bottle service hostesses' at a nightclub that
did not exist. Three young women who responded to the post were invited to an 'interview' at his condominium, where Reyes
told them the hostess jobs had fallen through but that they could earn more on 'dates'. He then advertised them online and
arranged appointments at hotels on the Strip, keeping most of the money. He took the women's phones at night, and told one
of them that he knew where her family lived. The FBI's Las Vegas Child Exploitation and Human Trafficking Task Force
investigated the case with the Henderson Police Department.""",
"yes", ["recruitment", "advertising"], ["social_media", "unspecified"], ["Facebook"], ["fishing"], "no",
["sexual_exploitation"], 3, "unknown", ["female"], "domestic", ["USA"], 1, ["deception", "threat"],
"C10: 'young women' with no ages -> unknown; Facebook job post answered -> recruitment + fishing; 'advertised them online' -> advertising, unspecified (C2); whether customers answered the ads not stated but fishing already applies; Nevada only -> domestic")

C(60, "CZE", 2008, """Supreme Court of the Czech Republic (Nejvyssi soud), resolution of 2008 on an appeal on points of law. The
Regional Court had convicted the accused of trafficking in human beings under section 232a of the Criminal Code and
sentenced him to five years' imprisonment, finding that over a period of about two years he had compelled the injured
party, a woman with a mild intellectual disability with whom he lived, to have sexual intercourse with other men for
payment which he kept, and had struck her when she refused. The accused argued on appeal that the injured party had
agreed to prostitution and that there was no 'recruitment' or 'transport'. The Supreme Court rejected the appeal as
manifestly unfounded, holding that the use of another person for prostitution by exploiting her dependence and
vulnerability fulfils the elements of the offence, and that consent is irrelevant where such means are used. Contacts
with the men were arranged by the accused in person.""",
"no", [], [], [], [], "no", ["sexual_exploitation"], 1, "no", ["female"], "unknown", [], 1,
["force", "abuse_of_vulnerability"],
"no internet; C8: no place or nationality stated -> border unknown, countries empty (prosecuting-country check skipped when empty); 'woman' -> minor no")
