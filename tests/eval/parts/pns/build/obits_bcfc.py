"""Bayou Chico & Ferry Pass Chapels (a family funeral home with chapels on Barrancas Avenue and in Ferry Pass):
funeral-home site, HTML in content:encoded, a one-sentence plain description. Hand-labelled."""

FEED = "bcfc"
BASE = "https://www.bayouchicoferrypass.example/obituaries/"
ITEMS = [
dict(guid="pns_bcfc_everett-lamar-coker", slug="everett-lamar-coker", pub="2026-02-03T11:20:00-06:00",
title="Everett Lamar Coker (1942 - 2026)",
body="""Everett Lamar Coker, 83, of Pace, passed away on Saturday, January 31, 2026, at Santa Rosa Medical Center.

Everett was born in Jay, Florida, the youngest of nine children of the late Lamar and Ila Coker. He farmed cotton and peanuts north of Jay until 1975, then worked as a lineman for Gulf Power until his retirement. He was a member of Pace Assembly of God for fifty years and never missed a Wednesday night supper.

He is survived by his wife of 59 years, Nell Coker; his daughters, Rhonda Coker Pitts (Dwight) of Pace and Sherry Coker of Milton; his sister, Inez Ashburne and her husband, Wendell, of Pensacola; and seven grandchildren. He was preceded in death by seven brothers and sisters.

Visitation will be held from 5 to 7 p.m. Tuesday at the Ferry Pass Chapel. The funeral will be at 11 a.m. Wednesday at Pace Assembly of God, with burial in Oakhill Cemetery.""",
gold=[("PNS019", "survivor"), ("PNS018", "survivor")]),

dict(guid="pns_bcfc_marjolaine-bordelon", slug="marjolaine-arceneaux-bordelon", pub="2026-03-09T10:05:00-05:00",
title="Marjolaine Arceneaux Bordelon (1941 - 2026)",
body="""Marjolaine "Margie" Arceneaux Bordelon, 84, of Gulf Breeze, died March 6, 2026, at Gulf Breeze Hospital.

A native of Breaux Bridge, Louisiana, Margie moved to the Pensacola area in 1966 when her husband, Capt. Alcide Bordelon, was stationed at Naval Air Station Pensacola. She never lost her accent or her opinion of anyone else's gumbo. She volunteered at the Gulf Breeze Hospital gift shop for twenty-five years.

She is survived by her son, Rene Bordelon of Lafayette, La.; her niece, Celestine Arceneaux Ladoucette of Gulf Breeze, whom she raised as a daughter after 1971; and four grandchildren. She was preceded in death by her husband and by her brother, Dudley Arceneaux.

A Mass of Christian Burial will be celebrated Thursday at 10 a.m. at St. Ann Catholic Church, Gulf Breeze. Arrangements by Bayou Chico & Ferry Pass Chapels.""",
gold=[("PNS005", "survivor")]),

dict(guid="pns_bcfc_odile-gonsoulin-barrineau", slug="odile-gonsoulin-barrineau", pub="2026-06-02T09:40:00-05:00",
title="Odile Gonsoulin Barrineau (1941 - 2026)",
body="""Odile Gonsoulin Barrineau, 85, of Pensacola, entered eternal rest on Saturday, May 30, 2026, at her home on West Belmont Street, the same street on which she was born.

Odile was born on February 11, 1941, to the late Alphonse and Cecile Gonsoulin, descendants of the free Creole families of colonial Pensacola. She graduated from Booker T. Washington High School and Florida A&M University, and taught third grade in Escambia County for thirty-four years, nineteen of them at A.V. Clubbs. She was a lifelong member of St. Joseph Catholic Church, where she sang in the choir and chaired the annual gumbo supper.

She was preceded in death by her husband, Lucien Barrineau Sr., and by her brother, Alphonse Gonsoulin Jr.

She is survived by her sons, Lucien Barrineau Jr. of Pensacola and Andre Barrineau (Kim) of Atlanta; her sister, Yvonne Gonsoulin Hall of Houston; six grandchildren; and a host of cousins, godchildren and former students.

A Mass of Christian Burial will be celebrated at 10 a.m. Friday, June 5, at St. Joseph Catholic Church, with visitation from 9 a.m. Interment will follow in St. Michael's Cemetery.""",
gold=[("PNS003", "deceased_client")]),

dict(guid="pns_bcfc_doris-hadley-pruett", slug="doris-hadley-pruett", pub="2026-07-01T10:30:00-05:00",
title="Doris Hadley Pruett (1940 - 2026)",
body="""Doris Hadley Pruett, 86, of Molino, passed from this life on June 28, 2026, at Baptist Hospital.

Doris was born in Walnut Hill to the late Homer and Leola Hadley. She kept the books for the Molino feed store for forty-four years, played piano for Molino Baptist Church and could put up more fig preserves in an afternoon than anyone in north Escambia County.

She leaves to cherish her memory her sons, Roger Pruett of Molino and Terry Pruett of Atmore, Ala.; her sister, Lorene (Buddy) Quarterman of Cantonment; nine grandchildren; and twelve great-grandchildren. She was preceded in death by her husband of 61 years, J.W. Pruett.

Funeral services will be held at 2 p.m. Thursday at Molino Baptist Church. Burial will follow in the church cemetery.""",
gold=[("PNS011", "survivor"), ("PNS010", "survivor")]),

dict(guid="pns_bcfc_dinh-van-tho", slug="dinh-van-tho", pub="2026-07-20T12:00:00-05:00",
title="Dinh Van Tho (Ông Đinh Văn Thọ) (1935 - 2026)",
body="""Ông Đinh Văn Thọ (Tho Van Dinh), 91, of Pensacola, peacefully passed away on July 16, 2026, surrounded by his children and grandchildren.

Born in Nam Định, Vietnam, Mr. Dinh served as a teacher in Saigon before coming to Pensacola in 1979 as a refugee sponsored by St. Joseph Parish. He worked on shrimp boats out of Bayou Chico and later at the Pensacola naval aviation depot until his retirement. He was a founding member of the Vietnamese Catholic community of Our Lady of Vietnam Mission in Warrington.

Ông Thọ is survived by his son, Đinh Quang Minh (Minh Dinh), and daughter-in-law, Trương Ngọc Lan (Lan Truong), of Pensacola; his daughter, Dinh Thi Hoa (Peter Nguyen) of Houston; and eight grandchildren. He was preceded in death by his wife, Bà Phạm Thị Liên.

Rosary will be prayed at 7 p.m. Wednesday at the Bayou Chico Chapel. A funeral Mass will be celebrated Thursday at 10 a.m. at Our Lady of Vietnam Mission, followed by burial at Barrancas National Cemetery.""",
gold=[("PNS009", "survivor"), ("PNS008", "survivor")]),

dict(guid="pns_bcfc_raymond-oberholtzer", slug="capt-raymond-oberholtzer", pub="2026-08-04T09:15:00-05:00",
title="Capt. Raymond J. Oberholtzer, USN (Ret.) (1945 - 2026)",
body="""Captain Raymond J. "Skip" Oberholtzer, U.S. Navy (Retired), 81, of Perdido Key, slipped the surly bonds of earth on July 31, 2026.

Skip flew A-7 Corsairs from the USS Midway, commanded a training squadron at Naval Air Station Whiting Field and finished his career on the staff of the Naval Air Training Command in Pensacola. In retirement he sailed, kept bees and taught aviation history at Pensacola State College.

He is survived by his wife, Cynthia Oberholtzer of Perdido Key; his sons, Lt. Col. Brian Oberholtzer, USMC, of Quantico, Va., and Kevin Oberholtzer of Seattle; and three grandchildren.

A memorial service will be held at 1 p.m. Friday at the National Naval Aviation Museum. Rear Admiral Hollis Vandergriff, USN (Ret.), his friend and former squadron mate, will deliver the eulogy. Interment with full military honors will follow at Barrancas National Cemetery.""",
gold=[]),
]
