"""Clark Fork & Bitterroot Funeral Chapels (Missoula and Hamilton chapels): funeral-home site, HTML in
content:encoded, a one-sentence plain description. Hand-labelled: gold = [(client_id, role), ...]."""

FEED = "cfb"
ITEMS = [
dict(guid="mso_cfb_2026_0112", pub="2026-02-14T10:15:00-07:00", title="Everett Lowell \"Ev\" Quisenberry (1946 - 2026)",
body="""Everett Lowell "Ev" Quisenberry, 79, of Missoula, died peacefully at home on the South Hills on Wednesday, February 11, 2026, with his wife holding his hand and a Griz basketball game on the radio.

Ev was born August 12, 1946, in Lewistown, Montana, to Harlan and Edith (Moe) Quisenberry, and grew up on a wheat place on Spring Creek. He came to Missoula in 1964 to study forestry at what was then Montana State University and never left. He spent 34 years with the Forest Service at the Northern Region office and the Fire Sciences Lab, and he could still tell you the fuel moisture of a ponderosa stand by the sound it made underfoot.

On June 19, 1970, he married Marlys Tollefsrud at Bethel Lutheran Church in Lewistown. They raised two children in the house on Hillview Way, camped every August at Georgetown Lake, and fed a generation of neighborhood kids Ev's sourdough pancakes.

Ev is survived by his wife of 55 years, Marlys (Tollefsrud) Quisenberry; his son, Karl Quisenberry (Jenna) of Bozeman; his daughter, Signe Ahlquist (Peter) of Spokane; five grandchildren; and his brother, Norman Quisenberry of Roundup. He was preceded in death by his parents and his sister, Ardis.

A memorial service will be held at 11 a.m. Saturday, February 21, at Immanuel Lutheran Church, Missoula, with the Rev. Kari Solheim officiating. Pallbearers will be Anders Skovgaard, Dale Pettit, Joel Ahlquist and Sam Quisenberry. Memorials are suggested to the Rocky Mountain Elk Foundation or Immanuel Lutheran's food pantry.""",
gold=[("MSO001", "deceased_client"), ("MSO002", "spouse_of_deceased_client")]),

dict(guid="mso_cfb_2026_0131", pub="2026-03-03T09:40:00-07:00", title="Lyle Dean Brinkerhoff Sr. (1937 - 2026)",
body="""Lyle Dean Brinkerhoff Sr., 88, of Frenchtown, passed away Saturday, February 28, 2026, at Community Medical Center in Missoula.

Lyle was born in 1937 on the family's dairy north of Frenchtown and worked thirty-one years at the Frenchtown pulp mill until it closed in 2010, a day he said he never expected to see. He served in the Army in Germany, was a member of the Frenchtown Rural Fire District for 25 years, and grew the tallest sweet corn on Mullan Road.

He is survived by his son, Lyle Brinkerhoff Jr. (Dana) of Frenchtown; his daughter, Rita Mossbrucker of Superior; six grandchildren, among them Jace, whose 4-H steers he never missed; and his sister, Alma Voth of Dixon. He was preceded in death by his wife of 58 years, Evelyn, in 2019.

Visitation will be Thursday from 5 to 7 p.m. at our Missoula chapel. The funeral will be held Friday at 10 a.m. at St. John the Baptist Catholic Church in Frenchtown, with burial in the Frenchtown Cemetery.""",
gold=[("MSO007", "survivor")]),

dict(guid="mso_cfb_2026_0150", pub="2026-03-18T13:05:00-06:00", title="Nhia Lue Thao (1941 - 2026)",
body="""Txiv Nhia Lue Thao, 84, of Missoula, passed away on March 14, 2026, at Providence St. Patrick Hospital, surrounded by his children and grandchildren.

Nhia Lue was born in 1941 in Nong Het, Xieng Khouang Province, Laos. As a young man he served for fourteen years with the Special Guerrilla Units under General Vang Pao, and after 1975 he led his family on foot to the Ban Vinai refugee camp in Thailand. In 1979 the family came to Missoula, sponsored by the congregation of a Lutheran church on the Northside. He worked for many years at the sawmill in Bonner, and in retirement he kept a large garden off Mullan Road and sold vegetables at the Missoula Farmers Market every Saturday for thirty summers. He was a respected elder of the Thao clan and was often asked to help families with weddings and to speak at funerals.

He is survived by his wife of 63 years, Yia Vang Thao; his sons, Chong Thao (Pang) of Missoula, Xai Thao (Der) of St. Paul, Minnesota, and Fue Thao of Fresno, California; his daughters, Mai Kue (Tou) of Missoula and Kia Thao of Sacramento; 27 grandchildren; and 14 great-grandchildren.

A traditional Hmong funeral will be held from Friday morning through Monday morning, March 20 to 23, at our Missoula chapel, with the qeej, drum and the Showing the Way ceremony. Burial will follow Monday at the Missoula City Cemetery. All relatives, clan members and friends are welcome.""",
gold=[("MSO005", "survivor"), ("MSO004", "survivor")]),

dict(guid="mso_cfb_2026_0177", pub="2026-04-07T11:20:00-06:00", title="Dale Warren Threlkeld (1953 - 2026)",
body="""Dale Warren Threlkeld, 72, of Stevensville, died April 3, 2026, at Bitterroot Health in Hamilton after a short fight with cancer.

Dale grew up in Corvallis and rode saddle bronc in every rodeo between Darby and Drummond in the 1970s. For thirty years he shod horses up and down the Bitterroot, and there is hardly a ranch in the valley where he did not, at some point, get kicked. He was a founding member of the Stevensville Back Country Horsemen.

He is survived by his daughter, Annika Threlkeld of Florence; his son, Wade Threlkeld of Sheridan, Wyoming; his companion of fifteen years, Patsy Gorecki of Stevensville; and two grandsons. He was preceded in death by his parents, Harold and Ila Threlkeld, and by his former wife, Karen.

A celebration of life will be held at 2 p.m. Saturday, April 18, at the Stevensville Rodeo Grounds, rain or shine. Pallbearers will be Dwayne Skolrood, Cody Lambrecht, Travis Hoots and Ben Gorecki. In lieu of flowers, the family suggests gifts to the Bitterroot Valley Rodeo Association's youth scholarship.""",
gold=[("MSO015", "survivor")]),

dict(guid="mso_cfb_2026_0203", pub="2026-01-22T10:00:00-07:00", title="Eleanor Rose Ferriter (1935 - 2026)",
body="""Eleanor Rose Ferriter, 90, of Hamilton, went home to her Lord on Sunday, January 18, 2026, at Valley View Estates.

Eleanor was born in Butte on May 2, 1935, one of nine children of an Irish miner, and moved to the Bitterroot when she married Francis Ferriter in 1956. Together they ran the Ferriter Orchards on the Eastside Highway, and for forty years her McIntosh apple pies were the first thing sold out at the St. Francis of Assisi bake sale. She was a member of the Catholic Daughters and the Hamilton Garden Club.

Eleanor is survived by her daughters, Mary Beth (Dwayne) Skolrood of Stevensville and Theresa Ferriter of Seattle; her son, Michael Ferriter (Anne) of Corvallis; eleven grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Francis, in 2008, and by her son, Patrick.

The Rosary will be prayed Thursday at 7 p.m. at our Hamilton chapel. The Mass of Christian Burial will be celebrated Friday at 10 a.m. at St. Francis of Assisi Catholic Church, Hamilton, with burial at Riverview Cemetery.""",
gold=[("MSO008", "survivor"), ("MSO009", "survivor")]),

dict(guid="mso_cfb_2026_0219", pub="2026-05-12T15:30:00-06:00", title="Travis Gary Wendelboe (2003 - 2026)",
body="""Travis Gary Wendelboe, 22, of Missoula, died Saturday, May 9, 2026, in a climbing accident in Kootenai Canyon.

Travis graduated from Sentinel High School in 2021, where he ran cross-country, and was a senior in the University of Montana's wildlife biology program. He spent his summers on a Forest Service trail crew in the Bob Marshall and his winters ski-patrolling at Snowbowl. His friends say he never met a ridge he did not want to see the other side of.

He is survived by his parents, Gary and Lynn Wendelboe of Missoula; his sister, Megan Wendelboe of Bozeman; his grandparents, Harold and Joan Wendelboe of Glasgow; and his girlfriend, Sadie Kroll. 

A celebration of Travis's life will be held at 4 p.m. Friday, May 15, at the Caras Park Pavilion. The family asks that, instead of flowers, friends make a gift to Missoula County Search and Rescue.""",
gold=[]),

dict(guid="mso_cfb_2026_0240", pub="2026-03-27T09:50:00-06:00", title="Marguerite \"Peggy\" Lindahl (1932 - 2026)",
body="""Marguerite "Peggy" Lindahl, 93, of Missoula, died Tuesday, March 24, 2026, at The Village Health Care Center.

Peggy was born in Kalispell to Swedish parents who kept the old Lucia Day custom alive, and she kept it alive in turn, waking her children every December 13th with saffron buns and candles. She taught piano to what she estimated was half of Missoula, beginning in 1958 in the front room of the house on Gerald Avenue, and she played the organ at Immanuel Lutheran Church for thirty-one years.

Peggy is survived by her daughter, Kirsten (Anders) Skovgaard of Missoula; her son, Erik Lindahl of Anchorage; her grandchildren, Ingrid, Soren and Leif; and her sister-in-law, Brita Lindahl of Kalispell. She was preceded in death by her husband, Carl, in 2011.

A memorial service will be held Saturday, April 4, at 2 p.m. at Immanuel Lutheran Church, followed by coffee and, of course, cardamom bread in the fellowship hall.""",
gold=[("MSO022", "survivor"), ("MSO021", "survivor")]),
]
