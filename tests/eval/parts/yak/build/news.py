"""News texts of the yak part, three sources, each with its hand label (`gold=[...]`) beside it.

CWBW: Central Washington Business Weekly, plain text.
KYVT: KYVT 29 (Yakima TV station) web stories, HTML descriptions.
SVI:  Selah Valley Independent, community weekly: teaser description + HTML content:encoded.
"""

CWBW = [
dict(guid="yak_cwbw_2026_0112", pub="2026-01-12T06:00:00-08:00",
title="Union Gap bakery owner opens second Panadería Ontiveros in Selah",
body="""Marisela Ontiveros has spent nine years getting up at 3 a.m. to fill the cases at Panadería Ontiveros on South First Street in Union Gap. Starting next month, she will have two sets of cases to fill.

Ontiveros signed a lease on the former Selah Video building on South First Street in Selah and plans to open the second location Feb. 14, with a full kitchen and 14 employees. The $380,000 buildout was financed through the Yakima County Development Association's small-business fund.

"People drive down from Selah every Saturday for conchas and tres leches," she said. "We decided to save them the gas."

Regular customer Bev Ackerlund of Selah said she would not miss the drive. "I'll miss the excuse," she said.""",
gold=[("YAK016", "subject")]),
# Bev Ackerlund (YAK018) is a quoted customer: nothing.

dict(guid="yak_cwbw_2026_0209", pub="2026-02-09T06:00:00-08:00",
title="Kothapalli acquires West Valley Family Dentistry",
body="""Dr. Anand Kothapalli, who has practiced in Yakima since 2008, has bought West Valley Family Dentistry from its founder, Dr. Ronald Pruitt, who is retiring after 41 years.

Kothapalli will merge his Tieton Drive practice into the West Valley office at 72nd Avenue and Summitview, which is being expanded to nine chairs. All 16 staff members are being kept on. Terms were not disclosed.""",
gold=[("YAK012", "subject")]),

dict(guid="yak_cwbw_2026_0316", pub="2026-03-16T06:00:00-07:00",
title="After 44 harvests, Van Wingerden sells Moxee hop farm to Yakima Chief grower group",
body="""Henk Van Wingerden planted his first hop yard in Moxee in 1982 with borrowed money and a used stringing rig. This spring, at 78, he is handing the 310-acre farm to a growers' cooperative and retiring.

"My knees decided it before I did," said Van Wingerden, who came to the valley from Friesland as a 20-year-old dairy hand. The sale closed March 10; the price was not disclosed. Van Wingerden Hop Farms' 11 year-round employees will stay on with the new owners.""",
gold=[("YAK008", "subject")]),

dict(guid="yak_cwbw_2026_0420", pub="2026-04-20T06:00:00-07:00",
title="Greater Yakima Chamber seats 2026-27 board; Wickersham to chair",
body="""The Greater Yakima Chamber of Commerce installed its 2026-27 board at its annual luncheon Thursday at the Yakima Convention Center. Tobias Wickersham, 37, vice president of commercial lending at Cascade Orchard Bank, becomes the youngest chair in the chamber's 133-year history.

Returning directors include Lloyd Kaltenbach Jr., Teresa Alvarado, Ron Ikeda and Sandra Moon. New directors are Jamal Price, Kelsey Ott and Paul Dwyer.

"The valley's employers need a chamber that answers the phone," Wickersham said.""",
gold=[("YAK021", "subject")]),
# Lloyd Kaltenbach Jr. (YAK003) in a list of directors: nothing.

dict(guid="yak_cwbw_2026_0601", pub="2026-06-01T06:00:00-07:00",
title="Boise food processor names new operations chief",
body="""Snake River Valley Foods of Boise has named Dwight Haberman, 46, its chief operating officer. Haberman was previously plant manager at the company's Nampa potato-processing facility and before that worked for Simplot in Caldwell. He holds a degree from Boise State University.""",
gold=[]),
# namesake in Idaho, age 46: nothing for YAK019 (Yakima, born 1949).
]

