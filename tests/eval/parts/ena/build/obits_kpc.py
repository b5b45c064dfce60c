"""Kenai Peninsula Courier (invented daily-style newspaper, Kenai/Soldotna): obituaries as the paper runs them,
plain text, titles "Name" with the town. Hand-labelled."""

FEED = "kpc"
ITEMS = [
dict(guid="ena_kpc_obit_2026_0109", pub="2026-01-09T06:00:00-09:00", title="Arvid Leif Halvorsen",
body="""Longtime Kasilof set-netter Arvid Leif Halvorsen died Tuesday, Jan. 6, 2026, at Central Peninsula Hospital in Soldotna, with his family at his side. He was 87.

Arvid was born Nov. 2, 1938, in Petersburg, Alaska, the son of Norwegian fishermen, and came to the Kenai Peninsula in 1959 with a skiff, a used outboard and a homestead claim off what would become Kalifornsky Beach Road. For more than fifty summers he fished the same set-net sites on the Kasilof beach, and in the winters he drove a school bus, built cabinets and served on the Kasilof Community Council. He never owned a television he could not fix himself.

He is survived by his wife of 63 years, Lorraine "Lorrie" (Pruitt) Halvorsen of Kasilof; his son, Erik (Jessica) Halvorsen of Anchorage; his daughter, Karin Halvorsen Booth of Homer; his brother, Nils Halvorsen of Petersburg; and five grandchildren.

He was preceded in death by his parents, Leif and Signe Halvorsen, and his sister, Astrid.

A celebration of life will be held at 1 p.m. Saturday, Jan. 17, at the Kasilof Community Hall, with Pastor Glen Ruckert of Kalifornsky Beach Baptist Church officiating. Pallbearers will be Rusty Pennock, Tom Ollestad, Jim Sakai and his grandsons. In lieu of flowers, the family asks that donations be made to the Kasilof Historical Association.""",
gold=[("ENA003", "deceased_client"), ("ENA004", "spouse_of_deceased_client"), ("ENA022", "survivor"), ("ENA023", "survivor")]),

dict(guid="ena_kpc_obit_2026_0203", pub="2026-02-03T06:00:00-09:00", title="Dwayne Robert Showalter Sr.",
body="""Dwayne Robert Showalter Sr., 84, of Nikiski, died Jan. 29, 2026, at his home on the North Road.

Dwayne came North from Coffeyville, Kansas, in 1967 to work at the Nikiski fertilizer plant and stayed for the fishing. He retired from the refinery in 2002 and spent his retirement smoking salmon for half of Nikiski and arguing with the Courier's editorial page.

He is survived by his son, Dwayne "Butch" Showalter Jr. of Nikiski; his daughter, Carla Ivers of Wasilla; four grandchildren; and two great-grandchildren. He was preceded in death by his wife, Marlys, in 2019.

Services will be held at 11 a.m. Friday at North Star United Methodist Church in Nikiski, with the Rev. Aileen Corcoran officiating.""",
gold=[("ENA007", "survivor")]),

dict(guid="ena_kpc_obit_2026_0220", pub="2026-02-20T06:00:00-09:00", title="Kenneth Wayne Bragg",
body="""Kenneth Wayne Bragg, 91, of Soldotna, died Feb. 16, 2026, at Heritage Place in Soldotna.

Ken was born in Tulsa, Oklahoma, and came to the Kenai in 1957 to work on the Swanson River oil field, the first commercial oil strike in Alaska. He later drove truck for the borough road service for 25 years and knew every frost heave between Sterling and Ninilchik.

Survivors include his son, Wayne Bragg of Kenai; his daughter, Donna Mae Pflueger of Palmer; and seven grandchildren, among them his grandson Kenny Bragg of Soldotna, who carries his name and his fishing rod. He was preceded in death by his wife, Opal, and his son, Kenneth Jr.

A graveside service will be held in the spring at the Soldotna Community Memorial Park.""",
gold=[("ENA010", "survivor")]),

dict(guid="ena_kpc_obit_2026_0312", pub="2026-03-12T06:00:00-08:00", title="Gary Michael Vukovich",
body="""Gary Michael Vukovich, 22, of Kenai, died March 7, 2026, in a snowmachine accident in the Caribou Hills.

Gary graduated from Kenai Central High School in 2022, where he wrestled and played baseball, and was finishing his second year of the process technology program at Kenai Peninsula College. He worked summers on his uncle's drift boat out of the Kenai River and was happiest on a machine in deep snow.

He is survived by his parents, Steve and Tina Vukovich of Kenai; his sisters, Alyssa and Brooke; his grandparents, Frank and Linda Vukovich of Kenai and Marjorie Fenn of Ninilchik; and many aunts, uncles and cousins.

A service will be held at 2 p.m. Saturday in the Kenai Central High School gymnasium.""",
gold=[]),

dict(guid="ena_kpc_obit_2026_0415", pub="2026-04-15T06:00:00-08:00", title="Mildred \"Millie\" Tschappat",
body="""Mildred Irene "Millie" Tschappat, 93, a Soldotna homesteader, died peacefully on April 11, 2026, at Heritage Place.

Millie and her husband, Otto, filed on 160 acres off Big Eddy Road in 1954 and proved up in a plywood cabin with two babies and a woodstove. She taught first grade at Soldotna Elementary for 28 years; generations of central Peninsula kids learned to read from her.

She is survived by her daughter, Mary Jo Fjelstad of Soldotna; her son, Delbert (Karen) Tschappat of Soldotna; five grandchildren; and nine great-grandchildren. She was preceded in death by Otto in 1998 and by her son-in-law, Ron Fjelstad, in 2021.

A funeral service will be held at 11 a.m. Tuesday at Soldotna Bible Chapel.""",
gold=[("ENA009", "survivor")]),

dict(guid="ena_kpc_obit_2026_0601", pub="2026-06-01T06:00:00-08:00", title="Ruth Ellen Sacaloff",
body="""Ruth Ellen Sacaloff, 88, a lifelong resident of Kenai, died May 27, 2026, at Central Peninsula Hospital.

Ruth was born in Old Town Kenai to a Dena'ina mother and a Russian-Creole father, was baptized at Holy Assumption, and spent her working life at the cannery on the Kenai River bluff and later at the Kenai post office. She sang in the church choir for seventy years and never missed the blessing of the waters.

She is survived by her daughter, Marina Sacaloff-Hendry (Duncan) of Kenai; her son, Peter Sacaloff of Ninilchik; her nephew, Gary Vukovich of Fairbanks; and six grandchildren. She was preceded in death by her husband, Ivan Sacaloff.

Funeral services will be held at Holy Assumption of the Virgin Mary Russian Orthodox Church, Kenai. Memory eternal.""",
gold=[("ENA011", "survivor")]),
]
