from lib import C

C("H26-041","CHE",2012,
"""Statement of claim (Demande en paiement), Tribunal civil de première instance de Genève, 2012. The
claimants, three girls of Romanian nationality represented by their appointed curator, claim CHF 90,000
in damages and lost earnings from the defendants, a married couple convicted by the Geneva Criminal Court
in 2011 of trafficking in persons. The facts found in the criminal judgment, on which the claim rests,
are these: from 2009 the defendants made the claimants beg every day in the Rues Basses and at Cornavin
station, beat them with a belt when they brought back less than CHF 100, and told them their little
brothers would be sent to beg in their place if they ran away. The defendants sent the takings every week
through online transfers to an account of the first defendant in Craiova. The claimants ask the court
to order the attachment of that account.""",
"yes","logistics","unspecified","","","no","forced_begging",3,"yes","female","cross_border","CHE ROU",2,
"force threat",
"'online transfers' of the takings -> internet use (C1), unspecified, logistics (no other purpose). Transfers to the offender's own account -> no second party abroad -> cyber_flow no (C14). 'girls' -> minor (C10). Romanian nationals in CHE -> cross_border (C8). Civil defendants = the convicted couple -> 2.")

C("H26-042","THA",2024,
"""Civil Court (Bangkok), Black Case No. Por. 1102/2567 (2024) - plaint. The five plaintiffs, women
from Kalasin and Roi Et provinces, sue the owner of a karaoke bar in Pattaya, Chonburi province, who was
convicted under the Anti-Trafficking in Persons Act in 2023, for compensation. They allege that the
defendant, knowing that each of them owed money to moneylenders in her village and had little schooling,
chose them for that reason and made them "sit" with customers and have sex with them, keeping most of the
earnings. In 2022 one of the plaintiffs contacted the 1300 hotline through its LINE account; the police
then traced the defendant through his Facebook profile and raided the bar.""",
"no","","","","","no","sexual_exploitation",5,"no","female","domestic","THA",1,
"abuse_of_vulnerability",
"Internet used only by a victim to seek help (LINE hotline) and by the police (Facebook tracing) -> not coded (C3) -> internet no. Isan provinces to Chonburi -> domestic (between provinces). Debts to village moneylenders (third parties) -> not debt_bondage (side: third-party loans are not). Defendant chose them because of their debts and schooling -> abuse_of_vulnerability.")

C("H26-043","DEU",2011,
"""Deutscher Bundestag, 17th electoral term. Answer of the Federal Government to the minor interpellation
of members of the parliamentary group on labour exploitation in the meat industry (extract). Question 7:
Which proceedings for trafficking for labour exploitation have been concluded? Answer: Among others, in
2011 the Regional Court of Oldenburg convicted the two managing directors of a subcontracting firm of
trafficking for the purpose of labour exploitation (s. 233 StGB). The firm's office in Timișoara sent
lists of available workers, with photographs, ages and "physical condition", by e-mail to selected
slaughterhouses in Lower Saxony, which chose the workers they wanted. The 23 workers concerned, 19 men and
4 women of Romanian nationality aged between 19 and 52, had been promised EUR 1,300 net a month; in fact
rent, transport and "equipment" were deducted as a debt that their pay never covered, and the court found
that amphetamines were handed out on the night shifts so that the workers could manage sixteen-hour days.
The Federal Government does not comment on the level of sentences imposed by independent courts. It refers
to the strengthening of the Financial Control of Undeclared Work and to the planned extension of the
general minimum wage.""",
"yes","advertising","email","","hunting","yes","forced_labour",23,"no","female male","cross_border","DEU ROU",2,
"debt_bondage deception drugs",
"Lists and photos of workers e-mailed to selected slaughterhouses that chose them -> offers to chosen buyers (C6; buyers named by other words: side C6) -> advertising + hunting. Office in ROU e-mailing buyers in DEU -> cyber_flow yes (C7). Deductions recorded as a debt never covered -> debt_bondage. Amphetamines handed out -> drugs.")

