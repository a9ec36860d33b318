from lib import C

C("USA", 2005, """A federal grand jury in the Central District of California returned a superseding indictment, and in 2005
four defendants pleaded guilty to conspiracy to commit sex trafficking and to transport persons for prostitution.
The defendants operated an outcall escort business in Los Angeles and Orange County under the name 'Garden Grove Companions'.
They designed and paid for the business's own website, which displayed photographs of the women with prices and a
booking telephone number. Women from South Korea were recruited in Seoul by a broker, flown to Vancouver, Canada, and
smuggled across the border into Washington State, then driven to Los Angeles. Each was told she owed between $10,000 and
$16,000 for the trip, and the defendants held their passports. Sentences ranged from 30 to 72 months.""",
  iu="yes", pu=["advertising"], pt=["freestanding_website"], pl=[], st=["fishing"], cf="no",
  fo=["sexual_exploitation"], vt="unknown", vm="no", vs=["female"], bo="cross_border",
  cs=["USA", "KOR", "CAN"], ot=4, me=["debt_bondage", "document_retention"],
  n="victims described as women/men, no minor mentioned -> vm no; website built and paid for by the offenders -> freestanding_website; number of women not stated; broker in Seoul not among the four")

C("GBR", 2020, """R v Okafor, Mensah and Richards (Snaresbrook Crown Court, sentencing remarks of HHJ Morgan, 26 November
2020). The three defendants, aged 19 to 24, ran a 'county line' supplying heroin and crack cocaine from east London to
Great Yarmouth and Norwich. Between 2018 and 2019 they used two boys, aged 15 and 16, to carry drugs and sell them from a
flat in Great Yarmouth belonging to a vulnerable adult. Richards first made contact with both boys by sending them
messages on Snapchat, offering them 'easy money' and designer clothes. Once the boys were involved, they were told they
owed £1,500 after a staged robbery of the drugs they carried, and one boy was stabbed in the leg. Each defendant was
convicted of conspiracy to supply Class A drugs and of arranging or facilitating the travel of another person with a view
to exploitation under section 2 of the Modern Slavery Act 2015. Richards received 12 years' detention, the others 9 and
8 years. The court made Slavery and Trafficking Prevention Orders for ten years.""",
  iu="yes", pu=["recruitment"], pt=["social_media"], pl=["Snapchat"], st=["hunting"], cf="no",
  fo=["forced_criminal_activity"], vt=2, vm="yes", vs=["male"], bo="domestic", cs=["GBR"], ot=3,
  me=["deception", "debt_bondage", "force"],
  n="county lines -> forced_criminal_activity; offender messaged first on Snapchat -> hunting; staged robbery debt -> debt_bondage; the vulnerable adult whose flat was used is not counted as a trafficking victim")

C("IND", 2005, """The Juvenile Justice Board and the Sessions Court, Mumbai, dealt in 2005 with the case of three men from
Bihar who brought children from villages in Madhubani and Darbhanga districts to Mumbai. The parents had been told the
children would study at a madrasa and learn a trade. Instead the children were made to beg at traffic signals at Dadar
and Sion and to hand over their takings every evening; those who returned with less than Rs 150 were beaten and denied
food. Police, acting on information from a railway child-line, rescued several children from a rented room in Dharavi.
The accused were convicted under the Bombay Prevention of Begging Act, 1959, and sections 363 and 370 IPC.""",
  iu="no", cf="no", fo=["forced_begging"], vt="unknown", vm="yes", vs=[], bo="domestic", cs=["IND"], ot=3,
  me=["deception", "force"],
  n="short summary; 'several children' -> victims_total unknown, sex not stated; Bihar to Mumbai -> domestic")

C("ALB", 2014, """The Serious Crimes Court of First Instance in Tirana on 5 June 2014 sentenced Ardit H. to 15 years of
imprisonment for trafficking of adult persons (Article 110/a of the Criminal Code). The court held that the defendant,
who had a relationship with the injured party, a young woman from Fier, persuaded her in 2011 that they would marry and
work in Italy. He took her through Greece to Milan, where he forced her into prostitution, beating her and threatening to
tell her family that she was a prostitute if she did not obey. He sent part of the money home through a money transfer
agent. The injured party escaped after two years with the help of an Italian client and returned to Albania, where she
filed a complaint with the Anti-Trafficking Unit of the State Police. The Court of Appeal upheld the sentence.""",
  iu="no", cf="no", fo=["sexual_exploitation"], vt=1, vm="no", vs=["female"], bo="cross_border",
  cs=["ALB", "GRC", "ITA"], ot=1, me=["deception", "force", "threat"],
  n="no age given, but the text states the conviction was for trafficking of ADULT persons -> vm no (judgement call); money transfer agent not online")

