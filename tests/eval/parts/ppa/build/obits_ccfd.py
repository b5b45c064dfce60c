"""Cornerstone Colonial Funeral Directors (Pampa and Borger): funeral-home site, HTML in content:encoded,
one-sentence plain description. Hand-labelled."""

ITEMS = [
dict(guid="ppa_ccfd_elvira-rangel-saenz", pub="2026-02-23T11:00:00-06:00", title="Elvira Rangel Saenz",
body="""Elvira Rangel Saenz, 79, of Borger, went to be with the Lord on Friday, February 20, 2026, surrounded by her family.

Rosary will be recited at 7 p.m. Tuesday at St. John the Evangelist Catholic Church in Borger, and the Mass of Christian Burial will be celebrated at 10 a.m. Wednesday with Father Tomas Okonkwo as celebrant. Burial will follow in Westlawn Memorial Park.

Elvira was born July 26, 1946, in Pampa to Ramon and Esperanza Rangel. She married Ernesto Saenz in 1966 and they moved to Borger, where she worked in the cafeteria at Borger High School for 27 years. Nobody in Hutchinson County made better tamales at Christmas, and nobody made more of them.

She is survived by her husband of 59 years, Ernesto Saenz; her sons, Ramon Saenz (Diana) of Borger and Ernie Saenz Jr. of Lubbock; her sisters, Maria Guadalupe "Lupe" Zamarripa of Pampa and Consuelo Rangel of Dumas; her nephew, Tommy Zamarripa of Amarillo, whom she raised like her own for a time; seven grandchildren; and three great-grandchildren.

She was preceded in death by her parents and a brother, Gilbert Rangel.

Pallbearers: Art De La Cerda, Ramon Saenz Jr., Joe Luna, Adrian Saenz, Gilbert Rangel Jr. and Chris Medrano.""",
gold=[("PPA011", "survivor"), ("PPA022", "survivor")]),

dict(guid="ppa_ccfd_lloyd-frerich-sr", pub="2026-03-17T10:15:00-05:00", title="Lloyd Anton Frerich Sr.",
body="""Lloyd Anton Frerich Sr., 92, of Groom, died Saturday, March 14, 2026, at his home on the farm.

Mass of Christian Burial will be at 10 a.m. Thursday at St. Mary's Catholic Church in Groom, with a rosary at 7 p.m. Wednesday. Burial will be in St. Mary's Cemetery.

Lloyd was born October 2, 1933, in Groom, the fourth of nine children of Anton and Theresa Frerich. He married Agnes Hoelscher at St. Mary's in 1957. He farmed wheat south of Groom his whole life and was a 4th Degree Knight of Columbus. He drove to the elevator every morning until he was 90 to hear the price of wheat in person.

He is survived by his wife of 68 years, Agnes; his son, Lloyd "Sonny" Frerich Jr. and wife Darlene of Groom; his daughters, Rita Britten of Panhandle and Anne Marie Kuehler of Hereford; 14 grandchildren; and 22 great-grandchildren.

He was preceded in death by his parents and five brothers and sisters.""",
gold=[("PPA005", "survivor"), ("PPA006", "survivor")]),

dict(guid="ppa_ccfd_royce-dean-carruth", pub="2026-09-14T09:40:00-05:00", title="Royce Dean Carruth",
body="""Royce Dean Carruth, 66, of Miami, died Thursday, September 10, 2026, at BSA Hospital in Amarillo.

Funeral services will be at 2 p.m. Monday at First Baptist Church of Miami, with burial in Miami Cemetery.

Royce was born January 15, 1960, in Pampa and grew up on the Carruth place on Red Deer Creek, which he ran for forty years. He was a Roberts County commissioner for two terms, roped in the Cowboy Christmas Ball every year and never turned down a neighbor who needed help working cattle.

He is survived by his wife of 40 years, Bobbie Jo Carruth, of the home; a son, Clay Carruth and wife Lacey of Miami; a daughter, Jenna Pickens of Canyon; a brother, Dwight Carruth of Canadian; and five grandchildren.""",
gold=[("PPA014", "survivor")]),

dict(guid="ppa_ccfd_wesley-pruett", pub="2026-05-26T13:30:00-05:00", title="Wesley Earl Pruett",
body="""Wesley Earl Pruett, 90, of Clarendon, died Saturday, May 23, 2026.

Services will be at 11 a.m. Thursday at First Baptist Church of Clarendon. Burial will be in Citizens Cemetery.

Wesley was born in Hedley in 1935. He taught vocational agriculture at Clarendon High School for 31 years and judged county stock shows across the Panhandle well into his eighties.

Survivors include his wife, Doris, of Clarendon; a son, the Rev. Garrett Pruett and wife Annette of Pampa; a daughter, Linda Kay Swint of Memphis, Texas; and six grandchildren.""",
gold=[("PPA013", "survivor")]),

dict(guid="ppa_ccfd_dolores-renfro", pub="2026-08-05T12:00:00-05:00", title="Dolores Ann 'Dee' Renfro",
body="""Dolores Ann "Dee" Renfro, 71, of Canadian, passed away peacefully on Sunday, August 2, 2026, at Hemphill County Hospital.

A celebration of life will be held at 10 a.m. Saturday at the Canadian First United Methodist Church.

Dee was born in Perryton in 1955. She ran the Renfro Flower Shop on Main Street for 35 years and did the flowers for half the weddings in Hemphill County. She loved the Fourth of July rodeo, her roses and her grandchildren, in no particular order.

She is survived by her sons, Colton Renfro of Canadian and Wade Renfro and wife Tami of Canadian; a sister, Norma Geer of Shamrock; and four grandchildren. She was preceded in death by her husband, Dwayne Renfro, in 2015.""",
gold=[("PPA019", "survivor")]),
]
