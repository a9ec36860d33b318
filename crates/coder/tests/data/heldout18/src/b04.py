from lib import C

C("H18-061","ECU",2012,"""IBARRA - The Criminal Court of Guarantees of Imbabura on Wednesday sentenced the owner and the administrator of
a nightclub on the Pan-American highway outside Ibarra to eight years in prison for trafficking five Colombian women,
one of them a 16-year-old, for sexual exploitation. According to the prosecution, the women were recruited in Pasto and
Ipiales in 2010 with offers of work as waitresses, were driven across the Rumichaca bridge and, on arrival, had their
identity documents taken and were told they owed 800 dollars each for the trip and their 'work clothes'. They were
required to drink with customers and to go with them to rooms behind the club. The prosecution also alleged that the
owner had promoted the women on a Facebook page bearing the club's name, but the court found that the page had been
created and run by a former employee and that there was no evidence that either defendant had posted or approved the
photographs, and it excluded that allegation. The defence announced an appeal. The women were placed in the care of a
shelter run by a religious order in Quito before their return to Colombia.""",
"no","","","","","no","sexual_exploitation",5,"yes","female",
"cross_border","ECU COL",2,"deception document_retention debt_bondage",
"Facebook promotion alleged but not proved against the defendants; page run by a former employee -> not coded (C4 negation; C3 not the defendants' act). Colombian women -> cross_border. One 16-year-old -> minor yes. Quito shelter not a place of exploitation -> not listed.")

C("H18-062","LKA",2018,"""High Court of Badulla, HC 77/2017, judgment delivered 2018. The eight complainants - five women and three
men from Bandarawela and Welimada - were repatriated from Johor Bahru in March 2016 with the assistance of the Sri
Lankan High Commission, having worked for nine months in a plastics-packaging factory without wages. Their passports had
been held by the factory's supervisor, who told them they owed the cost of their visas and airfare. Their path there
began in August 2015 with a post on a Facebook page managed by the first accused, a sub-agent from Bandarawela, offering
'garment factory jobs in Malaysia, salary Rs 90,000, free food and lodging'. Each complainant contacted the page and
paid the first accused and his wife, the second accused, Rs 150,000. The accused then arranged tourist visas, telling
them that work permits would be issued on arrival. When one complainant's father demanded that his son be brought back,
the first accused warned him to keep quiet 'if he wanted to see his son alive'. Both accused were convicted under
section 360C of the Penal Code.""",
"yes","recruitment","social_media","Facebook","fishing","no","forced_labour",8,"no","female male",
"cross_border","LKA MYS",2,"deception document_retention debt_bondage threat",
"Job offer posted on a Facebook page managed by the first accused; victims contacted the page -> recruitment, fishing (C5). Accused and victims in Sri Lanka -> cyber_flow no. 'women and men' -> minor no. Threat to the father counts as threat.")

C("H18-063","LUX",2019,"""Tribunal d'arrondissement de Diekirch, criminal chamber - sentencing. Madam, sir: you run a restaurant in
Ettelbruck. In 2017 you published on your restaurant's Instagram account, for your followers in Brazil, an offer of
'kitchen and service jobs in Luxembourg, with housing and help with papers'. Three young Brazilian men from Governador
Valadares answered and came. You kept their passports in your office, lodged them in the restaurant's cellar, made them
work seventy to eighty hours a week and paid them 400 euros a month, saying the rest repaid their flights. They had no
papers and no French, and you knew it. Work of that kind, under those conditions, is forced labour, and this court
convicts you both of trafficking in human beings. Sir, you will serve four years, two of them suspended; madam, three
years, suspended in full. You will pay each victim 15,000 euros.""",
"yes","recruitment","social_media","Instagram","fishing","yes","forced_labour",3,"unknown","male",
"cross_border","LUX BRA",2,"deception document_retention debt_bondage abuse_of_vulnerability",
"Job offer published on Instagram from Luxembourg, answered by men in Brazil -> recruitment, fishing, cyber_flow yes (C7). 'young ... men' without ages -> minor unknown (open point, by analogy with C10). Two defendants sentenced.")

