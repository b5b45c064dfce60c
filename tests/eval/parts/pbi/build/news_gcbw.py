"""Gold Coast Business Weekly: a business weekly for Palm Beach and Martin counties, plain text.
Hand-labelled: `gold` beside each text."""

FEED = "gcbw"
ITEMS = [
dict(guid="pbi_gcbw_2026_02_03_bakery", pub="2026-02-03T06:00:00-05:00", title="Lake Worth Beach chamber names Panaderia La Quetzalteca small business of the year",
body="""The Greater Lake Worth Beach Chamber of Commerce has named Panaderia La Quetzalteca, the Guatemalan bakery on South Dixie Highway, its Small Business of the Year.

Baltazar Tzul Ajanel and his wife, Rosalinda Tzul, opened the bakery in a former laundromat in 2011 with one oven and a borrowed display case. It now employs 14 people, bakes 6,000 pieces of pan dulce a day and supplies tortillas to three supermarkets in Palm Beach County.

"We make the bread our grandmothers made in Xela," Rosalinda Tzul said. "The customers are the ones who made the business."

The award will be presented at the chamber's annual dinner Feb. 20 at the Gulfstream Hotel.""",
gold=[("PBI010", "subject"), ("PBI011", "subject")]),

dict(guid="pbi_gcbw_2026_03_24_autoglass", pub="2026-03-24T06:00:00-04:00", title="Arriaga Auto Glass sold to national chain; founder to retire",
body="""Arriaga Auto Glass, the West Palm Beach windshield company that grew from one van in 1988 to five locations between Jupiter and Boca Raton, has been acquired by ClearView Auto Glass of Phoenix for an undisclosed price.

Founder Ignacio "Nacho" Arriaga, 63, will retire at the end of June after 38 years. All 41 employees will be kept on, and the shops will keep the Arriaga name through 2027.

"I came here with a toolbox and a wife who could do the books," Arriaga said. "It is time to let somebody else get up at five."

ClearView chief executive Bradley Stoltz said South Florida, with its hurricanes and its long commutes, is "the best windshield market in America." """,
gold=[("PBI016", "subject")]),

dict(guid="pbi_gcbw_2026_04_08_oyster", pub="2026-04-08T06:00:00-04:00", title="Oyster bar opens in the old Clematis Street bank building",
body="""Pennyfeather's Oyster Room opened Tuesday in the 1925 Florida Bank & Trust building at the corner of Clematis Street and Narcissus Avenue, after a two-year restoration that kept the building's vault door as the entrance to the wine room.

Owner Cyrus Pennyfeather, who ran restaurants in Charleston and Savannah before moving to West Palm Beach in 2019, spent $3.1 million on the project. The restaurant seats 140 and will serve oysters from Apalachicola, the Chesapeake and Prince Edward Island.

"It's the best room on Clematis, and it deserved a second life," said Larry Gansevoort of Palm Beach, who was among the first diners seated at Tuesday's opening.""",
gold=[]),

dict(guid="pbi_gcbw_2026_05_05_roofing", pub="2026-05-05T06:00:00-04:00", title="Fairclough & Sons Roofing wins $11 million school district contract",
body="""Fairclough & Sons Roofing, the West Palm Beach contractor founded in 1974, has won an $11.2 million contract to replace the roofs of nine Palm Beach County schools over the next three summers, the largest contract in the company's history.

Owner Thaddeus "Tad" Fairclough Jr., who took over the business from his father in 2002, said he will hire about 25 roofers and open an apprenticeship program with Palm Beach State College. The company currently employs 48 people.

"My father put roofs on half of Northwest with a ladder and a pickup truck," Fairclough said. "Now we get to put them on the schools our kids go to." """,
gold=[("PBI013", "subject")]),

dict(guid="pbi_gcbw_2026_06_02_realty", pub="2026-06-02T06:00:00-04:00", title="Broward brokerage expands north with Palm Beach office",
body="""Tradewind Commercial Realty, a Fort Lauderdale brokerage specializing in warehouse and flex space, will open its first Palm Beach County office in July on Okeechobee Boulevard.

The office will be led by Delroy Blackwood, a Fort Lauderdale resident who has been Tradewind's director of industrial leasing since 2017 and before that worked at the Broward County Port Everglades authority. Blackwood was promoted to vice president for the expansion.

"The warehouse shortage in western Palm Beach County is the story of the decade," Blackwood said. Tradewind expects to have 12 brokers in the new office by the end of the year.""",
gold=[]),
]
