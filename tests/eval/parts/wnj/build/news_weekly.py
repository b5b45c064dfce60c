"""The Ridge & River Weekly (community weekly for Sussex and Warren counties: business, milestones, schools,
fairs), teaser description plus HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="wnj_rr_2026_01_08_anniv", pub="2026-01-08T08:00:00-05:00",
title="Franklin couple marks 50 years of marriage",
body="""Michael and Theresa Gorski of Franklin celebrated their 50th wedding anniversary on Jan. 3 with a dinner for family and friends at the Franklin Elks lodge.

The former Theresa Wasko and Michael Gorski were married Jan. 3, 1976, at Immaculate Conception Church in Franklin. Mike retired from the Sussex County Sheriff's Office; Terry was a teacher's aide in the Hardyston schools. They have two children and a grandson.""",
gold=[("WNJ019", "subject"), ("WNJ018", "subject")]),

dict(guid="wnj_rr_2026_01_15_baby", pub="2026-01-15T08:00:00-05:00",
title="Newton Medical Center welcomes first baby of 2026",
body="""Newton Medical Center's first baby of the year arrived at 2:41 a.m. on New Year's Day: Hazel Mae Kishbaugh, 7 pounds 3 ounces, daughter of Kyle and Jenna Kishbaugh of Branchville.

"She was due on Jan. 9, so she's already ahead of schedule," said her great-aunt, Jo Ann Kishbaugh of Newton, who brought the family's traditional quilt to the hospital.""",
gold=[]),

dict(guid="wnj_rr_2026_02_26_garden", pub="2026-02-26T08:00:00-05:00",
title="Newton Garden Club honors Evelyn Dalrymple for 50 years of service",
body="""The Newton Garden Club honored longtime member Evelyn Dalrymple at its winter luncheon for 50 years of service to the club.

Dalrymple, who joined in 1976, planted the first daffodils on the Newton green and has chaired the club's plant sale for 22 years. Members presented her with a life membership and a new trowel. "I'll use it," she said.""",
gold=[("WNJ009", "subject")]),

dict(guid="wnj_rr_2026_03_12_library", pub="2026-03-12T08:00:00-05:00",
title="Blairstown library campaign passes halfway mark",
body="""The Blairstown Free Library's campaign for a new children's wing has raised $412,000, more than half its goal, the library board announced.

Leading gifts came from the Knowlton Foundation and the Blairstown Fire Company Auxiliary. Individual donors recognized on the campaign wall so far include Lorraine Van Syckle, Earl DeGroat, Janine Albertson-Cole, Harriet and Lou Mabey, and the Walnut Valley 4-H Club.""",
gold=[]),

dict(guid="wnj_rr_2026_05_21_bakery", pub="2026-05-21T08:00:00-04:00",
title="Castellucci's Bakery marks 75 years on South Main Street",
body="""Castellucci's Bakery, the South Main Street shop whose tomato pie has been a Phillipsburg Saturday ritual since 1951, celebrates its 75th anniversary this week.

Owners Tony and Marie Castellucci, who took over from Tony's parents in 1984, will hand out free pizzelles on Saturday and unveil a photo wall of the bakery's history. "My father would be amazed we're still here," Tony Castellucci said.""",
gold=[("WNJ004", "subject"), ("WNJ005", "subject")]),

dict(guid="wnj_rr_2026_06_18_principal", pub="2026-06-18T08:00:00-04:00",
title="Blairstown Elementary principal retires after 27 years",
body="""Janine Albertson-Cole is retiring as principal of Blairstown Elementary School after 27 years in the district, the last 12 as principal.

The school's 400 students lined the driveway on the last day of school, holding signs. Albertson-Cole said she plans to volunteer at the library and finally learn to fly-fish.""",
gold=[("WNJ012", "subject")]),

dict(guid="wnj_rr_2026_08_13_fair", pub="2026-08-13T08:00:00-04:00",
title="Hackettstown teen takes grand champion at Farm and Horse Show",
body="""Emma Shotwell, 14, of Hackettstown took grand champion in the junior dairy showmanship class at the New Jersey State Fair/Sussex County Farm and Horse Show in Augusta on Saturday.

The daughter of Dennis and Ruth Ann Shotwell, Emma shows Brown Swiss heifers for the Warren County 4-H. Judges for the class were Gerry Pfleger of Sparta and Lyle Demarest of Frankford.""",
gold=[("WNJ010", "parent_of_subject")]),

dict(guid="wnj_rr_2026_09_03_pastor", pub="2026-09-03T08:00:00-04:00",
title="Blairstown church celebrates pastor's 25th anniversary",
body="""The First Presbyterian Church of Blairstown will celebrate the Rev. Douglas Wyckoff's 25 years as its pastor with a service and covered-dish supper on Sunday, Sept. 13.

Wyckoff, a Blairstown native, came back to his home church in 2001. Under his leadership the congregation started the Ridge Food Pantry and rebuilt its 1839 steeple.""",
gold=[("WNJ013", "subject")]),
]
