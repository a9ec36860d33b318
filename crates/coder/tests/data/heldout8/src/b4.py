from h import C
C(61, "PRT", 2017, """The Lisbon Central Criminal Court (Juizo Central Criminal de Lisboa) convicted three defendants, two
Brazilian nationals resident in Portugal and a Portuguese landlord, of trafficking in persons (article 160 of the Penal
Code) and aggravated pimping, with sentences of nine, seven and four years' imprisonment. It was proven that between 2014
and 2016 the first defendant, who lived in Lisbon, contacted six Brazilian transgender women in Fortaleza and Belem through
Facebook, sending them messages in which she offered to pay for their flights and to help them with 'a new life in
Europe'. On arrival the women were told that each owed 12,000 euros, their passports were taken, and they were installed in
apartments in Lisbon and in Amadora. The second defendant photographed them and published advertisements on a classified
advertising website, in the 'adult' category, with a telephone number that he answered himself; clients who called were
given the address. The women could not leave the apartments without permission. The landlord knowingly rented the
apartments at inflated prices. The court declared the sums seized forfeit to the State.""",
"yes", ["recruitment", "advertising"], ["social_media", "classified_ads"], ["Facebook"], ["hunting", "fishing"], "yes",
["sexual_exploitation"], 6, "no", ["female"], "cross_border", ["PRT", "BRA"], 3,
["deception", "debt_bondage", "document_retention"],
"C5: defendant in Lisbon wrote first to the women in Brazil -> hunting, and C7 -> cyber_flow yes; clients called on classified ads -> fishing; unnamed 'classified advertising website' -> classified_ads (C2); trans women coded female as stated 'women' (judgement call)")

C(62, "GRC", 2019, """The Mixed Jury Court of Appeal of Patras reviewed the case arising from the shooting at a strawberry farm
in Nea Manolada, Ilia, where a foreman opened fire on workers who had gathered to demand months of unpaid wages. The court
upheld the convictions of the farm owner and two foremen for trafficking in persons for labour exploitation under article
323A of the Penal Code and for grievous bodily harm, and of a fourth defendant for complicity. The workers, dozens of
Bangladeshi men who lived in shacks of plastic and cardboard without water or electricity, had been promised 22 euros a
day, but had received nothing for six months; they had no residence permits and were told that if they complained they
would be handed to the police. The judgment followed the 2017 finding of the European Court of Human Rights in Chowdury
and Others v. Greece that the State had failed in its obligations under article 4 of the Convention. The court increased
the compensation owed to the injured workers.""",
"no", [], [], [], [], "no", ["forced_labour"], "unknown", "no", ["male"], "cross_border", ["GRC", "BGD"], 4,
["deception", "force", "threat", "abuse_of_vulnerability"],
"no internet; 'dozens' -> victims unknown (C12); Bangladeshi men in Greece -> cross_border (C8); irregular status -> abuse_of_vulnerability; shooting -> force")

C(63, "KOR", 2021, """Seoul Central District Court, Criminal Agreement Division 22, judgment of 9 July 2021. The principal
defendant, a 25-year-old university dropout, was sentenced to 23 years' imprisonment and a co-defendant, 28, to 11 years,
for producing and distributing sexual exploitation materials of children and adolescents, coercion, and violation of the
Act on the Protection of Children and Youth against Sex Offences, as well as for trafficking under article 289 of the
Criminal Act as amended. According to the facts established, from March 2019 to February 2020 the principal defendant
searched Twitter for accounts of young users posting about money problems and sent them direct messages offering
'sponsorship' or high-paying part-time modelling work. Eight girls and young women, six of them aged 14 to 17 and two aged 19, replied and
were asked for photographs and personal details, including their school and home address. Once he had these, the defendant
threatened to send the photographs to their parents and schools unless they recorded increasingly degrading sexual videos
on his orders. The videos were sold to members of paid chat rooms on Telegram run by the co-defendant, who admitted buyers
after they paid an entry fee in cryptocurrency to a wallet he controlled; the defendants shared the proceeds. The court
held that the victims had been treated as 'objects for sale' and that the principal defendant had chosen them for their
economic and emotional vulnerability. The court ordered 15 years of electronic monitoring after release and disclosure of
personal information for ten years. An appeal by the prosecution seeking heavier sentences was filed the same month.""",
"yes", ["recruitment", "exploitation"], ["social_media", "messaging_app", "unspecified"], ["Twitter", "Telegram"], ["hunting"],
"no", ["sexual_exploitation"], 8, "yes", ["female"], "domestic", ["KOR"], 2, ["deception", "threat", "abuse_of_vulnerability"],
"C5: he sent the first direct messages -> hunting; sale of videos in Telegram chat rooms -> exploitation; C1: cryptocurrency wallet -> unspecified (no name given); buyers' location not stated -> cyber_flow no; ages given -> minor yes")

