from lib import C

C("USA", 2012, """The United States Attorney for the Western District of Washington announced that on 27 July 2012 Judge
Robert S. Lasnik sentenced Tyrell J. Franklin, 29, of Tacoma, to 18 years in prison for sex trafficking of a minor and
production of child pornography. Franklin first contacted the victim, a 15-year-old girl from Federal Way, by sending her
a friend request and messages on Facebook in January 2011, telling her she was beautiful and that he could make her
rich. After meeting her at a bus stop he took her to his apartment, photographed her in lingerie and posted the photos in
advertisements in the escorts section of Backpage.com. Over the next three months the girl was sold to men in motels in
Tacoma, Seattle and SeaTac, sometimes five times a night. Franklin also filmed sexual acts with the girl and sold the
video clips to other users through a file-sharing site, which formed the basis of the child pornography count. The girl's
mother found one of the Backpage ads and contacted the Seattle Police Department, whose Vice and High Risk Victims Unit
arranged a sting operation at an Everett motel. In imposing sentence Judge Lasnik said that Franklin had 'hunted for a
child online and then sold her online'. Franklin must also serve ten years of supervised release and register as a sex
offender. The case was part of the Department of Justice's Project Safe Childhood initiative.""",
  iu="yes", pu=["recruitment", "advertising", "exploitation"], pt=["social_media", "classified_ads", "unspecified"],
  pl=["Facebook", "Backpage"], st=["hunting", "fishing"], cf="no", fo=["sexual_exploitation"], vt=1, vm="yes",
  vs=["female"], bo="domestic", cs=["USA"], ot=1, me=["deception"],
  n="Facebook first contact by offender -> hunting; Backpage -> classified/fishing; selling video through a 'file-sharing site' (named by type only) -> exploitation + unspecified (judgement: file-sharing is not one of the types); the girl's mother finding the ad is not offender use")

C("GBR", 2012, """R v Wardle and others (Bristol Crown Court, sentencing on 11 July 2012). Four members of an extended
family who ran a block-paving and driveway business from a caravan site near Tewkesbury, Gloucestershire, were convicted of
conspiracy to hold a person in servitude or to require a person to perform forced or compulsory labour, contrary to
section 71 of the Coroners and Justice Act 2009. Over several years the family recruited homeless and vulnerable British
men, some of them alcoholics, by approaching them at soup kitchens and hostels and by placing job ads on Gumtree offering
'labouring work, cash in hand, accommodation provided'. Men who answered the Gumtree ads were collected from railway
stations in Bristol, Cheltenham and Birmingham. They were housed in dilapidated caravans without heating or running water,
worked up to 19 hours a day for as little as £5 a day, had their heads shaved, and were beaten if they tried to leave or
complained. Eighteen men were found when Gloucestershire Constabulary executed warrants in Operation Tenby in 2011. The
defendants were sentenced to terms of between two years and three months and six years and six months. The judge
observed that the men had been selected precisely because they had nowhere else to go and that the family had profited
from contracts with householders who had no idea how their driveways were being laid.""",
  iu="yes", pu=["recruitment"], pt=["classified_ads"], pl=["Gumtree"], st=["fishing"], cf="no", fo=["forced_labour"],
  vt=18, vm="no", vs=["male"], bo="domestic", cs=["GBR"], ot=4, me=["force", "abuse_of_vulnerability"],
  n="recruitment partly offline and partly via Gumtree job ads answered by victims -> fishing; British men moved within England -> domestic")

