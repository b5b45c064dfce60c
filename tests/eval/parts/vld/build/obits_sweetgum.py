"""Sweet Gum Funeral Home & Crematory (Moultrie and Adel chapels): funeral-home site, teaser description and HTML in
content:encoded. Hand-labelled."""

FEED = "sweetgum"
ITEMS = [
dict(guid="vld_sweetgum_2026_0127_sirmans", pub="2026-01-27T16:10:00-05:00", title="Beauford Lee Sirmans",
body="""Beauford Lee Sirmans, 24, of Adel, died Saturday, January 24, 2026, from injuries sustained in an automobile accident on Interstate 75 near Cecil.

Lee was born in Valdosta and graduated from Cook High School in 2020, where he played tight end for the Hornets. He was a lineman apprentice with Colquitt EMC and was happiest on the Little River with a johnboat and a cooler. He carried the name of his grandfather and wore it proudly.

He is survived by his parents, Wade and Kim Sirmans of Adel; his sister, Kaylee Sirmans of Statesboro; his grandparents, Beau and Patsy Sirmans of Adel and Gail Tomberlin of Sparks; his girlfriend, Macy Giddens; and a host of aunts, uncles and cousins.

A service celebrating his life will be held at 2 p.m. Thursday, January 29, at Adel First Baptist Church. Burial will follow in Sunset Hill Cemetery. Pallbearers will be his fellow linemen of Colquitt EMC.""",
gold=[("VLD015", "survivor"), ("VLD016", "survivor")]),

dict(guid="vld_sweetgum_2026_0309_carraway", pub="2026-03-09T11:45:00-05:00", title="Willis Earl Carraway Sr.",
body="""Willis Earl Carraway Sr., 88, of Moultrie, passed from this life on Saturday, March 7, 2026, at Colquitt Regional Medical Center.

Mr. Carraway was born October 2, 1937, in Colquitt County to the late Earl and Beulah Carraway. He farmed the Carraway place on the Funston highway for more than sixty years, grew some of the first Vidalia-type sweet onions sold at the Moultrie farmers market, and served 24 years on the Colquitt County Farm Bureau board. He was a member of Sardis Primitive Baptist Church.

He is survived by his wife of 66 years, Opal Hancock Carraway; his son, Willis "Bubba" Carraway Jr. (Dorinda) of Moultrie; his daughter, Reba Carraway Stokes (Lamar) of Doerun; seven grandchildren; and nine great-grandchildren. He was preceded in death by his brother, Otis Carraway.

Funeral services will be held at 2 p.m. Tuesday, March 10, at Sardis Primitive Baptist Church, with Elder Hoyt Bell officiating. Burial will follow in the church cemetery. Sweet Gum Funeral Home & Crematory, Moultrie, is in charge of arrangements.""",
gold=[("VLD003", "survivor"), ("VLD004", "survivor")]),

dict(guid="vld_sweetgum_2026_0412_reyes", pub="2026-04-12T14:20:00-04:00", title="Rigoberto Reyes Ávila",
body="""Rigoberto Reyes Ávila, 81, of Moultrie, died peacefully on Friday, April 10, 2026, at his home, with his rosary in his hand.

Born in San Juan de los Lagos, Jalisco, Mexico, Don Rigo came to Colquitt County in 1979 to work the vegetable harvest and never left. He worked 27 years at the Sanderson poultry plant, was a founding member of the Hispanic ministry at St. Anne's Catholic Church, and made tamales for every quinceañera on the south side of Moultrie.

He is survived by his wife of 55 years, Esperanza Salgado de Reyes; his daughters, Maria Guadalupe "Lupe" Reyes Salgado of Moultrie and Rosa Reyes Méndez (Arturo) of Tifton; his son, Javier Reyes Salgado of Houston, Texas; nine grandchildren; and two great-grandchildren.

Le sobreviven su esposa Esperanza; sus hijas Lupe y Rosa; su hijo Javier; y sus nietos.

The Holy Rosary will be prayed at 7 p.m. Monday in the Sweet Gum Moultrie chapel. The Mass of Christian Burial will be celebrated at 10 a.m. Tuesday at St. Anne's Catholic Church by Father Tomás Echeverría. Burial in Westview Cemetery.""",
gold=[("VLD018", "survivor")]),

dict(guid="vld_sweetgum_2026_0620_tuggle", pub="2026-06-20T09:30:00-04:00", title="Odell Tuggle",
body="""Odell Tuggle, 77, of Adel, entered into eternal rest on Thursday, June 18, 2026, at South Georgia Medical Center.

Odell was born in Cook County to the late Jesse and Mattie Tuggle. He drove a log truck for the Gaskins mill for 33 years and later helped his brother at the family feed store, where he was known for a firm handshake and a pocket full of peppermints for the children. He was a member of Greater St. James A.M.E. Church.

He leaves to cherish his memory his wife, Geraldine Tuggle of Adel; two sons, Kelvin Tuggle of Jacksonville, Fla., and Darnell Tuggle of Adel; his brother, Romey Tuggle (Bernice) of Adel; eight grandchildren; and a host of nieces, nephews and friends.

Homegoing services will be held at 1 p.m. Saturday, June 27, at Greater St. James A.M.E. Church, Adel, with the Rev. Eddie Moss Jr. delivering the eulogy. Interment in Adel City Cemetery.""",
gold=[("VLD007", "survivor"), ("VLD008", "survivor")]),

dict(guid="vld_sweetgum_2026_0801_fountain", pub="2026-08-01T10:05:00-04:00", title="Clara Mae Fountain",
body="""Clara Mae Fountain, 93, of Tifton, died Thursday, July 30, 2026, at Tifton Health and Rehabilitation.

Mrs. Fountain was born in Irwin County and raised five children on a tenant farm before she and her late husband, Roy Fountain, bought their own land near Chula in 1961. She sang alto in the choir of Chula Baptist Church for sixty years and was famous for her fig preserves.

She is survived by her sons, Dewayne Fountain and his wife Mary Alice of Tifton, and Roy Fountain Jr. of Ocilla; her daughters, Betty Fountain Ross of Fitzgerald and Jean Fountain Pafford of Tifton; 14 grandchildren; and 22 great-grandchildren. She was preceded in death by her husband and by her son, Curtis Fountain.

Funeral services will be held at 11 a.m. Monday, August 3, at Chula Baptist Church. Pallbearers will be Harlan Vickers, Mike Pafford, Ty Ross, Jake Fountain, Brent Fountain and Cole Ross.""",
gold=[("VLD006", "survivor")]),

dict(guid="vld_sweetgum_2026_1004_brinson", pub="2026-10-04T15:40:00-04:00", title="Cleveland 'Cleve' Brinson",
body="""Cleveland "Cleve" Brinson, 58, of Nashville, Ga., passed away Friday, October 2, 2026, at his home after a courageous battle with cancer.

Cleve was a 1986 graduate of Berrien High School and worked 30 years as a mechanic at the Nashville Ford dealership. He coached Dixie Youth baseball for two decades and loved to fish at Reed Bingham State Park.

He is survived by his wife, Loretta Brinson of Nashville; his daughter, Tomeka Brinson of Atlanta; his son, Terrence Brinson of Nashville; his mother, Ollie Brinson of Enigma; and three grandchildren.

Services will be held at 2 p.m. Wednesday at Zion Hope Missionary Baptist Church, Nashville.""",
gold=[]),
]