C(64, "USA", 2012, """U.S. Attorney's Office, Northern District of Illinois. Lamar Tucker, 30, of Gary, Indiana, and his cousin
Andre Tucker, 26, were each sentenced to 15 years in federal prison for sex trafficking of a minor. They admitted that in
the spring of 2011 they met a 16-year-old girl at a house party in Gary and, after giving her marijuana and 'molly',
persuaded her to come with them to Chicago. Over about five weeks Lamar Tucker posted ads on Backpage.com offering her for
'dates' at a motel near Midway Airport, and customers who responded to the ads called a phone Andre Tucker carried. The
girl was told that the money she earned would pay for an apartment for them all. When she said she wanted to go home,
Lamar Tucker punched her in the face. The girl's grandmother reported her missing, and Chicago police located her during
a sting. U.S. District Judge Robert Gettleman also ordered $23,000 in restitution.""",
"yes", ["advertising"], ["classified_ads"], ["Backpage"], ["fishing"], "no", ["sexual_exploitation"], 1, "yes", ["female"],
"domestic", ["USA"], 2, ["drugs", "deception", "force"],
"met in person; Backpage ads answered -> fishing; Indiana->Illinois -> domestic (C8); police sting is police use (C3)")

C(65, "HUN", 2016, """The Budapest-Capital Regional Court (Fovarosi Torvenyszek) sentenced a man and a woman, cohabitants, to six
and four years' imprisonment for trafficking in human beings and for living on the earnings of prostitution. According to
the judgment, in 2014 and 2015 the defendants took in three young women who had recently left a state children's home in
Szabolcs-Szatmar-Bereg county and had nowhere to live, and brought them to a flat in the VIII district of Budapest. They
made the young women provide sexual services on the Nepszinhaz Street area and in the flat, fixing a daily sum that had to
be handed over, and the man beat them with a belt when the sum was not reached. Customers were found on the street and
through regulars who phoned the woman defendant. The court considered as aggravating that the defendants had consciously
chosen persons without family support. The Metropolitan Court of Appeal (Fovarosi Itelotabla) upheld the judgment in 2017.""",
"no", [], [], [], [], "no", ["sexual_exploitation"], 3, "unknown", ["female"], "domestic", ["HUN"], 2,
["abuse_of_vulnerability", "force"],
"no internet (street and phone); C10: 'young women' who left a children's home, no ages -> unknown; Hungarian places only -> domestic")

C(66, "FIN", 2020, """The Helsinki District Court (Helsingin karajaoikeus) convicted a 39-year-old woman of Nigerian origin of
aggravated trafficking in human beings and pandering, and sentenced her to four years and eight months' imprisonment. The
victims, two Nigerian women who had applied for asylum in Italy before moving to Finland, were made to sell sex in
apartments in Helsinki and Espoo in 2017-2018 to repay debts of 35,000 euros each, which the accused said they owed to the
people who had arranged their journey from Nigeria. The accused created profiles for both women on a Finnish escort website
and gave clients who contacted the women through the site an address. She told the women that their families in Edo State
would be harmed if they stopped paying, and kept their residence documents. The court rejected the accused's claim that
she had only helped the women to find accommodation. The women were awarded compensation for suffering.""",
"yes", ["advertising"], ["freestanding_website"], [], ["fishing"], "no", ["sexual_exploitation"], 2, "no", ["female"],
"cross_border", ["FIN", "NGA", "ITA"], 1, ["debt_bondage", "threat", "document_retention"],
"C8: Nigerian women exploited in Finland -> cross_border; 'Finnish escort website' -> freestanding_website (C2); clients contacted through site -> fishing")

