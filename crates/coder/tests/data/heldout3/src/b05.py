from lib import C

C("USA", 2025, """KANSAS CITY, Mo. - Two St. Louis men were sentenced in federal court on 21 January 2025 for operating a
sex trafficking venture that exploited three women in Missouri and Illinois. Deandre M. Pollard, 38, was sentenced to 19
years and seven months in federal prison without parole, and his cousin, Keshawn T. Pollard, 31, to 12 years, after both
pleaded guilty before U.S. District Judge Brian C. Wimes. According to the plea agreements, between March 2021 and
October 2022 the cousins posted ads on the internet offering the women for commercial sex, paid for the ads with prepaid
debit cards, and booked rooms at hotels along Interstate 70 in Kansas City, Columbia and St. Louis, and across the river in
Collinsville, Illinois. The women, aged 22 to 30, had met Deandre Pollard through friends; two of them struggled with
opioid addiction, and he supplied them with fentanyl-laced pills and withheld them when the women did not earn enough.
Text messages recovered from his phone showed that he set daily quotas of $800 and demanded that the women send him
photographs of each payment. He punched one victim in the face in a hotel stairwell, an assault captured by a security
camera. The case was investigated by the FBI and the Kansas City Police Department's Human Trafficking Unit and prosecuted
by Assistant U.S. Attorneys as part of Project Safe Childhood and the Department of Justice's Human Trafficking Task
Force initiative. The court ordered the defendants to pay restitution totalling $96,500.""",
  iu="yes", pu=["advertising"], pt=["unspecified"], pl=[], st=["fishing"], cf="no", fo=["sexual_exploitation"],
  vt=3, vm="no", vs=["female"], bo="domestic", cs=["USA"], ot=2, me=["drugs", "force", "abuse_of_vulnerability"],
  n="'ads on the internet' -> unspecified; across state lines -> domestic; text messages are SMS-type (not coded); addiction exploited -> abuse_of_vulnerability + drugs")

C("CAN", 2011, """In R. v. Emmanuel (Ontario Court of Justice, Brampton, 2011) the accused, 24, pleaded guilty to
trafficking in persons under section 279.01 of the Criminal Code and to living on the avails of prostitution of a person
under 18. The agreed statement of facts recorded that the accused met the 17-year-old complainant at a house party in
Mississauga in the autumn of 2009. He told her he loved her and that they could save for an apartment together, and soon
after he placed advertisements offering her 'companionship' online and took her to hotels near Pearson airport and in
Niagara Falls to see the men who responded. He required her to hand over everything she earned, roughly $1,000 to $1,500
a night, and kept her identification. When she tried to leave, he threw her phone against the wall and told her he would
find her wherever she went. Justice Duncan imposed a sentence of five years, less credit for pre-sentence custody,
together with a DNA order, a weapons prohibition for ten years and a SOIRA order for twenty years. The Crown noted that
the complainant had since returned to school and had provided a victim impact statement in which she described ongoing
anxiety.""",
  iu="yes", pu=["advertising"], pt=["unspecified"], pl=[], st=["fishing"], cf="no", fo=["sexual_exploitation"],
  vt=1, vm="yes", vs=["female"], bo="domestic", cs=["CAN"], ot=1, me=["deception", "threat", "document_retention"],
  n="'advertisements ... online' -> unspecified; met in person at a party; romance pretext -> deception")

