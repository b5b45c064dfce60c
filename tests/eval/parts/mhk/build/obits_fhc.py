"""The Flint Hills Courier (Manhattan) obituaries: daily-newspaper style, dateline, plain text. Hand-labelled."""

ITEMS = [
dict(guid="mhk_fhc_obit_260112", pub="2026-01-12T06:00:00-06:00", title="Wendell James Strahm",
body="""Wendell James Strahm, 22, of Manhattan, died Thursday, Jan. 8, 2026, as the result of a car accident on K-177 south of Manhattan.

Wendell was born Aug. 30, 2003, in Manhattan, the son of Gary and Tonya (Brockmeier) Strahm. He graduated from Manhattan High School in 2022, where he wrestled at 157 pounds and played trumpet in the Indian pep band, and was a senior in agronomy at Kansas State University. He worked summers custom cutting wheat from Texas to North Dakota and had already lined up a job with a seed company after graduation.

Survivors include his parents, of Manhattan; a sister, Kelsey Strahm of Lawrence; his grandparents, Wendell and Lois Strahm of Manhattan, for whom he was named, and Marvin and Joyce Brockmeier of Wakefield; and his girlfriend, Hannah Dierks of Junction City.

Funeral services will be at 10:30 a.m. Saturday at Zion Lutheran Church, with the Rev. Mark Tessendorf officiating. Burial will follow in Sunset Cemetery. Memorial contributions may be made to the Manhattan High wrestling program in care of Prairie Rose Funeral Chapel, Manhattan.""",
gold=[("MHK009", "survivor")]),

dict(guid="mhk_fhc_obit_260212", pub="2026-02-12T06:00:00-06:00", title="Leland E. \"Lee\" Oberhelman",
body="""Leland Ernest "Lee" Oberhelman, 84, of Manhattan, died Tuesday, Feb. 10, 2026, at Meadowlark Hills in Manhattan.

Lee was born April 17, 1941, on the family farm north of Randolph, the son of Herman and Frieda (Kuhnle) Oberhelman. The farm went under the water of Tuttle Creek Lake when he was a teenager, and the family moved to Manhattan, where he graduated from Manhattan High School in 1959. He earned a degree in agricultural engineering from Kansas State in 1963 and spent 34 years with the Riley County Extension office and the K-State Research and Extension service.

On June 8, 1963, he married Doris Schurle at St. Paul's Lutheran Church in Randolph. She survives of the home.

Other survivors include a son, Brent Oberhelman and wife Dana of Shawnee; a daughter, Lisa Teagarden and husband Mike of Olathe; a sister, Rosemary "Rosie" Pfannenstiel of St. George; five grandchildren and two great-grandchildren. He was preceded in death by his parents and a brother, Vernon Oberhelman.

Funeral services will be at 11 a.m. Monday at First Lutheran Church, Manhattan, with the Rev. Karen Dahlquist officiating. Burial will be in Sunset Cemetery. Pallbearers will be Toby Zeferjahn, Clay Weixelman, Nathan Teagarden, Luke Teagarden, Ryan Oberhelman and Cole Schurle. Memorials may be made to the Riley County Historical Society or Meadowlark Hills in care of Prairie Rose Funeral Chapel.""",
gold=[("MHK001", "deceased_client"), ("MHK002", "spouse_of_deceased_client"), ("MHK003", "survivor")]),

dict(guid="mhk_fhc_obit_260219", pub="2026-02-19T06:00:00-06:00", title="Rosemary Pfannenstiel",
body="""HAYS - Rosemary Pfannenstiel, 91, of Hays, died Monday, Feb. 16, 2026, at Hays Medical Center.

She was born Oct. 2, 1934, in Victoria, the daughter of Anton and Magdalena (Dinkel) Schmidtberger. She married Leo Pfannenstiel on May 5, 1953, at the Basilica of St. Fidelis in Victoria; he died in 2011. She was a homemaker, a member of the Catholic Daughters and the Altar Society at St. Joseph Church, and made bierocks for every funeral dinner in the parish for sixty years.

Survivors include three sons, Dale Pfannenstiel of Hays, Gerald Pfannenstiel of Ellis and Ron Pfannenstiel of Salina; two daughters, Joan Dreiling of Victoria and Linda Kuhn of Hays; 19 grandchildren, including Emily Kuhn, a student at Kansas State University in Manhattan; and 31 great-grandchildren.

Mass of Christian Burial will be at 10 a.m. Friday at St. Joseph Church, Hays. Burial will be in Mount Calvary Cemetery. A vigil service will be at 7 p.m. Thursday at Brock's Funeral Chapel, Hays.""",
gold=[]),

dict(guid="mhk_fhc_obit_260303", pub="2026-03-03T06:00:00-06:00", title="Herman W. Brunkow",
body="""WAMEGO - Herman William Brunkow, 88, of Wamego, died Saturday, Feb. 28, 2026, at the Wamego Health Center.

Herman was born March 19, 1937, on a farm near Louisville, Kan., to William and Emma (Bergmeier) Brunkow. He farmed the Kaw River bottom east of Wamego for more than fifty years, raising corn, soybeans and, for a few years he preferred not to discuss, ostriches. He served on the Wamego Township board and the Pottawatomie County Fair board and was a lifelong member of Bethany Lutheran Church.

He married Irene Hartwich on Nov. 22, 1958; she preceded him in death in 2020.

Survivors include his daughter, Janelle (Kurt) Stuewe of Wamego; his son, Dennis Brunkow and wife Shelly of Belvue; six grandchildren; four great-grandchildren; and his special friend, Margie Umscheid of Wamego.

Funeral will be at 10 a.m. Thursday at Bethany Lutheran Church, Wamego. Burial will follow at Wamego City Cemetery. Memorials to the Pottawatomie County 4-H Foundation may be left with Stewart Funeral Home, Wamego.""",
gold=[("MHK005", "survivor"), ("MHK004", "survivor")]),

dict(guid="mhk_fhc_obit_260324", pub="2026-03-24T06:00:00-05:00", title="Ignatius \"Iggy\" Heinen",
body="""SENECA - Ignatius Joseph "Iggy" Heinen, 79, of Seneca, died Friday, March 20, 2026, at his home.

Iggy was born Dec. 1, 1946, in Seneca, the oldest of the nine children of Joseph and Leona (Koch) Heinen. He served with the Army in Vietnam and ran Heinen Feed & Grain on Main Street until 2012. He was a member of SS. Peter and Paul Catholic Church and the Knights of Columbus, and he never missed a Seneca Bobcats football game in fifty years.

He is survived by his wife of 55 years, Marilyn, of the home; his sons, Greg Heinen of Seneca and Tim Heinen of Topeka; his sisters, Kathleen "Kathy" Roggenkamp of Manhattan and Theresa Heinen of Kansas City; his brothers, Leo Heinen of Baileyville and Francis Heinen of Sabetha; and eleven grandchildren. He was preceded in death by his parents, two brothers, a sister, and a brother-in-law, Dale Roggenkamp.

Rosary will be at 7 p.m. Monday and Mass of Christian Burial at 10:30 a.m. Tuesday at SS. Peter and Paul Catholic Church, Seneca. Burial will be in the parish cemetery.""",
gold=[("MHK022", "survivor")]),

dict(guid="mhk_fhc_obit_260408", pub="2026-04-08T06:00:00-05:00", title="Dwight L. Hoelting Sr.",
body="""ALMA - Dwight Lorenz Hoelting Sr., 89, of Alma, died Sunday, April 5, 2026, at Alma Manor.

Dwight was born June 30, 1936, in Alma, to Lorenz and Martha (Mock) Hoelting. He graduated from Alma High School in 1954 and in 1966 bought the hardware store on Missouri Avenue that still carries the family name. He sold nails by the pound until the day he retired, served two terms on the Alma City Council and was a fifty-year member of the Alma Volunteer Fire Department.

He married Arlene Thowe on April 20, 1957, at St. John Lutheran Church; she died in 2017.

Survivors include his son, Dwight "Butch" Hoelting Jr. and his wife Carla of Alma; his daughter, Sharon Zeller of Topeka; seven grandchildren; and nine great-grandchildren. He was preceded in death by his parents, his wife and a grandson, Travis.

Funeral services will be at 2 p.m. Thursday at St. John Lutheran Church, Alma. Burial will be in Alma Cemetery.""",
gold=[("MHK008", "survivor")]),

dict(guid="mhk_fhc_obit_260512", pub="2026-05-12T06:00:00-05:00", title="Evelyn Gfeller",
body="""JUNCTION CITY - Evelyn Ruth Gfeller, 84, of Junction City, died Saturday, May 9, 2026, at Geary Community Hospital.

She was born Jan. 11, 1942, in Chapman, the daughter of Ernst and Ruth (Zumbrunn) Stauffer. She married Harold Gfeller on Aug. 4, 1963; he preceded her in death in 2019. Evelyn worked 28 years as a secretary at Fort Riley's Irwin Army Community Hospital and knew, by her own count, four generations of Army doctors by their first names.

Survivors include her daughters, Renee (Clayton) Weixelman of Westmoreland and Diane Gfeller of Denver; a son, Neil Gfeller of Junction City; and five grandchildren, Kaden, Jenna and Ty Weixelman and Noah and Ava Gfeller.

Vigil service will be at 7 p.m. Thursday at St. Xavier Catholic Church, Junction City, with Deacon Jerry Wurtz presiding. Mass of Christian Burial will be at 10 a.m. Friday. Burial will be in Highland Cemetery.""",
gold=[("MHK016", "survivor"), ("MHK015", "survivor")]),
]
