from lib import C

C("H20-021","GHA",2023,"""High Court (Criminal Division), Ho, 2023. Human Trafficking Act, 2005 (Act 694), ss. 1-2.
A1 (F, 31), of Kpando, posted TikTok videos showing a 'good life abroad' and offering domestic-helper jobs in Oman
with free visa and flight. Seven women from the Volta Region replied to her posts in 2021 and were sent to Muscat
through A2 (M, 44), a travel agent in Accra, who processed visit visas. In Muscat the women were handed to
households, passports taken by the employers, confined to the houses, 18-hour days, no wages paid; A1 received
USD 1,500 per woman from a local office. Repatriated with help of the Ghana Embassy. A1 10 yrs IHL, A2 7 yrs IHL.""",
"yes","recruitment","social_media","TikTok","fishing","no","forced_labour",7,"no","female","cross_border",
"GHA OMN",2,"deception document_retention force",
"Job offers posted in TikTok videos, women replied -> recruitment, fishing (C13). Recruiter and victims all in Ghana when linked online -> cyber_flow no (C14). Confined to the houses -> force (judgement call: confinement = force). 'women' -> minor no.")

C("H20-022","KGZ",2020,"""The Bishkek court established that the accused, having taken two girls aged 16 and 18 from the
Kochkor district into a flat rented by him in Bishkek, where from July 2019 he compelled them by beatings to
provide sexual services to men found through his acquaintances, photographed them with the intention of placing
advertisements on an internet site, which intention he did not carry out because he was detained on 3 September
2019, and found him guilty under Article 171 of the Criminal Code.""",
"no","","","","","no","sexual_exploitation",2,"yes","female","domestic","KGZ",1,"force",
"Photographs taken with the intention of advertising on an internet site, never carried out -> not coded (C4). Girl aged 16 -> minor yes. Clients through acquaintances.")

C("H20-023","ISR",2010,"""Be'er Sheva DC, CrimC 41xx-03-09, verdict 17.05.2010. D1 (Isr. citizen, b. 1977), D2 (Ukr.
national, b. 1983, resident in Eilat). Counts: trafficking for prostitution (s. 377A(b) Penal Law), holding a
person under conditions of slavery (s. 375A), unlawful stay. 06-08.2008: D2, from Eilat, contacted 3 women in
Zaporizhzhia (aged 20-25) through VKontakte, offering hotel-cleaning jobs at USD 1,200/mo. Women flown to Sharm
el-Sheikh, smuggled across the Egypt-Israel border by Bedouin guides (not charged). In Eilat: flat rented by D1,
passports kept by D2, 'debt' of USD 8,000 each for travel; daily prostitution in flat 09.2008-02.2009. D1 9 yrs,
D2 7 yrs; compensation ILS 60,000 per complainant.""",
"yes","recruitment","social_media","VKontakte","hunting","yes","sexual_exploitation",3,"no","female","cross_border",
"ISR UKR EGY",2,"deception document_retention debt_bondage",
"'contacted 3 women ... through VKontakte' -> first contact, hunting (C13). D2 in Israel, women in Ukraine -> cyber_flow yes (C7). Egypt as transit listed. Guides not charged -> offenders 2 (C11). Aged 20-25 -> minor no.")

C("H20-024","MYS",2005,"""The Sessions Court in Muar convicted a husband and wife who ran a 'health centre' above a row of
shops in the town of exploiting six Indonesian women for prostitution under section 372 of the Penal Code, and of
offences under the Immigration Act. The women, from villages in West Nusa Tenggara, had been told by an agent in
Lombok that they would work as cleaners in Malaysia. The couple held their passports, told them that each owed
RM 3,500 for the agent's fee and the journey, and kept all the money paid by customers, who booked appointments
by SMS to a mobile number printed on the centre's name cards. The husband was sentenced to four years'
imprisonment and two strokes of the cane and the wife to three years.""",
"no","","","","","no","sexual_exploitation",6,"no","female","cross_border","MYS IDN",2,
"deception document_retention debt_bondage",
"Bookings by SMS to a number on printed cards -> phone/SMS only, internet no. Indonesian women -> cross_border. Agent in Lombok not charged -> offenders 2.")