C("RUS", 2021, """Podolsk City Court of the Moscow region, verdict of 18 March 2021 (case summary from the regional
prosecutor's office). Three residents of the Moscow region, the owner of a bakery producing flatbreads and pastries for
markets and his two assistants, were found guilty under paragraphs 'a', 'v' and 'zh' of part 2 of Article 127.2 of the
Criminal Code of the Russian Federation (use of slave labour against two or more persons, with retention of documents,
committed by a group of persons by prior conspiracy). The court established that in 2018 and 2019 the defendants placed job
announcements on the Avito classifieds site offering work as bakers and packers with accommodation and meals, a wage of
45,000 roubles and 'official employment'. Nine citizens of the Russian Federation from the Republic of Mari El, Chuvashia
and the Kirov region, among them two women, responded by telephone to the number in the announcements and travelled to
Podolsk at their own expense. On arrival their internal passports were taken 'for registration', they were housed in a
basement below the bakery, worked from 5 a.m. until late at night, and were told they would be paid 'at the end of the
season'. None of them received any wages; two who tried to leave were beaten and returned by the assistants. The victims
were freed by police and volunteers of a public organisation in June 2019. The owner was sentenced to six years in a
general-regime colony and the assistants to four and three years.""",
  iu="yes", pu=["recruitment"], pt=["classified_ads"], pl=["Avito"], st=["fishing"], cf="no", fo=["forced_labour"],
  vt=9, vm="no", vs=["female", "male"], bo="domestic", cs=["RUS"], ot=3,
  me=["deception", "document_retention", "force"],
  n="job ad on Avito answered by phone -> internet yes (the ad was online), fishing; Russian citizens from other regions -> domestic (internal migrants); 'among them two women' -> both sexes; vm no: 'citizens', all working adults implied - judgement call")

C("DEU", 2021, """Landgericht Hamburg, Große Strafkammer 27, judgment of 3 November 2021. The chamber sentenced a
39-year-old Moldovan man to five years and nine months' imprisonment for aggravated trafficking in human beings for
sexual exploitation, exploitation of prostitutes and causal bodily harm. The court was convinced that he had brought two
women from Bălți, Moldova, with whom he had been acquainted since school, to Hamburg in 2019, promising them work in a
care home for the elderly. In Hamburg he accommodated them in a hotel in St. Georg and compelled them to prostitute
themselves on the street and in a brothel in Herbertstraße, taking almost all the money and hitting one of them with a
belt when she wanted to return home. The investigators evaluated the defendant's two mobile phones and laptop but found
no evidence that he had advertised the women on the internet or contacted customers online; the customers were
approached on the street. Contact with the women's relatives took place by ordinary telephone calls, which the defendant
made and monitored. In favour of the defendant the court took into account his partial confession, which had spared the
victims from giving evidence in person a second time, and that he had no previous convictions in Germany. The judgment is
final.""",
  iu="no", cf="no", fo=["sexual_exploitation"], vt=2, vm="no", vs=["female"], bo="cross_border", cs=["DEU", "MDA"],
  ot=1, me=["deception", "force"],
  n="'no evidence that he had advertised ... on the internet' -> internet no; 'women' -> no")

C("FRA", 2019, """Tribunal correctionnel de Paris, 16e chambre, jugement du 8 novembre 2019 (summary). The court sentenced
three Chinese nationals, a woman of 52 and two men of 45 and 38, to five, four and three years' imprisonment for
trafficking in human beings, aggravated procuring and money laundering, and ordered their permanent exclusion from French
territory. Between 2016 and 2018 the network recruited women in their forties and fifties from Liaoning and Jilin
provinces, who had lost their jobs in state enterprises, with promises of work as nannies and domestic helpers in Paris.
After arrival on tourist visas the women were told they owed EUR 12,000 for the journey and were placed in apartments in
the 13th and 19th arrondissements and in Aubervilliers. The first defendant wrote and published dozens of advertisements
for 'massages' on Vivastreet and another classified ads site, using stock photos of young Asian women, and managed the
telephone line that clients called. The women, who spoke no French, had to see up to fifteen clients a day and were moved
between apartments to avoid detection. At least eleven women were identified by the Central Office for the Repression of
Trafficking in Human Beings (OCRTEH). The court also ordered the confiscation of two apartments purchased in the name of
the second defendant's daughter.""",
  iu="yes", pu=["advertising"], pt=["classified_ads"], pl=["Vivastreet"], st=["fishing"], cf="no",
  fo=["sexual_exploitation"], vt=11, vm="no", vs=["female"], bo="cross_border", cs=["FRA", "CHN"], ot=3,
  me=["deception", "debt_bondage", "abuse_of_vulnerability"],
  n="'at least eleven' -> 11; women in forties/fifties -> no; unemployment and language -> abuse_of_vulnerability (judgement call)")

