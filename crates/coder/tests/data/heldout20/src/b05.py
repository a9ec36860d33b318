from lib import C

C("H20-081","POL",2017,"""INDICTMENT (translation). The District Prosecutor's Office in Piaseczno charges: 1. N.T.H., born 1978,
a Vietnamese citizen residing in Lazy, with having, between March 2015 and October 2016, acting jointly and in
concert with T.V.D. and with the aim of gain, recruited and transported five citizens of Vietnam, three women and
two men, among them a boy aged 17, for the purpose of their exploitation in forced labour, in that, while in
Poland, she contacted them through the Zalo application in the province of Nghe An and offered them jobs in
restaurants at a wage of USD 1,000 a month, misleading them as to the nature and conditions of the work and the
cost of the journey, which she set at USD 15,000 per person, to be repaid from their wages, and sent scans of
their passports through Zalo to a visa broker in Hanoi, and that after their arrival in Poland she took away their
passports and placed them to work in restaurants operated by T.V.D., where they worked thirteen hours a day, seven
days a week, slept in the storerooms and received no wages beyond food, being told that their families in Vietnam
would be made to repay the debt if they left, that is, an offence under Article 189a paragraph 1 of the Criminal
Code; 2. T.V.D., born 1975, a Vietnamese citizen, with having, in the same period, accepted and harboured the said
persons and exploited their labour in the restaurants he operated in Piaseczno and Grodzisk Mazowiecki, knowing of
their debt and of the retention of their passports, that is, an offence under Article 189a paragraph 1 of the
Criminal Code; 3. M.K., born 1969, a Polish citizen, president of the management board of a company in Raszyn,
with having issued, for payment, false statements of intent to employ the said persons, on the basis of which they
obtained visas, that is, an offence under Article 270 paragraph 1 and Article 272 of the Criminal Code.""",
"yes","recruitment","messaging_app","Zalo","hunting","yes","forced_labour",5,"yes","male female","cross_border",
"POL VNM",3,"deception debt_bondage document_retention threat",
"'contacted them through the Zalo application' from Poland to Nghe An -> hunting, recruitment, cyber_flow yes (C7, C13). Passport scans sent over Zalo to a visa broker (offender-to-offender, C14) add nothing beyond recruitment. Boy aged 17 -> minor yes. Three accused in the indictment -> offenders 3 (C11), the third for false documents.")

C("H20-082","KHM",2025,"""Four Chinese managers of a scam compound in Bavet have been sentenced to between ten and fifteen years
in prison by the Svay Rieng Provincial Court, in one of the largest trafficking trials in the province. The court
heard that the compound's recruiters, working from Bavet, posted job advertisements for 'customer service' and
'data entry' positions on Facebook in 2023 and 2024, offering USD 1,200 a month. Forty workers from Indonesia,
Vietnam and Thailand who replied, among them three 17-year-olds, were flown or driven to Cambodia, had their
passports taken on arrival and were told they owed USD 4,000 each. Inside the fenced compound they were made to
run romance and investment scams on Facebook, Instagram and Telegram for up to 16 hours a day, with quotas; those
who missed them were beaten or threatened with being sold to another compound. Workers of both sexes testified.
The compound was raided by police in March 2025 after a Vietnamese worker escaped.""",
"yes","recruitment exploitation","social_media messaging_app","Facebook|Instagram|Telegram","fishing","yes",
"forced_criminal_activity",40,"yes","male female","cross_border","KHM IDN VNM THA",4,
"deception document_retention debt_bondage force threat",
"Job ads posted on Facebook from Bavet, answered by workers in Indonesia, Vietnam, Thailand -> recruitment, fishing, cyber_flow yes (C7, C13). Victims forced to run online scams on Facebook, Instagram and Telegram -> exploitation (scheme). Three 17-year-olds -> minor yes. Forced scamming -> forced_criminal_activity. Managers' nationality is not a place -> CHN not listed.")

