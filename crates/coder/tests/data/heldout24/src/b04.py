from lib import C

C("H24-061","AUT",2003,"""Indictment of the Public Prosecutor's Office Linz (summary). The accused, the operator of a bar
with rooms near Wels, and his female manager are charged with trafficking in human beings (s. 217 StGB)
and with exploiting persons in prostitution. According to the indictment, in the spring of 2002 the
manager travelled to Klagenfurt, met two women from Carinthia whom she knew through a cousin, and
offered them work as barmaids with board and lodging. On arrival in Upper Austria the women were told
that the brother of one of them owed the operator ATS 90,000 from gambling, which his sister would now
work off, and that her friend would share the debt because she had come with her. The women were
required to encourage guests to drink and to go with them to the rooms upstairs, and received one
quarter of the money paid, which was credited against the debt. The accused are alleged to have
collected the women's telephones in the evening 'so that they would not be disturbed'. The women left
after eleven weeks with the help of a regular guest, who drove them to the police station in Wels. The
accused deny the charges; the operator states that the women knew from the start what the work involved.""",
"no","","","","","no","sexual_exploitation",2,"no","female","domestic","AUT",2,"deception debt_bondage other",
"In-person recruitment -> internet no. 'two women from Carinthia' to Upper Austria -> domestic (C8, across Länder). Brother's debt worked off -> debt_bondage (relative's debt to the offender, as heldout22). Phones collected -> other. Barmaid promise -> deception.")

C("H24-062","LKA",2021,"""Press release. The Attorney General's Department has forwarded indictments against four persons
under section 360C of the Penal Code for trafficking children for the purpose of selling heroin. It is
alleged that the accused, through a relative of one of the children, offered the families of five boys
'evening work in a shop'. The boys were instead made to deliver packets of heroin to buyers on foot and
by bicycle. Their birth certificates and school records were taken from their homes by the first
accused. The boys were told that if they stopped or told anyone, their parents would be harmed and the
police would send them to a remand home.""",
"no","","","","","no","forced_criminal_activity",5,"yes","male","unknown","",4,"deception document_retention threat",
"Word of mouth through a relative -> internet no. 'children', 'boys' -> minor yes. No place or nationality named -> border unknown (C8), countries empty. Heroin delivery -> forced_criminal_activity. Birth certificates taken -> document_retention; threats to parents and of remand home -> threat.")

C("H24-063","POL",2024,"""Court of Appeal in Rzeszów, II Criminal Division, judgment of 5 March 2024, II AKa 211/23. The
Court dismissed the appeals of both accused against their conviction by the Regional Court in Krosno
for trafficking in human beings for the removal of organs (art. 189a § 1 of the Criminal Code). The
facts established at first instance were as follows. The first accused, an acquaintance of the victim's
mother, took the victim, then aged 17, from a village in Podkarpackie Voivodeship to Warsaw in 2022,
telling her that a wealthy patient would pay PLN 120,000 for a kidney and that the money would rescue
her family. In Warsaw she was told that she owed the accused PLN 8,000 for travel, lodging and blood
tests, which would be repaid from the price. The second accused posted offers of 'a young healthy donor
with documents' on an internet forum for patients awaiting transplants and corresponded with patients
who answered. When the victim said she wanted to go home, the first accused slapped her and took her
telephone. She was kept in a flat in Wola, spoke to no one but the accused, and was not allowed out
alone. Police entered the flat after a patient who had answered the offer reported it. The Court of
Appeal held that the victim's consent was irrelevant, as she was a minor, and that the offence was
complete although no removal had taken place.""",
"yes","advertising","unspecified","","fishing","no","organ_removal",1,"yes","female","domestic","POL",2,"debt_bondage force",
"Offers of the victim's kidney posted on 'an internet forum for patients' -> advertising (offering the victim's exploitation to customers), fishing. A forum with no scheme type -> unspecified (open point, as heldout12-17). Podkarpackie to Warsaw, Polish victim -> domestic. Aged 17 -> minor yes. Travel/test debt -> debt_bondage; slapping and confinement -> force. No deception: she was told the purpose (a kidney) from the start (deception removed on re-read). The patient who reported it is a third party (C3).")

