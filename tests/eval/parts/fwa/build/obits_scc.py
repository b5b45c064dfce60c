"""The Summit City Courier: paid death notices, surname-first headings, terse plain text. Hand-labelled."""

FEED = "scc"
ITEMS = [
dict(guid="fwa_scc_dn_20260305_merriweather", pub="2026-03-05T05:30:00-05:00", title="MERRIWEATHER, Odessa L.",
body="""MERRIWEATHER, Odessa L., 84, of Fort Wayne, died March 3, 2026. Born Nov. 18, 1941, in Tuskegee, Ala. Retired from the Fort Wayne Community Schools food service after 30 years. Member of Greater Mount Zion Missionary Baptist Church. Survived by nieces Carla Dunlap and Yvette Merriweather, both of Fort Wayne. Service 11 a.m. Saturday at the church, the Rev. Lucius Threatt officiating. Arrangements by Tillman & Sons Funeral Home.""",
gold=[("FWA007", "deceased_client")]),

dict(guid="fwa_scc_dn_20260422_zurbuch", pub="2026-04-22T05:30:00-04:00", title="ZURBUCH, Arlene",
body="""ZURBUCH, Arlene, Huntington, died April 20, 2026. Arrangements pending with Dorsch & Hollenbeck, Huntington chapel.""",
gold=[("FWA018", "possible_deceased_client")]),

dict(guid="fwa_scc_dn_20260115_bultemeier", pub="2026-01-15T05:30:00-05:00", title="BULTEMEIER, Wendell H.",
body="""BULTEMEIER, Wendell H., 88, of Napoleon, Ohio, died Jan. 12, 2026. Retired Henry County, Ohio, dairy farmer. Survived by wife Lorraine; sons Dean (Pam) of Napoleon and Gary of Defiance. Service Saturday at St. Paul Lutheran Church, Napoleon.""",
gold=[]),

dict(guid="fwa_scc_dn_20260210_stoppenhagen", pub="2026-02-10T05:30:00-05:00", title="STOPPENHAGEN, Marvin E.",
body="""STOPPENHAGEN, Marvin E., 83, of Roanoke, died Feb. 7, 2026. Retired Roanoke town marshal and volunteer firefighter for 40 years. Survived by his wife of 60 years, JoAnn (Eicher) Stoppenhagen; son Keith (Tina) of Huntington; daughter Lisa Brubaker of Columbia City; five grandchildren. Service 11 a.m. Thursday at Roanoke United Methodist Church.""",
gold=[("FWA010", "survivor")]),

dict(guid="fwa_scc_dn_20260318_lepper", pub="2026-03-18T05:30:00-04:00", title="LEPPER, Harold F.",
body="""LEPPER, Harold F., 90, of New Haven, died March 15, 2026. Korean War veteran, U.S. Army. Survived by daughters Gretchen Lepper of New Haven and Ruth Ann Gerig of Woodburn. Service Friday at Emmanuel Lutheran Church, New Haven.""",
gold=[]),

dict(guid="fwa_scc_dn_20260409_gatewood", pub="2026-04-09T05:30:00-04:00", title="GATEWOOD, Rosetta M.",
body="""GATEWOOD, Rosetta M., 77, of Fort Wayne, died April 6, 2026. Retired from Lincoln National Life. Survived by sons Marcus (Latrice) Gatewood and Terrell Gatewood, both of Fort Wayne; daughter Denise Ware of Gary; eight grandchildren. Homegoing service 11 a.m. Saturday at Turner Chapel AME Church.""",
gold=[("FWA016", "survivor")]),

dict(guid="fwa_scc_dn_20260522_venkataraghavan", pub="2026-05-22T05:30:00-04:00", title="VENKATARAGHAVAN, Lakshmi",
body="""VENKATARAGHAVAN, Lakshmi, 88, of Fort Wayne, formerly of Chennai, India, died May 19, 2026. Retired teacher of mathematics. Survived by son Dr. Prakash Venkataraghavan of Fort Wayne; daughter Sujatha Raman of Edison, N.J.; four grandchildren. Cremation; prayers Sunday at the Hindu Temple of Northeast Indiana.""",
gold=[("FWA011", "survivor")]),

dict(guid="fwa_scc_dn_20260626_vorndran", pub="2026-06-26T05:30:00-04:00", title="VORNDRAN, Eugene T. \"Tommy\"",
body="""VORNDRAN, Eugene T. "Tommy", 31, of Fort Wayne, died June 23, 2026. Lineman for Indiana Michigan Power. Survived by parents Thomas and Linda (Brames) Vorndran of Fort Wayne; sister Katie Vorndran of Indianapolis; grandparents Gene and Marlene Vorndran of Fort Wayne. Mass 10 a.m. Tuesday at St. Vincent de Paul Catholic Church.""",
gold=[("FWA001", "survivor"), ("FWA002", "survivor")]),
]
