"""Cypress Grove Funeral Service (Jacksonville, Richlands and Swansboro chapels): funeral-home web obituaries,
HTML in content:encoded, a one-sentence plain description. Hand-labelled."""

FEED = "cypress"
ITEMS = [
dict(guid="oaj_cgfs_2026_0211_carrasquillo-ortiz", pub="2026-02-11T16:40:00-05:00", title="Héctor Luis Carrasquillo Ortiz",
body="""Héctor Luis Carrasquillo Ortiz, 64, of Bayamón, Puerto Rico, passed away on Sunday, February 8, 2026, at Onslow Memorial Hospital in Jacksonville, while visiting his son's family for the birth of his granddaughter.

Don Héctor was born in Bayamón on June 12, 1961, and worked for 35 years as a machinist for the Autoridad de Acueductos y Alcantarillados. He loved salsa, dominoes on the balcony, and the Vaqueros de Bayamón, and never understood how anyone could live where the ocean is too cold to swim in February.

He is survived by his wife of 40 years, Carmen Ortiz de Carrasquillo of Bayamón; his son, Sgt. Héctor Carrasquillo Jr., USMC, and his wife, Yesenia Vélez, of Hubert; his daughter, Marisol Carrasquillo of Orlando, Fla.; and his grandchildren, Sebastián, Amelia and baby Valentina.

A rosary will be prayed at 6 p.m. Thursday at our Jacksonville chapel, followed by a Mass of Christian Burial at 10 a.m. Friday at Our Lady of the Sound Catholic Church. Don Héctor will be laid to rest in Bayamón. Que descanse en paz.""",
gold=[("OAJ010", "survivor")]),

dict(guid="oaj_cgfs_2026_0306_humphrey", pub="2026-03-06T11:20:00-05:00", title="Inez Pittman Humphrey",
body="""Inez Pittman Humphrey, 92, of Swansboro, passed away Wednesday, March 4, 2026, at her home on Main Street Extension, where she had watched the boats come up the White Oak River for seventy years.

Mrs. Humphrey was born in the Stella community of Carteret County on May 8, 1933, the daughter of the late Oscar and Lula Pittman. She kept the books for her husband's fish house for thirty years and then for her son's marine supply business for thirty more, and she could still add a column of figures faster than the register.

She is survived by her son, Carl Wayne Humphrey and his wife Patsy of Swansboro; her granddaughter, Leigh Ann Humphrey Shivar of Cape Carteret; her grandson, Dustin Humphrey of Swansboro; and three great-grandchildren. She was preceded in death by her husband, Carl Humphrey Sr., in 2001.

A funeral service will be held at 2 p.m. Sunday at Swansboro United Methodist Church, with the Rev. Alan Tyndall officiating. Burial will follow at Swansboro Cemetery. Pallbearers will be Dustin Humphrey, Cedric Frazelle, Jason Shivar, Tim Bell, Chris Pittman and Lee Hancock.""",
gold=[("OAJ013", "survivor")]),

dict(guid="oaj_cgfs_2026_0619_outlaw-kinston", pub="2026-06-19T09:05:00-04:00", title="Gloria Jean Outlaw",
body="""Gloria Jean Outlaw, 71, of Kinston, departed this life on Tuesday, June 16, 2026, at UNC Lenoir Health Care.

Gloria was born in Kinston on February 2, 1955, and retired from the Lenoir County Department of Social Services after 33 years as a caseworker. She was a faithful member of St. Augustus AME Zion Church in Kinston, where she served on the Usher Board and the Missionary Society.

She leaves to cherish her memory her devoted husband of 49 years, Willie James Outlaw; her sons, Andre Outlaw of Kinston and Terrence Outlaw of Durham; her sister, Barbara Hill of La Grange; and six grandchildren.

Homegoing services will be held at noon Saturday at St. Augustus AME Zion Church, Kinston. Interment will follow at Westview Cemetery. Arrangements are entrusted to our Richlands chapel in cooperation with the family.""",
gold=[]),

dict(guid="oaj_cgfs_2026_0714_soriano", pub="2026-07-14T13:30:00-04:00", title="Leticia \"Letty\" Pangilinan Soriano",
body="""Leticia "Letty" Pangilinan Soriano, 80, of Jacksonville, peacefully joined her Creator on Friday, July 10, 2026, surrounded by her family.

Letty was born on August 21, 1945, in Angeles City, Pampanga, Philippines. She came to Jacksonville in 1972 as the wife of a Navy corpsman serving with the Marines at Camp Lejeune and worked for 27 years as a registered nurse at the Naval Hospital. She was a founding member of the Filipino-American Association of Onslow County and was famous for her pancit and for never letting a guest leave her house without a plate of leche flan.

She was preceded in death by her husband, HMC (Ret.) Ernesto Soriano, USN. She is survived by her children, Dr. Michael Soriano (Grace) of Virginia Beach and Anna Soriano-Reyes (Paolo) of Jacksonville; her sisters, Luzviminda "Luz" Dimaculangan (Rody) of Jacksonville and Corazon Pangilinan of Angeles City; eight grandchildren; and many nieces and nephews in the United States and the Philippines.

A novena will be prayed nightly at 7 p.m. at the family home through July 18. The Mass of Christian Burial will be celebrated at 11 a.m. Saturday at Our Lady of the Sound Catholic Church, with Fr. Joseph Dizon as celebrant. Interment at Coastal Carolina State Veterans Cemetery.""",
gold=[("OAJ008", "survivor"), ("OAJ009", "survivor")]),

dict(guid="oaj_cgfs_2026_0902_midyette", pub="2026-09-02T10:10:00-04:00", title="Mildred Gurganus Midyette",
body="""Mildred Gurganus Midyette, 86, of Sneads Ferry, went to be with the Lord on Monday, August 31, 2026, at the Hospice House of Onslow.

Mildred was born in Sneads Ferry on April 3, 1940, to the late Jesse and Pearl Gurganus. She headed shrimp and picked crab at the family fish house for most of her life and worked the Sneads Ferry Shrimp Festival every August from the first one in 1971 until last year.

She is survived by her son, Earl Midyette Jr. and his wife Sandra of Sneads Ferry; her daughter, Pamela Midyette Lewis of Swansboro; her brother, Harold Gurganus of Dixon; seven grandchildren; and eleven great-grandchildren. She was preceded in death by her husband of 48 years, Thurman Earl Midyette, in 2009, and by her sister, Faye.

The family wishes to thank Dr. Anjali Varghese and the nurses of the Hospice House of Onslow for their tender care.

A funeral service will be held at 3 p.m. Thursday at Sneads Ferry Missionary Baptist Church, with the Rev. Dale Gurganus officiating. Burial will follow in the Midyette family cemetery on Old Folkstone Road.""",
gold=[]),
]