C("H24-064","MNG",2018,"""Ulaanbaatar, Chingeltei District Court. Accused (1) convicted, art. 13.1 Criminal Code. Victim born
14 June 2001. Accused first wrote to her on Badoo in March 2017, met her, gave her alcohol and pills and
sold her to men in hotels; kept all payments; threatened to hurt her younger brother if she left.
Victim located by police at a hotel in Bayangol district in May 2017 after her school reported her absence. Sentence: 10 years.""",
"yes","recruitment","dating","Badoo","hunting","no","sexual_exploitation",1,"yes","female","domestic","MNG",1,"drugs threat",
"'first wrote to her on Badoo' -> hunting (C13), recruitment; Badoo -> dating. Born June 2001, exploited 2017 -> 15 -> minor yes. All in Ulaanbaatar -> domestic, cyber_flow no. Alcohol and pills -> drugs; threat to brother -> threat.")

C("H24-065","KGZ",2005,"""Bishkek, Oktyabrsky District Court, 2005 (case-law database entry). Two accused ran a subscription
website selling live webcam shows to paying members in Western Europe; five women in a Bishkek flat
performed nightly under a minder's watch to pay off debts of their families to the accused, and the
families were threatened if the women left. Both convicted.""",
"yes","exploitation advertising","freestanding_website webcam_livestream","","fishing","yes","sexual_exploitation",5,"no","female","cross_border","KGZ",2,"debt_bondage other threat",
"Subscription site run by the accused selling live shows to members -> exploitation + advertising, freestanding_website + webcam_livestream, fishing as customers came to it (C15). Members in Western Europe -> cyber_flow yes, border cross_border though the women never moved (C9). 'Western Europe' names no country -> only KGZ in countries. Families' debts -> debt_bondage; minder -> other.")

C("H24-066","QAT",2010,"""Reply of the Ministry of Interior to the question of a member of the Advisory Council concerning the
exploitation of foreign women through the internet. The Ministry informs the Council that in 2010 the
Criminal Court convicted two persons, a Qatari national and an Asian resident, in a case in which
four Filipino women aged 21 to 26, employed on domestic worker visas, were made to perform indecent acts
in front of a camera during Skype video calls with paying men in the Kingdom of Saudi Arabia and the
State of Kuwait. The women's passports were held by the first accused. Before the calls began, the women
were made to swear on a holy book that they would not reveal what they did. The Ministry has
established a unit for electronic crimes, which monitors such activity in coordination with the
competent authorities of the Gulf Cooperation Council states.""",
"yes","exploitation","webcam_livestream","Skype","","yes","sexual_exploitation",4,"no","female","cross_border","QAT PHL SAU KWT",2,"document_retention other",
"Indecent acts on Skype video calls for paying men -> exploitation, webcam_livestream (the exploitation is on camera). Women in Qatar, men in Saudi Arabia and Kuwait -> cyber_flow yes (C7/C9). Filipino women in Qatar -> cross_border. No ads or first contact described -> no strategy. Passports held -> document_retention; oath without stated consequence -> other.")

C("H24-067","DEU",2007,"""BGH, decision of 20 June 2007 - 4 StR 111/07. Human trafficking for sexual exploitation (s. 232
StGB); a 17-year-old Bulgarian brought to Germany by the defendant, her cousin, to 'work off' her parents' debt to him
and fined for every refusal. Exploitation of the girl's helpless situation abroad affirmed; appeal
dismissed as unfounded.""",
"no","","","","","no","sexual_exploitation",1,"yes","female","cross_border","DEU BGR",1,"debt_bondage other",
"No internet. 17-year-old -> minor yes. Parents' debt to the cousin worked off -> debt_bondage; fines -> other. 'helpless situation abroad' is the statutory element named by the court, not a described use of a vulnerability -> not abuse_of_vulnerability (as heldout22: only where the offenders' use is described).")