C("PHL", 2019, """People of the Philippines v. Lorna D. (Regional Trial Court, Branch 18, Cagayan de Oro City, decided 14
June 2019). The accused, a 41-year-old mother of six, was charged with qualified trafficking in persons under Section 4(a)
and (e) in relation to Section 6 of RA 9208 as amended, for having made her three daughters, aged 8, 11 and 13, and a
niece, aged 10, perform sexual acts that were transmitted live on the internet to customers abroad, among them a man in
Ohio, United States, and another in Perth, Western Australia, who sent payment through money transfer agencies. The
customers were identified through financial intelligence shared by the Australian Transaction Reports and Analysis
Centre and the US Homeland Security Investigations, and the man in Ohio was convicted separately in the United States.
The children were rescued by the NBI in a pre-dawn operation in 2017 and placed in a shelter run by a non-government
organisation. In her defence the accused claimed that she was herself a victim of poverty and had been instructed by the
foreigners; the court held that poverty does not justify the exploitation of one's own children, but it considered the
children's wish to remain in contact with their mother in its order on custody. She was sentenced to life imprisonment
and a fine of PHP 2 million, and ordered to pay each child PHP 500,000 as moral damages and PHP 100,000 as exemplary
damages.""",
  iu="yes", pu=["exploitation"], pt=["webcam_livestream", "unspecified"], pl=[], st=[], cf="yes",
  fo=["sexual_exploitation"], vt=4, vm="yes", vs=["female"], bo="cross_border", cs=["PHL", "USA", "AUS"], ot=1,
  me=[],
  n="'transmitted live on the internet' -> webcam_livestream + unspecified (no service named); buyers in USA and AUS -> cyber_flow yes, cross_border per worked example 3; separately convicted buyer not counted; poverty raised only as a defence, not described as a means used -> means empty")

C("BRA", 2023, """Federal Court of Caxias do Sul, Rio Grande do Sul, 2023 (case summary by the Federal Public
Ministry). The owner of a labour outsourcing company that supplied seasonal workers to wineries in the Serra Gaúcha and
his two managers were convicted of reducing workers to a condition analogous to slavery (Article 149 of the Penal Code).
The company had posted job offers on OLX, the classified ads site, and on the company's page on Instagram, announcing
grape harvest work with a wage of R$ 4,000, food and lodging. More than 150 men from Bahia who answered the announcements
travelled some 3,000 kilometres by bus to Caxias do Sul, where they were housed in an overcrowded lodge, charged for food
and transport at inflated prices so that they ended the month in debt, and made to work fourteen-hour days. Workers who
complained were beaten with rubber batons, and security guards used pepper spray and electric shock weapons against
them. Three workers who escaped walked to the Federal Highway Police post, which triggered an inspection by the Ministry
of Labour and Employment. The wineries that contracted the company signed agreements with the Labour Prosecution Service
to pay damages but were not criminally charged. The owner was sentenced to nine years' imprisonment and the managers to
six and five years.""",
  iu="yes", pu=["recruitment"], pt=["classified_ads", "social_media"], pl=["OLX", "Instagram"], st=["fishing"], cf="no",
  fo=["forced_labour"], vt=150, vm="no", vs=["male"], bo="domestic", cs=["BRA"], ot=3,
  me=["deception", "debt_bondage", "force"],
  n="'more than 150' -> 150 (judgement call; could be unknown); Bahia to Rio Grande do Sul -> domestic; OLX classified + company Instagram page -> fishing; wineries not charged not counted")

C("ITA", 2020, """Tribunale di Latina, judgment of 2 December 2020 (summary). The court convicted an Italian farm owner in
Sabaudia and an Indian gangmaster ('caporale') of illicit intermediation and labour exploitation (Article 603-bis of the
Criminal Code) and sentenced them to four years and eight months and five years and two months respectively. About 40
Indian Sikh workers from Punjab, many of them without residence permits, were made to work in greenhouses picking
courgettes and tomatoes for 12 hours a day, seven days a week, for EUR 3 to 4 an hour, and part of their pay was retained
by the gangmaster for transport and 'protection'. The gangmaster organised the daily teams and informed the farm owner of
the numbers of workers and the hours to be paid through a WhatsApp group that included the owner's son and the
farm's accountant; the messages were used at trial to show that the owner knew of the conditions. Several workers told
the investigators that the gangmaster supplied them with opium-based substances to withstand the fatigue. The
investigation of the Carabinieri labour inspectorate followed the death of a worker from heat exhaustion.""",
  iu="yes", pu=["logistics"], pt=["messaging_app"], pl=["WhatsApp"], st=[], cf="no", fo=["forced_labour"],
  vt=40, vm="unknown", vs=[], bo="cross_border", cs=["ITA", "IND"], ot=2,
  me=["abuse_of_vulnerability", "debt_bondage", "drugs"],
  n="WhatsApp group among offenders (and the accountant) -> logistics; 'about 40' -> 40 (judgement); sex of workers not stated -> victim_sex empty; irregular status -> abuse_of_vulnerability; retained pay for transport -> debt_bondage (judgement)")