C("H18-064","GBR",2012,"""R v D (Crown Court at Truro), 2012 - summary for case database. D, m, b. 1961, Newquay. Pleaded guilty
to arranging/facilitating the commission of child sex offences and to making indecent images. 2010-11: D met F (adult
female, Bacolod City, PH; not before the UK court) in an adult chat room; from then on paid F by PayPal to show three
girls, C1 (8 yrs), C2 (11) and C3 (13), during live Skype video calls in which he directed sexual acts; c. 40 sessions
identified. Arrangements agreed in Skype chat. F arrested by PNP/NBI; C1-C3 in DSWD care. Sentence: 8 yrs imprisonment,
SHPO.""",
"yes","exploitation","webcam_livestream messaging_app unspecified","Skype|PayPal","","yes","sexual_exploitation",3,"yes","female",
"cross_border","GBR PHL",1,"",
"Live Skype video calls of abuse paid from the UK -> exploitation, webcam_livestream; Skype chat -> messaging_app; PayPal -> unspecified (C1), logistics not added. 'met ... in an adult chat room' -> no strategy (C13). Children in PHL, buyer in GBR -> cross_border, cyber_flow yes (C9). F not before the court -> offenders 1 (C11). No means described -> empty.")

C("H18-065","UKR",2004,"""KHERSON - A court in Kherson region has sentenced a farming couple from a village in Bilozerka district to
five and four years in prison for keeping a woman with a mild intellectual disability as an unpaid servant for almost
six years. The woman, now 34, is the wife's cousin. In 1998 the couple collected her from her widowed mother's home in
Khmelnytskyi region, promising that she would be 'looked after and paid'. Instead, prosecutors said, she cooked, cleaned,
fed the pigs and worked in the couple's vegetable plots from dawn, slept in a summer kitchen and was beaten when she made
mistakes. The couple kept her passport and pension card. A neighbour alerted the local police in 2003.""",
"no","","","","","no","forced_labour",1,"no","female",
"domestic","UKR",2,"deception abuse_of_vulnerability document_retention force",
"No internet. Woman 34 -> minor no. Khmelnytskyi to Kherson region -> domestic. Passport kept -> document_retention.")

C("H18-066","PHL",2019,"""People v. Arnel Dizon and Marites Ocampo, RTC Branch 2, Butuan City, decision. It was established by the
testimony of the private complainant AAA, born on 2 March 2001 and then a Grade 11 student in a public high school in
Cabadbaran City, and by the screenshots identified by her, that in May 2018 the accused Dizon, using an account on the
dating app Tinder under a false name and with photographs of another person, sent the first message to AAA, and in the
following weeks professed love for her and promised to pay for her college education if she would live with him in
Butuan; that upon her arrival he brought her to a KTV bar managed by the accused Ocampo, where AAA was made to entertain
male customers and to go out with them for sexual intercourse in exchange for money received by the accused; and that
when AAA cried and asked to go home the accused Ocampo told her that she could not leave until she had repaid her
'board and lodging' and that her parents would be told what she had done; WHEREFORE, finding both accused GUILTY beyond
reasonable doubt of qualified trafficking in persons, the Court sentences each to life imprisonment.""",
"yes","recruitment","dating","Tinder","hunting","no","sexual_exploitation",1,"yes","female",
"domestic","PHL",2,"deception debt_bondage threat",
"'sent the first message to AAA' on Tinder -> hunting (C13), recruitment, dating. AAA born 2 March 2001, facts May 2018 -> 17 -> minor yes (also Grade 11). Cabadbaran to Butuan -> domestic.")

