from lib import C

C("H24-101","NOR",2024,"""Press release from the Oslo Police District, Prosecution Section. Oslo District Court has today
sentenced a married couple, aged 51 and 48, to three years and six months' imprisonment each for
coercing their daughter into marriage (Penal Code s. 253) and for trafficking in human beings (s. 257).
The daughter, who is 19 years old and a Pakistani national living in Norway with a residence permit,
was married in 2023 to a man she had never met. The court found that the parents had placed a
matrimonial advertisement in an Urdu-language weekly newspaper distributed in Oslo, describing their
daughter's age, education and 'obedient character', and that they had chosen the husband from the
families who answered. The daughter refused. In the week before the ceremony, which took place in a
rented hall in Groruddalen, her mother gave her tablets prescribed for the mother's own anxiety, which
left the daughter, in the court's words, 'unable to put up any real resistance'. After the wedding the
daughter was made to live with the husband's family and to do all the housework. She contacted her
school counsellor in the autumn. The husband was charged but acquitted, the court finding it not proved
that he knew of the coercion. The police attorney said that the case shows the importance of schools
and health services reporting concerns at an early stage, and that the police take every report of
forced marriage seriously.""",
"no","","","","","no","forced_marriage",1,"no","female","cross_border","NOR PAK",3,"drugs",
"Printed matrimonial advertisement -> internet no. Aged 19 -> minor no. Pakistani national in Norway -> cross_border (C8, nationality). Mother's tablets given to subdue -> drugs. Husband charged and acquitted -> counted (C11: people charged or tried) -> 3. Housework after the marriage is part of the forced marriage; not coded forced_labour (judgement call: the text presents it as the marriage's consequence).")

C("H24-102","CHN",2008,"""Ministry of Public Security, Office against Trafficking in Women and Children, work report 2008
(extract, typical cases). Case 7. In 2007 an advertisement in a local newspaper in Hekou, Yunnan,
offered 'restaurant and hotel jobs in Malaysia, high salary, no experience needed'. Fourteen young
people from Hekou and Mengzi who telephoned the number were taken by the gang through Laos and Thailand
to Kuala Lumpur, where the young women among them were made to provide sexual services in
entertainment venues and the young men to work as guards and cleaners in the same venues. The gang told
them that they had entered Malaysia illegally, that the Malaysian police would imprison them if they
went out, and that their families in Yunnan would be visited if they made trouble. Some were given
methamphetamine to keep them working through the night. After a tip-off from the family of one victim,
the Ministry worked with the Royal Malaysia Police to return all fourteen. Six gang members were
sentenced by the Intermediate People's Court of Honghe Prefecture to terms of five years to life
imprisonment.""",
"no","","","","","no","sexual_exploitation forced_labour",14,"unknown","female male","cross_border","CHN MYS LAO THA",6,"deception threat drugs",
"Newspaper ad and telephone -> internet no. 'young people', 'young women', 'young men' without ages -> minor unknown (C10). Yunnan to Malaysia through Laos and Thailand -> cross_border, transit listed. Women sexually exploited, men as guards/cleaners -> both forms. Threats (police, families) -> threat; methamphetamine -> drugs; job ad -> deception.")

