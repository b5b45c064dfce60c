"""Erie Business Weekly (regional business journal), plain text. Hand-labelled."""

FEED = "ebw"
ITEMS = [
dict(guid="eri_ebw-2026-0114", pub="2026-01-14T06:00:00-05:00", title="Himalayan Bazaar opens second store, on Peach Street in Millcreek",
body="""ERIE, Pa. - The East Side grocery that began as a single aisle of lentils and spices for newly arrived Bhutanese families is opening its second location this month, in a former video store on Upper Peach Street in Millcreek Township.

Hari Prasad Adhikari, who founded Himalayan Bazaar on East 12th Street in 2013, said the new 6,000-square-foot store will add a halal butcher counter and a hot kitchen serving momos. "Half of our customers now drive in from Millcreek and Harborcreek," Adhikari said. "We decided to go to them."

The store employs 14 people and expects to hire eight more. Regular customer Tika Ram Bhattarai said he has shopped at the original store "since the day it opened, when it was only rice and tea." """,
gold=[("ERI011", "subject")]),
# Tika Ram Bhattarai (ERI012) is a quoted customer: nothing.

dict(guid="eri_ebw-2026-0211", pub="2026-02-11T06:00:00-05:00", title="Port of Erie grain shipments up 18 percent despite short season",
body="""ERIE, Pa. - Grain and aggregate tonnage through the Port of Erie rose 18 percent last year, the Erie-Western Pennsylvania Port Authority said Tuesday, even though ice closed the harbor two weeks earlier than usual.

The increase came mostly from soybeans shipped to Ontario mills and limestone for road projects. Lake carriers also used the Conneaut harbor more often. "When Erie is tight, the boats come to us, and when we are tight, they go to Erie," said Pat O'Connell, Conneaut's longtime harbor master. "The lake does not care which state you are in."

The authority expects a similar season in 2026 if water levels hold.""",
gold=[]),
# ERI022 Pat O'Connell is only quoted here (his retirement is a later story in the Lakeshore Herald).

dict(guid="eri_ebw-2026-0325", pub="2026-03-25T06:00:00-04:00", title="Marchetti Family Vineyards takes double gold at state wine competition",
body="""NORTH EAST, Pa. - A North East winery best known for its Concord and Niagara blends has beaten dozens of larger producers at the Pennsylvania Farm Show's wine competition.

Marchetti Family Vineyards, owned by Joe and Linda Marchetti, won double gold for its 2024 dry Riesling and a silver for its ice wine. The Marchettis planted their first vinifera vines in 1996 on land Linda's grandfather farmed for grape juice.

"Everyone told my husband Riesling would never survive the lake winters," Linda Marchetti said. "Thirty years later, here we are." The winery plans to double its tasting-room hours this summer.""",
gold=[("ERI009", "subject"), ("ERI010", "subject")]),

dict(guid="eri_ebw-2026-0506", pub="2026-05-06T06:00:00-04:00", title="Bayfront Regional names chief nursing officer",
body="""ERIE, Pa. - Bayfront Regional Medical Center has a new chief nursing officer.

Rosa Elena Ramos, who has led the hospital's emergency and trauma nursing staff since 2019, will oversee more than 900 nurses at the 320-bed hospital and its two outpatient centers. Ramos, a graduate of Gannon University's nursing program, started at Bayfront as a night-shift nurse's aide in 1996.

She succeeds Dr. Karen Moczulski, who retired in April. "Rosa knows every unit because she has worked on most of them," chief executive David Lindquist said.""",
gold=[("ERI021", "subject")]),
]
