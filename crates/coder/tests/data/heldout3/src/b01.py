from lib import C

C("USA", 2014, """On 9 October 2014 the United States District Court for the Middle District of Florida sentenced
Terrence D. Whitfield, 31, of Tampa, to 210 months' imprisonment followed by ten years of supervised release after a jury
found him guilty on three counts of sex trafficking by force, fraud and coercion (18 U.S.C. 1591). According to the
evidence presented at the four-day trial, Whitfield met the three victims, adult women aged 20, 23 and 26, at a
nightclub and at a convenience store in the Tampa Bay area in 2012. He supplied them with crack cocaine and, once they
were dependent, told them they owed him for the drugs. Whitfield took photographs of the women in hotel rooms and posted
advertisements for 'outcalls' in the adult section of Craigslist, and later on Backpage.com after Craigslist closed that
section. Men who responded to the postings called a phone that Whitfield carried. He struck one of the women with a
pistol when she kept part of the money. The court also ordered restitution of $84,600 and forfeiture of a 2009
Chevrolet Tahoe.""",
  iu="yes", pu=["advertising"], pt=["classified_ads"], pl=["Craigslist", "Backpage"], st=["fishing"], cf="no",
  fo=["sexual_exploitation"], vt=3, vm="no", vs=["female"], bo="domestic", cs=["USA"], ot=1,
  me=["drugs", "force", "debt_bondage"],
  n="recruitment in person; ads on two classified sites -> advertising/fishing; drug debt -> debt_bondage (judgement call); nationality of victims not stated but whole case in Florida, no foreign element -> domestic")

C("PHL", 2021, """The Regional Trial Court, Branch 52, of Talisay City, Cebu, rendered judgment in People of the
Philippines v. M.A.G. (name withheld) on 3 August 2021. Accused-appellee, a 38-year-old mother of five, was found guilty
beyond reasonable doubt of qualified trafficking in persons and of violations of the Anti-Child Pornography Act of 2009.
The prosecution established that from 2018 until her arrest in March 2020 the accused made her two nieces, then 9 and 12
years old, and a neighbour's son, aged 11, undress and perform sexual acts in front of a mobile phone camera during live
video sessions requested by a foreign national residing in the United Kingdom, who paid between PHP 1,500 and PHP 4,000
per session through a remittance outlet. The sessions were conducted through video calls on an online messaging
application, the chat logs of which were recovered from her phone by the NBI Anti-Human Trafficking Division following a
referral from the National Crime Agency of the United Kingdom. The court imposed life imprisonment and a fine of PHP
2,000,000 and awarded each child PHP 500,000 as moral damages.""",
  iu="yes", pu=["exploitation"], pt=["webcam_livestream", "messaging_app"], pl=[], st=[], cf="yes",
  fo=["sexual_exploitation"], vt=3, vm="yes", vs=["female", "male"], bo="cross_border", cs=["PHL", "GBR"], ot=1,
  me=[],
  n="video calls on an unnamed messaging app -> webcam_livestream + messaging_app; buyer in UK -> cyber_flow yes and cross_border per worked example 3 although children not moved; remittance outlet not online; buyer approached offender, so no hunting/fishing by offender described; no means described in the text -> empty")

C("ROU", 2009, """By criminal sentence no. 412 of 17 June 2009, the Bucharest Tribunal convicted four defendants, members of the
same extended family from Craiova, of trafficking in persons and of setting up an organised criminal group, and imposed
prison terms of between 7 and 12 years. The investigation, carried out by the Directorate for Investigating Organised
Crime and Terrorism (DIICOT), showed that in 2006 and 2007 the defendants approached young women from poor families in
their own neighbourhood and in neighbouring villages, promising them work as housekeepers and strawberry pickers in
Spain. Six women, aged 18 to 22, accepted. They travelled by coach through Hungary and France and were taken to a flat in
Castellón de la Plana, where their identity cards were taken from them and they were told they had to repay EUR 3,000 each
for the journey by working as prostitutes on the road. Those who refused were beaten. The defendants kept in contact with
one another and with their relatives in Romania by mobile telephone; the transcripts of intercepted calls formed the bulk
of the evidence. The Bucharest Court of Appeal dismissed the appeals in 2010.""",
  iu="no", cf="no", fo=["sexual_exploitation"], vt=6, vm="no", vs=["female"], bo="cross_border",
  cs=["ROU", "HUN", "FRA", "ESP"], ot=4, me=["deception", "debt_bondage", "document_retention", "force", "abuse_of_vulnerability"],
  n="phone-only contact among offenders -> internet no; transit countries included in countries; poor families -> abuse_of_vulnerability")