C(67, "IND", 2024, """The Special NIA Court, Hyderabad, convicted two recruitment agents, residents of Hyderabad and Visakhapatnam,
under Sections 370 and 420 of the Indian Penal Code and Section 24 of the Emigration Act, 1983, in a case investigated by the
National Investigation Agency into the trafficking of Indian youths to cyber-fraud centres in South-East Asia. The
prosecution established that in 2022 and 2023 the accused searched the profiles of job seekers who had uploaded their
curricula vitae on an online job portal, and sent messages to them on WhatsApp offering 'data entry' and 'customer support'
jobs in Bangkok with salaries of 1,000 US dollars a month, charging each 1.5 lakh rupees as a fee. Nine young men who accepted
were flown to Bangkok and driven across the Mekong into the Golden Triangle Special Economic Zone in Bokeo province, Laos,
where their passports were taken by the Chinese managers of a compound. There they were forced to work 15 hours a day
creating fake profiles of women on dating apps and social media to draw people in the United States and Europe into
cryptocurrency investment frauds; those who failed to meet targets were beaten, given electric shocks or fined, and they
were told that they could leave only on paying 'compensation' of 3,000 dollars. The accused had forwarded the passport
copies of the recruits through WhatsApp to a handler in Laos. Seven of the victims were rescued with the help of the
Indian Embassy in Vientiane and gave evidence. The court sentenced each accused to ten years' rigorous imprisonment and
a fine of 2 lakh rupees, noting that 'the promise of a job abroad has become the bait of a new form of slavery'.""",
"yes", ["recruitment", "exploitation"], ["job_portal", "messaging_app", "dating", "social_media"], ["WhatsApp"], ["hunting"],
"yes", ["forced_criminal_activity"], 9, "no", ["male"], "cross_border", ["IND", "THA", "LAO"], 2,
["deception", "document_retention", "force", "debt_bondage"],
"C5: agents wrote first to job seekers found by their CVs on a job portal -> hunting; forced online fraud on dating apps/social media -> exploitation; C7: passport copies sent by WhatsApp to handler in Laos -> cyber_flow yes; fraud targets in US/Europe are not buyers -> not in countries; 'young men' -> minor no (C10 'men'); 'compensation' to leave -> debt_bondage")

C(68, "BGR", 2016, """The Specialised Criminal Court in Sofia approved the conviction of four members of an organised criminal
group from Sliven for trafficking in persons for sexual exploitation abroad (article 159b of the Criminal Code), imposing
prison terms of three to six years and fines. The group recruited five women from the Sliven and Yambol regions, one of
them a 17-year-old girl, by offering them work in a bakery in Brussels; the women were driven by minibus to Belgium in 2013
and 2014 and put to work as window prostitutes in the Brussels North district. The leader of the group, who remained in
Sliven, coordinated the activity with the two members in Brussels through Skype chats, in which he received daily reports
of the women's earnings, gave instructions on punishments and arranged the transport of new women. The women were beaten
when they kept money for themselves and were told that their children would be taken away. The Belgian authorities
transmitted the Skype records obtained through a joint investigation team.""",
"yes", ["logistics"], ["messaging_app"], ["Skype"], [], "yes", ["sexual_exploitation"], 5, "yes", ["female"],
"cross_border", ["BGR", "BEL"], 4, ["deception", "force", "threat"],
"Skype chat only among offenders in Bulgaria and Belgium -> logistics (messaging_app, not webcam), cyber_flow yes (C7); recruitment in person; C3: Belgian authorities' transmission of records not coded; one 17-year-old -> minor yes")

C(69, "LKA", 2024, """The High Court of Colombo convicted a 41-year-old sub-agent from Negombo on charges of trafficking under
section 360C of the Penal Code and of operating as an unlicensed foreign employment agent under the Sri Lanka Bureau of
Foreign Employment Act, and sentenced him to eight years' rigorous imprisonment. The court found that in 2023 the accused
posted short videos on TikTok advertising 'IT and call-centre jobs in Dubai' with a salary of 1,500 dollars, with a
telephone number to contact. Six young men who called the number after seeing the videos paid him 900,000 rupees each and
were flown to Dubai on visit visas, then to Bangkok and by road to Myawaddy in Myanmar, where they were held in a guarded
compound and forced to run fraudulent 'crypto-investment' schemes through fake social media profiles. Those who refused
were beaten and locked in a room. Their passports were taken on arrival. Four of the men were released in 2024 after
mediation by the Sri Lankan embassy in Yangon and testified. The principal agent, said to be based in Dubai, was not before
the court.""",
"yes", ["recruitment", "exploitation"], ["social_media"], ["TikTok"], ["fishing"], "no", ["forced_criminal_activity"], 6, "no",
["male"], "cross_border", ["LKA", "ARE", "THA", "MMR"], 1, ["deception", "force", "document_retention"],
"C5: men answered his TikTok adverts (by phone) -> fishing; forced scams through fake social media profiles -> exploitation; online link only within Sri Lanka -> cyber_flow no (C7); principal agent not charged (C11)")

