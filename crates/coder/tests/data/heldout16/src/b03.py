from lib import C

C("H16-041","USA",2005,"""SEATTLE - A federal jury in Seattle today convicted a Bellevue man of forced labor, document
servitude and visa fraud in connection with a woman he brought from Belarus through an international introduction
website he owned and operated. Evidence at trial showed that Gregory P. Haldane, 49, ran SlavicHearts.com, where
women from Eastern Europe could post profiles for American men to browse. In 2002 Haldane chose the profile of a
24-year-old woman from Gomel and wrote to her, and the two corresponded by e-mail for several months before he
travelled to Minsk and proposed. After she arrived on a fiance visa and they married in 2003, Haldane took her
passport and immigration papers, forbade her to leave the house without him, and made her clean his rental
properties and care for his elderly mother without pay for up to fourteen hours a day. He told her that if she
complained she would be deported and never see her son again, and on several occasions he struck her. She escaped to
a women's shelter in 2004. Sentencing is set for September.""",
"yes","recruitment","freestanding_website email","SlavicHearts.com","hunting","yes","forced_labour",1,
"no","female","cross_border","USA BLR",1,"deception document_retention threat force",
"Site owned and operated by the defendant, an introduction agency -> freestanding_website (C15). He chose her profile and 'wrote to her' -> hunting (C5: answered the victim's own post/profile). E-mail between USA and Belarus -> cyber_flow yes (C7). Woman aged 24 -> minor no. Form coded from the exploitation (unpaid domestic and cleaning work) -> forced_labour; the marriage was the means of bringing her (judgement call).")

C("H16-042","GBR",2022,"""HM Advocate v T.V.N. and D.H.P., High Court of Justiciary at Glasgow. The two accused were
convicted after trial of human trafficking offences under section 1 of the Human Trafficking and Exploitation
(Scotland) Act 2015 and of being concerned in the production of cannabis. The Crown alleged, and the jury accepted,
that two boys from Nghe An province, aged 16 and 17 when they were found, were brought to Scotland in 2020 in the
back of a lorry via northern France, having been told at home that they would work in a nail bar and repay a debt of
GBP 20,000 each for the journey. Instead they were installed in a semi-detached house in East Kilbride, where every
room had been converted to grow cannabis. The doors were locked from the outside, the windows boarded, and food was
brought twice a week. The accused told the boys that their families in Viet Nam would be harmed if the plants were
damaged or if they went to the police. Police forced entry after neighbours reported a smell and a hum from the
property. The accused kept in touch with the boys only by a basic mobile phone left in the house. Lord Armstrong
imposed sentences of eight and six years.""",
"no","","","","","no","forced_criminal_activity",2,"yes","male","cross_border","GBR VNM FRA",2,
"deception debt_bondage force threat",
"No internet (basic mobile phone). Origin by province Nghe An -> VNM; transit France -> FRA. Boys aged 16-17 -> minor yes. Cannabis cultivation -> forced_criminal_activity. Locked in -> force (judgement call).")

C("H16-043","MYS",2018,"""Sessions Court, Kota Bharu. Both accused were convicted under section 12 of the Anti-Trafficking
in Persons and Anti-Smuggling of Migrants Act 2007 of trafficking in a child for the purpose of exploitation and
sentenced to nine years' imprisonment and three strokes of the rotan. The prosecution adduced evidence that in June
2017 the first accused added the victim, a Form Two pupil living in Sungai Kolok, as a friend on Facebook and then
promised her work as a waitress in a restaurant in Kota Bharu at RM 1,500 a month. He brought her across the river
by boat without passing through immigration. At a karaoke centre owned by the second accused she was made to sit with
customers and to have sex with them in rooms upstairs, and was told that her family would be reported to the
authorities in Thailand if she ran away. The victim was rescued during a raid by the Anti-Trafficking Unit. The
defence that the victim had represented herself to be an adult was rejected in view of her school records.""",
"yes","recruitment","social_media","Facebook","hunting","yes","sexual_exploitation",1,"yes","female",
"cross_border","MYS THA",2,"deception threat",
"'added the victim as a friend on Facebook' -> first contact, hunting (C13), recruitment. Offender in Malaysia, victim in Sungai Kolok (Thailand) -> cyber_flow yes (C7). Form Two pupil + 'a child' charge -> minor yes (C10). Nationality told by hometown -> THA (C8).")

