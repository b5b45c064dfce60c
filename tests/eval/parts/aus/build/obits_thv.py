"""Texas Heritage Vestník - a Czech/German Texan community weekly (lodge and parish news, "Odešli od nás /
They have left us" column). Plain text, notices sent in by families and lodges. Hand-labelled."""

FEED = "thv"
ITEMS = [
dict(guid="aus_thv_2026_0114", pub="2026-01-14T08:00:00-06:00", title="Odešli od nás: Alois J. Novosad, Granger",
body="""Brother Alois J. Novosad, 86, a 60-year member of SPJST Lodge 47 in Granger, died January 9, 2026, at his home.

Alois farmed blackland cotton north of Granger all his life and played the button accordion with the Novosad Family Polka Band at every Westfest from 1976 until last year. His Czech was the old Moravian Czech of his grandparents, and he corrected everyone else's.

He is survived by his wife, Libbie (Sulak) Novosad; his daughter, Marie Hajda of Bartlett; his nephew, Joe Kocurek Jr. of Round Rock, who played drums in the band for thirty years; and six grandchildren.

Pohřeb (funeral) was held January 13 at Sts. Cyril and Methodius Church, Granger. Memorials to SPJST Lodge 47 were given by, among others, the Kubala, Hobza and Kocurek families and the Granger Volunteer Fire Department.""",
gold=[("AUS001", "survivor")]),

dict(guid="aus_thv_2026_0304", pub="2026-03-04T08:00:00-06:00", title="Hedwig \"Hedy\" Wuensche, 93, Bastrop",
body="""Hedwig "Hedy" Wuensche, 93, of Bastrop, died February 27, 2026, at the Bastrop Nursing Center. She was born in Serbin to Wendish parents, the Kilians, and could still sing the Wendish hymns of St. Paul's from memory.

She married Reinhold Wuensche in 1952 and kept his books at Wuensche Hardware in Bastrop for forty years. Survived by her son, Dale (Linda) Wuensche of Cedar Creek; her daughter, Irene Moerbe of La Grange; five grandchildren and three great-grandchildren. Preceded in death by her husband, Reinhold.

Services were held March 2 at St. Paul Lutheran Church, Serbin, with burial in the church cemetery.""",
gold=[("AUS020", "survivor")]),

dict(guid="aus_thv_2026_0610", pub="2026-06-10T08:00:00-05:00", title="Emil Dietert, 90, New Braunfels",
body="""Emil Heinrich Dietert, 90, of New Braunfels, died June 5, 2026. A member of the Gruene Schützenverein and the New Braunfels Sängerbund for seventy years.

Survived by his daughters, Karin Dietert of New Braunfels and Margarethe Vogel of Fredericksburg; his son, Heinz Dietert of Comfort; eight grandchildren. Preceded in death by his wife, Erna.

Services at First Protestant Church, New Braunfels.""",
gold=[]),  # "Margarethe Vogel of Fredericksburg" is a namesake ~110 km from AUS004 (Pflugerville)
]
