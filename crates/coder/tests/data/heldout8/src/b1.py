from h import C
C(1, "GBR", 2019, """On 14 June 2019 at Leicester Crown Court, Ionut Marin (31), his partner Alina Dobre (27) and his cousin
Florin Marin (24) were sentenced to a total of 19 years' imprisonment after pleading guilty to conspiracy to arrange or
facilitate the travel of another person with a view to exploitation, contrary to section 2 of the Modern Slavery Act 2015.
The prosecution case was that between 2016 and 2018 the group brought five Romanian women from the Calarasi area to the
East Midlands, telling them they would be employed in a car wash and a restaurant kitchen. On arrival the women's identity
cards were taken 'for safekeeping' and they were told they owed £1,500 each for travel and rent. Dobre photographed the
women and placed adverts for 'massage' and 'escort' services on Vivastreet, rotating the listings between Leicester,
Nottingham and Derby; clients who responded to the adverts rang a mobile number answered by Dobre, who then sent the women
to rented flats. Florin Marin drove them and collected the cash. One woman who refused was told her younger sister in
Romania 'would be next'. Police recovered ledgers recording more than £210,000 in earnings. The judge, HHJ Dean, said the
women had been treated 'as commodities'. A confiscation hearing was adjourned.""",
"yes", ["advertising"], ["classified_ads"], ["Vivastreet"], ["fishing"], "no", ["sexual_exploitation"], 5, "no", ["female"],
"cross_border", ["GBR", "ROU"], 3, ["deception", "document_retention", "debt_bondage", "threat"],
"Vivastreet listing site -> classified_ads; clients answered ads -> fishing (C5); recruitment in person; all online activity within UK -> cyber_flow no (C7); threat to sister -> threat")

C(2, "NLD", 2011, """The District Court of Zwolle-Lelystad (Rechtbank) convicted a 22-year-old man from Almere of human trafficking
within the meaning of article 273f of the Dutch Criminal Code and sentenced him to four years' imprisonment, of which one
year suspended. In the spring of 2009 the suspect sent messages to the profile page of a 15-year-old girl on the social
network Hyves, complimenting her photographs and asking to meet. Over several weeks he presented himself as her boyfriend,
bought her clothing and a telephone and gradually isolated her from her parents. From the summer of 2009 he placed
advertisements with her photograph on an erotic advertising website, offering 'escort at home and hotel'; men who reacted
to the advertisements were given an address in Almere or Lelystad. The girl had to hand over all her earnings and was
beaten when she said she wanted to stop. The court considered that the suspect had deliberately chosen a young and
vulnerable girl and had abused the feelings of love he had created. The claim of the injured party for non-material damage
was awarded in the amount of 7,500 euros. A co-suspect, who rented out the flat, was acquitted.""",
"yes", ["recruitment", "advertising"], ["social_media", "freestanding_website"], ["Hyves"], ["hunting", "fishing"], "no",
["sexual_exploitation"], 1, "yes", ["female"], "domestic", ["NLD"], 2, ["deception", "force", "abuse_of_vulnerability"],
"C5: suspect wrote first to her Hyves profile -> hunting; men reacted to his ads on an erotic ad site -> fishing; 'erotic advertising website' = adult site -> freestanding_website (C2); acquitted co-suspect was tried -> counted (C11: tried)")

C(3, "USA", 2008, """A jury in the United States District Court for the District of Maryland found a Bethesda couple, Nasser and
Farida Abdel, guilty of forced labor, document servitude and harboring an alien for financial gain. The evidence showed
that in 2002 the defendants arranged for an Indonesian woman, then 38, to come to the United States on a domestic worker
visa, promising her $700 a month and one day off each week. Upon her arrival at Dulles airport Farida Abdel took her
passport and locked it in a safe. For more than five years the woman cooked, cleaned and cared for the couple's three
children, working from 5:30 a.m. until after midnight, sleeping on a mattress in the laundry room and receiving no wages
beyond occasional sums wired to her family in Central Java. The defendants told her that if she went outside alone she
would be arrested and deported. She escaped in 2007 with the help of a neighbor. The court sentenced Nasser Abdel to 70
months and Farida Abdel to 46 months and ordered restitution of $206,000.""",
"no", [], [], [], [], "no", ["forced_labour"], 1, "no", ["female"], "cross_border", ["USA", "IDN"], 2,
["deception", "document_retention", "threat"],
"no internet; wiring money to family is not online (C1); threat of arrest/deportation -> threat")

