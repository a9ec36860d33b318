from lib import C

C("H26-081","ARE",2002,
"""Committee for the release of prisoners on good conduct (Dubai), minute of 2002, item 14. The prisoner,
serving four years for detaining and exploiting domestic workers, applies for release after serving three
quarters of her sentence. The Committee recalls the facts of the judgment: in 2000 she met two women in
person at a clinic in Fujairah and promised them work as nurses' aides in Dubai with a salary of AED 1,500.
She took them to her house in Jumeirah, where for eleven months they cooked, cleaned and cared for her
elderly mother, without any salary and without a day off. She told them that if they left the house the
police would arrest them for absconding. The Committee notes the prisoner's good conduct and the payment
in full of the compensation ordered. Release approved.""",
"no","","","","","no","forced_labour",2,"no","female","domestic","ARE",1,
"deception threat",
"In person -> internet no. Domestic servitude -> forced_labour (side). Hard case: no nationality stated for the women, Fujairah to Dubai (between emirates), all in ARE -> domestic under C8. 'women' -> minor no.")

C("H26-082","PRY",2016,
"""Inter-American Commission on Human Rights, Report No. 77/16, Petition 1032-09, Friendly Settlement
(Paraguay). The petition concerned workers from Caaguazú taken in 2008 to clandestine textile workshops
in Buenos Aires, Argentina, where they sewed garments for sixteen hours a day and were told that they
would be reported to the Argentine police as illegal immigrants if they left the workshop. In the
criminal proceedings in Asunción against the two recruiters, the complainants had alleged that the
recruiters lured them through offers posted on Facebook. The Paraguayan court found no evidence of any
such posting: the complainants had been recruited in person at a parish fair, and the account shown
belonged to a different person. Both recruiters were convicted in 2012 of trafficking for labour
exploitation. Under the settlement the State recognises delays of more than three years in the
proceedings, undertakes to pay compensation to the nine complainants, and will create a specialised
unit for trafficking in the Public Ministry. The Commission approves the settlement and will follow up
its implementation.""",
"no","","","","","no","forced_labour",9,"unknown","","cross_border","PRY ARG",2,
"threat",
"Facebook posting alleged but found not proven by the court -> not coded (C4); recruitment in person -> internet no. Sex and age of the workers not stated. Caaguazú to Buenos Aires -> cross_border.")

C("H26-083","LBN",2004,
"""Sentence Reduction Committee (Law 463/2002), Mount Lebanon, decision of 2004. The applicant was
sentenced for facilitating prostitution and deprivation of liberty. The Committee recalls that two
Lebanese women aged 20 and 22 from Akkar came to work in his nightclub in Jounieh through a cousin of
one of them, who had said in the village that the club needed waitresses. The judgment found that the
applicant locked the women in a room above the club between shifts and struck one of them with a chair
when she refused a customer. The Committee notes that the applicant has completed a vocational
programme in prison, and reduces the remaining sentence by one third.""",
"no","","","","","no","sexual_exploitation",2,"no","female","domestic","LBN",1,
"force",
"Word of mouth through a cousin -> internet no. Akkar to Jounieh, Lebanese women -> domestic. Locked in and struck -> force. The cousin's statement that waitresses were needed is not the offender's promise -> deception not coded.")

C("H26-084","ISL",2019,
"""Althingi, 149th session. Answer of the Minister of Justice to a written question on trafficking in
persons (document 1322), extract. Question 3: Have Icelandic courts convicted anyone of trafficking
committed through the internet? Answer: One judgment has been delivered. In 2019 Reykjavík District Court
convicted an Icelandic man who, from his home in Reykjavík, ran a subscription website on which members
paid to watch live shows of young women in a flat in Bucharest, Romania, and to give them instructions.
Most members were in Iceland and Norway and joined through the site's own sign-up page. The young women
had been recruited in Romania by an acquaintance of the man for "photo modelling" and were told that they
owed him for the flat and the equipment, which was deducted from their share. The man was sentenced to
three years' imprisonment. The Ministry does not hold information on the number of subscribers.""",
"yes","exploitation advertising","freestanding_website webcam_livestream","","fishing","yes","sexual_exploitation","unknown","unknown","female","cross_border","ISL ROU NOR",1,
"debt_bondage deception",
"Site the offender ran selling live shows to members -> exploitation + advertising, fishing as customers came to it (C15); freestanding_website + webcam_livestream. Offender in ISL, victims in ROU, members in ISL/NOR -> cyber_flow yes, cross_border (C9). 'young women' -> minor unknown; number not given -> unknown. Recruitment in person by an acquaintance (not charged, C11).")

