from lib import C

C("H18-101","LVA",2012,"""Judgment of the Latgale Regional Court, Rēzekne (translation). The court, having examined the case materials and
heard the accused, the victims and the witnesses, has established that the accused A.K. and the accused J.S., acting as a
group by prior agreement, during the period from the autumn of 2009 to the spring of 2011, maintained an internet website,
which they had created and registered in the name of a non-existent 'international model and hostess agency', on which
vacancies were offered for 'hostesses and dancers in elegant clubs in Cyprus, income from 2,000 euros a month', and that
five young women from Rēzekne, Ludza and Preiļi, among them V.P., who was then 17 years old, applied through the forms on
that website; that the accused thereafter sent the applicants' photographs and passport data by e-mail to the owner of a
nightclub in Paphos, Cyprus, with whom they had agreed a payment of 1,000 euros per woman; that on arrival in Paphos the
women's passports were taken by the club's manager, they were informed that they each owed 3,000 euros for their travel,
accommodation and 'contract', and they were required to drink with customers and to provide sexual services to them in
rooms above the club, from which they were permitted to leave only accompanied; and that the accused knew, from their
correspondence with the club owner, the nature of the work for which the women were destined. The court finds both
accused guilty of human trafficking under Section 154.1, Paragraph 3 of the Criminal Law and sentences A.K. to eight years
and J.S. to six years of deprivation of liberty, with confiscation of property and police supervision for three years.""",
"yes","recruitment","freestanding_website email","","fishing","yes","sexual_exploitation",5,"yes","female",
"cross_border","LVA CYP",2,"deception document_retention debt_bondage",
"Website the accused created for a bogus 'model and hostess agency', vacancies applied for through it -> freestanding_website (C15), recruitment, fishing. Photos and passport data e-mailed to the club owner in Cyprus (a partner offender who paid for the women, not a buyer of sexual services) -> not advertising (C14), cyber_flow yes (C7); logistics not added. V.P. 17 -> minor yes. Leaving only accompanied: not coded separately (open point on escorts when going out).")

C("H18-102","IRQ",2018,"""Sulaymaniyah Criminal Court, 2018. The two Ethiopian women were found by an Asayish patrol in February 2017 on the
roof of the accused couple's house in the Bakhtiyari quarter, where they had been made to sleep since the autumn. Only then
did their story come out in order. They had been recruited in person in Addis Ababa in 2015 by an agent who promised
salaries of 300 dollars a month, and were met at Sulaymaniyah airport by the third accused, the owner of a local placement
office, who took their passports and placed them with the couple. They were told they owed the office 3,000 dollars each
for their travel and placement. For fourteen months they received no wages, were locked in when the family went out and
were beaten by the wife. The only contact with their families was when the couple's son allowed them, twice, to video-call
their mothers on IMO from his phone. The court convicted all three accused of trafficking in persons.""",
"no","","","","","no","forced_labour",2,"no","female",
"cross_border","IRQ ETH",3,"deception document_retention debt_bondage force",
"Only internet use: the victims' video calls to their mothers (allowed from the son's phone) -> the victims' own contact with family, not an offender's act for the trafficking (C3) -> internet no. Recruited in person. 'women' -> minor no.")

C("H18-103","TZA",2018,"""Case summary (child-protection NGO, Kilimanjaro Region). Z., a girl of 14 from a village in Iramba District, Singida,
was brought to Moshi in 2016 by a neighbour of her aunt who told her grandmother that she would work for a family in town
and be sent to secondary school. The neighbour received TSh 100,000 from the employer. In the employer's house Z. worked
from 5 a.m. until late at night, cooking, washing and caring for a toddler; she was never enrolled in school, was paid
nothing and was beaten with a stick. When she asked to go home, the employer told her she first had to pay back her bus
fare and 'the money paid for her'. A primary-school teacher in the street noticed her and alerted the social welfare
officer. In 2018 the Resident Magistrate's Court at Moshi convicted both the neighbour and the employer of trafficking in
persons.""",
"no","","","","","no","forced_labour",1,"yes","female",
"domestic","TZA",2,"deception force debt_bondage",
"No internet. 14 -> minor. Singida to Moshi -> domestic. Told to repay fare and the sum paid for her -> debt_bondage.")

