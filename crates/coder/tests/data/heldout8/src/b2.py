from h import C
C(21, "MDA", 2018, """The Chisinau Court (Centru office) convicted two citizens of the Republic of Moldova, V.C. and her
cohabitant A.R., of trafficking in human beings (art. 165 para. (2) of the Criminal Code), sentencing them to 9 and 8
years of imprisonment in a semi-closed penitentiary. The court found that in the autumn of 2016 V.C. wrote to two young
women, aged 20 and 22, through their profiles on the social network Odnoklassniki, proposing work as waitresses in a cafe
in Istanbul with a salary of 800 dollars. After the women agreed, she sent their photographs through Viber to a Turkish
citizen known as 'Murat', who paid for their plane tickets. At the Istanbul airport the women were met by Murat, who
took their passports and placed them in an apartment in the Laleli district, where they were forced to provide sexual
services to clients; they were beaten and told they owed 2,000 dollars each for the journey. One of the victims managed
to call the Moldovan police hotline. The Turkish citizen was declared wanted internationally. The defendants did not
admit their guilt.""",
"yes", ["recruitment"], ["social_media", "messaging_app"], ["Odnoklassniki", "Viber"], ["hunting"], "yes",
["sexual_exploitation"], 2, "no", ["female"], "cross_border", ["MDA", "TUR"], 2,
["deception", "document_retention", "force", "debt_bondage"],
"C5: V.C. wrote first to their Odnoklassniki profiles -> hunting; photos to a partner offender in Turkey by Viber -> C7 cyber_flow yes (offenders among themselves); not buyers, so not C6 advertising; Murat wanted but not charged -> not counted (C11); ages 20/22 -> minor no")

C(22, "USA", 2005, """United States v. Kim et al. (C.D. Cal.). Four defendants were sentenced in 2005 for their roles in a
scheme that brought women from South Korea into the United States for commercial sex. According to the plea agreements,
between 2002 and 2004 the defendants arranged for at least nine Korean women to fly to Mexico and then be guided across
the border near Tecate, after which each woman was told she owed between $10,000 and $16,000 for her passage. The women
worked in two spas in Los Angeles County and in out-call appointments. The lead defendant, Young Soo Kim, operated a
website advertising 'Asian companion' services with photographs and a telephone number, through which most customers made
contact. The women's passports were held by a manageress, and they could leave the premises only in the company of a
driver. Kim received 46 months; his co-defendants received sentences ranging from probation to 30 months. The case was
investigated by ICE and the Los Angeles Police Department.""",
"yes", ["advertising"], ["freestanding_website"], [], ["fishing"], "no", ["sexual_exploitation"], 9, "no", ["female"],
"cross_border", ["USA", "KOR", "MEX"], 4, ["debt_bondage", "document_retention"],
"site operated by the defendant -> freestanding_website (C2); customers made contact through the site -> fishing; 'at least nine' -> 9 (C12); women told of debt after arrival -> debt_bondage, no lie stated -> no deception; escorted movement not coded as force")

C(23, "FRA", 2022, """Tribunal correctionnel de Paris, 16th chamber, judgment of 8 April 2022. Five defendants aged 19 to 24,
from Seine-Saint-Denis, were convicted of aggravated pimping of minors and human trafficking and sentenced to terms of two
to six years' imprisonment. Between February and October 2020 the group contacted girls who had run away from children's
homes (foyers de l'aide sociale a l'enfance) by sending them messages on Snapchat, offering them money, a place to stay
and 'a good life'. Four girls aged 14 to 17 were lodged in apartments rented for short periods in Paris and the
suburbs. Their photographs were published on a classified advertisement site in the 'meetings' section; clients who
answered were given the address by text message. The girls had to see up to ten clients a day and were threatened when
they wanted to leave. The court noted the particular vulnerability of placed minors and ordered the defendants jointly to
pay 20,000 euros in damages to each civil party. The investigation was conducted by the Brigade de protection des
mineurs.""",
"yes", ["recruitment", "advertising"], ["social_media", "classified_ads"], ["Snapchat"], ["hunting", "fishing"], "no",
["sexual_exploitation"], 4, "yes", ["female"], "domestic", ["FRA"], 5, ["deception", "abuse_of_vulnerability", "threat"],
"C5: defendants messaged girls first on Snapchat -> hunting; clients answered ads -> fishing; 'classified advertisement site' unnamed -> classified_ads (C2); runaways from care -> abuse_of_vulnerability; 'good life' promise -> deception (judgement call)")

