"""Yellowstone Valley Chapels (Billings, Laurel and Huntley Project chapels): ranch-family obituaries (the
homestead, the brand, 4-H and the Farm Bureau, "wife of 61 years"), plain text. Hand-labelled."""

FEED = "yvc"
ITEMS = [
dict(guid="bil_yvc_2026_1021", pub="2026-02-06T08:30:00-07:00", title="Clarence \"Kip\" Kallevig",
body="""Clarence "Kip" Kallevig, 84, of Huntley, passed away February 3, 2026, at St. Vincent Regional Hospital in Billings after a short illness, with his family at his side.

Kip was born September 2, 1941, in Billings to Oscar and Thea Kallevig, and grew up on the family place on the Huntley Project, where his grandfather had taken up an irrigated homestead in 1908. He graduated from Huntley Project High School in 1959 and served two years in the U.S. Army in Germany. On June 17, 1965, he married Doris Ruegsegger at Our Savior's Lutheran Church in Huntley.

Together they raised sugar beets, malt barley and Hereford cattle under the K Lazy K brand for more than fifty years. Kip served on the Huntley Project Irrigation District board, the Yellowstone County Farm Bureau and the school board, and was a 4-H beef leader for 22 years. He never missed a MontanaFair, a Huntley Project Panthers basketball game or a chance to tell a story about the hard winter of 1978.

He is survived by his wife of 60 years, Doris (Ruegsegger) Kallevig of Huntley; his son, Cody (Angie) Kallevig of Huntley; his daughter, Karla (Ron) Dunmire of Miles City; seven grandchildren and three great-grandchildren; and his sister, Ardis Thorsby of Big Timber.

He was preceded in death by his parents and his brother, Orville.

Funeral services will be held at 11 a.m. Tuesday, February 10, at Our Savior's Lutheran Church in Huntley, with a luncheon to follow. Burial will be in the Huntley Cemetery in the spring. Memorials may be made to the Yellowstone County 4-H Foundation.""",
gold=[("BIL004", "deceased_client"), ("BIL005", "spouse_of_deceased_client"), ("BIL022", "survivor")]),
# Corroborated: born September 2, 1941 = roster birth_date; the widow Doris (Ruegsegger) = roster spouse/maiden.

dict(guid="bil_yvc_2026_1063", pub="2026-04-09T08:30:00-06:00", title="Duane Vornholt Sr.",
body="""Duane Lloyd Vornholt Sr., 91, a lifelong Shepherd-area rancher, died peacefully on Sunday, April 5, 2026, at the Laurel Health and Rehabilitation Center.

Duane was born January 11, 1935, in the family farmhouse on Pryor Creek, the fourth of six children of German-Russian homesteaders Jakob and Katharina Vornholt. He left school after the eighth grade to help run the place and never stopped. He married Edna Fritz in 1950; she preceded him in death in 2011.

He ran commercial Angus and put up hay on the bench north of Shepherd for seventy years, served on the Shepherd school board and the Pryor Creek Grazing Association, and was a charter member of the Shepherd Volunteer Fire Department. He could fix anything with baling wire and liked to say he never owned a new pickup in his life.

Survivors include his daughter, Marlys (Arlen) Skjervold of Shepherd; his son, Duane "Butch" Vornholt Jr. (Sherry) of Laurel; nine grandchildren, including Gerry Weisbeck of Laurel; 14 great-grandchildren; and his brother, Ewald Vornholt of Ballantine.

He was preceded in death by his wife, Edna; a daughter, Loraine Weisbeck; his parents; and four brothers and sisters.

Services will be held at 2 p.m. Saturday, April 11, at Trinity Lutheran Church in Shepherd. Casket bearers will be his grandsons. Yellowstone Valley Chapels, Huntley Project, is in charge.""",
gold=[("BIL002", "survivor"), ("BIL001", "survivor"), ("BIL003", "survivor")]),
# Gerry Weisbeck (BIL018) is do_not_contact: nothing.  Ewald Vornholt of Ballantine is not a client.
dict(guid="bil_yvc_2026_1102", pub="2026-05-20T08:30:00-06:00", title="Lyle Amundrud Jr.",
body="""Lyle Edward Amundrud Jr., 49, of Columbus, died May 16, 2026, at his home after a three-year fight with cancer.

Lyle was born October 8, 1976, in Billings and grew up in Laurel, where he wrestled for the Locomotives and spent summers on his grandparents' wheat place near Molt. He worked 26 years as a millwright at the Stillwater Mine in Nye and coached Columbus youth wrestling for a decade.

He is survived by his wife, Shauna, and their children, Tanner and Brynn, of Columbus; his father, Lyle Amundrud Sr. of Laurel; his sister, Jody (Craig) Haugland of Absarokee; his aunt, Ruth Ann Amundrud of Billings; and many cousins.

He was preceded in death by his mother, Carol, and his grandparents.

A celebration of life will be held at 2 p.m. Saturday, May 23, at the Columbus Fairgrounds exhibit hall. Yellowstone Valley Chapels, Laurel, is caring for the family.""",
gold=[("BIL020", "survivor"), ("BIL006", "survivor")]),
# Sr./Jr.: the son died; the father "Lyle Amundrud Sr. of Laurel" is BIL020 (b. 1950): survivor, not deceased.

dict(guid="bil_yvc_2026_1139", pub="2026-06-25T08:30:00-06:00", title="Arnold Brekkestad",
body="""Arnold Peder Brekkestad, 87, of Worden, passed away June 21, 2026, at the Billings Clinic, one week after he baled his last field of alfalfa.

Arnold was born March 30, 1939, on the Brekkestad home place north of Pompeys Pillar, the son of Norwegian immigrants Peder and Olga Brekkestad. He married Lorraine Haugen in 1961 and they farmed sugar beets, corn and alfalfa on the Huntley Project for 60 years. He was a longtime director of the Western Sugar growers' association, an usher at Zion Lutheran Church in Worden, and a fixture at the Pompeys Pillar coffee counter every morning at 6.

He is survived by his son, Wade (Kristi) Brekkestad of Worden; his daughters, Sonja (Dale) Rasmuson of Ballantine and Linnea Brekkestad of Bozeman; eight grandchildren, including Kaylee and Bryce Brekkestad; and his sister, Gudrun Lee of Fargo, N.D.

He was preceded in death by his wife, Lorraine, in 2020, and his brother, Nels.

Funeral services will be held at 10:30 a.m. Monday, June 29, at Zion Lutheran Church, Worden. Pallbearers will be Arlen Skjervold, Cody Kallevig, Dale Rasmuson, Tom Fritz, Bryce Brekkestad and Gene Haugen. Burial at the Pompeys Pillar Cemetery.""",
gold=[("BIL015", "survivor"), ("BIL016", "survivor")]),
# Pallbearers Arlen Skjervold (BIL001) and Cody Kallevig (BIL022): nothing.

dict(guid="bil_yvc_2026_1187", pub="2026-08-12T08:30:00-06:00", title="Walter Ruegsegger",
body="""Walter Hans Ruegsegger, 90, of Molt, died peacefully August 8, 2026, at his daughter's home in Laurel.

Walt was born May 5, 1936, in Molt to Swiss immigrants Hans and Frieda Ruegsegger, and ran the family dryland wheat and cattle operation west of Molt for 60 years. He was a Stillwater County commissioner for two terms, a Molt Community Hall trustee, and could yodel when pressed.

Survivors include his wife of 64 years, Adeline; his son, Dr. Nolan (Jill) Ruegsegger of Billings; his daughter, Heidi (Mark) Koenig of Laurel; his sister, Doris Kallevig of Huntley; and six grandchildren.

He was preceded in death by his parents; his brother, Ernst; and his brother-in-law, Kip Kallevig.

Funeral services will be held at 11 a.m. Saturday, August 15, at the Molt Community Church. Burial in the Molt Cemetery.""",
gold=[("BIL017", "survivor"), ("BIL005", "survivor")]),
# Kip Kallevig (BIL004, died in February) is preceded in death: nothing.  Doris's roster maiden name is Ruegsegger.
]
