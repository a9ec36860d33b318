from lib import C

C("H24-081","USA",2012,"""United States v. Ocampo-Rey (11th Cir. 2012) (unpublished). Sex trafficking by force, fraud or
coercion, 18 U.S.C. 1591 - Webcam performances on third-party adult site - Sufficiency of evidence of
coercion. Defendant, who shared an apartment in Doral, Florida, with two Colombian women aged 20 and
22, made them perform sexual acts on camera for paying viewers of the adult webcam site MyFreeCams,
logged into the account himself, and kept the tokens the women earned. He supplied them with
oxycodone and withheld it when they refused to perform. Held: controlling the women's access to a
drug on which they had become dependent, in order to compel their performances, is coercion within
the meaning of section 1591(e)(2). The jury could also rely on the defendant's retention of all
earnings. Conviction and 180-month sentence affirmed.""",
"yes","exploitation","freestanding_website webcam_livestream","MyFreeCams","","no","sexual_exploitation",2,"no","female","cross_border","USA COL",1,"drugs",
"Performances on the third-party adult webcam site MyFreeCams -> exploitation, freestanding_website + webcam_livestream, no advertising (open point, as heldout21 H21-004). Viewers not placed -> cyber_flow no. Colombian women in Florida -> cross_border (C8). Withholding oxycodone to compel -> drugs. Kept earnings alone not a means.")

C("H24-082","FIN",2012,"""Parliamentary Ombudsman of Finland, decision on complaint (extract). The complainant, a Nigerian girl
who was 17 at the time, complains that the Helsinki police treated her as an irregular migrant and
placed her in the detention unit instead of referring her to the assistance system for victims of
trafficking. According to the later judgment of the Helsinki District Court, in 2011 a Nigerian woman
living in Helsinki sent the girl to meet men in hotels and flats. Regular customers paid the woman in
advance through PayPal, others in cash. The woman beat the complainant when she tried to keep money for
herself, and reminded her of the oath she had sworn before a priest in Benin City, telling her that
she and her mother would die if she broke it. The woman was convicted of aggravated trafficking in
human beings. The Ombudsman finds that the police should have recognised the indications of trafficking
when the complainant was first questioned, in particular her age and her statement that she owed a
large sum to a 'madam', and draws the attention of the Police Board to the duty to refer possible
victims to the assistance system without delay.""",
"yes","logistics","unspecified","PayPal","","no","sexual_exploitation",1,"yes","female","cross_border","FIN NGA",1,"force threat other",
"Customers paying the woman through PayPal -> offenders' internet use (C1/C16), unspecified, logistics; no other purpose. Customers and woman in Helsinki -> cyber_flow no. Nigerian girl aged 17 in Finland -> cross_border, minor yes. Beatings -> force; oath with stated consequence -> threat + other. The 'large sum owed to a madam' is reported as her statement to the police without the debt being described as used -> not debt_bondage (judgement call).")

C("H24-083","PAK",2025,"""Judgment summary. Accused (2) convicted under s. 3 Prevention of Trafficking in Persons Act 2018.
Victims: two women, aged 20 and 23, who applied to a receptionist vacancy the accused posted on
Rozee.pk. Told to 'entertain' clients at a guest house. Their families owed the first accused PKR
400,000; told the work would clear it. Sentence: seven years each.""",
"yes","recruitment","job_portal","Rozee.pk","fishing","no","sexual_exploitation",2,"no","female","unknown","",2,"deception debt_bondage",
"Vacancy posted on Rozee.pk (job portal) and answered -> recruitment, job_portal, fishing. No place or nationality named -> border unknown (C8), countries empty (the platform's country is not a place named). Ages 20 and 23 -> minor no. Families' debt to the accused -> debt_bondage.")

