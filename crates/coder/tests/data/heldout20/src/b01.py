from lib import C

C("H20-001","SAU",2025,"""The Criminal Court in Dammam convicted a Saudi events organiser and his Ugandan assistant of
trafficking in persons under the Anti-Trafficking in Persons Law. The court found that in 2023 the assistant,
working from Al Khobar, used an Instagram account presented as a modelling agency to send direct messages to
three women in Kampala and Entebbe whose photographs she had seen on the platform, offering them six-month
contracts as hostesses and promotional models at trade exhibitions. The organiser paid for their visas and
tickets. On arrival the women's passports were taken by the organiser 'for residence procedures' and they were
lodged in a flat in the Al Aziziyah district, which they could leave only in the company of a driver employed by
him. Instead of the exhibitions, they were taken to private gatherings at rest houses outside the city and
ordered to have sexual intercourse with guests; the organiser told them that each owed SAR 18,000 for her travel
and that he would report them to the police as absconders if they refused. One of the women alerted her embassy
after a guest lent her his telephone. The organiser was sentenced to eight years' imprisonment and a fine, and
the assistant to five years' imprisonment followed by deportation.""",
"yes","recruitment","social_media","Instagram","hunting","yes","sexual_exploitation",3,"no","female",
"cross_border","SAU UGA",2,"deception document_retention debt_bondage threat other",
"Assistant 'sent direct messages' on Instagram -> first contact, hunting (C5/C13). She was in Al Khobar, victims in Uganda -> cyber_flow yes (C7). 'women' -> minor no (C10). Accompanied only by his driver -> other (judgement call: escort when going out). Telephone lent by a guest is the victim's help-seeking, not coded (C3).")

C("H20-002","UZB",2017,"""Namangan Reg. Crim. Ct, judgment of 14.03.2017, case no. 1-112/17; Art. 135 pt 2 CC RUz
(trafficking in persons). D1 (f, b. 1971); D2 (m, b. 1968), her husband. 02.2015-09.2016: D1 recruited 4 women
(aged 19-24) from mahallas of Chust and Pop districts in person, promising work as cooks and cleaners at a
private bathhouse (sauna) run by D2 in Namangan city. Women housed in a back room; passports held by D1 'for
registration'; each told she owed UZS 1.5 mln for food and lodging; compelled to provide sexual services to sauna
customers, all payments kept by D2. Customers came on recommendation of other customers. Pre-trial inv. found
comments about the sauna on an internet forum written by customers; no evidence that D1 or D2 posted there or knew
of it. 21.09.2016 police raid following complaint by the mother of V3. Sentences: D1 8 yrs, D2 9 yrs; sauna
confiscated.""",
"no","","","","","no","sexual_exploitation",4,"no","female","domestic","UZB",2,
"deception document_retention debt_bondage",
"Internet forum used only by customers, offenders not shown to have posted -> not coded (C3, C4). Aged 19-24 -> minor no. All in Uzbekistan, Uzbek victims -> domestic (C8).")

C("H20-003","CHL",2013,"""A court in Calama has sentenced a couple who ran a nightclub in the city to twelve and ten years in
prison for the trafficking of a 15-year-old girl from Ovalle, ending a case that began with a mother's search for
her daughter. According to evidence heard by the Oral Criminal Trial Court, the woman approached the girl at the
Ovalle bus terminal in March 2011 and offered her a job looking after her children in the north for 250,000
pesos a month. The girl, who had left school and was living with an aunt, travelled with her by bus the same
night. In Calama she was not given any children to care for: she was lodged in a room behind the club, told to
dress as an adult and made to drink with miners and to have sex with customers in the rooms upstairs. The man
kept the money and told her she owed them for the bus ticket, clothes and food. When she refused to go on, he
beat her, and both defendants gave her alcohol every evening, which, the judges said, was meant to keep her
submissive. She was allowed to call her aunt only from the woman's mobile phone, with the woman listening. Her
mother, who had not been told where she was, reported her missing and posted her photograph on Facebook with a
request for information; a lorry driver who had seen the girl at the club saw the post and called the
Investigations Police (PDI). Officers entered the premises in June 2011. The defence argued that the girl had
claimed to be 19; the court replied that her age was obvious and that consent was irrelevant in any case. The
prosecutor said the conviction should be a warning to nightclubs in mining towns.""",
"no","","","","","no","sexual_exploitation",1,"yes","female","domestic","CHL",2,
"deception debt_bondage force drugs abuse_of_vulnerability",
"Only internet use is the mother's missing-person post on Facebook -> not coded (C3; open point on relatives' posts, taken as not coded). Mobile-phone calls only -> not internet. Alcohol given to keep her submissive -> drugs (judgement call, as heldout19). Girl out of school living with an aunt, exploited -> abuse_of_vulnerability.")