C(70, "CYP", 2012, """The Assize Court of Limassol found the owner of a cabaret in the town and his manager guilty of trafficking in
persons under Law 87(I)/2007 and of living on the earnings of prostitution, sentencing them to four and three years'
imprisonment. Four women from Ukraine and Moldova had been brought to Cyprus in 2009 and 2010 on 'artiste' visas through an
agency in Odessa, having been told they would work as dancers. Evidence from the seized computer showed that the owner and
the agent in Odessa exchanged e-mails in which the agent sent photographs and measurements of prospective 'artistes' and
the owner chose which ones he wanted and paid the agent's fee. In Limassol the women's passports were kept in the cabaret's
safe, they were charged for accommodation and 'fines', and they were made to go out with customers for sex. The agent in
Odessa was not prosecuted. The court referred critically to the artiste visa regime, abolished in 2008.""",
"yes", ["logistics"], ["email"], [], [], "yes", ["sexual_exploitation"], 4, "no", ["female"], "cross_border",
["CYP", "UKR", "MDA"], 2, ["deception", "document_retention", "debt_bondage"],
"e-mail only between offenders (owner and agent, CYP-UKR) -> logistics, cyber_flow yes (C7); the owner is not a buyer of sex, so not C6 advertising (judgement call); agent not prosecuted (C11)")

C(71, "USA", 2019, """A federal jury in Houston returned guilty verdicts against Arturo and Lidia Salinas, owners of two Tex-Mex
restaurants in Katy, Texas, for forced labor and harboring illegal aliens. The evidence showed that in 2015 Arturo Salinas
traveled to his hometown in Veracruz, Mexico, met five men in person and offered them jobs as cooks and dishwashers at
$10 an hour. After that meeting he kept in touch with them by telephone calls until they crossed the border with a
smuggler he paid. In Katy the men were told they owed $6,000 each for the crossing, their Mexican identity documents were
kept in the restaurant office, and they worked 80 hours a week for $200. Lidia Salinas told them that the police would
arrest them if they went out alone. The men lived in a storage room behind the kitchen. Sentencing was set for December.""",
"no", [], [], [], [], "no", ["forced_labour"], 5, "no", ["male"], "cross_border", ["USA", "MEX"], 2,
["deception", "debt_bondage", "document_retention", "threat"],
"phone calls after an in-person meeting -> internet no; smuggler not charged (C11)")

C(72, "BRA", 2020, """The 2nd Federal Criminal Court of Sao Paulo sentenced three defendants, a couple and their nephew, to terms
of five to eight years' imprisonment for trafficking in persons for sexual exploitation (article 149-A of the Penal Code),
with the aggravating circumstance of one victim being an adolescent. According to the Federal Public Prosecutor's Office,
between 2018 and 2019 the defendants brought four women from Imperatriz, Maranhao, among them a 16-year-old girl, with the
promise of jobs as shop assistants in Sao Paulo. Upon arrival the women were told that they owed 3,000 reais for the bus
fare and rent, and were lodged in a house in the east zone of the city. The nephew published advertisements on a
classified advertisements website, in its adult section, with photographs of the women, and clients who answered the ads called a number he controlled to make
appointments. The police reached the house after the girl's mother, who had lost contact with her, filed a complaint.""",
"yes", ["advertising"], ["classified_ads"], [], ["fishing"], "no", ["sexual_exploitation"], 4, "yes", ["female"], "domestic",
["BRA"], 3, ["deception", "debt_bondage"],
"C2: unnamed 'classified advertisements website' -> classified_ads; clients answered -> fishing; C3: mother's complaint not coded; Maranhao->Sao Paulo internal -> domestic")

