"""Down East Death Notices (paid notices, surname-first headings, brief). Hand-labelled."""

ITEMS = [
dict(guid="pgv_edn_20260301_davenport", pub="2026-03-01T07:00:00-05:00", title="DAVENPORT, Clarence \"Buddy\"",
body="""DAVENPORT, Clarence "Buddy", 79, of Washington, died Feb. 27, 2026. Retired crabber and Pamlico River guide. Survived by his sister, Ella Mae Congleton of Washington; nephews Dwight and Allen Congleton. Graveside 2 p.m. Tuesday, Oakdale Cemetery. Paul Funeral Home, Washington.""",
gold=[("PGV017", "survivor")]),

dict(guid="pgv_edn_20260614_cannon", pub="2026-06-14T07:00:00-04:00", title="CANNON, Earl Wayne",
body="""CANNON, Earl Wayne, 70, of Winterville, died June 11, 2026. Retired from Pitt County Sheriff's Office. Survived by his wife, Rhonda Cannon; a son, Brandon Cannon of Greenville. Service 11 a.m. Wednesday, Winterville Baptist Church.""",
gold=[]),

dict(guid="pgv_edn_20260702_ange", pub="2026-07-02T07:00:00-04:00", title="ANGE, Lucille Buck",
body="""ANGE, Lucille Buck, 86, of Grimesland, died June 29, 2026. Survived by a brother, Junius Buck of Grimesland; daughters Peggy Ange Cox and Linda Ange. Preceded in death by her husband, Wilbur Ange. Funeral 3 p.m. Thursday, Grimesland Christian Church.""",
gold=[("PGV016", "survivor")]),

dict(guid="pgv_edn_20260809_gaskins", pub="2026-08-09T07:00:00-04:00", title="GASKINS, Linwood Earl",
body="""GASKINS, Linwood Earl, 82, of Washington, died Monday, August 3, 2026, at Vidant Beaufort Hospital after a brief illness. Born March 9, 1944, in Beaufort County. He is survived by his wife of 58 years, Peggy Respess Gaskins; his son, Earl Gaskins and wife Renee of Chocowinity; his daughter, Kim Gaskins Woolard of Greenville; and four grandchildren. Funeral 2 p.m. Friday, First Christian Church, Washington.""",
gold=[]),

dict(guid="pgv_edn_20260920_dail", pub="2026-09-20T07:00:00-04:00", title="DAIL, Bettie Sue",
body="""DAIL, Bettie Sue, 79, of Kinston, died Sept. 17, 2026. Wife of the late Harvey Dail. Survived by sons Roger and Mitchell Dail of Kinston. Funeral 2 p.m. Tuesday, Garner Funeral Home chapel, Kinston.""",
gold=[]),

dict(guid="pgv_edn_20261112_cutler", pub="2026-11-12T07:00:00-05:00", title="CUTLER, Jean Respess",
body="""CUTLER, Jean Respess, 80, of Bath, died Nov. 9, 2026. Survived by her husband, Thomas Cutler; her sister, Peggy Gaskins of Washington; and a son, Tommy Cutler of Belhaven. Preceded in death by her brother-in-law, Linwood Gaskins. Service 11 a.m. Saturday, St. Thomas Episcopal Church, Bath; Rev. Ann Rowe officiating.""",
gold=[("PGV007", "survivor")]),
]
