"""Capital City Current: Bismarck-Mandan local news site, plain text, bylines in the body. Hand-labelled."""

FEED = "ccc"
ITEMS = [
dict(guid="bis_ccc_2026_0210_sorum-award", pub="2026-02-10T07:15:00-06:00",
title="Bismarck family doctor named state's rural physician of the year",
body="""BISMARCK - A Bismarck family physician who drives to clinics in Linton, Wishek and Napoleon three days a week has been named North Dakota's Rural Physician of the Year.

Dr. Anika Sorum received the award Monday from the state medical association at its winter meeting in Bismarck. Sorum, who grew up in Rugby as the daughter of a country veterinarian, has practiced in the Bismarck area for 18 years and helped start a telehealth program for nursing homes in Emmons and McIntosh counties.

"She has delivered babies in a blizzard and answered her phone on Christmas," said Dr. Harlan Ostby, who nominated her.

By Cassidy Rauser, Current staff""",
gold=[("BIS014", "subject")]),

dict(guid="bis_ccc_2026_0301_wrestling", pub="2026-03-01T21:40:00-06:00",
title="Mandan's Little Owl wins first state wrestling title",
body="""FARGO - Mandan junior Tristan Little Owl pinned his way through the Class A bracket and won the 145-pound state championship Saturday night at the Fargodome, the first state title for the Braves' program in six years.

Little Owl, who dedicated the season to his late grandfather, pinned Devils Lake's Ethan Roemmich in 3:41 in the final. His mother, Kayla Little Owl, wrapped him in a star quilt in the stands afterward.

"He's been on a mat since he was four," she said. "Tonight it was all worth the drives."

By Cassidy Rauser, Current staff""",
gold=[("BIS018", "parent_of_subject")]),

dict(guid="bis_ccc_2026_0406_kuchen", pub="2026-04-06T06:50:00-05:00",
title="Kuchen shop opens in north Bismarck",
body="""BISMARCK - The line was out the door Saturday when Prairie Rose Kuchen Co. opened in a former dry cleaner on Tyler Parkway.

Owners Gerry and Francine Dockter spent two years testing recipes from Francine's grandmother, who came from a German-Russian family near Zeeland. The shop sells peach, prune, rhubarb and cottage-cheese kuchen, fleischkuekle on Fridays and knoephla soup by the quart.

"I grew up on this and I've never found one I liked better than my mother's, until today," said Marcella Hoffmann of Bismarck, who was fourth in line.

The Dockters plan to ship frozen kuchen to former North Dakotans around the country by fall.

By Dan Mosbrucker, Current staff""",
gold=[("BIS012", "subject"), ("BIS013", "subject")]),

dict(guid="bis_ccc_2026_0520_odell-retires", pub="2026-05-20T07:05:00-05:00",
title="After 34 years, Horizon's Mrs. O'Dell closes her science classroom",
body="""BISMARCK - Shannon O'Dell has taught seventh-grade science at Horizon Middle School for 34 years, long enough to teach the children of her first students and, this spring, one grandchild of them.

O'Dell retires at the end of the school year. Students held a surprise assembly Tuesday and launched 34 bottle rockets on the football field in her honor.

"I came for one year to pay off my student loans," O'Dell said. "The kids kept being interesting."

By Cassidy Rauser, Current staff""",
gold=[("BIS021", "subject")]),

dict(guid="bis_ccc_2026_0708_fuel-theft", pub="2026-07-08T15:30:00-05:00",
title="Williston man charged in oilfield diesel theft scheme",
body="""WILLISTON - A Williston man faces felony theft charges after investigators say he diverted more than 30,000 gallons of diesel from oilfield fuel tanks over 18 months.

Curtis Voeller, 38, of Williston, was charged in Williams County District Court with theft of property and conspiracy. Two other men, from Tioga and Ray, face related charges. The fuel was sold to farmers at a discount, according to the affidavit.

Voeller's attorney declined to comment.

By Cassidy Rauser, Current staff""",
gold=[]),

dict(guid="bis_ccc_2026_0815_library-donors", pub="2026-08-15T09:00:00-05:00",
title="Library foundation reaches goal for new children's wing",
body="""BISMARCK - The Bismarck Veterans Memorial Public Library Foundation has raised the $2.4 million it needed for a new children's wing, foundation director Karen Wentz announced Friday.

Leading donors recognized at the announcement included the Dakota Community Foundation, Gerald and Francine Dockter, Duane and Marcella Hoffmann, Marvin Baumgartner Jr., the Missouri Valley Lions and the estate of Ruth Haakenson.

Construction is expected to begin next spring.

By Dan Mosbrucker, Current staff""",
gold=[]),

dict(guid="bis_ccc_2026_0912_wedding", pub="2026-09-12T08:00:00-05:00",
title="Weddings: Ressler - Kautzman",
body="""Brianna Ressler and Tyler Kautzman were married Aug. 15, 2026, at Spirit of Life Catholic Church, Mandan, with Father Tobias Gerhardt officiating.

The bride is the daughter of Wayne and Colette Ressler of Mandan. The groom is the son of Jerome and Debra Kautzman of Napoleon.

The maid of honor was Kelsey Ressler, sister of the bride. The couple honeymooned in the Black Hills and live in Bismarck, where the bride is a dental hygienist and the groom an electrician.""",
gold=[("BIS020", "parent_of_subject")]),
]
