"""Onslow Business Report: regional business paper (Jacksonville, the Crystal Coast and Wilmington), plain
text. Hand-labelled."""

FEED = "obr"
ITEMS = [
dict(guid="oaj_obr_2026_0203_ennett", pub="2026-02-03T06:30:00-05:00", title="Coastal Plain Bank's Carolyn Ennett retires after 32 years",
body="""Carolyn Ennett, manager of Coastal Plain Bank's Richlands branch since 2004, retired Friday after 32 years with the bank.

Ennett started as a teller at the bank's Court Street office in Jacksonville in 1994. Customers and staff filled the Richlands lobby for a reception with a sheet cake shaped like a vault. She plans to spend more time with her grandchildren and, she said, "to find out what the bank looks like from the other side of the counter."

Coastal Plain Bank named assistant manager Jason Sewell to succeed her.""",
gold=[("OAJ004", "subject")]),

dict(guid="oaj_obr_2026_0310_deployments", pub="2026-03-10T06:30:00-04:00", title="Jacksonville restaurants brace for slower spring as Marine units deploy",
body="""With two infantry battalions and a logistics regiment from Camp Lejeune deploying this spring, restaurant owners along Western Boulevard are bracing for the usual drop in weekday traffic.

"When the battalions go, the lunch crowd goes with them," said Rodelio Dimaculangan, who has owned Manila Bay Bakeshop since 2008. "The families still come on weekends. We add more family trays."

The Jacksonville-Onslow Chamber of Commerce estimates that a large deployment can cut sales at restaurants near the main gate by 15 to 20 percent.""",
gold=[]),

dict(guid="oaj_obr_2026_0602_tillery", pub="2026-06-02T06:30:00-04:00", title="New River Federal Credit Union names Tillery chief operating officer",
body="""New River Federal Credit Union has promoted Kendrick Tillery to chief operating officer, the Jacksonville-based credit union announced Monday.

Tillery, a retired Marine Corps master sergeant, joined the credit union in 2015 as branch manager at its Piney Green Road office and most recently was vice president of member services. He will oversee the credit union's 11 branches in Onslow, Carteret and Pender counties.

The credit union has about $1.1 billion in assets and 92,000 members, most of them active-duty or retired service members and their families.""",
gold=[("OAJ011", "subject")]),

dict(guid="oaj_obr_2026_0915_mattocks", pub="2026-09-15T06:30:00-04:00", title="Charlotte's Mattocks Logistics to open port warehouse in Wilmington",
body="""Mattocks Logistics, the Charlotte-based freight forwarder, will open a 180,000-square-foot warehouse near the Port of Wilmington next year and hire about 60 people, chief executive Travis Mattocks said Monday.

Mattocks, 52, founded the company in 2004 with two trucks. It now has terminals in Charlotte, Savannah and Norfolk. "Wilmington's container volume has doubled in ten years," he said. "We should have been here sooner."

The company received a state job-development grant of up to $480,000.""",
gold=[]),
]
