from lib import C

C("H26-021","SEN",2017,
"""Commission nationale d'éligibilité au statut des réfugiés et des personnes déplacées (Dakar),
decision no. 2017/0442. The applicant, a national of Guinea, asks to be recognised as a refugee. She
states that she came to Dakar in 2015 with a man from Conakry who promised her an apprenticeship in a
hair salon and who took her passport "for the formalities". In an apartment in Ouakam she and two others
were made, several hours every night, to perform sexual acts in front of a webcam in video calls on
Skype for paying men in France and Belgium, while the man handled the calls. She was told that she owed
him 900,000 CFA francs for the journey and her keep. The man was convicted by the Dakar regional court
in 2016; the applicant fears reprisals from his family in Guinea if she is returned. The Commission
considers that her account is detailed and consistent and corroborated by the criminal judgment, but
that the risk alleged arises from private actors against whom protection in Guinea has not been shown
to be unavailable. It nonetheless recommends a residence permit on humanitarian grounds as a victim of
trafficking. Application rejected.""",
"yes","exploitation","webcam_livestream","Skype","","yes","sexual_exploitation",3,"unknown","female","cross_border","SEN GIN FRA BEL",1,
"debt_bondage deception document_retention",
"Sexual acts on webcam in Skype video calls for paying men in FRA/BEL -> exploitation, webcam_livestream (the exploitation itself on camera), cyber_flow yes, cross_border (C9; also the victim is Guinean, C8). No ad or first contact described -> no strategy. 'two others' give no sex; applicant female. No age -> minor unknown.")

C("H26-022","MKD",2016,
"""Case note. The Basic Court convicted a 38-year-old farmer of trafficking in a child (art. 418-d
Criminal Code). The victim, born in 2001, had received a friend request on Facebook from the accused,
who then offered him "summer work with pay". For two seasons he picked tobacco without pay, told he owed
for food, and the accused threatened to burn his family's house if he told anyone. The note questions the
sentence of five years.""",
"yes","recruitment","social_media","Facebook","hunting","no","forced_labour",1,"yes","male","unknown","MKD",1,
"debt_bondage threat",
"Friend request from the accused = offender's first contact (C13) -> hunting. Born 2001, two seasons around 2015-16 -> 14-15 -> minor. No place or nationality named (the court is not placed) -> border unknown (C8); prosecuting country listed (open point side).")

C("H26-023","KEN",2014,
"""Republic v Hamisi Said Mwinyi & another [2014] eKLR, High Court at Mombasa, Criminal Appeal No. 61 of
2013. The appellants ran a website, "Diani Beach Companions", on which they posted photographs of three
girls aged 15 to 17 brought from Tanga, Tanzania, on the promise of hotel jobs. Tourists booked the girls
through the site from Germany and Italy before arriving, and the girls were beaten when they refused
them. Convictions under the Counter-Trafficking in Persons Act upheld; appeals dismissed.""",
"yes","advertising","freestanding_website","Diani Beach Companions","fishing","yes","sexual_exploitation",3,"yes","female","cross_border","KEN TZA DEU ITA",2,
"deception force",
"Site the offenders ran -> freestanding_website (C15), advertising, fishing. Buyers booked from DEU/ITA -> cyber_flow yes (C7). Site name kept as written in platforms.")

C("H26-024","SAU",2024,
"""Riyadh, Monday (Saudi Radio, 07:00 bulletin). The Public Prosecution announced the indictment of a
farm owner and his manager in Al-Kharj for trafficking in persons. Eight men working on the farm were
told they would be paid 1,800 riyals a month; instead the owner took their identity documents and,
each month, transferred their wages back into his own account through the STC Pay application, leaving
them nothing. The Prosecution said the men have been placed in a shelter. The Human Rights Commission
welcomed the step.""",
"yes","logistics","unspecified","STC Pay","","no","forced_labour",8,"no","male","domestic","SAU",2,
"deception document_retention",
"Wages moved back through a payment app -> internet use (C1), unspecified (open point: national payment apps unspecified), logistics (no other purpose). Hard case: no nationality is said of the workers and all places are in SAU -> domestic under C8. 'men' -> minor no.")