C("NGA", 2018, """The Federal High Court sitting in Benin City, Edo State, on 22 February 2018 convicted Mrs. Osas Iyamu
(also known as 'Mummy Joy') on five counts under the Trafficking in Persons (Prohibition) Enforcement and Administration
Act 2015 and sentenced her to 14 years' imprisonment. NAPTIP investigators told the court that the convict recruited five
girls, two of them aged 16 and 17, from Uselu and Ekenwan with the promise of hairdressing work in Italy. Before the journey
the girls were taken to a native doctor and made to swear an oath that they would repay a debt of EUR 30,000 each and
never reveal the names of their sponsors. They were moved overland through Niger to Libya, where they waited four months
in a connection house in Sabha before crossing to Sicily by boat. In Italy they were handed to the convict's sister in
Castel Volturno and forced into street prostitution. The sister has not been arrested. The convict directed the operation
from Benin City by telephone. One of the victims escaped and reported to a church-run shelter in Caserta, which alerted
NAPTIP through the Italian authorities.""",
  iu="no", cf="no", fo=["sexual_exploitation"], vt=5, vm="yes", vs=["female"], bo="cross_border",
  cs=["NGA", "NER", "LBY", "ITA"], ot=1, me=["deception", "debt_bondage", "threat"],
  n="juju oath -> threat (judgement call, could be other); sister named but not prosecuted -> offenders_total counts the one convicted; telephone only")

C("GBR", 2017, """At Birmingham Crown Court on 11 May 2017, five members of a Polish organised crime group were sentenced to a
total of 28 years' imprisonment for conspiracy to require persons to perform forced or compulsory labour and conspiracy
to arrange travel with a view to exploitation, contrary to the Modern Slavery Act 2015. The Crown's case was that between
2014 and 2016 the group, operating from Walsall, posted job offers in Facebook groups used by Polish job seekers, promising well-paid work in a
recycling plant and a poultry factory in the West Midlands, with free accommodation and transport. Eleven men from
Bydgoszcz and Grudziądz who answered the posts were met at Luton airport, had their passports and bank cards taken 'for
safekeeping', and were housed in two overcrowded terraced houses in Walsall. Their wages were paid into accounts the
defendants controlled, and the men were told they owed money for rent and travel. Several of them had histories of
homelessness or alcohol dependence. The judge, His Honour Judge Drew QC, described the offending as 'cynical and
sustained'. A confiscation hearing was listed for 2018.""",
  iu="yes", pu=["recruitment"], pt=["social_media"], pl=["Facebook"], st=["fishing"], cf="yes",
  fo=["forced_labour"], vt=11, vm="no", vs=["male"], bo="cross_border", cs=["GBR", "POL"], ot=5,
  me=["deception", "debt_bondage", "document_retention", "abuse_of_vulnerability"],
  n="job offers posted in Facebook groups, victims answered -> fishing; posted from Walsall (UK), answered by men in Poland -> cyber_flow yes; vm no: 'men'")

