"""The Key City Chronicle (Abilene) obituaries: daily newspaper, legacy-style titles, plain text. Hand-labelled."""

FEED = "kcc"

BRANTLEY_BODY = """Royce Lee Brantley, 79, of Abilene, went to be with his Lord and Savior on Friday, February 6, 2026, at Hendrick Medical Center, surrounded by his family.

Royce was born August 14, 1946, in Rotan to Lee Roy and Ila Mae (Gentry) Brantley. He graduated from Rotan High School in 1964, where he played end for the Yellowhammers, and attended Abilene Christian College before serving his country in the U.S. Army in Vietnam. He married Wanda Sue Pickens on June 7, 1968, at the South 11th and Willis Church of Christ, and the two were hardly ever seen apart after that. Royce spent 34 years with West Texas Utilities, retiring as a line supervisor, and there was not a substation between Abilene and Haskell he couldn't find in the dark. He loved dominoes, Hardin-Simmons football, deer season at the lease near Albany, and a good chicken-fried steak at the Beltway Cafe on Saturday mornings.

Royce is survived by his wife of 57 years, Wanda (Pickens) Brantley of Abilene; his son, Darrell Brantley and wife Kim of Round Rock; his daughter, Shelly Minter and husband Todd of Abilene; five grandchildren, Cody, Jake, Madison, Brooke and Tanner; two great-grandchildren; and his brother, Leon Brantley of Snyder. He was preceded in death by his parents and his sister, Nelda Fay Crowder.

Visitation will be 6 to 8 p.m. Wednesday at Hamby-Lytle Funeral Home, 5701 Buffalo Gap Road. Services will be 10 a.m. Thursday at Elmcrest Church of Christ with Bro. Dwayne Kimbrough officiating. Burial will follow at Elmwood Memorial Park.

Pallbearers will be Cody Brantley, Jake Brantley, Tanner Minter, Kenny McWhorter, Lonnie Gattis and Ray Don Pruitt. Honorary pallbearers are the Saturday morning coffee bunch at the Beltway Cafe.

In lieu of flowers, memorials may be made to the Elmcrest Church of Christ benevolence fund or to Hendrick Hospice Care."""

