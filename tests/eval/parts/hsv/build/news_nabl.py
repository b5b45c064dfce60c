"""North Alabama Business Ledger (business weekly), plain text. Hand-labelled (gold=[...])."""

ITEMS = [
dict(guid="hsv_nabl_2026_0118", pub="2026-02-17T06:30:00-06:00", title="Madison test-engineering firm wins $48 million Army contract",
body="""HUNTSVILLE - Kestrel Ridge Systems, a 90-person test-engineering firm in Cummings Research Park, has won a five-year, $48 million contract to run hardware-in-the-loop testing for the Army's Space and Missile Defense Command, the largest award in its history.

Founder and chief executive Priya Raghunathan started the company in 2011 in a rented office over a Madison strip mall after a decade as a civilian engineer at Redstone Arsenal. She said the firm will add about 40 engineers and technicians by next summer.

"We are a small company that has spent fifteen years being very boring about test data," Raghunathan said. "It turns out the Army likes boring." """,
gold=[("HSV011", "subject")]),

dict(guid="hsv_nabl_2026_0142", pub="2026-03-24T06:30:00-05:00", title="Panadería Rosy opens second bakery, in Decatur",
body="""DECATUR - The Madison bakery known for its conchas and tres leches cakes is crossing the river. Panadería Rosy will open its second location on Sixth Avenue SE in Decatur next month, in the former Dixie Donut building.

Owner Rosalinda Villarreal, who started baking for the Sunday crowd at St. John the Baptist Catholic Church in 2008 and opened her Wall Triana Highway shop in 2015, said about a third of her customers already drive over from Morgan County. The new shop will employ eight.

"I come over for the pan de muerto every fall, and now I won't have to," said Lamar Tidwell, a Decatur hardware dealer who stopped by the construction site.""",
gold=[("HSV006", "subject")]),

dict(guid="hsv_nabl_2026_0171", pub="2026-05-05T06:30:00-05:00", title="Tidwell's Hardware marks 50 years on Bank Street, sells to its employees",
body="""DECATUR - When Lamar Tidwell bought a failing hardware store on Bank Street in 1976, he was 20 years old and had $900 and a loan co-signed by his grandmother. Fifty years later, Tidwell's Hardware has three stores in Morgan and Limestone counties and 64 employees, and on Friday it will belong to them.

Lamar and Mary Beth Tidwell said they are selling the business to an employee stock ownership plan and stepping back from day-to-day work at the end of the year. Mary Beth Tidwell, who ran the books and built the garden center, said the couple plans to "go fishing and not sell anyone a fishing pole."

Store manager Kendrick Oats, who started in the paint department in 1998, will become president.""",
gold=[("HSV005", "subject"), ("HSV004", "subject")]),

dict(guid="hsv_nabl_2026_0203", pub="2026-06-16T06:30:00-05:00", title="Symphony gala raises record $1.2 million",
body="""HUNTSVILLE - The Huntsville Symphony Orchestra's Red, White and Blue Gala raised a record $1.2 million on Saturday at the Von Braun Center, the orchestra said.

Patron-level donors listed in the program included Dr. Chidozie and Ngozi Anyanwu, Priya Raghunathan, Tad and Loretta Brasfield, Judge Philippa Rountree, Kestrel Ridge Systems and the Redstone Federal Credit Union.

Executive director Colleen Ashby said the money will fund free school concerts in Madison and Limestone counties for the next three seasons.""",
gold=[]),

dict(guid="hsv_nabl_2026_0229", pub="2026-08-11T06:30:00-05:00", title="Guntersville marina couple sells after 38 years on the lake",
body="""GUNTERSVILLE - Sauty Creek Marina, the 220-slip marina and bait shop at the mouth of Sauty Creek, has been sold to a Chattanooga hospitality group, ending 38 years of ownership by Hollis and Bernice McCrary.

The McCrarys bought the marina in 1988 with twelve slips and a Coke machine. Hollis McCrary, 76, a former TVA lineman, said the couple is retiring but "will still be out on the water every morning, just as customers."

The buyers said the marina will keep its name and its staff.""",
gold=[("HSV022", "subject")]),
]
