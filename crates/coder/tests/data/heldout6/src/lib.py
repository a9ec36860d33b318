import json
P={'adv':'advertising','rec':'recruitment','exp':'exploitation','log':'logistics'}
T={'sm':'social_media','msg':'messaging_app','cls':'classified_ads','web':'freestanding_website','dat':'dating','cam':'webcam_livestream','job':'job_portal','em':'email','uns':'unspecified'}
S={'h':'hunting','f':'fishing'}
F={'sex':'sexual_exploitation','lab':'forced_labour','crim':'forced_criminal_activity','beg':'forced_begging','mar':'forced_marriage','org':'organ_removal','oth':'other'}
M={'frc':'force','thr':'threat','dec':'deception','vul':'abuse_of_vulnerability','debt':'debt_bondage','doc':'document_retention','drg':'drugs','oth':'other'}
X={'f':'female','m':'male'}
def sp(s,d): return [d[x] for x in s.split()] if s else []
def c(country,year,summary,i,pur,pt,pl,st,cf,forms,vt,minor,sex,border,countries,off,means,notes):
    return dict(country=country,year=year,summary=" ".join(summary.split()),internet_used=i,
      purposes=sp(pur,P),platform_types=sp(pt,T),platforms=pl.split('|') if pl else [],strategies=sp(st,S),
      cyber_flow=cf,forms=sp(forms,F),victims_total=vt,victims_minor=minor,victim_sex=sp(sex,X),border=border,
      countries=countries.split() if countries else [],offenders_total=off,means=sp(means,M),notes=notes)
