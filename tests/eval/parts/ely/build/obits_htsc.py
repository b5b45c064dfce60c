"""Holy Trinity-St. Cyril Parish (Ely, Tower, Babbitt; Slovenian and Croatian Catholic roots) weekly bulletin:
"Pray for our departed" notices, plain text, short headings. Hand-labelled."""

ITEMS = [
dict(guid="ely_htsc_bulletin_20260215_a", pub="2026-02-15T07:30:00-06:00", title="Pray for our departed: Josephine \"Pepca\" Gornik",
body="""Please remember in your prayers Josephine "Pepca" Gornik, 95, who was called home on February 11 at the Boundary Waters Care Center. Pepca sang in the Slovenian choir for seventy years and rolled potica for every parish festival since the Eisenhower administration; the Altar Society says the walnut filling recipe goes with her.

She is survived by her nephew, Matt Vranesich, and his wife Dawn, of Ely; her niece, Toni Grahek of Babbitt; and by her many godchildren. She was preceded in death by her husband Frank, her sister-in-law Angela Vranesich and, only last week, her brother-in-law Mike Vranesich.

Funeral Mass Thursday, February 19, at 10:30 a.m. Rosary at 9:45. Lunch by the Altar Society in the parish hall. Naj počiva v miru.""",
gold=[("ELY003", "survivor")]),

dict(guid="ely_htsc_bulletin_20260322_a", pub="2026-03-22T07:30:00-05:00", title="Pray for our departed: Stefania \"Stella\" Bercich",
body="""Stefania "Stella" Bercich, 98, of Tower, entered eternal life on March 17. Stella was a daughter of this parish, baptized at St. Martin's in Tower before the merger, and she never missed the Tower Mass until her eyes failed her.

Stella is survived by her goddaughter, Mrs. Louie Kobal (Frances) of Ely, who cared for her these last years, and by cousins in Slovenia. Her husband, Joseph, died in 1998.

Mass of Christian Burial Tuesday at 11 a.m. at the Tower worship site. Readers: Bernadette Zgonc and Marit Pekkala-Strand. Eternal rest grant unto her, O Lord.""",
gold=[("ELY001", "survivor")]),

dict(guid="ely_htsc_bulletin_20260510_a", pub="2026-05-10T07:30:00-05:00", title="Pray for our departed: Frank Lekse",
body="""Frank Lekse, 86, of Babbitt, died May 5 after a long illness, patiently borne. Frank was an usher at the Babbitt worship site for forty years and kept the furnace going through more January Sundays than anyone can count.

Frank is survived by his wife, Mary (Trontel); his sons, Dan (Patti) of Babbitt and Jim of Cloquet; and nine grandchildren. Funeral Mass Saturday at 10 a.m. at the Babbitt worship site; the Knights of Columbus will serve as honor guard. Naj počiva v miru.""",
gold=[]),
]
