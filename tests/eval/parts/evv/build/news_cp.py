"""River Towns Register (community weekly for Newburgh, Evansville's East Side and Henderson): teaser description,
HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="evv_rtr_2026_03_18_fire", pub="2026-03-18T09:00:00-04:00", title="Couple escapes fire at South Weinbach home",
body="""Lonnie and Mary Beth Uebelhack escaped without injury early Monday when a fire started in the garage of their home on South Weinbach Avenue.

Mary Beth Uebelhack said the smoke alarm woke her at 3:40 a.m. The Evansville Fire Department said the fire began in an extension cord powering a freezer. The garage is a total loss and the house has smoke damage; the couple is staying with their daughter.""",
gold=[("EVV005", "subject"), ("EVV004", "subject")]),

dict(guid="evv_rtr_2026_05_06_scouts", pub="2026-05-06T09:00:00-04:00", title="North Side troop leader honored for 50 years in Girl Scouts",
body="""For fifty years, Margie Ten Barge has led Girl Scout troops out of the basement of Stringtown Presbyterian Church, and on Saturday the Girl Scouts of Southern Indiana gave her their Thanks Badge II, the council's highest adult honor.

Ten Barge, 80, started Troop 212 in 1976 when her daughter wanted to join and there was no leader. She estimates 600 girls have been through it.""",
gold=[("EVV009", "subject")]),

dict(guid="evv_rtr_2026_05_27_scholar", pub="2026-05-27T09:00:00-04:00", title="Henderson County senior wins Governor's Scholars award",
body="""Henderson County High School senior Mateo Barragán has received a full scholarship to the University of Kentucky's engineering college.

Mateo, the son of Efraín and Ximena Barragán of Henderson, finished first in his class and was captain of the robotics team. He plans to study civil engineering "so the bridges stay up." """,
gold=[("EVV006", "parent_of_subject")]),

dict(guid="evv_rtr_2026_06_03_riverfest", pub="2026-06-03T09:00:00-04:00", title="Newburgh Riverfest returns June 20 with fireworks",
body="""The Newburgh Riverfest returns to the riverfront on Saturday, June 20, with food booths, a car show and fireworks at dusk.

The organizing committee this year is Bernie Gwaltney, Dwayne Kloppenburg, Sharonda Ellis, Pete Vogel and Renee Brockschmidt. Volunteers can sign up at Newburgh Town Hall.""",
gold=[]),
]
