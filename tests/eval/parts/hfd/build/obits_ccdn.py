"""The Capitol Courier (Hartford daily) paid death notices: terse, surname-first headings, plain text.
Hand-labelled."""

FEED = "ccdn"
ITEMS = [
dict(guid="hfd_ccdn-2026-00412", pub="2026-01-27T06:00:00-05:00", title="HALE, Ezra Williams",
body="""HALE, Ezra Williams, 88, of Glastonbury, died Jan. 23, 2026. A dairy farmer on the family land on Hopewell Road for 60 years and a deacon of the First Church of Christ, Congregational, South Glastonbury. Predeceased by his wife, Ruth (Wadsworth) Hale. Survived by his sons, Samuel Hale of Glastonbury and Thomas Hale of Montpelier, Vt.; his sister, Eleanor "Nell" Pitkin of Glastonbury; six grandchildren. Memorial service 2 p.m. Saturday at the church. In lieu of flowers, gifts to the Glastonbury Historical Society.""",
gold=[("HFD017", "survivor")]),

dict(guid="hfd_ccdn-2026-00447", pub="2026-02-03T06:00:00-05:00", title="AVERY, Gordon L.",
body="""AVERY, Gordon L., 76, of Sarasota, Fla., formerly of Mystic, died Jan. 29, 2026. Retired from Electric Boat after 38 years as a pipefitter. Survived by his wife, Janice; daughter Kristen (Neil) Barstow of Groton; two grandsons. Services will be held in Florida at a later date. Byles Memorial Home, Mystic.""",
gold=[]),

dict(guid="hfd_ccdn-2026-00503", pub="2026-02-17T06:00:00-05:00", title="TALCOTT, Jonathan Edwards",
body="""TALCOTT, Jonathan Edwards, 71, of West Hartford, died Feb. 13, 2026, at home. An attorney in Hartford for 42 years and moderator of the First Church of Christ, West Hartford. Survived by his wife, Margaret; son Edward Talcott of Boston; his sister, Abigail Talcott Welles (Nathaniel) of Glastonbury. Memorial service 11 a.m. Feb. 28 at First Church. Sheehan-Hilborn-Breen Funeral Home.""",
gold=[("HFD019", "survivor"), ("HFD018", "survivor")]),

dict(guid="hfd_ccdn-2026-00561", pub="2026-03-05T06:00:00-05:00", title="MORIARTY, Kathleen (Burke)",
body="""MORIARTY, Kathleen (Burke), 88, of Manchester, died March 2, 2026. Retired cafeteria manager, Manchester High School. Survived by her sons, Rick Moriarty of Manchester and Brian Moriarty of Vernon; her daughter, Maureen Kelleher of Enfield; eight grandchildren. Mass 10 a.m. Saturday at St. James Church. Holmes Funeral Home.""",
gold=[]),

dict(guid="hfd_ccdn-2026-00618", pub="2026-03-23T06:00:00-04:00", title="GAUTHIER, Raymond P.",
body="""GAUTHIER, Raymond P., 84, of Ellington, died March 19, 2026. Retired from Pratt & Whitney; past Grand Knight, Knights of Columbus Council 1588. Survived by his wife of 61 years, Lorraine; son Paul (Donna Lee) Gauthier of Rockville; daughter Michelle Roy of Somers; five grandchildren. Mass 11 a.m. Tuesday at St. Bernard Church, Rockville. Ladd-Fahey Funeral Home.""",
gold=[("HFD021", "survivor")]),

dict(guid="hfd_ccdn-2026-00702", pub="2026-04-21T06:00:00-04:00", title="PIECZARA, Walter",
body="""PIECZARA, Walter, 93, of New Britain, died April 17, 2026. Korean War veteran, retired from Corbin Russwin. Predeceased by his wife, Genowefa. Survived by nieces and nephews. Mass 10 a.m. Friday at Holy Cross Church. Burial with military honors, Sacred Heart Cemetery.""",
gold=[]),

dict(guid="hfd_ccdn-2026-01144", pub="2026-10-06T06:00:00-04:00", title="REID, Claudette",
body="""REID, Claudette, of Manchester, died Oct. 2, 2026. Arrangements are pending with the Watkins Funeral Home, Manchester.""",
gold=[("HFD023", "possible_deceased_client")]),

dict(guid="hfd_ccdn-2026-01190", pub="2026-10-19T06:00:00-04:00", title="OSMANOVIC, Hasan",
body="""OSMANOVIC, Hasan, 67, of Hartford, died Oct. 15, 2026. Born in Sanski Most, Bosnia; came to Hartford in 1999; a welder at Colt's for 20 years. Survived by his wife, Mersiha; sons Adnan and Edin; four grandchildren. Janazah prayer 1 p.m. Friday at the Bosnian Islamic Center of Hartford.""",
gold=[]),
]
