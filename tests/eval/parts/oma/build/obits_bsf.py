"""Bartunek & Sons Funeral Chapel (South Omaha): Czech Catholic obituaries, teaser + HTML. Hand-labelled."""

FEED = "bsf"
ITEMS = [
dict(guid="oma_bsf_2026_0114", pub="2026-02-09T10:15:00-06:00", title="Jaroslav \"Jerry\" Hrdlicka",
body="""Jaroslav Josef "Jerry" Hrdlicka, 84, of Omaha, entered eternal rest on Friday, February 6, 2026, at home on South 15th Street, with his rosary in his hand and a polka on the radio.

Jerry was born September 3, 1941, in Omaha to Josef and Anna (Sedlak) Hrdlicka and grew up above the family's grocery in Little Bohemia. He graduated from South High School in 1959, served two years in the U.S. Army in Germany, and then spent 36 years as a pipefitter at the Union Pacific shops. He was a lifelong member of St. Wenceslaus Parish, a past president of Sokol South Omaha, and for decades the man behind the kolache table at the Czech festival, where he kept the prune and poppyseed counts in a pocket notebook.

Jerry is survived by his wife of 61 years, Ludmila "Millie" (Kudrna) Hrdlicka; his sons, Josef (Karen) Hrdlicka of Gretna and Michael Hrdlicka of Denver; his brother-in-law and best friend, Frank Kudrna Jr. (Darlene) of La Vista; five grandchildren and two great-grandchildren. He was preceded in death by his parents and his sister, Vlasta Pokorny.

Rosary will be prayed at 6 p.m. Thursday at Bartunek & Sons Funeral Chapel, 1240 S. 13th St. Mass of Christian Burial will be celebrated at 10 a.m. Friday at St. Wenceslaus Church, with Father Tomas Blaha presiding. Interment at Bohemian National Cemetery. Memorials to Sokol South Omaha.""",
gold=[("OMA002", "deceased_client"), ("OMA001", "spouse_of_deceased_client"), ("OMA003", "survivor")]),

dict(guid="oma_bsf_2026_0131", pub="2026-03-16T09:40:00-05:00", title="Bohumila \"Bea\" Vavricka",
body="""Bohumila "Bea" Vavricka, 93, of Omaha, went to be with the Lord on March 13, 2026, at Madonna Village, where she had taught half the residents to play Czech rummy.

Bea was born in Wilber, Nebraska, on a farm her grandparents homesteaded, and came to Omaha in 1951 to work at a macaroni plant on South 10th Street. She married Emil Vavricka in 1955 at Assumption Church, and together they kept a house on Castelar Street where the door was never locked and the kitchen never closed. She sang in the Assumption choir for 50 years, embroidered kroje for the Czech dancers, and made the best jaternice on the South Side.

She is survived by her daughter, Anna Marie Stastny of La Vista; her son, Emil Vavricka Jr. (Janice) of Lincoln; six grandchildren and nine great-grandchildren. Bea was preceded in death by her husband, Emil, in 2004, her son-in-law, Richard Stastny, and her brothers, Ladislav and Rudolf Kolar.

Visitation 5-7 p.m. Wednesday, with a Rosary at 7, at Bartunek & Sons Funeral Chapel. Funeral Mass 10:30 a.m. Thursday, Assumption-Guadalupe Parish, 2223 S. 22nd St. Interment St. Mary Cemetery. Memorials to the Assumption choir fund.""",
gold=[("OMA004", "survivor")]),

dict(guid="oma_bsf_2026_0158", pub="2026-05-11T09:05:00-05:00", title="Emil F. Chaloupka",
body="""Emil Frank Chaloupka, 78, of Omaha, was called home on Friday, May 8, 2026, at Bergan Mercy hospital, after a life spent mostly behind the bar of the family tavern on South 13th Street.

Emil was born in Omaha on Christmas Eve, 1947, to Frank and Marie (Hajek) Chaloupka, and served with the U.S. Navy aboard the USS Ranger. In 1972 he and his brother took over Chaloupka's Tavern from their father, and for forty years it was the place where Little Bohemia watched the Huskers, settled arguments and celebrated christenings. He was a member of St. Wenceslaus Parish, the Western Bohemian Fraternal Association and the Sokol, and played the accordion at more weddings than he could count.

Emil is survived by his brother and partner, Bernard "Bernie" Chaloupka Sr. of Omaha; his nephews, Bernie Jr. and Paul Chaloupka; his niece, Karen Vesely of Ralston; and his longtime companion, Dorothy Simanek. He was preceded in death by his parents and his sister, Marie.

Visitation 4-7 p.m. Tuesday with a Rosary at 7 at Bartunek & Sons Funeral Chapel. Mass of Christian Burial 10 a.m. Wednesday at St. Wenceslaus Church. Pallbearers: Bernie Chaloupka Jr., Paul Chaloupka, Tom Vesely, Joe Hrdlicka, Stan Kolar and Jimmy Novak. Interment Bohemian National Cemetery.""",
gold=[("OMA020", "survivor")]),
]