C("H26-044","SWZ",2012,
"""The King v Sipho Dlamini, High Court of Swaziland (Mbabane), sentencing remarks, 2012. The accused
stands convicted on four counts under the People Trafficking and People Smuggling (Prohibition) Act,
2009. From his home in Manzini he sent messages on Facebook to four women in Maputo whom he did not know,
offering them work as domestic workers at E1,200 a month. When they arrived he told them each that she
owed him E3,000 for transport and food, and he placed them in a tavern where they had to sell sex to
customers to repay it. No wages were ever paid. The court has considered the accused's personal
circumstances, that he is a first offender and the father of three; against that stands the planning of
the scheme, its repetition against four victims, and the fact that the victims were foreigners, far from
home, with no one to turn to. A sentence of eighteen years is imposed on each count, to run concurrently.""",
"yes","recruitment","social_media","Facebook","hunting","yes","sexual_exploitation",4,"no","female","cross_border","SWZ MOZ",1,
"debt_bondage deception",
"'sent messages on Facebook to four women ... whom he did not know' -> first contact (C13) -> hunting. Accused in SWZ, women in MOZ -> cyber_flow yes (C7). Sentencing consideration of the victims' position is the court's, not a stated use of vulnerability by the accused -> abuse_of_vulnerability not coded.")

C("H26-045","BEN",2018,
"""Indictment summary (Cour de répression des infractions économiques et du terrorisme, 2018). Count 1:
trafficking in persons for sexual exploitation. Count 2: procuring. Count 3: unlawful retention of
identity documents. The three accused are alleged to have run, from a rented villa, a Facebook page named
"Massages Détente Prestige" on which they published photographs of six women and the prices of
"massages with finish", answering clients through the page's messages. The women, recruited as
hairdressers, were told on arrival that each owed 400,000 CFA francs for lodging, clothes and
"registration", to be repaid out of their earnings, of which they received nothing. The first accused
kept their identity cards in a locked drawer. Two of the women were taken to clients' homes by the
second accused, who collected the money. The third accused, the owner of the villa, is alleged to have
known the purpose of the premises and to have received a share. The prosecution relies on the page's
content preserved by the police, the statements of the six women and the accused's telephones.""",
"yes","advertising","social_media","Facebook","fishing","no","sexual_exploitation",6,"no","female","unknown","BEN",3,
"debt_bondage deception document_retention",
"Facebook page publishing the women's photos and prices -> advertising, social_media, fishing. Hard case: no place or nationality named (the villa is unplaced; the court is named only by its jurisdiction) -> border unknown (C8); prosecuting country listed (side). Police preserving the page -> not coded (C3). Deck listed debt_bondage and document_retention; deception (recruited as hairdressers) added from the text.")

C("H26-046","ZAF",2004,
"""S v Mabunda, High Court (Transvaal Provincial Division), criminal appeal, 2004. The appellant and her
co-accused were convicted in the regional court, Pretoria, on counts under the Child Care Act and of
keeping a brothel. Only the appellant appeals. She operated an "employment agency" from an office in
Maputo, Mozambique, where the mothers of two girls paid registration fees in cash for jobs for them as
nannies in Johannesburg. The girls were brought across at Ressano Garcia and placed in a house in
Hillbrow, where they were made to have sex with men; the appellant's wages to the mothers were sent
through a money-transfer office in Johannesburg to keep the families quiet. The trial court found that
the appellant chose girls from families she knew to be in debt and unable to make enquiries. Appeal
against conviction and sentence dismissed.""",
"no","","","","","no","sexual_exploitation",2,"yes","female","cross_border","ZAF MOZ",2,
"abuse_of_vulnerability deception",
"Agency office and a money-transfer office, no 'online' -> internet no (C1). 'girls' -> minor (C10). Appellant and co-accused both convicted in the case -> 2 (C11). Chose indebted families unable to enquire -> abuse_of_vulnerability.")

C("H26-047","MDV",2023,
"""Immigration Appeals Board (Maldives Immigration), decision on appeal no. IAB/2023/57. The appellant, a
Sri Lankan woman, appeals against an order for her removal for overstay. It is not disputed that she was
one of four Sri Lankan women whom the owner of a guesthouse in Hulhumalé and her husband brought to the
Maldives in 2021 to work as housekeepers, and who were instead made to provide sexual services to guests.
The Criminal Court convicted both in 2022. The appellant told the Board that the recruiter telephoned her
in Kandy from a Maldivian number and sent her text messages with the flight details; she did not own a
smartphone. On arrival she was told she owed MVR 30,000 for the ticket and visa, and that she would be
reported to the police as a prostitute if she complained. The Board notes that her overstay is the
direct result of the offences of which she was a victim, that the Prosecutor General's Office has asked
that she remain available as a witness for a related case, and that she has received no assistance
from the protection unit. The removal order is set aside and the appellant is granted a temporary
permit for six months, renewable. The Board draws the attention of the Ministry of Homeland Security to
the lack of shelter places for foreign victims.""",
"no","","","","","no","sexual_exploitation",4,"no","female","cross_border","MDV LKA",2,
"debt_bondage deception threat",
"Phone calls and text messages only (she 'did not own a smartphone') -> internet no. 'women' -> minor no. Housekeeping promised, sexual services -> deception.")

