from lib import C

C("H24-021","KOR",2021,"""Daegu High Court, Criminal Division 2, judgment on appeal (2020No1187). The defendant, who runs a
pork-rib restaurant in Gyeongsan, appealed against his conviction at first instance for forced labour
and violation of the Labour Standards Act. The evidence showed that in 2016 a job broker whom the
defendant had telephoned brought to the restaurant two men with intellectual disabilities who had been
living in a shelter in Busan. The defendant took their resident registration cards and bankbooks 'for
safekeeping', had them wash dishes and clean grills from 9 a.m. to midnight, and paid them nothing
for over four years apart from cigarettes. He deducted 'penalties' of 10,000 won from a notional wage
for every broken dish. The men had no telephone of their own and no contact with anyone outside the
restaurant. The Court found that the defendant had deliberately taken advantage of the men's
disabilities, which left them unable to understand their situation or seek help. The appeal was
dismissed and the sentence of two years and six months' imprisonment upheld.""",
"no","","","","","no","forced_labour",2,"no","male","domestic","KOR",1,"document_retention other abuse_of_vulnerability",
"Broker contacted by telephone -> internet no. 'two men' -> minor no. Cards and bankbooks held -> document_retention; penalties for broken dishes -> other (fines); 'deliberately taken advantage of the men's disabilities' -> abuse_of_vulnerability (stated). Broker not charged -> offenders 1.")

C("H24-022","IDN",2013,"""Sentencing remarks, Kupang District Court. The accused approached the three complainants, Timorese
nationals aged 19, 20 and 22 who were living in Kupang, by sending them messages in the chat of the
online game Point Blank, where they played in the evenings, and offered them work in his food stall.
He made them work in the stall by day and, from the second month, sent the two young women to men at
night. He struck them when they refused and deducted fines from their pay for every day they were
ill. He knew they had no money to return home, and used this. The accused denied the charges and said that the complainants were friends helping out in the stall. The court sentences the accused to six
years' imprisonment and a fine of 150 million rupiah.""",
"yes","recruitment","unspecified","Point Blank","hunting","no","forced_labour sexual_exploitation",3,"no","female","cross_border","IDN TLS",1,"force other abuse_of_vulnerability",
"'approached ... by sending them messages in the chat of the online game Point Blank' -> first contact online, hunting (C13), recruitment; a named game -> unspecified (open point, as four annotators). All in Kupang -> cyber_flow no. Timorese nationals in Indonesia -> cross_border (C8). Ages 19-22 -> minor no. Victim sex: 'the two young women' -> female; the third complainant's sex is not stated. Fines -> other; 'knew they had no money ... and used this' -> abuse_of_vulnerability.")

C("H24-023","GRC",2018,"""Hellenic Police, Sub-Directorate for Combating Human Trafficking, Thessaloniki. Extract from the
case file sent to the Prosecutor. Two Moldovan nationals residing in Thessaloniki reported that they
had applied to an advertisement for 'hostesses for a high-class café, EUR 1,200 a month plus
accommodation' posted on the job portal Kariera.gr by the first arrested person. On arrival at the
café in Kalamaria they were told that the work included going with customers to a nearby hotel. The
second arrested person had been in a relationship with one of the complainants for a year and had
encouraged her to apply. The complainant stated that her parents owed the first arrested person EUR
4,000, borrowed for her brother's medical treatment, and that she was told she would work until the
money was returned. The other complainant was told to help her friend repay. Both arrested persons
were brought before the investigating judge on 21 March 2018 and remanded in custody.""",
"yes","recruitment","job_portal","Kariera.gr","fishing","no","sexual_exploitation",2,"unknown","female","cross_border","GRC MDA",2,"deception debt_bondage",
"Offer posted on Kariera.gr and answered -> recruitment, job_portal, fishing (C3: answering the offenders' ad). All parties in Thessaloniki -> cyber_flow no. Moldovan nationals -> cross_border (C8). No ages, not called women -> minor unknown. Parents' debt to the offender worked off -> debt_bondage.")

C("H24-024","SWE",2017,"""Gothenburg District Court, case B 5531-17. Accused (one) convicted of trafficking in human beings
and purchase of sexual services from a child. Injured party: Romanian national, aged 15 at the time.
Kept in flats in Hisingen May-August 2017; sold to men found through the accused's acquaintances at a
car workshop. Her father owed the accused SEK 60,000; she was told she would pay it off, and that her
father would be hurt if she did not. She contacted a support service through its online chat on a
customer's phone; the service alerted police. Sentence: six years; expulsion with re-entry ban for
ten years. Damages SEK 250,000.""",
"no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","SWE ROU",1,"debt_bondage threat",
"The only internet use is the victim's own online chat with a support service to get help -> not coded (C3). Clients found through acquaintances. Romanian national exploited in Sweden -> cross_border. Father's debt worked off by the girl -> debt_bondage (open point, as heldout22); threat to the father -> threat.")