C("H20-025","KAZ",2025,"""INDICTMENT. The accused A., born 1985, citizen of the Republic of Kazakhstan, acting by prior
agreement in a group with the accused B., born 1979, in the period from March to October 2024, while in the
city of Aktau, with the aim of exploitation, contacted through the messenger Viber nine male citizens of the
Republic of Uzbekistan residing in Nukus and other settlements of the Republic of Karakalpakstan, and offered them
work on construction sites in the Mangystau region with wages of 300,000 tenge per month, accommodation and
meals. Upon their arrival B. took their passports under the pretext of registration, lodged them in a
non-residential wagon at a site in the 29th microdistrict, and, threatening them with deportation and referring
to a debt for travel and food, compelled them to work 12 to 14 hours a day without pay. The above acts of A. and
B. constitute the criminal offence provided for in Article 128, part 2, paragraphs 1), 2) and 4) of the Criminal
Code of the Republic of Kazakhstan (trafficking in persons).""",
"yes","recruitment","messaging_app","Viber","hunting","yes","forced_labour",9,"no","male","cross_border","KAZ UZB",2,
"deception document_retention threat debt_bondage",
"'contacted through the messenger Viber' -> first contact, hunting, recruitment (C13). A. in Aktau, men in Uzbekistan -> cyber_flow yes (C7). 'male citizens' (adult workers, no minor suggested) -> minor no. Both accused counted (C11).")

C("H20-026","NPL",2015,"""The Chitwan District Court convicted the owner of a dance restaurant in Narayangarh and her
manager of human trafficking under the Human Trafficking and Transportation (Control) Act, 2007. Four girls aged
15 to 17 from villages in Makwanpur district had been brought to the restaurant by the manager, who had promised
them jobs as waitresses and a share of the tips. They were made to dance for customers and to go with men to
lodges nearby. The owner kept a printed photo album of the girls in the back room, which she showed to regular
customers so that they could choose. The girls were told they owed NPR 40,000 each for clothes and board. The
owner was sentenced to 15 years' imprisonment and the manager to 12 years, and each was fined NPR 200,000.""",
"no","","","","","no","sexual_exploitation",4,"yes","female","domestic","NPL",2,"deception debt_bondage",
"A printed photo album shown to customers in person -> no internet. Aged 15-17 -> minor yes. All in Nepal -> domestic.")

C("H20-027","KHM",2021,"""Closing order of the Investigating Judge, Banteay Meanchey Provincial Court, 2021. The accused
Sok, female, 39, residing in Poipet, and her husband Chan, 43, are charged with unlawful removal for the purpose
of cross-border transfer and with trafficking in persons under the Law on Suppression of Human Trafficking and
Sexual Exploitation (2008). Between January and August 2020 the accused Sok contacted, through the LINE
application, eleven men and boys from Prey Veng province, among them two boys aged 16 and 17, offering them work
on fishing boats in Thailand with a monthly wage of THB 9,000, and sent their photographs and identity cards
through LINE to a boat captain in Rayong, Thailand, who is not a party to these proceedings. The accused Chan led
the group across the border at night. On board the workers were made to work up to 20 hours a day; the captain
kept their documents and deducted a debt of THB 25,000 for the recruitment; those who protested were beaten.
The case is sent for trial.""",
"yes","recruitment","messaging_app","LINE","hunting","yes","forced_labour",11,"yes","male","cross_border","KHM THA",2,
"deception document_retention debt_bondage force",
"'contacted, through the LINE application' -> first contact, hunting, recruitment (C13). Photos and IDs sent over LINE to a partner offender in Thailand -> not advertising (C14) but cyber_flow yes (C7). Boys 16 and 17 -> minor yes. Two charged persons -> offenders 2 (C11).")

C("H20-028","KOR",2009,"""Uijeongbu Dist. Ct, 2009. D (M, 52), owner of a foreigners-only club in Paju. 5 Filipino women
on E-6-2 entertainer visas, recruited by an agency in Manila (not charged). Passports held by D; drink quotas with
fines deducted; 'bar fines' paid by customers to take the women out for sex. Monthly salary nominally KRW 900,000,
of which D sent part to the women's families through a remittance company in Itaewon; the rest withheld against
the agency's fee. Convicted: Act on the Punishment of Acts of Arranging Sexual Traffic, Immigration Control Act.
3 yrs.""",
"no","","","","","no","sexual_exploitation",5,"no","female","cross_border","KOR PHL",1,
"document_retention debt_bondage other",
"Money sent through a remittance company, no 'online' -> not internet (C1). Filipino women -> cross_border (C8). Fines deducted -> other (judgement call); fee withheld -> debt_bondage. No promise or lie stated -> no deception.")

