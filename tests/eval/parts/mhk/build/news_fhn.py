"""Flint Hills Neighbors: a community weekly for Wabaunsee, Morris and Riley County towns. Teaser description and
HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="mhk_fhn_20260219_a04", pub="2026-02-19T09:00:00-06:00", title="Trail cleanup volunteers and sponsors thanked",
body="""The Flint Hills Trail Friends thank everyone who braved a cold Saturday to pick up trash and cut back cedars along the trail between Council Grove and Osage City.

Sponsors of the lunch and supplies were Hoelting Hardware of Alma, Council Grove Farmers Co-op, Mary Beth Kaufman, Annie Vinduska, the Eskridge Lions Club, Dr. and Mrs. Philip Harvey, and Emporia State University's Sigma Kappa chapter.

The next workday is planned for March 21. Bring gloves.""",
gold=[]),

dict(guid="mhk_fhn_20260521_a11", pub="2026-05-21T09:00:00-05:00", title="Eskridge's Miss Vinduska retires after 38 years of third graders",
body="""When the bell rang at Mission Valley Elementary last Friday, it rang for the last time for Annie Vinduska.

Vinduska, who has taught third grade in Eskridge since 1988, is retiring. She estimates she has taught 850 children to do long division, including the children of about 60 of her former students. The school held a reception in the gym, and former students came from as far away as Denver.

"I kept every thank-you note," she said. "There are four shoeboxes." She plans to volunteer at the Wabaunsee County Historical Museum in Alma.""",
gold=[("MHK020", "subject")]),

dict(guid="mhk_fhn_20260618_a14", pub="2026-06-18T09:00:00-05:00", title="Hoelting Hardware marks 60 years on Missouri Avenue",
body="""Alma's Hoelting Hardware turned 60 this month, and owner Dwight "Butch" Hoelting Jr. still sells nails by the pound.

His father, the late Dwight Hoelting Sr., bought the store in 1966. Butch started sweeping floors there at eight years old and took over in 1994. The store held an open house Saturday with hot dogs, a pocketknife raffle and a display of old sales tickets.

"Dad would have liked that people still come in to talk," Hoelting said. "Some of them even buy something." """,
gold=[("MHK008", "subject")]),

dict(guid="mhk_fhn_20260709_a19", pub="2026-07-09T09:00:00-05:00", title="Kufahls to celebrate 50th anniversary",
body="""Arlo and Vangie Kufahl of Leonardville will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Sunday, July 12, at the Leonardville Community Center.

Arlo Kufahl and Evangeline Pishny were married July 10, 1976, at St. Peter and St. Paul Catholic Church in Clay Center. They have farmed north of Leonardville since 1978. Their children are Jeff Kufahl of Manhattan and Amy Kufahl Brown of Wichita; they have five grandchildren.

The couple requests no gifts. Cards may be sent to them at Box 44, Leonardville, KS 66449.""",
gold=[("MHK011", "subject"), ("MHK010", "subject")]),

dict(guid="mhk_fhn_20260813_a23", pub="2026-08-13T09:00:00-05:00", title="Morris County Fair open-class results: pies, preserves and quilts",
body="""Judge Mary Beth Kaufman of Council Grove had her work cut out for her Saturday: 41 pies in the open-class baking division at the Morris County Fair.

Grand champion pie went to Deb Schrader of White City for a gooseberry pie; reserve champion was Loretta Ziegler of Dwight for sour cream raisin. "I tasted every one of them, and I'm not sorry," Kaufman said.

In quilting, Jan Feyh of Council Grove won grand champion for a Flint Hills sunset log-cabin quilt.""",
gold=[]),
]