C("H26-085","NIC",2015,
"""Dirección General de Migración y Extranjería - Resolution no. 418-2015 on the expulsion of a foreign
national. The person concerned was convicted by a criminal court of trafficking in persons for the
purpose of forced marriage and has served his sentence. The judgment established that he paid the father
of the complainant a sum of money through an online transfer for her "hand", took her to live with him
as his wife against her will, and told her that she would have to "give back" the money by working in
his house and his business before she could leave; when she tried to go he threatened to kill her
family. The complainant was referred to a shelter. Considering that the person concerned is a foreign
national who has committed a serious offence, and that his residence permit has expired, his expulsion
is ordered with a prohibition of re-entry for ten years. The person concerned may appeal within three
working days.""",
"yes","logistics","unspecified","","","no","forced_marriage",1,"unknown","female","unknown","NIC",1,
"debt_bondage threat",
"Payment to the father 'through an online transfer' -> internet use (C1), unspecified, logistics (C16; no other purpose). Hard case: the only nationality is the offender's ('a foreign national'), no place named -> border unknown (C8); NIC listed (side). Bride price to be 'given back' by work -> debt_bondage (side of heldout22). The father is not charged (C11).")

C("H26-086","ISL",2008,
"""Statement of claim to Reykjavík District Court (2008). The plaintiff, a Lithuanian national, claims ISK
6,000,000 in damages from the defendants, the owner and the manager of a striptease club in Reykjavík,
both convicted in 2007 of offences against her. She was a juvenile when she answered an advertisement
in a newspaper for "dancers abroad, high earnings". On her arrival the manager told her that she owed
the club for her ticket and her room, and that she would dance and go with customers to the back rooms
until the debt was paid. When she refused a customer, the manager pushed her against a wall and hit her.
The defendants, the plaintiff asserts, knew she had no money, no English and no one in Iceland, and used
that to keep her. The plaintiff relies on the criminal judgment and on a psychologist's report.""",
"no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","ISL LTU",2,
"abuse_of_vulnerability debt_bondage force",
"Newspaper advertisement -> internet no. 'a juvenile when she answered' -> minor (C10). Lithuanian national exploited in ISL -> cross_border by nationality (C8). Plaintiff asserts they used her lack of money, language and contacts -> abuse_of_vulnerability. The newspaper advertisement is not said to be the defendants' -> deception not coded.")

C("H26-087","SWZ",2025,
"""Eswatini Broadcasting and Information Services, Siswati and English news, 19:00 (English bulletin,
transcript), 2025. ... The Manzini Magistrate's Court has convicted two men of trafficking five boys aged
between thirteen and fifteen from Shiselweni to cattle posts in the Lubombo region. The court heard that
the men sent letters to the boys' parents through the chief's runner, offering the boys paid work as
herd boys during the school holidays and promising to send them back for the new term. Instead, the
boys were kept at the cattle posts for more than a year, were given dagga and home-brewed beer in the
evenings, and were told that they would be beaten and left in the bush if they tried to walk home.
One boy, aged thirteen, escaped and was found by a police patrol near Siteki. Social workers told the
court that none of the boys had been to school since. The magistrate said the men had "stolen the
childhood" of the boys and sentenced each to fifteen years. The Deputy Prime Minister's Office says the
boys are receiving counselling. In other news, ...""",
"no","","","","","no","forced_labour",5,"yes","male","domestic","SWZ",2,
"deception drugs threat",
"Letters through the chief's runner -> internet no. Ages 13-15 -> minor. Shiselweni to Lubombo -> domestic. Dagga and beer given -> drugs (side: alcohol given to control -> drugs). Paid holiday work promised, kept a year -> deception.")

