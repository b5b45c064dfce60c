"""Hale County Harvester (weekly paper, Hale Center / Abernathy / Petersburg): plain text. Hand-labelled."""

ITEMS = [
dict(guid="ptx_hch_2026_0108_birth", pub="2026-01-08T06:00:00-06:00", title="Stroups welcome son",
body="""Travis and Kaylee Stroup of Plainview announce the birth of their son, Colt Travis Stroup, born December 29, 2025, at Covenant Hospital Plainview. He weighed 8 pounds, 2 ounces and was 21 inches long.

Grandparents are Ray and Linda Dunagan of Hale Center and Russell Stroup of Kress.""",
gold=[("PTX011", "subject"), ("PTX012", "subject")]),

dict(guid="ptx_hch_2026_0122_saldanas", pub="2026-01-22T06:00:00-06:00", title="Saldana's Tire & Wheel marks 50 years on Broadway",
body="""A tire shop that started with one air compressor and a borrowed jack turns 50 this month.

Saldana's Tire & Wheel opened on Broadway in Plainview in January 1976. Owner Zeke Saldana, who took over from his father in 1994, will host a barbecue for customers Saturday from 11 a.m. to 2 p.m.

"Dad fixed flats for farmers who paid him in watermelons," Saldana said. "We take cards now." """,
gold=[("PTX019", "subject")]),

dict(guid="ptx_hch_2026_0219_ffa", pub="2026-02-19T06:00:00-06:00", title="Abernathy sophomore wins state FFA public-speaking title",
body="""Abernathy High School sophomore Addison Mayfield won the Texas FFA state title in Senior Creed Speaking last weekend in Fort Worth.

Addison, the daughter of Wade and Kendra Mayfield of Abernathy, recited the FFA Creed and answered judges' questions on water conservation in the Ogallala Aquifer. She will represent Texas at the national convention in Indianapolis in October.

Her adviser, Bret Coffey, said she practiced the Creed "in the show barn, to the pigs, about a thousand times." """,
gold=[("PTX021", "parent_of_subject"), ("PTX020", "parent_of_subject")]),

dict(guid="ptx_hch_2026_0305_pastor", pub="2026-03-05T06:00:00-06:00", title="Blassingame to retire after 31 years at Plainview's Calvary Baptist",
body="""The Rev. Jimmie Don Blassingame will preach his last sermon as senior pastor of Calvary Baptist Church in Plainview on Easter Sunday.

Blassingame came to Calvary in 1995 from a church in Muleshoe. Under his leadership the congregation built its family life center and started the Thursday community supper that now feeds more than 200 people a week.

A retirement reception will be held after the Easter service. He and his late wife's family plan to stay in Plainview.""",
gold=[("PTX017", "subject")]),

dict(guid="ptx_hch_2026_0326_auxiliary", pub="2026-03-26T06:00:00-05:00", title="Hospital auxiliary thanks donors for new pediatric room",
body="""The Covenant Hospital Plainview Auxiliary has finished furnishing a new pediatric waiting room, paid for by its fall bake sale and individual gifts.

The auxiliary thanks the following donors: Loretta Kettleman, Norma Tidwell, Graciela Villarreal, Jo Nell Hensarling, the Plainview Rotary Club, First United Methodist Women and Hale County State Bank.

New volunteers are always welcome. Call the auxiliary office to sign up.""",
gold=[]),

dict(guid="ptx_hch_2026_0416_stockshow", pub="2026-04-16T06:00:00-05:00", title="Hale County Junior Livestock Show results",
body="""The Hale County Junior Livestock Show wrapped up Saturday at the Ollie Liner Center.

Grand champion steer went to Kash Whitfield of Cotton Center. Reserve grand champion barrow went to Emma Brantley of Hale Center. Swine were judged by Orville Quisenberry of Petersburg and cattle by Dr. Lance Morrow of Canyon.

The premium sale is set for Saturday, April 25.""",
gold=[]),

dict(guid="ptx_hch_2026_0430_meals", pub="2026-04-30T06:00:00-05:00", title="Hale Center's Jolene Boedeker honored for 25 years of Meals on Wheels",
body="""Hale Center Meals on Wheels honored its longest-serving driver at its spring luncheon.

Jolene Boedeker has delivered lunches on the Hale Center route every Tuesday and Thursday since 2001, an estimated 26,000 meals. She received the organization's first Golden Spoon award.

Her husband, Clay, who has ridden along on the route during harvest breaks, said she knows "which dogs bite and which ones just want a biscuit." """,
gold=[("PTX004", "subject")]),
]
