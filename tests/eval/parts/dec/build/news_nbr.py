"""Macon & Piatt Neighbors: community newsletter (births, anniversaries, school and parish news, the county
fair, library notes), teaser description plus HTML in content:encoded. Hand-labelled."""

FEED = "nbr"
ITEMS = [
dict(guid="dec_nbr_2026_0223_births", pub="2026-02-23T08:00:00-06:00",
title="New arrivals: the Greenleafs welcome a son",
body="""Nate and Keisha Greenleaf of Bloomington are celebrating the birth of their first child, a son, Elijah James Greenleaf, born Feb. 16 at Carle BroMenn Medical Center. He weighed 7 pounds, 9 ounces.

Keisha is the former Keisha Odom, a 2005 graduate of Eisenhower High School. Proud grandparents are Clarence "Bud" and Marcella Odom of Decatur and Curtis Greenleaf Sr. of Peoria.""",
gold=[("DEC015", "subject"), ("DEC016", "subject")]),

dict(guid="dec_nbr_2026_0810_anniv", pub="2026-08-10T08:00:00-05:00",
title="Buckners to mark 50 years of marriage",
body="""Tyrone "Ty" and LaDonna Buckner of Decatur will celebrate their 50th wedding anniversary with a renewal of vows and reception on Saturday, Aug. 15, at Greater New Bethel Missionary Baptist Church.

The couple were married Aug. 14, 1976, at the church by the late Rev. C.L. Hollins. Ty retired from the Archer Daniels Midland Co. after 35 years; LaDonna retired from Decatur Public Schools, where she taught fourth grade at Garfield Elementary. They have three children and seven grandchildren. Friends are welcome; the couple asks for cards only.""",
gold=[("DEC007", "subject"), ("DEC008", "subject")]),

dict(guid="dec_nbr_2026_0825_fair", pub="2026-08-25T08:00:00-05:00",
title="Macon County Fair: pie, pickles and a very large pumpkin",
body="""The open-class food barn was packed Saturday for the Macon County Fair's pie judging. Best of Show went to Janelle Hartsock of Maroa for a sour cream raisin pie that judge Bernie Klitzing called "the one I will be thinking about in January."

Judges this year were Bernie Klitzing of Decatur, Arlene Moody of Blue Mound and Chef Marcus Dill of Richland Community College's culinary program. In the pickle division, 11-year-old Owen Pfeiffer of Warrensburg swept the dill categories. The largest pumpkin, at 612 pounds, came from the Sperry farm near Macon.""",
gold=[]),

dict(guid="dec_nbr_2026_0901_library", pub="2026-09-01T08:00:00-05:00",
title="Allerton Public Library thanks its reading-room donors",
body="""The Allerton Public Library in Monticello has finished the renovation of its second-floor reading room, paid for entirely by local gifts.

The library board thanks the Monticello Rotary Club, the Piatt County Community Foundation, Dwight and Carol Eberhardt, Sam and Judy Clapper, the Hensley family, and more than 140 other donors. The room reopens Sept. 8 with new lighting, a fireplace lounge and a local-history corner.""",
gold=[]),

dict(guid="dec_nbr_2026_0415_coach", pub="2026-04-15T08:00:00-05:00",
title="Mount Zion names Kappes head wrestling coach",
body="""Mount Zion High School has a new head wrestling coach. The District 3 school board on Monday approved Andrew "Drew" Kappes, a Decatur native and St. Teresa High School graduate, who has been the Braves' assistant coach for six seasons.

Kappes, 35, was a two-time state qualifier at St. Teresa and wrestled at Millikin University. He teaches physical education at Mount Zion Junior High. "The kids in that room work harder than anybody," he said. He succeeds Jim Bowers, who is retiring after 22 seasons.""",
gold=[("DEC014", "subject")]),
]
