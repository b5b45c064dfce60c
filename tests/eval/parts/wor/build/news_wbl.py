"""Worcester Business Ledger (invented business weekly, Central Mass and MetroWest), plain text. Hand-labelled."""

FEED = "wbl"
ITEMS = [
dict(guid="wor_wbl-2026-0107", pub="2026-01-14T06:30:00-05:00", title="Padaria Minas opens third bakery, in downtown Framingham",
body="""FRAMINGHAM - Padaria Minas, the Brazilian bakery chain that began as a single counter on Waverly Street in 2012, opened its third location Monday on Concord Street in downtown Framingham.

Owner Marcos Oliveira Santos said the 3,200-square-foot shop will bake for the other two stores and add a lunch counter serving prato feito. The company now employs 41 people. "My mother sold bread from a basket in Minas Gerais," Oliveira Santos said. "Now we have a wholesale truck."

The Framingham Downtown Renaissance group said the bakery fills one of the last vacant storefronts on the block.""",
gold=[("WOR015", "subject")]),

dict(guid="wor_wbl-2026-0121", pub="2026-02-04T06:30:00-05:00", title="Callahan Tool & Die sold to Connecticut manufacturer; president to retire",
body="""SHREWSBURY - Callahan Tool & Die, the 70-employee precision machining shop founded in 1962, has been sold to Naugatuck Precision Group of Connecticut for an undisclosed price.

President Patrick J. "Pat" Callahan Jr., who took over the company from his father in 1994, will retire when the sale closes at the end of March. All employees will be retained and the Hartford Turnpike plant will keep the Callahan name, the buyer said.

"My father started this in a garage with one lathe," Callahan said. "I am proud of the people who are staying on, and I'm going to learn to play golf badly.\"""",
gold=[("WOR003", "subject")]),

dict(guid="wor_wbl-2026-0138", pub="2026-02-25T06:30:00-05:00", title="Worcester biotech names Mensah chief financial officer",
body="""WORCESTER - Quinsig Therapeutics, the gene-therapy company at the Gateway Park life sciences campus, has promoted Kwabena Mensah to chief financial officer.

Mensah, who joined the company as controller in 2019, led its $60 million Series C round last year. He previously worked at a Big Four accounting firm in Boston and holds an MBA from Clark University.

"Kobby knows every line of our budget and every investor by name," chief executive Dr. Helen Park said.""",
gold=[("WOR008", "subject")]),

dict(guid="wor_wbl-2026-0152", pub="2026-03-18T06:30:00-04:00", title="Canal District loft project wins planning board approval",
body="""WORCESTER - The planning board on Tuesday approved a 140-unit loft conversion of the former Crompton & Knowles warehouse on Green Street, after a hearing that ran past midnight.

Neighbors were split. "We need the housing, but we also need somewhere to park," said Tom Fitzgerald, a West Side resident who spoke during public comment. Susan Halloran-Reyes of the Canal District Alliance called the project "exactly the density this neighborhood was zoned for."

Developer Green Island Partners expects to begin construction in the fall.""",
gold=[]),   # Tom Fitzgerald (WOR001) is a quoted speaker at a hearing: nothing

dict(guid="wor_wbl-2026-0166", pub="2026-04-08T06:30:00-04:00", title="Berkshire insurer names Thomas Fitzgerald president",
body="""PITTSFIELD - Housatonic Mutual Insurance Co. has named Thomas Fitzgerald, 44, its president, succeeding Linda Marchetti, who retires in June.

Fitzgerald, a Lenox resident, has been the company's chief underwriting officer since 2021. The 110-year-old mutual writes homeowners and farm policies in Berkshire County and eastern New York.""",
gold=[]),   # namesake, 44, of Lenox in Berkshire County (WOR001 is 76, Worcester): nothing
]
