"""Channel 6 Action News Las Vegas (local TV station site): HTML descriptions. Hand-labelled."""

FEED = "ch6"
ITEMS = [
dict(guid="las_ch6_2026_10422", pub="2026-02-03T18:45:00-08:00", title="Family escapes as fire guts North Las Vegas home",
body="""NORTH LAS VEGAS - A family of five escaped without injury Tuesday afternoon after a fire tore through their home near Lone Mountain Road and Camino Al Norte.

Homeowner Ignacio de la Torre said his 12-year-old daughter smelled smoke coming from the garage and got her younger brothers out while he called 911. North Las Vegas Fire Department crews had the fire under control in 25 minutes, but the garage and kitchen were destroyed. Investigators believe a lithium battery charger started the blaze.

The American Red Cross is helping the de la Torre family with temporary housing. Neighbors have set up a fund at Nevada Credit Union.""",
gold=[("LAS014", "subject")]),

dict(guid="las_ch6_2026_10511", pub="2026-03-05T17:05:00-08:00", title="Retired judge who founded Las Vegas drug court receives State Bar's lifetime award",
body="""LAS VEGAS - Retired District Judge Wendell Bybee, who started Clark County's first drug court in 1992 with a borrowed courtroom and a $40,000 grant, received the State Bar of Nevada's Lifetime Achievement Award on Wednesday.

Judge Bybee, 85, served 24 years on the bench. More than 9,000 people have since graduated from the program he founded. "He treated every defendant like somebody's son," said Chief Judge Teresa Ochoa, who clerked for him.

Bybee lives in Summerlin with his wife, Ruth. He still teaches a Sunday School class in his ward.""",
gold=[("LAS019", "subject")]),

dict(guid="las_ch6_2026_10588", pub="2026-04-15T17:30:00-07:00", title="UMC trauma nurse honored with statewide nursing excellence award",
body="""LAS VEGAS - A trauma nurse at University Medical Center who organized a free blood-pressure clinic in her church's parking lot has been named Nevada's Nurse of the Year by the Nevada Nurses Foundation.

Jocelyn Macaraeg, a charge nurse in UMC's trauma intensive care unit, started the monthly clinic at St. Francis de Sales in 2022 after her uncle's untreated hypertension led to a stroke. Volunteers have since screened more than 3,000 people, many of them casino workers without a regular doctor.

"I grew up watching my titas work double shifts on the Strip," Macaraeg said. "They never had time to see a doctor. So we bring the doctor to the parking lot." """,
gold=[("LAS011", "subject")]),

dict(guid="las_ch6_2026_10703", pub="2026-05-28T22:10:00-07:00", title="St. George man arrested after high-speed chase on Las Vegas Boulevard",
body="""LAS VEGAS - A 19-year-old St. George, Utah, man was arrested early Thursday after leading Metro police on a chase from the south Strip to downtown, police said.

Brody Hafen of St. George faces charges of felony evading, reckless driving and possession of a stolen vehicle. No one was hurt. He was booked into the Clark County Detention Center.""",
gold=[]),  # crime story and a namesake elsewhere: nothing

dict(guid="las_ch6_2026_11019", pub="2026-08-15T19:20:00-07:00", title="Flash flooding swamps northwest valley streets, strands drivers",
body="""LAS VEGAS - A slow-moving thunderstorm dumped more than an inch of rain in 40 minutes on the northwest valley Saturday afternoon, turning Durango Drive and Buffalo Drive into rivers and stranding at least a dozen drivers.

"The water was up to my car doors in about five minutes," said Jocelyn Macaraeg, who was driving home from a shift when the storm hit. "I backed up and waited it out in a Smith's parking lot."

Clark County Fire Department crews performed four swift-water rescues near the Lone Mountain detention basin. No injuries were reported. The Regional Flood Control District said its basins worked as designed.""",
gold=[]),  # quoted bystander: nothing for the story (her weather row comes from the alert)
]
