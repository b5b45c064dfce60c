"""High Plains Courier (weekly, Garden City / Liberal / Ulysses): plain-text stories. Hand-labelled."""

ITEMS = [
dict(guid="gcm_courier_2026_0108", pub="2026-01-08T08:00:00-06:00", title="Unruhs mark 50 years of marriage",
body="""Harlan and Loretta (Penner) Unruh of Garden City will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Sunday, Jan. 18, at Garden Valley Church fellowship hall.

The couple married Jan. 17, 1976, at Emmanuel Mennonite Church in Meade. Harlan farmed and ran a welding shop north of town; Loretta taught piano to three generations of Garden City children. They have two sons and five grandchildren. The family requests no gifts.""",
gold=[("GCM001", "subject"), ("GCM002", "subject")]),

dict(guid="gcm_courier_2026_0212", pub="2026-02-12T08:00:00-06:00", title="Bexley Seed & Feed marks 50 years on Colorado Street",
body="""ULYSSES - Bexley Seed & Feed will celebrate 50 years in business with a customer appreciation lunch on Feb. 20.

Owner Kenton Bexley's father, Ray, opened the store in 1976 in a former Ford garage. Kenton took over in 1999 and added a fertilizer blending plant and a second location in Johnson City.

"We're still selling sorghum seed to grandsons of Dad's first customers," Kenton Bexley said.""",
gold=[("GCM017", "subject")]),

dict(guid="gcm_courier_2026_0326", pub="2026-03-26T08:00:00-05:00", title="Community foundation tops $4 million in endowed funds",
body="""The Finney County Community Foundation passed $4 million in endowed funds in 2025, director Alicia Stoppel told the board this week.

Donors to the new Prairie Scholars fund include Harlan and Loretta Unruh, Shirley Ann Rohleder, the Garden City Co-op, Nguyen Family Pharmacy and the Kansas Cattlemen's Auxiliary. The fund will award its first six scholarships in May.""",
gold=[]),

dict(guid="gcm_courier_2026_0423", pub="2026-04-23T08:00:00-05:00", title="Seward County teacher retires after 32 years",
body="""LIBERAL - When Kathy Brungardt started teaching first grade at MacArthur Elementary in 1994, she had 27 pupils and one computer. She retires this May with a classroom of iPads and a file box of letters from former pupils.

Brungardt, a Liberal native, was Seward County's Teacher of the Year in 2012. Her retirement reception is 3:30 p.m. May 19 in the MacArthur library.""",
gold=[("GCM014", "subject")]),

dict(guid="gcm_courier_2026_0507", pub="2026-05-07T08:00:00-05:00", title="Garden City junior wins state FFA proficiency award",
body="""Garden City High School junior Kaylee Wedel won the state FFA proficiency award in beef production at the Kansas FFA convention in Manhattan last week.

Kaylee, the daughter of Ty and Jenna Wedel of Garden City, runs a herd of 14 cow-calf pairs on her late grandfather's pasture north of town. She will compete for the national award in Indianapolis in October.""",
gold=[("GCM020", "parent_of_subject"), ("GCM021", "parent_of_subject")]),
]
