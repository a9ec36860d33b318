from lib import C

C("H18-021","HND",2013,"""When nineteen-year-old diver E.W. was carried ashore in Puerto Lempira in April 2012, paralysed from the
waist down by decompression sickness, he was the fourth member of his boat's crew to be hospitalised that season. The
case that followed, heard by the Sentencing Court of Puerto Lempira in 2013, concerned the captain of the lobster boat
and the 'sacabuzo' who had recruited the crew. The recruiter had gone door to door in Miskito villages along the
Caratasca lagoon in the weeks before the season, handing out cash advances to families and enrolling five divers, three
of them boys aged 15 to 17. At sea the divers were made to make up to twelve dives a day without depth gauges, and were
told that they could not leave the boat until the advances, plus food and fuel charged at inflated prices, were worked
off. The captain threatened to leave one boy on a cay when he refused to dive. The court convicted both men of
trafficking in persons for labour exploitation and sentenced them to ten and eight years respectively.""",
"no","","","","","no","forced_labour",5,"yes","male",
"domestic","HND",2,"debt_bondage threat abuse_of_vulnerability",
"No internet: door-to-door recruitment. Three boys 15-17 -> minor yes. Advances plus inflated charges worked off -> debt_bondage. All in Honduras (Miskito coast) -> domestic.")

C("H18-022","ISL",2020,"""Dómur Héraðsdóms Norðurlands eystra, S-[..]/2020. Accused: man b. 1996, Akureyri. Convicted: trafficking in
persons (art. 227a General Penal Code), sexual offences against a child. Victim: boy b. 2006 (14 at the time). Accused
contacted victim in the chat of the online game Fortnite (Nov. 2019), gave him V-Bucks, moved contact to Snapchat,
obtained images. Dec. 2019-Feb. 2020: took victim to a flat in Akureyri, sent victim's photographs via Snapchat to two
adult men he selected, received payment for sexual acts by them with the victim. Threatened to send images to victim's
school if he told anyone. Sentence: 5 yrs. The two men were dealt with in separate proceedings.""",
"yes","recruitment advertising","unspecified social_media","Fortnite|Snapchat","hunting","no","sexual_exploitation",1,"yes","male",
"domestic","ISL",1,"threat",
"'contacted victim in the chat of the online game Fortnite' -> recruitment, hunting (C13); game typed unspecified (open point, annotators' majority). Photos sent by Snapchat to two men he selected -> advertising + hunting (C6; 'men' is a C6 buyer word). Buyers dealt with in separate proceedings, not counted in this case -> offenders 1 (C11). Gifts of V-Bucks not coded as a means; no deception described -> means threat only.")

C("H18-023","CZE",2018,"""KS Hradec Králové, 2018. Accused: J.K. (m, 41), L.K. (f, 36), Trutnov. Convicted of trafficking in persons
(§168 TZ), production and distribution of child pornography. 2015-2017: recorded sexual abuse of L.K.'s daughter (b. 2004)
and the daughter's friend (b. 2006), both given sleeping tablets beforehand. Videos sold through a pay-per-download
website run by J.K.; payments in bitcoin. Purchasers identified in Germany and the Netherlands. J.K. 11 yrs, L.K. 8 yrs.""",
"yes","exploitation","freestanding_website unspecified","Bitcoin","","yes","sexual_exploitation",2,"yes","female",
"cross_border","CZE DEU NLD",2,"drugs",
"Site run by J.K. selling recorded videos -> freestanding_website, exploitation, no advertising, no strategy (C15). Bitcoin payments -> unspecified, name in platforms (C1); logistics not added (other purpose applies). Buyers in DEU/NLD -> cyber_flow yes, cross_border (C9). Girls b. 2004/2006 -> minors. Sex: 'daughter' -> female.")

