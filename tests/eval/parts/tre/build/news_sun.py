"""The River Towns Register (small-town weekly: Bordentown, Burlington, Ewing, Chambersburg church and society
pages), teaser description plus HTML in content:encoded. Hand-labelled."""

FEED = "sun"
ITEMS = [
dict(guid="tre_rtr-2026-0212", pub="2026-02-26T08:00:00-05:00", title="Bordentown fire company salutes 50-year member",
body="""BORDENTOWN - Hope Hose Humane Company No. 1 honored Eddie Zielinski Sr., 79, on Saturday for fifty years of service, the longest active membership in the company's history.

Zielinski joined in 1976, drove the company's engines for three decades and still runs the pancake breakfast. Mayor Helen Corbett presented him with a proclamation. "They keep trying to retire me," he said. "I keep showing up." """,
gold=[("TRE020", "subject")]),

dict(guid="tre_rtr-2026-0240", pub="2026-05-14T08:00:00-04:00", title="Cardinale-Ruiz engagement announced",
body="""Salvatore and Rosemarie Cardinale of Trenton announce the engagement of their daughter, Gina Marie Cardinale, to Daniel Ruiz, son of Hector and Carmen Ruiz of Hamilton.

The bride-to-be is a 2018 graduate of Notre Dame High School and of The College of New Jersey and teaches fourth grade in Ewing. Her fiance, a graduate of Steinert High School and Rutgers, is a civil engineer with the New Jersey Turnpike Authority. An October 2027 wedding is planned at St. Joachim's.""",
gold=[("TRE001", "parent_of_subject"), ("TRE002", "parent_of_subject")]),

dict(guid="tre_rtr-2026-0261", pub="2026-06-18T08:00:00-04:00", title="Greater Bethel's pastor of 31 years preaches farewell sermon",
body="""EWING - The Rev. Wendell Pryor stepped down Sunday after 31 years as pastor of Greater Bethel Tabernacle Baptist Church, preaching his last sermon to a standing-room congregation of more than 600.

Pryor and his wife, First Lady Gloria Pryor, were presented with a portrait and a trip to Ghana and Senegal. Under his leadership the church opened a food pantry, a credit union and a charter school in the West Ward. "The church was here before me and it will be here after me," he said.

Deacon Raymond Tate, chair of the pastoral search committee, said a successor will be named in the fall.""",
gold=[("TRE013", "subject"), ("TRE014", "subject")]),

dict(guid="tre_rtr-2026-0275", pub="2026-07-09T08:00:00-04:00", title="Ghanaian association gala raises $40,000 for clinic",
body="""EWING - The Ghanaian Association of Greater Trenton raised $40,000 at its annual gala Saturday for a maternity clinic in Ejisu. Guests danced to highlife until midnight at the Ewing Township Senior Center.

The evening's honoree was retired nurse Gifty Amponsah, who founded the association's health committee. Among the evening's donors were Dr. Efua Mensah, Kwabena and Abena Asante, and the Pryor family.""",
gold=[]),  # donors: nothing

dict(guid="tre_rtr-2026-0290", pub="2026-07-30T08:00:00-04:00", title="Chambersburg festival returns to Hamilton Avenue",
body="""TRENTON - The Chambersburg Festival of Nations returns to Hamilton Avenue on Aug. 15, with Italian, Guatemalan, Polish, Hungarian and Ghanaian food on one mile of street. Organizers expect 20,000 visitors; Hamilton Avenue will be closed from Chambers Street to Anderson Street from 8 a.m. to 11 p.m.""",
gold=[]),  # nobody
]
