"""Evergreen & Magnolia Funeral Service (invented; chapels in Florence, Lake City, Kingstree and Dillon, S.C.):
funeral-home site, HTML in content:encoded, one-sentence plain description, guids `flo_evergreen_obit_<slug>` (link = the permalink). Hand-labelled."""

FEED = "evergreen"
BASE = "flo_evergreen_obit_"   # guid prefix; the permalink is built from the rest

MATTIE_BODY = """Mother Mattie Lou Hyman, 91, of Cheraw, departed this life on Saturday, February 21, 2026, at Chesterfield General Hospital.

She was born in Chesterfield County to the late Rev. Isaiah and Maggie Hyman. Mother Hyman retired from the Cheraw textile mill after thirty years and was a lifelong member of Bethel Missionary Baptist Church, where she served as Mother of the Church, taught the Young Women's Bible class and kept a jar of peppermints in her pocketbook for every child who sat still.

She leaves to cherish her memory a daughter, Angela (Reginald) McCutcheon of Florence; a son, Anderson "Andy" Hyman of Cheraw; a granddaughter, Kennedy McCutcheon; a sister, Ola Hyman Chavis of Wadesboro, N.C.; and a host of nieces, nephews and church family. She was preceded in death by her husband, Deacon Samuel Hyman, and a son, Lonnie.

The homegoing celebration will be held 12 noon Saturday at Bethel Missionary Baptist Church, Cheraw. Interment in Bethel Church Cemetery. The family will receive friends at the home of her son."""

ITEMS = [
dict(guid=BASE + "roosevelt-cusaac", pub="2026-01-21T10:15:00-05:00", title="Deacon Roosevelt Cusaac (1934 - 2026)",
body="""Deacon Roosevelt Cusaac, 91, of Timmonsville, transitioned from labor to reward on Saturday, January 17, 2026, at his home.

He was born in the Sardis community of Florence County to the late Willie and Pearl Cusaac. Deacon Cusaac sharecropped as a boy, served in the U.S. Army during the Korean War, and drove a school bus for Florence School District Four for thirty-three years; generations of Timmonsville children remember that he waited for every one of them. He served on the Deacon Board of Mt. Zion Missionary Baptist Church for fifty years.

He leaves to cherish his memory two daughters, Patricia Cusaac Dozier (Leon) of Timmonsville and Dr. Angela Cusaac of Atlanta, Ga.; a son, Roosevelt Cusaac Jr. of Columbia; a sister, Willie Mae Brunson of Timmonsville; eight grandchildren; and a host of relatives and friends. He was preceded in death by his wife of 61 years, Lula Bell Cusaac, and by his brothers, Willie Jr., Eddie and James.

The homegoing celebration will be held 1 p.m. Saturday at Mt. Zion Missionary Baptist Church, Timmonsville. Interment in the church cemetery with military honors.""",
gold=[("FLO012", "survivor")]),

dict(guid=BASE + "jerome-bethea", pub="2026-02-10T11:00:00-05:00", title="Mr. Jerome Bethea (1964 - 2026)",
body="""Mr. Jerome Bethea, 61, of Latta, departed this life on Friday, February 6, 2026, at McLeod Health Dillon.

Jerome was born in Dillon County, the son of the late Rev. Nathaniel and Mary Bethea. He graduated from Latta High School, worked twenty-seven years at the distribution center outside Dillon, and could be found most Saturdays at the barbershop on Main Street settling arguments about Clemson and Carolina.

He leaves to cherish his memory his devoted wife, Carolyn Bethea; his daughter, Jasmine Bethea of Charlotte, N.C.; his brothers, Thaddeus "Thad" Bethea (Gwendolyn) of Dillon and Nathaniel Bethea Jr. of Baltimore, Md.; his nephew, Marcus Bethea; and a host of other relatives and friends.

Homegoing services will be held 2 p.m. Sunday at Rehoboth Missionary Baptist Church, Latta. Burial will follow in the church cemetery. The family will receive friends at the Dillon chapel Saturday from 5 to 7 p.m.""",
gold=[("FLO005", "survivor"), ("FLO006", "survivor")]),

dict(guid=BASE + "mattie-lou-hyman", pub="2026-02-24T09:40:00-05:00", title="Mother Mattie Lou Hyman (1934 - 2026)",
body=MATTIE_BODY,
gold=[("FLO014", "survivor"), ("FLO013", "survivor"), ("FLO023", "survivor")]),

dict(guid=BASE + "odessa-witherspoon-green", pub="2026-03-17T10:30:00-04:00", title="Mrs. Odessa Witherspoon Green (1938 - 2026)",
body="""Mrs. Odessa Witherspoon Green, 87, of Kingstree, went home to be with the Lord on Saturday, March 14, 2026, at Williamsburg Regional Hospital.

Born in the Cedar Swamp community of Williamsburg County, she was the daughter of the late Isaac and Rachel Witherspoon. She taught first grade in Williamsburg County schools for thirty-six years and was a member of Bethesda AME Church for more than eighty.

Left to cherish her memory are her son, Lt. Col. (Ret.) Calvin Green (Denise) of Fayetteville, N.C.; her sister, Mother Rosa Lee McFadden of Kingstree; her sister-in-law, Ruby Green of Brooklyn, N.Y.; three grandchildren; and a host of nieces, nephews, former students and friends. She was preceded in death by her husband, Robert Green, and her brothers, Isaac Jr. and Levi Witherspoon.

Homegoing services will be held at 11 a.m. Saturday at Bethesda AME Church, Kingstree, with the pastor officiating. Interment will follow in the church cemetery.""",
gold=[("FLO004", "survivor")]),

dict(guid=BASE + "lucille-munnerlyn-gause", pub="2026-04-08T10:05:00-04:00", title="Mrs. Lucille Munnerlyn Gause (1942 - 2026)",
body="""Mrs. Lucille Munnerlyn Gause, 83, of Marion, passed away peacefully on Sunday, April 5, 2026, at the Marion County Nursing and Rehabilitation Center.

Mrs. Gause was born in the Ariel Crossroads community of Marion County to the late Ezekiel and Sarah Munnerlyn. She was a seamstress for forty years, a member of New Hope AME Church and the only person in Marion trusted to hem a wedding dress the day before the wedding.

She is survived by her daughters, Gloria Gause Bellamy (James) and Sharon Gause, both of Marion; her brother, Ezekiel "Zeke" Munnerlyn of Marion; six grandchildren and four great-grandchildren. She was preceded in death by her husband, Clifton Gause.

Homegoing services will be held 1 p.m. Saturday at New Hope AME Church, with the Rev. Alonzo Gadsden of Florence delivering the eulogy. Burial will follow in Rose Hill Cemetery.""",
gold=[]),  # FLO009 Zeke Munnerlyn is do_not_contact; FLO017 Gadsden officiates: nothing
]
