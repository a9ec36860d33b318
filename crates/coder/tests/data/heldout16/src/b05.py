from lib import C

C("H16-081","USA",2001,"""CHICAGO - A federal jury today convicted a suburban Chicago businessman and his office manager
of involuntary servitude, conspiracy and visa fraud for luring young women from Latvia to the United States with
promises of work as nannies and then forcing them to dance in nightclubs. The evidence at trial established that
Viktor S. Orlov, 46, of Schaumburg, operated a website advertising an "au pair and nanny placement" service, which
he had set up in 1998 and which listed vacancies with American families. Four women from Riga and Daugavpils, aged 19
to 23, applied through the site in 1999 and received offers by e-mail, together with instructions on how to answer
questions at the U.S. consulate. Orlov's office manager, Irina Belova, 38, met the women at O'Hare International
Airport and took their passports and return tickets. The women were told there were no nanny jobs and that each
owed USD 12,000 for visas, travel and "placement fees", to be repaid by dancing at two clubs in the western suburbs
where customers paid for private dances. The defendants kept all of the women's earnings, set a curfew, and warned
them that the Immigration and Naturalization Service would jail them if they went to the police, and that people in
Riga knew where their families lived. One of the women contacted a Latvian church in Chicago in the summer of 2000,
which alerted the FBI. The women testified over four days. "These defendants used the promise of a safe job with a
family to bring young women thousands of miles and hold them in servitude," the United States Attorney said.
Sentencing has been set for January. Each count of involuntary servitude carries a maximum of ten years in prison.""",
"yes","recruitment","freestanding_website email","","fishing","yes","sexual_exploitation",4,"no","female",
"cross_border","USA LVA",2,"deception document_retention debt_bondage threat",
"Bogus nanny-placement site set up and run by the defendant -> freestanding_website (C15), recruitment, fishing (victims applied). Offers by e-mail from the USA to women in Latvia -> email, cyber_flow yes (C7). Aged 19-23 -> minor no ('young women' overridden by ages, C10). Church's help not coded (C3).")

C("H16-082","CAN",2012,"""R. v. H.N. and T.N., Supreme Court of British Columbia. Reasons for judgment. The accused, husband
and wife, are charged with human trafficking under s. 118 of the Immigration and Refugee Protection Act and with
trafficking in persons under s. 279.01 of the Criminal Code in respect of Ms. D., a 34-year-old citizen of the Philippines whom
they brought to Vancouver as a live-in caregiver. Ms. D. was working as a domestic helper in Hong Kong in 2008 when she
posted her profile and references on an online job board for caregivers, stating that she was looking for work in
Canada. The female accused wrote to her through the site and, after an interview by telephone, offered her a position
at CAD 10 an hour for a forty-hour week, to care for the couple's two children. I accept Ms. D.'s evidence that on her
arrival in December 2008 the male accused took her passport and work permit and that she was told that the contract
submitted to Citizenship and Immigration Canada "did not apply". She worked from 6 a.m. to 11 p.m., cared for the
children and also cleaned the accused's two rental properties, was paid CAD 500 a month, and was forbidden to leave
the house on her own or to speak with other caregivers. The accused warned her that if she left them she would lose
her status and be sent back with nothing. She was not physically assaulted. In my view the Crown has proved beyond a
reasonable doubt that the accused exercised control over Ms. D.'s movements for the purpose of exploiting her, and
that she reasonably believed her safety, in the broad sense the authorities require, was threatened. Both accused
are found guilty on count 2. Count 1 is stayed.""",
"yes","recruitment","job_portal","","hunting","yes","forced_labour",1,"no","female","cross_border","CAN PHL HKG",2,
"deception document_retention threat abuse_of_vulnerability",
"The victim posted her own profile on an online job board; the accused wrote to her through the site -> hunting (C5: answering the victim's own ad), job_portal (someone else's board, C15). Accused in Canada, victim in Hong Kong -> cyber_flow yes (C7). Aged 34 -> minor no.")