C(4, "PHL", 2021, """PEOPLE OF THE PHILIPPINES vs. ROSALIE T. (name withheld), Regional Trial Court, Branch 22, Cagayan de Oro
City, Criminal Case No. 2020-1187. Accused-appellant was convicted of qualified trafficking in persons under Section 4(a)
and (e) in relation to Section 6 of R.A. 9208 as amended by R.A. 10364, and sentenced to life imprisonment and a fine of
P5,000,000. The prosecution established that from 2018 until her arrest in February 2020 the accused, taking advantage of
the dependence of her two nieces, aged 9 and 12, and of her own son, aged 7, made them perform lewd acts in front of a
mobile phone during video calls over Facebook Messenger with a foreign national residing in Perth, Western Australia. It
was the foreign national who first sent a message to the accused in 2018, after which she agreed to 'shows' at prices of
P2,000 to P6,000 per session. The payments were claimed by the accused at pawnshop remittance outlets. The operation was
conducted by the NBI following information supplied by the Australian Federal Police through the Philippine Internet Crimes
Against Children Center. The three children are now under the care of the DSWD. The Australian national is subject to
separate proceedings in Australia.""",
"yes", ["exploitation"], ["webcam_livestream", "messaging_app"], ["Facebook Messenger"], [], "yes", ["sexual_exploitation"],
3, "yes", ["female", "male"], "cross_border", ["PHL", "AUS"], 1, ["abuse_of_vulnerability"],
"C9: livestream to buyer in Australia -> cross_border, cyber_flow yes; C5: buyer wrote first, no ad -> neither hunting nor fishing; C3: AFP/PICACC use not coded; remittance outlets not online (C1); Australian buyer in separate proceedings not counted (C11)")

C(5, "ROU", 2014, """By criminal sentence no. 212 of 2014 the Bucharest Tribunal convicted the brothers Gheorghe and Costel P.
of trafficking in persons and trafficking in minors, committed in an organised criminal group, and sentenced them to 9 and
7 years' imprisonment. Investigated by DIICOT, the case concerned four young women from communes in Ialomita county, two
of whom were 16 and 17 years old at the time. In 2011 and 2012 the defendants, who were known in the villages, offered the
girls jobs as waitresses and fruit pickers in Spain, paid for their coach tickets and accompanied them to Castellon de la
Plana. There the victims were taken to roadside clubs and told that they had to work as prostitutes to pay back the
'travel debt'. Those who refused were beaten and threatened that their families would be harmed. The defendants kept in
contact with a relative in Romania by telephone to send money home through a money transfer office. The injured parties
constituted themselves civil parties; the court awarded moral damages of 15,000 to 30,000 euros to each of them. The
appeal of the defendants was dismissed by the Bucharest Court of Appeal in 2015.""",
"no", [], [], [], [], "no", ["sexual_exploitation"], 4, "yes", ["female"], "cross_border", ["ROU", "ESP"], 2,
["deception", "debt_bondage", "force", "threat"],
"telephone and money transfer office only -> no internet (C1); two victims 16/17 -> minor yes; 'young women' alone would be unknown (C10) but ages given")

