from lib import C

C("H18-041","AUT",2021,"""Fallbeschreibung / case note (counselling centre for trafficked women, Upper Austria). Two Bulgarian women
from Nova Zagora, D. (19) and S. (21), came to Wels in the spring of 2020 with a couple from their town who had promised
them work in a bakery. On arrival the couple told them that the bakery job had 'fallen through', that they owed
EUR 2,500 each for travel and the flat, and that the fastest way to pay was to see men. The woman took photographs of D.
and S. in the flat and sent them on WhatsApp to men she had chosen among the customers of the couple's car-repair
workshop, with prices; no advertisements were placed anywhere. The women spoke no German and had no money of their own. When S. said she
wanted to go home the man told her that her mother's house in Nova Zagora 'could burn down one night'. S. contacted our
centre after a customer gave her our leaflet. In 2021 the Regional Court of Wels convicted both members of the couple of
trafficking in human beings (section 104a StGB); the man received three years, the woman two years.""",
"yes","advertising","messaging_app","WhatsApp","hunting","no","sexual_exploitation",2,"no","female",
"cross_border","AUT BGR",2,"deception debt_bondage threat abuse_of_vulnerability",
"Photos sent by WhatsApp to men chosen among workshop customers (C6 buyer word 'men'), nothing posted -> advertising + hunting (C6). Both offenders and customers in Austria -> cyber_flow no. Ages 19, 21 -> minor no. Bulgarian women in Austria -> cross_border. Customer's leaflet and the NGO are not offender acts.")

C("H18-042","USA",2004,"""United States v. Raymond Tull, D. Neb. (Lincoln), sentencing hearing, statement of reasons. The Court has
considered the factors in 18 U.S.C. 3553(a). Mr. Tull, you ran what you called an escort agency out of an apartment on
the north side of this city. You built a website for that agency, 'Capitol Companions', and put on it photographs of
three young women, two of whom you knew to be 16 and 17 years old, with descriptions and rates, and men who visited that
website telephoned you to make appointments. Two of the girls came with you from Kansas City, Missouri; the third, who
was 19, you met here in Lincoln. The evidence at trial, which I credited, showed that you struck the 17-year-old with a
belt when she kept money back, and that you told all three you would hurt their families if they went to the police.
You are sentenced to a term of 235 months, to be followed by five years of supervised release.""",
"yes","advertising","freestanding_website","Capitol Companions","fishing","no","sexual_exploitation",3,"yes","female",
"domestic","USA",1,"force threat",
"Website the offender built for his 'escort agency' -> freestanding_website (C15), advertising, fishing (men visited and called). Kansas City MO to Lincoln NE -> across state lines, domestic (C8). Girls 16, 17 -> minor yes. Site name as written in platforms.")

C("H18-043","PAN",2020,"""Judgment of the Trial Court of the Third Judicial Circuit (David, Chiriquí), translated. The Court, having
examined the evidence presented at the oral hearing, considers it proven that the accused Yohandry M. and Ezequiel
R., acting jointly, and having obtained the telephone numbers of three Venezuelan women who were living without
residence status in rented rooms in the district of San Miguelito, contacted each of them by WhatsApp in the first
months of 2019 to offer employment as shop assistants in a store in David at six hundred balboas a month; that, once the
women had travelled to David, the accused informed them that the store did not exist and that they would instead carry
parcels of cocaine concealed in their clothing across the border crossing at Paso Canoas into Costa Rica, warning them
that, if they refused, their children in Maracaibo would pay the consequences and that they would be denounced to the
migration service; and that the women made no fewer than nine such crossings before being detained by the Costa Rican
police; wherefore the Court declares both accused guilty of the crime of trafficking in persons for the commission of
offences and imposes twelve years' imprisonment on each.""",
"yes","recruitment","messaging_app","WhatsApp","hunting","no","forced_criminal_activity",3,"no","female",
"cross_border","PAN VEN CRI",2,"deception threat abuse_of_vulnerability",
"'contacted each of them by WhatsApp' -> offender first contact, hunting (C13), recruitment. Women already living in Panama -> cyber_flow no. Venezuelan nationals; drug crossings into Costa Rica -> cross_border, CRI listed as place of exploitation. 'Women' -> minor no.")