C("H16-044","AUT",2016,"""The Regional Court for Criminal Matters in Vienna (Landesgericht fur Strafsachen Wien), sitting as
a lay-assessor court, sentenced two brothers to four years and to three years and six months for trafficking in human
beings and cross-border prostitution trafficking (sections 104a and 217 of the Criminal Code). Three women from
Nyiregyhaza were brought to Vienna in 2014; one of them was a juvenile. They had been promised cleaning work. The
brothers placed advertisements for "sex with Hungarian girls" with the women's pictures on an online classifieds
platform and gave customers a telephone number; appointments were confirmed by SMS. The women worked in a flat in
Favoriten and on the street in the outskirts of the city, had to hand over all earnings and were slapped and kicked
when they refused customers. Both brothers knew that the women were illiterate and had never left their hometown
before. The court considered the confessions of the younger brother as a mitigating factor.""",
"yes","advertising","classified_ads","","fishing","no","sexual_exploitation",3,"yes","female","cross_border",
"AUT HUN",2,"deception force abuse_of_vulnerability",
"Ads on 'an online classifieds platform' -> classified_ads (C2), advertising, fishing. Hometown Nyiregyhaza -> HUN, cross_border (C8). 'a juvenile' -> minor yes (C10). The ad's wording 'girls' is not used to decide age.")

C("H16-045","PRT",2019,"""Judicial Court of the District of Beja (Juizo Central Criminal). The collective court convicted
two managers of an agricultural services company and a foreman of trafficking in persons for labour exploitation
(article 160 of the Penal Code). According to the facts proven, a recruiter in Kathmandu working for the company
contacted the victims, more than 20 men from rural districts of Nepal, on Viber in 2017, promising greenhouse work in
the Alentejo at the minimum wage with free housing. He e-mailed scans of their passports and the required number of
workers to the company in Portugal. Each man paid between EUR 4,000 and EUR 8,000 for the journey, part of it lent by
the company, and the loans were then deducted from their wages at high interest. In Odemira the men lived in
containers, worked picking raspberries seven days a week and had their passports held by the foreman, who threatened
to have them arrested if they went to the Foreigners and Borders Service. The recruiter was not tried. Sentences
ranged from three years suspended to seven years.""",
"yes","recruitment","messaging_app email","Viber","hunting","yes","forced_labour",20,"no","male",
"cross_border","PRT NPL",3,"deception debt_bondage document_retention threat",
"Recruiter (acting for the company, not tried, C11) 'contacted' the men on Viber -> hunting, recruitment (C13). E-mails recruiter (NPL) -> company (PRT) = offender-to-offender across countries -> cyber_flow yes (C7/C14). 'more than 20' -> 20 (C16). Loans from the company -> debt_bondage.")

C("H16-046","CHE",2017,"""Zurich District Court (Bezirksgericht Zurich). The accused, a Swiss woman of Thai origin who ran
two apartment studios in Zurich and Bern, and her husband were found guilty of trafficking in human beings, promotion
of prostitution and violations of the Foreign Nationals Act. The court found that between 2013 and 2016 twelve women
from northeastern Thailand were brought to Switzerland by an acquaintance of the accused in Bangkok, who chatted with
the accused on LINE about which women to send and when. Each woman arrived owing CHF 30,000. The accused advertised
the women on a Swiss erotic advertising portal with photos and tariffs, kept 50 per cent of the earnings as "rent"
and applied the rest to the debt. Passports were kept by the husband. The women were permitted to leave the studios
only with the accused's permission. The accused was sentenced to four years and her husband to 24 months, suspended.
The acquaintance in Bangkok could not be prosecuted.""",
"yes","advertising","freestanding_website messaging_app","LINE","fishing","yes","sexual_exploitation",12,"no","female",
"cross_border","CHE THA",2,"debt_bondage document_retention",
"Ads on 'a Swiss erotic advertising portal' -> erotic/sex site -> freestanding_website (C2), advertising, fishing. LINE chats accused (CHE) <-> acquaintance (THA) = offender-to-offender -> cyber_flow yes (C7/C14), no strategy from them (C13 'chatted'). 'women' -> minor no. Movement restricted only by permission: not coded force (judgement call).")