C("NLD", 2012, """The District Court of Zwolle-Lelystad (Rechtbank) on 24 April 2012 sentenced a 22-year-old man from Almere,
Mohamed el B., to four years' imprisonment for human trafficking within the meaning of Article 273f of the Criminal Code
concerning a 15-year-old girl. The court found that the defendant first contacted the girl through Hyves, where he sent
her compliments and messages every day for several weeks and presented himself as her boyfriend. After they met he
isolated her from her family, gave her gifts on credit and then told her she had to 'pay him back'. From the summer of
2010 he placed her profile with photographs on an escort website that he himself had set up and maintained, on which he
offered three girls; clients made appointments through the contact form. The girl received clients in hotel rooms in
Utrecht and Amsterdam. The defendant kept all the earnings. The court took into account that the defendant had exploited
a 'loverboy' relationship and that the victim was a minor, but also his youth and lack of prior convictions.""",
  iu="yes", pu=["recruitment", "advertising"], pt=["social_media", "freestanding_website"], pl=["Hyves"],
  st=["hunting", "fishing"], cf="no", fo=["sexual_exploitation"], vt=1, vm="yes", vs=["female"], bo="domestic",
  cs=["NLD"], ot=1, me=["deception", "debt_bondage", "abuse_of_vulnerability"],
  n="offender wrote first on Hyves -> hunting; offender-run escort site -> freestanding_website, advertising/fishing; site offered three girls but only one victim in the charge -> victims_total 1; border domestic: all in NLD, nationality not stated but no foreign element (judgement call)")

C("USA", 2008, """The U.S. Attorney for the District of Maryland announced on 17 October 2008 that the owner of a
travelling carnival company based in Hagerstown and his operations manager were sentenced to 57 and 30 months in
federal prison after pleading guilty to forced labour and document servitude. Nine Mexican men had been hired in
Veracruz through a local recruiter on seasonal H-2B visas to set up and run rides at county fairs in Maryland,
Pennsylvania and Virginia. On arrival the manager collected their passports and visas 'to process the paperwork' and
kept them in a lockbox in his trailer. The men worked up to 18 hours a day, slept in a converted horse trailer, and
were told that they owed $1,800 each for visas and bus fares, which was deducted from wages of about $250 a week. When
two of them asked to leave, the owner told them that without their papers they would be arrested and deported and that
their families would have to pay the debt. The recruiter in Veracruz, who was paid by telephone orders and wire
transfers, was not charged. A fair visitor who spoke Spanish alerted a local legal aid organisation.""",
  iu="no", cf="no", fo=["forced_labour"], vt=9, vm="no", vs=["male"], bo="cross_border", cs=["USA", "MEX"], ot=2,
  me=["debt_bondage", "document_retention", "threat", "deception"],
  n="no internet (telephone orders, wire transfers are not online); 'men' -> no; deportation threat -> threat; deception: debt and conditions not disclosed (judgement call)")

C("THA", 2019, """The Criminal Court for Anti-Human Trafficking Cases in Bangkok handed down its judgment on 30 September 2019
in a case brought by the Office of the Attorney General against three Thai nationals, two women and a man. The court
found that in 2017 the defendants posted job advertisements on a Facebook page called 'Work Abroad Good Salary' offering
positions as waitresses and masseuses in restaurants in Manama, Bahrain, with monthly pay of 60,000 baht. Seven women from
Udon Thani, Khon Kaen and Bangkok who replied to the page through its chat were asked to pay fees and were flown to
Bahrain on tourist visas. On arrival their passports were taken by the receiving agent and they were told they owed
150,000 baht each, to be repaid by selling sex in a hotel bar. The women were not allowed to leave the apartment
unaccompanied. One of them contacted the Thai Embassy, which arranged their return. The first and second defendants were
sentenced to 12 years and the third to 8 years; all three were ordered to compensate the victims.""",
  iu="yes", pu=["recruitment"], pt=["social_media"], pl=["Facebook"], st=["fishing"], cf="no",
  fo=["sexual_exploitation"], vt=7, vm="no", vs=["female"], bo="cross_border", cs=["THA", "BHR"], ot=3,
  me=["deception", "debt_bondage", "document_retention"],
  n="Facebook page job ads, women replied -> fishing; online contact was between offenders and victims all in Thailand -> cyber_flow no (the cross-border element is offline)")