C("H18-067","GEO",2011,"""Kutaisi City Court found three defendants, two Georgian men and a Georgian woman, guilty of trafficking in
persons and sentenced them to between nine and twelve years. The court established that in 2010 the defendants brought
four Turkmen women, aged 22 to 31, from Mary and Türkmenabat to Kutaisi with promises of work in a textile shop,
confiscated their passports on arrival and made them provide sexual services in a sauna owned by the first defendant,
telling them they owed USD 2,200 each for travel and visas. Customers were sent by the night receptionist of a
nearby hotel, whom the defendants paid a commission. The women were freed in an operation by the Ministry of Internal Affairs, which later posted footage of the
arrests online. The victims were granted the status of victims of trafficking and returned to Turkmenistan.""",
"no","","","","","no","sexual_exploitation",4,"no","female",
"cross_border","GEO TKM",3,"deception document_retention debt_bondage",
"Internet once: the ministry posted footage online -> authorities' use, not coded (C3). Customers via a hotel receptionist -> no offender internet use. Women 22-31 -> minor no.")

C("H18-068","IND",2002,"""Case note (women's rights NGO, Nuapada, Odisha). S., aged 15, daughter of a landless labourer in a village
of Komna block, Nuapada district, was 'married' in 1999 to a 41-year-old farmer from Bulandshahr district, Uttar Pradesh,
through a broker from her own block who told her parents the man was a government clerk who wanted no dowry. The broker
received Rs 12,000 from the man. In Bulandshahr S. was made to work in the fields and the house, was not allowed to
leave or to speak to anyone outside the family and was beaten when she asked to visit her parents. When the man's brother
proposed to 'sell her on' to another household, she fled with the help of a local schoolteacher. Our organisation
supported the family's complaint; in 2002 the Sessions Court at Nuapada convicted the broker and the 'husband' under
sections 366 and 372 IPC and sentenced each to seven years.""",
"no","","","","","no","forced_marriage forced_labour",1,"yes","female",
"domestic","IND",2,"deception abuse_of_vulnerability force",
"No internet. Girl 15 'married' for money -> forced_marriage; work in fields and house -> forced_labour. Odisha to Uttar Pradesh -> domestic. The brother's proposal to sell her not carried out.")

C("H18-069","BGD",2019,"""Nari-o-Shishu Nirjatan Daman Tribunal-2, Jashore. 2 accused (m). 3 girls/young women (16, 17, 19) from Sharsha
upazila, 2017; promised beauty-parlour work in Khulna; taken across the border near Benapole at night; sold to a brothel
in Pune. Accused 1 sent the victims' photos via IMO to the brothel's agent in Kolkata before departure. Two victims
rescued by Pune police, repatriated 2018. Accused: life imprisonment (Prevention and Suppression of Human Trafficking Act
2012, s. 6, 7).""",
"yes","logistics","messaging_app","IMO","","yes","sexual_exploitation",3,"yes","female",
"cross_border","BGD IND",2,"deception",
"Photos sent via IMO to the brothel's agent in India (a partner offender, not a buyer) -> not advertising (C14), logistics, cyber_flow yes (C7). Victims 16, 17, 19 -> minor yes.")

C("H18-070","IRL",2009,"""Circuit Criminal Court, Cavan, 2009. Def.: Latvian national (m, 39), gangmaster. Posted job on a recruitment
site (mushroom-farm work, EUR 9/hr, housing); four men from Daugavpils applied from Latvia, 2008. Passports 'held for
payroll'; EUR 600 'travel and placement' debt each; 60-hr weeks, paid EUR 50/wk. Convicted s.2 Criminal Law (Human
Trafficking) Act 2008; 5 yrs (last 2 susp.).""",
"yes","recruitment","job_portal","","fishing","yes","forced_labour",4,"no","male",
"cross_border","IRL LVA",1,"deception document_retention debt_bondage",
"Job posted on 'a recruitment site' -> job_portal (C2), fishing; offender in Ireland, men applying from Latvia -> cyber_flow yes (C7). 'men' -> minor no.")

