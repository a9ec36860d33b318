from lib import C

C("USA", 2024, """MIAMI - On 14 February 2024 a jury in the U.S. District Court for the Southern District of Florida
convicted Andre L. Castillo, 35, of four counts of sex trafficking by force, fraud and coercion and one count of
conspiracy to commit money laundering. Trial evidence showed that from 2019 to 2022 Castillo sent direct messages on
Instagram to young women who posted fitness and modelling photos, offering to manage their 'brand'. Four women, aged 19
to 24, moved into a house he rented in Homestead. He set up accounts for them on a subscription site for adult content,
kept the log-in details, and made them produce sexual videos for paying subscribers every day; he also made them meet
some subscribers in person for sex. He controlled them with cocaine and pills, took their phones, and beat one woman with
a phone charger cord. The subscription revenue, more than $1.2 million, was paid to bank accounts he controlled and
laundered through a car dealership. Sentencing is set for May before Judge Kathleen M. Williams.""",
  iu="yes", pu=["recruitment", "exploitation"], pt=["social_media", "freestanding_website"], pl=["Instagram"],
  st=["hunting"], cf="no", fo=["sexual_exploitation"], vt=4, vm="no", vs=["female"], bo="domestic", cs=["USA"], ot=1,
  me=["deception", "drugs", "force"],
  n="sexual videos sold to subscribers of an adult subscription site -> exploitation, adult site -> freestanding_website; in-person meetings with subscribers not ads posted by offender -> no fishing/advertising coded (judgement call: the accounts themselves offered the women's content, which is exploitation not advertising); offender wrote first -> hunting")

C("IND", 2020, """The Court of the Principal District and Sessions Judge, Ranga Reddy, Telangana, on 22 January 2020
convicted a brick kiln owner of Kandukur mandal and his munshi (supervisor) under sections 370 and 374 IPC, sections 16
to 18 of the Bonded Labour System (Abolition) Act, 1976 and the Inter-State Migrant Workmen Act, 1979. Thirty-two workers,
among them eleven children, from Bolangir and Nuapada districts of Odisha had been brought to the kiln by a labour
contractor, the sardar, after each family received an advance of Rs 20,000 to Rs 35,000. They moulded bricks from 3 a.m.
to 7 p.m., were paid Rs 200 a week for food, and were told they could not leave until the advance was repaid; the munshi
kept watch at night and slapped workers who asked to go home. A team of the revenue department and an NGO rescued the
families in February 2017 and issued release certificates. The sardar is absconding. Both accused were sentenced to
rigorous imprisonment for ten years.""",
  iu="no", cf="no", fo=["forced_labour"], vt=32, vm="yes", vs=[], bo="domestic", cs=["IND"], ot=2,
  me=["debt_bondage", "force", "abuse_of_vulnerability"],
  n="inter-state migrants Odisha -> Telangana -> domestic; absconding sardar not counted (offenders_total = those convicted); sex not stated")

C("PHL", 2013, """People v. Ramil T. and Janet A. (Regional Trial Court, Lapu-Lapu City, Branch 27, decided 29 November
2013). The accused maintained a house in Barangay Pusok where five young women and girls, two of them aged 15 and 16, were
made to perform sexual shows in front of webcams for foreigners. The evidence showed that the accused themselves created
profiles on an international dating website, posing as the girls, and initiated chat conversations with foreign men,
inviting them to pay for 'private shows' via money transfer. Those who agreed were given a webcam session. The investigation began when Dutch authorities forwarded information from a man in the Netherlands who had been contacted in this way. Each
accused was sentenced to life imprisonment and a fine of PHP 2 million for qualified trafficking in persons.""",
  iu="yes", pu=["advertising", "exploitation"], pt=["dating", "webcam_livestream"], pl=[], st=["hunting"], cf="yes",
  fo=["sexual_exploitation"], vt=5, vm="yes", vs=["female"], bo="cross_border", cs=["PHL", "NLD"], ot=2, me=[],
  n="offenders initiated chats with buyers on a dating site -> hunting (approaching buyers) and advertising (offering the shows); webcam shows -> exploitation; buyers 'foreigners', one of them in the Netherlands -> NLD; no means stated")

