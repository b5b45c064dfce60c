"""South Plains Business Weekly, Lubbock: business news, plain text. Hand-labelled."""

FEED = "spbw"
ITEMS = [
dict(guid="lbb_spbw_2026_0112", pub="2026-01-12T07:30:00-06:00", title="Strebeck Irrigation Supply opens second store in Levelland",
body="""Strebeck Irrigation Supply, the Lubbock pivot-parts and drip-tape dealer, will open its second store on Jan. 20 in the former Hockley Implement building on College Avenue in Levelland.

Owner Colton Strebeck started the company in a two-bay shop on East Slaton Road in 1998 with a used flatbed and a line of credit. It now employs 26 people and services more than 1,400 center pivots across eleven counties.

"Half my customers were driving forty minutes each way for a gasket," Strebeck said. "That's a day they're not farming." The Levelland store will carry drip tape, pivot tires and pump parts and will run two service trucks.""",
gold=[("LBB008", "subject")]),

dict(guid="lbb_spbw_2026_0302", pub="2026-03-02T07:30:00-06:00", title="Haskew & Dorsett CPAs names two new partners",
body="""Lubbock accounting firm Haskew & Dorsett has admitted two new partners, managing partner Carla Dorsett announced.

Brantley Gerlach, 35, joined the firm in 2013 after graduating from Texas Tech's Rawls College of Business and leads its agricultural tax practice, working with cotton and cattle operations across the South Plains. Nicole Ybarra, 38, heads the firm's audit group for school districts and hospital authorities.

"Both of them started here carrying boxes of shoeboxed receipts in from farm pickups," Dorsett said.""",
gold=[("LBB020", "subject")]),

dict(guid="lbb_spbw_2026_0406", pub="2026-04-06T07:30:00-05:00", title="Chamber's ag luncheon raises record $84,000 for FFA scholarships",
body="""The Lubbock Chamber of Commerce agriculture committee's spring luncheon raised a record $84,000 for FFA and 4-H scholarships on Thursday at the Civic Center.

Table sponsors included Plains Cotton Growers, South Plains Electric Cooperative, Strebeck Irrigation Supply, Ohlenbusch Family Farms, and Garland and Priscilla Ruckman. Auctioneer Trent Ohlenbusch sold a grand champion pecan pie for $6,500.

Committee chair Lacey Dunagan said the scholarships will go to 42 students from 14 high schools.""",
gold=[]),

dict(guid="lbb_spbw_2026_0601", pub="2026-06-01T07:30:00-05:00", title="Tankersley Feed & Seed to close after 61 years in Levelland",
body="""Tankersley Feed & Seed, a Levelland fixture since 1965, will close its doors June 30, owner Buddy Tankersley said last week.

Tankersley, 66, took over the store from his father, the late B.L. Tankersley Sr., in 1994. He said he and his wife, Vonda, plan to retire and spend more time with their grandchildren in Lubbock. The building on Austin Street has been sold to a farm-equipment dealer.

"Dad opened that door every morning at six for thirty years, and I've done it for thirty-two," Tankersley said. "I reckon somebody else can have a turn." """,
gold=[("LBB005", "subject")]),
]