C("H18-024","MDV",2016,"""Judgment of the Criminal Court (translation of the operative part and findings). Whereas it has been
proved beyond reasonable doubt, on the testimony of the victim, a Sri Lankan woman aged 32, and of two guests of the
accused's guesthouse on the island of Hithadhoo in Addu City, and on the records of the accused's telephone, that the
accused, a Maldivian man of 45, and the victim met on the dating site Badoo in 2014 and corresponded there for several
months, during which time the accused promised to marry the victim and to employ her as a manager of his guesthouse;
and whereas it has further been proved that, after the victim arrived in the Maldives in February 2015, the accused
took her passport, required her to clean and cook for the guesthouse for up to sixteen hours a day without pay, and on
several occasions required her to have sexual relations with guests who paid him, threatening to report her to the
immigration authorities as an overstayer if she refused; the Court finds the accused guilty of human trafficking under
section 12 of the Prevention of Human Trafficking Act (Law No. 12/2013).""",
"yes","recruitment","dating","Badoo","","yes","forced_labour sexual_exploitation",1,"no","female",
"cross_border","MDV LKA",1,"deception document_retention threat",
"'met on the dating site Badoo and corresponded there' -> recruitment but no strategy: who wrote first is not said (C5/C13). Accused in Maldives, victim in Sri Lanka when linked online -> cyber_flow yes (C7). Woman aged 32 -> minor no.")

C("H18-025","NGA",2019,"""In this appeal the appellant, convicted by the Federal High Court sitting at Uyo on a charge brought by the
National Agency for the Prohibition of Trafficking in Persons, contends that the trial court wrongly admitted the
printouts of her Facebook and WhatsApp accounts. The facts as found by the learned trial judge may be stated shortly.
Between 2016 and 2017 the appellant posted on Facebook offers of 'hotel and supermarket jobs in Oman, salary 150,000
naira, visa and ticket free', and also sent private messages on Facebook Messenger to young women in Uyo and Ikot Ekpene
whose profiles she had found. Five women, one of them seventeen, travelled through her. Before their departure the
appellant sent their photographs and passport pages on WhatsApp to her partner in Muscat, who placed them as domestic
workers in private households where their passports were taken, they worked without rest and were told that they
owed the 'agency fee'. We find that the printouts were properly certified under section 84 of the Evidence Act. The
appeal lacks merit and is dismissed; the sentence of seven years is affirmed.""",
"yes","recruitment","social_media messaging_app","Facebook|Facebook Messenger|WhatsApp","hunting fishing","yes","forced_labour",5,"yes","female",
"cross_border","NGA OMN",1,"deception document_retention debt_bondage",
"Facebook posts of job offers -> fishing; private Messenger messages to women whose profiles she found -> hunting; both described (C5). WhatsApp photos to partner in Muscat -> offender-to-offender, not advertising (C14), but cyber_flow yes (C7); logistics not added since recruitment applies. One 17-year-old -> minor yes. Partner not charged -> offenders 1.")

C("H18-026","GRC",2022,"""The Mixed Jury Court of Heraklion convicted a greenhouse owner from Ierapetra and his Albanian-born foreman
of trafficking fourteen Pakistani and Bangladeshi men for labour exploitation, sentencing them to eleven and nine years.
The men, none of whom had residence papers, were recruited by the foreman in a café by the port of Chania and in the
village squares of the Messara plain; the owner had no website and placed no advertisement of any kind, the court
noted, since 'word of mouth among the undocumented was enough'. The workers picked tomatoes and cucumbers under plastic
for twelve hours a day, lived in a storage shed without water and were paid irregularly, minus a monthly 'room fee' of
100 euros and the 300 euros each had paid the foreman for the job. When a group asked for their back pay the foreman
told them that he knew police officers who would have them deported. The men were identified during a joint inspection
by the labour inspectorate and the police.""",
"no","","","","","no","forced_labour",14,"no","male",
"cross_border","GRC PAK BGD",2,"abuse_of_vulnerability debt_bondage threat",
"Internet mentioned once, only in its absence ('no website ... no advertisement of any kind') -> no. Foreign workers exploited in Greece -> cross_border (C8). Room fee and job fee deducted -> debt_bondage (judgement call). Foreman's birthplace not coded as a country (not a place of origin/exploitation of victims).")

