"""One-off revision after job 2 (cross-coding of heldout17's first 60): cases of heldout18 that shared a
setting or scenario details with those 60 were moved to other settings, keeping their hard-case structure.
Applied once to b01..b06 (idempotence not guaranteed); kept for the record."""
def fix(p, reps):
    s = open(p, encoding="utf-8").read()
    if s.count(reps[0][0]) == 0 and s.count(reps[0][1]) == 1:
        return  # already applied
    for a, b in reps:
        assert s.count(a) == 1, (p, a[:80])
        s = s.replace(a, b)
    open(p, "w", encoding="utf-8").write(s)

fix("b01.py", [
 # H18-012: Moroccan women in the Gulf (cf. H17-056) -> Colombian and Dominican women
 ("sent direct messages to young women\nin Morocco and Tunisia offering", "sent direct messages to young women\nin Colombia and the Dominican Republic offering"),
 ('"cross_border","KWT MAR TUN",4', '"cross_border","KWT COL DOM",4'),
 ("Instagram DMs from Kuwait to women in MAR/TUN", "Instagram DMs from Kuwait to women in COL/DOM"),
 # H18-016: boarded-up windows (cf. H17-041)
 ("locked into a\nhouse in Mouscron whose windows you had boarded up, and made to water",
  "locked into the\nattic of a house in Mouscron, of which you kept the only key, and made to water"),
 # H18-020: Uzbek women from Samarkand, beauty salon, passports at the airport (cf. H17-048, H17-056)
 ("Uzbek nationals aged 23 and 26", "Kazakh nationals aged 23 and 26"),
 ("promised the victims, in Samarkand, employment in a beauty salon, that the second appellant received them\nat the airport and took their passports,",
  "promised the victims, in Shymkent, employment at the reception of a hotel, that the second appellant lodged them\nin a flat in Al Nakheel and took their passports on the first evening,"),
 ('"cross_border","ARE UZB",3', '"cross_border","ARE KAZ",3'),
 ("Recruitment in Samarkand in person -> not online. Uzbek victims -> cross_border.", "Recruitment in Shymkent in person -> not online. Kazakh victims -> cross_border."),
])

fix("b02.py", [
 # H18-028: Paraguayan women, elderly care, 4,000 euros (cf. H17-007)
 ("the accused had brought the two Paraguayan women, aged 22 and 27, from Asunción in 2013 on the promise\nof work caring for an elderly person,",
  "the accused had brought the two Honduran women, aged 22 and 27, from San Pedro Sula in 2013 on the promise\nof work in a fruit-packing plant,"),
 ("that he told\nthem each owed him 4,000 euros for the tickets", "that he told\nthem each owed him 5,500 euros for the tickets"),
 ('"cross_border","ESP PRY",1', '"cross_border","ESP HND",1'),
 ("Paraguayan women -> cross_border.", "Honduran women -> cross_border."),
 # H18-033: truck stops and a trucker (cf. H17-040, H17-043)
 ("took her to truck stops on the\nTrans-Canada Highway and to motels, and arranged sexual services with men he approached in person there,",
  "took her to hotel lounges and to a\ncurling bonspiel in Virden, and arranged sexual services with men he approached in person there,"),
 ("One of the purchasers, a\nlong-haul driver called by the Crown, testified that he had learned of the arrangement from a post another trucker had\nwritten on an online forum;",
  "One of the purchasers, a\npipeline contractor called by the Crown, testified that he had learned of the arrangement from a post another man had\nwritten on an online forum;"),
 # H18-038: e-mail addresses taken from a list (cf. H17-055)
 ("from a sub-agent who had obtained her address from a list of\nnursing-school graduates.", "from a sub-agent who had met her brother at a wedding and\nasked him for her address."),
])