C("H20-029","RUS",2017,"""The Sovetsky District Court of Lipetsk sentenced two local businessmen to five and four years in
a general-regime colony for the use of slave labour and trafficking in persons (Articles 127.2 and 127.1 of the
Criminal Code). Seven men from the Chui and Talas regions of Kyrgyzstan, who had responded from home to an offer
of greenhouse work that the first defendant posted in a Facebook group for Kyrgyz migrants, worked from April to
November 2016 in greenhouses near the city for food only. The second defendant kept their passports in his office
'to arrange registration', told them they owed 20,000 roubles each for their tickets and threatened to call the
migration police if they complained.""",
"yes","recruitment","social_media","Facebook","fishing","yes","forced_labour",7,"no","male","cross_border","RUS KGZ",2,
"deception document_retention debt_bondage threat",
"Offer posted in a Facebook group, men responded -> recruitment, fishing (C13). Poster in Russia, men responded from Kyrgyzstan -> cyber_flow yes (C7). Men -> minor no.")

C("H20-030","LVA",2009,"""The victim, who was 19 at the time, told the Riga Regional Court that in 2007 a man she knew from
her town of Rezekne offered her work in a fish-processing plant in Ireland, and that in Cork he and his girlfriend
took her passport and told her she must marry a third-country national who needed a residence permit, or pay back
EUR 3,000 for the journey. She said that before the trip he had taken photographs of her and said he would put
them on an internet dating site 'for foreigners', but, as the prosecutor confirmed, no such profile was ever
created. She went through the wedding ceremony and lived for four months in the man's flat, where he kept her
passport, before she escaped to the Latvian embassy. The court convicted both defendants of human trafficking
under Section 154.1 of the Criminal Law.""",
"no","","","","","no","forced_marriage",1,"no","female","cross_border","LVA IRL",2,
"deception document_retention threat debt_bondage",
"Dating-site profile only announced, never created -> not coded (C4). Sham marriage imposed under threat -> forced_marriage. Aged 19 -> minor no. Latvian victim moved to Ireland -> cross_border.")

C("H20-031","NGA",2025,"""When the five girls were rescued from a house in Abakaliki last year, the oldest was 17. Our
shelter has followed their case through the Federal High Court, which this month convicted their 'madam' and her
driver under the Trafficking in Persons (Prohibition) Enforcement and Administration Act. The girls came from
poor farming families in Ebonyi State and had been promised work as salesgirls and apprenticeships as hairdressers.
Instead, the madam photographed them and sent the photographs to a closed WhatsApp group of her regular clients,
men who would then ask for a girl by name; the driver took the girls to hotels and collected the money. The girls
were told they owed NGN 300,000 each for their 'training' and that their parents would be arrested if they ran
away. The madam received 14 years and the driver 7 years. We call on NAPTIP to follow the other members of that
group.""",
"yes","advertising","messaging_app","WhatsApp","hunting","no","sexual_exploitation",5,"yes","female","domestic",
"NGA",2,"deception debt_bondage threat abuse_of_vulnerability",
"Photos posted to a closed WhatsApp group of her regular clients -> offer to chosen buyers: advertising + hunting (C6; open point on closed client groups, judgement call taken with heldout12/18). Oldest 17 -> minor yes. Girls from poor farming families -> abuse_of_vulnerability.")

C("H20-032","KEN",2022,"""PRESS RELEASE, Office of the Director of Public Prosecutions, Nakuru. The High Court at Nakuru has
convicted the two directors of an unregistered domestic-worker bureau of trafficking in persons under the
Counter-Trafficking in Persons Act, 2010. The bureau ran a Facebook page on which it advertised 'house helps
available immediately' with photographs and ages of girls from Kakamega and Bungoma counties, and placed six girls
aged 14 to 16 with households in Nakuru and Naivasha that paid the bureau a placement fee and monthly 'wages'. The
girls, recruited from their parents with promises of schooling, received nothing and worked from five in the
morning until late at night. Each director was sentenced to 30 years' imprisonment or a fine of KES 30 million.
The ODPP thanks the Directorate of Children's Services.""",
"yes","advertising","social_media","Facebook","fishing","no","forced_labour",6,"yes","female","domestic","KEN",2,
"deception",
"No vulnerability factor stated -> no abuse_of_vulnerability. Facebook page offering the girls' labour to households -> advertising (ads for the labour of victims), fishing. Households are the buyers. Aged 14-16 -> minor yes. Recruitment from parents in person.")

C("H20-033","HUN",2013,"""The victim, who had grown up in a state children's home in Miskolc and was 20 when she met the
first defendant, told the court that he promised her she could keep half of what she earned working as a
prostitute in Switzerland. In Olten, she said, she stood on the street every night from 2011 to 2012; the first
defendant and his brother took all her money, beat her when she earned less than CHF 500 and threatened her
younger sister. She also said that she believed he had advertised her on a Swiss website, but the Miskolc
Regional Court found that her customers had come from the street and that no such advertisement could be traced.
Both defendants were convicted of trafficking in human beings and sentenced to six and four years.""",
"no","","","","","no","sexual_exploitation",1,"no","female","cross_border","HUN CHE",2,
"deception force threat abuse_of_vulnerability",
"Online advertising only believed by the victim and not found by the court -> not coded (C4). Aged 20 -> minor no. Care leaver -> abuse_of_vulnerability.")

