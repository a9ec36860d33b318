from lib import C

C("H20-041","IND",2019,"""The girl, 13, told the Child Welfare Committee in Bardhaman that from 2017 her aunt, with whom
she lived after her mother's death, made her undress and perform acts in front of a phone camera during video
calls with men abroad, mostly in the United Kingdom, who paid her aunt by online transfers. The Sessions Court
convicted the aunt under section 370 IPC and the POCSO Act in 2019 and sentenced her to 20 years.""",
"yes","exploitation","webcam_livestream unspecified","","","yes","sexual_exploitation",1,"yes","female",
"cross_border","IND GBR",1,"abuse_of_vulnerability",
"Abuse performed live on video calls for paying men abroad -> exploitation, webcam_livestream (video calls used to exploit), cyber_flow yes and cross_border although the girl never moved (C9). Payments by 'online transfers' -> unspecified (C1). Orphaned niece in the aunt's care -> abuse_of_vulnerability.")

C("H20-042","USA",2022,"""Following a four-day bench trial, the United States District Court for the Western District of
Kentucky found the defendant, a 36-year-old man from Nashville, Tennessee, guilty of two counts of sex trafficking
by force, fraud or coercion (18 U.S.C. 1591). The court found that he met the two women, both in their twenties,
at an addiction treatment program in 2019, promised them jobs as receptionists, and instead placed them in two
massage businesses in Bowling Green, where they provided sexual services to customers. He stayed in Nashville but
controlled them from a distance: he required each woman to answer WhatsApp video calls from him at any hour, to
turn the camera around the room and to count the day's cash on camera, and he threatened to stop supplying the
heroin on which both depended if they failed to answer. He collected the money every weekend. The court
sentenced him to 210 months' imprisonment.""",
"yes","logistics","messaging_app","WhatsApp","","no","sexual_exploitation",2,"no","female","domestic","USA",1,
"deception drugs threat abuse_of_vulnerability other",
"WhatsApp video calls used to watch and control the women, not to exploit them on camera -> messaging_app, purpose logistics (judgement call: remote control of victims online is logistics; webcam_livestream only when the exploitation itself is on camera). Across state lines only -> domestic (C8). Heroin supply as control -> drugs; addiction -> abuse_of_vulnerability; video surveillance -> other.")

C("H20-043","JPN",2007,"""Our network of support groups for foreign trainees followed the case of six Chinese women who sewed
school uniforms in a factory in Ibaraki Prefecture in 2005 and 2006. The women had been recruited in Jilin
Province by e-mail: the president of a Japanese intermediary organisation wrote to each of them, using addresses
collected by a vocational school, and offered 'technical training' with a monthly allowance of 60,000 yen and paid
overtime. In Japan, the factory owner took their passports and bank books, paid overtime at 300 yen an hour,
forbade them to leave the dormitory after 9 p.m. and threatened to send them home, where each of them still owed
money to the sending agency, if they complained. In 2007 the Mito District Court convicted the owner and the
president of the intermediary organisation of violations of the Labour Standards Act and the Immigration Control
Act. We believe that the trainee system itself must change.""",
"yes","recruitment","email","","hunting","yes","forced_labour",6,"no","female","cross_border","JPN CHN",2,
"deception document_retention threat other",
"The intermediary's president 'wrote to each of them' by e-mail -> first contact, hunting, recruitment (C13); Japan to China -> cyber_flow yes (C7). 'women' -> minor no. Debt owed to the sending agency, a third party, not coded as debt_bondage (heldout11 practice); bank books and curfew -> other (judgement call).")

C("H20-044","RUS",2010,"""She told the Kalininsky District Court of Tyumen that she and two other women from Kyrgyzstan were
brought to the city in 2008 by the first defendant, a woman from their district, who had promised them jobs as
waitresses in a café. Instead, she said, they were locked in a sauna owned by the second defendant and made to
serve customers; their passports were in his safe, and when she tried to leave he beat her. The court also heard
how the case came to light: a reporter for a regional news website, who had heard rumours about the sauna, went
there posing as a customer, spoke to the women and published an article online; the police raided the sauna two
days later. Both defendants were convicted under Articles 127.1 and 240 of the Criminal Code and sentenced to six
and eight years.""",
"no","","","","","no","sexual_exploitation",3,"no","female","cross_border","RUS KGZ",2,
"deception force document_retention",
"Only a journalist used the internet (article published online) -> not coded (C3). Kyrgyz women in Russia -> cross_border. Locked in, beaten -> force.")