C("H24-025","ARE",2004,"""Reply of His Excellency the Minister of State for Federal National Council Affairs to the question of
the Honourable Member concerning the exploitation of boys on fishing vessels. The competent
authorities wish to inform the Council that in the case referred to, the Ras Al Khaimah Criminal Court
convicted three persons, the owner of two fishing dhows and two crew bosses, and sentenced them to
imprisonment and deportation. Investigation established that seven boys of Bangladeshi nationality,
aged between 12 and 15, had been brought to the country through a recruitment office in Chittagong,
to which their families paid fees at the office and by bank transfer on the promise that the boys would
work as assistants in shops. The boys were instead placed on the dhows, where they sorted and cleaned
the catch and were not permitted ashore; when the vessels were in port they were shut in the hold at
night. The Ministry of Labour has since cancelled the licence of the local agent who sponsored their
visas, and the boys were returned to their families at the State's expense in cooperation with the
Embassy of Bangladesh. The Ministry of Interior has also instructed the coast guard to inspect fishing
vessels for the presence of minors.""",
"no","","","","","no","forced_labour",7,"yes","male","cross_border","ARE BGD",3,"deception force",
"Recruitment office and bank transfer without 'online' -> internet no (C1). Boys aged 12-15 -> minor yes. Shut in the hold at night -> force (confinement). Shop job promise -> deception. Local agent's licence cancelled, not prosecuted -> not counted.")

C("H24-026","NOR",2022,"""Case note. Twelve Vietnamese seasonal workers, aged 25 to 40, picked strawberries on a farm in
Innlandet in summer 2021. A recruiter in Hanoi called each of them by phone, promising NOK 20,000 a
month. They received a fraction, were fined NOK 500 for every crate with unripe berries, and were
told that the farmer would call the police if they left, as their visas were not valid for farm
work. The farmer and the recruiter's Norwegian partner were convicted of forced labour (Penal Code s. 257). The farm is in Østre Toten; the workers slept in two barracks with ten beds each. The case was identified by the Labour Inspection Authority during a routine check, and the workers were offered assistance through the ROSA project.""",
"no","","","","","no","forced_labour",12,"no","","cross_border","NOR VNM",2,"deception other threat",
"Phone only -> internet no. Ages 25-40 -> minor no; sex not stated -> empty. Fines per crate -> other; threat of police -> threat; pay promise -> deception. Two convicted -> 2 (the Hanoi recruiter is not a defendant).")

C("H24-027","PAK",2005,"""Summary of judgment, Court of Sessions, Lahore, as digested by the FIA Anti-Human Smuggling Circle.
The accused, who ran a 'domestic staff placement office' near Data Darbar, took a 15-year-old girl
from a village in Kasur district on the promise of housework in a family home. She was instead sold
to a woman who kept a house of prostitution in Heera Mandi; the price was paid to the accused by bank
draft. The woman told the girl that the police would jail her for immorality if she went out, and cut
her earnings for every refusal. Both the accused and the woman were convicted under the Pakistan Penal
Code and sentenced to seven years' rigorous imprisonment.""",
"no","","","","","no","sexual_exploitation",1,"yes","female","domestic","PAK",2,"deception threat other",
"Placement office and bank draft, no 'online' -> internet no (C1). 15-year-old -> minor yes. All within Pakistan -> domestic. Threat of jail -> threat; cuts for refusals -> other (fines). Register deviated from the deck (immigration tribunal) to an FIA digest.")

