"""Glacier Country Death Notices (paid notices, terse, surname-first headings), plain text. Hand-labelled."""

FEED = "gcn"
ITEMS = [
dict(guid="ctb_gcn_20260130_pederson", pub="2026-01-30T06:00:00-07:00", title="PEDERSON, Alvin T.",
body="""PEDERSON, Alvin T., 89, Conrad, died Jan. 27, 2026. Retired grain farmer. Survived by wife Thelma; sons Kurt and Dale; sister Gladys Thorsrud of Valier. Services 11 a.m. Monday, Conrad Lutheran Church. Marias Memorial Chapel, Conrad.""",
gold=[("CTB011", "survivor")]),

dict(guid="ctb_gcn_20260512_running_crane", pub="2026-05-12T06:00:00-06:00", title="RUNNING CRANE, Delphine A.",
body="""RUNNING CRANE, Delphine A., 68, Lame Deer, died May 8, 2026, at Billings Clinic. Lifelong resident of Lame Deer and the Northern Cheyenne Reservation; retired school cook. Survived by husband Lloyd; children Marcus and Tia. Services Saturday, St. Labre Mission, Ashland.""",
gold=[]),

dict(guid="ctb_gcn_20260722_sundquist", pub="2026-07-22T06:00:00-06:00", title="SUNDQUIST, Bryce L.",
body="""SUNDQUIST, Bryce L., 31, Billings, formerly of Sunburst, died July 18, 2026. Survived by his parents, Dale and Marcy Sundquist of Sunburst; brother Garrett (Kaylee) Sundquist of Sunburst; grandmother Edna Sundquist. Memorial 2 p.m. Saturday, Sunburst Community Center.""",
gold=[("CTB020", "survivor")]),

dict(guid="ctb_gcn_20260918_ostrem", pub="2026-09-18T06:00:00-06:00", title="OSTREM, Harlan M.",
body="""OSTREM, Harlan M., 80, Cut Bank, died Sept. 9, 2026. Born Feb. 11, 1946. Longtime owner of Ostrem Seed & Grain. Survived by wife of 57 years Verna; sons Lyle (Deb) and Nathan; sister-in-law Ione Kluth. Funeral 10:30 a.m. Monday, Immanuel Lutheran Church, Cut Bank.""",
gold=[]),   # later copy of ctb_hpp_obit_2026_0914: labelled on the earlier copy only

dict(guid="ctb_gcn_20261103_many_guns", pub="2026-11-03T06:00:00-07:00", title="MANY GUNS, Harold",
body="""MANY GUNS, Harold, 86, East Glacier Park, died Oct. 30, 2026. Built and ran the Two Medicine Lodge Motel from 1976. Survived by sons Curtis (Renee) Many Guns of East Glacier Park and Wayne Many Guns of Browning; seven grandchildren. Preceded by wife Evelyn. Wake and funeral at the East Glacier Park Community Hall.""",
gold=[("CTB012", "survivor")]),
]