C("H16-083","GBR",2016,"""Sentencing remarks, Norwich Crown Court. The three defendants have pleaded guilty to conspiracy
to supply class A drugs and, following a trial, have been convicted of offences under section 2 of the Modern Slavery
Act 2015 of arranging the travel of two boys with a view to their exploitation. The boys, aged 15 and 16, were from
Tottenham. Both had been reported missing several times. They were driven to Great Yarmouth in 2015 and kept in the
flats of local drug users, which the defendants had taken over, where they stored and sold crack cocaine and heroin
for days at a time. The "line" phone, held in London, sent bulk text messages to users advertising supplies, and the
boys were given the orders by telephone. When the younger boy was robbed of drugs and cash, which the jury may well
have thought was staged, he was told that he owed GBP 1,500 and would work until it was paid. The older boy was
stabbed in the leg when he tried to return home. There is no evidence that any of you used social media to recruit
the boys: you knew them from the estate. You, R., were at the top of this line and gave the orders; you will go to
prison for nine years. You, S., and you, O., were his lieutenants and will serve six and five years respectively.""",
"no","","","","","no","forced_criminal_activity",2,"yes","male","domestic","GBR",3,
"debt_bondage force",
"Phone calls and bulk SMS only -> internet no; use of social media expressly denied -> not coded (C4). London to Great Yarmouth -> domestic. Boys aged 15-16 -> minor yes. Staged drug debt -> debt_bondage; stabbing -> force; no explicit threat stated.")

C("H16-084","IND",2022,"""The Special Court for NIA cases at Chennai convicted two accused of trafficking of persons under
section 370 of the Indian Penal Code and of offences under the Emigration Act, 1983. The prosecution case, which the
court accepted, was that in 2022 the first accused, who ran an unlicensed consultancy in Chennai, posted advertisements
on Naukri and on a Telegram jobs channel offering "data entry" and "digital marketing" jobs in Thailand at salaries
of USD 1,000 a month with visa on arrival. At least 17 men from Tamil Nadu and Kerala applied and paid fees of
Rs 1.5 lakh to 2 lakh each, collected in part by the second accused, a sub-agent in Kochi. The first accused
forwarded the list of candidates and their passport copies by WhatsApp to an agent in Bangkok. From Bangkok the men
were taken by road and boat across the Mekong into the Golden Triangle Special Economic Zone in Laos. There their
passports were taken, and they were made to work twelve to fifteen hours a day creating fake profiles on Facebook,
Instagram and dating apps to lure victims in the United States and Europe into cryptocurrency investment frauds.
Workers who failed to meet targets were beaten, made to stand for hours in the sun or "fined" by adding to a debt of
USD 4,000 for their own recruitment. The men were released after the intervention of the Indian Embassy in Vientiane.
The agent in Bangkok has not been traced. The court observed that the accused had continued to recruit after the
first complaints reached them.""",
"yes","recruitment exploitation","job_portal messaging_app social_media dating","Naukri|Telegram|WhatsApp|Facebook|Instagram",
"fishing","yes","forced_criminal_activity",17,"no","male","cross_border","IND THA LAO",2,
"deception document_retention force debt_bondage other",
"Ads on Naukri (job board) and a Telegram jobs channel -> recruitment, fishing. Candidates' list sent by WhatsApp to the agent in Bangkok = offender-to-offender -> cyber_flow yes (C7/C14). Forced scams via fake Facebook/Instagram/dating-app profiles -> exploitation. 'At least 17' -> 17 (C16). Fines -> other. Men -> minor no. Bangkok agent not charged (C11).")

C("H16-085","THA",2007,"""The Nakhon Phanom Provincial Court convicted a karaoke bar owner and her nephew of procuring
persons under eighteen for prostitution and of detaining them, under the Prevention and Suppression of Prostitution
Act B.E. 2539 and the Measures in Prevention and Suppression of Trafficking in Women and Children Act B.E. 2540. Four
girls from Savannakhet, aged 15 to 17, had been brought across the Mekong by long-tail boat in 2006 by the nephew, who
had told their parents that they would wash dishes in a restaurant. At the bar the girls were told that they owed
15,000 baht each for the crossing and their clothes. They had to sit with customers, drink with them and go with them
to a guesthouse behind the bar. The owner warned them that Thai police would put them in prison as illegal migrants.
The owner was sentenced to eight years and the nephew to six.""",
"no","","","","","no","sexual_exploitation",4,"yes","female","cross_border","THA LAO",2,
"deception debt_bondage threat",
"No internet. Girls from Savannakhet (Laos) -> cross_border (C8). Aged 15-17 -> minor yes.")

