from lib import C

C("H24-001","SWE",2005,"""Indictment summary. The prosecutor at the Västerås public prosecution office charges two brothers,
aged 38 and 41, with trafficking in human beings (Criminal Code ch. 4 s. 1a) and, in the
alternative, with gross usury. The elder brother runs a pizzeria on Stora Gatan in Västerås; the younger
manages the kitchen. The injured parties are two Bangladeshi nationals, aged 16 and 17 at the time of
the acts, who are said to have been living with a relative in Stockholm when the elder brother offered
them, at a family celebration, board, lodging and a wage of SEK 9,000 a month. From October 2004 to
March 2005 the boys worked from about ten in the morning until after midnight, seven days a week,
washing dishes, preparing dough and delivering orders. No wage was paid beyond occasional pocket
money. According to the charge, the younger brother locked the boys into the storage room behind the
kitchen at closing time and opened it again in the morning, so that they could not leave the premises
at night. The acts came to light when one of the boys was taken to the emergency ward with a burned
hand and told the nurse where he slept. Both accused deny the charges and say that the boys were
relatives staying with them by choice.""",
"no","","","","","no","forced_labour",2,"yes","male","cross_border","SWE BGD",2,"force deception",
"No internet; the offer was made in person. Victims are Bangladeshi nationals in Sweden, journey not described -> cross_border (C8). Locking the boys in at night -> force (my rule: confinement is force). Promised wage not paid -> deception. Ages 16/17 -> minor yes; 'the boys' -> male. Two accused -> 2.")

C("H24-002","CAN",2008,"""From the Rapporteur's annual report, section 4 (prosecutions concluded in the year). In R. v. M.
and P., the Ontario Superior Court of Justice at Brampton convicted the owner of a plastics moulding
plant and his shift supervisor of trafficking in persons (Criminal Code, s. 279.01) in respect of six
Honduran men aged 24 to 41. The men had been recruited in San Pedro Sula by a travelling agent of the
owner who promised them factory jobs at CAD 14 an hour and legal work permits. Once in Mississauga they
worked twelve to sixteen hours a day, lived above the plant, and were told their permits had lapsed
and that any contact with the authorities would end in their arrest. The supervisor handed out
stimulant pills at the start of night shifts so that the men could keep the machines running. The
defence submitted that the men had found the jobs themselves through an online advertisement and had
travelled of their own will; the court rejected this, finding that no advertisement had ever been
placed and that the men had met the agent in person. The court held that the accused had knowingly
exploited the men's lack of status in Canada.""",
"no","","","","","no","forced_labour",6,"no","male","cross_border","CAN HND",2,"deception threat drugs abuse_of_vulnerability",
"Defence claim of an online advertisement rejected by the court -> not coded (C4); recruitment was in person -> internet no. Stimulant pills -> drugs. 'knowingly exploited the men's lack of status' -> abuse_of_vulnerability (stated). Threat of arrest -> threat. Agent not charged, not counted (C11).")

C("H24-003","NOR",2016,"""A 44-year-old woman was yesterday sentenced by Oslo District Court to three years in prison for
trafficking three Filipino nationals into domestic work. According to the judgment, the woman ran an
informal 'help agency' from her flat at Grorud. When families who needed a live-in cleaner or nanny
got in touch with her, she sent them photographs and short descriptions of the three on WhatsApp and
let them choose, charging each household a placement fee of 15,000 kroner. The three, who had stayed
on in Norway after their residence permits ran out, then worked up to sixteen hours a day in the homes
of the families. Their pay went to the defendant, who said it was covering what they owed her for
travel and accommodation. If they complained, she said, she would report them to the police and they
would be sent home, and her contacts back home knew where their children lived. The court said that she
had deliberately made use of the fact that the three had no legal right to be in the country and
could not turn to the authorities. None of the households has been charged. The defendant has
appealed.""",
"yes","advertising","messaging_app","WhatsApp","","no","forced_labour",3,"unknown","","cross_border","NOR PHL",1,"threat abuse_of_vulnerability debt_bondage",
"Photos sent on WhatsApp to households who then chose and paid -> C6 advertising (open point 'households': C6 as other annotators). But the families 'got in touch with her' first (channel not said) and no ad is described -> no strategy (C13: buyer wrote first). cyber_flow no (all in Norway). Domestic work -> forced_labour (open point, as heldout21/22). No age or 'women' stated -> minor unknown; 'their children' does not give an age. No sex stated of the three ('she' is the defendant) -> victim_sex empty (revised on re-read). Pay kept against travel/accommodation debt -> debt_bondage.")