C("H26-025","KWT",2012,
"""Court of First Instance, Criminal Circuit (Kuwait), case no. 1730/2012 - judgment (translation). The
Public Prosecution charged the defendant, the owner of a cleaning company in Farwaniya, with trafficking
in persons, alleging that he published on Instagram an advertisement for "office assistants" through
which he recruited four young women, and that he then kept their passports and made them clean private
houses for fourteen hours a day without pay. The Court does not accept that the advertisement was the
defendant's: the account belonged to another company, and the four witnesses testified that they came to
his office on the recommendation of a cousin. The Court finds, however, that he retained their
passports and deceived them as to the nature of the work. Seven years' imprisonment and deportation.""",
"no","","","","","no","forced_labour",4,"unknown","female","domestic","KWT",1,
"deception document_retention",
"Instagram advertisement alleged but rejected by the court -> not coded (C4); recruitment was in person -> internet no. 'young women' -> minor unknown (C10). No nationality stated, all in KWT -> domestic (C8) even though deportation is ordered for the defendant (his status, not the victims').")

C("H26-026","CMR",2013,
"""Mutual legal assistance request from the Republic of Cameroon to the United States of America
(summary, 2013). Three accused are charged before the Tribunal de Grande Instance of the Mfoundi
(Yaoundé) with organising begging by eleven adults with physical disabilities, men and women from the
Far North and West regions, whom they promised places in a "rehabilitation centre" and then placed at
crossroads in Yaoundé and Douala. The accused held the victims' national identity cards and threatened
to abandon them without food. The accused in Yaoundé and Douala reported the daily takings and the
postings of each victim to each other by e-mail through Yahoo! Mail accounts. Cameroon requests the contents of these
accounts from the service provider in California.""",
"yes","logistics","email","Yahoo Mail","","no","forced_begging",11,"no","female male","domestic","CMR",3,
"deception document_retention threat",
"E-mails among offenders in two Cameroonian cities -> email, logistics (C14), cyber_flow no (same country). Hard case: USA/California named only as the provider's seat, not a place of the case -> not in countries. 'adults' -> minor no (C10). Internal movement between regions -> domestic.")

C("H26-027","EST",2000,
"""Viru County Court, 2000, criminal case 1-00-318. Procuring; trafficking of a minor (PC s 268). The
victim, a ninth-grade pupil from Narva, was introduced by her aunt's acquaintance to the second accused
as an "au pair" for a family in Helsinki. In Finland the accused took her passport and forced her, with
beatings, to serve men in a flat in Kallio. Both accused convicted.""",
"no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","EST FIN",2,
"deception document_retention force",
"Introduction through a relative's acquaintance, in person -> internet no. 'ninth-grade pupil' -> minor (open point: school grades read as minors).")

C("H26-028","KGZ",2020,
"""To the Prosecutor General of the Kyrgyz Republic. Complaint of the Federation of Trade Unions of
Kyrgyzstan on behalf of fourteen workers (2020). In 2019 the recruitment agency "Ak-Jol Service" in
Bishkek offered the workers, young men and one boy of 17, jobs as "IT operators" in Bangkok. From Bangkok
they were driven across the border to a compound in Myawaddy, Myanmar, where their passports were taken
and they were told that they owed USD 3,000 each for flights and visas. They were made to run
cryptocurrency-investment scams through Telegram and Instagram accounts for twelve to sixteen hours a
day. Eleven have returned; three remain. The agency's director has been charged under art. 171 of the
Criminal Code. The Federation asks that the agency's licence be revoked and the workers compensated.""",
"yes","exploitation","messaging_app social_media","Telegram|Instagram","","no","forced_criminal_activity",14,"yes","male","cross_border","KGZ THA MMR",1,
"debt_bondage deception document_retention",
"Forced online scams -> exploitation, the apps' types, no strategy, cyber_flow no (scam targets are not victims or buyers), forced_criminal_activity (open point, heldout22 side). Recruited in person at an agency office. 'young men and one boy of 17' -> minor yes. Only the director charged -> 1.")

