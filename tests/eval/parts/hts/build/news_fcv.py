"""The Fairfield Community Voice: community news (awards, engagements, church and neighborhood notes). Teaser
description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="hts_fcv-news-2026-014", pub="2026-02-19T08:00:00-05:00",
title="Rev. Darnell Quarles receives NAACP's Carter G. Woodson Service Award",
body="""The Huntington-Cabell Branch of the NAACP honored the Rev. Darnell Quarles, pastor of Greater New Bethel Missionary Baptist Church, with its Carter G. Woodson Community Service Award at the branch's Freedom Fund banquet on Saturday.

Quarles was recognized for the church's free after-school tutoring program, which has served more than 600 children since 2015, and for leading the drive to restore the Douglass High School marquee.""",
gold=[("HTS013", "subject")]),

dict(guid="hts_fcv-news-2026-022", pub="2026-04-02T08:00:00-04:00",
title="Late Deacon Peyton honored by Fairfield West Neighborhood Association",
body="""The Fairfield West Neighborhood Association posthumously named the late Deacon Lucius Peyton its 2026 Neighbor of the Year at its annual dinner on Saturday.

Peyton, who died in January, mowed the lots on Artisan Avenue and coached the Douglass Alumni checkers club for three decades. His sister, Mother Cordelia Fountaine, accepted the plaque on his behalf. "He would have said somebody else deserved it," she said.""",
gold=[]),  # HTS012 accepts a late relative's honour: nothing

dict(guid="hts_fcv-news-2026-031", pub="2026-06-11T08:00:00-04:00",
title="Yazbek-Carver engagement announced",
body="""Tony and Samira Yazbek of Huntington announce the engagement of their son, Elias Antoun Yazbek, to Hannah Grace Carver, daughter of Mark and Leanne Carver of Proctorville, Ohio.

The bride-elect is a nurse at Cabell Huntington Hospital. The prospective groom, a Marshall University graduate, is an engineer with the West Virginia Division of Highways. An October wedding is planned at St. Anthony Maronite Catholic Church.""",
gold=[("HTS010", "parent_of_subject"), ("HTS011", "parent_of_subject")]),

dict(guid="hts_fcv-news-2026-037", pub="2026-07-23T08:00:00-04:00",
title="Douglass marquee fund passes its goal; thank you to our donors",
body="""The campaign to restore the historic Douglass High School marquee has passed its $80,000 goal, the Douglass Alumni Association announced.

The association thanks its donors, among them Philomena D'Orazio, Rosalind Plymale, Betty Lou Cremeans, the Cedar Grill, Guyandotte Valley Bank and Sixteenth Street Missionary Baptist Church. The relighting ceremony will be held at 7 p.m. August 28.""",
gold=[]),  # donor list: nothing
]