C("KHM", 2022, """On 14 December 2022 the Preah Sihanouk Provincial Court convicted eight foreign nationals, seven Chinese
and one Malaysian, of trafficking in persons and illegal confinement under the Law on Suppression of Human Trafficking and
Sexual Exploitation, with sentences of 5 to 10 years. The group managed a compound in Otres village where about 60
Vietnamese, Thai and Indonesian men and women worked on computers in shifts of up to 16 hours. According to the
investigating judge, the workers had responded to advertisements on Facebook and TikTok for 'customer service' and
'data entry' jobs in Cambodia paying USD 1,200 a month, which the group placed from Sihanoukville and which targeted
job seekers in their home countries. On arrival their passports were taken and they were made to pose as wealthy women
on social media and dating apps and persuade people in Europe and the United States to invest in fake cryptocurrency
platforms. Workers who did not meet targets were beaten, given electric shocks, or 'sold' to another compound for USD
5,000 to 10,000. In September 2022 a group of Vietnamese workers escaped by swimming across a river; the provincial
police raided the compound after the Vietnamese Embassy forwarded their complaint. The court also ordered the
confiscation of 240 computers and 600 mobile phones. Several managers fled before the raid and remain wanted.""",
  iu="yes", pu=["recruitment", "exploitation"], pt=["social_media", "dating"], pl=["Facebook", "TikTok"],
  st=["fishing"], cf="yes", fo=["forced_criminal_activity"], vt=60, vm="no", vs=["female", "male"],
  bo="cross_border", cs=["KHM", "VNM", "THA", "IDN"], ot=8,
  me=["deception", "document_retention", "force"],
  n="victims described as women/men, no minor mentioned -> vm no; 'about 60' -> 60 (judgement call; approximate); forced online scams -> exploitation + forced_criminal_activity; dating apps used in the scams (exploitation), counted in platform_types; scam targets (Europe, USA) are neither victims nor buyers -> not in countries; offenders' nationalities (CHN, MYS) are not places of the crime -> not in countries; victims' home countries counted as origin")

C("USA", 2019, """In January 2019 a federal judge in Toledo, Ohio, sentenced the last of four defendants in a scheme that
brought Guatemalan teenagers to work at poultry farms in Hardin County. Rogelio M. T., the organiser, had received 150 months. The evidence showed that the defendants recruited boys and young men in Huehuetenango with promises of schooling
and good jobs, smuggled them across the U.S.-Mexico border, and then made them work twelve-hour days catching chickens
and cleaning coops. They were housed in trailers with no heat, their pay was withheld against smuggling debts that
reached $20,000, and they were threatened with harm to their families in Guatemala. Eight workers, all of them
minors at the time, were named as victims in the indictment. The case began when a teacher noticed a pupil falling asleep in class.""",
  iu="no", cf="no", fo=["forced_labour"], vt=8, vm="yes", vs=["male"], bo="cross_border", cs=["USA", "GTM", "MEX"],
  ot=4, me=["deception", "debt_bondage", "threat"],
  n="eight named victims, all minors; 'boys and young men' -> male; nationality = origin (GTM), MEX transit")

