"""The Creole Trail Voice, a weekly community paper of north Lake Charles, Mossville and the Creole prairie towns,
"Homegoings & Remembrances" (with notices sent in by the Vietnamese Catholic community): teaser description, HTML in
content:encoded. Hand-labelled."""

FEED = "cv"
ITEMS = [
dict(guid="lch_ctv_homegoing_semien_2026_04", pub="2026-04-08T08:00:00-05:00",
     title="Homegoing: Joseph Alcide \"Nonc Bee\" Semien, 86",
body="""Joseph Alcide Semien, known from Mossville to Frilot Cove as "Nonc Bee," answered his final call on Thursday, April 2, 2026, at his home in Lake Charles. He was 86.

Nonc Bee was born in Mossville and rode in every Creole trail ride from Lake Charles to Opelousas for fifty years. He played rubboard with the Bayou Boogie Ramblers, cut hair on Saturdays at his shop on North Simmons Street, and never turned a boy away for lack of a dollar.

He leaves to cherish his memory his devoted wife, Beatrice Chenier Semien; his sister, Odile Semien Fontenette and her husband Lucien of Lake Charles; his brother, Rev. Elton Semien of Houston; his children, Joseph Jr., Darnell and Monica; a host of grandchildren, godchildren, nieces, nephews and friends. He was preceded in death by his parents, Alcide and Celestine Semien, and his brothers, Wilson and Clarence.

Homegoing services will be held at 11 a.m. Saturday at Sacred Heart of Jesus Catholic Church. A zydeco second line will follow from the church to the burial at Combre Cemetery.""",
gold=[("LCH008", "survivor"), ("LCH007", "survivor")]),

dict(guid="lch_ctv_homegoing_narcisse_2026_06", pub="2026-06-17T08:00:00-05:00",
     title="Homegoing: Mother Philomene Narcisse, 97",
body="""Mother Philomene Arceneaux Narcisse, 97, the oldest member of Sacred Heart of Jesus parish and a founding member of its Ladies Auxiliary of the Knights of Peter Claver, was called home on June 12, 2026, at Lake Charles Memorial Hospital.

Mother Narcisse taught first grade in Calcasieu Parish schools for 38 years, spoke Creole French to her grandchildren so it would not die with her, and sewed the costumes for the Mardi Gras court every year until she was ninety.

She leaves her son, Percy Narcisse of Lake Charles; her niece and goddaughter, Mrs. Lucien Fontenette of Lake Charles; her grandchildren, Dr. Keisha Narcisse-Reed and Marcus Narcisse; and a host of great-grandchildren. She was preceded in death by her husband, Felix Narcisse, and her daughter, Yvette.

The family gives special thanks to Dr. Marguerite Rozas and the nurses of the fourth floor. Mass of Christian Burial at 10 a.m. Friday at Sacred Heart of Jesus Catholic Church.""",
gold=[("LCH008", "survivor")]),  # LCH015 Percy Narcisse: do_not_contact; Dr. Rozas thanked: nothing

dict(guid="lch_ctv_caopho_vuong_van_thinh_2026_07", pub="2026-07-01T08:00:00-05:00",
     title="Cáo Phó / Obituary: Cụ Ông Vương Văn Thịnh, 91",
body="""Cáo Phó. Gia đình chúng tôi vô cùng thương tiếc báo tin: Cụ Ông Giuse Vương Văn Thịnh, sinh năm 1935 tại Nam Định, đã được Chúa gọi về ngày 27 tháng 6 năm 2026 tại Lake Charles, hưởng thọ 91 tuổi.

Joseph Vuong Van Thinh, 91, of Lake Charles, died June 27, 2026. Born in Nam Dinh, he came to Lake Charles in 1979 and fished for shrimp out of Cameron for twenty years before opening a net shop on Broad Street with his son-in-law.

He is survived by his daughter, Vuong Thi Lan (Lan Quach), and her husband, Quach Van Minh (Minh Quach), of Lake Charles; his son, Vuong Van Duc of Port Arthur, Texas; and eight grandchildren. Con gái: Vương Thị Lan và chồng Quách Văn Minh. He was preceded in death by his wife, Tran Thi Hue.

A funeral Mass will be celebrated at 10 a.m. Friday at Our Lady of La Vang Mission, Lake Charles.""",
gold=[("LCH011", "survivor"), ("LCH012", "survivor")]),

dict(guid="lch_ctv_homegoing_fontenette_2026_05", pub="2026-05-06T08:00:00-05:00",
     title="Homegoing: Lucien \"Tee-Luc\" Fontenette, 31",
body="""Lucien Anthony "Tee-Luc" Fontenette, 31, of Lake Charles, was taken from us suddenly on Wednesday, April 29, 2026.

Tee-Luc was a 2013 graduate of Washington-Marion Magnet High School, where he was an all-district running back, and a welder at the Cameron LNG site. He coached the North Lake Charles youth football team his father started and never missed one of his daughter's dance recitals.

He leaves to cherish his memory his daughter, Kennedi Fontenette; his parents, Anthony and Carla Fontenette of Lake Charles; his brothers, Devin and Jamal; and a host of aunts, uncles, cousins and friends.

Homegoing services will be held at 11 a.m. Saturday at Greater St. Mary Missionary Baptist Church.""",
gold=[]),  # young namesake in the client's town: LCH007 Lucien (b. 1951) is married to Odile; this Lucien, 31, is survived by his parents and no spouse

dict(guid="lch_ctv_remembrance_bourque_2026_09", pub="2026-09-09T08:00:00-05:00",
     title="In Remembrance: Annette Vallot Bourque, 77",
body="""Annette Vallot Bourque, 77, of Sulphur, died Saturday, September 5, 2026, at Christus Ochsner West Calcasieu Cameron.

Annette was a lunch lady at Sulphur High School for 29 years and a faithful member of Our Lady of Prompt Succor. Her pralines sold out first at every church fair.

She is survived by her husband of 55 years, Lionel Bourque; her sister, Gerri Quebedeaux of Lake Charles; her children, Chad Bourque and Nicole Bourque Istre; and six grandchildren. She was preceded in death by her parents, Octave and Rita Vallot, and her brother-in-law, Alphonse "Boo" Quebedeaux.

A Mass of Christian Burial will be celebrated at 10 a.m. Saturday at Our Lady of Prompt Succor Catholic Church, Sulphur.""",
gold=[("LCH002", "survivor")]),
]
