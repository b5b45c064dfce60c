"""The Yuma Territorial Dispatch (invented daily): paid death notices, surname-first headings, terse, plain text.
Hand-labelled (gold=[(client_id, role)])."""

FEED = "ytd"
ITEMS = [
dict(guid="yum_ytd_dn_2026_0311", pub="2026-03-11T05:00:00-07:00", title="O'HALLORAN, Desmond J.",
body="""O'HALLORAN, Desmond J., 73, of Scranton, Pa., died March 6, 2026, at Geisinger Community Medical Center. Born in Scranton, he served in the U.S. Marine Corps from 1971 to 1979, including three years at MCAS Yuma, and afterward worked thirty years for the Lackawanna County Transit System. Survived by his wife of 48 years, Maureen (Gallagher); sons Kieran of Yuma and Brendan of Dunmore, Pa.; and five grandchildren. Mass of Christian Burial Saturday at St. Paul's Church, Scranton. Arrangements: Kearney Funeral Home, Scranton.""",
gold=[]),

dict(guid="yum_ytd_dn_2026_0617", pub="2026-06-17T05:00:00-07:00", title="ESCALANTI, Marvin Leroy",
body="""ESCALANTI, Marvin Leroy, 71, of Winterhaven, Calif., passed June 14, 2026, at home on the Fort Yuma Indian Reservation. A member of the Quechan Tribe, Marvin worked 28 years as a heavy-equipment operator for the Bureau of Reclamation on the Colorado River levees and was a lead singer of bird songs at gatherings up and down the river. Survived by his sister, Winona Escalanti of Yuma; his children, Darrell Escalanti and Tanya Palmer, both of Winterhaven; and nine grandchildren. Preceded by his parents and his brother, Alvin. In keeping with Quechan tradition, the family held a wake at the tribal cry house and a cremation ceremony at dawn on June 16. A memorial gathering will be held later this summer.""",
gold=[("YUM011", "survivor")]),

dict(guid="yum_ytd_dn_2026_0709", pub="2026-07-09T05:00:00-07:00", title="BRINKERHOFF, Thaddeus L. Sr.",
body="""BRINKERHOFF, Thaddeus Lorin Sr., 88, of Mesa, Ariz., died July 5, 2026. Born in Snowflake, Ariz., he was a citrus rancher in the East Valley for fifty years and served as bishop of the Lehi Second Ward of The Church of Jesus Christ of Latter-day Saints. Preceded in death by his wife, Verla (Flake), in 2020. Survived by his sons, Thaddeus "Tad" Brinkerhoff Jr. (Lynette) of Yuma and Roland Brinkerhoff (Kaylene) of Gilbert; his daughter, Merilee Tanner of Snowflake; 23 grandchildren and 41 great-grandchildren. Funeral Saturday, 11 a.m., at the Lehi Ward chapel, Mesa. Interment Snowflake Cemetery.""",
gold=[("YUM005", "survivor")]),

dict(guid="yum_ytd_dn_2026_0805", pub="2026-08-05T05:00:00-07:00", title="FENSTERMACHER, Harold E.",
body="""FENSTERMACHER, Harold Eugene, 83, of Wellton, died Aug. 1, 2026. A retired Wellton-Mohawk Irrigation District ditch rider. Survived by his brother, Wilbur "Will" Fenstermacher of Yuma, and nieces and nephews in Pennsylvania. Preceded by his wife, Arlene. Graveside service Friday, 8 a.m., at Wellton Cemetery. Sunset Mesa Funeral Home, Yuma.""",
gold=[]),

dict(guid="yum_ytd_dn_2026_0917", pub="2026-09-17T05:00:00-07:00", title="PFANNENSTIEL, Harlan D. \"Hal\"",
body="""PFANNENSTIEL, Harlan D. "Hal", 84, of Yuma, Sept. 12, 2026. Retired vocational agriculture teacher, Hays, Kan. Husband of Doris. Memorial service 11 a.m. Saturday, Christ the Redeemer Lutheran Church. Sunset Mesa Funeral Home.""",
gold=[]),  # a later second copy of the Sunset Mesa obituary yum_smfh_2026_0219: labelled there only

dict(guid="yum_ytd_dn_2026_1104", pub="2026-11-04T05:00:00-07:00", title="SCHLABACH, Winifred A.",
body="""SCHLABACH, Winifred A., of Yuma, died Nov. 1, 2026. Arrangements are pending with Sunset Mesa Funeral Home.""",
gold=[("YUM021", "possible_deceased_client")]),
]
