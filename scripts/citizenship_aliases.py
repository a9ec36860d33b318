"""Writes crates/model/data/citizenship-aliases.csv: how the national wordings of the GLOTIP
file's `by citizenship` and `by country of repatriation` categories map to codelist entities.

Categories spelt exactly as a codelist name need no alias. Everything else was mapped by
hand below, reading each label (typos, Spanish/French/Italian names, demonyms, mojibake, "N/A" which pandas reads as empty
from a lost encoding). A target is an entity id of crates/model/data/entities.csv, or a
class: nationals (the reporting country's own citizens), unknown, stateless, other
(a group, a region or "other countries": not one country), total (a total typed as a
category), invalid (a placeholder or a number). Run: python3 scripts/citizenship_aliases.py
"""
import csv

A = {
    # classes
    "(especifique el pa�s)": "invalid", "(especifique otras nacionalidades)": "invalid", "0": "invalid",
    "Nationality": "invalid", "without": "unknown",
    "Abroad": "other", "Africa others": "other", "Asia others": "other", "Europe others": "other",
    "EU-28 others": "other", "European Economic Area": "other", "Amercias": "other",
    "Caribbean (Trinidad and Tobago, Barbados, etc)": "other", "Central africa": "other",
    "M49 Region: Africa": "other", "M49 Region: Americas": "other", "M49 Region: Asia": "other",
    "Other Countries (Dominica, Panama, French Guiana, Brazil, etc.)": "other", "OTROS": "other",
    "Former Czechoslovakia": "other", "Former Yugoslavia": "other", "Disputed": "other",
    "The former Netherlands Antilles": "other", "Rohingya": "other",
    "Kosovo": "other", "Kosovo (under UNSC res. 1244)": "other", "Kosovo under UNSCR 1244": "other",
    "Personnes de nationalit� �trang�re": "other",
    "Nationals": "nationals", "own country": "nationals", "Ciudadanos de su pa�s": "nationals",
    "Domestic (Myanmar)": "nationals", "Netherlands (own country)": "nationals", "Myanmar Nation": "MMR",
    "Unknown": "unknown", "DESCONOCIDA": "unknown", "Desconocido": "unknown", "Inconnue": "unknown",
    "N/A": "unknown", "NO DETERMINADA": "unknown", "NO REGISTRA": "unknown", "Sin determinar": "unknown", "no information": "unknown",
    "Stateless": "stateless", "stateless": "stateless",
    "TOTAL": "total", "TOTAL POR AÑO": "total",
    # countries
    "2 maliens": "MLI", "3 maliens": "MLI", "3 nigériens et 1 tunisien": "other", "97 albanian": "ALB",
    "AFGHANISTAN": "AFG", "AZERBAIJAN": "AZE", "Abania": "ALB", "Albanian": "ALB", "albanian": "ALB",
    "Alemana": "DEU", "Alemania": "DEU", "Angolan": "AGO", "Angolans": "AGO", "Argentino": "ARG",
    "Armenie": "ARM", "B & H": "BIH", "Bosnia": "BIH", "Bosnia Erzegovina": "BIH", "Bosnian": "BIH",
    "BAHAMAS": "BHS", "BANGLADESH": "BGD", "BARSIL": "BRA", "BRASILERA": "BRA", "Brasil": "BRA",
    "Brasilero": "BRA", "Brazilian": "BRA", "Bresil": "BRA", "brésilien": "BRA",
    "BELICE�A": "BLZ", "Belizean": "BLZ", "BIELORRUSIA": "BLR", "Belarussian": "BLR", "Byelorussian": "BLR",
    "Belga": "BEL", "Benin Rep": "BEN", "Bhuatnese": "BTN", "Bolivia": "BOL", "Burmese": "MMR", "MYANMAR": "MMR",
    "CAMBODIA": "KHM", "CAMERUN": "CMR", "CAMERÚN": "CMR", "Cameroonian": "CMR", "COLOMBIANA": "COL",
    "Colombiano": "COL", "Columbia": "COL", "Canad�": "CAN", "China, Hong Kong SAR": "HKG",
    "China, Taiwan Province of China": "TWN", "TAIWAN": "TWN", "Taiwanese": "TWN", "Chino": "CHN", "chinois": "CHN",
    "Congolese": "other", "Corea del Sur": "KOR", "South Korean": "KOR",
    "Costa d'Avorio": "CIV", "Cote d'ivoire": "CIV", "CÃ´te d'Ivoire": "CIV", "C�te d�Ivoire": "CIV",
    "Croazia": "HRV", "croatia": "HRV", "Cubano": "CUB", "DOMINICANA": "DOM", "Dominican Rebublic": "DOM",
    "Dominican Rep": "DOM", "R.Dominicana": "DOM", "R.dominicana": "DOM", "REPUBLICA DOMINICANA": "DOM",
    "REP�BLICA DOMINICANA": "DOM", "Rep. Dominicana": "DOM", "Rep�blica Dominicana": "DOM",
    "Dem. Rep. of the Congo": "COD", "EL SALVADOR": "SLV", "SALVADORE�A": "SLV", "Salvadore�a": "SLV",
    "EMIRATOS �RABES UNIDOS": "ARE", "ESPA�A": "ESP", "Espa�a": "ESP", "Spania": "ESP", "Spanish": "ESP",
    "ESTADOS UNIDOS DE AM�RICA": "USA", "Erithera": "ERI", "Eritrea": "ERI", "Eritrean": "ERI",
    "Ethiopie": "ETH", "Ethopia": "ETH", "Etiopia": "ETH", "FILIPINAS": "PHL", "Filippine": "PHL",
    "PHILIPPINES": "PHL", "Phillipines": "PHL", "FRANCIA": "FRA", "Francia": "FRA", "francais": "FRA",
    "GRAN BRETA�A": "GBR", "United Kingdom": "GBR", "GUINEA ECUATORIAL": "GNQ", "Gambian": "GMB",
    "Gana": "GHA", "ghana": "GHA", "Ghanaian": "GHA", "Georgian": "GEO", "Guatemalan": "GTM",
    "Guatemaltecos": "GTM", "Guinea Conakry": "GIN", "Guinée": "GIN", "HOLANDA": "NLD", "Nederland": "NLD",
    "Netherlands (Kingdom of the)": "NLD", "pays-bas": "NLD", "HONDURE�A": "HND", "Hodruanian": "HND",
    "Honduranian": "HND", "Hondure�o": "HND", "HUNGRÍA": "HUN", "Hongrie": "HUN", "Haitiano": "HTI",
    "INDIA": "IND", "Indian": "IND", "indien": "IND", "Mumbai, India": "IND", "INDONESIA": "IDN",
    "Indonesian": "IDN", "Indonésie": "IDN", "ISRAEL": "ISR", "ITALIA": "ITA", "Italia": "ITA", "italien": "ITA",
    "KIRGUIZSTÁN": "KGZ", "Kirghiz": "KGZ", "Kazahstan": "KAZ", "Kazakhistan": "KAZ", "Kazalhstan": "KAZ",
    "Keniano": "KEN", "Kurdistan, Iraq": "IRQ", "LAOS": "LAO", "Lao People's Dem. Republic": "LAO",
    "Libanon": "LBN", "Lybia": "LBY", "MALAYSIA": "MYS", "MOLDOVA": "MDA", "Moldovan": "MDA",
    "République de Moldavie": "MDA", "MONGOLIA": "MNG", "MORROCAN": "MAR", "Maroc": "MAR", "Marruecos": "MAR",
    "Moroco": "MAR", "Macedonian": "MKD", "The former Yugoslav Republic of Macedonia": "MKD",
    "Madagascarian": "MDG", "Monte Negro": "MNE", "MÉXICO": "MEX", "M�XICO": "MEX", "NEPAL": "NPL",
    "NORUEGA": "NOR", "Niger Rep": "NER", "PANAM�": "PAN", "Panam�": "PAN", "PERO": "PER", "PERUANA": "PER",
    "PER�": "PER", "Peruano": "PER", "POLONIA": "POL", "pologne": "POL", "Palestine": "PSE",
    "State of Palestine": "PSE", "Paraguayo": "PRY", "QATAR": "QAT", "REPÚBLICA CHECA": "CZE",
    "République tchèque": "CZE", "ROMANIA": "ROU", "Roumanie": "ROU", "roumain": "ROU", "RUSSIA": "RUS",
    "Rusia": "RUS", "russie": "RUS", "SENEGAL": "SEN", "Sénégal": "SEN", "SINGAPUR": "SGP", "SRI LANKA": "LKA",
    "Sri lanka": "LKA", "SUIZA": "CHE", "Sierra Leonean": "SLE", "Sierra leone": "SLE", "Siria": "SYR",
    "Syriah": "SYR", "Somalia": "SOM", "South African": "ZAF", "Sudafrica": "ZAF", "south Africa": "ZAF",
    "St Vincent and the Grenadines": "VCT", "Surinam": "SUR", "Swaziland": "SWZ", "Sweeden": "SWE",
    "TAILANDIA": "THA", "THAILAND": "THA", "thailande": "THA", "TURKMENISTAN": "TKM", "TURQU�A": "TUR",
    "TÃ¼rkiye": "TUR", "T�rkiye": "TUR", "Tanzania": "TZA", "Tanzania, United Republic of": "TZA",
    "Tanzanian": "TZA", "The Ukraine": "UKR", "UCRANIA": "UKR", "UKRAINE": "UKR", "ukrainien": "UKR",
    "Tunisa": "TUN", "tunisie": "TUN", "UGANDA": "UGA", "Ugandan": "UGA", "VIETNAM": "VNM", "vietnamese": "VNM",
    "Venezolana": "VEN", "Venezolano": "VEN", "Western Sahara": "ESH", "Zambian": "ZMB",
    "luxembourgeois": "LUX", "portugais": "PRT",
}
NOTES = {
    "Congolese": "ambiguous: Congo (COG) or the Democratic Republic of the Congo (COD)",
    "3 nigériens et 1 tunisien": "two citizenships in one cell",
    "Kosovo": "Kosovo under UNSCR 1244; no ISO 3166-1 code",
    "Rohingya": "an ethnic group, not a citizenship",
    "Personnes de nationalit� �trang�re": "foreign nationals, country not stated",
    "Myanmar Nation": "reported by Myanmar: may mean nationals",
}
with open("crates/model/data/citizenship-aliases.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["label", "target", "note"])
    for k in sorted(A):
        w.writerow([k, A[k], NOTES.get(k, "")])
print(len(A), "aliases")