C("GBR", 2023, """R v Harcourt and Bell (Leeds Crown Court, 9 June 2023). The defendants, a couple in their thirties from
Bradford, were convicted after a five-week trial of holding three women in servitude and of controlling prostitution, and
sentenced to 14 and 9 years' imprisonment respectively. The women, all British and aged between 19 and 26, were
vulnerable adults: two had learning difficulties and one had recently left local authority care. Between 2020 and 2022 they
were kept in a terraced house in Bradford and made to perform sexual acts, sometimes with each other, in live streams
broadcast through a website to paying viewers, for up to ten hours a day. The defendants controlled the cameras, the
account and the income, estimated at more than £250,000, and punished the women for 'poor ratings' by withholding food. The
case came to light when a viewer alerted the police, concerned that one of the women appeared frightened and was being
given instructions by someone off-camera. HHJ Batty QC said that the defendants had 'turned a family home into a
broadcast studio of abuse'. The prosecution was brought under section 1 of the Modern Slavery Act 2015 rather than
section 2, as there was no evidence that the women had been moved for the purpose of the exploitation.""",
  iu="yes", pu=["exploitation"], pt=["webcam_livestream", "unspecified"], pl=[], st=[], cf="unknown",
  fo=["sexual_exploitation"], vt=3, vm="no", vs=["female"], bo="domestic", cs=["GBR"], ot=2,
  me=["abuse_of_vulnerability", "force"],
  n="live streams through an unnamed website -> webcam_livestream + unspecified (judgement: 'a website' with no detail); viewers' locations not stated -> cyber_flow unknown; withholding food -> force (judgement call, could be other); servitude charge, exploitation form sexual")

C("PHL", 2024, """A joint operation of the Philippine National Police Women and Children Protection Center and the
Department of Justice Inter-Agency Council Against Trafficking led in 2024 to the conviction by the Regional Trial Court of
Taguig City of suspects who, the court found, sold sexual videos and photographs of children online. The decision, which
the prosecution summarised for the press without naming the accused in order to protect the victims, who are relatives of
the accused, states that at least nine children between the ages of 3 and 14 were rescued from two houses in Taguig and
Pasig. The accused recorded the material with mobile phones and sold it to buyers online, receiving payments through
e-wallet accounts opened in other people's names. The buyers have not been identified. The court imposed life
imprisonment and fines of PHP 2 million on each accused under Republic Act No. 11930 and RA 9208 as amended. The rescued
children were placed in the care of the Department of Social Welfare and Development.""",
  iu="yes", pu=["exploitation"], pt=["unspecified"], pl=[], st=[], cf="unknown", fo=["sexual_exploitation"],
  vt=9, vm="yes", vs=[], bo="unknown", cs=["PHL"], ot="unknown", me=[],
  n="selling images/videos online -> exploitation; 'online' only -> unspecified; e-wallets = online payment (no own type); buyers unidentified -> cyber_flow unknown and border unknown (not assumed domestic or cross-border: worked example 3 needs buyers abroad); number of accused not stated -> unknown; no means described")

C("IND", 2022, """The Special NIA Court, Mumbai, in 2022 convicted three agents from Maharashtra and Gujarat for trafficking
in persons under section 370 IPC and the Emigration Act, 1983. The prosecution case was that the accused circulated job
offers for 'data entry operators' and 'customer support executives' in Thailand in Telegram channels and on online job
websites, promising USD 1,000 a month plus accommodation. Young men who applied, among them graduates from Pune and
Ahmedabad, paid Rs 1.5 lakh each and were flown to Bangkok, then taken by road across the border into Myawaddy, Myanmar,
and held in a compound run by a foreign gang, where they were forced to work twelve to sixteen hours a day running
investment and 'romance' frauds on social media aimed at people in the United States and Europe. Those who failed to meet
targets were beaten and given electric shocks. The Ministry of External Affairs arranged the rescue of 16 of them in
October 2022. The court found that the accused had received a commission of USD 2,000 per person from the compound
operators.""",
  iu="yes", pu=["recruitment", "exploitation"], pt=["messaging_app", "job_portal", "social_media"], pl=["Telegram"],
  st=["fishing"], cf="unknown", fo=["forced_criminal_activity"], vt=16, vm="no", vs=["male"], bo="cross_border",
  cs=["IND", "THA", "MMR"], ot=3, me=["deception", "force"],
  n="job offers in Telegram channels and on job websites -> fishing, messaging_app + job_portal; forced online fraud on social media -> exploitation + social_media; cyber_flow unknown: compound operators' online link to the Indian agents not described (judgement call); scam targets (USA, Europe) are not victims or buyers -> not in countries; 'young men', graduates -> vm no")

