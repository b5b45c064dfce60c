"""KFCT First City 4 (Ketchikan TV station site, invented): local news, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="ket_tv_20260114_0101", pub="2026-01-14T18:20:00-09:00", title="Family escapes as fire guts Tongass Avenue home",
body="""KETCHIKAN (KFCT) - A Ketchikan couple and their dog escaped without injury early Wednesday when fire swept through their home on Tongass Avenue near the Bar Harbor boat ramp.

Ruben and Francine Arriola woke to smoke alarms shortly after 3 a.m. Ketchikan Fire Department crews arrived within six minutes, but the two-story house is a total loss, Fire Chief Dennis Kuhl said. The cause is under investigation.

Neighbors have set up a fund at Tongass Federal Credit Union. "We got out with our dog and our phones," Francine Arriola said. "Everything else is just stuff." """,
gold=[("KET019", "subject"), ("KET018", "subject")]),

dict(guid="ket_tv_20260206_0114", pub="2026-02-06T17:45:00-09:00", title="Ferry cuts leave Ketchikan riders scrambling",
body="""KETCHIKAN (KFCT) - The Alaska Marine Highway's reduced winter schedule means only one southbound sailing a week out of Ketchikan through April, and riders say it is already hurting.

"My sister is in the hospital in Bellingham and I can't get to her until next Thursday," said Mary Lou Nahkeena, who waited at the terminal Thursday morning. Borough Mayor Adam Kessler said the assembly will send a letter to Juneau.""",
gold=[]),

dict(guid="ket_tv_20260318_0131", pub="2026-03-18T19:05:00-08:00", title="Metlakatla's Kaylee Ryesdale named Class 2A Player of the Year",
body="""METLAKATLA (KFCT) - Metlakatla High School senior Kaylee Ryesdale has been named the Alaska Class 2A girls basketball Player of the Year after leading the Chiefs to the state title game in Anchorage.

Ryesdale averaged 24 points and 11 rebounds this season. She will play next year at Lewis-Clark State College in Idaho.

Her parents, Everett and Nadine Ryesdale, say the whole island turned out to watch. "Half of Metlakatla was in the stands," Everett Ryesdale said.""",
gold=[("KET010", "parent_of_subject"), ("KET011", "parent_of_subject")]),

dict(guid="ket_tv_20260402_0142", pub="2026-04-02T12:30:00-08:00", title="Craig harbormaster retires after 24 years on the floats",
body="""CRAIG (KFCT) - Gerry Pankratz has tied his last line as Craig's harbormaster.

Pankratz, who took the job in 2002, retired Tuesday after 24 years running the city's North and South Cove harbors. Under his watch, the city rebuilt the South Cove floats and added a drive-down ramp for the fleet.

The Craig City Council honored him with a proclamation and a new pair of XtraTufs. "They're the first pair I didn't have to buy myself," he said.""",
gold=[("KET012", "subject")]),

dict(guid="ket_tv_20260415_0150", pub="2026-04-15T16:10:00-08:00", title="Saxman raises new totem honoring the village's founders",
body="""SAXMAN (KFCT) - Hundreds gathered at Saxman Totem Park on Saturday to raise a 38-foot cedar pole carved by master carver Nathan Jackson-Shaw and his apprentices over two winters.

The pole honors the families who moved to Saxman from Tongass and Cape Fox villages in the 1890s. Elder Marvella Tagook offered the opening prayer in Tlingit.

The project was funded by the Cape Fox community and individual donors, among them Ruben Arriola, Tor Haugland, Bernadine Kaganeek and the Ketchikan Rotary Club.""",
gold=[]),

dict(guid="ket_tv_20260605_0171", pub="2026-06-05T18:00:00-08:00", title="Fairbanks musher Lyle Nethkin takes Yukon Quest rookie honors",
body="""FAIRBANKS (KFCT) - Two Rivers musher Lyle Nethkin, 29, was named Rookie of the Year at the Yukon Quest awards banquet in Fairbanks on Thursday.

Nethkin finished seventh in his first Quest with a team of eleven dogs. "I've wanted this since I was in grade school," said Nethkin, a 2015 graduate of West Valley High School.""",
gold=[]),

dict(guid="ket_tv_20260711_0190", pub="2026-07-11T17:30:00-08:00", title="Ketchikan dispatcher Harlan Vossberg named state's top 911 operator",
body="""KETCHIKAN (KFCT) - Ketchikan Public Safety dispatcher Harlan Vossberg has been named Alaska's 911 Telecommunicator of the Year.

Vossberg, a dispatcher for 27 years, talked a boater through a cold-water rescue off Pennock Island in March. "He stayed calm so I could stay calm," the boater said.""",
gold=[]),   # Harlan Vossberg (KET015) is do_not_contact
]
