"""The Cedar-Knox Weekly News (Hartington and Crofton, Neb.): small-town weekly, plain text. Hand-labelled."""

FEED = "ckw"
ITEMS = [
dict(guid="ykn_ckw_2026_0128_02", pub="2026-01-28T08:00:00-06:00", title="Hochstein Implement marks 50 years in Wynot",
body="""WYNOT - Hochstein Implement will celebrate 50 years in business with an open house and free lunch on Saturday, Feb. 7, at its shop on Main Street.

Duane Hochstein, who owns the dealership, started sweeping the shop floor for his father at age 10, when the business sold and repaired tractors out of a former livery barn. Today it employs 14 people and serves farmers from Bow Valley to Obert.

"Dad always said you sell the first tractor and the service sells the second one," Hochstein said.""",
gold=[("YKN015", "subject")]),

dict(guid="ykn_ckw_2026_0311_04", pub="2026-03-11T08:00:00-05:00", title="Cedar Catholic's Lammers named Nebraska's rural teacher of the year",
body="""HARTINGTON - Kelsey Lammers, who teaches agricultural education and advises the FFA chapter at Cedar Catholic High School, has been named the 2026 Nebraska Rural Teacher of the Year.

Lammers, a Hartington native and a 2008 Cedar Catholic graduate, returned to her alma mater in 2014. Her chapter's meats judging team has won state three times in the last five years.

She will be honored at a banquet in Kearney next month.""",
gold=[("YKN022", "subject")]),

dict(guid="ykn_ckw_2026_0722_03", pub="2026-07-22T08:00:00-05:00", title="Cedar County Fair open class results",
body="""HARTINGTON - Nearly 600 open class entries filled the exhibit hall at the Cedar County Fair last week.

Judges for the baked goods and canning divisions were Evie Sudbeck of Hartington and Shirley Heine of Crofton. Quilts were judged by Mary Jo Kathol of Crofton.

Purple ribbons in baked goods went to Rita Becker, Bow Valley (kolaches); Jan Lammers, Hartington (cinnamon rolls); and Angela Arens, Fordyce (pie). Best of show in quilts went to Marlene Heimes of Coleridge.""",
gold=[]),

dict(guid="ykn_ckw_2026_0603_01", pub="2026-06-03T08:00:00-05:00", title="Arens retires after 35 years as county road superintendent",
body="""HARTINGTON - When Len Arens Jr. started with the Cedar County Roads Department in 1991, the county had 28 miles of paved road. When he retires June 30 as road superintendent, it will have 112.

The Cedar County Board of Commissioners honored Arens at its meeting Tuesday. Commissioners credited him with keeping county roads open through the blizzards of 1997, 2019 and this February.

Arens said he and his wife, Barbara, plan to spend more time at their cabin near Lewis and Clark Lake. A public coffee in his honor will be held June 26 at the courthouse.""",
gold=[("YKN008", "subject")]),

dict(guid="ykn_ckw_2026_0819_02", pub="2026-08-19T08:00:00-05:00", title="Pinkelman closes the book on 30 years at Hartington library",
body="""HARTINGTON - Carol Pinkelman has checked out her last book as director of the Hartington Public Library.

Pinkelman, who joined the library as a part-time clerk in 1996, retired Friday. Friends and patrons filled the reading room for cake and coffee. She said she had planned to retire this year with her husband, Rod, who died in March, and that the library's story-hour children "kept me going this spring."

The library board has named Kelsey Heimes of Coleridge as the new director.""",
gold=[("YKN005", "subject")]),
]