C("PHL", 2016, """The Regional Trial Court of Angeles City, Pampanga, on 8 March 2016 convicted a British national, Paul
D. Ashworth, 52, and his Filipino partner, Rosario M., 33, of qualified trafficking in persons and large-scale trafficking
under Republic Act No. 9208 as amended by RA 10364, and sentenced each to life imprisonment and a fine of PHP 5,000,000.
The accused set up and administered a subscription website hosted abroad on which members, most of them in Europe,
Australia and North America, paid by credit card to watch scheduled live shows streamed from a rented house in Barangay
Balibago. Eleven young women and four girls aged 13 to 17, recruited by Rosario M. from Samar with offers of work as
housemaids, were made to perform sexual acts on camera; the website's pages announced the shows with the performers'
photographs. The Philippine National Police Anti-Cybercrime Group, working with the US Homeland Security Investigations,
traced the payments. The court found the crime committed by a syndicate and against three or more persons.""",
  iu="yes", pu=["exploitation", "advertising"], pt=["freestanding_website", "webcam_livestream"], pl=[],
  st=["fishing"], cf="yes", fo=["sexual_exploitation"], vt=15, vm="yes", vs=["female"], bo="cross_border",
  cs=["PHL", "AUS"], ot=2, me=["deception"],
  n="site run by offenders selling streamed abuse -> freestanding_website + webcam_livestream; announcing shows to paying members -> advertising + fishing (judgement call); buyers in 'Europe, Australia and North America' -> AUS only as named country; British nationality of an offender living in PHL is not a place -> GBR not coded; USA HSI as investigator not a place of the crime -> excluded; Samar to Pampanga recruitment offline; cross_border per worked example 3")

C("POL", 2007, """The District Court in Warsaw (Sąd Okręgowy), 18th Criminal Division, by judgment of 12 September 2007
convicted three Bulgarian citizens of trafficking in human beings (Article 253 of the Criminal Code then in force) and
sentenced them to between three and six years' imprisonment. The court established that in 2005 and 2006 the accused
brought five persons with physical disabilities, three men and two women, from the region of Sliven and Yambol to Warsaw
by minibus, promising them work and medical treatment. In Warsaw the victims were placed each morning at busy tram stops
and in underpasses near the Central Station to beg, were collected in the evening, and had to hand over all the money.
They lived in one room in Praga Północ and were given little food. The court considered that the accused had taken
advantage of the victims' helplessness and disability. The contacts with the victims' families were by telephone.""",
  iu="no", cf="no", fo=["forced_begging"], vt=5, vm="no", vs=["female", "male"], bo="cross_border",
  cs=["POL", "BGR"], ot=3, me=["deception", "abuse_of_vulnerability"],
  n="'men' and 'women' -> adults; telephone only")

C("SWE", 2018, """Göta Court of Appeal (Göta hovrätt) on 30 May 2018 affirmed the judgment of Jönköping District Court
convicting a 41-year-old Nigerian woman resident in Sweden of trafficking in human beings and gross procuring, and
increased the sentence to six years' imprisonment followed by expulsion. Two Nigerian women, who had previously lived in
Italy, had been brought to Jönköping in 2016 on the promise of work in a hair salon. The defendant photographed them and
paid for profiles on an escort advertising website, where buyers could see pictures, descriptions and a telephone number.
Buyers called the number and were sent to apartments in Jönköping and Norrköping. The women had to pay a debt of EUR
35,000 each and were afraid of a ritual oath taken in Nigeria. The court of appeal considered that the women had been in a
particularly vulnerable situation because of their lack of residence rights and knowledge of Swedish.""",
  iu="yes", pu=["advertising"], pt=["freestanding_website"], pl=[], st=["fishing"], cf="no",
  fo=["sexual_exploitation"], vt=2, vm="no", vs=["female"], bo="cross_border", cs=["SWE", "NGA", "ITA"], ot=1,
  me=["deception", "debt_bondage", "threat", "abuse_of_vulnerability"],
  n="escort advertising website -> freestanding_website (escort site), not classified; 'women' -> no; oath fear -> threat (judgement call)")

C("FRA", 2021, """Le tribunal correctionnel de Créteil (summary translated): On 17 June 2021 the criminal court of Créteil
sentenced four young men, aged 19 to 22, to between 3 and 6 years' imprisonment for aggravated procuring of minors and
trafficking in human beings. Between January and October 2020 they exploited five girls aged 14 to 17, three of whom were
placed in children's homes of the Val-de-Marne child welfare service. The main defendant approached the girls on
Snapchat, sending them friendly messages and promising them money and a 'good life'. The girls were then advertised on an
online classified advertisements site, with photographs taken by the defendants, and received clients in apartments
rented through Airbnb in Ivry-sur-Seine and Vitry. Prices were between 100 and 200 euros. Clients contacted the
defendants by phone. The court noted the extreme vulnerability of the victims, who were runaways, and the use of violence
and threats against one of them who wanted to stop.""",
  iu="yes", pu=["recruitment", "advertising"], pt=["social_media", "classified_ads"], pl=["Snapchat", "Airbnb"],
  st=["hunting", "fishing"], cf="no", fo=["sexual_exploitation"], vt=5, vm="yes", vs=["female"], bo="domestic",
  cs=["FRA"], ot=4, me=["deception", "force", "threat", "abuse_of_vulnerability"],
  n="Airbnb (online rental) is a named online service the offenders used -> listed in platforms; it has no platform type of its own; unnamed classified site -> classified_ads; domestic: children in French care, no foreign element stated")

