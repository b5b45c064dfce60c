"""Holy Family and St. Casimir Parishes, Erie: weekly bulletin "Pray for the Faithful Departed" (East Side Polish,
Italian and German Catholic parish cluster), plain text. Hand-labelled."""

FEED = "hfp"
ITEMS = [
dict(guid="eri_hfp-bulletin-2026-02-08-a", pub="2026-02-08T07:00:00-05:00", title="Josephine Weindorf - Harborcreek",
body="""Please keep in your prayers Josephine (Pfadt) Weindorf, 99, who died January 31 at the Lutheran Home, where she still won at euchre. Josephine was a member of St. Joseph's German parish for 80 years and sang in the choir for 62 of them. She is survived by her son, Frank (Joan) Weindorf of Harborcreek, her daughter, Sr. Mary Agnes Weindorf, SSJ, eleven grandchildren and many great-grandchildren. Her funeral Mass was celebrated February 5. Ewige Ruhe gib ihr, o Herr.""",
gold=[("ERI018", "survivor")]),

dict(guid="eri_hfp-bulletin-2026-03-22-a", pub="2026-03-22T07:00:00-04:00", title="Genowefa \"Jenny\" Lesniewski - East Side",
body="""Wieczny odpoczynek. Please pray for the repose of the soul of Genowefa "Jenny" Lesniewski, 96, who died March 15. She was a charter member of the Rosary Society at St. Casimir and embroidered altar linens for three pastors. She is survived by her son, Richard Lesniewski, and her granddaughter, Anna. Bernie Kaminski led the rosary at the vigil on Thursday evening; the Rosary Society thanks everyone who brought food to the hall.""",
gold=[]),
# Richard Lesniewski (ERI003) is do_not_contact; Bernie Kaminski (ERI004) led the rosary: nothing.

dict(guid="eri_hfp-bulletin-2026-04-26-a", pub="2026-04-26T07:00:00-04:00", title="Rosina DiPaolo - Little Italy",
body="""Please remember in your prayers Rosina DiPaolo, 90, of West 16th Street, who died April 20. Born in Sora, Italy, she came to Erie as a bride in 1957 and ran the DiPaolo grocery with her late husband, Carmine, for thirty years. She is survived by her niece, Mary Beth (Joe) D'Angelo of Millcreek, whom she raised as her own, and by nieces and nephews in Italy. L'eterno riposo dona a lei, o Signore.""",
gold=[("ERI007", "survivor")]),
# Roster ERI007 "Mary Beth DAngelo" (apostrophe dropped), Erie 16509 = Millcreek Township.
]