C("H24-103","ITA",2024,"""Department for Equal Opportunities, report on the implementation of the National Anti-Trafficking
Plan, 2024, annex of significant cases (extract). Naples, 'Operation Specchio'. In January 2024 the
Tribunal of Naples convicted three persons, a man of 29, his brother and the brother's partner, of
trafficking in persons (art. 601 c.p.) and of producing and distributing child sexual abuse material.
The victims were three girls from the Naples periphery, two of them Italian and one Italian-born of
Albanian parents, all with Italian citizenship, whom the first accused had got to know at a
neighbourhood gym. From the spring of 2022 the girls were kept for days at a time in a flat in
Scampia, where the accused made them perform sexual acts in live video streams on Telegram for paying
subscribers. The accused promoted the 'private shows' with blurred previews on an Instagram account,
customers booked and paid for the shows in Telegram chats, and payment was made through PayPal to the
brother's partner. The subscribers identified so far were all in Italy. The girls were slapped and
punched when they refused, and one of the accused stayed with them in the flat at all times. The first
accused kept the girls' identity cards, telling them that without them they could not go home or to
the police. The investigation began when a teacher noticed injuries on one of the girls and reported
to the Carabinieri. Sentences of twelve, ten and eight years were imposed. The Department notes the
case as an example of the growing use of encrypted messaging and livestreaming for the sexual
exploitation of children, and recommends specialised training for the Postal Police and the juvenile
courts.""",
"yes","exploitation advertising","webcam_livestream messaging_app social_media unspecified","Telegram|Instagram|PayPal","fishing","no","sexual_exploitation",3,"yes","female","domestic","ITA",3,"force other document_retention",
"Live video streams on Telegram for paying subscribers -> exploitation, webcam_livestream; bookings in Telegram chats -> messaging_app (judgement call: typed by both uses); promotion of the shows on Instagram -> advertising, social_media, fishing; PayPal -> unspecified (C1). Subscribers all in Italy -> cyber_flow no. Italian citizens in Italy (one of Albanian parents) -> domestic. 'girls' -> minor yes. Slaps/punches -> force; constant presence -> other; identity cards -> document_retention.")

C("H24-104","EST",2022,"""Case brief. In 2021 Harju County Court convicted a man and a woman who ran a 'relaxation salon' in
Tallinn's Kristiine district of trafficking in human beings (Penal Code § 133) in respect of three
Moldovan women. The court found that the couple had recruited the women through a job offer placed on
the teletext pages of a Moldovan television channel, which gave a Tallinn telephone number, and that the
women had also received a typed letter with a 'contract' for work as masseuses. After arrival in
Estonia the women were made to offer sexual services to the salon's clients. They slept in a back room
that the man locked from outside each night, and they were not given keys to the salon. The couple kept
a notebook of 'debts' for each woman, but the court did not find it proved that any debt was used to
hold them. The women were freed when a client, whom one of them had asked for help in broken Russian,
went to the police. Our organisation provided the women with shelter, legal counsel and psychological
support during the proceedings and helped them return to Moldova. The man was sentenced to five years
and the woman to three years' imprisonment.""",
"no","","","","","no","sexual_exploitation",3,"no","female","cross_border","EST MDA",2,"deception force",
"Teletext, telephone and a typed letter -> internet no (teletext is broadcast, not internet - judgement call). Moldovan women in Estonia -> cross_border. Locked in nightly -> force; masseuse contract -> deception. Debt notebook not found to be used -> not debt_bondage.")

C("H24-105","BEL",2015,"""A family from Antwerp has been convicted of forcing a 20-year-old Moroccan woman into marriage with
their son in order to obtain a residence card for him through her Spanish residence, the Antwerp
criminal court ruled on Tuesday. The woman, a distant cousin living in Spain, had been told by the
family's relatives at a wedding in Tangier that the son wanted to marry her and would treat her well;
the family had paid for her journey from Málaga and told her after the ceremony that she now owed them
EUR 7,000 for the travel, the wedding and the gifts. She was kept in the house in Borgerhout, cooked
and cleaned for eight people, and was allowed out only with her mother-in-law. The court sentenced the
father, the mother and the son to between eighteen months and three years and convicted them of
trafficking in human beings and forced marriage.""",
"no","","","","","no","forced_marriage",1,"no","female","cross_border","BEL MAR ESP",3,"deception debt_bondage other",
"Word of mouth at a wedding -> internet no. Aged 20 -> minor no. Moroccan national brought from Spain to Belgium -> cross_border. Marriage with cooking and cleaning in the in-laws' house -> forced_marriage only (my rule, revised on re-read: household chores within a forced marriage are not a separate form; work in a business would be, as H23-009/H23-029 in job 2; same as H24-101). Debt for travel and wedding -> debt_bondage; allowed out only with mother-in-law -> other; promise of good treatment -> deception.")