C("H18-071","UKR",2014,"""Uman City-District Court, Cherkasy region - sentencing. The accused, you met the five victims, all men from
Uman and nearby villages, at the bus station and in a beer bar in the autumn of 2012, and offered them work at a sawmill
near Baranavichy, Belarus, at 600 dollars a month. One of them told this court that he had been looking at vacancies on job websites
for weeks and found nothing he could trust, and that he trusted you because you were 'one of us'. You paid for the bus, and in Belarus you handed them to the sawmill's owner, collected their passports and told them their pay would go
first to repay you for the journey and lodging. They stacked and sawed timber from dawn and slept in a drying shed,
and when two of them asked to go home you told them they would be handed to the police as illegal workers. You are sentenced to eight years' imprisonment with confiscation of property.""",
"no","","","","","no","forced_labour",5,"no","male",
"cross_border","UKR BLR",1,"deception document_retention debt_bondage threat",
"Internet once: a victim's own job search online -> not offender use (C3). Recruitment in person. Sawmill owner not before the court -> offenders 1. Threat of the police -> threat. Men -> minor no.")

C("H18-072","URY",2019,"""The Criminal Appeals Court of the Second Turn confirmed the first-instance judgment of the Criminal Court of
Rivera convicting the two defendants of trafficking in persons and of sexual exploitation of minors, rejecting the
defence's claim that the victims had worked voluntarily. As the trial judge found, the defendants, who kept a
'whiskería' in Rivera near the Brazilian border, recruited three girls and young women from Tacuarembó and Paso de los
Toros, one of them 17, in 2017, calling them and their mothers by mobile phone and sending text messages promising work
as waitresses. In Rivera the girls were charged for board and clothing, so that their debts grew each week, and were
required to have sex with customers; the younger defendant told them that their families would 'pay the consequences' if
they went to the police. The Court noted that the phone records, not any online evidence, established the recruitment.""",
"no","","","","","no","sexual_exploitation",3,"yes","female",
"domestic","URY",2,"deception debt_bondage threat",
"Mobile phone calls and text messages only; 'not any online evidence' -> internet no. One 17-year-old -> minor yes. All places in Uruguay, no foreign victim -> domestic (C8).")

C("H18-073","GAB",2014,"""TPI Port-Gentil, 2014. Acc.: B.A. (f, 44), Beninese, trader, Grand Village market. Vict.: 4 girls (10-14),
from Comè (Benin), brought 2012-13 by a recruiter in Comè; street vending of water and groundnuts 12 h/day, no
schooling, beaten if sales short. Acc. paid the recruiter in Comè for each girl through online transfers. Held: guilty,
child trafficking (Law 09/2004); 6 yrs, expulsion.""",
"yes","logistics","unspecified","","","yes","forced_labour",4,"yes","female",
"cross_border","GAB BEN",1,"force",
"'online transfers' from the accused in Gabon to the recruiter in Benin -> internet use, unspecified, logistics (C1); offender to offender across countries -> cyber_flow yes (C14/C7). Recruiter not before the court -> offenders 1. Street vending -> forced_labour.")

C("H18-074","MRT",2009,"""Rosso regional criminal court, 2009. The police came to the compound in the Satara quarter in March 2009 because a
Senegalese girl had run from a household in Rosso and reported that her 'madame' kept all her pay. The court found that
the accused, a Senegalese woman of 50, had brought four girls and young women, aged 16 to 22, from Richard-Toll and
Dagana across the river in 2008 with the promise of hairdressing apprenticeships. Instead she placed them as domestic
workers with families and collected their monthly wages herself, telling them it repaid their journey. She made the
girls themselves type and post, on an internet classifieds site and under her instructions, advertisements offering
'serious Senegalese housemaids', and dealt with the families who answered. She kept their identity cards. The court
sentenced her to five years.""",
"yes","advertising","classified_ads","","fishing","no","forced_labour",4,"yes","female",
"cross_border","MRT SEN",1,"deception debt_bondage document_retention",
"Victims posted ads for their own labour on an internet classifieds site under the accused's instructions -> offender's act (C3), advertising (ads for the labour of victims), classified_ads, fishing. One aged 16 -> minor yes. Senegalese girls in Mauritania -> cross_border.")

