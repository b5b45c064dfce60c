"""Hayworth-Salem Funeral & Cremation (chapels in Winston-Salem, Kernersville, High Point, Thomasville and
Greensboro): funeral-home site, HTML in content:encoded, permalink guids. Hand-labelled."""

FEED = "hsf"
BASE = "gso_https://www.hayworthsalem.example/obituaries/"
ITEMS = [
dict(guid=BASE + "carl-frederick-vogler-sr", pub="2026-02-17T10:20:00-05:00", title="Carl Frederick Vogler Sr. (1932 - 2026)",
body="""Carl Frederick Vogler Sr., 93, of Clemmons, fell asleep in Jesus on Saturday, February 14, 2026, at Salemtowne, with his children beside him.

Born in Winston-Salem to the late Ernest and Bertha (Fogle) Vogler, Carl grew up a block from Salem Square and played the trombone in the Home Church band for seventy years, including every Easter sunrise service he could climb out of bed for. He spent his working life as a tool-and-die maker at the Western Electric plant on Reynolda Road.

He is survived by his son, Carl F. "Buddy" Vogler Jr. (Susan) of Winston-Salem; his daughter, Ellen Vogler Cline (Ray) of Lewisville; four grandchildren; and two great-grandchildren. He was preceded in death by his wife of 61 years, Dorothy Kapp Vogler.

A funeral will be held at 2 p.m. Friday in the Salem chapel, with burial following in the Salem Moravian God's Acre. Memorials may be made to the Moravian Music Foundation.""",
gold=[("GSO003", "survivor")]),

dict(guid=BASE + "doris-ann-pegram", pub="2026-03-09T09:05:00-04:00", title="Doris Ann Pegram (1937 - 2026)",
body="""Doris Ann Pegram, 88, of High Point, went home to be with the Lord on March 6, 2026, at Wesley Long Hospital.

Doris was born in Randolph County and worked for forty-one years as a sewing-room supervisor at a High Point furniture maker, where it was said that no cushion left her line with a crooked seam. She taught the young married women's Sunday school class at Green Street Baptist Church for three decades.

She leaves behind two daughters, Mary-Beth Teague of High Point and Carol Pegram Wall of Charlotte; a brother, Wayne Yow of Denton; and five grandchildren. She was preceded in death by her husband, Gilbert Pegram.

The family will receive friends at the High Point chapel from 6 to 8 p.m. Tuesday. The funeral will be at 11 a.m. Wednesday at Green Street Baptist Church.""",
gold=[("GSO024", "survivor")]),

dict(guid=BASE + "helen-louise-shore", pub="2026-04-22T14:40:00-04:00", title="Helen Louise Shore (1935 - 2026)",
body="""Helen Louise Shore, 90, of Kernersville, died peacefully on Easter Monday, April 20, 2026, at her home of sixty years on Bodenhamer Street.

A lifelong member of Kernersville Moravian Church, Helen served lovefeast coffee for more Christmas Eves than anyone could count and was famous for her sugar cake, whose recipe she gave out freely and incorrectly. She retired from the Forsyth County Public Library after thirty years.

Left to cherish her memory are her daughter, Anna Marie (Tom) Fries of Kernersville; her son, David Shore of Asheville; her nephew, Rick Spainhour of Kernersville, whom she raised as her own after his mother's death; and six grandchildren. She was preceded in death by her husband, Ernest Shore.

A memorial service will be held at 3 p.m. Sunday at Kernersville Moravian Church, with interment in the church graveyard.""",
gold=[("GSO004", "survivor"), ("GSO018", "survivor")]),

dict(guid=BASE + "christopher-ryan-beck", pub="2026-05-12T16:10:00-04:00", title="Christopher Ryan Beck (2001 - 2026)",
body="""Christopher Ryan Beck, 24, of Thomasville, was taken from his family far too soon on Saturday, May 9, 2026.

Chris graduated from East Davidson High School, where he pitched for the Golden Eagles, and was an apprentice electrician with a Lexington contractor. He loved fishing High Rock Lake before sunrise, his truck, and his nephew, in that order or the other way around depending on the day.

He is survived by his parents, Keith and Angela Beck of Thomasville; his sister, Kayla Beck Hunt (Josh) of Denton; his nephew, Easton; and his grandmother, Faye Beck of Thomasville. He was preceded in death by his grandfather, Harold Beck.

A celebration of life will be held at 4 p.m. Thursday at the Thomasville chapel.""",
gold=[]),

dict(guid=BASE + "eunice-carter-idol", pub="2026-06-03T11:25:00-04:00", title="Eunice Carter Idol (1941 - 2026)",
body="""Eunice Carter Idol, 84, of High Point, passed away on Sunday, May 31, 2026, at Pennybyrn.

Mrs. Idol was a charter member of Emerywood Baptist Church and kept the books for her husband's hardware store on English Road for thirty-five years. Her tomato sandwiches were a summer institution on Westchester Drive.

She is survived by her son, Frank Idol (Patsy) of High Point; her daughter, Lisa Idol Brady of Greensboro; and four grandchildren. She was preceded in death by her husband, Clyde Idol.

The funeral will be held at 2 p.m. Friday at Emerywood Baptist Church. Pallbearers will be Tyler Brady, Ethan Brady, Mark Hedgecock, Ronnie Welborn, DeShawn McAdoo and Luis Carrillo.""",
gold=[]),  # GSO019 Frank Idol is do_not_contact; GSO009 DeShawn McAdoo is a pallbearer

dict(guid=BASE + "lewis-macon-hinshaw", pub="2026-06-24T10:00:00-04:00", title="Lewis Macon Hinshaw (1947 - 2026)",
body="""Lewis Macon Hinshaw, 78, of Greensboro, died at home on the sixth day of the sixth month, 2026, in the care of his family and of Hospice of Greensboro.

Lewis was a birthright member of New Garden Friends Meeting and taught physics at Guilford College for thirty-four years, where generations of students learned Newton's laws by dropping eggs from the roof of King Hall. He was a conscientious objector who served two years of alternative service at a hospital in Kentucky, and he spent his retirement building bluebird houses for every Friends meeting in the Yearly Meeting.

He is survived by his wife of 52 years, Margaret "Peggy" Hockett Hinshaw; their sons, Nathan Hinshaw of Asheville and Eli Hinshaw of Portland, Ore.; and three grandchildren.

A memorial meeting for worship in the manner of Friends will be held at New Garden Friends Meeting at 2 p.m. on Seventh Day, June 27. In lieu of flowers, gifts may be made to the Guilford College Friends Center.""",
gold=[("GSO010", "survivor")]),  # Lewis is the roster spouse, not a client: Peggy is a survivor

dict(guid=BASE + "eleanor-bodenheimer", pub="2026-08-18T09:30:00-04:00", title="Eleanor Mae Bodenheimer (1938 - 2026)",
body="""Eleanor Mae Bodenheimer, 88, of Thomasville, died on Sunday, August 16, 2026, at Lexington Medical Center.

She was a retired first-grade teacher at Liberty Drive Elementary School and a member of Memorial United Methodist Church, where she played handbells until she was 85.

Survivors include her son, Gary Bodenheimer of Thomasville; her daughter, Judy Bodenheimer Lanier of Winston-Salem; and three grandchildren.

The funeral will be held at 11 a.m. Thursday at Memorial United Methodist Church.""",
gold=[]),
]