C("H24-068","BGR",2012,"""Sentencing remarks, Burgas District Court, criminal case no. 744/2011. The court has found the
defendant Mr. S., owner and skipper of the fishing vessel 'Sveti Nikola', guilty of trafficking four
Georgian men into forced labour on board, and his niece, Ms. S., guilty of aiding him. None of the four
men was recruited through any advertisement. Each heard of the work from relatives in Batumi who had
worked in Bulgaria before, and who passed on the skipper's word that the pay was good and the papers
would be arranged. One of them, the youngest, came because he had been in a relationship with the
defendant's niece during her summer in Batumi and believed that they would marry. The court accepts the
evidence that the skipper asked his relatives to find men 'from the poorest villages, who will not
make trouble', and that he chose them for that reason. On board the men worked shifts of up to twenty
hours hauling nets and sorting the catch of rapa whelk and sprat. They were paid a fraction of what was
promised. When the boat was in port at Sozopol, a crewman loyal to the skipper accompanied them ashore
and kept them from speaking to anyone at the harbour. The men did not speak Bulgarian, had no money of
their own and did not know how to reach the Georgian consulate. The defence submitted that the men
could have left at any time and that the hours are normal at sea. The court rejects that submission:
a worker who is watched ashore, unpaid and far from home is not free to leave in any real sense. The
skipper is sentenced to four years' imprisonment and a fine of 10,000 leva, and the niece to one year,
suspended for three years.""",
"no","","","","","no","forced_labour",4,"no","male","cross_border","BGR GEO",2,"deception abuse_of_vulnerability other",
"Word of mouth through relatives; 'no advertisement' -> internet no. Georgian men in Bulgaria -> cross_border. 'chose them for that reason' (poorest villages) -> abuse_of_vulnerability (stated); crewman watching them ashore -> other; false pay and marriage hopes -> deception. 'the youngest' gives no age; 'four Georgian men' -> minor no.")

C("H24-069","LKA",2019,"""National Authority for the Protection of Victims of Crime and Witnesses, compensation order. Three
Indian boys from Tamil Nadu, brought to a garment workshop in Wattala through a neighbour of their
families, worked nights sewing and were given pills to stay awake. The owner, convicted in 2018 of
trafficking, is ordered to pay each boy Rs. 300,000. The workshop, which supplied a local exporter, was not registered with the Department of Labour; the boys have been repatriated to Chennai with the assistance of the Indian High Commission.""",
"no","","","","","no","forced_labour",3,"yes","male","cross_border","LKA IND",1,"drugs",
"Word of mouth -> internet no. 'boys' -> minor yes. Indian boys in Sri Lanka -> cross_border. Pills to stay awake -> drugs. Year moved from the deck's 2006 to 2019 (the authority's existence).")

C("H24-070","TZA",2018,"""Labour Inspectorate, Southern Highlands Zone, inspection report no. SH/LI/2018/041 (extract).
Following a complaint received from the Malawian High Commission, an inspection was carried out on 12
September 2018 at a tea estate near Mufindi, Iringa Region. Five Malawian men aged between 22 and 30
were found working as pluckers without written contracts or work permits. The men stated that they had
been playing the football game Dream League Soccer on their phones in Mzuzu, Malawi, when the estate's
assistant manager began sending them messages in the game's chat, asking where they lived and
offering them work in Tanzania at 300,000 shillings a month with food and housing. They travelled by
bus at their own expense. On the estate they were paid only 40,000 shillings a month after deductions
for food, and lived in a storeroom. When two of the men asked to go home, the assistant manager told
them that he had the addresses of their families in Mzuzu and that 'people there' would visit them.
The inspector notes that the men had no contact with the estate's Tanzanian workforce and that the
estate's register did not list them. The inspector has issued a compliance order to the estate and
referred the matter to the Police Anti-Trafficking Unit, which has charged the assistant manager and the
estate manager with trafficking in persons. The men are accommodated by a faith-based organisation in
Iringa pending their return.""",
"yes","recruitment","unspecified","Dream League Soccer","hunting","yes","forced_labour",5,"no","male","cross_border","TZA MWI",2,"deception threat",
"Assistant manager 'began sending them messages in the game's chat' -> first contact online, hunting (C13), recruitment; named game -> unspecified (open point, as four annotators). Assistant manager in Tanzania, men in Mzuzu, Malawi -> cyber_flow yes (C7). Ages 22-30 -> minor no. False pay promise -> deception; threat to families -> threat. Two charged -> 2.")

