"""Powder River Business Weekly (Sheridan, Johnson and Campbell counties; a "People on the Move" column with
wire items), plain text. Hand-labelled (gold=[...] beside each text)."""

FEED = "prbw"
ITEMS = [
dict(guid="shr_prbw_2026_0225_va-chief", pub="2026-02-25T06:00:00-07:00", title="Sheridan VA names Raghunathan chief of staff",
body="""SHERIDAN - The Sheridan VA Medical Center has named Dr. Meenakshi Raghunathan its chief of staff, effective March 16.

Raghunathan, an internist who has led the center's geriatrics and palliative care program since 2017, will oversee the medical staff of the 170-bed campus and its community clinics in Gillette, Casper and Riverton. She trained at Madras Medical College and completed her residency at the University of Utah.

"Meena knows the name of every veteran on the long-term care ward," said medical center director Alan Pruett.""",
gold=[("SHR015", "subject")]),

dict(guid="shr_prbw_2026_0401_bakehouse", pub="2026-04-01T06:00:00-06:00", title="Little Goose Bakehouse rises on Main Street",
body="""SHERIDAN - A sourdough bakery has taken over the old Brockhoff Saddlery storefront on North Main Street, and by 8 a.m. on its first Saturday the line was out the door.

Little Goose Bakehouse is the first business of Annie Brockhoff, 35, whose grandfather ran the saddle shop in the same building for forty years. Brockhoff trained at a bakery in Portland, Ore., and came home last year with a 40-year-old starter she calls Gertrude. She has hired four employees and plans to sell bread wholesale to two Sheridan restaurants.

"Best thing that has happened to this block in twenty years," said Duane Kretschmer, who lives around the corner and was third in line.""",
gold=[("SHR018", "subject")]),  # Duane Kretschmer: a quoted neighbour (and do_not_contact)

dict(guid="shr_prbw_2026_0520_people", pub="2026-05-20T06:00:00-06:00", title="People on the Move: Pueblo steelmaker names new finance chief",
body="""PUEBLO, Colo. - Front Range Steel has named Vincent D'Arcangelo, 48, its chief financial officer. D'Arcangelo, a Pueblo native, was previously controller at a Colorado Springs aerospace supplier.

Also on the move: Gillette's Thunder Basin Title Co. has promoted Kelsey Rahrig to escrow manager, and Buffalo's First Northern Bank has hired Travis Oakley as an agricultural loan officer.""",
gold=[]),  # a 48-year-old namesake in Pueblo, Colo.; the client Vince D'Arcangelo lives in Ranchester

dict(guid="shr_prbw_2026_0624_leopold", pub="2026-06-24T06:00:00-06:00", title="Story ranch wins Wyoming Leopold Conservation Award",
body="""STORY - The Pfisterer family's Prairie Dog Creek ranch has won the 2026 Leopold Conservation Award for Wyoming, given each year to a landowner who cares for soil, water and wildlife while running a working operation.

Clay and Bonnie Pfisterer run 400 cow-calf pairs on 9,000 acres in the foothills south of Story. Since 2010 they have fenced riparian pastures along Prairie Dog Creek, restored a sage-grouse lek and rotated their grazing so tightly that, Clay Pfisterer says, "the grass knows our schedule better than we do."

The award, which carries a $10,000 prize and a crystal depicting Aldo Leopold, will be presented at the Wyoming Stock Growers convention in Casper in December.""",
gold=[("SHR011", "subject")]),

dict(guid="shr_prbw_2026_0915_retire", pub="2026-09-15T06:00:00-06:00", title="Stroebel retires after 36 years at Big Horn Coal",
body="""SHERIDAN - Harlan Stroebel Jr. remembers the day in 1990 he walked into the pit at the Big Horn Coal mine north of Sheridan, twenty-nine years old and sure he would stay a year. He retired Friday as the mine's operations superintendent, after 36 years.

Stroebel, who grew up on his family's ranch at Big Horn, ran draglines for eleven years before moving into management. Under his watch the mine went six straight years without a lost-time accident. Colleagues threw him a barbecue at the Big Horn Woman's Club, where his wife, Deanna, presented the cake.

Stroebel said he plans to spend his retirement fixing fence and fishing the Little Goose.""",
gold=[("SHR005", "subject")]),  # Deanna is mentioned at her husband's retirement party, not a subject
]