C(6, "NGA", 2017, """The Federal High Court sitting in Benin City convicted two defendants, Mrs Osaretin Igbinedion and her driver
Sunday Okoro, on five counts under the Trafficking in Persons (Prohibition) Enforcement and Administration Act 2015,
following prosecution by the National Agency for the Prohibition of Trafficking in Persons (NAPTIP). The court found that
in 2016 the first defendant posted an advertisement on Facebook announcing vacancies for 'sales girls and nannies' in
Muscat, Oman, with a monthly salary of 400 dollars and free accommodation. Three women from Edo State who responded to the
post were invited to her office, made to swear an oath at a shrine and flown to Muscat through Lagos. In Oman their
passports were collected by an agent and they were placed as domestic workers in private homes, where they worked without
pay and were not allowed to leave the houses. One of the women sent a message to her brother, who reported to NAPTIP. The
victims were repatriated with the assistance of the Nigerian embassy. Igbinedion was sentenced to seven years'
imprisonment without option of fine, Okoro to three years.""",
"yes", ["recruitment"], ["social_media"], ["Facebook"], ["fishing"], "no", ["forced_labour"], 3, "no", ["female"],
"cross_border", ["NGA", "OMN"], 2, ["deception", "document_retention"],
"C5: offender posted job ad on Facebook, women answered -> fishing; 'sales girls' is the job title in the ad, victims are called women -> minor no (C10); C3: victim's message to her brother is victim's help-seeking, not coded; oath alone not described as threat -> not coded; forced domestic work -> forced_labour; internet linked only people in Nigeria -> cyber_flow no")

C(7, "DEU", 2016, """The Regional Court (Landgericht) of Dortmund sentenced two Bulgarian nationals, a 41-year-old man and his
36-year-old wife, to four years and nine months and to three years' imprisonment respectively for aggravated human
trafficking for the purpose of sexual exploitation (section 232 StGB, old version) and exploitative pimping. According to
the findings, between 2013 and 2015 the accused brought four women from their home town of Sliven to Dortmund, where the
women had to offer sexual services in an apartment brothel and later in the street prostitution zone. Three of the women
could not read or write and did not speak German. The accused placed advertisements on internet platforms, to which
customers responded by telephone; the wife answered the calls and fixed the prices. The women were told they owed 3,000
euros each for the journey and for 'protection', and were threatened that photographs would be shown to their families.
In assessing the sentence the chamber took into account the confessions of both accused and the fact that the women were
spared testifying. The proceeds of 48,000 euros were ordered confiscated.""",
"yes", ["advertising"], ["unspecified"], [], ["fishing"], "no", ["sexual_exploitation"], 4, "no", ["female"], "cross_border",
["DEU", "BGR"], 2, ["abuse_of_vulnerability", "debt_bondage", "threat"],
"C2: 'internet platforms' with no more detail -> unspecified; customers responded to ads -> fishing (C5); illiteracy/no German -> abuse_of_vulnerability")

C(8, "THA", 2012, """The Criminal Court in Bangkok convicted three labour brokers of human trafficking under the Anti-Trafficking
in Persons Act B.E. 2551 (2008) and sentenced each to 12 years' imprisonment and fines. The defendants, operating from
Samut Sakhon, had recruited fourteen men from Myanmar who had crossed the border at Mae Sot, promising them work in a
seafood processing plant. Instead the men were sold to the owner of a trawler for 25,000 baht each and taken to sea for
periods of up to eleven months. On board they worked up to 20 hours a day, were beaten with a metal rod when they were
slow, and were told they had to repay the broker's fee before receiving wages. Their identity papers were held by the
broker. Two of the men escaped when the vessel docked in Songkhla and approached a labour rights organization. The court
ordered the defendants to pay compensation of 40,000 baht to each victim. The boat owner is reported to be at large.""",
"no", [], [], [], [], "no", ["forced_labour"], 14, "no", ["male"], "cross_border", ["THA", "MMR"], 3,
["deception", "force", "debt_bondage", "document_retention"],
"no internet; boat owner at large, not a defendant (C11); 'men' -> minor no (C10)")

