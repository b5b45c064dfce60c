"""Northland Business Ledger (invented regional business paper): plain text. Hand-labelled."""

FEED = "nbl"
ITEMS = [
dict(guid="hib_nbl_2026_0212_bianchis_bakery", pub="2026-02-12T06:30:00-06:00", title="Bianchi's Bakery marks 25 years on Howard Street",
body="""HIBBING - Twenty-five years after he started baking porketta buns in the back of his grandfather's grocery, Tony Bianchi is still up at 3 a.m.

Bianchi's Bakery, which Bianchi opened in 2001 in the former Bianchi Grocery building on East Howard Street, will celebrate its 25th anniversary on Saturday with free potica samples and a discount on the povitica loaves that sell out every Christmas. The bakery now employs 14 people and ships to customers in 30 states.

"People who grew up here and moved away want to taste home," Bianchi said. "We mail them home." """,
gold=[("HIB014", "subject")]),

dict(guid="hib_nbl_2026_0304_credit_union_cfo", pub="2026-03-04T06:30:00-06:00", title="Mesabi Range Credit Union names new chief financial officer",
body="""VIRGINIA - Mesabi Range Credit Union has named Kristine Skubic-Maki its chief financial officer, effective April 1.

Skubic-Maki, a certified public accountant, has been the credit union's controller since 2017. Before that she spent ten years with an accounting firm in Duluth. She succeeds Gary Tollefson, who is retiring after 22 years.

"Kris knows every line of our balance sheet and half our members by name," said chief executive Laura Bergstrom. Skubic-Maki lives in Mountain Iron with her husband, Jeff, and their two children.""",
gold=[("HIB010", "subject")]),

dict(guid="hib_nbl_2026_0422_hospital_gala", pub="2026-04-22T06:30:00-05:00", title="Hospital foundation gala raises $310,000 for Hibbing cancer center",
body="""HIBBING - The Range Health Foundation's spring gala raised $310,000 toward a new infusion suite at the Hibbing cancer center, organizers said.

Lead gifts came from Hibbing Taconite, the Blandin Foundation and the Iron Range Engineering alumni. Individual donors recognized at the gala included Toivo and Aili Hautala, Bernie Rautio, Jeanette Ostlund, Dr. Samuel Pinewood and the Bianchi family.

Foundation director Kelly Haataja said construction would begin in the fall.""",
gold=[]),

dict(guid="hib_nbl_2026_0910_hardware_opening", pub="2026-09-10T06:30:00-05:00", title="Chisholm hardware store reopens under new owners",
body="""CHISHOLM - The hardware store that has anchored Lake Street in Chisholm since 1946 reopened this week under new owners, Brent and Amy Korpela of Hibbing.

The Korpelas bought the store from the retiring Halvorson family in June and spent the summer replacing the floors and the lighting while keeping the rolling ladder and the nail bins.

"I've bought every bolt I ever needed here," said Dennis Lahti of Chisholm, who was first in line on opening day. "I'm glad I don't have to drive to Hibbing." """,
gold=[]),
]
