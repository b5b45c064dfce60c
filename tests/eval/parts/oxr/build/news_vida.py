"""Vida Costeña (bilingual community paper, Oxnard / Port Hueneme / Santa Paula): milestones, schools, community.
Teaser in description, HTML in content:encoded. Hand-labelled (`gold=`)."""

FEED = "vida"
ITEMS = [
dict(guid="oxr_vida_2026_0124_bodas-de-oro", pub="2026-01-24T09:00:00-08:00",
title="Bodas de oro: Teddy and Connie Zamarripa celebrate 50 years",
body="""Teodoro "Teddy" Zamarripa and Consuelo "Connie" Ocampo de Zamarripa of El Rio celebrated their 50th wedding anniversary on January 17 with a Mass at Santa Clara Church and a dinner for 200 at the Oxnard Elks Lodge.

The couple met in 1974 at a dance at the old Colonia Juvenil hall and married at Santa Clara in January 1976. Teddy drove a Ventura County Transit bus for 31 years; Connie was a bilingual aide at Rio Lindo School.

They have four children and nine grandchildren. Connie's mother, Ramona Ocampo, who died January 10, had helped plan the party. "She told us to dance anyway," Connie said. "So we danced." """,
gold=[("OXR001", "subject"), ("OXR002", "subject")]),

dict(guid="oxr_vida_2026_0314_spelling-bee", pub="2026-03-14T09:00:00-07:00",
title="Santa Paula seventh-grader wins county spelling bee",
body="""Itzel Huitrón, a seventh-grader at Isbell Middle School in Santa Paula, won the Ventura County Spelling Bee on Saturday by correctly spelling "sarsaparilla" in the 14th round.

Itzel, 12, is the daughter of Araceli and Joaquín Huitrón of Santa Paula. She will represent the county at the Scripps National Spelling Bee near Washington, D.C., in May.

Runner-up was Owen Kessandra of Moorpark.""",
gold=[("OXR012", "parent_of_subject"), ("OXR013", "parent_of_subject")]),

dict(guid="oxr_vida_2026_0612_ensign", pub="2026-06-12T09:00:00-07:00",
title="Port Hueneme's Alyssa Macaraeg earns her Navy wings",
body="""Ensign Alyssa Macaraeg of Port Hueneme received her naval aviator wings on June 5 at Naval Air Station Whiting Field, Florida, becoming the first pilot in a family that has served in the Navy for three generations.

Alyssa, 24, is the daughter of Rodolfo and Evangelina "Vangie" Macaraeg of Port Hueneme and a 2020 graduate of Hueneme High School. Her late grandfather, retired Chief Petty Officer Benigno Dimaculangan, enlisted as a steward in 1964; her grandmother, Perpetua Dimaculangan of Oxnard, pinned on the wings.

She reports next to Naval Base Ventura County, Point Mugu, to fly the E-2D Hawkeye.""",
gold=[("OXR010", "parent_of_subject")]),

dict(guid="oxr_vida_2026_0718_interpretes", pub="2026-07-18T09:00:00-07:00",
title="Mixteco interpreters fill a gap at Oxnard clinics",
body="""Twelve new medical interpreters who speak Mixteco, Zapoteco and Spanish graduated Friday from a six-month program at Oxnard College, the first of its kind in the county.

"Before, a child translated for his mother about her own cancer," said program director Griselda Nicolás Ventura. "Now she hears it in her own language." The graduates will work at clinics in Oxnard, Santa Paula and Fillmore.""",
gold=[]),
]
