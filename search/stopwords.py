"""Stop words per language, folded (no accents), as the analysis compares them.

Short lists on purpose: articles, prepositions, conjunctions, pronouns and the auxiliary
verbs people put around what they look for ("com puc demanar l'atur"). Words that carry
meaning in a government service ("fer", "demanar", "nou") stay searchable.
"""

CATALAN = """
a al als amb an aquell aquella aquelles aquells aquest aquesta aquestes aquests aixo
com contra d de del dels des dins do dona el ell ella elles ells els em en entre era es
esta estan estic et ets fins fa ha han has he hi ho i jo l la les li lo m ma mes meu meva
meus meves mi mon n na ne ni no nos nosaltres o on pel pels per perque pero puc pot poden
podem que qui s sa se seu seva seus seves si sobre son sou sense sa t ta te teu teva tu
tinc te me u un una unes uns us vaig vam vosaltres vos vostre vostra vostres y ens nostre nostra
nostres
""".split()

SPANISH = """
a al algo algun alguna como con contra cual cuando de del desde donde el ella ellas ellos
en entre era es esa ese eso esta estas este esto estos estoy ha han has he hay la las le
les lo los me mi mis mucho muy nada ni no nos nosotros o para pero por porque que quien
se ser si sin sobre su sus te tengo ti tu tus un una unas uno unos vosotros y ya yo
puedo puede hacer hago
""".split()

ARANESE = """
a ath ara arrés as ath aquera aqueth aquesta aqueth aquestes aqueri ben cada coma con
d dans de deth des dera e eth era eres es ei en entre eri ger ja l la les li m me mos
mon ma mes n ne non o on per perque pr que qui s se sa sus t te tu un ua unes uns vos
vosati ath quan ges auem ei as a an podi pots pot podem podetz poden
""".split()

ENGLISH = """
a about all am an and any are as at be been but by can could did do does for from had has
have how i if in into is it its me my no not of on or our so some than that the their them
then there these they this to us was we were what when where which who will with would you
your don doesn didn isn aren wasn very just
""".split()

STOPWORDS = {
    "ca": frozenset(CATALAN),
    "es": frozenset(SPANISH),
    "oc": frozenset(ARANESE),
    "en": frozenset(ENGLISH),
}
