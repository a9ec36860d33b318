raise SystemExit("already applied to the batch files; do not run again")
import glob
APP={
"H17-019":" According to the judgment, the defendant used several Twitter accounts, presenting himself as a 'sponsor' or as a female recruiter, and required each girl to send a photograph holding her student ID 'to verify her age', which he later used as leverage. He kept spreadsheets of the victims' names, schools and addresses. The court described the chat rooms as a market in which the victims were treated as goods and rejected the argument that the defendant had merely distributed material the victims produced themselves.",
"H17-043":" Both girls had run away from a group home in Independence, Missouri, and Pettis met them at a bus stop, offering them a ride and a place to stay. The Court notes that the detective who found the escort advertisement testified that its telephone number belonged to a prepaid phone bought in Illinois by an unknown person, and that no search of the defendant's phone showed any internet activity relating to the girls.",
"H17-045":" The accused confessed in part. Chats recovered from his computer showed that he had asked for younger children and for 'more action', and that he kept recordings of some sessions on an encrypted hard drive. The court held that by directing the abuse in real time he was not a mere spectator, and that the small sums he paid were significant to an impoverished family.",
"H17-086":" Each of the women had a relationship with one of the brothers or was related to the partner; three of them had small children. In Zurich they lived in a single rented room and were driven to and from the street each night. The younger brother fixed how many customers they had to accept and checked by telephone whether they were working. The court rejected the argument that the women worked voluntarily, finding that any money they kept was handed to them by the defendants for food.",
"H17-102":" The court relied on the messages on draugiem.lv, which the accused had deleted but which were recovered from the women's accounts, and on registry office documents. It found that the accused received EUR 8,000 from each 'groom' and paid the women nothing.",
"H17-110":" The woman told investigators that she began the calls after losing her job at a textile plant and that the men sent more money when the girl cried. A psychologist of the Patronato Nacional de la Infancia testified that the girl had been told the calls were 'a game' and that she must not tell her teacher. The court applied the aggravating circumstance of the mother's position of trust.",
}
LAB={"H17-043":[('"USA",1,"drugs force"','"USA",1,"drugs force abuse_of_vulnerability"')]}
n=0
for f in sorted(glob.glob("b0*.py")):
    s=open(f).read()
    for cid,add in APP.items():
        k='C("%s"'%cid
        if k not in s: continue
        i=s.index(k); j=s.index('""",',i); s=s[:j]+add+s[j:]
        end=s.find('\nC("',i+5); end=len(s) if end<0 else end
        blk=s[i:end]
        for o,nn in LAB.get(cid,[]):
            assert o in blk; blk=blk.replace(o,nn)
        s=s[:i]+blk+s[end:]; n+=1
    open(f,"w").write(s)
print(n)