C("MYS", 2018, """Sessions Court, Shah Alam, 2018 (translated summary). A factory supervisor and the owner of a labour
supply company were convicted under section 13 of the Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007
for trafficking 27 Bangladeshi men for forced labour at a rubber glove factory in Klang. The men had paid recruitment
agents in Dhaka between BDT 350,000 and 400,000 and, upon arrival, their passports were taken by the labour supplier.
Deductions for 'levy', housing and transport left them with almost no wages, and they were told they could only leave
after working three years. They lived in containers on the factory grounds. The labour department found them during a
routine inspection. Each accused was sentenced to five years and three strokes of the rotan was not imposed on account of
age. The agents in Bangladesh were not charged.""",
  iu="no", cf="no", fo=["forced_labour"], vt=27, vm="no", vs=["male"], bo="cross_border", cs=["MYS", "BGD"], ot=2,
  me=["debt_bondage", "document_retention"], n="'men' -> no")

C("USA", 2003, """In 2003 a federal jury in Sacramento, California, convicted the owners of three residential care homes
for the elderly, a husband and wife and the wife's brother, of conspiracy to commit forced labour and of harbouring
aliens. The evidence showed that from 1999 to 2002 the defendants brought fourteen Filipino nurses and caregivers to the
United States on tourist visas through contacts in their home town of Dagupan, promising them legal work permits and
salaries of $1,500 a month. Instead, the caregivers worked 20-hour shifts caring for bedridden residents, seven days a
week, were paid $300 a month, and were told they owed $8,000 each for the airfare and 'visa processing'. The defendants
held their passports and repeatedly warned them that, since their visas had expired, they would go to jail if they
contacted the authorities. A resident's daughter noticed the exhaustion of one of the caregivers and called a state
licensing inspector. The husband received 84 months, the wife 70 months and her brother 41 months.""",
  iu="no", cf="no", fo=["forced_labour"], vt=14, vm="unknown", vs=[], bo="cross_border", cs=["USA", "PHL"], ot=3,
  me=["deception", "debt_bondage", "document_retention", "threat", "abuse_of_vulnerability"],
  n="no communications described; sex and ages of caregivers not stated; threat of jail exploiting expired visas -> threat + abuse_of_vulnerability")

C("RUS", 2018, """Babushkinsky District Court of Moscow, 2018. The owners of a grocery shop in the north of Moscow, a married
couple originally from Kazakhstan, were found guilty under Article 127.2 of the Criminal Code of the Russian Federation
(use of slave labour) and Article 127.1 (trafficking in persons). The court established that over six years twelve people, mainly women from Kazakhstan and Uzbekistan, were made to work in the shop and to unload goods around the
clock without pay, and slept in the storeroom. The defendants took the victims' passports, beat them, and one of the
women testified that her children had been taken from her. The victims were freed in 2016 after activists of a public
movement organised their escape. Sentences of six and five years were imposed; the court rejected the defence argument
that the victims had been relatives who helped in the shop.""",
  iu="no", cf="no", fo=["forced_labour"], vt=12, vm="unknown", vs=["female", "male"], bo="cross_border",
  cs=["RUS", "KAZ", "UZB"], ot=2, me=["document_retention", "force"],
  n="'mainly women' -> female and male (mainly implies some men, judgement call); ages not stated")

C("NLD", 2022, """Rechtbank Amsterdam, 30 September 2022 (ECLI withheld in this summary). The court sentenced the leader of
a Bulgarian criminal organisation to eight years' imprisonment and five co-defendants to between 30 months and six years
for human trafficking (Article 273f Sr) and participation in a criminal organisation. Over 2019 and 2020 at least nine
Bulgarian women worked in window brothels in the Amsterdam red light district and in Alkmaar for the organisation, handing
over most of what they earned. The prosecution relied largely on messages exchanged on Sky ECC encrypted phones between
the leader in Varna and his lieutenants in Amsterdam, in which they discussed which woman was to work which window, how
much she had earned, and the transfer of cash to Bulgaria. Customers found the women by walking past the windows; no
advertising of the women was found. The women, several of whom were from a poor neighbourhood of Sliven, had been told
their families would suffer if they stopped.""",
  iu="yes", pu=["logistics"], pt=["messaging_app"], pl=["Sky ECC"], st=[], cf="yes", fo=["sexual_exploitation"],
  vt=9, vm="no", vs=["female"], bo="cross_border", cs=["NLD", "BGR"], ot=6,
  me=["threat", "abuse_of_vulnerability"],
  n="victims described as women/men, no minor mentioned -> vm no; encrypted-phone messaging among offenders in BGR and NLD -> logistics + cyber_flow yes; Sky ECC treated as a messaging service; 'at least nine' -> 9")