C("H24-084","IND",2013,"""Extract from First Information Report and rescue memo, Anti-Human Trafficking Unit, Pune. Acting on
information from an NGO, officers raided a building in Budhwar Peth and rescued four Nepali women aged
21 to 25. The women stated that a woman from their village in Sindhupalchok had accompanied them across
the border at Sunauli, promising jobs in a garment factory, and sold them to the brothel keeper, who
made them receive customers. Before leaving Nepal each had been made to swear before a village deity
that she would obey the woman. They spoke no Marathi or Hindi and were never allowed out. The brothel
keeper and her manager were arrested under sections 370 IPC and 3, 4 and 5 of the Immoral Traffic
(Prevention) Act. The women were placed in a protective home pending their repatriation through the Embassy of Nepal.""",
"no","","","","","no","sexual_exploitation",4,"no","female","cross_border","IND NPL",2,"deception force other",
"In-person recruitment -> internet no. Nepali women brought across the border -> cross_border. Oath -> other; never allowed out -> force (confinement); factory promise -> deception. The village recruiter is not arrested -> 2.")

C("H24-085","IND",2017,"""Charge sheet filed by Delhi Police, Crime Branch, in FIR No. 212/2017 (summary). The three accused
are charged under section 370 IPC and sections of the Juvenile Justice Act with trafficking six boys
from Sahibganj district, Jharkhand, to Delhi and using them to snatch mobile phones and pick pockets in
crowded markets, moving them across state lines. The first accused sent friend requests and chat messages to the boys in the mobile
game Mini Militia, offering them 'a job in a Delhi showroom', and brought them to the capital by train
in groups of two. The boys were kept in a locked room in Seelampur, were followed by the second accused
whenever they were sent out, and had to hand over every phone they took. The charge sheet states that
the accused targeted boys from landless families because they would not be searched for.""",
"yes","recruitment","unspecified","Mini Militia","hunting","no","forced_criminal_activity",6,"yes","male","domestic","IND",3,"deception force other abuse_of_vulnerability",
"'sent friend requests and chat messages to the boys in the mobile game Mini Militia' -> first contact online, hunting (C13), recruitment; named game -> unspecified (open point). Jharkhand to Delhi -> domestic (across state lines, C8). Locked room -> force; followed -> other; 'targeted boys from landless families because they would not be searched for' -> abuse_of_vulnerability.")

C("H24-086","GBR",2018,"""R v Hollis and Pratt [2018] EWCA Crim 2214. Court of Appeal (Criminal Division). Appeals against
sentence. The appellants pleaded guilty at Leeds Crown Court to arranging the travel of another person
with a view to exploitation, contrary to section 2 of the Modern Slavery Act 2015, the exploitation in
question being the removal of an organ within section 3(4). The victim, a 38-year-old man from Bradford,
was unemployed and owed a substantial sum to the first appellant, a doorstep moneylender, which had
grown through interest he could not pay. The second appellant ran a Facebook group called 'Debt Free
Fast UK', in which he posted that 'people with serious debts can clear them in one go by helping a
patient who needs a kidney - all expenses paid'. The victim, who was a member of the group, answered
the post. The appellants arranged for him to travel to London, where a patient was to present him at a
private clinic as a cousin willing to donate. While waiting for the tests, the victim was kept in a
flat in Leyton with the door double-locked and was given only food; his benefit payments, which the
first appellant had been collecting for months, continued to be taken towards the debt. He alerted a
neighbour through a window. The clinic's screening raised doubts and no operation took place. The
judge imposed sentences of nine years and seven years respectively. The appellants argued that the
sentences failed to reflect the fact that no organ was removed. Held: the offence under section 2 is
complete on the arranging of travel with a view to exploitation; that the removal did not take place
was a matter of chance, not of restraint on the appellants' part. The judge was entitled to treat the
victim's indebtedness to the first appellant, deliberately exploited, as an aggravating feature.
Appeals dismissed.""",
"yes","recruitment","social_media","Facebook","fishing","no","organ_removal",1,"no","male","domestic","GBR",2,"debt_bondage force abuse_of_vulnerability",
"Post in a Facebook group run by the second appellant, answered by the victim -> recruitment, social_media, fishing (C3: answering the offenders' post). Bradford to London -> domestic. Aged 38 -> minor no. Debt to the moneylender-offender, benefits taken towards it -> debt_bondage; double-locked flat -> force; 'indebtedness ... deliberately exploited' -> abuse_of_vulnerability. The patient is not a defendant.")