C("H24-004","BGR",2009,"""Case brief prepared by the NGO's legal clinic. In 2007 a couple from Plovdiv visited a village
near Sliven and persuaded a widowed mother to let her daughter, then 14, come and live with them: the
girl would go to school in the city and the couple would send the family 100 leva a month. The girl
never attended school. For nineteen months she cooked, cleaned and looked after the couple's three
children and an elderly relative, sleeping in the corridor. The mother received only a few telephone
calls and text messages from the wife assuring her that all was well; no money was ever sent. The wife
made the girl swear before an icon that she would never speak of the house to anyone, and whenever she
went out to the shop the couple's adult son walked with her. When she cried at night she was given
sedative tablets 'to calm her'. A teacher who noticed the girl in the street during school hours
alerted the child protection department. The Plovdiv District Court convicted both spouses of
trafficking (Art. 159a Criminal Code) and imposed three years each, suspended; the clinic supported
the prosecutor's appeal against the suspension.""",
"no","","","","","no","forced_labour",1,"yes","female","domestic","BGR",2,"deception drugs other",
"Phone calls and SMS only -> internet no (scheme example 4). Domestic servitude -> forced_labour. Oath before icon and the son escorting her -> other; sedative tablets -> drugs; school/pay promise -> deception. Both spouses convicted -> 2.")

C("H24-005","UKR",2006,"""The Shevchenkivskyi District Court of Kyiv found the accused K., born 1971, and her partner D.,
born 1968, guilty under Article 149(2) of the Criminal Code of Ukraine. The court established that in
the spring of 2005 K. travelled to Chernihiv oblast and told two girls leaving a state boarding school
that she could find them work as waitresses in a Kyiv café. On arrival she took their passports,
saying she needed them for registration, and brought them to a rented apartment on Saksahanskoho
Street. D. photographed the girls in underwear and placed advertisements offering 'young girls, leisure
round the clock' on an intimate-services website, giving his mobile number; he took the calls of
clients and drove the girls to them. K. made the girls swear on a Bible that they would not tell their
relatives what they did. The girls escaped after five weeks and went to a police station. K. was
sentenced to six years and D. to seven years' imprisonment, with confiscation of property.""",
"yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",2,"yes","female","domestic","UKR",2,"deception document_retention other",
"'an intimate-services website' = a sex site, type stated -> freestanding_website (C2); posting ads -> fishing. 'girls' leaving a boarding school -> minor yes (C10). Chernihiv oblast to Kyiv: internal -> domestic. Oath on a Bible, no stated consequence -> other. Passports taken -> document_retention.")

C("H24-006","SEN",2014,"""Tribunal de grande instance de Dakar, ruling on the civil claims after the criminal conviction of
two defendants for trafficking (Law No. 2005-06). The four civil parties, young women from Sierra
Leone, had heard an announcement on a community radio station in Kabala offering apprenticeships in a
hair salon in Dakar, travel paid. One of them had, in addition, been courted for several months by the
first defendant, who said he would marry her in Senegal. They travelled by road through Guinea. In
Dakar they were shut in a house in Pikine, told that the salon did not exist, and made to receive men
every night; the second defendant beat those who refused. The tribunal found the facts established by
the criminal judgment and awarded each civil party 3,000,000 CFA francs for moral and material
damage, payable jointly by the two convicted persons.""",
"no","","","","","no","sexual_exploitation",4,"unknown","female","cross_border","SEN SLE GIN",2,"deception force",
"Radio announcement, courtship in person -> internet no. 'young women' without ages -> minor unknown (C10). Guinea named as transit -> in countries. Shut in the house + beatings -> force; fake apprenticeship and marriage promise -> deception.")

C("H24-007","KAZ",2006,"""Press release of the Prosecutor's Office of Almaty. The city prosecutor has sent to court the
criminal case against two residents of Almaty accused of trafficking in minors (Article 133 of the
Criminal Code). According to the investigation, in January 2006 one of the accused contacted a
schoolgirl from Taldykorgan through the ICQ messenger, introduced himself as a successful businessman
and over two months persuaded her that he was in love with her and would marry her. He then invited
her to travel with him to Dubai, where, he said, his friend would give her well-paid work as a dancer.
The second accused arranged a passport and tickets. In Dubai the girl was handed over to a nightclub
owner and made to provide sexual services to customers; all her earnings were kept. She was returned
to Kazakhstan with the help of the consulate in April 2006. The accused face up to twelve years'
imprisonment.""",
"yes","recruitment","messaging_app","ICQ","hunting","no","sexual_exploitation",1,"yes","female","cross_border","KAZ ARE",2,"deception",
"'contacted a schoolgirl ... through the ICQ messenger' -> offender's first contact, hunting (C13). ICQ = messaging app. Both in Kazakhstan when online -> cyber_flow no. 'schoolgirl' -> minor yes (C10 'girl'). Romance and dancer promise -> deception; earnings kept alone is not a means (my rule). Nightclub owner not charged in this case.")

