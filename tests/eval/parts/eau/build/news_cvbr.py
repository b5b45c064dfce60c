"""Chippewa Valley Business Report (invented business paper): plain text. Hand-labelled."""

ITEMS = [
dict(guid="eau_cvbr_20260203_tollefsrud_cfo", pub="2026-02-03T08:00:00-06:00",
title="Northwoods Mutual Credit Union names new CFO",
body="""EAU CLAIRE - Northwoods Mutual Credit Union has promoted Janelle Tollefsrud to chief financial officer, the Eau Claire-based credit union announced Monday.

Tollefsrud, a UW-Eau Claire accounting graduate and CPA, joined Northwoods Mutual in 2009 as a teller and most recently served as controller. She succeeds Dennis Hoffman, who retires in March after 26 years.

Northwoods Mutual has 14 branches in west-central Wisconsin and about $1.9 billion in assets.""",
gold=[("EAU014", "subject")]),

dict(guid="eau_cvbr_20260317_rassbach_75", pub="2026-03-17T08:00:00-05:00",
title="Rassbach Plumbing & Heating marks 75 years in Altoona",
body="""ALTOONA - Three generations, one garage and 75 years later, Rassbach Plumbing & Heating is celebrating a milestone.

The company, started in 1951 in a family garage on Bartlett Avenue, is now run by Kurt and Mary Beth Rassbach, who bought it from Kurt's father, the late Don Rassbach, in 2004. It employs 38 people and has service vans from Menomonie to Stanley.

"Dad would want us to throw a party, so we are," Mary Beth Rassbach said. An open house is planned for April 25 at the shop.""",
gold=[("EAU007", "subject"), ("EAU006", "subject")]),

dict(guid="eau_cvbr_20260428_business_plan", pub="2026-04-28T08:00:00-05:00",
title="UW-Stout students win regional business plan contest with ice-fishing app",
body="""MENOMONIE - A team of UW-Stout students took first place and $10,000 at the Chippewa Valley Business Plan Competition for an app that maps safe ice on area lakes.

Team members Logan Brandt, Priya Nair and Sam Yang pitched IceLine to a panel of five judges at the Pablo Center on April 24.

Judges included Kristin Braaten-Sokol, a partner at Sokol & Braaten CPAs in Eau Claire; Dennis Hoffman, retired CFO of Northwoods Mutual; and Lt. Gov. staff member Rick Ojeda. "The team did its homework on liability," Braaten-Sokol said.""",
gold=[]),  # judge only

dict(guid="eau_cvbr_20260512_lueck_reopens", pub="2026-05-12T08:00:00-05:00",
title="Lueck Collision Center reopens in new building four months after fire",
body="""ALTOONA - Lueck Collision Center reopened Monday in a new 9,000-square-foot building on the same Spooner Avenue lot where its old shop burned in January.

Owner Steve Lueck said all 11 employees stayed on the payroll during the rebuild, working out of a rented bay in Lake Hallie. The new shop has two downdraft paint booths and a dedicated bay for electric vehicles.

"The customers stuck with us. That's the whole story," Lueck said.""",
gold=[("EAU021", "subject")]),
]
