"""WRVT NewsChannel 11 (Rutland): local TV station site, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="rut_wrvt_story_20260120", pub="2026-01-20T18:10:00-05:00", title="Killington ski shop marks 40 years on the Access Road",
body="""KILLINGTON, Vt. (WRVT) - Kinsella's Tune & Boot has been fitting ski boots on the Killington Access Road since 1986, and this weekend it threw itself a birthday party.

Owners Joe and Marisa Kinsella took over the shop from Joe's father in 1999. "My dad said the boot is the only part of skiing you can fix," Joe Kinsella said. "Forty years later, he's still right."

The shop is offering free boot fittings through Sunday.""",
gold=[("RUT013", "subject"), ("RUT014", "subject")]),

dict(guid="rut_wrvt_story_20260224", pub="2026-02-24T22:40:00-05:00", title="Fire heavily damages West Rutland home; couple escapes",
body="""WEST RUTLAND, Vt. (WRVT) - A West Rutland couple escaped without injury early Tuesday when fire swept through their Pleasant Street home.

Fire Chief Dan Ruggiero said Stan and Helen Wojcikowski were woken by a smoke alarm shortly after 2 a.m. and got out on their own. The fire started in a woodstove chimney. The house is a total loss, and the Red Cross is helping the couple.

"We lost everything but each other," Helen Wojcikowski said.""",
gold=[("RUT003", "subject"), ("RUT004", "subject")]),

dict(guid="rut_wrvt_story_20260311", pub="2026-03-11T17:30:00-04:00", title="Rutland geriatrician wins statewide award",
body="""RUTLAND, Vt. (WRVT) - A Rutland doctor who makes house calls to homebound seniors has been named Vermont Physician of the Year by the state medical society.

Dr. Imogen Haskins has run the Rutland Regional geriatrics program since 2011 and still drives her own car to visits in Chittenden, Mendon and Wallingford. "I go where the patients are," she said.""",
gold=[("RUT020", "subject")]),

dict(guid="rut_wrvt_story_20260715", pub="2026-07-15T21:05:00-04:00", title="Storm cleanup under way in Rutland and West Rutland",
body="""RUTLAND, Vt. (WRVT) - Crews from Green Mountain Power worked through the night after a severe thunderstorm snapped trees and power lines across Rutland and West Rutland on Tuesday evening.

"The wind came up Clarendon Avenue like a freight train," said Wendell Trombley, who drove in from North Clarendon to help his brother clear limbs. Ray Cioffredi, whose porch roof landed in his driveway, said he had never seen anything like it.

About 6,000 customers lost power at the peak.""",
gold=[]),

dict(guid="rut_wrvt_story_20260806", pub="2026-08-06T18:00:00-04:00", title="St. Albans man claims $250,000 lottery prize",
body="""ST. ALBANS, Vt. (WRVT) - Frank McGarry of St. Albans says he will use his $250,000 scratch-ticket prize to pay off his mortgage and take his grandchildren to Disney World. McGarry, a retired corrections officer, bought the ticket at a Swanton convenience store.""",
gold=[]),

dict(guid="rut_wrvt_story_20260828", pub="2026-08-28T17:45:00-04:00", title="Proctor marble carver retires after 41 years",
body="""PROCTOR, Vt. (WRVT) - The last full-time letter carver at the Proctor marble works put down his chisel on Friday.

Dom Pezzulo Jr., whose father and grandfather carved marble in the same shop, retired after 41 years. Co-workers presented him with a marble plaque - lettered, of course, by hand. "I'm going fishing," Pezzulo said.""",
gold=[("RUT001", "subject")]),
]
