"""Austin Business Ledger: business weekly, plain text. Hand-labelled."""

FEED = "abl"
ITEMS = [
dict(guid="aus_abl_2026_0127_tessellate", pub="2026-01-27T06:30:00-06:00", title="Tessellate Silicon names new chief technology officer",
body="""Round Rock chip-design startup Tessellate Silicon has promoted Venky Subramanian to chief technology officer, the company said Monday.

Subramanian, who joined the company as its fourth employee in 2019, led the team behind its low-power inference accelerator. He previously spent fifteen years at a large Austin semiconductor firm. He lives in Round Rock with his wife, Lakshmi, a pharmacist, and their two sons.

"Venky has been the technical conscience of this company since day one," chief executive Dana Whitcomb said.""",
gold=[("AUS013", "subject")]),

dict(guid="aus_abl_2026_0310_de-la-garza", pub="2026-03-10T06:30:00-05:00", title="Kyle taqueria owner opens second location in Buda",
body="""Taquería De la Garza, the Center Street breakfast-taco spot that has anchored downtown Kyle since 2009, will open a second location on Main Street in Buda next month.

Owner Juan Carlos De la Garza said the Buda restaurant will keep the same menu, including the barbacoa that sells out most Sunday mornings, and will add thirty jobs. "My mother's recipes, my kids behind the counter," he said. "That doesn't change."

The Buda Economic Development Corp. provided a $45,000 façade grant.""",
gold=[("AUS007", "subject")]),

dict(guid="aus_abl_2026_0414_ledgerline", pub="2026-04-14T06:30:00-05:00", title="Austin fintech Ledgerline raises $40 million Series B",
body="""Ledgerline, an Austin startup that sells reconciliation software to regional banks, has raised $40 million in a Series B round led by a Menlo Park venture firm.

The company will double its 80-person staff at its Domain-area office. "Regional banks are finally spending on back-office software," said Anand Krishnamurthy, a partner at the Austin venture fund Limestone Capital, which joined the round. "Ledgerline got there first."

Chief executive Hollis Brandt said the company expects to be profitable in 2028.""",
gold=[]),  # AUS015 quoted as an investor: bystander

dict(guid="aus_abl_2026_0505_kocurek", pub="2026-05-05T06:30:00-05:00", title="Kocurek's Meat Market marks 75 years on Round Rock's Main Street",
body="""Kocurek's Meat Market, the Czech-style smokehouse and butcher shop on East Main Street in Round Rock, celebrates its 75th anniversary this month.

The market was opened in 1951 by Joseph Kocurek Sr. and is run today by his son, Joe Kocurek Jr., and Joe's wife, Dottie, who keeps the books and still makes the klobasa seasoning by hand. The couple plan a customer appreciation day with free sausage wraps on May 16.

"We have customers whose grandparents shopped here," Dottie Kocurek said.""",
gold=[("AUS001", "subject"), ("AUS002", "subject")]),

dict(guid="aus_abl_2026_0602_mayfield", pub="2026-06-02T06:30:00-05:00", title="Retiring: Bernice Mayfield, AISD business office",
body="""After 38 years in the Austin Independent School District's business office, payroll supervisor Bernice Mayfield retired May 29.

Mayfield started as a clerk-typist at the old Carruth Administration Center in 1988 and ran district payroll through three software conversions. Colleagues honored her with a luncheon at Huston-Tillotson University, where she and her husband, Clarence, met as students.

She plans to spend more time with her grandchildren and with the kitchen ministry at Greater Mount Zion Baptist Church.""",
gold=[("AUS010", "subject")]),
]