C("H20-045","JPN",2013,"""Matsuyama District Court, Imabari Branch, 2013. Three defendants convicted of violations of the
Labour Standards Act (forced labour, Article 5) and the Immigration Control Act in respect of five Vietnamese
technical interns in a towel-sewing workshop. Defendant 1, president of the company, set the rules: work from 7 a.m.
to 11 p.m., no days off in the busy season, wages paid into accounts whose bank books he kept. Defendant 2, the
workshop supervisor, kept the interns' passports and residence cards in a locked cabinet and told them they would
be sent home owing their recruitment debt if they complained. Defendant 3, an employee of the supervising
organisation, signed false inspection reports. Each month Defendant 1 sent JPY 30,000 per intern to their families
in Nam Dinh by bank wire transfer and kept the rest. Sentences: two years six months (suspended), two years
(suspended) and a fine.""",
"no","","","","","no","forced_labour",5,"unknown","","cross_border","JPN VNM",3,
"document_retention threat other",
"Bank wire transfers, no 'online' -> not internet (C1). Interns' sex and ages not stated -> victim_sex empty, minor unknown (C10). Recruitment debt owed to a third party -> not debt_bondage; bank books held -> other (judgement call). Vietnamese interns -> cross_border.")

C("H20-046","KGZ",2013,"""Osh city police department, summary of the case sent to court, October 2013. Suspects: a married
couple, both 45, residents of Osh. From 2011 the suspects took four boys aged 8 to 12, two of them with cerebral
palsy, from poor families in the Kara-Suu district, promising the parents treatment for the boys in a private
clinic. The boys were made to beg at the Jayma bazaar from morning until evening, and were beaten when they
brought too little. In addition the wife photographed the disabled boys and posted appeals for donations for
their 'operations' on the social network Odnoklassniki, giving the number of a Qiwi wallet into which about 90,000
soms were paid. Charged under Article 124 of the Criminal Code (trafficking in persons).""",
"yes","exploitation","social_media unspecified","Odnoklassniki|Qiwi","","no","forced_begging",4,"yes","male",
"domestic","KGZ",2,"deception abuse_of_vulnerability force",
"Donation appeals with the boys' photos on Odnoklassniki -> the begging is also carried out online -> exploitation (judgement call for online begging), no strategy (an appeal is not an ad for victims or a job). Qiwi wallet -> online payment service, unspecified (C1); logistics not added since exploitation applies. Disabled children of poor families -> abuse_of_vulnerability.")

C("H20-047","ARG",2016,"""PROTEX press release. The Federal Oral Court of Santa Rosa, La Pampa, sentenced a 34-year-old man to
ten years in prison for trafficking in persons for sexual exploitation (Law 26.842). According to the judgment, in
2014 the defendant wrote to two women from General Pico, aged 20 and 23, on the dating app Tinder, courted them for
several weeks and then invited each of them, separately, to live with him in Santa Rosa. Once there, he told them
he was in debt and persuaded and then forced them to have sex with clients; he published their photographs on an
escort website and answered the clients' calls himself. When one of the women refused, he hit her and threatened
to send intimate videos to her family. The prosecution was led by the Fiscalia Federal of Santa Rosa with the
assistance of PROTEX.""",
"yes","recruitment advertising","dating freestanding_website","Tinder","hunting fishing","no","sexual_exploitation",2,
"no","female","domestic","ARG",1,"deception force threat",
"He 'wrote to' the women on Tinder -> first contact, hunting, recruitment (C13). Photos on 'an escort website' -> freestanding_website (C2: kind of site stated), advertising, fishing. Aged 20 and 23 -> minor no.")

C("H20-048","AUT",2017,"""A network of subcontractors that kept a dozen Bosnian construction workers in a web of debts has been
broken up, the regional court in Leoben heard this week as three managers were convicted of trafficking in human
beings. The men had been posted to building sites in Upper Styria by a Slovenian firm, officially as posted
workers on Slovenian contracts. In reality, prosecutors said, they were paid EUR 3 an hour, had their passports
'kept safe' in the site office and were told that they owed the firm for their travel, tools and beds in a
container camp on the site. A worker who complained was driven to the railway station, left on the platform and
told not to come back to any site of the group. The court sentenced the managers to between 18 months and three
years; one term was suspended.""",
"no","","","","","no","forced_labour",12,"no","male","cross_border","AUT BIH SVN",3,
"deception document_retention debt_bondage threat",
"Look-alike words only: 'network' of subcontractors, 'web of debts', 'posted workers', building 'sites', railway 'platform' -> no internet. 'a dozen' -> 12 (a number word, not 'dozens', C12). Men -> minor no. Threat: dismissal and ban from any site.")