C("H26-029","TTO",2008,
"""National Rapporteur on Trafficking in Persons (Trinidad and Tobago), Annual Report 2008, Box 4: "Work
for your keep". The Rapporteur reports the first conviction for forced labour obtained in the High Court
at San Fernando. Three men from Tobago, aged 34, 41 and 58, were told by a cousin of one of them that a
farmer in Moruga, in the south of Trinidad, needed hands and would provide room and board. They crossed
on the ferry in 2006. The farmer kept their national identification cards "so they would not lose
them", paid them nothing, and recorded against each man a running debt for meals, rum and cigarettes
that he sold them from his own shed at three times the shop price; the debt always exceeded any wages
he said were due. Two of the men had been sleeping rough in Scarborough, and the court accepted the
evidence of a neighbour that the farmer had said he "liked to hire men nobody would miss". The farmer
was convicted and sentenced to six years. The Rapporteur notes that inter-island movement of workers
between Tobago and Trinidad is rarely examined for exploitation, and recommends that labour inspectors
be given the power to visit farms without notice.""",
"no","","","","","no","forced_labour",3,"no","male","domestic","TTO",1,
"abuse_of_vulnerability debt_bondage document_retention",
"Word of mouth (a cousin) -> internet no. Tobago to Trinidad within one country, nationals -> domestic (C8: internal movement). Debt to the farmer himself -> debt_bondage. Farmer said he 'liked to hire men nobody would miss' (rough sleepers) -> abuse_of_vulnerability (stated use of vulnerability). Cousin not charged, not counted (C11).")

C("H26-030","GHA",2018,
"""In the High Court of Justice (Criminal Division), Accra. The Republic v. Abena Owusu. Ruling on
restitution and compensation, 2018. The convict was found guilty on 12 March 2018 of trafficking in
persons for the purpose of sexual exploitation (Human Trafficking Act, 2005 (Act 694), s. 1 and 2).
This ruling concerns the victim's claim for compensation. The victim is a national of Burkina Faso.
She was introduced to the convict in Ouagadougou by a friend of her uncle, and the convict promised
her work as a shop assistant in Accra. She travelled with the convict by road through Paga. In Accra the
convict kept her travel document, and for some fourteen months made her receive men in a room behind
a drinking spot at Nima, taking all the money. The court at trial found that the convict had
deliberately taken advantage of the victim's lack of English or Twi and her irregular situation to
keep her in that room. The victim eventually alerted her mother in Ouagadougou by borrowing a
customer's phone and sending a voice message on WhatsApp; her mother went to the Burkinabè embassy,
which contacted the Anti-Human Trafficking Unit. The victim now lives with her mother and is in vocational
training. Having regard to the evidence of the victim's lost earnings, her medical expenses and the
psychological harm shown in the report of the social welfare officer, the court orders the convict to
pay GH¢ 24,000 to the victim as compensation under section 35 of Act 694, and orders that the sum
already forfeited from the convict's bank account be applied to it. In default, the convict shall serve
an additional twelve months.""",
"no","","","","","no","sexual_exploitation",1,"unknown","female","cross_border","GHA BFA",1,
"abuse_of_vulnerability deception document_retention",
"The only internet use is the victim's own WhatsApp message to her mother for help -> not coded (C3) -> internet no. Burkinabè national brought to GHA -> cross_border. Age never stated -> minor unknown. Court found she 'deliberately took advantage' of the victim's language and status -> abuse_of_vulnerability. Shop-assistant promise, then prostitution -> deception. The uncle's friend was not charged (C11).")

