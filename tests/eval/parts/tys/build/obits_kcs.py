"""Knoxville Courier-Sentinel paid death notices: surname-first headings, terse plain text. Hand-labelled."""

ITEMS = [
dict(guid="tys_kcs_dn_260127_greer", pub="2026-01-27T05:30:00-05:00", title="GREER, Walter \"Dub\"",
body="""GREER, Walter "Dub", 83, of Powell, passed away January 25, 2026. Retired from Powell Clinch Utility District. Survived by wife of 60 years, Faye; sons, Mike and Steve Greer; sister, Nadine (Gus) VanHuss of Powell. Receiving of friends 5-7 p.m. Wednesday at Stevens Mortuary, Powell. Interment Beaver Dam Baptist Church Cemetery.""",
gold=[("TYS010", "survivor"), ("TYS009", "survivor")]),

dict(guid="tys_kcs_dn_260203_vanhuss", pub="2026-02-03T05:30:00-05:00", title="VAN HUSS, Augustus \"Gus\"",
body="""VAN HUSS, Augustus "Gus", 91, of Elizabethton, died January 31, 2026, at Sycamore Shoals Hospital. Retired from the North American Rayon plant. Preceded in death by wife, Bonnie. Survived by sons, Dale Van Huss of Elizabethton and Kenneth Van Huss of Johnson City. Services Wednesday at Tetrick Funeral Home, Elizabethton.""",
gold=[]),

dict(guid="tys_kcs_dn_260304_cagle", pub="2026-03-04T05:30:00-05:00", title="CAGLE, Harriet",
body="""CAGLE, Harriet, of Maryville, died March 2, 2026. Arrangements are pending with Smoky Foothills Funeral Home, Maryville chapel.""",
gold=[("TYS013", "possible_deceased_client")]),

dict(guid="tys_kcs_dn_260319_hatmaker", pub="2026-03-19T05:30:00-04:00", title="HATMAKER, Clarence Edward",
body="""HATMAKER, Clarence Edward, 79, of Clinton, passed away March 16, 2026. Army veteran; retired from Y-12. Preceded in death by wife, Mildred. Survived by sisters, Verna Lee Spradlin of Oak Ridge and Opal Hatmaker of Lake City; nephews and nieces. Graveside 1 p.m. Saturday, Anderson Memorial Gardens.""",
gold=[("TYS022", "survivor")]),

dict(guid="tys_kcs_dn_260402_ownby", pub="2026-04-02T05:30:00-04:00", title="OWNBY, Lucille Maples",
body="""OWNBY, Lucille Maples, 92, of Gatlinburg, went to be with the Lord March 31, 2026. Survived by daughters, Mrs. Clyde (Mary Beth) Trentham of Sevierville and Mrs. Gary (Rita) Parton of Pigeon Forge; seven grandchildren. Preceded in death by husband, Herbert Ownby. Funeral Saturday, Roaring Fork Baptist Church.""",
gold=[("TYS004", "survivor")]),

dict(guid="tys_kcs_dn_260422_quintanilla", pub="2026-04-22T05:30:00-04:00", title="QUINTANILLA, Rodolfo",
body="""QUINTANILLA, Rodolfo, 34, of Dalton, Ga., died April 19, 2026, in Chattanooga. Survived by wife, Yesenia; children, Alexa and Rodolfo Jr.; parents, Rodolfo and Maribel Quintanilla of Dalton. Mass Friday at St. Joseph Catholic Church, Dalton.""",
gold=[]),

dict(guid="tys_kcs_dn_260515_tallent", pub="2026-05-15T05:30:00-04:00", title="TALLENT, Robert Earl",
body="""TALLENT, Robert Earl, 85, of Knoxville, died May 13, 2026. Retired Knox County Schools principal. Survived by wife of 62 years, Frances; daughter, Judge Lavinia Tallent of Knoxville; son, Robert Tallent Jr. of Nashville. Service 6 p.m. Monday at Berry Highland South.""",
gold=[("TYS016", "survivor")]),
]
