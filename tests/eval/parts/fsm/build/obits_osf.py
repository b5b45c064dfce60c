"""Ozark & Sequoyah Funeral Service (Poteau, Sallisaw, Fort Smith chapels): funeral-home site, HTML in
content:encoded, one-sentence plain description, permalink guids. Hand-labelled."""

ITEMS = [
dict(guid="fsm_osf_ernestine-faulkenberry", pub="2026-06-10T14:00:00-05:00", title="Ernestine \"Teenie\" Faulkenberry",
body="""Ernestine "Teenie" Faulkenberry, 90, of Poteau, Oklahoma, passed from this life on Monday, June 8, 2026, at her home.

Teenie was born March 2, 1936, in Wister, Oklahoma, to Jesse and Ola (Pate) Ledbetter. She married Leon Faulkenberry in 1954. She worked 35 years in the cafeteria at Poteau Public Schools, where generations of children knew her cinnamon rolls better than their own mothers' cooking.

She was preceded in death by her husband, Leon, in 2011; her parents; and her brothers, Cecil and Harold Ledbetter.

Teenie is survived by her sister, Lorene Birdsong of Poteau; her nephews, Mark and Dwight Ledbetter; and many great-nieces and great-nephews who called her Aunt Teenie.

Funeral services will be held at 10:00 a.m. Friday, June 12, at the Poteau chapel with Rev. Gary Spradlin officiating. Interment will follow at Oakland Cemetery.""",
gold=[("FSM008", "deceased_client"), ("FSM022", "survivor")]),

dict(guid="fsm_osf_rayburn-lee-pettijohn", pub="2026-07-20T16:30:00-05:00", title="Rayburn Lee Pettijohn",
body="""Rayburn Lee Pettijohn, 77, of Poteau passed away Saturday, July 18, 2026, at Eastern Oklahoma Medical Center.

Rayburn was born December 11, 1948, in Heavener. He worked for the Kansas City Southern railroad for 34 years and retired as a section foreman. He loved Cavanal Hill, his bird dogs and his grandkids, in no particular order.

He is survived by his wife of 54 years, Glenda (Ainsworth) Pettijohn of the home; his son, Brent Pettijohn and wife Amy of Heavener; his daughter, Casey Morrow of Sallisaw; and five grandchildren.

He was preceded in death by his parents, Lee and Oleta Pettijohn.

Services will be 2:00 p.m. Wednesday at the Poteau chapel. Pallbearers will be his grandsons.""",
gold=[("FSM009", "deceased_client"), ("FSM010", "spouse_of_deceased_client")]),

dict(guid="fsm_osf_annie-sixkiller", pub="2026-05-18T11:00:00-05:00", title="Annie Sixkiller",
body="""Annie Sixkiller, 91, of the Marble City community near Sallisaw, passed away Thursday, May 14, 2026, at the W.W. Hastings Hospital in Tahlequah.

Annie was born November 20, 1934, at home in Sequoyah County, the daughter of Johnson and Lucy (Hummingbird) Pigeon, and spoke Cherokee before she spoke English. She married Dale Sixkiller in 1952. She was a member of Sallisaw Indian Baptist Church and sang in its Cherokee hymn choir for sixty years.

She was preceded in death by her husband, Dale; her parents; and a son, Robert.

She is survived by her son, Jimmie Sixkiller and wife Lavonne of Sallisaw; her daughter, Wanda Sue Goforth and husband Lonnie of Spiro; eleven grandchildren and a great many great-grandchildren.

A wake will be held Friday evening at Sallisaw Indian Baptist Church. Funeral services will be held 11:00 a.m. Saturday at the church with Bro. Odell Hixson and Rev. Tom Christie officiating. Burial will be in Sixkiller Family Cemetery.""",
gold=[("FSM007", "survivor"), ("FSM006", "survivor"), ("FSM015", "survivor")]),

dict(guid="fsm_osf_jerald-pruitt", pub="2026-05-26T10:15:00-05:00", title="Jerald Wayne Pruitt",
body="""Jerald Wayne Pruitt, 70, of Barling passed away Sunday, May 24, 2026, at Mercy Hospital Fort Smith.

Jerald was born in Fort Smith and was a 1974 graduate of Southside High School. He owned Pruitt Paint & Body on Midland Boulevard for 35 years.

He is survived by his wife, Deb Pruitt of the home; his daughter, Ashley Pruitt of Rogers; and his sister, Loretta Tackett and her husband Dewayne "Dub" of Fort Smith.

Services will be 1:00 p.m. Thursday at the Fort Smith chapel with Pastor Jim Seale officiating. Pallbearers will be Cody Stufflebean, Ronnie Pruitt, Mike Yarbrough and Dale Hembree.""",
gold=[("FSM002", "survivor"), ("FSM001", "survivor")]),

dict(guid="fsm_osf_rosalinda-villanueva-de-ortiz", pub="2026-09-14T09:00:00-05:00", title="Rosalinda Villanueva de Ortiz",
body="""Rosalinda Villanueva de Ortiz, 79, of Fort Smith, went to be with the Lord on September 11, 2026.

She was born in Salvatierra, Guanajuato, Mexico, and came to Fort Smith in 1988, where she worked for many years at the poultry plant and later cared for the babies of half of the parish. She was a faithful member of St. Boniface Catholic Church and its Guadalupana society.

She was preceded in death by her husband, Ernesto Ortiz.

She is survived by her daughter, Marisol Ortiz of Fort Smith; her sons, Ernesto Ortiz Jr. of Springdale and Rafael Ortiz of Salvatierra; and eight grandchildren.

A rosary will be prayed Monday evening, and the Mass of Christian Burial will be celebrated Tuesday at St. Boniface.""",
gold=[("FSM020", "survivor")]),
]