fix("b03.py", [
 # H18-041: hotel laundry, younger brother 'accident' (cf. H17-003), list of regular customers (cf. H17-014)
 ("who had promised\nthem work in a hotel laundry. On arrival the couple told them that the hotel job had 'fallen through',",
  "who had promised\nthem work in a bakery. On arrival the couple told them that the bakery job had 'fallen through',"),
 ("sent them on WhatsApp to men she had chosen from the couple's list of regular customers, with\nprices;",
  "sent them on WhatsApp to men she had chosen among the customers of the couple's car-repair\nworkshop, with prices;"),
 ("the man told her that her younger brother in Nova Zagora 'could have an accident'.",
  "the man told her that her mother's house in Nova Zagora 'could burn down one night'."),
 ("Photos sent by WhatsApp to chosen regular customers,", "Photos sent by WhatsApp to men chosen among workshop customers (C6 buyer word 'men'),"),
 # H18-044: bus station and truck stop (cf. H17-040, H17-043)
 ("who had picked Ashley up at a bus station in Texarkana, Arkansas, never posted her\nanywhere: Givens sold her to men he approached at a truck stop off Interstate 20 and to acquaintances who heard about\nher by word of mouth.",
  "who had picked Ashley up at a house party in Texarkana, Arkansas, never posted her\nanywhere: Givens sold her to men he approached in the parking garages of the riverboat casinos and to acquaintances\nwho heard about her by word of mouth."),
 # H18-047: Aš/Cheb border club, Transcarpathian women (cf. H17-003, H17-026)
 ("Regional Court in Plzeň, judgment of 2001. Of the four women, the youngest, a 17-year-old from a village near\nMukachevo, was the one who ran, in March 2000, across the car park of the club near Aš and into the Bavarian police\ncar that happened to be parked at the border crossing.",
  "Regional Court in Ostrava, judgment of 2001. Of the four women, the youngest, a 17-year-old from a village near\nBălți, Moldova, was the one who ran, in March 2000, across the car park of the club near Bohumín and into the petrol\nstation on the road to the Polish border, where the attendant called the police."),
 ("had recruited the four women in Transcarpathia in 1999 with\npromises of waitressing, driven them across Slovakia, taken their passports and told them they owed 1,500 German marks\neach for the journey. The women were kept in the club, which served mostly customers from Bavaria, and were beaten if\nthey refused clients.",
  "had recruited the four women in northern Moldova in 1999 with\npromises of waitressing, driven them through Romania, Hungary and Slovakia, taken their passports and told them they\nowed 1,000 US dollars each for the journey. The women were kept in the club, which served mostly lorry drivers, and\nwere beaten if they refused clients."),
 ("two Czech men and a Ukrainian woman", "two Czech men and a Moldovan woman"),
 ('"cross_border","CZE UKR SVK",3', '"cross_border","CZE MDA ROU HUN SVK",3'),
 ("17-year-old -> minor yes. Ukrainian women via Slovakia to Czechia; customers 'from Bavaria' and the Bavarian police car: Germany is not named as a place of exploitation or where buyers were during the offence -> DEU not listed (judgement call).",
  "17-year-old -> minor yes. Moldovan women via Romania, Hungary and Slovakia to Czechia -> transit countries listed."),
 # H18-058: Odisha girl as domestic worker (cf. H17-008)
 ("a man from Phulbani in Kandhamal district, Odisha,", "a man from Jagdalpur in Bastar district, Chhattisgarh,"),
 ("Odisha to Andhra Pradesh -> domestic.", "Chhattisgarh to Andhra Pradesh -> domestic."),
])

fix("b04.py", [
 # H18-067: Uzbek women from Samarkand, hotel work, taxi drivers, USD 3,000 (cf. H17-048)
 ("brought\nfour Uzbek women, aged 22 to 31, from Samarkand and Bukhara to Kutaisi with promises of work in a hotel, confiscated\ntheir passports on arrival and made them provide sexual services in a sauna owned by the first defendant, telling them\nthey owed USD 3,000 each for travel and visas. Customers were brought in by taxi drivers paid a commission by the\ndefendants.",
  "brought\nfour Turkmen women, aged 22 to 31, from Mary and Türkmenabat to Kutaisi with promises of work in a textile shop,\nconfiscated their passports on arrival and made them provide sexual services in a sauna owned by the first defendant,\ntelling them they owed USD 2,200 each for travel and visas. Customers were sent by the night receptionist of a\nnearby hotel, whom the defendants paid a commission."),
 ("returned to Uzbekistan.", "returned to Turkmenistan."),
 ('"cross_border","GEO UZB",3', '"cross_border","GEO TKM",3'),
 ("Customers via taxi drivers -> no offender internet use.", "Customers via a hotel receptionist -> no offender internet use."),
 # H18-071: Ukrainian men to construction near Moscow (cf. H17-030)
 ("and offered them building work\nnear Moscow at 25,000 roubles a month.", "and offered them work at a sawmill\nnear Baranavichy, Belarus, at 600 dollars a month."),
 ("You paid for the bus,\nand in Moscow region you handed them to a foreman, collected their passports and told them their pay would go first to\nrepay you for the journey and lodging. They worked fourteen hours a day on a cottage site and were beaten when two of\nthem tried to leave.",
  "You paid for the bus, and in Belarus you handed them to the sawmill's owner, collected their passports and told them their pay would go\nfirst to repay you for the journey and lodging. They stacked and sawed timber from dawn and slept in a drying shed,\nand when two of them asked to go home you told them they would be handed to the police as illegal workers."),
 ('"no","","","","","no","forced_labour",5,"no","male",\n"cross_border","UKR RUS",1,"deception document_retention debt_bondage force",',
  '"no","","","","","no","forced_labour",5,"no","male",\n"cross_border","UKR BLR",1,"deception document_retention debt_bondage threat",'),
 ("Recruitment in person. Foreman not before the court -> offenders 1.", "Recruitment in person. Sawmill owner not before the court -> offenders 1. Threat of the police -> threat."),
 # H18-079: Mozambican men via Ressano Garcia/Lebombo, Gaza province (cf. H17-031)
 ("namely a transport\noperator from Komatipoort,", "namely a transport\noperator from Jozini,"),
 ("three young Mozambican men from the district of Chókwè, who had been recruited in person\nby the first accused at the Ressano Garcia border post with promises of work on a sugar-cane farm, to be transported to\nMbombela, to be kept in a house rented by the first accused",
  "three young Mozambican men from the district of Massinga, Inhambane, who had been recruited in person\nby the first accused at the Kosi Bay border post with promises of work on a sugar-cane farm, to be transported to\nNewcastle, to be kept in a house rented by the first accused"),
 ("(North Gauteng High Court, sitting at Mbombela as a circuit court)", "(KwaZulu-Natal Division, sitting at Newcastle as a circuit court)"),
 # H18-080 untouched.
])