C("H24-008","CHN",2010,"""Reply of the Ministry of Public Security to Proposal No. 4127 of the Third Session of the Eleventh
National People's Congress (extract). In the case referred to by the deputy, the Intermediate People's
Court of Guangzhou in 2009 convicted five members of a gang who had obtained nine hearing-impaired
villagers from two counties in Guizhou Province. The gang sent letters to village committees and to
the families, written in the name of a 'welfare factory' in Guangdong, offering light assembly work and
free board. The persons concerned were instead brought to Guangzhou and Shenzhen and made to beg at
railway stations and pedestrian bridges, handing over their takings every evening. The court found
that the gang had chosen them because they could not speak or write to ask for help. The Ministry has
since instructed local public security organs to check reports of missing persons with disabilities
against information on persons found begging, and is working with the civil affairs departments on
their return and resettlement.""",
"no","","","","","no","forced_begging",9,"unknown","","domestic","CHN",5,"deception abuse_of_vulnerability",
"Letters only -> internet no. No age or sex stated of the nine villagers -> minor unknown, victim_sex empty. 'chosen them because they could not speak or write to ask for help' -> abuse_of_vulnerability (stated use). Guizhou to Guangdong: domestic.")

C("H24-009","DNK",2011,"""Decision of the Criminal Injuries Compensation Board (Erstatningsnævnet), file no. 2010-4410-0337.
The applicant, a Nigerian national, seeks compensation for pain and suffering and for permanent
injury. By judgment of the Copenhagen City Court of 12 October 2010 a man was convicted of trafficking
in persons (Criminal Code s. 262a) against the applicant and sentenced to four years' imprisonment.
It appears from the judgment that the applicant had been promised work in a hairdressing salon. In an
apartment in Nørrebro she was instead made to perform sexual acts in front of a webcam on an adult
webcam site for paying viewers, often for ten hours at a time. Before her travel she had taken part in
an oath ceremony and was told that she would fall ill and die if she disobeyed. The convicted man beat
her with a belt when the viewers' payments fell. The Board finds that the applicant has been exposed
to a violation of her freedom and person within the meaning of s. 26 of the Liability for Damages Act
and awards DKK 150,000 in compensation for the violation and DKK 20,000 for pain and suffering. A
decision on permanent injury is deferred pending a medical report.""",
"yes","exploitation","freestanding_website webcam_livestream","","","no","sexual_exploitation",1,"unknown","female","cross_border","DNK NGA",1,"deception force threat other",
"Webcam shows on 'an adult webcam site' run by others -> exploitation, typed freestanding_website + webcam_livestream, no advertising (open point; as heldout21 H21-004, heldout11). Viewers not placed in any country -> cyber_flow no (C14). Nigerian national in Denmark -> cross_border (C8). No age -> minor unknown. Oath with stated consequence -> threat + other; belt beatings -> force.")

C("H24-010","LVA",2014,"""Criminal Law - Trafficking in human beings - Criminal Law s. 154.1 - Recruitment for forced labour
abroad - Advertising of victims' services on the internet - Whether 'exploitation' proved where the
victims received some payment. The two accused recruited four men and a juvenile, the nephew of one of
them, in villages of Latgale for building work in Norway, promising EUR 2,500 a month. In Norway the
workers lived in a container on the building site near Drammen and were given vodka each night; the
accused kept them drunk, the court found, so that they would not complain or seek other work. From
Riga the first accused placed advertisements on the Norwegian classified site Finn.no offering an
'experienced Baltic renovation team, low prices', and took the orders of Norwegian householders and
firms who answered. The workers received EUR 100 to 200 a month. Held: occasional payments far below
the sum promised do not exclude exploitation; the victims' dependence was created by the accused. The
Riga Regional Court's convictions were upheld; sentences of five and four years.""",
"yes","advertising","classified_ads","Finn.no","fishing","yes","forced_labour",5,"yes","male","cross_border","LVA NOR",2,"deception drugs",
"Ads offering the workers' labour on Finn.no -> advertising (scheme: ads for the labour of victims), classified_ads, fishing. Placed from Riga, answered by Norwegian customers -> cyber_flow yes (C7). 'a juvenile' -> minor yes (C10). Vodka to subdue -> drugs (alcohol as drugs, as heldout19). Latvian victims taken to Norway -> cross_border.")

