"""Oklahoma Energy & Business Weekly: business weekly, plain text. Hand-labelled."""

FEED = "oebw"
ITEMS = [
dict(guid="okc_oebw_2026_0112", pub="2026-01-12T06:00:00-06:00", title="Yukon's Skaggs Well Service adds 40 jobs, second yard in Kingfisher",
body="""YUKON - Skaggs Well Service, the workover and plugging contractor that Curt and Tammy Skaggs started with one pulling unit in 1994, will add 40 jobs and open a second yard in Kingfisher this spring.

The company now runs 22 rigs across the SCOOP and STACK plays. "Plugging old wells is steady work whatever oil does," Curt Skaggs said. Tammy Skaggs, the company's chief financial officer, said the expansion was financed without outside investors.""",
gold=[("OKC012", "subject"), ("OKC013", "subject")]),

dict(guid="okc_oebw_2026_0302", pub="2026-03-02T06:00:00-06:00", title="Pho Saigon Kitchen owner named Small Business Person of the Year",
body="""OKLAHOMA CITY - The owner of a 40-seat noodle shop on Classen Boulevard has been named the city's Small Business Person of the Year.

Tracy Pham opened Pho Saigon Kitchen in 2017 in a former tire shop and now employs 26 people at two locations. The award, given by the Greater Oklahoma City chamber, cites her apprenticeship program for refugee cooks.

"She proved the Asian District is a destination, not a detour," said Linh Nguyen, president of the Asian District Merchants Association, who nominated her.""",
gold=[("OKC016", "subject")]),
# Linh Nguyen (OKC002) quoted as nominator: nothing.

dict(guid="okc_oebw_2026_0420", pub="2026-04-20T06:00:00-05:00", title="Red Earth Midstream promotes Sandoval to vice president of operations",
body="""OKLAHOMA CITY - Red Earth Midstream has promoted Jose Luis Sandoval to vice president of operations, the gathering and processing company said Monday.

Sandoval, of Moore, joined the company in 2009 as a compressor technician and most recently managed its Canadian County plants. He will oversee 310 miles of pipeline and four processing plants.""",
gold=[("OKC021", "subject")]),

dict(guid="okc_oebw_2026_0511", pub="2026-05-11T06:00:00-05:00", title="Edmond chamber gala raises record $310,000",
body="""EDMOND - The Edmond Area Chamber's spring gala raised a record $310,000 for workforce scholarships at UCO and Francis Tuttle.

Presenting sponsors were Arcadia Lake Bank and Broadway Title. Table sponsors included Ken and Sharon Van Buskirk, Larry Hollis, Dr. Anita Shah, and the Kickingbird Rotary. The evening's auctioneer was state Rep. Dale Crowder.""",
gold=[]),
# Donor list: nothing.
]