KYVT = [
dict(guid="yak_kyvt_story_20260124_0811", pub="2026-01-24T18:20:00-08:00",
title="Selah family loses barn, hay and tractor in overnight fire",
body="""SELAH, Wash. (KYVT) - A Selah couple lost their barn, 200 tons of hay and a tractor early Saturday in a fire that East Valley and Selah firefighters fought for five hours.

Tad and Kristen Brumbaugh woke to the glow just after 2 a.m. and got their four horses out before the roof came down, Yakima County Fire District 2 said. No one was hurt. The house on Wenas Road was not damaged.

"You can rebuild a barn," Kristen Brumbaugh said. "We got every animal out, and that's what matters." Neighbors have started a hay drive for the family.""",
gold=[("YAK009", "subject"), ("YAK010", "subject")]),

dict(guid="yak_kyvt_story_20260305_0902", pub="2026-03-05T17:45:00-08:00",
title="Davis High senior from Union Gap named Gates Scholar",
body="""YAKIMA, Wash. (KYVT) - Davis High School senior Itzel Zamudio found out Thursday that college will not cost her family a dollar.

Zamudio, 17, the daughter of Beto and Araceli Zamudio of Union Gap, is one of 300 students nationwide selected as 2026 Gates Scholars. She plans to study chemical engineering at the University of Washington.

"My parents worked so I could study," she said. "This is theirs too." """,
gold=[("YAK005", "parent_of_subject"), ("YAK006", "parent_of_subject")]),

dict(guid="yak_kyvt_story_20260428_1040", pub="2026-04-28T12:10:00-07:00",
title="Yakima County judge steps down after 24 years on the bench",
body="""YAKIMA, Wash. (KYVT) - The first Latina elected to the Yakima County Superior Court bench heard her last case Tuesday.

Judge Consuelo "Connie" Barragán, 64, is retiring after 24 years, the last six as presiding judge. Colleagues, attorneys and court staff filled Courtroom 1 for a farewell ceremony. Barragán said she plans to teach at Heritage University and to see "every national park I have been promising myself since law school." """,
gold=[("YAK014", "subject")]),

dict(guid="yak_kyvt_story_20260615_1133", pub="2026-06-15T07:05:00-07:00",
title="Hail shreds gardens, dents cars as storm rolls through Selah",
body="""SELAH, Wash. (KYVT) - Residents of Selah spent Monday morning sweeping up shredded leaves and counting dents after Sunday evening's severe thunderstorm dropped hail the size of quarters across town.

"It sounded like somebody was throwing gravel at the house for ten minutes," said Ruth Ellen Magnusson, who lives on East Naches Avenue. Garrett Schoenborn said the hail took out half his cherries. Selah public works crews cleared storm drains on First Street and Wenas Avenue. No injuries were reported.""",
gold=[]),
# quoted residents (YAK022, YAK017 do_not_contact): nothing from the story (the alert gives the weather rows).

dict(guid="yak_kyvt_story_20260703_1201", pub="2026-07-03T18:30:00-07:00",
title="Yakima Vietnam-era veteran receives Quilt of Valor",
body="""YAKIMA, Wash. (KYVT) - A retired Army officer who flew medevac helicopters was wrapped in a handmade quilt Thursday at the Yakima Veterans Memorial.

Lt. Col. (Ret.) Dwight Haberman, 77, received a Quilt of Valor from the Central Washington Quilts of Valor chapter, whose members spent 90 hours on its red, white and blue stars. Haberman, who lost a grandson in an Army training accident in May, said the honor belonged to "every crew chief and medic who flew with me." """,
gold=[("YAK019", "subject")]),
]

SVI = [
dict(guid="yak_svi_20260129_thornquist", pub="2026-01-29T08:00:00-08:00",
title="Thornquist to retire from Selah Covenant pulpit after 27 years",
body="""The Rev. Zeke Thornquist will preach his last sermon as senior pastor of Selah Covenant Church on Easter Sunday, the church council announced this week.

Thornquist, 66, came to Selah from Minnesota in 1999. Under his ministry the congregation built the Family Life Center and started the Tuesday community supper. He and his wife, Marcy, plan to stay in Selah. A farewell potluck is set for April 12.""",
gold=[("YAK013", "subject")]),

dict(guid="yak_svi_20260319_ostergaard", pub="2026-03-19T08:00:00-07:00",
title="Ostergaards mark 60 years of marriage",
body="""Dell and Ilse Ostergaard of Yakima will celebrate their 60th wedding anniversary on March 26 with an open house at Englewood Christian Church from 2 to 4 p.m.

Wendell Ostergaard and Ilse Brekke were married March 26, 1966, in Stoughton, Wisconsin. Dell retired from Pacific Power after 35 years; Ilse taught piano. Their children, Karin (Jeff) Holt of Selah and Erik Ostergaard of Portland, request no gifts. Ilse was saddened this week by the loss of her brother, Einar Brekke of Ellensburg.""",
gold=[("YAK001", "subject"), ("YAK002", "subject")]),

dict(guid="yak_svi_20260820_fair", pub="2026-08-20T08:00:00-07:00",
title="Selah 4-H'er's steer named grand champion at Central Washington State Fair preview",
body="""Hazel Brumbaugh, 11, of Selah, showed the grand champion market steer at the Central Washington Junior Livestock Show on Saturday.

The daughter of Tad and Kristen Brumbaugh, Hazel raised the 1,310-pound Angus cross, "Biscuit," in the family's rebuilt barn on Wenas Road. She is a member of the Wenas Valley Wranglers 4-H Club. Biscuit sold at the auction for $9.25 a pound to Selah Valley Feed & Seed.""",
gold=[("YAK009", "parent_of_subject"), ("YAK010", "parent_of_subject")]),

dict(guid="yak_svi_20260827_splashpad", pub="2026-08-27T08:00:00-07:00",
title="Donors close gap on Wixson Park splash pad",
body="""A $40,000 gap in the Wixson Park splash pad budget was closed this month by 63 local donors, the Selah Parks Foundation said.

Donors of $500 or more include Lloyd and Debra Kaltenbach, Bev Ackerlund, Selah Valley Feed & Seed, the Selah Elks, Ruth Ellen and Arvid Magnusson, and Dr. Anand Kothapalli. Construction starts in September.

"This is what Selah does," said parks director Tamara Vance.""",
gold=[]),
# donor list (YAK003, YAK018, YAK022, YAK012): nothing.

dict(guid="yak_svi_20260514_bloomsday", pub="2026-05-14T08:00:00-07:00",
title="Union Gap's Mary Lou Fennimore finishes 20th straight Bloomsday at 75",
body="""Mary Lou Fennimore of Union Gap crossed the Bloomsday finish line in Spokane on May 3 for the 20th year in a row, earning the race's Perennial patch for two decades without a miss.

Fennimore, 75, a retired Union Gap city clerk, walked the 12K in 1 hour 58 minutes with her walking group from the Harman Center. "My goal was under two hours and still smiling at the finish," she said. "I made both." """,
gold=[("YAK004", "subject")]),
]

ITEMS_BY_FEED = {"cwbw": CWBW, "kyvt": KYVT, "svi": SVI}
ITEMS = CWBW + KYVT + SVI