C("H26-031","GEO",2006,
"""Public Defender of Georgia, Special Report 2006, extract. Two young women from Adjara were taken to
Trabzon by a marriage broker who had arranged their "marriages" with two Turkish men by telephone. The
broker told them that their families' debts to him would be cancelled only if they stayed, and that their
brothers would be hurt if they ran. The broker was convicted in Batumi.""",
"no","","","","","no","forced_marriage",2,"unknown","female","cross_border","GEO TUR",1,
"debt_bondage threat",
"Telephone only -> internet no. Families' debts to the broker cancelled by the victims' staying -> debt_bondage (open point side of heldout22: family debts to the offender). 'young women' -> minor unknown (C10).")

C("H26-032","BRA",2018,
"""Inter-American Court of Human Rights, Case of Silva Moraes et al. v. Brazil (Merits, Reparations and
Costs), judgment of 2018, summary of the facts. In 2012 a man living in Paramaribo, Suriname, sent
friend requests on Facebook to two young women in Oiapoque, Amapá, and over several weeks promised each
of them marriage and a job in his brother's hotel. He brought them across to Suriname, where each was
"married" in a religious ceremony to a man who had paid him. When they tried to leave they were told
their families in Brazil would be killed; one of them was given sedatives in her food. After their
escape the recruiter was tried by the Federal Court in Macapá together with an alleged accomplice; the
recruiter was convicted in 2014 and the accomplice acquitted. The Court found that the State had failed
to act with due diligence on the families' complaints, which the police had dismissed for eleven months
as "romantic elopement", and ordered Brazil to pay compensation and to train border police in the
identification of victims of trafficking for forced marriage.""",
"yes","recruitment","social_media","Facebook","hunting","yes","forced_marriage",2,"unknown","female","cross_border","BRA SUR",2,
"deception drugs threat",
"Friend requests on Facebook from SUR to women in BRA -> hunting (C13), cyber_flow yes (C7). 'young women' -> minor unknown. Two tried (one acquitted) -> offenders_total 2 (C11: charged or tried). Sedatives in her food -> drugs. Men who paid for brides not charged in the case.")

C("H26-033","ZWE",2021,
"""HARARE - A Johannesburg-based woman accused of luring three Chitungwiza women into prostitution in
South Africa was yesterday remanded in custody by Harare magistrate Ms Chiweshe. The State alleges
that Precious Moyo, 38, posted an offer of "waitressing jobs in Joburg, transport paid" in a WhatsApp
group for unemployed women in Chitungwiza in July last year, and that the complainants, aged 22, 25 and
27, replied. Moyo, prosecutors said, picked women she knew had lost their jobs in the lockdown because
"they were desperate and would not ask questions". In Johannesburg the women were allegedly taken to a
house in Hillbrow, told that each owed R15,000 for transport and food, and made to see clients every
night; they were given crystal meth to "keep them going". One of them escaped in December and
contacted the Zimbabwean consulate. Moyo was arrested when she came home for Christmas. She denies the
charges. The trial continues on 14 May.""",
"yes","recruitment","messaging_app","WhatsApp","fishing","yes","sexual_exploitation",3,"no","female","cross_border","ZWE ZAF",1,
"abuse_of_vulnerability debt_bondage deception drugs",
"Offer posted in a WhatsApp group and answered -> recruitment, fishing (posting an offer to a group of job seekers is an ad; C5/C13). Recruiter based in Johannesburg posting to women in Chitungwiza -> cyber_flow yes (C7). She 'picked women she knew had lost their jobs' -> abuse_of_vulnerability. Waitressing offer, then prostitution -> deception (a promise the offender did not keep). Crystal meth to 'keep them going' -> drugs. Ages 22-27 -> minor no. Alleged facts, trial continuing: coded as stated (the accused is charged, C11).")