C("H18-044","USA",2018,"""Ashley, 15, was finally found on a Tuesday night in a room at a motel on the Bossier City side of the Red
River, three weeks after the Caddo Parish detective on her case had spent hours trawling escort sites for her picture
and found nothing. There was nothing to find. Court records in the Western District of Louisiana show that Lamar Givens,
27, and his girlfriend Tasha Boone, 22, who had picked Ashley up at a house party in Texarkana, Arkansas, never posted her
anywhere: Givens sold her to men he approached in the parking garages of the riverboat casinos and to acquaintances
who heard about her by word of mouth. He gave her pills to 'keep her calm' and choked her when she said she wanted to go home; Boone
collected the cash. Both pleaded guilty in 2018 to sex trafficking of a minor. Givens was sentenced to 17 years and Boone
to 10.""",
"no","","","","","no","sexual_exploitation",1,"yes","female",
"domestic","USA",2,"force drugs",
"Only the detective searched escort sites -> police use, not coded (C3); offenders 'never posted her anywhere', sold in person -> internet no. Arkansas to Louisiana -> domestic. 15 -> minor yes.")

C("H18-045","BEN",2013,"""The Court of Appeal of Parakou, hearing the appeal of the accused against the judgment of the court of first
instance of Savalou, confirmed his conviction for child trafficking under Law No. 2006-04. As recalled by the first
judges, the accused, a native of Ouessè living in Abeokuta, Nigeria, returned to his village in 2010 and persuaded the
parents of seven boys aged 11 to 15 to entrust them to him for an apprenticeship in Nigeria, paying each family an
advance of 20,000 CFA francs, and later sent small sums to the families by money-transfer agency and bank transfer to
show that the boys were well. In reality the boys crushed granite in quarries near Abeokuta from dawn, slept in the
open and were beaten when they rested. The Court held that the transfers to the families did not alter the nature of
the exploitation, and increased the sentence to ten years of criminal imprisonment.""",
"no","","","","","no","forced_labour",7,"yes","male",
"cross_border","BEN NGA",1,"deception force abuse_of_vulnerability",
"Money-transfer agency and bank transfer without 'online' -> not internet use (C1). Boys 11-15 -> minor yes. Benin to Nigeria -> cross_border.")

C("H18-046","TGO",2015,"""TPI Kara, jugement corr. n° 088/2015. Prév.: K.T., f., 47, revendeuse, Kara. Vict.: A.K., f., née le
12/05/2000 à Bassar; E.N., f., née le 03/01/1999 à Bafilo. Faits: 2013, prév. obtient des parents l'accord d'emmener les
deux filles 'pour l'école' à Libreville (Gabon); sur place, travaux domestiques et vente de pain au marché de Mont-Bouët,
14h/jour, sans école ni salaire; coups. 07/2014: A.K. envoie un message WhatsApp depuis le téléphone d'une cliente à son
frère à Lomé, qui saisit une ONG; rapatriement via l'ambassade. Décision: coupable de traite d'enfants (art. 317 CP), 5
ans dont 2 avec sursis.""",
"no","","","","","no","forced_labour",2,"yes","female",
"cross_border","TGO GAB",1,"deception force",
"Only internet use: a victim's WhatsApp message to her brother seeking help -> not coded (C3). Born 1999/2000, exploited 2013-2014 -> minors. Togo to Gabon -> cross_border.")

C("H18-047","CZE",2001,"""Regional Court in Ostrava, judgment of 2001. Of the four women, the youngest, a 17-year-old from a village near
Bălți, Moldova, was the one who ran, in March 2000, across the car park of the club near Bohumín and into the petrol
station on the road to the Polish border, where the attendant called the police. Her account led the Czech police back to the beginning: the
three defendants, two Czech men and a Moldovan woman, had recruited the four women in northern Moldova in 1999 with
promises of waitressing, driven them through Romania, Hungary and Slovakia, taken their passports and told them they
owed 1,000 US dollars each for the journey. The women were kept in the club, which served mostly lorry drivers, and
were beaten if they refused clients. The defendants communicated among themselves and with the women's families only by mobile phone
and SMS. The court imposed sentences of between three and seven years.""",
"no","","","","","no","sexual_exploitation",4,"yes","female",
"cross_border","CZE MDA ROU HUN SVK",3,"deception document_retention debt_bondage force",
"Mobile phone and SMS only -> internet no. 17-year-old -> minor yes. Moldovan women via Romania, Hungary and Slovakia to Czechia -> transit countries listed.")

