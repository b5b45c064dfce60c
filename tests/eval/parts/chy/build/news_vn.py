"""Valley Neighbors (community weekly: Goshen and Platte counties, Carbon County and the Scottsbluff-Gering
area; schools, sports, milestones), teaser in description and HTML in content:encoded. Hand-labelled."""

FEED = "vn"
ITEMS = [
dict(guid="chy_vn_2026-0221-wrestling", pub="2026-02-23T08:00:00-07:00", title="Rawlins junior pins his way to a state title",
body="""CASPER - Rawlins High School junior Xabier Arambel won the Class 3A state championship at 152 pounds on Saturday, pinning Powell's Tate Lundgren in the second period of the final at the Ford Wyoming Center.

Arambel, the son of Pete and Ainhoa Arambel of Rawlins, finished the season 41-2. He is the first Outlaws state champion since 2017. "His grandfather herded sheep, his dad herded sheep, and Xabier pins people," said coach Rick Vigil. "It's the same stubbornness." """,
gold=[("CHY024", "parent_of_subject")]),

dict(guid="chy_vn_2026-0312-beets", pub="2026-03-12T08:00:00-06:00", title="Beet growers expect bigger contract acres this spring",
body="""TORRINGTON - Sugar-beet growers in Goshen County and the Nebraska Panhandle expect to plant about 6 percent more acres this spring after the growers' cooperative raised its contract price for the second year in a row.

"The price is finally catching up with the cost of fuel and fertilizer," said Dean Kuxhausen, who grows 400 acres of beets near Veteran and chairs the Goshen County growers' association. Planting usually starts in mid-April, depending on soil temperature.""",
gold=[]),

dict(guid="chy_vn_2026-0409-4h", pub="2026-04-09T08:00:00-06:00", title="Torrington's 'Kuchen Lady' named lifetime 4-H leader",
body="""TORRINGTON - For 41 years, every Goshen County 4-H member who took a baking project has had to get past Mary Jo Trautwein.

The University of Wyoming Extension named Trautwein its 2026 Lifetime 4-H Leader for the state on Saturday. She has led the Prairie Pioneers club since 1985, judged baking at three state fairs and taught, by her count, more than 900 children to make a proper kuchen dough.

"The secret is patience and real butter," she said. "Mostly butter." """,
gold=[("CHY008", "subject")]),

dict(guid="chy_vn_2026-0507-donors", pub="2026-05-07T08:00:00-06:00", title="Library foundation thanks donors to Cheyenne bookmobile drive",
body="""CHEYENNE - The Laramie County Library Foundation has raised $212,000 for a new bookmobile to serve Burns, Carpenter, Albin and Pine Bluffs, beating its goal by $12,000.

The foundation thanks the following donors of $1,000 or more: the Dinneen Family Foundation, High Plains Federal Credit Union, Gordon Fairbanks, Jose Luis and Lola Ramirez, Anna Marie and Eloy Lucero, Ken and Gail Schreiner, the Laramie County Cowbelles and Frontier Rotary. The bookmobile goes into service in September.""",
gold=[]),

dict(guid="chy_vn_2026-0618-holloway", pub="2026-06-18T08:00:00-06:00", title="Billings cowboy wins saddle bronc at Guernsey rodeo",
body="""GUERNSEY - Garrett Holloway, 19, of Billings, Mont., won the saddle bronc riding Saturday at the Guernsey Old Fashioned Rodeo with an 84-point ride on a horse called Sugar Daddy.

Holloway, a freshman on the Montana State University rodeo team, said it was his first professional check. Wheatland's Brody Cole placed second in tie-down roping.""",
gold=[]),

dict(guid="chy_vn_2026-0813-engagement", pub="2026-08-13T08:00:00-06:00", title="Engagement: Schreiner - Delgado",
body="""Ken and Gail Schreiner of Cheyenne are pleased to announce the engagement of their daughter, Brooke Schreiner, to Andres Delgado, son of Ruben and Elena Delgado of Laramie.

Brooke is a 2019 graduate of Cheyenne East High School and a 2023 graduate of the University of Wyoming. She is a nurse at Cheyenne Regional Medical Center. Andres is a graduate of Laramie High School and the University of Wyoming and works as a civil engineer for the Wyoming Department of Transportation. A June 2027 wedding is planned at Vedauwoo.""",
gold=[("CHY019", "parent_of_subject")]),

dict(guid="chy_vn_2026-1111-swim", pub="2026-11-12T08:00:00-07:00", title="Cheyenne East sophomore sets state record in the 100 fly",
body="""LARAMIE - Cheyenne East sophomore Ava Whitfield set a Class 4A state record in the 100-yard butterfly on Saturday at the state girls' swimming and diving championships at the University of Wyoming's Corbett Pool, touching in 55.41.

Whitfield, the daughter of Lt. Col. Marcus and Danielle Whitfield of Cheyenne, also swam on the Thunderbirds' winning 200 medley relay. She moved to Cheyenne two years ago when her father was assigned to F.E. Warren Air Force Base, and she dedicated the swim to her grandfather, a retired Air Force chief master sergeant who died in August.""",
gold=[("CHY009", "parent_of_subject"), ("CHY010", "parent_of_subject")]),
]
