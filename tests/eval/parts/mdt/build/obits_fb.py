"""Fackler & Bitting Funeral Home (invented; chapels in Hummelstown, Linglestown and Palmyra, Pa.): funeral-home
site, HTML in content:encoded, one-sentence plain description. Hand-labelled (gold= beside each text)."""

FEED = "fb"
BASE = "https://www.facklerbitting.example/obituaries/"
ITEMS = [
dict(guid="mdt_fb_harvey-l-heisey", pub="2026-01-27T16:10:00-05:00", title="Harvey L. Heisey (1935 - 2026)",
body="""Harvey L. Heisey, 90, of Mount Joy, formerly of Rheems, entered into rest on Saturday, January 24, 2026, at Masonic Village, Elizabethtown. He was the husband of the late Verna (Eby) Heisey, who died in 2019.

Born in Conoy Township, he was a son of the late Ammon and Lizzie (Brandt) Heisey. Harvey farmed the home place along the Conoy Creek for fifty years, milked Holsteins until he was 78, and could tell what the weather would do by the way the cows lay in the meadow. He was a member of Cross Roads Brethren in Christ Church.

Surviving are a son, Harold Heisey and his wife, Ruth, of Manheim; two daughters, Lorraine, wife of Kenneth Eshleman, of Elizabethtown, and Darlene, wife of Jay Sauder, of New Holland; nine grandchildren; and fourteen great-grandchildren.

Funeral service will be held at 10 a.m. Friday at Cross Roads Brethren in Christ Church, Mount Joy, with Pastor Nathan Martin officiating. Interment in the church cemetery. The family requests casual attire.""",
gold=[("MDT010", "survivor"), ("MDT009", "survivor")]),

dict(guid="mdt_fb_ines-rivera-ortiz", pub="2026-02-19T12:45:00-05:00", title="Inés Rivera Ortiz (1944 - 2026)",
body="""Inés Rivera Ortiz, 81, of Harrisburg, passed away on Monday, February 16, 2026, at UPMC Harrisburg, with her daughters at her side.

Inés was born in Juana Díaz, Puerto Rico, and came to Harrisburg in 1966. She sewed at the shirt factory on Cameron Street for twenty years and later cooked at the Hamilton Health Center, where no one left hungry. Her pasteles at Christmas were known from Allison Hill to Steelton, and her home on Derry Street was open to anyone who needed a plate or a bed.

Le sobreviven sus hijas, Maritza Colón Rivera y Carmen Colón Rivera, ambas de Harrisburg; su hijo, José Luis Colón, de Kissimmee, Florida; nueve nietos y seis bisnietos. She is survived by her daughters, Maritza Colón Rivera and Carmen Colón Rivera, both of Harrisburg; her son, José Luis Colón of Kissimmee, Florida; nine grandchildren and six great-grandchildren. She was preceded in death by her husband, Ángel Luis Colón.

A Mass of Christian Burial will be celebrated at 11 a.m. Saturday at St. Francis of Assisi Church, Harrisburg. Viewing from 9 a.m. at the Linglestown chapel of Fackler & Bitting.""",
gold=[("MDT007", "survivor")]),

dict(guid="mdt_fb_margaret-stauffer-wenger", pub="2026-03-24T09:30:00-04:00", title="Margaret S. Wenger (1941 - 2026)",
body="""Margaret "Peggy" (Stauffer) Wenger, 84, of Palmyra, died Friday, March 20, 2026, at Londonderry Village.

Peggy was born in Upper Allen Township, Cumberland County, a daughter of the late Harvey and Edith Stauffer. She taught second grade in the Palmyra Area School District for 30 years and was a member of Palmyra Church of God. Her husband, Robert Wenger, died in 2020.

She is survived by a son, Thomas Wenger of Annville; a brother, Glenn Stauffer and his wife, Mary Lou, of Mechanicsburg; and three grandchildren.

A memorial service will be held at 1 p.m. Saturday at Palmyra Church of God, 2nd and Maple streets, with Pastor Dean Kreiser officiating. Mrs. Wendell Gingrich Jr. will share a remembrance on behalf of Peggy's former students.""",
gold=[("MDT006", "survivor")]),

dict(guid="mdt_fb_lillian-marbury", pub="2026-04-30T14:00:00-04:00", title="Mother Lillian R. Marbury (1930 - 2026)",
body="""Mother Lillian Ruth Marbury, 95, of Harrisburg, transitioned from labor to reward on Sunday, April 26, 2026, at her home in Uptown Harrisburg.

Mother Marbury was born in Halifax County, Virginia, and came to Harrisburg in 1949. She worked 27 years in the dietary department of the Harrisburg State Hospital and was the longest-serving member of the Mothers' Board at Greater Mount Zion Baptist Church, where she taught the young women's Sunday school class into her nineties.

She leaves to cherish her memory a daughter, Gloria Marbury of Harrisburg; a son, Reginald Marbury (Denise) of Baltimore; seven grandchildren; twelve great-grandchildren; and a host of nieces, nephews, church family and friends. She was preceded in death by her husband, Deacon Walter Marbury, and a son, Kenneth.

Homegoing service will be held at 11 a.m. Saturday at Greater Mount Zion Baptist Church, Harrisburg, with the Rev. Darnell Pettaway delivering the eulogy. Interment, Lincoln Cemetery, Penbrook.""",
gold=[]),

dict(guid="mdt_fb_doris-m-kunkel", pub="2026-05-12T10:15:00-04:00", title="Doris M. Kunkel (1939 - 2026)",
body="""Doris M. Kunkel, 86, of Linglestown, passed away Saturday, May 9, 2026, at home.

Born in Linglestown, she was the daughter of the late Harry and Mabel (Books) Shaffer and was the wife of the late Ralph Kunkel. Doris worked for 25 years as a cafeteria manager in the Central Dauphin School District and was a member of Wenrick's Church, where she chaired the strawberry festival for three decades.

She is survived by a son, Harold "Hal" Kunkel of Linglestown; a daughter, Sandra Smeltz of Dauphin; four grandchildren; and a sister, Jean Shaffer of Paxtonia.

Services will be held at 11 a.m. Friday at the Linglestown chapel, with Pastor Ann Deitrich officiating. Scripture will be read by Beverly Snavely, a longtime friend of the family. Interment in Linglestown Cemetery.""",
gold=[]),

dict(guid="mdt_fb_dorothy-e-shirk", pub="2026-07-21T11:20:00-04:00", title="Dorothy E. Shirk (1933 - 2026)",
body="""Dorothy E. Shirk, 92, of Myerstown, formerly of Schaefferstown, died Saturday, July 18, 2026, at StoneRidge Towne Centre.

Born in Heidelberg Township, Lebanon County, she was a daughter of the late Jacob and Sallie (Zimmerman) Gockley and the wife of the late Earl Shirk. Dorothy and Earl ran a produce stand along Route 501 for forty years, and her sweet bologna sandwiches were the reason half of the customers stopped.

Surviving are a daughter, Joanne (Theodore) Bomberger of Lebanon; a son, Earl Shirk Jr. of Richland; four grandchildren; and six great-grandchildren.

Funeral service will be held at 10 a.m. Thursday at Tabor United Church of Christ, Lebanon, with the Rev. Lynn Heckman officiating. Interment, Mount Lebanon Cemetery.""",
gold=[("MDT015", "survivor"), ("MDT014", "survivor")]),

dict(guid="mdt_fb_dil-maya-adhikari", pub="2026-08-05T13:30:00-04:00", title="Dil Maya Adhikari (1947 - 2026)",
body="""Dil Maya Adhikari, 79, of Harrisburg, passed away peacefully on Monday, August 3, 2026, at home, surrounded by her family.

She was born in Samtse, Bhutan, and lived for eighteen years in the Beldangi refugee camp in eastern Nepal before the family was resettled in Harrisburg in 2010. She tended a garden of bitter gourd, mustard greens and chilies behind the family home in Swatara Township that fed three households, and she never missed the evening aarti at the Hindu temple.

She is survived by her sons, Bishnu Adhikari of Harrisburg and Hari Adhikari of Akron, Ohio; her daughter, Tika Pokhrel of Harrisburg; eleven grandchildren; and two great-grandchildren. She was preceded in death by her husband, Bhim Bahadur Adhikari.

Cremation rites will be held Wednesday, and the family will observe thirteen days of mourning at the family home. Arrangements by the Linglestown chapel of Fackler & Bitting.""",
gold=[("MDT011", "survivor")]),

# a second, later copy of the Capital Courier's Hollinger obituary (funeral homes post the same text): no new outreach
dict(guid="mdt_fb_clarence-e-hollinger", pub="2026-09-09T08:40:00-04:00", title="Clarence E. \"Butch\" Hollinger (1946 - 2026)",
body=None, copy_of="mdt_cc_obit_2026_0908", gold=[]),
]