C("H20-083","ISR",2019,"""In sentencing the two defendants, the Nazareth District Court said that the offences were at the
gravest end of the scale, since they treated the bodies of poor people as a commodity. The court had convicted
them of trafficking in persons for the purpose of removing an organ (section 377A(a) of the Penal Law) and of
brokering organ transplants. The evidence showed that a coordinator in Kharkiv, who is not before this court,
posted offers on Facebook of USD 10,000 'for a kidney to save a relative', and that four men from Ukraine and
Belarus, all in debt, answered them. The defendants, from Nazareth and Afula, arranged with the coordinator over
Telegram which of the men would be sent, and organised their travel and the surgery in a private clinic in
Bishkek, where kidneys were removed and transplanted into Israeli patients. The men were paid a fraction of what
was promised and sent home without follow-up care. The first defendant was sentenced to seven years and the second
to five years.""",
"yes","recruitment","social_media messaging_app","Facebook|Telegram","fishing","yes","organ_removal",4,"no","male",
"cross_border","ISR UKR BLR KGZ",2,"deception abuse_of_vulnerability",
"Offers posted on Facebook by a coordinator acting for the offenders, men answered -> recruitment, fishing (C3, C13). Defendants in Israel coordinating over Telegram with the coordinator in Ukraine -> cyber_flow yes (C7/C14); logistics not added since recruitment applies. Coordinator not before the court -> offenders 2 (C11). Men in debt -> abuse_of_vulnerability.")

C("H20-084","IND",2015,"""Addl. Sessions Judge-cum-Spl. Court (NDPS), Ferozepur, S.C. No. 44/2014, decided 21.08.2015. A1
(M, 32, Zira) & A2 (M, 45, supplier). Charges: s.370 IPC (trafficking), ss.21/29 NDPS Act, s.78 JJ Act. 09-12.2013:
A1 obtained mobile numbers of boys of a govt. school in Zira through his nephew and sent them WhatsApp messages
offering Rs 500/day for 'delivery work'; 4 boys (13-16 yrs) joined. A1 gave them small doses of heroin ('chitta')
until dependent, then made them carry packets to buyers on motorcycles; payment in drugs only. Threatened to tell
parents & police if they stopped. Apprehended 14.12.2013 at a naka. Held: A1 guilty u/s 370(4), 10 yrs RI; A2
guilty under NDPS Act only, 12 yrs RI.""",
"yes","recruitment","messaging_app","WhatsApp","hunting","no","forced_criminal_activity",4,"yes","male","domestic",
"IND",2,"deception drugs threat",
"A1 'sent them WhatsApp messages offering' work -> offender's first contact, hunting, recruitment (C13). Boys aged 13-16 -> minor yes. Heroin given until dependent -> drugs. Forced drug carrying -> forced_criminal_activity. A2 tried in the same case (acquitted of trafficking but a defendant) -> offenders 2 (C11).")

C("H20-085","BRA",2024,"""The 2nd Criminal Court of Teofilo Otoni convicted the owner of a roadside bar on the BR-116 and her
partner in 2024 of trafficking in persons and of the sexual exploitation of vulnerable persons (Articles 149-A and
218-B of the Penal Code). The raid that led to the case took place in June 2023, after a lorry driver told the
Federal Highway Police that girls were being offered at the bar. Investigators later found that lorry drivers had
recommended the bar to each other on an online truckers' forum; nothing showed that the defendants had written
there or knew of it. The three girls, aged 14 to 16, had been brought from rural districts of the Jequitinhonha
valley in 2022 on the promise of jobs as waitresses; they slept in a room behind the bar and were made to go with
drivers in the car park. Sentences: eleven and nine years.""",
"no","","","","","no","sexual_exploitation",3,"yes","female","domestic","BRA",2,"deception abuse_of_vulnerability",
"Online forum used only by buyers, defendants not shown to have written there -> not coded (C3, C4; open point on buyers' forums taken as not the offenders' use). Girls aged 14-16 -> minor yes.")

C("H20-086","UZB",2019,"""PRESS RELEASE. General Prosecutor's Office of the Republic of Uzbekistan, 2019. The Khorezm Regional
Criminal Court has sentenced a 38-year-old resident of the Khazarasp district to ten years' imprisonment for
trafficking in persons (Article 135 of the Criminal Code). While living in Kaluga, Russian Federation, the convict
contacted six fellow villagers, two women and four men aged 19 to 40, through the IMO messenger in 2017 and
offered them work at a vegetable warehouse with a monthly salary of 30,000 roubles. On arrival in Kaluga he took
their passports, told them they owed him 25,000 roubles each for the journey and housing, and handed them over to
the warehouse, where they worked without pay under threat of being reported to the Russian migration authorities.
He was detained on his return to Uzbekistan in 2018. The victims have been repatriated and received assistance.""",
"yes","recruitment","messaging_app","IMO","hunting","yes","forced_labour",6,"no","male female","cross_border","UZB RUS",1,
"deception document_retention debt_bondage threat",
"'contacted six fellow villagers ... through the IMO messenger' while in Russia -> hunting, recruitment, cyber_flow yes (C7, C13). Aged 19-40 -> minor no.")