C("NPL", 2012, """Kathmandu District Court, Case No. 068-CR-0871, decided on 4 April 2012. The defendant, Ram Bahadur T.,
aged 36, of Sindhupalchok, was convicted under sections 3 and 4 of the Human Trafficking and Transportation (Control) Act,
2064, and sentenced to 20 years' imprisonment and a fine of NRs 200,000, of which half was to be paid to the victim as
compensation. The court found that in 2009 the defendant, a neighbour of the victim's family, told the victim, then 15
years old, and her mother that he could get her a job in a carpet factory in Kathmandu. Instead he took her across the
open border at Birgunj to Raxaul and then by train to Mumbai, where he sold her to a brothel in Kamathipura for INR 40,000.
She was rescued in 2011 in a raid by the Mumbai police and an Indian NGO and repatriated through the border town of
Kakarbhitta. The defendant denied the charge but the court relied on the victim's consistent statement.""",
  iu="no", cf="no", fo=["sexual_exploitation"], vt=1, vm="yes", vs=["female"], bo="cross_border",
  cs=["NPL", "IND"], ot=1, me=["deception"], n="no means of communication mentioned -> internet no")

C("ZAF", 2019, """The Eastern Cape High Court, Mthatha, on 23 October 2019 convicted Sipho Lwazi Mbeki (34) on two counts
of trafficking in persons under section 4(1) of the Prevention and Combating of Trafficking in Persons Act 7 of 2013,
and on counts of rape, and sentenced him to life imprisonment. The accused created a Facebook profile under a false name
and sent friend requests and messages to the complainant, a 17-year-old girl from Mthatha, and to her 19-year-old cousin,
telling them he ran a modelling agency in Johannesburg and could find them work. In April 2017 he paid for their bus
tickets to Johannesburg, where he kept them in a house in Hillbrow, gave them nyaope and other drugs, and sold them to men
for sex. The girls were rescued after the cousin managed to send a message to her mother. The State was represented by
advocate N. Ntsebeza; the defence did not call witnesses.""",
  iu="yes", pu=["recruitment"], pt=["social_media"], pl=["Facebook"], st=["hunting"], cf="no",
  fo=["sexual_exploitation"], vt=2, vm="yes", vs=["female"], bo="domestic", cs=["ZAF"], ot=1,
  me=["deception", "drugs"],
  n="offender sent friend requests -> hunting; Eastern Cape to Gauteng -> domestic; cousin's message to mother: medium not stated and victim's own act")

C("ARE", 2015, """Dubai Criminal Court, judgment of 11 May 2015 (as reported by the public prosecution): three Asian men,
aged between 30 and 45, were sentenced to ten years in prison each, to be followed by deportation, for human trafficking
and for forcing women into prostitution. Prosecutors said the defendants lured four women from Uzbekistan to Dubai in 2014
through acquaintances in Tashkent, who promised them jobs in a beauty salon. When the women arrived at Dubai International
Airport, the defendants collected them, took their passports and locked them in a flat in Al Muraqqabat, where they were
forced to have sex with customers brought by the defendants. One of the women called the police hotline from a
customer's phone. The court also fined each defendant AED 100,000.""",
  iu="no", cf="no", fo=["sexual_exploitation"], vt=4, vm="no", vs=["female"], bo="cross_border",
  cs=["ARE", "UZB"], ot=3, me=["deception", "document_retention", "force"],
  n="locked in flat -> force (confinement); nationality of defendants only 'Asian' -> not coded; 'women' -> no")