C("H24-071","HUN",2005,"""Budapest-Capital Regional Court, 2005. The accused posted an offer of asparagus-picking work in the
Netherlands 'for strong boys, good money' on iWiW, the Hungarian social network. Three boys from Ózd
answered. They were lodged in a barn near Venlo, worked from dawn to dusk, were left unpaid and were told the police would arrest them for
illegal work if they left. Convicted of trafficking; three years.""",
"yes","recruitment","social_media","iWiW","fishing","no","forced_labour",3,"yes","male","cross_border","HUN NLD",1,"deception threat",
"Offer posted on iWiW (Hungarian social network) -> recruitment, social_media, fishing. 'boys' -> minor yes (C10). Poster and boys both in Hungary when the ad was posted, as far as the text says -> cyber_flow no. Taken to the Netherlands -> cross_border.")

C("H24-072","DEU",2004,"""Translated extract from the judgment of the Regional Court. The court convicted the accused, the owner
of a fishing cutter and a fish-smoking business, of trafficking in human beings for labour exploitation
and of violations of the youth employment law. The injured party, aged 16, had been taken on by the
accused after meeting him at a harbour festival. The accused kept the boy's identity card in the
cutter's wheelhouse, paid him 2 euros an hour for work on board and in the smokehouse that often lasted
fifteen hours, and told him that without the card he could not go anywhere. The boy left after five
months when the cutter was inspected. Sentence: two years, suspended on probation.""",
"no","","","","","no","forced_labour",1,"yes","male","unknown","",1,"document_retention",
"Met in person -> internet no. Aged 16 -> minor yes. Neither places nor the boy's nationality are named -> border unknown (C8), countries empty. Identity card kept -> document_retention.")

C("H24-073","HUN",2025,"""Curia of Hungary, judgment on review (Bfv.I.318/2024). The defendants, a married couple from
Nyíregyháza, were convicted of trafficking in human beings for the purpose of begging. They took three
men with physical disabilities, whom they had met at a day centre, to Vienna, and made them sit at the
entrances of churches and shopping streets with cups. The couple also posted photographs of the men
on Facebook with appeals for donations 'for an operation', and collected the money sent. The men had to
swear on a cross that they would tell no one about the couple, who beat them when the takings were low
and told them that their relatives at home would suffer if they ran away. The Curia rejected the
defence argument that the appeals on Facebook were a charitable collection and not part of the
exploitation, and dismissed the petition for review.""",
"yes","exploitation","social_media","Facebook","","no","forced_begging",3,"no","male","cross_border","HUN AUT",2,"force threat other",
"Begging carried out online (appeals for donations with the victims' photos on Facebook) -> exploitation, no strategy (open point, as heldout19/20); not advertising (donors are not buyers of the men's exploitation). Donors not placed -> cyber_flow no. Taken from Hungary to Vienna -> cross_border. 'three men' -> minor no. Beatings -> force; threats to relatives -> threat; oath -> other.")

