"""Western Plains News Wire (HTML descriptions). Hand-labelled."""

FEED = "wpnw"
ITEMS = [
dict(guid="wpnw-2026-011", pub="2026-01-28T07:30:00-07:00", title="Tucson physician wins lifetime award for rural clinics",
body="""TUCSON - A Tucson internist who has driven to clinics on the Tohono O'odham Nation every other Thursday for 25 years has received the Sonoran Physicians' Guild lifetime service award.

Dr. Anil Mehta, 60, founded a volunteer network that now brings 40 doctors and nurses to six rural clinics in Pima and Santa Cruz counties. "The award belongs to the people who get in the van with me," Mehta said at the guild's banquet on Saturday.""",
gold=[("R098", "subject")]),

dict(guid="wpnw-2026-019", pub="2026-02-11T07:30:00-07:00", title="Marana couple renews vows on 50th anniversary",
body="""MARANA - Ramon and Teresa Villalobos were married in 1976 in the same small adobe church where they renewed their vows Saturday, surrounded by four children, eleven grandchildren and a mariachi.

The couple met picking cotton in the fields west of Marana as teenagers. Ramon later drove a school bus for 31 years, and Teresa ran the cafeteria at the same school. "She still packs my lunch," he said.""",
gold=[("R096", "subject"), ("R097", "subject")]),

dict(guid="wpnw-2026-026", pub="2026-02-25T07:30:00-05:00", title="After 41 years, Marquette's bakery man turns off the ovens",
body="""MARQUETTE - For 41 years the first light on Washington Street came from the back room of Heikkinen's Bakery. On Saturday, Elmer Heikkinen pulled his last tray of cardamom bread, wiped down the bench his grandfather built and handed the keys to his longtime baker, Julie Ranta, who is buying the business.

Heikkinen, 66, started sweeping floors at the bakery when he was 15 and took it over from his father in 1985, the year he turned 26. In the decades since, he has baked an estimated 2 million pasties and more than 300,000 loaves of nisu, the braided Finnish cardamom bread that Upper Peninsula families buy by the dozen at Christmas.

He kept the bakery open through two recessions, a roof collapse in the winter of 1996 and the pandemic, when he and his two employees delivered bread to shut-in customers in his own pickup truck. "People thought I was being nice," he said. "I just didn't want to throw out the bread."

Regulars lined up out the door on his final morning. Several brought cards; one brought a cake, which Heikkinen said he found insulting and ate anyway.

He plans to spend more time at his camp on Lake Independence and to bake, he said, only for his grandchildren. Ranta will keep the name.""",
gold=[("R122", "subject")]),

dict(guid="wpnw-2026-033", pub="2026-03-11T07:30:00-04:00", title="Snowmobiler injured in crash near Ishpeming",
body="""ISHPEMING - A 34-year-old Negaunee man was seriously injured Sunday when his snowmobile struck a tree on a trail south of Ishpeming, the Marquette County Sheriff's Office said.

The man, whose name was not released, was taken to a Marquette hospital. Helmi Niemi, who lives near the trailhead and called 911, said riders often come off the lake too fast at that curve. "I've been asking for a sign for ten years," she said.""",
gold=[]),

dict(guid="wpnw-2026-040", pub="2026-03-25T07:30:00-04:00", title="Negaunee pasty fundraiser sells out in record time",
body="""NEGAUNEE - Volunteers at Mount Calvary Lutheran Church sold 3,200 pasties in four hours on Saturday, raising $19,000 for the Negaunee food pantry. Bakers started at 4 a.m. Volunteers included Arvo Maki, Mary Jo Perala and about 60 members of the congregation, and donors who matched the proceeds included two local credit unions.""",
gold=[]),

dict(guid="wpnw-2026-048", pub="2026-04-08T07:30:00-07:00", title="Eugene firm wins national award for library design",
body="""EUGENE - Nakamura Studio, a six-person Eugene architecture firm, has won a national design award for the timber-framed branch library it designed for the city of Springfield.

Founder Jennifer Nakamura started the firm in 2014 in a spare bedroom. The jury praised the library's daylighting and its reuse of salvaged Douglas fir from a demolished mill. "We wanted a building that smells like the valley," Nakamura said.""",
gold=[("R130", "subject")]),

dict(guid="wpnw-2026-055", pub="2026-04-22T07:30:00-07:00", title="Eugene swimmer qualifies for national championships",
body="""EUGENE - Maya Chen, a junior at South Eugene High School, qualified for the national junior swimming championships on Saturday with a personal best in the 200-meter butterfly.

Chen is the daughter of Robert and Linda Chen of Eugene. She trains at 5 a.m. six days a week and has not missed a practice in two years, her coach said.""",
gold=[("R135", "parent_of_subject"), ("R136", "parent_of_subject")]),

dict(guid="wpnw-2026-061", pub="2026-05-06T07:30:00-07:00", title="Judge Gallagher retires after 22 years on Lane County bench",
body="""EUGENE - Judge Owen Gallagher of the Lane County Circuit Court retired Friday after 22 years on the bench, most of them presiding over the county's drug treatment court, which he helped found in 2006.

More than 1,100 people have graduated from the program. At his farewell, several graduates thanked him by name. Gallagher, 66, said he plans to teach at the law school and fish the McKenzie River.""",
gold=[("R137", "subject")]),

dict(guid="wpnw-2026-069", pub="2026-05-20T07:30:00-07:00", title="Springfield man hurt in Highway 126 crash",
body="""SPRINGFIELD - A Springfield man was seriously injured Tuesday evening when a pickup crossed the center line on Highway 126 east of town and struck his car. Brian Hoskins, 52, was taken to RiverBend hospital in Springfield, where he was listed in serious condition Wednesday.

The pickup's driver, a 23-year-old Leaburg man, was cited for careless driving. The highway was closed for three hours.""",
gold=[("R131", "subject")]),

dict(guid="wpnw-2026-076", pub="2026-06-03T07:30:00-05:00", title="Red River Valley co-op names new chief executive",
body="""FARGO - The Red River Valley Farmers Cooperative has named Ingrid Solheim its chief executive, the first woman to lead the 4,000-member grain and agronomy cooperative.

Solheim, who grew up on a sugar beet farm near Hillsboro, has been the co-op's finance director for nine years. She replaces Dean Ostlie, who is retiring. She said her first task is finishing the new rail loading facility at Casselton.""",
gold=[("R150", "subject")]),

dict(guid="wpnw-2026-083", pub="2026-06-17T07:30:00-05:00", title="West Fargo chamber honors family plumbing firm",
body="""WEST FARGO - Haugen Plumbing & Heating owner Orville Haugen accepted the West Fargo chamber's business of the year award on Thursday, 48 years after he started the company with one van.

The firm now has 30 employees and was cited for its apprenticeship program, which has trained more than 80 plumbers. Haugen, 75, still takes emergency calls on Christmas Eve, his employees said.""",
gold=[("R145", "subject")]),

dict(guid="wpnw-2026-090", pub="2026-07-01T07:30:00-07:00", title="Spokane retiree wins state lottery jackpot",
body="""SPOKANE, Wash. - A retired Spokane mail carrier has won a $3.2 million lottery jackpot with a ticket he bought at a gas station on Division Street. Gordon Pederson, 77, said he plays the same numbers every week, his late wife's birthday. He plans to pay off his children's mortgages.""",
gold=[]),

dict(guid="wpnw-2026-097", pub="2026-07-15T07:30:00-04:00", title="Marquette names citizen of the year",
body="""MARQUETTE - The Marquette Area Chamber named Gary Rautio its citizen of the year on Tuesday for his work organizing the city's winter warming shelter, which housed more than 200 people last season. Rautio, a retired ore-dock electrician, has volunteered at the shelter since 2015.""",
gold=[]),

dict(guid="wpnw-2026-104", pub="2026-07-29T07:30:00-05:00", title="West Fargo softball team wins first state title",
body="""WEST FARGO - The West Fargo Packers won the state Class A softball championship on Saturday, beating Bismarck Century 4-3 in eight innings. Pitcher Addison Kraft struck out 12, and Brooke Heitkamp drove in the winning run.

"These girls never quit," said athletic director Leif Nygaard, who watched from behind the backstop. A parade is planned for Friday.""",
gold=[]),

dict(guid="wpnw-2026-111", pub="2026-08-12T07:30:00-07:00", title="Tucson cleans up after monsoon flooding",
body="""TUCSON - Crews spent Monday clearing mud and debris from streets on Tucson's east side after Sunday night's storm dropped more than two inches of rain in an hour.

Several washes overflowed, and the fire department made eleven swift-water rescues. "The water came up to my front step in ten minutes," said Octavio Beltran, who lives near the Tanque Verde wash. No serious injuries were reported.""",
gold=[]),

dict(guid="wpnw-2026-118", pub="2026-08-26T07:30:00-07:00", title="Florence fisherman pulls two kayakers from Siuslaw bar",
body="""FLORENCE - Two kayakers who capsized near the Siuslaw River bar on Sunday were pulled from the water by a commercial fisherman heading home. Gabriel Ortiz, 41, saw the overturned boats from his troller and reached the pair within minutes, the Coast Guard said.

Both kayakers, visitors from Salem, were treated for hypothermia. Ortiz, who has fished out of Florence for 15 years, said he just happened to be in the right place.""",
gold=[("R140", "subject")]),

dict(guid="wpnw-2026-125", pub="2026-09-09T07:30:00-05:00", title="Fargo council approves budget with flood-wall money",
body="""FARGO - The Fargo City Commission on Tuesday approved a $210 million budget for 2027 that includes $18 million for the last segment of the downtown flood wall. The property tax levy will rise 2.1 percent. Commissioners also approved two new snowplow routes for the city's fast-growing south side.""",
gold=[]),

dict(guid="wpnw-2026-132", pub="2026-09-23T07:30:00-07:00", title="Sahuarita bookkeeper's firm named top small business",
body="""SAHUARITA - Estrada Tax & Bookkeeping, a four-person Sahuarita firm, was named the town's small business of the year on Wednesday.

Founder Gloria Estrada opened the firm in 2015 in a storefront next to a laundromat. It now prepares returns for more than 1,200 families and runs free tax clinics in Spanish every spring. "Half my clients are my neighbors' parents," Estrada said.""",
gold=[("R103", "subject")]),
]
