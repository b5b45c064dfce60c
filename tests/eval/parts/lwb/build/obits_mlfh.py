"""Mountain Laurel Funeral Home (chapels in Lewisburg, Ronceverte and Union): funeral-home site, HTML in
content:encoded, one-sentence plain description. Hand-labelled."""

FEED = "mlfh"
ITEMS = [
dict(guid="lwb_mlfh_harlow-eugene-gwinn", slug="harlow-eugene-gwinn", pub="2026-02-18T14:10:00-05:00", title="Harlow Eugene Gwinn (1938 - 2026)",
body="""Harlow Eugene Gwinn, 88, of Frankford, passed away Monday, February 16, 2026, at his home on the farm where he was born.

Harlow was born February 9, 1938, at Frankford, a son of the late Lacy and Ocie Gwinn. He raised Angus cattle on Seneca Trail for sixty years, served on the Greenbrier County Farm Bureau board and was a 50-year member of Frankford Lodge No. 123.

He is survived by his wife of 64 years, Beulah (Spinks) Gwinn; a daughter, Connie Gwinn Hoke and husband Randy of Lewisburg; two grandsons, Tyler and Seth Hoke; and a sister, Ruby Gwinn Arbuckle of Falling Spring.

Funeral service will be held at 2 p.m. Friday in the Lewisburg chapel of Mountain Laurel Funeral Home, with Pastor Nate Cavendish officiating. Burial will follow in Frankford Cemetery. Pallbearers will be Tyler Hoke, Seth Hoke, Zeke Fleshman, Dale Arbuckle, Kenny Sydnor and Randy Hoke.

Memorial contributions may be made to the Frankford Volunteer Fire Department.""",
gold=[("LWB011", "deceased_client"), ("LWB012", "spouse_of_deceased_client")]),
# born 9 Feb 1938 = roster; wife Beulah (Spinks) = roster spouse and maiden. Officiant Nate Cavendish (LWB014)
# and pallbearer Zeke Fleshman (LWB008): nothing.

dict(guid="lwb_mlfh_homer-lemasters", slug="homer-lemasters", pub="2026-03-18T10:45:00-04:00", title="Homer Dale Lemasters (1945 - 2026)",
body="""Homer Dale Lemasters, 80, of Ronceverte, passed from this life on Sunday, March 15, 2026, at Greenbrier Valley Medical Center.

Born in Ronceverte on August 22, 1945, Homer drove a Greenbrier County school bus for 33 years and could name every child who ever rode Route 14. He loved bluegrass music, the Ronceverte River Festival and his morning coffee at the Island Park bench.

He is survived by his son, Dwight Lemasters and his wife, Mary Beth, of Lewisburg; a daughter, Pamela Lemasters Burr of Fort Spring; and grandchildren Lily and Owen Lemasters. He was preceded in death by his wife, Wilma, in 2021.

Friends may call from 6 to 8 p.m. Thursday at the Ronceverte chapel. The funeral will be at 11 a.m. Friday, Pastor Rick Sizemore officiating.""",
gold=[("LWB007", "survivor")]),

dict(guid="lwb_mlfh_franklin-mcclung", slug="franklin-mcclung", pub="2026-05-05T09:20:00-04:00", title="Franklin Pierce McClung (1953 - 2026)",
body="""Franklin Pierce McClung, 73, of Renick, died Saturday, May 2, 2026, at Charleston Area Medical Center after a long illness.

Frank was born April 4, 1953, in Renick, a son of the late Hobart and Lorena McClung. He was a Vietnam-era Army veteran, a retired state road foreman and a fixture at the Renick Post Office bench every morning at 7:30.

Survivors include his wife, Janie; a son, Bradley McClung of Lewisburg; his sister, Mrs. Roscoe (Darlene) Honaker of Caldwell; and a brother, Hobart McClung Jr. of Beckley.

Funeral services will be held at 1 p.m. Wednesday in the Lewisburg chapel, Pastor Nate Cavendish officiating. Burial with military honors will follow in the West Virginia Veterans Cemetery at Dunbar.""",
gold=[("LWB006", "survivor"), ("LWB005", "survivor")]),

dict(guid="lwb_mlfh_okey-tuckwiller", slug="okey-tuckwiller", pub="2026-05-27T16:00:00-04:00", title="Okey Sherwood Tuckwiller (1936 - 2026)",
body="""Okey Sherwood Tuckwiller, 90, of Lewisburg, died May 25, 2026, at The Gardens at Greenbrier Valley.

Okey was born January 11, 1936, on the family farm near Muddy Creek Mountain. For forty years he kept the hardware store on Court Street that still bears his name, and he never once sold a man a part he didn't need.

He was preceded in death by his wife, Hazel, and his brother, Sherman Tuckwiller.

He is survived by a daughter, Karen Tuckwiller Nutter of Lewisburg; his sister-in-law, Imogene Tuckwiller of White Sulphur Springs; and many nieces and nephews.

A graveside service will be held at Rosewood Cemetery, Lewisburg.""",
gold=[("LWB004", "survivor")]),

dict(guid="lwb_mlfh_ethel-boggess", slug="ethel-boggess", pub="2026-07-08T11:05:00-04:00", title="Ethel Mae Boggess (1936 - 2026)",
body="""Ethel Mae Boggess, 90, of Renick, went to her heavenly home on Sunday, July 5, 2026, surrounded by her family.

Born February 28, 1936, at Spring Creek, she was a daughter of the late Roy and Maude Sydnor. Ethel canned more green beans than anyone in the north end of the county, taught Vacation Bible School for fifty summers and was a charter member of the Renick Homemakers Club.

She was preceded in death by her husband, Gene Boggess, and a son, Larry.

She is survived by her daughters, Nora (Zeke) Fleshman of Renick and Sue Boggess of Lewisburg; seven grandchildren; and eleven great-grandchildren.

Funeral service will be held at 2 p.m. Thursday at Renick United Methodist Church.""",
gold=[("LWB009", "survivor"), ("LWB008", "survivor")]),

dict(guid="lwb_mlfh_lucinda-mae-vanhoose", slug="lucinda-mae-vanhoose", pub="2026-07-29T13:30:00-04:00", title="Lucinda Mae Vanhoose (1937 - 2026)",
body="""Lucinda Mae Vanhoose, 88, of Union, passed away peacefully on Monday, July 27, 2026, at her home.

Born September 17, 1937, in Gap Mills, she was the daughter of the late Homer and Ida Ellison. She and her late husband, Carl Vanhoose, who died in 2011, farmed on Pump Spring Road for fifty years. She was a member of Union Presbyterian Church and the Monroe County Extension Homemakers.

Surviving are her son, Dennis Vanhoose and wife Carol of Union; grandchildren Travis (Cindy) Vanhoose of Union and Heather Vanhoose Byer of Princeton; and great-grandchildren Emily, Noah and Bryce.

Services will be held at 11 a.m. Saturday at the Union chapel of Mountain Laurel Funeral Home.""",
gold=[("LWB018", "survivor")]),  # LWB018 is Lucinda "Cindy" Vanhoose of Union too (b. 1972): the grandson's wife

dict(guid="lwb_mlfh_marguerite-ocheltree", slug="marguerite-ocheltree", pub="2026-09-15T10:00:00-04:00", title="Marguerite Ocheltree (1946 - 2026)",
body="""Marguerite "Maggie" Ocheltree, 80, of Alderson, passed away Saturday, September 12, 2026, at Greenbrier Valley Medical Center.

Maggie was born June 2, 1946, in Alderson, a daughter of the late Grover and Bessie Dransfield. She taught second grade at Alderson Elementary for 34 years and ran the Alderson Fourth of July pie table for nearly as long.

She was preceded in death by her husband, Lyle Ocheltree, in 2015, and by her sister-in-law, Opal Ocheltree, earlier this year.

She is survived by a nephew, Curtis Dransfield of Fort Spring, and a niece, Ann Ocheltree Pack of Lewisburg.

A funeral service will be held at 11 a.m. Friday at Alderson Baptist Church.""",
gold=[("LWB010", "deceased_client")]),  # born June 2, 1946 = roster; no roster spouse
]