C("H20-087","NOR",2021,"""The Agder District Court, having heard the parties, the complainant by means of a recorded judicial
interview and the witnesses, finds it proved beyond reasonable doubt that the two defendants, the father and the
mother of the complainant, who was then seventeen years old and lived with them in Kristiansand, in the period from
the autumn of 2019 to the summer of 2020 decided that she should be married to a man in the Kurdistan Region of
Iraq, that the father for this purpose sent photographs of the complainant over WhatsApp to the families of at
least three prospective husbands in Iraq, who made offers of bride price, and accepted the highest offer, that the
defendants then took the complainant to Iraq on the pretext of a family holiday, where the father kept her
passport and the marriage was concluded against her express will after she had been threatened that she would
otherwise never return to Norway, and that she was left in her husband's family home until she was able to
contact the Norwegian embassy, and the court accordingly convicts both defendants of forced marriage under section
253 of the Penal Code and of human trafficking under section 257.""",
"yes","advertising","messaging_app","WhatsApp","hunting","yes","forced_marriage",1,"yes","female","cross_border",
"NOR IRQ",2,"deception document_retention threat",
"Photos sent over WhatsApp to the families of prospective husbands, who made offers -> offers to chosen buyers: advertising + hunting (C6; open point on buyers named 'families' resolved as C6). Norway to Iraq -> cyber_flow yes (C7). Aged 17 -> minor yes. The victim's contact with the embassy is not coded (C3).")

C("H20-088","SEN",2010,"""The Regional Court of Kolda convicted three men under Law 2005-06 on trafficking in persons for
exploiting 27 talibe boys aged 5 to 14 at a Koranic school (daara) on the edge of the town. The first defendant,
the marabout in charge, set each boy a daily quota of 500 CFA francs, rice and sugar to be obtained by begging, and
had those who failed beaten. The second, his assistant, collected the takings every evening and administered the
beatings. The third brought eleven of the boys from villages in Guinea-Bissau, telling their parents that they
would receive a religious education. The case began when a children's rights NGO in Kolda, which runs a website and
an online reporting form, received a report from a teacher and alerted the police. Sentences: five years, three
years and two years.""",
"no","","","","","no","forced_begging",27,"yes","male","cross_border","SEN GNB",3,
"deception force",
"Only the NGO's website and online reporting form are mentioned -> not the offenders' use (C3). Boys aged 5-14 -> minor yes. Boys brought from Guinea-Bissau -> cross_border. Quotas alone are not a means (judgement call; fines would be other); beatings -> force; parents deceived -> deception. No vulnerability factor stated -> no abuse_of_vulnerability.")

C("H20-089","LKA",2024,"""High Court of Kurunegala, HC 118/2024, 30.10.2024. s.360C Penal Code (trafficking); Foreign Employment
Act. A1 (M, 44) & A2 (F, 39), dirs. of an unlicensed agency that ran its own website, 'Lanka Global Careers',
advertising 'security guard and driver jobs in Russia, LKR 600,000/mo'. 02-06.2023: 7 men (ex-soldiers, aged
29-46) applied via the site, paid LKR 1.5 mln each. A2 e-mailed their passport scans to a contact in Moscow. In
Russia passports taken; men signed papers in Russian they could not read, then sent to the front line in Ukraine
as soldiers; threatened with prison if they refused. 2 killed; 5 returned 2024. A1 & A2: 15 yrs RI each.""",
"yes","recruitment","freestanding_website email","Lanka Global Careers","fishing","yes","other",7,"no","male",
"cross_border","LKA RUS UKR",2,"deception document_retention threat",
"The agency's own website advertising jobs, men applied -> freestanding_website (C15), recruitment, fishing. Passport scans e-mailed to a contact in Moscow -> email, offender-to-offender across borders -> cyber_flow yes (C7/C14). Exploitation as soldiers at the front -> form other (not among the listed forms). Aged 29-46 -> minor no.")

