"""WTRV 12 Eastern Carolina (local TV station site, Greenville): HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="pgv_wtrv_20260113_creditunion", pub="2026-01-13T17:20:00-05:00", title="Greenville native named executive vice president of Tar River Community Credit Union",
body="""GREENVILLE, N.C. (WTRV) - Tar River Community Credit Union has promoted Keisha Moye-Atkinson to executive vice president, the credit union announced Tuesday.

Moye-Atkinson, a Greenville native and East Carolina graduate, started as a teller at the Memorial Drive branch in 2002. She will oversee the credit union's 11 branches in Pitt, Beaufort and Greene counties.""",
gold=[("PGV009", "subject")]),

dict(guid="pgv_wtrv_20260102_babynewyear", pub="2026-01-02T11:05:00-05:00", title="Pitt County's first baby of 2026 arrives 14 minutes after midnight",
body="""GREENVILLE, N.C. (WTRV) - Pitt County's first baby of the new year did not keep anyone waiting.

Amara Grace Blount was born at 12:14 a.m. Thursday at Tar River Regional Medical Center, weighing 7 pounds, 3 ounces. Her parents, Jasmine and Dequan Blount of Greenville, said she was due January 9. "She's already early for everything," her father said.""",
gold=[("PGV024", "subject"), ("PGV023", "subject")]),

dict(guid="pgv_wtrv_20260224_cardiology", pub="2026-02-24T12:40:00-05:00", title="Tar River Regional names new chief of cardiology",
body="""GREENVILLE, N.C. (WTRV) - Tar River Regional Medical Center has a new chief of cardiology.

Dr. Prakash Venkataraman, who has led the hospital's heart failure clinic since 2015, was appointed to the post Monday. He succeeds Dr. William Hines, who is retiring after 30 years.""",
gold=[("PGV020", "subject")]),

dict(guid="pgv_wtrv_20260326_grimeslandfire", pub="2026-03-26T06:45:00-04:00", title="Grimesland man escapes overnight house fire",
body="""GRIMESLAND, N.C. (WTRV) - A Grimesland man escaped without injury when fire destroyed his home on NC-33 early Thursday.

Junius Buck, 75, said a smoke alarm the fire department had installed last fall woke him at about 2 a.m. "I went out the back door in my socks," Buck said.

Tim Corbitt, who was driving to an early shift in Greenville, stopped and called 911. "The whole back of the house was orange," Corbitt said. The Grimesland Fire Department said the fire started in a space heater. The Red Cross is assisting Buck.""",
gold=[("PGV016", "subject")]),

dict(guid="pgv_wtrv_20260515_stoxmarine", pub="2026-05-15T18:10:00-04:00", title="Washington's Stox Marine Supply marks 60 years on the waterfront",
body="""WASHINGTON, N.C. (WTRV) - Stox Marine Supply opened on Stewart Parkway in 1966 with a bait cooler and two rowboats. On Friday, the family-owned store celebrated its 60th anniversary with a fish fry for customers.

Owner Braxton Stox, the second generation to run the business, said the store now sells and services outboard motors for much of the Pamlico River. "My daddy would not believe the price of a motor," Stox said.""",
gold=[("PGV012", "subject")]),

dict(guid="pgv_wtrv_20260608_firefighter", pub="2026-06-08T16:30:00-04:00", title="Wilmington firefighter honored for rescue in Cape Fear River",
body="""WILMINGTON, N.C. (WTRV) - A Wilmington firefighter was named the state's Firefighter of the Year on Monday for pulling two teenagers from the Cape Fear River last summer.

Capt. Wyatt Harrington, 52, a 27-year veteran of Wilmington Fire Department, received the award in Raleigh. Harrington grew up in Southport.""",
gold=[]),

dict(guid="pgv_wtrv_20260523_stormcleanup", pub="2026-05-23T08:15:00-04:00", title="Winterville and Ayden clean up after overnight tornado",
body="""WINTERVILLE, N.C. (WTRV) - Crews spent Saturday clearing downed trees and power lines in Winterville and Ayden after a tornado warning overnight.

"I heard the sirens and got in the bathtub with my kids," said Latoya Worthington, who had driven from Greenville to help her aunt clean up. The National Weather Service will survey the damage Saturday afternoon.""",
gold=[]),
]