C("H16-086","KHM",2009,"""Phnom Penh Municipal Court, criminal judgment. The court convicted a Cambodian woman and a
South Korean national, the local representative of a Seoul marriage brokerage, under articles 15 and 18 of the Law on
Suppression of Human Trafficking and Sexual Exploitation (2008), for the unlawful recruitment and removal of persons
across the border for the purpose of marriage. The brokerage operated a Korean-language website showing the
photographs, ages and heights of Cambodian women, which Korean men could browse for a membership fee before flying to
Phnom Penh to choose a bride. The first defendant recruited 25 women from villages in Prey Veng and Takeo, telling
them and their families that they would marry rich men and be able to send money home; two of the women were under
18, and their birth dates had been changed in their identity documents. The women were kept in a house in Tuol Kork,
where Korean men viewed them in groups, and marriages were arranged within days. The court held that the defendants
had taken advantage of the poverty of the women's families and had deceived them about the men's circumstances. The
defendants were sentenced to seven and ten years respectively.""",
"yes","advertising","freestanding_website","","fishing","yes","forced_marriage",25,"yes","female","cross_border",
"KHM KOR",2,"deception abuse_of_vulnerability",
"Brokerage's own website showing the women to paying Korean men who then came -> site the offenders ran (C15), advertising, fishing. Women in Cambodia offered to men in Korea online -> cyber_flow yes (C7). Women moved to Korea as brides -> cross_border. Two under 18 -> minor yes.")

C("H16-087","JPN",2019,"""Tokyo District Court, Criminal Division. The court sentenced the 34-year-old manager of a so-called
"JK business" shop in Akihabara to two years and six months' imprisonment and his co-manager to one year and eight
months, both suspended, for violations of the Child Welfare Act and the Tokyo
Metropolitan Ordinance on the protection of minors. The judgment found that in 2018 the manager posted on Twitter
recruitment messages for high school girls, offering JPY 5,000 an hour for "walking dates" and "fortune-telling", and that a number of high school students aged 16 and 17, most of whom had run away from home, responded. The shop advertised the
girls to customers on its own website, with photos in school uniform, and customers who booked them through the site
were allowed to take them to karaoke rooms and hotels, where sexual acts took place. The girls were given rooms in a
shared apartment rented by the company and were told that they had to pay back the rent if they stopped working. The
court held that the accused knowingly placed children in a position where they were likely to be subjected to
obscene acts.""",
"yes","recruitment advertising","social_media freestanding_website","Twitter","fishing","no","sexual_exploitation","unknown",
"yes","female","domestic","JPN",2,"debt_bondage abuse_of_vulnerability",
"Recruitment messages posted on Twitter, girls responded -> recruitment, fishing. Shop's own website offering the girls -> freestanding_website (C15), advertising, fishing. 'a number of' students -> victims unknown (C12). Aged 16-17 -> minor yes.")

C("H16-088","HKG",2016,"""HKSAR v. Chan Siu-ming. District Court. The defendant pleaded guilty to three charges of trafficking
in persons to Hong Kong for the purpose of prostitution, contrary to section 129 of the Crimes Ordinance (Cap. 200),
and to one charge of keeping a vice establishment. According to the agreed facts, a woman in Udon Thani, who has not
been charged, recruited three women from the same province in 2015 with offers of work as waitresses in a Thai
restaurant in Kowloon City, and discussed with the defendant on LINE which women to send, their photographs and the
dates of travel. The women arrived as visitors. The defendant met them at the airport, kept their passports and told
them each that they owed HKD 60,000. He advertised the women on an adult sex forum, in which customers read posts with
the women's photographs and "field reports", and made bookings by telephone. The women worked in a one-woman flat in
Mong Kok. The judge took a starting point of four years, reduced for the plea to 32 months.""",
"yes","advertising","messaging_app freestanding_website","LINE","fishing","yes","sexual_exploitation",3,"no","female",
"cross_border","HKG THA",1,"deception document_retention debt_bondage",
"LINE discussion recruiter (THA) <-> defendant (HKG) = offender-to-offender (C14): no advertising from it, cyber_flow yes (C7). Posts on 'an adult sex forum' -> sex site -> freestanding_website (C2), advertising, fishing. Recruitment in person -> no recruitment purpose. 'women' -> minor no.")

