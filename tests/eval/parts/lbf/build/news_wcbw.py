"""West Central Nebraska Business Weekly (invented): business news, plain text. Hand-labelled."""

FEED = "wcbw"
ITEMS = [
dict(guid="lbf_wcbw_2026_0210_haumesser-implement", pub="2026-02-10T06:30:00-06:00", title="Haumesser Implement marks 50 years with new shop in Sutherland",
body="""Haumesser Implement, the Sutherland farm equipment dealer, will mark its 50th year by breaking ground this spring on a 24,000-square-foot service shop on the east edge of town.

Owner Merle "Butch" Haumesser opened the dealership in a Quonset on Front Street in 1976 with one mechanic and a used-tractor lot. It now employs 31 people and sells short-line equipment across five counties.

"Farmers keep machines longer now, so the shop is where the business is," Haumesser said. The project is expected to add eight technician jobs.""",
gold=[("LBF013", "subject")]),

dict(guid="lbf_wcbw_2026_0303_gph-cmo", pub="2026-03-03T06:30:00-06:00", title="Great Plains Health names Brunkhorst chief medical officer",
body="""Great Plains Health has named Dr. Anneliese Brunkhorst its chief medical officer, effective April 1.

Brunkhorst, an internist, joined the North Platte hospital in 2006 and has led its hospitalist program since 2015. She succeeds Dr. Paul Yancey, who is returning to full-time practice.

The hospital, the only Level II trauma center in western Nebraska, employs about 1,300 people.""",
gold=[("LBF009", "subject")]),

dict(guid="lbf_wcbw_2026_0414_zamarripa-tire", pub="2026-04-14T06:30:00-05:00", title="Zamarripa's Tire & Lube opens second location on South Jeffers",
body="""Zamarripa's Tire & Lube has opened a second location at 1910 S. Jeffers St., near the Interstate 80 interchange.

Ruben Zamarripa, who owns the business with his wife, Vangie, opened the first shop on West Fourth Street in 2004. The new location adds four service bays and a truck-tire bay for semis coming off the interstate.

"Half our customers now are truckers who lost a tire on 80," Ruben Zamarripa said.""",
gold=[("LBF021", "subject"), ("LBF020", "subject")]),

dict(guid="lbf_wcbw_2026_0505_kearney-cpa", pub="2026-05-05T06:30:00-05:00", title="Kearney accounting firm adds two partners",
body="""Bosselman Wendt & Co., a Kearney accounting firm, has named Lee Rohrbaugh and Alyssa Fries partners.

Rohrbaugh, 31, a Kearney native, joined the firm in 2017 and leads its agricultural tax practice. Fries, 34, of Gibbon, specializes in audits of school districts and hospitals.""",
gold=[]),   # namesake of LBF017 (Leland Rohrbaugh III, 55, North Platte)

dict(guid="lbf_wcbw_2026_0609_ethanol", pub="2026-06-09T06:30:00-05:00", title="Ethanol plant near Sutherland plans carbon capture line",
body="""The ethanol plant east of Sutherland plans to connect to a proposed carbon dioxide pipeline by 2028, its general manager told Lincoln County commissioners Monday.

The plant, which grinds about 22 million bushels of corn a year, would qualify for higher federal clean-fuel credits if it captures the carbon dioxide from fermentation. Commissioners took no action.""",
gold=[]),

dict(guid="lbf_wcbw_2026_0721_sutherland-industrial-park", pub="2026-07-21T06:30:00-05:00", title="Commissioners back Sutherland industrial park",
body="""Lincoln County commissioners voted 3-0 Monday to support a 160-acre industrial park on the east side of Sutherland, near the ethanol plant and the Union Pacific main line.

Several business owners spoke in favor at the hearing. "We need lots with rail and three-phase power, or the next plant goes to Kansas," said Merle Haumesser of Haumesser Implement, whose new shop is next to the site.

The village will apply for a state Site and Building Development Fund grant this fall.""",
gold=[]),   # quoted speaker, not the story's subject
]
