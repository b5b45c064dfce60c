"""Delmarva Death Notices (paid notices, terse, surname-first headings). Hand-labelled."""

FEED = "notices"
ITEMS = [
dict(guid="sby_notice_2026_00412", pub="2026-02-24T06:00:00-05:00", title="TYLER, Marvin Lee Sr.",
body="""CRISFIELD - Marvin Lee Tyler Sr., 89, a Crisfield waterman for seven decades, died Tuesday, February 17, 2026, at his home on Cove Street.

He is survived by his son, Marvin "Bubby" Tyler Jr. and his wife, Jeanette, of Crisfield; his daughter, Carol Ann Lawson and her husband, Ricky, of Marion Station; five grandchildren; and nine great-grandchildren. He was preceded in death by his wife, Iona Tyler, in 2019, and by his brothers, Elmer and Jesse Tyler.

Services will be held at 2 p.m. Monday at Immanuel United Methodist Church, Crisfield. Arrangements by Lawson & Sterling Funeral Home, Crisfield.""",
gold=[]),  # the later, second copy of sby_courier_obit_2026_0167: labelled on the earlier copy only

dict(guid="sby_notice_2026_00455", pub="2026-03-12T06:00:00-04:00", title="WEBSTER, Travis J.",
body="""Travis James Webster, 46, of Seaford, Del., died March 8, 2026. Survived by his wife, Amy; sons Logan and Hunter; parents Jim and Carol Webster of Bridgeville. Services 11 a.m. Saturday, Cranston Funeral Home, Seaford.""",
gold=[]),

dict(guid="sby_notice_2026_00498", pub="2026-05-05T06:00:00-04:00", title="SHOCKLEY, Vernon L.",
body="""Vernon L. Shockley, of Fruitland, died Sunday, May 3, 2026. Arrangements are pending with Nanticoke Bay Funeral Home, Fruitland.""",
gold=[("SBY017", "possible_deceased_client")]),

dict(guid="sby_notice_2026_00530", pub="2026-06-16T06:00:00-04:00", title="LANDON, Mildred E.",
body="""Mildred Elaine Landon, 91, of Marion Station, died June 12, 2026. Survived by daughters Jeanette Tyler (Marvin) of Crisfield and Sue Landon of Marion; four grandchildren. Preceded in death by husband, Earl Landon. Service 1 p.m. Friday, Marion United Methodist Church.""",
gold=[("SBY004", "survivor"), ("SBY003", "survivor")]),
]
