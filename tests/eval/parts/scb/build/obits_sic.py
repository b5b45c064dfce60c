"""The Sea Islands Courier (Beaufort): newspaper obituaries, plain text, dateline style. Hand-labelled."""

FEED = "sic"
ITEMS = [
dict(guid="scb_sic_obit_260211", pub="2026-02-11T05:30:00-05:00",
     title="Deacon Samuel Lee Chisolm, 79, of Dale",
body="""DALE - Deacon Samuel Lee Chisolm, 79, died Sunday, February 8, 2026, at Beaufort Memorial Hospital.

Born in the Dale community of northern Beaufort County to the late Peter and Viola Chisolm, he worked thirty years at the Marine Corps Air Station Beaufort and farmed okra and butter beans on the family land. He was a deacon of Tabernacle Baptist Church.

Surviving are his wife of 54 years, Ruth Ann Chisolm; two sons, Samuel Chisolm Jr. of Dale and Jerome Chisolm of Charlotte, N.C.; a sister, Hattie Mae Polite (Zeke) of St. Helena Island; and seven grandchildren.

Funeral will be 1 p.m. Saturday at Tabernacle Baptist Church. Pallbearers will be Dwayne Smalls, Tyrone Chisolm, Anthony Chisolm and Derrick Green. Live Oak Memorial Chapel, Frogmore, is in charge.""",
gold=[("SCB002", "survivor"), ("SCB001", "survivor")]),

dict(guid="scb_sic_obit_260218", pub="2026-02-18T05:30:00-05:00",
     title="Harold Eugene Tuten, 68, of Statesboro, Ga.",
body="""STATESBORO, Ga. - Harold Eugene Tuten, 68, died Monday, February 16, 2026, at East Georgia Regional Medical Center.

A native of Bulloch County, he sold farm equipment for forty years and coached Little League in Statesboro. He was a member of Pittman Park United Methodist Church.

Surviving are his wife, Peggy Tuten of Statesboro; a son, Wesley Tuten of Savannah; a daughter, Amanda Tuten Rountree of Metter; and four grandchildren. He is also survived by cousins in Colleton County, S.C.

The funeral will be at 11 a.m. Thursday at Pittman Park United Methodist Church.""",
gold=[]),

dict(guid="scb_sic_obit_260304", pub="2026-03-04T05:30:00-05:00",
     title="Lavinia Orr Haskell, 88, of Bluffton",
body="""BLUFFTON - Lavinia Orr Haskell, 88, died Saturday, February 28, 2026, at her home on the May River.

Mrs. Haskell was born in Bluffton, a daughter of the late Captain Hamilton Orr and Lavinia Pope Orr. She ran the Calhoun Street dry goods store for decades and was a founding member of the Bluffton Historical Preservation Society.

She is survived by her son, Hamilton Haskell of Savannah; her granddaughter and namesake, Lavinia "Vinnie" Orr of Bluffton; her brother, Edward Orr of Beaufort; and several nieces and nephews. She was preceded in death by her husband, Frank Haskell, and a daughter, Margaret Haskell Orr.

A memorial service will be held at 3 p.m. Sunday at the Church of the Cross, Bluffton.""",
gold=[("SCB019", "survivor")]),

dict(guid="scb_sic_obit_260325", pub="2026-03-25T05:30:00-04:00",
     title="Willie James Glover, 77, of Sheldon",
body="""SHELDON - Willie James Glover, 77, died Friday, March 20, 2026, at the Veterans Affairs Medical Center in Charleston.

He was born in Sheldon to the late Moses and Daisy Glover, served in the U.S. Marine Corps in Vietnam, and later worked as a shrimper out of Port Royal. He was a member of Sheldon Union Baptist Church.

Surviving are his wife of 52 years, Roberta "Bert" Glover of Sheldon; a daughter, Latoya Glover of Beaufort; a son, Willie Glover Jr. of Columbia; and five grandchildren.

Funeral with military honors will be held 11 a.m. Saturday at Sheldon Union Baptist Church.""",
gold=[("SCB016", "survivor")]),

dict(guid="scb_sic_obit_260408", pub="2026-04-08T05:30:00-04:00",
     title="Dr. Venkat Raghunathan, 81, of Beaufort",
body="""BEAUFORT - Dr. Venkat Raghunathan, 81, died Sunday, April 5, 2026, at Beaufort Memorial Hospital.

Born in Madurai, India, he came to South Carolina in 1978 and practiced cardiology in Beaufort for thirty years. He taught generations of nurses to read an EKG and played tennis at the Pigeon Point courts until he was 79.

Surviving are his wife of 55 years, Lakshmi Raghunathan of Beaufort; a daughter, Dr. Priya Raghunathan of Beaufort; a son, Arun Raghunathan of Raleigh, N.C.; and three grandchildren.

A prayer service will be held at 10 a.m. Thursday at the Beaufort funeral chapel.""",
gold=[("SCB008", "survivor")]),

dict(guid="scb_sic_obit_260429", pub="2026-04-29T05:30:00-04:00",
     title="Charlotte Ann Simmons, 88, of Beaufort",
body="""BEAUFORT - Charlotte Ann Simmons, 88, died Monday, April 27, 2026.

Mrs. Simmons was a registered nurse at Beaufort Memorial Hospital for 35 years and an usher at St. Helena's Episcopal Church.

She is survived by her daughters, Loretta Gadsden (Marcus) of Beaufort and Gwendolyn Simmons of Washington, D.C.; three grandchildren; and a brother, Rev. Albert Singleton of Seabrook. She was preceded in death by her husband, James Simmons.

A funeral will be held Saturday at 11 a.m. at St. Helena's Episcopal Church.""",
gold=[("SCB005", "survivor")]),

dict(guid="scb_sic_obit_260513", pub="2026-05-13T05:30:00-04:00",
     title="Thomasina 'Tommie' Grant, 68, of Burton",
body="""BURTON - Thomasina "Tommie" Grant, 68, died Saturday, May 9, 2026.

Ms. Grant drove a Beaufort County school bus for 25 years and later worked in the cafeteria at Battery Creek High School. She loved bingo and her church, Faith Memorial Baptist.

She is survived by her son, Andre Grant of Burton; her daughter, Shanice Grant of Atlanta; and four grandchildren.

Funeral will be held at 2 p.m. Saturday at Faith Memorial Baptist Church, Pastor Robert Fields officiating. Active pallbearers: Thaddeus Kinard, Dwayne Smalls, Marcus Grant and Jerome Wright. Honorary pallbearers: the Battery Creek High School cafeteria staff.""",
gold=[]),
]
