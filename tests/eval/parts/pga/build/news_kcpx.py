"""KCPX 7 Canyon Country News (TV station site covering Kane County, Utah and northern Coconino County, Ariz.):
HTML descriptions. Hand-labelled."""

FEED = "kcpx"
ITEMS = [
dict(guid="pga_kcpx_2026_0117_fredonia-fire", pub="2026-01-17T18:40:00-07:00", title="Fredonia woman, 86, escapes chimney fire that gutted her home",
body="""FREDONIA, Ariz. - A retired Fredonia High School teacher escaped without injury Friday night when a chimney fire spread into the attic of her home on East Hortt Street.

Leontyne Marchbanks, 86, said she smelled smoke while reading and walked out the front door with her two cats. "I grabbed the cats and my grade book from 1974," she said. "Priorities."

Fredonia Fire Chief Dallin Spendlove said crews from Fredonia and Kanab had the fire out within an hour, but the roof and most of the interior are a loss. "She did everything right," Spendlove said. The Red Cross is helping Marchbanks with a place to stay.""",
gold=[("PGA011", "subject")]),

dict(guid="pga_kcpx_2026_0422_daisy-award", pub="2026-04-22T17:10:00-07:00", title="Page ER nurse wins statewide DAISY award",
body="""PAGE, Ariz. - An emergency-room nurse at Banner Page Hospital has been named Arizona's DAISY Nurse of the Year.

Shiloh Bitsuie, who grew up in Coppermine and has worked in the Page ER for nine years, was nominated by the family of a tour-boat passenger she kept alive for four hours during a 2025 dust storm that grounded the medical helicopter. "She never left his side, and she explained everything to us in plain words," the nomination read.

"This belongs to the whole night shift," Bitsuie said. Hospital CEO Ramona Keyes presented the award Tuesday.""",
gold=[("PGA015", "subject")]),

dict(guid="pga_kcpx_2026_0803_us89-rollover", pub="2026-08-03T21:25:00-06:00", title="Orderville man dies in US-89 rollover near Mount Carmel Junction",
body="""MOUNT CARMEL JUNCTION, Utah - A 76-year-old Orderville man died Monday afternoon when his pickup left U.S. 89 and rolled several times north of Mount Carmel Junction, the Utah Highway Patrol said.

Troopers identified the driver as Hyrum Esplin. He was pronounced dead at the scene. No other vehicles were involved, and troopers said a medical episode may have caused the crash.

"He was the kind of neighbor who showed up with a shovel before you called," said Kane County Commissioner Wade Heaps.""",
gold=[("PGA012", "possible_deceased_client")]),

dict(guid="pga_kcpx_2026_0814_kanab-flood", pub="2026-08-14T07:50:00-06:00", title="Kanab Creek crests after flash flood; crews clear mud from downtown streets",
body="""KANAB, Utah - City crews spent Thursday clearing mud and debris from 100 East and Center Street after a monsoon storm dropped nearly two inches of rain on the Vermilion Cliffs in under an hour Wednesday evening.

Kanab Creek rose more than six feet in twenty minutes. No injuries were reported. "We had storm drains full of tumbleweeds and sand," said City Councilman Garvin Pectol Jr., who toured the damage with public works staff. "Crews will be at it all week."

The National Weather Service had issued a flash flood warning for Kanab about half an hour before the water arrived.""",
gold=[]),

dict(guid="pga_kcpx_2026_0909_barrel-racing", pub="2026-09-09T18:05:00-07:00", title="LeChee teen takes junior barrel racing crown at Navajo Nation Fair",
body="""WINDOW ROCK, Ariz. - Sixteen-year-old Kaya Tsinnijinnie of LeChee won the junior barrel racing championship at the Navajo Nation Fair rodeo on Sunday, posting the fastest run of the week on a 14-year-old mare named Biscuit.

Kaya, a junior at Page High School, is the daughter of Darnell and Verna Tsinnijinnie. "My mom ran barrels and my grandpa trained horses, so I didn't have a choice," she joked. She qualifies for the Indian National Finals Rodeo in Las Vegas in November.""",
gold=[("PGA013", "parent_of_subject"), ("PGA014", "parent_of_subject")]),
]
