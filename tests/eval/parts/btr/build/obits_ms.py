"""The Morning Star (Baton Rouge daily): paid death notices, terse, surname-first headings. Plain text.
Hand-labelled."""

FEED = "ms"
ITEMS = [
dict(guid="btr_ms_dn_20260224_achord", pub="2026-02-24T05:00:00-06:00", title="ACHORD, Clement Joseph",
body="""ACHORD, Clement Joseph, 85, of Walker, died Sunday, Feb. 22, 2026, at home. Retired from Exxon, U.S. Navy veteran, member of St. Mark Catholic Church. Survived by daughters Darlene Louviere (Butch) of Denham Springs and Karen Achord Watts of Walker; son Trent Achord of Walker; 6 grandchildren. Preceded in death by wife Mildred Kinchen Achord. Visitation Thursday 5-9 p.m. at Live Oak Funeral Home, Walker; Mass Friday 10 a.m., St. Mark.""",
gold=[("BTR005", "survivor"), ("BTR004", "survivor")]),

dict(guid="btr_ms_dn_20260318_fabre", pub="2026-03-18T05:00:00-05:00", title="FABRE, Odile Marie Bergeron",
body="""FABRE, Odile Marie Bergeron, 93, a native of Morganza and resident of New Roads, died Monday, March 16, 2026. Survived by daughters Monique St. Romain (Jerry) of Zachary and Claire Fabre of New Roads; son Paul Fabre (Gwen) of Ventress; 9 grandchildren; 12 great-grandchildren. Preceded in death by husband Octave Fabre. Mass of Christian Burial Saturday 11 a.m., St. Mary of False River, New Roads. Visitation at the church from 9 a.m.""",
gold=[("BTR009", "survivor"), ("BTR008", "survivor")]),

dict(guid="btr_ms_dn_20260410_dufrene", pub="2026-04-10T05:00:00-05:00", title="DUFRENE, Ambrose",
body="""DUFRENE, Ambrose, of Walker, died Thursday, April 9, 2026. Arrangements pending with Live Oak Funeral Home, Walker.""",
gold=[("BTR019", "possible_deceased_client")]),

dict(guid="btr_ms_dn_20260520_marionneaux", pub="2026-05-20T05:00:00-05:00", title="MARIONNEAUX, Alcide Joseph \"Cid\"",
body="""MARIONNEAUX, Alcide Joseph "Cid", 80, of Plaquemine, died Saturday, May 16, 2026. Retired from Dow. Survived by wife of 57 years Yvonne Schexnayder Marionneaux; sons Brent (Nicole) and Darren; daughter Tricia Dupuy (Jacques); 7 grandchildren. Visitation Wednesday 9 a.m. until Mass at 11 a.m., St. John the Evangelist, Plaquemine. Arrangements by Magnolia Bend Funeral Home, Plaquemine.""",
gold=[]),  # second, later copy of btr_mbfh_2026_0518_alcide_marionneaux: labelled on the earlier copy only

dict(guid="btr_ms_dn_20260609_songy", pub="2026-06-09T05:00:00-05:00", title="SONGY, Alphonse Louis",
body="""SONGY, Alphonse Louis, 90, a native of Paulina and resident of Gramercy, died Saturday, June 6, 2026. Retired sugar mill engineer, Colonial Sugars. Survived by wife Theresa Millet Songy; son Dale Songy of Gramercy; nieces Mrs. Warren Kleinpeter of Baton Rouge and Mrs. Joseph Keller of Lutcher. Preceded in death by brother Harold Songy. Mass Thursday 11 a.m., St. Joseph Church, Paulina.""",
gold=[("BTR015", "survivor"), ("BTR016", "survivor")]),

dict(guid="btr_ms_dn_20260714_kleinpeter", pub="2026-07-14T05:00:00-05:00", title="KLEINPETER, Warren James",
body="""KLEINPETER, Warren James, 77, of Lufkin, Texas, formerly of Bogalusa, died Friday, July 10, 2026, in Lufkin. Retired paper mill foreman. Survived by wife of 52 years Dorothy Kleinpeter; sons Mark and Greg, both of Lufkin. Services Tuesday at Carroway Funeral Chapel, Lufkin, Texas.""",
gold=[]),

dict(guid="btr_ms_dn_20260818_guidroz", pub="2026-08-18T05:00:00-05:00", title="GUIDROZ, Marguerite Ann",
body="""GUIDROZ, Marguerite Ann, 61, of Houma, died Saturday, Aug. 15, 2026, at Terrebonne General. Survived by husband Ricky Guidroz; daughters Amy Guidroz Pellegrin and Jill Guidroz; mother Rita Naquin. Mass Tuesday 10 a.m., St. Bernadette Church, Houma.""",
gold=[]),
]