C("H24-028","EGY",2016,"""Administrative Judiciary Court, Cairo, First Circuit, ruling of 9 May 2016 on the application of
a Moroccan woman against the decision to deport her. The applicant relies on the final judgment of
the South Giza Criminal Court, which convicted two Egyptian men of trafficking in persons under Law No.
64 of 2010 with the applicant as victim. It appears from that judgment that the first convicted man,
while in Cairo, sent the applicant a message on Facebook Messenger in late 2014 when she was living in
Casablanca, and that over several months of conversations he promised to marry her and to find her
work in a beauty salon. He paid for her ticket and met her at Cairo airport. In a flat in Haram she
was told that she owed him USD 2,000 for the ticket and her keep and that she would repay it by
receiving men brought by the second convicted man. The criminal court found that the men had chosen
her because she was divorced, without income and supporting a child, and had exploited that
situation. The Administrative Court holds that a person whose status as a victim of trafficking has
been established by a final criminal judgment may not be deported before the protection and assistance
measures provided for in Law No. 64 of 2010 have been offered to her, and annuls the contested
decision.""",
"yes","recruitment","messaging_app","Facebook Messenger","hunting","yes","sexual_exploitation",1,"no","female","cross_border","EGY MAR",2,"deception debt_bondage abuse_of_vulnerability",
"'sent the applicant a message on Facebook Messenger' -> offender's first contact, hunting, recruitment; Messenger is a messaging app. Offender in Cairo, victim in Casablanca -> cyber_flow yes (C7). 'a Moroccan woman' -> minor no. Ticket debt -> debt_bondage; 'chosen her because ... and had exploited that situation' -> abuse_of_vulnerability.")

C("H24-029","LVA",2024,"""Ombudsman of the Republic of Latvia, report on inspection no. 2024-17 (extract). The applicant, a
24-year-old man from Daugavpils, was introduced by an acquaintance to a woman who soon became his
partner. Through her he came to live with her mother and two brothers in Rēzekne. Within weeks the
family began sending him to shops in Latgale and Vidzeme to steal alcohol and electronics, and to the
offices of two lenders in Rēzekne to sign for loans in his own name, the money being handed to the
older brother. His partner told him that they would marry once 'the family's business' was sorted.
Before the first theft he was made to swear, with his hand on a knife, that he would never speak of the
family. In 2023 the Rēzekne court convicted the mother and both brothers of trafficking in human
beings; the applicant, meanwhile, had been fined for the thefts. The Ombudsman found that the police
had not assessed whether the applicant was a victim of trafficking before the administrative fines
were imposed, contrary to the principle of non-punishment, and recommended the fines be reviewed.""",
"no","","","","","no","forced_criminal_activity",1,"no","male","domestic","LVA",3,"deception other",
"Word of mouth, loans signed at lenders' offices -> internet no. 24-year-old man -> minor no. Romance promise -> deception; oath with a knife, no stated consequence -> other. Partner not among the convicted -> offenders 3 (mother and two brothers).")

C("H24-030","ARG",2013,"""National Commission for Refugees (CONARE), Buenos Aires, resolution on the applications of two
Paraguayan nationals, aged 20 and 23. The applicants state that for five months in 2012 they were kept
in a house in Lomas de Zamora and made to publish advertisements for flats to rent that did not exist
on MercadoLibre and OLX, to answer the persons interested and to collect deposits into accounts given
to them by the two owners of the house. The doors were kept locked, and the younger applicant was
beaten with a stick after a day with no deposits. The Federal Oral Court No. 1 of La Plata convicted
the two owners of trafficking in persons (Law 26.364) in 2013. The Commission considers that the
applicants do not fear persecution in Paraguay on a Convention ground and rejects refugee status, but
refers them to the National Directorate of Migration for humanitarian residence as victims of
trafficking.""",
"yes","exploitation","classified_ads","MercadoLibre|OLX","","no","forced_criminal_activity",2,"no","","cross_border","ARG PRY",2,"force",
"Victims forced to post fake rental listings on MercadoLibre and OLX -> exploitation, classified_ads (listing sites), no strategy, cyber_flow no, forced_criminal_activity (open point, as heldout22). Posting fake rental ads is the scam, not advertising the victims. Ages 20 and 23 -> minor no; sex not stated -> empty. Locked doors + beating -> force.")

C("H24-031","CHL",2003,"""Court of Appeals of Santiago, appeal for annulment dismissed, 14 August 2003. The appellants, a
married couple, were convicted by the oral trial court of promoting the entry of persons into the
country for prostitution (art. 367 bis of the Penal Code). Four Dominican women aged 22 to 30 worked in
a house in Providencia. The couple had built and ran a website, 'Santiago VIP Caribe', on which the
women's photographs appeared with prices and a telephone number; they also placed small
advertisements in a Santiago daily newspaper. The women were told on arrival that each owed USD 5,000
that her family in Santo Domingo had borrowed from the couple's agent, and were fined for lateness or
for refusing a client. The Court holds that the women's adult age and knowledge that they would work in
the sex trade do not exclude the offence. The appeal is dismissed.""",
"yes","advertising","freestanding_website","Santiago VIP Caribe","fishing","no","sexual_exploitation",4,"no","female","cross_border","CHL DOM",2,"debt_bondage other",
"Website the couple built and ran, with photos and prices -> freestanding_website (C2/C15), advertising, fishing; newspaper ads not internet. No parties placed abroad via the site -> cyber_flow no. Family debt owed to the couple's agent -> debt_bondage; fines -> other. Ages 22-30 -> minor no.")