C("GBR", 2008, """R v Kaunas and another, Sheffield Crown Court, 2008. Two Lithuanian men were convicted of trafficking
within the United Kingdom for sexual exploitation and of controlling prostitution for gain, and sentenced to 9 and 5
years. A 17-year-old Lithuanian girl had been brought to Sheffield on the promise of a job in a hotel and was made to
work in a brothel in the Attercliffe area; a second girl, aged 19, was moved there from Leicester. Intercepted phone
calls showed that the first defendant intended to advertise the younger girl on an escort website 'when she has better
photos', but no advertisement was placed before the police raided the address; the brothel's customers came through
cards left in telephone boxes and by word of mouth. The judge, recommending deportation, described the defendants as
'dealers in human misery'.""",
  iu="no", cf="no", fo=["sexual_exploitation"], vt=2, vm="yes", vs=["female"], bo="cross_border", cs=["GBR", "LTU"],
  ot=2, me=["deception"],
  n="advert on an escort website planned but never posted -> internet no; telephone-box cards are print")

C("ESP", 2023, """Audiencia Provincial de Valencia, Sección Segunda, sentencia de 12 de abril de 2023 (summary). Six
members of a Romanian clan were sentenced to a combined 61 years' imprisonment for trafficking in human beings for sexual
exploitation, coercive prostitution and membership of a criminal organisation. Nine Romanian women, recruited in Craiova
and Slatina by means of 'lover boy' relationships and false offers of work as waitresses, were kept in flats in Valencia
and Benidorm and were offered to clients by advertisements published on pasion.com and other erotic contact ad sites,
with photographs and telephone numbers managed by the organisation's leader. The women had to take clients 24 hours a day
and pay EUR 50 daily for the flat. The National Police operation, code-named 'Vesta', involved Europol and the Romanian
police. The court refused to apply the mitigating factor of undue delay.""",
  iu="yes", pu=["advertising"], pt=["classified_ads"], pl=["Pasion"], st=["fishing"], cf="no",
  fo=["sexual_exploitation"], vt=9, vm="no", vs=["female"], bo="cross_border", cs=["ESP", "ROU"], ot=6,
  me=["deception", "debt_bondage"],
  n="victims described as women/men, no minor mentioned -> vm no; pasion.com is a classified contact-ads site -> classified_ads, normalised 'Pasion'; daily flat fee -> debt_bondage (judgement call)")

C("VNM", 2019, """People's Court of Lao Cai province, first-instance trial of 26 September 2019. Two defendants, Vang A S.
and Giang Thi M., were sentenced to 14 and 9 years' imprisonment for trafficking in persons under Article 150 of the Penal
Code 2015. The victims, three ethnic Hmong women aged 18 to 20 from Bac Ha district, had been contacted on Zalo by a man
they had never met in person, who chatted with them over several weeks, claimed to be a trader and offered them jobs in a
shop across the border in Hekou, Yunnan. The defendants met them at the border market and guided them along a forest path
into China, where they were sold to Chinese men as wives for CNY 60,000 to 80,000 each. One victim escaped and was
returned by Chinese police through the Lao Cai border gate. It was not established whether the man on Zalo was one of the
defendants.""",
  iu="yes", pu=["recruitment"], pt=["messaging_app"], pl=["Zalo"], st=["hunting"], cf="unknown",
  fo=["forced_marriage"], vt=3, vm="no", vs=["female"], bo="cross_border", cs=["VNM", "CHN"], ot=2, me=["deception"],
  n="offender-side contact on Zalo initiated by the man -> hunting; his location unknown -> cyber_flow unknown; ages 18-20 -> vm no")

C("USA", 2018, """The U.S. District Court for the District of Kansas in 2018 sentenced the owner of a Kansas City-area
staffing company to 8 years in prison for forced labour, visa fraud and conspiracy. The company posted job openings on its
recruitment website and on online job boards in the Philippines, advertising hotel and country club positions in the United
States. Filipino workers who applied paid placement fees of up to $6,000 and, once in the United States, were housed in
overcrowded apartments, had their passports held by the company and were threatened with arrest and deportation if they
complained. The company placed the workers in jobs at several hotels and country clubs and kept part of their wages.
The number of victims was estimated at more than a dozen.""",
  iu="yes", pu=["recruitment"], pt=["job_portal", "freestanding_website"], pl=[], st=["fishing"], cf="yes",
  fo=["forced_labour"], vt="unknown", vm="unknown", vs=[], bo="cross_border", cs=["USA", "PHL"], ot=1,
  me=["debt_bondage", "document_retention", "threat"],
  n="company's own recruitment website -> freestanding_website (bogus employment agency type) + online job boards -> job_portal; US company, applicants in PHL -> cyber_flow yes; 'more than a dozen' -> unknown")