C("H24-106","KOR",2005,"""Gwangju Regional Labour Office, report of special inspection of agricultural workplaces (extract).
A second-year high school student, aged 17, had applied in the summer vacation of 2004 to a posting on
the part-time job site Albamon for 'greenhouse work in the countryside, accommodation provided,
2,000,000 won a month'. The farm owner, who had placed the posting, collected the student at Naju bus
terminal. The student was made to work in the greenhouses from 5 a.m. until dark for seven months,
did not return to school, and was paid nothing, the owner saying the wages would be paid 'at the end'.
When the student asked to go home, the owner said he would tell the student's mother that the student had stolen from him and would report the family for the debts of the student's late father. The
inspection found no employment contract and no wage ledger. The Office has referred the owner to the
prosecutor for violations of the Labour Standards Act and for forced labour, and has ordered payment of
the unpaid wages.""",
"yes","recruitment","job_portal","Albamon","fishing","no","forced_labour",1,"yes","","domestic","KOR",1,"deception threat",
"Posting on the part-time job site Albamon answered by the student -> recruitment, job_portal, fishing. 'second-year high school student, aged 17' -> minor yes. No sex stated (the text avoids pronouns) -> empty. All in Korea -> domestic. Threats to accuse and report the family -> threat; unpaid promised wages -> deception.")

C("H24-107","NGA",2014,"""Case brief prepared for the NAPTIP-NGO coordination forum. The victim, born on 2 October 1998, from
Ikot Ekpene in Akwa Ibom State, answered an advertisement placed in a regional newspaper by the first
defendant seeking 'house helps for good families in Lagos, salary N15,000'. She was brought across
state lines to Lagos by bus with two other girls in February 2013. Instead of a family home she was
taken to a hotel in Ojo, where the second defendant, the hotel's manageress, told her that she owed
N150,000 for transport and 'registration' and would repay it by sleeping with guests. She was fined
N2,000 whenever a guest complained and was not paid at all. The other two girls were moved elsewhere and
have not been found. NAPTIP rescued the victim in June 2013. In 2014 the Federal High Court, Lagos,
convicted both defendants under the Trafficking in Persons (Prohibition) Law Enforcement and
Administration Act 2003 (as amended) and sentenced them to seven and five years. We provided shelter,
trauma counselling and vocational training in tailoring, and we continue to follow the search for the
two missing girls.""",
"no","","","","","no","sexual_exploitation",3,"yes","female","domestic","NGA",2,"deception debt_bondage other",
"Newspaper advertisement -> internet no. Born Oct 1998, exploited 2013 -> 14 -> minor yes. 'across state lines' within Nigeria -> domestic (C8). Three girls brought -> victims 3 (judgement call: the two missing girls were trafficked in the same act, though their exploitation is not described). Transport debt -> debt_bondage; fines -> other; house-help promise -> deception.")

C("H24-108","POL",2016,"""Sentencing remarks of the presiding judge, Regional Court in Łódź, XVIII Criminal Division. The
court has found the four accused guilty of trafficking in human beings within art. 189a § 1 of the
Criminal Code. The injured parties are seven young people who had recently left care institutions in
Łódź and in the Świętokrzyskie and Mazowieckie voivodeships. The first accused met them in person near
the institutions and at a bus station and offered them a room and 'easy money'. The accused then took
them from town to town across the country and made them sign mobile phone contracts, consumer loans in
shops and leasing agreements for electronics, all of which the accused took and sold. The young people
were given amphetamine every day and became dependent on it. When one of them said he wanted to go back
to his former carer, the second accused told him that his younger sister, who was still in the
institution, 'would have an accident'. The court considered as aggravating that the accused chose
young people who had no family to turn to. The first accused is sentenced to six years, the others to
between three and five years.""",
"no","","","","","no","forced_criminal_activity",7,"unknown","male","domestic","POL",4,"deception drugs threat abuse_of_vulnerability",
"In-person recruitment -> internet no. Signing contracts and loans used for fraud -> forced_criminal_activity (judgement call: fraud in the victims' names, as heldout12-22 treated fraud operators). 'young people' without ages -> minor unknown. One victim 'he' -> male (at least). Internal across voivodeships -> domestic. Amphetamine -> drugs; threat to the sister -> threat; 'chose young people who had no family to turn to' -> abuse_of_vulnerability.")

