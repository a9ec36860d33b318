from lib import C

C("USA", 2010, """ATLANTA - A Decatur man was sentenced today to 17 years in federal prison for prostituting a 15-year-old
runaway. Marquis Dewayne Holt, 26, pleaded guilty in May 2010 to sex trafficking of a child. According to United States
Attorney Sally Quillian Yates, Holt met the girl at a MARTA station in 2009, let her stay at his girlfriend's apartment
and, within days, began advertising her online for 'dates'. He rented motel rooms in DeKalb County, set her prices and kept
the money. The girl was found by an Atlanta Police Department vice detective responding to one of the ads. The case was
investigated under the Innocence Lost National Initiative.""",
  iu="yes", pu=["advertising"], pt=["unspecified"], pl=[], st=["fishing"], cf="no", fo=["sexual_exploitation"],
  vt=1, vm="yes", vs=["female"], bo="domestic", cs=["USA"], ot=1, me=["abuse_of_vulnerability"],
  n="'advertising her online' with no site named -> unspecified; runaway -> abuse_of_vulnerability; girlfriend not charged")

C("CZE", 2013, """The Regional Court in Ostrava, by judgment of 28 March 2013, found three Czech citizens guilty of
trafficking in human beings under Section 168 of the Criminal Code and sentenced them to between five and eight years. The
accused, two brothers and the wife of one of them, approached men in the Karviná and Bruntál districts, mostly long-term
unemployed and some living in hostels, in pubs and at the labour office, and offered them work in a food-packing factory
in England. After the first meeting they called the men by telephone to arrange the journey. In Sheffield the victims were
lodged in a house controlled by the accused, who opened bank accounts in the victims' names, collected their wages and
registered them for social benefits, leaving them with about GBP 20 a week. Nine victims were identified. The case was
investigated jointly with the South Yorkshire Police within a joint investigation team.""",
  iu="no", cf="no", fo=["forced_labour"], vt=9, vm="no", vs=["male"], bo="cross_border", cs=["CZE", "GBR"], ot=3,
  me=["deception", "abuse_of_vulnerability"],
  n="phone calls after meeting in person -> internet no; bank accounts opened in victims' names: not stated as online; benefit fraud not coded as forced_criminal_activity since victims were not made to commit it")

C("BGR", 2016, """Sofia City Court, judgment No 97 of 4 April 2016, criminal case No 2210/2014. Two defendants were
convicted under Article 159b of the Criminal Code of recruiting and transporting persons across the state border for
the purpose of using them for debauchery. Between 2012 and 2013 they published advertisements on the internet offering
jobs as dancers and bar hostesses in Limassol, Republic of Cyprus, with a salary of 1,500 euros. Five young women from
Pleven, Vratsa and Sofia answered the advertisements and were interviewed at a café in Sofia. In Cyprus their identity
documents were held by the bar owner and they were required to go with clients to hotels, the defendants receiving a
commission per woman. One of the women was 17 years old at the time. The defendants received sentences of four years and
three years and six months and fines of BGN 10,000.""",
  iu="yes", pu=["recruitment"], pt=["unspecified"], pl=[], st=["fishing"], cf="no", fo=["sexual_exploitation"],
  vt=5, vm="yes", vs=["female"], bo="cross_border", cs=["BGR", "CYP"], ot=2, me=["deception", "document_retention"],
  n="'advertisements on the internet' -> unspecified; interview in person after answering; cf no: ads posted and answered in Bulgaria")

