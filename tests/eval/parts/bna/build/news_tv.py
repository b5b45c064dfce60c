"""WCMT NewsChannel 6 Nashville - local news, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="bna_wcmt_2026_10455", pub="2026-02-19T21:40:00-06:00", title="Smyrna family escapes overnight house fire",
body="""SMYRNA, Tenn. (WCMT) - A Smyrna family of five is safe after a fire tore through their home on Hazelwood Drive early Thursday.

Smyrna Fire Department crews were called just after 2 a.m. and found heavy smoke coming from the garage. Karwan Sindi said a smoke alarm woke him and he got his wife and three children out through the front door in their pajamas. "We lost the house, but I have everybody," Sindi said. "That is the only thing."

Investigators believe the fire started in a space heater. The American Red Cross is helping the family, and friends from the Kurdish community have set up a fund at Harpeth Community Bank.""",
gold=[("BNA009", "subject")]),

dict(guid="bna_wcmt_2026_10891", pub="2026-04-15T18:10:00-05:00", title="Confirmed EF-1 tornado damaged barns, roofs east of Gallatin",
body="""GALLATIN, Tenn. (WCMT) - The National Weather Service confirmed Wednesday that an EF-1 tornado with winds near 100 mph touched down east of Gallatin late Tuesday night, damaging two barns, several roofs and dozens of trees along Hartsville Pike.

No one was hurt. "It sounded like a train and then it was just over," said neighbor Mary Beth Lannom, whose home lost some shingles and a carport. Sumner County Emergency Management said crews expected to have the last roads cleared by Thursday.""",
gold=[]),
# BNA019 quoted as a neighbor in the storm clean-up story: nothing for the story (weather labels are separate).

dict(guid="bna_wcmt_2026_11320", pub="2026-07-08T17:45:00-05:00", title="Memphis-Shelby County Schools names new Whitehaven High principal",
body="""MEMPHIS, Tenn. (WCMT) - Memphis-Shelby County Schools has named Terrence Fite, a 20-year veteran of the district, as principal of Whitehaven High School. Fite, 44, has been an assistant principal at Ridgeway High since 2019.""",
gold=[]),
# decoy: namesake of BNA013 (Nashville, b. 1961) in Memphis, 44 years old: nothing.

dict(guid="bna_wcmt_2026_11902", pub="2026-10-04T22:15:00-05:00", title="Fiddler Candy Roux, steel man Hank Mabry among Session Musicians Hall of Fame inductees",
body="""NASHVILLE (WCMT) - Fiddler Candy Roux, whose fiddle opens some of the best-known country records of the 1990s, was inducted into the Nashville Session Musicians Hall of Fame on Saturday night at a ceremony at the Schermerhorn.

Roux, who was born Candace Lavergne in Opelousas, La., and now lives on a small horse farm outside Franklin, played on more than 1,100 sessions. "My mama drove me to every Cajun dance in St. Landry Parish so I could sit in," she said, holding up the plaque. "She would've liked this."

The late pedal steel player Hank Mabry, who died in September, was inducted posthumously. His widow, Lorene Mabry, accepted the award. Bassist Del Van Hooser, who played with Mabry on hundreds of sessions, called him "the most patient man who ever sat behind a steel."

Other inductees included the late engineer Bob Ruddell and the Skyline Strings.""",
gold=[("BNA003", "subject")]),
# BNA003: subject (stage name, legal name given, Franklin). BNA002 accepts her late husband's honour: nothing.
# BNA024 quoted: nothing. BNA001 is deceased: nothing.

dict(guid="bna_wcmt_2026_12040", pub="2026-10-28T06:20:00-05:00", title="I-24 lane closures through Smyrna start Monday",
body="""SMYRNA, Tenn. (WCMT) - TDOT crews will close one lane of Interstate 24 in each direction between Sam Ridley Parkway and Almaville Road overnight for six weeks starting Monday for resurfacing. Drivers should expect delays between 8 p.m. and 5 a.m.""",
gold=[]),
]