C("H16-047","FIN",2021,"""The Helsinki District Court (Helsingin karajaoikeus) convicted the owner of an Indian-Nepalese
restaurant in Kallio of trafficking in human beings and of extortionate work discrimination, and sentenced him to two
years and ten months in prison. The two victims, cooks from the Kaski district of Nepal, had been employed through the
owner's cousin in Pokhara, who collected a recruitment fee of EUR 10,000 from each and arranged their residence
permits on the basis of contracts stating a monthly salary of EUR 2,300. In practice they worked from 9 am to
midnight six or seven days a week, were paid about EUR 500 a month in cash and had to give back part of the salary
paid into their accounts. They lived in a room behind the kitchen. The owner kept their passports and told them that
their permits would be cancelled if they complained. The court found that the victims' dependence on the owner for
their residence status had been exploited.""",
"no","","","","","no","forced_labour",2,"unknown","","cross_border","FIN NPL",1,
"deception document_retention threat abuse_of_vulnerability",
"No internet mentioned. Kaski district -> NPL, cross_border (C8). Victims called only 'cooks' -> victim_sex empty, minor unknown (C10). Fee paid to the cousin: no debt to the exploiter stated -> no debt_bondage (judgement call). Cousin not charged (C11).")

C("H16-048","BHR",2019,"""The High Criminal Court in Manama sentenced three Asian men to seven years' imprisonment each
and deportation after their conviction for human trafficking and for running a place of prostitution. According to
the Public Prosecution, the defendants brought four women from Tashkent to Bahrain in 2018 with promises of work as
beauticians. Their passports were taken at the airport, and they were told that they must pay back BD 1,500 each for
visas and tickets. The first defendant ran an Instagram account advertising "home massage" with the women's photos,
and customers who messaged the account were given an address in Juffair. Customers paid in cash or through
BenefitPay to the second defendant's number. The defendants claimed that the women had come to Bahrain on their own
to work as masseuses, but the court relied on the women's testimony and on the payment records, which showed
transfers to the second defendant on the days of the visits. The Anti-Trafficking Directorate arrested the men after monitoring the
account. The court ordered the confiscation of the proceeds and the phones used.""",
"yes","advertising","social_media unspecified","Instagram|BenefitPay","fishing","no","sexual_exploitation",4,"no",
"female","cross_border","BHR UZB",3,"deception document_retention debt_bondage",
"Instagram account advertising the women, customers wrote to it -> advertising, fishing. BenefitPay -> unspecified, name kept (C1). Police monitoring not coded (C3). Hometown Tashkent -> UZB (C8). 'women' -> minor no.")

C("H16-049","PER",2015,"""The Collegiate Criminal Court of Madre de Dios convicted a woman who ran a bar in the La Pampa
mining zone and her partner of aggravated trafficking in persons. The five victims, adolescent girls aged between 14
and 17 from Cusco and Juliaca, had answered handwritten notices posted at bus terminals and announcements on a local
radio station offering jobs as kitchen helpers with high pay. They were taken by bus to Puerto Maldonado and then by
motorcycle to the bar, where they were made to serve beer to miners and to have sex with them. They were told that
they owed the cost of the journey and their clothes and could not leave until it was paid. The bar was inside the
mining camp, several hours from any town, and the girls had no money and no phones. They were rescued in an operation
of the Public Ministry and the police. Sentences of 25 and 18 years were imposed.""",
"no","","","","","no","sexual_exploitation",5,"yes","female","domestic","PER",2,
"deception debt_bondage abuse_of_vulnerability",
"Handwritten notices and radio -> internet no. Cusco/Juliaca to Madre de Dios -> domestic (C8). Aged 14-17 -> minor yes. Isolation in remote camp -> abuse_of_vulnerability (judgement call).")

C("H16-050","SEN",2020,"""The Tribunal de grande instance of Dakar sentenced a Koranic teacher to five years' imprisonment,
three of them suspended, for trafficking in persons and endangering minors under Law No. 2005-06. The court found
that the teacher kept twenty-seven boys aged between 5 and 14 in a half-built house in Guediawaye, most of them
brought from villages in the Gabu region, and sent them to beg in the streets every day with a quota of 500 francs
and a measure of rice and sugar. Boys who returned with less were chained or beaten with electric cable. Several
had untreated wounds. The boys had no schooling other than a few hours of recitation.""",
"no","","","","","no","forced_begging",27,"yes","male","cross_border","SEN GNB",1,"force abuse_of_vulnerability",
"No internet. Gabu region -> Guinea-Bissau -> GNB; 'most of them' brought from there -> cross_border (C8: any foreign victim). Boys 5-14 -> minor yes. Chained/beaten -> force; children in his charge -> abuse_of_vulnerability (judgement call).")

