"""Crescent City Business Report (weekly business news: Orleans, Jefferson and St. Tammany), plain text.
Hand-labelled."""

FEED = "cbr"
ITEMS = [
dict(guid="msy_cbr_2026_0108", pub="2026-02-03T06:30:00-06:00", title="Marrero caterer opens po-boy shop on Ames Boulevard",
body="""MARRERO - Gaspard's Po-Boys & Plate Lunch opened Monday in a former bank branch on Ames Boulevard, the first storefront for a catering business that Lionel Gaspard has run out of a church kitchen since 2019.

Gaspard, 44, a West Bank native who cooked for fifteen years at French Quarter restaurants, said the menu will stay short: roast beef debris, fried shrimp and oyster po-boys, and a different plate lunch every weekday - red beans on Monday, of course. The shop employs eleven people.

"I used to drive the food to people," Gaspard said. "Now they can come get it while it's hot." Regular customer Clem Landry drove over from Kenner for the opening. "I've been following this man's roast beef around for five years," Landry said.""",
gold=[("MSY012", "subject")]),

dict(guid="msy_cbr_2026_0131", pub="2026-03-10T06:30:00-05:00", title="New Orleans East bakery wins contract to supply banh mi bread to 40 restaurants",
body="""NEW ORLEANS - Huynh Family Bakery, the New Orleans East bakery known for the crackly French loaves that hold together a Vietnamese banh mi and a Louisiana po-boy alike, has signed a contract to supply bread to 40 restaurants in a regional chain.

Owner Kevin Huynh, who took over the Read Boulevard bakery from his parents in 2012, said he will add a second oven line and a night shift, hiring fourteen bakers. "My mother still checks the crust every morning," Huynh said. "She is the quality department."

The bakery's flour comes through the Port of New Orleans and is milled in Kansas.""",
gold=[("MSY014", "subject")]),

dict(guid="msy_cbr_2026_0157", pub="2026-04-14T06:30:00-05:00", title="Children's hospital foundation gala raises $2.1 million",
body="""NEW ORLEANS - The Crescent Children's Hospital Foundation raised $2.1 million at its spring gala Saturday at the Audubon Tea Room, the most in the event's 22-year history.

Gala chairs were Mr. and Mrs. Jules Fortier. Benefactors at the $25,000 level included Mr. and Mrs. Charles Montaigne III, Dr. Desiree Toussaint, Mr. and Mrs. Roland Dufrene, and the Pham family of Pham Seafood. The money will fund a new pediatric intensive care step-down unit.""",
gold=[]),

dict(guid="msy_cbr_2026_0173", pub="2026-05-05T06:30:00-05:00", title="Mid-City pediatrician named Louisiana Physician of the Year",
body="""NEW ORLEANS - Dr. Desiree Toussaint, a pediatrician who founded a free Saturday clinic in Mid-City after Hurricane Katrina, has been named the 2026 Louisiana Physician of the Year by the state medical society.

Toussaint, 49, a Xavier University and LSU Health graduate, has practiced on Bienville Street since 2008. Her Saturday clinic has seen more than 30,000 children, most of them uninsured.

"She answers her phone at midnight," said Tameka Broussard-Ellis, a mother of three whose children have been Toussaint's patients for a decade.""",
gold=[("MSY010", "subject")]),

dict(guid="msy_cbr_2026_0190", pub="2026-06-02T06:30:00-05:00", title="Dublin sailor wins Lake Pontchartrain regatta as Irish yacht club visits",
body="""MANDEVILLE - Siobhan O'Dwyer of Dún Laoghaire, Ireland, skippered the visiting Royal St. George yacht Corrib to first place Saturday in the Pontchartrain Cup, the first foreign boat to win the race in its 40-year history.

O'Dwyer, 28, a sailmaker, said the lake's shifting afternoon breeze reminded her of Dublin Bay. The Southern Yacht Club and the Pontchartrain Yacht Club co-hosted the visiting fleet of six Irish boats.""",
gold=[]),
]
