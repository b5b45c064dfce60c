"""Del Norte Community Notes (community newsletter: schools, milestones, 4-H, library): teaser in
description, HTML in content:encoded. Hand-labelled."""

FEED = "dcn"
ITEMS = [
dict(guid="cec_dcn_2026_0118_library", pub="2026-01-18T09:00:00-08:00", title="Friends of the Library thank 2025 donors",
body="""CRESCENT CITY - The Friends of the Del Norte County Library thank everyone who gave to last year's campaign for the new children's reading room, which raised $48,200.

Cedar-level donors ($1,000 and above): Harvey and Denise Blodgett, the Halvorsen family, Peggy Oyler, Wild Rivers Credit Union and Trask Bulb Farms. Spruce-level donors ($250 and above): Jeanette Osterhout, the Crescent City Rotary Club, Nacho and Lupe Barragán, and Redwood Coast Realty.

The reading room opens in March.""",
gold=[]),

dict(guid="cec_dcn_2026_0402_baby", pub="2026-04-02T09:00:00-07:00", title="Welcome, little one: births at Sutter Coast Hospital",
body="""CRESCENT CITY - Born at Sutter Coast Hospital in March:

A daughter, Nkauj Hnub, 7 pounds 4 ounces, on March 19, to Kou Yang and Mai Yer Yang of Crescent City. She joins a brother, Tswv Yim, 3. Grandparents are Cher Pao and Mai Lee Thao and Chong and Youa Yang, all of Crescent City.

A son, Weston James, 8 pounds 1 ounce, on March 27, to Tyler and Brianna Sproul of Gasquet.""",
gold=[("CEC020", "subject")]),

dict(guid="cec_dcn_2026_0611_retire", pub="2026-06-11T09:00:00-07:00", title="Osterhout retires after 34 years at Pine Grove Elementary",
body="""CRESCENT CITY - When the final bell rang at Pine Grove Elementary on Friday, Principal Jeanette Osterhout walked out the front door for the last time as an employee of Del Norte Unified School District.

Osterhout, who started at Pine Grove as a second-grade teacher in 1992 and has been its principal since 2009, is retiring after 34 years. Her mother, the late Dot Osterhout, was a school secretary at Crescent Elk for 27 years. Staff surprised her with a hallway lined by every class she ever taught, holding signs.

"I'm going to read books I don't have to recommend to anyone," she said.""",
gold=[("CEC022", "subject")]),

dict(guid="cec_dcn_2026_0812_fair", pub="2026-08-12T09:00:00-07:00", title="Fort Dick 4-H member's steer is grand champion at Del Norte County Fair",
body="""CRESCENT CITY - A 1,310-pound Angus cross named Biscuit made Kenzie Fenwick, 15, of Fort Dick the grand champion market steer exhibitor at the Del Norte County Fair on Saturday.

Kenzie, a member of the Lake Earl 4-H Club and the daughter of Garrett and Shawna Fenwick, raised Biscuit from a 500-pound calf. The steer sold at the junior livestock auction for $9.50 a pound to Wild Rivers Credit Union. She plans to put the money toward college and a second steer.

The livestock judges were Dale Whitcomb and Carla Winn.""",
gold=[("CEC012", "parent_of_subject"), ("CEC013", "parent_of_subject")]),

dict(guid="cec_dcn_2026_0826_anniv", pub="2026-08-26T09:00:00-07:00", title="Dutchers celebrate 50 years",
body="""BROOKINGS, Ore. - Arlo and Nadine Dutcher of Brookings will celebrate their 50th wedding anniversary on Sept. 4 with an open house at the Chetco Grange.

The former Nadine Halvorsen of Crescent City and Arlo Dutcher were married Sept. 4, 1976, at the Crescent City Elks Lodge. Arlo retired from the U.S. Forest Service after 32 years on the Chetco Ranger District; Nadine taught home economics at Brookings-Harbor High School. They have two sons, Jesse and Cole, and four grandchildren. Friends are welcome; no gifts, please.""",
gold=[("CEC016", "subject"), ("CEC017", "subject")]),
]
