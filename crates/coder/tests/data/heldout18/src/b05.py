from lib import C

C("H18-081","SLE",2016,"""MAKENI - A foreign national who ran a small private school on the outskirts of Makeni and his Sierra Leonean
assistant were convicted by the High Court sitting in Makeni on Monday of trafficking in persons and sexual offences
against children. The court heard that between 2013 and 2015 the two men recorded the sexual abuse of six of the school's
pupils, girls aged between 11 and 15 whose families had been promised free schooling and meals, and sold the videos
through a members-only website the first accused operated, to subscribers abroad. Investigators said the site had
several hundred paying members. The assistant, the court heard, chose the girls from the poorest families and told them
they would be expelled and their families made to repay the fees if they spoke. The case began when a teacher at a
neighbouring school alerted the Family Support Unit. Sentencing is expected next month.""",
"yes","exploitation","freestanding_website","","","yes","sexual_exploitation",6,"yes","female",
"cross_border","SLE",2,"deception abuse_of_vulnerability threat",
"Members-only website run by the first accused selling recorded videos -> freestanding_website, exploitation only, no advertising and no strategy (C15). Sold to subscribers 'abroad' -> cyber_flow yes, cross_border (C9); no named foreign country -> countries SLE only. Offender's nationality not named.")

C("H18-082","IDN",2019,"""PRESS RELEASE - Directorate of General Crimes, West Nusa Tenggara Regional Police. Police have named three
suspects, the director and two field staff of PT Cahaya Karya Mandiri, in a case of trafficking in persons involving
fourteen women from East Lombok sent to Saudi Arabia as domestic workers in 2018 despite the government's moratorium on
such placements. The company ran its own website advertising 'official jobs in hotels and hospitals in the Middle East,
salary 6 million rupiah', and most of the women applied after seeing the site or being shown it on a sponsor's phone in
their village. The women, aged 19 to 35, were charged 'processing fees' they were told they would repay from their wages,
had their passports kept by their employers on arrival, and received little or no pay. Two women were repatriated after
contacting the Indonesian embassy in Riyadh. The suspects face up to 15 years under Law No. 21 of 2007.""",
"yes","recruitment","freestanding_website","","fishing","no","forced_labour",14,"no","female",
"cross_border","IDN SAU",3,"deception debt_bondage document_retention",
"Company ran its own website advertising jobs; women applied -> freestanding_website (C15 bogus agency site), recruitment, fishing. Company's name is not the platform's name -> platforms empty. Everyone in Indonesia at recruitment -> cyber_flow no. 'named three suspects' -> 3 (C11).")

C("H18-083","CZE",2004,"""Regional Court in Brno, Jihlava branch - sentencing remarks. The defendant, you brought three Bulgarian women, one of
them only 17, from Pleven to Znojmo in 2003, telling them they would pick grapes. On the second day you took their
passports and told them the grapes could wait, that they owed you 30,000 crowns each, and that they would work it off
with men. You placed advertisements for them on an internet advertising server for classified ads, under the heading
'discreet privát Znojmo', and you answered the customers yourself. When the youngest refused, you hit her until her
lip split. You have no remorse. The court sentences you to eight years' imprisonment, to be served in a prison with
security supervision, and to expulsion for an indefinite period.""",
"yes","advertising","classified_ads","","fishing","no","sexual_exploitation",3,"yes","female",
"cross_border","CZE BGR",1,"deception document_retention debt_bondage force",
"Ads placed 'on an internet advertising server for classified ads' -> classified_ads (C2: listing site), advertising, fishing. One 17-year-old -> minor yes. Bulgarian women -> cross_border.")

C("H18-084","KWT",2007,"""The Criminal Court convicted a Kuwaiti man of 52 and his Indian driver of exploiting three domestic workers, two
Indian and one Nepali man, whom he had sponsored. The court found that from 2005 the first defendant made the workers
distil alcohol in a locked room of his house in Jleeb Al-Shuyoukh and deliver bottles at night to buyers in labour camps,
paying them nothing beyond food. He kept their passports and told them that if they were caught they, not he, would be
jailed and deported. The driver beat one worker who refused to make deliveries. The buyers were fellow migrant workers
who telephoned the driver; the court noted that there was no other means of contact, no internet or written adverts. The
first defendant was sentenced to seven years and the driver to three years.""",
"no","","","","","no","forced_criminal_activity",3,"no","male",
"cross_border","KWT IND NPL",2,"document_retention threat force",
"Internet once, in its absence -> no. Telephone contact with buyers only. Distilling and selling alcohol (illegal) -> forced_criminal_activity. Foreign workers -> cross_border (C8). Men -> minor no.")