C("H16-051","SGP",2023,"""The accused, a 44-year-old Singaporean man, was sentenced in the State Courts to six years and
two months' imprisonment after pleading guilty to three charges of trafficking in persons under the Prevention of
Human Trafficking Act 2014, with other charges taken into consideration. According to the statement of facts, an
agent in Ho Chi Minh City, who remains at large, approached the three victims on Facebook in 2021 and told them they
could work as waitresses in Singapore and earn SGD 4,000 a month. The agent sent the victims' photographs to the
accused on Telegram, and the accused paid for their air tickets. On arrival the accused took their passports and told
them each that they owed SGD 7,000. He posted advertisements for them on Locanto and on another listing site and
arranged appointments in a rented flat in Geylang. The victims, Vietnamese women aged 21, 23 and 26, were not allowed
out without him. The prosecution sought a deterrent sentence, noting that the accused had targeted women with debts at
home.""",
"yes","recruitment advertising","social_media messaging_app classified_ads","Facebook|Telegram|Locanto",
"hunting fishing","yes","sexual_exploitation",3,"no","female","cross_border","SGP VNM",1,
"deception document_retention debt_bondage abuse_of_vulnerability",
"Agent (acting for the offender, not charged C11) 'approached' the victims on Facebook -> hunting, recruitment. Photos sent by Telegram agent (VNM) -> accused (SGP) = offender-to-offender (C14) -> cyber_flow yes (C7). Locanto and 'another listing site' -> classified_ads, fishing. Aged 21-26 -> minor no.")

C("H16-052","CZE",2010,"""Regional Court in Plzen (Krajsky soud v Plzni). The court convicted two men of trafficking in
persons (section 232a of the Criminal Code) and of procuring, with sentences of eight and five years. Four women, one
of them a 16-year-old from Kosice in Slovakia and the others from towns in the Tachov district, were made to solicit
along the main road towards the German border and in a roadside bar in 2008 and 2009. The accused supplied them with
methamphetamine, on which they became dependent, and then withheld it until they had earned a daily sum. They were
beaten when they tried to keep money. The younger accused drove the women and kept watch on them from his car. The court found that the accused had used the women's addiction to control them. The defence argued that the
women had engaged in prostitution before they met the accused and had stayed of their own free will. The court
answered that a person who is made dependent on a drug and then rationed is not free to choose, and that the age of
the Slovak girl alone made her consent irrelevant. The car used to transport the women was forfeited.""",
"no","","","","","no","sexual_exploitation",4,"yes","female","cross_border","CZE SVK",2,
"drugs force abuse_of_vulnerability",
"No internet. One victim from Kosice, Slovakia -> cross_border (C8: any foreign victim). 16-year-old -> minor yes. Drug dependence created and used -> drugs, abuse_of_vulnerability.")

C("H16-053","GRC",2017,"""Three-Member Court of Appeal for Felonies of Athens. On appeal, the court upheld the conviction of
three defendants for trafficking in human beings (article 323A of the Penal Code) and reduced the sentence of the
third. The facts as found: in 2014 the defendants brought three women from Kutaisi and Rustavi to Athens, promising
them jobs in a hotel on Crete. In Athens they were placed in two apartments near Victoria Square and told that they
owed EUR 4,000 each. The first defendant published advertisements with their photographs on an online classifieds
platform in the personal services section and arranged visits with customers through Viber. The women were threatened
that their relatives in Georgia would be told they were prostitutes if they did not obey. The Court of Appeal held
that the women's agreement to travel could not be taken as consent to their exploitation, since it had been obtained
by deception about the work, and reduced the third defendant's sentence from eleven to eight years because his role
had been limited to collecting money from the apartments.""",
"yes","advertising","classified_ads messaging_app","Viber","fishing","no","sexual_exploitation",3,"no","female",
"cross_border","GRC GEO",3,"deception debt_bondage threat",
"Ads on 'an online classifieds platform' -> classified_ads (C2), fishing; Viber used with customers -> messaging_app, purpose stays advertising (logistics only when nothing else applies). Hometowns Kutaisi, Rustavi -> GEO (C8). 'women' -> minor no.")

