import json
# 20 short narratives written for round 5 (issue #4) by coder-quality4, before looking at
# heldout4's errors: negation/intent scope, whose act, unnamed site types, first contact.
R = []
def c(id, summary, country, internet, purposes, ptypes, platforms, strategies, cyber, forms,
      vt, minor, sex, border, countries, ot, means, notes):
    R.append(dict(id=id, summary=summary, split="dev" if len(R) % 2 == 0 else "test", country=country,
        internet_used=internet, purposes=sorted(purposes), platform_types=sorted(ptypes), platforms=sorted(platforms),
        strategies=sorted(strategies), cyber_flow=cyber, forms=sorted(forms), victims_total=vt,
        victims_minor=minor, victim_sex=sorted(sex), border=border, countries=sorted(countries),
        offenders_total=ot, means=sorted(means), notes=notes))

c("S001", "The two accused talked about putting the women on an internet escort page to reach more clients, but they never went ahead with it. Instead they sent the three women, all Bulgarian nationals brought to Vienna by bus, to stand on a street near the railway station, and customers were found by word of mouth. The court sentenced both men to four years.",
  "AUT", "no", [], [], [], [], "no", ["sexual_exploitation"], 3, "unknown", ["female"], "cross_border", ["BGR", "AUT"], 2, [],
  "online escort page only discussed, never used -> internet no")
c("S002", "According to the prosecution, the defendant had no website and no social media account of any kind. He found the farm workers through a cousin in their home village in Guatemala and arranged their travel to Texas by telephone. Eleven men were made to work without pay and their passports were kept by the defendant.",
  "USA", "no", [], [], [], [], "no", ["forced_labour"], 11, "unknown", ["male"], "cross_border", ["GTM", "USA"], 1, ["debt_bondage", "document_retention"],
  "no website, no social media -> internet no")
c("S003", "The 16-year-old girl was first contacted on Instagram by the defendant, who praised her photos and offered her modelling work in the city. After several weeks of messages he collected her from her school and drove her to an apartment where she was sold to men for sex. The defendant was convicted of trafficking a minor.",
  "USA", "yes", ["recruitment"], ["social_media"], ["Instagram"], ["hunting"], "no", ["sexual_exploitation"], 1, "yes", ["female"], "domestic", [], 1, ["deception"],
  "passive 'was contacted on Instagram by the defendant' -> hunting")
c("S004", "Looking for work, the victim answered a job advertisement that the accused had posted in a Facebook group, offering well-paid cleaning jobs in Germany. When she arrived in Berlin from Moldova her passport was taken and she was told to repay a debt of 3,000 euros by working in a brothel. One accused was convicted.",
  "DEU", "yes", ["recruitment"], ["social_media"], ["Facebook"], ["fishing"], "no", ["sexual_exploitation"], 1, "unknown", ["female"], "cross_border", ["DEU", "MDA"], 1, ["debt_bondage", "deception", "document_retention"],
  "victim answered the offender's job ad -> fishing")
c("S005", "The victim had put a notice on an online forum saying she was looking for a job as a nanny. The defendant wrote back to her post, promising a position with a family in Milan, and paid her bus ticket from Romania. In Italy she was forced into prostitution. Two defendants were sentenced.",
  "ITA", "yes", ["recruitment"], ["unspecified"], [], ["hunting"], "no", ["sexual_exploitation"], 1, "unknown", ["female"], "cross_border", ["ITA", "ROU"], 2, ["deception", "force"],
  "offender answered the victim's own online post -> hunting")
c("S006", "From 2017 the defendants offered the women to clients on an internet portal for erotic services, with photographs and prices for each woman. Clients called a mobile number shown in the ads and were sent to a flat in Prague. The four victims were Czech women in debt to the defendants.",
  "CZE", "yes", ["advertising"], ["freestanding_website"], [], ["fishing"], "no", ["sexual_exploitation"], 4, "no", ["female"], "domestic", ["CZE"], "unknown", ["debt_bondage"],
  "unnamed erotic-services portal -> freestanding_website by the scheme (adult site)")
c("S007", "The accused advertised the girls on a website. Buyers came to a motel in Ohio, where the accused collected the money. Three victims, one of them 15, testified at trial.",
  "USA", "yes", ["advertising"], ["unspecified"], [], ["fishing"], "no", ["sexual_exploitation"], 3, "yes", ["female"], "domestic", ["USA"], 1, [],
  "'a website' with no more detail -> unspecified")
c("S008", "The defendant threatened that he would post her intimate pictures online if she stopped working for him, but he never did. The woman, a Nigerian national he had brought to Spain with a false promise of work in a hair salon, was made to work in a club in Almeria until the police raided it.",
  "ESP", "no", [], [], [], [], "no", ["sexual_exploitation"], 1, "unknown", ["female"], "cross_border", ["NGA", "ESP"], 1, ["deception", "threat"],
  "threat to post online, never done -> internet no")
c("S009", "The police posted a decoy advertisement on a classified site, and the defendant replied to it, offering two girls aged 14 and 16 for sex. He was arrested at the hotel where the meeting was to take place. He had recruited the girls from a group home in Atlanta and sold them by phone for months.",
  "USA", "yes", ["advertising"], ["classified_ads"], [], ["hunting"], "no", ["sexual_exploitation"], 2, "yes", ["female"], "domestic", ["USA"], 1, [],
  "the ad was police's; the defendant replied to it offering the girls online -> advertising, hunting (approached a buyer), not fishing")