C("H18-104","PAK",2021,"""The Lahore High Court, Multan Bench, dismissed the criminal appeals of the two appellants against their conviction by
the learned Additional Sessions Judge, Vehari. Briefly, the prosecution case as found proved was that the appellants, a man
and his sister-in-law, brought two women, aged 20 and 24, from villages in Vehari district to a house in Multan in 2019 on the
pretext of domestic employment, kept them locked in, and offered them for sex to clients by sending their photographs
through WhatsApp to men chosen from the first appellant's list of contacts, fixing the price by WhatsApp message. The women
were beaten and told that their families would be told they had 'run away with men'. Learned counsel argued that the
WhatsApp messages were not proved; we find the forensic report of the FIA Cyber Crime Wing and the testimony of the
victims sufficient. Appeals dismissed; sentences of ten years' rigorous imprisonment maintained.""",
"yes","advertising","messaging_app","WhatsApp","hunting","no","sexual_exploitation",2,"no","female",
"domestic","PAK",2,"deception force threat",
"Photographs sent through WhatsApp to chosen men (clients) -> advertising + hunting (C6). FIA forensic report is investigators' work (C3). Vehari to Multan -> domestic. Women 20, 24 -> minor no. Locked in -> force.")

C("H18-105","DNK",2001,"""Case description (Danish centre for women in prostitution, 2001). In 2000 three Lithuanian women from Klaipėda, aged 20
to 25, answered a printed leaflet pinned up at the town's employment office offering 'massage and cleaning work in Denmark,
good pay, travel arranged'. A local agency owned by a Lithuanian man handled their travel and faxed their details and photos
to the owner of a massage clinic in Randers, who had placed the order. In Randers the owner took their passports, told them
they owed DKK 25,000 each and required them to sell sex to clients of the clinic. One woman got away and approached the
police with the help of a church volunteer. The Randers city court convicted the clinic owner in 2001 of procuring and
deprivation of liberty; the Lithuanian agency was not prosecuted in Denmark.""",
"no","","","","","no","sexual_exploitation",3,"no","female",
"cross_border","DNK LTU",1,"deception document_retention debt_bondage",
"Printed leaflet and fax -> internet no. Women 20-25 -> minor no. Form from the facts (selling sex for the owner), though charged as procuring. Agency not prosecuted -> offenders 1.")

C("H18-106","USA",2014,"""GREENVILLE, S.C. - A nail salon owner and her husband were sentenced Tuesday in federal court in Greenville for
forcing two Vietnamese women to work up to 70 hours a week in their salons in Greenville and Spartanburg. Prosecutors said
the couple recruited the women in Vietnam through a relative, arranged their visas, and on arrival in 2011 took their
passports and told them they owed USD 30,000 each for the journey. The women were paid USD 200 a month and were required to
transfer their tips to the owner every evening through Venmo. When one woman asked to leave, the husband told her she
would be arrested and deported. The owner was sentenced to six years and her husband to four.""",
"yes","logistics","unspecified","Venmo","","no","forced_labour",2,"no","female",
"cross_border","USA VNM",2,"deception document_retention debt_bondage threat",
"Tips transferred to the owner through Venmo -> online payment service received by the offender (C1/C16), unspecified, logistics (no other purpose). Transfers inside the USA -> cyber_flow no. Vietnamese women -> cross_border. 'women' -> minor no.")