C("H16-054","MDA",2014,"""The Chisinau District Court, Centru office, convicted the two defendants of trafficking in human
beings (article 165 of the Criminal Code) and trafficking in children (article 206). The first defendant, a woman
living in Istanbul, was tried in absentia. The court established that in 2012 she wrote to two women from the Orhei
district through the social network Odnoklassniki, offering them work as sales assistants in a clothing shop in
Istanbul for USD 800 a month. The second defendant, in Chisinau, bought their bus tickets and accompanied them to
Turkey. One of the victims was born in 1995. In Istanbul their passports were taken and they were locked in a flat in
Aksaray and forced to provide sexual services; they were beaten when they refused. One victim managed to call her
mother, who alerted the police. Sentences of 12 and 9 years were imposed.""",
"yes","recruitment","social_media","Odnoklassniki","hunting","yes","sexual_exploitation",2,"yes","female",
"cross_border","MDA TUR",2,"deception document_retention force",
"'wrote to' the women on a social network -> hunting (C13), social_media (C2). Offender in Istanbul writing to women in Moldova -> cyber_flow yes (C7). Defendant tried in absentia counted (C11). Born 1995, offence 2012 -> 17 -> minor yes. Mother's call to police not coded (C3).")

C("H16-055","CHL",2018,"""The Oral Criminal Trial Court of Santiago (Cuarto Tribunal de Juicio Oral en lo Penal) convicted
the owner of a restaurant in the commune of Estacion Central and his brother of trafficking in migrants for labour
exploitation (article 411 quater of the Penal Code). The owner had posted on his WeChat Moments, in 2016, offers of
kitchen work in Chile with a salary of USD 1,500 and free lodging. Six people from Fuqing, five men and one woman,
replied and were helped to obtain tourist visas. On arrival the brother took their passports, they worked fourteen
hours a day for a fraction of the promised pay, slept above the restaurant and were told that they owed USD 12,000 each
for the trip. The owner warned them that the police would deport them if they went out alone. The prosecution relied
on WeChat messages recovered from the owner's telephone. The brother argued that he had kept the passports for
safekeeping at the workers' own request; the tribunal did not accept this, as none of the workers had been able to
obtain them when they asked, and found that the brothers had acted together from the start.""",
"yes","recruitment","messaging_app","WeChat","fishing","yes","forced_labour",6,"no","male female",
"cross_border","CHL CHN",2,"deception document_retention debt_bondage threat",
"Job offers posted on WeChat Moments and answered -> recruitment, fishing (C13); WeChat -> messaging_app (scheme list). Owner in Chile, respondents in Fuqing -> cyber_flow yes (C7). 'five men and one woman' -> minor no (C10).")

C("H16-056","EGY",2012,"""The South Cairo Criminal Court convicted four defendants, two brokers, a physician and a nurse
working at a private clinic in Giza, of human trafficking for the purpose of organ removal under Law No. 64 of 2010
and of violations of the Organ Transplant Law. Six Sudanese men living in poverty in Cairo had been persuaded by the
brokers in 2010 and 2011 to sell a kidney for USD 5,000 each, of which they were later paid only a small part. One of
the brokers ran a Facebook page offering kidneys for transplant, and recipients from Kuwait and Saudi Arabia
contacted him through it. After the operations the men were left in a flat without aftercare and were threatened
with the police if they complained. The physician argued that he had believed the donors were relatives of the recipients, as stated in consent
forms that turned out to be forged. The court found that he had operated on several of the men within days of each
other, for recipients brought by the same broker, and could not have believed this. The court imposed sentences of
between seven and fifteen years' imprisonment.""",
"yes","advertising","social_media","Facebook","fishing","yes","organ_removal",6,"no","male","cross_border",
"EGY SDN KWT SAU",4,"deception abuse_of_vulnerability threat",
"Facebook page offering kidneys (the victims' exploitation) to recipients who contacted it -> advertising, fishing (judgement call: organs offered = exploitation offered). Broker in Egypt, recipients from Kuwait/Saudi Arabia -> cyber_flow yes (C7). Sudanese men in Egypt -> cross_border (C8). 'men' -> minor no.")

