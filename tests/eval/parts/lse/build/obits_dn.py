"""La Crosse Courier-Ledger death notices: brief paid notices, surname-first headings, plain text.
Hand-labelled."""

FEED = "dn"
ITEMS = [
dict(guid="lse_dn_2026_0131", pub="2026-02-02T05:00:00-06:00", title="SKOGSTAD, Arnold T.",
body="""SKOGSTAD, Arnold T., 94, Westby, died Jan. 30, 2026, at Vernon Manor, Viroqua. Born on the home farm in Bloomingdale, he farmed there 61 years and sang bass in the Coon Prairie Lutheran choir for fifty. Survived by daughter Mary Jo (Orrin) Haugstad, Westby; son Paul (Diane) Skogstad, Eau Claire; 5 grandchildren. Preceded by wife Borghild (Jacobson). Funeral 11 a.m. Thurs., Feb. 5, Coon Prairie Lutheran Church, Westby. Vosseteig-Dahl Funeral Home, Westby.""",
gold=[("LSE002", "survivor"), ("LSE001", "survivor")]),

dict(guid="lse_dn_2026_0207", pub="2026-03-09T05:00:00-05:00", title="FENSKE, Ambrose J.",
body="""FENSKE, Ambrose J., 81, Waseca, Minn., died March 5, 2026, at Mayo Clinic Health System, Waseca. Born Aug. 21, 1944, in Janesville, Minn. Retired rural mail carrier. Survived by wife Lorraine; sons Greg and Jeff; 6 grandchildren. Funeral 10:30 a.m. Wed. at Sacred Heart Catholic Church, Waseca. Dennis Funeral Home, Waseca.""",
gold=[]),

dict(guid="lse_dn_2026_0229", pub="2026-03-30T05:00:00-05:00", title="VAN STEENWYK, Hendrika \"Rika\"",
body="""VAN STEENWYK, Hendrika "Rika" (Bos), 88, Onalaska, died March 26, 2026. Born in Friesland, the Netherlands, she came to Wisconsin in 1957 and kept the books for the family's greenhouse on French Island for forty years. Survived by son Corliss Van Steenwyk, La Crosse; daughter Anneke (Jim) Rasmussen, Stevens Point; 4 grandchildren. Preceded by husband Pieter. Memorial service 2 p.m. Sat., April 4, First Presbyterian Church, La Crosse. Schaller-Ruud Funeral Home, Onalaska.""",
gold=[("LSE020", "survivor")]),

dict(guid="lse_dn_2026_0254", pub="2026-04-14T05:00:00-05:00", title="WUENSCH, Harold R.",
body="""WUENSCH, Harold R., 71, Caledonia, Minn., died April 11, 2026. Longtime parts manager at Houston County Implement. Survived by brother Ansel Wuensch, La Crescent; nieces Karla Dvorak and Amy Wuensch. Preceded by parents Reinhold and Elsie (Meyer) Wuensch. Service 11 a.m. Fri., St. John's Lutheran Church, Caledonia. Potter-Haugen Funeral Home, Caledonia.""",
gold=[("LSE016", "survivor")]),

dict(guid="lse_dn_2026_0281", pub="2026-05-06T05:00:00-05:00", title="NORDHAGEN, Ingeborg \"Inga\"",
body="""NORDHAGEN, Ingeborg "Inga", Holmen, died Monday, May 4, 2026. Arrangements are pending with Schaller-Ruud Funeral Home, Onalaska. A complete obituary will follow.""",
gold=[("LSE011", "possible_deceased_client")]),

dict(guid="lse_dn_2026_0302", pub="2026-05-20T05:00:00-05:00", title="O'LOUGHLIN, Margaret \"Peg\" (Hanrahan)",
body="""O'LOUGHLIN, Margaret "Peg" (Hanrahan), 89, La Crosse, died May 17, 2026, at Hillview Health Care Center. Born in Limerick, Ireland; a nurse at St. John's Hospital there for 35 years, she followed her son to La Crosse in 1996. Survived by sons Declan (Siobhan) O'Loughlin, La Crosse, and Brendan O'Loughlin, Chicago; 4 grandchildren. Preceded by husband Michael. Mass of Christian Burial 10 a.m. Sat., Blessed Sacrament Catholic Church, La Crosse. Schaller-Ruud Funeral Home, La Crosse.""",
gold=[("LSE010", "survivor")]),

dict(guid="lse_dn_2026_0330", pub="2026-06-03T05:00:00-05:00", title="LINDAAS, Oscar M.",
body="""LINDAAS, Oscar M., 90, Stoddard, died May 31, 2026. Commercial fisherman on Pool 8 for sixty years. Survived by son Jerry Lindaas, Stoddard; daughter Joan (Rick) Hanson, Genoa; 3 grandchildren. Preceded by wife Verna. Funeral 1 p.m. Sat., Stoddard Lutheran Church. Vosseteig-Dahl Funeral Home, Westby.""",
gold=[]),
]
