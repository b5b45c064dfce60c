"""Shore Neighbors (community newsletter: Wicomico, Somerset and Worcester), teaser in description, HTML in
content:encoded. Hand-labelled."""

FEED = "community"
ITEMS = [
dict(guid="sby_community_2026_0204", pub="2026-02-12T09:00:00-05:00", title="Fruitland organist marks 50 years at the console",
body="""FRUITLAND - Doris Evans played her first Sunday service at Fruitland United Methodist Church in February 1976, and she has not missed many since.

On Sunday the congregation honored Mrs. Evans for fifty years as its organist with a hymn festival, a cake in the shape of a pipe organ and a plaque that will hang in the choir loft. She was presented a framed copy of the first bulletin she played for.

Mrs. Evans, 86, is also the church's longest-serving Sunday school teacher.""",
gold=[("SBY010", "subject")]),

dict(guid="sby_community_2026_0231", pub="2026-04-16T09:00:00-04:00", title="Library Friends raise $41,000 at spring gala",
body="""SALISBURY - The Friends of the Wicomico Public Library raised $41,000 at their spring gala on Saturday at the Salisbury Zoo pavilion, enough to fund the bookmobile for two more years.

Gala sponsors and donors included Delmarva Power, the Perdue Foundation, Dylan and Amanda Truitt, Gerri Insley, Doctors Raj and Anita Menon and the Salisbury Rotary Club. The evening's auctioneer was Hal Laird.""",
gold=[]),

dict(guid="sby_community_2026_0247", pub="2026-05-14T09:00:00-04:00", title="Births at Atlantic General Hospital",
body="""BERLIN - Atlantic General Hospital reports these births:

A son, Beckett Edward Hastings, to Clay and Brittany Hastings of Berlin, on May 6. He weighed 7 pounds, 11 ounces and carries the middle name of his great-grandfather, the late Buck Hastings of Snow Hill.

A daughter, Harper Lynn, to Justin and Amber Timmons of Ocean Pines, on May 9.""",
gold=[("SBY019", "subject")]),

dict(guid="sby_community_2026_0262", pub="2026-06-04T09:00:00-04:00", title="Delmar couple celebrates 50 years of marriage",
body="""DELMAR - Alton "Sonny" and Peggy Disharoon of Delmar celebrated their 50th wedding anniversary on May 29 with a dinner for family and friends at the Delmar VFW.

The couple were married May 29, 1976, at St. Stephen's United Methodist Church in Delmar. Sonny retired from Delmarva Power after 34 years; Peggy retired from the Wicomico County Board of Education. They have three children and six grandchildren.""",
gold=[("SBY023", "subject")]),

dict(guid="sby_community_2026_0288", pub="2026-07-09T09:00:00-04:00", title="Hard Crab Derby crowns its cook-off champions",
body="""CRISFIELD - Patsy Bozman of Deal Island won the crab cake division of the National Hard Crab Derby cook-off on Saturday with a recipe she says is "mostly crab and a little prayer."

Judges for the cook-off were the Rev. Thaddeus Fooks of Princess Anne, restaurateur Carla Lankford and Crisfield mayor pro tem Rodney Bradshaw. The crab soup prize went to the Marion Station Lions Club.

The derby's crab race was won, for the second year running, by a jimmy named Big Tax Refund, entered by the Tyler grandchildren of Crisfield.""",
gold=[]),
]