ITEMS = [
dict(guid="abi_kcc_obit_2026_0209", pub="2026-02-09T05:00:00-06:00",
title="Royce Brantley Obituary (1946 - 2026) - Abilene, TX - The Key City Chronicle",
body=BRANTLEY_BODY,
gold=[("ABI001", "deceased_client"), ("ABI002", "spouse_of_deceased_client")]),

dict(guid="abi_kcc_obit_2026_0310", pub="2026-03-10T05:00:00-05:00",
title="Harold Oakes Obituary (1932 - 2026) - Merkel, TX - The Key City Chronicle",
body="""MERKEL - Harold Wayne Oakes Sr., 94, of Merkel, passed away Saturday, March 7, 2026, at his home on the place where he was born.

Harold was born January 30, 1932, in the Noodle community of Jones County, the son of Otis and Pearl Oakes. He farmed cotton and ran cattle north of Merkel for more than sixty years and served twelve years on the Merkel ISD school board. He married Doris Jean Sears in 1951; she preceded him in death in 2012. He was a deacon at First Baptist Church of Merkel and never missed a Badger football game until his knees made him.

Survivors include his son, Harold Wayne "Butch" Oakes Jr. and wife Peggy of Abilene; his daughter, Linda Fay Gross and husband Ronnie of Trent; six grandchildren; and eleven great-grandchildren. He was preceded in death by his wife, Doris; his parents; and his brothers, Clifford and J.T. Oakes.

Services will be 2 p.m. Wednesday at First Baptist Church of Merkel with the Rev. Todd Ashworth officiating. Burial will be in Rose Hill Cemetery under the direction of Starbuck Funeral Home of Merkel.""",
gold=[("ABI006", "survivor"), ("ABI007", "survivor")]),

dict(guid="abi_kcc_obit_2026_0316", pub="2026-03-16T05:00:00-05:00",
title="Velma Garrett Obituary (1932 - 2026) - Baird, TX - The Key City Chronicle",
body="""BAIRD - Velma Irene Garrett, 93, of Baird, died Friday, March 13, 2026, at Baird Nursing and Rehabilitation.

She was born October 2, 1932, in Putnam to Arch and Lola Biggerstaff. She married Lloyd Garrett in 1950, and together they ran the Garrett Grocery on Market Street for thirty years. Velma was a member of First Methodist Church of Baird, where she taught the Ladies' Bible Class for more than two decades, and she was famous across Callahan County for her buttermilk pie.

She is survived by her daughters, Mrs. Glenn (Marla) Stockton of Clyde and Mrs. Don (Sharon) Ivey of Cisco; five grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Lloyd, in 2004, and by a son, Lloyd Jr., in infancy.

Graveside services will be 10 a.m. Tuesday at Ross Cemetery in Baird, with the Rev. Cheryl Hatton officiating. Arrangements are by Wylie Funeral Home of Baird.""",
gold=[("ABI012", "survivor"), ("ABI011", "survivor")]),

dict(guid="abi_kcc_obit_2026_0407", pub="2026-04-07T05:00:00-05:00",
title="Jesse Barnhill Obituary (1935 - 2026) - Baird, TX - The Key City Chronicle",
body="""Jesse Wade Barnhill, 90, of Baird, passed from this life on Saturday, April 4, 2026, at Hendrick Medical Center in Abilene.

Jesse was born November 11, 1935, in Admiral, the son of Wade and Ollie Barnhill. He served in the U.S. Navy aboard the USS Ticonderoga and came home to Callahan County to ranch and to drive a school bus for Baird ISD for 27 years, during which, by his own count, he never once left a child at the wrong stop. He was a longtime member of the Callahan County Sheriff's Posse.

He is survived by his wife of 66 years, Nadine; his sons, Ronnie Barnhill of Baird and Wade Barnhill of Cross Plains; his grandchildren, including Jesse Barnhill and wife Kaylee of Abilene, who proudly carries his name; and four great-grandchildren, with a fifth due this month.

Services will be 11 a.m. Thursday at First Baptist Church of Baird. Burial will follow at Ross Cemetery with military honors.""",
gold=[("ABI019", "survivor")]),

dict(guid="abi_kcc_obit_2026_0420", pub="2026-04-20T05:00:00-05:00",
title="Shane Dowell Obituary (2006 - 2026) - Abilene, TX - The Key City Chronicle",
body="""Shane Allen Dowell, 19, of Abilene, died Thursday, April 16, 2026, in a single-vehicle accident on FM 89 south of Buffalo Gap.

Shane was born August 3, 2006, in Abilene and graduated from Wylie High School in 2024, where he played baseball for the Bulldogs. He was a second-year welding student at Texas State Technical College in Sweetwater and worked weekends at his uncle's body shop. He loved his pickup, his friends and his little sister, and he could fix anything with a motor.

He is survived by his parents, Rick and Donna Dowell of Abilene; his sister, Kaitlyn Dowell; his grandparents, Bill and Nita Dowell of Winters and Gloria Estes of Tuscola; and a host of aunts, uncles and cousins.

Visitation will be 5 to 7 p.m. Monday at Hamby-Lytle Funeral Home. Services will be 2 p.m. Tuesday at Beltway Park Baptist Church, South Campus.""",
gold=[]),

dict(guid="abi_kcc_obit_2026_0818", pub="2026-08-18T05:00:00-05:00",
title="Wilburn Tucker Obituary (1940 - 2026) - Clyde, TX - The Key City Chronicle",
body="""CLYDE - Wilburn Earl "Web" Tucker, 86, of Clyde, passed away Saturday, August 15, 2026.

Web was born May 19, 1940, in Eula and spent most of his life within ten miles of it. He worked for the Texas Highway Department for 31 years and afterward raised registered Herefords on his place south of Clyde. He was a member of the Clyde Volunteer Fire Department for forty years and never let anyone forget that he drove the first pumper truck the town ever owned.

Web is survived by his wife, Joyce; his daughters, Becky Fambro of Clyde and Sherry Lusk of Midland; four grandchildren; and a great-grandson. He was preceded in death by his parents and by his brother, Delbert.

Services will be 10 a.m. Thursday at Clyde Church of Christ with Bro. Dwayne Kimbrough officiating. Burial will follow at Clyde Cemetery.

Pallbearers will be Glenn Stockton, Curt Tidwell, Ross Fambro, Buddy Lusk, Travis Fambro and Dalton Lusk.""",
gold=[]),
]