C("H20-049","NPL",2010,"""The Kathmandu District Court convicted three men under the Foreign Employment Act and the Human
Trafficking and Transportation (Control) Act for sending fourteen men from Dhanusha and Mahottari districts to a
palm-oil plantation in Malaysia in 2008. The first accused, a local agent, went from village to village promising
jobs as security guards with salaries of NPR 40,000. The second accused, manager of a manpower company, issued
contracts that did not match the visas. The third accused collected fees of NPR 120,000 from each man and told them
they would repay the balance from their wages. In Malaysia the employer took their passports; they worked twelve
hours a day for a fraction of the wage, most of which went towards the debt to the agents. One of the men later
wrote to a migrant workers' organisation in Kathmandu through its Facebook page, asking for help; the
organisation alerted the embassy.""",
"no","","","","","no","forced_labour",14,"no","male","cross_border","NPL MYS",3,
"deception document_retention debt_bondage",
"A victim's Facebook message to a migrant workers' organisation asking for help -> not coded (C3). Recruitment in person. Debt owed to the agents (offenders) -> debt_bondage.")

C("H20-050","NOR",2023,"""The Halogaland Court of Appeal, like the district court, found it proved that the defendant had
offered a 15-year-old girl for sex in an open Telegram group with some 2,000 members that he administered, that
men who wrote to him there were sent to a flat in Bodo, and that he kept her supplied with hashish. Sentence: five
years.""",
"yes","advertising","messaging_app","Telegram","fishing","no","sexual_exploitation",1,"yes","female","domestic",
"NOR",1,"drugs",
"Offers posted in an open Telegram group of some 2,000 members -> an advertisement, fishing (not a closed group of chosen buyers, so not C6). Aged 15 -> minor yes. Supplying hashish to control her -> drugs.")

C("H20-051","BOL",2025,"""The defendants, a Chinese national who managed a road construction site near Rurrenabaque (Beni) and
a Bolivian labour contractor, were convicted of trafficking in persons by a sentencing court in Rurrenabaque.
Twenty-three Chinese men were recruited in Henan province in 2022 through job offers that a recruiter posted in
WeChat groups for construction workers, promising wages of CNY 12,000 a month; the recruiter, who remains in
China, coordinated the men's travel with the site manager over WeChat. On arrival in Bolivia, the manager took the
men's passports, told them they owed the company for their tickets and visas, and paid them a fraction of the
promised wage; the contractor threatened to hand them to the migration police if they stopped working. The men
were found living in tents on the site after a labour inspection.""",
"yes","recruitment","messaging_app","WeChat","fishing","yes","forced_labour",23,"no","male","cross_border","BOL CHN",2,
"deception document_retention debt_bondage threat",
"Job offers posted in WeChat groups by a recruiter acting for the offenders -> recruitment, fishing (C3, C13). Recruiter in China and manager in Bolivia coordinating over WeChat -> cyber_flow yes (C7/C14); logistics not added since recruitment applies. Recruiter not a defendant -> offenders 2 (C11). 'men' -> minor no.")

C("H20-052","DOM",2019,"""Report of the Specialised Unit against Trafficking in Persons and Smuggling of Migrants, National
Police, San Pedro de Macoris, 2019. The two detainees, a man of 28 and his partner of 25, are accused of
trafficking three adolescent girls aged 15 to 17, residents of the Barrio Mexico sector, whom they had offered
work as cleaners. The girls were photographed and advertised for 'private massages' on the classified-ads site
Corotos, and taken to cabins on the Juan Dolio road to meet clients; the couple kept the money. The girls are in
the care of CONANI. File sent to the Public Ministry for prosecution under Law 137-03.""",
"yes","advertising","classified_ads","Corotos","fishing","no","sexual_exploitation",3,"yes","female","domestic",
"DOM",2,"deception",
"Girls advertised on the classified-ads site Corotos -> advertising, classified_ads, fishing. Aged 15-17 -> minor yes. Two detainees accused -> offenders 2 (C11).")