C("USA", 2001, """A federal jury in Fort Pierce, Florida, in 2001 convicted a crew leader and two of his relatives of
conspiracy to hold workers in involuntary servitude. The crew leader recruited homeless U.S. citizen men at shelters and
soup kitchens in Miami, Fort Lauderdale and Tampa, promising them jobs, food and a place to stay, and drove them to a labour
camp near Okeechobee where they picked vegetables. He sold them crack cocaine and alcohol on credit at the camp, deducted
the debts from their pay and told them they could not leave while they owed him. Workers who tried to leave were beaten.
The indictment named eleven former workers as victims.""",
  iu="no", cf="no", fo=["forced_labour"], vt=11, vm="no", vs=["male"], bo="domestic", cs=["USA"], ot=3,
  me=["deception", "debt_bondage", "drugs", "force", "abuse_of_vulnerability"],
  n="victims_total = the eleven named victims; homeless US citizens moved within Florida -> domestic")

C("DEU", 2005, """Landgericht München I, 2005. The Regional Court convicted five men, four German nationals and one Austrian,
of serious human trafficking for sexual exploitation and of exploitation of prostitutes and imposed prison sentences of
between two and six and a half years. The group operated two 'sauna clubs' in Upper Bavaria and recruited six Romanian
women, aged 18 to 21, through an acquaintance in Timișoara, who promised them jobs as dancers. The women were moved
between the clubs in Bavaria and a partner establishment in Salzburg every few weeks. The accused coordinated the
rotations, the transport and the division of the money in e-mails and in ICQ chats between the leader in Salzburg and the
club managers in Germany; the police had seized the computers in both countries. There was no evidence that the women
were advertised online; the clubs relied on regular customers and on printed flyers. The women's passports were kept in
the club office, and they had to pay EUR 150 a day for room and board.""",
  iu="yes", pu=["logistics"], pt=["email", "messaging_app"], pl=["ICQ"], st=[], cf="yes", fo=["sexual_exploitation"],
  vt=6, vm="no", vs=["female"], bo="cross_border", cs=["DEU", "AUT", "ROU"], ot=5,
  me=["deception", "document_retention", "debt_bondage"],
  n="e-mail and ICQ among offenders in AUT and DEU -> logistics, cyber_flow yes; 'no evidence advertised online' + printed flyers -> no advertising; daily fee -> debt_bondage (judgement call)")

C("ROU", 2020, """Tribunalul Iași, sentința penală nr. 211 of 16 October 2020 (summary). The court convicted three defendants
from Pașcani of trafficking in minors (Article 211 of the Criminal Code) and of establishing an organised criminal group,
imposing sentences of 9, 7 and 5 years. The first defendant initiated contact on Facebook with girls aged 14 to 16 from
placement centres in Iași county, wrote them that he was in love with them and invited them to 'parties'. Once the girls
left the centres, the defendants kept them in a rented house and posted announcements on the internet offering 'escort'
services with photographs of the girls, who were driven to clients in Iași, Suceava and Bacău. Four victims were
identified. DIICOT Iași used intercepted calls and the data from the defendants' phones. The civil claims of the victims
for moral damages were granted in part.""",
  iu="yes", pu=["recruitment", "advertising"], pt=["social_media", "unspecified"], pl=["Facebook"],
  st=["hunting", "fishing"], cf="no", fo=["sexual_exploitation"], vt=4, vm="yes", vs=["female"], bo="domestic",
  cs=["ROU"], ot=3, me=["deception", "abuse_of_vulnerability"],
  n="offender initiated on Facebook -> hunting; 'announcements on the internet' -> unspecified, fishing; children in placement centres -> abuse_of_vulnerability")