C(73, "CHN", 2018, """The People's Court of Xinjin County, Chengdu, Sichuan, sentenced three labour intermediaries for the crime
of forcing persons to work (article 244 of the Criminal Law) and employing child labourers in dangerous work, to terms of
three to five years' imprisonment. The court found that in 2017 the defendants went to villages of Zhaojue County in the
Liangshan Yi Autonomous Prefecture and persuaded the parents of twelve children, aged 13 to 15, that the children would
learn a trade in an electronics factory, offering each family an advance of 1,000 yuan. The children, boys and girls, were
taken by bus to a subcontractor's workshop in Dongguan, Guangdong, where they assembled cables for 12 hours a day, their
identity cards were kept by the defendants, and their wages were paid directly to the intermediaries. Children who wanted
to go home were told they would have to repay the advance first. The factory owner was fined by the labour inspectorate.""",
"no", [], [], [], [], "no", ["forced_labour"], 12, "yes", ["female", "male"], "domestic", ["CHN"], 3,
["deception", "document_retention", "debt_bondage"],
"no internet; Sichuan -> Guangdong internal -> domestic; factory owner fined, not a defendant (C11)")

C(74, "PER", 2015, """The Second Transitional Criminal Chamber of the Superior Court of Justice of Lima upheld the conviction of a
woman and her partner for aggravated trata de personas and sentenced them to 15 years' imprisonment. According to the
judgment, in 2013 the accused woman, using a Facebook account with the name of a modelling agency, wrote to two
adolescents aged 15 and 16 from Iquitos, Loreto, congratulating them on their photographs and inviting them to work as
models and hostesses in Lima. The girls travelled by river and plane to Lima with tickets paid by the accused. In Lima they
were made to work as 'damas de compania' in a nightclub in the district of San Juan de Lurigancho, where they had to drink
with customers and have sexual relations with them; their earnings were kept by the accused. The girls were rescued
during an operation of the Division against Trafficking in Persons of the National Police.""",
"yes", ["recruitment"], ["social_media"], ["Facebook"], ["hunting"], "no", ["sexual_exploitation"], 2, "yes", ["female"],
"domestic", ["PER"], 2, ["deception"],
"C5: accused wrote first to the girls on Facebook -> hunting; Loreto -> Lima -> domestic")

C(75, "SGP", 2021, """Public Prosecutor v. Tan Ah Hock [2021] SGDC. The accused, 52, the licensee of a karaoke lounge in Geylang,
pleaded guilty to three charges of trafficking in persons under section 3 of the Prevention of Human Trafficking Act 2014
and was sentenced to 42 months' imprisonment and a fine of S$30,000. Three Filipino women, aged 23 to 29, had come to
Singapore in 2019 on work passes obtained for them as 'service staff', after being told by a recruiter in Manila that they
would earn S$2,000 a month as singers. On arrival the accused kept their passports in the lounge and informed them that
they owed him S$4,500 each for the agency fee and air tickets. They were required to sit with customers, to persuade them
to buy drinks and to leave with them for paid sex, the accused taking a share. The accused arranged matters with the
recruiter by telephone. The women approached a migrant workers' NGO during a day off.""",
"no", [], [], [], [], "no", ["sexual_exploitation"], 3, "no", ["female"], "cross_border", ["SGP", "PHL"], 1,
["deception", "document_retention", "debt_bondage"],
"telephone only; recruiter not charged (C11)")

C(76, "USA", 2016, """A federal judge in the Southern District of Florida sentenced Gregory Pell, 47, of Wilton Manors, to 30 years
in prison for sex trafficking of a minor and distribution of methamphetamine. According to court records, in 2015 Pell sent
messages through the Grindr app to a 16-year-old boy who had been kicked out of his home and was staying with friends in
Fort Lauderdale, offering him a place to stay. Once the boy moved into his apartment, Pell supplied him with
methamphetamine and then, in chats on Grindr with men he selected, offered the boy for sex in exchange for money or drugs,
sending them photographs of him. At least six men came to the apartment. The boy told investigators he felt he could not
leave because he had nowhere else to go and depended on Pell for drugs. Two of the men who paid for sex with the boy were
prosecuted in separate cases.""",
"yes", ["recruitment", "advertising"], ["dating"], ["Grindr"], ["hunting"], "no", ["sexual_exploitation"], 1, "yes", ["male"],
"domestic", ["USA"], 1, ["drugs", "abuse_of_vulnerability"],
"C5: Pell wrote first to the boy on Grindr -> hunting; C6: offered the boy by chat and photos to men he selected -> advertising + hunting; buyers prosecuted separately, not counted (C11)")