C("H26-034","TTO",2012,
"""Office of the Ombudsman of Trinidad and Tobago, Investigation Report 12/114 (2012). A Venezuelan girl
aged 16 was brought by pirogue from Tucupita to Cedros by two men who had told her mother she would work
in a shop in Port of Spain. She was instead made to serve as a "waitress" and have sex with customers in
a bar in Chaguanas, and was told that if she went to the police she would be jailed as an illegal. The
trial court later found that the men had chosen her because her family depended on the money she sent.
The complaint concerns what happened after a police raid: the girl was held for nine days at the
Immigration Detention Centre before anyone treated her as a possible victim, and no interpreter was
provided at her interview. Both men have been charged under the Trafficking in Persons Act 2011. The
Ombudsman finds maladministration and recommends a written protocol for minors found in raids.""",
"no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","TTO VEN",2,
"abuse_of_vulnerability deception threat",
"In person -> internet no. 'chosen because her family depended on' her -> abuse_of_vulnerability (stated). Aged 16 -> minor.")

C("H26-035","VEN",2010,
"""Case brief (NGO, Caracas, 2010). Two Venezuelan women aged 20 and 24 applied to an offer on the job
portal Bumeran for "promotional models, Cancún". The two accused, who posted it, chose applicants whose
CVs said they were single mothers; in Mexico they were forced into prostitution and told their children
would be harmed. Both accused are on trial in Caracas.""",
"yes","recruitment","job_portal","Bumeran","fishing","no","sexual_exploitation",2,"no","female","cross_border","VEN MEX",2,
"abuse_of_vulnerability deception threat",
"Job offer posted on a job portal and answered -> recruitment, fishing. Posting and answers all in VEN as written -> cyber_flow no. Chose single mothers deliberately -> abuse_of_vulnerability.")

C("H26-036","AUT",2000,
"""Staatsanwaltschaft Wien, press release, 2000. Charges brought against a married couple from Vienna-
Döbling for trafficking in human beings and grievous bodily harm. A Filipino woman, 34, and her daughter,
15, were kept as unpaid domestic servants and beaten. The couple had drafted an internet advertisement
offering the daughter as an au pair to other families but were arrested before it was placed.""",
"no","","","","","no","forced_labour",2,"yes","female","cross_border","AUT PHL",2,
"force",
"Online advertisement drafted but never placed -> not coded (C4) -> internet no. Domestic servitude -> forced_labour (open point side). Filipino nationals -> cross_border (C8).")

C("H26-037","MMR",2021,
"""Embassy of the United Kingdom, Yangon - Consular Section. Report on the trial of a British national
(extract, 2021). Our national and his Myanmar partner were convicted by the Yangon Western District
Court of trafficking in persons and child sexual abuse. The court found that from 2019 they sold access
to live video calls on Skype in which three children were sexually abused in a flat in Hlaing Tharyar,
to paying viewers in Germany, the Netherlands and Australia who paid in Bitcoin. Two of the girls were
born in 2009 and 2011; the third is recorded as "about twelve". The partner had told the girls' mothers,
displaced to the outskirts of the city after losing their homes, that the children would join a paid
English tutoring programme, and the court found that the pair had selected these families because they
were destitute and had nowhere to complain. The girls were slapped and held down when they cried. Our
national received twenty years; the partner fifteen. Consular staff attended each hearing. He has raised
no complaint of mistreatment and has asked that his family in Leeds not be informed of the details.""",
"yes","exploitation","webcam_livestream unspecified","Skype|Bitcoin","","yes","sexual_exploitation",3,"yes","female","cross_border","MMR DEU NLD AUS",2,
"abuse_of_vulnerability deception force",
"Abuse in live Skype video calls for viewers abroad -> exploitation, webcam_livestream, cyber_flow yes, cross_border (C9). Bitcoin payment -> unspecified with the name (C1). How buyers were found not described -> no strategy. Born 2009/2011 -> minor. Hard case: the offender's British nationality and his family in Leeds are not places of the case -> GBR not listed (side taken: offenders' nationality alone not listed). Selected destitute families -> abuse_of_vulnerability.")

