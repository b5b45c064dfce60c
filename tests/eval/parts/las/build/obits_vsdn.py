"""The Valley Sun (Las Vegas daily): paid death notices, surname-first headings, plain text. Hand-labelled."""

FEED = "vsdn"
ITEMS = [
dict(guid="las_vsdn_2026_02231", pub="2026-02-24T05:30:00-08:00", title="ARREDONDO, Jesús \"Chuy\"",
body="""ARREDONDO, Jesús "Chuy", 88, of Las Vegas, born in Tepatitlán, Jalisco, passed away February 20, 2026. A retired Teamster and a founder of the Guadalupanos society at Our Lady of Las Vegas, he is survived by his sons, Refugio "Cuco" (Lupe) Arredondo of Las Vegas and Jesús Jr. of Bakersfield, Calif.; his daughter, Maria del Carmen Arredondo of Guadalajara; 12 grandchildren and 9 great-grandchildren. Preceded in death by his wife, Socorro. Rosary Thursday 7 p.m., Funeral Mass Friday 10 a.m., Our Lady of Las Vegas. Palm Eastern Mortuary.""",
gold=[("LAS007", "survivor"), ("LAS006", "survivor")]),

dict(guid="las_vsdn_2026_02260", pub="2026-02-27T05:30:00-08:00", title="WASIELEWSKI, Bernard J. \"Bernie\"",
body="""Bernard Joseph "Bernie" Wasielewski, 81, of Henderson, passed away peacefully on Saturday, February 7, 2026, at St. Rose Dominican Hospital, Siena Campus, with his wife holding his hand.

Bernie was born October 3, 1944, in Cicero, Illinois, the son of Stanley and Helen Wasielewski. He served with the U.S. Army in Germany, then spent 36 years as a tool-and-die maker at Western Electric's Hawthorne Works. In 2007 he and Dolores traded Chicago winters for the desert and never once regretted it. At Sun City Anthem he ran the Tuesday pinochle table, sang bass in the men's chorus and grilled kielbasa for every Fourth of July block party.

Bernie is survived by his wife of 58 years, Dolores (Kowalczyk) Wasielewski of Henderson; his daughters, Karen (Mike) Brandvold of Naperville, Ill., and Joanne Wasielewski of Denver; his son, Stephen (Tricia) Wasielewski of Henderson; six grandchildren; and his brother, Edward, of Berwyn, Ill. He was preceded in death by his parents and his sister, Irene Pacholski.

A Mass of Christian Burial will be celebrated at 10 a.m. Friday, February 13, at St. Thomas More Catholic Community, Henderson, with Fr. Adrian Mendoza presiding. Interment with military honors will follow at the Southern Nevada Veterans Memorial Cemetery in Boulder City.""",
gold=[]),  # verbatim later copy of las_dlc_2026_0114: labelled on the earlier copy only

dict(guid="las_vsdn_2026_03118", pub="2026-03-12T05:30:00-07:00", title="BAUTISTA, Corazon L.",
body="""BAUTISTA, Corazon Lacsamana, 81, of Daly City, Calif., formerly of Angeles City, Pampanga, died March 8, 2026. Retired from Seton Medical Center after 35 years as a surgical nurse. Survived by her husband, Bienvenido; children Mark and Charisse; and five grandchildren. Services in Daly City.""",
gold=[]),  # namesake elsewhere: LAS002 Cora Bautista is 71 and lives in Henderson

dict(guid="las_vsdn_2026_04107", pub="2026-04-11T05:30:00-07:00", title="ZAMUDIO, Ofelia",
body="""ZAMUDIO, Ofelia, North Las Vegas, died April 9, 2026. Arrangements pending with Davis Funeral Home, Washington Ave. chapel.""",
gold=[("LAS018", "possible_deceased_client")]),

dict(guid="las_vsdn_2026_04152", pub="2026-04-16T05:30:00-07:00", title="PETTIGREW-MOSS, Yvonne",
body="""PETTIGREW-MOSS, Yvonne, 70, of Las Vegas, formerly of Detroit, passed April 12, 2026. Retired from the Clark County School District food service. Survived by her husband, Calvin Moss; her daughter, Tamika Moss-Grant (Andre) of North Las Vegas; and her sister, Bernice Pettigrew of Southfield, Mich. Preceded in death by her parents, Otis and Hattie Pettigrew, and her brother, Dwayne Pettigrew. Homegoing service Saturday 11 a.m., Victory Missionary Baptist Church.""",
gold=[]),  # preceded in death: not the living Pahrump client

dict(guid="las_vsdn_2026_05219", pub="2026-05-22T05:30:00-07:00", title="de la TORRE, Ignacio",
body="""de la TORRE, Ignacio, 45, of El Paso, Texas, died May 18, 2026, in a workplace accident. Survived by his wife, Yesenia; his children, Ignacio Jr., Daniela and Mateo; and his mother, Graciela. Services in El Paso; a memorial rosary for Las Vegas family will be prayed at St. Bridget's.""",
gold=[]),  # namesake elsewhere, different age (LAS014 b. 1971 lives in North Las Vegas)

dict(guid="las_vsdn_2026_07034", pub="2026-07-04T05:30:00-07:00", title="SARMIENTO, Macario \"Kario\"",
body="""SARMIENTO, Macario "Kario" B., 78, of Las Vegas, died June 30, 2026. A retired slot technician at the Stardust and the Orleans, he is survived by his wife, Remedios; his sister, Evangeline "Vangie" Pascual of Las Vegas; his nieces, Jocelyn Macaraeg (Arnel) of Las Vegas and Rhea Sarmiento of Stockton, Calif. Viewing and Mass at St. Francis de Sales Thursday. Palm Northwest.""",
gold=[("LAS015", "survivor"), ("LAS011", "survivor")]),
]
