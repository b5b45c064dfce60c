"""Beadle County Courier (Huron daily-style newspaper) obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="hon_bcc_obit_2026_0112", pub="2026-01-14T06:00:00-06:00", title="Evelyn Marie Vos",
body="""Evelyn Marie Vos, 94, of Huron died Sunday, Jan. 11, 2026, at Violet Tschetter Memorial Home.

Evelyn Marie Dykhuis was born Sept. 3, 1931, on the family farm near Platte to Gerrit and Hendrika Dykhuis. She married Harm Vos on June 12, 1950, at First Reformed Church in Platte. The couple farmed south of Huron until 1988, when they moved into town. Evelyn taught Sunday school for 40 years and never missed a State Fair.

She is survived by her daughter, Arlene (Del) Kuipers of Huron; son, Harvey (Diane) Vos of Sioux Falls; six grandchildren; and 11 great-grandchildren.

She was preceded in death by her husband, Harm, in 2009; and a brother, Pieter Dykhuis.

Funeral services will be 10:30 a.m. Friday at First Reformed Church, Huron, with Pastor Mitch Engebretson officiating. Pallbearers are Trent Ostrander, Caleb Vos, Jordan Kuipers and Mason Vos. Burial will be in Riverside Cemetery."""
, gold=[("HON002", "survivor"), ("HON001", "survivor")]),

dict(guid="hon_bcc_obit_2026_0147", pub="2026-02-13T06:00:00-06:00", title="Orville J. Kopecky",
body="""Orville James Kopecky, 86, of Wessington Springs passed away Tuesday, Feb. 10, 2026, at Avera Weskota Memorial Hospital.

Orville was born Feb. 9, 1940, in Jerauld County to Frank and Marie (Cihak) Kopecky. He graduated from Wessington Springs High School in 1958. On Oct. 14, 1961, he married Bernice Tlustos at St. Wenceslaus Catholic Church in Tabor. They farmed northeast of Wessington Springs for more than 50 years, and Orville served on the township board and the Jerauld County Fair board.

Grateful for having shared his life are his wife of 64 years, Bernice; sons, Daniel (Jill) Kopecky of Mitchell and Steven Kopecky of Wessington Springs; a daughter, Renee (Paul) Holec of Tyndall; nine grandchildren; and a sister, Agnes Bures of Yankton.

He was preceded in death by his parents and a brother, Frank Jr.

Mass of Christian Burial will be 10 a.m. Monday at St. Wenceslaus Catholic Church, Wessington Springs. Rosary will be prayed at 7 p.m. Sunday."""
, gold=[("HON007", "deceased_client"), ("HON008", "spouse_of_deceased_client")]),

dict(guid="hon_bcc_obit_2026_0163", pub="2026-02-27T06:00:00-06:00", title="Duane Michael Fuhrman",
body="""Duane Michael Fuhrman, 24, of Rapid City died unexpectedly Feb. 22, 2026.

Duane was born April 4, 2001, in Rapid City to Kevin and Lisa Fuhrman. He graduated from Rapid City Stevens High School and was a lineman apprentice with Black Hills Electric.

Survivors include his parents, Kevin and Lisa Fuhrman of Rapid City; a sister, Brianna Fuhrman of Spearfish; and his grandmother, Dorothy Fuhrman of Sturgis.

Services will be 2 p.m. Saturday at Kinkade Funeral Chapel, Rapid City."""
, gold=[]),

dict(guid="hon_bcc_obit_2026_0188", pub="2026-03-19T06:00:00-05:00", title="Marvin Hanten",
body="""Marvin Lee Hanten, 88, of De Smet died March 16, 2026, at the De Smet Good Samaritan Center.

Marvin was born Nov. 1, 1937, to Albert and Ida Hanten in Kingsbury County. He farmed west of De Smet and drove school bus for 31 years.

He is survived by his sister, LaVonne Stroschein of De Smet; sister-in-law, Phyllis Hanten of Brookings; and many nieces and nephews.

He was preceded in death by his wife, Marjorie; brother, Ervin; and brother-in-law, Walter Stroschein.

Funeral will be 11 a.m. Thursday at Trinity Lutheran Church, De Smet. Burial in De Smet Cemetery."""
, gold=[("HON003", "survivor")]),

dict(guid="hon_bcc_obit_2026_0205", pub="2026-04-02T06:00:00-05:00", title="Harold W. Ostrander",
body="""Harold William Ostrander, 91, of Huron died March 30, 2026, at the Huron Regional Medical Center.

Harold was born Jan. 8, 1935, near Cavour. He worked 38 years for the Chicago & North Western Railway and later as a custodian at Huron Middle School. He was a 60-year member of the Huron Elks.

He is survived by his son, Dale Ostrander of Aberdeen; grandson, Trent (Kelsey) Ostrander of Huron; a great-granddaughter, Nora; and a sister, Gladys Ostrander of Pierre.

He was preceded in death by his wife, Leona, in 2015.

Memorial services will be 2 p.m. Monday at Grace Lutheran Church, Huron."""
, gold=[("HON014", "survivor"), ("HON015", "survivor")]),

dict(guid="hon_bcc_obit_2026_0231", pub="2026-04-24T06:00:00-05:00", title="Shirley Ann Amundson",
body="""Shirley Ann Amundson, 77, of Fergus Falls, Minn., died April 20, 2026, at Lake Region Healthcare.

Born to Olaf and Hilda Strand near Battle Lake, Minn., she married Roger Amundson in 1968. She was a legal secretary in Fergus Falls for 35 years.

She is survived by her husband, Roger; daughters Julie (Mark) Peltier of Moorhead and Kari Amundson of Fargo; and four grandchildren.

Services 11 a.m. Tuesday at Bethlehem Lutheran Church, Fergus Falls. Her family asked that her obituary also appear in the Courier, where she spent summers as a girl."""
, gold=[]),

dict(guid="hon_bcc_obit_2026_0260", pub="2026-05-21T06:00:00-05:00", title="Kenneth Thorstenson",
body="""Kenneth Arne Thorstenson, 84, of Brookings died May 17, 2026.

Ken grew up on the family farm north of De Smet and taught agricultural engineering at South Dakota State University for 33 years.

Survivors include his wife, Janice; two sons; his brother, Eugene "Gene" (Luella) Thorstenson of De Smet; and many nieces and nephews.

Funeral 10 a.m. Saturday at First Lutheran Church, Brookings."""
, gold=[("HON021", "survivor"), ("HON022", "survivor")]),
]
