"""Lakeshore Neighbors (invented community paper: schools, churches, milestones, engagements, sports for
Muskegon, Grand Haven/Spring Lake and the White Lake area): teaser in description, HTML in content:encoded.
Hand-labelled."""

FEED = "ln"
ITEMS = [
dict(guid="mkg_ln-2026-0044", pub="2026-02-12T08:00:00-05:00", title="Heights educator heads to Muskegon Area Educators Hall of Fame",
body="""MUSKEGON HEIGHTS - For 34 years, Lorraine Threadgill taught English at Muskegon Heights High School, and for 34 years her students read Toni Morrison, wrote a letter to their future selves and recited a poem in front of the whole school.

On Thursday, the Muskegon Area Educators Hall of Fame announced that Threadgill, who retired in 2018, will be inducted with four other teachers at a banquet in April. "Half the people who run this town had Mrs. Threadgill," said former student and city council member Andre Dixon.""",
gold=[("MKG005", "subject")]),

dict(guid="mkg_ln-2026-0061", pub="2026-03-19T08:00:00-04:00", title="Engagement: Tollefsrud - Lisowski",
body="""WHITEHALL - Dennis and Carla Tollefsrud of Whitehall announce the engagement of their daughter, Brianna Tollefsrud, to Connor Lisowski, son of Dolores Lisowski and the late Edward Lisowski of Muskegon.

The bride-elect, a 2012 graduate of Whitehall High School and Grand Valley State University, is a physical therapist at Mercy Health in Muskegon. Her fiancé is an electrician with IBEW Local 275. A June 2027 wedding is planned at Our Savior's Lutheran Church in Whitehall.""",
gold=[("MKG022", "subject")]),

dict(guid="mkg_ln-2026-0088", pub="2026-04-30T08:00:00-04:00", title="Posthumous honor for Heights church mother",
body="""MUSKEGON HEIGHTS - The late Mother Eula Mae Threadgill, who cooked Sunday dinner for anyone who came to the back door of True Light Missionary Baptist Church for seventy years, was honored Saturday with the Heights Community Council's Lifetime of Service award.

Accepting the plaque was her granddaughter, Monique Pettaway of Muskegon, who read from a recipe card in her grandmother's handwriting. The council also honored the Heights Fire Department's volunteer cadet program.""",
gold=[]),

dict(guid="mkg_ln-2026-0104", pub="2026-05-28T08:00:00-04:00", title="Heights sprinter wins state 400 title",
body="""KENTWOOD - Muskegon Heights Academy junior Aaliyah Pettaway won the Division 3 girls 400 meters at the state finals Saturday in a school-record 55.41 seconds.

Pettaway, the daughter of Darnell and Monique Pettaway of Muskegon, also anchored the second-place 4x400 relay. "My dad ran the 200 here when he was in school. He still says he was faster," she said, laughing.""",
gold=[("MKG006", "parent_of_subject"), ("MKG007", "parent_of_subject")]),

dict(guid="mkg_ln-2026-0119", pub="2026-07-09T08:00:00-04:00", title="Grand Haven native named chief of cardiology",
body="""GRAND HAVEN - Dr. Katrien Van't Hof, a 2007 graduate of Grand Haven High School, has been named chief of cardiology at Corewell Health's Meijer Heart Center in Grand Rapids.

Van't Hof, the daughter of Pete and Ellen Van't Hof of Grand Haven, earned her medical degree at Michigan State and trained at the Cleveland Clinic. She led the heart center's structural heart program for six years.""",
gold=[("MKG013", "parent_of_subject"), ("MKG014", "parent_of_subject")]),

dict(guid="mkg_ln-2026-0127", pub="2026-07-23T08:00:00-04:00", title="Friends of Hackley Library thank summer reading sponsors",
body="""MUSKEGON - The Friends of Hackley Public Library thank the sponsors who made this summer's reading program possible for 1,900 children: Port City Castings, the Lakeside Coney Island, Panadería Rosa Elena, Harbor Hospice, Margie and Hank Roelofsma, Ellen Van't Hof, Erik and Mary Jo Lindskog, and the Muskegon Rotary Club. Books will be given out at the finale party on August 8.""",
gold=[]),

dict(guid="mkg_ln-2026-0140", pub="2026-08-20T08:00:00-04:00", title="St. Michael's names Dottie Wojtalik Parishioner of the Year",
body="""MUSKEGON - For 60 years, if there were pierogi at St. Michael's, Dottie Wojtalik had a hand in them - usually both hands, floured to the elbow.

The parish named Wojtalik, 80, its Parishioner of the Year on Sunday. She has run the Friday pierogi kitchen since 1994 and this spring, months after the death of her husband, Stan, she trained twelve new volunteers to take it over. "She taught me to pinch the edges so they don't open in the water," said longtime friend Bernice Przybylski of Whitehall. Wojtalik will be honored at the parish festival on September 12.""",
gold=[("MKG004", "subject")]),
]
