"""Pee Dee Business Review (invented weekly business paper, Florence, S.C.): plain text. Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="flo_pdbr_2026_0042", pub="2026-02-16T06:00:00-05:00",
title="Hucks Tire & Alignment marks 40 years on West Carolina Avenue",
body="""HARTSVILLE - When Bobby Ray Hucks opened a two-bay tire shop on West Carolina Avenue in February 1986, he had one lift, a borrowed air compressor and a loan from his uncle.

Forty years later Hucks Tire & Alignment has eleven employees and a second location in Darlington, and it still closes at noon on Saturdays. Hucks and his wife, Darlene, who keeps the books, marked the anniversary Friday with a fish fry for customers.

"People in Hartsville will drive past three chain stores to get here, and I don't take that for granted," Hucks said.""",
gold=[("FLO007", "subject")]),

dict(guid="flo_pdbr_2026_0071", pub="2026-03-23T06:00:00-04:00",
title="McCutcheon named plant manager at Florence components plant",
body="""FLORENCE - Reginald "Reggie" McCutcheon has been named plant manager of the Carolina Bearing & Drive components plant on Alligator Road, the company announced Monday.

McCutcheon, a Florence native and Francis Marion University graduate, joined the plant as a second-shift supervisor in 1994 and has been operations manager since 2019. He succeeds Gary Whitlock, who is retiring. The plant employs about 640 people.""",
gold=[("FLO013", "subject")]),

dict(guid="flo_pdbr_2026_0094", pub="2026-04-20T06:00:00-04:00",
title="Singletary opens her own downtown brokerage",
body="""FLORENCE - After eleven years with one of the region's largest real estate firms, agent Tomika Singletary is hanging out her own shingle.

Singletary Realty Group opened this month at 150 S. Dargan St., in a storefront that once held a shoe repair shop. The firm starts with four agents and will focus on first-time buyers and the downtown lofts that have filled up since the renovation of the old warehouses.

"Downtown Florence came back, and I want to help people come back with it," Singletary said.""",
gold=[("FLO022", "subject")]),

dict(guid="flo_pdbr_2026_0118", pub="2026-05-18T06:00:00-04:00",
title="Pee Dee food bank drive tops $1.2 million",
body="""FLORENCE - The Harvest Hope Pee Dee branch's spring campaign raised $1.24 million, beating its goal by more than $200,000, campaign chair Dr. Vikram Sethi said Friday.

Lead gifts came from Carolina Bearing & Drive, the Florence County Farm Bureau and Pee Dee Federal Credit Union. Business sponsors included Hucks Tire & Alignment, Singletary Realty Group, the law office of Catherine Dargan-Wilds and Truluck Farms of Effingham. Volunteers packed 4,000 weekend meal bags for Florence and Darlington County schoolchildren.""",
gold=[]),  # donor list: nothing for FLO007, FLO022, FLO008
]
