"""The Plainsman (weekly serving Woods, Major, Alfalfa and Kingfisher counties): community and school news, teaser
description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="wdg_plainsman_20260108_pribil", pub="2026-01-08T09:00:00-06:00", title="Enid native opens architecture studio in Denver",
body="""Raymond Pribil, a 2010 graduate of Enid High School, has opened his own architecture studio in Denver's RiNo district.

Pribil, 34, spent eight years with a Denver firm designing schools. He is the son of Dean and Amy Pribil of Colorado Springs. His new firm, Pribil Studio, focuses on rural libraries.""",
gold=[]),

dict(guid="wdg_plainsman_20260129_nightengale", pub="2026-01-29T09:00:00-06:00", title="Card shower planned for Lavonne Nightengale's 85th",
body="""Lavonne Nightengale of Fairview will celebrate her 85th birthday on June 20, and her family is asking friends to shower her with cards.

Lavonne taught piano to three generations of Fairview children and still plays for the Tuesday morning Bible study. Cards may be sent to her at 315 E. Broadway, Fairview.""",
gold=[("WDG004", "subject")]),

dict(guid="wdg_plainsman_20260219_schroeder", pub="2026-02-19T09:00:00-06:00", title="Schroeder to retire after 34 years at Kingfisher High",
body="""Kingfisher High School English teacher Bobbie Jo Schroeder will retire at the end of this school year after 34 years in the classroom.

Schroeder, a 1978 Kingfisher graduate, has directed the spring musical since 1995 and coached the academic team to two state titles. A reception will be held May 15 in the high school commons.""",
gold=[("WDG011", "subject")]),

dict(guid="wdg_plainsman_20260312_voth", pub="2026-03-12T09:00:00-05:00", title="Voths to mark 50th anniversary",
body="""Lee and Darla Voth of Alva will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Sunday, March 22, at the First Mennonite Church fellowship hall.

Leland Voth and Darla Penner were married March 20, 1976, at the Bethel Mennonite Church in Inman, Kansas. Lee retired from the Woods County Extension office; Darla was a nurse at Share Medical Center for 35 years. The couple requests no gifts.""",
gold=[("WDG012", "subject"), ("WDG013", "subject")]),

dict(guid="wdg_plainsman_20260402_ffa", pub="2026-04-02T09:00:00-05:00", title="Kingfisher FFA member earns State FFA Degree",
body="""Tyler Baalman, a junior at Kingfisher High School, will receive the State FFA Degree at the state convention in Oklahoma City this month.

Tyler, the son of Kenton and Jill Baalman of Kingfisher, raises registered Angus heifers and runs a custom hay-hauling business. Fewer than 3 percent of FFA members earn the degree.""",
gold=[("WDG003", "parent_of_subject"), ("WDG017", "parent_of_subject")]),

dict(guid="wdg_plainsman_20260430_strecker", pub="2026-04-30T09:00:00-05:00", title="NWOSU honors Strecker with faculty excellence award",
body="""Dr. Thaddeus "Tad" Strecker, professor of agriculture at Northwestern Oklahoma State University, received the university's Faculty Excellence Award at Thursday's honors convocation in Alva.

Strecker has taught at Northwestern since 1999 and leads the Ranger Crops Team, which placed second nationally last fall.""",
gold=[("WDG014", "subject")]),

dict(guid="wdg_plainsman_20260820_fair", pub="2026-08-20T09:00:00-05:00", title="Woods County Free Fair results",
body="""The Woods County Free Fair wrapped up Saturday in Alva with record entries in the open-class kitchen division.

Pastor Roz Eitzen judged the pie contest, which was won by Shelby Miller of Waynoka with a sour cream raisin pie. Lee Voth announced the livestock premium sale, which raised $84,000 for 4-H and FFA exhibitors.

Grand champion steer went to Kaden Schmidt of Freedom.""",
gold=[]),

dict(guid="wdg_plainsman_20260903_tallbird", pub="2026-09-03T09:00:00-05:00", title="Tallbird named Kingfisher's Citizen of the Year",
body="""The Kingfisher Chamber of Commerce has named Gwen Tallbird its 2026 Citizen of the Year.

Tallbird, who directs the county's senior nutrition program, organized the meal deliveries that kept going through last spring's tornado cleanup. She will be honored at the chamber banquet Sept. 24 at the Kingfisher Community Center.""",
gold=[("WDG015", "subject")]),
]
