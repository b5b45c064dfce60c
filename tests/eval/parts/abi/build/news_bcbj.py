"""Big Country Business Journal: business news, plain text. Hand-labelled."""

FEED = "bcbj"
ITEMS = [
dict(guid="abi_bcbj_2026_02_17_heritage_campaign", pub="2026-02-17T07:00:00-06:00",
title="Big Country Heritage Museum campaign passes $2 million",
body="""The Big Country Heritage Museum's campaign to expand its ranching gallery and add a children's wing has passed $2 million, about two-thirds of its goal, executive director Martha Quiñones told the museum's board on Monday.

Leading gifts came from the Dodge Jones Foundation and First Abilene Bank. Individual donors at the Trail Boss level ($10,000 and up) include Glenn and Marla Stockton, Curt and Billie Jo Tidwell, Dr. Naomi Castleberry, the Hendrick family and Ronnie and Linda Fay Gross.

Construction is expected to begin in the fall, with the children's wing opening in 2028.""",
gold=[]),

dict(guid="abi_bcbj_2026_06_02_sayles_pruitt", pub="2026-06-02T07:00:00-05:00",
title="Sayles & Pruitt CPAs names Kristen Dowell partner",
body="""Abilene accounting firm Sayles & Pruitt CPAs has named Kristen Dowell a partner, the firm's first new partner since 2019.

Dowell, a certified public accountant, joined the firm in 2012 after graduating from Abilene Christian University and leads its agricultural and oil-and-gas tax practice. She serves on the board of the Abilene Chamber of Commerce and is treasurer of the Wylie ISD Education Foundation.

"Kristen's clients trust her with everything from the family ranch to the family business," said managing partner Ray Don Pruitt. "Making her a partner was the easiest decision we've made in years." """,
gold=[("ABI020", "subject")]),

dict(guid="abi_bcbj_2026_06_22_tidwell_feed", pub="2026-06-22T07:00:00-05:00",
title="Tidwell Feed & Supply marks 40 years in Tye",
body="""When Curt and Billie Jo Tidwell opened Tidwell Feed & Supply on Interstate 20 in Tye in June 1986, they had a borrowed forklift, a $30,000 note and one employee: Billie Jo's father, Elmer Rasco, who drove over from Ballinger three days a week to show them how a feed store is run.

Forty years later the store employs 14 people, sells everything from deer corn to baby chicks, and delivers to ranches in five counties. The Tidwells will mark the anniversary with a customer appreciation barbecue on Saturday, June 27.

"We've outlasted three recessions, two droughts and a tornado," Curt Tidwell said. "I'm not sure what else they can throw at us." Billie Jo still does the books. "Somebody has to," she said.""",
gold=[("ABI004", "subject"), ("ABI003", "subject")]),

dict(guid="abi_bcbj_2026_07_01_tidwell_construction", pub="2026-07-01T07:00:00-05:00",
title="Lubbock's Tidwell Construction names new president",
body="""LUBBOCK - Tidwell Construction Co., one of the largest commercial builders on the South Plains, has named Curtis Tidwell II its president, succeeding his father, Curtis Tidwell Sr., who will remain chairman.

The younger Tidwell, 44, a Texas Tech civil engineering graduate, has led the company's healthcare and school construction division since 2015. The firm, founded in 1958, has projects under way in Lubbock, Midland and Amarillo, and is bidding on work in Abilene and San Angelo.""",
gold=[]),
]