C("H26-048","BEN",2020,
"""République du Bénin - Police Républicaine, Commissariat central de Cotonou. Report of findings
(extract), 2020. Following a complaint from a neighbour, officers entered a house in the Cadjèhoun
quarter on 4 August 2020 and found five women of Togolese nationality. The women stated that they had
come from Lomé on the promise of paid work in a hotel, that the male suspect advertised them on the
classified-ads site CoinAfrique as "domestic helpers available, Togolese, serious, day or month", and that
households who answered the advertisements hired them through him and paid him directly. A man employed
by the suspects watched the house day and night and went with the women whenever they went out. Two of
the women showed bruises from beatings by the female suspect. The male suspect and his wife were
arrested and placed at the disposal of the Public Prosecutor.""",
"yes","advertising","classified_ads","CoinAfrique","fishing","no","forced_labour",5,"no","female","cross_border","BEN TGO",2,
"deception force other",
"Women's labour advertised on a classified site, households answered -> advertising, classified_ads, fishing. Guard watching and accompanying them outside -> other (open point side: surveillance/escort -> other). Police report: the two arrested suspects counted as the defendants of the case (C11 read for a pre-charge report).")

C("H26-049","MOZ",2011,
"""Proc. 212/2011 - 3rd Criminal Section, Judicial Court of Maputo City. Accused: 2 (m., f.). Injured
parties: 4 (f., aged 18, 19, 21, 23). Charge: trafficking in persons (Law 6/2008, art. 10), pornography
involving adults without consent. Facts (as found): 2010-2011, flat in Bairro Central; injured parties
made to perform sexual acts in live video shows over the internet for paying viewers in Portugal and
South Africa; payment to accused 1 via PayPal; identity cards (BI) of all four kept by accused 2 "so they
would not leave". Viewers: not identified. Evidence: laptop and webcam seized; PayPal records; statements
of injured parties; testimony of landlord. Defence: accused 1 denies knowledge of payments; accused 2
claims the injured parties consented. Decision: both accused convicted; 12 yrs (acc. 1), 8 yrs (acc. 2);
compensation 150,000 MT each injured party. Appeal lodged by accused 1, 14.10.2011. Forwarded to the
Supreme Court registry 02.11.2011. Status: pending.""",
"yes","exploitation","webcam_livestream unspecified","PayPal","","yes","sexual_exploitation",4,"no","female","cross_border","MOZ PRT ZAF",2,
"document_retention",
"Live video shows to paying viewers in PRT and ZAF -> exploitation, webcam_livestream, cyber_flow yes, cross_border (C9). PayPal -> unspecified with the name (C1). No ad or first contact -> no strategy. Ages 18-23 -> minor no.")

C("H26-050","ZMB",2023,
"""Victim compensation order, Subordinate Court of Lusaka, 2023. The three applicants, women who are nationals of the Democratic Republic of the Congo, were
contacted on WhatsApp by the convict, who offered them jobs in a bakery. She then made them sell sex in
Lusaka to pay a debt of K8,000 each for "papers", having, the court found, targeted them because they had
no status in Zambia. The convict is ordered to pay K20,000 to each applicant.""",
"yes","recruitment","messaging_app","WhatsApp","hunting","no","sexual_exploitation",3,"no","female","cross_border","ZMB COD",1,
"abuse_of_vulnerability debt_bondage deception",
"'contacted on WhatsApp by the convict' -> first contact (C13) -> hunting. Where the women were when contacted is not said -> cyber_flow no (C14). DRC nationals in ZMB, journey not described -> cross_border by nationality (C8); COD listed as their origin (side: victims' nationality is their origin). 'targeted them because they had no status' -> abuse_of_vulnerability.")