C("H20-034","KEN",2008,"""The appellant was convicted by the Chief Magistrate's Court at Nakuru of three counts of
trafficking in persons for sexual exploitation under section 18 of the Sexual Offences Act, 2006, and was
sentenced to 15 years on each count, to run concurrently. It was not disputed before us that the appellant had
set up and operated an escort website offering 'companions' to visitors in Nakuru and Naivasha, and that the three
complainants, two Ugandan women and one Tanzanian woman, had been brought by him from Kampala and Arusha on the
promise of hotel jobs and were listed on the website with photographs and rates. The learned magistrate found
that he kept their passports and took all the money paid by customers who had answered the listings. The
appellant's complaint that the complainants were willing sex workers is without merit; consent is irrelevant
where deception is proved. The appeal is dismissed.""",
"yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",3,"no","female","cross_border",
"KEN UGA TZA",1,"deception document_retention",
"An escort website the appellant set up and ran -> freestanding_website (C2, C15), advertising, fishing (customers answered the listings). Foreign women -> cross_border. Unnamed site -> no platform name.")

C("H20-035","MAR",2018,"""Rejecting the appeal in cassation, the Court of Cassation observed that the trial and appeal judges
had established, without distorting the evidence, that the two accused had created and operated a website
presenting a fictitious employment agency, 'Atlas Emploi International', on which they published offers of jobs
as nannies and housekeepers in Saudi Arabia; that four women from Beni Mellal and Khouribga had applied through
the site and paid fees of MAD 8,000 each; that, once in Saudi Arabia, they were placed in households where their
passports were taken, they worked without rest and without the promised salaries, and were told that they still
owed the agency money; and that these facts constitute trafficking in human beings under Law 27-14. The sentences
of five years' imprisonment were therefore lawfully imposed.""",
"yes","recruitment","freestanding_website","Atlas Emploi International","fishing","no","forced_labour",4,"no","female",
"cross_border","MAR SAU",2,"deception document_retention debt_bondage",
"A bogus employment-agency website created and operated by the accused -> freestanding_website (C15), job offers published, women applied -> recruitment, fishing. Site run in Morocco for Moroccan applicants -> cyber_flow no. 'women' -> minor no.")

C("H20-036","BRA",2019,"""The appellants do not contest, before the Federal Regional Court of the 4th Region, that in 2018
they posted in a Facebook group for Brazilians seeking work abroad an offer of 'Portuguese-speaking customer
service' jobs in Cambodia, with salaries of USD 1,500; that five young men from Joinville and Blumenau who answered
were flown to Phnom Penh and taken to a guarded compound in Sihanoukville; or that the appellants had sent the
men's passports and photographs over WhatsApp to the compound's managers before their departure. Their appeal
rests on the argument that they did not know what awaited the men. The Court rejected it, noting the messages in
which the managers described the 'work' and the appellants' commission of USD 800 per man. In the compound the
men's passports were taken, they were told they owed USD 3,000 for the journey, and they were made to pose as
investors on WhatsApp and persuade Brazilians and Portuguese to deposit money in fake trading accounts, under
threat of beatings and of being 'sold' to another compound. The convictions under Article 149-A of the Penal Code
were upheld.""",
"yes","recruitment exploitation","social_media messaging_app","Facebook|WhatsApp","fishing","yes",
"forced_criminal_activity",5,"unknown","male","cross_border","BRA KHM",2,
"deception document_retention debt_bondage threat",
"Job offer posted in a Facebook group -> recruitment, fishing (C13). Victims forced to run online scams on WhatsApp -> exploitation (scheme). Passports sent over WhatsApp to partner offenders in Cambodia -> cyber_flow yes (C7/C14). 'young men' without ages -> minor unknown (open point, by analogy with C10's 'young women'). Forced scams -> forced_criminal_activity.")