C("H24-087","KHM",2016,"""Ministry of Labour and Vocational Training, Department of Labour Inspection, report on joint
inspection with the Anti-Human Trafficking and Juvenile Protection Police, Phnom Penh (extract). On 8
June 2016 the team inspected a massage establishment in Tuol Kork. Six Vietnamese women aged 20 to 24
were found living on the premises. They stated that they had been brought from An Giang across the
border at Chau Doc by the owner's relative, that each was told she owed USD 1,200 for the journey, and
that they had to provide sexual services to customers to repay it. The doors were locked at night and
the women had no Khmer. Photographs of the women were found on the owner's phone; the owner stated
that she had intended to advertise them on a Facebook page but had not yet done so, as customers came
from the street. The owner and the relative were handed to the police and charged under the Law on
Suppression of Human Trafficking and Sexual Exploitation. The Department has revoked the
establishment's registration.""",
"no","","","","","no","sexual_exploitation",6,"no","female","cross_border","KHM VNM",2,"debt_bondage force",
"Facebook advertising intended but not done -> not coded (C4) -> internet no (photos on a phone are not internet use). Vietnamese women brought across the border -> cross_border. Journey debt -> debt_bondage; locked doors -> force. Lack of Khmer not stated as used.")

C("H24-088","NOR",2022,"""Borgarting Court of Appeal, judgment of 28 April 2022 (LB-2021-144210). The accused, a Romanian man,
appealed against his conviction by Oslo District Court for human trafficking (Penal Code s. 257) in
respect of two Romanian women, aged 23 and 25, whom he had brought to Oslo in 2020. The Court of Appeal
finds it proved that the accused made the women perform sexual acts in livestreamed shows on the adult
webcam site Chaturbate from a rented flat in Grønland for up to twelve hours a day, the viewers being
mostly in the United States, and that he kept the earnings. When the younger woman tried to stop, he
struck her in the face and took her telephone. The appeal is dismissed; the sentence is increased to
five years.""",
"yes","exploitation","freestanding_website webcam_livestream","Chaturbate","","yes","sexual_exploitation",2,"no","female","cross_border","NOR ROU USA",1,"force",
"Livestreamed shows on the third-party adult webcam site Chaturbate -> exploitation, freestanding_website + webcam_livestream, no advertising (open point, H21-004). Women in Oslo, viewers mostly in the USA -> cyber_flow yes (C7). Brought from Romania -> cross_border. Striking -> force.")

C("H24-089","KOR",2017,"""Seoul Central District Court, 2017GoHap412. Defendant (1), aged 52, convicted of child abuse and
forced labour. Victim: the defendant's grand-niece, born 9 September 2003, sent to the defendant's
house in Seoul in 2014 by her grandmother in South Jeolla Province after a relative recommended the
defendant as a guardian who would send her to school. Victim did all cooking and cleaning and cared for
the defendant's bedridden husband; not enrolled in school; no telephone; not allowed to contact her
grandmother or friends; told that no one else wanted her. Discovered in 2016 after a neighbour
reported seeing her carry shopping during school hours. Sentence: 3 years, suspended 5 years; 200 hours
community service.""",
"no","","","","","no","forced_labour",1,"yes","female","domestic","KOR",1,"deception other",
"Word of mouth through a relative -> internet no. Born Sept 2003, from 2014 -> 10-11 -> minor yes. Domestic servitude -> forced_labour. No contact allowed -> other (isolation imposed); school promise -> deception. South Jeolla to Seoul -> domestic.")

C("H24-090","TUR",2008,"""Istanbul 9th High Criminal Court, 2008 (case-law database entry). The three accused, members of one
family, brought five Georgian women from Batumi to Istanbul after relatives of the women, who knew the
family, told them of 'work in shops'. In Istanbul the women were made to steal from clothing stores in
Laleli and Merter, handing the goods to the accused, who sold them. Their passports were kept by the
eldest accused. The court found that the accused chose women whose husbands had left them and who had
children to feed, and used their need. Each accused was sentenced to eight years and four months'
imprisonment for trafficking in human beings (art. 80 TPC) and theft.""",
"no","","","","","no","forced_criminal_activity",5,"no","female","cross_border","TUR GEO",3,"deception document_retention abuse_of_vulnerability",
"Word of mouth through relatives -> internet no. Shoplifting -> forced_criminal_activity. Passports kept -> document_retention; 'chose women whose husbands had left them ... and used their need' -> abuse_of_vulnerability. 'women' -> minor no.")

