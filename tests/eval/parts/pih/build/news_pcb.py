"""Portneuf & Bingham Community Bulletin (community newsletter: wards, schools, seniors, county fair): teaser in
description, HTML in content:encoded. Hand-labelled."""

FEED = "pcb"
ITEMS = [
dict(guid="pih_pcb_2026_02_anniv_hymas", pub="2026-02-05T08:00:00-07:00",
title="Aberdeen couple marks 70 years of marriage",
body="""ABERDEEN - Arvel and Verda Hymas of Aberdeen will celebrate their 70th wedding anniversary with an open house Saturday, Feb. 14, from 2 to 4 p.m. at the Aberdeen 1st Ward cultural hall.

They were married Feb. 14, 1956, in the Idaho Falls Idaho Temple. Arvel farmed sugar beets and grain west of Aberdeen for 55 years; Verda taught piano to, by her count, 412 children. They have six children, 31 grandchildren and 58 great-grandchildren. No gifts, please; cards and memories are welcome.""",
gold=[("PIH022", "subject")]),

dict(guid="pih_pcb_2026_08_fair_quilts", pub="2026-08-21T08:00:00-06:00",
title="Bannock County Fair quilt results",
body="""DOWNEY - The Bannock County Fair's open-class quilt show drew 143 entries this year, the most since 2012.

Best of Show went to Marjorie Evans of Arimo for a hand-quilted Lone Star. Judges were Ilene Vandersloot of McCammon, Sharon Pugmire of Lava Hot Springs and Becky Nield of Pocatello. Ribbons in the youth division went to twelve 4-H members from Marsh Valley and Inkom.""",
gold=[]),

dict(guid="pih_pcb_2026_03_eagle_ovard", pub="2026-03-19T08:00:00-06:00",
title="Rexburg Scout's Eagle project builds a bridge on the Beaver Dick trail",
body="""REXBURG - Kimball Ovard, 15, of Rexburg earned the rank of Eagle Scout at a court of honor March 14 for building a 24-foot footbridge over an irrigation canal on the Beaver Dick Park trail.

Kimball, a sophomore at Madison High School, is the son of Tad and Kimberly Ovard. He raised $3,800 for lumber and led 37 volunteers over three Saturdays. He was named for his great-grandfather, Thaddeus Kimball Ovard, who died in January.""",
gold=[("PIH010", "parent_of_subject")]),

dict(guid="pih_pcb_2026_06_retire_fackrell", pub="2026-06-11T08:00:00-06:00",
title="Soda Springs librarian closes the book on 31 years",
body="""SODA SPRINGS - Lorna Fackrell shelved her last book at the Soda Springs Public Library on Friday, retiring after 31 years as its director.

Fackrell, who started as a part-time story-hour reader in 1995, oversaw the library's move to its new building on Main Street and started the summer reading program that now signs up 600 children a year. A retirement open house will be held Tuesday at 4 p.m. "I'm going to read everything I told other people to read," she said.""",
gold=[("PIH011", "subject")]),

dict(guid="pih_pcb_2026_05_language_tasiwoo", pub="2026-05-28T08:00:00-06:00",
title="Fort Hall elder honored for Shoshone language work",
body="""FORT HALL - Dorinda "Dory" Tasiwoo has spent thirty years recording elders telling stories in Shoshone. On Friday, the Idaho Humanities Council gave her its Outstanding Achievement award for the work, which now fills more than 900 hours of tape and a dictionary used in Fort Hall classrooms.

Tasiwoo, 70, said the honor belongs to the elders. "Most of them are gone now. Their voices aren't." She will accept the award at a ceremony in Boise in October.""",
gold=[("PIH009", "subject")]),
]
