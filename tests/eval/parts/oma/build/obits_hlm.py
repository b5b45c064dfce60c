"""Heyman-Levin Memorial Chapel (Omaha): Jewish obituaries, plain text ("of blessed memory", shiva). Hand-labelled."""

FEED = "hlm"
ITEMS = [
dict(guid="oma_hlm_2026_hannah_adler", pub="2026-02-24T11:20:00-06:00", title="Hannah Feldscher Adler, of blessed memory",
body="""Hannah Feldscher Adler, 89, of Omaha, passed away on Sunday, February 22, 2026 (5 Adar 5786). May her memory be a blessing.

Hannah was born in 1936 in Sioux City, Iowa, the eldest daughter of Abraham and Rose Feldscher, who ran a dry-goods store on Fourth Street. She earned her teaching certificate at the University of Omaha and taught kindergarten for 32 years, most of them at Crestridge Elementary, where she insisted every child learn to tie their own shoes before the first snow. She was a life member of Hadassah, a founding member of the Beth El sisterhood book club, and baked hamantaschen for every Purim carnival from 1962 until last year.

Hannah is survived by her sister, Miriam "Mimi" Rubinovitz and her husband, Saul, of Omaha; her children, David Adler (Rachel) of Chicago and Judith Adler Baum of Minneapolis; seven grandchildren; and one great-granddaughter, Rose. She was preceded in death by her husband of 51 years, Leonard Adler, of blessed memory.

Funeral services will be held Wednesday at 11 a.m. at Beth El Synagogue, 14506 California Street, with Rabbi Avi Tessler officiating. Interment will follow at Beth El Cemetery. The family will observe shiva at the home of Saul and Mimi Rubinovitz, 12810 Hascall Street, Wednesday and Thursday evenings with minyan at 7 p.m. Memorials may be made to Hadassah or to the Beth El Early Childhood Center.""",
gold=[("OMA010", "survivor"), ("OMA009", "survivor")]),

dict(guid="oma_hlm_2026_morris_grossblatt", pub="2026-04-07T10:05:00-05:00", title="Morris Grossblatt, of blessed memory",
body="""Morris "Moe" Grossblatt, 88, of Omaha, died April 5, 2026 (18 Nisan 5786), at Nebraska Medicine after a short illness. Zichrono livracha.

Moe was born in Omaha in 1937 and grew up on North 24th Street, where his father repaired watches. After serving in the Army he opened Grossblatt Optical on Dodge Street in 1964 and fitted three generations of Omahans with eyeglasses until he retired at 80. He was a past president of the Jewish Community Center men's club, a devoted Huskers season-ticket holder since 1966 and an enthusiastic if unsuccessful gin rummy player.

He is survived by his daughter, Ilana Grossblatt and her husband, Daniel Kern, of Omaha; his son, Jeffrey Grossblatt of Denver; his grandchildren, Noa and Eli Kern; and his sister, Shirley Wiesman of Scottsdale, Ariz. Moe was predeceased by his wife of 60 years, Esther (Lipsky) Grossblatt.

Graveside services will be held Tuesday at 2 p.m. at Temple Israel Cemetery, Rabbi Dana Kessel officiating. Pallbearers will be Eli Kern, Noa Kern, Jeffrey Grossblatt, Saul Rubinovitz, Howard Lipsky and Barry Wiesman. Because of Passover, shiva will begin after the conclusion of the festival and will be observed at the home of Ilana Grossblatt and Daniel Kern, with minyan Sunday through Tuesday at 7 p.m. Memorials to the Jewish Federation of Omaha.""",
gold=[("OMA011", "survivor")]),
]