C(9, "USA", 2018, """ASSISTANT U.S. ATTORNEY'S OFFICE, NORTHERN DISTRICT OF OHIO -- A Toledo man was sentenced today to 188 months
in federal prison for sex trafficking of a minor. According to court documents, Davonte R. Wilkes, 26, sent direct
messages to a 15-year-old girl through Instagram in late 2016, telling her she was beautiful and that he wanted to take
care of her. After meeting her in person he supplied her with marijuana and pills, took photographs of her and posted
advertisements on an escort website offering 'outcalls'. Men who answered the ads met the girl at hotels in Toledo and in
Dearborn, Michigan. Customers paid either in cash or through Cash App to an account Wilkes controlled. When the girl tried
to keep some of the money he choked her. Wilkes's girlfriend, who rented some of the hotel rooms, was identified in the
investigation but was not charged. The case was investigated by the FBI's Northwest Ohio Child Exploitation Task Force.
Wilkes must also register as a sex offender.""",
"yes", ["recruitment", "advertising"], ["social_media", "freestanding_website", "unspecified"], ["Instagram", "Cash App"],
["hunting", "fishing"], "no", ["sexual_exploitation"], 1, "yes", ["female"], "domestic", ["USA"], 1,
["deception", "drugs", "force"],
"C5: he wrote first on Instagram -> hunting; ads answered by men -> fishing; escort website -> freestanding_website (C2); Cash App -> unspecified + platform name (C1); girlfriend not charged -> not counted (C11); Ohio/Michigan -> domestic (C8)")

C(10, "ESP", 2010, """The Audiencia Provincial de Almeria, in a judgment of 3 May 2010, convicted four defendants, three Nigerian
nationals and one Spanish national who owned the premises, of offences relating to prostitution and against the rights of
foreign citizens, imposing prison terms of between four and eight years. Six Nigerian women testified as protected
witnesses. They had been recruited in Benin City and made to undergo a juju ceremony in which they promised to repay debts
of 40,000 to 50,000 euros; they travelled overland through Niger and crossed to Spain from Morocco in small boats. In
Almeria the 'madam', one of the defendants, collected their passports and sent them to work on the roads of the
industrial estate and in a club, keeping the earnings. The women were told that if they did not pay, their relatives would
die or go mad. The madam spoke by telephone with an associate in Nigeria to arrange the payments sent by her
relatives. The Chamber rejected the defence argument that the women had consented, noting the debt and the threats.""",
"no", [], [], [], [], "no", ["sexual_exploitation"], 6, "no", ["female"], "cross_border", ["ESP", "NGA", "NER", "MAR"], 4,
["debt_bondage", "threat", "document_retention"],
"no internet (telephone only); deception not stated -> not coded; juju threats -> threat")

C(11, "IND", 2015, """The Additional Sessions Judge, Saket Courts, New Delhi, convicted the proprietor of a placement agency in
Shakurpur and his associate under sections 370 and 374 of the Indian Penal Code and sections of the Juvenile Justice Act.
The prosecution proved that in 2013 the accused brought seven girls aged 12 to 16 from villages in Gumla and Simdega
districts of Jharkhand to Delhi, assuring their parents, who were daily-wage labourers, that the girls would study and
earn 5,000 rupees a month. The girls were placed as domestic helps in houses in Pitampura and Rohini; the agency took
their salaries, which the employers paid into its account, and the girls were not permitted to call their families. The
rescue followed a complaint by the father of one girl to the Anti-Human Trafficking Unit. The court sentenced each accused
to rigorous imprisonment for ten years and a fine of 50,000 rupees, and recommended compensation under the Delhi Victim
Compensation Scheme.""",
"no", [], [], [], [], "no", ["forced_labour"], 7, "yes", ["female"], "domestic", ["IND"], 2,
["deception", "abuse_of_vulnerability"],
"Jharkhand to Delhi: internal migration -> domestic (C8); payment into agency account not described as online; poverty of parents -> abuse_of_vulnerability (judgement call)")