C("H18-075","SVK",2015,"""The Supreme Court of the Slovak Republic dismissed the appeals of three defendants against the judgment of the
Regional Court in Košice convicting them of trafficking in human beings. According to the facts established by the
Regional Court, the defendants, residents of Trebišov district, in 2012 persuaded two women from the Roma settlement of
the village where they lived, one of them aged 17, to travel to England with the promise of work in a packing factory;
in Sheffield the defendants kept the women's identity cards and arranged for each to go through a marriage ceremony with
a man from a third country seeking a residence right, receiving payment from the men, after which the women were kept in
the men's households. The Supreme Court noted that the Slovak and British police had identified the defendants partly
from open social-media profiles, which, it held, were admissible as evidence.""",
"no","","","","","no","forced_marriage",2,"yes","female",
"cross_border","SVK GBR",3,"deception document_retention abuse_of_vulnerability",
"Social-media profiles examined by police -> investigators' use, not coded (C3). Sham marriages arranged for payment -> forced_marriage. One aged 17 -> minor yes. Roma settlement -> abuse_of_vulnerability (judgement call). England coded GBR.")

C("H18-076","PHL",2021,"""The Court of Appeals affirmed with modification the conviction of accused-appellant for large-scale illegal
recruitment and trafficking in persons. As the trial court found, in 2015 accused-appellant placed a notice in a weekly
newspaper in Dipolog City and distributed leaflets at the public market inviting women to apply as 'waitresses and
hotel staff in Sabah, no placement fee'. The three private complainants, aged 20 to 26, applied at her house, where she
collected their passports and told them the cost of their travel would be deducted from their salaries. They were taken
by boat through Zamboanga and Sandakan to Kota Kinabalu, where they were made to entertain customers in a karaoke bar
and go out with them. Accused-appellant's defence that she merely referred the women to a 'friend' in Malaysia does not
persuade. The Court increased the fine to PHP 2,000,000 and affirmed life imprisonment.""",
"no","","","","","no","sexual_exploitation",3,"no","female",
"cross_border","PHL MYS",1,"deception document_retention debt_bondage",
"Newspaper notice and leaflets -> internet no. Women 20-26 -> minor no. Philippines to Malaysia (Sabah) -> cross_border.")

C("H18-077","FRA",2022,"""Case description (association supporting foreign women victims of violence, Champagne). Mme R., a 23-year-old
from Antsirabe, Madagascar, came to our service in 2020. She had been registered in 2018 by a matrimonial agency run from
Reims by the first defendant, which advertised on its Facebook page for 'serious Malagasy women wishing to marry in
France' and presented the women's photographs and profiles on its own website to French men who paid a subscription. The
second defendant, a 58-year-old farmer from the Marne, chose her on the site and married her in Antananarivo. In France he
kept her passport and residence card, made her work on the farm and in the house without pay, did not let her go out
alone and subjected her to sexual violence. The Reims criminal court in 2022 convicted the agency owner of trafficking in
human beings and the husband of trafficking, rape and domestic violence; both appealed.""",
"yes","recruitment advertising","social_media freestanding_website","Facebook","fishing","yes","forced_marriage forced_labour",1,"no","female",
"cross_border","FRA MDG",2,"deception document_retention force",
"Agency's Facebook ad for women -> recruitment, fishing. The agency's own website presenting women to paying men -> freestanding_website (C15), advertising, fishing. Agency in France, women in Madagascar -> cyber_flow yes (C7). Rape by the husband: not coded sexual_exploitation (no commercial exploitation; judgement call). 23 -> minor no.")

