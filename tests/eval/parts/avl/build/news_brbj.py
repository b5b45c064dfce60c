"""Blue Ridge Business Journal (weekly, Asheville; invented): plain text. Hand-labelled."""

FEED = "brbj"
ITEMS = [
dict(guid="avl_brbj_2026_0212", pub="2026-02-12T06:00:00-05:00", title="Fletcher timber-frame shop lands $4 million lodge contract",
body="""FLETCHER - Kerlee Timber Frames, the Fletcher company that cuts and raises heavy-timber buildings by hand, has won a $4.1 million contract to build the new lodge at Pisgah Ridge Camp in Transylvania County, the largest job in the company's 19-year history.

Owner Toby Kerlee said the contract will let him hire six more framers this spring, bringing the crew to 22. "Every joint in that lodge will be pegged oak, no steel plates," Kerlee said. "It will be standing when my grandchildren are old."

Kerlee started the business in a rented barn in 2007 after apprenticing with a Vermont framer. It moved to its current shop on Hendersonville Road in 2015.""",
gold=[("AVL016", "subject")]),

dict(guid="avl_brbj_2026_0326", pub="2026-03-26T06:00:00-04:00", title="Taquería El Rigo opens second location in Weaverville",
body="""WEAVERVILLE - Taquería El Rigo, the West Asheville taco shop known for its Michoacán-style carnitas, opened a second location Monday in the former Weaver Street bakery.

Rigo Zamudio and his wife, Maricela Zamudio, who own the business together, started it as a food truck on Haywood Road in 2012. The Weaverville shop seats 40 and adds a breakfast menu. "My mother's recipes, my wife's business sense," Zamudio said.

The couple employ 19 people across the two locations.""",
gold=[("AVL008", "subject"), ("AVL009", "subject")]),

dict(guid="avl_brbj_2026_0507", pub="2026-05-07T06:00:00-04:00", title="Stikeleather Hardware to close after 72 years on Weaverville's Main Street",
body="""WEAVERVILLE - Stikeleather Hardware, which has sold nails by the pound on Main Street since 1954, will close at the end of June.

Opal Stikeleather, 82, who has run the store since the death of her husband, Harlan Stikeleather, in April, said she is retiring and the family has sold the building to a Weaverville outfitter. "Harlan would want me to go fishing," she said. "So I'm going fishing."

Everything in the store, including the 1950s brass cash register, will be sold at a closing sale beginning June 1.""",
gold=[("AVL002", "subject")]),

dict(guid="avl_brbj_2026_0611", pub="2026-06-11T06:00:00-04:00", title="People on the Move",
body="""The Tennessee Valley Authority has named Ruthanne Gossage of Chattanooga, Tenn., regional director of its river operations. Gossage was previously the utility's chief dam safety engineer.

HomeTrust Bank has promoted Devin Pittman to senior vice president for commercial lending in Asheville.

Mountain Area Health Education Center has hired Priya Ramaswami as director of rural programs.

Buncombe County has named Curtis Blevins director of emergency services.""",
gold=[]),

dict(guid="avl_brbj_2026_0827", pub="2026-08-27T06:00:00-04:00", title="After 38 years, the Parthenon Diner's owners hand over the keys",
body="""ASHEVILLE - Jimmy and Eleni Karagounis are retiring. The couple, who opened the Parthenon Diner on Tunnel Road in 1988, have sold the restaurant to their longtime cook, Luis Arrieta, who will keep the name and the menu.

Demetrios "Jimmy" Karagounis came to Asheville from Kalamata in 1979 to work at his uncle's restaurant; Eleni Karagounis, the former Eleni Stathakis, ran the front of the house and the books. "We fed three generations of this town," Eleni Karagounis said. "Now we will feed our grandchildren."

The couple will keep their seats at the counter, they said, and pay for their coffee.""",
gold=[("AVL019", "subject"), ("AVL020", "subject")]),
]