C("H20-004","BGD",2023,"""Press release, Criminal Investigation Department (CID), Khulna, 8 August 2023. The Human
Trafficking Offence Suppression Tribunal, Khulna, has sentenced three members of a trafficking ring to life
imprisonment and fines of Tk 500,000 each. The ring's two recruiters, from Kaliganj upazila of Satkhira,
approached young women from poor families in person, promising them jobs in beauty parlours in Dubai with
salaries of Tk 60,000 a month. They photographed the women and sent the photographs and passport scans over the
encrypted messaging app Signal to the third convict, a Bangladeshi national based in Dubai, who arranged visit
visas and received the women at the airport. Six women, among them a 16-year-old girl whose passport showed a
false date of birth, were flown out between 2021 and 2022. In Dubai their passports were taken away and they were
forced to dance and provide sexual services at a hotel bar, being told that they owed the cost of the visa and
the flight. The third convict was arrested during a visit home in January 2023. CID thanks the victims, who
testified after their repatriation.""",
"yes","logistics","messaging_app","Signal","","yes","sexual_exploitation",6,"yes","female",
"cross_border","BGD ARE",3,"deception document_retention debt_bondage abuse_of_vulnerability",
"Photos and passport scans sent over Signal to a partner offender in Dubai, not to buyers -> logistics, no advertising, no strategy (C14); recruiters in Bangladesh, partner in UAE -> cyber_flow yes (C7/C14). Recruitment in person. 16-year-old -> minor yes. 'young women from poor families' approached -> abuse_of_vulnerability.")

C("H20-005","BOL",2012,"""Tribunal de Sentencia, Yacuiba (Tarija), 2012. Two defendants (owner and manager of a
karaoke bar) convicted of trata de personas, Art. 281 bis Penal Code; 10 and 8 years. Three girls aged 14 to 16
from rural communities of the Chuquisaca department were recruited in person by the manager with offers of
kitchen work; at the bar they were made to drink with customers as 'damas de compañía' and to have sex with them
in rooms at the back, their earnings withheld against a debt for travel and clothing. Rescued in a FELCC operation
after a teacher's complaint. After the arrests the police published the defendants' photographs on the
institution's website asking further victims to come forward.""",
"no","","","","","no","sexual_exploitation",3,"yes","female","domestic","BOL",2,
"deception debt_bondage",
"Only the police used the internet (photographs on the police website) -> not coded (C3). Girls aged 14-16 -> minor yes. All in Bolivia -> domestic.")

C("H20-006","SGP",2006,"""The accused, a 41-year-old Singaporean woman, pleaded guilty in the Subordinate Courts to
charges under the Women's Charter of living on the earnings of prostitution and of harbouring women for the
purpose of prostitution. Between March and October 2005 she ran a massage establishment in a shophouse in Geylang
Bahru that advertised 'relaxing body massage by PRC ladies' in the classified columns of a Chinese-language
daily newspaper. Five women from Fujian and Hunan provinces, who had entered Singapore on social visit passes
after being told by a contact of the accused that they would work as masseuses, were required to provide sexual
services to the men who came in answer to the advertisements. The accused kept their passports in a locked
drawer and deducted from their earnings a 'debt' of S$8,000 each for air tickets and agency fees. She was
sentenced to 20 months' imprisonment.""",
"no","","","","","no","sexual_exploitation",5,"no","female","cross_border","SGP CHN",1,
"deception document_retention debt_bondage",
"Advertisements in the classified columns of a newspaper (print) -> not internet. Women from China on social visit passes -> cross_border (C8). The contact who recruited them is not charged -> offenders 1 (C11).")

