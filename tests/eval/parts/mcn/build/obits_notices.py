"""Heart of Georgia Death Notices (brief paid notices, Houston, Bibb, Peach and Monroe Counties), plain text,
surname-first headings. Hand-labelled."""

ITEMS = [
dict(guid="mcn_notice_20260410_01", pub="2026-04-10T06:00:00-04:00", title="PYLES, Loretta Jean",
body="""PYLES, Loretta Jean, of Forsyth, passed away April 9, 2026. Arrangements are pending with Monroe County Memorial Chapel.""",
gold=[("MCN021", "possible_deceased_client")]),

dict(guid="mcn_notice_20260316_03", pub="2026-03-16T06:00:00-04:00", title="WHITLOCK, Thaddeus M. \"Thad\"",
body="""WHITLOCK, Thaddeus M. "Thad", 78, Macon, died March 9, 2026. Retired Georgia Power lineman. Survived by wife Lorene; daughter Angela Greer. Funeral Saturday 11 a.m., Vineville Baptist Church. Hart's Mortuary.""",
gold=[]),

dict(guid="mcn_notice_20260219_02", pub="2026-02-19T06:00:00-05:00", title="FAIRCLOTH, Ruby Nell",
body="""FAIRCLOTH, Ruby Nell, 54, of Panama City, Fla., formerly of Cordele, died Feb. 15, 2026. Survived by husband Terry; sons Cody and Blake. Services Saturday in Lynn Haven, Fla.""",
gold=[]),

dict(guid="mcn_notice_20260305_01", pub="2026-03-05T06:00:00-05:00", title="SAPP, Lucille H.",
body="""SAPP, Lucille H., 91, Perry, died March 2, 2026. Survived by son Obie Sapp, Perry; daughter Carolyn Sapp Walls, Hawkinsville. Preceded by husband Obadiah Sapp Sr. Services Friday 2 p.m., Watson-Hunt Funeral Home.""",
gold=[("MCN018", "survivor")]),

dict(guid="mcn_notice_20260506_02", pub="2026-05-06T06:00:00-04:00", title="HOLLINGSHED, Rev. Amos",
body="""HOLLINGSHED, Rev. Amos, 93, Warner Robins, died May 3, 2026. Pastor emeritus, Bethel CME Church. Survived by daughters Queenie H. Bazemore (Cornelius) and Ruth Hollingshed, both of Warner Robins; seven grandchildren. Homegoing Saturday noon, Bethel CME.""",
gold=[("MCN004", "survivor"), ("MCN003", "survivor")]),

dict(guid="mcn_notice_20260521_01", pub="2026-05-21T06:00:00-04:00", title="RUFFIN, Calvin D.",
body="""RUFFIN, Calvin D., 58, Macon, died May 18, 2026. Survived by wife Tasha; mother Delphine Ruffin, Macon; daughter Patrice. Preceded by father Deacon Walter Ruffin. Services Tuesday 11 a.m., Hutchings Funeral Home chapel.""",
gold=[("MCN006", "survivor")]),
]
