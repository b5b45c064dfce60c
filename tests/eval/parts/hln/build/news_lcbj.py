"""Last Chance Business Journal (Helena): business paper, plain text. Hand-labelled."""

FEED = "lcbj"
ITEMS = [
dict(guid="hln_lcbj_2026_02_16_cfo", pub="2026-02-16T08:00:00-07:00", title="Prickly Pear Federal Credit Union names Nordahl chief financial officer",
body="""HELENA - Prickly Pear Federal Credit Union has promoted Callie Nordahl to chief financial officer, the credit union's board announced Monday.

Nordahl, of Clancy, joined the credit union in 2011 as a teller and has been its controller since 2019. She holds an accounting degree from Carroll College and is a certified public accountant. She succeeds Lyle Gerber, who retired in January after 22 years.""",
gold=[("HLN025", "subject")]),

dict(guid="hln_lcbj_2026_07_06_hardware", pub="2026-07-06T08:00:00-06:00", title="Brekke Hardware changes hands after 41 years",
body="""HELENA - Cliff and Dee Brekke, who bought a two-aisle hardware store on Helena's east side in 1985 and grew it into a Helena institution, have sold Brekke Hardware to longtime employee Jason Marcheski.

The store will keep its name, its staff of 14 and its famous popcorn machine. The Brekkes plan to stay on through the end of the year to help with the transition. "Cliff still wants to be the one who cuts the keys," Dee Brekke said.

Terms of the sale were not disclosed.""",
gold=[("HLN003", "subject"), ("HLN004", "subject")]),
]