C("H24-032","ISR",2025,"""Case brief. Tel Aviv District Court convicted two men of trafficking (Penal Law s. 377A) in three
Moldovan women, aged 24 to 33, brought to Israel on tourist entry and kept in an apartment in Bat Yam.
The women's families in Moldova owed money to the first defendant's cousin, and the women were told
that their work would clear it. The prosecution alleged that the defendants advertised the women in
Telegram channels; the court found no evidence that either defendant had posted such advertisements and
acquitted them on that count, finding that clients were brought by a hotel porter. The court held that
the defendants knowingly exploited the women's poverty and their lack of status. Sentences: nine and
seven years.""",
"no","","","","","no","sexual_exploitation",3,"no","female","cross_border","ISR MDA",2,"debt_bondage abuse_of_vulnerability",
"Telegram advertising alleged but the court found no evidence the defendants posted -> not coded (C4) -> internet no. Families' debt to the offenders' side -> debt_bondage; 'knowingly exploited the women's poverty' -> abuse_of_vulnerability. Ages 24-33 -> minor no.")

C("H24-033","UGA",2021,"""Uganda v. N. (High Court of Uganda at Kampala, Criminal Division) - Prevention of Trafficking in
Persons Act 2009, s. 3 - Domestic servitude of a child - Date of birth proved by baptism card -
Retention of identity documents. The victim, born on 2 February 2006, was brought from Masaka to the
accused's home in Ntinda in 2019 after the accused telephoned her aunt and promised to pay her school
fees in return for light housework. She worked from five in the morning, was not sent to school, and
was beaten with a cane when the accused's children complained. The accused kept her baptism card and
her school report. Held: the baptism card, produced by the aunt, sufficiently proved that the victim
was a child at the time; consent of the aunt is irrelevant. Convicted; sentenced to eight years'
imprisonment.""",
"no","","","","","no","forced_labour",1,"yes","female","domestic","UGA",1,"deception force document_retention",
"Telephone call only -> internet no. Born 2006, exploited from 2019 -> 13 -> minor yes. Domestic servitude -> forced_labour (open point, as heldout21/22). Caning -> force; baptism card kept -> document_retention; school promise -> deception.")

C("H24-034","TZA",2019,"""Labour Officer's inspection report, Kinondoni. A girl from Burundi, about 15, found working as a
house girl without pay. The employer's sister had befriended her on Facebook from Dar es Salaam while
she was in Bujumbura, promising school and a salary. The girl said the employer threatened her mother
in Burundi if she left. Matter referred to police; employer charged.""",
"yes","recruitment","social_media","Facebook","hunting","yes","forced_labour",1,"yes","female","cross_border","TZA BDI",1,"deception threat",
"'befriended her on Facebook' -> first contact by a person acting for the employer, hunting (C3/C13), recruitment. Sister in Dar es Salaam, girl in Bujumbura -> cyber_flow yes (C7). Only the employer charged -> 1. Year moved from the deck's 2003 to 2019 (Facebook). Domestic work -> forced_labour.")

C("H24-035","ISR",2006,"""Sentencing remarks, Tel Aviv-Jaffa District Court. The accused recruited five deaf men in Kharkiv,
meeting them at their association's club and promising them work selling goods in Israel. Here he
sent them each morning to junctions and shopping centres to hand out key rings and cards asking for
donations, and they had to return all the money in the evening. Two of his relatives stood nearby to
watch them during the day. The men slept eight to a room in a flat in Bat Yam and were fed bread and tinned food. The court notes that in nine months they received no payment at all, while the accused bought a car with the proceeds. The accused is sentenced to four years' imprisonment.""",
"no","","","","","no","forced_begging",5,"no","male","cross_border","ISR UKR",1,"deception other",
"In-person recruitment -> internet no. Asking for donations with cards = begging -> forced_begging. 'five deaf men' -> minor no. Relatives watching them -> other (surveillance). The relatives are not said to be charged -> offenders 1.")