C("H26-051","LTU",2017,
"""Vilnius Regional Court, civil case no. e2-1743-2017 - statement of claim for damages after
conviction. The claimant, aged 45, from Šiauliai, claims EUR 25,000 from the two defendants, a married
couple from Vilnius convicted under art. 147 of the Criminal Code. In March 2015 the first defendant wrote
to her on Viber, having got her number from a former colleague, and offered her a housekeeper's post with
a room and EUR 500 a month. For nineteen months she cooked, cleaned and looked after their three children
from six in the morning until midnight. The defendants told her that her room and board cost more than
her wages, so that she owed them a growing sum, and the second defendant told her that if she left he
would tell her adult son that she had stolen from them. She was paid nothing. The claimant asks for
non-pecuniary damages for the humiliation suffered and pecuniary damages equal to the wages promised.""",
"yes","recruitment","messaging_app","Viber","hunting","no","forced_labour",1,"no","female","domestic","LTU",2,
"debt_bondage deception threat",
"'wrote to her on Viber' -> offender's first contact (C13) -> hunting. Domestic servitude -> forced_labour (side). Aged 45 -> minor no. Šiauliai to Vilnius -> domestic.")

C("H26-052","ALB",2012,
"""Case note. The Serious Crimes Court convicted the defendant of trafficking two women whom he advertised
on an escort website with photographs taken in his flat. The court found that he had deliberately chosen
women recently released from a psychiatric ward who had nowhere else to live. The note welcomes the
court's treatment of abuse of a position of vulnerability as a means in its own right.""",
"yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",2,"no","female","unknown","ALB",1,
"abuse_of_vulnerability",
"'an escort website', unnamed -> freestanding_website (C2: site type stated). Fishing (posting suffices, C13). No place or nationality named -> border unknown (C8); ALB listed as prosecuting country (side). 'women' -> minor no.")

C("H26-053","KGZ",2007,
"""State Labour Inspectorate of the Kyrgyz Republic, Bishkek city department. Report on an unscheduled
inspection, 14 May 2007 (extract). During an inspection of the "Relax" sauna on Ibraimov Street on
information from the tax service, inspectors found three girls, aged 16 and 17, citizens of the Republic
of Uzbekistan, who had no employment contracts. The girls stated that they had come from Andijan on the
promise of work as waitresses, that the administrator kept their passports, and that they were made to
provide "intimate services" to clients who found the sauna through advertisements that the administrator
placed on the classified-ads site doska.kg, with the girls' photographs. They stated that the owner told
them that if they left they would be handed to the police as illegal migrants. The inspectors drew up a
protocol on violations of the Labour Code and transferred the materials to the Pervomaisky District
Department of Internal Affairs. Note added 20.06.2007: the owner and the administrator have since been
charged under art. 124 (trafficking in persons) of the Criminal Code.""",
"yes","advertising","classified_ads","doska.kg","fishing","no","sexual_exploitation",3,"yes","female","cross_border","KGZ UZB",2,
"deception document_retention threat",
"Ads with the girls' photos on a classified site, clients found the sauna through them -> advertising, classified_ads, fishing. Ages 16-17 -> minor. Two charged (note added) -> 2 (C11). Departure from deck: sexual exploitation found by a labour inspection, as drawn.")

C("H26-054","WSM",2021,
"""NGO case brief (2021). A man has been charged with trafficking three persons whom he listed on an escort
site, "IslandEscorts", with photographs and a mobile number; clients who called were sent to a rented house.
One of the victims said she had been told that the airfare he had paid for her, and her rent, had to be
"worked off" before she could keep any money; the others gave the same account. The brief notes that none
of the three was offered a shelter place after the police intervention, that the victims were returned to
their families within two days, and that no interpreter or counsellor was present when they were
interviewed. The organisation recommends that the Ministry develop standard operating procedures before
the trial.""",
"yes","advertising","freestanding_website","IslandEscorts","fishing","no","sexual_exploitation",3,"unknown","female","unknown","WSM",1,
"debt_bondage",
"Named escort site -> freestanding_website, advertising, fishing. Hard case: age not said ('persons'), sex stated for one victim only -> female; no place or nationality named ('an airfare' without route) -> border unknown (C8); WSM listed (side). Airfare and rent debt to the offender -> debt_bondage.")

C("H26-055","PRT",2005,
"""Tribunal da Relação do Porto, appeal no. 0542/05, judgment of 2005. The three appellants were convicted of
trafficking two Brazilian women, aged 21 and 26, whom a cousin of one appellant had introduced to them in
Goiânia. In bars in Porto the women were beaten and were always accompanied by a man when they went out.
Appeals dismissed.""",
"no","","","","","no","sexual_exploitation",2,"no","female","cross_border","PRT BRA",3,
"force other",
"Word of mouth (a cousin's introduction) -> internet no. Always accompanied outside -> other (side: escort/surveillance -> other). Cousin not charged -> not counted (C11).")