C("H24-109","SEN",2009,"""Reply of the Minister of Justice, Keeper of the Seals, to the written question of a deputy of the
National Assembly. In the case raised by the honourable deputy, the Regional Tribunal of Thiès in 2009
convicted two men of trafficking in persons for the purpose of the removal of organs under Law No.
2005-06. The first accused had created a page on Facebook offering 'well-paid help to families in
need: blood and kidney donors wanted, discretion assured'. Four men from Thiès and Tivaouane, aged 22 to
30, who had contacted him through the page, were lodged in a house on the outskirts of Thiès while the
accused sought a clinic and paying patients. They were made to do building work on the accused's house
without pay in the meantime. When one of them wished to leave, the second accused beat him with a
stick. No organ was removed; the men were released after a police operation prompted by a neighbour.
The Minister has instructed public prosecutors to give priority to cases involving the removal of
organs and to seek the assistance of the cybercrime division when offers are made on the internet.""",
"yes","recruitment","social_media","Facebook","fishing","no","organ_removal forced_labour",4,"no","male","domestic","SEN",2,"force",
"Facebook page offering money for donors, men contacted the accused through it -> recruitment, social_media, fishing (C3/C13: answering the offenders' post). Ages 22-30 -> minor no. Purpose organ removal + unpaid building work meanwhile -> organ_removal + forced_labour. Beating -> force. Thiès/Tivaouane -> domestic.")

C("H24-110","JOR",2007,"""Amman Magistrates' Court, 2007. Accused (car wash owner) convicted of trafficking three Egyptian boys
aged 14 to 16 working at his car wash in Marka; hired in person through the boys' uncle; unpaid for
eight months; a cousin of the accused watched them day and night. Sentence: two years and a fine. The boys were repatriated through the Egyptian embassy.""",
"no","","","","","no","forced_labour",3,"yes","male","cross_border","JOR EGY",1,"other",
"In person -> internet no. Boys aged 14-16 -> minor yes. Egyptian boys in Jordan -> cross_border (C8). Watched day and night -> other. Unpaid wages alone not a means.")

C("H24-111","SGP",2011,"""Singapore Police Force, extract from First Information Report and investigation summary. On 2 March
2011 the complainant, a Vietnamese national, reported at Clementi Neighbourhood Police Centre that she
had been brought to Singapore in November 2010 by a woman operating an unlicensed marriage agency in
Jurong West. The complainant stated that she was 17 at the time and that her age had been given as 20
in the papers prepared by the agency. In Ho Chi Minh City the agent's partner had courted her for some
weeks, said that he would marry her himself in Singapore, and introduced her in person to the agent.
On arrival she was told that she had been 'matched' with a Singaporean man of 54 who had paid the
agency SGD 12,000, and she was married to him at a ceremony the following week. She stated that she had
been made to sleep with the man against her will and that the agent kept her passport until the
registration of the marriage. The agent has been arrested; investigations into the husband continue.""",
"no","","","","","no","forced_marriage",1,"yes","female","cross_border","SGP VNM",1,"deception document_retention",
"In-person courtship and introduction -> internet no. Aged 17 -> minor yes. Vietnamese national brought to Singapore -> cross_border. Courtship ruse -> deception; passport kept -> document_retention. Husband under investigation, not charged -> offenders 1 (the agent; partner not charged).")