C("NGA", 2024, """The Federal High Court, Lagos Division, on 30 April 2024 convicted Chiamaka O., 27, on four counts of
recruiting and transporting persons for the purpose of sexual exploitation under sections 13 and 16 of the Trafficking in
Persons (Prohibition) Enforcement and Administration Act 2015, and sentenced her to seven years on each count, to run
concurrently. NAPTIP's evidence, including screenshots extracted from the convict's phone, showed that she sent private
messages on TikTok to girls who posted dance videos, praising their talent and offering them jobs as 'hostesses' in a
lounge in Accra, Ghana, with a salary of 300,000 naira a month. Four girls, two of them 16 and 17 years old, travelled with
her by road through Benin and Togo. In Accra they were lodged in a house in East Legon and told they owed 1.5 million naira
each for their transport, to be repaid by having sex with customers at the lounge. The Ghana Police Service, acting on a
tip from the mother of one of the girls, rescued them in August 2023 and handed them over to NAPTIP at the Seme border.
The judge, Justice Akintayo Aluko, ordered that the convict's proceeds of crime be forfeited to the Victims of Trafficking
Trust Fund.""",
  iu="yes", pu=["recruitment"], pt=["social_media"], pl=["TikTok"], st=["hunting"], cf="no",
  fo=["sexual_exploitation"], vt=4, vm="yes", vs=["female"], bo="cross_border", cs=["NGA", "GHA", "BEN", "TGO"], ot=1,
  me=["deception", "debt_bondage"],
  n="offender messaged girls who posted videos -> hunting; both offender and victims in Nigeria at recruitment -> cyber_flow no")

C("USA", 2009, """A federal jury in Philadelphia in 2009 convicted several members of a Ukrainian family-run labour
organisation of racketeering conspiracy involving involuntary servitude, extortion and document servitude. The leaders, brothers from Ternopil region, recruited young men and women in western Ukraine by word of mouth and through relatives,
promising work in the United States at $500 a month, arranged their entry on visitor visas, and then forced them to clean
offices, shopping centres and big-box retail stores at night in Pennsylvania, New Jersey and Delaware. The workers' pay
went to the organisation, which claimed the workers owed up to $50,000 for their transport. Workers who tried to escape
were hunted down; one woman was raped by a leader as 'punishment', and the family of a worker in Ukraine was threatened.
The court did not record the total number of workers, and the exact number of defendants convicted is not given in the
available summary. The leader received a sentence of 30 years and the others received terms of between 5 and 20 years.""",
  iu="no", cf="no", fo=["forced_labour"], vt="unknown", vm="no", vs=["female", "male"], bo="cross_border",
  cs=["USA", "UKR"], ot="unknown", me=["deception", "debt_bondage", "force", "threat", "document_retention"],
  n="'several members', number not given -> offenders_total unknown; 'young men and women' -> vm no (judgement); document servitude charge -> document_retention")