C("H16-089","ESP",2023,"""The Criminal Chamber of the Audiencia Nacional has convicted eleven members of an organisation
that exploited Chinese women in flats in Madrid, Barcelona, Valencia, Alicante and Zaragoza, with sentences of up to
fifteen years for trafficking in human beings, coercive prostitution, money laundering and membership of a criminal
organisation. The judgment, which follows an investigation by the National Police's UCRIF, declares proven that
between 2018 and 2021 the organisation brought about 40 women from Fujian and Zhejiang provinces to Spain with
Schengen visas obtained through false business invitations, after promising them work in shops or massage parlours.
On arrival each woman was told that she owed EUR 30,000 to EUR 45,000 for the journey and papers, and her passport
was held by the person in charge of the flat. The women were moved between cities every three weeks so that they
could be presented as "new" in the advertisements that the organisation published daily on pasion.com and on
another contacts portal, with photographs that were often not of them. Customers phoned the numbers in the
advertisements, which were answered by two operators in a call office in Usera. Payments were made in cash or by
Bizum to accounts held in the names of front persons. The leaders, who stayed part of the year in Wenzhou, gave
instructions to the flat managers and received accounts in a WeChat group. The Chamber gives full credibility to
the testimony of six protected witnesses and to the financial analysis showing transfers of more than EUR 3 million
to China through money-transfer businesses. The victims were all of age, and the defence arguments that they worked
voluntarily are rejected given the debt and the isolation in which they lived, without knowledge of the language.""",
"yes","advertising","classified_ads unspecified messaging_app","pasion.com|Bizum|WeChat","fishing","yes",
"sexual_exploitation",40,"no","female","cross_border","ESP CHN",11,
"deception debt_bondage document_retention abuse_of_vulnerability",
"Daily ads on pasion.com and 'another contacts portal' -> classified_ads, fishing. Bizum -> unspecified, name kept (C1). WeChat group leaders (part of year in Wenzhou) <-> flat managers in Spain -> offender-to-offender across countries -> cyber_flow yes (C7/C14). 'about 40' -> 40 (C16). 'all of age' -> minor no. Money-transfer businesses (not 'online') not coded (C1).")

C("H16-090","ITA",2005,"""Court of Assizes of Turin. The two accused, Albanian nationals, were convicted of reduction to
slavery and trafficking in persons (articles 600 and 601 of the Criminal Code, as amended by Law 228/2003) and
sentenced to twelve and nine years. The court found that in 2003 the first accused courted a Romanian girl of 16 from
Bacau, promising to marry her and to find her work in a bar in Italy, and brought her and a friend of 19 by coach to
Turin, where both were placed on the street on Corso Regina Margherita. The accused kept their identity cards, beat
them with a belt when they earned less than EUR 300 a night, and threatened to harm the younger girl's brother in
Bacau. A third woman, also Romanian, was put on the street in the same way in 2004. The women were contacted by the
accused only by mobile phone. The defence claimed that the older woman had come to Italy knowing that she would work
as a prostitute. The court held that her knowledge did not exclude reduction to slavery, given the violence and the
seizure of her documents, and awarded provisional damages to the two victims who had joined as civil parties.""",
"no","","","","","no","sexual_exploitation",3,"yes","female","cross_border","ITA ROU",2,
"deception document_retention force threat",
"No internet (mobile phone). Romanian victims in Italy -> cross_border (C8). Girl of 16 -> minor yes.")