C(24, "SWE", 2014, """Svea Court of Appeal upheld the judgment of the Stockholm District Court convicting a Romanian married couple
of trafficking in human beings (chapter 4, section 1a of the Penal Code) and sentencing them to four years and three
years and six months of imprisonment, to be followed by expulsion. The couple had brought three Romanian men, two of whom
had intellectual disabilities and one of whom had lost a leg, from the Buzau area to Stockholm in 2013, promising them
work in construction. Instead the men were placed outside supermarkets and underground stations to beg from 7 a.m. to 9
p.m. and had to hand over everything they received, on average 400 kronor a day each. They slept in a car parked in a
forest. The husband hit one of the men when he was found with money in his pocket. The Court of Appeal found that the
defendants had exploited the men's vulnerable situation and that the begging constituted an activity that placed them in
a distressful situation.""",
"no", [], [], [], [], "no", ["forced_begging"], 3, "no", ["male"], "cross_border", ["SWE", "ROU"], 2,
["deception", "abuse_of_vulnerability", "force"],
"no internet; disabilities -> abuse_of_vulnerability")

C(25, "KEN", 2020, """In Republic v. Wanjiru & 2 others, the Chief Magistrate's Court at Milimani, Nairobi, convicted three
directors of a recruitment company of trafficking in persons under section 3 of the Counter-Trafficking in Persons Act,
2010. The court found that from 2018 the accused ran a website for their company, 'Gulf Horizon Placements', listing
vacancies for housemaids, drivers and hotel staff in Saudi Arabia and inviting applicants to register online and pay a
processing fee of 35,000 shillings. At least twelve women who applied through the site were flown to Riyadh, where their
passports were taken by the sponsor; they worked as domestic workers for up to 20 hours a day, were not paid the promised
salaries, and were told they had to repay the cost of their visas before they could return. The company was not licensed
by the National Employment Authority. The court sentenced each accused to a fine of 5 million shillings or in default 10
years' imprisonment. Two of the women testified by video link from a shelter in Riyadh.""",
"yes", ["recruitment"], ["freestanding_website"], [], ["fishing"], "no", ["forced_labour"], 12, "no", ["female"],
"cross_border", ["KEN", "SAU"], 3, ["deception", "document_retention", "debt_bondage"],
"bogus agency site run by accused -> freestanding_website (C2: a site the offenders ran); women applied to the listed vacancies -> fishing; video-link testimony is court's use (C3); 'at least twelve' -> 12")

C(26, "USA", 2015, """A federal judge in Houston sentenced Marcus Dwayne Fields, 29, to 20 years in prison, and his co-defendant
Keisha Monroe, 24, to eight years, for conspiracy to commit sex trafficking of a minor. Court records state that in March
2014 Monroe approached a 17-year-old girl at the Greyhound station in downtown Houston, where the girl had arrived from
Beaumont after leaving home, and offered her a place to stay. Fields took sexually explicit photographs of the girl in a
motel room and told her he would 'put her on Backpage' so she could start making money. Before any advertisement was
placed, a motel clerk who was concerned by the girl's appearance called police, and officers found her in the room with
Fields. Monroe had earlier sent the girl text messages pretending to be a modelling agent. At sentencing the court
rejected the defense claim that the photographs were intended for a modelling portfolio. Both defendants must register as
sex offenders.""",
"no", [], [], [], [], "no", ["sexual_exploitation"], 1, "yes", ["female"], "domestic", ["USA"], 2, ["deception"],
"C4: Backpage ad only intended, never placed -> not coded; text messages (SMS) -> not internet; Beaumont/Houston -> domestic")

