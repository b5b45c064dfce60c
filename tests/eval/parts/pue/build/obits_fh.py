"""Holy Cross & Arkansas Valley Funeral Chapels (Pueblo, Pueblo West and La Junta): funeral-home site, HTML in
content:encoded, a one-sentence plain description, permalink guids. Hand-labelled."""

FEED = "fh"
BASE = "https://www.holycrossavfc.example/obituaries/"
ITEMS = [
dict(guid="pue_fh-adrian-michael-montoya", pub="2026-02-11T11:15:00-07:00", title="Adrian Michael Montoya (2006 - 2026)",
body="""Adrian Michael Montoya, 19, of Pueblo West, was taken from us far too soon on Saturday, February 7, 2026.

Adrian was a 2024 graduate of Pueblo West High School, where he wrestled at 165 pounds and never once let anyone beat him at Mario Kart. He was studying welding at Pueblo Community College and had already been offered an apprenticeship at the rail-car shops. He loved lowriders, his grandmother's posole and his little sister, Isabella, more than anything.

He is survived by his parents, Michael and Dena Montoya of Pueblo West; his sister, Isabella; his grandparents, Adrian and Gloria Montoya of Pueblo West, whose name he carried so proudly, and Ruben and Sylvia Herrera of Colorado City; and many aunts, uncles and cousins.

Visitation will be held from 5 to 7 p.m. Thursday at our Pueblo West chapel. A funeral Mass will be celebrated at 10 a.m. Friday at Our Lady of the Meadows Catholic Church, Pueblo West. Interment, Imperial Memorial Gardens.""",
gold=[("PUE021", "survivor")]),

dict(guid="pue_fh-eleanor-kastner", pub="2026-02-25T10:40:00-07:00", title="Eleanor Gallegos Kastner (1937 - 2026)",
body="""Eleanor Gallegos Kastner, 88, of La Junta, died Sunday, February 22, 2026, at the Bent County Healthcare Center in Las Animas.

Eleanor was born in La Junta to Manuel and Rebecca (Duran) Gallegos and graduated from La Junta High School in 1955. She worked as a telephone operator for Mountain Bell and later as the secretary of Our Lady of Guadalupe parish in La Junta for twenty-two years, where she knew every baptism date in the register by heart.

She is survived by her son, Carl Kastner of Pueblo; her daughter, Marie Kastner Ochs of Lamar; five grandchildren; and her sister-in-law, Irene Gallegos of Rocky Ford. She was preceded in death by her husband, Walter Kastner; her parents; and her brothers, Raymond Gallegos and Henry Gallegos.

Rosary 9:30 a.m. and Mass of Christian Burial 10 a.m. Saturday at Our Lady of Guadalupe Catholic Church, La Junta. Burial, Fairview Cemetery. Arrangements by our La Junta chapel.""",
gold=[]),

dict(guid="pue_fh-giuseppina-pagliasotti", pub="2026-03-20T09:50:00-06:00", title="Giuseppina \"Josie\" Pagliasotti (1930 - 2026)",
body="""Giuseppina "Josie" Pagliasotti, 95, of Pueblo, passed away on Tuesday, March 17, 2026, at her home on the South Side, where she had lived since 1956.

Josie was born in Pueblo's old Goat Hill neighborhood to Italian immigrants from Calabria. She and her late husband, Angelo, ran Pagliasotti's Grocery on Northern Avenue for thirty years, where she sold homemade sausage and extended credit to half of Bessemer during the steel strike of 1959.

She is survived by her son, Tony Pagliasotti of Pueblo; her daughter, Carla Benedetti of Grand Junction; six grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Angelo, and her brother, Carmine Russo.

A Mass of Christian Burial will be celebrated at 10 a.m. Monday at St. Francis Xavier Church. Interment, Roselawn Cemetery.""",
gold=[]),

dict(guid="pue_fh-eloy-trujillo", pub="2026-04-08T12:05:00-06:00", title="Eloy Trujillo (1944 - 2026)",
body="""Eloy Trujillo, 81, of Pueblo, went home to be with the Lord on Friday, April 3, 2026, surrounded by his family at the house on East Eighth Street that he and his wife bought in 1970.

Eloy was born November 5, 1944, in Pueblo, the son of José Amarante and Juanita (Medina) Trujillo. He graduated from East High School in 1962, served with the U.S. Army in Vietnam, and spent thirty-three years at the CF&I steel mill, most of them in the pipe mill, before retiring in 2001. He was a member of the Los Chicanos Car Club, ushered at St. Anne's for forty years and fixed, for free, every lawnmower on the East Side.

Eloy is survived by his wife of 58 years, Corrine (Maestas) Trujillo; his daughters, Angela Trujillo-Reyes (Victor) of Pueblo and Carmen Trujillo of Denver; his son, Eloy Trujillo Jr. of Colorado Springs; seven grandchildren; three great-grandchildren; and his brother-in-law and sister-in-law, Gilbert and Yvonne Maestas of Cañon City. He was preceded in death by his parents and his brothers, Amarante and Rudy.

Rosary will be prayed at 7 p.m. Thursday at our Pueblo chapel. Mass of Christian Burial, 10 a.m. Friday, St. Anne's Catholic Church, Deacon Leonard Romero officiating. Pallbearers: Eloy Trujillo Jr., Victor Reyes, Ramon Archuleta Jr., Joe Apodaca, Richard Gurule and Anthony Trujillo. Interment with military honors at Roselawn Cemetery.""",
gold=[("PUE003", "deceased_client"), ("PUE004", "spouse_of_deceased_client"), ("PUE011", "survivor"), ("PUE012", "survivor")]),

dict(guid="pue_fh-ellen-michiko-tashiro", pub="2026-05-14T10:10:00-06:00", title="Ellen Michiko Tashiro (1956 - 2026)",
body="""Ellen Michiko Tashiro, 69, of Rocky Ford, died peacefully at home on Monday, May 11, 2026, after a three-year fight with ovarian cancer.

Ellen was born in Fort Lupton, Colorado, to George and Ruth Morimoto. She met Kenji Tashiro at a Buddhist youth conference in Denver in 1977 and married him a year later, moving to the Tashiro family farm south of Rocky Ford. She kept the farm's books, ran its roadside melon stand every August and taught piano to two generations of Rocky Ford children.

She is survived by her husband of 47 years, Kenji; her sons, Ryan Tashiro of Denver and Kyle Tashiro of Rocky Ford; her brother, Dean Morimoto of Brighton; and four grandchildren.

A memorial service will be held at 2 p.m. Saturday at the Arkansas Valley Buddhist Temple in Rocky Ford. Arrangements by our La Junta chapel.""",
gold=[("PUE008", "survivor")]),

dict(guid="pue_fh-delfino-baca", pub="2026-06-20T09:30:00-06:00", title="Delfino Baca (1942 - 2026)",
body="""Delfino Baca, 83, of Pueblo, died June 16, 2026, at Sangre de Cristo Medical Center.

Delfino was born in Aguilar and worked thirty-five years as a lineman for the Pueblo power company, climbing poles in every blizzard between Rye and Boone. He was a Knight of Columbus, a devoted fan of the Pueblo Central Wildcats and a proud grandfather.

He is survived by his son, Daniel Baca, and his daughter-in-law, Dr. Priscilla Lucero-Baca, of Pueblo; his daughter, Rosemary Baca of Trinidad; and five grandchildren. He was preceded in death by his wife, Celina, and his brother, Jake.

Mass of Christian Burial will be celebrated at 10 a.m. Wednesday at Holy Family Catholic Church. Interment, Mountain View Cemetery.""",
gold=[("PUE013", "survivor")]),
]