C(12, "CAN", 2020, """R. v. Tremblay-Joseph, 2020 ONSC. The accused, 28, was convicted following trial in the Ontario Superior Court of
Justice of trafficking in persons, receiving a material benefit from trafficking and advertising sexual services, and was
sentenced to seven years less pre-sentence custody. The complainant, a 19-year-old woman from Gatineau, Quebec, received a
message from the accused on Tinder in January 2018; after several weeks of messaging he persuaded her to move with him to
Ottawa and then to Mississauga, saying they would save money to open a hair salon together. Within days he told her she
would have to 'do dates'. He photographed her and posted ads on Leolist, and clients who replied to the ads texted a phone
he held. He took every dollar she earned, struck her on several occasions and threatened to send intimate images to her
mother. The trial judge rejected the defence argument that the complainant was an independent sex worker, finding her
evidence consistent with the Leolist records and hotel receipts. A DNA order and a weapons prohibition were imposed.""",
"yes", ["recruitment", "advertising"], ["dating", "classified_ads"], ["Tinder", "Leolist"], ["hunting", "fishing"], "no",
["sexual_exploitation"], 1, "no", ["female"], "domestic", ["CAN"], 1, ["deception", "force", "threat"],
"C5: accused messaged her first on Tinder -> hunting; clients replied to Leolist ads -> fishing; Leolist classified listing site -> classified_ads; Quebec to Ontario -> domestic (C8)")

C(13, "POL", 2007, """The District Court in Krakow delivered judgment in the case of five defendants accused of trafficking in
human beings and participation in an organised criminal group, in connection with the so-called 'labour camps' in Apulia.
The court established that in 2005 and 2006 the group, cooperating with Italian farm owners, recruited Polish men through
advertisements printed in regional newspapers and posters in labour offices, offering seasonal work at tomato harvests
near Foggia at 5 to 6 euros per hour. At least 27 workers from the Podkarpackie and Lubelskie regions travelled to Italy
by bus, paying a fee for transport and placement. On arrival their documents were taken, they were housed in derelict farm
buildings guarded by armed men, charged for food and lodging so that their debts grew, and beaten if they protested. Some
workers managed to contact the Polish consulate in Rome. The court sentenced the leader to eight years' imprisonment and
the other defendants to terms of between two and six years; the Italian farm owners were prosecuted in Italy.""",
"no", [], [], [], [], "no", ["forced_labour"], 27, "no", ["male"], "cross_border", ["POL", "ITA"], 5,
["deception", "document_retention", "debt_bondage", "force", "threat"],
"newspaper/poster ads -> print, not internet; 'at least 27' -> 27 (C12); Italians prosecuted separately in Italy -> not counted (C11); armed guards -> threat (judgement call)")

C(14, "GBR", 2023, """Three men were convicted at Manchester Crown Court of offences under section 1 of the Modern Slavery Act 2015
and of conspiracy to supply Class A drugs, following an investigation by Greater Manchester Police into a 'county line'
running between Oldham and Blackpool. The jury heard that Kyle Hartley, 23, sent messages on Snapchat to two boys, aged 15
and 16, whom he had found through a friend's list, offering them 'easy money' and new trainers. The boys were then made to
stay for days at a time in a flat in Blackpool, selling crack cocaine and heroin to users who called the line's mobile
phone. When one boy lost a package, he was told he owed £800 and was threatened with a knife. Hartley and his
co-defendants, Jordan Ashworth, 25, and Liam Pickup, 21, received sentences of 11 years, eight years and six years. The
judge described the boys as 'groomed and used as disposable assets'. The boys' school raised the alarm after noticing
repeated absences.""",
"yes", ["recruitment"], ["social_media"], ["Snapchat"], ["hunting"], "no", ["forced_criminal_activity"], 2, "yes", ["male"],
"domestic", ["GBR"], 3, ["deception", "debt_bondage", "threat"],
"C5: Hartley sent first messages on Snapchat -> hunting; drug line's phone calls are not internet; 'easy money' offer -> deception (judgement call)")