C("H26-056","AUS",2010,
"""Fair Work Australia, unfair dismissal and underpayment application, decision of 2010 [extract]. The
applicants, four Thai nationals, one of whom was aged 17 when she began work, seek payment of wages from
the respondents, the operators of a brothel in Melbourne. The Commissioner accepts the evidence, also
given in the respondents' criminal trial, that each applicant was told on arrival that she owed AUD 40,000
for travel and that she would keep no earnings until it was repaid, and that the respondents listed the
applicants on an escort directory website under new names. The application is referred to the Federal
Court as it involves questions beyond the jurisdiction of this tribunal.""",
"yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",4,"yes","female","cross_border","AUS THA",2,
"debt_bondage",
"'escort directory website' unnamed -> freestanding_website (C2: escort site), advertising, fishing. One applicant aged 17 -> minor. The two respondents (brothel operators) counted as defendants (C11, as for civil claims in this set).")

C("H26-057","CAN",2007,
"""R. v. Campbell, Ontario Superior Court of Justice, sentencing remarks (2007). Mr. Campbell, you
contacted the victim, a 20-year-old man in Kingston, Jamaica, on MSN Messenger and offered him work in
Toronto. When he arrived you made him sell crack cocaine, and you told him that his mother would be hurt
if he refused. You will serve seven years.""",
"yes","recruitment","messaging_app","MSN Messenger","hunting","yes","forced_criminal_activity",1,"no","male","cross_border","CAN JAM",1,
"deception threat",
"'contacted ... on MSN Messenger' -> first contact (C13) -> hunting; Toronto offender to a man in Kingston, Jamaica -> cyber_flow yes (C7). Offer of 'work', then made to sell drugs -> deception added to the deck's threat.")

C("H26-058","PER",2018,
"""Ministerio Público - Fiscalía de la Nación, press note, Lima, 2018. The Provincial Prosecutor's Office
specialised in trafficking obtained nine months' preventive detention for two men accused of trafficking a
Venezuelan national. One of them contacted her through the dating app Tinder, promising a job; she was
drugged, beaten and made to serve clients in a house in San Juan de Lurigancho.""",
"yes","recruitment","dating","Tinder","hunting","no","sexual_exploitation",1,"unknown","female","cross_border","PER VEN",2,
"deception drugs force",
"'contacted her through ... Tinder' -> hunting (C13), dating. Both in PER -> cyber_flow no. Venezuelan national -> cross_border (C8). Age not stated -> minor unknown.")

C("H26-059","JPN",2000,
"""TOKYO (Kyodo) -- Ibaraki prefectural police said Tuesday they had arrested three people, including a Thai
broker, on suspicion of forcing Thai women into prostitution at snack bars in Tsuchiura. Prosecutors
later indicted two of them, the broker and a bar manager. According to police, the women, who had
answered advertisements in Bangkok newspapers offering restaurant jobs in Japan, had their passports
taken on arrival and were told to work off debts of 3.5 million yen each. Investigators quoted the broker
as saying he looked for women from poor villages in northeastern Thailand "because they do not speak
Japanese and will not run to the police". The number of women involved is being investigated; four have
been placed in a shelter.""",
"no","","","","","no","sexual_exploitation",4,"no","female","cross_border","JPN THA",2,
"abuse_of_vulnerability debt_bondage deception document_retention",
"Newspaper advertisements -> internet no. Three arrested, two indicted -> offenders_total 2 (C11: charged). 'four have been placed in a shelter' -> victims 4 (the only number stated). Broker's stated targeting of poor villagers without Japanese -> abuse_of_vulnerability. Debt to the offenders -> debt_bondage.")

C("H26-060","IDN",2011,
"""Batam District Court, Case No. 311/Pid.B/2011/PN.Btm, sentencing. The defendant recruited two girls,
aged 15 and 16, from Indramayu, West Java, promising restaurant work in Batam, Riau Islands; she kept their
birth certificates and made them serve men in a karaoke bar, having, the panel finds, chosen them because
their parents were illiterate. The girls were found after a journalist's online article and an NGO's
Facebook appeal. Six years' imprisonment.""",
"no","","","","","no","sexual_exploitation",2,"yes","female","domestic","IDN",1,
"abuse_of_vulnerability deception document_retention",
"Online article and Facebook appeal by a journalist and an NGO only -> not coded (C3) -> internet no. West Java to Riau Islands -> between provinces -> domestic. Birth certificates kept -> document_retention.")
