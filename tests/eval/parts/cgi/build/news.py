"""Local news for the cgi part, two sources (feed key): ksem = KSEM 12 Heartland (TV station site, HTML
descriptions); pcr = Perry County Republic & Jackson Cashbook (community weekly; teaser description, HTML in
content:encoded). Hand-labelled (gold=)."""

ITEMS = [
# ---------------- KSEM 12 ----------------
dict(feed="ksem", guid="cgi_ksem_20260302_physician", pub="2026-03-02T17:40:00-06:00",
title="Cape Girardeau doctor named Missouri Family Physician of the Year",
body="""A Cape Girardeau family doctor known for house calls in the county's river bottoms has been named the 2026 Missouri Family Physician of the Year.

Dr. Anil Ramaswamy, who has practiced at the Kingsway clinic since 2010, will receive the award at the state academy's meeting in Branson next month.

"He drove out to my place in the ice storm," said patient Wanda Hinkebein of Oak Ridge. "You don't forget that."

Ramaswamy said the honor belongs to his nurses.""",
gold=[("CGI015", "subject")]),

dict(feed="ksem", guid="cgi_ksem_20260317_bakery", pub="2026-03-17T12:10:00-05:00",
title="Broadway bakery marks 25 years in downtown Cape",
body="""Schaefer's Bakehouse on Broadway is celebrating 25 years in downtown Cape Girardeau this week with free kolaches for the first 250 customers.

Owner Renata Schaefer Ligon opened the shop in 2001 in a storefront her grandfather once used as a harness shop. She now has 14 employees and ships gooey butter cake as far as Alaska.

"We lined up at six in the morning," said Roz Kiefner, a regular since opening day.""",
gold=[("CGI012", "subject")]),

dict(feed="ksem", guid="cgi_ksem_20260420_murals", pub="2026-04-20T18:05:00-05:00",
title="Restored floodwall murals unveiled on Cape riverfront",
body="""Crowds gathered Saturday on Water Street as the restored Mississippi River Tales murals were unveiled on the Cape Girardeau floodwall.

The restoration was paid for by more than 300 donors. Among the largest were Gene and Patsy Kasselbrock, Schaefer's Bakehouse, Roz Kiefner and the Jackson Optimist Club.

"These walls tell the story of this town," said Kiefner, who has given tours of the murals for 15 years.""",
gold=[]),

dict(feed="ksem", guid="cgi_ksem_20260516_tornado", pub="2026-05-16T07:15:00-05:00",
title="Sikeston family rides out tornado in hallway as roof is torn away",
body="""A Sikeston couple and their two children sheltered in an interior hallway Friday night as a tornado tore the roof from their home on Ables Road.

Marcus and Keisha Whitlock said they heard the warning on their phones about five minutes before the storm hit. Nobody was hurt, but the family is staying with relatives while the house is repaired.

"It sounded like a train was coming through the living room," Keisha Whitlock said.

Neighbor Roscoe Tillery said his carport was flattened. "We were lucky," he said. The National Weather Service will survey the damage Saturday.""",
gold=[("CGI017", "subject"), ("CGI018", "subject")]),

dict(feed="ksem", guid="cgi_ksem_20260603_fire_jackson", pub="2026-06-03T21:30:00-05:00",
title="Fire destroys garage on Old Orchard Road in Jackson",
body="""Jackson firefighters spent two hours Wednesday evening putting out a fire that destroyed a detached garage on Old Orchard Road.

The homeowner, Terry Fronabarger, was not injured, the fire chief said. Two vehicles were lost. The cause is under investigation.

Neighbor Alvin Seabaugh said he saw smoke over the tree line and called 911.""",
gold=[]),   # Fronabarger is do_not_contact; Seabaugh is a bystander

dict(feed="ksem", guid="cgi_ksem_20260227_wrestling", pub="2026-02-27T22:00:00-06:00",
title="Sikeston senior wins state wrestling title",
body="""Sikeston High School senior Jaylen Whitlock won the Class 3 state championship at 157 pounds Saturday in Columbia, the school's first state wrestling title in 11 years.

Whitlock, the son of Marcus and Keisha Whitlock, finished the season 44-2 and has signed to wrestle at Southeast Missouri State.

"He's worked for this since he was seven," coach Darnell Hux said.""",
gold=[("CGI017", "parent_of_subject"), ("CGI018", "parent_of_subject")]),

dict(feed="ksem", guid="cgi_ksem_20260710_florissant", pub="2026-07-10T16:30:00-05:00",
title="Florissant officer promoted to police captain",
body="""Walter Moranville, a 22-year veteran of the Florissant Police Department in north St. Louis County, was sworn in as captain Thursday.

Moranville, 47, of Florissant, will command the department's patrol division. He grew up in Hazelwood.""",
gold=[]),   # namesake elsewhere (client CGI021 is 38 and lives in Perryville)

# ---------------- Perry County Republic & Jackson Cashbook ----------------
dict(feed="pcr", guid="cgi_pcr_20260128_rauh60", pub="2026-01-28T06:00:00-06:00",
title="Rauhs to mark 60 years of marriage",
body="""Clem and Agnes Rauh of Perryville will celebrate their 60th wedding anniversary with an open house from 2 to 4 p.m. Sunday, Feb. 8, in the St. Vincent de Paul parish hall.

Clement Rauh and the former Agnes Buchheit were married Feb. 5, 1966, at St. Vincent de Paul Church. He retired from the Perryville post office; she kept house and raised their five children. The couple asks that there be no gifts.""",
gold=[("CGI010", "subject"), ("CGI011", "subject")]),

dict(feed="pcr", guid="cgi_pcr_20260211_retire", pub="2026-02-11T06:00:00-06:00",
title="Unverferth retires after 38 years at Perryville Sheet Metal",
body="""Glenn Unverferth clocked out for the last time Friday after 38 years at Perryville Sheet Metal, where he started on the press line in 1988 and retired as plant superintendent.

Co-workers gave him a fishing boat, which his wife, Mary Beth, says he will use "every day it isn't raining, and some days it is." """,
gold=[("CGI004", "subject")]),

dict(feed="pcr", guid="cgi_pcr_20260805_pies", pub="2026-08-05T06:00:00-05:00",
title="Pie entries break record at Perry County Fair",
body="""A record 94 pies were entered in the open class baking contest at the Perry County Fair on Saturday.

Judges Nadine Fritsche of Altenburg, Bettye Jo Sutterer and Agnes Rauh awarded the purple rosette to 16-year-old Addison Layton of Perryville for a sour cherry lattice pie.""",
gold=[]),   # judges are not the subject

dict(feed="pcr", guid="cgi_pcr_20260513_honors", pub="2026-05-13T06:00:00-05:00",
title="Perryville senior earns Bright Flight scholarship",
body="""Perryville High School senior Emma Sutterer has earned a Bright Flight scholarship and will study engineering at Missouri S&T in Rolla this fall.

Emma is the daughter of Kurt and Lisa Sutterer and the granddaughter of Bettye Jo Sutterer, all of Perryville.""",
gold=[]),   # judgement call: a grandparent is not labelled parent_of_subject

dict(feed="pcr", guid="cgi_pcr_20260520_rotary", pub="2026-05-20T06:00:00-05:00",
title="Kasselbrock elected president of Cape Girardeau Rotary",
body="""The Rotary Club of Cape Girardeau has elected Gene Kasselbrock Jr. as its president for 2026-27.

Kasselbrock, a Cape Girardeau native and longtime insurance agent, has been a Rotarian for 24 years. He and his wife, Patsy, chaired the club's Christmas parade for a decade.""",
gold=[("CGI005", "subject")]),

dict(feed="pcr", guid="cgi_pcr_20261014_barnfire", pub="2026-10-14T06:00:00-05:00",
title="Barn fire near Oak Ridge claims century-old landmark",
body="""A barn that had stood on Highway E north of Oak Ridge since 1911 was destroyed by fire early Sunday.

The barn belonged to Wanda Hinkebein, 87, who has lived on the farm since her marriage in 1958. No one was hurt; hay and a 1952 tractor were lost. Oak Ridge volunteer firefighters said the cause appeared to be a wiring fault.

"My husband's father built it," Hinkebein said. "I'll miss it every morning." """,
gold=[("CGI007", "subject")]),

dict(feed="pcr", guid="cgi_pcr_20261021_birth", pub="2026-10-21T06:00:00-05:00",
title="Births at Saint Francis and Southeast hospitals",
body="""Born to Cheyenne Duckworth and Tyler Abernathy of Chaffee, a daughter, Harper Dale, 7 pounds 2 ounces, on Oct. 12 at Saint Francis Medical Center.

Born to Jacob and Ashley Moll of Jackson, a son, Bennett, on Oct. 14.""",
gold=[("CGI022", "subject")]),

dict(feed="pcr", guid="cgi_pcr_20260624_nursing", pub="2026-06-24T06:00:00-05:00",
title="Jackson native named chief nursing officer",
body="""Southeast Health has named Mary Beth Unverferth of Perryville its new chief nursing officer, effective July 1.

Unverferth, a Jackson High School graduate, has been with the hospital for 30 years, most recently as director of surgical services. She is the daughter of Hal and Lorene Brockmeier of Jackson.""",
gold=[("CGI003", "subject"), ("CGI001", "parent_of_subject"), ("CGI002", "parent_of_subject")]),   # adult child's promotion, parents named (see README)
]
