"""Cook Inlet Business Journal (invented weekly business paper, Kenai Peninsula and Anchorage): plain text.
Hand-labelled."""

FEED = "cibj"
ITEMS = [
dict(guid="ena_cibj_2026_0210", pub="2026-02-10T06:30:00-09:00", title="Tepanoff named chief executive of Inlet Tribal Health",
body="""KENAI - The board of Inlet Tribal Health Partnership on Monday named Anna Marie Tepanoff its chief executive officer, effective March 1.

Tepanoff, who has served as the clinic's chief operating officer since 2019, grew up in Old Town Kenai and holds a master's degree in health administration from the University of Alaska Anchorage. She succeeds Dr. Howard Lemke, who is retiring after 14 years.

"Annie knows every family we serve," board chair Roberta Nick said. The partnership runs clinics in Kenai, Nikiski and Ninilchik and employs 210 people.""",
gold=[("ENA018", "subject")]),

dict(guid="ena_cibj_2026_0408", pub="2026-04-08T06:30:00-08:00", title="Cooper Landing lodge opens its 30th season",
body="""COOPER LANDING - When Sharon Ekstrom bought a run-down roadhouse at Mile 49 of the Sterling Highway in 1997, bankers told her a fishing lodge on the upper Kenai would never pay. This spring Kenai Canyon Lodge opens its 30th season with 14 cabins, a restaurant and a waiting list.

Ekstrom, who still cooks breakfast for guests most mornings, credits the sockeye runs and repeat customers. "Half my guests came first with their parents," she said. The lodge will mark the anniversary with an open house on Memorial Day weekend.""",
gold=[("ENA021", "subject")]),

dict(guid="ena_cibj_2026_0603", pub="2026-06-03T06:30:00-08:00", title="Homer Spit boat yard changes hands as Dahlgren retires",
body="""HOMER - Dahlgren Marine Ways, the family boat yard on the Homer Spit since 1955, has been sold to Kachemak Bay Marine Services, owner Cliff Dahlgren said last week.

Dahlgren, 77, is retiring after running the yard for thirty years, and before that working it alongside his parents. "My mother still asks me about the haul-out schedule," he said. Terms were not disclosed. Kachemak Bay Marine will keep the yard's six employees.""",
gold=[("ENA014", "subject")]),

dict(guid="ena_cibj_2026_0709", pub="2026-07-09T06:30:00-08:00", title="Nikiski fabrication shop is Peninsula's Business of the Year",
body="""SOLDOTNA - North Road Fabrication of Nikiski, which grew from a two-welder shop to 48 employees serving the Cook Inlet platforms, was named 2026 Business of the Year at the Kenai Peninsula Chambers luncheon on Wednesday. Owners Trent and Kelsey Odegaard accepted the award.

This year's judges were Gary Vukovich, a retired Kenai banker; Annie Tepanoff of Inlet Tribal Health; and Brent Sakamoto of Homer. Runners-up were a Soldotna coffee roaster and a Seward kayak outfitter.""",
gold=[]),

dict(guid="ena_cibj_2026_0915", pub="2026-09-15T06:30:00-08:00", title="Central Peninsula hospital names new chief nursing officer",
body="""SOLDOTNA - Inlet Regional Medical Center has promoted Marina Hendry to chief nursing officer, the hospital announced Monday.

Hendry, a Kenai native and a nurse at the hospital for 24 years, most recently directed its emergency department. She succeeds Carol Dwyer, who retired in August. Hendry starts in her new role on Oct. 1.""",
gold=[("ENA011", "subject")]),
]
