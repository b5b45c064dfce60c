"""Montana Ag & Business Weekly (invented statewide business paper): plain text. Hand-labelled."""

ITEMS = [
dict(guid="lwt_mab_2026_04_08", pub="2026-04-08T06:00:00-06:00",
title="Stanford's Wolf Butte Cafe marks 25 years under Mary Jo Pribyl",
body="""STANFORD - When Mary Jo Pribyl bought the Wolf Butte Cafe on Central Avenue in April 2001, the previous owner gave her two pieces of advice: never change the pie crust, and never take the coffee off the stove.

Twenty-five years later Pribyl still has the crust recipe and eight employees, and the cafe is the only place to eat between Geyser and Hobson. She marked the anniversary last Saturday with 25-cent coffee and a line out the door. "Half of these people I fed when they were in high chairs," she said.""",
gold=[("LWT007", "subject")]),

dict(guid="lwt_mab_2026_05_13", pub="2026-05-13T06:00:00-06:00",
title="Vukasin retires from Central Montana Co-op board after 42 years",
body="""LEWISTOWN - Anton "Tony" Vukasin, who has served on the Central Montana Cooperative's board of directors for 42 years, the last 19 as its chairman, stepped down at the co-op's annual meeting April 30.

Vukasin joined the board in 1984, when the co-op was one grain elevator, and saw it grow into a fuel, agronomy and feed business with outlets in Lewistown, Denton and Stanford. Members elected Jolene Gies of Moore to succeed him as chair. Vukasin said he and his wife, Rosie, plan to spend more time with their grandchildren and less with spreadsheets.""",
gold=[("LWT010", "subject")]),

dict(guid="lwt_mab_2026_06_10", pub="2026-06-10T06:00:00-06:00",
title="Denton ranch couple wins stockgrowers' stewardship award",
body="""DENTON - Wade "Butch" and Shelly Tollefson, who run cow-calf pairs on the Coffee Creek ranch his grandfather homesteaded, have won the Montana Stockgrowers Association's 2026 Environmental Stewardship Award.

The Tollefsons rest-rotate 14 pastures, fenced the creek bottoms and planted 4,000 shelterbelt trees. The award will be presented at the association's convention in Billings in December.""",
gold=[("LWT005", "subject"), ("LWT006", "subject")]),

dict(guid="lwt_mab_2026_08_26", pub="2026-08-26T06:00:00-06:00",
title="Brewery to open in Lewistown's old creamery building",
body="""LEWISTOWN - A craft brewery will open this winter in the former Lewistown creamery on Second Avenue North, owners Cole and Harper Lindseth said.

Judith Creek Brewing will have a 15-barrel system and a taproom with room for 80. "Downtown has been asking for a place like this for years," said Travis Ostberg, who chairs the Lewistown Area Chamber of Commerce's downtown committee. The Lindseths have financed the project in part with a Big Sky Trust Fund grant.""",
gold=[]),

dict(guid="lwt_mab_2026_10_21", pub="2026-10-21T06:00:00-06:00",
title="Donors put Fergus FFA chapter in a new stock trailer",
body="""LEWISTOWN - The Fergus High School FFA chapter took delivery of a new 24-foot stock trailer last week, paid for by 60 local donors.

Gifts of $500 or more came from the Bank of Central Montana, Central Montana Cooperative, Curt Haugen, Loretta "Babe" Hergett, Ted and Helen Rasmussen, Spring Creek Veterinary Clinic, and the Lewistown Lions Club. Chapter advisor Kelsey Wiens said the old trailer "had more rust than trailer.\"""",
gold=[]),
]
