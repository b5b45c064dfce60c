"""Hi-Line Business Ledger (regional business paper): plain-text descriptions. Hand-labelled (gold=...)."""

FEED = "hlb"
ITEMS = [
dict(guid="ctb_hlb_20260410_dussome_realty", pub="2026-04-10T07:00:00-06:00", title="Dussome Realty opens second office in Shelby",
body="""Cut Bank broker Sharla Dussome is crossing the county line. Dussome Realty, which she founded in Cut Bank in 2009, opened a second office on Main Street in Shelby this week.

Dussome said farm and ranch sales along the Hi-Line have doubled since 2022 and that half her buyers are now from out of state. The Shelby office will be run by agent Tanya Reichelt.""",
gold=[("CTB021", "subject")]),

dict(guid="ctb_hlb_20260527_wolf_plume_trucking", pub="2026-05-27T07:00:00-06:00", title="Browning trucking firm wins five-year road-gravel contract",
body="""Wolf Plume Trucking of Browning has won a five-year contract to haul road gravel for the Blackfeet Nation's roads department, the largest contract in the company's history.

The family firm, owned by Marvin and Charlene Wolf Plume, started with one dump truck in 1994 and now runs fourteen. The couple plans to hire six drivers this summer.""",
gold=[("CTB004", "subject"), ("CTB005", "subject")]),

dict(guid="ctb_hlb_20260826_elevator", pub="2026-08-26T07:00:00-06:00", title="Pondera County elevator adds shuttle-train loop",
body="""The Marias River Grain elevator near Conrad will add a 110-car shuttle-train loop by next harvest, cutting freight costs for growers across Pondera and Glacier counties.

"Our colonies ship most of their wheat by truck to Great Falls right now," said Jacob Wipf, farm manager at Birch Creek Colony. "This keeps that money closer to home."

Tad Brekke, who farms north of Cut Bank, said growers have waited a decade for the loop. Construction starts in October.""",
gold=[]),

dict(guid="ctb_hlb_20261105_ag_person", pub="2026-11-05T07:00:00-07:00", title="Glacier County chamber names Brekke Agribusiness Person of the Year",
body="""The Cut Bank Area Chamber of Commerce has named Tad Brekke its 2026 Agribusiness Person of the Year.

Brekke, who farms the family's Santa Rita-area homestead, led the growers' push for the new shuttle-train loop at Conrad and chairs the Glacier County Conservation District. He will be honored at the chamber banquet on Nov. 20.""",
gold=[("CTB006", "subject")]),
]