C("H26-088","PER",2021,
"""Exp. 00712-2021-0-2701-JR-PE-01 - Juzgado Penal Colegiado, Madre de Dios. Accused: 1 (f). Victim:
adolescent (f), from Iquitos (Loreto). Offence: trata de personas, aggravated (art. 153 and 153-A CP).
Recruitment: job offer "anfitrionas para restaurante, buen sueldo" posted by accused on Aptitus job portal
(printout, fs. 33); victim applied online, Jan. 2021. Transfer: Iquitos-Lima-Puerto Maldonado by air and
bus, tickets paid by accused. Exploitation: bar "La Pampa" (km 108, Interoceánica); "pase" with miners;
DNI retained by accused (acta de incautación, fs. 51); watched by a man at the door day and night; told
she would be "sent to the mines" if she tried to leave. Defence: victim of age (rejected: partida de
nacimiento, fs. 12, shows 16 yrs at time of facts). Sentence: 25 yrs; reparation S/ 30,000. Appeal: filed
by accused, 17.11.2021. Status: elevated to Sala.""",
"yes","recruitment","job_portal","Aptitus","fishing","no","sexual_exploitation",1,"yes","female","domestic","PER",1,
"deception document_retention other threat",
"Offer posted on a national job portal and answered online -> recruitment, job_portal, fishing. All in PER -> domestic, cyber_flow no. 16 at the time, 'adolescent' -> minor. Man watching the door -> other (side). DNI retained -> document_retention. Hostess job offered -> deception added to the deck's means.")

C("H26-089","HRV",2016,
"""SPLIT, Croatia -- Police in Split have charged three men with trafficking after five young women from
Bosnia and Herzegovina were found in an apartment above a nightclub near the Riva, the county police
administration said on Thursday. The women, police said, had answered an advertisement broadcast on a
regional television channel in Bosnia for "hostesses for the tourist season on the Adriatic coast".
After crossing the border at Kamensko they were taken to the club, where they were made to sit with
customers and have sex with them. Police said the women were given cocaine and alcohol by the club's
manager "to keep them working through the night", and that one of them had been hospitalised. A
spokeswoman for the county police said the investigation had begun after the mother of one of the women
wrote a letter to the Croatian consulate in Mostar saying her daughter had not called home in six weeks.
The three men, aged 29 to 51, are the club's owner, its manager and a driver. They have been ordered
held for 30 days. The owner's lawyer said his client rented the apartment to the women and had no
knowledge of what happened there. Croatia, a member of the European Union since 2013, has faced
criticism from the U.S. State Department over low numbers of trafficking convictions. A court date has
not been set.""",
"no","","","","","no","sexual_exploitation",5,"unknown","female","cross_border","HRV BIH",3,
"deception drugs",
"Television advertisement and a mother's letter -> internet no. 'young women' -> minor unknown (C10). Hostess job advertised then sex with customers -> deception. Cocaine and alcohol given 'to keep them working' -> drugs. USA named only as the State Department -> not a place of the case.")

C("H26-090","LTU",2007,
"""Supreme Court of Lithuania, Criminal Division, cassation ruling in case No. 2K-411/2007. The panel
examined the cassation appeal of the convicted person A.S. against the judgment of Vilnius
Regional Court and the ruling of the Court of Appeal of Lithuania, by which he was convicted under Article
157(2) of the Criminal Code (purchase or sale of a child) and Article 307(2) (gaining profit from the
prostitution of another). The lower courts established that in 2005 and 2006 the convicted person, through
an acquaintance, received two juvenile girls, citizens of the Republic of Belarus, who had run away from
a children's home, that he placed them in a flat in Vilnius, and that he posted offers of "young
Belarusian girls" with the girls' photographs and his telephone number on an internet forum used by men
to exchange information on buying sexual services. Men who called him were given the flat's address, and he
collected the payments. In the appeal, the convicted person argues
that he did not "sell" the girls, because they remained with him; that they were in Lithuania of their
own free will; and that the messages on the forum were posted by another user who had access to his
computer. The panel rejects these arguments. First, under Article 157 the sale of a child includes
offering a child to third persons for sexual use in return for payment, whether or not the child
changes hands. Second, the consent of a child has no legal significance; the courts of first and second
instance correctly established that the convicted person was aware that the girls had no documents, no
money and nowhere to go, and deliberately used this dependence to keep them in the flat. Third, the
authorship of the forum posts was established by the expert examination of the convicted person's
computer and by the testimony of two clients who called the number given in them. The acquaintance
who brought the girls has not been identified. The cassation appeal is
dismissed.""",
"yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",2,"yes","female","cross_border","LTU BLR",1,
"abuse_of_vulnerability",
"Offers posted by the offender on a forum used by men to exchange information on buying sex -> advertising, fishing; forum about buying sex typed freestanding_website (open point: side of heldout19, a sex site under C2). The denial of authorship was rejected by the court -> coded (C4 applies only to acts found not done). 'juvenile girls' -> minor. Belarusian citizens -> cross_border. Deliberate use of their dependence -> abuse_of_vulnerability. Unidentified acquaintance not counted (C11).")