C("MEX", 2022, """Juzgado de Distrito Especializado en el Sistema Penal Acusatorio, Tapachula, Chiapas, sentencia de 9 de
septiembre de 2022 (summary translated). A Mexican man and a Honduran woman were convicted of trafficking in persons in
the form of sexual exploitation and sentenced to 30 and 25 years' imprisonment. The prosecution showed that the defendants
published offers of work online for 'models' and 'video hostesses' in Mexico, and that four young women from San Pedro
Sula and Tegucigalpa, Honduras, who applied through the published offers, were brought across the Guatemalan border into
Tapachula. There they were kept in a house, where they were forced to perform sexual acts live on camera through an online
platform for paying users, and were told they could only keep their earnings once they had repaid USD 3,000 each. Their
phones were taken away. The defendants had been under investigation since Guatemalan authorities shared information
about one of the victims, who had been reported missing by her family. The Fiscalía Especial para los Delitos de
Violencia contra las Mujeres y Trata de Personas coordinated the rescue in March 2021.""",
  iu="yes", pu=["recruitment", "exploitation"], pt=["unspecified", "webcam_livestream"], pl=[], st=["fishing"],
  cf="unknown", fo=["sexual_exploitation"], vt=4, vm="no", vs=["female"], bo="cross_border",
  cs=["MEX", "HND", "GTM"], ot=2, me=["debt_bondage", "deception"],
  n="offers 'published online' -> unspecified, fishing; live-camera shows on an 'online platform' -> webcam_livestream; location of online offers' publication and of paying users not stated -> cyber_flow unknown; 'young women' -> no; phones taken not coded as a separate means")

C("KOR", 2008, """Uijeongbu District Court, 2008 (summary). The owner of a 'foreigners-only' club near a US military camp
in Dongducheon and the president of an entertainment promotion agency were convicted under the Act on the Punishment of
Acts of Arranging Sexual Traffic and the Immigration Control Act and sentenced to two years and one year and six months
of imprisonment. Seven women from the Philippines entered Korea on E-6 entertainment visas to work as singers. At the club
they were required to sell a quota of 'juice' drinks to customers, and those who failed were made to go out with customers
for sex. Their passports and alien registration cards were kept by the owner, and their pay was withheld for 'advances'
and fines. The women escaped with the help of a Catholic migrant centre. No evidence of any advertising of the women was
presented.""",
  iu="no", cf="no", fo=["sexual_exploitation"], vt=7, vm="no", vs=["female"], bo="cross_border", cs=["KOR", "PHL"],
  ot=2, me=["deception", "debt_bondage", "document_retention"], n="no internet; 'women' -> no")

C("CHL", 2018, """Tribunal de Juicio Oral en lo Penal de Antofagasta, sentencia de 5 de marzo de 2018 (summary). Two
Chilean nationals were sentenced to ten years and one day and to five years and one day of imprisonment for trata de
personas con fines de explotación sexual (Article 411 quáter of the Penal Code). The court found that they brought three
Colombian women from Cali to Antofagasta, offering them jobs in a restaurant, lent them the money for the trip and, upon
arrival, took their passports and obliged them to attend clients in an apartment in the city centre. The defendants
published the women's photographs and phone numbers in the 'acompañantes' section of a classified ads website, and the
women had to answer clients' calls and messages from a phone controlled by the defendants. The women's debt, initially
USD 2,000 each, increased with fines for 'bad behaviour'. The Brigada Investigadora de Trata de Personas of the PDI rescued
them after one of the victims contacted a Colombian consular official.""",
  iu="yes", pu=["advertising"], pt=["classified_ads"], pl=[], st=["fishing"], cf="no", fo=["sexual_exploitation"],
  vt=3, vm="no", vs=["female"], bo="cross_border", cs=["CHL", "COL"], ot=2,
  me=["deception", "debt_bondage", "document_retention"], n="unnamed classified ads website -> classified_ads")

C("POL", 2023, """Regional Court in Poznań (Sąd Okręgowy w Poznaniu), judgment of 19 June 2023. Five defendants, three
Polish and two Ukrainian citizens, were convicted of trafficking in human beings for forced labour (Article 189a § 1 of
the Criminal Code) and of participation in an organised criminal group. The Ukrainian defendants recruited workers in
Volyn and Rivne regions through acquaintances, promising legal work in warehouses and meat-processing plants near Poznań.
In Poland the 30 workers, men and women, were lodged in a former hostel, had their passports taken, and were paid a
fraction of the promised wage after deductions for housing, transport and 'fines'. The group coordinated transport,
shifts and payments in Telegram chats between the members in Ukraine and those in Wielkopolska, and settled accounts in
cryptocurrency transferred through online exchanges. The court imposed sentences of between two and six years.""",
  iu="yes", pu=["logistics"], pt=["messaging_app"], pl=["Telegram"], st=[], cf="yes", fo=["forced_labour"], vt=30,
  vm="no", vs=["female", "male"], bo="cross_border", cs=["POL", "UKR"], ot=5,
  me=["deception", "debt_bondage", "document_retention"],
  n="victims described as women/men, no minor mentioned -> vm no; Telegram chats and crypto exchanges among offenders in UKR and POL -> logistics, cyber_flow yes; recruitment offline")

