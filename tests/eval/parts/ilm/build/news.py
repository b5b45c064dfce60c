"""Local news of the ilm part: a TV station site and a weekly/business paper. Hand-labelled."""

# 1. WCFT NewsChannel 6 (Wilmington TV): HTML descriptions, short web stories.
TV = [
dict(guid="ilm_wcft_20260122_1044", pub="2026-01-22T17:40:00-05:00",
title="Wilmington cardiologist named chief of heart program at Cape Fear Regional",
body="""WILMINGTON, N.C. (WCFT) - Cape Fear Regional Medical Center has a new chief of cardiology, and she is one of the youngest to hold the job at any hospital in the state.

Dr. Priya Venkataraman, 37, was named to the post Thursday by the hospital's board. She joined Cape Fear Regional in 2019 and started its rural telecardiology clinics in Columbus and Pender counties.

"A lot of our patients drive an hour to see us. We wanted to drive to them," Venkataraman said.""",
gold=[("ILM013", "subject")]),

dict(guid="ilm_wcft_20260218_1187", pub="2026-02-18T18:10:00-05:00",
title="Whiteville pastor receives the Order of the Long Leaf Pine",
body="""WHITEVILLE, N.C. (WCFT) - A Whiteville pastor who has spent three decades feeding and tutoring children in Columbus County has received the state's highest civilian honor.

The Rev. Obadiah Spaulding of Mount Olive AME Zion Church was presented the Order of the Long Leaf Pine on Sunday in front of a full sanctuary. His after-school program has served more than 3,000 children since 1994.

"This belongs to every grandmother who ever drove a van for us," Spaulding said. His wife, Lucinda, and their three children were in the front pew.""",
gold=[("ILM014", "subject")]),

dict(guid="ilm_wcft_20260309_1266", pub="2026-03-09T07:15:00-04:00",
title="Burgaw couple escapes early-morning house fire",
body="""BURGAW, N.C. (WCFT) - A Burgaw couple got out of their burning home with only the clothes they had on early Monday.

Royce and Annie Laurie Kornegay told WCFT their smoke alarm woke them shortly after 4 a.m. in their house on East Fremont Street. Burgaw firefighters had the fire under control within half an hour, but the kitchen and back bedrooms were destroyed.

Fire officials said the fire started in an electrical outlet. The Kornegays are staying with family, and their church, Burgaw Presbyterian, is collecting donations for them.""",
gold=[("ILM009", "subject"), ("ILM010", "subject")]),

dict(guid="ilm_wcft_20260415_1390", pub="2026-04-15T12:20:00-04:00",
title="Tornado cuts path across north Whiteville; no serious injuries",
body="""WHITEVILLE, N.C. (WCFT) - Crews spent Wednesday clearing downed pines and power lines after an EF-1 tornado touched down on the north side of Whiteville Tuesday evening.

The National Weather Service says the tornado traveled about four miles from near Vineland to U.S. 701 Bypass, damaging roofs at a dozen homes and a warehouse. Duke Energy said about 3,800 customers lost power.

"I heard it go over like a train, and then it was just quiet," said Boots Faircloth, who rode out the storm in her hallway on Spring Street, across town from the damage. "I'm thankful. A lot of folks aren't as lucky as me tonight." """,
gold=[]),

dict(guid="ilm_wcft_20260502_1455", pub="2026-05-02T18:45:00-04:00",
title="Hoggard senior named Morehead-Cain Scholar",
body="""WILMINGTON, N.C. (WCFT) - A Hoggard High School senior is headed to Chapel Hill on a full ride.

Jaylen Lennon, 18, has been named a Morehead-Cain Scholar at the University of North Carolina, one of about 70 chosen from more than 3,000 nominees. Lennon is captain of the Hoggard robotics team and tutors middle schoolers at the Northside library.

Jaylen is the son of Tremaine and Keisha Lennon of Wilmington. "His granddaddy always said that boy would go somewhere," his father said.""",
gold=[("ILM017", "parent_of_subject"), ("ILM018", "parent_of_subject")]),

dict(guid="ilm_wcft_20260620_1590", pub="2026-06-20T17:05:00-04:00",
title="Architect wins preservation award for saving Market Street mansion",
body="""WILMINGTON, N.C. (WCFT) - The Historic Wilmington Foundation gave its top preservation award Friday to the architect who saved one of Market Street's oldest houses from demolition.

Tad Blanchard, whose firm restored the 1859 Pemberton-Hall house after it sat empty for twenty years, accepted the Foundation's Preservation Award at Thalian Hall. Blanchard spent three years on the project, including matching the original heart-pine floors board by board.

Blanchard's wife, Lorena, was in the audience along with the house's new owners.""",
gold=[("ILM001", "subject")]),

dict(guid="ilm_wcft_20260828_1704", pub="2026-08-28T11:50:00-04:00",
title="Brunswick County shoppers stock up as tropical storm churns offshore",
body="""SHALLOTTE, N.C. (WCFT) - Plywood, batteries and bottled water were flying off the shelves in Shallotte on Friday as Tropical Storm Imelda strengthened off the Florida coast.

"I've been through Hazel's stories and Florence and Matthew, and I'm not waiting around," said Maggie Swain-Holden of Shallotte, loading water into her car outside the Lowe's on Main Street.

Brunswick County emergency management urged residents to check their hurricane kits and know their evacuation zones.""",
gold=[]),

dict(guid="ilm_wcft_20261018_1822", pub="2026-10-18T19:30:00-04:00",
title="Ocean Isle Beach chef wins N.C. Oyster Festival cook-off",
body="""OCEAN ISLE BEACH, N.C. (WCFT) - Chef Marisol Benitez of The Salt Marsh took the top prize Saturday in the N.C. Oyster Festival's oyster cook-off with a roasted-oyster pozole.

Judges this year were Shallotte seafood dealer Hollis Stanaland, cookbook author Vivian Hewett and last year's winner, Darnell Gause. "I've shucked oysters for sixty years and never had them like that," Stanaland said.""",
gold=[]),
]