C("H18-085","DNK",2015,"""Retten i Viborg convicted a Romanian couple living near Skive of trafficking in human beings and sentenced them to
two years and 18 months. The four victims, men from villages in Buzău county aged 28 to 47, were brought to Denmark in 2013 with promises of
farm jobs paying DKK 120 an hour. They cleaned pig stables on several farms whose owners paid the couple, not the workers;
the couple kept their identity cards, housed them in a caravan and told them they owed DKK 10,000 each for travel. Before
the men left Romania, the wife had received scans of their identity cards from a recruiter in Buzău over Facebook
Messenger. The recruiter was not prosecuted in Denmark.""",
"yes","logistics","messaging_app","Facebook Messenger","","yes","forced_labour",4,"no","male",
"cross_border","DNK ROU",2,"deception document_retention debt_bondage",
"Internet once: ID scans sent by the recruiter in Romania to the wife in Denmark over Facebook Messenger -> offender to offender (C14), logistics, cyber_flow yes (C7). Recruiter not prosecuted -> offenders 2. Men 28-47 -> minor no.")

C("H18-086","AZE",2021,"""GANJA - Ganja Grave Crimes Court sentenced a 34-year-old resident of Ganja to nine years in prison on Thursday for
trafficking three young men to a fraud office in Batumi, Georgia. According to the indictment, the defendant wrote to the three men,
aged 20, 23 and 26, on Instagram in 2020, after seeing their posts about looking for work abroad, and offered them jobs as
'sales operators' in Batumi, Georgia, at USD 1,500 a month. He drove them there himself. In Batumi they were locked into
the upper floors of an office building, their passports were taken and they were made to cheat people online, posing
as support staff of online shops to obtain card details. They were told they could leave only after paying
USD 5,000 each 'for the company's expenses'. One of them managed to send a message to his sister, who contacted the
Azerbaijani embassy. The defendant said he had not known what the work involved.""",
"yes","recruitment exploitation","social_media unspecified","Instagram","hunting","no","forced_criminal_activity",3,"no","male",
"cross_border","AZE GEO",1,"deception document_retention debt_bondage force",
"'wrote to the three men on Instagram' -> hunting (C13), recruitment. Made to cheat people online -> exploitation, unspecified (C2); forced fraud -> forced_criminal_activity. Defendant and men both in Azerbaijan at contact -> cyber_flow no. Ages 20-26 given -> minor no. Sister's contact with the embassy not coded (C3). Locked in -> force.")

C("H18-087","MKD",2011,"""Judgment of the Basic Court Kičevo (translation). The court, having assessed the evidence individually and in
relation to each other, established that the first accused, the father of the injured party, a girl born on 11 February
1996 from the village of Grdovci near Vinica, in July 2010, after agreeing the matter at a meeting in Vinica with the second
accused, gave his daughter, against her expressed will, as a 'bride' to the son of the second accused, the third accused,
then aged 19, in exchange for the sum of 2,500 euros, which the second accused paid him in cash; that the injured party was
thereafter kept in the household of the second and third accused in Kičevo, where she was made to perform all the household
work and to collect scrap metal with the family, was forbidden to leave the house alone and was beaten by the third accused
when she tried to telephone her mother; and that the accused thereby committed the criminal offence of trafficking in a
juvenile person under Article 418-d of the Criminal Code, for which the court sentences the first accused to four years,
the second accused to five years and the third accused to four years of imprisonment.""",
"no","","","","","no","forced_marriage forced_labour",1,"yes","female",
"domestic","MKD",3,"force",
"No internet. Born 11 Feb 1996, given in July 2010 -> 14 -> minor yes. Sold as a bride -> forced_marriage; household work and scrap collecting -> forced_labour. Vinica to Kičevo -> domestic. Forbidden to leave, beaten -> force.")

C("H18-088","UGA",2021,"""Judgment of the High Court of Uganda at Masaka (Criminal Division). The evidence of the prosecution, which I accept
in its material parts, was that the accused, who ran a lodge in Nyendo, in March 2020 brought to that lodge two girls aged
15 and 16 from Kalungu District, having told their guardian that they would work in his salon, and that from the first
night he required them to have sexual intercourse with men whom boda-boda riders brought to the lodge, the accused taking
the money; that the police, on searching the accused's phone, recovered photographs of the two girls and a draft
advertisement for 'young girls, Masaka' which he admitted in his charge and caution statement that he had meant to put on
the internet 'when business picked up', though it is common ground that no such advertisement was ever posted; and that
when one girl asked to go home he told her she owed him for her transport and food. I find that the accused trafficked the
two children for sexual exploitation contrary to section 3 of the Prevention of Trafficking in Persons Act, 2009, and I
convict him accordingly.""",
"no","","","","","no","sexual_exploitation",2,"yes","female",
"domestic","UGA",1,"deception debt_bondage",
"Draft internet advertisement never posted -> not coded (C4). Customers brought by boda-boda riders -> internet no. Girls 15, 16 -> minor yes. Police search of phone not coded (C3).")

