"""Hi-Line Prairie Press (weekly newspaper, Cut Bank): obituaries, plain text. Hand-labelled (gold=...)."""

FEED = "hpp"
ITEMS = [
dict(guid="ctb_hpp_obit_2026_0211", pub="2026-02-11T09:00:00-07:00", title="Thaddeus Arlo Brekke Sr.",
body="""Thaddeus Arlo Brekke Sr., 84, of Cut Bank, died Saturday, Feb. 7, 2026, at Northern Rockies Medical Center with his family at his side.

Arlo, as everyone but the Army called him, was born Oct. 2, 1941, on the family place north of Santa Rita, the son of Nils and Hilda (Tollefson) Brekke. He farmed wheat and barley on the Brekke homestead for more than fifty years, served on the Glacier County Fair board and the Santa Rita Lutheran church council, and never once missed a Cut Bank Wolves home football game.

He married Doris Haugen in 1963; she preceded him in death in 2019. Survivors include his son, Thaddeus "Tad" Brekke Jr. (Lynnette) of Cut Bank; his daughter, Karla Brekke Tweet (Dean) of Havre; five grandchildren; and his sister, Ruth Ellen Sorby of Conrad.

Funeral services will be 11 a.m. Friday at Immanuel Lutheran Church in Cut Bank with Pastor Kristin Aune officiating. Burial will follow in spring at Cut Bank Cemetery. Marias Memorial Chapel is in charge of arrangements.""",
gold=[("CTB006", "survivor")]),

dict(guid="ctb_hpp_obit_2026_0305", pub="2026-03-05T09:00:00-07:00", title="Orrin Thorsrud",
body="""Orrin Peder Thorsrud, 91, of Valier, passed away Feb. 28, 2026, at the Pondera Medical Center long-term care wing in Conrad.

Orrin was born in 1934 on the Thorsrud homestead south of Valier, the second of four boys born to Peder and Ingeborg Thorsrud. He ran cattle along Birch Creek for most of his life and was a charter member of the Valier Lions Club. He never married, and was "Uncle Orrin" to half of Pondera County.

He is survived by his brother, Elmer (Gladys) Thorsrud of Valier; by nieces and nephews; and by his dog, Tip, who has gone to live with Elmer and Gladys. He was preceded in death by his parents and by his brothers Arnold and Helmer.

A memorial service will be held at 2 p.m. Tuesday at Valier Lutheran Church. Memorials may be made to the Valier Ambulance.""",
gold=[("CTB010", "survivor"), ("CTB011", "survivor")]),

dict(guid="ctb_hpp_obit_2026_0417", pub="2026-04-17T09:00:00-06:00", title="Francis 'Frankie' Little Plume",
body="""Francis "Frankie" Little Plume, 22, of Browning, died April 12, 2026, in a car accident on U.S. Highway 89 near Kiowa Junction.

Frankie was born in Browning in 2003 and graduated from Browning High School in 2021, where he ran cross-country for the Indians. He was working on the crew rebuilding the Two Medicine bridge and was saving for a horse trailer. He was named for his grandfather and was proud to carry the name.

He is survived by his parents, Dana and Kristin Little Plume of Browning; his sisters, Shayla and Brianna; his grandparents, Frank and Theresa Little Plume of Browning; and many aunts, uncles and cousins. He was preceded in death by his grandmother Ada Spotted Eagle.

A wake will be held at the Little Plume home on Little Badger Road, with the funeral Mass at 10 a.m. Saturday at Little Flower Catholic Church. Interment will follow at Holy Family Cemetery.""",
gold=[("CTB018", "survivor"), ("CTB019", "survivor")]),

dict(guid="ctb_hpp_obit_2026_0608", pub="2026-06-08T09:00:00-06:00", title="Bernard J. Stensrud",
body="""Bernard J. "Barney" Stensrud, 75, of Bemidji, Minn., died June 1, 2026, at Sanford Bemidji Medical Center.

The family asked that this notice be shared with friends in Montana, where Barney spent two summers in the 1970s working harvest crews. He was born in Bemidji, taught industrial arts at Bemidji High School for 33 years and built cedar-strip canoes in his garage.

He is survived by his wife, Carol; his daughters, Megan and Tess; and four grandchildren. Services were held in Bemidji.""",
gold=[]),

dict(guid="ctb_hpp_obit_2026_0914", pub="2026-09-14T09:00:00-06:00", title="Harlan M. Ostrem",
body="""Harlan Martin Ostrem, 80, of Cut Bank, died Wednesday, Sept. 9, 2026, at his home, after a short illness.

Harlan was born Feb. 11, 1946, in Cut Bank to Martin and Olga Ostrem. After two years with the Army in Germany he came home to work for his father at Ostrem Seed & Grain, which he ran for forty years. He married Verna Kluth on June 8, 1969, at Immanuel Lutheran Church.

He is survived by his wife of 57 years, Verna (Kluth) Ostrem of Cut Bank; his sons, Lyle (Deb) Ostrem of Great Falls and Nathan Ostrem of Bozeman; his sister-in-law, Ione Kluth of Cut Bank; and six grandchildren. He was preceded in death by his parents and his brother-in-law, Walter Kluth.

Funeral services will be held at 10:30 a.m. Monday at Immanuel Lutheran Church with Pastor Kristin Aune officiating. Pallbearers will be Tad Brekke, Garrett Sundquist, Cody Ostrem, Mason Ostrem, Jim Vielleux and Ray Hjartarson.""",
gold=[("CTB001", "deceased_client"), ("CTB002", "spouse_of_deceased_client"), ("CTB017", "survivor")]),

dict(guid="ctb_hpp_obit_2026_1020", pub="2026-10-20T09:00:00-06:00", title="Mary Jo Hjartarson",
body="""Mary Jo Hjartarson, 85, a lifelong resident of Cut Bank, died Oct. 16, 2026, at Glacier Care Center.

She was born June 3, 1941, in Cut Bank, the daughter of Olaf and Bertha Lien. She married Sigurd Hjartarson in 1960, and together they ran the Hjartarson Texaco on Main Street until 1998. Mary Jo kept the books, the coffee pot and the peace. She was a 4-H leader for 25 years.

Survivors include her sons, Ray Hjartarson of Cut Bank and Doug (Patti) Hjartarson of Kalispell; seven grandchildren; and eleven great-grandchildren. She was preceded in death by her husband, Sigurd, in 2011, and her sister, June Lien Ness.

A celebration of life will be held at 2 p.m. Saturday at the Cut Bank Senior Center.""",
gold=[("CTB007", "deceased_client")]),
]