C("H24-036","TZA",2016,"""Translated from Kiswahili. Judgment of the Resident Magistrate's Court. The first accused, the
victim's paternal uncle and guardian, and the second accused were charged with trafficking in persons
under the Anti-Trafficking in Persons Act, 2008. The victim, a woman aged 19, testified that her uncle
informed her that she had been given in marriage to the second accused, a man she had never met, and
that the bride price had already been agreed. Messages on WhatsApp between the two accused, produced in
evidence, showed them settling the number of cattle and the day on which she would be taken to the
second accused's home. The first accused kept her passport, which she had obtained to study abroad,
and told her that if she refused she would be cursed and driven from the family. The victim escaped
from the second accused's home after three weeks. The court finds both accused guilty.""",
"yes","logistics","messaging_app","WhatsApp","","no","forced_marriage",1,"no","female","unknown","",2,"document_retention threat",
"WhatsApp messages only between the two accused about bride price and date -> logistics (C14), no strategy, no parties in different countries -> cyber_flow no. No place or nationality named (court not located) -> border unknown (C8), countries empty. Woman aged 19 -> minor no. Passport kept -> document_retention; threat of curse and expulsion -> threat.")

C("H24-037","SEN",2009,"""Médiateur de la République, annual report 2009, chapter on Senegalese nationals abroad (extract).
Three women from Thiès and Mbour complained of the assistance given by the consular services in
Beirut. In 2008 a Senegalese woman had recruited them in person, promising work as shop assistants in
Lebanon; one of them had been courted by her brother, who said he would join her there. In Beirut they
were handed over to a Lebanese man who took them to clubs and made them go with customers. Their
families in Senegal received telephone calls from the recruiter telling them to keep quiet or the women
would be harmed. The women called the consulate repeatedly by telephone and were told to wait. They
were repatriated after five months with the help of a Lebanese NGO. The recruiter was convicted by the
Thiès regional court in 2009. The Médiateur recommended that the Ministry of Foreign Affairs set up an
emergency line at its consulates and a protocol for the identification of victims of trafficking.""",
"no","","","","","no","sexual_exploitation",3,"no","female","cross_border","SEN LBN",1,"deception threat",
"Recruitment in person, telephone calls only -> internet no. 'Three women' -> minor no. Threats to families -> threat; shop-work and courtship promises -> deception. Only the recruiter convicted -> 1.")

C("H24-038","IDN",2024,"""Denpasar District Court, judgment no. 412/Pid.Sus/2024/PN Dps (summary). The two accused, the
manager of a spa in Kuta and his wife, were found guilty of trafficking in persons under Law No. 21 of
2007 in respect of four Uzbek women working at the spa. The women's passports were not taken, but they
were never allowed to leave the premises unless accompanied by one of the accused's staff, and they were
made to provide sexual services to spa customers. One of the women sent her location and a voice
message on WhatsApp to a friend in Tashkent, who contacted the Uzbek consulate; the police raided the
spa the following day. Each accused was sentenced to five years' imprisonment.""",
"no","","","","","no","sexual_exploitation",4,"no","female","cross_border","IDN UZB",2,"other",
"The only internet use is a victim's WhatsApp message to a friend for help -> not coded (C3) -> internet no. Uzbek women in Bali -> cross_border (C8). Escort when leaving -> other. 'women' -> minor no.")

C("H24-039","TUN",2014,"""Reply of the Minister of Social Affairs to a written question of a member of the National
Constituent Assembly. Seven young people from Côte d'Ivoire, recruited by telephone by an Ivorian
intermediary on the promise of training as cooks, were found working without pay in two cafés in La
Marsa. They were locked in at night, watched by day and fined for mistakes. The two employers and the
intermediary have been prosecuted. The young people have been placed in a reception centre pending their voluntary return, and the labour inspectorate will step up checks in cafés and restaurants.""",
"no","","","","","no","forced_labour",7,"unknown","","cross_border","TUN CIV",3,"deception force other",
"Telephone only -> internet no. 'young people' -> minor unknown, sex empty. Locked in -> force; watched and fined -> other.")

C("H24-040","DNK",2008,"""Translated from Danish. Esbjerg District Court, judgment of 3 December 2008. The accused, the owner
of a fish-processing plant at the harbour, is convicted of trafficking in human beings (Criminal Code s.
262a) against three Polish nationals, one of them 17 years old. The accused had faxed a job offer to an
employment office in Szczecin and sent the workers contracts by post promising the Danish minimum wage.
On arrival they were told that they owed DKK 12,000 each for travel and lodging, which was deducted
from pay that in practice amounted to DKK 15 an hour. They filleted and packed fish for up to fourteen
hours a day. The accused told them that if they complained to anyone he would have them arrested for
theft. Sentence: one year and six months' imprisonment.""",
"no","","","","","no","forced_labour",3,"yes","","cross_border","DNK POL",1,"deception debt_bondage threat",
"Fax and post only -> internet no. One aged 17 -> minor yes. Sex not stated -> empty. Travel debt -> debt_bondage; threat of arrest -> threat.")
