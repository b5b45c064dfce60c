"""Red River 11 News (regional TV station site, Grand Forks / Thief River Falls bureau): HTML descriptions,
short web-story style. Hand-labelled."""

ITEMS = [
dict(guid="tvf_rr11_20260115_blizzard", pub="2026-01-15T18:20:00-06:00", title="Warren, Red Lake Falls dig out after two-day blizzard",
body="""WARREN, Minn. (RR11) - Plows were back on Highway 1 and Highway 32 Thursday as Marshall and Red Lake counties dug out from a blizzard that closed roads for most of two days.

"You couldn't see the hood ornament," said Rene Beauchaine of Red Lake Falls, who plows for the city. "We pulled three cars out of the ditch on the way into town." Schools in Warren-Alvarado-Oslo and Red Lake Falls were closed Wednesday and Thursday.""",
gold=[]),

dict(guid="tvf_rr11_20260218_credit_union", pub="2026-02-18T17:05:00-06:00", title="Red Lake Falls credit union names new CEO",
body="""RED LAKE FALLS, Minn. (RR11) - Clearwater Valley Credit Union has a new chief executive, and she has been there since she was a teller at 19.

Shawna Desjarlais, the credit union's chief operating officer, was promoted to president and CEO on Tuesday. She succeeds Gary Lindahl, who retired after 24 years. Desjarlais is the first Ojibwe woman to lead a financial institution in the region.

"Our members are farmers, teachers and mill workers, and so are my relatives," she said.""",
gold=[("TVF015", "subject")]),

dict(guid="tvf_rr11_20260305_warren_fire", pub="2026-03-05T21:40:00-06:00", title="Fire destroys Warren family's home; no one hurt",
body="""WARREN, Minn. (RR11) - A Warren family escaped without injury early Thursday when fire destroyed their home on South Fifth Street.

Dennis and Kim Rasmussen and their two dogs got out after a smoke alarm woke them shortly after 2 a.m., Warren Fire Chief Todd Halstad said. The house is a total loss. The cause appears to be electrical.

Friends have set up a benefit account at Bremer Bank in Warren for the Rasmussens.""",
gold=[("TVF021", "subject")]),

dict(guid="tvf_rr11_20260430_bakery", pub="2026-04-30T16:30:00-05:00", title="Thief River Falls bakery marks 50 years of lefse and kringle",
body="""THIEF RIVER FALLS, Minn. (RR11) - Sollund's Bakery on Third Street has been selling lefse, kringle and caramel rolls since 1976, and on Saturday it will throw itself a birthday party.

Owner Ingrid Sollund took over the bakery from her parents in 1994. "My dad opened the doors at 5 a.m. every day for fifty years," she said. "I'm trying to keep the streak going." The bakery will give away 500 free caramel rolls on Saturday morning.

"I've come here every Saturday since I was a kid," said customer Ted Ostlie.""",
gold=[("TVF018", "subject")]),

dict(guid="tvf_rr11_20260611_mesa", pub="2026-06-11T12:10:00-05:00", title="Former Thief River Falls man wins national woodcarving title",
body="""MESA, Ariz. (RR11) - A Mesa, Arizona, man with roots in Thief River Falls has won best in show at the National Woodcarvers Exposition.

Brent Thune, 58, who left Thief River Falls for Arizona in 1989, carved a life-size great gray owl from a single block of basswood. He learned to carve from his uncle in Highlanding Township.""",
gold=[]),  # a namesake far away; the client Brent Thune lives in Thief River Falls and was born in 1979

dict(guid="tvf_rr11_20260702_pastor", pub="2026-07-02T17:45:00-05:00", title="Goodridge pastor retires after 35 years in the pulpit",
body="""GOODRIDGE, Minn. (RR11) - Pastor Nels Engebretson preached his last sermon at Goodridge Lutheran Church on Sunday after 35 years, and the congregation filled the sanctuary and the fellowship hall besides.

Engebretson, who also served congregations in Grygla and Gatzke, baptized, confirmed and married two generations of Goodridge families. He and his wife, Joyce, plan to stay in Goodridge. "Where else would we go?" he said.""",
gold=[("TVF019", "subject")]),
]
