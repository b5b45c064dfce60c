"""Capilla del Rosario Funeral Home (Nogales/Rio Rico): funeral-home site, HTML in content:encoded, bilingual
touches, permalink guids. Hand-labelled."""

BASE = "nog_cdr_"
ITEMS = [
dict(guid=BASE + "refugio-bustamante-ochoa", pub="2026-02-17T10:15:00-07:00", title="Refugio Bustamante Vda. de Ochoa (1926 - 2026)",
body="""Doña Refugio Bustamante Vda. de Ochoa, 99, went to be with the Lord on February 13, 2026, in Nogales, a few weeks short of her hundredth birthday, for which the family had already rented the hall.

Cuquita, as everyone called her, was born in Santa Cruz, Sonora, and raised eight children on a ranch along the river before moving to Nogales in 1971. She embroidered altar cloths for Sacred Heart Church for forty years and prayed a daily rosary for each of her grandchildren by name.

Le sobreviven sus hijos Alfonso, Teresa, Manuel y Graciela Ochoa; 23 nietos y 31 bisnietos. She is also survived by her nephew, Ysidro Bustamante of Tubac, who painted her portrait for her 90th birthday, and by her goddaughter, Priscilla Towner of Tubac. She was preceded in death by her husband, Anselmo Ochoa, and her sons Ramón and Jesús.

Rosario: martes 7 p.m. en nuestra capilla. Misa de cuerpo presente: miércoles 10 a.m., Sacred Heart Church. Interment at Nogales City Cemetery.""",
gold=[("NOG010", "survivor"), ("NOG020", "survivor")]),

dict(guid=BASE + "ernesto-figueroa-tapia", pub="2026-03-30T09:40:00-07:00", title="Ernesto Figueroa Tapia (1957 - 2026)",
body="""Ernesto Figueroa Tapia, 68, of Rio Rico, passed away March 26, 2026, at Banner University Medical Center in Tucson after a courageous fight with cancer.

Ernesto drove a school bus for the Santa Cruz Valley Unified School District for 28 years, and there are grown men and women all over Rio Rico who still call him "Don Neto." He coached Little League at the Pete Kitchen field and grilled carne asada for every team party, win or lose.

He is survived by his daughter, Lorena Figueroa Tapia of Rio Rico; his son, Ernesto Jr. of Las Vegas; his sisters, Alma and Rocío; and four grandchildren. He was preceded in death by his wife, Guadalupe Tapia de Figueroa.

Pallbearers: Gilberto Yescas, Rafael Munguía, Mario Encinas, Tomás Haro, Ernesto Figueroa Jr. and Óscar Tapia. A rosary will be recited Thursday at 6 p.m. in our Rio Rico chapel, with Mass on Friday at 10 a.m. at St. Ann's, Tubac.""",
gold=[("NOG011", "survivor")]),

dict(guid=BASE + "josefina-manzo", pub="2026-05-19T11:05:00-07:00", title="Josefina \"Chepa\" Manzo (1935 - 2026)",
body="""Josefina "Chepa" Manzo, 90, of Rio Rico, died peacefully on May 15, 2026, at home, where she had insisted on staying.

Chepa ran the lunch counter at the old Rio Rico Inn for 22 years and then, in what she called her retirement, ran her kitchen for everyone else. Her menudo on Sunday mornings drew more visitors than Mass did, a fact she confessed every week.

She is survived by her son, Rosalío "Chalío" Manzo Jr. and his wife, Trini, of Rio Rico; her daughter, Beatriz Manzo de León of Tucson; eight grandchildren; and 14 great-grandchildren. She was preceded in death by her husband of 51 years, Rosalío Manzo Sr., and by her son, Efraín.

Visitation Friday 5-8 p.m. with a rosary at 7 p.m. at Capilla del Rosario, Rio Rico. Funeral Mass Saturday 10 a.m. at St. Ann's Catholic Church, Tubac.""",
gold=[("NOG003", "survivor"), ("NOG004", "survivor")]),

dict(guid=BASE + "celestino-ortiz-gamez", pub="2026-08-25T08:30:00-07:00", title="Celestino Ortiz Gámez (1951 - 2026)",
body="""Celestino Ortiz Gámez, 75, of Nogales, entered eternal rest on August 21, 2026, at Holy Cross Hospital.

A welder by trade and a musician by vocation, Celestino played the bajo sexto with Conjunto Los Pajaritos at weddings, bailes and the Fiestas de Mayo for more than forty years. He retired from the City of Nogales water department in 2013.

Celestino is survived by his wife of 48 years, Estela Carrillo de Ortiz; his sons, Celestino Jr. and Andrés Ortiz Carrillo, both of Tucson; his daughter, Perla Ortiz de Valenzuela of Rio Rico; and six grandchildren. He was preceded in death by his parents, Andrés Ortiz and Petra Gámez.

Rosario el jueves a las 7 p.m. en Capilla del Rosario. Funeral Mass Friday at 10 a.m. at Sacred Heart Church, Father Anselmo Quiroga officiating. Música by Conjunto Los Pajaritos.""",
gold=[("NOG018", "survivor")]),

dict(guid=BASE + "harriet-towner-kessel", pub="2026-09-15T13:20:00-07:00", title="Harriet Towner Kessel (1938 - 2026)",
body="""Harriet Towner Kessel, 88, of Tubac, a painter of the Santa Rita Mountains in every light, died September 10, 2026, at her studio home in the Tubac Presidio district.

Harriet came to Tubac in 1966 from Cleveland, Ohio, intending to stay a winter. She co-founded the Tubac Center of the Arts and taught plein-air painting to anyone who would get up before dawn.

She is survived by her niece, Priscilla Towner of Tubac, who shared the studio with her for the last twelve years; her nephew, Robert Towner of Cleveland; and her many students. She was preceded in death by her husband, Leonard Kessel, and her brother, Frank Towner.

A celebration of her life will be held at the Tubac Center of the Arts on October 3. Remarks by Ysidro Bustamante and Pastor Dwight Keener.""",
gold=[("NOG020", "survivor")]),
]
