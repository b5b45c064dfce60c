"""Mountain & Prairie Death Notices (brief paid notices: Northern Colorado, the Treasure Valley and the Cedar
Rapids / Iowa City corridor), plain text, surname-first headings. Hand-labelled."""

FEED = "mpdn"
ITEMS = [
dict(guid="mpdn-2026-000117", pub="2026-01-16T07:00:00-07:00", title="HENDRICKS, Lyle Jr.",
body="""Lyle Wayne Hendricks Jr., 58, Loveland, died Jan. 12, 2026. Survived by daughters Kayla and Brooke; father, Lyle Hendricks Sr., Loveland; sister Pam (Doug) Ristau, Berthoud. Preceded in death by mother, Doreen. Service 10 a.m. Tuesday, Resurrection Fellowship, Loveland.""",
gold=[("N081", "survivor")]),

dict(guid="mpdn-2026-000142", pub="2026-01-23T07:00:00-07:00", title="SANDQUIST, Gunnar E.",
body="""Gunnar Erik Sandquist, 87, Boise, died Jan. 19, 2026. Retired U.S. Forest Service smokejumper. Survived by daughter Linnea (Chidi) Okafor, Meridian; son Nils Sandquist, Missoula, Mont.; four grandchildren. Preceded in death by wife, Karin. Memorial 2 p.m. Saturday, Trinity Lutheran Church, Boise.""",
gold=[("N101", "survivor"), ("N102", "survivor")]),

dict(guid="mpdn-2026-000163", pub="2026-01-30T07:00:00-06:00", title="KRIZ, Emil J.",
body="""Emil Joseph Kriz, 92, Cedar Rapids, died Jan. 27, 2026. Survived by daughter, Mrs. Frank (Doris) Sedlacek, Cedar Rapids; son, James Kriz, Omaha; seven grandchildren. Preceded in death by wife, Albina, and son, Richard. Mass 10:30 a.m. Monday, St. Wenceslaus Catholic Church. Rosary Sunday 5 p.m., Cedar Memorial.""",
gold=[("N121", "survivor")]),

dict(guid="mpdn-2026-000188", pub="2026-02-06T07:00:00-07:00", title="MARQUARDT, Elsie M.",
body="""Elsie Mae Marquardt, 93, Fort Collins, died Feb. 2, 2026. Survived by sons Rick (JoEllen) Marquardt, Wellington, and Dean Marquardt, Cheyenne; six grandchildren. Preceded in death by husband, Herman. Funeral 11 a.m. Friday, St. John's Lutheran Church, Fort Collins.""",
gold=[("N083", "survivor"), ("N082", "survivor")]),

dict(guid="mpdn-2026-000201", pub="2026-02-11T07:00:00-07:00", title="BILBAO, Ignacio \"Nacho\"",
body="""Ignacio "Nacho" Bilbao, 71, Boise, died Feb. 7, 2026. Born in Gernika, Bizkaia; sheepherder, later owner of Bilbao Masonry. Survived by wife, Begoña; brother, José Mari Bilbao, Eagle; nieces and nephews. Funeral Mass 11 a.m. Thursday, St. John's Cathedral. Agurra by the Oinkari Basque Dancers.""",
gold=[("N103", "survivor")]),

dict(guid="mpdn-2026-000229", pub="2026-02-20T07:00:00-06:00", title="KOLAR, Vlasta",
body="""Vlasta Kolar, 96, Cedar Rapids, died Feb. 17, 2026. Born in Prague; came to Czech Village in 1950. Survived by son, Bob Kolar, Marion; granddaughter, Eva Kolar, Chicago. Preceded in death by husband, Jaroslav. Services 1 p.m. Tuesday, Turner West Chapel.""",
gold=[("N122", "survivor")]),

dict(guid="mpdn-2026-000254", pub="2026-03-04T07:00:00-07:00", title="OSTROWSKI, Walter F.",
body="""Walter F. Ostrowski, 90, Fort Collins, died Feb. 28, 2026. Retired CSU facilities manager. Survived by daughter, Janet Ostrowski, Fort Wayne, Ind.; son, Mark (Lisa) Ostrowski, Denver; three grandchildren. Preceded in death by wife, Dolores. Mass 10 a.m. Saturday, St. Joseph Catholic Church.""",
gold=[]),

dict(guid="mpdn-2026-000270", pub="2026-03-11T07:00:00-06:00", title="VRBA, Dwight R. Sr.",
body="""Dwight Robert Vrba Sr., 82, Hiawatha, died March 8, 2026. Retired Collins Radio engineer. Survived by wife, Marlene; son, Dwight Vrba Jr. (Lisa), Hiawatha; daughter, Kim Vrba, Des Moines; four grandchildren. Services 11 a.m. Friday, Hiawatha United Methodist Church.""",
gold=[("N123", "survivor"), ("N124", "survivor")]),

dict(guid="mpdn-2026-000296", pub="2026-03-20T07:00:00-06:00", title="YBARGUEN, Gloria",
body="""Gloria Ybarguen, 84, Boise, died March 16, 2026. Born Nov. 2, 1941, in Mountain Home to Basque immigrant parents. Taught Spanish at Boise High School for 30 years. Survived by nieces Miren and Ainhoa. Preceded in death by brothers Juan and José. Mass 10 a.m. Monday, St. John's Cathedral.""",
gold=[("N104", "deceased_client")]),

dict(guid="mpdn-2026-000312", pub="2026-03-27T07:00:00-06:00", title="ECKHARDT, Vernon \"Vern\"",
body="""Vernon "Vern" Eckhardt, 79, Loveland, died March 23, 2026. Retired Loveland Reporter-Herald pressman; longtime Rialto Theater volunteer. Survived by his wife of 55 years, Darlene; sons Troy and Kurt; five grandchildren. Memorial 2 p.m. Saturday, First United Methodist Church, Loveland.""",
gold=[("N084", "deceased_client"), ("N085", "spouse_of_deceased_client")]),

dict(guid="mpdn-2026-000335", pub="2026-04-03T07:00:00-06:00", title="HRUSKA, Marjorie Ann (née Pospisil)",
body="""Marjorie Ann Hruska (née Pospisil), 90, Cedar Rapids, died March 31, 2026. Survived by her husband of 68 years, Leonard; daughters Diane (Jim) Kacena and Susan Hruska; five grandchildren. Preceded in death by son, Thomas. Mass 10 a.m. Tuesday, St. Ludmila Catholic Church. Teahen Funeral Home.""",
gold=[("N125", "deceased_client"), ("N126", "spouse_of_deceased_client")]),

dict(guid="mpdn-2026-000351", pub="2026-04-10T07:00:00-06:00", title="ARCHULETA, Tomás E.",
body="""Tomás Eloy Archuleta, 77, Fort Collins, died April 6, 2026. Born in San Luis, Colo.; sugar beet worker, then 30 years with the City of Fort Collins streets department. Survived by sister, Nena Archuleta, Fort Collins; brother, Fidel Archuleta, Alamosa. Rosary 7 p.m. Monday; Mass 10 a.m. Tuesday, Holy Family Church.""",
gold=[("N088", "survivor")]),

dict(guid="mpdn-2026-000366", pub="2026-04-18T07:00:00-06:00", title="KETTERING, Harold W.",
body="""Harold W. "Hal" Kettering, 84, Clifton Park, N.Y., died April 14, 2026. Father of Bryce Kettering, Windsor. Also survived by daughter, Amy Kettering Lowe, Burnt Hills, N.Y.; three grandchildren. Preceded in death by wife, Nancy. Memorial service later in New York.""",
gold=[]),

dict(guid="mpdn-2026-000380", pub="2026-04-24T07:00:00-06:00", title="LINDGREN, Arvid",
body="""Arvid Lindgren, 86, Fort Collins, died April 20, 2026. Retired from Kodak Colorado. Survived by son, Gordon (Sheila) Lindgren, Timnath; daughter, Karin Ness, Cheyenne; five grandchildren. Preceded in death by wife, Solveig. Service 1 p.m. Friday, Timberline Church.""",
gold=[("N091", "survivor"), ("N092", "survivor")]),

dict(guid="mpdn-2026-000402", pub="2026-05-01T07:00:00-06:00", title="LARSEN, Ruby J.",
body="""Ruby June Larsen, 94, Kuna, died April 27, 2026. Survived by daughter, Mrs. Dale (Karen) Christensen, Kuna; son, Lyle Larsen, Twin Falls; eight grandchildren. Preceded in death by husband, Elmer. Service 11 a.m. Thursday, Kuna First Baptist Church.""",
gold=[("N105", "survivor")]),

dict(guid="mpdn-2026-000419", pub="2026-05-08T07:00:00-06:00", title="NOVOTNY, Brady J.",
body="""Brady James Novotny, 21, Solon, died May 3, 2026. Solon High School class of 2023; University of Iowa junior. Survived by parents Mark and Lynn Novotny, Solon; brother, Cole; grandparents Frank and Janet Novotny. Visitation 4-7 p.m. Friday, Solon Funeral Home.""",
gold=[]),

dict(guid="mpdn-2026-000437", pub="2026-05-15T07:00:00-06:00", title="O'DONNELL, Patrick M.",
body="""Patrick Michael O'Donnell, 80, Nampa, died May 11, 2026. Survived by daughter, Shauna O'Donnell, Nampa; son, Sean O'Donnell, Reno. Preceded in death by wife, Maureen. Service 10 a.m. Saturday, Nampa Free Methodist Church; Pastor Jared Lund officiating. Pallbearers: Cody Ashby, Brian Walsh, Tom Keller, Sean O'Donnell.""",
gold=[("N106", "survivor")]),

dict(guid="mpdn-2026-000451", pub="2026-05-22T07:00:00-06:00", title="POHL, Agnes T.",
body="""Agnes Theresa Pohl, 91, Greeley, died May 18, 2026. Survived by son, Curt Pohl, Greeley; daughters Mary Beth Voss, Evans, and Rita Pohl, Denver; nine grandchildren. Preceded in death by husband, Leo. Mass 10 a.m. Wednesday, St. Peter's Catholic Church, Greeley.""",
gold=[("N095", "survivor")]),

dict(guid="mpdn-2026-000468", pub="2026-05-29T07:00:00-06:00", title="GURULE, Eloy",
body="""Eloy Gurule, 79, Fort Collins, died May 25, 2026. Retired Poudre Valley Hospital orderly. Survived by his wife of 50 years, Patricia "Patsy" Gurule; daughters Monica and Andrea; four grandchildren. Rosary 6 p.m. Thursday; Mass 10 a.m. Friday, St. Joseph Catholic Church.""",
gold=[("N098", "survivor")]),

dict(guid="mpdn-2026-000485", pub="2026-06-05T07:00:00-06:00", title="HOLUB, Frank A.",
body="""Frank Anton Holub, 92, Cedar Rapids, died June 1, 2026. Survived by son, Kent (Renata) Holub, Hiawatha; daughter, Joan Pisarik, Ely; eight grandchildren. Preceded in death by wife, Helen. Mass 10:30 a.m. Friday, St. Matthew Catholic Church.""",
gold=[("N133", "survivor"), ("N134", "survivor")]),
]
