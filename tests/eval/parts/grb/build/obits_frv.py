"""Fox River & Bayshore Funeral Chapels (Green Bay, De Pere, Luxemburg, Appleton): funeral-home site, HTML in
content:encoded, permalink guids. Hand-labelled (gold beside each text)."""

FEED = "frv"
BASE = "grb_frv-"
ITEMS = [
dict(guid=BASE + "marcel-j-lemense", pub="2026-03-09T10:15:00-06:00", title="Marcel J. Lemense (1938 - 2026)",
body="""Marcel J. Lemense, 87, of Luxemburg, passed away peacefully on Friday, March 6, 2026, at his home on the family farm, surrounded by his family.

Marcel was born April 12, 1938, in the Town of Red River, son of the late Jules and Octavie (Massart) Lemense. He grew up speaking Walloon at the kitchen table and never quite gave it up; his grandchildren learned to count to ten in it before they learned it in English. On June 17, 1961, he married Yvonne Jeanquart at St. Hubert Catholic Church in Rosiere. Together they milked cows on the Lemense home farm for more than forty years.

Marcel loved the Belgian Kermiss every fall, a good booyah, a sheepshead game at the tavern in Walhain and his Green Bay Packers, in that order, except in January.

He is survived by his wife of 64 years, Yvonne; his children, Daniel (Sue) Lemense of Luxemburg and Theresa (Mark) Allard of Casco; seven grandchildren; and a cousin, Rosemary (Delvaux) Thiry of Green Bay, with whom he talked on the phone every Sunday.

He was preceded in death by his parents; his brother, Leonard Lemense; and his sister, Irene DeGrave.

Mass of Christian Burial will be held at 11 a.m. Thursday at St. Hubert Catholic Church, Rosiere, with Fr. Anthony Pirlot officiating. Pallbearers are his grandsons and Bernie Wildenberg. Burial in the parish cemetery.""",
gold=[("GRB003", "deceased_client"), ("GRB004", "spouse_of_deceased_client"), ("GRB017", "survivor")]),

dict(guid=BASE + "nhia-lue-vang", pub="2026-02-03T16:40:00-06:00", title="Nhia Lue Vang (1946 - 2026)",
body="""Nhia Lue Vang, 79, of Appleton, passed away on Thursday, January 29, 2026, at St. Elizabeth Hospital.

Nhia Lue was born in Xieng Khouang province, Laos. As a young man he served with the Special Guerrilla Units alongside American forces, and after 1975 he led his family across the Mekong to the Ban Vinai refugee camp in Thailand. The family came to Appleton in 1980, sponsored by a Lutheran congregation. He worked at a paper mill in Kimberly for 24 years, kept a large garden on the north side and was a respected elder of the Vang clan, often called on to settle family matters and to bless new babies.

He is survived by his wife, Yer Xiong; his sons, Tou Vang (Pa Houa Lee) of Appleton and Chue Vang of Sheboygan; his daughters, Mai Vang (Cheng Thao) of Green Bay and Kia Vang of St. Paul, Minn.; 22 grandchildren and 9 great-grandchildren.

Traditional Hmong funeral services will be held from Friday through Monday at the Hmong funeral hall in Appleton. Burial will follow at Highland Memorial Park.""",
gold=[("GRB007", "survivor"), ("GRB008", "survivor"), ("GRB009", "survivor")]),

dict(guid=BASE + "leonard-vandenhouten-sr", pub="2026-04-21T09:30:00-05:00", title="Leonard F. Vandenhouten Sr. (1929 - 2026)",
body="""Leonard F. Vandenhouten Sr., 96, of De Pere, died Saturday, April 18, 2026, at Hospice House, with his son at his side.

Leonard was born in Little Chute to Dutch immigrant parents and came to De Pere in 1951 to work at the paper mill on the east bank, retiring as a shift foreman in 1991. He was a member of Our Lady of Lourdes Parish, an usher for fifty years and a fierce cribbage player.

Survivors include his son, Leonard "Len" Vandenhouten Jr. (Joan) of Green Bay; his daughter, Carol Jadin of Suamico; six grandchildren; and ten great-grandchildren.

He was preceded in death by his wife, Geraldine, in 2015, and by his brothers, Harold and Norbert.

Visitation Thursday from 4 to 7 p.m. at the De Pere chapel. Mass of Christian Burial Friday at 10 a.m. at Our Lady of Lourdes, Fr. Paul Gerrits presiding.""",
gold=[("GRB001", "survivor"), ("GRB002", "survivor")]),

dict(guid=BASE + "loretta-kanasawe", pub="2026-05-12T13:00:00-05:00", title="Loretta M. Kanasawe (1937 - 2026)",
body="""Loretta Marie Kanasawe, 88, of Oneida, began her journey home on Sunday, May 10, 2026, at her home on Seminary Road.

Loretta was born on the Oneida Reservation, a member of the Turtle Clan. She attended the Oneida Methodist mission school, raised six children, and for thirty years cooked at the tribal school, where she was famous for corn soup and fry bread. She beaded moccasins for every new baby in the family and was a longtime member of the Oneida Hymn Singers.

She is survived by her sons, Randall "Randy" (Debra) Kanasawe of Oneida and Vernon Kanasawe of Milwaukee; her daughters, Sharon Kanasawe-Webster of Seymour and Lorna Danforth of Green Bay; 19 grandchildren; and many great-grandchildren.

She was preceded in death by her husband, Elmer Kanasawe; a son, Elmer Jr.; and a daughter, Patricia.

A wake will be held Wednesday evening at the Oneida Methodist Church, with the Hymn Singers. The funeral service will be Thursday at 11 a.m. with Rev. Marvin Ninefeathers officiating. Burial at the church cemetery.""",
gold=[("GRB010", "survivor"), ("GRB011", "survivor")]),

dict(guid=BASE + "thomas-michael-van-lanen", pub="2026-06-15T11:20:00-05:00", title="Thomas Michael Van Lanen (2001 - 2026)",
body="""Thomas Michael "T.J." Van Lanen, 24, of Kimberly, died unexpectedly on Thursday, June 11, 2026.

T.J. was born in Appleton to Gary and Lisa (Kessenich) Van Lanen. He graduated from Kimberly High School in 2019, where he wrestled and played trumpet in the pep band, and was an apprentice electrician. He never met a dog he did not like or a fish he did not want to catch.

He is survived by his parents, Gary and Lisa Van Lanen of Kimberly; his sister, Alyssa; his grandmother, Joyce Kessenich of Combined Locks; and his godparents, his uncle Tom and aunt Kathy Van Lanen of De Pere, for whom he was named.

Mass of Christian Burial will be held Tuesday at Holy Spirit Parish, Kimberly.""",
gold=[("GRB015", "survivor"), ("GRB014", "survivor")]),

dict(guid=BASE + "dorothy-a-kaczmarowski", pub="2026-07-08T08:45:00-05:00", title="Dorothy A. Kaczmarowski (1950 - 2026)",
body="""Dorothy A. Kaczmarowski (nee Pelczynski), 76, of Pulaski, was called home to the Lord on Sunday, July 5, 2026.

Dorothy was born in Hofa Park and graduated from Pulaski High School in 1968. She married Stanley Kaczmarowski in 1971 at Assumption of the Blessed Virgin Mary Church. She worked at the Pulaski State Bank for 31 years, sang in the Polish choir, made pierogi by the hundred for the parish Polka Days, and never once let anyone leave her kitchen hungry.

She is survived by her husband of 55 years, Stanley "Stan"; her daughters, Karen (Brian) Wojtalewicz of Green Bay and Linda Kaczmarowski of Madison; and four grandchildren.

She was preceded in death by her parents, Joseph and Stella Pelczynski, and her brother, Edmund.

Mass of Christian Burial Friday at 11 a.m. at the Pulaski church, with Fr. Kazimierz Nowacki officiating.""",
gold=[("GRB005", "survivor")]),

dict(guid=BASE + "eugene-hermsen", pub="2026-09-02T10:05:00-05:00", title="Eugene \"Gene\" Hermsen (1944 - 2026)",
body="""Eugene "Gene" Hermsen, 81, of Little Chute, died Sunday, August 30, 2026, at Thedacare Medical Center.

Gene was born in Little Chute and was a lifelong member of St. John Nepomucene Parish. He drove a milk truck for twenty years and then ran the Hermsen Feed Mill until 2008. He was a charter member of the Little Chute Great Wisconsin Cheese Festival committee and a loyal Knights of Columbus man.

Gene is survived by his son, Dale Hermsen of Appleton; his daughter, Michelle "Shelly" (Kevin) Pankratz of Seymour; five grandchildren; and his sister, Sr. Agnes Hermsen, SSND.

He was preceded in death by his wife, Rita (Verstegen) Hermsen, and by his brother, Ronald.

Mass of Christian Burial will be held Saturday at St. John Nepomucene, Little Chute.""",
gold=[("GRB021", "survivor"), ("GRB022", "survivor")]),
]
