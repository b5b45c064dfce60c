"""Lambert-Gosselin Funeral Home (Manchester and Hooksett chapels): funeral-home site, HTML in content:encoded,
one-sentence plain description, guids mht_lgfh_*. Hand-labelled (gold=[...] beside each text)."""

FEED = "lgfh"
ITEMS = [
dict(guid="mht_lgfh_2026_0114_rita_lavoie", pub="2026-01-14T10:15:00-05:00", title="Rita M. (Cloutier) Lavoie, 97",
body="""MANCHESTER - Rita Marie (Cloutier) Lavoie, 97, a lifelong resident of Manchester's West Side, died peacefully on Sunday, January 11, 2026, at the Mount Carmel Nursing Home, with her rosary in her hands.

Born in Manchester on June 2, 1928, the daughter of the late Wilfrid and Aurore (Gendron) Cloutier, she grew up speaking French at home on Notre Dame Avenue, went to work at fifteen as a bobbin girl in the Amoskeag mills and later spent thirty-one years sewing at the Pandora sweater plant. She was a lifelong communicant of Ste. Marie Parish and a member of the Dames de Ste-Anne.

She was predeceased by her husband of 52 years, Henri Lavoie, and by her brothers, Roger and Normand Cloutier.

Rita is survived by her daughter, Theresa "Terry" Bergeron and her husband, Roland "Rollie," of Manchester; her son, Paul Lavoie and his wife, Diane, of Dracut, Mass.; six grandchildren; and nine great-grandchildren, who knew her as Mémère and who never once left her kitchen hungry.

Calling hours will be Thursday from 4 to 7 p.m. at the Lambert-Gosselin Funeral Home, Manchester. A Mass of Christian Burial will be celebrated Friday at 10 a.m. at Ste. Marie Church. Bearers will be her grandsons and Jean-Paul Côté, a neighbor of sixty years. Burial will be in the spring at Mount Calvary Cemetery.""",
gold=[("MHT002", "survivor"), ("MHT001", "survivor")]),
# Jean-Paul Côté (MHT021, roster "Cote") is a bearer: nothing.

dict(guid="mht_lgfh_2026_0203_lucien_pelletier_sr", pub="2026-02-03T09:40:00-05:00", title="Lucien A. Pelletier Sr., 90",
body="""MANCHESTER - Lucien Armand Pelletier Sr., 90, of Manchester, passed away on Saturday, January 31, 2026, at Catholic Medical Center after a short illness.

Lucien was born in Berlin, N.H., on August 4, 1935, the son of Armand and Léa (Bouchard) Pelletier, and came to Manchester in 1957 to work for the Public Service Company of New Hampshire, where he climbed poles for thirty-eight years. He was a Korean-era veteran of the U.S. Army, a fourth-degree Knight of Columbus and the best cribbage player at the Club Jolliet, a claim nobody who played him disputed.

He leaves his son, Lucien "Lou" Pelletier Jr. and his wife, Denise, of Hooksett; his daughter, Suzanne Marquis of Bedford; his brother-in-law, Wendell Emery of Derry; five grandchildren; and two great-grandchildren. He was predeceased by his wife, Jeannine (Emery) Pelletier, in 2019.

Relatives and friends may call Tuesday from 5 to 7 p.m. at the Lambert-Gosselin Funeral Home, Hooksett chapel. His funeral Mass will be Wednesday at 11 a.m. at St. John the Baptist Church, Suncook. Military honors at the New Hampshire State Veterans Cemetery, Boscawen.""",
gold=[("MHT004", "survivor"), ("MHT005", "survivor")]),
# Wendell Emery (MHT019) is do_not_contact: nothing.

dict(guid="mht_lgfh_2026_0218_brendan_michael_doherty", pub="2026-02-18T14:05:00-05:00", title="Brendan Michael Doherty, 24",
body="""DERRY - Brendan Michael Doherty, 24, of Derry, died unexpectedly on Saturday, February 14, 2026.

Brendan was born in Manchester on March 3, 2001, and grew up in Derry, where he graduated from Pinkerton Academy in 2019 and played defense for the Astros hockey team. He was an apprentice electrician with IBEW Local 490 and was saving for a boat he had already named. Nobody ever lost a friend by knowing Brendan.

He is survived by his parents, Kevin and Anne (Murphy) Doherty of Derry; his sister, Caitlin Doherty of Boston; his grandmother, Nora Murphy of Londonderry; and his girlfriend, Hailey Brooks.

Calling hours will be held Friday from 4 to 8 p.m. at the Lambert-Gosselin Funeral Home, Hooksett chapel. A funeral Mass will be celebrated Saturday at 10 a.m. at St. Thomas Aquinas Church, Derry. In lieu of flowers, donations may be made to the Pinkerton Academy hockey boosters.""",
gold=[]),
# Young namesake of MHT014 Brendan M. Doherty of Derry (b. 1963, wife Maureen): parents, no spouse -> nothing.

dict(guid="mht_lgfh_2026_0311_francis_callahan", pub="2026-03-11T11:20:00-04:00", title="Francis X. \"Frank\" Callahan, 85",
body="""BOW - Francis Xavier "Frank" Callahan, 85, of Bow, died at home on Sunday, March 8, 2026, surrounded by his family, after a long and characteristically stubborn fight with heart disease.

Frank was born in Concord on February 17, 1941, the son of Bartholomew and Agnes (Flaherty) Callahan, graduated from Bishop Brady High School and the University of New Hampshire, and taught civics at Concord High School for thirty-four years. Generations of students remember his rule that nobody could complain about the legislature until they had sat in its gallery. He coached Babe Ruth baseball, marched every St. Patrick's Day and never missed a town meeting in Bow.

He is survived by his wife of 61 years, Margaret "Peggy" (Rourke) Callahan; his sons, Michael Callahan of Hopkinton and Timothy Callahan of Portsmouth; his sister, Kathleen "Kitty" (Callahan) O'Connell of Nashua; eight grandchildren; and many nieces and nephews. He was predeceased by his brother, Brendan Callahan.

Calling hours will be Friday from 4 to 7 p.m. at the Lambert-Gosselin Funeral Home, Hooksett chapel. A Mass of Christian Burial will be celebrated Saturday at 10 a.m. at St. John the Evangelist Church, Concord, with the Rev. Thomas Feeney officiating. Burial at Calvary Cemetery, Concord.""",
gold=[("MHT016", "deceased_client"), ("MHT015", "spouse_of_deceased_client"), ("MHT013", "survivor")]),
# Corroborated: born February 17, 1941 = roster birth_date; wife "Margaret 'Peggy' (Rourke)" = roster spouse MHT015.

dict(guid="mht_lgfh_2026_0422_evelyn_tilton", pub="2026-04-22T10:00:00-04:00", title="Evelyn Fogg Tilton, 93",
body="""GOFFSTOWN - Evelyn Fogg Tilton, 93, died April 19, 2026, at the farmhouse on Tibbetts Hill Road where she was born, which is exactly where she said she would die.

The daughter of Chester and Lena (Batchelder) Fogg, Evelyn grew up haying, sugaring and driving a team of Belgians before she could drive a car. She taught in the one-room school in Grasmere, then for thirty years at Bartlett Elementary, kept the Goffstown Grange's books for half a century, and took first prize for her apple pie at the Hillsborough County Fair so many times that she was eventually asked to judge instead.

Her husband, Warren Tilton, died in 2004. She leaves her nephew, Daniel Fogg of Weare; her niece, Ruth Ann (Hal) Batchelder of Goffstown; and a great many grandnieces and grandnephews who learned to tap a maple in her dooryard.

A graveside service will be held in the Westlawn Cemetery in May, when the ground allows. Arrangements are by the Lambert-Gosselin Funeral Home.""",
gold=[("MHT018", "survivor"), ("MHT017", "survivor")]),

dict(guid="mht_lgfh_2026_0205_gerard_paquette", pub="2026-02-05T16:30:00-05:00", title="Gérard L. Paquette, 74",
body="""GOFFSTOWN - Gérard Léo Paquette, 74, of Goffstown, went home to God on February 2, 2026, at the Elliot Hospital, after a brief illness.

Born in Manchester on May 1, 1951, to Léo and Blanche (Lessard) Paquette, Gérard served with the U.S. Air Force in Thailand and then ran Paquette Oil Burner Service for forty years; half the furnaces in Goffstown still carry his sticker. He loved deer camp in Pittsburg, Red Sox radio and his Saturday-night beans.

He is survived by his wife of 50 years, Marie-Claire (Dionne) Paquette of Goffstown; his son, Marc Paquette of Goffstown; his daughter, Nicole Grenier of Manchester; and four grandchildren.

A funeral Mass will be celebrated Monday at 10 a.m. at St. Lawrence Church, Goffstown. Burial with military honors will follow.""",
gold=[("MHT003", "survivor")]),
# Roster Gerard Paquette is MHT003's spouse but not a client.
]
