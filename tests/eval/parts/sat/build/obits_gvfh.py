"""Guadalupe Valley Funeral Home (chapels in New Braunfels, Seguin and Boerne): funeral-home site, HTML in
content:encoded, one-sentence plain description. Hand-labelled (gold=[...] beside each text)."""

FEED = "gvfh"
ITEMS = [
dict(guid="sat_gvfh_elfriede-krause-2026", pub="2026-01-20T10:15:00-06:00", title="Elfriede \"Frieda\" Voigt Krause (1937 - 2026)",
body="""Elfriede "Frieda" Voigt Krause, 88, of Seguin, fell asleep in Jesus on Friday, January 16, 2026, at Guadalupe Regional Medical Center.

Frieda was born in the Voigt farmhouse on the Geronimo road, the second of four daughters of Emil and Martha (Scholl) Voigt, and was confirmed at Emanuel's Lutheran Church, where she later taught Sunday school for forty years. She married Otto Krause in 1958; together they ran a pecan orchard and she sold her peach preserves at the Seguin farmers' market until she was 85.

She is survived by her sister, Ingrid (Gary) Hoffmann of New Braunfels; her son, Dennis Krause and wife Shelley of Kingsbury; three grandchildren; and five great-grandchildren. She was preceded in death by her husband, Otto, and her sisters, Lieselotte and Hanna.

A service will be held at 10 a.m. Saturday at Emanuel's Lutheran Church, Seguin, with burial in Geronimo Cemetery.""",
gold=[("SAT006", "survivor"), ("SAT005", "survivor")]),

dict(guid="sat_gvfh_hildegard-engel-2026", pub="2026-02-17T09:40:00-06:00", title="Hildegard Engel (1934 - 2026)",
body="""Hildegard Engel, 91, of Comfort, passed away peacefully at home on February 14, 2026.

Born in Sisterdale to Max and Paula Kutzer, she married Otto Engel at St. Boniface Lutheran Church in 1954. She kept the books for the family's feed store on High Street for forty years and sang alto in the Comfort Gesangverein until her voice gave out at 88.

Left to cherish her memory are her daughter, Anna Marie (Walter) Dietert of Boerne; her son, Friedrich "Fritz" Engel of Comfort; six grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Otto, and her brother, Wilhelm Kutzer.

Visitation will be Thursday evening at our Boerne chapel. The funeral will be held Friday at 11 a.m. at St. Boniface Lutheran Church, Comfort, with Pastor Karl Mueller officiating.""",
gold=[("SAT007", "survivor")]),

dict(guid="sat_gvfh_alberto-benavides-2026", pub="2026-03-09T14:05:00-05:00", title="Alberto Benavides (1945 - 2026)",
body="""Alberto Benavides, 80, of Seguin, entered eternal rest on March 5, 2026, surrounded by his family.

Alberto was born in Kingsbury to Jesús and Refugia Benavides and worked for 37 years at the Seguin steel mill. He coached Little League at Starcke Park for two decades, and every Saturday morning he could be found at Our Lady of Guadalupe making barbacoa for the men's guild.

He is survived by his daughter, Alma Rosa Benavides of Seguin; his sons, Alberto Jr. (Cynthia) of Marion and Daniel of Houston; eight grandchildren; and his brother, Gilberto Benavides of Kingsbury. He was preceded in death by his wife of 52 years, Dolores (Reyes) Benavides.

Rosary will be recited Tuesday at 7 p.m. at our Seguin chapel. Funeral Mass Wednesday at 10 a.m. at Our Lady of Guadalupe Catholic Church. Descanse en paz.""",
gold=[("SAT016", "survivor")]),

dict(guid="sat_gvfh_kurt-moeller-2026", pub="2026-04-02T11:30:00-05:00", title="Kurt Wilhelm Moeller (1946 - 2026)",
body="""Kurt Wilhelm Moeller, 79, of Boerne, died March 30, 2026, at Methodist Hospital Hill Country.

Kurt was a Boerne native, a Vietnam veteran and for 31 years a rural carrier out of the Boerne post office. He was a founding member of the Boerne Village Band's brass section and played tuba at every Berges Fest he could stand up for.

He is survived by his wife, Gisela; his daughters, Karin Moeller Hardy of Kerrville and Ute Moeller of Austin; and four grandchildren.

Services will be held at 2 p.m. Monday at St. Mark's Lutheran Church, Boerne. Pallbearers will be Dieter Wunderlich, Hans Kutzer, Ray Whitlock, Lukas Hardy, Ben Hardy and Tom Ochs. Interment at Boerne Cemetery with military honors.""",
gold=[]),

dict(guid="sat_gvfh_gerhard-hoffmann-2026", pub="2026-05-12T09:00:00-05:00", title="Gerhard \"Gary\" Hoffmann (1944 - 2026)",
body="""Gerhard "Gary" Hoffmann of New Braunfels went home to his Lord on Saturday, May 9, 2026, at the age of 82.

Gary was born February 9, 1944, in New Braunfels, the son of Alfred and Erna (Pfeuffer) Hoffmann. He graduated from New Braunfels High School in 1962 and from Texas A&I, served two years in the Army in Germany, and came home to run Hoffmann Hardware on Seguin Avenue, which his grandfather opened in 1911. He retired in 2009 and spent his retirement on the Comal with a cane pole, and at Wurstfest, where he worked the Opa's booth for forty years.

He is survived by his wife of 57 years, Ingrid (Voigt) Hoffmann; his sons, Mark (Julie) Hoffmann of New Braunfels and Eric Hoffmann of Fort Worth; his nephew, Dieter Wunderlich of Boerne; and five grandchildren. He was preceded in death by his parents and his sister, Erika Wunderlich.

Visitation will be Thursday from 5 to 7 p.m. at our New Braunfels chapel. The funeral will be held Friday at 10 a.m. at First Protestant Church, with the Rev. Anne Lindner officiating.""",
gold=[("SAT005", "deceased_client"), ("SAT006", "spouse_of_deceased_client"), ("SAT008", "survivor")]),

dict(guid="sat_gvfh_roland-schulze-jr-2026", pub="2026-07-21T16:20:00-05:00", title="Roland Schulze Jr. (1973 - 2026)",
body="""Roland Schulze Jr., 52, of New Braunfels, died unexpectedly on Friday, July 17, 2026.

"Ro" grew up in the shop at Schulze Tire & Auto on the Loop, learned to rotate tires before he could ride a bicycle, and ran the service bays for twenty-five years. He coached Canyon High School's robotics team, which he liked to say was just an auto shop with better snacks.

He is survived by his daughters, Kaitlyn and Emma; his parents, Roland Schulze Sr. and Edna Schulze of New Braunfels; his sister, Renee Schulze Guerra (Victor) of San Marcos; and his grandmother, Lorene Schulze, 97.

A memorial service will be held Wednesday at 11 a.m. at Oakwood Baptist Church, New Braunfels.""",
gold=[("SAT018", "survivor")]),
]