C("H20-090","BOL",2021,"""FORMAL ACCUSATION. The Public Prosecutor's Office of Montero, Santa Cruz, formally accuses the spouses
R.C.M. (52) and L.V.S. (48) of the offence of trafficking in persons (Article 281 bis of the Penal Code) for having,
from 2017 to 2020, received from her parents in a rural community of Chuquisaca a 13-year-old girl, on the promise
of sending her to school in exchange for light help at home, and having kept her as an unpaid domestic worker in
their house in Montero, working from dawn, without schooling, and beating her with a belt when she made mistakes.
Because of the health emergency, the accusation requests that the victim's testimony be received at the trial by
virtual hearing through the Zoom platform from the Gesell chamber of the Children's Ombudsman's office.""",
"no","","","","","no","forced_labour",1,"yes","female","domestic","BOL",2,"deception force",
"Zoom named only for the court's virtual hearing -> the court's use, not coded (C3). Aged 13 -> minor yes. Parents deceived about schooling -> deception.")

C("H20-091","MNG",2008,"""The three defendants, two Mongolian women and a Mongolian man, were convicted in 2008 by the Criminal
Court of First Instance of Sukhbaatar District, Ulaanbaatar, of the sale and purchase of persons under Article 113
of the Criminal Code. Between 2006 and 2007 the first defendant, who had worked in Erenhot, approached young women
she knew from her home town of Choir and from a vocational college, among them two girls aged 17, and told them
that a friend of hers in Erenhot needed waitresses and masseuses in a restaurant and a sauna and would pay CNY
2,500 a month. The second defendant obtained travel documents for them, in the case of the two girls with false
birth dates, and the third defendant, a driver, took them by jeep across the border at Zamiin-Uud. In Erenhot the
women were handed to the owner of a sauna, who kept their passports, told them that they owed CNY 10,000 for the
journey and documents, and made them provide sexual services; the women said they were beaten when they refused.
Five women testified. The case came to light when one of them escaped and went to the Mongolian consulate.
The investigation relied on cooperation with the Chinese police, with whom the Mongolian police exchanged
information by e-mail through Interpol's channel, and on a check of the defendants' names in Interpol's online
database, which showed that the first defendant had been questioned in China before. The owner of the sauna was
not prosecuted in Mongolia. The first defendant was sentenced to eight years' imprisonment, the second to six and
the third to three.""",
"no","","","","","no","sexual_exploitation",5,"yes","female","cross_border","MNG CHN",3,
"deception document_retention debt_bondage force",
"E-mail and Interpol's online database used only by the police -> not coded (C3). Two girls aged 17 -> minor yes. Sauna owner not prosecuted -> offenders 3 (C11). Beaten -> force.")

C("H20-092","USA",2022,"""The victim, who was 19, told the jury that before she met the defendant she used to post dance videos on
her own TikTok account, which she stopped doing after he moved her into his apartment in Bakersfield. She had met
him in person at a friend's party in 2020; he told her he loved her and promised to pay for beauty school. Within a
month, she said, he drove her every night to a stretch of Union Avenue known for street prostitution, took all the
money, and hit her when she came back with less than USD 800. He called her constantly on her cellphone to check
where she was. She finally called her mother from a gas station. The Eastern District of California jury convicted
him of sex trafficking by force, fraud and coercion, and he was sentenced to 25 years.""",
"no","","","","","no","sexual_exploitation",1,"no","female","domestic","USA",1,"deception force other",
"Constant calls to check where she was -> surveillance, other (judgement call). The victim's own TikTok posts before and unrelated to the offence -> not the offenders' use (C3). Met in person, phone calls only -> internet no. Aged 19 -> minor no.")

