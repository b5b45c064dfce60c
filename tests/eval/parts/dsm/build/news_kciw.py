"""Central Iowa News 7 (KCIW-TV) local news: TV station site, HTML descriptions. Hand-labelled (gold=[...])."""

FEED = "kciw"
ITEMS = [
dict(guid="dsm_kciw_news_48213", pub="2026-02-03T18:45:00-06:00", title="Ankeny family safe after fire guts their home",
body="""ANKENY, Iowa - An Ankeny couple and their two grandchildren escaped without injury early Tuesday after a fire spread from an attached garage into their home on Northeast Delaware Avenue.

Sam and Vanh Phanthavong told News 7 their smoke detector woke them shortly after 3 a.m. "We just grabbed the kids and ran," Vanh Phanthavong said. "Everything else is things."

Ankeny Fire Chief Jim Ferris said the fire appears to have started with a space heater in the garage. The house is a total loss. The Red Cross is helping the family, and a fundraiser has been organized by members of Wat Lao Buddhavong.""",
gold=[("D012", "subject"), ("D013", "subject")]),

dict(guid="dsm_kciw_news_48877", pub="2026-03-24T17:30:00-05:00", title="Urbandale senior earns appointment to Air Force Academy",
body="""URBANDALE, Iowa - An Urbandale High School senior who taught himself to fly radio-controlled planes before he could ride a bike will report to the U.S. Air Force Academy this summer.

Adnan Hadžić, 18, received his appointment letter Monday, nominated by Rep. Zach Nunn's office. He is the son of Emir and Amra Hadžić of Urbandale, who came to Iowa as refugees from Bosnia in the 1990s.

"My parents came here with nothing, and now their son gets to serve this country," Adnan said. "That's the whole story, really.\"""",
gold=[("D005", "parent_of_subject"), ("D006", "parent_of_subject")]),

dict(guid="dsm_kciw_news_49120", pub="2026-04-15T17:00:00-05:00", title="Tai Dam elder honored with Governor's Volunteer Award",
body="""DES MOINES, Iowa - For almost fifty years, Lanh Deo has met newcomers at the airport, filled out their forms and shown them where the bus stops. On Tuesday, the state noticed.

Deo, 75, was one of twelve Iowans to receive the Governor's Volunteer Award at a ceremony at the Capitol. He arrived in Des Moines in 1975 as part of the Tai Dam resettlement and has volunteered with the Tai Dam Association and the Bureau of Refugee Services ever since.

"Iowa opened the door for us," Deo said. "Somebody has to keep holding it.\"""",
gold=[("D014", "subject")]),

dict(guid="dsm_kciw_news_49544", pub="2026-05-22T18:10:00-05:00", title="Lincoln High's Mary Beth Scavo named Iowa Teacher of the Year",
body="""DES MOINES, Iowa - A Lincoln High School chemistry teacher whose students have won the state science fair four years running has been named the 2027 Iowa Teacher of the Year.

Mary Beth Scavo, who has taught at Lincoln for 29 years, was surprised with the award during a school assembly Friday. She will spend next year traveling the state as an ambassador for the profession.

"I grew up three blocks from this building," Scavo said. "I never really left.\"""",
gold=[("D011", "subject")]),

dict(guid="dsm_kciw_news_49802", pub="2026-06-15T22:05:00-05:00", title="South Side Italian festival returns after two-year pause",
body="""DES MOINES, Iowa - Thousands packed the blocks around St. Anthony's Catholic Church this weekend as the South Side Italian Heritage Festival returned after a two-year absence.

Organizers said the bocce tournament drew 48 teams, and the cannoli ran out by 4 p.m. Saturday. "My grandmother would have been here at 7 a.m. to set up," said Dominic Bruno, who has volunteered at every festival since 1978.

The festival's return was funded by neighborhood donors, including Vince and Rosemary D'Amato, the Mauro family and the Sons of Italy lodge.""",
gold=[]),

dict(guid="dsm_kciw_news_50217", pub="2026-07-20T17:40:00-05:00", title="Davenport golfer wins Iowa Amateur at Wakonda",
body="""DES MOINES, Iowa - Bradley Sorensen of Davenport won the Iowa Amateur Championship on Sunday at Wakonda Club, closing with a 68 to win by three strokes.

Sorensen, 19, plays for the University of Iowa and said he will try to qualify for the U.S. Amateur next month. "I've been coming here since I was twelve and losing," he said. "It feels good to stop.\"""",
gold=[]),

dict(guid="dsm_kciw_news_50688", pub="2026-08-30T12:15:00-05:00", title="Johnston church organist retires after 50 years at the bench",
body="""JOHNSTON, Iowa - Anna Marie Nygaard played her first service at Lord of Life Lutheran Church when the congregation still met in a school gym. On Sunday, fifty years later, she played her last.

Nygaard, 78, retired as the church's organist with a final hymn sing attended by more than 400 people, including several former choir members who flew in from out of state.

"I told them I'd stay until they found somebody better," she said. "They stopped looking around 1985.\"""",
gold=[("D017", "subject")]),
]
