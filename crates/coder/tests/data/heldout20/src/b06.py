from lib import C

C("H20-101","VNM",2009,"""The People's Court of Lao Cai province, finding that the accused, having posted on the classified-ads
website muaban.net an offer of jobs as waitresses in a restaurant in Lao Cai with high wages, received two girls from
Thai Binh aged 17 and 18 who answered it and took them across the border to a brothel owner in Hekou, China, for
VND 20 million, sentenced her to twelve years for trafficking in women (Article 119 of the Penal Code).""",
"yes","recruitment","classified_ads","muaban.net","fishing","no","sexual_exploitation",2,"yes","female",
"cross_border","VNM CHN",1,"deception",
"Job offer posted on the classified-ads website muaban.net, girls answered -> recruitment, classified_ads, fishing (C13). Poster and girls in Vietnam when linked online -> cyber_flow no (C14). Girl aged 17 -> minor yes. Sold across the border -> cross_border.")

C("H20-102","TWN",2015,"""The Changhua District Court convicted three defendants of violations of the Human Trafficking Prevention
Act and of forgery. The court found that between 2012 and 2014 the first defendant, who runs a massage parlour in
Yuanlin, obtained from a recruiter in Fujian (not a party to this case) the WeChat contacts of women in Fuqing and
Putian, sent them WeChat messages offering work as 'foot massage technicians' with TWD 60,000 a month, and arranged
with the recruiter over WeChat for four of them to enter Taiwan through sham marriages with the second and third
defendants, who were paid TWD 100,000 each. After arrival the women's entry permits and identity documents were
kept by the first defendant, they were told that they owed TWD 500,000 each for the 'marriage costs' and were made
to provide sexual services to customers of the parlour. The first defendant was sentenced to six years and the
sham husbands to one year and two months each.""",
"yes","recruitment","messaging_app","WeChat","hunting","yes","sexual_exploitation",4,"no","female","cross_border",
"TWN CHN",3,"deception document_retention debt_bondage",
"First defendant 'sent them WeChat messages offering work' from Taiwan to women in Fujian -> hunting, recruitment, cyber_flow yes (C7, C13); coordination with the recruiter over WeChat adds nothing beyond recruitment. Sham husbands tried as defendants -> offenders 3 (C11). 'women' -> minor no.")

C("H20-103","SAU",2016,"""Grace, 27, left Kakamega in 2014 to work as a housemaid in Buraydah through a Nairobi agency that promised
USD 400 a month. For eighteen months she worked from six in the morning until after midnight for a family of eleven,
was locked in the house whenever the family went out and was paid for only three months. Her employer's wife kept
her passport and told her that if she complained she would be accused of theft. She had no phone and no internet,
and letters were not allowed. She escaped in 2015 through a window and was sheltered by the Kenyan embassy. We
followed her case: in 2016 the criminal court in Buraydah convicted the employer's wife under the Anti-Trafficking
in Persons Law and ordered her to pay Grace's wages, a rare outcome that we hope will encourage other women to come
forward.""",
"no","","","","","no","forced_labour",1,"no","female","cross_border","SAU KEN",1,"force document_retention threat",
"Internet named only in its absence ('no phone and no internet') -> no. Aged 27 -> minor no. Locked in -> force. The agency's promise is not the defendant's act -> no deception coded for the defendant (judgement call; the defendant did not make it).")

C("H20-104","AUT",2019,"""The Regional Court of Wels convicted two Nigerian nationals, aged 34 and 37, of trafficking in human
beings (section 104a of the Criminal Code) and serious commercial fraud. The court found that in 2017 the first
defendant, living in Wels, sent friend requests and then messages on Facebook to three young men in Lagos, aged 19
to 23, offering them places at an Austrian college and part-time work. On arrival in 2018 the defendants took their
passports, told them that they owed EUR 12,000 each for the journey and 'college fees', and made them spend every
day in a flat in Wels writing to men and women on the dating app Lovoo and on Facebook under false profiles, in
order to obtain money by romance fraud. The young men were threatened with violence and with denunciation to the
police as illegal residents if they refused. Sentences of five and four years were imposed.""",
"yes","recruitment exploitation","social_media dating","Facebook|Lovoo","hunting","yes","forced_criminal_activity",3,
"no","male","cross_border","AUT NGA",2,"deception document_retention debt_bondage threat",
"'sent friend requests and then messages on Facebook' from Wels to men in Lagos -> hunting, recruitment, cyber_flow yes (C7, C13). Victims forced to run online romance scams on Lovoo and Facebook -> exploitation (scheme); Lovoo -> dating. Ages 19-23 given -> minor no. Forced fraud -> forced_criminal_activity.")

