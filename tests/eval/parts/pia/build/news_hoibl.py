"""Heart of Illinois Business Ledger - weekly business paper for Peoria, Tazewell and Woodford counties, plain
text. Hand-labelled."""

FEED = "hoibl"
ITEMS = [
dict(guid="pia_hoibl_2026_0412", pub="2026-05-14T06:00:00-05:00", title="Maloof Rug & Flooring turns 50 with a new showroom",
body="""PEORIA HEIGHTS - Half a century after Salim Maloof started selling rugs out of the trunk of a Studebaker, the business that carries his name is opening its biggest showroom yet.

Maloof Rug & Flooring will cut the ribbon June 1 on a 22,000-square-foot store on War Memorial Drive, replacing the University Street location where it has been since 1976. Owner Tony Maloof, who took over from his father in 1998 and bought the former furniture store last fall, said the move doubles the company's warehouse space and adds a design studio.

"My father would have asked why we need so much room," Maloof said. "Then he would have filled it." The company employs 41 people and installs flooring in about 1,800 homes a year.""",
gold=[("PIA004", "subject")]),

dict(guid="pia_hoibl_2026_0436", pub="2026-06-04T06:00:00-05:00", title="Illinois River Health names Hightower chief operating officer",
body="""PEORIA - Illinois River Health has promoted Keisha Hightower to chief operating officer, the health system announced Tuesday.

Hightower, 51, a Peoria native and Manual High School graduate, joined the system as a staff nurse in 1998 and has been vice president of hospital operations since 2021, overseeing the turnaround of its emergency department wait times. She will oversee five hospitals and 7,000 employees.

She and her husband, Darnell, live in Peoria. She succeeds Mark Feeney, who is retiring after 14 years.""",
gold=[("PIA013", "subject")]),
# Darnell (PIA012) only mentioned as her husband: nothing.

dict(guid="pia_hoibl_2026_0451", pub="2026-06-18T06:00:00-05:00", title="Cat retirees weigh in on changes to retiree health plan",
body="""EAST PEORIA - Caterpillar's announcement that it will move Medicare-eligible retirees to a new exchange-based health plan in 2027 drew a full house to the UAW Local 974 hall on Monday night.

Company representatives walked about 400 retirees through the changes. "Most of us will be fine, if the reimbursement keeps up," said Denny Kowalczyk of Washington, who retired in 2012 after 36 years in the Mossville engine plant. "The ones I worry about are the widows who never had to fill out a form."

Roberto Mendoza, a retired Mapleton foundry worker, said he would wait to see the prices. A second session is scheduled for July 9.""",
gold=[]),
# Quoted bystanders (PIA016, PIA017): nothing.

dict(guid="pia_hoibl_2026_0477", pub="2026-07-09T06:00:00-05:00", title="Washington machine shop owner sells company to its employees",
body="""WASHINGTON - Kurt Von der Haar spent 27 years building Von der Haar Precision Machining from a two-lathe garage operation into a 60-employee supplier of hydraulic parts. On Tuesday he sold it to the people who run the machines.

The company has become employee-owned through an employee stock ownership plan, Von der Haar, 59, said. He will stay on as president through 2028.

"I could have sold it to a private-equity fund in Chicago for more money," he said. "But then I'd have to live in Washington and look these people in the eye at the grocery store." """,
gold=[("PIA008", "subject")]),
]