C("H20-007","MAR",2018,"""By judgment of 22 November 2018 the Criminal Chamber of the Court of Appeal of Oujda (first
instance) convicted two men, aged 29 and 35, of trafficking in human beings under Law 27-14. The court held that
in the summer of 2017 they had taken two girls from Berkane, one of them 17, who had run away from their families
after quarrels, to the resort of Saidia, promising them work in a beach café. The older defendant booked
apartments in the resort through a holiday-rental website, where the girls were kept and received men whom the
younger defendant found among the patrons of cafés and nightclubs on the seafront. The girls were not allowed to
keep any money and were threatened that their families would be told they were prostitutes if they left. The
court sentenced each defendant to six years' imprisonment and ordered them to pay MAD 30,000 to each victim.""",
"yes","logistics","unspecified","","","no","sexual_exploitation",2,"yes","female","domestic","MAR",2,
"deception abuse_of_vulnerability threat",
"Apartments booked through a holiday-rental website -> internet used (a website at a stage of the offence); no scheme type for it -> unspecified (C2 by analogy; open point on services of daily life, heldout19's practice followed), purpose logistics. Customers found in person -> no advertising. One girl 17 -> minor yes. Runaways -> abuse_of_vulnerability.")

C("H20-008","UZB",2014,"""The two boys were found in March 2014 at a car wash on the outskirts of Tashkent, where they
had been working from seven in the morning until late at night for four months without pay, sleeping on
mattresses in the boiler room. The Tashkent City Criminal Court established how they came there. The defendant,
the 33-year-old owner of the car wash, had written to the boys, aged 14 and 15 and living in Samarkand, in the
chat of the online game Tanki Online, where they played daily, offering them game currency and then 'a real job'
as testers of new games in Tashkent, with a salary and a place to live. He sent each of them game currency as an
advance. When they arrived by train in November 2013 he took their telephones, told them their parents had agreed
to the arrangement and threatened to hand them to the police as runaways if they complained; the 'salary' was
paid, if at all, in game currency. The court convicted him of trafficking in minors (Art. 135 CC) and sentenced
him to nine years' imprisonment.""",
"yes","recruitment","unspecified","Tanki Online","hunting","no","forced_labour",2,"yes","male","domestic","UZB",1,
"deception threat abuse_of_vulnerability",
"He 'had written to' the boys in an online game's chat -> first contact online, hunting (C13), recruitment. A game has no scheme type -> unspecified (judgement call, the majority practice in the open points). Game currency is paid inside the game; no separate payment service coded. Telephones taken, not identity documents -> no document_retention.")

C("H20-009","MDA",2019,"""The Balti District Court found the defendant, a 31-year-old man, guilty of trafficking in
human beings (Art. 165 para. 2 Criminal Code) in respect of three women aged 19 to 22 from villages in the
Falesti district. From February 2018 he lodged the women in a rented house in Balti and made them perform
sexual acts every night on a live-streaming application under accounts he had opened and controlled; viewers,
most of them in Italy and Germany according to the platform data, paid with virtual gifts that he converted into
money and kept. He had met the women in person in the village and promised them work as administrators of his
'online shop'. He took their identity cards, beat one of them who wanted to leave, and threatened to send
recordings of the shows to their parents. The court imposed a sentence of nine years' imprisonment.""",
"yes","exploitation","webcam_livestream","","","yes","sexual_exploitation",3,"no","female","cross_border",
"MDA ITA DEU",1,"deception document_retention force threat",
"Sexual acts performed on a live-streaming application for paying viewers -> exploitation, webcam_livestream (the app's kind is stated, C2); no name given. Viewers in Italy and Germany, victims in Moldova -> cyber_flow yes and cross_border although the women never moved (C9). Recruited in person; the 'online shop' is only a false promise, not an act. Identity cards taken -> document_retention.")