C(15, "CHN", 2013, """The Intermediate People's Court of Zhoukou, Henan Province, heard on appeal the case of four defendants
convicted of abducting and trafficking women under article 240 of the Criminal Law. The first instance court had found
that between 2010 and 2012 the defendants, two Chinese nationals and two Vietnamese women married to local men, lured five
women from Lang Son and Quang Ninh provinces of Viet Nam across the border by promising factory jobs in Guangxi, and then
sold them to unmarried men in rural villages of Henan for sums of 30,000 to 60,000 yuan each. The women were kept in the
husbands' homes and some were beaten when they tried to run away. The appeal court upheld the convictions, reducing the
sentence of one Vietnamese defendant from ten to eight years in view of her confession and the fact that she had been
trafficked herself in 2004. The buyers were dealt with by the public security organs in separate administrative
proceedings.""",
"no", [], [], [], [], "no", ["forced_marriage"], 5, "no", ["female"], "cross_border", ["CHN", "VNM"], 4, ["deception", "force"],
"no internet; buyers handled separately -> not counted (C11); sale into marriage -> forced_marriage; 'women' -> minor no")

C(16, "AUS", 2012, """In the Supreme Court of New South Wales, a Sydney brothel operator and her manager were convicted of
offences under Division 270 of the Criminal Code (Cth), including possessing a slave and conducting a business involving
servitude. The Crown case was that between 2008 and 2010 six Thai women were brought to Australia on student and tourist
visas arranged by a recruiter in Bangkok, after being told that each would owe a 'contract' of about 45,000 dollars to be
worked off through sex work. The women's passports were held by the manager, they were required to work six or seven days
a week and were allowed out only with an escort. Profiles of the women, with photographs, were placed on an adult services
website on behalf of the brothel, and customers booked through the site or by calling the premises. Justice Hulme
sentenced the operator to ten years with a non-parole period of six years, and the manager to six years. The recruiter in
Bangkok was not before the court.""",
"yes", ["advertising"], ["freestanding_website"], [], ["fishing"], "no", ["sexual_exploitation"], 6, "no", ["female"],
"cross_border", ["AUS", "THA"], 2, ["debt_bondage", "document_retention"],
"adult services website -> freestanding_website (C2); customers booked in response to the profiles -> fishing; recruiter not before the court -> not counted (C11); women were told of the debt in advance and no lie is described -> deception not coded; debt -> debt_bondage")

C(17, "UKR", 2009, """The Shevchenkivskyi District Court of Kyiv found three residents of Chernihiv region guilty under part 2 of
article 149 of the Criminal Code of Ukraine (trafficking in human beings committed against several persons) and
sentenced them to terms of five to eight years' imprisonment with confiscation of property. The court established that in
2007 the defendants, acting by prior conspiracy, recruited eleven men from villages of the region, some of them unemployed
and dependent on alcohol, for construction work in the Moscow region of the Russian Federation, promising 1,000 dollars a
month. The men were transported by minibus across the border at Hoptivka. At a building site near Podolsk their passports
were taken by the site foreman, they were paid nothing and lived in a container; those who complained were beaten. Two of
the men escaped and reached the Ukrainian consulate. The foreman, a Russian citizen, was not prosecuted in Ukraine.
During the trial the defendants partially admitted their guilt.""",
"no", [], [], [], [], "no", ["forced_labour"], 11, "no", ["male"], "cross_border", ["UKR", "RUS"], 3,
["deception", "abuse_of_vulnerability", "document_retention", "force"],
"no internet; foreman not prosecuted -> not counted (C11); unemployment and alcohol dependence -> abuse_of_vulnerability")