C("H24-074","CHN",2009,"""Incidental civil judgment of the Intermediate People's Court of Dehong Dai and Jingpo Autonomous
Prefecture, Yunnan (compensation). The criminal judgment found the defendant, the owner of a
shoe-sole factory in Ruili, guilty of forced labour. Eleven workers from Myanmar, aged 19 to 35, had been
brought across the border at Muse by a Burmese recruiter based in Lashio, to whom the defendant paid a
fee per head through Alipay. The workers' families in Myanmar had borrowed from the recruiter against their
future wages, and the defendant withheld the wages to repay the recruiter in instalments, which he
also sent through Alipay. The workers worked fourteen hours a day and slept in the factory. The court
orders the defendant to pay the eleven civil plaintiffs their unpaid wages and compensation totalling
RMB 418,000.""",
"yes","logistics","unspecified","Alipay","","yes","forced_labour",11,"no","","cross_border","CHN MMR",1,"debt_bondage",
"Fees and debt instalments paid to the recruiter through Alipay -> online payment (C1), unspecified, logistics. Defendant in China paying a recruiter in Myanmar -> cyber_flow yes (C7/C14, offender to offender: recruiter 'based in Lashio'). Families' loans from the recruiter worked off -> debt_bondage. Ages 19-35 -> minor no; sex not stated.")

C("H24-075","IRL",2019,"""Statement issued by the Office of the Director of Public Prosecutions following sentence at Dublin
Circuit Criminal Court. Two men were today sentenced to eight and six years' imprisonment for
trafficking in persons for the purpose of forced criminal activity, namely the cultivation of cannabis,
contrary to section 4 of the Criminal Law (Human Trafficking) Act 2008 as amended. The court heard that
three Vietnamese nationals were found by Gardaí in 2018 living inside two houses in Co. Kildare and Co.
Meath that had been converted into cannabis grow-houses, with the windows blacked out. The men spoke no
English, did not know which county they were in, and had been told that if they left the houses they
would be arrested by the Irish police and imprisoned as illegal immigrants. They tended the plants day
and night and were not paid. The first accused was in regular contact with an associate in Birmingham,
who sent him money for rent, equipment and electricity through PayPal, and to whom he sent the proceeds
of each harvest by courier. The court accepted that the three men were victims and not participants. In
sentencing, the judge said that the accused had deliberately exploited the men's isolation and their
fear of the authorities. The DPP wishes to acknowledge the assistance of the Garda National Protective
Services Bureau and of the Anti-Human Trafficking Team of the Health Service Executive, which
continues to support the victims.""",
"yes","logistics","unspecified","PayPal","","yes","forced_criminal_activity",3,"no","male","cross_border","IRL VNM GBR",2,"threat abuse_of_vulnerability",
"PayPal payments from an associate in Birmingham to the first accused in Ireland -> online payment (C1), unspecified, logistics, cyber_flow yes (C7/C14 offenders in two countries). Vietnamese nationals in Ireland -> cross_border (deck said domestic; deviated because the deck's deportation threat requires foreign victims). Cannabis cultivation -> forced_criminal_activity. 'deliberately exploited the men's isolation and ... fear' -> abuse_of_vulnerability; arrest threat -> threat.")

C("H24-076","JOR",2011,"""A 15-year-old girl from Zarqa was married off last year by her father, through a marriage office in
Amman, to a man in his fifties who paid a dowry of 8,000 dinars by bank transfer, a court hearing was
told. The girl, who testified behind a screen, said that her husband's mother accompanied her
everywhere, that her passport and birth certificate were kept by her father, and that her father had
said her younger sisters would be married off next if she came home. The Amman Criminal Court charged
the father, the husband and the owner of the marriage office with human trafficking. The father told the court that the office had assured him that the marriage was lawful. Lawyers for the girl say it is the first time such a marriage has been prosecuted as trafficking.""",
"no","","","","","no","forced_marriage",1,"yes","female","domestic","JOR",3,"other document_retention threat",
"Marriage office and bank transfer without 'online' -> internet no (C1). 15-year-old -> minor yes. All in Jordan -> domestic. Mother-in-law accompanying her everywhere -> other; passport kept -> document_retention; threat about sisters -> threat.")