C("LTU", 2019, """Kaunas Regional Court, 2019 (summary): the court convicted four members of a group led by Darius M. of
trafficking in human beings (Article 147 of the Criminal Code) and participation in a criminal association. In 2016 and
2017 the group posted an offer on an online job board, promising construction work in Norway with free
accommodation. Seven Lithuanian men who responded were driven to Oslo, where they were told there was no construction work
and that they must 'pay off' the trip by stealing goods from shopping centres in Oslo, Bergen and Trondheim. The goods
were sent to Lithuania by lorry. The men were kept in a flat, their phones and passports taken, and one who refused was
beaten. Norwegian police arrested two of the men for shoplifting, and the investigation was conducted through a joint
investigation team with Eurojust support.""",
  iu="yes", pu=["recruitment"], pt=["job_portal"], pl=[], st=["fishing"], cf="no",
  fo=["forced_criminal_activity"], vt=7, vm="no", vs=["male"], bo="cross_border", cs=["LTU", "NOR"], ot=4,
  me=["deception", "debt_bondage", "document_retention", "force"],
  n="online job board -> job_portal; shoplifting -> forced_criminal_activity")

C("EGY", 2021, """The Cairo Criminal Court, Circuit 5, on 13 October 2021 sentenced eleven defendants, among them two
doctors, a nurse and the owner of a private laboratory in Giza, to prison terms of between 3 and 15 years for trafficking
in human organs under Law No. 64 of 2010 on Combating Human Trafficking and Law No. 5 of 2010 on organ transplantation.
The brokers ran several Facebook pages offering 'financial help' to people in difficulty and quietly stating that a kidney
could be sold for EGP 60,000. Poor men and women from Beni Suef, Minya and Fayoum who wrote to the pages were brought to
Cairo, tested at the laboratory and operated on in a rented flat converted into a clinic; the kidneys were transplanted
into wealthy patients, some of them foreigners, for up to USD 80,000. Several donors received only part of the promised
amount and two suffered serious complications. The Administrative Control Authority uncovered the network. The number
of donors was not established with certainty.""",
  iu="yes", pu=["recruitment"], pt=["social_media"], pl=["Facebook"], st=["fishing"], cf="no", fo=["organ_removal"],
  vt="unknown", vm="no", vs=["female", "male"], bo="domestic", cs=["EGY"], ot=11,
  me=["deception", "abuse_of_vulnerability"],
  n="victims described as women/men, no minor mentioned -> vm no; Facebook pages, donors wrote to them -> fishing; domestic: Egyptian donors moved within Egypt; foreign recipients not named by country")

C("NZL", 2016, """In R v Naidu, the High Court at Napier sentenced a Hawke's Bay contractor on 8 December 2016 to eight years and ten months' imprisonment on charges of human trafficking under section 98D of the Crimes Act 1961 and of
exploitation of temporary workers under the Immigration Act 2009. The Crown relied on the evidence of the workers given through Fijian interpreters. Fifteen Fijian nationals had been recruited in Fiji in 2013 and 2014 through family members and at church
meetings by people acting for the defendant, who promised them well-paid work in orchards and vineyards with work visas.
They arrived on visitor visas, were charged a fee of FJD 1,000 and deductions for accommodation, were housed in crowded
conditions and were paid little or nothing for pruning and picking. The judge noted the victims' dependence on the
defendant for housing and their fear of being sent home.""",
  iu="no", cf="no", fo=["forced_labour"], vt=15, vm="unknown", vs=[], bo="cross_border", cs=["NZL", "FJI"], ot=1,
  me=["deception", "debt_bondage", "abuse_of_vulnerability"],
  n="fictional; ages and sex not stated; recruitment in person")

C("USA", 2016, """The United States Attorney's Office for the Southern District of Texas announced that Cody Lane Barrett,
29, of Pasadena, Texas, was sentenced on 3 March 2016 to 22 years in prison for sex trafficking. The victim, then 21, had
posted a notice on Craigslist seeking a room to rent in Houston. Barrett replied to her notice, offering a room in his
house at a low rent. When she moved in he took her identification, introduced her to methamphetamine and told her she
would 'work off' the rent. He then posted ads offering her for sex on Backpage.com and drove her to appointments at
motels off Interstate 45. He beat her when she said she wanted to leave. Barrett was arrested after the victim escaped
to a gas station and called 911.""",
  iu="yes", pu=["recruitment", "advertising"], pt=["classified_ads"], pl=["Craigslist", "Backpage"],
  st=["hunting", "fishing"], cf="no", fo=["sexual_exploitation"], vt=1, vm="no", vs=["female"], bo="domestic",
  cs=["USA"], ot=1, me=["deception", "drugs", "force", "debt_bondage", "document_retention"],
  n="offender answered the victim's own Craigslist notice -> hunting (recruitment); his own Backpage ads -> fishing (advertising); both classified_ads")

