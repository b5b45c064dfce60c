"""Snake River Valley Funeral Chapels (invented; chapels in Meridian, Nampa and Eagle): funeral-home site, HTML in
content:encoded, one-sentence plain description, permalink guids. Hand-labelled (gold=[...] beside each)."""

FEED = "srv"
BASE = "boi_srv-"
URL = "https://www.snakerivervalleychapels.example/obituaries/"
ITEMS = [
dict(guid=BASE + "lorenzo-urquidi", pub="2026-04-14T10:30:00-06:00", title="Lorenzo \"Larry\" Urquidi (1944 - 2026)",
body="""Lorenzo "Larry" Urquidi, 82, of Meridian, died peacefully at home on Friday, April 10, 2026, with his rosary in his hand and a Basque radio program playing in the kitchen.

Larry was born March 9, 1944, in Mountain Home, the youngest son of Basque immigrants Jose and Benita Urquidi, who came from Gernika to herd sheep in the Owyhee desert. He spent his boyhood summers in sheep camp, graduated from Mountain Home High School in 1962 and from the College of Idaho in 1966. He taught mathematics at Meridian High School for 34 years and coached the jota dancers of the Boise Oinkari for nearly as long.

He married Pilar Aldecoa at St. John's Cathedral in 1967. She survives him after 58 years of marriage. He is also survived by his sons, Joseba (Amy) Urquidi of Portland and Xabier Urquidi of Meridian; his sister, Miren (Nacho) Echevarria of Boise; his brother-in-law, Pete Aldecoa of Mountain Home; six grandchildren; and a great many former students. He was preceded in death by his parents and his brother, Tomas.

A rosary will be prayed Thursday at 7 p.m. at St. John's Cathedral, and the funeral Mass will be celebrated there Friday at 11 a.m. Pallbearers will be Inaki Aguirre, Joseba Urquidi, Xabier Urquidi, Mikel Uberuaga, Ander Ysursa and Tom Leniz. A lunch will follow at the Basque Center on Grove Street.""",
gold=[("BOI005", "deceased_client"), ("BOI006", "spouse_of_deceased_client"), ("BOI002", "survivor"),
      ("BOI001", "survivor"), ("BOI023", "survivor")]),

dict(guid=BASE + "domingo-goicoechea-iii", pub="2026-02-09T16:05:00-07:00", title="Domingo \"Dom\" Goicoechea III (2001 - 2026)",
body="""Domingo "Dom" Goicoechea III, 24, of Eagle, died on Thursday, February 5, 2026, in an avalanche while backcountry skiing near Galena Summit, doing the thing he loved most with the friends he loved most.

Dom was born in Boise on June 1, 2001, and graduated from Eagle High School in 2019, where he was a state qualifier in cross-country. He studied civil engineering at Boise State University and worked for the Bogus Basin ski patrol every winter since he was sixteen. He could fix anything with a ratchet strap and a roll of duct tape.

He is survived by his parents, Domingo Jr. and Kathleen Goicoechea of Eagle; his sister, Ainhoa Goicoechea of Salt Lake City; his grandmother, Irene Goicoechea of Boise; and a large and loving family of aunts, uncles and cousins. He was preceded in death by his grandfather, Domingo Goicoechea Sr.

A celebration of Dom's life will be held at 2 p.m. Saturday, February 14, at the Eagle chapel. In lieu of flowers, the family asks that donations be made to the Sawtooth Avalanche Center.""",
gold=[("BOI003", "survivor")]),

dict(guid=BASE + "ramon-magana-ortiz", pub="2026-03-03T09:45:00-07:00", title="Ramón Magaña Ortiz (1946 - 2026)",
body="""Ramón Magaña Ortiz, 79, of Nampa, went home to the Lord on February 27, 2026, at Saint Alphonsus Medical Center in Nampa, surrounded by his family.

Ramón was born in Tangancícuaro, Michoacán, and came to the Treasure Valley in 1966 to work the sugar beet and onion harvests. He drove a truck for Simplot for 31 years, never missed a Sunday Mass at Our Lady of the Valley and never met a stranger. His carne asada was famous at every quinceañera in Canyon County.

Le sobreviven su esposa de 54 años, Esperanza; sus hijos, Ramón Jr., Araceli y Leticia; y su hermana, Socorro. He is survived by his wife of 54 years, Esperanza Magaña; his children, Ramón Magaña Jr. of Nampa, Araceli (Luis) Ochoa of Caldwell and Leticia Magaña of Boise; his sister, Socorro "Coco" Herrera of Kuna; eleven grandchildren; and four great-grandchildren.

A rosary will be recited Wednesday at 7 p.m. and the Mass of Christian Burial celebrated Thursday at 10 a.m., both at Our Lady of the Valley Catholic Church, Caldwell. Burial will follow at Kohlerlawn Cemetery. Ernesto and Rosie Zamora have graciously offered their hall for the reception afterward.""",
gold=[("BOI016", "survivor")]),

dict(guid=BASE + "grace-hironaka-sato", pub="2026-03-19T11:10:00-06:00", title="Grace Hironaka Sato (1937 - 2026)",
body="""Grace Hironaka Sato, 88, of Ontario, Oregon, passed away on March 15, 2026, at Holy Rosary Medical Center.

Grace was born in Seattle in 1937. In 1942 she and her family were sent to the Minidoka War Relocation Center near Hunt, Idaho, and after the war they settled on a rented farm outside Ontario, where her father grew onions and her mother grew the best chrysanthemums in Malheur County. Grace taught second grade for 35 years and was a charter member of the Ontario Buddhist Temple's women's association.

She is survived by her son, Glenn Sato of Portland; her daughter, Karen (Mike) Ellison of Fruitland; her sister, Fumi (George) Tamura of Caldwell; and four grandchildren. She was preceded in death by her husband of 51 years, Tadashi "Tad" Sato, and by her brothers, Roy and Frank Hironaka.

A memorial service will be held Saturday at 1 p.m. at the Ontario Buddhist Temple, with the Rev. Kenryu Hata officiating.""",
gold=[("BOI018", "survivor"), ("BOI017", "survivor")]),

dict(guid=BASE + "afton-lyman", pub="2026-05-06T08:20:00-06:00", title="Afton Hatch Lyman (1928 - 2026)",
body="""Afton Hatch Lyman, 97, of Rexburg, returned to her Heavenly Father on Sunday, May 3, 2026, at the home of her son, after a long and faithful life.

Afton was born April 11, 1928, in Sugar City to Parley and Ione Hatch, the granddaughter of handcart pioneers who settled the Upper Snake River Valley. She married Reed Lyman in the Idaho Falls Temple on June 6, 1947. They farmed potatoes and raised seven children near Teton, and served missions together in Nauvoo and in the Philippines. She played the organ in the Teton Ward for sixty years and made a quilt for every grandchild on the day they were born.

She is survived by her children, Dwight (Marlene) Lyman of Rexburg, LaRae (Heber) Tolman of Kuna, Gordon (Cheryl) Lyman of St. Anthony, Joyce (Dean) Rigby of Idaho Falls and Paul Lyman of Mesa, Arizona; 41 grandchildren; and 96 great-grandchildren. She was preceded in death by her husband, Reed, and by her sons, Lynn and Sterling.

Funeral services will be held Saturday at 11 a.m. at the Teton Ward chapel, with Bishop Travis Hymas conducting. Interment will be in the Sugar City Cemetery.""",
gold=[("BOI008", "survivor"), ("BOI007", "survivor")]),

dict(guid=BASE + "maite-uberuaga", pub="2026-07-08T14:00:00-06:00", title="Maria Teresa \"Maite\" Uberuaga (1956 - 2026)",
body="""Maria Teresa "Maite" Uberuaga, née Arrizabalaga, 70, of Boise, died on Saturday, July 4, 2026, at St. Luke's Boise Medical Center after a brave fight with cancer.

Maite was born January 22, 1956, in Boise to Juan and Marcelina Arrizabalaga, and grew up above her parents' boardinghouse on Grove Street, where she learned to cook for forty sheepherders at a time and to dance the jota before she could read. She was a nurse at St. Luke's for 37 years, taught Euskara to three generations of Boise children and never once let anyone leave her table hungry.

She is survived by her son, Mikel Uberuaga of Boise; her daughter, Amaia (Chris) Hollister of Meridian; her cousin, Miren Echevarria of Boise; and five grandchildren. She was preceded in death by her husband, Juan Uberuaga, in 2019, and by her parents.

A rosary will be prayed Thursday at 7 p.m. and the funeral Mass celebrated Friday at 10 a.m. at St. John's Cathedral. Burial will follow at Morris Hill Cemetery.""",
gold=[("BOI004", "deceased_client"), ("BOI002", "survivor")]),
]
