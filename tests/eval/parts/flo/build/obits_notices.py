"""Pee Dee Death Notices (invented; paid notices from the Courier's classified pages): terse, surname-first
headings, plain text. Hand-labelled."""

FEED = "notices"
ITEMS = [
dict(guid="flo_notice_2026_000312", pub="2026-03-06T06:00:00-05:00", title="TRULUCK, Ansel B.",
body="""TRULUCK, Ansel Bryant, 97, Effingham, died March 3, 2026. Retired farmer and Effingham Fire Department charter member. Survived by daughter Lottie Godbold, Florence; son Dale Truluck (Pam), Effingham; six grandchildren. Predeceased by wife Inez and son-in-law Harold Godbold. Graveside 2 p.m. Saturday, Pisgah Methodist Church cemetery.""",
gold=[("FLO002", "survivor")]),

dict(guid="flo_notice_2026_000329", pub="2026-03-13T06:00:00-04:00", title="HUCKS, Robert Lee",
body="""HUCKS, Robert Lee, 88, Hartsville, died March 10, 2026. Retired from the Hartsville paper mill after 41 years. Survived by wife of 66 years, Ethel Parnell Hucks; sons Dwight Hucks and Roger Hucks (Lisa), both of Hartsville; nephew Bobby Ray Hucks, Hartsville. Funeral 11 a.m. Saturday, Lakeview Baptist Church. Burial Magnolia Cemetery.""",
gold=[("FLO007", "survivor")]),  # the deceased is not FLO007 (88, wife Ethel vs b. 1955, wife Darlene); the nephew is

dict(guid="flo_notice_2026_000341", pub="2026-03-24T06:00:00-04:00", title="DARGAN, Thomas Lide",
body="""DARGAN, Thomas Lide, 84, Darlington, died March 21, 2026. Attorney in Darlington for fifty years; Darlington County Historical Commission. Survived by wife Frances Coggeshall Dargan; daughter Catherine "Cate" Dargan-Wilds (Preston), Darlington; son Lide Dargan, Charleston; five grandchildren. Service 2 p.m. Wednesday, St. Matthew's Episcopal Church, Darlington. Memorials to the Darlington County Library.""",
gold=[("FLO008", "survivor")]),

dict(guid="flo_notice_2026_000358", pub="2026-04-10T06:00:00-04:00", title="LANE, Margaret \"Peggy\"",
body="""LANE, Margaret Ann "Peggy", 81, Easley, died April 7, 2026. Retired Pickens County school nurse. Survived by husband Roy Lane; daughters Tammy Lane Owens and Kelly Gilstrap, both of Easley. Service 3 p.m. Friday, Robinson Funeral Chapel, Easley.""",
gold=[]),  # namesake of FLO020 Peggy Lane (Johnsonville, b. 1952, husband Wendell): nothing

dict(guid="flo_notice_2026_000377", pub="2026-05-02T06:00:00-04:00", title="SINGLETARY, Ruth Ann",
body="""SINGLETARY, Ruth Ann, 67, Florence, died April 28, 2026. Retired LPN, McLeod Regional Medical Center. Survived by daughter Tomika Singletary, Florence; son Derrick Singletary, Charlotte, N.C.; brother Rev. Melvin Pressley, Lake City; three grandchildren. Homegoing 1 p.m. Saturday, Cumberland United Methodist Church, Florence.""",
gold=[("FLO022", "survivor")]),
]
