"""Twin Cities Sun-Ledger (Lewiston daily) local news: HTML description. Hand-labelled (gold=[...])."""

FEED = "tcsl"
ITEMS = [
dict(guid="pwm_tcsl_2026_local_0211", pub="2026-02-11T18:30:00-05:00", title="Auburn man charged with OUI after crash on Minot Avenue",
body="""AUBURN - An Auburn man was charged with operating under the influence early Sunday after his pickup struck a utility pole on Minot Avenue, police said.

Real Lapointe, 29, of Auburn, was taken to Central Maine Medical Center with minor injuries and released to police. Lapointe is due in court in March. Minot Avenue was closed for three hours while Central Maine Power replaced the pole.""",
gold=[]),

dict(guid="pwm_tcsl_2026_local_0302", pub="2026-03-02T17:00:00-05:00", title="Hundreds attend Trinity Jubilee Center gala; donors listed",
body="""LEWISTON - More than 300 people filled the Franco Center on Saturday for the Trinity Jubilee Center's winter gala, raising $142,000 for the downtown soup kitchen and day shelter.

Gala sponsors at the Jubilee level were: Norm and Jeannine Cloutier; Eldon and Priscilla Pettengill; Bates College; Kennebec Savings; the Androscoggin Bank; Moe and Lorraine Vachon; and the Lewiston Rotary Club.

The evening's auction raised $38,000, led by a week at a camp on Sebago Lake.""",
gold=[]),

dict(guid="pwm_tcsl_2026_local_0408", pub="2026-04-08T16:00:00-04:00", title="Auburn fire captain hangs up his helmet after 38 years",
body="""AUBURN - When Capt. Rosaire "Ross" Poulin Jr. walked out of Central Fire Station on Friday, the whole shift lined up in dress blues and the ladder truck sounded its horn down Minot Avenue.

Poulin, 69, retires after 38 years with the Auburn Fire Department, the last 16 as captain of Engine 2. He fought the 1990s mill fires on the Little Androscoggin and trained a generation of Auburn firefighters, including his own nephew.

"I'm going fishing, and then I'm going to fix my father's old fiddle," Poulin said. He and his wife, Denise, plan to spend the summer at their camp on Taylor Pond.""",
gold=[("PWM003", "subject")]),

dict(guid="pwm_tcsl_2026_local_0520", pub="2026-05-20T15:00:00-04:00", title="CMMC nurse Jean-Pierre Mukendi named Maine Nurse of the Year",
body="""LEWISTON - Jean-Pierre Mukendi, a night-shift charge nurse in the emergency department at Central Maine Medical Center, was named the 2026 Maine Nurse of the Year by the Maine State Nurses Association on Tuesday.

Mukendi, who was a physician in Kananga, Democratic Republic of the Congo, before he fled the country, retrained as a registered nurse after arriving in Lewiston in 2013. He speaks five languages and is often called to translate for French-, Lingala- and Swahili-speaking patients.

"Nursing in Lewiston is a family business now," he joked; his wife, Esperance, is a certified nursing assistant at the Marshwood Center. Mukendi also serves as pastor of the Lewiston Congolese Christian Fellowship.""",
gold=[("PWM009", "subject")]),

dict(guid="pwm_tcsl_2026_local_0606", pub="2026-06-06T14:00:00-04:00", title="Lewiston High's valedictorian headed to Bowdoin",
body="""LEWISTON - Ikran Abdi Yusuf, who arrived in Lewiston at age 5 speaking no English, will give the valedictory address at Lewiston High School's graduation on Sunday.

Yusuf, 18, the daughter of Fadumo Hersi and Abdi Yusuf of Lewiston, captained the math team, ran cross-country and tutored English learners at the Lewiston Public Library. She will study neuroscience at Bowdoin College on a full scholarship.

"My mother cleaned offices at night so I could do my homework in the day," Yusuf said. "This is hers." """,
gold=[("PWM018", "parent_of_subject")]),

dict(guid="pwm_tcsl_2026_local_0620", pub="2026-06-20T12:00:00-04:00", title="Lewiston couple marks 50 years, renews vows at Ss. Peter and Paul",
body="""LEWISTON - Maurice "Moe" and Lorraine (Gendron) Vachon of Lewiston celebrated their 50th wedding anniversary on June 19 with a renewal of vows at Ss. Peter and Paul Basilica, followed by a dinner for 120 at the Franco Center.

The couple were married at the basilica on June 19, 1976. Moe, a deacon of Prince of Peace Parish, retired from the Lewiston Public Works Department; Lorraine taught French at St. Dominic Academy for 30 years. They have three children and six grandchildren, who presented them with a quilt made from Moe's old work shirts.""",
gold=[("PWM019", "subject")]),

dict(guid="pwm_tcsl_2026_local_0717", pub="2026-07-17T20:15:00-04:00", title="Storm-toppled oak crushes Scarborough home; no one hurt",
body="""SCARBOROUGH - A century-old red oak brought down by Thursday afternoon's severe thunderstorm crashed through the roof of a Pine Point Road home, displacing a Scarborough couple.

Ted and Wendy Grindle were in their kitchen when the tree fell across the bedrooms at the back of the house. "It sounded like a freight train and then a bomb," Ted Grindle said. The Red Cross is helping the couple, and neighbors have started a fund at the Scarborough Community Church.

Fire Chief Mark Lessard said crews responded to 14 calls for downed trees and wires in Scarborough, Cape Elizabeth and South Portland in the hour after the storm.""",
gold=[("PWM020", "subject")]),
dict(guid="pwm_tcsl_2026_local_0627", pub="2026-06-27T09:00:00-04:00", title="Weddings: Achorn - Nadeau",
body="""Kristen Achorn and Olivier Nadeau were married May 30, 2026, at the Portland Observatory, with a reception at Fort Williams Park in Cape Elizabeth. The Rev. Ann Coolbroth officiated.

The bride, a reporter for Casco Business Weekly, is the daughter of Douglas and Ruth Achorn of Rockport. The groom, a machinist at Bath Iron Works, is the son of Luc and Sylvie Nadeau of Auburn. The couple live in Portland.""",
gold=[("PWM022", "subject")]),
]