C("H20-105","SGP",2012,"""In sentencing the accused, an employment agent, the District Judge noted that he had placed job offers
in Facebook groups for Bangladeshi workers seeking jobs abroad, promising construction work in Singapore at SGD
1,200 a month, and that eleven men in Bangladesh responded and paid him and his associate in Dhaka kickbacks of up
to SGD 8,000 each, largely borrowed from him at interest. The accused held their passports after arrival, deducted
'loan repayments' from their wages until nothing was left, and told them that they would be sent home still in
debt if they went to the Ministry of Manpower. He had pleaded guilty to charges under the Employment of Foreign
Manpower Act and to unlawful compulsory labour under section 374 of the Penal Code. The judge imposed an aggregate
sentence of 22 months' imprisonment and fines of SGD 60,000.""",
"yes","recruitment","social_media","Facebook","fishing","yes","forced_labour",11,"no","male","cross_border","SGP BGD",1,
"deception debt_bondage document_retention threat",
"Job offers placed in Facebook groups, men in Bangladesh responded -> recruitment, fishing (C13). Agent in Singapore, men in Bangladesh -> cyber_flow yes (C7). Associate in Dhaka not charged -> offenders 1. Loans from the accused himself -> debt_bondage. Men -> minor no.")

C("H20-106","SGP",2010,"""Singapore Police Force news release, 2010. Three men, aged 28 to 41, were charged in court today with
offences under the Women's Charter for their involvement in a vice syndicate that advertised foreign women for
sexual services on escort websites. Officers from the Criminal Investigation Department raided four hotel rooms and
two apartments in the Lavender and Balestier areas and found six Vietnamese women, aged 20 to 26, who had come to
Singapore on social visit passes after being promised jobs as waitresses. Preliminary investigations revealed that
the syndicate posted the women's photographs and rates on escort websites, arranged bookings with customers who
responded, kept the women's passports and required each of them to repay SGD 5,000 for air tickets and
accommodation before receiving any money. If convicted, the men face up to five years' imprisonment and a fine.""",
"yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",6,"no","female","cross_border",
"SGP VNM",3,"deception document_retention debt_bondage",
"Photos and rates posted on escort websites, customers responded -> advertising, freestanding_website (C2: escort sites), fishing. Three men charged -> offenders 3 (C11). Vietnamese women -> cross_border; aged 20-26 -> minor no.")

C("H20-107","UZB",2008,"""INDICTMENT. The accused S., born 1976, resident of Andijan, in the period from May 2006 to September 2007,
with the aim of exploitation, by deceit, promising three women, residents of Andijan aged 20 to 28, employment as
saleswomen in a shop in the city of Sharjah, United Arab Emirates, organised their departure, paying for their
tickets and visas, and handed them over in Sharjah to a woman known as 'Madina', in respect of whom the case has
been separated, who took their passports and compelled them to provide sexual services to pay off a debt of USD
4,000 each; the accused coordinated the above by international telephone calls with 'Madina' and sent text messages
to the women's relatives assuring them that the women were well, that is, committed a crime under Article 135 part
2 of the Criminal Code of the Republic of Uzbekistan.""",
"no","","","","","no","sexual_exploitation",3,"no","female","cross_border","UZB ARE",1,
"deception document_retention debt_bondage",
"International telephone calls and text messages only -> internet no. 'Madina' prosecuted separately, not in this case -> offenders 1 (C11). Aged 20-28 -> minor no.")

