"""Prairie Rose Funeral Chapels (Garden City, Dodge City, Liberal): funeral-home site, one-line plain
description plus HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="gcm_prfc_2026_0117", pub="2026-01-23T15:10:00-06:00", title="Esperanza Carrasco Molina (1941 - 2026)",
body="""Esperanza Carrasco Molina, 84, of Liberal, passed away peacefully surrounded by her family on Tuesday, January 20, 2026.

Esperanza was born March 19, 1941, in Nuevo Casas Grandes, Chihuahua, to Ramón Carrasco and Josefina Molina. She came to Liberal in 1979 and worked 22 years on the line at National Beef. Her tamales at Christmas were famous on the north side of town.

Le sobreviven su hija Rosa (Ignacio) Villalobos de Liberal; su hijo Ramón Carrasco de Guymon, Oklahoma; su sobrina Dolores "Lola" Ramírez de Garden City; nueve nietos y siete bisnietos.

She is survived by her daughter, Rosa (Ignacio) Villalobos of Liberal; her son, Ramón Carrasco of Guymon, Okla.; her niece, Dolores "Lola" Ramírez of Garden City; nine grandchildren and seven great-grandchildren. She was preceded in death by her husband, Jesús Carrasco, in 2004.

Rosary will be 7 p.m. Sunday and Mass of Christian Burial 10 a.m. Monday at St. Anthony of Padua Catholic Church, Liberal, Father Tomas Ruiz celebrant.""",
gold=[("GCM013", "survivor"), ("GCM012", "survivor"), ("GCM003", "survivor")]),

dict(guid="gcm_prfc_2026_0131", pub="2026-02-05T14:00:00-06:00", title="Pham Thi Hoa (1946 - 2026)",
body="""Pham Thi Hoa, 79, of Garden City, went to be with the Lord on Sunday, February 1, 2026.

Mrs. Hoa was born in Long Xuyen, Vietnam, on October 12, 1946. She and her husband, Nguyen Van Duc, came to Garden City in 1982 as refugees, and she worked at the IBP plant in Holcomb until her retirement. She loved her garden and her rosary group at St. Mary's.

She is survived by her daughters, Lan Tran and husband Minh of Garden City, and Thuy Nguyen of Wichita; her son, Nguyen Van Long of Houston, Texas; and eight grandchildren. She was preceded in death by her husband, Duc, in 2015.

Vigil prayers will be 7 p.m. Thursday and Funeral Mass 10 a.m. Friday at St. Mary Catholic Church, Garden City.""",
gold=[("GCM005", "survivor"), ("GCM004", "survivor")]),

dict(guid="gcm_prfc_2026_0188", pub="2026-03-03T16:45:00-06:00", title="Rodolfo \"Rudy\" Baeza (1937 - 2026)",
body="""Rodolfo "Rudy" Baeza, 88, of Garden City, died Saturday, February 28, 2026, at his home.

Rudy was born May 8, 1937, in Garden City, to Francisco and Refugio Baeza, who came from Guanajuato to work in the sugar beet fields. He worked for the Santa Fe railroad for 38 years and was a member of the GI Forum and Our Lady of Guadalupe Catholic Church.

Survivors include his son, Frank Baeza of Garden City; his daughter, Irene (Tom) Gonzales of Scott City; his granddaughter, Marisol Baeza of Holcomb; and two great-grandchildren. He was preceded in death by his wife, Carmen, and a son, Rudy Jr.

Rosary will be 7 p.m. Wednesday and Mass of Christian Burial 10 a.m. Thursday at Our Lady of Guadalupe Catholic Church, Garden City. Burial in Valley View Cemetery.""",
gold=[("GCM018", "survivor")]),

dict(guid="gcm_prfc_2026_0240", pub="2026-04-09T11:20:00-05:00", title="Gerald \"Jerry\" Wedel (1955 - 2026)",
body="""Gerald "Jerry" Wedel, 71, of Garden City, died Monday, April 6, 2026, at St. Catherine Hospital.

Jerry was born April 2, 1955, in Moundridge to Elmer and Frieda Wedel. He moved to Garden City in 1977 to farm, and later ran the elevator at Plymell for 25 years.

Survivors include his wife, Darlene, of the home; his son, Ty (Jenna) Wedel of Garden City; his daughter, Amber Wedel of Lawrence; and three grandchildren, Kaylee, Brody and Owen.

Funeral will be 10:30 a.m. Saturday at Garden Valley Church, Pastor Nathan Koehn officiating. Memorials to the Finney County 4-H Foundation.""",
gold=[("GCM020", "survivor"), ("GCM021", "survivor")]),

dict(guid="gcm_prfc_2026_0277", pub="2026-05-07T10:00:00-05:00", title="Vernon Haffner (1945 - 2026)",
body="""Vernon Haffner, 80, of Jetmore, died Monday, May 4, 2026, at Hodgeman County Health Center.

Vernon was born Sept. 18, 1945, on the home place south of Jetmore and farmed there all his life.

Survivors include his wife, Doris; his daughters, Carla (Everett) Schmidtberger of Dodge City and Tina (Dwayne) Hottman of Dodge City; and five grandchildren.

Funeral will be 10 a.m. Friday at Jetmore United Methodist Church. Prairie Rose Funeral Chapel, Dodge City, is in charge of arrangements.""",
gold=[("GCM009", "survivor")]),

dict(guid="gcm_prfc_2026_0301", pub="2026-06-02T09:30:00-05:00", title="Bernard Rohleder (1944 - 2026)",
body="""Bernard "Bernie" Rohleder, 82, of Scott City, died Friday, May 29, 2026, at Park Lane Nursing Home.

Bernie was born in Ellis County and farmed north of Scott City for 50 years.

Survivors include his wife, Margaret, of the home; two sons, Dale and Kevin; his sister-in-law, Shirley Ann Rohleder of Garden City; and seven grandchildren. He was preceded in death by a brother, Eugene Rohleder, Shirley's husband.

Mass of Christian Burial will be 10 a.m. Thursday at St. Joseph Catholic Church, Scott City.""",
gold=[("GCM016", "survivor")]),
]
