"""Yuma Valley Business Weekly (invented): business news, plain text. Hand-labelled (gold=[(client_id, role)])."""

FEED = "yvbw"
ITEMS = [
dict(guid="yum_yvbw_2026_0114", pub="2026-01-14T06:00:00-07:00", title="Arroyo Verde Produce opens $14 million cooling plant as winter lettuce peaks",
body="""YUMA - Arroyo Verde Produce cut the ribbon Monday on a 60,000-square-foot vacuum-cooling and packing plant on County 14th Street, the largest new agricultural building in the Yuma Valley in a decade.

The plant can cool 40 truckloads of iceberg and romaine a day, bringing field heat out of the lettuce within an hour of harvest. Arroyo Verde, a family company founded in Salinas in 1962, has grown winter vegetables in Yuma since 1987 and employs about 900 people at the peak of the season.

"Twenty years ago we hauled it to Salinas to cool it," said Rigo Valdespino, a crew foreman from Somerton who has worked the winter harvest for forty years. "Now the lettuce gets cold before my coffee does."

The company said it will add 60 year-round jobs.""",
gold=[]),

dict(guid="yum_yvbw_2026_0318", pub="2026-03-18T06:00:00-07:00", title="Date shakes and pie: Ocheltree opens bakery in the old Sanguinetti building",
body="""YUMA - The Medjool date, Yuma's other crop, has a new shrine downtown.

Priscilla Ocheltree opened Ocheltree's Date Shake & Pie Co. on Saturday in the ground floor of the restored 1911 building at Main Street and 3rd Street. The menu is short: date shakes, date-pecan pie, lemon meringue made with Yuma lemons, and coffee. Ocheltree, a former accountant for the Yuma County school superintendent's office, spent two years perfecting the shake.

"I did the math on every recipe, so at least I know exactly how much money I'm losing," she said.

The line on opening day stretched past the Yuma Art Center. "I've had date shakes from here to Indio and this one is the best," said customer Des O'Halloran, who waited forty minutes.""",
gold=[("YUM017", "subject")]),

dict(guid="yum_yvbw_2026_0422", pub="2026-04-22T06:00:00-07:00", title="Desert Regional Health names Dimaculangan chief nursing officer",
body="""YUMA - Desert Regional Health has promoted Rowena Dimaculangan, R.N., to chief nursing officer, the hospital system said Tuesday. She will oversee 1,100 nurses at its Yuma hospital and three clinics in Somerton, San Luis and Wellton.

Dimaculangan, who trained as a nurse in Manila and came to Yuma in 2003, has been director of critical care since 2017. Colleagues know her as "Weng," and she is known across the hospital for a night-shift habit of bringing homemade lumpia to whichever unit is having the hardest week.

She succeeds Carol Ashworth, who retired in March.""",
gold=[("YUM018", "subject")]),

dict(guid="yum_yvbw_2026_0513", pub="2026-05-13T06:00:00-07:00", title="Tucson broker Threlkeld to lead state Realtors",
body="""PHOENIX - JoAnn Threlkeld, 44, a broker with Saguaro Crest Realty in Tucson's Catalina Foothills, was elected 2027 president of the Arizona Association of Realtors at the group's spring meeting.

Threlkeld said she would press for more starter homes across the state, including in Yuma County, where she noted the median home price rose 9 percent last year. Yuma Realtors president Guillermo Ashcroft said the local board welcomed the attention.""",
gold=[]),

dict(guid="yum_yvbw_2026_0610", pub="2026-06-10T06:00:00-07:00", title="O'Halloran retires after 14 years at river economic alliance",
body="""YUMA - Desmond "Des" O'Halloran, the retired Marine colonel who has led the Lower Colorado River Economic Alliance since 2012, will retire June 30, the alliance's board announced.

O'Halloran came to Yuma as executive officer of Marine Aviation Weapons and Tactics Squadron One and stayed after his Marine career ended. At the alliance he recruited the Arroyo Verde cooling plant and two aerospace test firms and lobbied for a second commercial port of entry at San Luis.

"The job was never about me," O'Halloran said. "It was about getting people to see Yuma as something other than a gas stop between Phoenix and San Diego."

The board has named deputy director Marisela Gutiérrez as interim director.""",
gold=[("YUM010", "subject")]),
]