C("H24-011","CZE",2006,"""Police in Ústí nad Labem have broken up a group that forced foreign workers to cheat buyers on an
internet auction site, the regional daily reports. Three men, two Czechs and a Ukrainian, were charged
on Tuesday with trafficking in human beings. According to the police spokeswoman, the group recruited
four Ukrainians in Lviv, three men and a seventeen-year-old boy, promising them jobs in a car-parts
warehouse. When they reached Ústí in the spring, the men were told that they owed 40,000 crowns each
for transport and papers. Instead of the warehouse they were put in a flat with three computers and
made to list mobile phones and cameras that did not exist on Aukro, answer the bidders and give them
account numbers for payment. The group's leader checked their work every evening. The workers spoke
no Czech beyond what they had been taught to type. They were told that if they went to the police they
would be arrested and deported, as they had no work permits. About 180 buyers across the country lost
money before a bank flagged the accounts. The three accused are in custody; the four victims are in a
shelter run by La Strada.""",
"yes","exploitation","classified_ads","Aukro","","no","forced_criminal_activity",4,"yes","male","cross_border","CZE UKR",3,"deception debt_bondage threat",
"Victims made to run fake listings on an auction site -> exploitation, the site's type (Aukro, a listing site -> classified_ads), no strategy, cyber_flow no (scam targets are neither victims nor buyers), form forced_criminal_activity (open point, as heldout22). Recruitment in person in Lviv. Transport debt -> debt_bondage; deportation threat -> threat. 17-year-old -> minor yes.")

C("H24-012","DNK",2023,"""Extract from report, East Jutland Police, case no. 4100-84112-00023-23. On 14 February 2023 at about
06:10 a search was carried out at an address in Gellerup, Aarhus. Present at the address were three
young men, Eritrean nationals, and the two suspects. In the living room six mobile phones and two
laptops were seized. The young men stated through an interpreter that for about four months they had
been made to write to older Danish men and women on Facebook and on the dating app Tinder under false
female and male profiles, to build up relationships and to ask for money for invented emergencies.
Each had to bring in a set amount per week. Those who did not were struck with a cable. They were given
amphetamine in order to stay awake through the night. The two suspects were charged with trafficking
in human beings (Criminal Code s. 262a) and fraud and remanded in custody. The injured parties were
referred to the Centre against Human Trafficking.""",
"yes","exploitation","social_media dating","Facebook|Tinder","","no","forced_criminal_activity",3,"unknown","male","cross_border","DNK ERI",2,"force drugs",
"Victims forced to run romance scams on Facebook and Tinder -> exploitation, the sites' types, no strategy, cyber_flow no, form forced_criminal_activity (open point, as heldout22). 'young men' without age -> minor unknown (open point, analogy with C10). Eritrean nationals in Denmark -> cross_border (C8). Cable beatings -> force; amphetamine -> drugs.")

C("H24-013","GRC",2012,"""Greek Ombudsman, Special Report on the identification of victims (extract, case 3). In November
2011 police in Athens found eleven young people from Afghanistan in a basement flat in Kypseli. They
had been brought across the Evros river from Turkey and held there, the doors locked from outside, for
up to seven weeks 'for the purpose of exploitation', as the later indictment put it, while their
relatives were asked for further payments. Three men were prosecuted before the Athens Misdemeanours
and then the Felonies Court; telephone records and Viber messages showed that the men arranged each
group's transfer with a partner in Izmir and confirmed to him the arrival of every person. The
Ombudsman notes with concern that the eleven were first processed as irregular entrants, detained and
served with return decisions; only after a lawyer's complaint to this Authority were they referred for
assessment as possible victims of trafficking.""",
"yes","logistics","messaging_app","Viber","","yes","",11,"unknown","","cross_border","GRC AFG TUR",3,"force",
"Viber messages between the accused in Athens and a partner in Izmir -> logistics, cyber_flow yes (C7/C14 offender to offender in two countries). Only 'for the purpose of exploitation' -> forms empty (open point, as annotators). 'young people' -> minor unknown; no sex stated. Held behind locked doors -> force (confinement).")

