"""Space Coast Business Weekly (Brevard and Indian River business news), plain text. Hand-labelled."""

FEED = "scbw"
ITEMS = [
dict(guid="mlb_scbw-2026-0117", pub="2026-01-27T06:00:00-05:00", title="Thistlewoods open kayak outfitter on Cocoa's riverfront",
body="""COCOA - Rosalind and Dwight Thistlewood spent twenty years renting kayaks out of the back of a pickup at Lee Wenner Park. This month they finally got a storefront.

Thistlewood River Outfitters opened Jan. 24 in a renovated bait shop on Delannoy Avenue in Cocoa Village, with 40 kayaks, 12 paddleboards and guided bioluminescence tours on the Indian River Lagoon from June through October. The couple financed the $310,000 build-out with a Small Business Administration loan.

"People come from Ohio to see the water glow," Dwight Thistlewood said. "We wanted a place where they could also buy a cold drink and a decent map." """,
gold=[("MLB015", "subject"), ("MLB016", "subject")]),

dict(guid="mlb_scbw-2026-0141", pub="2026-02-10T06:00:00-05:00", title="Health First names new chief of cardiology at Holmes Regional",
body="""MELBOURNE - Health First has named Dr. Sunniva Haraldsen chief of cardiology at Holmes Regional Medical Center, effective March 1.

Haraldsen, an interventional cardiologist who came to Melbourne from the Mayo Clinic in Jacksonville in 2014, has led the hospital's structural heart program, which performed its 1,000th transcatheter valve replacement last fall. She succeeds Dr. Raymond Okafor, who is retiring.

"She built the valve program from a whiteboard," said chief medical officer Dr. Linda Castro.""",
gold=[("MLB021", "subject")]),

dict(guid="mlb_scbw-2026-0188", pub="2026-03-03T06:00:00-05:00", title="Tallahassee attorney named to state Board of Bar Examiners",
body="""TALLAHASSEE - The Florida Supreme Court on Monday appointed Priscilla Venable, a Tallahassee administrative-law attorney and former general counsel of the state Department of Revenue, to a five-year term on the Florida Board of Bar Examiners.

Venable, 52, is a graduate of Florida A&M University and the Florida State University College of Law. She is a partner at Venable Corliss PA.""",
gold=[]),

dict(guid="mlb_scbw-2026-0230", pub="2026-04-07T06:00:00-04:00", title="Longtime Kennedy Space Center engineer retires after 38 years",
body="""MERRITT ISLAND - When Bart Szymanowski started at Kennedy Space Center in 1988, the Shuttle had just returned to flight and his first job was counting bolts on a mobile launcher. On Friday he retired as deputy director of ground systems engineering, after 38 years, three programs and, by his own estimate, 212 launches watched from the roof of the Launch Control Center.

Szymanowski, 63, of Melbourne Beach, led the team that converted Launch Complex 39B for the Space Launch System. He plans to spend his retirement restoring a 1959 Chris-Craft and, he said, "finally watching a launch from the beach like everybody else." """,
gold=[("MLB007", "subject")]),

dict(guid="mlb_scbw-2026-0276", pub="2026-05-05T06:00:00-04:00", title="Merritt Island machine shop wins NASA small-business award",
body="""MERRITT ISLAND - Pflaum Precision Machining, the 22-person Merritt Island shop that makes ground-support fittings for the launch pads, has been named NASA's Small Business Subcontractor of the Year for the Kennedy region.

Founder Ignatius "Iggy" Pflaum, 75, started the shop in his garage in 1981 after he was laid off at the end of Apollo. "We were the guys who could make a part by Tuesday," Pflaum said. His daughter, Theresa Pflaum Gaines, now runs day-to-day operations.""",
gold=[]),

dict(guid="mlb_scbw-2026-0311", pub="2026-06-02T06:00:00-04:00", title="Titusville elementary principal promoted to district post",
body="""TITUSVILLE - Renee Quackenbush, principal of Coquina Elementary in Titusville for the last nine years, has been named Brevard Public Schools' director of elementary programs for the north area, the district announced Monday.

Quackenbush, who began her career teaching fourth grade at Apollo Elementary in 1983, led Coquina from a C to an A school grade in four years. She starts her new post July 1. Her husband, Tad, is a retired Titusville police lieutenant.""",
gold=[("MLB005", "subject")]),
]