C("H20-093","AUS",2016,"""Two men from Mackay, Queensland, were sentenced in the District Court of Queensland for offences of
causing child sexual abuse to be engaged in outside Australia and using a carriage service for child abuse material.
The roles of the offenders differed. The first offender, a retired mine worker, arranged the shows in Skype chats
with a woman in Dumaguete, Philippines, who is being prosecuted there; he paid her through the online money-transfer
service Remitly and, over three years, watched the sexual abuse of four girls aged 6 to 12, her nieces and
neighbours' children, on live Skype video. The second offender joined about twenty of these sessions from his own
home at the first offender's invitation and paid part of the cost. The court accepted that the children had been
exploited because of their families' poverty. The first offender was sentenced to nine years and the second to
five years.""",
"yes","exploitation","webcam_livestream messaging_app unspecified","Skype|Remitly","","yes","sexual_exploitation",4,
"yes","female","cross_border","AUS PHL",2,"abuse_of_vulnerability",
"Abuse livestreamed on Skype video to buyers in Australia, children in the Philippines -> exploitation, webcam_livestream, cross_border, cyber_flow yes (C9). Shows arranged in Skype chats -> messaging_app; Remitly -> unspecified (C1), logistics not added. Buyers wrote to the facilitator, no offer or ad described -> no strategy (C13; heldout11 call). Facilitator tried in the Philippines, not counted (C11).")

C("H20-094","JPN",2024,"""PRESS RELEASE. Hyogo Prefectural Police, 2024. On 12 June 2024 the Kobe District Court, Himeji Branch,
sentenced a 61-year-old company employee residing in Himeji City to three years and six months' imprisonment for
the production of child pornography and for violations of the Act on Regulation and Punishment of Acts Relating to
Child Prostitution and Child Pornography, and for the Protection of Children. The case was investigated jointly
with the Philippine National Police Women and Children Protection Center and an international NGO, following
information received through the Japan-Philippines police cooperation framework. According to the investigation,
between March 2021 and May 2023 the man, from his home in Himeji, watched the sexual abuse of seven Filipino
children, five girls and two boys aged 5 to 14, which was performed on his instructions during live video calls by
a woman in Angeles City, Pampanga, the aunt of several of the children. The man arranged each session with the
woman in messages on Facebook Messenger, often describing in advance what the children should be made to do, and
paid her a total of about JPY 2.1 million in some 85 transfers to her GCash e-wallet. Analysis of his computer and
smartphone, seized in a search in October 2023, recovered the message history and screen recordings of sessions.
The children were rescued by the Philippine police in May 2023, and the woman has been convicted in the
Philippines. The court stated that the defendant had taken advantage of the poverty of the children's families and
that the harm caused to the children was extremely grave. The Hyogo Prefectural Police will continue to work with
foreign law enforcement agencies to protect children from sexual exploitation across borders.""",
"yes","exploitation","webcam_livestream messaging_app unspecified","Facebook Messenger|GCash","","yes",
"sexual_exploitation",7,"yes","female male","cross_border","JPN PHL",1,"abuse_of_vulnerability",
"Abuse performed live on video calls for a buyer in Japan, children in the Philippines -> exploitation, webcam_livestream (video calls used to exploit), cross_border and cyber_flow yes (C9). Sessions arranged on Facebook Messenger -> messaging_app. GCash e-wallet -> online payment service, unspecified (C1); logistics not added. The buyer contacted the facilitator, no ad or offer described -> no strategy. Woman convicted in the Philippines, not in this case -> offenders 1 (C11). Police use of the recovered messages is not coded (C3).")