C("MEX", 2017, """El Tribunal de Enjuiciamiento de la Ciudad de México (summary translated from Spanish): On 2 August 2017
two men from Tenancingo, Tlaxcala, father and son, were sentenced to 40 years in prison for trafficking in persons in the
form of sexual exploitation under the General Law to Prevent, Punish and Eradicate Crimes of Trafficking in Persons. The
son met the victim, a 17-year-old from Tehuacán, Puebla, at a village fair in 2014, courted her and persuaded her to
live with him. After a few weeks he took her to the Merced district of Mexico City, saying the family needed money for a
house, and forced her to stand in the street and serve clients. The father collected the money daily. When she refused
she was beaten and threatened that her baby son would be taken from her. She escaped in 2016 and went to the Special
Prosecutor's Office for Crimes of Violence against Women and Trafficking in Persons (FEVIMTRA).""",
  iu="no", cf="no", fo=["sexual_exploitation"], vt=1, vm="yes", vs=["female"], bo="domestic", cs=["MEX"], ot=2,
  me=["deception", "force", "threat"], n="met in person, no communications mentioned -> no; Puebla to Mexico City -> domestic")

C("KOR", 2020, """Seoul Central District Court, 26 November 2020. The principal defendant, a 26-year-old man, and five accomplices who helped him operate paid chat rooms on Telegram were convicted of producing and distributing sexual
exploitation material of children and adolescents, forming a criminal organisation, coercion and other offences. The defendant's sentence was 34 years' imprisonment. The court found that the defendant searched Twitter for accounts of young
women and girls who had posted that they were looking for part-time work or 'sponsors', wrote to them offering money,
obtained their personal details, and then used these to blackmail them into producing sexual videos according to his
instructions. The videos were sold to members who paid in cryptocurrency for access to the Telegram rooms. Of the eight
victims identified in the indictment, five were minors. The court described the crime as 'the enslavement of victims'.""",
  iu="yes", pu=["recruitment", "exploitation"], pt=["social_media", "messaging_app"], pl=["Twitter", "Telegram"],
  st=["hunting"], cf="no", fo=["sexual_exploitation"], vt=8, vm="yes", vs=["female"], bo="domestic", cs=["KOR"], ot=6,
  me=["deception", "threat"],
  n="offender answered victims' own posts seeking work -> hunting; selling videos in Telegram rooms -> exploitation; the sales are also an offer to buyers (advertising?) - coded exploitation only, since the scheme lists selling images online under exploitation; 'five of eight were minors' -> yes; blackmail -> threat")

C("USA", 2004, """United States District Court for the Western District of Washington, 2004: a 52-year-old Seattle-area
man was convicted of forced labour, document servitude and visa fraud. He had found his wife, a 21-year-old woman from
Bishkek, Kyrgyzstan, through an international marriage broker's website, on which women posted profiles. He wrote to her
first through the site and then corresponded by e-mail for eight months, promising her a comfortable life and the chance
to study. After she arrived on a fiancée visa in 2002 he took her passport, kept her from leaving the house alone, and made
her clean and cook for him and his two adult sons and work unpaid in his cleaning business. He threatened to have her
deported if she complained. She fled to a domestic violence shelter in 2003. He was sentenced to 46 months.""",
  iu="yes", pu=["recruitment"], pt=["dating", "email"], pl=[], st=["hunting"], cf="yes",
  fo=["forced_labour"], vt=1, vm="no", vs=["female"], bo="cross_border", cs=["USA", "KGZ"], ot=1,
  me=["deception", "document_retention", "threat", "abuse_of_vulnerability"],
  n="international marriage broker website coded as dating (dating site) - judgement call, could be freestanding_website; he wrote first -> hunting; USA-KGZ online link -> cyber_flow yes; deportation threat -> threat + abuse_of_vulnerability (immigration status)")

C("ITA", 2009, """The Court of Florence (Tribunale di Firenze), Second Criminal Section, on 19 February 2009 convicted a
Chinese couple who owned a garment workshop in Prato of reduction to slavery (Article 600 of the Criminal Code) and
exploitation of illegal immigration, imposing sentences of eight and six years. The finance police found eleven Chinese
workers from Zhejiang and Fujian, two of them under 18, sewing jackets for up to fourteen hours a day in a windowless
warehouse where they also slept. They had been brought to Italy via Russia by smugglers paid by the couple and owed
between EUR 12,000 and EUR 15,000 each, which was deducted from wages of about EUR 300 a month. Their passports were kept
in the owners' safe. The court noted that the workers could not speak Italian and had nowhere else to go.""",
  iu="no", cf="no", fo=["forced_labour"], vt=11, vm="yes", vs=[], bo="cross_border", cs=["ITA", "CHN", "RUS"], ot=2,
  me=["debt_bondage", "document_retention", "abuse_of_vulnerability"],
  n="sex of workers not stated -> victim_sex empty")