C("THA", 2012, """Songkhla Provincial Court, Black Case No. 2117/2554, judgment of 27 August 2012. The court convicted the
owner of a karaoke bar in Sadao district, close to the Malaysian border, of trafficking in persons and of procuring
children under 18 for prostitution, and sentenced her to 16 years' imprisonment, reduced by one third for her confession.
Four girls aged 14 to 17 from Chiang Rai and Phayao provinces had been brought to the bar by a woman from their district
who told their parents that they would work as waitresses in a restaurant. At the bar they were made to drink with and
provide sexual services to customers, many of whom came across the border from Malaysia. They were not allowed to
telephone their families and were told they owed THB 30,000 each. Police of the Anti-Trafficking in Persons Division rescued
the girls in a raid prompted by a complaint from one of the mothers.""",
  iu="no", cf="no", fo=["sexual_exploitation"], vt=4, vm="yes", vs=["female"], bo="domestic", cs=["THA", "MYS"], ot=1,
  me=["deception", "debt_bondage"],
  n="Thai girls moved within Thailand -> domestic, although customers came from Malaysia (MYS listed as place of buyers; border concerns victims' movement) - judgement call; recruiter not prosecuted")

C("BGD", 2018, """Nari-o-Shishu Nirjatan Daman Tribunal / Human Trafficking Offence Suppression Tribunal, Dhaka, 2018. The
tribunal sentenced a brothel 'sardarni' (madam) of the Daulatdia brothel in Rajbari district to life imprisonment and a
fine of Tk 50,000 under section 6 of the Prevention and Suppression of Human Trafficking Act, 2012. Two girls aged 13 and
14 from Khulna had been sold to her by a man posing as a marriage broker, who was tried separately, for Tk 40,000 each. The
accused obtained false certificates stating the girls were 18, gave them steroid tablets to make them look older, and forced
them to receive clients. A local NGO and the police rescued the girls.""",
  iu="no", cf="no", fo=["sexual_exploitation"], vt=2, vm="yes", vs=["female"], bo="domestic", cs=["BGD"], ot=1,
  me=["deception", "drugs", "force"],
  n="steroid tablets -> drugs; broker tried separately not counted; no communications mentioned")

C("USA", 2015, """A jury in the U.S. District Court for the District of Nevada in Las Vegas convicted two brothers, 27 and
30, in 2015 on charges of sex trafficking and conspiracy. Over two years they placed the three victims, women they had met
in Los Angeles, on Eros.com and a second escort website, paying for premium listings with prepaid cards, and moved them
between Las Vegas, Phoenix and San Diego. Each woman had a nightly quota; failure to meet it meant being beaten or locked in
a closet. The brothers received 20 and 15 years.""",
  iu="yes", pu=["advertising"], pt=["freestanding_website"], pl=["Eros"], st=["fishing"], cf="no",
  fo=["sexual_exploitation"], vt=3, vm="no", vs=["female"], bo="domestic", cs=["USA"], ot=2, me=["force"],
  n="Eros.com escort site -> freestanding_website, normalised 'Eros'; 'women' -> vm no, as elsewhere in this set; interstate -> domestic")

C("CAN", 2022, """Court of Québec, Criminal and Penal Division, district of Montréal, 2022. Four men from Laval and
Montréal-Nord were sentenced to terms of three to seven years for trafficking in persons, procuring and conspiracy. The
two victims, Quebec women aged 20 and 23, had been recruited by the first accused, whom they met in a bar, and were
exploited in 'incall' apartments in Montréal and in hotels in Gatineau and Québec City. The prosecution did not allege that
the women had been advertised; clients were regulars who had the accused's telephone numbers. The accused used a Facebook
Messenger group chat to assign drivers, share the daily earnings and warn each other of police patrols, and transferred
money among themselves through Interac e-Transfer. The Crown tendered more than 4,000 messages from the group chat.""",
  iu="yes", pu=["logistics"], pt=["messaging_app"], pl=["Facebook Messenger", "Interac e-Transfer"], st=[], cf="no",
  fo=["sexual_exploitation"], vt=2, vm="no", vs=["female"], bo="domestic", cs=["CAN"], ot=4, me=[],
  n="group chat and online transfers among offenders only -> logistics; Facebook Messenger -> messaging_app (scheme lists it there); no means described")