C("H18-089","BGR",2008,"""KYUSTENDIL - The Kyustendil District Court on Tuesday sentenced two men from Dupnitsa to six and four years in
prison for trafficking two young women, one of them 17, to Greece for prostitution. The court heard that the men offered
the women jobs as waitresses in a taverna near Xanthi in 2007, took their identity cards at the border and forced them to
work on the roadside, beating them when they refused. The men arranged everything by mobile phone, prosecutors said. The
case came to light after the 17-year-old's sister posted a plea for help on an internet forum for Bulgarians in Greece,
which was seen by a volunteer who contacted the Greek police.""",
"no","","","","","no","sexual_exploitation",2,"yes","female",
"cross_border","BGR GRC",2,"deception document_retention force",
"Internet use only by the victim's sister seeking help -> not coded (C3). Mobile phone only. One 17-year-old -> minor yes. Bulgaria to Greece -> cross_border.")

C("H18-090","LBR",2017,"""SANNIQUELLIE - A woman from Ganta was convicted on Wednesday by the Eighth Judicial Circuit Court in Sanniquellie,
Nimba County, for trafficking four Liberian girls to Côte d'Ivoire, where they were forced to work as bar hostesses and
to sleep with customers in San-Pédro. Prosecutors told the court that the woman posted on Facebook in 2016 that she was
looking for 'girls who want to learn hairdressing in Abidjan, free training and lodging', and also sent friend requests
and messages to girls from Ganta and Saclepea whose profiles she had seen. The four girls, aged 15 to 18, crossed at Loguatuo
with her. In San-Pédro the bar owner paid her for each girl; the girls were told they owed their transport and were
threatened with being left on the street. One of them called her uncle from a customer's phone. The judge set sentencing
for next week.""",
"yes","recruitment","social_media","Facebook","hunting fishing","no","sexual_exploitation",4,"yes","female",
"cross_border","LBR CIV",1,"deception debt_bondage threat",
"Facebook post looking for girls -> fishing; friend requests and messages to girls -> hunting (C13); both described (C5). Offender and girls in Liberia -> cyber_flow no. Ages 15-18 -> minor yes. Bar owner not charged -> offenders 1.")

C("H18-091","GBR",2019,"""CPS Cymru-Wales - news. Two men jailed for controlling vulnerable women for sexual exploitation. Two men from Rhyl
have been jailed at Mold Crown Court for arranging the travel of two women for sexual exploitation and controlling
prostitution, under the Modern Slavery Act 2015. The women, both British and in their thirties, were dependent on heroin
and crack cocaine. The defendants supplied them with drugs, kept them in a flat on the West End of Rhyl and arranged for
men to visit them, or drove them to men's homes along the coast. Clients were found from a list of regular contacts whom
the defendants called and texted from a number of mobile phones; no online adverts were ever placed. The women were
threatened and one was assaulted when she tried to leave. The defendants received eight and six years.""",
"no","","","","","no","sexual_exploitation",2,"no","female",
"domestic","GBR",2,"drugs threat force abuse_of_vulnerability",
"Calls and texts only; 'no online adverts were ever placed' -> internet no. British women in their thirties -> minor no, domestic. Drug dependency exploited -> drugs + abuse_of_vulnerability.")

C("H18-092","SWE",2017,"""Västmanlands tingsrätt, B 2231-16. Accused: man b. 1997, Köping. Offences: människohandel (trafficking), köp av
sexuell handling av barn (procuring). Victim: girl, 13, Västerås. Accused wrote to victim in the chat of the online game
MovieStarPlanet, moved contact to Kik. Summer 2016: photographed her and posted ads on a sex advertisement site; took her to
buyers in Västerås and Eskilstuna; kept the money; threatened to publish images. Sentence: 4 yrs.""",
"yes","recruitment advertising","unspecified messaging_app freestanding_website","MovieStarPlanet|Kik","hunting fishing","no","sexual_exploitation",1,"yes","female",
"domestic","SWE",1,"threat",
"'wrote to victim in the chat of the online game MovieStarPlanet' -> hunting (C13); game typed unspecified (open point). Kik -> messaging_app. Ads on 'a sex advertisement site' -> freestanding_website (C2), advertising, fishing. 13 -> minor. No deception described -> means threat only.")

