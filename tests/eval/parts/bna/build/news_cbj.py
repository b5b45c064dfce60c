"""Cumberland Business Journal (Nashville business weekly), plain text. Hand-labelled."""

FEED = "cbj"
ITEMS = [
dict(guid="bna_cbj_2026_0107", pub="2026-01-13T06:30:00-06:00", title="Zagros Market to open second Nolensville Pike store, add halal butcher counter",
body="""NASHVILLE - Zagros Market, the Kurdish and Middle Eastern grocery that has anchored a strip center on Nolensville Pike since 2004, will open a second, 14,000-square-foot store near Antioch this summer, with a halal butcher counter, a bakery turning out naan in a clay tandoor and a hot-food line.

Ahmad Doski, who owns the market with his wife, Nasrin Doski, said the couple signed a 15-year lease on a former pharmacy building and expect to hire 30 people. "When we opened, our customers were Kurdish families who wanted the right rice and the right tea," Ahmad Doski said. "Now half of them are from everywhere."

The expansion is financed with a loan from Harpeth Community Bank.""",
gold=[("BNA006", "subject"), ("BNA007", "subject")]),
# the owners (a couple) of the named business.

dict(guid="bna_cbj_2026_0133", pub="2026-02-10T06:30:00-06:00", title="Cumberland Children's Hospital names Guirguis chief of pediatric cardiology",
body="""NASHVILLE - Cumberland Children's Hospital has named Dr. Magdy Guirguis chief of pediatric cardiology, effective March 1.

Guirguis, who trained at Ain Shams University in Cairo and completed his fellowship in Cincinnati, has led the hospital's fetal heart program since 2014. He succeeds Dr. Allen Pickett, who is returning to full-time research. The division has 22 cardiologists and sees about 19,000 patient visits a year.

"Magdy built the fetal program from one ultrasound machine and a borrowed office," said chief medical officer Dr. Rhonda Leverett.""",
gold=[("BNA020", "subject")]),

dict(guid="bna_cbj_2026_0190", pub="2026-05-05T06:30:00-05:00", title="Music Row's Quonset-era Studio C sold to Atlanta developer",
body="""NASHVILLE - Studio C on 17th Avenue South, where a generation of country hits was tracked on a console the owners bought used from a Muscle Shoals studio in 1978, has been sold to Atlanta-based Peachtree Adaptive for $6.8 million. The buyer says it will keep the live room and convert the offices to a members' club.

Preservationists worry. "I cut my first record in that room in 1993 and probably my thousandth in 2019," said session drummer Travis "Tater" Odom. "The floor has a sound. You can't buy a floor."

Historic Nashville Inc. said it would ask the Metro Council to consider a conservation overlay.""",
gold=[]),
# BNA004 quoted as a bystander: nothing.

dict(guid="bna_cbj_2026_0244", pub="2026-09-15T06:30:00-05:00", title="Food truck to storefront: Panadería La Fernandita opens on Murfreesboro's Memorial Boulevard",
body="""MURFREESBORO - Five years after she started selling conchas and tres leches out of a converted ice-cream truck in the parking lot of a tire shop, María Fernanda Quintero Salas has opened a 2,400-square-foot bakery and café on Memorial Boulevard.

Panadería La Fernandita employs nine people and sells about 1,500 pieces of pan dulce on a Saturday. Quintero, 39, financed the build-out with an SBA microloan and a line of credit from Stones River Federal Credit Union. "My uncle said a truck is a business and a building is a promise," she said. "He did not live to see the building, so this is for him."

The bakery also supplies six coffee shops in Rutherford County.""",
gold=[("BNA014", "subject")]),

dict(guid="bna_cbj_2026_0261", pub="2026-10-13T06:30:00-05:00", title="Metro approves Midtown hotel tower after two-year fight",
body="""NASHVILLE - The Metro Council on Tuesday approved a 31-story hotel and condominium tower at Division Street and 20th Avenue South by a vote of 27-11, ending a two-year fight with neighbors over height and traffic.

Developer Carrick & Vine says construction will begin next spring. Council member Dana Whitcomb, who voted against it, said the project "will be a fine building in the wrong place.\"""",
gold=[]),
]
