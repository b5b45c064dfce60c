"""The Dearborn Crescent: Arab-American community weekly (Dearborn, Dearborn Heights, Hamtramck). Teaser
description + HTML in content:encoded. Hand-labelled."""

FEED = "dcw"
ITEMS = [
dict(guid="dtw_dcw_2026_w05_harfoush", pub="2026-01-30T09:00:00-05:00", title="Abu Hassan closes the books: Warren Avenue pioneer honored after 45 years",
body="""DEARBORN - Hajj Mohamad Ali Harfoush, known to three generations of east Dearborn simply as Abu Hassan, was honored last Saturday by the Arab American Chamber of Commerce with its Lifetime Achievement award.

Harfoush arrived from Bint Jbeil in 1978 with two suitcases and opened a small gas station and grocery on Warren Avenue the following year. He went on to build Harfoush Brothers, a chain of four markets, which he handed to his sons this month.

"My father taught me: the customer is your guest," Harfoush told the crowd at the Bint Jbeil Cultural Center. His wife, Hajjeh Zeinab, and their grandchildren sat at the front table.

By Mariam Hojeij, Crescent correspondent""",
gold=[("DTW001", "subject")]),

dict(guid="dtw_dcw_2026_w12_abouzeid", pub="2026-03-20T09:00:00-04:00", title="Chef Rami Abou Zeid opens Zaatar & Co. on Michigan Avenue",
body="""DEARBORN - After ten years cooking in Chicago and New York, Dearborn native Rami Abou Zeid has come home to open Zaatar & Co., a 60-seat restaurant on Michigan Avenue in west Dearborn.

The menu mixes his grandmother's mountain-village dishes from the Chouf with Detroit touches: a kibbeh Coney, a fattoush with Michigan cherries. "Everything I learned, I learned in her kitchen in Dearborn," Abou Zeid said.

Opening weekend drew a line down the block. "We will be back every Friday," said Najib Shamami of Dearborn Heights, who came with his wife.""",
gold=[("DTW009", "subject")]),

dict(guid="dtw_dcw_2026_w24_valedictorian", pub="2026-06-12T09:00:00-04:00", title="Hamtramck valedictorian, daughter of Yemeni autoworker, bound for Michigan",
body="""HAMTRAMCK - Yasmeen Alsubaihi will give the valedictory address at Hamtramck High School's commencement on Sunday, the first in her family to finish high school in the United States.

Yasmeen, 17, is the daughter of Abdulkarim "Karim" Alsubaihi, a line worker at Stellantis' Detroit Assembly Complex, and Fatima Almaflahi, who teaches Arabic at Hamtramck's Bridge Academy. She will attend the University of Michigan on a Detroit Promise scholarship and plans to study public health.

"My grandfather came here to build cars," she said. "I want to build clinics." """,
gold=[("DTW005", "parent_of_subject"), ("DTW006", "parent_of_subject")]),

dict(guid="dtw_dcw_2026_w26_festival", pub="2026-06-26T09:00:00-04:00", title="Arab American festival returns to Warren Avenue this weekend",
body="""DEARBORN - The Warren Avenue Arab American Festival returns Friday through Sunday with three stages, a children's village and more than 120 food vendors.

This year's volunteer organizing committee includes Sam Hojeij, Zeinab Harfoush, Rola Fawaz, Khalil Berjaoui and Nadia Kattoula. Organizers expect 250,000 visitors and ask attendees to use the shuttle from Ford Field Park.""",
gold=[]),

dict(guid="dtw_dcw_2026_w27_wedding", pub="2026-07-02T09:00:00-04:00", title="Harfoush-Jaber wedding fills Bint Jbeil center",
body="""DEARBORN - More than 600 guests filled the Bint Jbeil Cultural Center on Saturday for the wedding of Dr. Hassan Harfoush and Layal Jaber.

The groom, an emergency physician at Corewell Health Dearborn, is the son of Hajj Mohamad Ali Harfoush (Abu Hassan) and Hajjeh Zeinab Harfoush of Dearborn. The bride, a pharmacist, is the daughter of Ahmad and Hanan Jaber of Dearborn Heights.

The zaffe, led by a drum troupe from Windsor, lasted nearly an hour. The couple will honeymoon in Lebanon.""",
gold=[("DTW001", "parent_of_subject"), ("DTW002", "parent_of_subject")]),
]
