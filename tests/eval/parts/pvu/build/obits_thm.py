"""Timpanogos Hills Mortuary (Orem and Springville chapels): funeral-home site, Latter-day Saint obituary style,
HTML in content:encoded, permalink guids. Hand-labelled (gold=[(client_id, role)])."""

ITEMS = [
dict(guid="pvu_thm-2026-kimball-grant-pehrson", pub="2026-02-14T10:00:00-07:00",
title="Kimball Grant \"Kim\" Pehrson (1946 - 2026)",
body="""Kimball Grant "Kim" Pehrson, 79, of Lindon, Utah, returned to his Heavenly Father on Thursday, February 12, 2026, at home, surrounded by his family, after a long and valiant fight with pulmonary fibrosis.

Kim was born October 3, 1946, in American Fork to Grant Kimball and Velda (Christensen) Pehrson, the third of six children. He grew up milking cows on the family place on Center Street and graduated from Pleasant Grove High School in 1964. He served a full-time mission to the North German Mission, and came home speaking a German that his grandchildren said only the cows understood.

He married his sweetheart, LaRae Gledhill, on June 12, 1969, in the Manti Utah Temple. They built their home in Lindon in 1974 with their own hands and lived in it for 52 years. Kim taught industrial arts at Orem Junior High for 31 years; hundreds of cedar chests, gun racks and slightly crooked birdhouses all over Utah County are his legacy. He served faithfully in many callings, including bishop of the Lindon 3rd Ward and ordinance worker in the Mount Timpanogos Temple.

Kim is survived by his wife of 56 years, LaRae Gledhill Pehrson; children: Brent (Tiffany) Pehrson, Lehi; Kristen (Mark) Oldroyd, Mesa, Ariz.; Jared (Amy) Pehrson, Lindon; Natalie (Spencer) Hafen, St. George; 19 grandchildren and 6 great-grandchildren; and sisters Velda Mae Bunnell and Carol Ann Rowley. He was preceded in death by his parents and brothers Dean and Lowell.

Funeral services will be held Saturday, February 21, 2026, at 11 a.m. in the Lindon 3rd Ward chapel, 88 N. 600 E., Lindon. Friends may call Friday evening from 6 to 8 p.m. at Timpanogos Hills Mortuary, 1035 N. State St., Orem, and Saturday from 9:45 to 10:45 a.m. at the church. Interment, Lindon City Cemetery.""",
gold=[("PVU009", "deceased_client"), ("PVU010", "spouse_of_deceased_client")]),

dict(guid="pvu_thm-2026-lorna-pettingill-baird", pub="2026-01-09T10:00:00-07:00",
title="Lorna Pettingill Baird (1947 - 2026)",
body="""Our sweet mother, grandmother and friend, Lorna Pettingill Baird, 78, passed away peacefully on January 6, 2026, at her home in Spanish Fork.

Lorna was born August 25, 1947, in Payson, Utah, to Verl and Edna (Huish) Pettingill. She graduated from Payson High School and attended Brigham Young University, where she met Kenneth Ray Baird at a stake dance. They were married in the Salt Lake Temple on September 5, 1967. Lorna was a lunch lady at Spanish Fork Junior High for 22 years and knew every child's name and every child's favorite roll.

She loved the gospel of Jesus Christ and served in Relief Society and Primary presidencies and as a temple worker in the Payson Utah Temple. She quilted for every new baby in the ward.

She is survived by her children: Shane (Camille) Baird, Salem; Tammy (Darren) Jex, Spanish Fork; Kent Baird, Eagle Mountain; 14 grandchildren; and her sisters, Marcia (Dallin) Ostergaard, Provo, and Judy Pettingill Ashby, Richfield. She was preceded in death by her husband Kenneth in 2019 and her brother, Verl Jr.

Funeral services will be held on Tuesday, January 13, at 11 a.m. at the Spanish Fork 12th Ward, 860 E. 400 N. A viewing will be held Monday from 6 to 8 p.m. at the Timpanogos Hills Mortuary Springville chapel, and prior to services at the church. Burial in the Spanish Fork City Cemetery.""",
gold=[("PVU002", "survivor"), ("PVU001", "survivor")]),

dict(guid="pvu_thm-2026-verla-ashby-thurgood", pub="2026-03-03T10:00:00-07:00",
title="Verla Ashby Thurgood (1928 - 2026)",
body="""Verla Ashby Thurgood, age 97, of Pleasant Grove, passed away on Sunday, March 1, 2026, at Sunrise Senior Living, just three weeks short of her 98th birthday.

She was born March 22, 1928, in Pleasant Grove to Orson and Lila (Walker) Ashby. She married Heber Calvin Thurgood on December 18, 1946, in the Salt Lake Temple. Together they raised six children and several hundred acres of strawberries on the family farm in Manila, and she was the undisputed queen of Pleasant Grove's Strawberry Days pie contest for a decade.

Verla is survived by her children: Calvin "Cal" (Norma) Thurgood of Lindon; Gaylene (Lynn) Pulsipher of Roy; DeAnn Thurgood Moss of Orem; 22 grandchildren, 51 great-grandchildren and 3 great-great-grandchildren. She was preceded in death by her husband Heber in 2008, sons Ronald and Lamar, and a daughter, Joyce, in infancy.

Funeral services will be held Saturday, March 7, at 11 a.m. at the Manila 2nd Ward chapel, 1065 N. 100 E., Pleasant Grove, with a viewing from 9:30 to 10:30 a.m. Interment in the Pleasant Grove City Cemetery.""",
gold=[("PVU018", "survivor"), ("PVU019", "survivor")]),

dict(guid="pvu_thm-2026-jaren-scott-holyoak", pub="2026-04-17T10:00:00-06:00",
title="Jaren Scott Holyoak (2006 - 2026)",
body="""Jaren Scott Holyoak, 19, of Orem, was taken from us far too soon on April 13, 2026, in a single-car accident in Provo Canyon.

Jaren was born May 2, 2006, in Provo, the oldest son of Bryce and Tamra Holyoak. He graduated from Mountain View High School in 2024, where he threw the discus and ran a surprisingly good 400. He had just finished his first year at Utah Valley University and was saving to serve a mission. He could fix any dirt bike and most lawn mowers, and he never once let his little brothers win at Mario Kart.

Jaren is survived by his parents, Bryce and Tamra Holyoak of Orem; his brothers, Cade and Liam; his grandparents, Gordon and Sharlene Holyoak of Vernal and Ross and Jeanne Lybbert of Orem; and many aunts, uncles and cousins.

Funeral services will be held Saturday, April 18, at 12 noon at the Orem Sharon Park 4th Ward chapel, 750 S. 1200 W. A viewing will be held Friday from 6 to 8 p.m. at Timpanogos Hills Mortuary. Interment, Orem City Cemetery.""",
gold=[]),  # young namesake of PVU022 Jaren Holyoak (b. 1961, wife Dixie) in the same town: parents survive, nothing

dict(guid="pvu_thm-2026-lapreal-spackman-wadley", pub="2026-01-20T10:00:00-07:00",
title="LaPreal Spackman Wadley (1931 - 2026)",
body="""LaPreal Spackman Wadley, 94, passed away January 17, 2026, in American Fork, where she had lived with her daughter for the last six years.

LaPreal was born in Springville on April 4, 1931, to Alvin and Ruth (Dixon) Spackman. She married Glen D. Wadley in the Salt Lake Temple in 1950; they farmed in Benjamin for 40 years. She played the organ for the Benjamin Ward for 55 years and taught half the valley's children to play "Come, Come, Ye Saints" on the piano.

She is survived by her daughters, JoAnn Twitchell of American Fork and Sharon (Dale) Gurney of Nephi; her brother, Wendell Spackman of Springville; 9 grandchildren and 21 great-grandchildren. She was preceded in death by her husband, Glen, and her son-in-law, Verl Twitchell.

Graveside services will be held Saturday, January 24, at 1 p.m. at the Evergreen Cemetery, Springville, under the direction of Timpanogos Hills Mortuary.""",
gold=[("PVU012", "survivor")]),  # Wendell Spackman is do_not_contact: nothing

dict(guid="pvu_thm-2026-afton-merrill-haslam", pub="2026-05-06T10:00:00-06:00",
title="Afton Merrill Haslam (1942 - 2026)",
body="""Afton Merrill Haslam, 83, of Provo, slipped peacefully through the veil on May 3, 2026, with her children singing at her bedside.

Afton was born December 9, 1942, in Provo to LeGrand and Melba (Merrill) Haslam. She never married, but she mothered two generations of BYU students as a housemother at Helaman Halls and, for 30 years, as the receptionist at the BYU Harold B. Lee Library, where she could find any book faster than the catalog. She served missions in Tahiti and at the Church History Library.

She is survived by her brother, LeGrand Haslam Jr. (Karen) of Idaho Falls, and by many nieces and nephews, including Paige Haslam Rigby, who cared for her.

Funeral services will be held Saturday, May 9, at 11 a.m. in the Edgemont 4th Ward chapel, 3325 N. Canyon Road, Provo, with Bishop Dallin Ostergaard conducting. Friends may call one hour prior. Musical number by Anneliese Wintch. Interment, Provo City Cemetery.""",
gold=[]),  # Bishop Ostergaard (PVU001) conducts; Dr. Wintch (PVU016) plays: nothing

dict(guid="pvu_thm-2026-reed-alma-brockbank-sr", pub="2026-06-02T10:00:00-06:00",
title="Reed Alma Brockbank Sr. (1933 - 2026)",
body="""Reed Alma Brockbank Sr., 93, lifelong orchardist of Springville, passed away May 30, 2026, at the Utah Valley Hospital in Provo, with his son holding his hand.

Reed was born January 11, 1933, in Springville to Alma and Lucy (Kindred) Brockbank. He served in the U.S. Army in Korea, came home to plant his first 40 acres of apricots and peaches on the Mapleton bench, and sold fruit from the same roadside stand on 400 South for 60 years. He married Dorothy Boyer in the Manti Temple in 1955; she preceded him in death in 2015.

Survivors include his son, Reed (Colleen) Brockbank Jr. of Springville, who has run the orchard since 1990; his daughters, Lucy Brockbank Nelson (Roger) of Ephraim and Anne Marie Tolman of Spanish Fork; 16 grandchildren and 30 great-grandchildren.

Funeral Saturday, June 6, 11 a.m., Springville 5th Ward, 400 S. 1000 E. Viewing Friday 6-8 p.m. at the Timpanogos Hills Mortuary Springville chapel. Interment, Evergreen Cemetery, with military honors by the American Legion Post 28.""",
gold=[("PVU005", "survivor")]),  # Colleen is the roster spouse, not a client
]