C(18, "KHM", 2019, """The Phnom Penh Municipal Court convicted a 34-year-old Cambodian woman, Sok Channary, of unlawful
removal for cross-border purposes and of trafficking under articles 11 and 15 of the Law on Suppression of Human
Trafficking and Sexual Exploitation, sentencing her to ten years' imprisonment. In 2017 the accused published posts on
Facebook inviting 'girls who want to marry a rich Chinese husband' to contact her, promising a dowry of 5,000 dollars to
their families. Three young women from Kampong Cham province who replied to the posts, one of them aged 17, were
photographed by the accused, who sent the photographs through WeChat to a partner in Jiangxi, China, who arranged meetings
with prospective husbands. The women were taken by bus to Ho Chi Minh City and flown to Shanghai. In China they were
married to men they had never met, confined to the houses and forced to work on farms; one escaped to the Cambodian
embassy in Beijing. The partner in China was not identified by name.""",
"yes", ["recruitment"], ["social_media", "messaging_app"], ["Facebook", "WeChat"], ["fishing"], "yes",
["forced_marriage", "forced_labour"], 3, "yes", ["female"], "cross_border", ["KHM", "CHN", "VNM"], 1, ["deception"],
"C5: Facebook posts answered by women -> fishing; photos sent to a partner offender, not buyers -> not C6 advertising; logistics excluded since recruitment applies; C7: offenders in KHM and CHN linked by WeChat -> cyber_flow yes; one aged 17 -> minor yes; forced farm work -> forced_labour also; confinement not force per se -> only deception coded")

C(19, "BRA", 2016, """The Federal Court of Maraba, State of Para, convicted a cattle ranch owner and his foreman of reducing
persons to a condition analogous to slavery (article 149 of the Penal Code). The inspection by the Mobile Inspection Group
of the Ministry of Labour, with the Federal Police, found 23 workers clearing pasture on the Fazenda Boa Esperanca, living
in plastic-covered shacks without drinking water or toilets. The workers, recruited in Maranhao and Piaui by a 'gato'
(labour contractor), arrived already owing the transport fare and had to buy food, boots and tools at inflated prices from
the ranch store, so that their debts exceeded their wages. The foreman carried a revolver and told them that no one could
leave before paying. Most of the workers were illiterate. The judge sentenced the owner to five years and four months and
the foreman to four years, and ordered payment of collective moral damages. The contractor remains a fugitive.""",
"no", [], [], [], [], "no", ["forced_labour"], 23, "unknown", [], "domestic", ["BRA"], 2,
["debt_bondage", "threat", "abuse_of_vulnerability"],
"internal migrants Maranhao/Piaui to Para -> domestic (C8); workers' sex and age not stated -> minor unknown, sex empty; fugitive contractor not charged -> not counted (C11)")

C(20, "USA", 2011, """United States v. Terrell Bishop (N.D. Ga.). The defendant pleaded guilty to one count of sex trafficking of
children and was sentenced to 15 years' imprisonment followed by lifetime supervised release. In the plea the defendant
admitted that in the summer of 2009 he took two girls, aged 15 and 16, whom he had met at a skating rink in College Park,
from Atlanta across state lines to Birmingham, Alabama, and Chattanooga, Tennessee, where they were made to solicit truck
drivers at truck stops. He gave the girls ecstasy pills and slapped the younger girl when she did not earn enough. An
advertisement featuring one of the girls was later located by detectives on an adult website, but the district court
noted at sentencing that there was no evidence the defendant had posted it or knew of it, and declined to apply the
enhancement sought by the government for use of a computer. The girls had been reported missing by their families.""",
"no", [], [], [], [], "no", ["sexual_exploitation"], 2, "yes", ["female"], "domestic", ["USA"], 1, ["drugs", "force"],
"C4: no evidence defendant posted the ad -> internet not coded; C3: detectives' online search not coded; across state lines -> domestic (C8)")
