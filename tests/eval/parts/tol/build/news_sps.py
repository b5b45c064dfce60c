"""The Sentinel (invented suburban weekly for Sylvania, Perrysburg, Maumee and Bedford Township, Mich.):
teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "sps"
ITEMS = [
dict(guid="tol_sps_2026_w07_halmagyi", pub="2026-02-12T08:00:00-05:00",
title="Perrysburg's Halmagyi named finance chief at Maumee Bay Glassworks",
body="""PERRYSBURG - Krisztina Halmagyi of Perrysburg has been named chief financial officer of Maumee Bay Glassworks, the architectural-glass maker announced Monday.

Halmagyi, 51, joined the company in 2011 as controller and has led its finance department since 2020. A Rossford native and graduate of the University of Toledo, she is a board member of the Perrysburg Area Chamber of Commerce and coaches youth soccer. She succeeds Daniel Whitcomb, who is retiring.

"Kriszti knows every line on our books and every person on our floor," said company president Marc Delacroix.""",
gold=[("TOL009", "subject")]),

dict(guid="tol_sps_2026_w10_citizen", pub="2026-03-05T08:00:00-05:00",
title="Assaley is Sylvania's Citizen of the Year",
body="""SYLVANIA - Nadia Assaley, who founded the Sylvania Community Pantry in her garage in 2014 and built it into a food bank that now serves 900 families a month, is the Sylvania Area Chamber of Commerce's 2026 Citizen of the Year.

Assaley, a pharmacist, will receive the award at the chamber's annual dinner on March 19 at the Highland Meadows clubhouse. "Nadia never asks whether someone deserves help," said the chamber's president, Lynn Fetterman. "She asks what they need."

The winner was chosen by a committee of past honorees: Mary Ann Wierzbicki, George Kaminski, Denise Yoakum and Fr. Anthony Mazur.""",
gold=[("TOL018", "subject")]),   # Mary Ann Wierzbicki on the selection committee -> nothing

dict(guid="tol_sps_2026_w21_stonge", pub="2026-05-21T08:00:00-04:00",
title="Lambertville's Genevieve St. Onge turns 100",
body="""BEDFORD TOWNSHIP - Genevieve St. Onge of Lambertville celebrated her 100th birthday on May 20 with a party at the Bedford Township hall, where 140 relatives and friends sang "Happy Birthday" in English and, at her insistence, in French.

Born Genevieve LaBeau on a farm near Erie, Mich., in 1926, she married Rene St. Onge in 1947 and ran the family's orchard stand on Summerfield Road for 45 years. She still walks a mile every morning and does the Courier crossword in ink.

Her advice for a long life: "Eat an apple, mind your own business and never retire from anything." """,
gold=[("TOL023", "subject")]),

dict(guid="tol_sps_2026_w24_library", pub="2026-06-11T08:00:00-04:00",
title="Friends of the Sylvania library top $40,000 for new teen room",
body="""SYLVANIA - The Friends of the Sylvania Branch Library have raised $41,260 toward a teen room, beating their goal three weeks early, treasurer Joan Bixby said.

Major donors include the Sylvania Rotary Club, Dr. and Mrs. Samir Haddad, Rick and Mary Ann Wierzbicki, Nadia Assaley, the Kaminski family and Harroun Road Hardware. Construction will begin in August.""",
gold=[]),   # donor list -> nothing

dict(guid="tol_sps_2026_w27_perrysburgnamesake", pub="2026-07-02T08:00:00-04:00",
title="Perrysburg firm opens Grand Rapids office",
body="""PERRYSBURG - Wolcott & Lane Engineering, based on Louisiana Avenue, has opened its first Michigan office in Grand Rapids. The office will be led by Andrew Chmielowiec, 34, of Grand Rapids, a structural engineer who joined the firm from a Chicago consultancy.

The firm, founded in 1998, has 60 employees and designs bridges and municipal water plants across Ohio and Indiana.""",
gold=[]),   # namesake elsewhere (TOL021 Andrzej "Andy" Chmielowiec is 54 and lives in Bowling Green) -> nothing
]
