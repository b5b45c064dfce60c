"""Holy Archangels Greek Orthodox Church, Pensacola: the weekly bulletin's "Memory Eternal" notices, plain text.
Hand-labelled."""

FEED = "hagoc"
ITEMS = [
dict(guid="pns_hagoc_bulletin_2026_0402_vlahos", pub="2026-04-02T08:00:00-05:00",
title="Memory Eternal: Sophia Vlahos",
body="""Our parish family mourns with Eleni and Dino Kalogeropoulos, whose beloved sister and sister-in-law, Sophia Papadakis Vlahos, 79, of Tarpon Springs, fell asleep in the Lord on Monday, March 30.

Sophia, born on the island of Kalymnos, came to Tarpon Springs as a bride in 1966 and for fifty years ran the family sponge shop on Dodecanese Boulevard with her late husband, Michael. She is survived by her sons, Nikolaos and Emmanuel Vlahos of Tarpon Springs; her sister, Eleni Kalogeropoulos (Constantine) of Pensacola; and seven grandchildren.

The funeral service will be held at St. Nicholas Greek Orthodox Cathedral in Tarpon Springs. A Trisagion will be offered here after Divine Liturgy on Sunday. May her memory be eternal. Αιωνία η μνήμη.""",
gold=[("PNS002", "survivor"), ("PNS001", "survivor")]),

dict(guid="pns_hagoc_bulletin_2026_0915_stamatelos", pub="2026-09-15T08:00:00-05:00",
title="Memory Eternal: Panagiotis Stamatelos",
body="""We announce with sorrow the falling asleep in the Lord of our brother in Christ Panagiotis "Pete" Stamatelos, 88, on Thursday, September 10. Pete was a founding member of Holy Archangels and for forty years the owner of the Bayview Diner on Cervantes Street.

He is survived by his wife, Kiki Stamatelos; his daughter, Anastasia Stamatelos Ruiz of Pensacola; and four grandchildren.

The funeral service will be held at 11 a.m. Saturday, Fr. Demetrios Kouris officiating. Parish council president Dino Kalogeropoulos will offer words of remembrance on behalf of the community, and the Philoptochos will host the makaria in the fellowship hall. May his memory be eternal.""",
gold=[]),
]
