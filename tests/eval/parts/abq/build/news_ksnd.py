"""KSND 7 News (Albuquerque TV station): short web stories, HTML descriptions. Hand-labelled."""

FEED = "ksnd"
ITEMS = [
dict(guid="abq_ksnd_story_20260210_0311", pub="2026-02-10T18:20:00-07:00", title="Isleta teacher retires after 32 years of teaching Tiwa and science",
body="""ISLETA PUEBLO, N.M. (KSND) - Students at Isleta Elementary lined the hallway Tuesday to say goodbye to Virgil Lente, who is retiring after 32 years in the classroom.

Lente taught fifth-grade science and, for the last 15 years, an after-school Tiwa language class that now has a waiting list. "The language is the science of this place," Lente said. "The river, the corn, the seasons, it's all in there."

His wife, Tina, and their grandchildren were in the crowd. The pueblo's governor presented him with a Pendleton blanket.""",
gold=[("ABQ007", "subject")]),

dict(guid="abq_ksnd_story_20260605_0588", pub="2026-06-05T21:10:00-06:00", title="Cibola High valedictorian headed to MIT on full scholarship",
body="""ALBUQUERQUE (KSND) - Cibola High School's valedictorian is trading the West Mesa for Cambridge, Massachusetts.

Marisol Trujillo, 18, finished with a 4.6 GPA, captained the robotics team to a state title and will study aerospace engineering at MIT on a full scholarship. She gave the valedictory address at Thursday's commencement at the Pit.

Her parents, Ray and Vangie Trujillo, said she built her first rocket in their Westside backyard at age nine. "The neighbors got used to it," Vangie Trujillo said.""",
gold=[("ABQ021", "parent_of_subject"), ("ABQ020", "parent_of_subject")]),

dict(guid="abq_ksnd_story_20260628_0640", pub="2026-06-28T17:45:00-06:00", title="Balloon Fiesta honors 40-year volunteers ahead of October event",
body="""ALBUQUERQUE (KSND) - The Albuquerque International Balloon Fiesta on Saturday honored volunteers who have worked every Fiesta for 40 years or more.

The honorees include chase-crew chiefs, launch directors ("zebras") and concession workers. Among those recognized were Angie Sisneros, Brosie Gurulé, Toby Jojola, Harold Finch, Maxine Tapia and Lorraine Begay. Each received a commemorative pin and a seat at the pilots' breakfast.

The 55th Balloon Fiesta runs October 3 through 11 at Balloon Fiesta Park.""",
gold=[]),

dict(guid="abq_ksnd_story_20260723_0702", pub="2026-07-23T19:30:00-06:00", title="Arroyo floods Rio Rancho homes after monsoon downpour",
body="""RIO RANCHO, N.M. (KSND) - Residents of a Northern Meadows street spent Thursday shoveling mud after an arroyo overtopped during Wednesday evening's monsoon storm.

Darrell Yellowhorse said about a foot of water poured through his garage and into his living room on Pinon Ridge Drive NE. "It came down the street like a river," he said. "I had about two minutes." Rio Rancho officials said at least five homes had water damage.

City crews are clearing debris from the storm drains. Residents can request sandbags at the Public Works yard.""",
gold=[("ABQ016", "subject")]),
]
