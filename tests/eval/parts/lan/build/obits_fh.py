"""Hollinger-Weidman Funeral Home (Lititz, Ephrata and Lancaster chapels): funeral-home site, Lutheran, Church of the
Brethren and Catholic obituaries. Teaser description plus HTML in content:encoded. Hand-labelled."""

FILE = "lan_hollinger_weidman_funeral_home.rss"
TITLE = "Hollinger-Weidman Funeral Home - Obituaries"
LINK = "https://www.hollingerweidman.example/obituaries/"
DESCRIPTION = "Obituaries: Lititz, Ephrata and Lancaster chapels, Lancaster County, Pennsylvania"
CATEGORY = "Obituaries"
STYLE = "teaser_content"
CREATOR = "Hollinger-Weidman Funeral Home"

ITEMS = [
dict(guid="lan_hwfh_obit_2026_doris-longenecker", pub="2026-02-18T14:30:00-05:00", title="Doris M. Longenecker (1938 - 2026)",
body="""Doris M. (Hershey) Longenecker, 87, of Lancaster, entered into eternal rest on Sunday, February 15, 2026, at Willow Valley Communities. She was the wife of the late Richard L. Longenecker Sr., who died in 2015.

Born in Lancaster, she was the daughter of the late Clarence and Verna Hershey. Doris graduated from J.P. McCaskey High School in 1956 and worked for 31 years as a bookkeeper at the Hamilton Watch Company and later at a downtown law firm. She was a lifelong member of Trinity Lutheran Church, where she sang in the choir for more than fifty years and chaired the Lenten soup suppers.

Doris is survived by her son, Richard L. "Dick" Longenecker Jr. and his wife Patricia of Lancaster; her daughter, Linda Ressler (Mark) of Millersville; four grandchildren; and two great-grandchildren. She was preceded in death by a brother, Lloyd Hershey.

A Service of Christian Burial will be held at Trinity Lutheran Church on Saturday at 11 a.m., with the Rev. Anneliese Fry officiating. Interment will be in Greenwood Cemetery. In lieu of flowers, contributions may be made to the Trinity Lutheran music fund.""",
gold=[("LAN009", "survivor")]),

dict(guid="lan_hwfh_obit_2026_carl-kreider", pub="2026-03-11T10:15:00-05:00", title="Carl W. Kreider (1944 - 2026)",
body="""Carl W. Kreider, 81, of Willow Street, passed away Sunday, March 8, 2026, at Lancaster General Hospital after a short illness. He was the husband of Evelyn (Groff) Kreider for 58 years.

Born in Pequea Township, Carl was the son of the late Walter and Ada Kreider. He farmed tobacco and corn along the Pequea Creek for forty years and drove a school bus for the Lampeter-Strasburg district for twenty more. He was a member of St. John's Lutheran Church, Lampeter, where he served on council and mowed the cemetery every summer.

In addition to his wife, Carl is survived by a daughter, Sharon, wife of Ken Horning, of Strasburg; a son, Dale Kreider and his wife Jennifer, of Lititz; five grandchildren, including Kayla Kreider; and a sister, Miriam Eby of Quarryville.

A funeral service will be held at St. John's Lutheran Church on Saturday at 10:30 a.m. Burial will follow in the church cemetery.""",
gold=[("LAN014", "survivor"), ("LAN013", "survivor"), ("LAN018", "survivor")]),

dict(guid="lan_hwfh_obit_2026_ruth-shirk", pub="2026-04-08T09:40:00-04:00", title="Ruth E. Shirk (1933 - 2026)",
body="""Ruth E. (Bollinger) Shirk, 92, formerly of Ephrata, died peacefully Monday, April 6, 2026, at Fairmount Homes, where she had lived since 2019. She was the wife of the late Paul R. Shirk.

Ruth was born in Clay Township and was a member of the Ephrata Church of the Brethren for 70 years, where she taught the women's Sunday school class, helped with the Brethren Disaster Ministries quilt auction and cooked for every love feast anyone can remember. She kept the books for the family's feed mill on Cocalico Creek until it closed in 1994.

She is survived by her daughter, Barbara "Barb" Shirk of Akron; her son, Glenn Shirk and his wife Connie of Reinholds; three grandchildren; and six great-grandchildren. She was preceded in death by a brother, Elmer Bollinger.

A memorial service will be held at the Ephrata Church of the Brethren on Saturday, April 18, at 2 p.m. Contributions in her memory may be made to Brethren Disaster Ministries.""",
gold=[("LAN021", "survivor")]),

dict(guid="lan_hwfh_obit_2026_harold-habecker", pub="2026-05-05T16:20:00-04:00", title="Harold E. Habecker (1935 - 2026)",
body="""Harold E. Habecker, 90, of Lititz, went home to be with the Lord on Sunday, May 3, 2026, at Moravian Manor. He was the husband of the late Mildred (Bomberger) Habecker, who died in 2022.

Born on the family farm near Rothsville, Harold was the son of the late Jacob and Emma Habecker. He farmed for 45 years and was a deacon of the Lititz Church of the Brethren, where he could be found in the kitchen at every love feast and every disaster-relief sale. He served on the Warwick school board for twelve years.

Harold is survived by his daughter, Darlene, wife of Gerald "Jerry" Wolgemuth, of Lititz; his son, Thomas Habecker and his wife Joyce, of Manheim; five grandchildren, Jonathan (Kelsey) Habecker of Lancaster, Megan Habecker, Kristen Wolgemuth Lutz, Ryan Wolgemuth and Adam Habecker; and eight great-grandchildren.

A service celebrating his life will be held Saturday, May 9, at 11 a.m. at the Lititz Church of the Brethren, with Pastor Janelle Brubaker officiating. Bearers will be Dale Kreider, Tom Bucher, Ray Snavely and Mark Hess. Interment will be in Brethren Cemetery, Lititz.""",
gold=[("LAN008", "survivor"), ("LAN007", "survivor"), ("LAN016", "survivor")]),

dict(guid="lan_hwfh_obit_2026_mary-ellen-gehman", pub="2026-06-24T11:05:00-04:00", title="Mary Ellen Gehman (1967 - 2026)",
body="""Mary Ellen (Zook) Gehman, 58, of Ephrata, died Monday, June 22, 2026, at Hospice & Community Care after a two-year illness borne with grace. She was the wife of Glenn H. Gehman, with whom she celebrated 36 years of marriage in April.

Born in Ephrata, she was the daughter of Harold and Esther Zook of Denver. Mary Ellen was a registered nurse at Ephrata Community Hospital for thirty years and a member of Trinity Lutheran Church, Akron, where she led the youth choir.

In addition to her husband and parents, she is survived by two sons, Tyler Gehman of Harrisburg and Cody Gehman of Ephrata, and a brother, Daryl Zook of Lititz.

A memorial service will be held Saturday at 1 p.m. at Trinity Lutheran Church, Akron.""",
gold=[]),

dict(guid="lan_hwfh_obit_2026_ana-luisa-quinones", pub="2026-07-15T13:45:00-04:00", title="Ana Luisa Rivera de Quiñones (1946 - 2026)",
body="""Ana Luisa Rivera de Quiñones, 79, of Lancaster, died on Sunday, July 12, 2026, at home, surrounded by her family and her radio playing salsa.

She was born in Cayey, Puerto Rico, to the late Ramón and Delia Rivera, and came to Lancaster in 1967 with her husband, the late Juan Quiñones Cruz. For 28 years she worked on the line at the Armstrong plant, and for longer than that she cooked pasteles every December for half of the south side. She was a devoted member of the Spanish-language Mass at St. Mary's, where she sang in the coro.

Le sobreviven su hija, Carmen Delia Quiñones y su esposo Héctor Olmeda, de Lancaster; su hijo, Juan Carlos Quiñones, de Reading; y seis nietos. She is survived by her daughter, Carmen Delia Quiñones (Héctor Olmeda) of Lancaster; her son, Juan Carlos Quiñones of Reading; six grandchildren; and a great-grandson.

A Mass of Christian Burial will be celebrated Saturday at 10 a.m. at St. Mary's Church, Lancaster. Burial will follow in St. Mary's Cemetery.""",
gold=[("LAN011", "survivor"), ("LAN012", "survivor")]),

dict(guid="lan_hwfh_obit_2026_grace-bucher", pub="2026-09-30T15:10:00-04:00", title="Grace L. Bucher (1931 - 2026)",
body="""Grace L. Bucher, 95, of Lititz, died peacefully on Monday, September 28, 2026, at Moravian Manor, where she and her sister had been neighbors in the same hallway for a decade.

Grace was born in Brunnerville, the eldest daughter of the late Ira and Lizzie Bucher, and never married. She taught first grade in the Warwick schools for 38 years and was a member of the Lititz Church of the Brethren for more than 80, teaching Sunday school, packing relief kits and leading the hymn at every funeral she could attend.

She is survived by her sister, Mary Ellen Gehman of Lititz; a brother, Ira "Sonny" Bucher Jr. of Brunnerville; and many nieces and nephews, including Tom Bucher and Keith Gehman. She was preceded in death by a sister, Verna Hess, and a nephew, Warren Gehman.

A service of remembrance will be held at the Lititz Church of the Brethren on Saturday, October 3, at 10 a.m., with Pastor Janelle Brubaker officiating. Interment in Brethren Cemetery.""",
gold=[("LAN010", "survivor")]),
]
