"""WLCW Lowcountry 7 (Charleston TV station site): HTML descriptions, short web-story style. Hand-labelled."""

ITEMS = [
dict(guid="chs_wlcw_story_20260127_1140", pub="2026-01-27T17:45:00-05:00", title="Johns Island woman, 84, escapes fire that destroyed her home",
body="""JOHNS ISLAND, S.C. (WLCW) - An 84-year-old Johns Island woman is safe after a fire destroyed her home on River Road early Tuesday morning.

Odessa Ladson told Lowcountry 7 that her grandson, who was staying with her, woke her at about 4 a.m. and carried her out the back door. "Everything I had is gone but my Bible and my family," she said. "And my family is what counts."

St. Johns Fire District officials said the fire started in a space heater in the living room. Members of Wesley United Methodist Church are collecting clothes and household goods for the family.""",
gold=[("CHS003", "subject")]),

dict(guid="chs_wlcw_story_20260311_1302", pub="2026-03-11T18:20:00-04:00", title="Summerville man charged after crash on Highway 17A",
body="""SUMMERVILLE, S.C. (WLCW) - A Summerville man faces a DUI charge after a two-car crash on Highway 17A on Tuesday night, police said.

Patrick Aaron O'Neill, 31, of Summerville, was booked into the Dorchester County Detention Center. The driver of the other car was treated for minor injuries at Summerville Medical Center and released.""",
gold=[]),

dict(guid="chs_wlcw_story_20260424_1411", pub="2026-04-24T19:05:00-04:00", title="Wando High junior's robot headed to world championship",
body="""MOUNT PLEASANT, S.C. (WLCW) - A Wando High School junior's underwater robot is headed to the world championship in Houston after winning the Southeast regional this weekend.

Noah Mordecai, 16, spent eight months building the remotely operated vehicle in his parents' garage. It collected oyster-reef samples faster than any of the other 38 entries.

His parents, Ben and Sarah Mordecai, said the garage is "mostly wires now." Noah hopes to study ocean engineering at the College of Charleston or Clemson.""",
gold=[("CHS009", "parent_of_subject"), ("CHS010", "parent_of_subject")]),

dict(guid="chs_wlcw_story_20260612_1525", pub="2026-06-12T12:30:00-04:00", title="Retired cardiologist receives Order of the Palmetto",
body="""CHARLESTON, S.C. (WLCW) - Gov. Henry McMaster on Thursday awarded the Order of the Palmetto, the state's highest civilian honor, to a Charleston cardiologist who spent four decades bringing heart screening to rural Lowcountry churches.

Dr. Henry Laurens de Saussure, 79, founded the Sea Islands Heart Project in 1987. Its volunteers have screened more than 60,000 people in Charleston, Colleton and Beaufort counties. "I only ever went where I was asked," Dr. de Saussure said.""",
gold=[("CHS012", "subject")]),

dict(guid="chs_wlcw_story_20260925_1650", pub="2026-09-25T18:00:00-04:00", title="Peninsula residents sandbag ahead of king tide, heavy rain",
body="""CHARLESTON, S.C. (WLCW) - Residents of the lower peninsula spent Friday filling sandbags at the city's Fishburne Street site ahead of a king tide and the heavy rain forecast for the weekend.

"You learn to read the moon down here," said Bobby Kinloch, who has lived on Church Street since 1979 and stacked bags across his garden gate. The city has closed parts of Lockwood Drive and Calhoun Street in advance.""",
gold=[]),

dict(guid="chs_wlcw_story_20261019_1733", pub="2026-10-19T21:10:00-04:00", title="Boston firefighter honored for rescue",
body="""BOSTON (WLCW/CNN) - A Boston firefighter who pulled two children from a burning triple-decker in Dorchester was honored by the city on Monday.

Lt. Patrick O'Neill, 44, of Boston Fire Department Ladder 7, received the department's Medal of Valor. "The kids did the hard part," O'Neill said. "They stayed by the window." """,
gold=[]),
]