C("AUS", 2021, """R v Sarsangi (District Court of New South Wales, 2021). The offender, a 47-year-old Thai-born Australian
citizen, pleaded guilty to three counts of conducting a business involving sexual servitude and one count of dealing in
proceeds of crime. Between 2016 and 2018 she brought Thai women to Sydney on tourist visas and housed them in apartments in
Burwood and Ashfield. She advertised their sexual services on Locanto and another classified site, with photographs and
false names, and arranged the bookings. The women were told they each owed AUD 40,000 and were paid nothing until the
debt was repaid. The offender was sentenced to six years with a non-parole period of three years and six months.""",
  iu="yes", pu=["advertising"], pt=["classified_ads"], pl=["Locanto"], st=["fishing"], cf="no",
  fo=["sexual_exploitation"], vt="unknown", vm="no", vs=["female"], bo="cross_border", cs=["AUS", "THA"], ot=1,
  me=["debt_bondage"],
  n="victims described as women/men, no minor mentioned -> vm no; 'three counts' does not state the number of victims -> unknown; the name is fictional")

C("PAK", 2017, """Sessions Court, Kasur, Punjab, judgment of 18 May 2017. The owner of a brick kiln near
Chunian and his manager were convicted under the Bonded Labour System (Abolition) Act, 1992 and section 371 of the
Pakistan Penal Code and sentenced to five years' imprisonment each and a fine of PKR 50,000. A Christian family of seven,
the parents and five children aged 6 to 15, had worked at the kiln for four years against an advance of PKR 180,000,
which had grown through interest and deductions to PKR 450,000. The family were not allowed to leave the kiln area and the
father was beaten when he sought work elsewhere. The family was released on a petition of habeas corpus to the Lahore High
Court filed by a human rights organisation.""",
  iu="no", cf="no", fo=["forced_labour"], vt=7, vm="yes", vs=["female", "male"], bo="domestic", cs=["PAK"], ot=2,
  me=["debt_bondage", "force"], n="parents -> female and male; no communication mentioned")

C("IRL", 2024, """The Central Criminal Court in Dublin on 8 March 2024 sentenced a Brazilian couple living in Cork to seven
and four years' imprisonment for trafficking for sexual exploitation under section 4 of the Criminal Law (Human
Trafficking) Act 2008 and organising prostitution. Four Brazilian women had been recruited in Goiânia and Anápolis with
offers of work as nannies in Ireland. After they arrived at Dublin Airport, the couple took their passports, photographed
them and advertised them on Escort-Ireland, the country's leading escort advertising website, moving them between
apartments in Cork, Limerick and Galway every week. The women had to pay a 'debt' of EUR 8,000 each. Garda National
Protective Services Bureau found them during Operation Quest. Ms Justice Tara Burns noted the 'calculated cruelty' of
the scheme.""",
  iu="yes", pu=["advertising"], pt=["freestanding_website"], pl=["Escort-Ireland"], st=["fishing"], cf="no",
  fo=["sexual_exploitation"], vt=4, vm="no", vs=["female"], bo="cross_border", cs=["IRL", "BRA"], ot=2,
  me=["deception", "debt_bondage", "document_retention"], n="escort advertising website -> freestanding_website")

C("KAZ", 2016, """Specialised Inter-District Criminal Court of Almaty, 2016. A resident of Almaty region, owner of a
tobacco farm in Enbekshikazakh district, was convicted under Article 128 of the Criminal Code of the Republic of
Kazakhstan (trafficking in persons) and sentenced to seven years' deprivation of liberty with confiscation of property.
The court found that he brought eight citizens of Uzbekistan, among them two married couples, to the farm in 2014 and 2015,
took their passports on arrival, did not pay the promised wages and kept them working on tobacco plantations from dawn to
dusk. He threatened to report them to the migration police if they left. The victims were released during the 'Nelegal
Migrant' operation.""",
  iu="no", cf="no", fo=["forced_labour"], vt=8, vm="unknown", vs=["female", "male"], bo="cross_border",
  cs=["KAZ", "UZB"], ot=1, me=["deception", "document_retention", "threat", "abuse_of_vulnerability"],
  n="married couples -> both sexes; threat of reporting to migration police -> threat + abuse_of_vulnerability")