C("H18-107","RUS",2019,"""Kalininsky District Court of Tyumen, 2019. The five women, citizens of Kyrgyzstan aged 21 to 33, were released in
March 2018 when police entered two flats on Respubliki street, two days after one of them got a note to a pharmacist. The
court's account of the preceding year begins with the Telegram group: the first defendant ran a closed Telegram group of
about ninety regular clients, into which she posted the women's photographs, prices and available hours each morning; clients
booked by writing to her. The women had been recruited in Osh by the second defendant with offers of work in a Tyumen cafe,
and on arrival their passports were taken by the third defendant, who drove them to clients and told them they owed 60,000
roubles each for travel and registration. One woman who refused a client was beaten. The defendants received between four
and seven years.""",
"yes","advertising","messaging_app","Telegram","hunting","no","sexual_exploitation",5,"no","female",
"cross_border","RUS KGZ",3,"deception document_retention debt_bondage force",
"Photos posted in a closed Telegram group of about ninety regular clients -> advertising; strategy is an open point (closed group: ad = fishing, or offer to chosen buyers = C6 hunting). Coded C6 hunting (group of chosen regular clients; coder practice and heldout12). Recruitment in Osh in person. Women 21-33 -> minor no.")

C("H18-108","URY",2012,"""Salto, Uruguay, 2012: the Criminal Court of Salto convicted a Uruguayan couple who ran a 'whiskería' on the road to
Termas del Daymán of trafficking three Dominican women, aged 23 to 30, for sexual exploitation. The women had been recruited
in San Pedro de Macorís by a Dominican woman who promised them jobs in a restaurant and who had e-mailed their photographs
and passport copies to the couple. On arrival in Montevideo the couple took their passports and told them they owed 5,000
dollars each; in Salto they were required to have sex with customers in rooms behind the bar until the debt, which kept
growing with charges for food and clothes, was paid. The Dominican recruiter was not before the court.""",
"yes","logistics","email","","","yes","sexual_exploitation",3,"no","female",
"cross_border","URY DOM",2,"deception document_retention debt_bondage",
"Internet once: recruiter in the Dominican Republic e-mailed photos and passport copies to the couple in Uruguay -> offender to offender (C14), logistics, cyber_flow yes (C7). Recruiter not before the court -> offenders 2. Ages 23-30 -> minor no.")

C("H18-109","SWE",2019,"""Hovrätten för Nedre Norrland affirmed the judgment of Östersund District Court convicting the owner of a forestry
contracting firm of trafficking in human beings and usury. The Court of Appeal accepted the district court's findings on the
facts: in the spring of 2017 the defendant and six Ukrainian men, who were then in Ukraine, had chatted on Viber over several
weeks about tree-planting work in Härjedalen at 180 kronor an hour; the men came on visas he arranged, lived in a barracks
at a clearing far from any town, planted from dawn to dusk and, after deductions for travel, food, equipment and housing
that he set himself, were left with almost nothing. He kept their passports in his car. The Court of Appeal found that the
men's dependence on him, their debts and their isolation amounted to an improper means within chapter 4, section 1a of the
Penal Code.""",
"yes","recruitment","messaging_app","Viber","","yes","forced_labour",6,"no","male",
"cross_border","SWE UKR",1,"deception debt_bondage document_retention abuse_of_vulnerability",
"'had chatted on Viber' -> recruitment, but no strategy: who wrote first is not said (C13). Defendant in Sweden, men in Ukraine -> cyber_flow yes (C7). 'men' -> minor no. Deductions set by the employer -> debt_bondage.")

C("H18-110","MAR",2017,"""Court of First Instance of Beni Mellal - remarks on sentence (translated). You, the intermediary, went to the
douar near Azilal in 2015 and told the father of H., then 13, that a good family in Beni Mellal would pay him 500 dirhams a
month for his daughter's help in the house, and you kept a part of that money each month. You, the employer, made that child
clean, cook and carry water from six in the morning, let her sleep on a mat in the kitchen, and slapped her. That H. liked
to watch cartoons on your daughter's tablet when the family was out, as you told us, changes nothing. She was a child
who should have been in school. The court sentences the intermediary to three years and the employer to four years of
imprisonment.""",
"no","","","","","no","forced_labour",1,"yes","female",
"domestic","MAR",2,"deception force",
"Internet once: the child watching cartoons on a tablet -> not offender use (C3), and not even internet use described -> no. 13 -> minor. Azilal to Beni Mellal -> domestic. Father deceived about conditions -> deception (judgement call).")

