"""Wessel & Grabert Funeral Home (Evansville, Newburgh and Haubstadt chapels): funeral-home site, one-sentence
plain description, HTML in content:encoded. Hand-labelled (gold=[...] next to each text)."""

ITEMS = [
dict(guid="evv_wgfh_agnes-durcholz", pub="2026-01-20T10:15:00-05:00", title="Agnes Theresa Durcholz (1934 - 2026)",
body="""Agnes Theresa Durcholz, 91, of Jasper, passed away Saturday, January 17, 2026, at Brookside Village surrounded by her family.

She was born on a farm near St. Anthony in 1934 to the late Leo and Clara (Schneider) Wehr, and married Urban Durcholz at St. Anthony Catholic Church in 1955. Agnes baked bread for the parish picnic for sixty summers and never wrote down a recipe.

Surviving are her daughters, Mary Beth Uebelhack and her husband, Lonnie, of Evansville, and Carol Ann Kerstiens of Huntingburg; a son, Urban "Butch" Durcholz Jr. of Jasper; eleven grandchildren; and nineteen great-grandchildren. She was preceded in death by her husband, Urban, in 2011.

Mass of Christian Burial will be 10 a.m. Thursday at St. Joseph Catholic Church, Jasper, with Fr. Tony Mayer officiating.""",
gold=[("EVV004", "survivor"), ("EVV005", "survivor")]),

dict(guid="evv_wgfh_ignatius-brockschmidt", pub="2026-02-03T09:40:00-05:00", title="Ignatius J. Brockschmidt (1932 - 2026)",
body="""Ignatius J. "Iggy" Brockschmidt, 93, of Haubstadt, died Saturday, January 31, 2026, at Deaconess Gateway Hospital.

Iggy farmed 400 acres of corn and beans north of Haubstadt, was a charter member of the Haubstadt Sommerfest committee, and taught half the children of Gibson County to play euchre. He served in the U.S. Army in Korea.

He is survived by his son, Dr. Ignatius "Iggy" Brockschmidt (Renee) of Newburgh, who shares his name and his stubbornness; his daughter, Lucille Kempf of Fort Branch; six grandchildren; and nine great-grandchildren. He was preceded in death by his wife of 58 years, Marian, and a brother, Alvin.

Pallbearers will be Austin Schapker, Troy Kempf, Nick Brockschmidt, Sam Kempf, Luke Brockschmidt and Eric Hoffherr. Mass of Christian Burial will be held at 10 a.m. Thursday at Saints Peter and Paul Catholic Church, Haubstadt.""",
gold=[("EVV007", "survivor")]),

dict(guid="evv_wgfh_lowell-pfingston", pub="2026-02-17T11:05:00-05:00", title="Lowell Duane Pfingston (1941 - 2026)",
body="""Lowell Duane Pfingston, 84, of Elberfeld, passed away on Sunday, February 15, 2026, at his home.

Lowell was born September 30, 1941, in Evansville, to the late Otto and Frieda Pfingston. He retired from Alcoa Warrick Operations after 36 years and spent his retirement raising Belgian draft horses and showing them at the Warrick County 4-H Fair.

He is survived by his wife of 61 years, Rosalee; his daughters, Bernadette "Bernie" Gwaltney of Newburgh and Dawn Pfingston of Lynnville; and five grandchildren.

Funeral services will be held 11 a.m. Friday at the Wessel & Grabert Newburgh Chapel, with Rev. Carl Vaughn officiating. Burial will follow in Elberfeld Cemetery.""",
gold=[("EVV020", "deceased_client")]),

dict(guid="evv_wgfh_velma-jean-brenneisen", pub="2026-03-09T14:30:00-04:00", title="Velma Jean \"Jeanie\" Brenneisen (1938 - 2026)",
body="""Velma Jean "Jeanie" Brenneisen, 87, of Evansville, went home to be with the Lord on Friday, March 6, 2026.

Jeanie was born June 22, 1938, in Owensboro, Kentucky, to the late Roy and Pearl Stallings. She worked for 30 years in the payroll office at Mead Johnson and was a faithful member of Mount Olive Missionary Baptist Church, where she sang alto in the choir until she was 85.

She is survived by her nephew, Kurt Fuchsmeier (Annika) of Evansville, who she raised as her own from the age of nine; a niece, Paula Stallings of Owensboro; and her beloved cat, Duchess. She was preceded in death by her husband, Elmer Brenneisen, in 2004, and by her sister, Doris Fuchsmeier.

Services will be held at 1 p.m. Thursday at Mount Olive Missionary Baptist Church, with Rev. Desmond Tuggle officiating. Entombment at Oak Hill Cemetery.""",
gold=[("EVV019", "deceased_client"), ("EVV012", "survivor"), ("EVV013", "survivor")]),

dict(guid="evv_wgfh_rosemary-kettenbach", pub="2026-03-24T10:00:00-04:00", title="Rosemary Kettenbach (1949 - 2026)",
body="""Rosemary Kettenbach, 76, of Evansville, passed away Sunday, March 22, 2026, at St. Vincent Evansville.

Rosemary was a court reporter in the Vanderburgh County courts for 38 years. Judge Cordelia Haskamp, for whom she worked for two decades, will deliver the eulogy.

She is survived by her brothers, Joe Kettenbach of Darmstadt and Fred Kettenbach of Tell City, and many nieces and nephews.

A memorial gathering will be held from 3 to 7 p.m. Monday at the Wessel & Grabert Evansville East Chapel.""",
gold=[]),

dict(guid="evv_wgfh_wendell-tooley-sr", pub="2026-04-28T09:20:00-04:00", title="Wendell Arvin \"Dub\" Tooley Sr. (1934 - 2026)",
body="""Wendell Arvin "Dub" Tooley Sr., 91, of Newburgh, passed away peacefully on Saturday, April 25, 2026, two weeks after he rode out the tornado in his son's basement and declared it "not as bad as '57."

Dub was a towboat pilot on the Ohio River for 41 years and knew every sandbar between Cairo and Cincinnati. He was a member of Newburgh United Methodist Church.

Survivors include his son, Wendell "Butch" Tooley Jr. (Marcy) of Newburgh; a grandson, Wendell Tooley III of Indianapolis; a granddaughter, Kayla Tooley of Boonville; and his companion of many years, Fern Ricketts. He was preceded in death by his wife, Loretta, and a daughter, Sharon.

Services will be at 2 p.m. Saturday at the Wessel & Grabert Newburgh Chapel.""",
gold=[("EVV003", "survivor")]),
]
