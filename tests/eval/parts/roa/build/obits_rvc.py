"""Roanoke Valley Courier: paid death notices, surname-first headings, plain text. Hand-labelled."""

ITEMS = [
dict(guid="roa_rvc_dn_2026_0218", pub="2026-02-25T06:00:00-05:00", title="D'ARCANGELO, Philomena",
body="""D'ARCANGELO, Philomena, of Roanoke, died Feb. 22, 2026. Mass of Christian Burial 10 a.m. Saturday, St. Frances Cabrini Catholic Church. Arrangements by Mill Mountain Funeral Chapels, Roanoke.""",
gold=[("ROA007", "possible_deceased_client")]),

dict(guid="roa_rvc_dn_2026_0244", pub="2026-03-04T06:00:00-05:00", title="OVERSTREET, Judith Carol",
body="""OVERSTREET, Judith Carol, 91, of Bluefield, W.Va., formerly of Tazewell, died March 1, 2026. Retired postmistress. Survived by son Dwight Overstreet, Princeton, W.Va.; two grandchildren. Service Friday, Bluefield.""",
gold=[]),

dict(guid="roa_rvc_dn_2026_0261", pub="2026-03-20T06:00:00-04:00", title="HOLLANDSWORTH, Augustus \"Gus\"",
body="""HOLLANDSWORTH, Augustus "Gus", 84, Vinton, died March 15, 2026. Survived by wife Imogene; daughters Sherry Lipes and Tammy Hollandsworth. Funeral 2 p.m. Friday, Mill Mountain Funeral Chapels, Vinton. Full obituary at millmountainfc.example.""",
gold=[]),  # later copy of roa_mmfc_obit_10466: labelled on the earlier copy only

dict(guid="roa_rvc_dn_2026_0339", pub="2026-05-27T06:00:00-04:00", title="STOUTAMIRE, Ferris L.",
body="""STOUTAMIRE, Ferris L., 80, of Tallahassee, Fla., died May 22, 2026. Retired from Florida State University facilities. Survived by daughter Lucinda Stoutamire and son Greg Stoutamire, both of Tallahassee. Service Saturday, Tallahassee.""",
gold=[]),  # namesake Lucinda in Florida, not ROA022 of Vinton

dict(guid="roa_rvc_dn_2026_0372", pub="2026-06-16T06:00:00-04:00", title="THIRUNAVUKKARASU, Saraswathi",
body="""THIRUNAVUKKARASU, Saraswathi, 83, of Salem, formerly of Madurai, India, died June 12, 2026. Survived by son Dr. Prakash Thirunavukkarasu (Lakshmi), Salem; daughter Meena Rajagopal, Cary, N.C.; four grandchildren. Prayers 10 a.m. Tuesday, Mill Mountain Funeral Chapels, Salem.""",
gold=[("ROA008", "survivor")]),

dict(guid="roa_rvc_dn_2026_0418", pub="2026-07-21T06:00:00-04:00", title="BOATWRIGHT, Clement Jr.",
body="""BOATWRIGHT, Clement Jr., 51, of Roanoke, died July 17, 2026. Survived by daughters Aaliyah and Kiara; father, the Rev. Clement Boatwright Sr., and mother, Earlene, Roanoke; sister Denise Boatwright Fulcher, Lynchburg. Service 1 p.m. Saturday, Greater Calvary Hill Baptist Church.""",
gold=[("ROA009", "survivor")]),

dict(guid="roa_rvc_dn_2026_0431", pub="2026-07-28T06:00:00-04:00", title="KINCER, Bobby Lee",
body="""KINCER, Bobby Lee, 68, of Roanoke, died July 24, 2026. Survived by wife Faye; nephew Terry Goode (Sharonda), Roanoke; niece Angela Kincer, Bluefield. Graveside 11 a.m. Monday, Evergreen Burial Park.""",
gold=[("ROA015", "survivor"), ("ROA014", "survivor")]),
]
