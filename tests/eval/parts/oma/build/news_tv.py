"""KOMX 11 News Now: TV station local news, HTML descriptions. Hand-labelled."""

FEED = "komx"
ITEMS = [
dict(guid="oma_komx_2026_0520_cb_tornado", pub="2026-05-20T12:30:00-05:00",
title="Council Bluffs cleans up after tornado tears through south side",
body="""COUNCIL BLUFFS, Iowa (KOMX) - Neighbors on the south side of Council Bluffs spent Wednesday hauling branches and tarping roofs after an EF-1 tornado touched down Tuesday evening, the National Weather Service confirmed.

The worst damage was along South 9th Street, where the tornado tore the roof off Tom Brannigan's detached garage and dropped a cottonwood across his pickup. Brannigan, his wife and their grandson rode out the storm in the basement. "We heard it go over like a freight train, and then my garage was in the neighbor's yard," he said.

Gerrit Van Ooyen, who lives across town and came over with a chainsaw, said he had never seen anything like it in 70 years in the Bluffs. No injuries were reported. Pottawattamie County Emergency Management says about 40 homes had damage.""",
gold=[("OMA008", "subject")]),

dict(guid="oma_komx_2026_0311_bellevue_arrest", pub="2026-03-11T17:45:00-05:00",
title="Bellevue police arrest man accused in string of car break-ins",
body="""BELLEVUE, Neb. (KOMX) - Bellevue police have arrested a 24-year-old man accused of breaking into at least a dozen vehicles in neighborhoods near Offutt Air Force Base over the past month.

Police said the suspect was caught early Tuesday after a homeowner, Reginald Toussaint, 59, saw him on a doorbell camera trying car doors on Franklin Street and called 911. Toussaint's truck had been broken into twice in February, police said, and a set of golf clubs was taken.

The suspect is being held in the Sarpy County Jail on theft and criminal-mischief charges.""",
gold=[]),

dict(guid="oma_komx_2026_0626_odowd_quilts", pub="2026-06-26T18:10:00-05:00",
title="Council Bluffs woman finishes her 500th quilt for hospice patients",
body="""COUNCIL BLUFFS, Iowa (KOMX) - For 22 years, Peggy O'Dowd has sewn a quilt for every patient who comes into the hospice house on Harry Langdon Boulevard. On Thursday she delivered number 500.

O'Dowd, 75, a retired parish secretary, started the project after her husband died in 2004. She buys fabric at garage sales and works at her kitchen table on Oakland Avenue. "Nobody should be cold at the end," she said.

The hospice staff surprised her with a cake and a framed photo of the first quilt. O'Dowd said she has already cut the squares for 501.""",
gold=[("OMA007", "subject")]),

dict(guid="oma_komx_2026_0724_mcgreevy_namesake", pub="2026-07-24T17:30:00-05:00",
title="Lincoln firefighter honored for rescue at apartment blaze",
body="""LINCOLN, Neb. (KOMX) - A Lincoln Fire and Rescue captain has been awarded the department's medal of valor for pulling two children from a burning apartment building in March.

Capt. Kathleen McGreevy, 41, a 17-year veteran of the department, went into the third-floor apartment without a charged hose line after hearing the children call for help, the department said. Both children recovered.

"She did what any of us would do," said Lincoln Fire Chief Victor Harms. McGreevy grew up in Lincoln and lives in the Near South neighborhood.""",
gold=[]),

dict(guid="oma_komx_2026_0813_panaderia", pub="2026-08-13T18:20:00-05:00",
title="South Omaha mom turns family recipes into new 24th Street panaderia",
body="""OMAHA, Neb. (KOMX) - The line outside Panadería La Tapatía on South 24th Street stretched down the block on its opening morning Wednesday.

Owner Lupe Zamudio, who spent 25 years baking pan dulce for church festivals and quinceañeras before she ever sold a concha, said she and her husband, Héctor, put their savings into the former shoe store. Her son Mateo, an Eagle Scout, built the display shelves.

"My father always said I should open a bakery," Zamudio said. "He passed away in March. This one is for him." The panadería is open daily from 6 a.m. to 2 p.m.""",
gold=[("OMA015", "subject")]),
]