C("H18-048","MDA",2014,"""Florești District Court, 2014. The warehouse near Łódź where the five women sorted apples and packed onions
for fourteen hours a day is described late in the indictment, after the arrests. The first part concerns the job
board: in early 2013 the two defendants, a married couple from Drochia, posted an offer on an online job board for
'fruit sorters in Poland, EUR 900 a month, accommodation included', and the women, aged 24 to 45 and from villages in
Florești and Drochia districts, answered it. The defendants charged each of them EUR 350 for 'documents', took their
passports in Poland 'for the employer', housed them in a container and paid them EUR 100 a month, deducting the
remainder for debts. One woman's daughter alerted La Strada's hotline. Each defendant was sentenced to eight years'
imprisonment.""",
"yes","recruitment","job_portal","","fishing","no","forced_labour",5,"no","female",
"cross_border","MDA POL",2,"deception document_retention debt_bondage",
"Offer posted on 'an online job board' -> job_portal (C2), recruitment, fishing. Defendants and victims in Moldova -> cyber_flow no. Daughter's call to a hotline not coded (C3). Ages 24-45 -> minor no.")

C("H18-049","PHL",2014,"""People of the Philippines v. Ramil Lacson and Gloria Lacson, Regional Trial Court, Branch 37, General Santos
City, decision (excerpt). From the testimonies of the four private complainants, two boys and two girls then aged ten to fourteen, and
of the social worker of the City Social Welfare and Development Office, which this Court finds candid and consistent, it
appears that the accused spouses, who had gone up to a barangay in Lake Sebu in 2012 and represented to the children's
parents that the children would work as house helpers and be sent to school in the city, instead brought the children to
a rented house in Barangay Labangal where they were taught to pick pockets and to snatch mobile phones from passengers in
jeepneys and at the public market, and were made to hand over everything they took, failing which they were beaten
with a broom handle and denied food; and that the accused Gloria Lacson told the children that the police would jail
them, and not the accused, if they ever reported. WHEREFORE, the Court finds both accused GUILTY beyond reasonable doubt
of qualified trafficking in persons under Republic Act No. 9208, as amended.""",
"no","","","","","no","forced_criminal_activity",4,"yes","male female",
"domestic","PHL",2,"deception force threat",
"No internet. Children 10-14 -> minor yes. Two boys and two girls -> male female. Spouses approached parents in person.")

C("H18-050","SRB",2022,"""Judgment of the Higher Court in Šabac (translation). The court found it established that the first accused,
a resident of Loznica, in the course of 2019 and 2020, approached in person two men from villages near Loznica who were
known to be in serious debt to private moneylenders and unemployed, and proposed to them that they sell a kidney for
20,000 euros each, assuring them that the operation was legal abroad and without risk, that the second accused, acting
on the agreement with the first, arranged their passports, their tickets to Istanbul and their admission to a private
clinic there, where a kidney was removed from each man, and that, instead of the promised sum, the men received 5,000
and 3,000 euros respectively, the accused keeping the difference; and the court, finding that the accused had taken
advantage of the victims' position of hardship, sentenced the first accused to seven years and the second to five
years' imprisonment for the criminal offence of trafficking in human beings under Article 388 of the Criminal Code.""",
"no","","","","","no","organ_removal",2,"no","male",
"cross_border","SRB TUR",2,"deception abuse_of_vulnerability",
"Approached in person -> internet no. Debts to private moneylenders (third parties) -> abuse_of_vulnerability, not debt_bondage (judgement call; open point). Men -> minor no.")

C("H18-051","PAK",2024,"""Sessions Court, Bahawalnagar (FIA AHTC). 3 accused (marriage bureau owners). Ran website 'Noor Rishta
Services' listing girls from poor families as brides for foreign men, with photos; men in Oman contacted via the site.
Three girls aged 14-17 married to Omani men (ages 48-61) 2022-23 for fees of PKR 1.2-2 million; parents told the girls
would study. Girls taken to Oman, held at home, made to work. Convicted under PTPA 2018; 14 yrs each.""",
"yes","advertising","freestanding_website","Noor Rishta Services","fishing","yes","forced_marriage forced_labour",3,"yes","female",
"cross_border","PAK OMN",3,"deception abuse_of_vulnerability",
"Website the accused ran (marriage bureau) -> freestanding_website (C15); girls offered as brides to buyers -> advertising; men contacted via the site -> fishing. Site in Pakistan, buyers in Oman -> cyber_flow yes (C7). 'made to work' -> forced_labour besides forced_marriage. Poverty -> abuse_of_vulnerability.")

