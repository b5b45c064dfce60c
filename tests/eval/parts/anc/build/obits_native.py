"""Inlet & Tundra Times: Alaska Native family obituaries (Yup'ik, Inupiaq, Athabascan) with village ties,
long survivor lists, potlatch / memorial feast notices. Plain text. Hand-labelled."""

ITEMS = [
dict(guid="anc_itt_obit_2026_0114", pub="2026-01-14T07:00:00-09:00", title="Martha Kassaiuli, 91: Kwigillingok elder, skin sewer and singer",
body="""Martha Nanuq Kassaiuli was born on the spring ice near Kwigillingok in April 1934, the third of eleven children of Andrew and Anna Kassaiuli. She passed peacefully on January 8, 2026, at the Alaska Native Medical Center in Anchorage, with her daughters singing to her in Yugtun.

Martha grew up in fish camp and at the old Moravian mission, married Joseph Kassaiuli in 1951, and raised nine children in Kwigillingok before moving to Anchorage in 1998 to be near the hospital. She sewed qaspeqs for every grandchild, every new daughter-in-law and half the choir, and her parkas won ribbons at the Alaska State Fair for thirty years.

She was preceded in death by her husband Joseph, her sons Peter and Simeon, and her brothers Nick and Harry.

Martha is survived by her daughters Evelyn "Evie" Nanugak (Walter) of Anchorage, Rose Kassaiuli of Bethel and Mary Charlie (Frank) of Kwigillingok; her sons Albert Kassaiuli of Kipnuk and John Kassaiuli of Anchorage; 34 grandchildren; 51 great-grandchildren; and her sister Lena Amos of Kongiganak.

A memorial service will be held at the Anchorage Moravian Church on January 17 at 1 p.m., followed by a potluck in the fellowship hall. Martha will be laid to rest in Kwigillingok. Quyana to the staff of ANMC's fourth floor.""",
gold=[("ANC001", "survivor"), ("ANC002", "survivor")]),

dict(guid="anc_itt_obit_2026_0219", pub="2026-02-19T07:00:00-09:00", title="Elsie Tukrook, 68, of Utqiagvik",
body="""Elsie Aaluk Tukrook, 68, of Utqiagvik, passed away February 12, 2026, at Samuel Simmonds Memorial Hospital surrounded by family.

Elsie was born in Wainwright in 1957. She worked for the North Slope Borough school district as a cook for 31 years and never once let a child leave her kitchen hungry. She loved whaling season, berry picking on the tundra, Eskimo dancing with the Utqiagvik dancers, and playing bingo on Friday nights. Her nigliqaq (goose soup) was famous up and down the coast.

She was preceded in death by her husband, Roy Tukrook, and her parents, Eli and Hannah Aaluk.

She is survived by her sons Daniel Tukrook (Sheila) of Palmer and Eli Tukrook of Utqiagvik; her daughter Ruth Ahmaogak of Wainwright; her brothers Thomas and Vernon Aaluk; and 12 grandchildren, who called her Aaka.

Funeral services were held February 16 at Utqiagvik Presbyterian Church. The family thanks everyone who brought food and sat with them.""",
gold=[("ANC010", "survivor"), ("ANC021", "survivor")]),

dict(guid="anc_itt_obit_2026_0402", pub="2026-04-02T07:00:00-09:00", title="Nicholas Amiqtuk, 77, Bethel: reindeer herder, Yup'ik translator",
body="""Nicholas Paniguaq Amiqtuk of Bethel walked on March 27, 2026. He was 77.

Born at Nunapitchuk in 1948, Nick herded reindeer on Nelson Island as a young man, served in the Alaska Territorial Guard's successor, the Alaska Army National Guard, for 22 years, and spent the last decades of his life translating for the courts and the hospital in Bethel, where elders trusted him to say exactly what they said.

He is survived by his wife of 54 years, Cecilia Amiqtuk; his daughters Lorraine Amiqtuk of Anchorage and Rachel McFetridge and her husband Grant of Eagle River; his son Nicholas Jr. of Bethel; and eight grandchildren.

He was preceded in death by his parents, his brother Sam, and his grandson Tony.

A funeral will be held at the Bethel Moravian Church on April 4, with burial at the Bethel cemetery and a memorial feast at the Cultural Center. Friends in Anchorage are invited to a gathering at the Alaska Native Heritage Center on April 11.""",
gold=[("ANC016", "survivor")]),

dict(guid="anc_itt_obit_2026_0611", pub="2026-06-11T07:00:00-09:00", title="Jessie Greaves, 82, of Knik, Dena'ina culture bearer",
body="""Jessie Mae Greaves, 82, a Dena'ina elder and lifelong Knik resident, passed away June 5, 2026, at Mat-Su Regional Medical Center in Palmer.

Jessie was born at Knik in 1943 to Alex and Olga Chickalusion. She married Donald Greaves, a Palmer colonist's son, in 1963 and worked 25 years for the Mat-Su Borough. She taught Dena'ina place names to anyone who would stand still, fished her family's setnet site every July, and was a founding member of the Knik Tribe's elders council.

She is survived by her daughter Tamsin O'Halloran and son-in-law Sean of Eagle River; her son Alex Greaves of Wasilla; five grandchildren; and her sister Olga Nicoli of Eklutna.

She was preceded in death by her husband Donald and her brothers Fred and Alex Chickalusion.

A potlatch will be held June 13 at the Knik Tribal Council hall, with burial at the Knik cemetery where her spirit house will be painted by her grandchildren.""",
gold=[("ANC019", "survivor"), ("ANC018", "survivor")]),

dict(guid="anc_itt_obit_2026_0820", pub="2026-08-20T07:00:00-09:00", title="Ruby Andrew, 59, of Nondalton",
body="""Ruby Nikolaikin Andrew, 59, of Nondalton, passed away August 14, 2026, at Providence Alaska Medical Center in Anchorage after a short illness.

Ruby was born in 1967 in Nondalton to Pete and Xenia Nikolaikin. She was a health aide in the Lake Clark villages for 28 years and delivered, by her own count, eleven babies, two of them in a Cessna. She loved beading, moose season and the Iditarod.

She was preceded in death by her parents, her husband Harvey Andrew, and her foster brother, Daniel Tukrook.

She is survived by her sons Harvey Jr. and Pete Andrew of Nondalton; her aunt Agnes Nikolaikin of Wasilla; and many cousins in Iliamna, Pedro Bay and Anchorage.

A Russian Orthodox funeral will be held at St. Nicholas Chapel in Nondalton on August 24.""",
gold=[("ANC009", "survivor")]),
dict(guid="anc_itt_obit_2026_1021", pub="2026-10-21T07:00:00-09:00", title="Clara Agimuk, 86, of Noorvik",
body="""Clara Qipuk Agimuk, 86, of Noorvik, went home to be with the Lord on October 15, 2026, at the Maniilaq Health Center in Kotzebue.

Clara was born at a spring camp on the Kobuk River in 1940. She raised seven children, tanned more caribou hides than anyone could count, and served as a lay minister of the Noorvik Friends Church for forty years. She made the best akutuq on the Kobuk and refused to share the recipe.

She was preceded in death by her husband, Willie Agimuk, and her sons Ronald and Jacob.

She is survived by her daughters Sheila Tukrook and husband Danny of Palmer, Ida Agimuk of Noorvik and Hazel Sun of Kiana; her sons Willie Jr. and Harold Agimuk of Noorvik; 23 grandchildren; and 17 great-grandchildren.

Services will be held at Noorvik Friends Church on October 24, with burial in the village cemetery.""",
gold=[("ANC021", "survivor"), ("ANC010", "survivor")]),
]
