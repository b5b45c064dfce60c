"""KMSK Muskeg Public Radio (invented Ketchikan public radio newsroom, covering Ketchikan, Metlakatla and Prince
of Wales): web stories, HTML descriptions. Hand-labelled."""

FEED = "radio"
ITEMS = [
dict(guid="ktn_kmsk_2026_0128_harbor", pub="2026-01-28T16:30:00-09:00", title="Petersburg picks Kris Ulvestad as new harbormaster",
body="""Petersburg's borough assembly on Monday confirmed Kjersti "Kris" Ulvestad as the borough's next harbormaster. She takes over North and South harbors and the Scow Bay drive-down float on March 1.

Ulvestad, 39, has been assistant harbormaster for six years and before that ran her family's seine boat. "Kris knows every boat in these harbors and most of their bilge pumps," Assembly member Jeff Moe said.

She replaces longtime harbormaster Glen Skeek, who is retiring after 22 years.""",
gold=[("KTN020", "subject")]),

dict(guid="ktn_kmsk_2026_0305_ferry", pub="2026-03-05T17:10:00-09:00", title="After 30 years, a familiar voice leaves the Ketchikan ferry terminal",
body="""If you have caught a ferry out of Ketchikan since 1996, there is a good chance Marisol Cabanero-Hoyt sold you the ticket, found you a cabin, or told you, kindly and firmly, that the Columbia was running six hours late.

Cabanero-Hoyt retires Friday as senior terminal agent for the Alaska Marine Highway in Ketchikan. Coworkers are throwing a potluck at the terminal on Thursday afternoon; the public is welcome.

"I have watched babies go through this terminal who now come through with their own babies," she said. "That is the part I'll miss." """,
gold=[("KTN003", "subject")]),

dict(guid="ktn_kmsk_2026_0317_fire", pub="2026-03-17T07:45:00-08:00", title="Ward Cove family escapes early-morning house fire",
body="""A Ward Cove couple escaped without injury early Tuesday when fire spread from a woodstove chimney into the attic of their home on Revilla Road.

North Tongass Fire crews were called just after 3 a.m. and had the fire out within an hour, but the roof and second floor were badly damaged, Chief Rick Samuelson said. Wendell and Trina Kasnick were woken by a smoke alarm and got out with their two dogs.

The Kasnicks are staying with family. A relief fund has been set up at Tongass Federal Credit Union, and the Ward Cove community hall is collecting clothing and household goods.""",
gold=[("KTN005", "subject"), ("KTN006", "subject")]),

dict(guid="ktn_kmsk_2026_0521_language", pub="2026-05-21T12:00:00-08:00", title="Metlakatla elder honored for decades of Sm'algyax teaching",
body="""METLAKATLA - The Sealaska Heritage Institute on Wednesday gave its annual language-keeper award to Metlakatla elder Ambrose Leighton, who has taught Sm'algyax to Annette Island schoolchildren for more than 25 years.

Leighton, 76, began volunteering in Richard Johnson Elementary after he retired from the tribal fisheries department. He has since helped produce a Sm'algyax dictionary app and a weekly radio segment.

Leighton accepted the award in Juneau with his wife, Verna, beside him, and dedicated it to his late sister, Lorraine Auckland, who taught first grade in Metlakatla for 34 years. "She started this work," he said. "I just kept it going." """,
gold=[("KTN008", "subject")]),

dict(guid="ktn_kmsk_2026_0608_derby", pub="2026-06-08T18:20:00-08:00", title="Saxman fisherman's 48-pound king leads Ketchikan salmon derby",
body="""A 48.2-pound king salmon caught near Mountain Point has put Saxman's Darnell Sanders at the top of the Ketchikan King Salmon Derby leaderboard going into the final weekend.

Weigh-in lines at the Bar Harbor station stretched down the float on Sunday. "I've fished this derby since 1975 and I've never seen this many big fish this early," said Tor Brekke, who was waiting to weigh a 31-pounder. "Somebody is going to beat 50."

Derby proceeds go to Ketchikan scholarships. The derby ends Sunday at 6 p.m.""",
gold=[]),

dict(guid="ktn_kmsk_2026_0102_baby", pub="2026-01-02T11:00:00-09:00", title="Ketchikan's first baby of 2026 arrives just after 2 a.m.",
body="""Ketchikan's first baby of the new year is a girl. Freya Dagny Oyloe was born at 2:14 a.m. on Jan. 1 at PeaceHealth Ketchikan Medical Center, weighing 7 pounds, 11 ounces.

She is the first child of Sterling and Kaylee Oyloe of Ketchikan. "We were hoping for New Year's Eve, honestly, for the tax deduction," her father joked.

The hospital auxiliary presented the family with a basket of baby supplies and a hand-knit hat in Kayhi colors.""",
gold=[("KTN022", "parent_of_subject")]),
]
