"""Ridgeline Funeral Chapels (Fairmont, Clarksburg, Grafton, Mannington): funeral-home site, HTML in
content:encoded, one-sentence description, permalink guids. Hand-labelled."""

BASE = "https://www.ridgelinechapels.example/obituaries/"
ITEMS = [
dict(guid="mgw_rfc_rosalie-yost-conaway", pub="2026-01-20T11:00:00-05:00", title="Rosalie Yost Conaway (1948 - 2026)",
body="""Rosalie Yost Conaway, 77, of Mannington, passed away peacefully Saturday, January 17, 2026, at the home of her sister.

Rosalie was born in Mannington, the youngest daughter of the late Virgil and Opal (Ice) Yost. She taught second grade at Mannington Grade School for 31 years and could still name every one of her students. She played piano for Mannington First Baptist Church and was a past worthy matron of the Order of the Eastern Star.

She is survived by her sisters, Bonnie Sue Lemley of Mannington and Rosemary "Rosie" Yost of Fairmont; and by nieces and nephews. She was preceded in death by her husband, Jack Conaway, and her brother-in-law, Eugene Lemley.

Services will be held Thursday at 1 p.m. at our Mannington chapel, with the Rev. Marcia Brookover officiating. Interment in Mannington Memorial Park.""",
gold=[("MGW017", "survivor"), ("MGW021", "survivor")]),

dict(guid="mgw_rfc_anthony-veltri", pub="2026-02-24T10:15:00-05:00", title="Anthony J. 'Tony' Veltri (1937 - 2026)",
body="""Anthony Joseph "Tony" Veltri, 88, of Nutter Fort, died Sunday, February 22, 2026, at United Hospital Center.

Tony was born in Clarksburg to the late Rocco and Angela (DeFazio) Veltri. He served in the U.S. Army in Germany and ran Veltri's Shoe Repair on West Pike Street for 46 years. He was a member of St. James the Apostle Church and the Sons of Italy, and he made his own wine every October, whether anyone asked him to or not.

He is survived by his daughter, Linda DeMarco and her husband Vince of Clarksburg; his son, Paul Veltri of Charlotte, N.C.; four grandchildren; and two great-grandchildren. He was preceded in death by his wife of 58 years, Rose (Iaquinta) Veltri.

Mass of Christian Burial will be celebrated Saturday at 10 a.m. at St. James the Apostle Church. Entombment at Holy Cross Cemetery.""",
gold=[("MGW005", "survivor"), ("MGW004", "survivor")]),

dict(guid="mgw_rfc_evelyn-funk", pub="2026-03-17T09:40:00-04:00", title="Evelyn Marie Funk (1930 - 2026)",
body="""Evelyn Marie Funk, 95, of Grafton, passed away Saturday, March 14, 2026, at Grafton City Hospital.

Evelyn was born in Flemington, a daughter of the late Ward and Della Poling. She worked in the kitchen of the Willard Hotel in its last years and then for twenty years at the Taylor County Board of Education. She was the oldest member of Grafton First United Methodist Church and never missed the Mother's Day service at the Andrews shrine.

She is survived by her son, Denny Funk of Grafton; her daughter, Rena Moyers of Grafton; six grandchildren; and eleven great-grandchildren. She was preceded in death by her husband, Clarence Funk, and her son-in-law, Roy Moyers.

Services will be held Wednesday at 11 a.m. at our Grafton chapel with Pastor Kenny Michael officiating. Burial in Bluemont Cemetery.""",
gold=[("MGW023", "survivor")]),

dict(guid="mgw_rfc_mary-josephine-bolyard", pub="2026-04-14T10:00:00-04:00", title="Mary Josephine Bolyard (1928 - 2026)",
body="""Mary Josephine "Mary Jo" Bolyard, 97, of Terra Alta, died Friday, April 10, 2026, at Hopemont.

Mary Jo was born in Aurora and taught in the one-room schools of Preston County before Terra Alta Elementary. She was a charter member of the Terra Alta Woman's Club.

She is survived by a nephew, Roger Bolyard of Oakland, Md., and a niece, Patty Wotring of Terra Alta. She was preceded in death by her husband, Lester Bolyard, in 1990.

A graveside service will be held at Terra Alta Cemetery.""",
gold=[]),

dict(guid="mgw_rfc_frank-costianes", pub="2026-05-12T12:30:00-04:00", title="Frank Costianes (1933 - 2026)",
body="""Frank Costianes, 92, of Fairmont, fell asleep in the Lord on Sunday, May 10, 2026.

Frank was born on the island of Ikaria, Greece, and came to Fairmont in 1952 to work for his uncle at the Olympia Grill on Adams Street, which he later owned and ran for forty years. Generations of Fairmont State students ate his hot dogs with his chili sauce and his slaw. He was a founding member of Holy Trinity Greek Orthodox Church.

He is survived by his son, Nick Costianes (Eleni) of Fairmont, who now runs the Olympia; his daughter, Maria Kallas of Pittsburgh; and five grandchildren. He was preceded in death by his wife, Despina.

Trisagion service Thursday at 7 p.m. at our Fairmont chapel. Funeral service Friday at 10 a.m. at Holy Trinity Greek Orthodox Church, Fr. Stephanos Kalogeris officiating.""",
gold=[("MGW014", "survivor"), ("MGW015", "survivor")]),

# duplicate: the Veltri obituary re-posted (same text) after the service time was corrected; labelled on the first copy
dict(guid="mgw_rfc_anthony-veltri-2", pub="2026-02-25T08:05:00-05:00", title="Anthony J. 'Tony' Veltri (1937 - 2026)",
body=None, dup_of="mgw_rfc_anthony-veltri", gold=[]),
]
for _it in ITEMS:
    if _it.get("dup_of"):
        _it["body"] = next(x["body"] for x in ITEMS if x["guid"] == _it["dup_of"])
