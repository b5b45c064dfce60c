"""St. Cloud Daily Courier (invented daily newspaper): paid obituaries and death notices, surname-first headings in
the notices, plain text. Hand-labelled."""

FEED = "scdc"
ITEMS = [
dict(guid="stc_scdc_dn_20260311_04", pub="2026-03-11T05:00:00-05:00", title="ZENZEN, Bernadine \"Bernie\", 86, Cold Spring",
body="""ZENZEN, Bernadine "Bernie," 86, Cold Spring, died March 7, 2026. Mass of Christian Burial 11 a.m. Thursday, March 12, at St. Boniface Catholic Church, Cold Spring. Visitation 4-7 p.m. Wednesday at Granite Valley Funeral Chapel, Cold Spring. Survived by children Gary (Donna) and Lori (Mark) Theisen; sister Dee Wirtzfeld.""",
gold=[]),  # a second, later copy of stc_gvfc_2026_0150: labelled on the earlier copy only

dict(guid="stc_scdc_ob_20260325_02", pub="2026-03-25T05:00:00-05:00", title="Kenneth Haugrud, 71, Fergus Falls",
body="""Kenneth Arnold Haugrud, 71, of Fergus Falls, died Saturday, March 21, 2026, at Lake Region Healthcare in Fergus Falls.

Funeral services will be at 11 a.m. Friday, March 27, at Our Savior's Lutheran Church in Fergus Falls, with burial at Oak Grove Cemetery.

Ken was born in 1955 in Dalton, Minnesota, to Arne and Solveig (Ness) Haugrud. He farmed near Dalton and drove truck for the Otter Tail County highway department. Survivors include his wife, Judith; his daughters, Kari Haugrud of Moorhead and Lisa (Brent) Sorum of Battle Lake; and his brother, Norman Haugrud of Ashby.""",
gold=[]),  # namesake far away (STC013 lives in Clearwater, ~180 km off): nothing

dict(guid="stc_scdc_ob_20260408_01", pub="2026-04-08T05:00:00-05:00", title="Anton \"Tony\" Dockendorf, 83, St. Cloud",
body="""Anton "Tony" Dockendorf, 83, of St. Cloud, died April 4, 2026, at Quiet Oaks Hospice House in St. Augusta.

A Mass of Christian Burial will be at 10:30 a.m. Saturday, April 11, at St. Peter's Catholic Church in St. Cloud. Visitation will be from 9 a.m. Saturday at the church.

Tony was born July 22, 1942, in Luxemburg Township. He ran Tony's Standard Service on Third Street North for 35 years, where he fixed half the cars on the north side of town and loaned out the tools to fix the other half.

He is survived by his sons, Curt (Renee) Dockendorf of Waite Park and Brian Dockendorf of Fargo, N.D.; his daughter, Lisa Schleper of St. Cloud; and 6 grandchildren. He was preceded in death by his wife, Elaine, in 2020.""",
gold=[("STC022", "survivor")]),

dict(guid="stc_scdc_dn_20260414_03", pub="2026-04-14T05:00:00-05:00", title="HEMMESCH, Walter P., 88, Richmond",
body="""HEMMESCH, Walter P., 88, Richmond, died April 11, 2026. Mass of Christian Burial 11 a.m. Friday at Sts. Peter and Paul Catholic Church, Richmond. Survived by daughter Roxy Hemmesch of Richmond and son Gregory (Terri) Hemmesch of Cold Spring. Preceded in death by wife Irma.""",
gold=[]),  # Roxy Hemmesch (STC018) is do_not_contact

dict(guid="stc_scdc_ob_20260609_02", pub="2026-06-09T05:00:00-05:00", title="Solveig Lindvall, 88, Foley",
body="""Solveig Thorsgaard Lindvall, 88, of Foley, entered eternal rest on Friday, June 5, 2026, at the Foley Health Care Center.

Funeral services will be at 11 a.m. Thursday, June 11, at Bethany Lutheran Church in Foley, with the Rev. Karin Ostby officiating. Visitation will be one hour before the service. Interment at Foley City Cemetery.

Solveig was born February 2, 1938, on the family farm in Alberta Township, Benton County, to Nils and Astrid Thorsgaard. She was confirmed at Bethany in 1952 and married Harold Lindvall there in 1958. She taught country school, then second grade in Foley for 28 years, and baked lefse for the church's Scandinavian supper every November until she was 85.

Solveig is survived by her children, Mark (Deb) Lindvall of Princeton and Ellen Lindvall of Minneapolis; her brother, Arvid (Ingrid) Thorsgaard of Foley; and 4 grandchildren. She was preceded in death by Harold in 2017 and her sister, Borghild.""",
gold=[("STC017", "survivor")]),

dict(guid="stc_scdc_dn_20260702_05", pub="2026-07-02T05:00:00-05:00", title="NOTSCH, Francis, Kimball",
body="""NOTSCH, Francis, Kimball, died June 29, 2026. Arrangements are pending with Kimball Family Funeral Service.""",
gold=[("STC020", "possible_deceased_client")]),  # name + town only: no age, no spouse

dict(guid="stc_scdc_ob_20260916_01", pub="2026-09-16T05:00:00-05:00", title="Arnold J. Leyendecker, 90, St. Cloud",
body="""Arnold John Leyendecker, 90, of St. Cloud, died Sunday, September 13, 2026, at the St. Cloud VA Medical Center.

A Mass of Christian Burial will be at 11 a.m. Saturday, September 19, at the Cathedral of St. Mary in St. Cloud. Visitation will be from 9:30 a.m. at the Cathedral.

Arnie was born in Meire Grove in 1936. He served with the U.S. Army in Germany, then was a letter carrier in St. Cloud for 33 years and a Stearns County Fair board member for 20. Survivors include his sons, Thomas (Mary Beth) Leyendecker of St. Cloud and Paul (Jill) Leyendecker of Eden Prairie; 5 grandchildren; and a brother, Vincent Leyendecker of Melrose. He was preceded in death by his wife, Bernice (Terhaar), in 2021.""",
gold=[("STC006", "survivor")]),
]