C("H16-091","SWE",2012,"""Svea Court of Appeal (Svea hovratt). The Court of Appeal upheld the District Court's judgment
convicting the two accused of trafficking in human beings and gross procuring, but reduced the sentence of the second
accused. According to the findings, the first accused, who lived in Stockholm, chatted on Facebook during 2010 with
three women in Constanta, promising them well-paid cleaning jobs in Sweden and offering to pay their travel. After
they arrived he told them that they owed SEK 20,000 each and that the cleaning jobs had fallen through. The second
accused photographed the women and published advertisements for them on Rosasidan, an escort advertising site, with
a telephone number that she answered. The women received customers in an apartment in Solna and had to give the
accused two thirds of what they earned. The Court of Appeal found it established that the women had been recruited by
deception and that their debt and lack of money and language had been exploited, but considered that the second
accused had acted under the influence of the first. Sentences: four years and two years respectively.""",
"yes","recruitment advertising","social_media freestanding_website","Facebook|Rosasidan","fishing","yes",
"sexual_exploitation",3,"no","female","cross_border","SWE ROU",2,"deception debt_bondage abuse_of_vulnerability",
"'chatted on Facebook' does not say who wrote first -> no hunting (C5/C13), but luring online -> recruitment; accused in Stockholm, women in Constanta -> cyber_flow yes (C7). Escort advertising site -> freestanding_website (C2), advertising, fishing. Hometown Constanta -> ROU (C8). 'women' -> minor no.")

C("H16-092","FRA",2010,"""Lyon Court of Appeal, chamber of criminal appeals. The court confirmed the conviction of a
couple for subjecting a vulnerable person to working and living conditions incompatible with human dignity and for
trafficking in human beings, and increased their sentences to three years' imprisonment, eighteen months of them
suspended. The victim was born in 1994 near Meknes and was brought to France in 2006, at twelve, by the wife on her
own passport after the wife had promised the girl's parents that she would go to school. In the couple's house in
Villeurbanne she looked after three young children, cooked and cleaned, slept on a mattress in the laundry room and
was never enrolled in school. Her passport was kept by the husband. She was slapped when she broke things and was told
that she would be taken away by the police if she spoke to anyone, since she had no papers. A neighbour who noticed
that the girl never went to school alerted social services in 2009.""",
"no","","","","","no","forced_labour",1,"yes","female","cross_border","FRA MAR",2,
"deception document_retention force threat abuse_of_vulnerability",
"No internet. Girl from near Meknes (Morocco) -> cross_border (C8). Twelve when brought -> minor yes. Neighbour's report not coded.")

C("H16-093","LVA",2016,"""Riga Regional Court. The court found the two accused guilty of human trafficking under section
154-1 of the Criminal Law in connection with sham marriages. The first accused, a Latvian woman living in Dublin,
wrote in 2013 to two women in Daugavpils through draugiem.lv, offering them jobs in a bakery in Ireland and free
flights. The second accused met the women at Dublin airport and took their identity cards. Instead of the bakery, the
women were told they had to marry men from South Asia who needed residence rights in the European Union, and were
kept in a house in Dublin, which they were not allowed to leave alone, until the ceremonies took place. One woman was
married in Dublin and the other was taken to Cyprus for the wedding. They were threatened with being left without
documents in a foreign country if they refused. The younger victim was 18 years old at the time. The sentences were
six and four years' imprisonment.""",
"yes","recruitment","social_media","draugiem.lv","hunting","yes","forced_marriage",2,"no","female","cross_border",
"LVA IRL CYP",2,"deception document_retention force threat",
"'wrote to' the women on draugiem.lv, a social network -> hunting (C13), social_media (C2). Accused in Dublin, women in Daugavpils -> cyber_flow yes (C7). Younger victim 18 -> minor no. Kept in a house not allowed out -> force (judgement call). Grooms' region (South Asia) not a named country.")

