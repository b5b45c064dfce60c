"""KOZT 7 Ozarks (Springfield TV station): local web stories, HTML descriptions. Hand-labelled (gold=[...])."""

FEED = "kozt"
ITEMS = [
dict(guid="sgf_kozt_story_20260220_3311", pub="2026-02-20T17:30:00-06:00", title="Calloway Family Jubilee kicks off 40th season on the Branson strip",
body="""BRANSON, Mo. (KOZT) - Forty years, three generations and, by their count, about 11,000 shows. The Calloway Family Jubilee opened its 40th season Friday at the Jubilee Theatre on 76 Country Boulevard.

Buck and Loretta Calloway started the show in 1986 in a rented tent with a borrowed sound system. Today the two-hour show features their sons Wade and Travis on fiddle and banjo and their daughter, Kaylee, on the pedal steel.

"We figured we'd give it a summer," Buck Calloway said, laughing. "Loretta still hasn't told me if the summer's over." The season runs through mid-December.""",
gold=[("SGF014", "subject"), ("SGF015", "subject")]),

dict(guid="sgf_kozt_story_20260429_3620", pub="2026-04-29T06:15:00-05:00", title="Tornado damages homes, snaps trees on Republic's north side",
body="""REPUBLIC, Mo. (KOZT) - Neighbors in north Republic spent Wednesday morning cutting up trees and tarping roofs after a tornado touched down just before midnight.

The National Weather Service will survey the damage today. The worst of it was along Hines Street, where a tree fell through the roof of Kenny and Crystal Dodd's home. No one was hurt.

"I heard the sirens, got in the hall closet with my cat, and by the time I came out it was over," said Gloria Stumpe, who has lived on the street for forty years. "My porch swing is in somebody's yard. I'd like it back." City crews expect to clear the streets by Thursday.""",
gold=[]),  # Gloria Stumpe is a quoted neighbour (her in_area row comes from the alert)

dict(guid="sgf_kozt_story_20260603_3801", pub="2026-06-03T18:05:00-05:00", title="Battlefield fire chief hangs up his helmet after 32 years",
body="""BATTLEFIELD, Mo. (KOZT) - Battlefield Fire Protection District Chief Pat O'Dell worked his last shift Tuesday, ending a 32-year career that began when the district had one engine and a pager.

O'Dell joined as a volunteer in 1994 and became chief in 2009. Under his watch the district built two new stations and cut response times by a third. Firefighters lined the driveway and sounded the sirens as he drove out for the last time.

"I'll miss the people," O'Dell said. "I won't miss the 3 a.m. calls." He plans to fish and to finish restoring a 1967 pumper truck.""",
gold=[("SGF017", "subject")]),

dict(guid="sgf_kozt_story_20260715_3950", pub="2026-07-15T17:45:00-05:00", title="South Springfield pho shop celebrates 25 years of broth",
body="""SPRINGFIELD, Mo. (KOZT) - When Tony and Lan Nguyen opened Pho Saigon Ozarks on South Campbell in 2001, most of his customers had never heard of pho. On Tuesday the restaurant celebrated its 25th anniversary with $2.50 bowls, its 2001 price.

Nguyen, who came to Springfield from Ho Chi Minh City as a young man, still makes the broth himself every morning at 4 a.m. Lan still runs the front of the house, and their son Kevin now manages the kitchen.

"People told us Springfield would never eat it," Nguyen said. "Now they call me when they have a cold." """,
gold=[("SGF012", "subject"), ("SGF013", "subject")]),
]
