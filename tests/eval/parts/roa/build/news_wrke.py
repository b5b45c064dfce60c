"""News 9 WRKE (Roanoke-Lynchburg TV station site): HTML descriptions, short web stories. Hand-labelled."""

ITEMS = [
dict(guid="roa_wrke_20260120_0344", pub="2026-01-20T18:15:00-05:00", title="Judge Overstreet retires after 22 years on Roanoke County Circuit bench",
body="""ROANOKE COUNTY, Va. (WRKE) - Judge Judith A. Overstreet heard her last docket Tuesday, closing out 22 years on the Roanoke County Circuit Court.

Overstreet, the first woman elected to that bench by the General Assembly, started the county's drug treatment court in 2008. Courtroom 2 was full of lawyers, bailiffs and treatment court graduates who came to say goodbye.

"She never once talked down to anybody in that courtroom," said Commonwealth's Attorney Brian Holohan.""",
gold=[("ROA010", "subject")]),

dict(guid="roa_wrke_20260324_0512", pub="2026-03-24T22:05:00-04:00", title="Fire displaces family of four in northwest Roanoke",
body="""ROANOKE, Va. (WRKE) - A family of four is staying with relatives tonight after a fire gutted the kitchen of their home on Staunton Avenue NW.

Roanoke Fire-EMS says the fire started around 6 p.m. Tuesday. Terrence and Sharonda Goode and their two sons got out safely, along with the family's dog. Crews had it under control in about 15 minutes.

Neighbor Garland Poindexter saw the smoke from his car. "I just started beating on the door," he said. "Terry was already getting the boys out." The Red Cross is helping the family.""",
gold=[("ROA015", "subject"), ("ROA014", "subject")]),

dict(guid="roa_wrke_20260519_0230", pub="2026-05-19T17:40:00-04:00", title="Patrick Henry swimmer wins state title in the 200 free",
body="""RICHMOND, Va. (WRKE) - Patrick Henry High School junior Saoirse O'Keeffe is a state champion.

O'Keeffe won the 200-yard freestyle at the VHSL Class 5 championships Saturday in 1:49.02, a school record. Her parents, Fintan and Brianna O'Keeffe of Roanoke, drove three hours with a hand-painted sign.

"She's been up at 4:45 for practice since sixth grade," her father said.""",
gold=[("ROA021", "parent_of_subject")]),

dict(guid="roa_wrke_20260628_0105", pub="2026-06-28T11:20:00-04:00", title="Salem cleans up after Saturday's severe thunderstorm",
body="""SALEM, Va. (WRKE) - Crews in Salem spent Sunday cutting up trees and restoring power after a line of severe storms moved through Saturday evening with 70 mph gusts.

Appalachian Power said about 9,000 customers lost power in Salem and west Roanoke at the peak. A large oak fell across Academy Street.

"It sounded like a train, then the oak just laid down," said neighbor Vangie Dudding, who watched from her front porch. No one was hurt.""",
gold=[]),  # quoted bystander (her weather row comes from the alert)

dict(guid="roa_wrke_20260825_0419", pub="2026-08-25T12:50:00-04:00", title="Roanoke man charged after crash on Peters Creek Road",
body="""ROANOKE COUNTY, Va. (WRKE) - Police have charged a Roanoke man with driving under the influence after a two-car crash on Peters Creek Road Sunday night.

Ottis R. Blankenbeckler, 71, is also charged with reckless driving. The other driver was taken to Carilion Roanoke Memorial Hospital with injuries not believed to be life-threatening.""",
gold=[]),  # crime story: nothing
]