C(27, "ITA", 2017, """The Court of Assizes of Turin (Corte d'Assise di Torino) convicted three Nigerian nationals, a 'madam' and
two men, of trafficking in persons and enslavement (articles 600 and 601 of the Criminal Code) and sentenced them to terms
of between 10 and 14 years. The victims were three Nigerian girls, two of them aged 16 and 17 on arrival, who had
been recruited in Edo State with a promise of work as hairdressers and who reached Sicily by boat from Libya in 2016 after
months in 'connection houses' near Sabratha. Intercepted WhatsApp conversations showed the madam in Turin agreeing with the
organisers in Libya and in Benin City on the dates of departure, the debts of 25,000 to 35,000 euros assigned to each
girl and the transfer of sums through a hawala network. The girls were placed on the streets of the Corso Regina
Margherita area and told that if they did not pay, the oath taken before a native doctor would kill them. The court
admitted the girls' testimony given in an 'incidente probatorio'.""",
"yes", ["logistics"], ["messaging_app"], ["WhatsApp"], [], "yes", ["sexual_exploitation"], 3, "yes", ["female"],
"cross_border", ["ITA", "NGA", "LBY"], 3, ["deception", "debt_bondage", "threat"],
"WhatsApp used only among offenders (Turin, Libya, Nigeria) -> logistics, cyber_flow yes (C7); hawala not online (C1); police interception is not offender use but the conversations themselves are offenders' use; girls 16/17 -> minor yes")

C(28, "IDN", 2019, """The District Court of Nunukan, North Kalimantan, found the defendant Hj. Samsul Rizal guilty of trafficking in
persons under article 4 of Law No. 21 of 2007 and sentenced him to five years' imprisonment and a fine of 200 million
rupiah. The defendant, an unregistered labour agent, recruited sixteen workers, men and women from East Nusa Tenggara and
South Sulawesi, for palm oil plantations in Sabah, Malaysia, telling them they would receive official work permits and
wages of 50 ringgit a day. He arranged their crossing to Tawau by speedboat without documents and handed them over to a
plantation supervisor, who kept the identity cards they carried. The workers were told that the costs of transport and
permits, 3.5 million rupiah each, would be deducted from their wages, and most received nothing for several months. The
case was uncovered when several of the workers were deported by the Malaysian authorities and interviewed at the Nunukan
shelter.""",
"no", [], [], [], [], "no", ["forced_labour"], 16, "unknown", ["female", "male"], "cross_border", ["IDN", "MYS"], 1,
["deception", "document_retention", "debt_bondage"],
"no internet; ages not stated -> minor unknown; plantation supervisor not charged (C11)")

C(29, "JPN", 2006, """The Tokyo District Court sentenced the owner of a snack bar in Chiba Prefecture, his Japanese manager and a
Filipino broker to prison terms of between two years and six months and three years and six months, partly suspended,
for violations of the Immigration Control and Refugee Recognition Act and the Penal Code provision on buying and selling
of persons, introduced in 2005. Four Filipino women had entered Japan on entertainer visas after being told in Manila that
they would sing and dance in a hotel show. On arrival their passports were taken by the manager and they were told that
each owed the broker 3 million yen. They were required to sit with customers until early morning, to go on paid 'dates'
and to sleep in a locked room above the bar. The women fled in March 2006 and sought help at a church shelter, which
contacted the Philippine Embassy. The court noted that the entertainer visa system had been used as a cover for the
exploitation.""",
"no", [], [], [], [], "no", ["sexual_exploitation"], 4, "no", ["female"], "cross_border", ["JPN", "PHL"], 3,
["deception", "document_retention", "debt_bondage"],
"no internet; locked room not explicitly force -> not coded (judgement call); 'paid dates' -> sexual_exploitation")

C(30, "GBR", 2021, """Two Albanian nationals were jailed at Southwark Crown Court for controlling prostitution for gain and
arranging travel with a view to exploitation. Arben Hoxha, 33, received eight years and his brother Ermal, 29, six years.
The court heard that in 2019 Ermal Hoxha, who had formed a relationship with a 21-year-old woman in Elbasan, persuaded
her and her 23-year-old cousin to come to London, telling them they would work in a beauty salon he was opening. In a
flat in Wembley they were told they owed £12,000 each for their journey. Rather than advertising publicly, Arben Hoxha
sent photographs of the women through WhatsApp to a list of regular clients, with prices and available times; clients
replied to book. He threatened that intimate videos of the women would be sent to their fathers. Metropolitan Police
officers found the women during a welfare check on the address. The judge recommended deportation at the end of the
sentences.""",
"yes", ["advertising"], ["messaging_app"], ["WhatsApp"], ["hunting"], "no", ["sexual_exploitation"], 2, "no", ["female"],
"cross_border", ["GBR", "ALB"], 2, ["deception", "debt_bondage", "threat"],
"C6: photos sent by WhatsApp to selected clients, nothing posted -> advertising + hunting (C5); recruitment in person in Albania; all online acts in UK -> cyber_flow no")

