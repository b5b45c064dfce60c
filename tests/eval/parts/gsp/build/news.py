"""Local news for the gsp part, three sources, each story with its hand label (gold=[(client_id, role)])."""

# 1. Upstate Business Ledger: business weekly, plain text.
UBL = [
dict(guid="gsp_ubl_260112_anozies-kitchen", pub="2026-01-12T06:30:00-05:00", title="Nigerian restaurant Anozie's Kitchen opens on Trade Street in downtown Greer",
body="""GREER - Jollof rice and suya have come to Trade Street. Anozie's Kitchen, a 60-seat West African restaurant, opened Friday in the former Greer Hardware building.

Owners Ifeanyi and Ngozi Anozie spent two years and about $400,000 renovating the space. Ifeanyi Anozie, a process engineer at the BMW plant for twelve years, keeps his day job for now; Ngozi Anozie, a former hospital dietitian, runs the kitchen.

"Greer told us for years they wanted something different downtown," Ngozi Anozie said. "We took them at their word."

The restaurant employs 14 people and is open Tuesday through Sunday.""",
gold=[("GSP018", "subject"), ("GSP019", "subject")]),

dict(guid="gsp_ubl_260219_cardiology-chief", pub="2026-02-19T06:30:00-05:00", title="Spartanburg Medical Center names Kothandaraman chief of cardiology",
body="""SPARTANBURG - Spartanburg Medical Center has named Dr. Raghunath Kothandaraman chief of its Heart and Vascular Institute, effective March 1.

Kothandaraman, an interventional cardiologist, joined the hospital in 2004 and has led its structural heart program since 2015. He succeeds Dr. Paul Wingo, who is retiring after 31 years.

The institute performs about 4,000 cardiac catheterizations a year and is adding a second hybrid operating room this summer.""",
gold=[("GSP007", "subject")]),

dict(guid="gsp_ubl_260330_oshields-packing", pub="2026-03-30T06:30:00-04:00", title="O'Shields Peach Packing adds cold-storage line in Boiling Springs",
body="""BOILING SPRINGS - O'Shields Peach Packing will spend $3.2 million on a new cold-storage and hydro-cooling line ahead of the summer harvest, owner Lanier O'Shields said Monday.

The family business, started by his grandfather in 1949 with a single mule-drawn wagon, packs fruit from about 900 acres in Spartanburg and Cherokee Counties and ships to grocers from Atlanta to Boston.

"A peach gives you about four days from the tree," O'Shields said. "This line buys us two more."

The expansion will add 22 seasonal jobs.""",
gold=[("GSP015", "subject")]),

dict(guid="gsp_ubl_260508_cpa-merger", pub="2026-05-08T06:30:00-04:00", title="Two Upstate accounting firms merge as Crowder & Blalock",
body="""GREENVILLE - Crowder CPA of Greenville and Blalock & Associates of Spartanburg will merge June 1 under the name Crowder & Blalock, the firms announced Thursday. The combined firm will have 64 employees and offices on Pelham Road and in downtown Spartanburg.

Managing partner Renee Crowder said no layoffs are planned. Longtime clients said they were watching to see whether fees would follow the headcount.

"My tax lady is the same tax lady, so I'm happy," said Jerry Stepp, a retired Mauldin contractor who has used Blalock for 25 years.""",
# GSP016 Jerry Stepp is a quoted bystander: nothing.
gold=[]),

dict(guid="gsp_ubl_260615_realty-founder", pub="2026-06-15T06:30:00-04:00", title="Reedy River Realty founder steps down after 38 years",
body="""GREENVILLE - Marjorie Toller, who founded Reedy River Realty in a one-room office on Augusta Street in 1988, is stepping down as chief executive. Her son, Grant Toller, becomes president July 1.

About 200 agents, clients and friends attended a reception Thursday at the Poinsett Club, among them Mayor Knox Whitlow, Lt. Col. Ellison Thackston and Kathryn Huffstetler. The company said Toller will remain chair of its board.""",
# GSP022 and GSP013 (do_not_contact) only attended: nothing.
gold=[]),
]