C("H18-027","NGA",2024,"""Case profile (NGO shelter, Imo State). In August 2023 a 16-year-old girl from a village near Abakaliki,
Ebonyi State, five months pregnant and sent away by her family, was offered shelter 'until the baby comes' by a woman
who introduced herself as a nurse at a motherless babies' home. The girl, with three others aged between 15 and 19 who
were recruited in the same way, was held in a succession of short-let apartments in Owerri, which the woman and her two
associates booked through a short-let booking app so as never to stay more than three weeks in one place. The girls
were not allowed to go out, their phones were taken and they were told their babies would be 'adopted by good
families'. Two of the babies were sold before the group was found by NAPTIP officers in January 2024 after a neighbour
reported the arrivals. The three suspects were arraigned before the Federal High Court, Owerri, and trial is ongoing. The
shelter has supported the girls since their rescue.""",
"yes","logistics","unspecified","","","no","other",4,"yes","female",
"domestic","NGA",3,"deception abuse_of_vulnerability force",
"Apartments booked by the offenders 'through a short-let booking app' -> unspecified (C2 'an app'; open point on booking), logistics. Holding pregnant girls for sale of their babies -> form other. 'Arraigned' -> 3 defendants (C11). Not allowed out, phones taken -> force (confinement, judgement call).")

C("H18-028","ESP",2014,"""Provincial Court of Cáceres, Second Section, judgment of 2014. On the laptop seized in the flat in Plasencia
the Guardia Civil found a folder of photographs of the two women and a text for an advertisement on an escort portal
('two new Latin girls, 24 hours, discreet'), saved three days before the raid; the court accepts the defence's point
that the advertisement was never published, the account on the portal never having been activated. It is proved, on the
other hand, that the accused had brought the two Honduran women, aged 22 and 27, from San Pedro Sula in 2013 on the promise
of work in a fruit-packing plant, that on their arrival he took their passports 'to register them', that he told
them each owed him 5,500 euros for the tickets and that, in the meantime, he found customers for them by leaving cards
with his mobile number in bars and petrol stations along the N-630. The court convicts him of trafficking in human
beings for sexual exploitation and imposes six years' imprisonment.""",
"no","","","","","no","sexual_exploitation",2,"no","female",
"cross_border","ESP HND",1,"deception document_retention debt_bondage",
"Escort-portal advertisement prepared but never published -> not coded (C4). Customers found through printed cards -> internet no. Honduran women -> cross_border. Police finding the folder is not offender internet use (C3).")

C("H18-029","RWA",2016,"""Intermediate Court of Rubavu, RP 0214/16/TGI/RBV. Acc.: M.U., f, 52, trader, Gisenyi. Victims: V1 (boy, b.
04/03/2006, from Kabaya), V2 (boy, b. 12/11/2004, from Kabaya), V3 (girl, b. 27/08/2008, from Ngororero). Facts: 2015,
acc. told the parents (farmers) that the children would attend school and help in her shop in Kampala; took them
across the border at Cyanika; in Kampala the children were sent each day to beg at traffic lights and market gates and
to hand all money to acc.; V3 was hit with a stick when she brought back too little. Children returned via IOM after
V1 approached a police post in Kampala. Held: guilty, trafficking in persons (art. 251 Penal Code), 7 yrs + fine
RWF 5,000,000.""",
"no","","","","","no","forced_begging",3,"yes","male female",
"cross_border","RWA UGA",1,"deception force",
"No internet. Births 2004-2008, offence 2015 -> minors. Taken from Rwanda to Uganda -> cross_border. Parents deceived about schooling -> deception; beating -> force.")