C("H20-108","CAN",2019,"""Ont. S.C.J., Owen Sound, 2019. D (M, 47), owner of a landscaping company. IRPA s.118 (human trafficking)
and Criminal Code s.279.01. 2016-2017: D posted ads on the job site Indeed for 'landscaping labourers - Mexico -
visa sponsorship'; 9 Mexican men applied from Mexico and paid CAD 5,000 each in 'processing fees', mostly borrowed
from D's cousin (not charged). Housed in the basement of D's shop; passports kept in D's office; 70-hour weeks for
about CAD 400/month; told they would be deported if they complained. Sentence: 5 years; restitution CAD 120,000.""",
"yes","recruitment","job_portal","Indeed","fishing","yes","forced_labour",9,"no","male","cross_border","CAN MEX",1,
"deception document_retention threat",
"Ads posted on the job site Indeed, men applied from Mexico -> recruitment, job_portal, fishing (C13); poster in Canada, applicants in Mexico -> cyber_flow yes (C7). Fees borrowed from a third party -> no debt_bondage (judgement call). Men -> minor no.")

C("H20-109","TUN",2009,"""COMMUNIQUE. The Court of First Instance of Monastir has sentenced a couple from the town to three years'
imprisonment each for employing two girls, aged 12 and 14, from the delegation of Ain Draham in the governorate of
Jendouba as unpaid domestic servants. The couple had posted an advertisement on the classified-ads site Tunisie
Annonce offering 'a good family home, schooling and pay' for girls to help in the house; the girls' fathers answered
it by telephone and handed their daughters over. The girls were never sent to school, worked from early morning,
were beaten by the wife and were not allowed to leave the house or to telephone their families. Their wages, the
court found, were never paid. The Ministry recalls that the employment of children under 16 as domestic workers
is prohibited.""",
"yes","recruitment","classified_ads","Tunisie Annonce","fishing","no","forced_labour",2,"yes","female","domestic","TUN",2,
"deception force",
"Ad posted on the classified-ads site Tunisie Annonce, answered by the girls' fathers on their behalf -> recruitment, fishing (C3: answering the offenders' ad; judgement call that relatives answering for children count as the victims' answer). Aged 12 and 14 -> minor yes. Beaten, not allowed to leave -> force.")

C("H20-110","LKA",2025,"""High Court of Puttalam, 2025. Three accused convicted under section 360C of the Penal Code for the
trafficking of six boys aged 15 to 17 from villages in the Mannar district for forced labour on multi-day fishing
boats operating from Kalpitiya. The first accused, the recruiter, went from house to house in the villages,
offering the parents an advance of LKR 50,000 and wages for their sons; other families heard of the offer by word
of mouth and came to him. The second accused, the owner of two boats, paid the advances and deducted them, with
food and 'equipment', from the boys' shares of the catch, so that none of them was ever paid. The third accused,
the skipper, kept the boys at sea for up to six weeks at a time, made them work through the night hauling nets and
beat those who fell asleep. The boys were found by labour officers during an inspection at the harbour. Sentences:
ten, twelve and eight years.""",
"no","","","","","no","forced_labour",6,"yes","male","domestic","LKA",3,"deception debt_bondage force",
"Recruitment house to house and by word of mouth, no technology -> internet no. Boys aged 15-17 -> minor yes. Advances deducted from their shares -> debt_bondage.")

C("H20-111","SEN",2020,"""The Regional Court of Kedougou convicted two Nigerian women of trafficking seven Nigerian women, aged 19 to
25, to a bar at the Kharakhena gold-mining site, where they were made to have sex with miners to repay debts of
XOF 1.5 million each. The gendarmes identified three of the victims by checking their photographs against missing-
person notices in an online database of the Nigerian authorities.""",
"no","","","","","no","sexual_exploitation",7,"no","female","cross_border","SEN NGA",2,"debt_bondage",
"Online database used only by the gendarmes -> not coded (C3). Nigerian women in Senegal -> cross_border (C8). Aged 19-25 -> minor no.")

C("H20-112","IDN",2015,"""The District Court of Tanjung Balai Karimun, having examined the witnesses and the evidence, considered it
legally and convincingly proven that the Defendants, a married couple who operated a karaoke bar in the Meral area,
in March 2014, through the intermediary of the First Defendant, who had come to the village of the victim in
Subang, West Java, and offered her, a child of 16 years, work as a waitress with a salary of Rp 2.5 million per
month, brought the victim to Karimun by boat, where she was told that she owed Rp 6 million for her travel and
clothes, and was made to accompany guests and to have sexual relations with them in the rooms behind the bar,
being threatened that she would not be allowed to go home until the debt was paid, until, in July 2014, a guest
recognised her from the photograph that her aunt had posted on Facebook with a notice that she was missing and
informed the police, and that the Defendants thereby committed the crime of trafficking in persons under Article 2
of Law No. 21 of 2007, for which they are each sentenced to six years' imprisonment and a fine of Rp 120 million.""",
"no","","","","","no","sexual_exploitation",1,"yes","female","domestic","IDN",2,"deception debt_bondage threat",
"Only the aunt's missing-person post on Facebook is online -> relatives' post, not coded (C3; open point on relatives' posts taken as not coded). Aged 16 -> minor yes. Within Indonesia -> domestic.")