C("H20-010","KOR",2020,"""Daegu Dist. Ct, Gyeongju Br., 2020Gohap1xx, 11.09.2020. D1 (M, 34), D2 (F, 29), operators of
a 'tabang' (tea-delivery shop) in Yeongcheon. 03-04.2019: D1 sent DMs via TikTok to V1 (F, 16) and V2 (F, 17),
both runaways, offering 'live-in tea delivery jobs' with KRW 3 mln/month and a dormitory. 05.2019-01.2020: Vs
delivered coffee to motels and were told by D2 to have sex with customers ('ticket' system); earnings offset
against 'advance pay' of KRW 2 mln each, fines for lateness added. Vs' phones checked daily by D2. Charges: Act
on Protection of Children and Youth against Sex Offences (sale of sex by juveniles, arranging), Juvenile
Protection Act. Sentence: D1 5 yrs, D2 3 yrs 6 mos.""",
"yes","recruitment","social_media","TikTok","hunting","no","sexual_exploitation",2,"yes","female","domestic",
"KOR",2,"deception debt_bondage abuse_of_vulnerability other",
"'sent DMs via TikTok' -> offender's first contact, hunting (C13). Ages 16 and 17 -> minor yes. Runaways -> abuse_of_vulnerability. Advance pay debt -> debt_bondage; fines and daily phone checks -> other (judgement call).")

C("H20-011","ZAF",2011,"""The appellant, together with a co-accused who did not appeal, was convicted in the Regional Court,
Mbombela, on counts of trafficking in persons for sexual purposes under section 71 of the Criminal Law (Sexual
Offences and Related Matters) Amendment Act, and was sentenced to fifteen years' imprisonment. The appeal lies
against sentence only, and the facts found by the trial court are therefore not in dispute. It appears from the
record that in 2009 the co-accused caused an advertisement to be read on a community radio station in
Bushbuckridge offering work as waitresses at a restaurant in Polokwane, and that four women aged between 18 and
20 who telephoned the number given were collected by the appellant. Instead of a restaurant they were taken to a
house where they were locked in and told that they owed R4,000 each for transport, and men were brought to them
for sex. The learned magistrate found that the appellant had assaulted two of them. We are not persuaded that the
sentence induces a sense of shock, and the appeal is dismissed.""",
"no","","","","","no","sexual_exploitation",4,"no","female","domestic","ZAF",2,
"deception force debt_bondage",
"Radio advertisement and telephone calls only -> not internet. Aged 18-20 -> minor no. Appellant and co-accused both tried -> offenders 2 (C11). Locked in and assaulted -> force.")

C("H20-012","LKA",2020,"""High Court of Kurunegala, 2020. Three accused were convicted under section 360C of the Penal
Code (trafficking) for using five children, three boys and two girls aged between 6 and 13, several of them with
physical disabilities, to beg at the Dambulla bus stand and outside temples in the district. The first accused,
who organised the scheme, obtained the children from poor families in the Polonnaruwa district by promising
their parents free medical treatment and schooling in Colombo. The second accused filmed the children while they
begged, sometimes in staged scenes of hunger, and posted the videos on a Facebook page that asked viewers to send
donations to a bank account number given under each video. The third accused drove the children to the begging
sites each morning and kept watch over them; children who came back with too little money were beaten. The court
found that the children received nothing from the money raised on the street or through the page.""",
"yes","exploitation","social_media","Facebook","","no","forced_begging",5,"yes","male female","domestic","LKA",3,
"deception abuse_of_vulnerability force",
"Begging filmed and posted on a Facebook page to raise donations from the children's situation -> the exploitation happens partly online -> exploitation (judgement call for online begging); a donation appeal is not an ad for the victims or a job -> no strategy. Donations to a bank account number -> not an online payment service (C1). Parents deceived; disabled children from poor families -> abuse_of_vulnerability.")

C("H20-013","USA",2025,"""The victim, who was 17 at the time, told investigators that she met the co-defendant, a
woman in her thirties, at a laundromat in Valdosta, Georgia, in the spring of 2023, and that the woman offered
her a place to stay. Within a week the woman told her that the apartment belonged to her boyfriend, who was
serving a sentence in a state prison, and that she would have to 'help out' by seeing men at truck stops along
Interstate 75. The victim said that the boyfriend called her several times a day from a contraband cellphone,
told her how much she had to earn and threatened to have her hurt if she talked to anyone; the woman took all of
the money and hit her when she came back short. A trucker who suspected her age called the local sheriff. In
the Middle District of Georgia both defendants pleaded guilty to sex trafficking of a minor; in 2025 the
boyfriend was sentenced to 20 years and the woman to 15 years.""",
"no","","","","","no","sexual_exploitation",1,"yes","female","domestic","USA",2,
"threat force abuse_of_vulnerability",
"Calls from a contraband cellphone and in-person recruitment only -> internet no (the scheme: phone calls alone are no). Customers met at truck stops, no ads. Aged 17 -> minor yes. Homeless 17-year-old given a place to stay -> abuse_of_vulnerability.")

