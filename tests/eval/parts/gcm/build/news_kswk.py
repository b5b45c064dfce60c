"""KSWK 11 News (Garden City / Dodge City TV station site): HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="gcm_kswk_20260115_0101", pub="2026-01-15T17:30:00-06:00", title="Dodge City woman honored for 40 years of volunteering at Boot Hill Museum",
body="""DODGE CITY, Kan. (KSWK) - Jo Ann Stucky has walked more school groups down Front Street than she can count.

The Dodge City woman received the Boot Hill Museum's Marshal's Star on Wednesday for 40 years as a volunteer guide, the first volunteer ever to receive it.

"She knows every bullet hole in this town," museum director Paula Gerber said.""",
gold=[("GCM008", "subject")]),

dict(guid="gcm_kswk_20260127_0144", pub="2026-01-27T18:05:00-06:00", title="Fire destroys Liberal home; family of six escapes",
body="""LIBERAL, Kan. (KSWK) - A family of six escaped without injury early Tuesday when fire swept through their home on North Grant Avenue.

Ignacio and Rosa Villalobos said a space heater in the back bedroom caught a curtain about 3 a.m. Their grandson woke them. The house is a total loss, Liberal Fire Chief Cody Gaskill said.

St. Anthony parish is collecting clothing and gift cards for the family.""",
gold=[("GCM012", "subject"), ("GCM013", "subject")]),

dict(guid="gcm_kswk_20260305_0210", pub="2026-03-05T17:45:00-06:00", title="Wind-driven grass fire burns near Dodge City; no homes lost",
body="""DODGE CITY, Kan. (KSWK) - Crews from three counties contained a grass fire that burned about 1,200 acres south of Dodge City on Thursday afternoon.

"You could see the smoke from the Cathedral parking lot," said Lupe Armendariz, who was leaving Mass when the wind shifted. "Everybody was on the phone checking on somebody."

No homes were lost. The cause is under investigation.""",
gold=[]),

dict(guid="gcm_kswk_20260422_0288", pub="2026-04-22T18:10:00-05:00", title="Garden City nurse receives DAISY Award",
body="""GARDEN CITY, Kan. (KSWK) - A labor-and-delivery nurse at St. Catherine Hospital has received the DAISY Award for extraordinary nurses.

Hodan Warsame, RN, was nominated by a family whose twins she cared for in the hospital's first hours after a January blizzard. She also interprets Somali and Swahili for new mothers on her unit.

"I just did what any of us would do," Warsame said.""",
gold=[("GCM019", "subject")]),

dict(guid="gcm_kswk_20260515_0312", pub="2026-05-15T17:20:00-05:00", title="Wichita businessman named to Kansas Board of Cosmetology",
body="""TOPEKA, Kan. (KSWK) - Gov. Laura Whitcomb has appointed Minh Tran of Wichita to the Kansas Board of Cosmetology.

Tran has owned nail salons in Wichita and Derby since 2004 and is a past president of the Wichita Vietnamese Business Association.""",
gold=[]),

dict(guid="gcm_kswk_20260601_0340", pub="2026-06-01T17:50:00-05:00", title="Dodge City man named plant manager at Cimarron Valley Beef",
body="""DODGE CITY, Kan. (KSWK) - Cimarron Valley Beef has named Everett "Rett" Schmidtberger Jr. manager of its Dodge City plant, the company's largest, with 2,600 employees.

Schmidtberger started on the kill floor in 1988 and has been operations superintendent since 2019.""",
gold=[("GCM009", "subject")]),
]