C("H18-111","VNM",2016,"""HÀ TĨNH - The Hà Tĩnh Provincial People's Court on Thursday sentenced two men from Kỳ Anh district to nine and seven
years in prison for trafficking nine local workers to Angola. According to the indictment, the workers, all men aged 23 to
41, had chatted with the defendants on Facebook about building jobs in Luanda paying 1,200 dollars a month. Each paid 7,000
dollars, borrowed from relatives. In Angola the workers' passports were held by the site boss, who said they would be
returned when their fees were worked off; they were paid irregularly and lived in a container on the site. Three workers
who protested were beaten. The defendants, who admitted the recruitment but said they did not know about the conditions,
had received 2,000 dollars per worker from the site boss.""",
"yes","recruitment","social_media","Facebook","","no","forced_labour",9,"no","male",
"cross_border","VNM AGO",2,"deception document_retention debt_bondage force",
"'had chatted with the defendants on Facebook' -> recruitment, no strategy (C13). All in Vietnam at recruitment -> cyber_flow no. Men 23-41 -> minor no. Fees worked off to the site boss -> debt_bondage.")

C("H18-112","HUN",2002,"""PRESS RELEASE - Békés County Chief Prosecutor's Office. The Gyula Court has, at first instance, sentenced two brothers
who run a farm near Mezőberény to five and four years' imprisonment for violation of personal freedom and exploitation. The
defendants picked up several homeless men at railway stations in Békéscsaba and Szolnok in 2000 and 2001, promising food,
lodging and a wage. On the farm the men tended animals and worked the fields without pay, their identity cards were kept by
the elder brother, and those who tried to leave were beaten and brought back. The defendants told them that without papers
the police would lock them up. The judgment is not final.""",
"no","","","","","no","forced_labour","unknown","no","male",
"domestic","HUN",2,"deception document_retention force threat abuse_of_vulnerability",
"No internet. 'several homeless men' -> victims_total unknown (C12). Homeless men -> abuse_of_vulnerability; men -> minor no. Form from the facts (unpaid work, documents kept). All within Hungary -> domestic.")

C("H18-113","ISL",2019,"""Case note (workers' rights office, Reykjanesbær). Five Lithuanian men, aged 25 to 52, came to Iceland in 2017 to work
for a staffing company owned by two Icelandic-Lithuanian partners, after chatting with one of them in a Facebook group for
Lithuanians working abroad while they were still in Lithuania. They were placed with building contractors in Reykjanesbær
and Hafnarfjörður. The company charged them for a shared container, transport and 'tools', and deducted the debts from
their wages, so that they were left with under ISK 40,000 a month; they were told that if they left before their debts were
paid, the company would sue them. The District Court of Reykjanes convicted both partners of trafficking in human beings in
2019.""",
"yes","recruitment","social_media","Facebook","","yes","forced_labour",5,"no","male",
"cross_border","ISL LTU",2,"deception debt_bondage threat",
"'after chatting with one of them in a Facebook group' -> recruitment, no strategy (C13). Partner in Iceland, men in Lithuania -> cyber_flow yes (C7). Threat of being sued -> threat (judgement call).")

