"""Heartland Memorial Chapels (Kansas City, Independence and Overland Park chapels): funeral-home site, HTML in
content:encoded, one-sentence description. Hand-labelled: gold=[(client_id, role), ...]."""

FEED = "hmc"
ITEMS = [
dict(guid="mci_hmc_leonard-hasselbring", pub="2026-02-17T10:15:00-06:00", title="Leonard F. \"Len\" Hasselbring (1944 - 2026)",
body="""Leonard Frederick "Len" Hasselbring, 81, of Kansas City, Missouri, died peacefully on Friday, February 13, 2026, at Saint Luke's Hospital on the Plaza, with his family at his side.

Len was born June 12, 1944, in Concordia, Missouri, to Otto and Martha (Riekhof) Hasselbring. He graduated from St. Paul's Lutheran High School, served two years with the U.S. Army in Germany, and spent 38 years as a tool-and-die maker at the Bannister Road plant. He never missed a Chiefs home game between 1969 and 2019, and told anyone who asked that the 1970 Super Bowl ring was "the one that counts."

He is survived by his wife of 58 years, Dorothea "Dottie" Hasselbring; his daughters, Susan (Mark) Ebeling of Lee's Summit and Carol Hasselbring of Denver; his brother, Walter Hasselbring of Concordia; and five grandchildren. He was preceded in death by his parents and his sister, Irma Kroenke.

Funeral services will be held at 11 a.m. Saturday at Trinity Lutheran Church, with the Rev. Anders Mollerstrom officiating. Pallbearers will be Casey Wojtaszek, Dennis Ebeling, Mark Ebeling, Tyler Ebeling, Josh Ebeling and Brian Kroenke. Burial at Mount Moriah Cemetery. Memorials to the Trinity Lutheran food pantry.""",
gold=[("MCI001", "deceased_client")]),

dict(guid="mci_hmc_ozella-fairbanks", pub="2026-03-04T09:30:00-06:00", title="Mother Ozella Fairbanks (1928 - 2026)",
body="""Mother Ozella Mae Fairbanks, 97, of Kansas City, Missouri, transitioned from labor to reward on Thursday, February 26, 2026.

She was born in Boley, Oklahoma, the seventh of eleven children of Jessie and Pearl Armstead, and came to Kansas City in 1947. She worked 31 years in the laundry at old General Hospital and was a Mother of the Church at Greater Bethel Missionary Baptist Church for more than forty years, where no visitor left without a plate.

She leaves to cherish her memory two daughters, Loretta (Rev. Elvin) Drummond of Kansas City, Missouri, and Bernice Fairbanks of Grandview; a son, Curtis Fairbanks (Yvonne) of Kansas City, Kansas; nine grandchildren, twenty-two great-grandchildren and a host of nieces, nephews, church family and friends. She was preceded in death by her husband, Deacon Roosevelt Fairbanks, and her son, Harold.

Homegoing services will be held at 11 a.m. Saturday at Greater Bethel Missionary Baptist Church, Pastor Clarence Whitlow, eulogist. Interment at Forest Hill Cemetery.""",
gold=[("MCI006", "survivor"), ("MCI005", "survivor")]),

dict(guid="mci_hmc_harriet-stuckenschneider", pub="2026-03-19T14:00:00-05:00", title="Harriet Stuckenschneider (1926 - 2026)",
body="""Harriet Louise Stuckenschneider, 99, of Olathe, Kansas, passed away on March 16, 2026, at Good Samaritan Society - Olathe, three months short of her hundredth birthday and the party she had already planned.

Harriet was born on a farm near Spring Hill to Emil and Frieda Wulf. She married Raymond Stuckenschneider in 1948, and together they ran a dairy and later the Stuckenschneider Feed Store on Santa Fe Street for thirty years.

She is survived by her daughter, Gwendolyn "Gwen" Van Tuyl and her husband, Everett, of Overland Park; her son, Dale Stuckenschneider (Pam) of Spring Hill; six grandchildren; and eleven great-grandchildren. She was preceded in death by her husband, Raymond, in 2004.

The family thanks Dr. Priya Venkataraghavan and the nurses of the fourth floor at Olathe Medical Center for their kindness. Visitation will be from 9:30 a.m., with a funeral service at 10:30 a.m. Monday at the Olathe chapel of Heartland Memorial Chapels.""",
gold=[("MCI016", "survivor"), ("MCI015", "survivor")]),

dict(guid="mci_hmc_herbert-kretschmer", pub="2026-04-08T11:45:00-05:00", title="Herbert W. Kretschmer (1955 - 2026)",
body="""Herbert Wilhelm "Herb" Kretschmer, 70, of Paola, Kansas, died unexpectedly at his home on April 5, 2026.

Herb was born in Paola and never saw a reason to leave. He farmed 600 acres of wheat and soybeans east of town, drove a school bus route for the Paola district for 22 years, and was an umpire in the Miami County church-league softball games until his knees said otherwise.

Survivors include his wife of 46 years, Joanne, of the home; two sons, Kyle Kretschmer of Paola and Brent Kretschmer of Ottawa; his brother, Gus (Ruth) Kretschmer of Olathe; and four grandchildren. He was preceded in death by his parents, Wilhelm and Edna Kretschmer, and a brother, Norbert.

Mass of Christian Burial will be 10 a.m. Thursday at Holy Trinity Catholic Church, Paola. Burial in the parish cemetery.""",
gold=[("MCI022", "survivor")]),

dict(guid="mci_hmc_patrick-joseph-kilcullen", pub="2026-04-21T08:50:00-05:00", title="Patrick Joseph Kilcullen (1999 - 2026)",
body="""Patrick Joseph Kilcullen, 26, of Independence, Missouri, died April 17, 2026, from injuries suffered in a motorcycle accident on Interstate 70.

Patrick graduated from William Chrisman High School in 2017 and was a third-year apprentice with IBEW Local 124. He loved the Royals, his dog Bo and the long way home along the Little Blue.

He is survived by his parents, Sean and Tracy Kilcullen of Independence; his sister, Erin Kilcullen of Blue Springs; his grandmother, Margaret Kilcullen of Raytown; and his girlfriend, Alexis Thurman.

A funeral Mass will be celebrated at 10 a.m. Friday at St. Mary's Catholic Church, Independence. Inurnment will follow at Mount Olivet Cemetery, Raytown.""",
gold=[]),

dict(guid="mci_hmc_lamar-hollingshead-jr", pub="2026-05-12T13:20:00-05:00", title="Lamar Hollingshead Jr. (1958 - 2026)",
body="""Lamar Hollingshead Jr., 67, of Kansas City, Missouri, went home to be with the Lord on May 8, 2026.

Lamar was born in Kansas City to the late Lamar Hollingshead Sr. and Odessa Hollingshead. A graduate of Southwest High School and Lincoln University, he spent 34 years with the U.S. Postal Service, retiring as a supervisor at the main post office on Pershing Road. He coached Little League at Swope Park every summer for a quarter century.

He leaves his devoted wife of 44 years, Bettye Hollingshead; his son, Lamar Hollingshead III (Keisha) of Kansas City; his daughter, Tonya Hollingshead-Greer of Atlanta; four grandchildren; and his sister, Vernita Stallworth of St. Louis.

Services will be held at noon Friday at Greater Bethel Missionary Baptist Church, with the Rev. Elvin Drummond officiating. Interment at Blue Ridge Lawn Memorial Gardens.""",
gold=[("MCI017", "survivor")]),

dict(guid="mci_hmc_wilhelmina-oberkrom", pub="2026-06-02T10:05:00-05:00", title="Wilhelmina \"Billie\" Oberkrom (1937 - 2026)",
body="""Wilhelmina "Billie" Oberkrom, 88, of Independence, Missouri, passed away on Friday, May 29, 2026, at her home on North Delaware Street, in the house she had lived in since 1962.

Billie was born September 30, 1937, in Higginsville, Missouri, to Herman and Anna Brockhoff. She was a bookkeeper at the Independence Square hardware store for 41 years and a volunteer docent at the Truman Home, where she corrected tourists' pronunciation of "Missour-uh" with great patience.

She was preceded in death by her husband, Vernon Oberkrom, in 2011, and by her brother, Fritz Brockhoff. She is survived by her nephews, Gary Brockhoff of Higginsville and Dale Brockhoff of Sedalia, and by many friends at First Presbyterian Church.

Graveside services will be held at 2 p.m. Thursday at Mound Grove Cemetery, Independence.""",
gold=[("MCI018", "deceased_client")]),
]