C("H18-093","ROU",2012,"""TULCEA - Three members of one family from a village in Tulcea county were sentenced on Monday by the Tulcea Tribunal to
between four and seven years in prison for trafficking four adults with disabilities to Norway, where they were forced to
beg outside supermarkets in Stavanger and Sandnes. According to DIICOT, the victims, two men and two women aged 26 to 58,
were persuaded in 2010 by promises of 'seasonal work and free medical care', taken by car through Hungary and Germany and
on to Norway, where their identity cards were kept by the defendants. They slept in a car and a tent and were beaten if
they brought in too little money. Norwegian police identified them during a check of beggars and contacted the Romanian
authorities.""",
"no","","","","","no","forced_begging",4,"no","male female",
"cross_border","ROU HUN DEU NOR",3,"deception document_retention force abuse_of_vulnerability",
"No internet. Adults aged 26-58 -> minor no. Transit through Hungary and Germany -> listed. Disability -> abuse_of_vulnerability.")

C("H18-094","ESP",2010,"""TALAVERA DE LA REINA - The Provincial Court of Toledo has sentenced a Nigerian woman and her Spanish partner to nine
years in prison each for trafficking three Nigerian women, one of them 17, who were forced to work as prostitutes on an
industrial estate near Talavera. The court heard that the women, from Sapele and Warri in Delta State, had sworn an oath
at a shrine near Sapele and were told they owed 45,000 euros each, that their families would suffer if they did not pay,
and that the madam kept their passports. The partner drove the women to the estate every evening and collected the money.
A customer had described the place and the women on an online forum for punters, but the court found that neither
defendant had anything to do with that post, and that customers simply came by car.""",
"no","","","","","no","sexual_exploitation",3,"yes","female",
"cross_border","ESP NGA",2,"debt_bondage threat document_retention other",
"A customer's post on a punters' forum, unconnected to the defendants -> not coded (C3). Oath -> other, with threat as consequences are stated. One 17-year-old -> minor yes.")

C("H18-095","TJK",2021,"""Bokhtar City Court, 2021. A 36-year-old woman from Bokhtar was convicted of trafficking in minors and the
production of pornographic material and sentenced to 14 years. The court found that from 2019 she made her two nieces, aged
7 and 10, who lived with her after their parents left for work in Russia, undress and perform sexual acts during video
calls with men in Russia, who paid her. She told the girls that their parents would never come back if they told anyone.
The money reached her through a money-transfer office in Bokhtar. The girls' grandmother reported her after finding the
girls crying. The girls are in the care of the state.""",
"yes","exploitation","webcam_livestream","","","yes","sexual_exploitation",2,"yes","female",
"cross_border","TJK RUS",1,"threat",
"Internet once: abuse performed in video calls for paying men in Russia -> exploitation, webcam_livestream, cyber_flow yes, cross_border (C9). Money-transfer office without 'online' -> not coded (C1). Ages 7, 10 -> minor.")

C("H18-096","GAB",2017,"""Tribunal de première instance d'Oyem - remarks on sentence (translated). Madam, you had a woman in Ebolowa, across
the border in Cameroon, announce on a local radio station that a 'respectable family in Gabon' was looking for girls to
help in the house, with schooling paid. Three girls aged 13 to 16 came to you that way in 2016, brought across at
Eking. You did not send them to school. They cleaned your house, cooked for your family and sold fritters at the
Oyem market until night, and you beat them with a belt when money was missing. You say you fed and housed them. That is
not a salary. The court sentences you to six years' imprisonment and orders that the girls be returned to their families
at your expense.""",
"no","","","","","no","forced_labour",3,"yes","female",
"cross_border","GAB CMR",1,"deception force",
"Radio announcement -> not internet. Cameroonian girls 13-16 in Gabon -> minor yes, cross_border. The woman in Ebolowa not before the court -> offenders 1.")