c("S010", "The victims did not speak Dutch, and the suspect advertised them on an escort site he ran himself from Rotterdam. Men booked the women through the site. The court found that the five women from Hungary had been recruited in their village with false promises.",
  "NLD", "yes", ["advertising"], ["freestanding_website"], [], ["fishing"], "no", ["sexual_exploitation"], 5, "no", ["female"], "cross_border", ["NLD", "HUN"], 1, ["deception"],
  "negation 'did not speak Dutch' ends with its clause; escort site of his own -> freestanding, fishing")
c("S011", "Although the girl was only fourteen, the defendant approached her through a chat in an online game and, posing as a boy of her age, persuaded her to meet him. He then sold her to adult men in Manchester. He was sentenced to nine years.",
  "GBR", "yes", ["recruitment"], ["unspecified"], [], ["hunting"], "no", ["sexual_exploitation"], 1, "yes", ["female"], "domestic", ["GBR"], 1, ["deception"],
  "'although' clause does not reach the online approach -> internet yes, hunting")
c("S012", "Whether the recruiters also used online job boards was a question the court left open; the evidence showed only that they recruited the workers in person at a bus station in Kyiv and transported them to construction sites in Poland. Fourteen men were kept in a locked dormitory.",
  "POL", "no", [], [], [], [], "no", ["forced_labour"], 14, "unknown", ["male"], "cross_border", ["UKR", "POL"], "unknown", ["force"],
  "online job boards an open question, not established -> internet no")
c("S013", "She never met the customers, who watched the livestreamed abuse from Australia and paid the accused by online money transfer. The two children, aged 8 and 11, were abused in the accused's house in Pampanga. The accused was sentenced to life imprisonment.",
  "PHL", "yes", ["exploitation"], ["unspecified", "webcam_livestream"], [], [], "yes", ["sexual_exploitation"], 2, "yes", [], "cross_border", ["AUS", "PHL"], 1, [],
  "'never met' negates the meeting, not the livestream; buyers abroad -> cross_border, cyber_flow yes; online transfer -> unspecified")
c("S014", "The defendant offered to put the victim's photos on an adult website, but she refused, and he went on to prostitute her from a truck stop, arranging every client by text message. The victim was 19.",
  "USA", "no", [], [], [], [], "no", ["sexual_exploitation"], 1, "no", ["female"], "domestic", [], 1, [],
  "offer to post online refused, never done -> internet no")
c("S015", "The escort directory on which the three defendants listed the women charged them a weekly fee. Customers who responded to the listings were given an address in Sydney. The women, from Thailand, had been told they would work in restaurants.",
  "AUS", "yes", ["advertising"], ["freestanding_website"], [], ["fishing"], "no", ["sexual_exploitation"], "unknown", "no", ["female"], "cross_border", ["AUS", "THA"], 3, ["deception"],
  "escort directory -> freestanding_website (escort site)")
c("S016", "Both boys, 15 and 16, were approached by the defendant through Snapchat, where he offered them cash to carry drugs. He later forced them to sell cocaine in Leeds. Two defendants were convicted.",
  "GBR", "yes", ["recruitment"], ["social_media"], ["Snapchat"], ["hunting"], "no", ["forced_criminal_activity"], 2, "yes", ["male"], "domestic", ["GBR"], 2, ["force"],
  "passive 'were approached ... through Snapchat' -> hunting")
c("S017", "The victims responded to an advertisement for farm work on a job portal and were taken from Vietnam to a farm in Slovakia, where their wages were withheld. The recruiter had posted the vacancy himself.",
  "SVK", "yes", ["recruitment"], ["job_portal"], [], ["fishing"], "no", ["forced_labour"], "unknown", "unknown", [], "cross_border", ["VNM", "SVK"], 1, ["debt_bondage", "deception"],
  "victims responded to the recruiter's job ad -> fishing; job portal")
c("S018", "Investigators found no evidence that the defendant ever used the internet to recruit. He met the two women at a nightclub in Lagos, promised them jobs in London and, once in England, made them work as prostitutes.",
  "GBR", "no", [], [], [], [], "no", ["sexual_exploitation"], 2, "no", ["female"], "cross_border", ["NGA", "GBR"], 1, ["deception"],
  "no evidence of internet use -> no")
c("S019", "The teenager replied to a message the defendant had sent her on Facebook, and within a week he had persuaded her to leave home. He advertised her on Backpage and she was sold to buyers in hotels across Florida. She was 17.",
  "USA", "yes", ["advertising", "recruitment"], ["classified_ads", "social_media"], ["Facebook", "Backpage"], ["fishing", "hunting"], "no", ["sexual_exploitation"], 1, "yes", ["female"], "domestic", ["USA"], 1, ["deception"],
  "the victim replied to the offender's message: he wrote first -> hunting; Backpage ad -> fishing")
c("S020", "The victim's mother reported her missing on Facebook, and a journalist later found the girl's photographs in an online sex ad. The defendant had taken the girl, 15, from a shelter in Houston and sold her to men for months.",
  "USA", "yes", ["advertising"], ["unspecified"], [], [], "no", ["sexual_exploitation"], 1, "yes", ["female"], "domestic", ["USA"], 1, [],
  "the mother's Facebook post is not an offender act; the online sex ad is (the offender's, posting not described -> no strategy); unnamed -> unspecified")
with open("scope-narratives.jsonl", "w") as f:
    for r in R:
        f.write(json.dumps(r) + "\n")
print(len(R))
