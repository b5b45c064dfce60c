"""Alum Creek & Scioto Family Funeral Chapels (Westerville, Grove City, Hilliard, Reynoldsburg): funeral-home
site, HTML in content:encoded, permalink guids. Hand-labelled (gold=[...])."""

FEED = "fh"
BASE = "https://www.alumcreekscioto.example/obituaries/cmh_"
ITEMS = [
dict(guid=BASE + "ruby-jean-stacy-2026-0211", pub="2026-02-11T10:30:00-05:00", title="Ruby Jean Stacy (1937 - 2026)",
body="""Ruby Jean Stacy, 88, of Newark, went home to be with the Lord on Sunday, February 8, 2026, at Licking Memorial Hospital. She was born October 14, 1937, in Hindman, Kentucky, to the late Arlie and Vesta (Ritchie) Slusher, and came north to Newark in 1957 with her husband, Elmer, who worked 31 years at the glass plant.

Ruby was a member of Heath Freewill Baptist Church for more than fifty years, where she taught the primary Sunday school class and never missed a homecoming dinner. She was known for her apple stack cake and for the quilts she pieced for every grandbaby.

She is survived by her daughter, Darlene (Billy Ray) Hensley of Grove City; her son, Gary Stacy of Heath; five grandchildren and nine great-grandchildren; and her sister, Hazel Triplett of Hindman. She was preceded in death by her husband, Elmer Stacy, in 2011, and by a son, Dwight, in infancy.

Funeral services will be held at 11 a.m. Saturday at Heath Freewill Baptist Church with Brother Curtis Amburgey officiating. Burial will follow at Cedar Hill Cemetery.""",
gold=[("CMH012", "survivor"), ("CMH011", "survivor"), ("CMH022", "survivor")]),

dict(guid=BASE + "wanda-faye-collins-2026-0407", pub="2026-04-07T09:00:00-04:00", title="Wanda Faye Collins",
body="""Wanda Faye (Sizemore) Collins, age 79, of Hilliard, passed away peacefully at home on April 4, 2026, surrounded by family. Wanda was born in Hyden, Kentucky, one of eleven children of Hobart and Lula Sizemore, and moved to Columbus as a teenager to work at the Westinghouse plant on Georgesville Road.

She loved bluegrass gospel, her flower beds and her Tuesday card club at the Hilliard senior center. Nobody left her kitchen hungry.

Wanda is survived by her son, Randy Collins of Plain City; her granddaughter, Brittany; her sister, Ernestine "Teenie" Combs of Hilliard; her brother, Arville Sizemore of Hazard, Kentucky; and many nieces and nephews. She was preceded in death by her husband of 52 years, Clyde Collins, and by eight brothers and sisters.

Visitation 4-7 p.m. Thursday at our Hilliard chapel. Funeral 11 a.m. Friday, with burial at Sunset Cemetery.""",
gold=[("CMH013", "survivor")]),

dict(guid=BASE + "maria-de-la-luz-ortega-2026-0512", pub="2026-05-12T12:00:00-04:00", title="María de la Luz Ortega Vda. de Ramírez",
body="""María de la Luz Ortega viuda de Ramírez, 86, of Westerville, formerly of León, Guanajuato, died May 9, 2026, the eve of Mother's Day, at the home of her daughter.

Doña Luz came to Ohio in 1994 to help raise her grandchildren and never left. She prayed the rosary every evening at St. Paul the Apostle and taught half the parish to make tamales de rajas.

Le sobreviven su hija María Guadalupe "Lupe" Ramírez Ortega y su esposo Héctor Villalobos, de Westerville; su hijo José Luis Ramírez Ortega, de León; y siete nietos. She is survived by her daughter Lupe Ramírez and son-in-law Héctor Villalobos of Westerville, her son José Luis of León, Mexico, and seven grandchildren. She was preceded in death by her husband, Rafael Ramírez.

Rosario a las 7 p.m. el jueves. Funeral Mass 10 a.m. Friday, St. Paul the Apostle Church, Westerville. Pallbearers: Jesús Galindo, Daniel Villalobos, Rafael Villalobos, Tomás Ortega, Iván Ramírez and Luis Ángel Ramírez.""",
gold=[("CMH015", "survivor"), ("CMH016", "survivor")]),

dict(guid=BASE + "michael-james-odell-2026-0624", pub="2026-06-24T15:00:00-04:00", title="Michael James \"MJ\" O'Dell",
body="""Michael James "MJ" O'Dell, 19, of Delaware, died June 20, 2026, as the result of a motorcycle accident on U.S. 36. He was a 2025 graduate of Delaware Hayes High School, where he played baseball, and had just finished his first year in the welding program at Columbus State.

MJ is survived by his parents, Jeff and Kristy O'Dell of Delaware; his sister, Kenzie; his grandparents, Ronnie and Faye O'Dell of Marion; and a large circle of friends from the Pacers baseball family.

A celebration of life will be held at 6 p.m. Friday at the Delaware County Fairgrounds, Building 3.""",
gold=[]),  # young namesake of CMH018 (Michael "Mick" ODell, b. 1961, wife Tammy): nothing

dict(guid=BASE + "ingeborg-kallmeyer-2026-0730", pub="2026-07-30T11:00:00-04:00", title="Ingeborg \"Inge\" Kallmeyer, 94",
body="""Ingeborg "Inge" Kallmeyer, 94, a German Village resident for 68 years, died July 27, 2026. Born in Bremerhaven, she came to Columbus in 1958 as a young bride and worked for decades as a seamstress in a shop on Thurman Avenue.

Inge sang alto in the Männerchor's ladies' auxiliary, walked Schiller Park every morning until she was 90, and could tell you who had lived in every brick house on Mohawk Street.

She is survived by her beloved niece, Gretchen Von Gunten of Columbus, who cared for her in her final years, and by a nephew, Jürgen Kallmeyer of Hamburg. She was preceded in death by her husband, Erwin, and her sister, Hannelore.

A memorial service will be held at St. Mary's Church, German Village, at 10 a.m. Tuesday. In lieu of flowers, the family asks that gifts go to the German Village Society.""",
gold=[("CMH010", "survivor")]),

dict(guid=BASE + "virgil-buck-slone-2026-0916", pub="2026-09-16T08:45:00-04:00", title="Virgil Wayne \"Buck\" Slone Sr.",
body="""Virgil Wayne "Buck" Slone Sr., 81, of Reynoldsburg, passed away September 13, 2026, at Mount Carmel East. He was born May 2, 1945, in Pikeville, Kentucky, the son of the late Wayne and Ollie Slone, and moved to Columbus in 1963, where he worked 38 years as a millwright at the Western Electric plant.

Buck was a deacon at Reynoldsburg Church of God, a volunteer driver for the Meals on Wheels route on Livingston Avenue, and a fixture at every Kentucky basketball watch party on the east side.

He is survived by his wife of 60 years, Opal (Fannin) Slone; his son, Virgil Slone Jr. (Crystal) of Pataskala; his daughter, Tonya Blevins of Etna; six grandchildren; and his brother, Arnold Slone of Pikeville. He was preceded in death by his sister, Ina.

Funeral 1 p.m. Saturday at our Reynoldsburg chapel, with burial at Glen Rest Memorial Estate.""",
gold=[("CMH014", "deceased_client"), ("CMH023", "spouse_of_deceased_client")]),
]
