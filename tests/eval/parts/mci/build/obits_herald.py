"""Kansas City Catholic & Eastern Churches Herald (Strawberry Hill Croatian, Westside Mexican, Maronite and Irish
parishes): community/church paper, "Please pray for" notices, plain text, some Spanish. Hand-labelled."""

FEED = "herald"
ITEMS = [
dict(guid="mci_herald_2026_0114", pub="2026-01-14T07:00:00-06:00", title="Ignatius \"Nace\" Vukelich Sr. - Kansas City, Kan.",
body="""Please pray for the repose of the soul of Ignatius "Nace" Vukelich Sr., 91, of Strawberry Hill, who died January 9, 2026. Born on North 5th Street to Croatian immigrants from Ozalj, he was a meatcutter at the Swift plant, a tamburitza player for sixty years and a lifelong member of St. John the Baptist parish, where he rolled povitica dough every November until last year.

He is survived by his son, Ignatius "Iggy" Vukelich Jr., and his wife, Marija (née Pavletich), of Kansas City, Kan.; his daughter, Ann Vukelich Horvat of Bonner Springs; and five grandchildren. He was preceded in death by his wife, Katarina, and by the late Frank and Joseph Vukelich, his brothers.

Funeral Mass was offered January 13 by Fr. Tomislav Brkic. Vječni mu pokoj.""",
gold=[("MCI002", "survivor"), ("MCI003", "survivor")]),

dict(guid="mci_herald_2026_0211", pub="2026-02-11T07:00:00-06:00", title="Katarina Jurjevich - Kansas City, Kan.",
body="""Please remember in your prayers Katarina "Kate" Jurjevich, 89, who died February 6, 2026. She sang alto in the parish choir for 55 years and taught two generations of Strawberry Hill girls to sew. She is survived by her sons, Mike Jurjevich of Kansas City, Kan., and Robert Jurjevich of Shawnee, and six grandchildren.

At her funeral Mass the readings were proclaimed by Marija Vukelich and Ann Horvat. Pallbearers were her grandsons and Iggy Vukelich Jr. Fr. Tomislav Brkic was celebrant.""",
gold=[]),

dict(guid="mci_herald_2026_0304", pub="2026-03-04T07:00:00-06:00", title="Wadih Abourjaily - Kansas City, Mo.",
body="""The Maronite community of St. Raymond asks prayers for Wadih Abourjaily, 86, who fell asleep in the Lord on February 28, 2026. Born in Zahle, Lebanon, he came to Kansas City in 1971 and for 35 years ran a grocery on Independence Avenue that sold the only decent za'atar between St. Louis and Denver.

He is survived by his wife, Samira; his daughter, Nadia Semaan, and her husband, Tony, of Kansas City; his son, Fadi Abourjaily of Dearborn, Mich.; and seven grandchildren. Allah yerhamo.

Funeral service was held March 2, Chorbishop Elias Harb officiating. Forty-day memorial Mass April 12.""",
gold=[("MCI013", "survivor"), ("MCI012", "survivor")]),

dict(guid="mci_herald_2026_0408", pub="2026-04-08T07:00:00-05:00", title="Doña Consuelo Ibarra vda. de Montelongo - Kansas City, Kan.",
body="""Oremos por el eterno descanso de Doña Consuelo Ibarra viuda de Montelongo, 84, de Kansas City, Kan., quien falleció el 3 de abril de 2026. Please pray for Consuelo Ibarra de Montelongo, 84, who died April 3, 2026. Born in Jerez, Zacatecas, she cooked for the Argentine neighborhood's Fiesta Mexicana for four decades.

Le sobreviven sus hijos, Rubén Montelongo y Alma Montelongo de Ortiz; sus nietos, entre ellos la Dra. Ximena Montelongo de Overland Park; y ocho bisnietos. She is survived by her children, Rubén Montelongo and Alma Montelongo Ortiz; her grandchildren, among them Dr. Ximena Montelongo of Overland Park; and eight great-grandchildren. Preceded in death by her husband, Jesús Montelongo.

Misa de cuerpo presente, St. John the Evangelist (Argentine), April 7.""",
gold=[("MCI020", "survivor")]),

dict(guid="mci_herald_2026_0513", pub="2026-05-13T07:00:00-05:00", title="Nora Keane - Kansas City, Mo.",
body="""Of your charity pray for the soul of Nora Keane (née Considine), 90, a native of Kilrush, County Clare, who died May 9, 2026, at the home of her daughter in the Northland. She came to Kansas City in 1958, cleaned offices downtown at night for thirty years and never missed the St. Patrick's Day parade on Broadway.

Nora is survived by her daughter, Rosaleen O'Dwyer (Declan) of Kansas City, Mo.; her son, Michael Keane of Galway; and four grandchildren, including Maeve, who danced at her wake. Predeceased by her husband, Seamus Keane.

Funeral Mass at St. Therese North, May 12. Ar dheis Dé go raibh a hanam.""",
gold=[("MCI014", "survivor")]),
]
