"""NewsCenter 3 WHCT (Hartford TV station) local news site: HTML descriptions, short web-story style. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="hfd_whct-20260128-1102", pub="2026-01-28T18:20:00-05:00", title="Bristol family escapes overnight house fire",
body="""BRISTOL, Conn. (WHCT) - A Bristol couple and their teenage son escaped without injury early Wednesday when fire tore through their home on Federal Hill Road.

Firefighters said the blaze started in an attached garage at about 2 a.m. Mary Beth Sobczak told NewsCenter 3 that the family's smoke detectors woke them. "We grabbed Adam and the dog and ran," she said. "Everything else can be replaced."

Her husband, Greg, said the family is staying with relatives. The Red Cross is assisting. The fire marshal said the cause appears to be electrical.""",
gold=[("HFD004", "subject")]),

dict(guid="hfd_whct-20260215-0930", pub="2026-02-15T17:05:00-05:00", title="Hartford teen wins state poetry slam, heads to nationals",
body="""HARTFORD, Conn. (WHCT) - A Weaver High School junior is Connecticut's new Poetry Out Loud champion.

Keisha Campbell, 16, won the state final at the Hartford Stage on Saturday with a reading of Claude McKay and Lucille Clifton. She will represent Connecticut in Washington in April.

Her parents, Delroy and Marcia Campbell, watched from the front row. "She has been reciting since she was four," her father said. "Mostly to the dog." """,
gold=[("HFD012", "parent_of_subject"), ("HFD013", "parent_of_subject")]),

dict(guid="hfd_whct-20260303-1415", pub="2026-03-03T16:40:00-05:00", title="Bosnian community marks Independence Day at the State Capitol",
body="""HARTFORD, Conn. (WHCT) - Several hundred members of Greater Hartford's Bosnian community gathered at the State Capitol on Sunday to mark Bosnia and Herzegovina's Independence Day with flags, folk dancing and burek.

"Thirty years ago we came here with nothing," said Amra Begović of West Hartford, who helped organize the gathering. "Today our children are nurses and engineers. This is a day to say thank you to Connecticut."

Mayor Luis Cruz read a proclamation. The Hartford-area community numbers about 6,000.""",
gold=[]),

dict(guid="hfd_whct-20260614-2010", pub="2026-06-14T20:10:00-04:00", title="Franklin Avenue Italian Festival draws thousands",
body="""HARTFORD, Conn. (WHCT) - The smell of sausage and peppers filled the South End on Saturday as the Franklin Avenue Italian Festival returned for its 38th year.

Vendors reported brisk business despite the heat. The line at Lo Bianco's Pastry Shop stretched past the corner for most of the afternoon.

"I have come every year since I was a girl," said Rosemarie D'Angelo of Wethersfield, who grew up above her parents' cheese shop on the avenue. "My mother would be in the front of the line if she were here."

The festival continues Sunday with a procession from St. Augustine Church.""",
gold=[]),

dict(guid="hfd_whct-20260717-1850", pub="2026-07-17T18:50:00-04:00", title="Storm damage: trees down across Manchester and Glastonbury",
body="""MANCHESTER, Conn. (WHCT) - Crews worked into the evening Friday to clear trees and wires brought down when a line of severe thunderstorms raced across Manchester and Glastonbury.

Eversource said 9,000 customers lost power at the peak. On Center Street in Manchester a maple crushed two parked cars. "It sounded like a freight train," said neighbor Claudette Reid. "Then it was over in two minutes."

No injuries were reported.""",
gold=[]),

dict(guid="hfd_whct-20260805-1200", pub="2026-08-05T12:00:00-04:00", title="Bulkeley senior earns full scholarship to MIT",
body="""HARTFORD, Conn. (WHCT) - Bulkeley High School senior Hector Ortiz has earned a full scholarship to the Massachusetts Institute of Technology, the first student from his school to do so.

Ortiz, 17, built a robot that sorts recycling as part of the school's engineering club. He is the son of Luz and Rafael Ortiz of Hartford's South End and plans to study mechanical engineering.""",
gold=[]),
]