C("H18-030","IND",2022,"""PRESS NOTE - Tripura Police. The Court of the Additional Sessions Judge, Dharmanagar, North Tripura, has
convicted three accused persons in a case of human trafficking registered at Kadamtala Police Station in 2020. The
accused, two men from Dharmanagar and a woman from Bengaluru, lured two girls from tea-garden families, aged 16 and 19,
with offers of jobs in a garment factory. The woman called the girls' mothers repeatedly by phone and sent SMS messages
with train details. The girls were taken to Bengaluru and confined in a house where they were forced into prostitution
and threatened that their families would be harmed if they resisted. The matter came to light when one girl borrowed a
customer's phone and called her brother. The court has sentenced each accused to ten years' rigorous imprisonment under
Section 370 IPC and the POCSO Act. Tripura Police appreciate the efforts of the investigating officer and the AHTU.""",
"no","","","","","no","sexual_exploitation",2,"yes","female",
"domestic","IND",3,"deception threat force",
"Phone calls and SMS only -> internet no (scheme example 4). Tripura to Bengaluru within India -> domestic. One girl 16 -> minor yes. Confinement -> force (judgement call).")

C("H18-031","TJK",2022,"""The judicial board for criminal cases of the Supreme Court of the Republic of Tajikistan left unchanged the
verdict of the Sughd Regional Court against two residents of Istaravshan convicted of trafficking in persons. As the
verdict established, the first convicted person acted on the instructions of a fellow countryman living in Dubai, who in
2021 posted a vacancy in a Telegram channel for Tajik migrants for 'operators in a call centre in Dubai, salary USD
1,200'. The convicted persons collected the passports of four young men from Istaravshan and Konibodom who had
responded, bought their tickets and saw them off. The men were flown to Bangkok and driven across the border to a
guarded compound in Myanmar, where they were made to defraud people online through fake investment profiles for up to
sixteen hours a day; they were beaten for failing targets and told that they owed USD 8,000 each for their transport.
The Supreme Court rejected the argument that the convicted persons did not know of the men's fate, citing their
correspondence with the man in Dubai.""",
"yes","recruitment exploitation","messaging_app unspecified","Telegram","fishing","yes","forced_criminal_activity",4,"unknown","male",
"cross_border","TJK ARE THA MMR",2,"deception force debt_bondage",
"Vacancy posted in a Telegram channel by the offender in Dubai and answered by men in Tajikistan -> recruitment, fishing, cyber_flow yes (C7). Forced to defraud people online -> exploitation, form forced_criminal_activity; the scam medium is just 'online' -> unspecified (C2). 'young men' without ages -> minor unknown (open point, as 'young women' C10). Man in Dubai not convicted -> offenders 2.")

C("H18-032","QAT",2023,"""The Ministry of Interior announced that the Human Trafficking Combating Department, in coordination with the
Public Prosecution, arrested two Asian residents for exploiting three women in prostitution in rented flats in Al
Wakrah and Al Khor. The women, nationals of an Asian country who had entered Qatar on domestic worker visas arranged by
the suspects, were told on arrival that no domestic work existed and that they would have to 'repay' the cost of their
visas with men the suspects found. The suspects kept the women's passports and telephones. Customers contacted the
suspects by telephone calls, and meetings were arranged by phone; no advertisements were found. The two suspects have
been referred to the competent court. The Ministry reiterates that the State of Qatar adopts a zero-tolerance policy
towards human trafficking.""",
"no","","","","","no","sexual_exploitation",3,"no","female",
"cross_border","QAT",2,"deception debt_bondage document_retention",
"Telephone calls only -> internet no. Foreign women ('nationals of an Asian country') -> cross_border (C8); their country is not named, so only QAT listed. 'Referred to the competent court' -> 2 defendants. 'Women' -> minor no (C10).")

C("H18-033","CAN",2025,"""R. v. D.P., Court of King's Bench of Manitoba (Brandon), reasons for sentence. The offender, 34, was found
guilty after trial of trafficking a person under 18 years (s. 279.011 Criminal Code) and receiving a material benefit.
The complainant, then 17, had left her home community in western Manitoba and was living in the offender's motel room in
Brandon. Over roughly three months in 2023 he supplied her with methamphetamine, took her to hotel lounges and to a
curling bonspiel in Virden, and arranged sexual services with men he approached in person there, keeping all
of the money. When she tried to leave in August he struck her and took her shoes and phone. One of the purchasers, a
pipeline contractor called by the Crown, testified that he had learned of the arrangement from a post another man had
written on an online forum; there was no suggestion that the offender knew of or had anything to do with that post. I
impose a global sentence of seven years, less credit for pre-sentence custody.""",
"no","","","","","no","sexual_exploitation",1,"yes","female",
"domestic","CAN",1,"drugs force abuse_of_vulnerability",
"Internet appears once: a forum post by another buyer, not by the offender -> not coded (C3). Offender approached men in person. 17-year-old -> minor yes. All within Manitoba -> domestic.")