C("H24-091","BOL",2012,"""Sentencing remarks, Second Sentencing Court of El Alto. The accused, stepfather of the victim, stands
convicted of trafficking in persons for the purpose of forced marriage (Law 263, art. 281 bis). The
victim was born on 3 August 1997. In 2011 the accused gave her to a 43-year-old trader from La Quiaca,
Argentina, in exchange for a sum of money, and took her across the border at Villazón. Before she left,
the accused made her take part in a ceremony in which she swore before the Pachamama to obey her new
husband. The defence maintained that the victim had met the trader through the internet and had gone
with him of her own free will; the court rejects this version, as no message or account was found and
the trader himself testified that he had met the accused in person at the market in Villazón. The court
sentences the accused to twelve years' imprisonment. The trader is the subject of a separate request
for extradition.""",
"no","","","","","no","forced_marriage",1,"yes","female","cross_border","BOL ARG",1,"other",
"Defence claim of online contact rejected by the court -> not coded (C4) -> internet no. Born Aug 1997, given away 2011 -> 13-14 -> minor yes. Taken across the border to Argentina -> cross_border. Oath ceremony -> other. The trader is not a defendant in this case (separate extradition) -> 1. Sold for money is the act, not a means.")

C("H24-092","JPN",2011,"""Tokyo High Court, 2011 - Child Welfare Act art. 34 - Soliciting donations for a bogus charity by a
child - Placement through a 'volunteer office' - Whether begging. The victim, born 2 May 1996, was
placed by the accused's 'volunteer office' in Shinjuku to collect donations in the street for a
non-existent children's charity, and was watched by an adult supervisor during every shift. The money
was paid into the accused's bank account each evening. Held: using a child to ask the public for
money, under a pretext, is begging within art. 34(1)(ii). Appeal dismissed.""",
"no","","","","","no","forced_begging",1,"yes","","domestic","JPN",1,"other",
"Office placement and bank deposits without 'online' -> internet no (C1). Born May 1996, exploited before 2011 -> 14 or under -> minor yes. The court holds it begging -> forced_begging. Supervisor watching -> other. No sex stated -> victim_sex empty.")

C("H24-093","UZB",2018,"""Tashkent City Administrative Court, decision on the appeal of Ms. A. against the refusal of the
Republican Rehabilitation Centre to grant her assistance as a victim of trafficking. The applicant, a
woman from Nukus, Republic of Karakalpakstan, states that in 2017 a woman she knew from school
telephoned her and offered work as a cook in a canteen in Tashkent, with lodging and a good salary.
On arrival she was taken to a flat in Chilanzar district and told that the work was with men. She was
kept there for three weeks and made to receive men brought by the woman's husband, who answered the
customers' calls on his mobile phone. The woman and her husband were convicted under article 135 of
the Criminal Code in 2018. The Centre refused assistance on the ground that assistance is reserved for
persons returned from abroad. The Court holds that the Law on Combating Trafficking in Persons makes no
such distinction and that a victim of trafficking within Uzbekistan is equally entitled to
rehabilitation. The refusal is annulled.""",
"no","","","","","no","sexual_exploitation",1,"no","female","domestic","UZB",2,"deception force",
"Telephone only -> internet no. 'a woman' -> minor no. Nukus to Tashkent, within Uzbekistan -> domestic. Cook promise -> deception; kept in the flat -> force (confinement). Register adapted (administrative court on victim assistance).")

