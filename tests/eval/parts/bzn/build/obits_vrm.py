"""The Valley Reformed Messenger (newsletter of the Christian Reformed congregations of Manhattan, Churchill and
Amsterdam, Montana): "In Memoriam" notices in the Dutch Reformed style (family names of the Churchill colony,
"went to be with her Lord", "sisters-in-law", notices from sister churches in Lynden and Sioux Center). Plain text.
Hand-labelled; every person invented."""

FEED = "vrm"
ITEMS = [
dict(guid="bzn_vrm_2026_007", pub="2026-02-12T07:00:00-07:00", title="In Memoriam: Gerrit Jan Hoekema",
body="""Gerrit Jan Hoekema, 87, of Manhattan, went to be with his Lord and Savior on Sunday, February 8, 2026, at home on Camp Creek Road, the farm where he was born.

Gerrit was born November 2, 1938, to Jan and Geertje (Dyksterhuis) Hoekema, and was baptized and made profession of faith at Churchill Christian Reformed Church. He attended Manhattan Christian School through the eighth grade and then farmed barley, seed potatoes and dairy heifers with his father and later his sons. He served three terms as elder and sang bass in the men's chorus for fifty years.

In 1961 he married Hendrika "Rika" Veltkamp, who survives him after 64 years of marriage. Also left to cherish his memory are his children, Jan and Wilma Hoekema of Lynden, Wash., Grace and Pete Wiersema of Manhattan, and Dirk and Marcy Hoekema of Churchill; 14 grandchildren and 22 great-grandchildren; his brothers-in-law and sisters-in-law, Bernard and Alice Veltkamp of Churchill and Arie and Tina Ten Hulzen of Manhattan. He was preceded in death by his parents and his sister, Aaltje.

The funeral service will be held Friday at 10 a.m. at Churchill Christian Reformed Church, with Rev. Tad Lindemulder officiating. Burial at Churchill Cemetery. Memorials to Manhattan Christian School.""",
gold=[("BZN003", "deceased_client"), ("BZN004", "spouse_of_deceased_client"),
      ("BZN009", "survivor"), ("BZN008", "survivor")]),

dict(guid="bzn_vrm_2026_011", pub="2026-03-05T07:00:00-07:00", title="In Memoriam: Hendrik \"Henk\" Achterberg",
body="""Hendrik "Henk" Achterberg, 84, of Manhattan, entered his eternal rest on March 1, 2026, at Bozeman Health Deaconess Hospital.

Henk was born in Friesland, the Netherlands, and emigrated with his parents in 1952 to the Churchill community, where there was work on the dairies for a strong boy who did not yet speak English. He drove milk truck for the Gallatin Valley creamery for 37 years and was a faithful member of Manhattan Christian Reformed Church.

He is survived by his wife of 60 years, Trijntje "Tina"; his sons, Owen (Tamsin) Achterberg of Bozeman and Martin (Shelly) Achterberg of Sioux Center, Iowa; his daughter, Joke Bosch of Manhattan; and 9 grandchildren.

Funeral services were held March 4 at Manhattan CRC, Rev. Tad Lindemulder officiating. Pallbearers were his grandsons.""",
gold=[("BZN014", "survivor")]),   # the client is the one in parentheses; Trijntje "Tina" Achterberg is not Tina Ten Hulzen

dict(guid="bzn_vrm_2026_016", pub="2026-04-09T07:00:00-06:00", title="From our sister churches: Arie Jan Ten Hulzen (Lynden, Wash.)",
body="""Arie Jan Ten Hulzen, 71, of Lynden, Washington, a member of Second Christian Reformed Church there, died April 3, 2026, after a short illness. Arie milked cows on the Guide Meridian for forty-five years. He is survived by his wife of 48 years, Grace (Kok) Ten Hulzen; four children and twelve grandchildren. Several families in our congregations knew him from the Lynden-Churchill softball tournaments of the 1970s.""",
gold=[]),   # namesake in Washington (BZN008 is of Manhattan, wife Jantina): nothing

dict(guid="bzn_vrm_2026_019", pub="2026-05-07T07:00:00-06:00", title="In Memoriam: Bernard Veltkamp",
body="""Bernard Veltkamp, 80, of Churchill, went to be with the Lord on May 2, 2026, at Bozeman Health Deaconess Hospital after a stroke.

Bernard was born to Hendrik and Jantje (Bos) Veltkamp and farmed on the Churchill bench all his life. He was a deacon at Churchill CRC and served twenty years on the board of Manhattan Christian School.

He leaves his wife of 57 years, Alice; his children, Henry and Trudy Veltkamp, Joanne and Ken Dykstra, and Paul Veltkamp; 11 grandchildren; and his sisters, Rika Hoekema of Manhattan and Tina (Arie) Ten Hulzen of Manhattan. He was preceded in death by his parents and his brother-in-law, Gerrit Hoekema, earlier this year.

Funeral services will be held Saturday at 11 a.m. at Churchill CRC, with Rev. Tad Lindemulder officiating.""",
gold=[("BZN004", "survivor"), ("BZN009", "survivor"), ("BZN008", "survivor")]),

dict(guid="bzn_vrm_2026_024", pub="2026-06-11T07:00:00-06:00", title="In Memoriam: Klaas \"Casey\" Dijkhuis",
body="""Klaas "Casey" Dijkhuis, 91, of Amsterdam, Montana, went home to his Savior on June 6, 2026, at Spring Creek Inn, Belgrade.

Casey was born in Amsterdam to Klaas and Hilje Dijkhuis, and ran the Amsterdam feed mill until 1998. He never lost his love of Frisian speed skating, and he flooded the church parking lot every winter so the children could try it.

He is survived by his daughters, Mary Beth (Dale) Trettevik of Belgrade and Hilda Van Dyken of Lynden, Wash.; his son, Karel Dijkhuis of Amsterdam; 8 grandchildren and 10 great-grandchildren. He was preceded in death by his wife, Aukje, in 2020.

Funeral services will be Wednesday at 10 a.m. at Amsterdam Christian Reformed Church, with Rev. Tad Lindemulder officiating.""",
gold=[("BZN005", "survivor")]),
]