C("H18-097","LBR",2023,"""Judgment of the Criminal Court 'E', Sixth Judicial Circuit (extract). The Court, having carefully reviewed the
testimony of the prosecution's witnesses, including the forensic examiner of the Liberia National Police and three of the
child victims who testified behind a screen, together with the records of the co-defendants' telephones and laptop
computer, finds the following facts established beyond a reasonable doubt: that the first co-defendant, the proprietor of
a children's home in Kakata, Margibi County, and the second co-defendant, his assistant and the home's caretaker, from at
least 2020 until their arrest in March 2022, befriended foreign men on Facebook, to whom the first co-defendant sent,
through Facebook Messenger, photographs of children resident in the home together with offers of 'private sessions'; that
men who accepted, located in the United States, Australia and Germany, paid sums of between 50 and 300 United States
dollars through WorldRemit, an online money-transfer service, into accounts held by the co-defendants; that the
co-defendants thereupon caused five children of the home, three girls and two boys aged between 8 and 14, to perform and be
subjected to sexual acts during WhatsApp video calls directed by those men; that the children were told that they would
be put out of the home, which was the only home they had, if they refused or spoke of it; and that the co-defendants
retained all sums received. The Court finds the co-defendants guilty of trafficking in persons under the Act to Ban
Trafficking in Persons as amended in 2021, and of sexual abuse of minors, and sentences each to imprisonment for life.""",
"yes","advertising exploitation","social_media messaging_app webcam_livestream unspecified","Facebook|Facebook Messenger|WhatsApp|WorldRemit","hunting","yes","sexual_exploitation",5,"yes","female male",
"cross_border","LBR USA AUS DEU",2,"threat abuse_of_vulnerability",
"Befriended foreign men on Facebook and sent children's photos with offers through Messenger to them -> advertising + hunting (C6, C13 'befriended'). Abuse in WhatsApp video calls for the men abroad -> exploitation, webcam_livestream, cross_border and cyber_flow yes (C9). WorldRemit 'an online money-transfer service' -> unspecified (C1). Children's home as only home -> abuse_of_vulnerability. Messenger/WhatsApp messaging -> messaging_app.")

C("H18-098","MDG",2024,"""Tribunal de première instance de Fianarantsoa - remarks on sentence (translated). The two of you ran an
'employment office' in Ambositra. In 2022 you told six women from the town and nearby communes that textile factories in
Mauritius paid 600 euros a month and that you would advance their fares. In Mauritius the factory paid them a third of
that, deducted lodging, and your partner there kept their passports, telling them they still owed you the fares. You
found the women by word of mouth and by visiting churches and markets. The fact that you had prepared a Facebook page to
advertise further placements, which you never put online before your arrest, is not held against you. The court
sentences the first of you to five years and the second to three years of imprisonment.""",
"no","","","","","no","forced_labour",6,"no","female",
"cross_border","MDG MUS",2,"deception document_retention debt_bondage",
"Facebook page prepared but never put online -> not coded (C4). Recruitment by word of mouth -> internet no. Women -> minor no. Partner in Mauritius not before the court -> offenders 2.")

C("H18-099","PAN",2024,"""Santiago de Veraguas, Trial Court, 2024. At the hearing the social worker described how the girl, then 12, had been
found in 2023 during a school-enrolment check that showed she had never been registered in Santiago, although the accused
had told her parents in the comarca Ngäbe-Buglé, two years earlier, that she would go to school there. The girl, the
accused's goddaughter, had instead cooked, washed and looked after the accused's three children from five in the morning,
slept in the laundry room and was hit with a belt when she answered back. She was not allowed to phone her parents. The
court convicted the accused of trafficking in persons for servitude and sentenced her to ten years.""",
"no","","","","","no","forced_labour",1,"yes","female",
"domestic","PAN",1,"deception force",
"No internet. 12-year-old -> minor. Ngäbe-Buglé to Santiago, both Panama -> domestic.")

C("H18-100","IND",2007,"""Sessions Court, Nagpur, S.C. No. 412/2006, judgment dt. 14.09.2007. A-1 (m, 32) and A-2 (f, 29), r/o Nagpur. V-1
(f, DOB 14.08.1989) and V-2 (f, DOB 02.03.1986), both r/o Raigarh (C.G.), brought to Nagpur in Jan. 2006 on promise of
beauty-parlour jobs. Told to repay Rs 25,000 each for travel and rent. On A-1's instructions V-1 and V-2 themselves typed
and posted ads for 'massage at home' with their photos on a classifieds website, giving A-2's mobile no.; A-2 took calls and
sent V-1 and V-2 to customers. A-1 threatened to send photos to their families. Raid by Sitabuldi PS, Aug. 2006.
Convicted u/s 370, 372 IPC and ITPA; A-1 10 yrs RI, A-2 7 yrs RI.""",
"yes","advertising","classified_ads","","fishing","no","sexual_exploitation",2,"yes","female",
"domestic","IND",2,"deception debt_bondage threat",
"Victims posted their own ads on 'a classifieds website' on A-1's instructions -> offenders' act (C3), advertising, classified_ads, fishing. V-1 DOB 14.08.1989, exploited Jan-Aug 2006 -> 16 -> minor yes. Chhattisgarh to Maharashtra -> domestic.")