C("TZA", 2019, """Resident Magistrate's Court of Dar es Salaam at Kisutu, 2019. Mwanaidi S., 46, a resident of Sinza, was
convicted of trafficking in persons under section 4(1)(a) of the Anti-Trafficking in Persons Act, 2008 and sentenced to
ten years' imprisonment or a fine of TSh 20 million. She brought three girls aged 12 to 15 from villages in Singida region
to Dar es Salaam, telling their parents that the girls would go to school while helping with housework. Instead the girls
worked as domestic servants in her house and in the houses of her relatives, were not sent to school and were not paid;
one was beaten with a cooking stick. A neighbour reported the case to the police gender desk.""",
  iu="no", cf="no", fo=["forced_labour"], vt=3, vm="yes", vs=["female"], bo="domestic", cs=["TZA"], ot=1,
  me=["deception", "force"], n="rural region to Dar es Salaam -> domestic")

C("SVK", 2015, """District Court Bratislava I / Specialised Criminal Court in Pezinok, 2015. Two Slovak citizens, a woman and
her son, were convicted of trafficking in human beings under Section 179 of the Criminal Code for arranging 'marriages of
convenience' in the United Kingdom. They approached young Roma women from Trebišov and Michalovce, who lived in severe
poverty, in their settlements and later phoned them to fix the dates of travel. Three women were taken to Manchester and
Glasgow and married to men from Pakistan who were seeking residence rights. After the weddings the women were held in the
men's flats, where they had to cook, clean and submit to sexual intercourse; one of them was 17. The court imposed
sentences of six and four years.""",
  iu="no", cf="no", fo=["forced_marriage", "sexual_exploitation", "forced_labour"], vt=3, vm="yes", vs=["female"],
  bo="cross_border", cs=["SVK", "GBR"], ot=2, me=["abuse_of_vulnerability"],
  n="phone calls after meeting in person -> internet no; forms: sham marriage with forced sex and domestic work -> three forms (judgement call); PAK is only the husbands' origin, not a place where the case happened -> not coded (judgement call)")

C("FIN", 2018, """Helsinki District Court (Helsingin käräjäoikeus), 2018. The owner of a nail salon chain, a Finnish
citizen of Vietnamese origin, was convicted of aggravated trafficking in human beings and extortionate work discrimination
and sentenced to three years and six months. From Helsinki she posted job offers in Vietnamese on Facebook, promising work
as nail technicians in Finland with free housing and a salary of EUR 1,800. Four young Vietnamese women who answered the
posts from Vietnam paid her EUR 9,000 each for 'visa costs', borrowed from relatives. In Finland they worked 12 hours a day,
six or seven days a week, received EUR 200-300 a month, and lived in a storage room behind one of the salons. The owner
held their residence permits and passports. The labour protection inspectorate found them during an inspection.""",
  iu="yes", pu=["recruitment"], pt=["social_media"], pl=["Facebook"], st=["fishing"], cf="yes", fo=["forced_labour"],
  vt=4, vm="no", vs=["female"], bo="cross_border", cs=["FIN", "VNM"], ot=1,
  me=["deception", "debt_bondage", "document_retention"],
  n="posted from Helsinki, answered from Vietnam -> cyber_flow yes; 'young women' -> no (judgement call)")

C("DNK", 2014, """Copenhagen City Court (Københavns Byret), judgment of 25 June 2014. A Nigerian network was prosecuted
for human trafficking under section 262a of the Danish Criminal Code; the court convicted the members who had been
extradited from Spain and Italy. The women, who had been recruited in Edo State and had travelled through Libya to Italy
and Spain, were brought to Copenhagen, where some were placed on the street in Istedgade and others in apartments whose
services were advertised on the internet under the heading 'massage'. They had to repay debts of up to EUR 50,000 and had
sworn a juju oath. The number of women exploited was at least twelve.""",
  iu="yes", pu=["advertising"], pt=["unspecified"], pl=[], st=["fishing"], cf="no", fo=["sexual_exploitation"],
  vt=12, vm="no", vs=["female"], bo="cross_border", cs=["DNK", "NGA", "LBY", "ITA", "ESP"], ot="unknown",
  me=["debt_bondage", "threat"],
  n="victims described as women/men, no minor mentioned -> vm no; number of convicted members not stated -> offenders_total unknown; 'advertised on the internet' -> unspecified; 'at least twelve' -> 12; oath -> threat (judgement)")

