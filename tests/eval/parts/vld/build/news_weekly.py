"""The Wiregrass Weekly (community weekly for Tift, Cook, Colquitt and Brooks counties): teaser description, HTML in
content:encoded. Hand-labelled."""

FEED = "weekly"
ITEMS = [
dict(guid="vld_wiregrass_2026_0304_grimsley", pub="2026-03-04T06:00:00-05:00", title="Historical society honors Quitman's Ozella Grimsley",
body="""The Brooks County Historical Society named Ozella Grimsley its Volunteer of the Year at its annual dinner on Saturday at the Quitman Woman's Club.

Mrs. Grimsley, 87, a retired Quitman school librarian, has spent eleven years transcribing by hand the records of Brooks County's African American churches and cemeteries, work that has helped more than 300 families trace their roots. "Every name in those books was somebody's mama," she said in accepting the plaque.

Society president Glenda Whitfield said the transcriptions will be placed in the Brooks County Museum this summer.""",
gold=[("VLD005", "subject")]),

dict(guid="vld_wiregrass_2026_0506_tuggle", pub="2026-05-06T06:00:00-04:00", title="Tuggle's Feed & Seed marks 50 years on Adel's 4th Street",
body="""When Romey and Bernice Tuggle opened Tuggle's Feed & Seed in a former cotton warehouse on East 4th Street in 1976, they sold hog feed and seed peanuts and kept the books in a school composition notebook.

Fifty years later the store, still owned by the Tuggles, sells everything from deer corn to baby chicks and employs nine people. The couple will celebrate the anniversary with a customer appreciation fish fry on Saturday, May 16, from 11 a.m. to 2 p.m.

"Bernice is the one who kept us in business," Jerome "Romey" Tuggle said. "I just carried the sacks." """,
gold=[("VLD007", "subject"), ("VLD008", "subject")]),

dict(guid="vld_wiregrass_2026_0617_sirmans", pub="2026-06-17T06:00:00-04:00", title="Sirmans to mark 50th wedding anniversary",
body="""Beauford and Patricia (Lovett) Sirmans of Adel will celebrate their 50th wedding anniversary with a reception from 2 to 4 p.m. Sunday, June 28, in the fellowship hall of Adel First Baptist Church.

Beau and Patsy were married June 26, 1976, at Cecil Baptist Church. He retired from Cook County Schools as a bus shop supervisor; she retired after 30 years as a teller at the Bank of Adel. They have two sons, Wade (Kim) Sirmans and Mark Sirmans, and three grandchildren, and remember their grandson Lee, who died in January.

The family requests no gifts.""",
gold=[("VLD015", "subject"), ("VLD016", "subject")]),

dict(guid="vld_wiregrass_2026_0701_whiddon", pub="2026-07-01T06:00:00-04:00", title="Colquitt extension agent Whiddon retires after 34 years",
body="""Jerry Whiddon, the Colquitt County Extension agriculture agent who has walked more vegetable fields than anyone in the county, retired June 30 after 34 years with UGA Extension.

Whiddon, 66, of Moultrie, came to Colquitt County in 1992 and helped growers through whitefly outbreaks, two hurricanes and the switch to drip irrigation. A retirement drop-in for Whiddon and his wife, Sharon, will be held July 9 at the Colquitt County Ag Center.

"I'm going to learn to sit still," he said. "Sharon gives me two weeks." """,
gold=[("VLD024", "subject")]),

dict(guid="vld_wiregrass_2026_0923_copeland", pub="2026-09-23T06:00:00-04:00", title="Tifton quilter's 'Sunday Best' takes blue ribbon at Sunbelt Expo",
body="""Tifton's Annie Ruth Copeland took the blue ribbon in the traditional hand-quilting division at the Sunbelt Agricultural Expo's heritage arts show last week.

Her winning quilt, "Sunday Best," is pieced from the church dresses of three generations of women in her family, including her mother, Lula Paulk, and her late husband's mother. Mrs. Copeland, 79, said it took her two years and "most of the good thread in Tift County."

Judges also awarded honorable mentions to Brenda Kight of Ocilla and Faye Rutland of Sylvester.""",
gold=[("VLD020", "subject")]),

dict(guid="vld_wiregrass_2026_1014_strickland", pub="2026-10-14T06:00:00-04:00", title="Savannah chef Marcus Strickland wins national oyster title",
body="""Savannah chef Marcus Strickland, 29, of The Salt Marsh on River Street, won the National Oyster Cook-Off in Leonardtown, Maryland, on Saturday with a roasted oyster topped with Vidalia onion jam and Tifton pecans.

Strickland, a Glynn Academy graduate who trained at Savannah Technical College, said the pecans came from his grandmother's trees in Ty Ty. "She told me to say so," he said.""",
gold=[]),
]