C("H18-034","LSO",2024,"""MAFETENG - The Mafeteng Magistrate's Court has sentenced a local recruiter to twelve years in prison after
finding him guilty of trafficking six young men to a vegetable farm near Wepener in South Africa's Free State province.
The court heard that the recruiter, 47, visited villages around Mafeteng in 2022 promising jobs at R4,500 a month, and
collected a 'placement fee' of M800 from each family, which relatives paid to him through M-Pesa. At the farm the men,
one of whom was 17, worked from dawn to dark, were locked into a compound at night and received no wages, the farmer
telling them that their pay had been given to the recruiter. Two escaped across the Caledon river and reported to
police in Mafeteng. Magistrate 'Mamosa Khoabane said the accused had 'sold his own neighbours'. The South African farmer
was not part of the case.""",
"yes","logistics","unspecified","M-Pesa","","no","forced_labour",6,"yes","male",
"cross_border","LSO ZAF",1,"deception force",
"Placement fees received by the offender through M-Pesa -> internet use (C1/C16, national payment app typed unspecified, open point), logistics as no other purpose applies. Families and offender both in Lesotho -> cyber_flow no. One man 17 -> minor yes. Locked in at night -> force (judgement call). Farmer not charged -> offenders 1.")

C("H18-035","CHE",2015,"""The Cantonal Court of Solothurn convicted a 38-year-old Hungarian man of trafficking in human beings and
encouraging prostitution and sentenced him to four and a half years' imprisonment. He had brought three women from
Ózd, aged 20 to 23, to Olten in 2013, telling them they would earn 5,000 francs a month in a club. Instead he rented
them rooms in a salon, took most of their earnings against a 'debt' for travel and rent, and beat one of them when she
wanted to go home; he told the others that their families in Hungary would pay if they left. The court found no evidence
that the accused had written, placed or paid for the women's advertisements on an erotic website, which the women had
posted themselves before he became involved, and acquitted him on that part of the indictment.""",
"no","","","","","no","sexual_exploitation",3,"no","female",
"cross_border","CHE HUN",1,"deception debt_bondage force threat",
"Internet once, denied: 'no evidence that the accused had written, placed or paid for' the ads, placed by the women themselves before he was involved -> not coded (C4, C3). Hungarian women -> cross_border. Ages 20-23 -> minor no.")

C("H18-036","QAT",2024,"""Court of First Instance, Doha, Criminal Circuit - remarks on sentence. The first defendant, a Nepali national
employed as a camp supervisor, posted in a Facebook group used by Nepali workers in Qatar an offer of 'quick help for
those drowning in loans', and also sent messages to workers who had written in the same group about their debts. To the
four men who answered or replied, all labourers aged between 24 and 35, he proposed that a kidney could be sold in India
for USD 6,000. He arranged their travel through the second defendant, a compatriot, and coordinated their admission to
a private hospital in Delhi by WhatsApp with a broker there. The men were paid between USD 800 and 1,500; two now suffer
from chronic illness. Both defendants preyed on desperation and lied about the risks. The first defendant is sentenced
to ten years' imprisonment and the second to seven years, each followed by deportation.""",
"yes","recruitment","social_media messaging_app","Facebook|WhatsApp","hunting fishing","yes","organ_removal",4,"no","male",
"cross_border","QAT NPL IND",2,"deception abuse_of_vulnerability",
"Offer posted in a Facebook group -> fishing; messages sent to workers who had written about debts -> offender first contact, hunting (C13). WhatsApp with a broker in India from Qatar -> cyber_flow yes (C7/C14); logistics not added. Nepali workers in Qatar taken to India -> cross_border. Debts to third parties -> abuse_of_vulnerability, not debt_bondage.")

