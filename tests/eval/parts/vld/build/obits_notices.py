"""South Georgia Death Notices (paid notices, surname-first headings, terse, plain text). Hand-labelled."""

FEED = "notices"
ITEMS = [
dict(guid="vld_notice_2026_0214_strickland", pub="2026-02-14T07:00:00-05:00", title="STRICKLAND, Marcus Dewitt",
body="""STRICKLAND, Marcus Dewitt, 19, of Waycross, died February 11, 2026. A student at South Georgia State College. Survived by his parents, Dewitt and Shonda Strickland of Waycross; a brother, Jalen; grandmother, Bertha Strickland of Blackshear. Services 11 a.m. Saturday, Greater Mount Pleasant Baptist Church, Waycross.""",
gold=[]),

dict(guid="vld_notice_2026_0325_desai", pub="2026-03-25T07:00:00-04:00", title="DESAI, Ramesh Chandra",
body="""DESAI, Ramesh Chandra, 84, of Valdosta, passed away March 23, 2026. Retired civil engineer, Georgia DOT. Survived by his wife, Kokila; son, Hemant (Falguni) Desai of Valdosta; daughter, Nisha Patel of Duluth, Ga.; five grandchildren. Prayer meeting 4 p.m. Thursday, Carson McLane Funeral Home chapel.""",
gold=[("VLD017", "survivor")]),

dict(guid="vld_notice_2026_0416_mccrary", pub="2026-04-16T07:00:00-04:00", title="McCRARY, Odessa Pearl",
body="""McCRARY, Mother Odessa Pearl, 86, of Valdosta, departed this life April 13, 2026. Retired cafeteria manager, Valdosta City Schools. Survived by son, Cedric (LaTonya) McCrary of Valdosta; daughter, Vanessa McCrary Hall of Jacksonville, Fla.; seven grandchildren including Kiana McCrary. Homegoing 1 p.m. Saturday, St. Paul A.M.E. Church. Mack Funeral Home in charge.""",
gold=[("VLD010", "survivor"), ("VLD009", "survivor")]),

dict(guid="vld_notice_2026_0603_harnage", pub="2026-06-03T07:00:00-04:00", title="HARNAGE, Effie",
body="""HARNAGE, Effie, of Moultrie, passed away June 2, 2026. Arrangements are pending with Sweet Gum Funeral Home & Crematory, Moultrie.""",
gold=[("VLD014", "possible_deceased_client")]),

dict(guid="vld_notice_2026_0709_hammock", pub="2026-07-09T07:00:00-04:00", title="HAMMOCK, Virgil Thomas",
body="""HAMMOCK, Virgil Thomas, 70, of Pavo, died July 7, 2026. Retired Brooks County road department foreman. Preceded in death by his wife, Loretta. Survived by daughter, Delia Hammock of Quitman; son, Travis Hammock of Pavo; three grandchildren. Graveside 10 a.m. Friday, Pavo City Cemetery.""",
gold=[("VLD022", "survivor")]),

dict(guid="vld_notice_2026_0815_fountain", pub="2026-08-15T07:00:00-04:00", title="FOUNTAIN, Mary Alice",
body="""FOUNTAIN, Mary Alice, 88, of Fitzgerald, died August 13, 2026. Retired seamstress, Fitzgerald Mills. Survived by her husband of 67 years, Herbert Fountain; sons, Gary and Wayne Fountain, both of Fitzgerald. Services 3 p.m. Sunday, Evergreen Cemetery, Fitzgerald.""",
gold=[]),
]
