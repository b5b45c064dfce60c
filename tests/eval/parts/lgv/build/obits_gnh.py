"""Greater New Hope Missionary Baptist Church weekly bulletin "Bereavement" notices and Piney Woods paid death
notices (terse, surname-first), plain text. Hand-labelled."""

ITEMS = [
dict(guid="lgv_gnh_bereave_2026_0412", pub="2026-04-12T08:00:00-05:00", title="Bereavement: Deacon Roosevelt Gatewood",
body="""Our church family extends its love and prayers to Sister Earnestine "Teeny" Gatewood in the passing of her brother-in-law, Deacon Roosevelt Gatewood, 90, of Longview, who went home to be with the Lord April 7. Deacon Gatewood is also survived by his daughters, Carolyn Gatewood and Pamela Gatewood Ross of Dallas. Homegoing service Saturday at 11 a.m. at Bethel AME Church. The Pastor's Aid Ministry will serve the repast in the fellowship hall after the interment. Please keep Sister Gatewood in your prayers.""",
gold=[("LGV016", "survivor")]),

dict(guid="lgv_gnh_bereave_2026_0503", pub="2026-05-03T08:00:00-05:00", title="Bereavement: Mother Ruby Gatson",
body="""Please remember in prayer the Pettaway family. Mother Ruby Lee Gatson, 79, of Longview, mother of our First Lady, Sister LaTonya (Marquise) Pettaway, entered eternal rest April 28. She also leaves her sons, Terrence Gatson of Longview and Andre Gatson of Killeen, and eight grandchildren. Services are Saturday, May 9, at 1 p.m. in our sanctuary, Rev. Dr. Calvin Moseley of Bethel AME, eulogist. Cards may be left in the church office.""",
gold=[("LGV008", "survivor"), ("LGV007", "survivor")]),

dict(guid="lgv_pwdn_2026_0727", pub="2026-07-27T06:00:00-05:00", title="AKINS, Cole Brantley",
body="""AKINS, Cole Brantley, 91, of Hallsville, died July 24, 2026. Retired Texas Eastman pipefitter and Korea veteran. Survived by daughter Judy Akins Rowe, Hallsville; grandson Travis Akins, Longview; great-grandson Brantley Akins (Kaylee) of Longview, who carries his name. Preceded in death by wife, Fay. Graveside 10 a.m. Wednesday, Hallsville Cemetery.""",
gold=[("LGV017", "survivor"), ("LGV018", "survivor")]),

dict(guid="lgv_pwdn_2026_0905", pub="2026-09-05T06:00:00-05:00", title="PRUITT, Wendell Ray",
body="""PRUITT, Wendell Ray, 52, of Lufkin, died Sept. 2, 2026. Survived by wife, Tammy; sons Caleb and Jace; mother, Norma Pruitt of Lufkin. Services 2 p.m. Saturday, Carroway Funeral Home chapel, Lufkin.""",
gold=[]),

dict(guid="lgv_pwdn_2026_1006", pub="2026-10-06T06:00:00-05:00", title="CARAWAY, Hollis",
body="""CARAWAY, Hollis, Kilgore, died Oct. 3, 2026. Arrangements pending with Cypress Hollow Funeral Home, Kilgore Chapel.""",
gold=[("LGV021", "possible_deceased_client")]),

dict(guid="lgv_pwdn_2026_1106", pub="2026-11-06T06:00:00-06:00", title="TUBB, Virgil Lee",
body="""TUBB, Virgil Lee, 81, of Gladewater, died Nov. 1, 2026. Owner of Tubb's Hardware for 41 years. Survived by wife of 58 years, Imogene; sons Russell and Darren; daughter Sheila Kemp. Services 2 p.m. Thursday, First Baptist Church Gladewater.""",
gold=[]),
]
