"""WSUP-TV 10 "Superior News" (Marquette): local TV station site, HTML descriptions. Hand-labelled."""

FEED = "wsup"
ITEMS = [
dict(guid="mqt_wsup_story_20260127", pub="2026-01-27T18:30:00-05:00", title="Ishpeming couple escapes early-morning house fire",
body="""ISHPEMING, Mich. (WSUP) - An Ishpeming couple escaped without injury early Tuesday when fire broke out in the attached garage of their home on Cleveland Avenue.

Bill and Joyce Penhale said a smoke detector woke them just after 4 a.m. "We grabbed the cat and went out the front door in our slippers," Joyce Penhale said. "It was eighteen below."

Ishpeming and Negaunee firefighters had the fire out in about forty minutes. The garage is a total loss and the house has heavy smoke damage. The fire chief said a space heater is the likely cause. The couple is staying with family.""",
gold=[("MQT017", "subject"), ("MQT018", "subject")]),

dict(guid="mqt_wsup_story_20260303", pub="2026-03-03T17:45:00-05:00", title="Green Bay angler wins Bay de Noc ice fishing tournament",
body="""ESCANABA, Mich. (WSUP) - More than 400 anglers drilled holes on Little Bay de Noc on Saturday for the annual Bay de Noc Walleye Classic, and the top prize went back to Wisconsin.

Gerald LaFave, 38, of Green Bay, Wis., won the $5,000 first prize with a 9.4-pound walleye caught off Kipling just before noon. It was his first time entering the tournament.

"My buddies talked me into it," LaFave said. "I'm going to have to come back now." Proceeds benefit the Escanaba Lions Club.""",
gold=[]),

dict(guid="mqt_wsup_story_20260414", pub="2026-04-14T18:10:00-04:00", title="Escanaba woman named Delta County Volunteer of the Year",
body="""ESCANABA, Mich. (WSUP) - For twenty years, if you needed a ride to a cancer treatment in Marquette, the person behind the wheel was likely Jeanne Marie LaFave.

The retired schoolteacher was named Delta County Volunteer of the Year on Monday by the Community Foundation for Delta County. LaFave has driven more than 200,000 miles for the county's cancer transport program and organizes the St. Joseph & St. Patrick parish food pantry.

"She's put more miles on our Buick than I have," her husband, Gerry, joked at the ceremony.""",
gold=[("MQT008", "subject")]),

dict(guid="mqt_wsup_story_20261102", pub="2026-11-02T19:05:00-05:00", title="Baraga runner wins state cross-country title",
body="""BROOKLYN, Mich. (WSUP) - Baraga junior Shania Denomie is a state champion.

Denomie won the Division 4 girls race at the MHSAA cross-country finals at Michigan International Speedway on Saturday in 18 minutes, 2 seconds, the fastest time in the division in six years. She is the first runner from Baraga High School to win a state title.

Denomie, a member of the Keweenaw Bay Indian Community, trains on the trails around Sand Point. Her parents, Ray and Michelle Denomie, drove seven hours to watch. "She ran away from everybody on the last hill," her father said. "That's the hill she runs every morning back home." """,
gold=[("MQT010", "parent_of_subject")]),

dict(guid="mqt_wsup_story_20260819", pub="2026-08-19T17:30:00-04:00", title="New snowmobile bridge planned over the Escanaba River",
body="""GWINN, Mich. (WSUP) - A new snowmobile bridge over the Middle Branch of the Escanaba River should be open for the coming season, the Michigan DNR said Wednesday.

The $800,000 bridge replaces one washed out in the spring flood and reconnects Trail 8 between Gwinn and the K.I. Sawyer area. Trail groomers from the Marquette County Snowmobile Association will help with the decking.

"Without this bridge, half the county's riders had a forty-mile detour," said the association's president, Dave Kallio.""",
gold=[]),
]
