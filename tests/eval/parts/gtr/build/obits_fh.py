"""Carter & Sons Funeral Home and Chapel (Columbus, Starkville, Macon): funeral-home site, homegoing style,
HTML in content:encoded and a one-sentence plain description. Hand-labelled."""

ITEMS = [
dict(guid="gtr_carter_2026_0117_alberta_beckwith", pub="2026-01-17T10:15:00-06:00", title="Celebrating the Life of Mother Alberta Beckwith",
body="""Mother Alberta Gilmore Beckwith, 97, of Starkville, transitioned from labor to reward on Tuesday, January 13, 2026, at the Starkville Manor.

Mother Beckwith was born April 1, 1928, in the Sessums community of Oktibbeha County to the late Rev. Moses and Lizzie Gilmore. She confessed Christ at an early age and was a faithful member of Griffin Chapel M.B. Church for more than eighty years, serving as church mother, Sunday school teacher and president of the Pastor's Aid board. She cooked in the cafeteria at Henderson High and later at Starkville High, and there was no child in town she did not feed.

Homegoing services will be held at 1 p.m. Saturday, January 17, at Griffin Chapel M.B. Church. Rev. Dr. Leon Stallworth, pastor, will deliver the eulogy. Interment will follow in Oddfellows Cemetery. Public viewing Friday from 2 until 6 p.m. at the Carter & Sons Starkville Chapel.

She leaves to cherish her memory one son, Deacon Odell Beckwith Jr. (Merline) of Starkville; two daughters, Gloria Beckwith Hunt of Chicago, Ill., and Willie Mae Sanders (Rudolph) of Memphis, Tenn.; eleven grandchildren, twenty-three great-grandchildren, a host of nieces, nephews, cousins and her church family.

She was preceded in death by her husband of 54 years, Odell Beckwith Sr.; a son, Moses Beckwith; and seven brothers and sisters.""",
gold=[("GTR003", "survivor"), ("GTR004", "survivor")]),

dict(guid="gtr_carter_2026_0208_clarence_ivory", pub="2026-02-08T09:40:00-06:00", title="Homegoing Celebration for Mr. Clarence \"Pete\" Ivory",
body="""Mr. Clarence "Pete" Ivory, 74, of Columbus, departed this life Monday, February 2, 2026, at Baptist Memorial Hospital-Golden Triangle.

Pete was born in Columbus to the late Roosevelt and Essie Ivory. He graduated from Lee High School in 1969, served in the United States Army in Germany, and worked 37 years at the Weyerhaeuser mill before his retirement. He never met a stranger, and on Saturdays you could find him at the barbershop on Catherine Street settling arguments about the Bulldogs.

Services will be held at 11 a.m. Saturday at Missionary Union Baptist Church with Rev. Kenneth Gandy, eulogist. Burial in Sandfield Cemetery. Carter & Sons Funeral Home, Columbus, in charge.

He leaves to cherish his memory his devoted wife of 48 years, Doris Ivory of Columbus; one daughter, Lakeisha Ivory-Sims (Marcus) of Columbus; one son, Clarence Ivory Jr. of Atlanta, Ga.; four grandchildren; a sister, Bessie Threadgill (Hollis) of Caledonia; and a host of other relatives and friends.""",
gold=[("GTR009", "survivor")]),

dict(guid="gtr_carter_2026_0226_bernice_goss", pub="2026-02-26T11:05:00-06:00", title="Sister Bernice Tate Goss",
body="""Sister Bernice Tate Goss, 88, of Macon, went home to be with the Lord on Saturday, February 21, 2026, at Noxubee General Hospital.

She was born in Shuqualak to the late Ulysses and Mattie Tate. She taught first grade in the Noxubee County schools for 34 years and was a faithful member of New Hope M.B. Church, where she led the Missionary Society.

Homegoing services will be held Saturday, February 28, at 1 p.m. at New Hope M.B. Church, Macon, with Rev. Willie Ruffin delivering the eulogy. The obituary will be read by Sister Ora Lee Mabry. Interment in the church cemetery. Carter & Sons Macon Chapel in charge.

She leaves to mourn her passing a son, Terrance Goss of Jackson; her nieces, Merline Beckwith (Odell) of Starkville and Tonya Tate Ellis of Birmingham, Ala.; her nephew, Ulysses Tate III of Macon; and a host of great-nieces and great-nephews.

She was preceded in death by her husband, Deacon Jesse Goss, and her brother, Ulysses Tate Jr.""",
gold=[("GTR004", "survivor"), ("GTR003", "survivor")]),

dict(guid="gtr_carter_2026_0322_thomas_kimbrell", pub="2026-03-22T08:20:00-05:00", title="Thomas Ransom Kimbrell Sr.",
body="""Thomas Ransom Kimbrell Sr., 92, of Caledonia, died Thursday, March 19, 2026, at his home on the farm where he was born.

Mr. Kimbrell ran the Kimbrell Gin in Caledonia for forty years and served on the Lowndes County Board of Supervisors from 1980 to 1996. He was a member of Caledonia United Methodist Church.

Services will be at 2 p.m. Monday at Caledonia United Methodist Church with Rev. Sam Whitlock officiating. Burial will follow in the Caledonia Cemetery.

He is survived by his son and daughter-in-law, Mr. and Mrs. Ransom Kimbrell of Columbus; his daughter, Ann Kimbrell Tice of Hattiesburg; five grandchildren; and eight great-grandchildren. He was preceded in death by his wife of 64 years, Frances Kimbrell.

Pallbearers will be Coy Fondren, Jake Tice, Will Kimbrell, Tom Kimbrell, Dustin Nance and Lee Tice.""",
gold=[("GTR012", "survivor"), ("GTR011", "survivor")]),

dict(guid="gtr_carter_2026_0418_wilbur_nabors", pub="2026-04-18T14:30:00-05:00", title="Wilbur Nabors",
body="""Wilbur Clyde Nabors, 86, of Sturgis, died Wednesday, April 15, 2026, at OCH Regional Medical Center in Starkville.

Mr. Nabors farmed and drove a school bus for the Oktibbeha County School District for 30 years. He was a member of Sturgis Baptist Church and the Sturgis Masonic Lodge.

Graveside services will be at 10 a.m. Saturday at Sturgis Cemetery with Bro. Keith Lovorn officiating. Carter & Sons Starkville Chapel in charge.

He is survived by his sister, Mrs. Hattie Ledbetter of Starkville; his nephews, Ronnie Nabors of Ackerman and Dale Ledbetter of Starkville; and his faithful bird dog, Sam.

He was preceded in death by his wife, Joyce Nabors, and his brothers, Clyde Jr. and Amos Nabors.""",
gold=[("GTR019", "survivor")]),
]
