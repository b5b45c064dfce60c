"""Lakeshore Business Weekly (invented business weekly for Muskegon and northern Ottawa County): plain text.
Hand-labelled."""

FEED = "lbw"
ITEMS = [
dict(guid="mkg_lbw-2026-0312", pub="2026-03-23T07:00:00-04:00", title="Roelofsmas sell Spring Lake marina after 38 years",
body="""SPRING LAKE - Hank and Margie Roelofsma have sold Roelofsma Marine, the 120-slip marina and boat-storage yard on the Grand River channel they bought in 1988, to Lakeshore Harbor Group of Grand Haven.

The couple built the business from a bait shop and twelve wooden docks. Hank, 77, ran the service barn; Margie kept the books and, by her own count, answered the phone on 9,000 consecutive Saturdays. Terms were not disclosed. The Roelofsmas say they will keep one slip for their own pontoon.""",
gold=[("MKG001", "subject"), ("MKG002", "subject")]),

dict(guid="mkg_lbw-2026-0358", pub="2026-04-13T07:00:00-04:00", title="Port City Castings names new plant manager",
body="""MUSKEGON - Port City Castings has promoted Darnell Pettaway to plant manager of its Sherman Boulevard foundry, the company said Monday.

Pettaway, 47, joined the foundry in 2001 as a molder's helper after graduating from Muskegon Heights High School, and rose through maintenance and production supervision. He succeeds Gary Bolhuis, who retires after 41 years. The plant employs 310 people and pours iron castings for truck and agricultural customers.""",
gold=[("MKG006", "subject")]),

dict(guid="mkg_lbw-2026-0401", pub="2026-05-04T07:00:00-04:00", title="Panadería opens on Apple Avenue",
body="""MUSKEGON - The smell of conchas and bolillos has come to Apple Avenue. Panadería Rosa Elena, a Mexican bakery, opened Saturday in the former insurance office at 1550 Apple Ave.

Owner Rosa Elena Zamarripa baked for church festivals for twenty years before taking the leap; her late father, José Luis, was the parish's grill master. "He always said my pan dulce was better than his mother's, and then he'd make me promise not to tell her," Zamarripa said. The bakery employs six and opens at 6 a.m. daily except Monday.""",
gold=[("MKG012", "subject")]),

dict(guid="mkg_lbw-2026-0433", pub="2026-05-25T07:00:00-04:00", title="Western Avenue reconstruction to close downtown block through August",
body="""MUSKEGON - The city will close Western Avenue between Third and Terrace streets from June 1 through late August to replace a 1920s water main and rebuild the street.

Business owners say they are bracing for a slow summer. "We've been through worse. We'll put a sign on the corner and the regulars will find us," said Gus Karamanos, who has run the Lakeside Coney Island on Western since 1986. The Downtown Muskegon Development Corporation will post detour maps and offer free parking at the Hackley lot.""",
gold=[]),

dict(guid="mkg_lbw-2026-0460", pub="2026-06-15T07:00:00-04:00", title="Crain's names Ann Arbor founder to 40 under 40",
body="""ANN ARBOR - Konstantinos Karamanos, 31, co-founder of the battery-recycling startup Voltcycle, was named to Crain's Detroit Business 40 under 40 list this week. Karamanos, a University of Michigan engineering graduate who grew up in Dearborn, said the company will open its first recycling line in Ypsilanti next year.""",
gold=[]),

dict(guid="mkg_lbw-2026-0512", pub="2026-09-21T07:00:00-04:00", title="Lakeside Coney Island marks 40 years downtown",
body="""MUSKEGON - Forty years, an estimated 1.4 million coney dogs and one very old flat-top grill: the Lakeside Coney Island on Western Avenue celebrates its 40th anniversary this week.

Owner Konstantinos "Gus" Karamanos opened the diner in September 1986 with his wife, Eleni, after a decade of cooking at his uncle's restaurant in Chicago. He still works the grill five mornings a week. To mark the anniversary the diner will sell coneys for the 1986 price of 85 cents on Saturday, with proceeds from the rest of the menu going to the Muskegon Rescue Mission.""",
gold=[("MKG015", "subject")]),
]
