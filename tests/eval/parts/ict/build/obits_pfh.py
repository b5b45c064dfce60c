"""Prairie Rose Funeral Homes (chapels in Newton, Hesston and Wichita, Kan.): funeral-home site, HTML in
content:encoded, permalink guids. Hand-labelled."""

FEED = "pfh"
BASE = "ict_prfh-"
LINK = "https://www.prairierosefh.example/obituaries/"
ITEMS = [
dict(guid=BASE + "walter-erwin-unruh", pub="2026-02-09T10:15:00-06:00", title="Walter Erwin Unruh (1929 - 2026)",
body="""Walter Erwin Unruh, 96, of Hesston, died peacefully on Friday, February 6, 2026, at Schowalter Villa, where he had lived for the last three years and where he still organized the Tuesday checkers table.

Walter was born on the family farm northwest of Hesston to Peter and Anna (Koehn) Unruh, the sixth of nine children. He farmed wheat and milo for fifty years, served on the board of the Hesston co-op elevator and sang bass in the Hesston Mennonite Church choir until he was ninety. In 1968 he went with a Mennonite Disaster Service crew to rebuild houses after a flood, and he went on eleven more.

He is survived by his daughter, Lorene (Dale) Friesen of Hesston; his son, Gary Unruh and wife Beth of Littleton, Colorado; seven grandchildren; and fourteen great-grandchildren. He was preceded in death by his wife of 61 years, Martha (Dyck) Unruh, in 2013, and by all of his brothers and sisters.

A memorial service will be held at 2 p.m. Saturday, February 14, at Hesston Mennonite Church, with Pastor Anita Klaassen officiating. Pallbearers are his grandsons, Ryan Friesen, Caleb Friesen, Jordan Penner, Nathan Unruh and Eli Unruh. Memorials may be made to Mennonite Disaster Service in care of the funeral home.""",
gold=[("ICT002", "survivor"), ("ICT001", "survivor")]),

dict(guid=BASE + "wilbert-j-regier", pub="2026-03-17T09:40:00-05:00", title="Wilbert J. \"Will\" Regier (1938 - 2026)",
body="""Wilbert J. "Will" Regier, 87, of Hillsboro, passed away Saturday, March 14, 2026, at Hillsboro Community Hospital after a brief illness.

Will was born November 5, 1938, on a farm near Lehigh to Jacob and Sara (Wiebe) Regier. He taught industrial arts at Hillsboro High School for thirty-three years, and half the barns in Marion County have a door he hung or a hinge he welded. On June 10, 1961, he married Edna Goering at the Tabor Creek Mennonite Church; the marriage was, in his words, "the best thing I ever built."

Survivors include his wife of 64 years, Edna (Goering) Regier, of the home; two sons, Stan Regier (Julie) of Wichita and Doug Regier of Lawrence; a daughter, Karen Hiebert (Todd) of Inman; Edna's sister, Irene Entz and her husband Delbert of Goessel; nine grandchildren and three great-grandchildren. He was preceded in death by his parents and a brother, Harold.

Funeral services will be held at 10:30 a.m. Friday at Tabor Creek Mennonite Church, Pastor Reuben Voran officiating. Burial will follow in the church cemetery.""",
gold=[("ICT003", "deceased_client"), ("ICT004", "spouse_of_deceased_client"), ("ICT023", "survivor")]),

dict(guid=BASE + "nguyen-thi-hoa", pub="2026-04-06T13:00:00-05:00", title="Maria Nguyen Thi Hoa (1939 - 2026)",
body="""Maria Nguyen Thi Hoa, 86, of Wichita, died on Thursday, April 2, 2026, surrounded by her children and grandchildren, as the rosary was being prayed in Vietnamese at her bedside.

Born in Nam Dinh in northern Vietnam, she moved south with her parents in 1954 and married Nguyen Van Thuan in Saigon in 1960. After years in a reeducation camp for her husband and a long journey through a refugee camp in Malaysia, the family was sponsored to Wichita by St. Anne's Parish in 1982. She sewed aircraft seat covers on the line for twenty years and fed anyone who walked into her kitchen on South Broadway.

She is survived by her daughter, Kim Anh Pham and her husband Tuan, of Wichita; her son, Minh Nguyen of Garden Grove, California; her son, Duc Nguyen of Houston; eleven grandchildren and four great-grandchildren. She was preceded in death by her husband, Joseph Nguyen Van Thuan, in 2009.

Vigil and rosary will be held at 7 p.m. Tuesday in our Wichita chapel. The Mass of Christian Burial will be celebrated at 10 a.m. Wednesday at Our Lady of La Vang Vietnamese Catholic Community, Wichita.""",
gold=[("ICT007", "survivor")]),

dict(guid=BASE + "rosalinda-cervantes", pub="2026-05-04T11:20:00-05:00", title="Rosalinda \"Rosie\" Cervantes (1950 - 2026)",
body="""Rosalinda "Rosie" Cervantes, 75, of Wichita, went home to the Lord on May 1, 2026.

Rosie was born in Wichita's North End to Jesus and Margarita (Luna) Cervantes, whose parents came from Guanajuato to work on the Santa Fe railroad. She worked in the cafeteria at North High School for thirty years and served on the Fiesta committee of Our Lady of the Plains Parish for longer than anyone can remember. Her tamales were sold out every December by the first Sunday of Advent.

She is survived by her sisters, Lupe Ortiz of Wichita and Esperanza "Espy" Ramos of Hutchinson; her brother, Frank Cervantes of Dodge City; many nieces and nephews; and her cousin Maria Guadalupe Cervantes of San Antonio, Texas. She was preceded in death by her parents and her brother, Joe Cervantes.

Rosary will be prayed at 7 p.m. Thursday and the funeral Mass celebrated at 10 a.m. Friday at Our Lady of the Plains Catholic Church, Fr. Ignacio Balderas celebrant. Pallbearers: Bobby Villarreal, Daniel Ramos, Frank Cervantes Jr., Mike Luna, Tony Luna and Chris Ramos.""",
gold=[("ICT009", "survivor")]),

dict(guid=BASE + "kenneth-ray-voth", pub="2026-06-22T15:05:00-05:00", title="Kenneth Ray Voth (2001 - 2026)",
body="""Kenneth Ray Voth, 24, of Wichita, died unexpectedly on Thursday, June 18, 2026.

Kenny graduated from Valley Center High School in 2020 and worked as a lineman apprentice for the electric cooperative. He loved his dog Diesel, slow-pitch softball and anything with a V8 engine.

He is survived by his parents, Ray and Diane Voth of Park City; his sister, Madison Voth of Valley Center; his grandmother, Lois Voth of Buhler; and his girlfriend, Kayla Schmidt.

Visitation will be from 5 to 7 p.m. Sunday at our Wichita chapel. Services will be held at 11 a.m. Monday at Valley Center Christian Church.""",
gold=[]),

dict(guid=BASE + "nabil-tannous", pub="2026-07-13T10:30:00-05:00", title="Nabil \"Bill\" Tannous (1936 - 2026)",
body="""Nabil "Bill" Tannous, 90, of Wichita, fell asleep in the Lord on Friday, July 10, 2026.

Bill was born in Wichita to Elias and Nazira (Haddad) Tannous, who had come to Kansas from the mountains of Lebanon and peddled dry goods across the prairie from a wagon before opening a grocery on North Waco. He ran that grocery, and later a wholesale produce business, for fifty years. He was a lifelong member of St. George Orthodox Christian Cathedral, where he chaired the Lebanese dinner so many years that the parish named the kitchen after him.

He is survived by his sister, Rose Marie Saleeb and her husband Joe of Wichita; his sister-in-law, Wadad Tannous of Tulsa; his cousin, George Azar of Wichita; and many nieces and nephews in Kansas, Oklahoma and Lebanon. He was preceded in death by his wife, Mary (Khoury) Tannous, in 2019, and his brother, Fred Tannous.

Trisagion prayers will be offered at 6 p.m. Tuesday and the funeral at 10 a.m. Wednesday at St. George Orthodox Christian Cathedral. Memorials to the St. George building fund.""",
gold=[("ICT011", "survivor"), ("ICT010", "survivor")]),
]