C("H20-053","FIN",2003,"""In setting the sentence the District Court of Kouvola took into account, as aggravating, that the
three Estonian women were watched by cameras installed in the flat and in the stairwell, that the accused kept
their passports, and that he took the larger part of their earnings. Aggravated pimping: two years and four
months.""",
"no","","","","","no","sexual_exploitation",3,"no","female","cross_border","FIN EST",1,"other document_retention",
"Surveillance cameras, no internet. Cameras watching the women -> other (judgement call, heldout19). Estonian women in Finland -> cross_border.")

C("H20-054","ISR",2009,"""In sentencing the two defendants, the Haifa District Court noted that the three complainants, women
from Tashkent and Samarkand aged between 31 and 46, had come to Israel in 2006 in the belief that they would work
as caregivers for elderly people at a wage of USD 900 a month, having answered an advertisement that the second
defendant had placed on the internet from Haifa. The court found that on arrival the first defendant took their
passports, housed the three in a single room in his mother's apartment in Kiryat Bialik, and hired them out to
families in the Krayot and in Haifa as live-in carers, collecting their wages himself and paying them at most a
few hundred shekels a month. They were on duty day and night, were not allowed to leave the employers' homes on
their day off, and were told that they owed him USD 5,000 each for the flight, the visa and 'commission'. When one
of them asked for her passport, he told her that he had friends in the police and that she would be deported
without her wages. The court accepted the prosecution's position that the offence was one of holding persons
under conditions of slavery and of trafficking for forced labour (sections 375A and 377A of the Penal Law), and
not, as the defence submitted, a mere labour dispute. The defendants had exploited women far from home who did
not speak Hebrew and depended on them entirely. Weighing the defendants' lack of prior convictions, the first
defendant was sentenced to four years' imprisonment and the second, whose role ended with the recruitment, to
two years, and both were ordered to pay compensation of ILS 50,000 to each complainant.""",
"yes","recruitment","unspecified","","fishing","yes","forced_labour",3,"no","female","cross_border","ISR UZB",2,
"deception document_retention debt_bondage threat abuse_of_vulnerability force",
"Women answered an advertisement the second defendant placed 'on the internet' -> recruitment, fishing, unspecified (C2, C3). Placed from Haifa, answered by women in Uzbekistan -> cyber_flow yes (C7). Aged 31-46 -> minor no. Dependence, no Hebrew -> abuse_of_vulnerability. Not allowed to leave the employers' homes -> force (confinement, heldout20 call; added in revision R3).")

C("H20-055","COL",2003,"""A network that sent young women from the north of Valle del Cauca to work in bars in Japan has been
dismantled, the Attorney General's Office said, after four of its members were sentenced in Cartago this week. The
network's recruiters approached women at beauty salons and bus platforms in Cartago and Zarzal, promising them
jobs in restaurants in Hamamatsu and arranging their passports and tickets. In Japan, the women were handed to a
bar owner who kept their passports and told them they owed USD 40,000 each, to be paid off by prostitution. Five
victims testified. Prosecutors said the members of the network had posted the women's documents by courier to
Bogota to obtain visas. 'They were caught in a web of lies from the first day,' said one of the prosecutors.""",
"no","","","","","no","sexual_exploitation",5,"unknown","female","cross_border","COL JPN",4,
"deception document_retention debt_bondage",
"Look-alike words only ('network', bus 'platforms', documents 'posted' by courier, 'web of lies') -> no internet. 'young women' -> minor unknown (C10). Japanese bar owner not tried -> offenders 4.")

C("H20-056","JPN",2011,"""Ibaraki Prefectural Police, Tsuchiura Police Station, case summary (translation), 2011. Suspects: the
manager of a snack bar in Tsuchiura (male, 58) and his wife (female, 49). From 2009 the suspects received four Thai
women supplied by a broker in Bangkok. Before each woman's arrival the broker sent copies of her passport and a
photograph to the snack bar by fax, and the manager replied by letter with the amount he would pay. The women were
told that they each owed JPY 4 million, had their passports taken by the wife and were made to provide sexual
services to customers in a room above the bar. One of the women posted a letter to the Thai Embassy in Tokyo,
which led to this investigation. Suspected offences: trafficking in persons (Penal Code Article 226-2) and the
Anti-Prostitution Act.""",
"no","","","","","no","sexual_exploitation",4,"no","female","cross_border","JPN THA",2,
"debt_bondage document_retention",
"Fax and letters only (broker to suspects, victim to embassy) -> no internet. No deception described (the women were 'supplied'), so none coded. Thai women -> cross_border; women -> minor no.")