C("GRC", 2014, """Mixed Jury Court of Patras (Μικτό Ορκωτό Δικαστήριο), 30 July 2014. Four defendants, the owner of a strawberry farm near Amaliada, his foreman and two guards, were tried for trafficking in human beings and attempted
homicide after the guards fired shotguns at a group of about 200 Bangladeshi workers who had demanded six months of
unpaid wages in April 2013, wounding 35 of them. The workers, without residence permits, lived in shacks made of plastic
and reeds. The court acquitted the defendants of trafficking, finding that the workers had not been deprived of their
freedom, and convicted the foreman and a guard of grievous bodily harm and illegal use of weapons. The prosecutor lodged an appeal against the acquittals, which was pending at the time of this summary.""",
  iu="no", cf="no", fo=["forced_labour"], vt=200, vm="unknown", vs=[], bo="cross_border", cs=["GRC", "BGD"],
  ot=4, me=["force", "abuse_of_vulnerability"],
  n="acquittal of trafficking but coding describes facts as alleged; 'about 200' -> 200 (judgement call); workers' sex not stated -> victim_sex empty; offenders_total 4 = those tried, although acquitted of trafficking")

C("CYP", 2012, """Assize Court of Limassol, Criminal Case No. 11473/11, judgment of 19 October 2012 (English summary). The
two accused, a Cypriot cabaret owner and his Russian-speaking manager, were convicted of trafficking in persons for
sexual exploitation under Law 87(I)/2007 and of living on the earnings of prostitution. The cabaret's owner operated a
website presented as an international talent agency, advertising contracts for 'artistes' and dancers in Cyprus with
monthly pay of EUR 2,000. Six women in the Dominican Republic applied by filling in the online form on the site and were
sent contracts by the manager from Limassol. On arrival they were told to 'sit with' customers and to sell drinks and
sex, and were fined for arriving late or refusing clients, so that they earned nothing. Their passports were kept in the
owner's office 'for the immigration office'. The accused were sentenced to five and three years' imprisonment.""",
  iu="yes", pu=["recruitment"], pt=["freestanding_website"], pl=[], st=["fishing"], cf="yes",
  fo=["sexual_exploitation"], vt=6, vm="no", vs=["female"], bo="cross_border", cs=["CYP", "DOM"], ot=2,
  me=["deception", "debt_bondage", "document_retention"],
  n="bogus talent agency site run by the offender -> freestanding_website; applicants answered -> fishing; offenders in CYP, victims in DOM -> cyber_flow yes; fines -> debt_bondage (judgement call)")

C("TUR", 2020, """Gaziantep 7th High Criminal Court, judgment dated 16 January 2020. The defendant, a Syrian national aged
44, and two Turkish co-defendants were convicted of trafficking in human beings (Article 80 of the Turkish Penal Code)
and of sexual abuse of children. The court found that the defendants arranged the 'marriage' by religious ceremony of
three Syrian girls aged 14, 15 and 16, living with their families in an informal settlement, to Turkish men in their
fifties, in exchange for payments of between 15,000 and 25,000 Turkish lira, most of which the defendants kept. Men who
had heard of the defendants by word of mouth contacted them and were sent the girls' photographs via WhatsApp, after
which the price was agreed. The court observed that the families had been in a desperate economic situation after their
displacement. Sentences of 12, 10 and 8 years were imposed.""",
  iu="yes", pu=["advertising"], pt=["messaging_app"], pl=["WhatsApp"], st=[], cf="no", fo=["forced_marriage"],
  vt=3, vm="yes", vs=["female"], bo="cross_border", cs=["TUR", "SYR"], ot=3, me=["abuse_of_vulnerability"],
  n="photos of victims sent via WhatsApp to buyers = offering victims to customers online -> advertising; but buyers contacted the offenders first and no ads were posted -> strategies empty (neither hunting nor fishing); Syrian refugees in Turkey = foreign nationals -> cross_border (judgement call: not 'brought into' the country for exploitation, but displaced)")

