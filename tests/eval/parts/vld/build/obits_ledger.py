"""The Valdosta Ledger (daily newspaper): obituaries, plain text, "Name, age, of Town" headlines. Hand-labelled."""

FEED = "ledger"
ITEMS = [
dict(guid="vld_ledger_obit_20260205_tanner", pub="2026-02-05T05:30:00-05:00", title="Ida Belle Mathis Tanner, 91, of Quitman",
body="""QUITMAN - Mrs. Ida Belle Mathis Tanner, 91, of Quitman, went home to be with the Lord on Tuesday, February 3, 2026, at Archbold Memorial Hospital in Thomasville.

Born in Brooks County to the late Amos and Queen Esther Mathis, she taught home economics at Quitman High School for 31 years and was a faithful member of Mount Calvary Missionary Baptist Church, where she served on the Mothers' Board and directed the Christmas pageant for a generation of Brooks County children.

She was preceded in death by her husband of 48 years, Deacon Rufus Tanner, and by her brothers, Amos Mathis Jr. and Booker T. Mathis.

Left to cherish her memory are her son, Rufus Tanner Jr. (Gwendolyn) of Atlanta; her daughter, Dr. Carolyn Tanner Webb of Tallahassee, Fla.; her sister, Ozella Grimsley of Quitman; six grandchildren; eleven great-grandchildren; and a host of nieces, nephews, church family and friends.

Funeral services will be held at 11 a.m. Saturday, February 7, at Mount Calvary Missionary Baptist Church with the Rev. Dr. Amos Kilgore officiating. Interment will follow in Pine Grove Cemetery. Active pallbearers will be her grandsons. Harnage-Royal Mortuary of Quitman is in charge of arrangements.""",
gold=[("VLD005", "survivor")]),

dict(guid="vld_ledger_obit_20260311_whiddon", pub="2026-03-11T05:30:00-05:00", title="Gerald Wayne Whiddon, 66, of Panama City, Fla.",
body="""PANAMA CITY, Fla. - Gerald Wayne "Jerry" Whiddon, 66, of Panama City, Fla., passed away Monday, March 9, 2026, at Ascension Sacred Heart Bay.

Jerry was born in Pavo and graduated from Thomas County Central High School before moving to the Florida coast, where he worked 35 years as a charter boat captain out of St. Andrews Marina. Friends in Thomasville and Pavo will remember him as the boy who always had a cane pole in the back of his truck.

He is survived by his wife of 40 years, Cheryl Whiddon of Panama City; two sons, Travis Whiddon of Lynn Haven, Fla., and Cody Whiddon of Pensacola; and four grandchildren.

A celebration of life will be held at 2 p.m. Saturday, March 14, at Kent-Forest Lawn Chapel in Panama City.""",
gold=[]),

dict(guid="vld_ledger_obit_20260323_purvis", pub="2026-03-23T05:30:00-04:00", title="Herschel Dean Purvis, 84, of Hahira",
body="""HAHIRA - Herschel Dean Purvis, 84, of Hahira, died Saturday, March 21, 2026, at South Georgia Medical Center after a brief illness.

Mr. Purvis was born in Lowndes County and farmed tobacco, and later peanuts and cotton, on the same ground off Union Road that his grandfather cleared. He served in the U.S. Army in Germany and for 40 years was a member of the Hahira Volunteer Fire Department, which named its newest engine for him in 2019. He never missed a Hahira Honeybee Festival parade.

He was preceded in death by his wife, Inez Carter Purvis, and by a son, Danny Purvis.

Survivors include his daughter, Kay Purvis Lawson (Terry) of Hahira; his brother, Clyde Purvis of Hahira; his niece, Corinne Lott of Valdosta, whom he taught to drive a tractor; four grandchildren; and several nieces and nephews.

The funeral will be held at 3 p.m. Tuesday at Hahira First Baptist Church with the Rev. Tim Akins officiating. Burial will follow in Hahira City Cemetery. Serving as pallbearers will be members of the Hahira Volunteer Fire Department, Cedric McCrary, Wade Lawson and Josh Carter.""",
gold=[("VLD019", "survivor"), ("VLD012", "survivor")]),

dict(guid="vld_ledger_obit_20260421_hart", pub="2026-04-21T05:30:00-04:00", title="Lucille Copeland Hart, 95, of Tifton",
body="""TIFTON - Lucille Copeland Hart, 95, of Tifton, passed away peacefully Sunday, April 19, 2026, at Tift Regional Medical Center.

Born in Ty Ty to the late Homer and Viola Copeland, Mrs. Hart kept the books at the Tifton Cotton Mill for 29 years and was a member of First United Methodist Church for more than seventy. She liked to say she had balanced the mill's accounts by hand long after the computers came, because the computers did not know the farmers.

She was preceded in death by her husband, Lewis Hart; by her brothers, James Copeland and Harold Copeland; and by her sister, Verna Copeland Bass.

She is survived by her daughter, Linda Hart Roberts of Macon; her sister-in-law, Annie Ruth Copeland of Tifton; two grandchildren; and three great-grandchildren.

Graveside services will be held at 11 a.m. Wednesday at Oak Ridge Cemetery.""",
gold=[("VLD020", "survivor")]),

dict(guid="vld_ledger_obit_20260519_ponder", pub="2026-05-19T05:30:00-04:00", title="Thaddeus Lamar 'Tad' Ponder, 80, of Quitman",
body="""QUITMAN - Thaddeus Lamar "Tad" Ponder, 80, of Quitman, died Sunday, May 17, 2026, at his home surrounded by his family.

Tad was born April 12, 1946, in Morven, the son of the late Lamar and Evelyn Ponder. He graduated from Brooks County High School in 1964, served in the U.S. Navy aboard the USS Independence, and returned home to run Ponder Hardware on the courthouse square for 38 years. He could find a quarter-inch cotter pin in the dark. He was a deacon at Quitman First Baptist Church, a past president of the Brooks County Rotary Club and a devoted Georgia Bulldogs fan.

He married Lurleen Strickland on June 10, 1972, and she survives him after 54 years of marriage. Other survivors include two daughters, Amy Ponder Bryant (Keith) of Valdosta and Laura Ponder Nix of Thomasville; a nephew he raised as a son, Marcus Strickland of Valdosta; five grandchildren; and his sister, Frances Ponder Mims of Morven.

Visitation will be from 6 to 8 p.m. Wednesday at Harnage-Royal Mortuary. The funeral will be at 11 a.m. Thursday at Quitman First Baptist Church with the Rev. Dale Spence officiating; burial with military honors will follow in Greenwood Cemetery. In lieu of flowers, the family asks that memorials be made to the Brooks County Rotary scholarship fund.""",
gold=[("VLD001", "deceased_client"), ("VLD002", "spouse_of_deceased_client"), ("VLD021", "survivor")]),

# second, later copy of the Sweet Gum Funeral Home obituary of Willis Carraway Sr.: labelled on the earlier copy only
dict(guid="vld_ledger_obit_20260312_carraway", pub="2026-03-12T05:30:00-05:00", title="Willis Earl Carraway Sr., 88, of Moultrie",
body="""MOULTRIE - Willis Earl Carraway Sr., 88, of Moultrie, passed from this life on Saturday, March 7, 2026, at Colquitt Regional Medical Center.

Mr. Carraway was born October 2, 1937, in Colquitt County to the late Earl and Beulah Carraway. He farmed the Carraway place on the Funston highway for more than sixty years, grew some of the first Vidalia-type sweet onions sold at the Moultrie farmers market, and served 24 years on the Colquitt County Farm Bureau board. He was a member of Sardis Primitive Baptist Church.

He is survived by his wife of 66 years, Opal Hancock Carraway; his son, Willis "Bubba" Carraway Jr. (Dorinda) of Moultrie; his daughter, Reba Carraway Stokes (Lamar) of Doerun; seven grandchildren; and nine great-grandchildren. He was preceded in death by his brother, Otis Carraway.

Funeral services were held Tuesday, March 10, at Sardis Primitive Baptist Church, with Elder Hoyt Bell officiating. Burial was in the church cemetery. Sweet Gum Funeral Home & Crematory, Moultrie, was in charge of arrangements.""",
gold=[]),
]