C("H26-038","USA",2025,
"""United States v. Reyes, No. 24-10233 (11th Cir. 2025) (unpublished). Defendant-appellant Reyes, living
in Miami, ran through a manager in Medellín, Colombia, a "studio" in which women aged 19 to 26 were made
to perform sexual acts on Chaturbate for viewers, most of them in the United States, while Reyes watched
the streams and set their hours over the internet. The evidence at trial showed that he recruited women
from drug-rehabilitation programmes because, in his words, they "could be kept", that the manager held
their cédulas, and that cocaine was supplied to keep them performing through the night. The jury
convicted Reyes and his co-defendant Ortiz of sex trafficking by force, fraud or coercion (18 U.S.C.
§ 1591) and conspiracy. On appeal Reyes argues that § 1591 does not reach conduct abroad and that no
commercial sex act occurred because no viewer touched the victims. We disagree: the statute reaches a
United States person who causes a commercial sex act abroad, and a performance sold to paying viewers is
a commercial sex act. AFFIRMED.""",
"yes","exploitation","freestanding_website webcam_livestream unspecified","Chaturbate","","yes","sexual_exploitation","unknown","no","female","cross_border","USA COL",2,
"abuse_of_vulnerability document_retention drugs",
"Third-party adult webcam site -> exploitation, freestanding_website + webcam_livestream, no advertising (open point side of heldout21). Victims in COL, viewers and defendant in USA -> cyber_flow yes, cross_border (C9). No number of women -> unknown (C12). Manager not counted; two defendants named. Reyes 'set their hours over the internet' (unnamed channel) -> unspecified added (C2); no extra purpose (exploitation applies).")

C("H26-039","BWA",2022,
"""Office of the National Coordinator for Anti-Human Trafficking, Botswana, Report 2022, case 7. A
14-year-old orphan from a settlement in Ghanzi District was placed by her aunt as a live-in domestic
worker with a family in Gaborone, on the promise that she would attend school. The aunt and the employer
arranged her transfer and the employer's monthly payments to the aunt in WhatsApp messages. The child was
told she was "working off" money the aunt owed the employer. Both adults were convicted; the court said
they used the fact that she had no parents.""",
"yes","logistics","messaging_app","WhatsApp","","no","forced_labour",1,"yes","female","domestic","BWA",2,
"abuse_of_vulnerability debt_bondage deception",
"WhatsApp messages between the two offenders only -> logistics (C14), no strategy, cyber_flow no. Domestic servitude -> forced_labour. Working off the aunt's debt to the employer -> debt_bondage (family debt to an offender). Court said they used her being an orphan -> abuse_of_vulnerability.")

C("H26-040","TWN",2022,
"""Taiwan Kaohsiung District Court, Labour Division, civil judgment 111 Lao Su 58 (2022). The plaintiffs,
four Indonesian nationals, claim unpaid wages and damages from a labour broker company and the owner of
a longline fishing vessel. The court finds that the broker, from Kaohsiung, posted offers of "fishing
crew, NT$ 25,000 a month" on its Facebook page for Indonesian job seekers, that the plaintiffs answered
from Central Java, and that on arrival the broker kept their passports for the whole contract. The court
also finds that the defendants knowingly exploited the plaintiffs' lack of Chinese and their isolation
at sea to impose deductions that left them nothing. Judgment for the plaintiffs.""",
"yes","recruitment","social_media","Facebook","fishing","yes","forced_labour",4,"unknown","","cross_border","TWN IDN",2,
"abuse_of_vulnerability deception document_retention",
"Job offers posted on the broker's Facebook page and answered from IDN -> recruitment, fishing, cyber_flow yes (C7). The two defendants in the civil claim counted (C11). Sex and age not stated. 'knowingly exploited' lack of language and isolation -> abuse_of_vulnerability. Advertised NT$25,000 a month, left with nothing -> deception. Deductions with no debt described -> no debt_bondage (open point side).")
