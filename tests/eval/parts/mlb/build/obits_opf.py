"""Osprey & Palm Funeral Chapels (Melbourne, Palm Bay and Rockledge chapels): funeral-home site, HTML in
content:encoded, a one-sentence plain description, a permalink in <link> and an opaque guid. Hand-labelled."""

FEED = "opf"
BASE = "mlb_opf-"
ITEMS = [
dict(guid=BASE + "wendell-arbogast", pub="2026-01-12T09:30:00-05:00", title="Wendell R. Arbogast (1941 - 2026)",
body="""Wendell Ray Arbogast, 84, of Melbourne, passed away peacefully on Friday, January 9, 2026, at the Health First hospice house in Melbourne, with his wife holding his hand and a launch on the television.

Wendell was born June 12, 1941, in Parkersburg, West Virginia, the son of Homer and Ida (Coffman) Arbogast. After the Air Force brought him to Patrick Air Force Base in 1962, he never left the Space Coast. He spent thirty-one years as a propulsion technician at Cape Canaveral, from the Gemini pads to the last Shuttle, and he could still name every engine he ever torqued.

He is survived by his wife of 59 years, Lorraine (Pfanstiel) Arbogast; his son, Craig Arbogast of Orlando; his daughter, Terri Mabry of Jacksonville; five grandchildren; and his sister, Hazel Arbogast Pruitt of Ashland, Kentucky.

A visitation will be held Thursday from 5 to 7 p.m. at our Melbourne chapel, 1020 N. Wickham Road. A funeral service will follow on Friday at 11 a.m. at Eau Gallie First United Methodist Church, with military honors at Cape Canaveral National Cemetery.""",
gold=[("MLB001", "deceased_client"), ("MLB002", "spouse_of_deceased_client")]),

dict(guid=BASE + "dale-hargrove", pub="2026-02-02T10:15:00-05:00", title="Dale Everett Hargrove (1946 - 2026)",
body="""Dale Everett Hargrove, 79, of Sebastian, went home to be with the Lord on January 29, 2026.

Dale was born in Valdosta, Georgia, and moved to the Indian River in 1968 to work the citrus groves for his uncle. He later ran Hargrove Marine on U.S. 1 for thirty years, and there is hardly a mullet skiff between Grant and Wabasso whose engine he did not rebuild at least once. He was a member of First Baptist Church of Sebastian and a forty-year Shriner.

He is survived by his wife, Barbara; his sons, Wade Hargrove of Fellsmere and Clay Hargrove of Vero Beach; his sister, Priscilla "Cissy" Venable of Indialantic; and seven grandchildren. He was preceded in death by his parents and by his brother, Roy.

Services will be held at 2 p.m. Saturday at First Baptist Church of Sebastian. Arrangements by Osprey & Palm Funeral Chapels.""",
gold=[("MLB006", "survivor")]),

dict(guid=BASE + "garrett-tillinghast", pub="2026-02-17T11:00:00-05:00", title="Garrett Wayne Tillinghast (2001 - 2026)",
body="""Garrett Wayne Tillinghast, 24, of Rockledge, died suddenly on Friday, February 13, 2026, as the result of a motorcycle accident on State Road 520.

Garrett graduated from Rockledge High School in 2019, where he played left tackle for the Raiders, and was in his second year as an apprentice lineman with Florida Power & Light. He loved fishing the Banana River at dawn, his truck, and his niece, Kaylee, who called him "Gare-bear."

He is survived by his parents, Wayne and Debra Tillinghast of Rockledge; his sister, Brittany Ochs (Kyle) of Cocoa; his grandparents, Earl and Nadine Tillinghast of Mims; and many aunts, uncles and cousins.

A celebration of life will be held Saturday at 3 p.m. at our Rockledge chapel, 1000 S. Fiske Boulevard. In lieu of flowers, the family asks for donations to the Brevard Motorcycle Safety Foundation.""",
gold=[]),

dict(guid=BASE + "calvin-fentress", pub="2026-03-09T09:45:00-05:00", title="Calvin Lee Fentress (1939 - 2026)",
body="""Calvin Lee Fentress, 86, of Grant-Valkaria, passed away on March 5, 2026, at Holmes Regional Medical Center.

Born in Jesup, Georgia, Calvin came to south Brevard in 1958 with his brother, Wilbur, to work for the Florida East Coast Railway, and retired as a section foreman after forty years. He kept bees, grew the best Ruby Red grapefruit on Valkaria Road, and never missed a Thursday night fish fry at the Grant Fire Department.

He is survived by his daughters, Sharon Fentress Bly of Titusville and Paula Trimble of Macon, Georgia; his nephew, Hollis Fentress of Malabar, who looked after him every day these last years; and four grandchildren. He was preceded in death by his wife of 54 years, Opal, and by his brother, Wilbur.

A graveside service will be held Tuesday at 10 a.m. at Grant Cemetery, with the Rev. Amos Tidwell officiating.""",
gold=[("MLB014", "survivor")]),

dict(guid=BASE + "hazel-arbogast-pruitt", pub="2026-03-02T08:50:00-05:00", title="Hazel Arbogast Pruitt (1938 - 2026)",
body="""Hazel Arbogast Pruitt, 87, of Ashland, Kentucky, and for many winters of Indialantic, died February 26, 2026, at King's Daughters Medical Center in Ashland.

Born in Parkersburg, West Virginia, Hazel taught home economics at Paul G. Blazer High School for 33 years. She and her late husband, Clement Pruitt, spent twenty winters in a rented cottage on Wavecrest Avenue, where she was famous for her blackberry cobbler and her opinions about the Kentucky Wildcats.

She is survived by her son, Dennis Pruitt of Lexington, Kentucky; her sister-in-law, Lorraine Arbogast of Melbourne; and several nieces and nephews, including Craig Arbogast of Orlando and Terri Mabry of Jacksonville. She was preceded in death by her husband, Clement, and by her brothers, Wendell Arbogast and Harold Arbogast.

A service will be held in Ashland, Kentucky. A memorial gathering for her Florida friends will be held at our Melbourne chapel on March 14 at 2 p.m.""",
gold=[("MLB002", "survivor")]),

dict(guid=BASE + "harvey-lindemuth", pub="2026-04-06T10:05:00-04:00", title="Harvey J. Lindemuth (1944 - 2026)",
body="""Harvey Joseph Lindemuth, 81, of Melbourne Beach, passed away April 2, 2026, surrounded by his family.

Harvey was a NASA quality engineer for 34 years and an Apollo 11 pad rat who kept his badge in his wallet until the end. In retirement he surfed Spanish House every morning the waves were over two feet, and taught half the boys on the south beaches how to wax a board properly.

He is survived by his wife, Marjorie; his sons, Eric and Kurt Lindemuth, both of Melbourne Beach; and six grandchildren.

Pallbearers will be Eric Lindemuth, Kurt Lindemuth, Bart Szymanowski, Tony Ruscio, Mike Delgado and Bill Harkness. A paddle-out in his honor will be held at Spanish House beach on Saturday at 8 a.m.""",
gold=[]),

dict(guid=BASE + "beatrice-moncrief", pub="2026-05-11T09:20:00-04:00", title="Beatrice Ann Moncrief (1933 - 2026)",
body="""Beatrice Ann Moncrief, 92, of Palm Bay, died peacefully on May 8, 2026, at her daughter's home in Port Malabar.

Bea was a registered nurse for 41 years, most of them on the night shift at Palm Bay Hospital, and she delivered, by her own count, more than a thousand babies when the doctors were late. She was a member of the Palm Bay Chapter of the Order of the Eastern Star and of St. Joseph Catholic Church.

She is survived by her daughter, Carol Moncrief Esposito (Frank) of Palm Bay; her son, Dennis Moncrief of Atlanta; and four grandchildren.

The family wishes to thank Dr. Sunniva Haraldsen and the nurses of Health First Hospice for their tender care. A Mass of Christian Burial will be celebrated Friday at 10 a.m. at St. Joseph Catholic Church, Palm Bay.""",
gold=[]),
]