C(31, "ARG", 2013, """The Federal Oral Criminal Court of Mar del Plata convicted the owner of the 'Noches de Bahia' bar, his wife
and a doorman of trafficking in persons for the purpose of sexual exploitation aggravated by the number of victims (Law
26.364), imposing sentences of six, five and four years. Seven women from Paraguay, recruited in Caaguazu and Coronel
Oviedo through acquaintances of the owner, had been brought by bus through Posadas and told that the cost of the trip, of
clothing and of lodging would be deducted from their earnings from 'pases' with clients. The women were all mothers
with young children in Paraguay and no resources. The bar advertised 'new girls' in the classified section of a local
newspaper. The court ordered the confiscation of the premises and reparation in favour of the victims, and referred
the case of the municipal inspectors who had certified the bar to the prosecutor's office.""",
"no", [], [], [], [], "no", ["sexual_exploitation"], 7, "no", ["female"], "cross_border", ["ARG", "PRY"], 3,
["debt_bondage", "abuse_of_vulnerability"],
"newspaper classified section is print, not online -> internet no; deductions -> debt_bondage; recruitment via acquaintances: no lie stated -> deception not coded; 'women' -> minor no")

C(32, "USA", 2022, """The U.S. Attorney's Office for the Southern District of Florida announced that four crew leaders
pleaded guilty to conspiracy to commit forced labor in connection with the employment of farmworkers at citrus and
watermelon operations in Immokalee and in southern Georgia. According to the factual proffer, between 2019 and 2021 the
defendants brought 71 workers from Mexico and Guatemala to the United States on H-2A visas, charged them recruitment fees
of up to $4,000, and held their passports. The workers lived in overcrowded trailers and were told that anyone who left
would be reported to immigration and that their families in Guatemala would be harmed. The crew leaders in Florida
communicated with a recruiter in Michoacan and with each other in a WhatsApp group, arranging transport, assigning
workers to fields and reporting 'debts'. Workers' wages were paid into accounts controlled by the defendants. Sentencing
is scheduled for January 2023.""",
"yes", ["logistics"], ["messaging_app"], ["WhatsApp"], [], "yes", ["forced_labour"], 71, "unknown", [], "cross_border",
["USA", "MEX", "GTM"], 4, ["debt_bondage", "document_retention", "threat"],
"WhatsApp only among offenders, incl. recruiter in Mexico -> logistics, cyber_flow yes (C7); recruiter not charged (C11); workers' age/sex not stated -> unknown/empty; recruitment fees held as debts -> debt_bondage")

C(33, "PHL", 2016, """In a decision promulgated in 2016, the Regional Trial Court of Angeles City, Pampanga, found a British
national, Graham P., and two Filipino co-accused guilty of trafficking in persons and of violations of the Anti-Child
Pornography Act, imposing life imprisonment. Evidence presented by the prosecution showed that the accused ran a website,
hosted abroad, on which members in the United Kingdom, the United States and elsewhere bought credits to watch live
sexual shows performed in front of webcams by young Filipinas in a rented house in Barangay Balibago. Ten victims were
rescued, eight women aged 18 to 23 and two girls aged 16, most of whom had been recruited with promises of call-centre
jobs; they came from poor families in Samar and were paid 150 pesos per show. The Philippine National Police Anti-
Cybercrime Group, working with the UK National Crime Agency, identified the house from account records of the site. The
court ordered the forfeiture of the computers and the house.""",
"yes", ["exploitation", "advertising"], ["freestanding_website", "webcam_livestream"], [], ["fishing"], "yes",
["sexual_exploitation"], 10, "yes", ["female"], "cross_border", ["PHL", "GBR", "USA"], 3,
["deception", "abuse_of_vulnerability"],
"site run by accused selling live shows -> freestanding_website + webcam_livestream; shows offered to members -> advertising and exploitation; members came to the site -> fishing (judgement call); C9 -> cross_border + cyber_flow yes; C3: PNP/NCA online tracing not coded; recruitment not said to be online")