C("H20-057","GBR",2015,"""R v K & ors, Derby CC, sentenced 12.06.2015. Offences pre-date MSA 2015: s.4 AI(TC)A 2004 (trafficking
for exploitation) & s.71 C&JA 2009 (forced labour). D1 (SVK, 41), D2 (SVK, 38), D3 (SVK, 24). 03.2013-08.2014: D1,
from Derby, posted job offers in Facebook groups for job-seekers in eastern Slovakia ('work in England, GBP 300 a
week, house provided'); 6 men from Michalovce district answered. D2 met them at East Midlands airport, opened bank
accounts in their names and kept the cards; D3 drove them daily to a recycling plant via a labour agency. Wages
paid into the accounts were withdrawn by D1-D2; men given GBP 20/week; told they owed GBP 400 each for flights;
threatened with violence. Sentences: D1 6y, D2 4y 6m, D3 2y 3m.""",
"yes","recruitment","social_media","Facebook","fishing","yes","forced_labour",6,"no","male","cross_border","GBR SVK",3,
"deception debt_bondage threat other",
"D1 'posted job offers in Facebook groups', men answered -> recruitment, fishing (C13). Posted from Derby to job-seekers in Slovakia -> cyber_flow yes (C7). Bank cards kept -> other (judgement call; not identity documents). Men -> minor no.")

C("H20-058","GBR",2014,"""Reading Crown Court, 2014. Husband and wife (Milton Keynes) convicted of holding a person in
servitude and requiring forced labour (s.71 Coroners and Justice Act 2009). V, a Nigerian girl, brought to the UK
at 15 in 2004 as 'a relative' on a visitor visa, worked as their domestic servant until 2013: cooking, cleaning and
childcare from 5 a.m., no pay, no schooling. Passport held by the wife. She had no phone, no internet access and no
contact with anyone outside the house, and was beaten for mistakes and told she would be arrested as an illegal
immigrant if she went out. Found after a neighbour called social services. Sentences: 7 and 5 years.""",
"no","","","","","no","forced_labour",1,"yes","female","cross_border","GBR NGA",2,
"document_retention force threat",
"Internet named only in its absence ('no internet access') -> no. Brought at 15 -> minor yes (C10). No promise or lie described -> no deception.")

C("H20-059","USA",2009,"""S.D. Tex., 2009. Husband and wife, Sugar Land, convicted after jury trial of forced labor (18 U.S.C.
1589) and document servitude (18 U.S.C. 1592). Victim: Indonesian domestic worker, 40, brought in 2004 on a promise
of USD 400/month; worked 16-hour days until 2008, paid nothing; passport kept in the wife's safe; told she would be
jailed if she went out alone. She searched the family's computer at night for help, found the number of an
anti-trafficking hotline on a website and called it. Sentences: 10 years (husband), 8 years (wife); restitution
USD 206,000.""",
"no","","","","","no","forced_labour",1,"no","female","cross_border","USA IDN",2,
"deception document_retention threat",
"The victim's own internet search for help -> not coded (C3). Aged 40 -> minor no. Indonesian worker in the USA -> cross_border.")

C("H20-060","EST",2013,"""Ida-Viru Prefecture, Police and Border Guard Board, summary of criminal file, 2013. Suspect (M, 35,
Narva). 2011-2012: arranged for three women from Narva and Kohtla-Jarve, aged 21-27, to provide sexual services in
rented flats in Turku, Finland; kept 70% of earnings and 'fines' for lateness. Clients arranged by mobile phone
calls to numbers given by word of mouth; suspect sent the women their schedules and addresses by SMS. Women told
that their debts for travel and rent must be repaid first; one threatened with exposure to her family. Charged
under Penal Code s. 133 (human trafficking).""",
"no","","","","","no","sexual_exploitation",3,"no","female","cross_border","EST FIN",1,
"debt_bondage threat other",
"Mobile phone calls and SMS only -> internet no (scheme, worked example 4). Estonian women moved to Finland -> cross_border. Fines -> other.")
