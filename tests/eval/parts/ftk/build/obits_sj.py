"""St. Joseph & St. Thomas parish cluster bulletin, Bardstown (invented): church-bulletin style, plain text. Hand-labelled."""

FEED = "sj"
ITEMS = [
dict(guid="ftk_sj_bulletin_2026_03_01_ballard", pub="2026-03-01T07:00:00-05:00", title="Francis Xavier Ballard - Bardstown",
body="""Please remember in your prayers Francis Xavier "Frank" Ballard, 90, who died February 24 at Flaget Memorial Hospital. Frank was an usher at the 8 o'clock Mass for sixty years and a charter member of the Bardstown Knights of Columbus council.

He is survived by his son Joe (Cathy) Ballard of Bardstown, his daughter Sr. Mary Frances Ballard, S.C.N., of Nazareth, and nine grandchildren. Preceded in death by his wife Loretta (Osbourne) Ballard.

Mass of Christian Burial was celebrated at St. Joseph Proto-Cathedral; burial at St. Joseph Cemetery. Eternal rest grant unto him, O Lord.""",
gold=[("FTK004", "survivor"), ("FTK003", "survivor")]),

dict(guid="ftk_sj_bulletin_2026_03_22_carrico", pub="2026-03-22T07:00:00-04:00", title="Ann Hagan Carrico - St. Thomas",
body="""Pray for the repose of the soul of Ann (Hagan) Carrico, 87, of the St. Thomas community, who died March 17. Ann taught second grade at St. Joseph School for thirty years and sang in the St. Thomas choir.

Survivors include her husband of 65 years, Bernard Carrico; her sister, Bernadette Mattingly of Bardstown; and her children, Paul Carrico and Teresa Carrico Hamilton. Preceded in death by her brothers, Leo and Francis Hagan.

Funeral Mass at St. Thomas Church, Father Dominic Nguyen, celebrant.""",
gold=[("FTK005", "survivor")]),

dict(guid="ftk_sj_bulletin_2026_04_19_ballard", pub="2026-04-19T07:00:00-04:00", title="Joseph Michael Ballard - Bardstown",
body="""Our parish family grieves the sudden death of Joseph Michael Ballard, 24, of Bardstown, who died April 13 in a work accident. Joey was an altar server here for ten years and a 2020 graduate of Bethlehem High School.

He is survived by his parents, Michael and Teresa Ballard; his sisters, Kate and Maggie; and his grandmother, Rose Ballard. Please keep the Ballard family in your prayers.

Funeral Mass was celebrated at St. Joseph Proto-Cathedral.""",
gold=[]),

dict(guid="ftk_sj_bulletin_2026_05_10_sweazy", pub="2026-05-10T07:00:00-04:00", title="Lorene Sweazy Pike - Vine Grove (sent by St. Brigid parish)",
body="""From our sister parish, St. Brigid in Vine Grove: please pray for Lorene Sweazy Pike, 82, who died May 4. She is survived by her brother, Harold Sweazy of Vine Grove, her daughter Donna Pike Kerr, and four grandchildren. Funeral Mass was celebrated at St. Brigid Church.""",
gold=[]),
]
