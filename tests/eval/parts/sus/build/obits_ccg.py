"""Cape Coastal Gazette (weekly newspaper, Lewes): obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="sus_ccg_obit_2026_0114", pub="2026-01-16T06:00:00-05:00", title="Evelyn Shockley Dennis, 90, taught generations of Milton children to swim",
body="""Evelyn Shockley Dennis, 90, of Milton, passed away Jan. 11, 2026, at Beebe Healthcare in Lewes, surrounded by family.

She was born Oct. 2, 1935, in Harbeson, a daughter of the late Willard and Mae (Joseph) Shockley. Evelyn taught swimming at the Milton pond and later the Rehoboth YMCA for more than forty summers, and she could still tread water longer than any of her grandchildren on her 85th birthday. She was a member of Goshen United Methodist Church in Milton.

She was preceded in death by her husband of 52 years, Arthur "Bud" Dennis, and a brother, Willard Shockley Jr.

She is survived by her son, Mark Dennis (Terri) of Lincoln; her sister, Wilhelmina "Billie" Argoe of Rehoboth Beach; her niece, Delia Baynard of Milton, who looked after her in her last years; four grandchildren; and seven great-grandchildren.

A funeral service will be held at 11 a.m. Thursday, Jan. 22, at Goshen United Methodist Church, where friends may call from 10 a.m. Burial will follow in Milton Community Cemetery. In lieu of flowers, contributions may be made to the Milton Historical Society.""",
gold=[("SUS007", "survivor"), ("SUS020", "survivor")]),

dict(guid="sus_ccg_obit_2026_0212", pub="2026-02-13T06:00:00-05:00", title="Marguerite A. Donovan, 79, loved her summers in Rehoboth",
body="""Marguerite Ann Donovan, 79, of Scranton, Pa., died Feb. 6, 2026, at Geisinger Community Medical Center.

Born in Scranton on June 4, 1946, to the late Stanley and Helen Kowalczyk, Peggy worked for thirty years in the Lackawanna County tax office. For four decades she and her husband rented the same second-floor apartment on Baltimore Avenue in Rehoboth Beach for the last two weeks of July, and the family asked that her obituary appear in the Gazette so her Rehoboth friends would know.

She is survived by her husband of 55 years, Dennis Donovan; two daughters, Kathleen Reilly of Clarks Summit and Anne Donovan of Philadelphia; and five grandchildren.

A Mass of Christian Burial was celebrated Feb. 11 at St. Patrick's Church, Scranton.""",
gold=[]),

dict(guid="sus_ccg_obit_2026_0313", pub="2026-03-13T06:00:00-04:00", title="Capt. Roland Wiltbank, 88, Lewes river pilot and storyteller",
body="""Capt. Roland Henry Wiltbank, 88, of Lewes, died peacefully March 8, 2026, at his home on Pilottown Road, within sight of the breakwater he had passed more than ten thousand times.

Roland was born in Lewes on Jan. 30, 1938, into a family that has sent pilots out on the Delaware Bay since before the Revolution. He joined the Pilots' Association for the Bay and River Delaware in 1962 and brought ships up to Philadelphia for 38 years. He was a member of St. Peter's Episcopal Church, the Lewes Historical Society and, for many years, the board of the Lewes Public Library.

His wife, Louise, and his brother, Capt. Elias Wiltbank, preceded him in death.

He is survived by his daughter, Anne Wiltbank Carey of Annapolis, Md.; his nephew, Capt. Thaddeus "Tad" Wiltbank (Corinne) of Lewes, who followed him onto the pilot boats; three grandchildren; and many friends at the Lewes Yacht Club.

A service will be held at 2 p.m. Saturday, March 21, at St. Peter's Episcopal Church, Lewes, the Rev. Jonathan Marsh officiating. Pallbearers will be Gil Quillen, Walt Pettyjohn, Ross Hearn, Kevin Lynch, Tim Wiltbank Carey and Sam Carey.""",
gold=[("SUS013", "survivor")]),

dict(guid="sus_ccg_obit_2026_0417", pub="2026-04-17T06:00:00-04:00", title="Gerald P. Fennimore, 67, of Phoenixville, Pa.",
body="""Gerald Patrick Fennimore, 67, of Phoenixville, Pa., died April 10, 2026, at Phoenixville Hospital after a short illness.

Jerry was an electrician with IBEW Local 98 for 40 years and never missed a Phillies home opener. He spent every Labor Day weekend at his sister's house in Ocean View, where he was famous for burning the crabs.

He is survived by his wife, Joanne (DiNardo) Fennimore; his sons, Patrick and Brian; his sister, Deirdre "Dee" Fennimore of Ocean View; and four grandchildren.

A funeral Mass will be held at St. Ann Church, Phoenixville, on April 20.""",
gold=[("SUS016", "survivor")]),

dict(guid="sus_ccg_obit_2026_0522", pub="2026-05-22T06:00:00-04:00", title="Elwood C. 'Woody' Truitt, 84, Millsboro poultry grower",
body="""Elwood Calhoun "Woody" Truitt, 84, of Millsboro, passed away Monday, May 18, 2026, at Beebe Healthcare's South Coastal campus.

Woody was born Aug. 12, 1941, on his family's farm near Gumboro, the son of the late Calhoun and Ida (Layton) Truitt. He raised broilers for 45 years, served on the Indian River School Board, and sold the sweetest cantaloupes in Sussex County from a stand on Route 24. He was a lifelong member of Millsboro United Methodist Church and of the Millsboro Volunteer Fire Company.

He is survived by his wife of 60 years, Loretta (Hitchens) Truitt; his sons, Dale Truitt (Sharon) of Millsboro and Keith Truitt of Dagsboro; his brother-in-law, Dorsey Hitchens (Faye) of Delmar, Md.; six grandchildren; and two great-grandchildren. He was preceded in death by his sister, Arlene Lynch.

Friends may call from 6 to 8 p.m. Thursday at Pepper-Hollis Funeral Services, Millsboro. A funeral service will be held at 11 a.m. Friday at Millsboro United Methodist Church, the Rev. Janelle Dukes officiating. Burial in Millsboro Cemetery. Pallbearers will be his grandsons and Brantley Short.""",
gold=[("SUS001", "deceased_client"), ("SUS002", "spouse_of_deceased_client"), ("SUS004", "survivor")]),

dict(guid="sus_ccg_obit_2026_0703", pub="2026-07-03T06:00:00-04:00", title="Brantley W. Short, 87, Harbeson farmer and decoy carver",
body="""Brantley Wesley Short, 87, of Harbeson, died June 28, 2026, at his farm on Harbeson Road, the same farm where he was born on Nov. 19, 1938.

Brantley grew corn and soybeans, carved canvasback and black duck decoys that now sit in collections from Havre de Grace to Chincoteague, and served 30 years with the Harbeson-area 4-H. He was a member of Zion United Methodist Church.

He was preceded in death by his wife, Doris (Pettyjohn) Short, and his son, Wesley Short.

He is survived by his daughter, Carol Short Hudson of Milton; his grandson, Brantley Short (Kayleigh) of Harbeson, who carries his name and now works the farm; and his first great-grandchild, Wesley, born New Year's Day.

A graveside service will be held at Zion Cemetery at 10 a.m. Wednesday, July 8.""",
gold=[("SUS021", "survivor")]),
]
