"""Snake River Business Ledger (eastern Idaho business weekly): plain-text descriptions. Hand-labelled."""

FEED = "srbl"
ITEMS = [
dict(guid="pih_srbl_2026_w09_03", pub="2026-02-27T06:00:00-07:00",
title="Tamales La Chela marks 25 years on State Street in Shelley",
body="""SHELLEY - When Graciela Arredondo opened a six-table tamale shop on Shelley's State Street in 2001, the bank officer who approved her loan told her to expect to be open a year. Twenty-five years later, Tamales La Chela sells 3,000 dozen tamales every December and ships frozen ones as far as Alaska.

"Chela," as everyone in town calls her, still makes the masa herself at 4 a.m. She credits her mother, who died this month at 91, for the red chile recipe. The shop will celebrate its anniversary with free champurrado on Saturday.""",
gold=[("PIH003", "subject")]),

dict(guid="pih_srbl_2026_w14_01", pub="2026-04-03T06:00:00-06:00",
title="Pyper Realty Group opens third office, in Rexburg",
body="""IDAHO FALLS - Pyper Realty Group will open its third office April 15 on Main Street in Rexburg, broker and owner Jolene Pyper said this week. The firm, founded in Idaho Falls in 2009, now has 31 agents and closed $212 million in sales last year.

"Rexburg's growth isn't only students anymore," Pyper said. "Young families are buying there who can't find anything in Idaho Falls." Tad Ovard, a Rexburg city councilman, spoke at the ribbon cutting.""",
gold=[("PIH021", "subject")]),

dict(guid="pih_srbl_2026_w19_05", pub="2026-05-08T06:00:00-06:00",
title="Community foundation's spring grants total $1.4 million; donors listed",
body="""IDAHO FALLS - The Eastern Idaho Community Foundation awarded $1.4 million in spring grants to 86 nonprofits across 14 counties, its largest round yet.

Among the lead donors to this year's rural libraries fund were Reed and JaNae Pendlebury, the Teton Valley Rotary, Jolene Pyper, Bank of Commerce and the Hatch family trust. Grants went to libraries in Soda Springs, Aberdeen, Malad City and Arco, among others.""",
gold=[]),

dict(guid="pih_srbl_2026_w23_02", pub="2026-06-05T06:00:00-06:00",
title="Portneuf Medical Center names Dr. Priya Stohl chief medical officer",
body="""POCATELLO - Portneuf Medical Center has promoted Dr. Priya Stohl, its head of hospital medicine since 2019, to chief medical officer, effective July 1.

Stohl, a Chubbuck resident, came to Pocatello in 2012 after her residency at the University of Utah. She led the hospital's response during the 2020 and 2021 COVID surges and built its hospital-at-home program, now one of three in Idaho.""",
gold=[("PIH020", "subject")]),
]