C("H24-014","SEN",2014,"""Case brief. Our team has followed a case before the Tribunal de grande instance of Tambacounda
concerning five girls of Nigerian nationality found in a bar near the gold-panning sites of the
Kédougou region. The accused, a Nigerian woman who runs the bar, had recruited them through letters
that she sent to their mothers in Benin City, carried by a bus driver, in which she offered to take the
girls as trainees in her 'restaurant'. The court heard that she picked families she knew to be too poor
to say no. At the bar the girls were made to sleep with gold miners; at night they were locked in a
room behind the bar. She told them that their families would suffer if they ran away. A police patrol
found them in March 2014. The accused was sentenced to five years and a fine; her husband, who
received the customers' money, was heard as a witness only. We continue to support the girls, who have
asked to return home.""",
"no","","","","","no","sexual_exploitation",5,"yes","female","cross_border","SEN NGA",1,"deception force threat abuse_of_vulnerability",
"Letters carried by hand -> internet no. 'girls' -> minor yes (C10). Nigerian nationals in Senegal -> cross_border. 'picked families she knew to be too poor to say no' -> abuse_of_vulnerability (stated). Husband only a witness -> not counted (C11).")

C("H24-015","MYS",2020,"""Extract from investigation paper, Anti-Trafficking in Persons Division (D3), Royal Malaysia Police,
Kota Bharu. Complainant (W1) states that in June 2019 she received a message on the Tantan app from a
man calling himself 'Adam', who wrote to her first after seeing her profile. After two weeks of
messages he offered her a job as a receptionist in a spa in Kuala Lumpur. She states that she accepted
because she had lost her job and had to support her mother. At the premises in Cheras she and two
other women from Kelantan were told that they owed RM 3,000 each for bus fares, lodging and uniforms
and must provide massage with sexual services to customers until the debt was cleared. The suspect
made each woman swear an oath not to leave before the debt was paid. The suspect told W1 he knew she
was desperate for money and that no one else would employ her. Suspect arrested on 2 March 2020 and
remanded under s. 117 CPC for offences under s. 12 ATIPSOM Act 2007.""",
"yes","recruitment","dating","Tantan","hunting","no","sexual_exploitation",3,"no","female","domestic","MYS",1,"deception debt_bondage other abuse_of_vulnerability",
"'wrote to her first after seeing her profile' on Tantan -> hunting, recruitment (C13); Tantan is a dating app. All in Malaysia -> domestic, cyber_flow no. 'women' -> minor no. Oath -> other; 'knew she was desperate for money' -> abuse_of_vulnerability (stated use); travel/lodging debt -> debt_bondage.")

C("H24-016","HUN",2016,"""Sentencing remarks, Miskolc Regional Court (extract). Mr B., you stand convicted of trafficking in
human beings and of living on the earnings of prostitution. Over some eight months you kept two young
women from villages of Borsod county in a flat you rented in Miskolc and sent them to men who were
brought to you by two taxi drivers. The mother of one of them owed you 600,000 forints, and you told
the daughter that she would work until that debt was paid. You took all the money the men paid. You
had photographed both women and had written an advertisement, and you told the police you meant to put
it on the internet. But you were arrested before any advertisement was placed. I take into account that
you have a previous conviction for procuring. The sentence is five years' imprisonment in a
penitentiary, and you are banned from public affairs for five years.""",
"no","","","","","no","sexual_exploitation",2,"unknown","female","domestic","HUN",1,"debt_bondage",
"Advertisement prepared but never placed ('arrested before any advertisement was placed') -> not coded (C4; open point, as annotators). Clients through taxi drivers. 'young women' -> minor unknown (C10). Mother's debt to the offender worked off by the daughter -> debt_bondage (open point, as heldout22).")

C("H24-017","GTM",2011,"""Secretariat against Sexual Violence, Exploitation and Trafficking in Persons (SVET), annual report
2011, box 6. In March 2011 the Sixth Sentencing Court of Guatemala City convicted three persons who had
brought six Honduran men, aged 19 to 27, to work in two car washes in zone 12. The owner of the car
washes had posted offers of 'formal employment with lodging' on a Honduran online job board, and the
men answered from Choluteca and Tegucigalpa. Their families had borrowed money from the owner's
brother-in-law to pay the journey, and the men were told that the debt had to be worked off before any
wages were paid. One of them had also been persuaded to come by the owner's niece, who had courted him
and promised to live with him. They worked from six in the morning to ten at night and slept on the
premises. When two of them asked to leave, the owner said that he knew where their families lived and
that they would pay. The court imposed sentences of eight to twelve years.""",
"yes","recruitment","job_portal","","fishing","yes","forced_labour",6,"no","male","cross_border","GTM HND",3,"deception debt_bondage threat",
"Job offers posted on 'a Honduran online job board' -> job_portal (C2), recruitment, fishing. Poster in Guatemala, men answering in Honduras -> cyber_flow yes (C7). Families' debt to the offenders' side worked off -> debt_bondage. Men aged 19-27 -> minor no. Courtship in person -> deception.")