C("H24-094","NZL",2016,"""Court of Appeal of New Zealand, [2016] NZCA 377. The appellant was convicted in the High Court at
Auckland of dealing in persons (Crimes Act 1961, s. 98D) and of offences under the Prostitution Reform
Act 2003, and sentenced to nine years and six months' imprisonment. He appealed against conviction and
sentence. The Crown case was that the appellant arranged for five Thai women to travel to Auckland on
visitor visas in 2014 after a Bangkok associate had told them they would work in a massage shop. At the
airport he took their passports, which he kept in a safe at his house in Epsom, and told each woman
that she owed NZD 30,000 for airfares, visas and 'arrangement fees'. He advertised the women on the
escort directory website NZGirls and on Locanto, posting photographs, prices and a mobile number, and
drove them to hotels and private addresses. When one woman asked to stop, he told her that her parents
in Khon Kaen would have to pay her debt. On appeal it was argued that the women, being adults who knew
that sex work was legal in New Zealand, had not been deceived as to the nature of the work. The Court
held that deception as to the conditions - the size of the debt, the loss of their passports and of
any control over their earnings - suffices under s. 98D, whatever the women knew of the nature of the
work. Appeal against conviction dismissed; appeal against sentence dismissed.""",
"yes","advertising","freestanding_website classified_ads","NZGirls|Locanto","fishing","no","sexual_exploitation",5,"no","female","cross_border","NZL THA",1,"deception document_retention debt_bondage threat",
"Ads with photos and prices on 'the escort directory website NZGirls' (an escort site, C2 -> freestanding_website) and on Locanto (classified_ads) -> advertising, fishing. No internet link across countries described -> cyber_flow no. Thai women brought to Auckland -> cross_border. Passports -> document_retention; travel debt -> debt_bondage; threat to parents -> threat; deception as to conditions -> deception. Bangkok associate not a defendant.")

C("H24-095","DOM",2007,"""Ministry of Labour, General Directorate of Labour, inspection report, Santo Domingo Este. Two girls
aged 15 and 16 from San Juan de la Maguana were found working in a roadside eatery. They said the
owner's nephew had sent them messages on hi5 offering waitress jobs. They cooked and served from 6 a.m.
to midnight without pay, and at night the owner sent them to men, first giving them rum and pills. The eatery has been closed by order of the Ministry. The nephew and the owner were referred to the Public Prosecutor and charged; the girls were handed to
CONANI.""",
"yes","recruitment","social_media","hi5","hunting","no","forced_labour sexual_exploitation",2,"yes","female","domestic","DOM",2,"deception drugs",
"'sent them messages on hi5' (social network) -> first contact online, hunting (C13), recruitment. San Juan to Santo Domingo -> domestic. Aged 15 and 16 -> minor yes. Eatery work and sexual exploitation -> both forms. Rum and pills -> drugs.")

C("H24-096","EST",2025,"""Answer of the Minister of the Interior to interpellation no. 118 of members of the Riigikogu
(extract). In the case mentioned by the interpellators, the Tartu County Court in 2024 convicted a
couple of trafficking in human beings (Penal Code § 133). The victim, a girl from Kharkiv region who
came to Estonia in 2022 with a group of war refugees, was taken in by the couple, whom she met at the
reception centre in person. For eighteen months she cleaned the couple's house and guest rooms and
looked after their children, unpaid and not attending school. She was told she owed them EUR 6,000
for the journey and her keep, and that her mother, who had stayed in Ukraine, would be told she was a
thief if she left. The Minister stated that the Police and Border Guard Board has since introduced
screening of unaccompanied minors among persons receiving temporary protection, and that the Social
Insurance Board has been assigned to follow up each placement of a child with private hosts.""",
"no","","","","","no","forced_labour",1,"yes","female","cross_border","EST UKR",2,"debt_bondage threat",
"Met in person -> internet no. 'a girl' (an unaccompanied minor) -> minor yes. Ukrainian refugee in Estonia -> cross_border (C8). Journey/keep debt -> debt_bondage; threat to tell her mother she was a thief -> threat. Domestic servitude -> forced_labour.")

C("H24-097","KGZ",2005,"""From the report of the National Council on Combating Trafficking, 2005. The Osh City Court convicted
the owner of a sauna of trafficking an Uzbek national, born in 1989, whom her aunt had entrusted to
him through acquaintances. The girl was locked in the sauna between shifts and fined for every
complaint by a client. The girl was found during a police check of the sauna in March 2005 and returned to her family in Andijan with the help of IOM. Five years' imprisonment.""",
"no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","KGZ UZB",1,"force other",
"Word of mouth -> internet no. Born 1989, case 2005 -> 15 or 16 -> minor yes. Uzbek national in Kyrgyzstan -> cross_border (C8, nationality only); the nationality's country listed in countries as origin (my rule throughout). Locked -> force; fines -> other. 'Sauna ... client' read as sexual exploitation.")

