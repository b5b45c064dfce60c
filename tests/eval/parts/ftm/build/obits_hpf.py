"""Harborview & Palms Funeral Home and Cremation (Cape Coral, North Fort Myers and Lehigh Acres chapels):
funeral-home site, HTML in content:encoded, one-sentence description. Hand-labelled."""

ITEMS = [
dict(guid="ftm_hpf_angel-luis-cintron-melendez", pub="2026-01-27T15:20:00-05:00",
title="Ángel Luis Cintrón Meléndez",
body="""Ángel Luis Cintrón Meléndez, 84, of Lehigh Acres, formerly of Caguas, Puerto Rico, passed away on January 24, 2026, surrounded by his family.

Don Ángel worked for 30 years at the Caguas tobacco and later the Goya plant in Bayamón, and moved to Lehigh Acres in 2012 to be near his grandchildren. He was a faithful member of Iglesia Católica San Rafael and never missed a game of dominoes on Sunday afternoon.

He is survived by his son, Wilfredo "Willy" Cintrón (Marisol) of Lehigh Acres; his daughter, Evelyn Cintrón Rivera of Orlando; seven grandchildren; and two great-grandchildren. Le sobreviven su hijo Willy y su esposa Marisol, su hija Evelyn, siete nietos y dos bisnietos. He was preceded in death by his beloved wife, Carmen Rivera de Cintrón.

A Mass will be celebrated at San Rafael Catholic Church, Lehigh Acres, on Saturday at 10 a.m., Father Jorge Ocasio celebrant.""",
gold=[("FTM004", "survivor"), ("FTM005", "survivor")]),

dict(guid="ftm_hpf_marie-mathilde-louissaint", pub="2026-02-17T11:45:00-05:00",
title="Marie Mathilde Louissaint",
body="""Marie Mathilde Louissaint, 77, of Lehigh Acres, born in Jérémie, Haiti, entered eternal rest on February 13, 2026.

Manman Mathilde came to Florida in 1994 and worked as a nursing assistant in Fort Myers until she was 70. She was a pillar of Église Baptiste Béthel of Lehigh Acres, where she sang in the choir and cooked for every wedding and every funeral.

She leaves to mourn her daughter, Nadège Desravines and her husband, Fritznel, of Lehigh Acres; her sons, Jean-Robert Louissaint of Miami and Wesner Louissaint of Port-au-Prince; eight grandchildren; and a host of relatives and friends in Florida, Haiti and Canada. She was preceded in death by her husband, Anold Louissaint.

Funeral service Saturday at 10 a.m. at Église Baptiste Béthel, Pastor Elysée Jean-Louis officiating. Interment at Lee Memorial Park.""",
gold=[("FTM010", "survivor"), ("FTM009", "survivor")]),

dict(guid="ftm_hpf_renate-oberholtzer", pub="2026-03-19T13:10:00-04:00",
title="Renate Oberholtzer",
body="""Renate Oberholtzer (née Kessler), 74, of Cape Coral, died March 16, 2026, at Cape Coral Hospital after a brief illness.

Renate was born in Stuttgart, Germany, and came to the United States in 1973 as a young bride. She and Klaus moved to Cape Coral from Milwaukee in 2010. She was a longtime member of the German American Social Club of Cape Coral, where her Black Forest cake was the first thing gone at every Oktoberfest.

She is survived by her husband of 52 years, Klaus; her daughter, Sabine (Tom) Hartley of Wauwatosa, Wisconsin; and two grandsons. She was preceded in death by her brother, Jürgen Kessler.

A memorial service will be held at Good Shepherd Lutheran Church, Cape Coral, on Saturday at 2 p.m.""",
gold=[("FTM006", "survivor")]),

dict(guid="ftm_hpf_walter-tessmer", pub="2026-02-03T10:30:00-05:00",
title="Walter H. Tessmer",
body="""Walter Herman Tessmer, 88, of Cape Coral, died January 30, 2026.

Walt was a U.S. Army veteran and a tool-and-die maker in Rockford, Illinois, before retiring to Cape Coral in 1995. He bowled Tuesday nights at Coral Lanes for 28 years.

He is survived by his son, Mark Tessmer of Rockford, and his daughter, Lynn Voss of Cape Coral. He was preceded in death by his wife, Irma.

Funeral service Friday at 11 a.m. at the Cape Coral chapel. Pallbearers will be Hal Gruenwald, Dale Voss, Kurt Tessmer, Eddie Paulsen, Jim Meyer and Ron Kuehl, his bowling team. Burial with military honors at Sarasota National Cemetery.""",
gold=[]),

dict(guid="ftm_hpf_raymond-kowalczyk", pub="2026-04-22T09:40:00-04:00",
title="Raymond P. Kowalczyk",
body="""Raymond Peter Kowalczyk, 70, of Fort Myers Beach, died April 18, 2026, doing what he loved, fishing off the pier at Lynn Hall Park.

Ray grew up in Hamtramck, Michigan, and worked as a union electrician before following his sister to the beach in 1998. He rebuilt his own stilt house twice, after Charley and after Ian.

He is survived by his sister, Frannie Ablamsky and her husband, Walter, of Fort Myers Beach; his nephews, Mike and Steve Ablamsky; and his faithful dog, Sparky. He was preceded in death by his parents, Peter and Stella Kowalczyk.

A memorial gathering will be held at the Ablamskys' bait shop on Estero Boulevard on Sunday at sunset.""",
gold=[("FTM019", "survivor")]),

dict(guid="ftm_hpf_chester-mankowski", pub="2026-05-12T14:00:00-04:00",
title="Chester A. Mankowski",
body="""Chester Anthony Mankowski, 90, of Estero, formerly of Cheektowaga, New York, died May 9, 2026, at his daughter's home.

Chet spent 38 years at the Bethlehem Steel plant in Lackawanna and never forgave the Bills for four Super Bowls. He moved to Estero in 2015 to live with his daughter's family.

He is survived by his daughter, Diane (Ken) Osterhout of Estero; his son, Thomas Mankowski of Buffalo; five grandchildren; and four great-grandchildren. He was preceded in death by his wife of 61 years, Dolores.

A Mass of Christian Burial will be celebrated at St. John XXIII Catholic Church, Estero, on Friday at 10 a.m.""",
gold=[("FTM021", "survivor"), ("FTM020", "survivor")]),
]