C("H18-052","BRA",2020,"""Federal prosecutors' appeal aside, the facts in the case decided by the 2nd Criminal Court of Juiz de Fora
(MG) in 2020 were largely undisputed. The police operation, in October 2019, found the two young men, aged 19 and 22, in a
flat in the São Mateus neighbourhood. They had come from Codó, in Maranhão, the year before, after the defendant, a
former neighbour, offered them jobs in his restaurant. There was no restaurant. The defendant advertised them as male
escorts on an adult website, fixed their prices and kept 70 per cent, telling them they owed him R$ 6,000 for bus tickets,
food and 'photos'. The court heard that he threatened to tell their families in Codó what they were doing. He was
convicted of trafficking in persons (art. 149-A CP) and sentenced to six years and eight months.""",
"yes","advertising","freestanding_website","","fishing","no","sexual_exploitation",2,"no","male",
"domestic","BRA",1,"deception debt_bondage threat",
"Advertised on 'an adult website' -> freestanding_website (C2), advertising, fishing. Maranhão to Minas Gerais -> domestic. Young men aged 19 and 22 (ages given) -> minor no.")

C("H18-053","MDV",2006,"""Criminal Court, Malé, 2006. Def.: Maldivian contractor (m), resort construction, Laamu Atoll. 12 Bangladeshi
men recruited via ad in a Dhaka daily newspaper (agency fee USD 2,000 each, to be deducted from wages); passports held
by def.; 10 months unpaid. Convicted of unlawful detention of documents and fraud; 3 yrs, deportation of workers
with wages paid.""",
"no","","","","","no","forced_labour",12,"no","male",
"cross_border","MDV BGD",1,"deception document_retention debt_bondage",
"Newspaper advertisement -> internet no. Form from the facts (unpaid work with documents held) though the charges are fraud/detention. Men -> minor no.")

C("H18-054","BEN",2017,"""Sentencing remarks, Court of First Instance of Abomey (translated). The accused, you took the girl H., then
13, from her grandmother's house in Dogbo in 2015 saying she would learn dressmaking. For two years she fetched water,
cooked, sold oranges for you at the market in Abomey and slept on the floor of your storeroom; you beat her with a
cable when the money was short. She was found after an organisation for the protection of children published her
photograph on Facebook and a neighbour recognised her. You told this court she was 'like a daughter'. A daughter is
sent to school. The court sentences you to five years' imprisonment and to pay 1,000,000 CFA francs in damages.""",
"no","","","","","no","forced_labour",1,"yes","female",
"domestic","BEN",1,"deception force",
"Facebook post by a child-protection organisation -> NGO use, not coded (C3). 13-year-old -> minor yes. Dogbo to Abomey, both Benin -> domestic.")

C("H18-055","BRA",2002,"""The five children, the youngest aged six and the eldest twelve, were counted at the traffic lights on Avenida
Floriano Peixoto by a municipal social worker in Campina Grande (PB) in January 2001, holding out cups to drivers. Only
later did the case that the State Court of Paraíba decided in 2002 reconstruct how they got there: the defendant, an
aunt of three of them, had brought them from a rural area of Queimadas with the promise to their mothers that they would
go to school in the city. They slept in one room, were sent out every day from six in the morning to beg and were
beaten with a sandal if they came back with less than ten reais. The court convicted the defendant under the Child and
Adolescent Statute and the Penal Code and sentenced her to four years.""",
"no","","","","","no","forced_begging",5,"yes","",
"domestic","BRA",1,"deception force",
"No internet. Children 6-12 -> minor yes. Sex not stated -> victim_sex empty. Queimadas to Campina Grande, both Paraíba -> domestic.")

C("H18-056","TWN",2017,"""Pingtung District Court, criminal judgment, 2017. Three defendants, a 35-year-old from Donggang and two
associates, were convicted of human trafficking and fraud offences and sentenced to between six and nine years. In 2016
they recruited six young Taiwanese men, aged 19 to 24, in night markets and temples around Pingtung and Chaozhou, with
promises of 'tourism and easy sales work' in Cambodia, and paid their air tickets. In Phnom Penh the men's passports
were taken, they were locked into a villa with barred windows and made to defraud people in mainland China online,
posing as police and bank officers, for twelve hours a day. Those who refused were beaten and told they owed the
group their air fares and food. The men were freed in a raid by the Cambodian police and deported to Taiwan.""",
"yes","exploitation","unspecified","","","no","forced_criminal_activity",6,"no","male",
"cross_border","TWN KHM",3,"deception document_retention force debt_bondage",
"Internet mentioned once: made to defraud people 'online' -> exploitation, unspecified (C2). Recruitment in person -> no recruitment purpose. cyber_flow no: the internet linked victims in Cambodia to scam targets in China, who are neither offenders, victims nor buyers (C7; judgement call). Ages 19-24 -> minor no. CHN not listed: scam targets are not origin, transit, exploitation, offenders or buyers.")