C("H18-114","SAU",2014,"""Criminal Court, Dammam, 2014. 2 accused (Asian residents). 2 Filipino women, former domestic workers without residence
status after leaving their sponsors; made to perform sexual shows on an adult webcam site for viewers abroad, in a flat in
Al Khobar, 2013; threatened with reporting to police; earnings kept by accused. 4 yrs + deportation each.""",
"yes","exploitation","webcam_livestream freestanding_website","","","yes","sexual_exploitation",2,"no","female",
"cross_border","SAU PHL",2,"threat abuse_of_vulnerability",
"Shows on 'an adult webcam site' for viewers abroad -> exploitation, webcam_livestream + freestanding_website (C2), no advertising (third-party site); cyber_flow yes (C9). Filipino women -> cross_border. Irregular status -> abuse_of_vulnerability.")

C("H18-115","TGO",2023,"""Trib. Atakpamé, 2023. Prév.: E.A., f, 39, tenancière de buvette, Atakpamé. Vict.: V1 (f, 15, Badou), V2 (f, 16,
Badou), V3 (f, 19, Kpalimé), recrutées 2022 comme serveuses. Prév. envoyait par WhatsApp les photos des filles à des
clients choisis (commerçants, fonctionnaires) avec les tarifs; rencontres dans des chambres derrière la buvette; argent
gardé par prév. 'Dette' de logement et nourriture. Held: guilty, traite (art. 317 ss. CP), 10 yrs.""",
"yes","advertising","messaging_app","WhatsApp","hunting","no","sexual_exploitation",3,"yes","female",
"domestic","TGO",1,"deception debt_bondage",
"Photos sent by WhatsApp to chosen clients ('clients choisis') -> advertising + hunting (C6). Badou/Kpalimé/Atakpamé all Togo -> domestic. V1 15 -> minor yes. Recruited as waitresses -> deception.")

C("H18-116","NIC",2019,"""Juzgado de Distrito Penal de Juicio, Somoto, 2019. Acusados: R.M.L. (m, 44, Somoto), J.A.C. (f, 37, Ocotal). Víctimas:
V-1 (16), V-2 (17), V-3 (20), V-4 (22), de Somoto y Ocotal. Facts: 2018, V-1 to V-4 applied through the website of an
'employment agency' offering 'jobs in restaurants in El Salvador' - the site was run from San Miguel (SLV) by a Salvadoran
partner of the accused, not before the court; acc. collected IDs, took V-1 to V-4 by bus through Honduras; in San Miguel
they were made to serve in bars and have sex with customers; told they owed USD 600 for the trip. Convicted: trata de
personas agravada (Ley 896), 15 and 12 yrs.""",
"yes","recruitment","freestanding_website","","fishing","yes","sexual_exploitation",4,"yes","female",
"cross_border","NIC HND SLV",2,"deception document_retention debt_bondage",
"Bogus agency website run by the Salvadoran partner, victims applied -> freestanding_website (C15), recruitment, fishing. Site run from El Salvador, applicants in Nicaragua -> cyber_flow yes (C7). Partner not before the court -> offenders 2. V-1 16 -> minor yes.")

C("H18-117","MLI",2016,"""Tribunal de grande instance de Kayes, 2016. 2 accused: 'madam' (Nigerian, f) and her partner (Nigerian, m). 6
Nigerian women (2 aged 16 and 17), brought 2015 from Akure and Owo (Ondo State) via Benin and Burkina Faso to a gold-mining camp near Kéniéba;
oath before a native doctor; 'debt' of 1.5 million CFA each; passports kept. Madam posted the girls' photos daily in a
closed WhatsApp group of regular clients (mine team leaders). Convicted of trafficking (Law 2012-023); 5 yrs each.""",
"yes","advertising","messaging_app","WhatsApp","hunting","no","sexual_exploitation",6,"yes","female",
"cross_border","MLI NGA BEN BFA",2,"debt_bondage document_retention other",
"Photos posted daily in a closed WhatsApp group of regular clients -> advertising; strategy open point, coded C6 hunting as in H18-107 (group of chosen regular clients). Oath -> other; no consequences stated -> no threat. Transit through Benin and Burkina Faso listed.")

