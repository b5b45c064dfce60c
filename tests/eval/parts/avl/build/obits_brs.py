"""The Blue Ridge Sentinel (Asheville daily, invented): paid death notices, surname-first headings, terse plain
text; covers Western North Carolina and the South Carolina Upstate. Hand-labelled."""

FEED = "brs"
ITEMS = [
dict(guid="avl_brs_dn_260214_03", pub="2026-02-14T05:30:00-05:00", title="KIRBY, Maureen O'Shields",
body="""KIRBY, Maureen O'Shields, 80, of Black Mountain, died February 11, 2026. A retired Buncombe County school librarian. Preceded in death by her husband, Frank Kirby. Survived by her sister, Colleen O'Shields of Black Mountain; sons Brian Kirby of Charlotte and Sean Kirby of Swannanoa; five grandchildren. Mass of Christian Burial 10 a.m. Tuesday, St. Margaret of Scotland Catholic Church. Harris-Kerr Funeral Home, Black Mountain.""",
gold=[("AVL010", "survivor")]),

dict(guid="avl_brs_dn_260310_01", pub="2026-03-10T05:30:00-04:00", title="FENDER, Hollis",
body="""FENDER, Hollis, of Marshall, died Sunday, March 8, 2026. Arrangements are pending with Madison Family Funeral Service.""",
gold=[("AVL021", "possible_deceased_client")]),

dict(guid="avl_brs_dn_260322_05", pub="2026-03-22T05:30:00-04:00", title="O'SHIELDS, Colleen Marie",
body="""O'SHIELDS, Colleen Marie, 75, of Greer, S.C., died March 19, 2026. A nurse at Greer Memorial Hospital for 38 years. Survived by her husband of 52 years, Dennis O'Shields; daughters Erin Lusk and Kathleen Bragg; six grandchildren. Funeral 11 a.m. Wednesday, St. Mary's Catholic Church, Greer. The Wood Mortuary, Greer.""",
gold=[]),

dict(guid="avl_brs_dn_260403_02", pub="2026-04-03T05:30:00-04:00", title="THRASH, Ida Mae",
body="""THRASH, Ida Mae, 98, of Fletcher, died April 1, 2026, at Aston Park. Mrs. Thrash taught third grade at Fletcher Elementary for 35 years. Preceded in death by her husband, Roy Thrash, and sisters Ada, Lottie and Cleo Gossage. Survived by nieces Ruthanne Gossage of Arden and Sharon Gossage Pittillo of Brevard; nephew Ralph Gossage of Etowah. Graveside 2 p.m. Saturday, Calvary Episcopal Churchyard, Fletcher. Forest Lawn Funeral Home.""",
gold=[("AVL015", "survivor")]),

dict(guid="avl_brs_dn_260411_04", pub="2026-04-11T05:30:00-04:00", title="STIKELEATHER, Harlan D.",
body="""STIKELEATHER, Harlan D., 84, of Weaverville, died April 6, 2026. Owner of Stikeleather Hardware. Survived by his wife, Opal; daughter Denise Cole; son Dale. Funeral 11 a.m. Friday, Weaverville Presbyterian Church. Laurel & Pisgah Funeral Service, Weaverville.""",
gold=[]),  # later, shorter copy of the funeral home's obituary (avl_lpfs_2026_0248): labelled there only

dict(guid="avl_brs_dn_260520_02", pub="2026-05-20T05:30:00-04:00", title="McCURRY, Eugene Ray",
body="""McCURRY, Eugene Ray, 71, of Burnsville, died May 18, 2026. Retired from the Yancey County Sheriff's Office. Survived by his wife, Darla; sons Wes and Brandon McCurry. Funeral 2 p.m. Thursday, Higgins Memorial United Methodist Church. Yancey Funeral Service.""",
gold=[]),

dict(guid="avl_brs_dn_260917_01", pub="2026-09-17T05:30:00-04:00", title="VAN HOOK, Dale Everett",
body="""VAN HOOK, Dale Everett, 68, of Mills River, died September 14, 2026, after a brave fight with cancer. An apple grower on the family orchard on Boylston Highway for forty years. Survived by his wife, Beatrix "Trixie" Van Hook; son Caleb Van Hook; his mother, Louise Van Hook of Etowah. Memorial service 4 p.m. Sunday, Mills River Presbyterian Church. Thomas Shepherd & Son Funeral Directors, Hendersonville.""",
gold=[("AVL018", "survivor")]),
]
