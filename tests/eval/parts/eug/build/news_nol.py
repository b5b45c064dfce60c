"""Neighbors of Lane: community paper for Springfield, Cottage Grove and Eugene neighborhoods (schools, churches,
milestones); teaser description plus HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="eug_nol_20260217_zavala", pub="2026-02-17T09:00:00-08:00", title="Thurston senior named National Merit finalist",
body="""Thurston High School senior Itzel Zavala has been named a National Merit Scholarship finalist, one of four in Springfield this year.

Itzel, the daughter of Ruben and Chela Zavala, plans to study nursing at Oregon Health & Science University. She tutors younger students at the Springfield Public Library on Saturdays.""",
gold=[("EUG006", "parent_of_subject")]),

dict(guid="eug_nol_20260408_garden", pub="2026-04-08T09:00:00-07:00", title="Community garden plots open on Yolanda Avenue",
body="""The new Yolanda Avenue community garden opened Saturday with 40 raised beds, a tool shed and a pollinator strip.

"My tomatoes never had a chance in my shady backyard," said Thurston Hallgarth, who was first in line for a plot. Volunteers including Mena D'Arcangelo and Corinna Eskelson spent the morning filling beds with compost donated by Lane Forest Products.""",
gold=[]),

dict(guid="eug_nol_20260526_kjelstad", pub="2026-05-26T09:00:00-07:00", title="After 31 years, Pastor Kjelstad says goodbye to Central Lutheran",
body="""The Rev. Bart Kjelstad will preach his final sermon at Central Lutheran Church on Sunday, closing 31 years as senior pastor of the University-area congregation.

Kjelstad led the church through the building of its Patterson Street shelter and its partnership with a Tanzanian parish. He and his wife, Inge, plan to spend the summer on the Oregon coast before he takes up interim work in Astoria.""",
gold=[("EUG009", "subject")]),

dict(guid="eug_nol_20260630_ostergaard", pub="2026-06-30T09:00:00-07:00", title="Cottage Grove couple marks 40 years",
body="""Lee and Mary Beth Ostergaard of Cottage Grove celebrated their 40th wedding anniversary on June 28 with a potluck at the Cottage Grove Grange.

The couple met at the Bohemia Mining Days street dance in 1984 and married at First Presbyterian Church in 1986. Lee runs the family saw shop on Main Street; Mary Beth taught second grade at Harrison Elementary for 30 years.""",
gold=[("EUG005", "subject"), ("EUG004", "subject")]),

dict(guid="eug_nol_20260714_maddie", pub="2026-07-14T09:00:00-07:00", title="Springfield reader tops library's summer challenge",
body="""Nine-year-old Maddie Eskelson read 112 books in June to win the Springfield Public Library's summer reading challenge for the second year running.

Maddie, a fourth grader at Yolanda Elementary, is the daughter of Toby and Corinna Eskelson. She says her favorite was a book about a dog who rides the train across the country, which she read to her family in the motel where they stayed after the house fire.""",
gold=[("EUG022", "parent_of_subject"), ("EUG021", "parent_of_subject")]),
]
