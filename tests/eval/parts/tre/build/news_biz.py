"""Delaware Valley Business Weekly (Mercer, Burlington and Bucks), plain text. Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="tre_dvbw-2026-0114", pub="2026-01-20T06:00:00-05:00", title="Capital Health taps Princeton cardiologist to lead heart institute",
body="""HOPEWELL, N.J. - Capital Health has named Dr. Efua Mensah chief of its Heart and Vascular Institute, the health system announced Tuesday. She starts Feb. 1.

Mensah, a Princeton resident who trained at the University of Ghana Medical School and completed her cardiology fellowship at Penn, has run the system's structural heart program since 2015. She succeeds Dr. Alan Greenberg, who is retiring.

"Efua built the TAVR program from nothing," said Capital Health's chief medical officer.""",
gold=[("TRE019", "subject")]),

dict(guid="tre_dvbw-2026-0131", pub="2026-02-17T06:00:00-05:00", title="Levittown insurance agency marks 25 years, opens Newtown office",
body="""LEVITTOWN, Pa. - Wisniewski Insurance Group, which Terry Wisniewski started in 2001 in a converted barbershop on Levittown Parkway, is celebrating its 25th anniversary by opening a second office in Newtown this spring.

The agency now has 14 employees and writes home, auto and small-business policies across Lower Bucks County. "My mother told me nobody would buy insurance from a girl from Levittown," Wisniewski said. "She was my first customer."

The Newtown office will open in April on Sycamore Street.""",
gold=[("TRE008", "subject")]),

dict(guid="tre_dvbw-2026-0150", pub="2026-03-24T06:00:00-04:00", title="Pennsylvania Realtors pick Erie broker as 2027 president",
body="""HARRISBURG, Pa. - The Pennsylvania Association of Realtors has elected Teresa Wisniewski, broker-owner of Lakeshore Realty Partners in Erie, as its 2027 president. Wisniewski, 44, has sold homes in Erie County for two decades and chaired the association's housing-affordability task force.""",
gold=[]),  # namesake far away (Erie, 44): nothing for TRE008 of Levittown

dict(guid="tre_dvbw-2026-0168", pub="2026-04-21T06:00:00-04:00", title="Guatemalan bakery opens second shop on Hamilton Avenue",
body="""TRENTON - Panadería La Antigua, the Chambersburg bakery known for its pan dulce and Sunday tamales, will open a second location at 1100 Hamilton Avenue next month.

Owners José Luis Chajón and María Elena Tzul opened the original shop on Roebling Avenue in 2015, in a storefront that was once an Italian pastry shop. "The ovens were already here. We just changed the bread," Chajón said. The couple employs nine people and supplies sweet bread to four bodegas.

Longtime neighbor Irene Kowalczyk, who has bought her Sunday rolls there for years, said the neighborhood "is lucky to have them."

The expansion was financed in part by a $75,000 loan from the Trenton Business Fund.""",
gold=[("TRE010", "subject"), ("TRE011", "subject")]),  # Irene Kowalczyk quoted customer: nothing

dict(guid="tre_dvbw-2026-0190", pub="2026-06-09T06:00:00-04:00", title="Mercer County chamber honors small-business leaders",
body="""EWING, N.J. - The Mercer Regional Chamber of Commerce presented its annual small-business awards Thursday at the Trenton Country Club. The Entrepreneur of the Year award went to Danielle Okonjo, founder of the Ewing-based logistics software firm RouteWise.

Sponsors of the evening included Horvath Mechanical, Wisniewski Insurance Group and Capital Health. The dinner committee was chaired by Kwabena Asante and included Mary Jo D'Addario and Marcus Spruill.""",
gold=[]),  # sponsors and committee lists: nothing
]