C("H26-091","MWI",2025,
"""Malawi Supreme Court of Appeal (Blantyre), MSCA Criminal Appeal No. 9 of 2024, judgment of 2025
(summary). The appellant, a farm manager, posted from Chipata, Zambia, an offer of "farm work, good pay,
transport provided" on an online job board; a 17-year-old boy in Mchinji applied, was taken across the
border and made to work on a tobacco farm without pay, his passport kept by the appellant, who said that
the police would beat him as an illegal if he ran. The court held that the appellant had deliberately
targeted a child who was out of school. Appeal dismissed.""",
"yes","recruitment","job_portal","","fishing","yes","forced_labour",1,"yes","male","cross_border","MWI ZMB",1,
"abuse_of_vulnerability deception document_retention threat",
"Offer posted on 'an online job board' (C2: job board -> job_portal) and answered -> recruitment, fishing. Posted from Chipata (ZMB) to a boy in Mchinji (MWI) -> cyber_flow yes (C7). Register departure: Malawi has no cassation court; written as a Supreme Court of Appeal ruling.")

C("H26-092","TON",2003,
"""Compensation claim under the Criminal Offences Act - decision of the Magistrate, 2003. The claimant, born
in 1987, was fifteen when the convicted person, a family friend, telephoned her and sent her text
messages offering her a job in his shop. He kept her in his house and made her have sex with men he
brought there, telling her she owed him for her food and clothes. The court at trial found that he had
chosen her because her parents had died and her grandmother could not protect her. He beat her when she
refused. The claimant now lives with an aunt and has left school. Having regard to the report of the
social worker and the claimant's evidence of continuing nightmares and difficulty in trusting adults,
the Magistrate assesses compensation at T$8,000, to be paid by the convicted person in monthly
instalments, with the first instalment due within thirty days. The Magistrate notes that the convicted
person has no assets and is still serving his sentence, and directs the clerk to send a copy of this
decision to the Ministry of Police for the claimant's file.""",
"no","","","","","no","sexual_exploitation",1,"yes","female","unknown","TON",1,
"abuse_of_vulnerability debt_bondage deception force",
"Telephone and text messages only -> internet no. Born 1987, 'fifteen' -> minor. No place or nationality named -> border unknown (C8); TON listed (side). Debt for food and clothes owed to the offender -> debt_bondage. Chose an orphan -> abuse_of_vulnerability. Job offer then prostitution -> deception.")

C("H26-093","ZMB",2024,
"""Extradition enquiry, Johannesburg Magistrate's Court (2024): request of the Republic of Zambia. The person
sought is accused in Lusaka of trafficking two girls aged 15 and 16, nationals of the Democratic Republic
of the Congo, whom he advertised for sex on an online classifieds site, having promised them work in a salon and,
the warrant states, exploited their lack of documents. Order: committed to await the Minister's decision.""",
"yes","advertising","classified_ads","","fishing","no","sexual_exploitation",2,"yes","female","cross_border","ZMB COD ZAF",1,
"abuse_of_vulnerability deception",
"'online classifieds site' unnamed -> classified_ads (C2: a classified site). Advertising, fishing. DRC nationals in ZMB -> cross_border (C8). ZAF listed as where the offender is found. 'advertised for sex' -> sexual_exploitation. Register departure: the prosecuting state's request decided by a foreign court.")