C(34, "GHA", 2012, """The Circuit Court at Winneba convicted two fishermen from Yeji of trafficking in persons contrary to
section 2 of the Human Trafficking Act, 2005 (Act 694), and sentenced each to seven years with hard labour. The court
found that in 2010 the accused paid the parents of six boys aged 7 to 14, in fishing communities of the Central Region,
between 200 and 400 cedis each, and took the boys to work on Lake Volta. The boys were made to dive to free nets caught on
tree stumps, to paddle canoes and to mend nets from before dawn, were given one meal a day and were beaten with paddles
when they refused to dive. None attended school. The boys were rescued in a joint operation of the Anti-Human Trafficking
Unit of the Ghana Police Service and an NGO. The parents were not charged; the court referred them to the Department of
Social Welfare.""",
"no", [], [], [], [], "no", ["forced_labour"], 6, "yes", ["male"], "domestic", ["GHA"], 2, ["force", "abuse_of_vulnerability"],
"no internet; payment to poor parents -> abuse_of_vulnerability (judgement call); parents not charged -> not counted (C11); Central Region to Volta -> domestic")

C(35, "ZAF", 2018, """The Regional Court sitting in Johannesburg convicted a 36-year-old woman and her boyfriend of trafficking in
persons under section 4 of the Prevention and Combating of Trafficking in Persons Act 7 of 2013, and sentenced each to
life imprisonment on the counts involving children. The court found that in 2016 the woman posted on Facebook, under the
name of a non-existent agency, that she was looking for 'young ladies for modelling and promotions work' in Gauteng. Four
girls aged 14 to 17 from Polokwane and Thohoyandou in Limpopo responded to the posts and were brought by taxi to a house
in Hillbrow. There they were given nyaope and other drugs, and the boyfriend locked them in and forced them to have sex with
men who came to the house. One girl escaped through a window and went to the police. In sentencing, the magistrate
described the accused as having 'used social media as a net' to catch children from rural areas.""",
"yes", ["recruitment"], ["social_media"], ["Facebook"], ["fishing"], "no", ["sexual_exploitation"], 4, "yes", ["female"],
"domestic", ["ZAF"], 2, ["deception", "drugs", "force"],
"C5: posts answered by the girls -> fishing; Limpopo to Gauteng -> domestic; no online advertising to clients")

C(36, "SRB", 2010, """The Higher Court in Novi Sad convicted M.J. (41) and his son D.J. (20) of trafficking in human beings under
article 388 of the Criminal Code of Serbia and sentenced them to six and four years' imprisonment. In the summer of 2009
the defendants took in a 16-year-old girl from a village near Sombor who had left her family after quarrels, and kept her
in a house in the outskirts of Novi Sad, where she was forced to have intercourse with men who were brought to the house
by D.J. The customers were found by word of mouth and arranged visits by mobile phone. The girl was beaten when she refused
and was told that her mother would be killed if she ran away. While the girl was missing, her mother circulated appeals on
the internet and on social networks with her photograph; a customer recognised the photograph and alerted the police. The
defendants denied the charges.""",
"no", [], [], [], [], "no", ["sexual_exploitation"], 1, "yes", ["female"], "domestic", ["SRB"], 2,
["force", "threat", "abuse_of_vulnerability"],
"C3: mother's online appeals are the victim family's help-seeking, not coded -> internet no; mobile phone only; girl who left home -> abuse_of_vulnerability (judgement call)")

C(37, "MEX", 2019, """The Second District Court in Tlaxcala sentenced the brothers Eduardo and Noe R.H., originally from
Tenancingo, to 35 and 28 years of prison for aggravated trafficking in persons (articles 13 and 42 of the General Law to
Prevent, Punish and Eradicate Crimes in the Matter of Trafficking in Persons). The Specialised Prosecutor's Office proved
that in 2015 and 2016 Eduardo sent friend requests and messages to three women from Puebla and Veracruz through Facebook,
courted them for several weeks, and proposed that they live together. Once they moved to Tlaxcala, the brothers took the
women to Mexico City, where they were forced to offer sexual services in hotels in the La Merced area, handing over all
their earnings. The women were hit and told that their children would be taken away if they went to the police. The judge
also ordered payment of reparation of damages of 800,000 pesos to each victim.""",
"yes", ["recruitment"], ["social_media"], ["Facebook"], ["hunting"], "no", ["sexual_exploitation"], 3, "no", ["female"],
"domestic", ["MEX"], 2, ["deception", "force", "threat"],
"C5: Eduardo sent friend requests first -> hunting; Puebla/Veracruz to Tlaxcala/CDMX -> domestic (C8)")

