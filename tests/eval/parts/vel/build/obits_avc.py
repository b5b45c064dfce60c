"""Ashley Valley Courier (Vernal weekly newspaper) obituaries: plain text. Hand-labelled."""

ITEMS = [
dict(guid="vel_avc_obit_0101", pub="2026-01-21T06:00:00-07:00", title="LaVar Ellis Pettersen",
body="""LaVar Ellis Pettersen, 84, of Vernal, passed away peacefully at his home on January 17, 2026, surrounded by his family, after a long fight with congestive heart failure.

LaVar was born August 12, 1941, in Vernal, to Ellis and Thora (Mecham) Pettersen, the fourth of seven children. He grew up on the family place on Dry Fork, hauling hay before school and running trap lines after it. He graduated from Uintah High School in 1959 and served in the Northern States Mission. He married his sweetheart, Norma Snelgrove, on June 2, 1964, in the Salt Lake Temple.

LaVar worked 33 years for the Bureau of Reclamation on the Steinaker and Red Fleet projects and never stopped calling them "my dams." He served as bishop of the Vernal 9th Ward, loved the Uinta high country, and could back a stock trailer into any spot you pointed at.

He is survived by his wife of 61 years, Norma Snelgrove Pettersen of Vernal; children Kent (Lorraine) Pettersen, Lehi; Sharla (Wade) Nyberg, Vernal; Dallin Pettersen, Rock Springs, Wyo.; 17 grandchildren and 22 great-grandchildren; and sister Afton Colton of Heber City. He was preceded in death by his parents, brothers Reed and Merlin, and a grandson, Tanner.

Funeral services will be held Saturday, January 24, at 11 a.m. at the Vernal 9th Ward chapel, 1400 West 500 North, with Bishop Harlan Quaid conducting. Friends may call Friday evening from 6 to 8 p.m. at Split Mountain Mortuary and Saturday from 9:30 to 10:30 a.m. at the church. Pallbearers: his grandsons, with Wendell Stroup and Garth Nyberg. Interment, Vernal Memorial Park.""",
gold=[("VEL001", "deceased_client"), ("VEL002", "spouse_of_deceased_client")]),

dict(guid="vel_avc_obit_0102", pub="2026-02-04T06:00:00-07:00", title="Arlo Dean Glines",
body="""Our dad, Arlo Dean Glines, 77, of Vernal, slipped the surly bonds of earth on January 31, 2026, at Ashley Regional Medical Center.

Arlo was born March 22, 1948, in Vernal to Leland and Zelda (Ashton) Glines. He ran sheep on Diamond Mountain with his father, drove truck in the Rangely oil field and retired from Uintah County Road Department. He married Carol Ann Haws in 1970; they were later sealed in the Vernal Utah Temple.

Survivors include his wife, Carol Ann; sons Jory (Melanie) Glines and Trent Glines, both of Vernal; daughter Lacey (Brock) Hadlock, Lapoint; 11 grandchildren; and his sister, Verla (Dee) Sowby, Maeser. Preceded in death by his parents and brother Vaughn.

A viewing will be held Thursday, February 5, from 6 to 8 p.m. at Split Mountain Mortuary, with funeral services Friday at 11 a.m. in the Maeser 4th Ward chapel. Burial will be in the Maeser Fairview Cemetery.""",
gold=[("VEL018", "survivor"), ("VEL019", "survivor")]),

dict(guid="vel_avc_obit_0103", pub="2026-02-18T06:00:00-07:00", title="Brigham Owen Sadlier Sr.",
body="""DUCHESNE - Brigham Owen Sadlier Sr., 91, a Duchesne County rancher whose cows outnumbered his neighbors' opinions of him, died February 13, 2026, at the Four Corners Care Center in Duchesne.

Brig was born in Hanna on September 30, 1934, to Owen and Ida (Bench) Sadlier. He served in the U.S. Army in Korea, then came home to the ranch on the Strawberry River, where he stayed for the rest of his life. He married Reva Jean Lisonbee in 1956. She preceded him in death in 2019.

He is survived by his son, Brig (Tawnya) Sadlier Jr., of Duchesne; daughters Joyce Moon, Tabiona, and Ann (Royce) Giles, Price; 14 grandchildren, including Brigham Sadlier III of Provo; and 23 great-grandchildren.

Services will be Saturday, February 21, at noon at the Duchesne Stake Center, Bishop Lane Mott conducting. Interment, Duchesne City Cemetery, with military honors by the Duchesne County Veterans.""",
gold=[("VEL006", "survivor"), ("VEL007", "survivor")]),

dict(guid="vel_avc_obit_0104", pub="2026-03-04T06:00:00-07:00", title="Wendell Kade Stroup",
body="""Wendell Kade Stroup, 24, of Price, died unexpectedly February 27, 2026, in a work accident near Helper.

Kade was born October 2, 2001, in Price to Lance and Shari (Bunnell) Stroup. He graduated from Carbon High School, where he wrestled at 170 pounds, and worked as an apprentice lineman. He loved his truck, his dog Moose and anything with a motor.

He is survived by his parents, Lance and Shari Stroup of Price; his sister, Kenzie; his grandparents, Vern and Delores Stroup of Wellington; and his great-uncle Wendell Stroup of Naples, for whom he was named and with whom he spent every deer hunt of his life. Preceded in death by his grandparents, Keith and Ada Bunnell.

Services will be held Saturday, March 7, at 1 p.m. at the Price 4th Ward chapel. Burial, Price City Cemetery.""",
gold=[("VEL012", "survivor")]),

dict(guid="vel_avc_obit_0105", pub="2026-03-25T06:00:00-07:00", title="Hazel Ruppert",
body="""Hazel Ferrin Ruppert, 88, of Naples, returned to her Heavenly Father on March 20, 2026.

She was born December 9, 1937, in Ouray, to Alma and Effie Ferrin. She married Gus Ruppert on August 16, 1957; he preceded her in death in 2010. Hazel canned everything that grew in Naples and a few things that probably shouldn't have. She served faithfully in Primary for forty years.

Hazel is survived by her children: Kolleen (Thayne) Murdock of Naples; Dale (Jan) Ruppert, Roosevelt; and Kurt Ruppert, Grand Junction, Colo.; nine grandchildren and 19 great-grandchildren. She was preceded in death by her husband, her parents and a son, Rex.

Funeral services will be held Thursday, March 26, at 11 a.m. at the Naples 2nd Ward chapel, 1500 East 2500 South. Viewings Wednesday 6-8 p.m. at Split Mountain Mortuary and Thursday 9:30-10:30 at the church. Interment, Vernal Memorial Park.""",
gold=[("VEL005", "survivor"), ("VEL004", "survivor")]),

dict(guid="vel_avc_obit_0106", pub="2026-04-15T06:00:00-07:00", title="Mary Lou Birchell",
body="""Mary Lou Birchell, 81, of Mesa, Arizona, formerly of Rock Springs, Wyoming, passed away April 9, 2026.

She was born July 3, 1944, in Green River, Wyo., to Frank and Opal Tanner. She married Earl Birchell in 1963 and they made their home in Rock Springs for forty years before retiring to the sunshine. She loved her grandchildren, the slot machines in Wendover and her Pomeranian, Biscuit.

Survivors include her sons, Scott (Kim) Birchell of Gilbert, Ariz., and Troy Birchell of Rock Springs; and five grandchildren. Preceded in death by her husband, Earl.

Graveside services will be held April 18 at Rock Springs Municipal Cemetery. The family asked that the notice run in the Courier for friends in the Basin.""",
gold=[]),

dict(guid="vel_avc_obit_0107", pub="2026-05-06T06:00:00-07:00", title="Owen Calder",
body="""Owen Reed Calder, 83, of Lapoint, died May 1, 2026, at home on the farm where he was born.

Owen was born November 14, 1942, to Reed and Ethel Calder. He farmed, ran cattle on the Whiterocks allotment and drove the Lapoint school bus for 29 years; more than one Uintah Basin grandparent learned their manners in his rear-view mirror. He married Nola Brotherson in 1964.

He is survived by his wife, Nola; sons Ross (Tami) Calder and Jed Calder, Lapoint; daughter Becky (Jace) Ivie, Vernal; his sister, Mary Lou Birchell of Vernal; 12 grandchildren and 8 great-grandchildren. He was preceded in death by his parents and his brother-in-law, Grant Birchell.

Services will be Saturday, May 9, at 11 a.m. at the Lapoint Ward chapel. Burial in the Lapoint Cemetery.""",
gold=[("VEL009", "survivor")]),
]
