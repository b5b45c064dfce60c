"""Chattanooga Business Ledger (weekly business paper): plain text. Hand-labelled."""

ITEMS = [
dict(guid="cha_cbl_2026_0114", pub="2026-01-14T06:00:00-05:00", title="Dillehay Boat Works marks 40 years on Chickamauga Lake",
body="""HIXSON - When Royce Dillehay opened a two-bay repair shop off Hixson Pike in 1986, most of his customers were bass fishermen with a bad outboard and a worse attitude.

Forty years later Dillehay Boat Works employs 23 people, sells pontoons from three manufacturers and winterizes more than 900 boats a season. Royce and his wife, Glenda Dillehay, who has kept the books since the first day, will mark the anniversary with an open house and fish fry on Jan. 24.

"We never had a plan," Glenda said. "We just never closed." """,
gold=[("CHA008", "subject"), ("CHA009", "subject")]),

dict(guid="cha_cbl_2026_0211", pub="2026-02-11T06:00:00-05:00", title="Tommie's Fried Pies adds second shop in East Ridge",
body="""EAST RIDGE - A fried-pie stand that started at the Chattanooga Market is opening its second storefront.

Thomasina "Tommie" Rhudy, owner of Tommie's Fried Pies, signed a lease for 1,400 square feet on Ringgold Road, a mile from the original shop. She expects to hire eight people and open by Easter.

Rhudy said peach and chocolate still outsell everything, but the fried apple with sorghum is catching up.""",
gold=[("CHA020", "subject")]),

dict(guid="cha_cbl_2026_0304", pub="2026-03-04T06:00:00-05:00", title="Erlanger names new chief of pediatric cardiology",
body="""Erlanger Health has named Dr. Priyanka Venkataraman chief of pediatric cardiology at Children's Hospital at Erlanger.

Venkataraman, a Signal Mountain resident, joined the hospital in 2015 from Vanderbilt and has led its fetal heart program since 2019. She succeeds Dr. Alan Whitcomb, who is retiring after 27 years.""",
gold=[("CHA007", "subject")]),

dict(guid="cha_cbl_2026_0325", pub="2026-03-25T06:00:00-04:00", title="Rossville insurance agency changes hands",
body="""ROSSVILLE, Ga. - McFarland Avenue Insurance, a fixture in Rossville since 1958, has a new owner.

Wendell Brasfield Jr., 49, of Ringgold, a former regional manager for a national carrier, bought the agency from the Hullander family this month. He plans to keep all four employees and add commercial lines.

"They insured my first truck, and my daddy's before that," Brasfield said.

Longtime client Beau Tillotson of Red Bank said he had no plans to move his policies. "As long as somebody answers the phone," he said.""",
gold=[]),

dict(guid="cha_cbl_2026_0415", pub="2026-04-15T06:00:00-04:00", title="Habitat gala raises record $412,000",
body="""Habitat for Humanity of Greater Chattanooga raised a record $412,000 at its Hard Hat Gala Saturday at the Chattanoogan.

Gold sponsors were EPB, Unum and Miller & Martin. Silver sponsors included Dillehay Boat Works, Barragan Ocampo Tile & Stone and Rhudy's Catering. Table hosts included Cordell Pettijohn Jr., Dr. Priyanka Venkataraman, Keisha Threadgill and Zeke Barragan.

The money will fund eleven homes in East Lake and Alton Park this year.""",
gold=[]),
]