C("H20-014","SRB",2012,"""The Higher Court in Kraljevo sentenced the defendant, a 38-year-old man from Cacak, to five years
and six months in prison for trafficking in human beings under Article 388 of the Criminal Code. Between 2010 and
2011 he kept three women in an apartment in Kraljevo and sent them to clients, taking most of what they earned:
two women from central Serbia and a national of Bosnia and Herzegovina, one of whom was 17 when she arrived. He
had met each of them in cafés and promised them jobs as hostesses. He advertised 'massages' with photographs of
the women on the classifieds site Halo oglasi and answered the calls himself. The women told the court that he
slapped them and threatened to tell their families if they stopped.""",
"yes","advertising","classified_ads","Halo oglasi","fishing","no","sexual_exploitation",3,"yes","female",
"cross_border","SRB BIH",1,"deception force threat",
"Ads with photos on the classifieds site Halo oglasi -> advertising, classified_ads, fishing (C13: posting suffices). One victim a Bosnian national -> cross_border (C8). Age 17 -> minor yes. Recruitment in cafés (in person).")

C("H20-015","TUN",2024,"""Judicial police report, Medenine, May 2024. The suspect, 27, contacted a 16-year-old girl on
Snapchat, obtained intimate photographs from her and then threatened to publish them unless she met men he chose
in a rented flat in Zarzis; he collected the money paid by the men. Five such meetings are documented. Referred to
the investigating judge for trafficking of a minor under Organic Law 2016-61.""",
"yes","recruitment","social_media","Snapchat","hunting","no","sexual_exploitation",1,"yes","female","domestic",
"TUN",1,"threat",
"Sextortion: 'contacted' the girl on Snapchat -> first contact, hunting (C13); the online contact and threat brought her into exploitation -> recruitment. Suspect not yet tried but referred as the one accused in the case -> offenders 1 (C11, the person charged). Domestic: all in Tunisia.")

C("H20-016","IDN",2017,"""In imposing sentence, the Panel of Judges of the Banjarbaru District Court considered that the
Defendant had for more than a year run a public Telegram channel, open to anyone who searched for it, on which he
posted photographs of young women with their 'rates' and the mining camps near Cempaka to which they could be
sent, and that customers who joined the channel then ordered the women through him on Telegram. The four
victims, one of whom was only 17 years old, had come from villages in East Java on his promise of work as
waitresses in a restaurant and were told on arrival that they owed him Rp 5 million each for the journey. The
Panel considered as aggravating that the Defendant exploited the poverty of the victims and their families, and
as mitigating that he had confessed. The Defendant was sentenced to seven years' imprisonment and a fine of Rp
200 million under Law No. 21 of 2007 on the Eradication of the Crime of Trafficking in Persons.""",
"yes","advertising","messaging_app","Telegram","fishing","no","sexual_exploitation",4,"yes","female","domestic",
"IDN",1,"deception debt_bondage abuse_of_vulnerability",
"Photos with rates posted on a public Telegram channel open to anyone -> an advertisement, fishing (not a closed group of chosen buyers, so not C6). Telegram -> messaging_app by the scheme's list. 'only 17 years old' -> minor yes. Recruitment by promise, not said to be online.")

C("H20-017","GBR",2021,"""At Lincoln Crown Court two brothers who operated a hand car wash in Spalding were convicted of
conspiracy to arrange the travel of others with a view to exploitation and of holding persons in slavery or
servitude, contrary to the Modern Slavery Act 2015. Five Romanian men, who had responded to an internet
advertisement placed by the elder brother offering car-wash work at GBP 60 a day with accommodation, were met at
Luton airport and housed in a caravan behind the premises. Their identity cards were retained, they were charged
GBP 50 a week for the caravan and a 'debt' for their flights, and they worked twelve-hour days for between GBP 10
and GBP 20. One man who asked to leave was told his family in Romania would suffer. The elder brother was
sentenced to six years and the younger to four years and three months.""",
"yes","recruitment","unspecified","","fishing","no","forced_labour",5,"no","male","cross_border","GBR ROU",2,
"deception document_retention debt_bondage threat",
"Victims responded to an internet advertisement the offender placed -> recruitment, fishing (C3, C13); 'an internet advertisement' with no site named -> unspecified (C2). Men -> minor no.")