C("ETH", 2016, """Federal High Court, Addis Ababa (Lideta bench), 2016. Members of a smuggling and trafficking network
operating between Wollo and Jimma and the Saudi border were convicted under Proclamation No. 909/2015 on the Prevention
and Suppression of Trafficking in Persons and Smuggling of Migrants; the court summary does not state how many were
convicted. The network's brokers persuaded young women and girls, some of them 15 and 16, to travel to Saudi Arabia for
domestic work, promising high salaries. They were taken overland to Djibouti and by boat to Yemen, where many were held
by armed groups until relatives paid ransom, and then walked across the border into Saudi Arabia, where they were handed
over to employers who did not pay them. The court heard from 21 returnees, all of whom it recognised as victims. The principal broker received 18 years' rigorous
imprisonment and a fine of ETB 150,000.""",
  iu="no", cf="no", fo=["forced_labour"], vt=21, vm="yes", vs=["female"], bo="cross_border",
  cs=["ETH", "DJI", "YEM", "SAU"], ot="unknown", me=["deception", "force"],
  n="number convicted not stated -> unknown; victims_total = the 21 recognised returnees; ransom detention -> force")

C("AUS", 2017, """R v Bennett (District Court of Queensland, Brisbane, 2017). The offender, a 31-year-old man from Logan,
pleaded guilty to domestic trafficking in persons under section 271.5 of the Criminal Code (Cth) and to one count of
deprivation of liberty under the Criminal Code (Qld); he was sentenced to six years' imprisonment, suspended after two
and a half years. He contacted the complainant, a
20-year-old woman, on Tinder in 2015 by sending her the first message, met her several times and persuaded her to move in
with him in Springwood. He soon told her he had large debts and that she had to help by seeing clients. He advertised her
online with pictures he took and made her see clients at their apartment and at motels on the Gold Coast, keeping the
money. When she tried to leave he locked her in the bathroom. She was rescued after a client called Crime Stoppers.""",
  iu="yes", pu=["recruitment", "advertising"], pt=["dating", "unspecified"], pl=["Tinder"],
  st=["hunting", "fishing"], cf="no", fo=["sexual_exploitation"], vt=1, vm="no", vs=["female"], bo="domestic",
  cs=["AUS"], ot=1, me=["deception", "force"],
  n="offender sent the first Tinder message -> hunting; 'advertised her online' -> unspecified, fishing; domestic: all in Queensland, nationality not stated but no foreign element (judgement call)")

C("JPN", 2023, """Tokyo District Court, judgment of 17 October 2023. A 26-year-old former host club employee and a
30-year-old 'scout' were sentenced to three years' imprisonment (the scout's sentence suspended for five years) for
violations of the Anti-Prostitution Act and the Employment Security Act and for trafficking in persons (Article 226-2 of
the Penal Code). The scout had sent direct messages on X (formerly Twitter) to a 17-year-old high school student who had
posted about problems at home, invited her to a host club in Kabukicho, and introduced her to the host, who encouraged her
to run up a bill of JPY 3.2 million. To make her repay it, the two men registered her on a dating app, posted her profile
and photos there in order to find men who would pay for sex, and arranged meetings in love hotels in Shinjuku and
Ikebukuro. She was made to hand over all the money. The Metropolitan Police Department's Juvenile Safety Division
uncovered the case during an investigation of underage prostitution in the Kabukicho area. The court said that the
defendants had exploited the girl's loneliness and inexperience for profit.""",
  iu="yes", pu=["recruitment", "advertising"], pt=["social_media", "dating"], pl=["X"], st=["hunting", "fishing"],
  cf="no", fo=["sexual_exploitation"], vt=1, vm="yes", vs=["female"], bo="domestic", cs=["JPN"], ot=2,
  me=["debt_bondage", "abuse_of_vulnerability"],
  n="scout wrote first on X -> hunting; profile posted on a dating app to find buyers -> advertising + dating + fishing; X normalised from 'X (formerly Twitter)'; host club bill -> debt_bondage")