C("H20-095","TZA",2007,"""RM's Court of Iringa at Iringa, Cr. Case No. 117 of 2006, judgment 22.03.2007. Charges: procuration
and trafficking of children for domestic service and sexual exploitation (s.139 Penal Code; ss.12-13 SOSPA 1998);
child cruelty. A1 (F, 46), A2 (M, 51), spouses, residing Mafinga. PW1-PW3 = V1-V3, girls aged 13, 14 and 15 from
villages in Kilolo District; PW4 = village executive officer; PW5 = social welfare officer; PW6 = D/C (investigator).
Facts as found: 01.2004-08.2006 A1 visited the villages and told the girls' parents she would employ them as house
girls in Mafinga at TSh 15,000/mo and send them to evening classes. No wages were ever paid; no classes. Vs worked
from 05:00 to 23:00 in the house and in A1's food kiosk at the bus stand; slept on the kitchen floor; were beaten
with a stick for mistakes (PW5 observed scars). A2 sexually abused V3 on several occasions from 10.2005. Vs had no
phone, no access to the internet and no letters from home; A1 told the parents by word of mouth through travellers
that the girls were well. V2 ran away 08.2006 and reached her village; VEO reported to police 14.08.2006. Defence:
Vs were relatives being raised as family; rejected (no relationship proved, DW1 contradicted). Findings: A1 guilty on
counts 1-3; A2 guilty on counts 2 and 4. Sentence: A1 10 yrs imprisonment; A2 30 yrs imprisonment (s.131 PC, rape
of a girl under 18) and 10 yrs, concurrent; compensation TSh 500,000 to each V. Right of appeal explained.""",
"no","","","","","no","forced_labour sexual_exploitation",3,"yes","female","domestic","TZA",2,
"deception force",
"Internet named only in its absence ('no access to the internet') -> no. Girls aged 13-15 -> minor yes. Domestic servitude -> forced_labour; A2's sexual abuse of V3 charged as part of the trafficking -> sexual_exploitation too (judgement call). Parents deceived -> deception.")

C("H20-096","PHL",2018,"""The Regional Trial Court of Tagbilaran City, Bohol, finds that the prosecution has established, by the
testimony of the three private complainants, who were aged 19 to 21 at the time, and of the NBI agents who searched
the premises, that the accused spouses, having recruited the complainants from Loboc and Carmen with the promise
of work as models for an online clothing shop, housed them in a rented house in Dampas where, from January to
September 2017, they compelled them, by threats to expose them to their families and by withholding all payment
under the pretext of a debt for board and lodging, to perform sexual acts in front of a camera, and that the
accused husband uploaded the resulting videos to a pay-per-view adult subscription website operated by a foreign
national, whose subscribers, according to the site's records obtained by the NBI, were mostly in the United States
and Europe, and received a share of the subscription fees, and the court accordingly convicts both accused of
qualified trafficking under Republic Act No. 9208, as amended, and imposes life imprisonment.""",
"yes","exploitation","freestanding_website","","","yes","sexual_exploitation",3,"no","female","cross_border",
"PHL USA",2,"deception threat debt_bondage",
"Videos of the victims uploaded to a paid adult subscription website run by a third party -> exploitation, freestanding_website (an adult site, C2); no advertising or strategy (C15 for recorded images). Subscribers in the USA and Europe, victims in the Philippines -> cyber_flow yes, cross_border (C9). The promised 'online clothing shop' is a lie, not an act. Aged 19-21 -> minor no.")

C("H20-097","LKA",2023,"""When Kumari, a 36-year-old mother of three from Kuliyapitiya, saw the advertisement in a Sinhala
Sunday newspaper in early 2022 - 'Housemaids wanted for Dubai, free visa, salary LKR 150,000' - the economic crisis
had already cost her husband his job. She called the number and met the sub-agent, a man who also handed out
leaflets at the weekly fair in her town, and who collected her passport the same day. She was one of twelve women
from the North Western Province whose cases our organisation followed until the Kurunegala High Court convicted the
sub-agent and the officer of a licensed agency in 2023. The women were sent to Dubai on visit visas, kept for weeks
in a so-called safe house, and then taken overland to Oman, where they were sold to households for what one
employer described as the 'cost of the maid'. In the households their passports were kept by the employers,
they worked from dawn until after midnight, were not allowed to leave the house and were paid nothing or a
fraction of the salary; two of the women were sexually abused. The agency officer had falsified their job orders
to show employment in Dubai, so the Bureau of Foreign Employment had no record of them in Oman. The women were
brought home after their families went to the Bureau and the Sri Lankan embassy in Muscat sheltered them. We
welcome the sentences of twelve and eight years, but we are concerned that newspapers continue to publish such
advertisements without checking whether the agencies are licensed, and that women in crisis continue to answer
them. Our hotline, at the number printed on our leaflets, is open to families every day.""",
"no","","","","","no","forced_labour",12,"no","female","cross_border","LKA ARE OMN",2,
"deception document_retention force abuse_of_vulnerability",
"Print newspaper advertisement, leaflets, telephone and a hotline number -> no internet. Sexual abuse of two women by employers is not commercial sexual exploitation -> form forced_labour only (judgement call). Women aged 36 and others called 'women' -> minor no. Economic crisis exploited -> abuse_of_vulnerability. Not allowed to leave the house -> force (confinement). Dubai as transit listed.")