C(38, "DNK", 2021, """The Copenhagen City Court (Kobenhavns Byret) convicted a Danish-Romanian couple who ran a cleaning company of
human trafficking under section 262a of the Danish Criminal Code and sentenced the husband to three years and the wife to
two years and six months. In 2018 and 2019 the couple posted job advertisements on a Romanian job site for cleaners and
kitchen assistants in Denmark at 120 kroner an hour. Nine men who applied received contracts and travel instructions from
the couple by e-mail. In Copenhagen they were housed in a basement, charged 4,000 kroner a month in rent and 'fees', and
paid a fraction of the promised wage, so that most ended each month owing money to the company; they worked for hotels and
office buildings at night. The case came to light after a labour inspection by the Danish Working Environment Authority.
The court ordered the defendants to pay the victims compensation for lost wages.""",
"yes", ["recruitment"], ["job_portal", "email"], [], ["fishing"], "yes", ["forced_labour"], 9, "no", ["male"],
"cross_border", ["DNK", "ROU"], 2, ["deception", "debt_bondage"],
"C2: 'a Romanian job site' -> job_portal; e-mail contracts -> email; men applied to the posted jobs -> fishing; C7: offenders in Denmark reached victims in Romania online -> cyber_flow yes")

C(39, "USA", 2003, """A federal jury in Seattle convicted Harold W. Brandt, 52, the operator of an international introduction
service, of forced labor, document fraud and harboring, in a case brought by the U.S. Attorney for the Western District of
Washington. Brandt ran a website, 'SiberianHearts', on which he displayed profiles of women from Russia and Kyrgyzstan who
were seeking to marry American men, and women who wanted to meet his clients wrote to him through the site. Both victims had written to him in this way. In 2000 and 2001 he himself
married one woman from Bishkek and brought a second woman from Novosibirsk on a fiancee visa, telling both that they
would help run his business and study English. Once in Washington, he kept their passports, required them to clean the
houses of his rental properties and to work unpaid in his office, and threatened to have them deported if they
complained. He was sentenced to 78 months. The court rejected his argument that the women were 'family members helping
out'.""",
"yes", ["recruitment"], ["freestanding_website"], ["SiberianHearts"], ["fishing"], "yes", ["forced_labour", "forced_marriage"],
2, "no", ["female"], "cross_border", ["USA", "RUS", "KGZ"], 1, ["deception", "document_retention", "threat"],
"site run by the offender -> freestanding_website (not dating: an introduction service he ran; judgement call); both victims wrote to him through his site -> fishing (C5); C7: offender in USA, women in Russia/Kyrgyzstan linked online -> cyber_flow yes; forced_marriage for the woman he married (judgement call)")

C(40, "EGY", 2022, """The Cairo Criminal Court sentenced six defendants, among them two surgeons, a nurse and three brokers, to
prison terms of between five and fifteen years and fines of up to 500,000 pounds for trafficking in human organs under
Law No. 64 of 2010 and Law No. 5 of 2010 on the regulation of organ transplantation. According to the Public Prosecution,
the brokers published posts in Facebook groups used by Sudanese refugees and migrants in Cairo, offering 'financial
assistance' of up to 10,000 dollars to young men willing to 'donate' a kidney. Five Sudanese men who contacted the brokers
in response to the posts were taken to a private clinic in Giza, where their kidneys were removed and transplanted into
paying patients, some of whom had travelled from Gulf states. The men received between 2,000 and 4,000 dollars or nothing
at all, and were given no post-operative care. One of them was admitted to a public hospital with complications, which
led to the investigation.""",
"yes", ["recruitment"], ["social_media"], ["Facebook"], ["fishing"], "no", ["organ_removal"], 5, "no", ["male"],
"cross_border", ["EGY", "SDN"], 6, ["deception", "abuse_of_vulnerability"],
"C5: men contacted brokers in response to Facebook posts -> fishing; C8: Sudanese nationals exploited in Egypt -> cross_border; 'young men' -> per C10 'men' = no; recipients from 'Gulf states' unnamed -> not in countries; refugees -> abuse_of_vulnerability")
