"""Nashville Banner-Ledger paid death notices: short, surname-first headings, plain text. Hand-labelled."""

FEED = "nbdn"
ITEMS = [
dict(guid="bna_nbdn_2026_00411", pub="2026-02-03T06:00:00-06:00", title="GREER, Thomas Allen",
body="""GREER, Thomas Allen, 81, of Madison, died Jan. 30, 2026. Retired L&N Railroad brakeman; Korea-era Army veteran. Survived by wife, Joyce; sons Tim (Rhonda) and Steve Greer; four grandchildren. Service 2 p.m. Saturday, Maple Hill Funeral Home, Nashville.""",
gold=[]),

dict(guid="bna_nbdn_2026_00472", pub="2026-03-17T06:00:00-05:00", title="WOMACK, Roy Lee",
body="""WOMACK, Roy Lee, 79, of Smyrna, died March 14, 2026. Retired from Nissan after 31 years; lifelong member of Smyrna First Baptist. Survived by wife of 57 years, Glenda; sons Darrell and Keith Womack; sister, Patsy O'Neal of Smyrna; seven grandchildren. Preceded in death by brother, J.W. Womack. Visitation 5-8 p.m. Thursday; funeral 11 a.m. Friday, Woodfin Chapel, Smyrna.""",
gold=[("BNA023", "survivor")]),
# roster "ONeal" (apostrophe dropped), maiden Womack = the deceased's surname.

dict(guid="bna_nbdn_2026_00519", pub="2026-04-28T06:00:00-05:00", title="LAVERGNE, Odile Marie",
body="""LAVERGNE, Odile Marie, 92, of Opelousas, La., died April 24, 2026. Survived by daughter, Candace "Candy" Lavergne, Franklin, Tenn., and son, Paul Lavergne, Lafayette, La.; three grandchildren. Preceded in death by husband, Ulysse. Mass of Christian Burial 10 a.m. Thursday, St. Landry Catholic Church, Opelousas. Notice placed by the family.""",
gold=[("BNA003", "survivor")]),

dict(guid="bna_nbdn_2026_00588", pub="2026-06-09T06:00:00-05:00", title="LANNOM, Mary Beth",
body="""LANNOM, Mary Beth, 70, of Gallatin, Mo., died June 5, 2026. Longtime clerk of the Daviess County Circuit Court. Survived by sons Kyle and Brent Lannom; sister, Janice Ewing of Chillicothe, Mo. Preceded in death by husband, Ronald Lannom. Services Saturday, Gallatin, Mo.; notice placed by her cousin, Sue Hartley of Lebanon, Tenn.""",
gold=[]),
# decoy: namesake of BNA019 (Gallatin, TN, same age) in Gallatin, Missouri; different husband (late Ronald vs roster Jimmy).

dict(guid="bna_nbdn_2026_00640", pub="2026-07-16T06:00:00-05:00", title="FITE, Odessa Mae",
body="""FITE, Odessa Mae, 90, of Nashville, died July 9, 2026. Homegoing 11 a.m. Saturday, Greater Mount Pisgah Missionary Baptist Church. Hightower Funeral Home in charge.""",
gold=[]),
# later, terse second copy of the Jefferson Street Tribune homegoing notice: labelled on the earlier copy only.

dict(guid="bna_nbdn_2026_00702", pub="2026-08-25T06:00:00-05:00", title="HOLT, James Edward \"Jimbo\"",
body="""HOLT, James Edward "Jimbo", 66, of Hendersonville, died Aug. 21, 2026. Bass player for the Opry staff band 1988-2012. Survived by wife, Charlene; daughter, Hannah Holt Greer. Memorial 2 p.m. Sunday at the Station Inn. In lieu of flowers, donations to the Musicians' Emergency Fund.""",
gold=[]),

dict(guid="bna_nbdn_2026_00771", pub="2026-11-05T06:00:00-06:00", title="VAN HOOSER, Delbert",
body="""VAN HOOSER, Delbert, of Goodlettsville, died Nov. 2, 2026. Arrangements pending with Bradley & Sons Funeral Home, Goodlettsville.""",
gold=[("BNA024", "possible_deceased_client")]),
# same name and town, no age, no spouse, no survivors: please verify only.
]