# 2. WUPX News 7 (Greenville-Spartanburg TV station): HTML descriptions, web-story style.
WUPX = [
dict(guid="gsp_wupx_260121_reedy-flooding", pub="2026-01-21T07:45:00-05:00", title="Reedy River floods Falls Park, downtown basements after 4 inches of rain",
body="""GREENVILLE, S.C. (WUPX) - The Reedy River rose more than eight feet in three hours Tuesday afternoon, sending water over the Main Street bridge walkway and into basements along Camperdown Way and River Street.

No injuries were reported. Greenville police closed South Main from Broad Street to University Ridge until the water went down after dark.

"I've lived on this street thirty years and I've never seen it come up the steps," said Kathryn Huffstetler, who walked down to the park with her neighbors to watch.""",
# GSP013 is do_not_contact and a quoted bystander: nothing.
gold=[]),

dict(guid="gsp_wupx_260304_woodruff-fire", pub="2026-03-04T06:10:00-05:00", title="Fire damages Woodruff pastor's home; couple and dog escape",
body="""WOODRUFF, S.C. (WUPX) - A retired Woodruff pastor and his wife escaped without injury early Wednesday when fire broke out in the kitchen of their home on West Georgia Street.

The Rev. Wilburn "Web" Satterfield, 79, said a smoke alarm woke him a little after 3 a.m. He and his wife, Glenda, got out with their beagle before flames reached the hallway. Woodruff firefighters had it out in 20 minutes, but the kitchen and den are a loss.

Members of Poplar Springs Baptist Church, where Satterfield preached for 38 years, have set up a meal train for the couple.""",
gold=[("GSP012", "subject")]),

dict(guid="gsp_wupx_260420_4h-champion", pub="2026-04-20T18:20:00-04:00", title="Simpsonville 4-H'er wins state livestock judging title",
body="""SIMPSONVILLE, S.C. (WUPX) - A Hillcrest Middle School eighth-grader is the best young livestock judge in South Carolina.

Kaylee Hembree, 13, won the senior division of the state 4-H livestock judging contest in Clemson on Saturday, beating high schoolers as old as 18. She will represent the state in Louisville in November.

Kaylee is the daughter of Boone and Tara Hembree of Simpsonville, who raise Boer goats on the family's land off Harrison Bridge Road. "She could tell a good doe from across a barn before she could ride a bike," her father said.""",
gold=[("GSP020", "parent_of_subject")]),

dict(guid="gsp_wupx_260602_veterans-hall", pub="2026-06-02T17:30:00-04:00", title="Greenville County Veterans Hall of Fame inducts five",
body="""GREENVILLE, S.C. (WUPX) - Five Upstate veterans were inducted into the Greenville County Veterans Hall of Fame on Monday at the Greenville Convention Center.

This year's class: Lt. Col. Ellison Thackston (Ret.), U.S. Army, who flew medevac helicopters in Vietnam and later led the county's veterans affairs office; Master Sgt. Loretta Kimsey (Ret.), U.S. Air Force; Chief Petty Officer Dale Nix, U.S. Navy; Cpl. Wendell Batson, U.S. Marine Corps, who was awarded the Silver Star at Hue; and Staff Sgt. Rodney Pepper, South Carolina National Guard.

Thackston's wife, Marianne, pinned the medal on him.""",
gold=[("GSP022", "subject")]),

dict(guid="gsp_wupx_260710_lottery", pub="2026-07-10T12:15:00-04:00", title="Hendersonville man claims $2 million Powerball prize bought in Landrum",
body="""LANDRUM, S.C. (WUPX) - A North Carolina man who stopped for gas in Landrum on his way home from a fishing trip has claimed a $2 million Powerball prize.

Jerry Stepp, 44, of Hendersonville, N.C., bought the ticket at the Spinx station on East Rutherford Street. He told lottery officials he plans to pay off his mother's house.""",
# a namesake of GSP016 in North Carolina, 44: nothing.
gold=[]),
]

# 3. The Greer Neighbor: community paper (Greer, Taylors, Greenville's east side): teaser description, HTML body.
GN = [
dict(guid="gsp_gn_260210_science-fair", pub="2026-02-10T08:00:00-05:00", title="Greenville fifth-grader's water filter wins regional science fair",
body="""A fifth-grader from Greenville took top honors in the elementary division of the Upstate Regional Science and Engineering Fair on Saturday with a filter made of charcoal, sand and coffee grounds.

Mateo Villaseñor Ocampo, 11, a student at Sara Collins Elementary, tested his filter on water from the Reedy River and a retention pond for six weeks. He is the son of Teodoro Villaseñor and Ximena Ocampo of Greenville.

Mateo advances to the state fair in Columbia in April.""",
gold=[("GSP006", "parent_of_subject"), ("GSP005", "parent_of_subject")]),

dict(guid="gsp_gn_260315_brissey-50th", pub="2026-03-15T08:00:00-04:00", title="Brisseys mark 50 years of marriage",
body="""Neely and Lavonne Brissey of Greer will celebrate their 50th wedding anniversary with a drop-in reception at Washington Baptist Church fellowship hall on Saturday, March 21, from 2 to 4 p.m.

Cornelius "Neely" Brissey Jr. and the former Lavonne Gosnell were married March 20, 1976, at Washington Baptist Church. He retired from Greer Commission of Public Works; she taught third grade at Chandler Creek Elementary for 29 years.

The couple requests no gifts.""",
gold=[("GSP001", "subject"), ("GSP002", "subject")]),

dict(guid="gsp_gn_260505_quilt-show", pub="2026-05-05T08:00:00-04:00", title="Taylors quilter takes best in show at Foothills Quilt Guild",
body="""Mary Alice Tankersley of Taylors won best in show at the Foothills Quilt Guild's spring exhibit for "Mill Hill Morning," a 96-inch appliqué quilt of the old Southern Bleachery village where she grew up.

Tankersley, 77, pieced it by hand over three winters. "My mama quilted and her mama quilted, and none of them got a ribbon," she said. "This one's for them."

About 1,100 people saw the show over two days at the Taylors Mill. "I came for the fabric sale and stayed two hours," said Cindy Gambrell, a visitor from Piedmont.""",
# GSP003 subject; GSP021 Cindy Gambrell is a quoted visitor: nothing.
gold=[("GSP003", "subject")]),
]

FEEDS = {"ubl": UBL, "wupx": WUPX, "gn": GN}