C("H24-112","PER",2023,"""Superior Court of Justice of Piura, Collegiate Criminal Court, judgment of 14 July 2023. The court
convicts the owner of the fishing vessel 'Don Lucho II' and his boatswain of aggravated trafficking
in persons for labour exploitation (art. 129-A of the Penal Code) in respect of four Ecuadorian boys.
The evidence established that the boys were recruited through the office of an employment agency in
Huaquillas, Ecuador, which promised their parents that they would work as kitchen helpers in a
restaurant in Paita and receive USD 300 a month, paid to the parents by bank transfer. The youngest, a
third-year secondary school pupil, had told the agency he was 18. The boys were instead put to work on
the vessel's squid-fishing trips of up to three weeks, sorting the catch and cleaning the hold. Only
the first month's pay ever reached the parents. The boatswain told the boys that they were illegally in
Peru and that if they spoke to the port authority they would be jailed and expelled. They spoke only
with the crew for months at a time. The agency's operator in Huaquillas is being prosecuted in
Ecuador. The court sentences the owner to fifteen years and the boatswain to twelve years.""",
"no","","","","","no","forced_labour",4,"yes","male","cross_border","PER ECU",2,"deception threat",
"Agency office and bank transfer without 'online' -> internet no (C1). 'boys', one a third-year secondary pupil -> minor yes (C10; grades -> minor). Ecuadorian boys in Peru -> cross_border. Kitchen promise -> deception; threat of jail and expulsion -> threat. Agency operator prosecuted in Ecuador, not in this case -> 2.")

C("H24-113","ETH",2024,"""Federal Attorney General, press statement. The Federal High Court, Lideta Division, has admitted
charges against a 31-year-old man for trafficking in persons under Proclamation No. 1178/2020. The
charge alleges that the accused sent messages on the dating app Tinder to an Eritrean girl, born on 5
May 2008, who was living in Addis Ababa as a refugee, presented himself as a businessman who would take
her to Dubai, and brought her to a house in Bole, from where he was arranging her onward travel 'for
the purpose of exploitation'. He told her that if she went to the police she would be returned to the
camp or deported. She was rescued before leaving Ethiopia. The accused denies the charge and remains in custody. The case has been adjourned.""",
"yes","recruitment","dating","Tinder","hunting","no","",1,"yes","female","cross_border","ETH ERI ARE",1,"deception threat",
"'sent messages on the dating app Tinder' -> first contact online, hunting (C13), recruitment. Both in Addis Ababa -> cyber_flow no. Born May 2008, case 2024 -> 15-16 -> minor yes. Eritrean refugee in Ethiopia -> cross_border (C8). Only 'for the purpose of exploitation' -> forms empty (open point, as annotators). Dubai named as intended destination -> in countries. Threat of deportation -> threat.")

C("H24-114","VNM",2004,"""Government Inspectorate, report on the settlement of citizens' complaints, Ho Chi Minh City
(extract). The complainant, mother of a 16-year-old girl, complained that the district police had not
acted on her report. Her daughter had answered a posting on the job site VietnamWorks for 'nail
technicians, training provided, work in Malaysia', placed by a man running a beauty salon in District
10. The girl was sent to a nail salon in Johor Bahru, worked fourteen hours a day without pay and was
told that the Malaysian police would arrest her if she left. Before leaving she had been made to swear at a shrine that she would obey the salon owner. The Inspectorate found that the police had delayed
unlawfully; the salon owner has since been prosecuted.""",
"yes","recruitment","job_portal","VietnamWorks","fishing","no","forced_labour",1,"yes","female","cross_border","VNM MYS",1,"threat other deception",
"Posting on the job site VietnamWorks answered by the girl -> recruitment, job_portal, fishing. Poster and girl both in Ho Chi Minh City -> cyber_flow no. Aged 16 -> minor yes. Sent to Malaysia -> cross_border. Threat of arrest -> threat; oath -> other; 'training provided' yet unpaid -> deception. The mother's complaint is a third party's act.")