C("GHA", 2015, """Accra Circuit Court, 2015. Kwame Asante, a fisherman from Yeji on Lake Volta, was convicted of
trafficking six boys aged 7 to 13 from Winneba and Senya Beraku, Central Region, and sentenced to ten years' imprisonment
with hard labour. The boys' mothers had been paid GH¢ 200 to 400 each and told that the children would go to school and
learn fishing. The boys dived to disentangle nets in deep, cold water, worked from 4 a.m., were beaten with paddles and
were not sent to school. They were rescued by the Anti-Human Trafficking Unit of the Ghana Police Service and an NGO.""",
  iu="no", cf="no", fo=["forced_labour"], vt=6, vm="yes", vs=["male"], bo="domestic", cs=["GHA"], ot=1,
  me=["deception", "force"], n="short; payment to mothers not coded as a means; poverty not stated")

C("AUT", 2013, """Regional Court for Criminal Matters Vienna (Landesgericht für Strafsachen Wien), 2013. Five members of a
Hungarian group were convicted of cross-border trafficking in prostitution (§ 217 StGB) and trafficking in human beings
(§ 104a StGB) and sentenced to between 18 months and five years. Seven women from Nyíregyháza and Miskolc, some of whom had
grown up in state care, were brought to Vienna in 2011 and 2012 and placed in a 'Laufhaus' in the 15th district, where
customers came in off the street. The women had to hand over their earnings to the group's member in Vienna, who
transferred the money via online banking to the leader in Hungary; the leader and his lieutenants gave instructions,
shared photographs of the daily takings and arranged the women's rotation between Vienna and Budapest in Skype chats,
which the Hungarian police intercepted. No advertisements of the women were found. Three women testified by video link.""",
  iu="yes", pu=["logistics"], pt=["messaging_app"], pl=["Skype"], st=[], cf="yes",
  fo=["sexual_exploitation"], vt=7, vm="no", vs=["female"], bo="cross_border", cs=["AUT", "HUN"], ot=5,
  me=["abuse_of_vulnerability"],
  n="victims described as women/men, no minor mentioned -> vm no; Skype chats and online banking among offenders in HUN and AUT -> logistics, cyber_flow yes; 'no advertisements found' -> no advertising; video link testimony is court procedure not offender use; grew up in state care -> abuse_of_vulnerability (judgement call)")

C("ARG", 2018, """Tribunal Oral en lo Criminal Federal de Posadas, Misiones, judgment of 6 September 2018. The court sentenced
Ramón Alberto G., 48, owner of a nightclub in Oberá, and his partner to eight and six years' imprisonment for trafficking
in persons for the purpose of sexual exploitation, aggravated by the number of victims and by abuse of their situation of
vulnerability (Law 26.364 as amended by Law 26.842). One of the victims, a 20-year-old Paraguayan woman from Encarnación,
had posted on her Facebook wall that she was looking for any work to support her two children. The first defendant, whom
she did not know, wrote to her by private message offering a job as a waitress with lodging. She and two other women from
Encarnación whom she brought along crossed the Paraná river by ferry. At the club they were required to 'pass' drinks with
customers and have sex in rooms at the back, and were fined for any infringement of the club's rules, which kept them in
permanent debt. The federal police closed the club in 2016.""",
  iu="yes", pu=["recruitment"], pt=["social_media"], pl=["Facebook"], st=["hunting"], cf="yes",
  fo=["sexual_exploitation"], vt=3, vm="no", vs=["female"], bo="cross_border", cs=["ARG", "PRY"], ot=2,
  me=["deception", "debt_bondage", "abuse_of_vulnerability"],
  n="offender answered victim's own Facebook post by private message -> hunting (he initiated contact with her); offender in ARG, victim in PRY -> cyber_flow yes; only the 20-year-old's age stated, others 'women' -> no")
