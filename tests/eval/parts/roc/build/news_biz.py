"""Flower City Business Journal: business weekly, plain text. Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="roc_fcbj-2026-0112", pub="2026-01-20T06:00:00-05:00", title="Panadería Colón opens second bakery, this one in Greece",
body="""The bakery that made quesitos a North Clinton Avenue institution is crossing the river.

Panadería Colón, founded in 2004 by José Luis Colón Ortiz and his wife, Carmen Colón, will open its second location on Ridge Road West in Greece in March. The 3,200-square-foot shop will add a café counter and a catering kitchen, and the couple expect to hire 14 people.

"Half our customers on Clinton drive in from Greece anyway," said Colón Ortiz, who learned to bake at his grandfather's panadería in Caguas. The expansion was financed in part with a $250,000 loan from the city's Economic Development Corporation.""",
gold=[("ROC008", "subject"), ("ROC009", "subject")]),

dict(guid="roc_fcbj-2026-0131", pub="2026-02-24T06:00:00-05:00", title="Lakeview Photonics names Stasiuk vice president of engineering",
body="""Henrietta-based Lakeview Photonics Inc., which makes precision lenses for medical imaging and defense systems, has promoted Oksana Stasiuk to vice president of engineering.

Stasiuk, 40, joined the company in 2011 after earning her doctorate at the University of Rochester's Institute of Optics, and has led its aspheric-lens group since 2019. She succeeds Gordon Pratt, who is retiring after 26 years. Lakeview employs 210 people at its plant on Jefferson Road.""",
gold=[("ROC012", "subject")]),

dict(guid="roc_fcbj-2026-0150", pub="2026-03-17T06:00:00-04:00", title="Himalayan Bazaar doubles its Henrietta store",
body="""Himalayan Bazaar, the South Asian grocery on East Henrietta Road, has taken over the vacant storefront next door and will double its floor space to 9,000 square feet by summer.

Owner Bishnu Ghimire, who opened the store in 2017 with a single freezer of momos, said sales have grown every year as Rochester's Bhutanese-Nepali community, now estimated at more than 8,000 people, has settled in Henrietta, Greece and the city's north side. The expanded store will carry fresh produce flown in from India twice a week and add a halal butcher counter.

"On Saturdays people are waiting in the parking lot," said shopper Devi Maya Adhikari, who drives in from the city's north side each week for spices and fresh saag.""",
gold=[("ROC015", "subject")]),

dict(guid="roc_fcbj-2026-0171", pub="2026-04-21T06:00:00-04:00", title="Wayne County orchard named state Apple Grower of the Year",
body="""Van Laeken Orchards of Williamson has been named 2026 Apple Grower of the Year by the New York Apple Association, the first Wayne County farm to win since 2011.

Gerrit Van Laeken, who runs the 640-acre farm his Dutch immigrant parents started on twelve rented acres in 1957, was cited for converting half of his acreage to high-density trellis plantings and for a packing house that runs on solar power. The farm ships about 900,000 bushels a year, much of it to export.

"My mother kept the books on a kitchen table," Van Laeken said. "She would have wanted to see the award, and then the invoice." """,
gold=[("ROC023", "subject")]),

dict(guid="roc_fcbj-2026-0188", pub="2026-05-12T06:00:00-04:00", title="United Way campaign beats goal; leadership donors honored",
body="""The United Way of Greater Rochester and the Finger Lakes closed its 2025-26 campaign at $31.4 million, $400,000 over goal, and honored its leadership donors at a breakfast at the Joseph A. Floreano Convention Center on Monday.

Members of the Tocqueville Society recognized included Nathaniel Pierce III and Peggy Pierce, Sal and Rosemarie DiMarco, Genevieve Tillotson, and Dr. Anand and Priya Mehta. Campaign chair Robert Kessel thanked 1,100 workplace campaigns.""",
gold=[]),

dict(guid="roc_fcbj-2026-0196", pub="2026-05-26T06:00:00-04:00", title="Boston insurer taps O'Leary as chief financial officer",
body="""Harborline Mutual Insurance of Boston has named Dennis O'Leary its chief financial officer. O'Leary, 52, of Milton, Mass., was previously treasurer of a Hartford reinsurer. He replaces Janet Cole. Harborline writes commercial property coverage in New England and upstate New York, including about 300 policies in the Rochester area.""",
gold=[]),
]
