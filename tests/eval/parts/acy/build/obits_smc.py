"""Seashore Memorial Chapels (Cape May Court House, Wildwood and Ocean City chapels): funeral-home site, HTML in
content:encoded, one-sentence plain description. Hand-labelled (gold=[...] beside each text)."""

FEED = "smc"
ITEMS = [
dict(guid="acy_smc_declan-p-mulrooney-sr", pub="2026-02-10T10:15:00-05:00", title="Declan Patrick Mulrooney Sr. (1941 - 2026)",
body="""Declan Patrick Mulrooney Sr., 84, of Villas, went home to the Lord on Saturday, February 7, 2026, at Cape Regional Medical Center, surrounded by his family.

Born in Kilrush, County Clare, Ireland, Declan came to Philadelphia at nineteen and to the Jersey Cape for good in 1972, when he bought a charter boat he could not afford and named it the Bridget Rose after his mother. He ran fishing parties out of the Cape May harbor for 38 years and was a member of the Ancient Order of Hibernians, Division 1, and of St. Raymond's Parish in Villas, where he ushered at the 9 o'clock Mass.

He is survived by his son, Declan Jr. and his wife, Bridget (nee Fennessy), of Cape May Court House; his daughter, Siobhan Kerrigan of Havertown, Pa.; six grandchildren; and his brother, Eamon, of Ennis. He was predeceased by his beloved wife of 51 years, Kathleen (nee Dunleavy).

Relatives and friends are invited to his viewing Thursday from 9 to 10:45 a.m. at St. Raymond's Church, Villas, followed by his Funeral Mass at 11 a.m. Interment Cold Spring Cemetery. Pallbearers will be his grandsons and his friend of forty summers, Cormac O'Halloran. In lieu of flowers, donations to the Cape May County Fishermen's Memorial.""",
gold=[("ACY007", "survivor"), ("ACY008", "survivor")]),

dict(guid="acy_smc_evangeline-truitt", pub="2026-04-13T09:40:00-04:00", title="Evangeline \"Vangie\" Truitt (1938 - 2026)",
body="""Evangeline "Vangie" Truitt of Cape May died peacefully at home on Thursday, April 9, 2026. She was 87.

Vangie was born in Cape May on May 17, 1938, the daughter of the late Hezekiah and Mildred (Hand) Truitt, and lived her whole life within sight of the lighthouse. She taught third grade at the Cape May City Elementary School for 34 years, sang alto in the choir of the First Presbyterian Church, and for decades led the Victorian Week house tours in a bonnet she sewed herself.

She was predeceased by her husband, Elwood S. Truitt, in 2009, and by her brother, Lemuel. She is survived by her nieces, Dorothy Hand Ludlam of Goshen and Carol Truitt of Dover, Del., and by generations of former students who still call her Miss Vangie.

A memorial service will be held Saturday at 11 a.m. at the First Presbyterian Church, Cape May. Arrangements by the Cape May Court House chapel.""",
gold=[("ACY020", "deceased_client")]),

dict(guid="acy_smc_frederick-kesselring", pub="2026-02-24T11:00:00-05:00", title="Frederick W. \"Fritz\" Kesselring (1935 - 2026)",
body="""Frederick W. "Fritz" Kesselring, 90, of Cape May Point, passed away on February 21, 2026, at the Victorian Manor in Cape May Court House.

Fritz was born in Allentown, Pa., served with the U.S. Coast Guard at the Cape May Training Center, and never left the Cape again. He ran Kesselring's Hardware on Broadway for 41 years, where he could find any screw in the building without looking and would lend you the tool rather than sell it. He was a charter member of the Cape May Point Volunteer Fire Company and an avid birder at the state park.

He is survived by his daughter, Peggy (Walt) Oberholtzer of Sea Isle City; his son, Karl Kesselring of Lititz, Pa.; five grandchildren; and two great-grandchildren. He was predeceased by his wife, Anneliese, in 2018.

A funeral service will be held Monday at 10 a.m. at St. John's Lutheran Church, Cape May. Interment will be private. Memorial contributions may be made to the Cape May Bird Observatory.""",
gold=[("ACY011", "survivor")]),

dict(guid="acy_smc_harold-buddy-cresse", pub="2026-03-17T10:30:00-04:00", title="Harold E. \"Buddy\" Cresse (1946 - 2026)",
body="""Harold E. "Buddy" Cresse, 79, of Wildwood Crest, passed away on Saturday, March 14, 2026, at home after a long illness.

A lifelong Cape May County man from one of its oldest families, Buddy clammed the back bays as a boy, drove a Lower Township school bus for twenty years and then ran the bait and tackle shop at Two Mile Landing until his knees gave out. He never missed a Wildwood Crest Fourth of July parade, and rode in the last two on the fire company's antique pumper.

He is survived by his wife of 55 years, Marlene; his sons, Harold Jr. of Wildwood Crest and Dale of Millville; his sister, JoAnn Cresse of Erma; and seven grandchildren. He was preceded in death by his brother, Elmer.

Visitation Friday 6 to 8 p.m. at the Wildwood chapel; service Saturday at 11 a.m. Interment Cape May County Veterans Cemetery.""",
gold=[("ACY013", "survivor")]),

dict(guid="acy_smc_doris-fenwick-mclain", pub="2026-05-05T09:20:00-04:00", title="Doris Amelia Fenwick McLain (1937 - 2026)",
body="""Doris Amelia Fenwick McLain, 88, of Ocean City, died on May 2, 2026, at Shore Medical Center in Somers Point.

Doris was born in Ocean City, the daughter of the late Rev. Amos and Edith Fenwick, and graduated from Ocean City High School in 1955. She kept the books of the family lumber yard on West Avenue for forty years and taught Sunday school at St. Peter's United Methodist Church longer than anyone could remember. In the summer she could be found on her bench at 9th Street, counting the dolphins.

She is survived by her sisters, Mrs. Gilbert Wexley of Ocean City and Mrs. Raymond Tully of Dover, Del.; her son, Bruce McLain of Upper Township; and three grandchildren. She was predeceased by her husband, Walter McLain.

Funeral services will be held Friday at 11 a.m. at St. Peter's United Methodist Church, Ocean City. Arrangements by the Ocean City chapel.""",
gold=[("ACY010", "survivor")]),
]