C("H26-094","IRL",2001,
"""Office of the Director of Public Prosecutions / An Garda Síochána - joint press release (2001). Two men
appeared before the Dublin District Court charged in connection with the organised begging of nine
Romanian adults, aged 25 to 60, in Dublin city centre. Gardaí allege that the men brought the group from
Romania by coach, held their passports "for safekeeping", and told them that each owed IR£1,500 for the
journey, to be repaid from the money collected. According to Gardaí, the begging was directed by mobile
phone calls and text messages from a third man in Romania, and the money was counted each evening at a
house in Dublin 7. The two men were remanded in custody. Gardaí are working with the Romanian
authorities. Any person with information is asked to contact the Garda Confidential Line.""",
"no","","","","","no","forced_begging",9,"no","","cross_border","IRL ROU",2,
"debt_bondage document_retention",
"Phone calls and text messages only -> internet no (even across countries). 'adults aged 25 to 60' -> minor no; sex not stated. Third man in ROU not charged here -> not counted (C11).")

C("H26-095","GRC",2005,
"""Sofia City Court, extradition proceedings no. 211/2005, decision on the request of the Hellenic
Republic. The requested person, a Bulgarian national, is sought by the Public Prosecutor of Thessaloniki
for trafficking in human beings. According to the request, he ran an employment agency from an office in
Sofia, where women applied for jobs as hotel maids in Halkidiki; fees were paid into the agency's bank
account by bank transfer. In Thessaloniki the women were handed to a bar owner and made to sell sex, and
were told that their children in Bulgaria would be harmed if they went to the police. The court finds
that the conditions for extradition are met, the offence being punishable in both States, and that the
exception for Bulgarian nationals does not apply because of the guarantee of return to serve any
sentence. Extradition is granted.""",
"no","","","","","no","sexual_exploitation","unknown","no","female","cross_border","GRC BGR",1,
"deception threat",
"Agency office and bank transfer, no 'online' -> internet no (C1). Women from Sofia taken to Thessaloniki -> cross_border. Deck departure: drawn border 'unknown' is not workable in an extradition decision, which names the states; written cross_border. The bar owner is not a party to this request -> offenders_total 1 (the person sought). No number of women -> unknown.")

C("H26-096","CHN",2019,
"""Yuncheng Intermediate People's Court, Shanxi Province, first-instance criminal judgment (2019) Jin 08 Xing
Chu No. 47 (extract). Public prosecution organ: Yuncheng Municipal People's Procuratorate. Defendants:
Wang, Li, Zhao and Sun. The court finds: from March 2017 to October 2018 the defendant Wang, the operator
of a brick kiln in Xia County, together with the defendants Li and Zhao, his foremen, used the defendant
Sun to look for workers at the railway stations of Zhengzhou and Luoyang in Henan province. Sun
approached people in person who appeared to be without work or who were sleeping at the stations,
promised them jobs with wages of 3,000 yuan a month, food and lodging, and took them by minibus to the
kiln. There the workers, eight in total, one of whom the court found to have an intellectual
disability, were made to carry and stack bricks for more than fourteen hours a day. They received no
wages. The gate was locked at night, and Li kept a dog in the yard. Li and Zhao beat workers who worked
slowly with wooden sticks, and Wang told them that anyone who ran away would be "buried in the clay
pit". One worker, surnamed Zhang, escaped in October 2018 and reported to the police in Xia County.
The court holds that the defendants, by violence, threats and restriction of personal liberty, forced
others to work, and that the circumstances are especially serious. Judgment: Wang is sentenced to nine
years' imprisonment for the crime of forced labour; Li and Zhao to seven years each; Sun to three years;
all illegal gains are confiscated and the defendants shall jointly pay the workers' unpaid wages.""",
"no","","","","","no","forced_labour",8,"unknown","","domestic","CHN",4,
"deception force threat",
"Approached in person at railway stations -> internet no. Henan to Shanxi (between provinces) -> domestic. No worker's sex is stated ('surnamed Zhang' gives none) -> victim_sex empty; ages not stated -> minor unknown. Gate locked and beatings -> force. One worker's intellectual disability is noted but not said to be used by the defendants -> no abuse_of_vulnerability (side). Sun, who recruited in person, is a defendant -> 4.")

