"""Southern Tier Business Review: weekly business news, plain text. Hand-labelled."""

ITEMS = [
dict(guid="bgm_stbr_2026_0203_la_ceiba", pub="2026-02-03T07:00:00-05:00", title="Panadería La Ceiba opens on Clinton Street",
body="""BINGHAMTON - Clinton Street's row of Slovak delis and Ukrainian bakeries has a Puerto Rican neighbor. Panadería La Ceiba opened Saturday in the former Sopko's Meat Market at 128 Clinton St.

Owner Marisol Ocasio Villanueva, a former Lourdes Hospital billing supervisor, spent two years and her retirement savings on the conversion. "My father baked pan sobao for the whole block in Aguadilla," she said. "This street understood that right away."

Regulars from the First Ward were already lining up for quesitos at 7 a.m. "It's the best thing to happen to this block since the pierogi festival," said Gerry Yurchak of Johnson City, who stopped in on his way to church.""",
gold=[("BGM008", "subject")]),

dict(guid="bgm_stbr_2026_0317_uhs_cmo", pub="2026-03-17T07:00:00-04:00", title="UHS names new chief medical officer",
body="""JOHNSON CITY - United Health Services has named Dr. Marguerite Obuchowski its chief medical officer, effective April 1.

Obuchowski, a Vestal resident and internist, has led the hospitalist program at UHS Wilson Medical Center since 2014. She succeeds Dr. Howard Teague, who is retiring after 22 years.""",
gold=[("BGM017", "subject")]),

dict(guid="bgm_stbr_2026_0428_krupansky_greenhouse", pub="2026-04-28T07:00:00-04:00", title="Krupansky's Greenhouse marks 50 springs in Port Crane",
body="""PORT CRANE - When Walt and Etta Krupansky built their first hoop house on Route 7 in 1976, they sold tomato plants out of a pickup truck. Fifty springs later, Krupansky's Greenhouse fills nine houses and employs 14 people every May.

The couple, both in their 80s, still open the gate at 7 every morning. "Etta does the hanging baskets, I do the complaining," Walt Krupansky said. Their granddaughter Lisa Krupansky Hale runs the books and plans to take over the business.

The greenhouse is hosting an anniversary open house on May 9 with free geraniums for the first 500 visitors.""",
gold=[("BGM020", "subject"), ("BGM021", "subject")]),

dict(guid="bgm_stbr_2026_0609_pastorella_tool", pub="2026-06-09T07:00:00-04:00", title="Pastorella Precision Tool sold to Elmira manufacturer; owner retires",
body="""KIRKWOOD - Pastorella Precision Tool, the Kirkwood machine shop founded in a garage in 1968, has been sold to Chemung Fabrication Group of Elmira for an undisclosed price.

Owner Tony Pastorella Jr., who took over from his late father in 1998, will retire when the sale closes this month. All 38 employees will keep their jobs. "Dad would want the shop to outlive both of us," Pastorella said.""",
gold=[("BGM005", "subject")]),

dict(guid="bgm_stbr_2026_0714_shoe_factory", pub="2026-07-14T07:00:00-04:00", title="Syracuse developer buys former Endicott Johnson factory for apartments",
body="""ENDICOTT - A Syracuse developer has bought the long-empty Endicott Johnson Victory factory on North Street and plans 120 apartments and ground-floor shops.

Dermot P. O'Halloran, president of Onondaga Ridge Development, said the $38 million project would start next spring. O'Halloran's firm converted two warehouses in Syracuse's Franklin Square.

Village officials welcomed the plan. "It's been dark for thirty years," said trustee Angela Rossi. The project's donors to the facade grant pool include the Hrabovsky Family Fund, set up this spring in memory of a longtime IBM engineer.""",
gold=[]),
]
