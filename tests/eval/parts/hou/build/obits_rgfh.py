"""Riverside Gardens Funeral Home (Third Ward / MacGregor, Houston): funeral-home site, HTML in content:encoded,
permalink guids. Hand-labelled."""

FEED = "rgfh"
BASE = "https://www.riversidegardensfh.example/obituaries/hou_"
ITEMS = [
dict(guid=BASE + "hattie-mae-lockett", pub="2026-02-09T10:15:00-06:00", title="Mother Hattie Mae Lockett (1931 - 2026)",
body="""Mother Hattie Mae Lockett, 94, of Houston, was called home to glory on Wednesday, February 4, 2026, at her residence on Rosewood Street, where she had lived since 1958.

Born in Navasota, Texas, to the late Rev. Isaiah and Cora Reed, she came to Houston as a young bride and worked thirty-one years in the dietary department at Hermann Hospital. For more than sixty years she was a member of Greater Mount Olive Missionary Baptist Church, where she served as president of the Mothers' Board and never missed a Fifth Sunday fellowship.

She leaves to cherish her memory her daughter, Bernice (Otis) Wheeler of Houston; her son, Cleophus Lockett of Missouri City; eight grandchildren; fourteen great-grandchildren; and a host of nieces, nephews, church family and friends. She was preceded in death by her husband, Deacon Samuel Lockett, and her son, Marvin.

Homegoing services will be held Saturday at 11 a.m. at Greater Mount Olive, the Rev. Dr. Kendrick Moody, eulogist. Interment at Paradise North Cemetery.""",
gold=[("HOU009", "survivor"), ("HOU008", "survivor")]),

dict(guid=BASE + "rosalind-marie-st-julien", pub="2026-03-18T09:40:00-05:00", title="Rosalind Marie St. Julien (1938 - 2026)",
body="""Rosalind Marie St. Julien, of Houston, entered into eternal rest on Saturday, March 14, 2026, surrounded by her family and her rosary. She was 87.

Rosalind was born October 2, 1938, in Opelousas, Louisiana, to the late Alcee and Philomene (Broussard) St. Julien, and came to Houston in 1956, settling near MacGregor Park. She taught first grade at Blackshear Elementary for thirty-four years and was a lifelong parishioner of Our Mother of Mercy Catholic Church in Frenchtown, where she sang in the choir and made the gumbo for every parish festival. She never married; she said her 900 first-graders were family enough.

She is survived by her sister, Evangeline St. Julien Prejean of Lafayette, La.; her nephews, Dwight Prejean and Andre Prejean; and her goddaughter, Monique Charles of Missouri City. She was preceded in death by her brothers, Alcee Jr. and Clement.

A Mass of Christian Burial will be celebrated Friday at 10 a.m. at Our Mother of Mercy. Pallbearers: Raymond Batiste, Dwight Prejean, Andre Prejean, Louis Charles, Curtis Arceneaux and Dr. Emeka Nwosu.""",
gold=[("HOU015", "deceased_client")]),

dict(guid=BASE + "emeka-chukwudi-nwosu", pub="2026-04-06T15:10:00-05:00", title="Emeka Chukwudi Nwosu (2006 - 2026)",
body="""Emeka Chukwudi Nwosu, 19, of Pearland, was taken from us far too soon on Wednesday, April 1, 2026, in a car accident in Lubbock, where he was a sophomore at Texas Tech studying mechanical engineering.

Emeka graduated from Shadow Creek High School in 2024, where he ran the 400 meters and led the robotics club to the state finals. He loved jollof rice, his grandmother's stories and the Houston Rockets, in that order.

He is survived by his parents, Chukwuma and Adaeze Nwosu of Pearland; his sisters, Chioma and Nneka; his grandmother, Mrs. Patience Nwosu of Enugu, Nigeria; and many uncles, aunties and cousins in Houston, Atlanta and Nigeria.

A wake keeping will be held Friday evening, and the funeral service Saturday at 10 a.m. at St. Helen Catholic Church, Pearland.""",
gold=[]),

dict(guid=BASE + "alphonse-guillory", pub="2026-05-04T11:25:00-05:00", title="Alphonse Joseph \"Fonse\" Guillory (1937 - 2026)",
body="""Alphonse Joseph "Fonse" Guillory, 88, a son of Mamou, Louisiana, and for seventy years a son of Frenchtown, passed away April 30, 2026, at Houston Methodist Hospital.

Fonse came to Houston in 1955 to work at the Southern Pacific shops and later ran Guillory's Barbershop on Liberty Road, where zydeco played from the radio and nobody paid for a haircut on his birthday. He played rubboard with the Frenchtown Ramblers until he was eighty.

He is survived by his daughter, Yvonne Fontenot and her husband, Will, of Pearland; his son, Alphonse Guillory Jr. of Beaumont; his nephew, Ray Batiste of Baytown; six grandchildren and four great-grandchildren. He was preceded in death by his wife of 58 years, Odile (Chenier) Guillory.

Rosary at 6 p.m. Thursday and the Funeral Mass at 10 a.m. Friday at Our Mother of Mercy Catholic Church. Burial at Golden Gate Cemetery.""",
gold=[("HOU011", "survivor"), ("HOU010", "survivor"), ("HOU021", "survivor")]),

dict(guid=BASE + "geraldine-scott-pruitt", pub="2026-06-15T10:00:00-05:00", title="Geraldine Scott Pruitt (1944 - 2026)",
body="""Geraldine Scott Pruitt, 81, of Houston, a retired Houston ISD librarian, went home to be with the Lord on June 10, 2026.

A graduate of Jack Yates High School and Texas Southern University, Geraldine ran the library at Ryan Middle School for twenty-six years. She was a faithful member of Wheeler Avenue Baptist Church and a Golden Life Member of Delta Sigma Theta Sorority.

She is survived by her son, Reginald Pruitt of Atlanta; her daughter, Dr. Simone Pruitt-Hale of Houston; and five grandchildren. The family thanks the nurses and staff of Houston Hospice and her physician, Dr. Emeka Nwosu, for their kindness.

Services Saturday at 1 p.m. at Wheeler Avenue Baptist Church.""",
gold=[]),
]
