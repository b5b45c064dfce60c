"""The Natchez Bluff Register: daily newspaper obituaries, plain text. Hand-labelled."""

FEED = "nbr"
ITEMS = [
dict(guid="nat_nbr_obit_260112_0101", pub="2026-01-12T05:30:00-06:00", title="Clement Joseph Jolivette",
body="""NATCHEZ - Funeral services for Clement Joseph Jolivette, 96, of Natchez, who died Friday, January 9, 2026, at his home on North Union Street, will be at 11 a.m. Wednesday at St. Mary Basilica with the Rev. Msgr. Aloysius Broome officiating. Burial will follow in the Natchez City Cemetery under the direction of Magnolia Bluffs Funeral Home.

Visitation will be from 9 a.m. until service time at the church, and a rosary will be prayed at 10:30 a.m.

Mr. Jolivette was born June 2, 1929, in Natchez, the son of Pierre and Celestine Jolivette. He served in the U.S. Army in Korea, came home and repaired outboard motors under the hill for fifty-one years. He was a fourth-degree Knight of Columbus and never missed a Saturday of Pilgrimage at the basilica.

He was preceded in death by his wife of 62 years, Rosalie Jolivette; his parents; and his brothers, Lucien and Raymond Jolivette.

Survivors include his daughter, Lula Mae (Buck) Pettaway of Natchez; his son, Pierre Jolivette and wife Theresa of Baton Rouge; his sister, Agnes Marie Jolivette of Natchez; seven grandchildren and eleven great-grandchildren.

Pallbearers will be Royce Tillotson, Andre Jolivette, Marcel Jolivette, Nolan Pettaway, Corey Bland and Thaddeus Broome.""",
gold=[("NAT002", "survivor"), ("NAT001", "survivor")]),

dict(guid="nat_nbr_obit_260119_0114", pub="2026-01-19T05:30:00-06:00", title="Lamar Cothren Sr.",
body="""FERRIDAY, La. - Lamar Eugene Cothren Sr., 88, of Ferriday, died Saturday, January 17, 2026, at Trinity Medical in Ferriday.

Services will be at 2 p.m. Tuesday at First Baptist Church of Ferriday with Bro. Clay Hebert officiating. Burial will follow in Concordia Memorial Park.

Mr. Cothren was born October 3, 1937, in Jonesville, La. He farmed cotton and soybeans in Concordia Parish for forty years and served on the Concordia Parish School Board. He could tell you the river stage at Vidalia on any day since 1973.

He was preceded in death by his wife, Willene Cothren, and a son, Gary Cothren.

Survivors include his son, Lamar "Dub" Cothren Jr. (Ann Marie) of Vidalia; a daughter, Pam Sistrunk of Monroe; six grandchildren; and a brother, Harold Cothren of Jonesville.""",
gold=[("NAT003", "survivor"), ("NAT004", "survivor")]),

dict(guid="nat_nbr_obit_260310_0188", pub="2026-03-10T05:30:00-05:00", title="Horace Delery Quarles",
body="""NATCHEZ - Horace Delery Quarles, 84, of Natchez, a retired Armstrong Tire Company machinist and longtime deacon, passed away Saturday, March 7, 2026, at Merit Health Natchez.

Mr. Quarles was born June 14, 1941, in Natchez to the late Delery and Mattie Quarles. He graduated from Sadie V. Thompson High School and worked 31 years at the Armstrong plant until it closed. He was a deacon of Zion Hill Missionary Baptist Church and a member of the Natchez Chapter of the NAACP.

He leaves to cherish his memory his wife of 61 years, Odessa Batiste Quarles; two daughters, Sharon Quarles Hines of Jackson and Denise Quarles of Houston, Texas; a nephew he raised as a son, Otis Fairley (Geneva) of Natchez; five grandchildren; and a host of nieces, nephews, cousins and friends.

He was preceded in death by his parents and three sisters.

Homegoing services will be held at 11 a.m. Saturday at Zion Hill Missionary Baptist Church with the Rev. Alphonse Tillman delivering the eulogy. Interment will follow in Natchez National Cemetery. Sunrise Memorial Mortuary is in charge of arrangements.""",
gold=[("NAT007", "deceased_client"), ("NAT008", "spouse_of_deceased_client"), ("NAT019", "survivor"), ("NAT020", "survivor")]),

dict(guid="nat_nbr_obit_260203_0142", pub="2026-02-03T05:30:00-06:00", title="Josephine Ellis Barksdale",
body="""NATCHEZ - Josephine Ellis Barksdale, 91, of Natchez, died Sunday, February 1, 2026, at Glenburney Nursing and Rehabilitation Center.

Mrs. Barksdale was born in Roxie on April 11, 1934. She taught home economics at Natchez High School for thirty years and sewed the hoop skirts for more Pilgrimage hostesses than anyone can count.

She was preceded in death by her husband, Thomas Barksdale, and her son, Ellis Barksdale.

Survivors include her daughter, Margaret Barksdale Foil of Brookhaven; three grandchildren; and four great-grandchildren, among them her great-granddaughter and namesake, Josie Barksdale of Natchez.

A graveside service will be at 10 a.m. Thursday at the Natchez City Cemetery.""",
gold=[("NAT016", "survivor")]),

dict(guid="nat_nbr_obit_260224_0167", pub="2026-02-24T05:30:00-06:00", title="Darnell Jerome Whitlock",
body="""NATCHEZ - Darnell Jerome Whitlock, 24, of Natchez, died Friday, February 20, 2026, from injuries received in a single-vehicle accident on U.S. 84.

Darnell was a 2020 graduate of Natchez High School, where he played trumpet in the Marching Bulldogs, and was working toward his commercial driver's license.

He is survived by his parents, Curtis and Bernice Whitlock of Natchez; his grandmother, Ida Mae Whitlock of Sibley; his sisters, Kiara and Destiny Whitlock; and his daughter, Amaya.

Services will be at 1 p.m. Saturday at Greater New Hope Church of God in Christ.""",
gold=[]),

dict(guid="nat_nbr_obit_260302_0175", pub="2026-03-02T05:30:00-06:00", title="Rufus Lee Tanksley",
body="""MEMPHIS, Tenn. - Rufus Lee Tanksley, 76, of Memphis, died Wednesday, February 25, 2026, at Methodist University Hospital.

Mr. Tanksley was born in Crystal Springs and retired from Federal Express after 34 years as a ramp supervisor. Survivors include his wife, Claudette Tanksley of Memphis; two sons, Rufus Tanksley II of Olive Branch and Darius Tanksley of Atlanta; and a sister, Velma Tanksley Pugh of Jackson.

Services will be in Memphis.""",
gold=[]),

dict(guid="nat_nbr_obit_260402_0221", pub="2026-04-02T05:30:00-05:00", title="Mavis Delahoussaye Greer",
body="""VIDALIA, La. - Mavis Delahoussaye Greer, 87, of Vidalia, died Monday, March 30, 2026, at her daughter's home.

Born in Ferriday to Alcide and Noemie Delahoussaye, she worked as a bookkeeper at Concordia Bank & Trust and played the organ at Our Lady of Lourdes for more than forty years.

Mrs. Greer was preceded in death by her husband, Wendell Greer, and her brother, Alcide "Junior" Delahoussaye.

She is survived by her daughter, Renee Greer Lambert of Vidalia; her sister, Ernestine Varnado of Natchez; and four grandchildren.

Mass of Christian Burial will be celebrated at 10 a.m. Thursday at Our Lady of Lourdes Catholic Church, Vidalia.""",
gold=[("NAT005", "survivor")]),

dict(guid="nat_nbr_obit_260421_0240", pub="2026-04-21T05:30:00-05:00", title="Beulah Hargrave Kimbrell",
body="""NATCHEZ - Beulah Hargrave Kimbrell, 99, of Natchez, died Sunday, April 19, 2026, at Merit Health Natchez, four months shy of her hundredth birthday.

Mrs. Kimbrell was born in Kingston, Adams County, and was a charter member of the Kingston Garden Club. She kept a vegetable garden on Homochitto Street until she was 95.

She was preceded in death by her husband, Ellis Kimbrell, and a son, Thomas Kimbrell.

She is survived by her daughter, Frances "Sister" Kimbrell of Natchez, who cared for her at home; a son, Hollis Kimbrell of Hattiesburg; and five grandchildren.

Services will be at 2 p.m. Wednesday at Jefferson Street United Methodist Church, with burial in the Kingston Cemetery.""",
gold=[("NAT012", "survivor")]),
]
