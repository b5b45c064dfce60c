"""Rogue Valley Neighbors (community paper and school news for Medford, Central Point, Eagle Point, Shady Cove,
White City and Jacksonville): teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "rvn"
ITEMS = [
dict(guid="mfr_rvn_2026_0312_chief", pub="2026-03-12T08:00:00-07:00",
title="Fire District 3 chief retires after 38 years",
body="""CENTRAL POINT - When Gideon Pflugrath joined Jackson County Fire District 3 in 1988, the district had one paid engine crew and a radio that only worked on the valley floor. This week, after 38 years and the last eleven as chief, Pflugrath retired.

Pflugrath, 68, led the district through the 2020 Almeda fire, when his crews fought house by house through Phoenix and Talent for three days. He also built the district's wildfire-prevention crew and pushed through the bond that paid for the new White City station.

A retirement open house drew about 300 people to Station 3 on Saturday. Pflugrath said he and his wife, Sharon, plan to spend the summer on Lost Creek Lake "without a pager." Deputy Chief Alicia Moreno will serve as interim chief.""",
gold=[("MFR020", "subject")]),

dict(guid="mfr_rvn_2026_0510_engaged", pub="2026-05-10T08:00:00-07:00",
title="Engagements: Thackaberry - Lindahl",
body="""EAGLE POINT - Lyman and Dana Thackaberry of Eagle Point announce the engagement of their daughter, Kelsey Thackaberry, to Erik Lindahl, son of Sven and Carla Lindahl of Roseburg.

The bride-to-be is a 2017 graduate of Eagle Point High School and of Oregon Tech, and works as a radiology technician at Providence Medford Medical Center. Her fiance graduated from Oregon State University and is a forester with the Bureau of Land Management in Medford.

An October wedding is planned at the Eagle Point Historical Museum's Butte Creek Mill grounds.""",
gold=[("MFR005", "parent_of_subject"), ("MFR006", "parent_of_subject")]),

dict(guid="mfr_rvn_2026_0617_anniv", pub="2026-06-17T08:00:00-07:00",
title="Quisenberrys mark 55 years",
body="""MEDFORD - Everett and Lorraine Quisenberry of Medford will celebrate their 55th wedding anniversary on June 19 with a family picnic at Bear Creek Park.

The couple met in 1969 at a Southern Oregon College dance and were married June 19, 1971, at First Lutheran Church in Medford. Ev retired in 2010 after 36 years as a pharmacist at Medford's Crater Drug; Lorraine taught second grade at Roosevelt Elementary for 31 years.

They have two sons, Brian (Kristen) of Medford and Scott of Seattle, and four grandchildren. Cards may be sent to the family in care of First Lutheran Church.""",
gold=[("MFR001", "subject"), ("MFR002", "subject")]),

dict(guid="mfr_rvn_2026_0624_principal", pub="2026-06-24T08:00:00-07:00",
title="White City educator named principal of Mountain View Elementary",
body="""WHITE CITY - Marisol Del Castillo, a teacher and assistant principal in the Eagle Point School District for 24 years, has been named principal of Mountain View Elementary School, the district announced Monday.

Del Castillo, who came to White City from Michoacán at age nine speaking no English, started her career as a bilingual aide at the same school. She replaces Dennis Hartung, who is retiring. "I was the little girl who sat in the back and did not understand the teacher," she said. "I want every child in that building to know they belong in the front row." """,
gold=[("MFR009", "subject")]),

dict(guid="mfr_rvn_2026_0630_lions", pub="2026-06-30T08:00:00-07:00",
title="Jacksonville Lions honor late orchardist with Melvin Jones Fellowship",
body="""JACKSONVILLE - The Jacksonville Lions Club on Thursday named the late Wendell Ruckdaschel, a 50-year member who died in April, a Melvin Jones Fellow, the highest honor of Lions Clubs International.

His wife, Arlette Ruckdaschel, accepted the plaque on his behalf at the club's annual dinner at the Jacksonville Inn. Club president Tom Varney said Ruckdaschel had screened the eyes of more than 4,000 Jackson County schoolchildren over the years. "He thought nobody should have to squint at a blackboard," Varney said.""",
gold=[]),   # a posthumous honour accepted by the widow: nothing

dict(guid="mfr_rvn_2026_0902_library", pub="2026-09-02T08:00:00-07:00",
title="Shady Cove library expansion reaches its goal",
body="""SHADY COVE - The Friends of the Shady Cove Library have raised the last $85,000 needed for the branch's new children's wing, which will break ground in October.

Donors at the $1,000 level and above include Henrietta Brisbois, Gideon and Sharon Pflugrath, Orrin Sattlemeier, Upper Rogue Realty and the Shady Cove Lions. Friends president Marge Tolliver thanked "the whole upper Rogue" for the 640 gifts, most of them under $50.""",
gold=[]),   # a donor list: nothing

dict(guid="mfr_rvn_2026_0916_birthday", pub="2026-09-16T08:00:00-07:00",
title="Shady Cove's Hettie Brisbois turns 80 with a float down the Rogue",
body="""SHADY COVE - Most people celebrate an 80th birthday with cake. Hettie Brisbois celebrated hers on Saturday in a drift boat, floating the Rogue River from Shady Cove to Dodge Bridge with two of her nephews at the oars.

Brisbois, who ran the Shady Cove post office for 27 years, has floated that stretch every September since 1972. "My knees are eighty," she said. "The rest of me is about forty." Friends threw her a party afterward at the Shady Cove Grange.""",
gold=[("MFR021", "subject")]),
]