C("DEU", 2015, """The Regional Court (Landgericht) of Dortmund on 8 July 2015 convicted two Bulgarian brothers, aged 29 and 34,
of aggravated human trafficking for the purpose of sexual exploitation (section 232 StGB old version) and pimping, and
sentenced them to four years and six months and three years and nine months respectively. The chamber found that the
brothers had brought four young women from Sliven, Bulgaria, to Dortmund in 2013, where the women had to work on the
street in the Linienstraße area and hand over almost all of their earnings. The women, who had little schooling and
spoke no German, were told that their families at home would be harmed if they went to the police. The court noted that
there was no indication that the accused had advertised the women on the internet or in newspapers; customers were found
exclusively on the street. Communication between the brothers and the women took place by mobile phone. The judgment is
not yet final.""",
  iu="no", cf="no", fo=["sexual_exploitation"], vt=4, vm="no", vs=["female"], bo="cross_border", cs=["DEU", "BGR"], ot=2,
  me=["threat", "abuse_of_vulnerability"],
  n="explicit 'no indication ... advertised on the internet' -> internet no; 'young women' -> vm no (adult), judgement call")

C("IND", 2016, """The Additional Sessions Judge, Saket Courts, New Delhi, on 14 November 2016 convicted the proprietor and the
manager of a placement agency in Shakurpur under sections 370 and 374 of the Indian Penal Code and the Bonded Labour
System (Abolition) Act, 1976. The agency had advertised on an online job portal for 'housekeeping staff for reputed
families, salary Rs 12,000, food and stay free'. Nine women and girls from Sonitpur and Udalguri districts of Assam, two
of whom were 16 and 17 years of age, applied through the portal or were referred by those who had applied, and were
brought by train to Delhi. They were placed in households in South Delhi where they worked without rest, were not paid,
and were told that their salaries would be adjusted against the 'placement commission' and travel costs. The victims were
rescued by the Delhi Commission for Women with the assistance of an NGO. Both accused were sentenced to rigorous
imprisonment of seven years and a fine of Rs 50,000 each.""",
  iu="yes", pu=["recruitment"], pt=["job_portal"], pl=[], st=["fishing"], cf="no",
  fo=["forced_labour"], vt=9, vm="yes", vs=["female"], bo="domestic", cs=["IND"], ot=2,
  me=["deception", "debt_bondage"],
  n="inter-state movement (Assam to Delhi) -> domestic; job portal ad answered -> fishing")

C("MDA", 2006, """The Chisinau Court of Appeal on 15 March 2006 upheld the conviction of Veaceslav C., 41, and his partner
Tatiana R., 36, for trafficking in human beings (Article 165 of the Criminal Code of the Republic of Moldova) and sentenced
them to ten and eight years' imprisonment respectively. In 2004 the couple placed an advertisement in the local newspaper
'Makler' offering work as waitresses and dishwashers in cafés in Istanbul, with wages of USD 500 a month. Four women from
Hîncești and Ialoveni, aged 19 to 25, answered by calling the telephone number in the advertisement. The accused bought
their bus tickets and accompanied them to Istanbul via Romania and Bulgaria, where the women were sold to a Turkish
national for USD 1,500 each and forced to provide sexual services in a hotel in Laleli. Their passports were kept by the
buyer. The case came to light after one victim was detained by the Turkish police and repatriated with the help of IOM.""",
  iu="no", cf="no", fo=["sexual_exploitation"], vt=4, vm="no", vs=["female"], bo="cross_border",
  cs=["MDA", "TUR", "ROU", "BGR"], ot=2, me=["deception", "document_retention"],
  n="newspaper (print) ad answered by phone -> internet no; buyer in Turkey not prosecuted here -> offenders_total 2")

