"""KSWY 13 News (invented Yuma TV station): local news site, HTML descriptions. Hand-labelled."""

FEED = "kswy"
ITEMS = [
dict(guid="yum_kswy_2026_02_0931", pub="2026-02-09T18:30:00-07:00", title="Fire guts kitchen of longtime Yuma couple's home",
body="""YUMA - A couple who have lived on South 5th Avenue for more than forty years escaped without injury Sunday night when a fire started in their kitchen.

Fidencio and Consuelo De la Ossa told KSWY 13 they smelled smoke shortly after 9 p.m. and found the kitchen in flames. Yuma Fire Department crews had the fire out in twenty minutes, but the kitchen was destroyed and the rest of the house has smoke damage. The Red Cross is helping the couple with a place to stay.

"They're the kind of people who bring you tamales at Christmas whether you want them or not," said neighbor Priscilla Ocheltree, who called 911. "Now it's our turn."

Investigators believe the fire was caused by an electrical fault in an old refrigerator.""",
gold=[("YUM008", "subject"), ("YUM009", "subject")]),

dict(guid="yum_kswy_2026_04_1107", pub="2026-04-07T17:45:00-07:00", title="San Luis High senior named Flinn Scholar, first from her school",
body="""SAN LUIS - Itzel Zatarain, a senior at San Luis High School, has been named a Flinn Scholar, the first student from her school ever to win the prestigious full scholarship to an Arizona university.

Itzel, the daughter of Heriberto and Cris Zatarain of San Luis, plans to study chemical engineering at Arizona State. She is the class valedictorian and captain of the school's science olympiad team, and she works weekends at her grandmother's tortilleria.

"She did her homework in the tortilleria since she was six," her mother said. "The tortillas paid for this."

The Flinn Foundation selects twenty scholars a year from across Arizona.""",
gold=[("YUM007", "parent_of_subject")]),

dict(guid="yum_kswy_2026_06_1223", pub="2026-06-23T16:10:00-07:00", title="Yuma hits 118 degrees as heat wave settles over the desert",
body="""YUMA - The thermometer at the Yuma airport reached 118 degrees Monday afternoon, one degree short of the June record, and forecasters say the heat will hang on through the weekend.

Cooling centers are open at the Yuma Main Library and the Somerton and Wellton community centers. Farm crews in the melon fields near Wellton started at 3 a.m. and quit before noon.

"You don't fight it, you get up earlier than it does," said Orv Hackbarth, who has farmed near Wellton for fifty years. "I've been getting up earlier than it does since 1975."

Yuma Regional Medical Center said it treated eleven people for heat illness over the weekend.""",
gold=[]),

dict(guid="yum_kswy_2026_07_1408", pub="2026-07-14T19:05:00-07:00", title="Boy, 9, pulled from canal in east Yuma; family thanks neighbor",
body="""YUMA - A nine-year-old boy is recovering at Yuma Regional Medical Center after he slipped into the East Main Canal while chasing a ball Sunday evening.

Santiago Ibarrola, the son of Teo and Yesenia Ibarrola of east Yuma, was swept about two hundred feet before a neighbor, Border Patrol agent Marco Sedano, jumped in and pulled him to the bank. Santiago was flown to Phoenix Children's Hospital overnight for observation and was moved back to Yuma on Monday.

"We don't have words for what Marco did," Yesenia Ibarrola said. "We just have a lot of prayers and a very grounded little boy."

Yuma police and the irrigation district reminded families that canal currents are much faster than they look.""",
gold=[("YUM014", "subject"), ("YUM015", "subject")]),

dict(guid="yum_kswy_2026_08_1520", pub="2026-08-18T07:20:00-07:00", title="Monsoon storm snaps power poles and trees across the Foothills",
body="""FORTUNA FOOTHILLS - Crews from Arizona Public Service worked through the night to restore power to about 4,200 customers in the Foothills after a monsoon thunderstorm with 70 mph gusts tore through Monday evening.

The storm snapped eleven power poles along Foothills Boulevard and toppled dozens of palo verde and mesquite trees. No injuries were reported.

"It sounded like a freight train and then it was over," said JoAnn Threlkeld, who watched from her front window as a tree across the street came down on a neighbor's carport. "Ten minutes, start to finish."

APS said most customers should have power back by Tuesday afternoon.""",
gold=[]),
]