C("H20-098","NGA",2021,"""Federal High Court, Uyo, 2021. Defendant (F, 50), operator of an unregistered 'domestic staff
agency'. Advertised 'house helps and nannies available, all ages' with photographs on the classifieds site Jiji.
Placed 4 girls (13-16) from villages in Akwa Ibom State with households in Uyo and Port Harcourt, which paid her
the girls' 'salaries'; girls received nothing and were not schooled, contrary to promises to parents. Convicted
under the TIPPEA Act 2015, ss. 22-23; 7 yrs.""",
"yes","advertising","classified_ads","Jiji","fishing","no","forced_labour",4,"yes","female","domestic","NGA",1,
"deception",
"Ads offering the girls' labour with photos on the classifieds site Jiji -> advertising, classified_ads, fishing. Aged 13-16 -> minor yes. Parents deceived -> deception; no vulnerability factor stated -> no abuse_of_vulnerability.")

C("H20-099","NGA",2021,"""Three young women came home from Mali in November 2020 with the help of the Nigerian embassy in
Bamako, after a year in a bar at a gold-mining camp near Kangaba. In 2021 the Federal High Court in Asaba convicted
the two people who had sent them there: a woman from Asaba and her brother. The women, aged 18 to 22, had
answered a vacancy that the woman posted on the job portal Jobberman in 2019 for 'hotel receptionists in Ghana',
and met her at a hotel in Asaba, where she collected their documents. Instead of Ghana, the brother drove them by
road through Benin and Burkina Faso to Mali, where they were handed to a bar owner, told they owed XOF 2 million
each and made to have sex with miners. The woman had made them swear an oath at a shrine before they left.""",
"yes","recruitment","job_portal","Jobberman","fishing","no","sexual_exploitation",3,"no","female","cross_border",
"NGA MLI BEN BFA",2,"deception debt_bondage document_retention other",
"Vacancy posted on the job portal Jobberman, women answered -> recruitment, job_portal, fishing (C13). Poster and applicants all in Nigeria -> cyber_flow no (C14). Transit countries listed; Ghana named only as the false promise, not a place of the case -> not listed (judgement call). Oath at a shrine -> other; no consequence stated -> no threat (heldout11 practice). Aged 18-22 -> minor no.")

C("H20-100","USA",2003,"""FOR IMMEDIATE RELEASE. United States Attorney's Office, District of Oregon. Three Portland residents were
sentenced today in federal court for their roles in a conspiracy to prostitute teenage girls and young women,
including two 16-year-old girls, through advertisements posted on Craigslist. The lead defendant, 29, received a
sentence of 188 months; his girlfriend, 24, received 78 months; and a third defendant, 31, who rented motel rooms
and drove the victims to 'out-calls', received 46 months. According to court documents, between the summer of
2001 and December 2002 the defendants recruited four victims, two of them runaways from a youth shelter, by
offering them a place to stay and drugs. The lead defendant and his girlfriend photographed the victims and
posted advertisements for 'companionship' on Craigslist several times a week, and the defendants answered the
calls and arranged the meetings at motels along Interstate 5 and in Salem and Eugene. The victims were required to
turn over all of their earnings. The lead defendant hit the victims, threatened to kill one who tried to leave,
and supplied them with methamphetamine to keep them working. 'These defendants treated children as merchandise,'
the U.S. Attorney said. The case was investigated by the FBI and the Portland Police Bureau, which identified the
victims after a vice detective answered one of the advertisements. The defendants pleaded guilty to conspiracy to
commit sex trafficking of children and transportation of minors for prostitution (18 U.S.C. 1591, 2423). The
victims are receiving services from a local victim assistance program.""",
"yes","advertising","classified_ads","Craigslist","fishing","no","sexual_exploitation",4,"yes","female","domestic",
"USA",3,"force threat drugs abuse_of_vulnerability",
"Advertisements posted on Craigslist several times a week -> advertising, classified_ads, fishing (habitual act coded, C4). The detective answering an ad is police use, adds nothing (C3). Two 16-year-olds -> minor yes. Methamphetamine to keep them working -> drugs; runaways -> abuse_of_vulnerability.")
