"""WPQI NewsCenter 8 (invented TV station, Presque Isle, "The County's news"): local news web stories, HTML in
description, "PRESQUE ISLE, Maine (WPQI) -" datelines. Hand-labelled (gold beside each)."""

FEED = "tv"
ITEMS = [
dict(guid="pqi_wpqi-2026-0127-snowmobile", pub="2026-01-27T18:40:00-05:00", title="Bridgewater man dies in snowmobile crash near Ashland",
body="""ASHLAND, Maine (WPQI) - A Bridgewater man died Monday night after the snowmobile he was driving left ITS 85 and struck a tree about four miles west of Ashland, the Maine Warden Service said.

Wardens identified him as Kenneth Flewelling, 58. Riding companions called for help just after 9 p.m. Wardens said speed appears to have been a factor. It is the second snowmobile death in Aroostook County this season.""",
gold=[]),   # no client: Kenneth Flewelling of Bridgewater is not on the roster

dict(guid="pqi_wpqi-2026-0219-seedgrower", pub="2026-02-19T17:30:00-05:00", title="Mapleton grower named Maine Seed Potato Farmer of the Year",
body="""MAPLETON, Maine (WPQI) - Merrill Tarbell has been growing certified seed potatoes on the Chapman Road for 42 years. On Wednesday, the Maine Potato Board named him its Seed Potato Farmer of the Year.

Tarbell, who owns Tarbell Seed Farms with his wife, Joyce, ships seed to growers in eleven states and three countries. He was recognized for a virus-testing program he started on his own farm in 2009 that the state later adopted.

"Merrill was testing every lot before anyone told him to," said Galen Bither, who grows potatoes in Easton and sat on the selection committee. "He's the reason a lot of us still have customers in Florida." The award will be presented at the Maine Agricultural Trade Show in Augusta next month.""",
gold=[("PQI006", "subject")]),   # Galen Bither quoted: nothing

dict(guid="pqi_wpqi-2026-0305-washburnfire", pub="2026-03-05T21:15:00-05:00", title="Fire heavily damages Washburn small-engine shop",
body="""WASHBURN, Maine (WPQI) - Fire tore through the back of Hatheway Small Engine on Main Street in Washburn on Thursday afternoon, destroying the repair bay and most of the equipment inside.

Owner Renny Hatheway said he was at the parts counter when he smelled smoke. He got out unhurt. "I've got thirty snowblowers in there that belong to my neighbors," Hatheway said. "That's what I'm sick about."

Washburn Fire Chief Dale Beaulieu said crews from Presque Isle and Mapleton helped knock the fire down in about an hour. The cause is under investigation, but the chief said it does not appear suspicious.""",
gold=[("PQI010", "subject")]),

dict(guid="pqi_wpqi-2026-0326-spellingbee", pub="2026-03-26T18:10:00-04:00", title="Limestone eighth-grader wins Maine State Spelling Bee",
body="""AUGUSTA, Maine (WPQI) - Tessa Ladner of Limestone correctly spelled "sesquipedalian" on Saturday to win the Maine State Spelling Bee and a trip to the national bee in Washington.

Tessa, 13, an eighth-grader at Limestone Community School, is the daughter of Garnet and Rhonda Ladner. "She reads the dictionary at supper," her father said. She is the first Aroostook County champion since 2011.""",
gold=[]),   # PQI022 Garnet Ladner is do_not_contact: nothing

dict(guid="pqi_wpqi-2026-0420-icejam", pub="2026-04-20T07:05:00-04:00", title="Ice jam pushes St. John River into downtown Fort Kent",
body="""FORT KENT, Maine (WPQI) - An ice jam below the international bridge sent the St. John River over its banks early Monday, flooding parts of West Main Street and forcing the evacuation of about twenty homes near the Fish River mouth.

The town opened the Fort Kent Community High School gym as a shelter. "We heard it before we saw it - the ice groaning like an old barn," said Gigi Voisine, who walked down from Pleasant Street at dawn to watch the water climb the levee.

The National Weather Service in Caribou extended its flood warning downstream to Frenchville on Sunday night. Town manager Suzanne Cyr asked people to stay off Main Street and away from the riverbank.""",
gold=[]),   # Gigi Voisine quoted as an onlooker: nothing from this story (the flood warning covers her separately)

dict(guid="pqi_wpqi-2026-0528-vetclinic", pub="2026-05-28T17:45:00-04:00", title="Caribou veterinarian opens County's first large-animal hospital",
body="""CARIBOU, Maine (WPQI) - Dr. Ingrid Hagelin spent fifteen years driving to farms with her clinic in the back of a pickup. On Thursday she cut the ribbon on the Aroostook Large Animal Hospital on the Access Highway, with two surgery stalls, a hoof-care barn and room for a draft horse on the operating table.

"Farmers here have been hauling sick cows three hours to Bangor. Not anymore," Hagelin said.

Elof Landeen, who brought his two Belgian draft horses for the hospital's first appointments, said the stalls were "nicer than my kitchen." """,
gold=[("PQI021", "subject")]),   # Elof Landeen quoted: nothing

dict(guid="pqi_wpqi-2026-0715-hail", pub="2026-07-15T06:30:00-04:00", title="Hail and 70 mph gusts rake Presque Isle and Caribou",
body="""PRESQUE ISLE, Maine (WPQI) - A line of severe thunderstorms raced across central Aroostook County on Tuesday evening, dropping hail the size of golf balls in Presque Isle and knocking out power to more than 9,000 Versant customers.

"It sounded like somebody was throwing rocks at the house," said Tad Bubar, who watched the storm from his porch on Academy Street. Crews expected to restore most power by Wednesday afternoon. No injuries were reported.""",
gold=[]),   # Tad Bubar quoted as a witness: nothing from the story (the storm alert covers him)
]
