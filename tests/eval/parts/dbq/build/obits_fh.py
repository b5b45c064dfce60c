"""Heartland Hills Funeral Home & Cremation (Dubuque, Dyersville and Cascade chapels): funeral-home site,
HTML in content:encoded, one-sentence plain description, permalink guids. Hand-labelled."""

FEED = "fh"
BASE = "https://www.heartlandhillsfh.example/obituaries/"
ITEMS = [
dict(guid="dbq_fh_raymond-kluesner-sr", pub="2026-02-03T09:15:00-06:00", title="Raymond J. Kluesner Sr.",
body="""Raymond J. Kluesner Sr., 87, of Dubuque, passed away peacefully surrounded by his family on Saturday, January 31, 2026, at Stonehill Care Center.

Ray was born June 2, 1938, on the family farm near Holy Cross, the son of Anton and Theresa (Kremling) Kluesner. He married Agnes Hefferon on May 9, 1959, at St. Joseph Church in Rickardsville. He farmed for twenty years before hiring on at the meatpacking plant on the north end, and he never once missed a Sunday polka Mass at Holy Ghost if he could help it. Ray could fix anything with baling wire and a cuss word, and he kept a garden on Rhomberg Avenue that fed half the neighborhood.

Those left to cherish his memory include his son, Raymond Jr. (Darlene) Kluesner of Dubuque; his daughter, Bernie (Gary) Wilgenbusch of Asbury; eight grandchildren and eleven great-grandchildren; and a sister-in-law, Rita Hefferon of Sherrill.

He was preceded in death by his wife, Agnes, in 2017; his parents; an infant daughter, Theresa; and his brothers, Alphonse and Clarence Kluesner.

Visitation will be from 3 to 7 p.m. Thursday at the Heartland Hills Funeral Home, Dubuque, with a parish wake service at 3 p.m. Mass of Christian Burial will be celebrated at 10:30 a.m. Friday at Holy Ghost Catholic Church, with the Rev. Thaddeus Moehring officiating. Burial will be in Mount Olivet Cemetery, Key West.

In lieu of flowers, a memorial fund has been established.""",
gold=[("DBQ004", "survivor"), ("DBQ005", "survivor"), ("DBQ003", "survivor")]),

dict(guid="dbq_fh_leonard-udelhofen", pub="2026-05-08T10:05:00-05:00", title="Leonard J. \"Len\" Udelhofen",
body="""Leonard J. "Len" Udelhofen, 80, of Dubuque, died Tuesday, May 5, 2026, at Bluffview Medical Center, with his wife at his side.

Len was born February 11, 1946, in Dubuque, the son of Nicholas and Clara (Breuer) Udelhofen. He graduated from Loras Academy in 1964 and served with the U.S. Army in Germany. On January 22, 1966, he married Marlys Tigges at St. Anthony Church. He spent 41 years as a pressman at the newspaper plant, coached Little League for two decades and could be found most summer evenings at a fish fry somewhere between Dubuque and Bellevue.

Len is survived by his wife of 60 years, Marlys (Tigges) Udelhofen; three children, Tom (Jeanine) Udelhofen of Ankeny, Karen (Dave) Lutgen of Dubuque and Steve Udelhofen of Madison, Wis.; seven grandchildren; and a sister, Lucille Haverland of Cascade.

He was preceded in death by his parents and by a brother, Norbert.

Friends may call from 2 to 6 p.m. Sunday at the Heartland Hills Funeral Home, Dubuque, where a parish wake service will be held at 6 p.m. Mass of Christian Burial will be at 10:30 a.m. Monday at St. Anthony Catholic Church, Dubuque. Burial will be in Resurrection Cemetery with military honors by the American Legion Post 6.""",
gold=[("DBQ001", "deceased_client"), ("DBQ002", "spouse_of_deceased_client")]),

dict(guid="dbq_fh_eugene-manternach", pub="2026-03-16T08:40:00-05:00", title="Eugene F. Manternach",
body="""Eugene F. Manternach, 79, of Cascade, passed away Friday, March 13, 2026, at his home.

Gene was born December 1, 1946, on a farm west of Cascade, the son of Peter and Anna (Schmitz) Manternach. He was a lifelong dairy farmer, a member of St. Matthias Parish and the Knights of Columbus, and a fixture at the Cascade Tuesday night card game for fifty years.

Survivors include his wife, Irene; two sons, Mark (Lisa) Manternach of Cascade and Jim Manternach of Cedar Rapids; five grandchildren; and a sister, Joan (Fran) O'Dowd of Galena, Ill.

He was preceded in death by his parents and a brother, Vincent.

Visitation will be from 2 to 6 p.m. Wednesday at the Heartland Hills Funeral Home, Cascade chapel. Mass of Christian Burial will be at 10:30 a.m. Thursday at St. Matthias Church, Cascade, with burial in the parish cemetery. Casket bearers will be his grandsons and his friends Arnie Stecklein and Harold Ries.""",
gold=[("DBQ011", "survivor"), ("DBQ010", "survivor")]),

dict(guid="dbq_fh_leo-ungs", pub="2026-04-02T09:30:00-05:00", title="Leo M. Ungs",
body="""Leo M. Ungs, 85, of Farley, died Monday, March 30, 2026, at Farley Heritage Home.

Leo was born July 19, 1940, in Farley, the son of Joseph and Rosina (Wernimont) Ungs. He drove a milk route for thirty years and later worked for the Dubuque County road department. He married Vera Klostermann in 1962; she preceded him in death in 2020.

Leo is survived by his sister, Dolores "Dodie" Hosch of Farley; his children, Dan (Colleen) Ungs of Epworth and Julie Ungs of Des Moines; four grandchildren; and nephews and nieces, including Jerry Kerper of East Dubuque, Ill.

Besides his wife, he was preceded in death by his parents, his brother-in-law, Virgil Hosch, and his sister, Evelyn Kerper.

Visitation will be from 4 to 7 p.m. Friday at the Heartland Hills Funeral Home, Dyersville chapel. Mass of Christian Burial will be at 10 a.m. Saturday at St. Joseph Church, Farley.""",
gold=[("DBQ015", "survivor")]),  # Jerry Kerper (DBQ012) is do_not_contact: nothing

dict(guid="dbq_fh_brian-grutz", pub="2026-06-09T11:20:00-05:00", title="Brian Michael Grutz",
body="""Brian Michael Grutz, 24, of Dubuque, died unexpectedly on Saturday, June 6, 2026.

Brian was born October 3, 2001, in Dubuque, the son of Steven and Lisa (Naber) Grutz. He graduated from Dubuque Senior High School in 2020, where he ran cross country, and was working toward his journeyman card as an electrician. He loved the river, his truck and his nephew, in roughly that order on any given weekend.

He is survived by his parents, Steve and Lisa Grutz of Dubuque; his sister, Kaitlyn (Marcus) Delaney of Platteville, Wis.; his nephew, Owen; his grandmother, Joyce Naber of Dubuque; and many aunts, uncles and cousins.

He was preceded in death by his grandparents, Harold and Irma Grutz.

A celebration of Brian's life will be held from 1 to 5 p.m. Saturday at the Heartland Hills Funeral Home, Dubuque.""",
gold=[]),  # young namesake of DBQ014 Brian Grutz (b. 1968, wife Ann) in the same town: nothing

dict(guid="dbq_fh_alvin-wuebker", pub="2026-07-21T08:55:00-05:00", title="Alvin H. Wuebker",
body="""Alvin H. Wuebker, 90, of Sherrill, died Saturday, July 18, 2026, at Sunnycrest Manor in Dubuque.

Al was born March 22, 1936, in Sherrill, the son of Henry and Mathilda (Pins) Wuebker. He farmed the home place on Sherrill Road for more than fifty years and served on the board of the Sherrill co-op. He was proud that he never once sold a calf at a loss, and prouder of his grandchildren.

Survivors include his daughters, Janice (Ron) Kieler of Sherrill and Ruth Wuebker of Dubuque; his grandsons, Nick Wuebker of Dubuque and Andrew Kieler of Ames; and two great-granddaughters.

He was preceded in death by his wife, Marcella, in 2015; his son, Gerald Wuebker, in 2009; and his siblings.

Visitation will be from 3 to 7 p.m. Thursday at the Heartland Hills Funeral Home, Dubuque. Mass of Christian Burial will be at 11 a.m. Friday at Sts. Peter and Paul Church, Sherrill.""",
gold=[("DBQ022", "survivor")]),  # Nick Wuebker "of Dubuque", roster Asbury (adjacent town, deceased's family name)

dict(guid="dbq_fh_marlene-feipel", pub="2026-04-20T09:10:00-05:00", title="Marlene R. Feipel",
body="""Marlene R. Feipel, 78, of Dyersville, passed away Friday, April 17, 2026, at Mercy Hospice House.

Marlene was born August 8, 1947, in New Vienna, the daughter of Alois and Hilda (Schlueter) Boeckenstedt. She married Donald Feipel in 1968 at St. Boniface Church, New Vienna. She was a cook at the Dyersville elementary school for twenty-five years and never let a child leave her line without a second roll.

Survivors include her son, Dr. Paul (Andrea) Feipel of Asbury; her daughter, Renee (Tim) Haberkorn of Worthington; six grandchildren, including Claire and Luke Feipel; and a brother, Vernon Boeckenstedt of New Vienna.

She was preceded in death by her husband, Donald, in 2011, and by her parents.

Visitation will be from 2 to 6 p.m. Wednesday at the Heartland Hills Funeral Home, Dyersville chapel. Mass of Christian Burial will be at 10:30 a.m. Thursday at the Basilica of St. Francis Xavier, Dyersville.""",
gold=[("DBQ016", "survivor"), ("DBQ017", "survivor")]),  # "of Asbury", roster Dubuque 52002 (adjacent, family name)
]
