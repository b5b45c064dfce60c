"""WCNB NewsChannel 9 (eastern North Carolina TV station site): HTML descriptions, guids prefixed ewn_.
Hand-labelled."""

FEED = "wcnb"
ITEMS = [
dict(guid="ewn_wcnb_2026_10441", pub="2026-02-22T18:40:00-05:00",
     title="New Bern deacon, 81, receives Order of the Long Leaf Pine",
body="""NEW BERN (WCNB) - A New Bern man who has driven neighbors to dialysis three mornings a week for twenty years was awarded the Order of the Long Leaf Pine on Sunday, the highest civilian honor the governor can give.

Deacon Roosevelt Hargett, 81, received the award during morning worship at Rue Chapel A.M.E. Church. State Rep. Lorraine Cutler presented it, and his wife, Earlene, pinned it on his lapel.

"I just kept showing up," Hargett said. Church members estimate he has driven more than 300,000 miles.""",
gold=[("EWN008", "subject")]),

dict(guid="ewn_wcnb_2026_10502", pub="2026-03-08T21:15:00-05:00",
     title="Havelock wrestler pins his way to state title",
body="""GREENSBORO (WCNB) - Havelock High School senior Tyrese Stancill won the NCHSAA 3A state championship at 165 pounds Saturday night, pinning his opponent from Cleveland High in the third period.

Stancill, the son of Dewayne and Tonya Stancill of Havelock, finished the season 48-1. He has signed to wrestle at Campbell University.

"He's been on a mat since he was five," his father said. "Tonight, he just looked calm." """,
gold=[("EWN011", "parent_of_subject")]),

dict(guid="ewn_wcnb_2026_10588", pub="2026-04-25T12:05:00-04:00",
     title="No one hurt as fire guts Bridgeton home",
body="""BRIDGETON (WCNB) - A fire early Saturday destroyed the kitchen and back rooms of a home on Wilcox Avenue in Bridgeton, firefighters said. No one was injured.

Homeowner Marvella O'Quinn, 71, said she woke to her smoke alarm around 4 a.m. and got out with her two cats. The Bridgeton Volunteer Fire Department had the fire under control within half an hour; the cause appears to have been an electrical fault in a freezer.

The American Red Cross is helping O'Quinn with temporary housing.""",
gold=[("EWN006", "subject")]),

dict(guid="ewn_wcnb_2026_10677", pub="2026-06-28T17:30:00-04:00",
     title="Coast Guard rescues New Bern sailor after capsizing on the Neuse",
body="""ORIENTAL (WCNB) - A U.S. Coast Guard crew from Station Hobucken rescued a New Bern woman Saturday afternoon after a squall capsized her 22-foot sailboat on the Neuse River about two miles off Oriental.

Nell de Graffenried, 68, was clinging to the hull when the crew reached her, about 40 minutes after she radioed a mayday. She was treated for mild hypothermia at the Oriental harbor and released.

"You could see the squall line coming across the river like a wall," said Win Sermons, who watched from the dock behind his bait shop. "She did everything right. She stayed with the boat." """,
gold=[("EWN007", "subject")]),  # Win Sermons is a quoted bystander: nothing

dict(guid="ewn_wcnb_2026_10735", pub="2026-08-11T19:10:00-04:00",
     title="Eighty years late, a Bronze Star comes home to Jones County",
body="""POLLOCKSVILLE (WCNB) - Pfc. Amos Lavender of Pollocksville died in 1998 without ever receiving the Bronze Star he earned carrying wounded men out of a minefield in Italy in 1944. On Tuesday, the Army made it right.

At a ceremony at the Jones County courthouse, a general from Fort Bragg presented the medal to Lavender's grandnephew, Kendrick Lavender of New Bern, who spent two years tracking down the paperwork.

"He never talked about it," Kendrick Lavender said. "We found the citation in a cigar box." """,
gold=[]),  # relative accepting someone else's honour: nothing for EWN016
]
