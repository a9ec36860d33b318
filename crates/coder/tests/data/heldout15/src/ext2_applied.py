# One-off second round of label-neutral additions. Already applied; not imported by build.py.
import glob
EXT={
"022":"The clinic's licence was revoked and the court ordered the confiscation of the sums received by the network. The medical staff were also barred from practising.",
"069":"The principal organiser was found to have laundered the proceeds through the purchase of land and vehicles registered to relatives.",
"001":"The court of appeal also upheld the district court's finding that the girl's apparent willingness to remain with the accused was the result of his manipulation and could not be given any weight in his favour.",
"067":"The defence had argued that the marriages were lawful and had been registered, and that the accused had merely introduced the families to suitors. The court held that the registration of a marriage did not prevent it from being a means of trafficking.",
"003":"The judge also made slavery and trafficking prevention orders against both defendants for ten years, prohibiting them from arranging accommodation or work for others, and ordered the confiscation of about £120,000.",
"027":"The judgment also ordered the confiscation of the apartment used for the exploitation and reparations to the victims, who had been assisted by the national programme for the rescue and support of victims of trafficking.",
"085":"In a separate ruling, the Ministry of Justice revoked the agency's licence to invite foreign entertainers, and the court noted that the practice of issuing entertainer visas had long been open to abuse of this kind.",
"066":"The defendants argued that the workers had been happy to earn something while their asylum claims were pending; the court replied that need could not justify exploitation.",
"005":"He had no prior record of similar offences. His Honour noted that the accused had taken advantage of a young woman who had no family support nearby, and that the intimidation had continued after she left him.",
"105":"The accused's appeal to the High Court was dismissed.",
"007":"The men were eventually assisted by a migrant workers' support service to whom one of them had turned after a medical emergency. Sentencing, the judge emphasised the breach of the trust the men had placed in a fellow national, the degrading conditions of their accommodation and the need for general deterrence, and ordered that the offender pay compensation for their unpaid wages.",
"042":"The victims who testified described being moved between cantinas in Houston and being watched by armed men. In imposing sentence, the court emphasized the defendant's leadership role, the use of threats against family members abroad and the youth of some of the victims.",
"008":"The court rejected the argument of the principal defendant that the girl had voluntarily joined the drug trade, noting that she had been made dependent on drugs and on him in a short time. It also ordered the defendants jointly to pay €12,000 in damages to the victim.",
"106":"La Cour a rejeté l'argument de la défense selon lequel les femmes étaient libres de partir, relevant qu'elles ne disposaient ni de leurs papiers ni de ressources et ne parlaient pas la langue. Les deux victimes ont bénéficié du statut de victime de la traite.",
"010":"The court ordered the confiscation of the sums seized from the apartment and of the defendants' phones. The two victims were placed in a shelter for victims of trafficking run by the Dubai Foundation for Women and Children before they returned to their countries.",
"048":"In sentencing, the court also considered that the defendant had previously been convicted of fraud and that the victim would be burdened with the debts for years to come. It ordered him to pay damages corresponding to those debts.",
"028":"Several of the women testified that the defendant had told them that he would find them if they ever left. The court found the defendant's conduct to be among the most serious it had encountered and noted his prior convictions for pandering and assault.",
"088":"The defence had argued that the worker had been free to leave and had not complained to the agency. The court held that her isolation, her fear of losing her permit and the absence of a passport meant that she had no real choice.",
"053":"The court stated that the scouting business was in essence a business of selling young women to sex-industry shops and that the defendant had taken a leading part in it. Other members of the group, said the court, had followed his instructions.",
"025":"The court emphasised that the victim's family had been left destitute by the disaster and that the accused had targeted her precisely for that reason. The court also ordered the accused to pay compensation of NPR 500,000 to the victim.",
"050":"The court stressed the particular vulnerability of children placed in care and ordered that the defendants pay damages to the ten civil parties, some of whom were represented by the departmental child welfare services.",
"062":"The court rejected the defendants' argument that the women had been grateful for the chance to learn a trade. Restitution of approximately $250,000 was ordered to be paid to the victims.",
"107":"The court took account of the offender's plea, but held that the deliberate use of debts and threats against women far from home required a significant term of imprisonment.",
"012":"Die Kammer wertete zugunsten der Angeklagten ihre Geständnisse und den Umstand, dass sie nicht vorbestraft waren. Against them it weighed the long duration of the exploitation and the fact that the wife had abused the trust of women who had known her for many years.",
"046":"The trial court gave full credence to the testimonies of the social workers and the police officers who had conducted the rescue operation, and found the accused's denials to be self-serving.",
"071":"In assessing the sentence, the court found that the defendant had acted with considerable planning and had deceived the girl about his identity and age over a long period.",
"108":"The court found that the members of the group had clearly divided roles, with the organiser setting the rules and fines and his subordinates collecting money and watching the women.",
"116":"The court imposed a term of supervised release of ten years and ordered restitution to the victims. It stated that the defendant had used addiction as a tool of control.",
"014":"The court described the crime as cruel and planned, stressing that the victims had suffered serious harm because the videos could be spread further without limit.",
"006":"The Court of Appeal Bucharest later dismissed the appeals of the defendants, holding that the victims' young age and their families' poverty had been deliberately exploited by the group.",
"016":"In sentencing, the court noted that the defendant had been part of a well-organised chain that sent women through the desert and across the Mediterranean, exposing them to grave danger.",
"017":"She was also ordered to forfeit the proceeds of the offence.",
}
for f in sorted(glob.glob('/tmp/heldout15/src/b0*.py')):
    s=open(f).read()
    for k,t in EXT.items():
        i=s.find('C("H15-%s"'%k)
        if i<0: continue
        j=s.find('""",',i)
        s=s[:j]+" "+t+s[j:]
    open(f,'w').write(s)
