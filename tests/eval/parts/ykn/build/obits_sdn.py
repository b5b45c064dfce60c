"""Siouxland Daily Death Notices (brief paid notices, surname-first headings, 30-70 words), plain text.
Hand-labelled."""

FEED = "sdn"
ITEMS = [
dict(guid="ykn_sdn_2026_000211", pub="2026-02-13T06:00:00-06:00", title="NEDVED, Wade T.",
body="""Wade Thomas Nedved, 22, Sioux Falls, formerly of Tabor, died Feb. 9, 2026, in a vehicle accident near Brandon. Survived by parents Craig and Deb Nedved, Tabor; brother, Cody; grandparents Marvin and Lois Nedved, Tabor. Mass 10:30 a.m. Tuesday, St. Wenceslaus Catholic Church, Tabor.""",
gold=[]),

dict(guid="ykn_sdn_2026_000264", pub="2026-03-06T06:00:00-06:00", title="PINKELMAN, Rodney J. \"Rod\"",
body="""Rodney J. "Rod" Pinkelman, 78, Hartington, Neb., died March 3, 2026. Born March 30, 1947. Survived by wife of 56 years, Carol; sons Mark and Tony; daughter, Angela Arens; 11 grandchildren. Mass 10:30 a.m. Saturday, Holy Trinity Catholic Church, Hartington. Bluffview Funeral Chapel, Hartington.""",
gold=[]),

dict(guid="ykn_sdn_2026_000318", pub="2026-03-27T06:00:00-05:00", title="HOVORKA, Darrell L.",
body="""Darrell Lee Hovorka, 75, Cedar Rapids, Iowa, died March 24, 2026. Retired Quaker Oats millwright. Survived by wife, Janice; daughters Kim and Tracy; four grandchildren. Services 11 a.m. Monday, Cedar Memorial Chapel, Cedar Rapids.""",
gold=[]),

dict(guid="ykn_sdn_2026_000402", pub="2026-04-24T06:00:00-05:00", title="TEREZ, Helen M.",
body="""Helen M. Terez, 92, Yankton, died April 21, 2026, at Avera Sacred Heart Hospital. Survived by son, Robert, Omaha. The family thanks the nurses of the third floor, especially Justine Cournoyer, for their kindness. Private family burial, Sacred Heart Cemetery, Yankton.""",
gold=[]),
]
