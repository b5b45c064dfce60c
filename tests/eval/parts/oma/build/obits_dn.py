"""Omaha Courier-Register paid death notices: terse, surname-first headings, plain text. Hand-labelled."""

FEED = "dn"
ITEMS = [
dict(guid="oma_dn_2026_0211_hrdlicka", pub="2026-02-11T04:00:00-06:00", title="HRDLICKA, Jaroslav J. \"Jerry\"",
body="""HRDLICKA, Jaroslav J. "Jerry," 84, Omaha. Died Feb. 6, 2026. Survived by wife, Millie; sons, Josef (Karen), Michael; brother-in-law, Frank Kudrna Jr. (Darlene). Rosary 6 p.m. Thursday, Mass 10 a.m. Friday, St. Wenceslaus. BARTUNEK & SONS, 402-555-0199.""",
gold=[]),

dict(guid="oma_dn_2026_0318_ibarra", pub="2026-03-18T04:00:00-05:00", title="IBARRA, José Ángel",
body="""IBARRA, José Ángel, 78, Omaha. Died March 15, 2026. Born in Tangancícuaro, Michoacán; 38 years at the packing plant on L Street. Survived by wife, Refugio; daughters, María Guadalupe "Lupe" Zamudio (Héctor) of Omaha and Rosa Ibarra of Schuyler; sons, Juan and Ramón; 14 grandchildren. Rosario 7 p.m. Monday, Misa 10 a.m. Tuesday, Our Lady of Guadalupe. CAPILLA GUADALUPANA FUNERAL HOME.""",
gold=[("OMA015", "survivor")]),

dict(guid="oma_dn_2026_0422_rubinovitz", pub="2026-04-22T04:00:00-05:00", title="RUBINOVITZ, Saul",
body="""RUBINOVITZ, Saul, 61, St. Louis Park, Minn. Died April 19, 2026. Formerly of Omaha; Westside High Class of 1982. Survived by wife, Debra; sons, Adam and Joel; mother, Estelle Rubinovitz of Minnetonka. Services were held in Minneapolis. Memorials to the Minneapolis Jewish Federation.""",
gold=[]),

dict(guid="oma_dn_2026_0604_nemecek", pub="2026-06-04T04:00:00-05:00", title="NEMECEK, Rosalie",
body="""NEMECEK, Rosalie, Omaha. Passed away June 2, 2026. Arrangements pending with Bartunek & Sons Funeral Chapel, 402-555-0199.""",
gold=[("OMA018", "possible_deceased_client")]),

dict(guid="oma_dn_2026_0709_vanooyen", pub="2026-07-09T04:00:00-05:00", title="VAN OOYEN, Hendrika \"Rika\"",
body="""VAN OOYEN, Hendrika "Rika" (de Graaf), 97, Council Bluffs. Died July 6, 2026. Born in Friesland, the Netherlands; came to Iowa in 1952. Survived by son, Gerrit (Wilma) Van Ooyen of Council Bluffs; daughter, Anneke Tjaden of Pella; 8 grandchildren. Service 11 a.m. Saturday, First Christian Reformed Church, Council Bluffs. HOYT-BRANDT CHAPEL.""",
gold=[("OMA016", "survivor")]),
]
