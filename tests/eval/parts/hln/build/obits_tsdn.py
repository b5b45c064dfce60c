"""Treasure State Death Notices: brief paid notices, surname-first headings, plain text. One item is a later copy
of the Helena Capital Register's Ostberg obituary. Hand-labelled."""

FEED = "tsdn"
ITEMS = [
dict(guid="hln_tsdn_20260127_ostberg", pub="2026-01-27T07:00:00-07:00", title="OSTBERG, Elsa Marie",
body="""Elsa Marie Ostberg, 97, of Helena, passed away peacefully on Friday, January 16, 2026, at Touchmark on Saddle Drive, with a view of the Sleeping Giant out her window, just the way she wanted it.

Elsa was born October 2, 1928, on the family homestead north of Augusta to Nils and Karin (Dahl) Lund. She taught in one-room schools on the Rocky Mountain Front before marrying Harold Ostberg in 1950 and moving to Helena, where Harold worked for the Great Northern. For thirty years she ran the hot-lunch kitchen at Central School and never let a child go hungry or leave without a mitten.

She is survived by her daughter, Delores "Dee" (Cliff) Brekke of Helena; her son, Kenneth Ostberg and his wife Lynn of Kalispell; five grandchildren and nine great-grandchildren. She was preceded in death by her husband Harold in 2004 and by her brothers Olaf and Arne Lund.

Visitation will be Thursday from 5 to 7 p.m. at Anderson Chapel of the Pines. Funeral services will be held Friday at 11 a.m. at Our Redeemer's Lutheran Church, with Pastor Gary Strand officiating. Burial will be at Forestvale Cemetery in the spring. Memorials to God's Love or the Lewis and Clark Humane Society.""",
gold=[]),  # duplicate copy: labelled on the Capital Register item only

dict(guid="hln_tsdn_20260305_fenske", pub="2026-03-05T07:00:00-07:00", title="FENSKE, Gerald \"Jerry\"",
body="""FENSKE, Gerald "Jerry" - Deer Lodge. Died March 3, 2026. Arrangements are pending with Deer Lodge Valley Mortuary. A complete obituary will follow.""",
gold=[("HLN014", "possible_deceased_client")]),

dict(guid="hln_tsdn_20260323_schwalbe", pub="2026-03-23T07:00:00-06:00", title="SCHWALBE, Herbert W.",
body="""SCHWALBE, Herbert W., 90, of Bozeman, died March 19, 2026. Retired Gallatin County extension agent, 4-H leader for 40 years. Survived by his wife Doris; daughter Ann (Rick) Peoples of Belgrade; and sister Margie Tveit of Toston. Preceded in death by his brother-in-law Arlen Tveit, who died last month. Services 11 a.m. Monday at Dahl Funeral Chapel, Bozeman.""",
gold=[("HLN002", "survivor")]),

dict(guid="hln_tsdn_20260402_gardipee", pub="2026-04-02T07:00:00-06:00", title="GARDIPEE, Louis \"Louie\"",
body="""GARDIPEE, Louis "Louie", 71, of Helena, died March 29, 2026. Born in Lewistown; carpenter, hunter, storyteller, member of the Little Shell Tribe. Survived by his daughter, Renée Gardipee Laverdure (Mark) of Helena; his son, Louis Jr. of Great Falls; his sister Bernice Azure of Havre; and six grandchildren. Rosary 7 p.m. Sunday, funeral Mass 10 a.m. Monday, Cathedral of St. Helena. Anderson Chapel of the Pines.""",
gold=[("HLN010", "survivor")]),

dict(guid="hln_tsdn_20260420_nordahl", pub="2026-04-20T07:00:00-06:00", title="NORDAHL, Callie Jo",
body="""NORDAHL, Callie Jo, 58, of Fargo, N.D., formerly of Valley City, died April 15, 2026, after a long fight with ALS. Survived by her husband Mark; sons Brady and Colton; and her mother, Janice Ellingson of Valley City. Services were held at Hanson-Runsvold Funeral Home, Fargo.""",
gold=[]),

dict(guid="hln_tsdn_20260611_pfaff", pub="2026-06-11T07:00:00-06:00", title="PFAFF, Wilbur Lee",
body="""PFAFF, Wilbur Lee, 83, of Helena, died June 7, 2026. Retired Helena Public Schools custodian. Survived by his wife Norma; sons Dean and Wade. Preceded in death by a grandson, Tanner. Funeral 10 a.m. Saturday at St. Paul's United Methodist Church. Pallbearers: Cliff Brekke, Travis Doney, Lee Yaeger, Bob Kaste and Wade Pfaff Jr.""",
gold=[]),
]
