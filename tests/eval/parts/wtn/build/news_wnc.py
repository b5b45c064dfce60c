"""7 North Country News (WNCY, Watertown): local TV station site, HTML descriptions, short web stories.
Hand-labelled."""

ITEMS = [
dict(guid="wtn_wnc_story_20260220_fire", pub="2026-02-20T18:15:00-05:00", title="Adams woman's home damaged in chimney fire",
body="""ADAMS, N.Y. (WNCY) - A chimney fire heavily damaged a home on Church Street in the village of Adams early Friday.

Firefighters from Adams, Adams Center and Henderson were called at about 4:30 a.m. The homeowner, Mary Beth Docteur, got out safely with her two cats after a smoke detector woke her. Adams Fire Chief Dan Hutchins said the fire started in the chimney of a wood stove and spread into the attic.

The Red Cross is helping Docteur, whose mother died earlier this month. "The neighbors have been wonderful," she said.""",
gold=[("WTN006", "subject")]),

dict(guid="wtn_wnc_story_20260312_livery", pub="2026-03-12T17:40:00-04:00", title="Clayton boat livery marks 75 years on the St. Lawrence",
body="""CLAYTON, N.Y. (WNCY) - Bourcy's Boat Livery, the oldest family-run livery on the Clayton waterfront, is turning 75 this season.

Owner Tad Bourcy Jr. says his grandfather started the business in 1951 with three wooden skiffs and a gas pump. Today it rents 40 boats and runs fishing charters from May to October. Bourcy, who took over from his father in 1989, plans an anniversary open house on Riverside Drive in May.

"The river does not change much. We just have better motors," Bourcy said.""",
gold=[("WTN005", "subject")]),

dict(guid="wtn_wnc_story_20260228_wrestling", pub="2026-02-28T22:05:00-05:00", title="Indian River's Marcus Wiltse wins state wrestling title",
body="""ALBANY, N.Y. (WNCY) - Indian River junior Marcus Wiltse is a state champion.

Wiltse pinned his opponent from Long Island in the second period of the Division I final at 157 pounds Saturday night at the MVP Arena, finishing the season 44-1. He is the first Indian River wrestler to win a state title since 2011.

His parents, Garrett and Keisha Wiltse of Evans Mills, drove five hours to watch. "He's been wrestling since he was five," his father said. "This is the one he wanted." """,
gold=[("WTN018", "parent_of_subject"), ("WTN019", "parent_of_subject")]),

dict(guid="wtn_wnc_story_20260715_storm", pub="2026-07-15T07:20:00-04:00", title="Watertown cleans up after Tuesday night's severe storms",
body="""WATERTOWN, N.Y. (WNCY) - Crews were out at first light Wednesday clearing trees from streets on Watertown's east side after severe thunderstorms moved through Tuesday night.

National Grid reported about 6,000 customers without power at the peak, mostly in Watertown, Black River and Evans Mills. "The big maple across the street just came down, all at once," said Roz Scordo, who lives on Academy Street. "Thank God nobody was parked under it."

City officials asked residents to stay away from downed wires.""",
gold=[]),

dict(guid="wtn_wnc_story_20260902_lottery", pub="2026-09-02T12:10:00-04:00", title="Plattsburgh man claims $1 million lottery prize",
body="""SCHENECTADY, N.Y. (WNCY) - A Plattsburgh man is a millionaire.

The New York Lottery says Armand LaFave of Plattsburgh claimed a $1 million top prize from a scratch-off ticket bought at a convenience store in Champlain. LaFave, 51, told lottery officials he plans to pay off his house and take his grandchildren to Disney World.""",
gold=[]),
]