C("H20-113","CAN",2021,"""The offender is before me for sentencing after pleading guilty to two counts of trafficking in persons,
one of them in respect of a person under the age of eighteen years. Between May 2019 and February 2020, in Sault
Ste. Marie, he controlled two young women, M.B., then 17, and K.T., then 19, whom he had met at a drop-in centre
and supplied with fentanyl. He sold sex with them to men he knew, and he recorded sexual acts between them and
those men, uploaded the recordings to folders on the cloud storage service Mega, and sold access links to buyers,
who paid him by Interac e-Transfer. He kept all the proceeds. When K.T. tried to leave, he struck her and threatened
to send the recordings to her family. The aggravating factors include the youth and vulnerability of the victims,
their addiction, which he fostered, and the permanence of the recordings. I impose a global sentence of nine years.""",
"yes","exploitation","unspecified","Mega|Interac e-Transfer","","no","sexual_exploitation",2,"yes","female","domestic",
"CAN",1,"drugs force threat abuse_of_vulnerability",
"Recordings of the victims uploaded to Mega and access sold online -> exploitation (selling images of victims online), no advertising or strategy (C15 by analogy: recorded images sold, no ads or first contact described). Mega (cloud storage) has no scheme type -> unspecified (judgement call); Interac e-Transfer = online transfer -> unspecified (C1). Buyers' location not stated -> cyber_flow no, domestic. Victim aged 17 -> minor yes.")

C("H20-114","NLD",2022,"""In the case we supported before the District Court of Oost-Brabant in 's-Hertogenbosch, two Hungarian women
in their twenties had been brought to the Netherlands in 2020 by a Hungarian man, who told them they could earn
good money as escorts and keep half. Instead he kept everything. His sister, from her home in Hungary, placed
advertisements for the women with photographs on Dutch escort websites and passed the customers' bookings on to
her brother, who drove the women to hotels in Den Bosch, Tilburg and Eindhoven. When one of the women wanted to
stop, he threatened to tell her family in Hungary what she was doing. The court convicted both, the sister after
her surrender under a European arrest warrant, of human trafficking under Article 273f of the Criminal Code and
imposed sentences of 30 and 18 months. Our counsellors continue to support both women.""",
"yes","advertising","freestanding_website","","fishing","yes","sexual_exploitation",2,"no","female","cross_border",
"NLD HUN",2,"deception threat",
"Ads on escort websites -> advertising, freestanding_website (C2), fishing. Posted by the sister from Hungary for customers in the Netherlands -> cyber_flow yes (C7). 'women in their twenties' -> minor no. 'bookings passed on' between offenders adds nothing (logistics only when nothing else applies).")

C("H20-115","NPL",2019,"""Three girls, aged 15 to 17, were rescued from a dance bar in Itahari where they were made to go with
customers to private cabins for sex and where the owner watched them through CCTV cameras in every room and told them they owed him NPR 60,000 for clothes and food. They had come for jobs as
waitresses. The Sunsari District Court convicted him in 2019 and sentenced him to 15 years.""",
"no","","","","","no","sexual_exploitation",3,"yes","female","domestic","NPL",1,"deception debt_bondage other",
"CCTV cameras only -> no internet. Watched by cameras -> other (judgement call). Aged 15-17 -> minor yes.")