C("H16-057","NPL",2016,"""The Kathmandu District Court convicted two defendants under sections 3 and 4 of the Human
Trafficking and Transportation (Control) Act, 2064 (2007) and sentenced each to 20 years' imprisonment and a fine of
Rs 200,000. The victim, 16 years old, lived with her family in a temporary shelter in Sindhupalchok after the
earthquake of April 2015. The first defendant, a Nepali man who worked in Delhi, sent her a friend request on
Facebook in June 2015, chatted with her daily and promised to marry her. His sister, the second defendant, met the
victim in Kathmandu and took her by bus to the border at Bhairahawa and then to Delhi, where she was sold to a brothel
in the G.B. Road area. The victim was rescued by the Delhi police with the help of an NGO and repatriated after seven
months. The defence argued that she had gone to India of her own will to marry the first defendant. The court held
that the consent of a child is immaterial under the Act, and that the promise of marriage had been a pretext, since
the first defendant was already married in Delhi.""",
"yes","recruitment","social_media","Facebook","hunting","yes","sexual_exploitation",1,"yes","female",
"cross_border","NPL IND",2,"deception abuse_of_vulnerability",
"'sent her a friend request' -> first contact, hunting (C13). Offender working in Delhi writing to the victim in Nepal -> cyber_flow yes (C7). Displaced by earthquake -> abuse_of_vulnerability (judgement call). 16 -> minor yes.")

C("H16-058","KWT",2010,"""The Court of First Instance in Kuwait City convicted the owner of a cleaning company, his
Egyptian manager and a Bangladeshi supervisor of human trafficking-related offences and of violations of the
residence law. More than 40 men from Bangladesh had each paid between KD 1,500 and KD 2,000 for work visas for the
company in 2008. On arrival they were given no work for months, then hired out to clients at low rates, with the
company keeping most of the money and deducting the visa "debt" from their pay. Their passports were held at the
company office. Workers who protested were told that they would be reported as absconders and deported. The workers
went on strike and were found by the Public Authority for Manpower. The defendants argued that the workers had bought
the visas freely from brokers and that the company had done nothing but employ them. The court held that the sale of
visas for which the company had no work, followed by hiring the workers out against a debt, was exploitation of
persons in a position of need. Sentences of three years were imposed on each defendant.""",
"no","","","","","no","forced_labour",40,"no","male","cross_border","KWT BGD",3,
"deception debt_bondage document_retention threat",
"No internet. 'More than 40' -> 40 (C16). Visa debt deducted by the company -> debt_bondage. Offenders' nationalities (Egyptian, Bangladeshi) are not places -> not in countries beyond the victims' origin (judgement call). 'men' -> minor no.")

C("H16-059","ETH",2018,"""The Federal High Court, Hawassa Bench, convicted three defendants of trafficking in persons and
smuggling of migrants under Proclamation No. 909/2015. The prosecution proved that in 2016 the defendants, working
as a network, recruited twenty-nine young men from the Hadiya and Kembata zones by promising well-paid jobs in South
Africa for a fee of ETB 80,000, payable in instalments after arrival. The group was moved by truck through Moyale to
Kenya and then through Tanzania. In Malawi the young men were held on a farm near Mzuzu, made to work in the fields
under guard and told they would be released only when their families had paid the balance. Two who tried to escape
were beaten. Contact between the brokers and with the families was by mobile phone. Eleven of the men eventually
reached South Africa; the others were intercepted in Malawi and repatriated.""",
"no","","","","","no","forced_labour",29,"unknown","male","cross_border","ETH KEN TZA MWI ZAF",3,
"deception debt_bondage force",
"Mobile phone only -> internet no. 'young men' with no ages -> minor unknown (C10 by analogy to 'young women'). Held until the balance was paid, working under guard -> forced_labour, debt_bondage (judgement call).")

C("H16-060","HRV",2023,"""Zagreb County Court (Zupanijski sud u Zagrebu). The court found the two accused, the director of a
Croatian employment agency and his Filipina partner, guilty of trafficking in human beings under article 106 of the
Criminal Code. The accused created and ran a website in English presenting the agency as a licensed European
placement firm, with vacancies for hotel staff, welders and carers in Croatia and application forms. In 2021 and 2022
eighteen workers from the Philippines, twelve men and six women, applied through the site and paid placement fees of
up to EUR 3,000, most of them after borrowing from the agency at interest. In Croatia they were sent to a fish
processing plant and to construction sites at wages far below the contracts, their passports were kept by the agency
"for permits", and they were told that the agency would cancel their residence permits if they changed employer or
complained. Sentences of five and three years were imposed.""",
"yes","recruitment","freestanding_website","","fishing","yes","forced_labour",18,"no","male female","cross_border",
"HRV PHL",2,"deception debt_bondage document_retention threat",
"Bogus agency website created and run by the offenders -> freestanding_website (C15), recruitment, fishing. Site run from Croatia, applications from the Philippines -> cyber_flow yes (C7). Fees borrowed from the agency -> debt_bondage. 'twelve men and six women' -> minor no.")
