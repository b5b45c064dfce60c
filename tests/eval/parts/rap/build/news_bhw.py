"""Black Hills Weekly (business, community and schools): teaser in description, HTML in content:encoded.
Hand-labelled (gold=[...])."""

ITEMS = [
dict(guid="rap_bhw_2026_0114_retirement", pub="2026-01-20T07:00:00-07:00",
title="White Plume retires after 32 years at Oglala Lakota College",
body="""Loretta "Lolly" White Plume of Pine Ridge retired this month after 32 years at Oglala Lakota College, most of them as registrar at Piya Wiconi.

Colleagues honored her with a star quilt and an honor song at a luncheon on January 15. "Half the reservation got their diploma through Lolly's office," said college president Dr. Harold Bear Stops.

White Plume says she plans to spend her retirement beading and traveling to see her grandchildren in Denver.""",
gold=[("RAP003", "subject")]),

dict(guid="rap_bhw_2026_0212_coffee", pub="2026-02-12T07:00:00-07:00",
title="Tin Cup Coffee & Bakery opens on Hill City's Main Street",
body="""Tin Cup Coffee & Bakery opened Monday in the old hardware store building on Main Street in Hill City.

Owner Kyle Brandvold, a Hill City native who spent six years baking in Minneapolis, said he wanted a place open year-round, not just during tourist season. The shop roasts its own beans and sells kuchen on weekends.

"I drove up from Custer for the kuchen and I'll be back for it," said customer Janelle Ostrander.

Tin Cup is open 6 a.m. to 3 p.m., Monday through Saturday.""",
gold=[("RAP022", "subject")]),   # Janelle Ostrander (RAP008): quoted customer, nothing

dict(guid="rap_bhw_2026_0401_citizen", pub="2026-04-01T07:00:00-06:00",
title="Retired MSgt. Curt Lindahl named Box Elder Citizen of the Year",
body="""The Box Elder Chamber of Commerce has named retired Master Sgt. Curt Lindahl its 2026 Citizen of the Year.

Lindahl retired from Ellsworth Air Force Base in 2004 after 26 years as a B-1 crew chief and stayed in Box Elder, where he has coached Little League, run the Legion fish fry and driven veterans to VA appointments in Fort Meade every week for a decade.

He will be honored at the chamber banquet April 18 with his wife, Deb.""",
gold=[("RAP009", "subject")]),

dict(guid="rap_bhw_2026_0415_powwow_donors", pub="2026-04-15T07:00:00-06:00",
title="Wanblee arbor rebuilt for summer wacipi thanks to donors",
body="""By Mary Beth Sazama, Weekly correspondent

The Wanblee powwow arbor, damaged by wind last fall, has been rebuilt in time for the summer wacipi, thanks to donations of lumber, labor and money.

Organizers thanked these donors: Verna Iron Hawk, Bunny Mousseau, Harlan Ostrander, Ostrander Angus Ranch, Black Hills Lumber Co., Tin Cup Coffee & Bakery and the Wanblee Singers.

The wacipi will be held the second weekend of July, with honor songs for veterans on Saturday.""",
gold=[]),   # donor list and reporter: nothing

dict(guid="rap_bhw_2026_0506_sioux_center", pub="2026-05-06T07:00:00-06:00",
title="Regional banking: Sioux Center bank names Jolene Van Wyk president",
body="""Heartland Reformed Savings Bank of Sioux Center, Iowa, has named Jolene Van Wyk its president. Van Wyk, a Dordt University graduate, has been with the bank for 19 years and lives in Sioux Center with her husband, Marv.""",
gold=[]),   # namesake in Iowa (RAP019 lives in Hot Springs): nothing

dict(guid="rap_bhw_2026_0520_state_track", pub="2026-05-20T07:00:00-06:00",
title="Central's Runs Close takes state 1,600 title",
body="""Rapid City Central junior Tanisha Runs Close won the Class AA 1,600 meters at the state track meet in Sioux Falls on Saturday in 4:51.02, a school record.

Runs Close, the daughter of Travis and Shawna Runs Close of Rapid City, also placed second in the 3,200. She began running at the Lakota Nation Invitational cross-country meet as a seventh grader.""",
gold=[("RAP020", "parent_of_subject")]),

dict(guid="rap_bhw_2026_0610_wedding", pub="2026-06-10T07:00:00-06:00",
title="Weddings: Lindahl - Bauman",
body="""Kelsey Lindahl and Tyler Bauman were married May 30, 2026, at Trinity Lutheran Church in Rapid City.

The bride is the daughter of Curt and Deb Lindahl of Box Elder. The groom is the son of Mark and Sheila Bauman of Belle Fourche.

The couple honeymooned in Glacier National Park and live in Spearfish, where she teaches at Creekside Elementary.""",
gold=[("RAP009", "parent_of_subject"), ("RAP010", "parent_of_subject")]),

dict(guid="rap_bhw_2026_0624_anniversary", pub="2026-06-24T07:00:00-06:00",
title="Anniversaries: O'Dea 50th",
body="""Pat and Colleen O'Dea of Spearfish will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Sunday, June 28, at the Spearfish Senior Center.

Patrick O'Dea and Colleen Brunsting were married June 26, 1976, at St. Joseph Catholic Church in Spearfish. He retired from the Homestake mine and later the Lawrence County highway department; she taught piano for forty years.

Their children ask that cards be sent in lieu of gifts.""",
gold=[("RAP012", "subject"), ("RAP013", "subject")]),
]
