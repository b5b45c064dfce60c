"""Cumberland & Harpeth Funeral Homes (chapels in Hendersonville, Franklin and Murfreesboro, Tenn.): funeral-home
site, one-sentence plain description, HTML in content:encoded. Hand-labelled (gold=[...])."""

FEED = "chfh"
BASE = "https://www.cumberlandharpethfh.example/obituaries/"
ITEMS = [
dict(guid="bna_chfh_clarence-dewayne-maxey", slug="clarence-dewayne-maxey", pub="2026-02-17T10:15:00-06:00",
title="Clarence Dewayne Maxey (1994 - 2026)",
body="""Clarence Dewayne Maxey, 31, of Murfreesboro, died Friday, February 13, 2026, as the result of an accident while working cattle on the family farm on Halls Hill Pike.

Dewayne, as everyone called him, graduated from Oakland High School and from Middle Tennessee State University with a degree in agribusiness. He was the fourth generation of his family to milk cows on the same ground, and he had plans, most of them drawn on the backs of feed-store receipts, to put in a creamery someday.

He is survived by his parents, Dewayne and Lisa Maxey of Murfreesboro; his sister, Kelsey Maxey Dodd (Trent) of Christiana; his grandfather, Clarence "Bud" Maxey Sr. of Murfreesboro, who taught him to drive a tractor before he could see over the wheel; and many aunts, uncles and cousins. He was preceded in death by his grandmother, Wilma Maxey.

Visitation will be Wednesday from 4 until 8 p.m. at the Murfreesboro chapel. The funeral will be Thursday at 11 a.m. at Cedar Grove Church of Christ, Brother Ted Ashworth officiating. Burial in Evergreen Cemetery.""",
gold=[("BNA017", "survivor")]),
# decoy: young namesake in the same town; the client is his grandfather (survivor), not the deceased.

dict(guid="bna_chfh_ruby-sudberry", slug="ruby-nell-sudberry", pub="2026-03-09T09:40:00-05:00",
title="Ruby Nell Sudberry (1930 - 2026)",
body="""Ruby Nell Sudberry, 95, of Gallatin, went home to be with the Lord on Friday, March 6, 2026, at Sumner Regional Medical Center.

Mrs. Sudberry was born in Westmoreland and married Hollis Sudberry in 1949. Together they raised tobacco, four children and more tomatoes than any one family could eat on their place off the Hartsville Pike. She taught the adult women's class at First Baptist Church of Gallatin for 41 years.

She is survived by her daughters, Mary Beth (Jimmy) Lannom of Gallatin and Carolyn Sudberry Pope of Bowling Green, Ky.; her son, Hollis Sudberry Jr. of Portland, Tenn.; her sister-in-law, Opal Gammon, and Opal's husband, Luther Gammon, of Gallatin; nine grandchildren and fourteen great-grandchildren. She was preceded in death by her husband and by her son, Roger.

Services will be held Tuesday at 1 p.m. in the Gallatin chapel with burial in Gallatin Cemetery.""",
gold=[("BNA019", "survivor")]),
# Luther Gammon (BNA018) is do_not_contact: nothing.

dict(guid="bna_chfh_william-thomas-hargrove-sr", slug="william-thomas-hargrove-sr", pub="2026-04-21T11:05:00-05:00",
title="William Thomas \"Bill\" Hargrove Sr. (1931 - 2026)",
body="""William Thomas "Bill" Hargrove Sr., 94, of Franklin, passed away peacefully Saturday, April 18, 2026, at the home he built in 1958 on land his great-grandfather cleared.

Mr. Hargrove farmed burley tobacco, corn and Angus cattle in the Arno community for seven decades and served two terms on the Williamson County Commission. He was a charter member of the Williamson County Farm Bureau, an elder at Arno Church of Christ and a man who never once in his life was late to milk.

He is survived by his son, W.T. "Dub" Hargrove Jr., and his wife, Peggy, of Arrington; his daughter, Ann Hargrove Reese (Carl) of Columbia; six grandchildren, including Will Hargrove, who is carrying on the farm; and eleven great-grandchildren. He was preceded in death by his wife of 61 years, Dorothy Jean Hargrove.

Visitation will be Tuesday from 4 to 7 p.m. at the Franklin chapel. Funeral services will be Wednesday at 10 a.m. at Arno Church of Christ. Burial will follow in the family cemetery.""",
gold=[("BNA015", "survivor"), ("BNA016", "survivor")]),
# Sr. dies; the client is the roster "Hargrove Jr." (Dub); Peggy named through her husband; Arrington ~12 km from Franklin.

dict(guid="bna_chfh_rafael-quintero-ibanez", slug="rafael-quintero-ibanez", pub="2026-05-26T14:30:00-05:00",
title="Rafael Quintero Ibáñez (1947 - 2026)",
body="""Rafael Quintero Ibáñez, 79, of Murfreesboro, died May 22, 2026, surrounded by his family. Don Rafael was born in Irapuato, Guanajuato, and came to Rutherford County in 1989 to work in the nurseries around McMinnville and later at the Nissan plant in Smyrna.

Le sobreviven su esposa de 55 años, Guadalupe Salas de Quintero; sus hijos, Rafael Jr. y Héctor Quintero, de Murfreesboro; su sobrina, María Fernanda Quintero, de Murfreesboro, a quien crió como hija; y once nietos.

He is survived by his wife of 55 years, Guadalupe; his sons, Rafael Jr. and Héctor; his niece, María Fernanda Quintero of Murfreesboro, whom he raised as a daughter; and eleven grandchildren.

A rosary will be prayed Thursday at 7 p.m. at the Murfreesboro chapel. The funeral Mass will be Friday at 10 a.m. at St. Rose of Lima Catholic Church.""",
gold=[("BNA014", "survivor")]),
# roster "Maria Fernanda" "Quintero Salas": one surname part in the text.

dict(guid="bna_chfh_evelyn-pardue", slug="evelyn-louise-pardue", pub="2026-06-30T10:00:00-05:00",
title="Evelyn Louise Pardue (1938 - 2026)",
body="""Evelyn Louise Pardue, 87, of Smyrna, died June 27, 2026. She retired from the Smyrna Air Force Base commissary and later kept the books at Pardue Hardware on Lowry Street for her brother-in-law until it closed.

She is survived by her son, Gary Pardue of Lebanon; her daughter, Donna Pardue Whitsett of Smyrna; and five grandchildren. She was preceded in death by her husband, Ray Pardue.

Graveside services will be held Thursday at 10 a.m. at Mapleview Cemetery, Smyrna.""",
gold=[]),

dict(guid="bna_chfh_harold-eugene-hank-mabry", slug="harold-eugene-hank-mabry", pub="2026-09-14T16:20:00-05:00",
title="Harold Eugene \"Hank\" Mabry (1949 - 2026)",
body="""Harold Eugene "Hank" Mabry of Hendersonville, whose pedal steel guitar can be heard on more than three hundred country records cut in Nashville between 1972 and 2015, died Thursday, September 10, 2026, at TriStar Hendersonville Medical Center. He was 77.

Hank was born August 2, 1949, in Florence, Alabama, and was playing steel in the honky-tonks of Muscle Shoals by the time he was fifteen. He came to Nashville in 1971 with a steel guitar, a Pontiac and forty dollars, and within two years he was one of the first-call players on Music Row. He never much cared for having his name on anything; he liked to say the best session was one where nobody could tell you had been there.

He is survived by his wife of 53 years, Lorene (Cates) Mabry; his son, Cody Mabry (Dana) of Nashville; his daughter, Leigh Ann Mabry Rowe of Hendersonville; and five grandchildren, who all got their first guitar from Papaw.

Visitation will be Monday from 3 to 8 p.m. at the Hendersonville chapel. A celebration of Hank's life will be held Tuesday at 11 a.m. at First Baptist Church Hendersonville. Pallbearers will be Del Van Hooser, Ricky Spain, Joe Don Carver, Marcus Bell, Lonnie Tate and Cody Mabry Jr.""",
gold=[("BNA001", "deceased_client"), ("BNA002", "spouse_of_deceased_client")]),
# corroboration: born August 2, 1949 = roster birth_date; roster spouse Lorene (maiden Cates) named as the widow.
# Del Van Hooser (BNA024) is a pallbearer: nothing.
]
