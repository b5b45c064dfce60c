"""Kings & Tulare Neighbors: community newsletter (schools, milestones, farm and civic news); teaser description and
HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="hnf_kcn_20260210_farm_bureau", pub="2026-02-10T08:00:00-08:00",
title="Farm Bureau honors Hanford crop duster as Young Farmer of the Year",
body="""The Kings County Farm Bureau named Cody Brasil, owner of Brasil Ag Aviation in Hanford, its Young Farmer and Rancher of the Year at its annual dinner Saturday.

Brasil, 37, flies two air tractors out of the Hanford airport and farms 300 acres of pistachios with his uncle. He was cited for a pilot program that cut spray drift near schools.""",
gold=[("HNF013", "subject")]),

dict(guid="hnf_kcn_20260301_museum_donors", pub="2026-03-01T08:00:00-08:00",
title="Carnegie Museum fundraiser nets $48,000 for roof",
body="""The Hanford Carnegie Museum's Crab Feed raised $48,000 toward the new roof. The board thanks its table sponsors: Whitmore-Bettencourt Funeral Chapel, Silveira Feed & Hay, Vartan and Anahid Kazarian, Bernie Azevedo, Loretta Quaresma, Kings River Bank and the Hanford P.F.S.A.""",
gold=[]),

dict(guid="hnf_kcn_20260615_mangubat_50th", pub="2026-06-15T08:00:00-07:00",
title="Mangubats celebrate golden anniversary",
body="""Teddy and Lorna Mangubat of Lemoore celebrated their 50th wedding anniversary June 12 with a renewal of vows at St. Peter the Apostle Church and a dinner for 200 at the Lemoore Veterans Hall.

They were married in Olongapo in 1976, when Teddy was a young petty officer at Subic Bay. They came to NAS Lemoore in 1983 and never left.""",
gold=[("HNF011", "subject"), ("HNF012", "subject")]),

dict(guid="hnf_kcn_20260624_lemos_retires", pub="2026-06-24T08:00:00-07:00",
title="Lemos retires after 38 years on the flight line",
body="""After 38 years as a civilian aircraft mechanic at Naval Air Station Lemoore, Everett Lemos has hung up his toolbox. Lemos, a Lemoore High graduate, worked on everything from A-7s to F-35s.

He and his wife, Janice, plan to spend more time with their grandchildren and at their cabin at Hume Lake.""",
gold=[("HNF017", "subject")]),

dict(guid="hnf_kcn_20260722_kings_fair", pub="2026-07-22T08:00:00-07:00",
title="Corcoran 4-H'er wins supreme champion lamb at Kings Fair",
body="""Briana Arreola, 15, of the Corcoran 4-H Club, showed the supreme champion market lamb at the Kings Fair on Saturday. Her lamb sold for $14 a pound to Kings River Bank.

Briana is the daughter of Linda Arreola Cisneros of Corcoran and dedicated the win to her grandmother, Rosa Cisneros, who died the week before the fair.""",
gold=[("HNF005", "parent_of_subject")]),

dict(guid="hnf_kcn_20260812_galaviz_birth", pub="2026-08-12T08:00:00-07:00",
title="Births at Kaweah Health",
body="""Omar and Yesenia Galaviz of Visalia announce the birth of their daughter, Itzel Rosario Galaviz, on Aug. 3 at Kaweah Health Medical Center. She weighed 7 pounds, 9 ounces.

Jacob and Hailey Dutra of Exeter announce the birth of a son, Wyatt James, on Aug. 5.""",
gold=[("HNF022", "subject"), ("HNF021", "subject")]),

dict(guid="hnf_kcn_20260910_tulare_fair_quilts", pub="2026-09-10T08:00:00-07:00",
title="Tulare County Fair: quilt and needlework winners",
body="""Best of Show in quilting at the Tulare County Fair went to Marisol Vieira of Tulare for her Azorean-tile medallion quilt. This year's judges were Bernie Azevedo of Tulare, a 40-year member of the Sequoia Quilters Guild, and Joy Tanaka of San Jose.""",
gold=[]),

dict(guid="hnf_kcn_20261002_sacramento_audit", pub="2026-10-02T08:00:00-07:00",
title="State audit of water district finds record-keeping gaps",
body="""A state audit released Tuesday found the Tulare Lake basin water agency could not document $2.1 million in payments. "These are not small rounding errors," said Kimberly Nishimoto, the audit manager at the California State Auditor's office in Sacramento, who led the review.""",
gold=[]),
]
