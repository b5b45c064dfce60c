"""The Neuse Courier (New Bern daily): paid death notices, surname-first headings, plain text, guids prefixed
ewn_. Hand-labelled."""

FEED = "nc"
ITEMS = [
dict(guid="ewn_nc_dn_20260304_0117", pub="2026-03-04T05:30:00-05:00", title="IPOCK, Thaddeus R.",
body="""IPOCK, Thaddeus R., 45, of Roanoke, Va., died February 28, 2026. Survived by his parents, Ronald and Sue Ipock of Roanoke; his wife, Melissa; and two sons. Services were held in Roanoke. Oakey's Funeral Service.""",
gold=[]),

dict(guid="ewn_nc_dn_20260417_0241", pub="2026-04-17T05:30:00-04:00", title="FONVILLE, James Earl \"J.E.\"",
body="""FONVILLE, James Earl "J.E.", 85, of Dover, died April 14, 2026. Retired from the Craven County Schools transportation department after 36 years. Survived by his sister, Earlene Hargett (Roosevelt) of New Bern; his brother, Reggie Fonville of Dover; and a host of nieces and nephews. Preceded in death by his wife, Minnie. Funeral 1 p.m. Saturday, Mount Olive Missionary Baptist Church, Dover.""",
gold=[("EWN009", "survivor"), ("EWN008", "survivor"), ("EWN022", "survivor")]),

dict(guid="ewn_nc_dn_20260506_0302", pub="2026-05-06T05:30:00-04:00", title="CAYTON, Mavis Hardison",
body="""CAYTON, Mavis Hardison, 88, of Vanceboro, died May 3, 2026. Member of Vanceboro Christian Church. Survived by her son, Hubert Cayton of Vanceboro; her daughter, Shirley C. Wynne of Grifton; and five grandchildren. Graveside 11 a.m. Thursday, Vanceboro Cemetery.""",
gold=[]),  # Hubert Cayton is do_not_contact

dict(guid="ewn_nc_dn_20260612_0388", pub="2026-06-12T05:30:00-04:00", title="DE GRAFFENRIED, Charles Baron \"Chip\"",
body="""DE GRAFFENRIED, Charles Baron "Chip", 79, of Asheville, died June 9, 2026. A New Bern native and descendant of the town's Swiss founder, he practiced architecture in Asheville for forty years. Survived by his wife, Ann; a son, Baron de Graffenried of Charlotte; and his cousin, Nell de Graffenried of New Bern. Memorial service in Asheville at a later date.""",
gold=[("EWN007", "survivor")]),

dict(guid="ewn_nc_dn_20260702_0431", pub="2026-07-02T05:30:00-04:00", title="BECTON, Annie Ruth",
body="""BECTON, Annie Ruth, 84, of Newark, N.J., formerly of Pollocksville, died June 26, 2026. A retired nurse's aide at Newark Beth Israel. Survived by her son, Curtis Becton of Newark; her daughter, Valerie Becton Ames of East Orange, N.J.; and her cousin, Roosevelt Hargett (Earlene) of New Bern, N.C. Homegoing service in Newark; burial at Becton family cemetery, Pollocksville.""",
gold=[("EWN008", "survivor"), ("EWN009", "survivor")]),  # EWN010 Annie Ruth Becton of New Bern (88) is a namesake: nothing

dict(guid="ewn_nc_dn_20260819_0517", pub="2026-08-19T05:30:00-04:00", title="QUIDLEY, Floyd Wescott",
body="""QUIDLEY, Floyd Wescott, 90, of Hatteras, died August 16, 2026. Commercial fisherman and charter captain out of Hatteras village for sixty years. Survived by his son, Jimmy Quidley of Hatteras; his daughter-in-law, JoAnn Quidley of Pollocksville; and four grandchildren. Preceded in death by his wife, Ruby, and his son, Wayne. Service 2 p.m. Saturday, Hatteras United Methodist Church.""",
gold=[("EWN021", "survivor")]),

dict(guid="ewn_nc_dn_20261005_0604", pub="2026-10-05T05:30:00-04:00", title="GOODING, Priscilla",
body="""GOODING, Priscilla, of Cove City, died October 2, 2026. Arrangements are pending with Cypress Hall Funeral Service.""",
gold=[("EWN020", "possible_deceased_client")]),
]