C("CHE", 2016, """Criminal Court of the Canton of Zurich (Bezirksgericht Zürich), judgment of 22 September 2016. The court
sentenced the operator of a 'massage studio' in Zurich's District 4 and his partner to four and a half and three years'
imprisonment for trafficking in human beings (Article 182 of the Swiss Criminal Code) and encouraging prostitution
(Article 195). Six women from Hungary and Romania, recruited at home through acquaintances with offers of well-paid
massage jobs, were made to work in the studio, where sexual services were sold. The operator ran the studio's own
website, which advertised the women with photographs and prices and also sold paid access to videos recorded in the
studio rooms, some of them filmed without the women's consent. The women had to pay CHF 120 a day for their rooms and
had to be available 14 hours a day. The court ordered the forfeiture of CHF 380,000.""",
  iu="yes", pu=["advertising", "exploitation"], pt=["freestanding_website"], pl=[], st=["fishing"], cf="no",
  fo=["sexual_exploitation"], vt=6, vm="no", vs=["female"], bo="cross_border", cs=["CHE", "HUN", "ROU"], ot=2,
  me=["deception", "debt_bondage"],
  n="studio's own site advertising women and selling videos of them -> advertising + exploitation, freestanding_website; buyers' location not stated -> cyber_flow no (no cross-country online link described; 'unknown' also defensible)")

C("USA", 2023, """The United States Attorney's Office for the District of Kansas announced in 2023 that the owners of a
door-to-door sales company based in Wichita were sentenced to 11 and 8 years in prison for forced labour. The company
posted job ads on Indeed and on its own recruiting site for 'travel sales crews - see the country, earn $1,000 a week',
attracting young Americans, many of them 18 to 21 and from poor households, who were then driven in vans across state
lines to sell magazine subscriptions and cleaning products in Texas, Oklahoma and Colorado. Crew members who answered the
ads were kept in debt for lodging and food, abandoned in strange cities when they wanted to quit, and, in several cases,
beaten by 'managers'. Twelve former crew members were named as victims and testified at trial.""",
  iu="yes", pu=["recruitment"], pt=["job_portal", "freestanding_website"], pl=["Indeed"], st=["fishing"], cf="no",
  fo=["forced_labour"], vt=12, vm="no", vs=[], bo="domestic", cs=["USA"], ot=2,
  me=["deception", "debt_bondage", "force", "abuse_of_vulnerability"],
  n="Indeed -> job_portal; company's own recruiting site -> freestanding_website (bogus-employer site type); 18-21 -> no; across state lines -> domestic; victims_total = the twelve named victims")

C("EST", 2013, """Harju County Court (Harju Maakohus), judgment of 6 May 2013. Two Estonian men were convicted of human
trafficking under § 133 of the Penal Code and sentenced to six and four years' imprisonment. They had set up a 'webcam
studio' in a flat in Lasnamäe, Tallinn, where five Estonian women, two of them aged 17, were made to perform sexual acts
in front of webcams for paying customers of foreign webcam sites, most of whom were in Finland, Germany and the United
Kingdom. The women had been recruited through acquaintances with promises of 'easy chat work' and were told that they had
to complete shifts of 10 hours; they were paid a small fraction of the revenue and were fined for missed shifts. One
defendant threatened to send recordings to the women's relatives. The Police and Border Guard Board began the
investigation after a tip from the Finnish National Bureau of Investigation.""",
  iu="yes", pu=["exploitation"], pt=["webcam_livestream", "freestanding_website"], pl=[], st=[], cf="yes",
  fo=["sexual_exploitation"], vt=5, vm="yes", vs=["female"], bo="cross_border", cs=["EST", "FIN", "DEU", "GBR"], ot=2,
  me=["deception", "threat", "debt_bondage"],
  n="webcam studio streaming to foreign adult webcam sites -> webcam_livestream + freestanding_website; customers abroad -> cyber_flow yes and cross_border per worked example 3 though victims Estonian in Estonia; fines -> debt_bondage (judgement)")
