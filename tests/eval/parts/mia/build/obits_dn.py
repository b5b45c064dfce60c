"""Dade Death Notices (invented): very terse paid notices, surname first. Hand-labelled."""

FEED = "dn"
ITEMS = [
dict(guid="mia_dn_260213_bellegarde-odette", pub="2026-02-13T05:00:00-05:00", title="BELLEGARDE, Odette",
body="""BELLEGARDE, Odette, 94, of North Miami, born in Jacmel, Haiti, died Feb. 6, 2026. Survived by daughter Marie-Claude Desrameaux (Jean-Robert), son Gérard (Nicole), sister Andrée, 7 grandchildren, 4 great-grandchildren. Mass Sat. 10 a.m., Notre Dame d'Haiti. Désir Funeral Chapel.""",
gold=[]),  # later second copy of the Bayline Herald obituary: labelled there

dict(guid="mia_dn_260226_garmendia-luis", pub="2026-02-26T05:00:00-05:00", title="GARMENDIA, Luis Alberto",
body="""GARMENDIA, Luis Alberto, 79, of Miami (Westchester), died Feb. 23, 2026. Native of Holguín, Cuba. Retired Eastern Airlines mechanic. Survived by wife of 55 yrs Elsa; daughter Ileana Cabrisas (Miami); son Alberto Garmendia (Orlando); 4 grandchildren; sister Olga in Holguín. Velorio Thurs. 6-11 p.m., Funeraria Ceiba Real, Little Havana. Q.E.P.D.""",
gold=[("MIA020", "survivor")]),

dict(guid="mia_dn_260417_portuondo-ernesto", pub="2026-04-17T05:00:00-04:00", title="PORTUONDO, Ernesto A.",
body="""PORTUONDO, Ernesto A., 31, of Kendall, died April 13, 2026, as the result of a motorcycle accident. Survived by his parents, Ana and Ernesto Portuondo Sr. of Kendall; his fiancée, Gabriela; sister Lourdes. Services Tues. 7 p.m., Kendall chapel.""",
gold=[]),  # namesake of clearly different age (MIA005 is 62, Coral Gables)

dict(guid="mia_dn_260504_sotolongo-reinaldo", pub="2026-05-04T05:00:00-04:00", title="SOTOLONGO, Reinaldo",
body="""SOTOLONGO, Reinaldo, of Hialeah, died May 1, 2026. Services private. Funeraria Ceiba Real, Hialeah.""",
gold=[("MIA014", "possible_deceased_client")]),
]
