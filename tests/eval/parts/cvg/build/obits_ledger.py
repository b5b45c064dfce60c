"""The Northern Kentucky Ledger (invented daily): paid death notices in the Cincinnati-area style (surname-first
titles, "beloved husband of", "nee", "(spouse)" notation), plain text. Hand-labelled."""

FEED = "ledger"
ITEMS = [
dict(guid="cvg_ledger_dn_20261014_kloentrup", pub="2026-10-14T05:30:00-04:00", title="KLOENTRUP, Gerald F. \"Jerry\"",
body="""KLOENTRUP, Gerald Francis "Jerry," age 82, of Fort Wright, died October 11, 2026. Born May 12, 1944, in Covington. Retired after 40 years as a route supervisor with Cincinnati Bell. Beloved husband of 58 years of Ruth Ann (nee Wessendarp) Kloentrup. Devoted father of Emily (Mark) Kloentrup-Haas and Michael (Jenny) Kloentrup. Grandfather of six. Brother of the late Rita Dusing. Visitation Friday 4-7 p.m. at St. Agnes Church, Fort Wright; Mass Saturday 10 a.m. Memorials to St. Agnes School. Kremer-Dietz, Covington, serving the family.""",
gold=[("CVG001", "deceased_client"), ("CVG002", "spouse_of_deceased_client")]),

dict(guid="cvg_ledger_dn_20260311_sandfoss", pub="2026-03-11T05:30:00-04:00", title="SANDFOSS, Vincent P.",
body="""SANDFOSS, Vincent P., 57, of Jasper, Ind., died March 8, 2026, at Memorial Hospital in Jasper. A furniture finisher for 30 years at the Jasper desk plant. Husband of Lynette (nee Schnell) Sandfoss; father of Brandon and Kayla Sandfoss, both of Jasper; son of Marvin and Rosemary Sandfoss of Ferdinand, Ind. Mass of Christian Burial Saturday at Holy Family Church, Jasper. Becher-Kluesner Funeral Home, Jasper.""",
gold=[]),

dict(guid="cvg_ledger_dn_20260604_vennemann", pub="2026-06-04T05:30:00-04:00", title="VENNEMANN, Harold",
body="""VENNEMANN, Harold, of Fort Mitchell, died June 2, 2026. Arrangements are pending with Kremer-Dietz Funeral Home, Covington. A complete notice will follow.""",
gold=[("CVG019", "possible_deceased_client")]),

dict(guid="cvg_ledger_dn_20260722_fangman", pub="2026-07-22T05:30:00-04:00", title="FANGMAN, Leonard Joseph \"Lenny\"",
body="""FANGMAN, Leonard Joseph "Lenny," 19, of Covington, died suddenly July 18, 2026. A 2025 graduate of Holmes High School and a first-year apprentice electrician. Beloved son of Tom and Angie (nee Kramer) Fangman of Covington; dear brother of Kaylee and Cody; grandson of Bud and Marcella Fangman of Bromley. Visitation Friday 3-7 p.m. at Kremer-Dietz, Covington. Funeral Saturday 10 a.m. In lieu of flowers, donations to the Holmes High School athletic fund.""",
gold=[]),

dict(guid="cvg_ledger_dn_20260826_gayheart", pub="2026-08-26T05:30:00-04:00", title="GAYHEART, Virgil Lee",
body="""GAYHEART, Virgil Lee, 80, of Hindman, Ky., formerly of Covington, died August 23, 2026. Retired from the Ford Kentucky Truck Plant after 32 years. Husband of the late Opal (nee Slone) Gayheart. Father of Darrell Gayheart of Hindman and Tammy (Rick) Amburgey of Hazard. Brother of Loretta Sloas of Taylor Mill and the late Arlie and Eugene Gayheart. Funeral Saturday 1 p.m. at Hindman Old Regular Baptist Church. Burial in the Gayheart family cemetery, Knott County.""",
gold=[("CVG011", "survivor")]),

dict(guid="cvg_ledger_dn_20260430_pfefferle", pub="2026-04-30T05:30:00-04:00", title="PFEFFERLE, Walter J. Sr.",
body="""PFEFFERLE, Walter J. Sr., 88, of Elsmere, died April 27, 2026. A Korean War Army veteran and retired Kenton County road department foreman. Beloved husband of the late Rita (nee Dusing) Pfefferle. Dear father of Walt (Janice) Pfefferle Jr. of Elsmere, Carol (Dave) Bieger of Independence and the late Michael Pfefferle. Grandfather of seven, great-grandfather of four. Mass of Christian Burial Monday 10 a.m. at St. Henry Church, Elsmere. Burial Forest Lawn Cemetery, Erlanger. Kremer-Dietz, Covington.""",
gold=[("CVG006", "survivor")]),

dict(guid="cvg_ledger_dn_20260617_ruschman", pub="2026-06-17T05:30:00-04:00", title="RUSCHMAN, Norbert H.",
body="""RUSCHMAN, Norbert H., 79, of Hebron, died June 14, 2026. Retired CVG airport mechanic and 50-year member of the Hebron Fire Protection District auxiliary. Beloved husband of Joyce (nee Kathman) Ruschman. Loving father of Kristen (Joe) Brinkmoeller of Burlington and Todd Ruschman of Taylor Mill. Grandfather of Ava, Luke and Sam. Visitation Thursday 5-8 p.m. and Mass Friday 10 a.m. at Immaculate Heart of Mary Church, Burlington. Kremer-Dietz, Florence.""",
gold=[("CVG014", "survivor"), ("CVG013", "survivor")]),
]