C("SRB", 2010, """Higher Court in Belgrade, Special Department for Organised Crime, 2010. The court convicted Nenad J., 27,
of trafficking in persons under Article 388 of the Criminal Code of Serbia and sentenced him to seven years' imprisonment.
He met the injured party, a 16-year-old girl from Novi Sad, in a café in the summer of 2008 and afterwards telephoned her
and sent her text messages almost daily, presenting himself as her boyfriend. He later took her to Belgrade, where he
forced her to provide sexual services to men in rented apartments and a motel on the Ibar highway, beating her when she
refused. She was identified by the police during a check at the motel and placed in the Shelter for Victims of
Trafficking.""",
  iu="no", cf="no", fo=["sexual_exploitation"], vt=1, vm="yes", vs=["female"], bo="domestic", cs=["SRB"], ot=1,
  me=["deception", "force"], n="met in person then calls and SMS -> internet no; Novi Sad to Belgrade -> domestic")

C("USA", 2013, """A federal judge in the Eastern District of Virginia sentenced two operators of a chain of Asian massage
parlours in Fairfax and Loudoun counties in September 2013 to 8 and 5 years in prison for conspiracy to commit sex
trafficking and interstate transportation for prostitution. The women who worked in the parlours had been recruited in
Fujian province, China, with promises of restaurant work and owed debts to smugglers of up to $50,000. The defendants
advertised the parlours' services on Backpage.com and on the parlours' own website, which listed 'new girls' each week.
The women lived in the parlours, were not allowed to go out alone and were moved between locations in Virginia, Maryland
and New York every few weeks. The number of women exploited over four years could not be determined.""",
  iu="yes", pu=["advertising"], pt=["classified_ads", "freestanding_website"], pl=["Backpage"], st=["fishing"],
  cf="no", fo=["sexual_exploitation"], vt="unknown", vm="unknown", vs=["female"], bo="cross_border",
  cs=["USA", "CHN"], ot=2, me=["deception", "debt_bondage"],
  n="parlour's own site -> freestanding_website, plus Backpage -> classified_ads")

C("JPN", 2009, """Nagoya District Court, judgment of 2 July 2009. The court sentenced the manager of a 'snack' bar in
Nakamura-ku, Nagoya, and a broker to two years and six months' imprisonment, suspended for four years, and fines of
JPY 1,000,000 for trafficking in persons (Article 226-2 of the Penal Code) and violations of the Immigration Control Act.
Six Filipino women, who had entered Japan on 'entertainer' visas arranged by the broker, were obliged to repay 'debts'
of JPY 3,000,000 each, had their passports taken and were made to go out with customers and have sex with them. The
women lived in an apartment above the bar and were watched by the staff. A customer helped two of them to reach a
church-run shelter in Nagoya.""",
  iu="no", cf="no", fo=["sexual_exploitation"], vt=6, vm="no", vs=["female"], bo="cross_border", cs=["JPN", "PHL"],
  ot=2, me=["debt_bondage", "document_retention"], n="'women' -> no; no communications described")

