"""Hometown Utah Weeklies (the Cache Valley Courier, Logan, and the Utah County Ledger, Provo; plus a Salt Lake
community page): teaser description, HTML in content:encoded. Hand-labelled."""

FEED = "huw"
ITEMS = [
dict(guid="slc_huw-ucl-2026-0312", pub="2026-03-12T08:00:00-06:00", title="Timpview names new principal",
body="""PROVO - Provo City School District has named Hy Tolman, the assistant principal at Timpview High School for the past six years, as the school's next principal, effective July 1.

Tolman, a former history teacher and girls' basketball coach, grew up in Provo and graduated from Timpview in 1997. He succeeds Principal Gail Warnick, who is retiring after 31 years in education. "This is the only school I ever wanted to run," Tolman said.""",
# SLC022 Hyrum "Hy" Tolman of Provo (b. 1979): promotion.
gold=[("SLC022", "subject")]),

dict(guid="slc_huw-slc-2026-0618", pub="2026-06-18T08:00:00-06:00", title="Tateoka - Harada",
body="""Dr. Emily Tateoka and Kenji Harada were married June 13, 2026, at the Salt Lake Buddhist Temple, with a reception following at the Japanese Church of Christ social hall.

The bride is the daughter of Steve and Joyce Tateoka of Murray. She is a graduate of the University of Utah School of Medicine and a resident in pediatrics at Primary Children's Hospital. The groom is the son of Mark and Lisa Harada of Salt Lake City and is a software engineer.

After a honeymoon in Hokkaido, the couple will live in Salt Lake City.""",
# Wedding of the clients' daughter: SLC017 and SLC018 parent_of_subject.
gold=[("SLC017", "parent_of_subject"), ("SLC018", "parent_of_subject")]),

dict(guid="slc_huw-slc-2026-0702", pub="2026-07-02T08:00:00-06:00", title="Elder Jensen returns from Tonga",
body="""Elder Caleb Dale Jensen has returned home after serving two years in the Tonga Nuku'alofa Mission of The Church of Jesus Christ of Latter-day Saints, where he learned to speak Tongan and to eat more than he thought possible.

He will report on his mission Sunday, July 12, at 10:30 a.m. in the Sandy Crescent Ward, 10920 S 1700 E. He is the son of Dale and LaRae Jensen of Sandy. Open house to follow at the family home.""",
# Son's mission homecoming: SLC003 LaRae Jensen parent_of_subject (Dale is not a client).
gold=[("SLC003", "parent_of_subject")]),

dict(guid="slc_huw-cvc-2026-0722", pub="2026-07-22T08:00:00-06:00", title="Logan Library Foundation thanks donors to children's wing",
body="""LOGAN - The Logan Library Foundation has closed its campaign for the new children's wing $40,000 over its $1.2 million goal and thanked its donors at a reception on Saturday.

Lead donors included the Cache Valley Bank Foundation, the Eccles family, Darrell and Jean Bingham, the Hyde Park Lions Club, Lorraine Whitesides (in memoriam), and LaRae Jensen in honor of her father, Elmer Sorensen, who grew up reading in the old Carnegie building. Construction begins in September.""",
# Donor list: Darrell Bingham (SLC021, do_not_contact), Lorraine Whitesides (SLC024, deceased), LaRae Jensen (SLC003): nothing.
gold=[]),

dict(guid="slc_huw-cvc-2026-0805", pub="2026-08-05T08:00:00-06:00", title="Logan woman marks 100th birthday with a Bear Lake picnic",
body="""LOGAN - Mary Ann Call of Logan turned 100 on Sunday, and she celebrated the way she has spent most summer Sundays since 1950: with raspberry shakes at Bear Lake.

Born August 2, 1926, in Paradise, Call taught piano to three generations of Cache Valley children and played the organ in her ward until she was 94. She has six children, 38 grandchildren and more great-grandchildren than she can list without a notepad.""",
# Namesake: SLC006 Mary Ann Call lives in Provo and was born 1952. Nothing.
gold=[]),

dict(guid="slc_huw-cvc-2026-0916", pub="2026-09-16T08:00:00-06:00", title="Cache County names volunteer of the year",
body="""LOGAN - For forty years she has sorted cans, driven seniors to appointments and organized the Sub for Santa drive. On Tuesday the Cache County Council named Marilyn Hatch of Logan its 2026 Volunteer of the Year.

Hatch, 80, has volunteered at the Cache Community Food Pantry every week since 1986 and has recruited, by the pantry's count, more than 1,100 other volunteers. She accepted the award "for Reed," her late husband, who drove the pantry truck with her until last winter.""",
# SLC002 Marilyn Hatch (widow of SLC001, deceased in March): award.
gold=[("SLC002", "subject")]),

dict(guid="slc_huw-ucl-2026-0930", pub="2026-09-30T08:00:00-06:00", title="Provo council approves Provo River trail extension",
body="""PROVO - The Provo Municipal Council voted 7-0 on Tuesday to extend the Provo River Parkway Trail by 2.4 miles to the Utah Lake shoreline boardwalk, closing the last gap between the canyon and the lake.

The $6.2 million project will be paid for with county tourism funds and a federal grant. Construction is expected to start next spring.""",
gold=[]),
]
