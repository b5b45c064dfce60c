"""Gulf Coast Business Briefs: openings, promotions, retirements, deals in Mobile and Baldwin Counties; plain
text. Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="mob_gcbb_2026_03_0219", pub="2026-03-03T06:15:00-06:00",
title="Trenier's Creole Pralines opens storefront on Dauphin Street",
body="""Delphine Trenier has moved her praline business out of her kitchen and into a storefront. Trenier's Creole Pralines opened Saturday at 1900 Dauphin Street in Midtown, in the former Oakleigh Florist building.

Trenier, a Mobile native and a retired Mobile County schoolteacher, has sold pralines, millionaire candy and bourbon balls at the Mobile Market and by mail order since 2019, using her grandmother's recipe. The 1,200-square-foot shop has a candy kitchen visible from the counter and will employ six people. Carnival and Christmas orders, Trenier said, "outgrew my stove about three years ago." """,
gold=[("MOB017", "subject")]),

dict(guid="mob_gcbb_2026_06_0388", pub="2026-06-30T06:15:00-05:00",
title="Port's longtime terminal superintendent Mestier retires",
body="""Hubert "Hugh" Mestier of Saraland retired Tuesday as superintendent of the general cargo terminal at the Alabama State Port Authority after 38 years at the port.

Mestier started as a checker on the docks in 1988 and oversaw the terminal through the Panamax expansion, two hurricanes and the steel boom of the 2010s. "Hugh knew every crane operator's name and every ship's trouble," said Port Authority director Lamar Bivens. Mestier said he plans to fish out of Bayou La Batre and "finally learn what my wife does all day." He is succeeded by deputy superintendent Corinne Hatchett.""",
gold=[("MOB016", "subject")]),

dict(guid="mob_gcbb_2026_08_0451", pub="2026-08-18T06:15:00-05:00",
title="Springhill Medical Center names Tellis chief nursing officer",
body="""Springhill Medical Center has named Monique Tellis, DNP, RN, its chief nursing officer, effective September 1.

Tellis, of Saraland, has been the hospital's director of critical care nursing since 2019 and began her career there as a staff nurse in the cardiac ICU in 1999. She holds a doctorate of nursing practice from the University of South Alabama. She succeeds Frances Oldham, who is retiring after 14 years in the post.""",
gold=[("MOB013", "subject")]),

dict(guid="mob_gcbb_2026_09_0497", pub="2026-09-22T06:15:00-05:00",
title="Houston group buys Daphne's Bayfront Marina",
body="""Bayfront Marina in Daphne, a 140-slip marina on the Eastern Shore, has been sold to Galveston Bay Harbor Partners of Houston for an undisclosed price, the seller's broker said Monday.

The new owners plan to add dry stack storage for 200 boats and rebuild the fuel dock damaged in the March tornado. Slip holders received letters this month saying rates will rise 15 percent in January. "We'll see," said longtime slip holder Tony Dubroca of Daphne, who keeps a 24-foot bay boat there. "Nobody asked us." The marina has been owned by the Cowart family since 1974.""",
gold=[]),  # quoted bystander: nothing
]