C("H18-078","RWA",2018,"""Intermediate Court of Huye, 2018. The three young women arrived back at Kigali airport in November 2017 on
tickets bought by the Rwandan embassy. The court worked backwards from there. In Manama, Bahrain, they had been held in a
flat, made to go with men in hotels and told they owed USD 4,000 each for visas and flights; their passports had been
taken at the airport. In Huye, where all three were students aged 19 to 23, they had been contacted on Instagram by a
woman presenting herself as a model scout for a Gulf agency, who sent each of them direct messages praising their photos.
The scout, a Rwandan living in Bahrain, was tried in absentia together with the second accused, her cousin in Huye, who
obtained the passports and took the women to the airport. Both were convicted; sentences of 15 and 10 years.""",
"yes","recruitment","social_media","Instagram","hunting","yes","sexual_exploitation",3,"no","female",
"cross_border","RWA BHR",2,"deception debt_bondage document_retention",
"Scout 'contacted [them] on Instagram' and sent direct messages -> hunting (C13), recruitment; scout in Bahrain, women in Rwanda -> cyber_flow yes (C7). Tried in absentia with the cousin -> 2 defendants (C11). Students aged 19-23 -> minor no.")

C("H18-079","ZAF",2010,"""In the High Court of South Africa (KwaZulu-Natal Division, sitting at Newcastle as a circuit court). Judgment.
It is common cause, or at any rate was not seriously disputed at the trial, that the three accused, namely a transport
operator from Jozini, a patient coordinator employed by a private clinic and a nurse at that clinic, during the
period from 2007 to 2008 caused three young Mozambican men from the district of Massinga, Inhambane, who had been recruited in person
by the first accused at the Kosi Bay border post with promises of work on a sugar-cane farm, to be transported to
Newcastle, to be kept in a house rented by the first accused without money or papers, and thereafter, after being told
that they would be arrested as illegal immigrants unless they cooperated, and after being paid or promised sums of between
R5,000 and R10,000, to undergo the removal of a kidney at the clinic, the kidneys being transplanted into paying recipients
who had been brought to the clinic by the second accused; and it is further common cause that none of the young men
understood the nature or consequences of the procedure, the consent forms having been explained to them, if at all, in a
language they did not speak. The accused are convicted on the counts of contravening section 28 of the Human Tissue Act and
of fraud and assault, the trafficking offence not yet being in force at the time of the events.""",
"no","","","","","no","organ_removal",3,"unknown","male",
"cross_border","ZAF MOZ",3,"deception threat abuse_of_vulnerability",
"Recruited in person -> internet no. Form from the facts (kidney removal) though charged under the Human Tissue Act. 'young men' without ages -> minor unknown (open point, by analogy with C10). Threat of arrest as illegal immigrants -> threat.")

C("H18-080","DNK",2022,"""Retten i Herning - sentencing. The defendant, a 31-year-old Kenyan national resident in Herning, is convicted of
trafficking in human beings. From Denmark he posted a series of videos on TikTok in 2021 advertising 'customer service
jobs in Thailand, USD 1,000 a month, flight paid', aimed at Kenyan viewers. Five Kenyans, three women and two men aged 22
to 30, answered his posts and were put in contact with his partners, who flew them from Nairobi to Bangkok and drove them
across the border into Myanmar. There, in a guarded compound, their passports were taken and they were forced, under
threat of beatings and being 'sold' to another compound, to run romance scams through fake profiles on dating apps and
Facebook for fourteen hours a day. The defendant received USD 1,500 for each recruit. Taking into account the number of
victims and the defendant's central role, the court imposes a sentence of four years' imprisonment and expulsion.""",
"yes","recruitment exploitation","social_media dating","TikTok|Facebook","fishing","yes","forced_criminal_activity",5,"no","female male",
"cross_border","DNK KEN THA MMR",1,"deception document_retention force threat",
"TikTok videos posted from Denmark for Kenyan viewers who answered -> recruitment, fishing, cyber_flow yes (C7). Forced to run romance scams through dating apps and Facebook -> exploitation; platform types from the exploitation (dating, social_media) (judgement call). Scams -> forced_criminal_activity. Ages 22-30 -> minor no. Partners not before the court -> offenders 1.")