C(77, "ITA", 2015, """Tribunale di Firenze, sentence of 20 October 2015. Three Chinese nationals, a woman and two men, were
convicted of trafficking in persons and exploitation of prostitution and sentenced to terms of between six and nine years.
The investigation by the Carabinieri of Prato concerned seven Chinese women, aged between 28 and 45, who had entered Italy
with tourist visas obtained by an organisation in Fujian and who were made to provide sexual services in three 'massage
centres' in Prato and Florence. Each woman was told she owed 15,000 euros for the journey, her passport was kept by the
first defendant, and she was warned that her family in China would suffer if she went to the police. The defendants
published advertisements with photographs on Bakeca, the classified advertisements site, in the 'massage' section; the
clients called the numbers in the advertisements. The court also ordered the closure and confiscation of the premises.""",
"yes", ["advertising"], ["classified_ads"], ["Bakeca"], ["fishing"], "no", ["sexual_exploitation"], 7, "no", ["female"],
"cross_border", ["ITA", "CHN"], 3, ["debt_bondage", "document_retention", "threat"],
"Bakeca classified site -> classified_ads; clients called numbers in ads -> fishing")

C(78, "KAZ", 2013, """The Specialised Inter-District Criminal Court of Almaty convicted two citizens of Kazakhstan, the director of
a construction company and his foreman, under article 128 of the Criminal Code (trafficking in persons) and sentenced them
to five and four years' deprivation of liberty. Twelve citizens of Uzbekistan, men aged 20 to 48, had been recruited at
the Chernyaevka border crossing in 2011 and brought to a building site in the Medeu district of Almaty, where their
passports were taken 'for registration'. They worked without pay for eight months on the construction of private houses,
were told that they owed the company for food and accommodation, and were beaten by the foreman when two of them asked to
leave. They were released following an inspection by the migration police. The court ordered payment of their unpaid
wages.""",
"no", [], [], [], [], "no", ["forced_labour"], 12, "no", ["male"], "cross_border", ["KAZ", "UZB"], 2,
["document_retention", "debt_bondage", "force"],
"no internet; C8: Uzbek men brought across the border -> cross_border")

C(79, "NGA", 2022, """The High Court of Lagos State, Ikeja Division, convicted a 44-year-old trader, Mrs Comfort Udoh, of
trafficking in persons and child abuse under the Trafficking in Persons (Prohibition) Enforcement and Administration Act
2015 and the Child's Rights Law of Lagos State, and sentenced her to ten years' imprisonment. The court found that in 2020
the convict posted on her WhatsApp status that she was looking for 'house girls' to live with 'good families' in Lagos,
who would send them to school. Parents in Ikot Ekpene, Akwa Ibom State, who saw the posts contacted her and handed over
three girls aged 11, 12 and 14. She placed the girls as house helps with families in Lekki and Ajah, collected their
monthly pay herself, and the girls never attended school. One of the girls was flogged by the convict for 'disobedience'
and had burns on her arms. A neighbour reported the case to the Lagos State Domestic and Sexual Violence Agency.""",
"yes", ["recruitment"], ["messaging_app"], ["WhatsApp"], ["fishing"], "no", ["forced_labour"], 3, "yes", ["female"],
"domestic", ["NGA"], 1, ["deception", "force"],
"C5: WhatsApp status post answered by parents -> fishing (the post was the ad); Akwa Ibom -> Lagos internal -> domestic; domestic servitude -> forced_labour")

C(80, "ECU", 2018, """The Criminal Judicial Unit of Pichincha, sitting in Quito, sentenced the owner of a bar in the Mariscal
district and his administrator to 16 years' imprisonment each for trata de personas for sexual exploitation under article
91 of the Comprehensive Organic Criminal Code. The Prosecutor's Office showed that in 2016 and 2017 five women, two
Colombian and three Venezuelan nationals, one of them a girl aged 16, had been recruited through the internet with offers
of work as waitresses, and had been brought to the bar, where they were told that they owed 1,500 dollars each for travel
and documents. Their identity documents were retained and they were obliged to accompany customers and to provide sexual
services in rooms above the bar. The victims were identified during a control operation by the National Police unit
against trafficking (DINASED). The court ordered comprehensive reparation including psychological care.""",
"yes", ["recruitment"], ["unspecified"], [], [], "no", ["sexual_exploitation"], 5, "yes", ["female"], "cross_border",
["ECU", "COL", "VEN"], 2, ["deception", "debt_bondage", "document_retention"],
"C2: 'through the internet' -> unspecified; C5: who made first contact not stated -> no strategy; whether recruiters were abroad not stated -> cyber_flow no")