C("UGA", 2021, """Anti-Corruption Division / International Crimes Division, High Court of Uganda at Kampala, 2021. The
accused, Sarah Nakato, proprietor of a company whose licence as an external labour recruitment agency had expired, pleaded
guilty to three counts of trafficking in persons contrary to sections 3(1)(a) and 4 of the Prevention of Trafficking in
Persons Act, 2009. She circulated an advert in several WhatsApp groups in Kampala promising jobs as cleaners in
supermarkets in Muscat, Oman, at USD 400 a month. Three young women who answered the advert were instead employed as
housemaids in private homes, worked up to 18 hours a day without days off, and had their passports taken by the
employers. One was sexually harassed and locked in a room. The court sentenced the accused to five years' imprisonment
and ordered her to pay UGX 5,000,000 to each victim.""",
  iu="yes", pu=["recruitment"], pt=["messaging_app"], pl=["WhatsApp"], st=["fishing"], cf="no", fo=["forced_labour"],
  vt=3, vm="no", vs=["female"], bo="cross_border", cs=["UGA", "OMN"], ot=1, me=["deception", "document_retention", "force"],
  n="advert posted in WhatsApp groups, victims answered -> fishing; 'young women' -> no (judgement)")

C("COL", 2014, """Juzgado Segundo Penal del Circuito Especializado de Pereira, sentence of 20 May 2014 (summary translated
from Spanish). Liliana P. and her brother were sentenced to 13 and 11 years in prison for trata de personas. Through
advertisements on the internet offering work as models and hostesses in Singapore, with earnings of up to USD 5,000 a
month, they recruited four young women from Pereira and Dosquebradas, Risaralda, paid their air tickets and handed them
over to a network that exploited them sexually in Singapore. The women were told on arrival that they owed USD 8,000 each.
They were rescued after one of them contacted the Colombian consulate. The court found that the defendants had received
USD 1,500 per woman.""",
  iu="yes", pu=["recruitment"], pt=["unspecified"], pl=[], st=["fishing"], cf="no", fo=["sexual_exploitation"],
  vt=4, vm="no", vs=["female"], bo="cross_border", cs=["COL", "SGP"], ot=2, me=["deception", "debt_bondage"],
  n="'advertisements on the internet' -> unspecified; network in Singapore not prosecuted; cf no (online contact within Colombia)")

C("USA", 2021, """TIFTON, Ga. - A superseding indictment unsealed in the Southern District of Georgia charged members of
a labour trafficking organisation that brought Mexican and Central American workers to farms in south Georgia on H-2A
visas; in 2021 seven defendants pleaded guilty to conspiracy to commit forced labour and mail fraud. Workers paid illegal
recruitment fees of up to $4,000 in Mexico, had their passports taken on arrival, were made to dig onions with their bare
hands for a few cents a bucket, and were housed in cramped camps surrounded by fences. Dozens of workers were exploited.
Wiretapped WhatsApp conversations showed the defendants, some in Mexico and some in Georgia, exchanging photographs of the
workers' passports, lists of names, and receipts of money transfers. A worker who complained was threatened with a gun.""",
  iu="yes", pu=["logistics"], pt=["messaging_app"], pl=["WhatsApp"], st=[], cf="yes", fo=["forced_labour"],
  vt="unknown", vm="unknown", vs=[], bo="cross_border", cs=["USA", "MEX"], ot=7,
  me=["debt_bondage", "document_retention", "threat"],
  n="WhatsApp only among offenders -> logistics; offenders in MEX and USA -> cyber_flow yes; 'Central American' not a country; 'dozens' -> unknown; recruitment fees -> debt_bondage (judgement call)")

C("NOR", 2017, """Borgarting Court of Appeal (Borgarting lagmannsrett), 2017. A 58-year-old Norwegian man from Drammen
was convicted of complicity in human trafficking and of sexual abuse of children, and sentenced to 7 years' preventive
detention. Over a period of two years he paid women in the Philippines, through online money transfers, to have children
in their care perform sexual acts during live video sessions which he watched from his home in Norway and partly
recorded. He initiated the contacts with the women by writing to them on Facebook and later gave instructions during
Skype sessions. Filipino police, acting on information from Kripos, rescued seven children, the youngest aged four.""",
  iu="yes", pu=["exploitation"], pt=["webcam_livestream", "social_media"], pl=["Facebook", "Skype"], st=[],
  cf="yes", fo=["sexual_exploitation"], vt=7, vm="yes", vs=[], bo="cross_border", cs=["NOR", "PHL"], ot=1,
  me=[], n="buyer-offender prosecuted in Norway; he wrote first to the facilitators (not to victims or buyers) -> neither hunting nor fishing by the scheme's wording (judgement call); Facebook used for that contact -> social_media; online money transfers; means none described toward children beyond age -> empty")