# 2. The Tri-County Ledger (weekly covering Brunswick, Columbus and Pender; business, milestones, schools):
#    teaser in description, HTML in content:encoded.
WEEKLY = [
dict(guid="ilm_tcl_20260326_0310", pub="2026-03-26T08:00:00-04:00",
title="Stanaland Seafood marks 50 years on the Shallotte River",
body="""Stanaland Seafood, the fish house at the foot of Shallotte Point, turns fifty this spring, and owner Hollis Stanaland says he has no plans to sell.

Stanaland's father, "Cap" Stanaland, opened the business in 1976 with one boat and a scale. Today it buys from eleven shrimp boats and ships flounder and oysters as far as New York. Hollis Stanaland, who took over in 1989, still opens the doors at 5 a.m. six days a week.

The company will hold a fish fry for customers and boat crews on April 18.""",
gold=[("ILM019", "subject")]),

dict(guid="ilm_tcl_20260430_0388", pub="2026-04-30T08:00:00-04:00",
title="Pender's Skipper throws no-hitter against Trask",
body="""Pender High junior Grady Skipper struck out eleven and didn't allow a hit Tuesday as the Patriots beat Trask 6-0 in Burgaw.

Skipper, 17, is 6-1 this season. His father, Dwayne Skipper, coached him in Dixie Youth ball. "He's always had a live arm," coach Eddie Batchelor said.""",
gold=[]),

dict(guid="ilm_tcl_20260529_0452", pub="2026-05-29T08:00:00-04:00",
title="Southport's Mel Babson retires after 31 years with the city",
body="""Mary Ellen "Mel" Babson, who ran Southport's parks and recreation department for three decades, retired Friday with a party at Waterfront Park.

Babson started as a summer lifeguard at the city pool in 1995 and became director in 2001. She oversaw the rebuilding of the city pier after Hurricane Florence and started the Fourth of July fun run that now draws 2,000 runners.

"I'm going to fish," she said when asked about her plans.""",
gold=[("ILM016", "subject")]),

dict(guid="ilm_tcl_20260611_0478", pub="2026-06-11T08:00:00-04:00",
title="Anniversaries: Batts, 50 years",
body="""Mr. and Mrs. Wendell Batts Jr. of Whiteville celebrated their 50th wedding anniversary on June 5 with a dinner given by their children at the Vineland Station depot.

The former Geraldine McCall and Wendell Batts Jr. were married June 5, 1976, at New Hope Missionary Baptist Church. He retired from Columbus County Schools as a transportation director; she retired from Columbus Regional Healthcare. They have three children and seven grandchildren.""",
gold=[("ILM003", "subject")]),

dict(guid="ilm_tcl_20260706_0512", pub="2026-07-06T08:00:00-04:00",
title="Southport's Fourth draws record crowd",
body="""An estimated 50,000 people packed Southport's waterfront for the N.C. Fourth of July Festival, the largest crowd in the festival's history.

Bettie Jo Rourk has watched the fireworks from the same porch on West Bay Street for forty years. "It gets bigger every year, and we get older every year," Rourk said, laughing. "But the fireworks are still the best on the coast."

The festival's parade was led by grand marshal Ret. Chief Petty Officer Lamont Gause.""",
gold=[]),

dict(guid="ilm_tcl_20260722_0549", pub="2026-07-22T08:00:00-04:00",
title="McKeithan named chief of Hampstead fire department",
body="""The Hampstead Volunteer Fire Department has a new chief, and it's a familiar name.

Jasper McKeithan III, a 24-year member of the department and its deputy chief since 2018, was sworn in Monday. His late father, Jasper McKeithan Jr., was a charter member of the department in 1966.

McKeithan, a Pender County building inspector, said his first priority is a new station near Scotts Hill.""",
gold=[("ILM021", "subject")]),

dict(guid="ilm_tcl_20260814_0587", pub="2026-08-14T08:00:00-04:00",
title="Library campaign passes goal; donors recognized",
body="""The Friends of the Columbus County Public Library have raised $412,000 for the renovation of the Whiteville branch, passing their goal two months early.

Donors recognized at Tuesday's luncheon included the Columbus County Community Foundation, BB&T (now Truist), Wendell and Geraldine Batts, Beulah Faircloth, the Rev. Obadiah Spaulding and Lucinda Spaulding, Dr. and Mrs. Charles Ward, and the Whiteville Rotary Club.

Construction is expected to begin in January.""",
gold=[]),

dict(guid="ilm_tcl_20260924_0633", pub="2026-09-24T08:00:00-04:00",
title="Births",
body="""Novant Health New Hanover Regional Medical Center:

To Priya Venkataraman and Arjun Rao of Wilmington, a daughter, Meera Anjali Rao, 7 lbs. 2 oz., Sept. 17.

To Dylan and Morgan Pope of Surf City, a son, Hudson Lee Pope, 8 lbs. 1 oz., Sept. 18.

Columbus Regional Healthcare:

To Ashley and Tyrell McCall of Whiteville, twin daughters, Nia and Naomi, Sept. 16.""",
gold=[("ILM013", "subject")]),
]

ITEMS = TV + WEEKLY