C("H20-037","NOR",2016,"""INDICTMENT (translation). The Prosecuting Authority, Southern Buskerud Police District, hereby
indicts A, born 1969, Norwegian citizen, and B, born 1981, Thai citizen resident in Drammen, before Buskerud
District Court. I. Human trafficking, Penal Code (2005) section 257 first paragraph letter a, cf. section 258:
Both accused, acting jointly, by improper conduct and by exploiting a vulnerable situation, exploited four women,
aged between 24 and 38, for prostitution, or made arrangements for such exploitation, in that B, in the period
from autumn 2014 to spring 2015, while in Drammen, contacted the women through the LINE application in the
province of Nakhon Phanom, Thailand, and offered them work as masseuses with a monthly wage of NOK 25,000, upon
which A paid their travel to Norway on tourist visas. On arrival the women were lodged above the massage studios
operated by A in Drammen and Kongsberg, were told that each owed NOK 60,000 for travel and the visa, had their
passports taken by B, and were told to provide sexual services to customers who answered advertisements for
'Thai massage with extra service' that A published on the studios' own website. II. Promoting prostitution,
Penal Code section 315 first paragraph letter a: A, by operating the said studios and renting out rooms for
prostitution in the period from January 2015 to March 2016, promoted the prostitution of others. III. Breach of
the Immigration Act section 108: B, by employing foreign nationals without a work permit. The Prosecuting Authority
will request confiscation of NOK 1,250,000.""",
"yes","recruitment advertising","messaging_app freestanding_website","LINE","hunting fishing","yes",
"sexual_exploitation",4,"no","female","cross_border","NOR THA",2,
"deception abuse_of_vulnerability debt_bondage document_retention",
"B 'contacted the women through the LINE application' from Norway to Thailand -> hunting, recruitment, cyber_flow yes (C7, C13). Ads on the studios' own website -> freestanding_website (C15, a site the offenders ran), advertising, fishing. Aged 24-38 -> minor no. 'exploiting a vulnerable situation' -> abuse_of_vulnerability.")

C("H20-038","NZL",2008,"""A Motueka orchard contractor has been found guilty of dealing in slaves and of immigration
offences after a trial in the Nelson District Court that heard from eight Samoan men who pruned and picked apples
for him in 2006 and 2007. The men told the court they answered an advertisement in a Samoan newspaper promising
NZD 14 an hour, free housing and help with work visas. Once in New Zealand, the contractor took their passports,
charged each of them NZD 6,000 for the flights and visas, and deducted rent for a garage where they slept on the
floor. Most weeks they were left with less than NZD 50. 'We could not go home because he had our passports,' one
worker told the court. The contractor, who denied the charges, will be sentenced next month.""",
"no","","","","","no","forced_labour",8,"no","male","cross_border","NZL WSM",1,
"deception document_retention debt_bondage",
"Advertisement in a Samoan newspaper (print) -> not internet. Samoan men -> cross_border; 'men' -> minor no.")

C("H20-039","ZWE",2024,"""Gweru Regional Magistrates' Court, 2024, Trafficking in Persons Act [Chapter 9:25]. Three accused
convicted. Accused 1, the organiser, ran several Skype accounts from a house in Mkoba suburb and sent offers of
live sex shows by the women to men in the United Kingdom and South Africa who had been his customers before; the
shows were performed in front of a webcam. Accused 2 recruited four women from Gweru in person, promising them
work in a call centre, and brought them to the house. Accused 3 locked the house at night, watched the women
during the shows and collected the customers' payments through the online money-transfer service WorldRemit. The
women were given food and lodging but none of the money, and were told that if they left, the recordings of the
shows would be sent to their families. Sentences: 15, 12 and 10 years.""",
"yes","exploitation advertising","webcam_livestream messaging_app unspecified","Skype|WorldRemit","hunting","yes",
"sexual_exploitation",4,"no","female","cross_border","ZWE GBR ZAF",3,"deception force threat",
"Webcam shows sold live -> exploitation, webcam_livestream. Offers of the shows sent over Skype to chosen former customers -> advertising + hunting (C6), Skype chat = messaging_app (scheme list). WorldRemit online transfers -> C1 unspecified; logistics not added since other purposes apply. Victims in Zimbabwe, buyers in UK and South Africa -> cross_border, cyber_flow yes (C9). Locked in at night -> force.")

C("H20-040","CHE",2021,"""Sentenced in 2021 to 30 months, partly suspended, by the Regional Court of
Emmental-Oberaargau: a farmer near Burgdorf. Two Hungarian women had fled his farm in 2020 after a year of
unpaid field work, threats and sleeping in a barn. They had come in 2019 after hearing his offer of well-paid
vegetable-picking work advertised on a local radio station in Nyiregyhaza.""",
"no","","","","","no","forced_labour",2,"no","female","cross_border","CHE HUN",1,"deception threat",
"Offer advertised on a local radio station -> not internet. Hungarian women in Switzerland -> cross_border. 'women' -> minor no.")