C("BEL", 2011, """Court of First Instance of Brussels (Tribunal de première instance, 54th chamber), judgment of 15 December
2011. Three defendants who ran two 'Thai massage' salons in Ixelles and Saint-Gilles were convicted of trafficking in human
beings, exploitation of prostitution and illegal employment and sentenced to three years (partly suspended), 30 months and
one year. Thai women, whose number the court could not establish, were recruited in Bangkok, arrived on Schengen visas
obtained through a Belgian 'sponsor', and had to reimburse EUR 15,000. The salons were advertised on an erotic contact
website run by the main defendant's brother in Antwerp, which presented the women as 'new arrivals from Bangkok'; the
brother was prosecuted separately. The Centre for Equal Opportunities and Opposition to Racism was a civil party.""",
  iu="yes", pu=["advertising"], pt=["freestanding_website"], pl=[], st=["fishing"], cf="no",
  fo=["sexual_exploitation"], vt="unknown", vm="no", vs=["female"], bo="cross_border", cs=["BEL", "THA"], ot=3,
  me=["debt_bondage"],
  n="victims described as women/men, no minor mentioned -> vm no; erotic contact website run by a relative -> freestanding_website; brother prosecuted separately not counted")

C("ISR", 2006, """Tel Aviv District Court, Criminal Case 1042/05, judgment of 2 March 2006. Three defendants were convicted
of trafficking in persons for prostitution under section 203A of the Penal Law, 5737-1977, and of holding a person under
conditions of slavery, and sentenced to 11, 8 and 6 years' imprisonment and to pay compensation of NIS 100,000 to each
complainant. Five women from Moldova and Ukraine had been smuggled across the Egyptian border in Sinai by Bedouin guides
paid by the defendants, and were held in an apartment in south Tel Aviv serving as a brothel. They were sold between
pimps, their passports were taken, and they were told that their families would be harmed if they tried to escape. The
court stressed the severity of buying and selling human beings 'as chattels'.""",
  iu="no", cf="no", fo=["sexual_exploitation"], vt=5, vm="no", vs=["female"], bo="cross_border",
  cs=["ISR", "MDA", "UKR", "EGY"], ot=3, me=["document_retention", "threat"], n="victims described as women/men, no minor mentioned -> vm no; no communications mentioned")

C("MAR", 2022, """Court of Appeal of Casablanca, criminal chamber of first instance, judgment of 4 July 2022 (summary
translated from Arabic and French). A 29-year-old woman and her associate were convicted under Law 27-14 on combating
trafficking in human beings and sentenced to ten and six years' imprisonment. The first defendant contacted young women
and girls through private messages on Instagram, complimenting them on their photos and offering them contracts as
hostesses and models at events in Dubai. Three of them, including a 17-year-old girl from Mohammedia, travelled to Dubai,
where their passports were taken by the associate and they were forced to have sex with clients in hotel apartments.
They were repatriated with the assistance of the Moroccan consulate in Dubai.""",
  iu="yes", pu=["recruitment"], pt=["social_media"], pl=["Instagram"], st=["hunting"], cf="unknown",
  fo=["sexual_exploitation"], vt=3, vm="yes", vs=["female"], bo="cross_border", cs=["MAR", "ARE"], ot=2,
  me=["deception", "document_retention", "force"], n="offender wrote first on Instagram -> hunting; location of first defendant when messaging not stated -> cyber_flow unknown")

C("SGP", 2020, """State Courts of Singapore, Public Prosecutor v. Tan Mei Ling and another, 2020. The accused persons, a
couple, pleaded guilty to charges under the Prevention of Human Trafficking Act 2014 and the Employment of Foreign
Manpower Act. Their foreign domestic worker, a 23-year-old woman from Myanmar, worked for them for 14 months without a
rest day and without salary, was allowed to eat only two slices of bread a day, was not allowed to contact her family, and
was slapped and kicked. Her work permit and passport were kept by the wife. She was found by a neighbour. The District
Judge imposed sentences of 3 years and 9 months' and 2 years' imprisonment and ordered compensation of SGD 29,000.""",
  iu="no", cf="no", fo=["forced_labour"], vt=1, vm="no", vs=["female"], bo="cross_border", cs=["SGP", "MMR"], ot=2,
  me=["force", "document_retention"], n="domestic servitude of a foreign worker -> cross_border")

C("USA", 2007, """The Federal District Court in Chicago in 2007 sentenced a South Side man to 25 years for the sex
trafficking of two girls aged 14 and 15. He posted advertisements for the girls in the erotic services section of
Craigslist from a computer at a public library, and answered calls from customers who saw the ads.""",
  iu="yes", pu=["advertising"], pt=["classified_ads"], pl=["Craigslist"], st=["fishing"], cf="no",
  fo=["sexual_exploitation"], vt=2, vm="yes", vs=["female"], bo="unknown", cs=["USA"], ot=1, me=[],
  n="very short summary; nationality/movement not stated -> border unknown (judgement call; not assumed domestic)")