C("UKR", 2019, """Prymorskyi District Court of Odesa, verdict of 11 June 2019 in criminal proceedings No 12018160000000432.
The court found Iryna V., 35, and her cohabitant Serhiy K., 39, guilty under Article 149(2) of the Criminal Code of
Ukraine. In 2017 they posted vacancies on VKontakte for 'hostesses' in night clubs in Antalya, Turkey, promising USD 2,500
a month, flights paid. Three women who replied in private messages were interviewed by Iryna V. in Odesa and sent to
Antalya, where the club owner took their passports and demanded that they have sex with clients to repay their
'expenses'. The accused received USD 500 per woman. The court imposed eight years' imprisonment on each with confiscation
of property.""",
  iu="yes", pu=["recruitment"], pt=["social_media"], pl=["VKontakte"], st=["fishing"], cf="no",
  fo=["sexual_exploitation"], vt=3, vm="no", vs=["female"], bo="cross_border", cs=["UKR", "TUR"], ot=2,
  me=["deception", "debt_bondage", "document_retention"], n="vacancies posted on VK, women replied -> fishing")

C("PER", 2015, """Juzgado Penal Colegiado de Tambopata, Madre de Dios, judgment of 9 December 2015 (summary translated). The
accused, Gladys Q. M., owner of a 'prostibar' in the mining camp of La Pampa, was sentenced to 15 years' imprisonment for
trafficking in persons in its aggravated form. She recruited girls from Cusco and Juliaca by means of notices posted on
the walls of the bus terminal and an announcement on a local radio station offering work as kitchen helpers in a
restaurant in Puerto Maldonado. Four girls, aged 14 to 17, who called the number on the notices were taken on a
twelve-hour bus journey to La Pampa, where they were made to serve beer to miners and to have sex with them, and were told
they owed the cost of the trip. The Public Prosecutor's Office for Crime Prevention conducted the operation with the
national police.""",
  iu="no", cf="no", fo=["sexual_exploitation"], vt=4, vm="yes", vs=["female"], bo="domestic", cs=["PER"], ot=1,
  me=["deception", "debt_bondage"], n="printed notices and radio announcement, phone -> internet no; Cusco/Puno regions to Madre de Dios -> domestic")

C("HUN", 2022, """Debrecen Regional Court of Appeal (Debreceni Ítélőtábla), 2022. The court of appeal increased to ten
years the sentence of the first defendant, a 31-year-old man, and confirmed the sentences of his two accomplices, for
trafficking in human beings and pandering under sections 192 and 200 of the Criminal Code. Between 2018 and 2020 the first
defendant sent Facebook messages to girls who lived in a children's home in Szabolcs-Szatmár-Bereg county, offering them
love, a home and 'work abroad'. Four girls, two of whom were 16, left the home with him. The defendants set up a website
for an 'escort agency' based in Zurich, on which the girls were advertised with photos and prices, and took them to
Switzerland, where the girls received clients in apartments. The Swiss police identified the victims during a check.""",
  iu="yes", pu=["recruitment", "advertising"], pt=["social_media", "freestanding_website"], pl=["Facebook"],
  st=["hunting", "fishing"], cf="no", fo=["sexual_exploitation"], vt=4, vm="yes", vs=["female"], bo="cross_border",
  cs=["HUN", "CHE"], ot=3, me=["deception", "abuse_of_vulnerability"],
  n="offender wrote first on Facebook -> hunting; escort agency site set up by the defendants -> freestanding_website; cf no: online recruitment within HUN and ads to buyers in CHE where victims were (no cross-country online link stated)")
