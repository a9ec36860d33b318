#!/usr/bin/env python3
"""Writes cldb-small.csv: five cases in the shape of the UNODC case-law export, with its
quirks (records ended by a bare CR, LFs inside quoted cells, a repeated summary, a shared case
id, a placeholder date, `Yes*`, `NA`, `International`, two values run together)."""
hdr = "WebOrder,Case,Court,CourtJoinName,Name,VerdictDate,Place,FactSummary,Link,CommentarySignificantFeatures,Offences,ExploitationSector,ActsInvolved,MeansUsed,ExploitativePurposes,FormOfTrafficking,NumberVictims,MinorsIncluded,FemaleVictim(s),MaleVictim(s),FemaleDefendant(s),MaleDefendant(s),AmericanNationality,ForeignNationality".split(",")
s1 = "The defendant posted advertisements for prostitution on Craigslist and collected the proceeds. A 15-year-old girl was among the victims."
rows = [
    ["1", "USA001", "U.S. District Court for the District of Alpha", "Alpha", "United States v. Able", "4/30/10", "MD",
     s1 + "; " + s1, "https://example.org/1", "NA", "NA", "Commercial sexual exploitation", "Recruitment;\nTransportation",
     "Threat or use of force or other forms of coercion;\nDeception",
     "Exploitation of the prostitution of others or other forms of sexual exploitation", "Internal", "2", "Yes*", "Yes", "No", "No", "Yes", "Yes", "No"],
    ["2", "USA002", "*", "*", "Docket Number - Unknown", "YYYY-MM-DD", "TX",
     "Victims from Mexico were brought to Texas and forced to work on farms without pay.",
     "https://example.org/2", "NA", "", "Agriculture", "Transportation", "Abuse of power or a position of vulnerability",
     "Forced labour or services", "Transnational;\nOrganized Criminal Group", "12+", "No", "Yes", "Yes", "No", "Yes", "No", "Yes"],
    ["3", "USA003", "U.S. Court of Appeals for the Ninth Circuit", "Ninth_Circuit", "United States v. Baker", "11/1/86", "CA",
     "She called the victims by telephone and sent them text messages.",
     "https://example.org/3", "NA", "", "Domestic Servitude", "Harbouring", "Threat or use of force or other forms of coercionAbduction",
     "Servitude", "International", "1", "NA", "Yes", "NA", "Yes", "No", "No", "Yes"],
    ["4", "USA003", "U.S. District Court for the District of Beta", "Beta", "United States v. Carter", "1/8/07", "NY",
     "He contacted the victim through Facebook and later drove her to a motel.",
     "https://example.org/4", "NA", "", "Commercial sexual exploitation", "Recruitment", "Transnational",
     "Exploitation of the prostitution of others or other forms of sexual exploitation", "NA", "Several*", "yes", "Yes", "No", "No", "Yes", "Yes", "No"],
    ["5", "USA005", "U.S. District Court for the District of Gamma", "Gamma", "United States v. Dunn", "3/5/12", "FL",
     "Two men were forced to sell goods and to beg in the street.",
     "https://example.org/5", "NA", "", "Begging", "Recruitment", "NA", "Other", "", "", "No", "No", "Yes", "No", "Yes", "Yes", "No"],
]


def field(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n\r') else v


with open("cldb-small.csv", "w", newline="") as f:
    f.write("\r".join(",".join(field(v) for v in r) for r in [hdr] + rows))