fix("b05.py", [
 # H18-085: men from Caracal (near Craiova) to Denmark (cf. H17-054)
 ("The four victims, men from Caracal aged 28 to 47,", "The four victims, men from villages in Buzău county aged 28 to 47,"),
 ("from a recruiter in Caracal over Facebook\nMessenger.", "from a recruiter in Buzău over Facebook\nMessenger."),
 # H18-086: Golden Triangle SEZ, fake crypto platform (cf. H17-039)
 ("and offered them jobs as\n'sales operators' in Thailand at USD 1,500 a month. He bought their tickets to Bangkok. From there they were driven across\nthe Mekong to a compound in the Golden Triangle special economic zone, where their passports were taken and they were made\nto cheat people online through a fake cryptocurrency trading platform.",
  "and offered them jobs as\n'sales operators' in Batumi, Georgia, at USD 1,500 a month. He drove them there himself. In Batumi they were locked into\nthe upper floors of an office building, their passports were taken and they were made to cheat people online, posing\nas support staff of online shops to obtain card details."),
 ("trafficking three young men to a fraud compound in Laos.", "trafficking three young men to a fraud office in Batumi, Georgia."),
 ('"cross_border","AZE THA LAO",1,"deception document_retention debt_bondage",', '"cross_border","AZE GEO",1,"deception document_retention debt_bondage force",'),
 ("Sister's contact with the embassy not coded (C3).", "Sister's contact with the embassy not coded (C3). Locked in -> force."),
 # H18-089: taverna near Katerini (cf. H17-028)
 ("jobs as waitresses in a taverna near Katerini in 2007,", "jobs as waitresses in a taverna near Xanthi in 2007,"),
 # H18-094: Benin City and Ekpoma, oath (cf. H17-006, H17-021)
 ("the women, from Benin City and Ekpoma, had sworn an oath before a\nnative doctor in Nigeria", "the women, from Sapele and Warri in Delta State, had sworn an oath\nat a shrine near Sapele"),
])

fix("b06.py", [
 # H18-107: about forty regular clients (cf. H17-014)
 ("a closed Telegram group of\nabout forty regular clients,", "a closed Telegram group of\nabout ninety regular clients,"),
 ("Photos posted in a closed Telegram group of about forty regular clients", "Photos posted in a closed Telegram group of about ninety regular clients"),
 # H18-117: Edo State via Niger, oath (cf. H17-006)
 ("brought 2015 from Edo State via Niger and Burkina Faso to a gold-mining camp", "brought 2015 from Akure and Owo (Ondo State) via Benin and Burkina Faso to a gold-mining camp"),
 ('"cross_border","MLI NGA NER BFA",2', '"cross_border","MLI NGA BEN BFA",2'),
 ("Transit through Niger and Burkina Faso listed.", "Transit through Benin and Burkina Faso listed."),
 # H18-118: Huehuetenango crew leader (cf. H17-012)
 ("fourteen Guatemalan men", "fourteen Honduran men"),
 ("began in the highlands of Huehuetenango in 2001,", "began in the hill villages of Olancho, Honduras, in 2001,"),
 ("taken\nnorth through Mexico by smugglers", "taken\nnorth through Guatemala and Mexico by smugglers"),
 ("their families in Guatemala knew where they were.", "their families in Honduras knew where they were."),
 ("The contractor's brother remains in Guatemala", "The contractor's brother remains in Honduras"),
 ('"cross_border","USA GTM MEX",2', '"cross_border","USA HND GTM MEX",2'),
 ("Guatemalan men via Mexico -> cross_border, MEX transit.", "Honduran men via Guatemala and Mexico -> cross_border, transit listed."),
])
print("revised")