C("H24-115","ARE",2022,"""Case brief. Our legal team assisted eleven Nepali workers in a complaint against a building
subcontractor in Dubai. The workers were men from villages in Dhanusha district, one of them 17 and
travelling on a passport showing him as 21. The subcontractor's recruiter, who lived in Dubai, sent
voice and text messages on IMO to men in the villages whose numbers he had obtained from a former
worker, offering 'construction work in Dubai, AED 1,500, free visa and ticket'. One worker told us: 'He
messaged me first on Whatsap, then he called.' In Dubai the men lived in a labour camp in Al Quoz where
the gate was locked from 8 p.m. to 5 a.m., were paid AED 500 for the first two months and then nothing,
and were watched by a camp boss who reported anyone who spoke to other companies' workers. Their
passports were taken 'for visa processing' and never returned. The Ministry of Human Resources and
Emiratisation mediated the payment of wages and the return of the passports. Dubai Public Prosecution
charged the subcontractor's owner and the recruiter with human trafficking; the case is pending before
the Dubai Criminal Court. We have asked that the workers be allowed to stay in the country until the
trial and receive temporary work permits.""",
"yes","recruitment","messaging_app","IMO|WhatsApp","hunting","yes","forced_labour",11,"yes","male","cross_border","ARE NPL",2,"deception force other document_retention",
"Recruiter in Dubai 'sent voice and text messages on IMO to men in the villages' and 'messaged me first on Whatsap' -> first contact online, hunting (C13), recruitment; 'Whatsap' normalised to WhatsApp; IMO = messaging app. Dubai to Nepal -> cyber_flow yes (C7). One aged 17 -> minor yes. Locked gate at night -> force (confinement); camp boss watching -> other; passports -> document_retention; pay promise -> deception.")

C("H24-116","UKR",2016,"""Kyiv, Holosiivskyi District Court, judgment of 11 November 2016 (summary). The court convicted the
accused, director of the marriage agency 'Ukrainian Rose', and her assistant under Article 149(2) of
the Criminal Code. The court established that the assistant wrote to women and girls on the dating
site Mamba, presenting the agency as a way to meet wealthy foreign husbands. The accused placed the
photographs and descriptions of those who agreed on the agency's website, which she had created, where
men in China selected brides and paid fees of USD 8,000 to 15,000. Five victims, among them a girl of
17, were taken to Guangdong Province and married to men they had not chosen. Their passports were
kept by the agency's partner in Guangzhou and they were not allowed to leave the husbands' houses
without a relative of the husband. Two of the women contacted the Ukrainian consulate. The accused was
sentenced to ten years and the assistant to eight years' imprisonment.""",
"yes","recruitment advertising","dating freestanding_website","Mamba|Ukrainian Rose","hunting fishing","yes","forced_marriage",5,"yes","female","cross_border","UKR CHN",2,"deception document_retention other",
"Assistant 'wrote to women and girls on the dating site Mamba' -> hunting (C13), recruitment, dating. Photos on the agency's own website, from which men in China chose and paid -> advertising, freestanding_website (C15: site the offenders ran, whatever it presents itself as), fishing. Site in Ukraine linking victims and buyers in China -> cyber_flow yes (C7). Girl of 17 -> minor yes. Passports -> document_retention; accompanied by a relative -> other; rich-husband promise -> deception. The partner in Guangzhou is not a defendant. The agency's name is listed as the platform name (judgement call).")

C("H24-117","ITA",2012,"""Carabinieri, Labour Inspection Unit of Caserta, report to the Public Prosecutor at the Juvenile
Court of Naples (extract). During an inspection of a fruit and vegetable wholesale market in the
province of Caserta, the Unit found two boys, aged 15 and 16, from Foggia in Apulia, who stated that
they had been hired by telephone by a man they knew only as 'Zio', who had called them on their mobile
phones after getting their numbers from a cousin and offered them work unloading crates. After the
first week they were told that they would also carry 'packages' to addresses in Caserta and Aversa, and
it emerged that the packages contained cocaine. They slept in a storeroom behind a stall. The man told
them that if they stopped, something would happen to their mothers in Foggia, and had them kiss a
picture of a saint and promise silence, as 'men of honour' do. Their instructions were given in calls
and text messages only. The man and a stallholder who housed the boys have been identified and reported
to the prosecutor for trafficking in persons and drug offences; the boys have been placed in a
community.""",
"no","","","","","no","forced_labour forced_criminal_activity",2,"yes","male","domestic","ITA",2,"deception threat other",
"Calls and text messages only -> internet no. Aged 15 and 16 -> minor yes. Foggia (Apulia) to Caserta (Campania), Italian boys -> domestic (across regions). Unloading crates + cocaine deliveries -> forced_labour + forced_criminal_activity. Threats to mothers -> threat; oath on a saint's picture -> other; crate work as a lure -> deception. Two identified and reported -> 2 (judgement call: 'reported to the prosecutor' = charged in the sense of C11).")

