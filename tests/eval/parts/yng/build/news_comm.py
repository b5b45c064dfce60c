"""The Valley Neighbor (community weekly: Boardman, Canfield, Poland, Austintown, the North Side): teaser description
plus HTML in content:encoded. Hand-labelled."""

FEED = "neighbor"
ITEMS = [
dict(guid="yng_neighbor_2026_02_19_pinkston", pub="2026-02-19T08:00:00-05:00", title="Fifty years of Sunday school: North Side church honors Mother Odessa Pinkston",
body="""Greater New Hope Missionary Baptist Church spent Sunday honoring a woman who has taught its children for half a century.

Mother Odessa Pinkston, 84, started teaching the church's kindergarten Sunday school class in 1976 and has not stopped. Former students, some of them now grandparents, came from as far as Atlanta and Detroit for the afternoon program, and the choir sang "I Don't Feel No Ways Tired" in her honor.

"She taught us the books of the Bible and she taught us to look people in the eye," said Youngstown school board member Derrick Walls, who was in her class in 1981. The Rev. Lamont D. Everhart presented her with a plaque and announced that the church's classroom wing will bear her name.""",
gold=[("YNG007", "subject")]),

dict(guid="yng_neighbor_2026_03_26_everhart", pub="2026-03-26T08:00:00-04:00", title="Youngstown pastor appointed to YSU Board of Trustees",
body="""Gov. Mike DeWine has appointed the Rev. Lamont D. Everhart, pastor of Greater New Hope Missionary Baptist Church on Youngstown's North Side, to the Youngstown State University Board of Trustees.

Everhart, 56, a 1991 YSU graduate, has led Greater New Hope since 2008 and chairs the Youngstown Neighborhood Development Corp.'s community advisory board. His term runs through 2035.

"YSU was the open door for me and for my whole family," Everhart said. "I want it to be the open door for the North Side." """,
gold=[("YNG008", "subject")]),

dict(guid="yng_neighbor_2026_05_14_kapolka", pub="2026-05-14T08:00:00-04:00", title="Jackson-Milton's Luke Kapolka named Mahoning Valley Scholar-Athlete of the Year",
body="""Jackson-Milton senior Luke Kapolka, a three-sport athlete with a 4.0 grade-point average, was named the Mahoning Valley Scholar-Athlete of the Year at the annual Mahoning Valley Athletic Directors' banquet on Monday.

Kapolka quarterbacked the Blue Jays to the playoffs, led the basketball team in assists and is the defending district champion in the 1,600 meters. He will study engineering at Case Western Reserve University and run track there.

He is the son of Dennis and Sharon Kapolka of North Jackson. Luke dedicated the award to his grandfather, Ed Kapolka, who died in March. "He was at every game," Luke said. "He'd be telling me my release is still too slow." """,
gold=[("YNG016", "parent_of_subject")]),

dict(guid="yng_neighbor_2026_06_18_library", pub="2026-06-18T08:00:00-04:00", title="Poland library branch celebrates expanded children's wing",
body="""The Poland branch of the Public Library of Youngstown and Mahoning County opened its expanded children's wing on Saturday with a ribbon cutting, a puppet show and a line of families that stretched into the parking lot.

The $2.4 million addition doubles the space for story time and adds a maker lab. Branch manager Kelly Dombroski thanked the Friends of the Poland Library, whose book sales raised $180,000 toward the project. Donors listed on the wall include the Marchionda Family, Len and Carol Szymborski, and the Poland Rotary Club.""",
gold=[]),
]