C("H26-097","TGO",2011,
"""Inspection du Travail et des Lois Sociales, Lomé - inspection report no. 2011/217 (extract). Visit to the
"Bar-Dancing Étoile" near the autonomous port of Lomé. The inspector found four women of Ghanaian and
Nigerian nationality housed in rooms behind the bar. One of them stated that she had come from Accra,
that the owner made her and the others have sex with customers, most of them foreign sailors, and that
the owner received payment from the customers in advance through PayPal, so that the women never
handled any money. She stated that the owner beat her when she refused a sailor and that cameras in the
corridor allowed him to watch them at all times. The inspector notes the absence of employment contracts
and has referred the case to the Procureur de la République, who has charged the owner.""",
"yes","logistics","unspecified","PayPal","","no","sexual_exploitation",4,"no","female","cross_border","TGO GHA NGA",1,
"force other",
"Customers paying the owner through PayPal -> the offender's internet use, unspecified, logistics (C1, C16). Where the customers were when paying is not stated -> cyber_flow no (C14). Ghanaian and Nigerian women -> cross_border. Cameras to watch them -> other (side). 'women' -> minor no.")

C("H26-098","MNG",2023,
"""Astana City Court, decision on the request of Mongolia for extradition (2023). The requested person,
who ran an employment agency from an office in Ulaanbaatar, is wanted in Mongolia for trafficking in
persons. According to the request, in 2022 she recruited six boys who had just finished the 10th grade
for "summer work" at a construction site in Erenhot, China; the parents came to the office and received
advance payments by bank transfer. In Erenhot the boys worked twelve-hour shifts and were given
stimulant pills by the site foreman so that they would not sleep. The request states that the requested
person chose boys from families in debt to the agency's associates "because they could not refuse".
She was detained in Astana. The court grants extradition.""",
"no","","","","","no","forced_labour",6,"yes","male","cross_border","MNG CHN KAZ",1,
"abuse_of_vulnerability drugs",
"Agency office and bank transfers, no 'online' -> internet no (C1). 'just finished the 10th grade' -> minor (side: grades; 'boys' also, C10). Stimulant pills given -> drugs. Families in debt to the agency's associates (third parties) -> not debt_bondage; choice of such families 'because they could not refuse' -> abuse_of_vulnerability. KAZ listed as where the offender was. Foreman not charged (C11).")

C("H26-099","GRC",2022,
"""To the Labour Inspectorate (SEPE) and the Public Prosecutor. Complaint of the Union of Domestic Workers and
Carers (2022). Our union was approached by a 16-year-old girl who worked for nine months as a live-in
domestic worker. A recruiter wrote to her on Telegram offering a babysitting job with a monthly wage of
EUR 600 and weekends off. In reality she cleaned, cooked and cared for three children and an elderly man
from 6 a.m. to midnight, seven days a week, and received EUR 100 a month. The employer has been charged.
We ask the Inspectorate to examine the employer's liability for the unpaid wages and the Prosecutor to
investigate the recruiter.""",
"yes","recruitment","messaging_app","Telegram","hunting","no","forced_labour",1,"yes","female","unknown","GRC",1,
"deception",
"'wrote to her on Telegram' -> hunting (C13). The recruiter acts for the offenders (C3) even though not charged; offenders_total counts only the charged employer (C11). No place or nationality named -> border unknown; GRC listed (side). Domestic servitude -> forced_labour.")

C("H26-100","ISL",2025,
"""District Court - judgment in case S-118/2025 (English translation). The two accused are convicted of
trafficking in human beings under Article 227(a) of the General Penal Code. The court finds it proven that
the accused employed a boy born in 2008 in their restaurant kitchen for fourteen hours a day without pay,
that they told him that his mother would lose her flat if he complained, and that they chose him knowing
that he had no other adult to turn to. The accused coordinated his shifts and discussed his "debt"
between themselves in messages on Signal, which the police recovered.""",
"yes","logistics","messaging_app","Signal","","no","forced_labour",1,"yes","male","unknown","ISL",2,
"abuse_of_vulnerability threat",
"Signal messages between the two accused only -> logistics, messaging_app (C14), no strategy, cyber_flow no. Born 2008, judgment 2025, facts before -> minor ('boy' also). No place or nationality named -> border unknown (C8); ISL listed (side). A 'debt' discussed between offenders is not shown to be imposed on the boy -> no debt_bondage.")
