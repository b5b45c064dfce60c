"""Miss-Lou 12 (WMLU, Natchez-Vidalia): local TV station site, HTML descriptions. Hand-labelled."""

FEED = "wmlu"
ITEMS = [
dict(guid="nat_wmlu_20260115_0301", pub="2026-01-15T17:45:00-06:00", title="River Road Bank names Spears-Ridley executive vice president",
body="""NATCHEZ, Miss. (WMLU) - River Road Bank has promoted Kendra Spears-Ridley to executive vice president and chief operating officer, the bank announced Thursday.

Spears-Ridley, a Natchez High and Alcorn State graduate, joined the bank as a teller in 2001 and most recently ran its branch network across Adams, Jefferson and Concordia. She is the first Natchez native to hold the post.""",
gold=[("NAT018", "subject")]),

dict(guid="nat_wmlu_20260209_0344", pub="2026-02-09T18:10:00-06:00", title="Family escapes early-morning house fire on Liberty Road",
body="""NATCHEZ, Miss. (WMLU) - A Natchez couple escaped without injury early Monday when fire swept through their home on Liberty Road.

Otis and Geneva Fairley said a smoke alarm woke them shortly after 3 a.m. Natchez Fire Department crews had the blaze under control within half an hour, but the house is a total loss. Fire Chief Aaron Spurlock said the fire appears to have started in a space heater.

The American Red Cross is assisting the family, and Zion Hill Missionary Baptist Church is collecting clothing and household goods.""",
gold=[("NAT019", "subject"), ("NAT020", "subject")]),

dict(guid="nat_wmlu_20260219_0361", pub="2026-02-19T12:20:00-06:00", title="Neighbors clean up after tornado cuts path along U.S. 61 North",
body="""NATCHEZ, Miss. (WMLU) - Chainsaws were running before daylight Thursday along U.S. 61 North, a day after an EF-1 tornado toppled trees and peeled roofs between east Natchez and Washington.

"It sounded like a train came right down the highway," said Rufus Tanksley, who watched from the door of his tire shop as a neighbor's carport blew across the highway. "Then it was just gone."

Adams County Emergency Management Director Terrell Banks said no injuries were reported. Crews from Entergy expect to restore power to the last 300 customers by Friday night.""",
gold=[]),

dict(guid="nat_wmlu_20260305_0390", pub="2026-03-05T17:00:00-06:00", title="Vidalia couple announce birth of daughter, Riverland's first baby of 2026",
body="""VIDALIA, La. (WMLU) - Brandon and Caroline Ellzey of Vidalia announce the birth of their daughter, Ruby Claire Ellzey, born January 1 at 12:41 a.m. at Riverland Medical Center - the hospital's first baby of 2026.

Ruby Claire weighed 7 pounds, 3 ounces and is named for her late great-grandmother, Ruby Nell Ellzey. The family stopped by the station this week with the New Year's gift basket the hospital finally delivered.""",
gold=[("NAT021", "subject"), ("NAT022", "subject")]),

dict(guid="nat_wmlu_20260407_0433", pub="2026-04-07T18:30:00-05:00", title="Natchez High junior named Mississippi STAR Student",
body="""NATCHEZ, Miss. (WMLU) - Natchez High School junior Jasmine Whitlock has been named the school's STAR Student for 2026, the highest ACT score in her class.

Jasmine, the daughter of Darnell and Yolanda Whitlock of Natchez, chose her band director as her STAR Teacher. She plans to study chemical engineering.""",
gold=[("NAT014", "parent_of_subject"), ("NAT015", "parent_of_subject")]),

dict(guid="nat_wmlu_20260415_0450", pub="2026-04-15T17:15:00-05:00", title="Hattiesburg man wins state barbecue title",
body="""HATTIESBURG, Miss. (WMLU) - Otis Fairley of Hattiesburg took home the grand championship at the Mississippi State Barbecue Championship over the weekend, beating 61 teams with his whole-hog entry.

Fairley, a retired Camp Shelby firefighter, says his secret is patience and pecan wood.""",
gold=[]),

dict(guid="nat_wmlu_20260501_0478", pub="2026-05-01T18:00:00-05:00", title="Ferriday man honored for 30 years as volunteer fire chief",
body="""FERRIDAY, La. (WMLU) - The Town of Ferriday honored Royce Tillotson on Thursday for thirty years as chief of the Ferriday Volunteer Fire Department.

Mayor Gene Allen presented Tillotson with a plaque at the town's council meeting.""",
gold=[]),
]
