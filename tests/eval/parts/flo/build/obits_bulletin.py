"""Pee Dee Church Bulletins (invented aggregator of weekly church bulletins: Mullins First Baptist, Mt. Zion
Missionary Baptist of Timmonsville, Hartsville Presbyterian, Bishopville Bethlehem AME): short bereavement notes,
plain text. Hand-labelled."""

FEED = "bulletin"
ITEMS = [
dict(guid="flo_bulletin_2026_02_08_mullins_fbc", pub="2026-02-08T07:00:00-05:00",
title="Our Church Family Grieves: Mrs. Beulah Cribb",
body="""Our church family grieves with the Cribb family. Mrs. Beulah Hux Cribb, 79, went home to be with the Lord on Tuesday, February 3, after a long illness bravely borne. Miss Beulah taught the Ladies' Sunday School Class for thirty years and made the chicken bog for every homecoming since 1971.

She leaves her son, Jonathan Cribb, and his wife Sarah Beth, of Mullins; a daughter, Rhonda Cribb Strickland of Nichols; and four grandchildren. She was preceded in death by her husband, Deacon Harvey Cribb.

The funeral was held Friday in our sanctuary, with Pastor Jimmy Lupo officiating. Please keep Jon and Sarah Beth and all the family in your prayers, and see Brenda Hyatt if you can take a meal.""",
gold=[("FLO011", "survivor"), ("FLO010", "survivor")]),

dict(guid="flo_bulletin_2026_03_15_hartsville_pres", pub="2026-03-15T07:00:00-04:00",
title="With Sympathy",
body="""Our sympathy and prayers are with Kim Ard and family on the death of her father, Donald Ard of Hartsville, on Monday, March 9. Mr. Ard was an usher at our 11 o'clock service for many years and never forgot a visitor's name. A graveside service was held Thursday at Magnolia Cemetery. Cards may be sent to the family in care of the church office.""",
gold=[("FLO018", "survivor")]),

dict(guid="flo_bulletin_2026_03_29_bishopville_bethlehem", pub="2026-03-29T07:00:00-04:00",
title="Bereavement: Deacon Thaddeus Bethea",
body="""The Bethlehem AME Church family extends its love and prayers to the family of our Deacon Emeritus, Thaddeus Bethea, 90, of Bishopville, who fell asleep in Jesus on March 24. Deacon Bethea served this church for sixty-two years and raised the money for the fellowship hall one fish fry at a time. He leaves his wife, Mother Inez Bethea; his sons, Samuel and Otis Bethea of Bishopville; and a host of grandchildren. Homegoing services were held Saturday at Bethlehem AME, Bishopville.""",
gold=[]),  # namesake of FLO005 Thad Bethea (Dillon, b. 1969, wife Gwendolyn): nothing

dict(guid="flo_bulletin_2026_04_19_timmonsville_mtzion", pub="2026-04-19T07:00:00-04:00",
title="Sick and Shut-In / Bereaved Families",
body="""Bereaved: Sister Willie Mae Brunson of Timmonsville, a faithful member of the Senior Missionary Circle, passed on Sunday, April 12. Homegoing arrangements are incomplete at this time and will be announced. Please keep the family lifted in prayer.

Sick and shut-in: Mother Hattie Dozier, Brother Leon Dozier, Sister Clara McAllister, Deacon Wilbur Gause.""",
gold=[("FLO012", "possible_deceased_client")]),  # name and town only: no age, no spouse, no maiden name
]