C("H20-116","ZWE",2013,"""A Masvingo magistrate has jailed a 36-year-old man for eight years for procuring three women from the town
for prostitution in South Africa, but acquitted him on a separate charge of advertising them on the internet. The
court heard that the man promised the women, aged 21 to 26, jobs in a supermarket in Polokwane, took their
passports at the Beitbridge border post and then told them to work at a shebeen where men paid for sex. The State
alleged that he had also placed adverts for them on a South African website, but the magistrate ruled that the
printouts produced by the investigating officer could not be linked to the accused. The women returned to
Zimbabwe after a raid by South African police.""",
"no","","","","","no","sexual_exploitation",3,"no","female","cross_border","ZWE ZAF",1,"deception document_retention",
"Online advertising alleged but not proved (acquitted on that charge) -> not coded (C4). Aged 21-26 -> minor no. Zimbabwean women taken to South Africa -> cross_border.")

C("H20-117","PRT",2009,"""The Court of Beja, sitting as a collective court, considered it proved that the three defendants, two
Romanian nationals and a Portuguese national who held the contracts for the harvest in olive groves in the
municipality of Ferreira do Alentejo, recruited in the region of Dolj, in 2007 and 2008, nine Romanian nationals,
six men and three women aged 20 to 55, by promising them a wage of EUR 40 per day, and, having brought them to
Portugal by van, kept their identity cards, housed them in a warehouse without water, told them that they owed the
cost of the journey and of food, which was deducted from their wages, and, when some asked to be paid, threatened
them with violence; and that the defendants, each month, sent small sums in the workers' names to their families
at a Western Union agency in Beja and by bank transfer, keeping the rest, so that the workers never received
their wages; and it therefore convicted them of trafficking in persons under Article 160 of the Penal Code,
imposing sentences of six, five and four years.""",
"no","","","","","no","forced_labour",9,"no","male female","cross_border","PRT ROU",3,
"deception document_retention debt_bondage threat",
"Money sent at a Western Union agency and by bank transfer, no 'online' -> not internet (C1). Aged 20-55 -> minor no. Romanian workers -> cross_border.")

C("H20-118","BRA",2019,"""In fixing the sentence, the Federal Court of Redencao considers that the defendant kept twelve men in a
charcoal camp in Pau d'Arco under armed watch, in debt for food and tools bought from him. The case was reported
through the online complaint form of a rural workers' organisation. Four years and six months.""",
"no","","","","","no","forced_labour",12,"no","male","domestic","BRA",1,"debt_bondage threat",
"The organisation's online complaint form is not the offender's use (C3) -> internet no. 'men' -> minor no. Armed watch -> threat (judgement call, as H20-075). No foreign victims or places -> domestic.")

C("H20-119","LVA",2022,"""State Police, Zemgale Region Administration, summary, November 2022. The suspect, a 41-year-old man from
Jelgava, approached two Ukrainian women who had fled the war, aged 23 and 30, at the Jelgava bus station in April
2022, offering them a room and work in a bakery. He lodged them in a flat he rented and, a week later, told them
that they had to pay for the room by having sex with men he brought, most of them acquaintances whom he called by
phone. The case came to light after journalists of an investigative news portal, who had heard of the flat from a
volunteer, visited it and published an article online; the women then went to the police. Criminal proceedings
under section 154.1 of the Criminal Law.""",
"no","","","","","no","sexual_exploitation",2,"no","female","cross_border","LVA UKR",1,
"deception abuse_of_vulnerability debt_bondage",
"Internet used only by journalists (article published online) -> not coded (C3). Men found by phone and acquaintance. Ukrainian refugees in Latvia -> cross_border (C8); refugees exploited -> abuse_of_vulnerability; rent to be paid by sex -> debt_bondage (judgement call).")

C("H20-120","CIV",2010,"""The Court of Appeal of Daloa, upholding the judgment of the court of first instance of Soubre, recalled that
the first judges had established that the two defendants, a Nigerian woman who ran a maquis in the Soubre market
district and her husband, had brought four Nigerian girls aged 15 to 17 from Edo State in 2008 on the promise of work
as hairdressers, that they kept an album of printed photographs of the girls behind the counter, which they showed
to customers so that they could choose one, and that they required the girls to repay a debt of XOF 1,000,000 each
from what the customers paid, threatening to send them back to Nigeria without anything. The Court confirmed the
sentences of five years' imprisonment for procuring of minors.""",
"no","","","","","no","sexual_exploitation",4,"yes","female","cross_border","CIV NGA",2,"deception debt_bondage threat",
"Printed photo album shown to customers in person -> no internet. Girls aged 15-17 -> minor yes. Nigerian girls brought to Cote d'Ivoire -> cross_border.")