C("H18-057","MDG",2013,"""Tribunal de première instance de Nosy Be, 2013. The accused, a woman of 38 who ran bungalows at Ambatoloaka, and
her companion were sentenced to eight and five years of forced labour for trafficking of a minor. The victim, R., aged 15,
lived with her grandmother in Ambanja and had no money for school fees. The accused, who had contacted her on Facebook,
promised her work as a nanny and paid her ferry fare. On arrival, R. was made to sleep with foreign tourists who
stayed at the bungalows, the companion arranging the meetings and collecting the money. R. was told that she must first
repay her fare and clothing. She was identified by a social worker at the hospital after she became ill.""",
"yes","recruitment","social_media","Facebook","hunting","no","sexual_exploitation",1,"yes","female",
"domestic","MDG",2,"deception debt_bondage abuse_of_vulnerability",
"Internet once: 'had contacted her on Facebook' -> hunting (C13), recruitment. Malagasy victim exploited in Madagascar -> domestic; tourists' countries not named. 15 -> minor yes.")

C("H18-058","IND",2022,"""The Sessions Court, Visakhapatnam, convicted three persons, a man from Jagdalpur in Bastar district, Chhattisgarh,
and the couple who employed the girl, of trafficking a minor for forced labour and of offences under the Juvenile
Justice Act. The girl, 14, a cousin of the first accused, was taken from her village in 2020 after he told her
parents that she would study in the city while helping a family with their child. In the couple's flat she cooked,
cleaned and cared for their son from five in the morning until midnight, was not sent to school, was not allowed to
leave or to call home and was beaten with a ladle. Her elder brother traced her in 2021 after seeing a video she had
posted on Instagram from the flat's balcony, and went to the police. The court sentenced each accused to seven years.""",
"no","","","","","no","forced_labour",1,"yes","female",
"domestic","IND",3,"deception force",
"Internet once: the victim's own Instagram video, found by her brother -> not offender use (C3). Chhattisgarh to Andhra Pradesh -> domestic. 14 -> minor yes. Not allowed to leave, beaten -> force.")

C("H18-059","KEN",2006,"""KISII - Two directors of a recruitment agency in Kisii town were on Friday jailed for three years each by the
Chief Magistrate's court for obtaining money by false pretences from four women they sent to work as housemaids in
Saudi Arabia. The women, aged between 21 and 30, answered an advertisement in the classified pages of a Nairobi daily
offering 'hotel jobs in the Gulf' and paid KSh 90,000 each. One woman told the court that her brother had searched for
the agency on the internet and found nothing, but she went anyway. In Jeddah, the women said, their employers took
their passports, made them work up to 18 hours a day without pay and locked them in. They returned in 2005 with the help
of the Kenyan consulate.""",
"no","","","","","no","forced_labour",4,"no","female",
"cross_border","KEN SAU",2,"deception document_retention force",
"Print newspaper ad -> internet no; the brother's internet search is a relative's use (C3). Form from the facts (unpaid work, passports taken, locked in) though charged as false pretences. Ages 21-30 -> minor no.")

C("H18-060","ETH",2008,"""HAWASSA - The Sidama Zone High Court has sentenced two owners of weaving workshops in Shashemene to twelve and
ten years of rigorous imprisonment for trafficking eleven boys from the Gamo highlands. The boys, aged between nine and
fifteen, were brought from villages around Chencha in 2006 after the owners promised their parents that they would be
trained as weavers and sent to school. Police said the boys worked at the looms from dawn until late at night, slept
under the looms and were beaten when they made mistakes. None of them had been to school. The court said the owners had
taken advantage of the families' poverty. The boys were returned to their families with the help of the zone's women and
children affairs office.""",
"no","","","","","no","forced_labour",11,"yes","male",
"domestic","ETH",2,"deception force abuse_of_vulnerability",
"No internet. Boys 9-15 -> minor. Within Ethiopia -> domestic.")