C("H24-098","BEL",2019,"""Commission for Financial Assistance to Victims of Intentional Acts of Violence, decision no. V/18-2214.
The applicant, a Belgian man aged 34, seeks emergency assistance. The Correctional Court of Charleroi
convicted two brothers in 2018 of trafficking in human beings for labour exploitation and for making
the applicant commit offences. From 2015 to 2017 the applicant, who had been homeless, lived in a shed
behind the brothers' house in Marcinelle, renovated their properties without pay and was made to steal
copper cable from building sites. The brothers gave him beer and cheap spirits from the morning and
told him that the police were looking for him and would arrest him if he left. A local journalist who
wrote an online article about the men's renovation business noticed the applicant and informed a
social worker. The Commission awards EUR 12,500.""",
"no","","","","","no","forced_labour forced_criminal_activity",1,"no","male","domestic","BEL",2,"drugs threat",
"The journalist's online article is third-party internet use -> not coded (C3) -> internet no. Aged 34 -> minor no. Belgian man in Belgium -> domestic. Renovation work + cable theft -> forced_labour + forced_criminal_activity. Alcohol -> drugs (as heldout19); threat of arrest -> threat. Homelessness not stated as used -> not abuse_of_vulnerability.")

C("H24-099","FJI",2025,"""Report of the Fiji Human Trafficking Taskforce, 2025, case summaries (extract). In 2024 the High
Court at Lautoka convicted a building contractor of trafficking three Kiribati nationals, one of whom
was born on 11 January 2008, for work on construction sites in Nadi. The three had arrived in 2023 on visitor permits and lived in a container on one of the sites. The contractor had paid their
fares and told them each owed FJD 2,500, and that immigration would detain them if they left. The
Department of Immigration identified them by checking the contractor's workers against its online
permit database, and the police published an appeal on their Facebook page for other workers of the
contractor to come forward.""",
"no","","","","","no","forced_labour",3,"yes","","cross_border","FJI KIR",1,"debt_bondage threat",
"Immigration's online database and the police's Facebook appeal are the authorities' internet use -> not coded (C3) -> internet no. Born Jan 2008, working 2024 -> 16 -> minor yes. Kiribati nationals in Fiji -> cross_border (C8); nationality's country listed (as H24-097). Fare debt -> debt_bondage; threat of detention -> threat. Sex not stated.")

C("H24-100","JPN",2022,"""Immigration Services Agency of Japan, Nagoya Regional Immigration Services Bureau, decision granting
special permission to stay (extract). The applicant, a Vietnamese national, entered Japan as a technical
intern and left his assigned employer in 2020. A Vietnamese broker in Aichi then placed him, together
with two compatriots, one of them a juvenile, with demolition firms. The broker posted advertisements
on the classified site Jimoty offering 'Vietnamese workers for demolition and clearing, cheap, from one
day', and sent the workers to the firms that answered, keeping almost all of their pay. The applicant
had followed the broker's sister, with whom he believed he was in a relationship; the workers spoke no
Japanese and knew no one outside the broker's house. The broker was convicted by the Nagoya District
Court in 2021 of offences under the Employment Security Act and of trafficking in persons. The Bureau
finds that the applicant is a victim of trafficking and grants special permission to stay.""",
"yes","advertising","classified_ads","Jimoty","fishing","no","forced_labour",3,"yes","male","cross_border","JPN VNM",1,"deception",
"Ads on the Japanese classified site Jimoty offering the workers' labour, answered by firms -> advertising, classified_ads, fishing. All in Japan -> cyber_flow no. Vietnamese nationals in Japan -> cross_border. 'a juvenile' -> minor yes (C10). Victims: the applicant and two compatriots -> 3; the applicant is male ('his') -> male. Relationship ruse -> deception. Isolation not stated as used.")
