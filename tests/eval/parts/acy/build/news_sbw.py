"""South Jersey Shore Business Weekly: plain text. Hand-labelled."""

FEED = "sbw"
ITEMS = [
dict(guid="acy_sbw_2026_014", pub="2026-03-02T07:00:00-05:00", title="Padma Sweets brings Bangladeshi mishti to Atlantic Avenue",
body="""ATLANTIC CITY - The glass cases at Padma Sweets & Grocery, which opened Saturday at 1600 Atlantic Ave., hold roshogolla, chomchom and a dozen kinds of sandesh, all made each morning in the back kitchen.

Owner Anisur Talukder, who drove a jitney for fourteen years to save for the shop, said the idea came from his late father, a schoolteacher from Sylhet who complained that no sweet in America tasted like home. "Now he would have nothing to complain about," Talukder said.

The 2,400-square-foot store also carries spices, frozen fish and rice, and employs six people.""",
gold=[("ACY009", "subject")]),

dict(guid="acy_sbw_2026_022", pub="2026-03-30T07:00:00-04:00", title="Hammonton's Pallotta Family Farms named state blueberry grower of the year",
body="""HAMMONTON - The New Jersey Blueberry Council has named Pallotta Family Farms its 2026 Grower of the Year, citing the farm's early switch to drip irrigation and its cooperative packing line shared with three neighboring growers.

Ignatius "Iggy" Pallotta and his wife, Rosemarie, farm 140 acres off Middle Road that his grandfather cleared in 1921. "My grandfather would want to know why we need a computer to tell us when it rains," Iggy Pallotta said.

The award will be presented at the council's annual dinner in Hammonton in May.""",
gold=[("ACY003", "subject"), ("ACY004", "subject")]),

dict(guid="acy_sbw_2026_031", pub="2026-04-20T07:00:00-04:00", title="Boardwalk Savings names Quattrocchi senior vice president",
body="""BRIGANTINE - Boardwalk Savings Bank has promoted Mary Beth Quattrocchi to senior vice president and chief lending officer, the bank announced Monday.

Quattrocchi, of Brigantine, joined the bank as a teller in 1989 and has run its commercial lending department since 2017. She succeeds Gerald Hume, who is retiring after 33 years.""",
gold=[("ACY012", "subject")]),

dict(guid="acy_sbw_2026_038", pub="2026-05-11T07:00:00-04:00", title="Casino floor workers ratify five-year contract",
body="""ATLANTIC CITY - Table-games dealers and floor supervisors at three Boardwalk casinos voted Sunday to ratify a five-year contract that raises base pay 21 percent and caps mandatory overtime.

"After thirty-one years on the floor, this is the first contract where I didn't have to explain to my wife why we're giving something back," said Dominic Scarpelli, a craps floor supervisor from Egg Harbor Township who sat on the bargaining committee.

The agreement covers about 2,300 workers.""",
gold=[]),

dict(guid="acy_sbw_2026_045", pub="2026-06-08T07:00:00-04:00", title="Toms River boatbuilder Vreeland Marine expands to a second yard",
body="""TOMS RIVER - Vreeland Marine, the builder of custom sportfishing boats, has bought a second yard on the Forked River to meet a two-year backlog of orders.

"We turned away eleven boats last year," said president Ted Vreeland of Toms River, whose father founded the company in 1961. The expansion adds 35 jobs.""",
gold=[]),
]