C("AUS", 2013, """In R v Tan & Lim, the Supreme Court of New South Wales on 6 December 2013 sentenced two Malaysian nationals
who operated a brothel in Parramatta for offences of trafficking in persons and debt bondage under Division 270 and 271
of the Criminal Code (Cth). The victim, a 24-year-old woman from Ipoh, Malaysia, had posted a notice on an online job
board stating that she was seeking work abroad as a beautician. The first offender, then living in Sydney, replied to her notice by e-mail,
offering her a job in a beauty salon in Sydney and a sponsored visa. Once she arrived in Australia in 2011 she was told
that the salon did not exist and that she owed AUD 45,000 for her travel and visa, which she had to repay by providing
sexual services. Her passport was held by the second offender. She saw up to ten clients a day over eight months. Tan
received a head sentence of eight years and Lim six years, with non-parole periods of four and a half and three years.""",
  iu="yes", pu=["recruitment"], pt=["job_portal", "email"], pl=[], st=["hunting"], cf="yes",
  fo=["sexual_exploitation"], vt=1, vm="no", vs=["female"], bo="cross_border", cs=["AUS", "MYS"], ot=2,
  me=["deception", "debt_bondage", "document_retention"],
  n="offender answered the victim's own online notice -> hunting (offender approached her), not fishing; victim in MYS, offender in Sydney -> cyber_flow yes")

C("USA", 2022, """Jamal R. Pruitt, 27, of Columbus, Ohio, was sentenced on 19 May 2022 in the U.S. District Court for the
Southern District of Ohio to 300 months in federal prison for sex trafficking of a minor and transportation of a minor
across state lines for prostitution. According to court documents, Pruitt sent unsolicited direct messages to a
16-year-old girl on Instagram in the spring of 2020, complimenting her photos and offering to 'take care of her'. After
she ran away from a group home to meet him, he photographed her and posted advertisements for commercial sex on websites,
drove her to hotels in Indianapolis and Fort Wayne, Indiana, and collected the money. He threatened to post sexual images
of her online if she left. The girl was recovered by the FBI Indianapolis Child Exploitation Task Force in August 2020.
Chief Judge Algenon L. Marbley also ordered Pruitt to pay $18,000 in restitution and to register as a sex offender.""",
  iu="yes", pu=["recruitment", "advertising"], pt=["social_media", "unspecified"], pl=["Instagram"],
  st=["hunting", "fishing"], cf="no", fo=["sexual_exploitation"], vt=1, vm="yes", vs=["female"], bo="domestic",
  cs=["USA"], ot=1, me=["deception", "threat", "abuse_of_vulnerability"],
  n="across state lines -> domestic; 'websites' unnamed -> unspecified; offender wrote first on Instagram -> hunting; runaway from group home -> abuse_of_vulnerability; promise to 'take care of her' -> deception (judgement call)")

C("UKR", 2011, """The Zhovtnevyi District Court of Dnipropetrovsk on 2 November 2011 found Oleksandr P., a 46-year-old
former construction foreman, guilty under Article 149(2) of the Criminal Code of Ukraine of trafficking in human beings
committed repeatedly and against several persons, and sentenced him to eight years' imprisonment with confiscation of
property. Between 2008 and 2010 the accused recruited fourteen men from Dnipropetrovsk region, many of them unemployed
and some with alcohol problems, for building work in Moscow Oblast, Russian Federation, promising USD 1,000 a month.
Recruitment took place through personal acquaintance and by telephone. In Russia the men were housed in metal containers
on a building site, their passports were taken 'for registration', and they were paid only in food and cigarettes; those
who complained were beaten by guards employed by the Russian contractor. Several men escaped and reported to the
Ukrainian consulate. The accused did not admit guilt.""",
  iu="no", cf="no", fo=["forced_labour"], vt=14, vm="no", vs=["male"], bo="cross_border", cs=["UKR", "RUS"], ot=1,
  me=["deception", "document_retention", "force", "abuse_of_vulnerability"],
  n="recruitment in person and by telephone -> internet no; guards employed by contractor not defendants")

