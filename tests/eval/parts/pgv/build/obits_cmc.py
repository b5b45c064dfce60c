"""Contentnea Memorial Chapel (funeral home, Farmville and Ayden; also handles homegoings for Greenville
churches): HTML in content:encoded, one-sentence description. Hand-labelled."""

ITEMS = [
dict(guid="pgv_cmc_tripp_roosevelt", pub="2026-01-22T10:00:00-05:00", title="Deacon Roosevelt Tripp",
body="""Deacon Roosevelt Tripp, 84, of Ayden, entered eternal rest on Sunday, January 18, 2026, at his home.

Deacon Tripp served Saint James Missionary Baptist Church for more than fifty years and drove a school bus for Ayden Elementary for thirty-one of them. He never forgot a child's name.

He leaves to cherish his memory his son, the Rev. Alphonso Tripp (Shirley) of Ayden; his daughter, Loretta Tripp Kittrell of Baltimore, Md.; seven grandchildren; and a host of nieces, nephews and church family.

Homegoing service: 1 p.m. Saturday at Saint James Missionary Baptist Church, Ayden. Eulogist: Bishop Harold Sutton. Interment: Ayden Cemetery.""",
gold=[("PGV010", "survivor"), ("PGV011", "survivor")]),

dict(guid="pgv_cmc_harrington_wyatt", pub="2026-02-26T10:00:00-05:00", title="Wyatt Lee Harrington",
body="""Wyatt Lee Harrington, 90, of Snow Hill, passed away Wednesday, February 25, 2026.

Mr. Harrington farmed in Greene County all his life and was a charter member of the Snow Hill Ruritan Club.

He was preceded in death by his wife, Lois, and his son, Glenn Harrington.

Surviving are his daughter, Faye Harrington Sugg of Snow Hill; his grandson, Wyatt Harrington (Crystal) of Winterville, who was named for him; and three great-grandchildren.

A funeral will be held at 2 p.m. Sunday in the chapel. Burial will follow in the family cemetery.""",
gold=[("PGV013", "survivor"), ("PGV014", "survivor")]),

dict(guid="pgv_cmc_buck_junius_roanoke", pub="2026-03-19T10:00:00-04:00", title="Junius Buck",
body="""Junius Buck, 75, of Roanoke, Virginia, formerly of Pitt County, died Saturday, March 14, 2026, in Roanoke.

Mr. Buck left Pitt County as a young man for the Norfolk & Western shops in Roanoke and retired as a shop foreman. Contentnea Memorial Chapel is honored to assist the family with his return home for burial.

He is survived by his wife of 49 years, Doris Buck of Roanoke; his daughters, Angela Buck Price and Monica Buck, both of Roanoke; and five grandchildren.

A graveside service will be held at 11 a.m. Monday at the Buck family cemetery near Bell Arthur.""",
gold=[]),

dict(guid="pgv_cmc_moye_hattie", pub="2026-04-30T10:00:00-04:00", title="Celebrating the Life of Mother Hattie Belle Moye",
body="""Mother Hattie Belle Moye, 96, of Greenville, answered her Master's call on Sunday, April 26, 2026.

Mother Moye was a founding member of Greater Cornerstone Missionary Baptist Church and a Mother of the Church for forty years. She raised six children and helped raise half of West Greenville.

She leaves to cherish her memory three daughters, Annie Moye Dupree, Queen Esther Moye and Lillian Moye Carr, all of Greenville; two sons, Rufus Moye of Philadelphia and Otis Moye of Greenville; her granddaughter, Keisha Moye-Atkinson of Greenville, with whom she made her home in her last years; 22 other grandchildren, and a host of great- and great-great-grandchildren.

Homegoing service: 11 a.m. Saturday at Greater Cornerstone. Eulogist: Rev. Alphonso Tripp. Pallbearers: Dequan Blount, Terrence Moye, Marcus Dupree, Antonio Carr. Flower bearers: the Missionary Circle.""",
gold=[("PGV009", "survivor")]),

dict(guid="pgv_cmc_edmondson_hubert", pub="2026-07-08T10:00:00-04:00", title="Hubert Edmondson",
body="""Hubert Edmondson of Farmville passed away Monday, July 6, 2026.

He is survived by several nieces and nephews and by many friends at the Farmville Senior Center, where he played dominoes every weekday afternoon.

Arrangements are incomplete and will be announced by Contentnea Memorial Chapel.""",
gold=[("PGV008", "possible_deceased_client")]),

dict(guid="pgv_cmc_barnes_rosa", pub="2026-09-17T10:00:00-04:00", title="Rosa Lee Barnes",
body="""Rosa Lee Barnes, 79, of Greenville, passed away Monday, September 14, 2026.

Mrs. Barnes retired from the East Carolina University housekeeping staff after 28 years. The family wishes to thank Dr. Prakash Venkataraman and the cardiac unit staff of Tar River Regional Medical Center for their kindness during her final weeks.

She is survived by her husband, Leroy Barnes; two sons, Anthony and Kevin Barnes, both of Greenville; and four grandchildren.

Funeral: 2 p.m. Saturday at Sycamore Hill Missionary Baptist Church.""",
gold=[]),

dict(guid="pgv_cmc_joyner_maryfrances", pub="2026-10-08T10:00:00-04:00", title="Mary Frances Pittman Joyner",
body="""Mary Frances Pittman Joyner, 88, of Farmville, died peacefully Tuesday, October 6, 2026, at Farmville Center.

She was born October 2, 1938, to the late Hardy and Nannie Pittman, and was the widow of Ernest Joyner, who died in 2011. She taught third grade at H.B. Sugg School for 34 years, served on the board of the Farmville Public Library, and never missed a Dogwood Festival.

She was preceded in death by her sister, Bertha Pittman Corey, and her brothers.

She is survived by her daughter, Susan Joyner Holland (Mike) of Greenville; her son, Alan Joyner of Charlotte; and four grandchildren.

A funeral service will be held at 11 a.m. Saturday at Farmville United Methodist Church.""",
gold=[("PGV005", "deceased_client")]),
]