C("GTM", 2017, """Juzgado de Primera Instancia Penal de Delitos de Femicidio y otras formas de Violencia contra la Mujer y
Trata de Personas, Escuintla, 2017 (summary translated). A 33-year-old woman was sentenced to 16 years' imprisonment for
trata de personas. She created a Facebook profile with the photograph of a teenage girl and sent friend requests and
messages to girls from Santa Lucía Cotzumalguapa and Masagua, offering them jobs in a 'cafetería'. Three girls aged 14 to 16
who accepted were taken to a bar in Puerto San José, where they were made to wear short dresses, drink with truck drivers
and have sex with them in rooms at the back. The Secretariat against Sexual Violence, Exploitation and Trafficking in
Persons (SVET) supported the victims.""",
  iu="yes", pu=["recruitment"], pt=["social_media"], pl=["Facebook"], st=["hunting"], cf="no",
  fo=["sexual_exploitation"], vt=3, vm="yes", vs=["female"], bo="domestic", cs=["GTM"], ot=1, me=["deception"],
  n="offender sent friend requests -> hunting; within Escuintla department -> domestic")

C("USA", 2019, """In May 2019 a federal judge in the Northern District of Texas sentenced Brian K. Lutz, 44, of Denton, to life
in prison for sex trafficking by force and coercion and for producing child pornography. Lutz kept two women, one of
them his former stepdaughter, who had been 17 when the abuse began, in his house and made them perform sexual acts in
front of a webcam for paying viewers on an adult live-cam website, collecting the tips in his own account. He beat them
with an extension cord, controlled their food, and threatened to kill their pets. A viewer in Canada reported his
concerns to the National Center for Missing & Exploited Children.""",
  iu="yes", pu=["exploitation"], pt=["webcam_livestream", "freestanding_website"], pl=[], st=[], cf="yes",
  fo=["sexual_exploitation"], vt=2, vm="yes", vs=["female"], bo="unknown", cs=["USA", "CAN"], ot=1,
  me=["force", "threat"],
  n="adult live-cam site -> webcam_livestream + freestanding_website; a viewer in Canada -> cyber_flow yes; victims' nationality and movement not stated -> border unknown (worked example 3 would give cross_border for viewers abroad; here only one viewer's location is known - judgement call: unknown)")

C("AUS", 2009, """R v Nguyen (Supreme Court of Victoria, 2009). The accused, a Vietnamese-born Melbourne
brothel manager, was sentenced to eight years' imprisonment for possessing and using slaves. The brothel in Carlton
advertised 'young Asian ladies' both in the adult classifieds of a daily newspaper and on the internet. Five Korean women
had come to Australia on student visas arranged by a broker in Seoul and were told on arrival that each owed AUD 35,000,
repayable at AUD 50 per client. They were not allowed out without an escort.""",
  iu="yes", pu=["advertising"], pt=["unspecified"], pl=[], st=["fishing"], cf="no", fo=["sexual_exploitation"],
  vt=5, vm="no", vs=["female"], bo="cross_border", cs=["AUS", "KOR"], ot=1, me=["debt_bondage"],
  n="print and internet ads: internet ad -> advertising/unspecified; 'women' -> no")

C("LKA", 2016, """High Court of Colombo, 2016. Members of an unlicensed foreign employment network, whose exact number the
judgment summary does not state, were convicted under section 360C of the Penal Code as amended by Act No. 16 of 2006 and
under the Sri Lanka Bureau of Foreign Employment Act. The network's sub-agents visited villages in Anuradhapura and
Kurunegala districts and persuaded women to take housemaid jobs in Kuwait, obtaining passports with falsified ages for two
girls aged 16 and 17. In Kuwait the employers took the women's passports and made them work without pay; one woman was
beaten and locked in. The Sri Lankan Embassy in Kuwait repatriated seven women.""",
  iu="no", cf="no", fo=["forced_labour"], vt=7, vm="yes", vs=["female"], bo="cross_border", cs=["LKA", "KWT"],
  ot="unknown", me=["deception", "document_retention", "force"],
  n="offenders_total explicitly not stated -> unknown; village visits -> no internet")
