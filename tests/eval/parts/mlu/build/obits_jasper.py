"""Jasper & Sons Memorial Chapel (Monroe): an African American funeral home's "Homegoing Celebrations" page,
HTML in content:encoded, teaser description, permalink guids. Hand-labelled."""

FEED = "jasper"
BASE = "mlu_jasper_"
ITEMS = [
dict(guid=BASE + "homegoing-ezekiel-marchbanks", pub="2026-02-03T14:00:00-06:00",
title="Homegoing Celebration for Mr. Ezekiel Marchbanks",
body="""Mr. Ezekiel "Zeke" Marchbanks, 70, of Monroe, transitioned from labor to reward on Thursday, January 29, 2026, at his residence.

He was born to the union of the late Rev. Willie and Mother Cora Lee Marchbanks in Tallulah and moved to Monroe as a boy. He confessed Christ at an early age at Little Zion Missionary Baptist Church, where he sang bass in the Male Chorus for forty years. He retired from Brown Paper Mill after twenty-nine years of service.

He leaves to cherish his memory a devoted brother, Arvell (Quintella) Marchbanks of Monroe; two sisters, Mrs. Earnestine Haywood of Rayville and Mrs. Lula Bell Coleman of Chicago, Illinois; a special friend, Ms. Bettye Lofton; and a host of nieces, nephews, cousins and church family.

Homegoing services will be held at 11 a.m. Saturday, February 7, at Little Zion Missionary Baptist Church, 1700 Jackson Street, Monroe, with Pastor Clarence Fuller, eulogist. Interment: Roselawn Cemetery. Services entrusted to Jasper & Sons Memorial Chapel.""",
gold=[("MLU009", "survivor"), ("MLU008", "survivor")]),

dict(guid=BASE + "homegoing-ollie-mae-hollins", pub="2026-03-30T13:20:00-05:00",
title="Celebrating the Life of Mother Ollie Mae Hollins",
body="""Mother Ollie Mae Hollins, 94, of Monroe, peacefully answered the Master's call on Wednesday, March 25, 2026.

Mother Hollins was a charter member of Greater New Hope Church of God in Christ and served on the Mothers' Board for more than fifty years. She cooked in the cafeteria of Carroll High School for thirty years and believed that no child should take a test hungry.

She leaves to cherish her precious memories her son, Deacon Roosevelt Hollins of Monroe; her granddaughter, Dr. LaKeisha (Desmond) Tarver of Monroe; her great-granddaughter, Amara Tarver; a sister-in-law, Mrs. Odessa Kinchen of Monroe; and a host of nieces, nephews and church family. She was preceded in death by her husband, Deacon Elijah Hollins, and her daughter, Gloria Hollins.

Homegoing services: 12 noon Saturday at Greater New Hope COGIC, Supt. Marvin Tate officiating. Interment at Roselawn Cemetery.""",
gold=[("MLU017", "survivor"), ("MLU013", "survivor")]),

dict(guid=BASE + "homegoing-rufus-tubbs", pub="2026-05-05T15:30:00-05:00",
title="Homegoing Celebration for Bro. Rufus Earl Tubbs",
body="""Bro. Rufus Earl Tubbs, 83, of Rayville, departed this life on Thursday, April 30, 2026, at Richland Parish Hospital.

Bro. Tubbs farmed cotton and soybeans in Richland Parish for fifty years and was a trustee of Mount Olive Baptist Church.

He leaves to mourn his wife, Mrs. Mattie Tubbs of Rayville; his sons, Rufus Jr. and Cedric Tubbs of Rayville; his niece, Quintella Marchbanks of Dallas, Texas; and a host of grandchildren, great-grandchildren and friends.

Homegoing services will be held at 11 a.m. Saturday at Mount Olive Baptist Church, Rayville. Interment: Mount Olive Cemetery.""",
gold=[]),

dict(guid=BASE + "homegoing-bessie-gainous", pub="2026-06-02T10:45:00-05:00",
title="Homegoing Celebration for Mother Bessie Gainous",
body="""Mother Bessie Lee Gainous, 88, of Farmerville, entered eternal rest on May 29, 2026.

Mother Gainous was a faithful member of St. James Baptist Church in Farmerville for seventy years and a retired nurse's aide. She raised eight children and never missed a Sunday.

She leaves to cherish her memory her daughters, Rosalind Gainous of Farmerville, Charlene Gainous Burks of Monroe and Velma Gainous of Little Rock, Arkansas; her sons, Otis and Leon Gainous; twenty-two grandchildren; and a host of great-grandchildren.

Homegoing services: 11 a.m. Saturday, St. James Baptist Church, Farmerville. Services entrusted to Jasper & Sons Memorial Chapel.""",
gold=[("MLU021", "survivor")]),

dict(guid=BASE + "homegoing-cleophas-fontenberry", pub="2026-07-21T12:10:00-05:00",
title="Homegoing Celebration for Deacon Cleophas \"Cleo\" Fontenberry",
body="""Deacon Cleophas "Cleo" Fontenberry, 78, of Monroe, was called home to glory on Saturday, July 18, 2026, at St. Francis Medical Center.

Deacon Fontenberry was born October 4, 1947, in Monroe to the late Alphonse and Rosa Fontenberry. A graduate of Carroll High School and Grambling State University, he taught industrial arts in the Monroe City Schools for thirty-two years and served as a deacon of Little Zion Missionary Baptist Church. In January he and his wife celebrated fifty years of marriage with the whole church.

He leaves to cherish his memory his devoted wife of 50 years, Bernadine Auzenne Fontenberry; his sons, Cleophas Jr. (Tamika) of Houston, Texas, and Marcus Fontenberry of Monroe; his daughter, Dr. Renee Fontenberry of Baton Rouge; seven grandchildren; and a host of relatives and friends.

Homegoing services will be held at 11 a.m. Saturday, July 25, at Little Zion Missionary Baptist Church. Pastor Clarence Fuller, eulogist. Interment: Roselawn Cemetery.""",
gold=[("MLU001", "deceased_client"), ("MLU002", "spouse_of_deceased_client")]),
]
