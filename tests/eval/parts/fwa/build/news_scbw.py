"""Summit City Business Weekly: business news, plain text. Hand-labelled."""

FEED = "scbw"
ITEMS = [
dict(guid="fwa_scbw_2026_0112_reinking_implement", pub="2026-01-12T06:00:00-05:00", title="Reinking Implement founder hands the keys to his grandson after 52 years",
body="""WOODBURN - Sig Reinking opened Reinking Implement in a pole barn on State Road 101 in 1974 with two used tractors and a borrowed tow truck. On Friday, the 81-year-old founder retired and handed the business, now a three-store Kubota and New Holland dealer, to his grandson, Tyler Reinking.

Siegfried Reinking said he will keep his office chair "for coffee purposes only." The dealership employs 46 people in Woodburn, Decatur and Bryan, Ohio.""",
gold=[("FWA017", "subject")]),

dict(guid="fwa_scbw_2026_0209_odriscolls_pub", pub="2026-02-09T06:00:00-05:00", title="O'Driscoll's Public House marks 20 years with a patio expansion",
body="""HUNTINGTON - O'Driscoll's Public House on North Jefferson Street will celebrate its 20th anniversary in March with a $400,000 expansion that adds a covered patio and a second kitchen.

Owners Brendan and Colleen O'Driscoll bought the former hardware store in 2006. "We had no idea what we were doing," Colleen O'Driscoll said. The pub now employs 28 people.""",
gold=[("FWA008", "subject"), ("FWA009", "subject")]),

dict(guid="fwa_scbw_2026_0302_ankenbruck_plumbing", pub="2026-03-02T06:00:00-05:00", title="Ankenbruck Plumbing & Heating sold to regional group",
body="""FORT WAYNE - Ankenbruck Plumbing & Heating, the southwest-side contractor founded in 1988 by Dale and Mary Beth Ankenbruck, has been sold to Midwest Comfort Partners of Indianapolis for an undisclosed price.

The Ankenbrucks will stay on for a year. All 31 employees were offered positions with the new owner.""",
gold=[("FWA004", "subject")]),

dict(guid="fwa_scbw_2026_0316_three_rivers_cu_board", pub="2026-03-16T06:00:00-04:00", title="Three Rivers Community Credit Union seats new board",
body="""FORT WAYNE - Members of Three Rivers Community Credit Union elected three new directors at the annual meeting on Thursday. The board now consists of chair Nancy Bieberich, Wendell Bultemeier, Curtis Lamle, Jorge Espinoza, Dana Whitacre, Paul Sordelet and Carla Tippmann.

"Members want a bank that answers the phone," said Bieberich. The credit union has $410 million in assets.""",
gold=[]),

dict(guid="fwa_scbw_2026_0420_cardiology_chief", pub="2026-04-20T06:00:00-04:00", title="Parkview names new chief of cardiology",
body="""FORT WAYNE - Parkview Health has named Dr. Prakash Venkataraghavan chief of cardiology for its northeast Indiana hospitals, effective May 1.

Venkataraghavan, an interventional cardiologist, joined the Parkview Heart Institute in 2004 and has led its structural heart program since 2015. He succeeds Dr. Harold Kemp, who is retiring.""",
gold=[("FWA011", "subject")]),

dict(guid="fwa_scbw_2026_0511_panaderia_villasenor", pub="2026-05-11T06:00:00-04:00", title="Panadería Villaseñor opens second bakery on Fort Wayne's south side",
body="""FORT WAYNE - Panadería Villaseñor, the South Calhoun Street bakery known for its conchas and tres leches cakes, opened a second location on Paulding Road on Saturday.

Ernesto and Rosy Villaseñor started the bakery in 2009 in a former barber shop. The new store adds a café and a tortillería. "My father-in-law swept the floors on the first day, so we kept his broom," Ernesto Villaseñor said.""",
gold=[("FWA005", "subject"), ("FWA006", "subject")]),
]