C("H24-118","FIN",2003,"""Decision of the State Treasury on compensation for crime damage (extract). The applicant, an Estonian
man, is one of four men whom the Helsinki District Court in 2002 found to have been subjected to
trafficking-like exploitation by two Estonian brothers, who were convicted of aggravated extortion and
aggravated usury (the offence of trafficking in human beings not yet being in the Penal Code). The men
had come to Finland after the brothers' mother told their families in Tartu that there was building
work in Helsinki. Instead the brothers sent them to steal from building sites and hardware stores in
the capital region and took the goods to sell in Tallinn. For each 'lost day' the men were fined 500
marks, which were added to a debt for their ferry tickets and lodging, and they received no wages. The
State Treasury considers that the applicant suffered personal injury and awards compensation for
suffering in the amount of EUR 2,500.""",
"no","","","","","no","forced_criminal_activity",4,"no","male","cross_border","FIN EST",2,"deception other debt_bondage",
"Word of mouth through the brothers' mother -> internet no. Estonian men in Finland -> cross_border. Thefts -> forced_criminal_activity. Fines -> other; debt for ferry and lodging -> debt_bondage; building-work promise -> deception. The mother is not a defendant -> 2.")

C("H24-119","AUS",2005,"""R v Pham (NSW District Court, 2005) (case-law database entry). The accused and his co-accused
brought three Thai girls aged 15 to 17 to Sydney on the promise of restaurant work. The accused e-mailed
photographs of the girls to a list of selected regular clients, inviting them to book; the girls were
then made to provide sexual services at a house in Cabramatta. The girls were found during a police
operation; the clients were not charged. The girls gave evidence by video link. Both accused convicted under the Criminal Code (Cth), Division 270; sentences of eight and
six years.""",
"yes","advertising","email","","hunting","no","sexual_exploitation",3,"yes","female","cross_border","AUS THA",2,"deception",
"Photographs e-mailed to selected clients, nothing posted -> C6: advertising + hunting; email. Clients in Sydney -> cyber_flow no. Girls aged 15-17 -> minor yes. Thai girls brought to Sydney -> cross_border. Restaurant promise -> deception.")

C("H24-120","NLD",2018,"""District Court of Limburg (Roermond), judgment of 6 November 2018, ECLI not published. The court
convicted the accused, the owner of a small mushroom-packing plant near Venlo, and his wife of human
trafficking (art. 273f Criminal Code) in respect of a Dutch girl who had run away from her foster
home. The girl, whom the wife had met in person at a shopping centre in Venlo and offered a room and a
job, worked in the plant's packing hall from early morning until late at night for eight months, six
days a week, and was paid in small amounts of pocket money. When she said she wanted to leave, the
accused hit her and threatened to send her back to the foster home 'in pieces'. The wife kept the girl's
identity card and bank card. The court held that the accused had knowingly used the girl's position as
a runaway without anyone to turn to. Sentences: thirty months and eighteen months.""",
"no","","","","","no","forced_labour",1,"yes","female","domestic","NLD",2,"force threat document_retention abuse_of_vulnerability deception",
"Met in person -> internet no. 'a Dutch girl' from a foster home -> minor yes (C10). All in the Netherlands, Dutch victim -> domestic. Hitting -> force; threat -> threat; identity and bank cards kept -> document_retention; 'knowingly used the girl's position as a runaway' -> abuse_of_vulnerability; job offer with pocket money only -> deception.")