C("H16-094","SVK",2014,"""The Specialised Criminal Court in Pezinok convicted three accused of trafficking in human beings
under section 179 of the Criminal Code. The court found that the first accused, who lived in Ghent, Belgium, wrote
in 2012 to a juvenile girl and her 22-year-old cousin from a Roma settlement in eastern Slovakia through the social
network Pokec, offering them work in a chocolate factory. The second and third accused, his brother and mother, drove
the two to Ghent, where they were made to solicit on the street near the railway station and hand over all their
money. The girls were beaten and were told that their families would be harmed if they went to the police. The court
noted that the victims had barely attended school and had never travelled before. The defence submitted that the older victim had
introduced her cousin to prostitution herself; the court found that both were under the control of the accused, that
the cousin had been beaten for the same reasons, and that the accused's mother collected the money every evening. The
accused received sentences of ten, seven and six years.""",
"yes","recruitment","social_media","Pokec","hunting","yes","sexual_exploitation",2,"yes","female","cross_border",
"SVK BEL",3,"deception force threat abuse_of_vulnerability",
"'wrote to' the victims through the social network Pokec -> hunting (C13), social_media. Accused in Ghent, victims in Slovakia -> cyber_flow yes (C7). 'a juvenile girl' -> minor yes (C10).")

C("H16-095","OMN",2018,"""The Court of First Instance in Muscat convicted the manager of a recruitment office and an Omani
employer of human trafficking under the Law on Combating Trafficking in Persons (Royal Decree 126/2008). The court
found that the manager sent work visas and tickets by WhatsApp to an agent in Freetown, who then contacted young women
in Sierra Leone by WhatsApp and telephone, promising them jobs as nurses' aides and shop assistants with salaries of
OMR 200. Five of them who accepted were instead placed as domestic workers in households in Muscat and Sohar and were
told they owed the office OMR 1,200 each. Their passports were taken by the office. One of them worked for the second
defendant, who locked her in the house and struck her when she asked to be paid. The women managed to contact their
families by mobile phone, and an NGO in Freetown alerted the Omani authorities. The agent in Freetown was not before
the court.""",
"yes","recruitment","messaging_app","WhatsApp","hunting","yes","forced_labour",5,"unknown","female","cross_border",
"OMN SLE",2,"deception debt_bondage document_retention force",
"Visas sent by WhatsApp manager (OMN) -> agent (SLE) = offender-to-offender, cyber_flow yes (C7/C14). Agent (acting for the office, not charged C11) 'contacted' the women by WhatsApp -> hunting, recruitment (C13). Victims' and NGO's contacts not coded (C3). 'young women' without ages -> minor unknown (C10).")

C("H16-096","LBN",2019,"""The Single Criminal Judge in Zahle convicted a Syrian camp overseer (shawish) in the Bekaa valley
of human trafficking under Law No. 164 of 2011. The judge found that the accused controlled the tents of about
twenty Syrian refugee families near Bar Elias and required the families to send their children, some as young as
eight, to work for him in the potato and vegetable fields of local landowners, who paid him directly. He deducted the
rent of the tents and a share for "transport" and told the families that they would be expelled from the camp if the
children did not go. The judge found that nine children, boys and girls aged 8 to 15, had been made to work in this way. The accused was sentenced to five years'
imprisonment and fined.""",
"no","","","","","no","forced_labour",9,"yes","male female","cross_border","LBN SYR",1,
"debt_bondage threat abuse_of_vulnerability",
"No internet. Syrian refugee children in Lebanon -> cross_border (C8). 'about twenty' families is not a victim count; nine children found exploited -> 9. Aged 8-15 -> minor yes. Rent deductions -> debt_bondage (judgement call).")

