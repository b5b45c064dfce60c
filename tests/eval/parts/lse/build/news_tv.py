"""WLXC News 19 (La Crosse TV station site), HTML descriptions, short web-story style. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="lse_tv_20260303_0411", pub="2026-03-03T18:20:00-06:00", title="Coon Valley couple escapes farmhouse fire",
body="""COON VALLEY, Wis. (WLXC) - A Coon Valley couple escaped without injury early Tuesday when fire destroyed their farmhouse in Timber Coulee.

Gus and Carol Ann Tveten told News 19 that a smoke alarm woke them at about 2:30 a.m. "We got out in our pajamas with the dog and the checkbook," Carol Ann Tveten said. "Everything else is gone."

The Coon Valley Fire Department, with help from Westby and Chaseburg, fought the fire in sub-zero temperatures. The chief said it likely started in a wood stove chimney. Neighbors have set up a fund at Bank of Coon Valley.""",
gold=[("LSE003", "subject"), ("LSE004", "subject")]),

dict(guid="lse_tv_20260420_0533", pub="2026-04-20T21:10:00-05:00", title="La Crosse teen seriously hurt in ATV crash near Mindoro",
body="""MINDORO, Wis. (WLXC) - A 15-year-old La Crosse boy was flown to Gundersen on Sunday afternoon after the ATV he was riding rolled on a steep trail near Mindoro.

The La Crosse County Sheriff's Office identified him as Eli Wojtalewicz. Deputies said he was wearing a helmet, which likely saved his life. He is listed in serious condition.

His parents, Tad and Renee Wojtalewicz, thanked the first responders in a statement and asked for prayers. Friends at Logan High School have organized a meal train for the family.""",
gold=[("LSE018", "subject"), ("LSE019", "subject")]),

dict(guid="lse_tv_20260527_0618", pub="2026-05-27T17:45:00-05:00", title="La Crescent man pulls kayaker from flooded Root River",
body="""HOKAH, Minn. (WLXC) - A La Crescent man is being called a hero after he pulled a kayaker from the flooded Root River near Hokah on Tuesday.

Ansel Wuensch, 68, was fishing from the bank when he saw the kayak flip in the fast water below the dam. He waded in to his chest and reached the man with a landing net. "I've been fishing that hole for fifty years and I never caught anything that big," Wuensch joked.

The kayaker, a 31-year-old from Rochester, was treated for hypothermia and released.""",
gold=[("LSE016", "subject")]),

dict(guid="lse_tv_20260606_0702", pub="2026-06-06T22:30:00-05:00", title="Onalaska softball wins first state title; Ortega strikes out 14",
body="""MADISON, Wis. (WLXC) - The Onalaska Hilltoppers are state champions. Junior pitcher Isabel Ortega Villaseñor struck out 14 batters on Saturday as Onalaska beat Kimberly 3-1 in the WIAA Division 1 final at Goodman Diamond, the program's first state title.

Ortega, who also drove in the go-ahead run in the sixth inning, finished the season 24-2. Her mother, Lucía Villaseñor, a nurse, watched from the front row in a homemade purple jersey. "I told her to throw strikes and have fun," her mother said. "She only listened to the first part." """,
gold=[("LSE009", "parent_of_subject")]),

dict(guid="lse_tv_20260624_0815", pub="2026-06-24T12:15:00-05:00", title="North Side neighbors clean up after Monday's severe storms",
body="""LA CROSSE, Wis. (WLXC) - Chainsaws were running on La Crosse's North Side and in Onalaska on Tuesday after Monday afternoon's severe thunderstorms brought down trees and power lines.

"It got dark like night, and then the big maple across the street just lay down," said Mai Yer Khang, who spent the morning helping neighbors on Liberty Street clear branches. "Everybody came out. That's this neighborhood."

Xcel Energy said about 11,000 customers lost power at the peak. Most service was restored by Tuesday evening.""",
gold=[]),

dict(guid="lse_tv_20260708_0904", pub="2026-07-08T18:00:00-05:00", title="Stoddard angler wins Mississippi River walleye classic",
body="""STODDARD, Wis. (WLXC) - A Stoddard commercial fisherman's son took home the top prize at the Pool 8 Walleye Classic on Saturday.

Jerry Lindaas, fishing out of Stoddard's Bad Axe landing, weighed in five walleyes totaling 24.6 pounds to win $10,000 and a new boat. "My dad fished this pool for sixty years," Lindaas said. "I think he was in the boat with me."

More than 140 teams from five states entered the tournament.""",
gold=[]),
]