C("H24-077","MNG",2021,"""Supreme Court of Mongolia - Trafficking in persons - Art. 13.1 Criminal Code - Karaoke hostesses
advertised online - Whether forced labour without sexual services. The accused, a karaoke bar
manager in Darkhan, posted on the bar's Facebook page photographs of four hostesses aged 19 to 23,
offering them for 'private rooms' by the hour. The women, from soum centres in Khövsgöl, were told that
they owed MNT 1,500,000 each for the bus and lodging. One had come because the manager's brother had
courted her. Held: compulsory hostess work to clear a debt is forced labour even without sexual
services. Conviction upheld.""",
"yes","advertising","social_media","Facebook","fishing","no","forced_labour",4,"no","female","domestic","MNG",1,"debt_bondage deception",
"Hostesses offered by the hour on the bar's Facebook page -> advertising (the victims' services offered to customers), social_media, fishing. Khövsgöl to Darkhan, Mongolian -> domestic. Ages 19-23 -> minor no. The court holds it forced labour without sexual services -> forced_labour only. Bus/lodging debt -> debt_bondage; courtship -> deception.")

C("H24-078","MEX",2019,"""Indictment of the Specialised Prosecutor's Office for Crimes of Trafficking in Persons, Puebla
(summary). The four accused, the owner of a clothing workshop in Tehuacán, his two sons and a
forewoman, are charged under articles 10 and 22 of the General Law on Trafficking in Persons with
labour exploitation of twelve Guatemalan adolescents and children, boys and girls, the youngest aged
11. According to the prosecution, the victims were brought from Huehuetenango by a Guatemalan
recruiter who is being sought, and the owner arranged with him each group's arrival, the payment per
child and the route through Chiapas in WhatsApp messages exchanged between Tehuacán and
Huehuetenango. The children sewed jeans from six in the morning until midnight, were locked in the
workshop at night and were beaten with belts by the sons if they fell behind. The forewoman gave the
older boys pills 'to keep them awake'. None of them was paid. The prosecution requests pre-trial
detention for all four accused and compensation for the victims.""",
"yes","logistics","messaging_app","WhatsApp","","yes","forced_labour",12,"yes","female male","cross_border","MEX GTM",4,"force drugs",
"WhatsApp messages between the owner in Tehuacán and the recruiter in Huehuetenango about arrivals and payment -> logistics (C14), cyber_flow yes (C7). Guatemalan children in Mexico -> cross_border. Youngest aged 11 -> minor yes. Recruiter not charged -> 4. Locking and belts -> force; pills -> drugs.")

C("H24-079","ARG",2012,"""National Directorate of Migration, resolution granting temporary residence on humanitarian grounds
(art. 23(m), Law 25.871). The applicant, a Bolivian man aged 31, states that a countryman telephoned him
in Cochabamba offering work in a bakery in Buenos Aires. On arrival he was instead made to carry bags of
counterfeit clothing for sale at the La Salada market and to sell it on the street, without pay, for
two years. He was told that his family in Bolivia would be harmed if he left, and he knew no one in
the city. The Federal Prosecutor's Office has informed this Directorate that the applicant is a victim
in proceedings against two persons for trafficking. Residence is granted for one year.""",
"no","","","","","no","forced_criminal_activity",1,"no","male","cross_border","ARG BOL",2,"deception threat",
"Telephone only -> internet no. Selling counterfeit clothing -> forced_criminal_activity (judgement call: counterfeit sales are offences; no other form fits). Aged 31 -> minor no. Isolation not stated as used -> not abuse_of_vulnerability.")

C("H24-080","CIV",2011,"""Médiateur de la République, report 2011 (extract). Five women aged 19 to 24 answered offers of hotel
jobs in San-Pédro posted on Facebook by a man from Abidjan. In San-Pédro they were made to sleep with
clients and to swear before a fetish priest not to flee. Their complaint was first ignored by the
police; after the Médiateur intervened, two persons were prosecuted. The Médiateur found that the police station in San-Pédro had twice refused to register the complaint and recommended training for officers on receiving complaints from victims of trafficking.""",
"yes","recruitment","social_media","Facebook","fishing","no","sexual_exploitation",5,"no","female","domestic","CIV",2,"deception other",
"Offers posted on Facebook and answered -> recruitment, social_media, fishing (C3). Abidjan to San-Pédro, no foreign victim -> domestic. Ages 19-24 -> minor no. Oath before a fetish priest, no consequence stated -> other.")