C("H16-097","SLV",2017,"""The Specialised Sentencing Court of San Salvador convicted a Guatemalan man and a Salvadoran woman
of trafficking in persons, aggravated because the victim was a minor. The victim, a ninth-grade student from
Chalatenango, began receiving messages on Face book in 2016 from the male defendant, who lived in Guatemala City and
presented himself as a 19-year-old student. Over two months he promised her a relationship and a job in a clothing
store. The female defendant, his aunt, picked the girl up in Chalatenango and took her by bus across the border at La
Hachadura. In Guatemala City she was locked in a room and forced to have sex with men who paid the male defendant.
The girl escaped after three weeks and asked for help at the Salvadoran consulate. The male defendant was arrested when
he entered El Salvador. At trial the male defendant claimed that the girl had told him she was 18. The court noted that he had known
from their conversations that she was in ninth grade and had asked her about her school timetable. The court imposed
16 and 10 years.""",
"yes","recruitment","social_media","Facebook","hunting","yes","sexual_exploitation",1,"yes","female","cross_border",
"SLV GTM",2,"deception force",
"Messages 'on Face book' (clerk's spelling, normalised to Facebook) from the defendant -> he wrote first, hunting (C13), recruitment. Defendant in Guatemala, victim in El Salvador -> cyber_flow yes (C7). Ninth-grade student + 'minor' -> minor yes (C10).")

C("H16-098","BOL",2020,"""The First Sentencing Tribunal of El Alto convicted three defendants, the owner of a karaoke bar in
Yacuiba, her son and a recruiter, of trafficking in persons (article 281 bis of the Penal Code) and sentenced them to
between 12 and 15 years. The tribunal found that in 2019 the recruiter posted job offers for "customer service" and
"kitchen help" in Yacuiba in Facebook groups for job seekers in El Alto, and that four adolescent girls aged 15 to 17
answered. They travelled by bus to Yacuiba, where the owner told them that they had to accompany customers and drink
with them, and later have sex with them in rooms behind the bar, to pay off their bus fares and board. The son kept
their identity cards. The girls were found during an inspection by the Public Ministry. The tribunal noted that the recruiter had
continued to post similar offers in the same groups after the rescue, and that the owner had paid him BOB 500 for each
girl who arrived.""",
"yes","recruitment","social_media","Facebook","fishing","no","sexual_exploitation",4,"yes","female","domestic","BOL",3,
"deception debt_bondage document_retention",
"Job offers posted in Facebook groups and answered -> recruitment, fishing. El Alto to Yacuiba, Bolivian girls -> domestic (C8). Aged 15-17 -> minor yes.")

C("H16-099","ZMB",2018,"""The Subordinate Court of the First Class for the Chipata District convicted a tobacco farmer and his
foreman of trafficking in persons under the Anti-Human Trafficking Act No. 11 of 2008. Nine boys from the Mchinji
district of Malawi, aged 12 to 16, were recruited by the foreman in 2017 with promises of wages and brought across the
border on foot. On the farm they worked in the tobacco fields and curing barns without pay, slept in a storeroom and
were told that they owed the farmer for food and must work until the end of the season. The farmer was sentenced to
20 years and the foreman to 15 years.""",
"no","","","","","no","forced_labour",9,"yes","male","cross_border","ZMB MWI",2,"deception debt_bondage",
"No internet. Boys from Mchinji (Malawi) -> cross_border. Aged 12-16 -> minor yes.")

C("H16-100","MWI",2021,"""The High Court of Malawi, Lilongwe District Registry, convicted a man who described himself as a
pastor of trafficking in persons under section 14 of the Trafficking in Persons Act, 2015. The court found that the
accused, who ran a youth fellowship at his church in Area 25, persuaded three Form 3 students, girls who attended the
fellowship, to live in a house he rented, promising to pay their school fees. He photographed the girls and sent the
pictures by WhatsApp to businessmen he knew in Lilongwe, offering them for "outings" at a price, and took the girls to
lodges where the men had sex with them. The girls were told that their school fees would stop and they would be
expelled from the church if they refused. A teacher noticed the girls' absence and reported to the police. The accused
was sentenced to 14 years' imprisonment with hard labour.""",
"yes","advertising","messaging_app","WhatsApp","hunting","no","sexual_exploitation",3,"yes","female","domestic","MWI",1,
"deception threat abuse_of_vulnerability",
"Photos sent by WhatsApp to chosen businessmen -> advertising + hunting (C6). Recruitment in person. 'Form 3 students, girls' -> minor yes (C10: 'girls'). Malawian girls in Lilongwe -> domestic.")
