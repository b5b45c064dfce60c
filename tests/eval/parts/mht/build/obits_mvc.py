"""The Merrimack Valley Courier: paid death notices, surname-first headings, terse plain text, guids mht_mvc_*.
Hand-labelled."""

FEED = "mvc"
ITEMS = [
dict(guid="mht_mvc_dn_260127_karras", pub="2026-01-27T05:30:00-05:00", title="KARRAS, Vasiliki \"Vicki\"",
body="""KARRAS, Vasiliki "Vicki" (Pappas), 91, of Nashua, fell asleep in the Lord January 24, 2026. Born in Tripoli, Greece; came to Nashua in 1956. Wife of the late Georgios Karras; together they ran the Olympia Spa on Main Street for 30 years. Mother of Dimitrios "Jim" Karras of Nashua and Eleni "Helen" Stavropoulos and her husband, Constantine "Dino," of Manchester. Also 5 grandchildren. Trisagion Thursday 6 p.m., funeral Friday 10 a.m., Holy Dormition Greek Orthodox Church, Nashua. Memorial donations to the church's Philoptochos Society.""",
gold=[("MHT023", "survivor"), ("MHT007", "survivor"), ("MHT006", "survivor")]),

dict(guid="mht_mvc_dn_260306_stavropoulos", pub="2026-03-06T05:30:00-05:00", title="STAVROPOULOS, Constantine",
body="""STAVROPOULOS, Constantine "Dean", 77, of Tarpon Springs, Fla., formerly of Lowell, Mass., died March 1, 2026. Sponge-boat captain and owner of Dean's Marine Supply. Husband of 52 years of Georgia (Manos) Stavropoulos; father of Anthony and Christina. Funeral was held at St. Nicholas Greek Orthodox Cathedral, Tarpon Springs. Published at the request of friends in the Merrimack Valley.""",
gold=[]),
# Namesake far away (Florida), different wife (Georgia), age 77 vs MHT006 b. 1950 (76 in March): nothing.

dict(guid="mht_mvc_dn_260407_flaherty", pub="2026-04-07T05:30:00-04:00", title="FLAHERTY, Thomas P.",
body="""FLAHERTY, Thomas Patrick, 81, of Manchester, April 4, 2026. Retired Manchester firefighter (Engine 7) and lifelong member of the Ancient Order of Hibernians. Husband of the late Noreen (Doherty) Flaherty. Father of Sean Flaherty of Goffstown. Brother of Mary Gallagher of Quincy, Mass. Uncle of Brendan Doherty and his wife, Maureen, of Derry, who cared for him in his last years, and of many more nieces and nephews. Calling hours Thursday 4-7 at the Lambert-Gosselin Funeral Home, Manchester; Mass Friday 10 a.m., St. Catherine of Siena Church.""",
gold=[("MHT014", "survivor")]),
# Brendan Doherty with wife Maureen of Derry = MHT014 (the young namesake died in February).

dict(guid="mht_mvc_dn_260416_cote", pub="2026-04-16T05:30:00-04:00", title="CÔTÉ, Lorraine T.",
body="""CÔTÉ, Lorraine Thérèse (Boisvert), 69, of Manchester, April 13, 2026, after a courageous battle with ALS. Beloved wife of 47 years of Jean-Paul Côté of Manchester. Mother of Eric Côté of Bedford and Julie Morin of Auburn. Sister of Richard Boisvert of Berlin. Retired cafeteria manager, Parker-Varney School. Calling hours Sunday 2-5 p.m. at the Lambert-Gosselin Funeral Home; Mass of Christian Burial Monday 11 a.m., St. Anthony of Padua Church. Memorial gifts to the ALS Association, Northern New England Chapter.""",
gold=[("MHT021", "survivor")]),
# Roster MHT021 "Jean-Paul Cote" (accents dropped), spouse Lorraine not a client.

dict(guid="mht_mvc_dn_260512_rivera", pub="2026-05-12T05:30:00-04:00", title="RIVERA, José Luis",
body="""RIVERA, José Luis, 78, of Nashua, May 9, 2026. Born in Caguas, Puerto Rico; retired machinist at Hampshire Chemical. Husband of the late Ana Ortiz de Rivera. Father of Carmen Rivera of Nashua, Luis Rivera Jr. of Orlando, Fla., and Maritza Santiago of Lawrence, Mass. Grandfather of seven. Devoted member of Iglesia Cristiana La Roca. Visitation Friday 5-8 p.m., service Saturday 10 a.m., Davis Funeral Home, Nashua.""",
gold=[("MHT020", "survivor")]),
# MHT020 is "Carmen Rivera Ortiz" in the roster; the notice names one part of the compound surname.

dict(guid="mht_mvc_dn_260615_st_pierre", pub="2026-06-15T05:30:00-04:00", title="ST. PIERRE, Michelle",
body="""ST. PIERRE, Michelle, of Bedford, June 12, 2026. Services will be private. Arrangements are by the Lambert-Gosselin Funeral Home, Manchester.""",
gold=[("MHT024", "possible_deceased_client")]),
# Same name and town as MHT024 (no birth date in the roster, no age, no spouse named): possible only.

dict(guid="mht_mvc_dn_260702_bergeron", pub="2026-07-02T05:30:00-04:00", title="BERGERON, Roland",
body="""BERGERON, Roland A., 79, of Lewiston, Maine, June 28, 2026. Retired papermaker, Androscoggin Mill. Husband of Pauline (Gosselin) Bergeron; father of Marc and Danielle. Funeral Mass at the Basilica of Saints Peter and Paul, Lewiston. Notice placed by his cousins in Manchester.""",
gold=[]),
# Namesake far away (Lewiston, Maine), wife Pauline not Theresa: nothing for MHT001.
]
