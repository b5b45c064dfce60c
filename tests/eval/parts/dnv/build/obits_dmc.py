"""Dan River Memorial Chapel & Hodges-Barksdale Funeral Home (Danville and Martinsville chapels): funeral-home site,
HTML in content:encoded, one-sentence plain description, permalink guids. Hand-labelled."""

BASE = "https://www.danrivermemorial.example/obituaries/"
ITEMS = [
dict(guid="dnv_dmc_hairston_luther_2026", pub="2026-02-09T14:10:00-05:00", title="Luther James Hairston",
body="""Mr. Luther James Hairston, 76, of Martinsville, transitioned from labor to reward on Thursday, February 5, 2026, at his home.

He was born October 11, 1949, in Henry County, to the late Luther Sr. and Addie Hairston. He worked thirty-two years at the Bassett-Walker knitting plant and twenty more as a barber on Fayette Street, where the conversation was free and the haircut was eight dollars until 2011.

He was preceded in death by his wife, Geneva Hairston, and his sisters, Lillie and Mattie.

He leaves to cherish his memory his daughter, Keisha Penn (Dexter) of Ridgeway; his son, Luther "Trey" Hairston III of Durham, N.C.; his grandchildren, Tyrell Hairston (Brianna) of Martinsville, Jaylen Penn and Amari Penn; a great-grandson on the way; his sister, Ruby Draper of Martinsville; and a host of nieces, nephews and friends.

Homegoing services will be held 1 p.m. Saturday, February 14, at Morning Star Holy Church, Martinsville. Repast will follow in the fellowship hall. Hodges-Barksdale Funeral Home, Martinsville, is serving the family.""",
gold=[("DNV017", "survivor"), ("DNV016", "survivor"), ("DNV018", "survivor"), ("DNV019", "survivor")]),

dict(guid="dnv_dmc_motley_clarence_2026", pub="2026-03-20T16:45:00-04:00", title="Clarence Edward \"Buddy\" Motley",
body="""Clarence Edward "Buddy" Motley, 84, of Danville, entered into eternal rest on Thursday, March 19, 2026, surrounded by his family.

Buddy was born June 14, 1941, in Danville, the son of the late Rev. Edward and Pearl Motley. He retired from Goodyear after 36 years, served as a deacon at High Street Baptist Church and coached Little League at Grove Park for two decades.

He leaves to cherish his memory his wife of 61 years, Ola Mae Shelton Motley; his daughters, Sharon Motley Lipscomb (Kevin) of Danville and Angela Motley of Charlotte, N.C.; five grandchildren; three great-grandchildren; and his brother, Leroy Motley of Baltimore, Md.

Homegoing services will be held at noon Saturday, March 28, at High Street Baptist Church, with the Rev. Dr. Cornelius Ferrell of South Boston bringing the eulogy. Interment at Danville National Cemetery with military honors. Dan River Memorial Chapel is serving the family.""",
gold=[("DNV001", "deceased_client"), ("DNV002", "spouse_of_deceased_client")]),

dict(guid="dnv_dmc_stultz_geraldine_2026", pub="2026-04-14T11:20:00-04:00", title="Geraldine Mitchell Stultz",
body="""Geraldine Mitchell Stultz, 70, of Ridgeway, went to be with the Lord on Saturday, April 11, 2026, after a long illness borne with grace.

Gerri was born in Martinsville on June 9, 1955. She worked for Tultex and later for the Henry County School Board cafeteria at Laurel Park, where no child left her line hungry.

She was preceded in death by her husband, Carl Stultz, and her parents, Rev. and Mrs. James Mitchell.

She is survived by her daughter, Brianna "Bree" Hairston and husband Tyrell of Martinsville; her son, Carl Stultz Jr. of Ridgeway; her brother, Howard Mitchell of Eden, N.C.; and her first grandchild, who she said she would meet one way or another.

A service will be held at 11 a.m. Friday at the Hodges-Barksdale chapel, Martinsville. Pallbearers: Carl Stultz Jr., Dexter Penn, Howard Mitchell, Andre Mitchell, Kevin Dillard and Marcus Hairston.""",
gold=[("DNV019", "survivor"), ("DNV018", "survivor")]),

dict(guid="dnv_dmc_fitzgerald_harold_sr_2026", pub="2026-05-11T10:05:00-04:00", title="Harold Lee Fitzgerald Sr.",
body="""Harold Lee Fitzgerald Sr., 89, of Danville, passed away on Friday, May 8, 2026, at Roman Eagle Rehabilitation and Health Care.

Mr. Fitzgerald was born in Caswell County, N.C., on January 2, 1937, and came to Danville to work in the tobacco warehouses along Craghead Street, where he was for many years the fastest ticket marker on the sales floor. He later worked for the City of Danville Parks Department until his retirement in 1999.

He was predeceased by his wife of 58 years, Eunice Fitzgerald, and by his daughter, Carolyn Fitzgerald Scott.

He is survived by his son, Harold Lee "Hal" Fitzgerald Jr. and wife Brenda of Danville; his granddaughters, Megan and Lauren Fitzgerald; and a sister, Ada Fitzgerald Hooper of Yanceyville, N.C.

A graveside service will be held at 2 p.m. Wednesday at Mountain View Cemetery.""",
gold=[("DNV005", "survivor")]),

dict(guid="dnv_dmc_gravely_walter_2026", pub="2026-06-02T09:30:00-04:00", title="Walter Gravely",
body="""Mr. Walter Lee Gravely, 80, of Martinsville, departed this life Friday, May 29, 2026, at SOVAH Health-Martinsville.

Walter was born in Henry County and worked forty years at the DuPont plant on Route 220. He was a member of the Martinsville-Henry County Chapter of the NAACP and of Mount Sinai Baptist Church.

He is survived by his wife, Lorraine Gravely; his sons, Walter Jr. and Kenneth Gravely of Martinsville; his sister, Ruby Gravely Draper of Martinsville; and seven grandchildren.

The funeral will be held at 2 p.m. Saturday at Mount Sinai Baptist Church. Honorary pallbearers are the deacons of Mount Sinai and his friend of sixty years, Sonny Via. Hodges-Barksdale Funeral Home, Martinsville, is serving the family.""",
gold=[]),   # Ruby Draper (DNV020) is do_not_contact; Sonny Via only an honorary pallbearer

dict(guid="dnv_dmc_penn_dexter_allen_2026", pub="2026-07-08T13:00:00-04:00", title="Dexter Allen Penn",
body="""Dexter Allen Penn, 61, of Newark, N.J., a native of Axton, died Thursday, July 2, 2026, in Newark.

He graduated from Laurel Park High School in 1983 and moved north for work with New Jersey Transit, where he drove the No. 13 bus for twenty-nine years. He came home every Fourth of July.

He is survived by his wife, Yvonne Penn of Newark; his mother, Alberta Penn of Axton; his brother, Curtis Penn of Axton; and his cousins, among them Dexter Penn (Keisha) of Ridgeway, whom he called his little brother.

A memorial service will be held at 3 p.m. Saturday, July 11, at Bethel AME Church, Axton. Hodges-Barksdale Funeral Home, Martinsville, is serving the family.""",
gold=[("DNV016", "survivor"), ("DNV017", "survivor")]),
]