C("H18-118","USA",2004,"""SMITHFIELD, N.C. - The farm labour contractor and his nephew who housed fourteen Honduran men in two trailers
behind a tobacco barn in eastern North Carolina were sentenced Friday in federal court to 12 and 8 years in prison for
forced labour and harbouring aliens. The case, prosecutors said, began in the hill villages of Olancho, Honduras, in 2001, where the
contractor's brother visited villages and promised men USD 7 an hour in the fields of North Carolina. The men were taken
north through Guatemala and Mexico by smugglers paid by the contractor and, on arrival, were told they owed him USD 2,500 each for the
journey. They picked sweet potatoes and cucumbers in Johnston and Sampson counties for up to twelve hours a day, were driven
to the fields and back each day and were not allowed to go into town. The nephew carried a pistol and told the men that
anyone who ran would be found and that their families in Honduras knew where they were. Wages were paid in cash, with
deductions for rent, food, rides and the 'debt', so that some men were left with USD 20 a week. The investigation began
when a nurse at a rural health clinic treating one of the men for pesticide burns called the Department of Labor. The men
have applied for T visas. The contractor's brother remains in Honduras and was not charged. Everything was arranged
face to face and by word of mouth, an assistant U.S. attorney said after the hearing; no phone, internet or advertisement
played any part in the recruitment.""",
"no","","","","","no","forced_labour",14,"no","male",
"cross_border","USA HND GTM MEX",2,"deception debt_bondage threat",
"No internet; recruitment face to face. Honduran men via Guatemala and Mexico -> cross_border, transit listed. Brother not charged -> offenders 2. Pistol carried and threat of being found -> threat; not allowed into town -> not coded force (judgement call: restriction without physical confinement; open point).")

C("H18-119","LKA",2006,"""High Court of Galle, 2006. Acc.: sub-agent (m, 45), Matara. V1 (f, b. 1984, Matara), V2 (f, b. 1979, Weligama), V3
(f, b. 1987, Akuressa). Acc. posted vacancies for 'hotel housekeeping staff, Cyprus, Rs 60,000/month' on a Sri Lankan job
website, 2004; V1-V3 applied online. Fees Rs 175,000 each. In Limassol placed as live-in domestic workers; passports with
employers; unpaid 6-9 months; V2 locked in. Returned via SL embassy. Convicted s.360C PC; 7 yrs RI.""",
"yes","recruitment","job_portal","","fishing","no","forced_labour",3,"yes","female",
"cross_border","LKA CYP",1,"deception document_retention force",
"Vacancies posted on 'a Sri Lankan job website' -> job_portal (C2: job site), recruitment, fishing. V3 born 1987, recruited and exploited 2004 -> 16 or 17 -> minor yes (age by birth year). Accused and applicants in Sri Lanka -> cyber_flow no.")

C("H18-120","AUS",2016,"""MILDURA - A Mildura man has been jailed for 18 years after the County Court heard he sold live-streamed sexual
abuse of his nine-year-old stepdaughter to paying viewers in the United States and Canada. The 44-year-old, who cannot be
named to protect the girl's identity, pleaded guilty to child sexual servitude and to using a carriage service to transmit
child abuse material. The court heard that over eight months in 2015 he streamed the abuse on a livestreaming app to viewers
who paid him in bitcoin, and gave the girl sedatives beforehand. The abuse came to light when a Canadian police operation
identified one of the viewers and traced the streams back to regional Victoria.""",
"yes","exploitation","webcam_livestream unspecified","Bitcoin","","yes","sexual_exploitation",1,"yes","female",
"cross_border","AUS USA CAN",1,"drugs",
"Abuse streamed on a livestreaming app to paying viewers in the USA and Canada -> exploitation, webcam_livestream (type stated), cyber_flow yes, cross_border though the girl never moved (C9). Bitcoin received -> unspecified (C1), logistics not added. Canadian police use not coded (C3). Sedatives -> drugs.")