C("H20-018","TUN",2009,"""The Court of Appeal of Nabeul upheld in 2009 the conviction of two men for procuring and for
exploiting the prostitution of others (Articles 232 and 233 of the Penal Code), and reduced their sentences to
four and three years. The prosecution's case that the first defendant had advertised the women on an internet
site was rejected at first instance, because the examination of his computer and of the internet café he used
revealed no such advertisement, and was not pursued on appeal. The case began in 2008, when a Moroccan woman
sought the help of her consulate in Tunis, saying that she and two compatriots had been brought to Tunisia on
the promise of work in a hotel in Hammam Lagha and were instead made to receive men in a villa rented by the
defendants, who had taken their passports. Clients, the court found, were brought by taxi drivers paid by the
second defendant.""",
"no","","","","","no","sexual_exploitation",3,"no","female","cross_border","TUN MAR",2,
"deception document_retention",
"Internet advertising alleged but rejected for lack of evidence -> not coded (C4). Clients brought by taxi drivers (in person). Moroccan women brought to Tunisia -> cross_border; 'woman/women' -> minor no (C10).")

C("H20-019","MNG",2019,"""The Criminal Court of First Instance of Darkhan-Uul aimag convicted a 26-year-old woman and her
driver of trafficking in persons under Article 13.1 of the Criminal Code. The court found that in 2018 the first
defendant, who presented herself as a scout for a modelling agency, wrote on Instagram to two girls from Darkhan,
aged 17 and 19, praising their photographs and offering them paid work at fashion shows in Hohhot. Before their
departure she sent their photographs and measurements over WeChat to the owner of a karaoke club in Hohhot,
against whom proceedings have been opened in China. The driver took the girls across the border at Zamiin-Uud.
In Hohhot the club owner kept their passports and required them to accompany customers and to have sex with
them to repay the cost of the journey. The first defendant was sentenced to eight years and the driver to four
years of imprisonment.""",
"yes","recruitment","social_media messaging_app","Instagram|WeChat","hunting","yes","sexual_exploitation",2,"yes",
"female","cross_border","MNG CHN",2,"deception document_retention debt_bondage",
"'wrote on Instagram to two girls' -> first contact, hunting, recruitment (C13). Photos sent on WeChat to a partner offender in China, not a buyer -> not advertising (C14), links offenders in two countries -> cyber_flow yes (C7); logistics not added because recruitment applies (scheme: logistics only when none of the others). Club owner not a defendant here -> offenders 2 (C11). Age 17 -> minor yes.")

C("H20-020","ZAF",2016,"""The complainant, a 22-year-old Nigerian woman, testified in the Rustenburg Regional Court that a
'sponsor' in Benin City arranged her journey to South Africa in 2014 on the promise of work in a hair salon, and
that on arrival she was handed over to the accused, who told her she owed R60,000 and had to work as a prostitute
in a tavern district of the town until it was paid. Before leaving Nigeria she had been made to swear an oath at
a shrine and was told she would go mad if she disobeyed. Every week, she said, the accused took her earnings,
bought bitcoin at a kiosk and sent it through an online wallet to the sponsor in Nigeria, showing her the
transfers as proof that her debt was going down. The accused was convicted under the Prevention and Combating of
Trafficking in Persons Act 7 of 2013 and sentenced to twenty years' imprisonment.""",
"yes","logistics","unspecified","bitcoin","","yes","sexual_exploitation",1,"no","female","cross_border","ZAF NGA",1,
"deception debt_bondage threat other",
"Earnings sent in bitcoin through an online wallet to the sponsor -> online payment service (C1): unspecified, the name as written, logistics (no other purpose). Offenders in South Africa and Nigeria linked by the transfer -> cyber_flow yes (C7/C14). Sponsor not a defendant -> offenders 1. Oath -> other, with threat for the stated consequence (judgement call).")
