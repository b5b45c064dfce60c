"""WCAP 13 Capital Region News: TV station site, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="glv_wcap_2026_30418", pub="2026-03-18T18:40:00-04:00", title="Broadalbin couple escapes fire that destroyed their home",
body="""BROADALBIN, N.Y. (WCAP) - A Broadalbin couple is safe tonight after fire destroyed their home on Pine Street early Wednesday.

Gerry and Mary Jo Vandenburgh woke to smoke detectors around 3 a.m. and got out with their dog. Broadalbin and Perth firefighters fought the blaze for three hours. The Fulton County fire coordinator said it appears to have started in a wood stove chimney.

Neighbors have started a collection at the Broadalbin Kellogg Free Library.""",
gold=[("GLV007", "subject"), ("GLV006", "subject")]),

dict(guid="glv_wcap_2026_30701", pub="2026-07-02T19:10:00-04:00", title="Crews clear trees after severe storm tears through Gloversville and Johnstown",
body="""GLOVERSVILLE, N.Y. (WCAP) - National Grid says about 6,000 customers lost power Wednesday afternoon when a line of severe thunderstorms brought down trees across Gloversville and Johnstown.

"It came through like a freight train," said Nadine Yerdon, who watched a maple come down across Bleecker Street. No injuries were reported. Crews expect to restore power by Friday.""",
gold=[]),

dict(guid="glv_wcap_2026_30822", pub="2026-08-22T17:55:00-04:00", title="Schenectady firefighter honored for river rescue",
body="""SCHENECTADY, N.Y. (WCAP) - A Schenectady firefighter was honored by the city council Monday for pulling a kayaker from the Mohawk River in June.

Lt. Anthony Mancusi, 38, a 12-year veteran of the Schenectady Fire Department, swam 40 yards to reach the man. "Anybody on the crew would have done the same," Mancusi said.""",
gold=[]),

dict(guid="glv_wcap_2026_30905", pub="2026-09-05T18:20:00-04:00", title="Northville's Doug and Sherry Vanderwalker mark 40 years with vow renewal on the lake",
body="""NORTHVILLE, N.Y. (WCAP) - Forty years after they were married at the Northville United Methodist Church, Doug and Sherry Vanderwalker renewed their vows Saturday on a pontoon boat on the Great Sacandaga Lake.

The couple met at the Northville Fourth of July barbecue in 1984. Their three children organized the celebration.""",
gold=[("GLV022", "subject"), ("GLV023", "subject")]),
]