C("CHN", 2018, """The Intermediate People's Court of Nanning, Guangxi Zhuang Autonomous Region, on 27 June 2018 upheld the
judgment of first instance against Huang Moumou and four co-defendants for the crime of abducting and trafficking women.
It was found that between 2015 and 2016 the defendants, together with brokers in Lang Son province, Vietnam, who were not
before the court, arranged for five Vietnamese women, one of them 16 years old, to be brought across the border at
Pingxiang under the pretext of well-paid factory jobs, and then sold them as wives to men in rural Henan and Shandong for
between RMB 60,000 and RMB 120,000 each. The Chinese and Vietnamese members of the group coordinated the crossings, sent
each other the women's identity details and settled their shares of the payments through WeChat messages and Alipay
transfers. Huang Moumou, as principal, was sentenced to 13 years' imprisonment and the other defendants to terms of 5 to
10 years.""",
  iu="yes", pu=["logistics"], pt=["messaging_app"], pl=["WeChat", "Alipay"], st=[], cf="yes",
  fo=["forced_marriage"], vt=5, vm="yes", vs=["female"], bo="cross_border", cs=["CHN", "VNM"], ot=5,
  me=["deception"],
  n="internet only for coordination and payment among offenders -> logistics; Alipay online payment has no own platform type, not added; offenders in CHN and VNM linked online -> cyber_flow yes; buyers (husbands) contacted offline as far as the text says")

C("BRA", 2020, """The Federal Court of Marabá (Pará) on 10 March 2020 sentenced a cattle rancher and his farm manager to
eight years and four months and five years' imprisonment respectively for reducing workers to a condition analogous to
slavery (Article 149 of the Penal Code) and for trafficking in persons (Article 149-A). Labour inspectors of the Mobile
Inspection Group, accompanied by the Federal Highway Police, found 23 men from the interior of Maranhão and Piauí clearing
pasture on the Fazenda Boa Esperança. They had been recruited in their home towns by a 'gato' (labour contractor) who
promised them a fixed wage and transport, and were taken by bus to the farm, more than 800 kilometres away. On arrival
they were told they owed the cost of the journey, tools and food bought at the farm store, at inflated prices, and were
never paid. They slept under plastic sheeting, drank water from the same pond as the cattle, and an armed guard
prevented them from leaving. The labour contractor died before trial.""",
  iu="no", cf="no", fo=["forced_labour"], vt=23, vm="no", vs=["male"], bo="domestic", cs=["BRA"], ot=2,
  me=["deception", "debt_bondage", "threat", "abuse_of_vulnerability"],
  n="internal migrants from one state to another -> domestic; armed guard preventing leaving -> threat (could be force); victims called 'men'")

C("ESP", 2016, """The Provincial Court (Audiencia Provincial) of Madrid, Section 15, by judgment of 21 January 2016, convicted
a Paraguayan woman and her Spanish partner of trafficking in human beings for sexual exploitation (Article 177 bis of the
Criminal Code) and of coercive prostitution, sentencing them to seven and five years' imprisonment. The woman had
recruited three of her relatives' neighbours in Caaguazú, Paraguay, in conversations during visits home, telling them they
would care for elderly people in Madrid. Once in Spain the three women were told that they owed EUR 4,000 each for their
tickets and had to work in a flat in the Tetuán district. The partner wrote and published the advertisements offering the
women's services on Milanuncios, a classified advertisements site, including their photographs, and answered the calls
of clients. The court found that the victims' irregular immigration status and lack of resources placed them in a
situation of necessity which the accused exploited. The victims were granted a reflection period under the Aliens Act.""",
  iu="yes", pu=["advertising"], pt=["classified_ads"], pl=["Milanuncios"], st=["fishing"], cf="no",
  fo=["sexual_exploitation"], vt=3, vm="no", vs=["female"], bo="cross_border", cs=["ESP", "PRY"], ot=2,
  me=["deception", "debt_bondage", "abuse_of_vulnerability"],
  n="recruitment in person in Paraguay; ads to buyers in Spain -> cyber_flow no; 'women' -> vm no")