C("H18-037","NPL",2006,"""Rupandehi District Court, 2006. Def.: manpower agent, Butwal (m). Two women from Butwal (one aged 16 per
birth certificate) promised office-cleaning jobs in Dubai, sent to Lebanon as domestic workers instead, 2004; def. e-mailed their photos and passport copies to a
placement agency in Beirut. Employers kept passports; no wages. Convicted: Human Trafficking (Control) Act 1986; 10 yrs.""",
"yes","logistics","email","","","yes","forced_labour",2,"yes","female",
"cross_border","NPL LBN",1,"deception document_retention",
"E-mail from the agent in Nepal to a placement agency in Beirut -> offender-to-offender (C14): not advertising, logistics, cyber_flow yes (C7). Promised cleaning jobs in Dubai, sent to Lebanon as domestic workers -> deception; Dubai only a promised destination, not listed in countries. One aged 16 -> minor yes.")

C("H18-038","IND",2021,"""Case summary (Migrant Rights Network, Kadapa). R., a 29-year-old woman from a village in Kadapa district with
a diploma in nursing, received an e-mail in March 2019 from a sub-agent who had met her brother at a wedding and
asked him for her address. The e-mail offered a caregiver's post in a hospital in Saudi Arabia at 2,000 riyals a month and
attached an 'appointment letter'. R. paid the sub-agent Rs 60,000 and travelled to Dammam, where she was taken to a
private house and told she would be a domestic worker. Her passport was kept by the employer, she was locked in when the
family went out and she was not paid for eleven months. Her husband approached the network, which took up the case with
the Indian embassy and lodged a complaint with Kadapa police. In 2021 the sub-agent and the licensed recruitment agent
he worked for were convicted under Section 370 IPC and the Emigration Act and sentenced to seven years each.""",
"yes","recruitment","email","","hunting","no","forced_labour",1,"no","female",
"cross_border","IND SAU",2,"deception document_retention force",
"Sub-agent e-mailed her first an offer -> recruitment, hunting (C13). Both in India at that moment -> cyber_flow no. NGO and husband's acts not coded (C3). Locked in -> force (judgement call). Woman 29 -> minor no.")

C("H18-039","PAK",2018,"""Sessions Court Mandi Bahauddin, FIA case 2016. Two accused (agents) advertised 'jobs in Oman, car-wash and
construction' in a local Urdu newspaper; six men paid Rs 350,000 each, were taken to Muscat, passports taken, unpaid
work on building sites, told to work off the fee. Convicted under the Prevention and Control of Human Trafficking Ordinance 2002 and the Emigration Ordinance; 7 yrs each.""",
"no","","","","","no","forced_labour",6,"no","male",
"cross_border","PAK OMN",2,"deception document_retention debt_bondage",
"Newspaper advertisement (print) -> internet no. Men -> minor no.")

C("H18-040","DNK",2013,"""Retten i Sønderborg convicted a 22-year-old man of trafficking in human beings and procuring a minor in 2013.
What the 15-year-old girl from Aabenraa told the police in November 2012 came at the end: by then she had been sold to men
in hotel rooms in Kolding and Vejle for almost four months, the man having advertised her on an escort website with
photographs he took of her and answered the men who wrote. Before that he had been her 'boyfriend'. He had contacted her
on Facebook in the spring, sent compliments and gifts, and given her hash. The first request for 'a favour for a friend'
came after he told her he owed money to dangerous people who would hurt her too if he did not pay. The court imposed
three years and six months.""",
"yes","recruitment advertising","social_media freestanding_website","Facebook","hunting fishing","no","sexual_exploitation",1,"yes","female",
"domestic","DNK",1,"deception threat drugs",
"'contacted her on Facebook' -> hunting, recruitment (C13). Advertised on 'an escort website' -> freestanding_website (C2), advertising, fishing. 15-year-old -> minor. All in Denmark -> domestic. Hash given -> drugs.")