C("H24-018","DNK",2023,"""A fishing skipper from Skagen has been convicted of trafficking a teenage deckhand, who says he
worked for almost nothing for a whole season. The boy, born in March 2006, answered an advertisement
in a local weekly paper in North Jutland in the spring of 2022 that sought 'a strong young man for
work at sea, good pay'. The skipper, 52, told him that he first had to pay off 28,000 kroner for
oilskins, boots, board and his berth, and deducted that from his share of the catch. On land the
skipper or his brother went with the boy wherever he went, and his phone was kept in the wheelhouse.
The boy worked up to twenty hours a day at sea. Hjørring District Court sentenced the skipper to one
year and six months; the brother was acquitted. The skipper's lawyer said they would consider an
appeal.""",
"no","","","","","no","forced_labour",1,"yes","male","domestic","DNK",2,"debt_bondage other",
"Newspaper ad in print -> internet no. Born March 2006, exploited 2022 -> 16 -> minor yes. Debt for gear and berth owed to skipper -> debt_bondage; escorted on land and phone kept -> other. Brother tried and acquitted: a defendant -> 2 (C11 counts people tried). All in Denmark, no foreign victim -> domestic.")

C("H24-019","TUR",2020,"""Gaziantep 4th High Criminal Court, judgment of 17 September 2020 (summary). The two accused were
charged with trafficking in human beings (Turkish Penal Code art. 80) and sexual abuse of a child. The
court found that the first accused obtained the telephone number of the victim, a Syrian girl under
temporary protection living with her aunt in Şahinbey, from one of her cousins, and wrote to her on
WhatsApp, offering her a job in a textile workshop and later proposing marriage. In the flat to which
he brought her, the second accused, his sister, told her that she would be married to a man 'for a
time' and that she must please him; the girl was handed to three men in succession, who paid the
accused. When she resisted, they told her that she would be reported, lose her protection status and
be sent back to Syria. The court held that the accused had used the victim's situation as a refugee
girl without parents. Each accused was sentenced to twelve years and six months' imprisonment.""",
"yes","recruitment","messaging_app","WhatsApp","hunting","no","sexual_exploitation",1,"yes","female","cross_border","TUR SYR",2,"deception threat abuse_of_vulnerability",
"'wrote to her on WhatsApp' -> offender's first contact, hunting (C13), recruitment. Both in Turkey -> cyber_flow no. Syrian girl under temporary protection exploited in Turkey -> cross_border (C8). 'girl' -> minor yes. Temporary 'marriage' is a vehicle for sexual exploitation; not coded forced_marriage (text describes paid handing to men). Deviation from deck: deck said domestic; the deportation threat made the victim foreign.")

C("H24-020","KGZ",2014,"""Criminal law - Trafficking in persons for the removal of organs - Art. 124 Criminal Code - Offering
of kidneys on the internet - Consent of the 'donor' - Debt owed by the donor's family. The accused A.
and his cousin posted advertisements on a classifieds website offering 'a healthy young donor kidney, all
papers arranged' to patients needing a transplant, and negotiated prices with patients who
answered. The three donors, young men from villages near Osh, were chosen from families who owed A.
money; the accused told them their families' debts would be cancelled after the operation. Before the
surgery in a private clinic in Bishkek each donor was made to swear on the Koran that the patient was
his relative. Held: the consent of a person whose family is in debt to the recruiter and who is
promised the cancellation of that debt is not free consent; the convictions by the Pervomaiskii
District Court of Bishkek are upheld.""",
"yes","advertising","classified_ads","","fishing","no","organ_removal",3,"unknown","male","domestic","KGZ",2,"debt_bondage other",
"Ads on 'a classifieds website' offering the victims' kidneys to patients -> advertising (offering the victims' exploitation to customers), classified_ads (C2 listing site), fishing. All in Kyrgyzstan -> domestic, cyber_flow no. 'young men' without ages -> minor unknown (open point, analogy with C10). Family debt to the recruiter cancelled by the removal -> debt_bondage; oath -> other.")