C("CAN", 2019, """In R. v. D.M., the Ontario Superior Court of Justice at Oshawa on 12 April 2019 imposed a global sentence of
nine years on a 33-year-old Whitby man convicted of trafficking in persons, receiving a material benefit from trafficking,
and assault causing bodily harm. The complainant, a 19-year-old university student from Peterborough, had a profile on the
Plenty of Fish dating site. The accused initiated contact with her there in late 2016 and, after several weeks of
messages, invited her to move in with him. Within a month he told her she would have to 'help with the bills' and posted
ads offering her sexual services on LeoList, using photographs he had taken. He drove her to hotels in Oshawa, Kingston
and Ottawa, set her quotas of $1,000 a night and took all the money. When she refused he choked her and threatened to send
intimate images to her parents. Justice Leibovich rejected the defence argument that the complainant had been a willing
participant.""",
  iu="yes", pu=["recruitment", "advertising"], pt=["dating", "classified_ads"], pl=["Plenty of Fish", "LeoList"],
  st=["hunting", "fishing"], cf="no", fo=["sexual_exploitation"], vt=1, vm="no", vs=["female"], bo="domestic",
  cs=["CAN"], ot=1, me=["deception", "force", "threat"],
  n="offender initiated contact on dating site -> hunting; LeoList classified ads -> fishing; deception = romance pretext")

C("KEN", 2023, """The Chief Magistrate's Court at Milimani, Nairobi, on 9 February 2023 convicted John Mwangi Kariuki,
director of an unregistered recruitment firm, of trafficking in persons under section 3 of the Counter-Trafficking in
Persons Act, 2010, and sentenced him to 30 years' imprisonment or a fine of KES 30 million. The prosecution proved that
in 2021 the accused posted adverts on Facebook and in WhatsApp groups promising domestic and cleaning jobs in Riyadh,
Saudi Arabia, with salaries of KES 45,000, and asked applicants to send copies of their identity cards and KES 25,000 for
'processing'. Twelve women who responded were sent to employers in Saudi Arabia, where their passports were confiscated,
they worked up to 20 hours a day and two of them were not paid at all for eleven months. The women contacted relatives
through WhatsApp and were repatriated with the assistance of the Kenyan Embassy. The court ordered the accused to refund
the fees.""",
  iu="yes", pu=["recruitment"], pt=["social_media", "messaging_app"], pl=["Facebook", "WhatsApp"], st=["fishing"],
  cf="no", fo=["forced_labour"], vt=12, vm="no", vs=["female"], bo="cross_border", cs=["KEN", "SAU"], ot=1,
  me=["deception", "document_retention"],
  n="ads on Facebook and in WhatsApp groups answered -> fishing; victims' WhatsApp to relatives is not offender use; cyber_flow no: online recruitment was within Kenya")

C("IDN", 2010, """The District Court (Pengadilan Negeri) of Batam on 18 October 2010 sentenced Nurhayati binti Saleh, 45,
and her nephew Rudi Hartono, 28, to six and four years' imprisonment and a fine of IDR 120 million each for trafficking in
persons under Law No. 21 of 2007. The panel found that the accused went to villages in Indramayu and Cirebon, West Java,
and, through the families, recruited six girls between 14 and 17 years of age by promising them jobs in a restaurant in
Batam. The girls' parents received advances of IDR 500,000 to 1,000,000. The girls were taken by ship to Batam, Riau
Islands, where they were made to accompany guests and provide sexual services in a karaoke bar owned by the first
accused, and were told the advances and travel costs had to be repaid. The girls were rescued in a police raid. The
judgment notes that the accused arranged the transport by telephone and text message.""",
  iu="no", cf="no", fo=["sexual_exploitation"], vt=6, vm="yes", vs=["female"], bo="domestic", cs=["IDN"], ot=2,
  me=["deception", "debt_bondage"],
  n="Java to Riau Islands -> domestic; phone and SMS only -> no; poverty not stated, so no abuse_of_vulnerability")
