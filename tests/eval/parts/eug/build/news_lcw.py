"""Lane Commerce Weekly: business weekly, plain text. Hand-labelled."""

ITEMS = [
dict(guid="eug_lcw_2026_0209_brandvold", pub="2026-02-09T06:00:00-08:00", title="Brandvold Millwork doubles its Springfield shop",
body="""Brandvold Millwork, the Springfield cabinet and door maker, has bought the former Emerald Truss building on Marcola Road and will double its floor space this spring.

Owners Lucius and Annika Brandvold started the business in their garage in 1996. It now employs 38 people and ships custom doors as far as Anchorage. "We're hiring twelve more finish carpenters," Annika Brandvold said. The couple expects to move in by May.""",
gold=[("EUG012", "subject"), ("EUG013", "subject")]),

dict(guid="eug_lcw_2026_0316_oshaughnessys", pub="2026-03-16T06:00:00-07:00", title="O'Shaughnessy's Public House opens in the Whiteaker",
body="""A new Irish pub has opened in the Whiteaker neighborhood in the old Blair Boulevard hardware store.

O'Shaughnessy's Public House is the first business of Dermot O'Shaughnessy, a Galway native and former University of Oregon chemistry lecturer, who spent two years restoring the building's fir floors himself. The pub seats 70, pours eight Oregon beers and serves a Sunday roast.""",
gold=[("EUG007", "subject")]),

dict(guid="eug_lcw_2026_0420_sethuraman", pub="2026-04-20T06:00:00-07:00", title="McKenzie River Medical Group names new chief medical officer",
body="""McKenzie River Medical Group has named Dr. Priya Sethuraman its chief medical officer, effective May 1.

Sethuraman, an internist, has practiced with the group's downtown Eugene clinic since 2012 and led its hospice and home-care partnership. She succeeds Dr. Allan Whitcombe, who is retiring after 30 years.""",
gold=[("EUG011", "subject")]),

dict(guid="eug_lcw_2026_0511_gala", pub="2026-05-11T06:00:00-07:00", title="Emerald Valley Habitat gala raises record $410,000",
body="""Emerald Valley Habitat for Humanity's spring gala at the Hult Center raised $410,000, a record, enough to start five homes in west Eugene.

Presenting sponsors were Summit Bank and PeaceHealth. Table hosts included Lucius and Annika Brandvold, Dr. Priya Sethuraman, Dermot O'Shaughnessy, Ansel and Berit Haverkamp, and the Springfield Rotary. "Every chair was full," said gala chair Renata Oakes.""",
gold=[]),

dict(guid="eug_lcw_2026_0601_eskelson_boise", pub="2026-06-01T06:00:00-07:00", title="Idaho lumber firm taps new CFO",
body="""Boise-based Summit Ridge Lumber, which owns a sawmill in Sweet Home, has named Tobias Eskelson its chief financial officer.

Eskelson, 52, of Meridian, Idaho, was previously controller of a Nampa packaging maker. He will remain in the Boise headquarters.""",
gold=[]),
]
