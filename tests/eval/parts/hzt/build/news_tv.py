"""Eyewitness 22 WYNE (invented TV station, Wilkes-Barre/Scranton): station site, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="hzt_wyne_20260302_kushner_fire", pub="2026-03-02T18:20:00-05:00", title="Fire damages Conyngham home; couple escapes",
body="""CONYNGHAM, Pa. (WYNE) - A couple escaped without injury Monday morning when fire tore through the attached garage of their home on Hickory Lane in Conyngham.

Jerry and Mary Ann Kushner told Eyewitness 22 a smoke detector woke them around 5 a.m. "We got out in our pajamas and watched," Mary Ann Kushner said. Firefighters from Conyngham, Sugarloaf and Butler Township had the fire out in 40 minutes. The state police fire marshal said the fire started near a space heater. The Red Cross is helping the family.""",
gold=[("HZT007", "subject"), ("HZT006", "subject")]),

dict(guid="hzt_wyne_20260309_pavlick", pub="2026-03-09T22:45:00-04:00", title="Hazleton Area's Tyler Pavlick wins PIAA wrestling title",
body="""HERSHEY, Pa. (WYNE) - Hazleton Area senior Tyler Pavlick is a state champion.

Pavlick pinned his opponent from Southern Lehigh in the third period of the 172-pound final at the Giant Center on Saturday night, capping a 41-1 season. The Freeland native is headed to Lock Haven University in the fall.

His parents, Steve and Donna Pavlick, were in the front row. "He's been rolling around on that mat since he was five," his father said.""",
gold=[("HZT020", "parent_of_subject"), ("HZT021", "parent_of_subject")]),

dict(guid="hzt_wyne_20260615_pierogi", pub="2026-06-15T17:30:00-04:00", title="Freeland crowns pierogi champion at Heritage Days",
body="""FREELAND, Pa. (WYNE) - Potato-and-cheese beat sauerkraut, again.

Agnes Zabrosky of Jeddo won the 25th annual pierogi contest at Freeland Heritage Days on Sunday. The judges - Peggy McGeehan, Frank Malloy and Chef Luis Ortiz - tasted 31 entries. "I'll need a nap and a Tums," McGeehan said. Proceeds go to the Freeland Community Ambulance.""",
gold=[]),

dict(guid="hzt_wyne_20260429_storm", pub="2026-04-29T07:15:00-04:00", title="Hail, downed trees after storm rips through Hazleton",
body="""HAZLETON, Pa. (WYNE) - Crews spent the night clearing trees from Broad Street and the West Hazleton Borough after a severe thunderstorm with quarter-size hail moved through Tuesday evening.

PPL said about 6,200 customers lost power. "It sounded like marbles on the roof," said Rosemarie Bonavita of West Hazleton, whose car windshield cracked. No injuries were reported.""",
gold=[]),
]
