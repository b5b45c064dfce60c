"""Live Oak & Magnolia Funeral Home (chapels on Thomasville Road, Tallahassee, and in Crawfordville): a
funeral-home site, HTML in content:encoded, a one-sentence plain description. Hand-labelled."""

FEED = "lomfh"
ITEMS = [
dict(guid="tlh_lomfh_hollis-eugene-yawn", pub="2026-01-21T10:15:00-05:00", title="Hollis Eugene Yawn (1949 - 2026)",
body="""Hollis Eugene Yawn, 76, of Woodville, went home to be with the Lord on Sunday, January 18, 2026, at Tallahassee Memorial HealthCare after a short illness.

Hollis was born April 2, 1949, in Wakulla County, the youngest son of Eugene and Lottie (Harvey) Yawn. He climbed poles for the Red Hills Electric Cooperative for thirty-one years and was on the line crews that restored power to the Big Bend after every storm from Kate to Michael. He never missed opening weekend in the Apalachicola National Forest, and he could throw a cast net from the Spring Creek dock like a man half his age.

He was preceded in death by his wife of 44 years, Inez (Crum) Yawn, in 2017, and by his brother, Royce Yawn.

He is survived by his son, Travis Yawn (Kim) of Woodville; his daughter, Crystal Nobles (Dewayne) of Crawfordville; his sister, Ora Lee Tullis (Cleveland) of Havana; four grandchildren; and two great-grandchildren.

Visitation will be Thursday from 6 to 8 p.m. at the Crawfordville chapel of Live Oak & Magnolia. Services will be held Friday at 11 a.m. at Natural Bridge Baptist Church with Bro. Terry Hutto officiating. Interment will follow at Woodville Cemetery.""",
gold=[("TLH013", "deceased_client"), ("TLH003", "survivor")]),

dict(guid="tlh_lomfh_ansel-wade-mashburn", pub="2026-01-28T16:40:00-05:00", title="Ansel Wade Mashburn (2003 - 2026)",
body="""Ansel Wade Mashburn, 22, of Crawfordville, was taken from his family far too soon on Saturday, January 24, 2026, in a single-vehicle accident on U.S. 319.

Wade, as everyone called him, graduated from Wakulla High School in 2021, where he played linebacker for the War Eagles, and was an apprentice welder at a Panacea boatyard. He loved his truck, scalloping off Keaton Beach and taking his little sister to the Sopchoppy Worm Gruntin' Festival every April.

He is survived by his parents, Wade and Tammy Mashburn of Crawfordville; his sister, Kaylee Mashburn; his grandparents, Harlan and Juanita Sapp of Medart; his girlfriend, Brianna Oliver; and many aunts, uncles and cousins.

A celebration of Wade's life will be held Saturday at 2 p.m. at the Crawfordville chapel, with Pastor Jimmy Ray Hutto officiating. Burial will follow at Lake Ellen Cemetery.""",
gold=[]),

dict(guid="tlh_lomfh_lucius-vernon-quarterman-sr", pub="2026-02-09T09:30:00-05:00", title="Lucius Vernon Quarterman Sr. (1930 - 2026)",
body="""Lucius Vernon Quarterman Sr., 95, of Tallahassee, one of the first Black letter carriers at the Tallahassee post office, died peacefully at home on Thursday, February 5, 2026.

Mr. Quarterman was born in Jefferson County and came to Tallahassee to attend Florida A&M College, graduating in 1953. After two years in the Army he walked a mail route through Frenchtown and Smokey Hollow for thirty-four years, and residents said you could set a clock by him. He was a deacon at Greater Mount Pisgah Missionary Baptist Church for more than half a century.

He is survived by his son, Lucius Quarterman Jr. (Geneva) of Tallahassee; his daughter, Dr. Loretta Quarterman Ames of Atlanta; seven grandchildren; and eleven great-grandchildren. He was preceded in death by his wife of 61 years, Hattie Bell Quarterman.

Services will be held Saturday at 11 a.m. at Greater Mount Pisgah Missionary Baptist Church, with the Rev. Cleophus Gainous delivering the eulogy. Interment will follow at Old Bethel Cemetery.""",
gold=[("TLH001", "survivor"), ("TLH002", "survivor")]),

dict(guid="tlh_lomfh_ruby-nell-shiver", pub="2026-03-03T11:05:00-05:00", title="Ruby Nell Shiver (1937 - 2026)",
body="""Mrs. Ruby Nell Shiver, 88, of Panacea, passed away on Saturday, February 28, 2026, at her home on Dickerson Bay, in the house her husband built in 1959.

Ruby Nell was born in Sopchoppy and for forty years knitted cast nets and mullet nets by hand for fishermen from Apalachicola to Steinhatchee. She kept the books for the family oyster house, taught Sunday school at Panacea Baptist Church and made a mayhaw jelly that won a blue ribbon at the North Florida Fair eleven times.

She was preceded in death by her husband, Jimmy Lee Shiver, and by a grandson, Cody.

Survivors include her daughter, Patsy Raulerson and her husband, Dell, of Sopchoppy; her son, Jimmy Shiver Jr. of Panacea; six grandchildren; and nine great-grandchildren.

Services will be Wednesday at 10 a.m. at Panacea Baptist Church. Pallbearers will be Ansel Mashburn, Travis Yawn, Bobby Crum, Lonnie Sapp, Dwight Metcalf and Jesse Shiver. Burial will be at Panacea Cemetery.""",
gold=[("TLH005", "survivor"), ("TLH004", "survivor")]),

dict(guid="tlh_lomfh_frances-lasseter-cauthen", pub="2026-03-18T14:20:00-04:00", title="Frances Lasseter Cauthen (1941 - 2026)",
body="""Frances Lasseter Cauthen, 84, of Thomasville, Georgia, formerly of Tallahassee, died Sunday, March 15, 2026, at Archbold Memorial Hospital.

Frances grew up on a pecan farm outside Boston, Georgia, and taught home economics at Leon High School for twenty-eight years before she and her late husband, Russell Sr., retired to Thomasville to be near the rose gardens. She was a member of Trinity Methodist Church in Tallahassee for four decades and the keeper of every family recipe worth keeping.

She is survived by her sons, Graham Cauthen and his wife, Mary Beth, of Tallahassee, and Russell Cauthen Jr. of Atlanta; her niece, JoAnn Pridgeon of Monticello; five grandchildren; and her brother, Harold Lasseter of Boston, Georgia.

A graveside service will be held Friday at 2 p.m. at Roselawn Cemetery, Tallahassee. Memorials may be made to the Thomasville Rose Garden.""",
gold=[("TLH010", "survivor"), ("TLH009", "survivor"), ("TLH017", "survivor")]),

dict(guid="tlh_lomfh_bartholomew-bart-vickery", pub="2026-04-08T09:45:00-04:00", title="Bartholomew \"Bart\" Vickery (1954 - 2026)",
body="""Bartholomew "Bart" Vickery, 71, of Dothan, Alabama, died Friday, April 3, 2026, at Southeast Health Medical Center.

Bart was born in Tallahassee and left for Alabama in 1976 to work for the peanut shellers. He spent thirty-five years as a buyer for a Dothan peanut company and was known across the Wiregrass for his bluegrass fiddle and his boiled peanuts.

He is survived by his wife of 48 years, Lorraine; his daughters, Amber Whitlock of Enterprise and Shannon Vickery of Birmingham; and four grandchildren.

A graveside service will be held Tuesday at 11 a.m. at Oakland Cemetery, Tallahassee, where he will rest beside his parents. Live Oak & Magnolia, Tallahassee, is assisting the family.""",
gold=[]),

dict(guid="tlh_lomfh_carmen-luisa-santiago-cordero", pub="2026-05-06T15:10:00-04:00", title="Carmen Luisa Santiago Vda. de Cordero (1938 - 2026)",
body="""Carmen Luisa Santiago Vda. de Cordero, 87, of Tallahassee, a native of Mayagüez, Puerto Rico, died peacefully on Saturday, May 2, 2026, surrounded by her family.

Doña Carmen taught Spanish and music in the schools of Mayagüez for thirty years before joining her daughter in Tallahassee in 2009. She sang in the Spanish choir at Holy Family of Nazareth for fifteen years and never let a birthday pass without a flan and a bolero.

Le sobreviven su hija, Maribel Cordero de Echevarría, y su yerno, Armando Echevarría Lugones; sus nietos, Lucía y Andrés; y su hermana, Gloria Santiago, de Mayagüez. She is survived by her daughter, Maribel Echevarría, and son-in-law, Armando Echevarría, of Tallahassee; her grandchildren, Lucía and Andrés; and her sister, Gloria Santiago of Mayagüez. She was preceded in death by her husband, Rafael Cordero Vélez.

A rosary will be prayed Thursday at 7 p.m. at the Tallahassee chapel, and a Mass of Christian Burial will be celebrated Friday at 10 a.m. at Holy Family of Nazareth Catholic Church.""",
gold=[("TLH007", "survivor"), ("TLH006", "survivor")]),
]
