"""Obituaries for part lbt, in three house styles. Every person is invented. Hand labels in gold=[...]."""

# 1. The Robeson Sentinel (invented daily): plain-text newspaper obituaries, "City - Name, age, of ..." style
NEWSPAPER = [
dict(guid="lbt_sent_obit_0112", pub="2026-01-12T06:00:00-05:00", title="Leola Chavis Jacobs",
body="""MAXTON - Mrs. Leola Chavis Jacobs, 79, of Maxton, went home to be with the Lord on Friday, January 9, 2026, at Scotland Memorial Hospital in Laurinburg.

Mrs. Jacobs was born in Robeson County to the late Rev. Ollie and Mary Lee Chavis. She retired from the Robeson County school system after 31 years as a cafeteria manager at Prospect School, and she never let a child leave her line hungry. She was a faithful member of New Prospect Holiness Church, where she sang in the choir for more than fifty years.

She is survived by her son, Cedric Jacobs of Maxton; her brother, Hubert "Hoot" Chavis of Maxton; her sister, Arlinda Oxendine (Purnell) of Pembroke; five grandchildren and a host of nieces, nephews and friends. She was preceded in death by her husband, Roosevelt Jacobs, and by her brother, Ollie Chavis Jr.

The funeral will be held at 2 p.m. Monday at New Prospect Holiness Church with the Rev. Earlie Dial officiating. Burial will follow in the church cemetery. The family will receive friends Sunday from 6 to 8 p.m. at Oxendine-Brooks Memorial Chapel in Pembroke.""",
gold=[("LBT014", "survivor"), ("LBT002", "survivor"), ("LBT001", "survivor")]),

dict(guid="lbt_sent_obit_0203", pub="2026-02-03T06:00:00-05:00", title="Delton Locklear Sr.",
body="""PEMBROKE - Delton Locklear Sr., 88, of the Deep Branch community, died Saturday, January 31, 2026, at his home surrounded by his family.

Mr. Locklear was born February 14, 1937, in Robeson County. He farmed tobacco and cucumbers on Deep Branch Road for sixty years, served in the U.S. Army in Germany, and was a deacon at Deep Branch Baptist Church. Neighbors remember him for the rows of collards he planted every fall for anyone who wanted them.

He is survived by his son, Delton "Bud" Locklear Jr. (Glenda Faye) of Pembroke; his daughters, Brenda Locklear Hunt of Raeford and Sharon Locklear of Charlotte; eight grandchildren and eleven great-grandchildren. He was preceded in death by his wife of 58 years, Annie Bell Locklear, and by a son, Larry.

Services will be at 3 p.m. Wednesday at Deep Branch Baptist Church. Pallbearers will be his grandsons and Dwayne Woods. Burial will be in the Locklear family cemetery.""",
gold=[("LBT003", "survivor"), ("LBT004", "survivor")]),

dict(guid="lbt_sent_obit_0414", pub="2026-04-14T06:00:00-04:00", title="Vernie Lee Revels",
body="""FAIRMONT - Vernie Lee Revels, 83, of Fairmont, passed away Saturday, April 11, 2026, at Southeastern Regional Medical Center in Lumberton.

Vernie was born September 3, 1942, in Robeson County, a son of the late Carl and Ida Revels. He worked thirty-four years for the railroad out of Fairmont and afterward ran a produce stand on N.C. 130 that sold the first strawberries of every spring. He was a member of Iona Church and a Mason.

He is survived by his wife of 61 years, Inez Hunt Revels of the home; his daughters, Tammy Revels Lowery of Fairmont and Denise Revels of Greensboro; his brother-in-law, Lonnie Ray Hunt (Debra) of Rowland; six grandchildren and four great-grandchildren. He was preceded in death by his brothers, James and Marvin Revels.

A funeral service will be held Thursday at 2 p.m. at Iona Church, officiated by the Rev. Carlton Hammonds. Burial will follow in Floyd Memorial Cemetery.""",
gold=[("LBT008", "deceased_client"), ("LBT009", "spouse_of_deceased_client"), ("LBT017", "survivor")]),

dict(guid="lbt_sent_obit_0302", pub="2026-03-02T06:00:00-05:00", title="Ardell James Sampson",
body="""LUMBERTON - Ardell James Sampson, 24, of Lumberton, died Thursday, February 26, 2026, as the result of an automobile accident on Interstate 95.

Ardell was a 2020 graduate of Lumberton Senior High School, where he played on the offensive line, and he was studying to become a lineman with Lumbee River EMC. He loved fishing the Lumber River with his grandfather.

He is survived by his parents, Curtis and Tamika Sampson of Lumberton; his sister, Aaliyah Sampson; his grandparents, Ardell and Pauline Sampson of Lumberton, for whom he was named; and his girlfriend, Jasmine Cummings.

The funeral will be held Sunday at 3 p.m. at Sampson Chapel Church. Burial will follow in the church cemetery.""",
gold=[("LBT021", "survivor")]),

dict(guid="lbt_sent_obit_0318", pub="2026-03-18T06:00:00-04:00", title="Terrell McLean",
body="""NEWARK, N.J. - Terrell Lamont McLean, 45, of Newark, New Jersey, died March 12, 2026, at University Hospital.

He was born in Newark to Willie and Gladys McLean and worked for the Port Authority of New York and New Jersey for nineteen years. He is survived by his wife, Yvonne McLean; his sons, Terrell Jr. and Marcus; and his mother. Family members from Red Springs and Laurinburg traveled north for the service, which was held March 16 at Greater Abyssinian Baptist Church in Newark.""",
gold=[]),

dict(guid="lbt_sent_obit_0425", pub="2026-04-25T06:00:00-04:00", title="Bernice McNeill",
body="""RED SPRINGS - Mrs. Bernice Graham McNeill, 71, of Red Springs, departed this life Wednesday, April 22, 2026, at her home.

She was a retired nurse's aide at Red Springs Nursing Center and a member of Galilee Missionary Baptist Church, where she served on the Mother's Board.

She leaves to cherish her memory her daughters, Keisha Strickland (Jarvis) of Lumberton and Danita McNeill of Durham; her son, Brian McNeill of Red Springs; her sister, Mrs. Hattie Graham Purcell of Raeford; seven grandchildren and a host of other relatives and friends. She was preceded in death by her husband, Leroy McNeill.

Homegoing services will be held Saturday at 1 p.m. at Galilee Missionary Baptist Church. Interment will follow in the church cemetery.""",
gold=[("LBT007", "survivor"), ("LBT006", "survivor")]),

dict(guid="lbt_sent_obit_0509", pub="2026-05-09T06:00:00-04:00", title="Glenda Faye Locklear",
body="""BALTIMORE, Md. - Glenda Faye Locklear, 67, of Baltimore, formerly of the Prospect community, died Monday, May 4, 2026, at Johns Hopkins Hospital.

Born in Robeson County, she moved to Baltimore in 1977 and worked for the city's public schools for thirty years. She was a member of the Baltimore American Indian Center.

She is survived by her son, James Locklear Jr. of Baltimore; her sisters, Wanda Locklear of Prospect and Cora Bell of Baltimore; and three grandchildren. She was preceded in death by her husband, James Locklear, and her parents, Walter and Emma Locklear.

A memorial service will be held in Baltimore. Burial will be at Prospect United Methodist Church cemetery at a later date.""",
gold=[]),
]

# 2. Oxendine-Brooks Memorial Chapel (invented funeral home): HTML in content:encoded, permalink guids
FUNERAL_HOME = [
dict(guid="lbt_obfh_mother-hattie-graham", pub="2026-02-17T10:15:00-05:00", title="Mother Hattie Mae Graham",
body="""Mother Hattie Mae Graham, 96, of Red Springs, entered into eternal rest on Friday, February 13, 2026, at Hoke Healthcare.

Mother Graham was born in Robeson County on March 1, 1929, and was the oldest member of St. Paul A.M.E. Zion Church in Red Springs, where she was a Mother of the church for forty years. She cooked for the Red Springs High School cafeteria until she was seventy.

She leaves to cherish her memory a son, Walter Graham of Red Springs; a daughter, Bernice McNeill of Red Springs; her granddaughter, Shante Graham McLean and her husband, Terrell, of Red Springs; a host of grand, great- and great-great-grandchildren; and her church family.

The homegoing celebration will be held Sunday, February 22, at 2 p.m. at St. Paul A.M.E. Zion Church. The Rev. Lonzo McKoy will deliver the eulogy. Oxendine-Brooks Memorial Chapel is serving the family.""",
gold=[("LBT013", "survivor"), ("LBT012", "survivor")]),

dict(guid="lbt_obfh_jose-luis-hernandez", pub="2026-03-06T11:00:00-05:00", title="José Luis Hernández Morales",
body="""José Luis Hernández Morales, 68, of Fairmont, passed away on Tuesday, March 3, 2026, at Southeastern Regional Medical Center.

Don José was born in Apatzingán, Michoacán, Mexico, and came to Robeson County in 1991 to work the tobacco and sweet potato harvests. He later worked for many years at a poultry plant in Lumberton and was a member of St. Francis de Sales Catholic Church.

Le sobreviven su esposa, Lucía Cruz de Hernández, de Fairmont; su hija, Rosa Isela Hernández, de Lumberton; su hijo, José Luis Hernández Jr., de Dillon, S.C.; y seis nietos. He is survived by his wife, Lucía Cruz de Hernández of Fairmont; his daughter, Rosa Isela Hernández of Lumberton; his son, José Luis Hernández Jr. of Dillon, S.C.; and six grandchildren.

A rosary will be prayed Friday at 7 p.m. at the chapel, and a Mass of Christian Burial will be celebrated Saturday at 10 a.m. at St. Francis de Sales.""",
gold=[("LBT011", "survivor")]),

dict(guid="lbt_obfh_gertie-hammonds-lowery", pub="2026-03-27T09:30:00-04:00", title="Mrs. Gertie Hammonds Lowery",
body="""Mrs. Gertie Hammonds Lowery, 90, of Red Springs, went home to be with her Lord on Wednesday, March 25, 2026.

Mrs. Lowery was a retired seamstress who made the regalia for three generations of dancers at the Lumbee Homecoming powwow. She was a member of Ashpole Center Baptist Church.

She is survived by her sister, Mrs. Ossie Mae Brayboy of Red Springs; her nephew, Thurman Brayboy of Red Springs; her great-nephew, Gaston Lowery of Charlotte; and many cousins. She was preceded in death by her husband, Willie Lowery, and her brothers, Tolbert and Alford Hammonds.

Funeral services will be held Saturday at 11 a.m. at Ashpole Center Baptist Church with the Rev. Earlie Dial and the Rev. Carlton Hammonds officiating.""",
gold=[("LBT005", "survivor")]),

dict(guid="lbt_obfh_clyde-oxendine", pub="2026-05-26T10:00:00-04:00", title="Clyde Wesley Oxendine",
body="""Clyde Wesley Oxendine, 77, of Pembroke, died Sunday, May 24, 2026, at his home.

Clyde was a Vietnam veteran, a retired brick mason and a longtime member of Union Chapel Holiness Methodist Church. He coached Little League in Pembroke for twenty years.

He is survived by his wife, Mattie Oxendine; his sons, Wesley and Darrell Oxendine, both of Pembroke; and five grandchildren. He was preceded in death by his parents and his brother, Harold Oxendine.

The funeral will be held Thursday at 2 p.m. at Union Chapel Holiness Methodist Church. Honorary pallbearers will be Purnell Oxendine, Bud Locklear and the men of the Union Chapel Sunday school class. Military honors will be rendered by the Robeson County Veterans Honor Guard.""",
gold=[]),

dict(guid="lbt_obfh_dorothy-bell", pub="2026-06-03T09:00:00-04:00", title="Mrs. Dorothy Ann Bell",
body="""Mrs. Dorothy Ann Bell, 84, of St. Pauls, passed away peacefully on Monday, June 1, 2026, at Liberty Commons nursing center in Lumberton.

Mrs. Bell worked at the St. Pauls textile mill until it closed and then at the Food Lion on Broad Street. She was a member of St. Pauls Presbyterian Church.

She is survived by her daughter, Marcella Woods and her husband, Dwayne, of St. Pauls; her son, Kenneth Bell of Fayetteville; four grandchildren; and her sister, Ruby Baker of Lumber Bridge. She was preceded in death by her husband, Harold Bell.

A graveside service will be held Friday at 11 a.m. at Eastview Cemetery in St. Pauls.""",
gold=[("LBT018", "survivor"), ("LBT019", "survivor")]),

dict(guid="lbt_obfh_harvey-lowry", pub="2026-06-20T10:30:00-04:00", title="Harvey Lee Lowry",
body="""Harvey Lee Lowry, 72, of Pembroke, passed from this life Thursday, June 18, 2026, at Duke University Hospital.

Harvey retired as a supervisor with the N.C. Department of Transportation and was a member of Saddletree Church of God. He never missed a Lumbee Homecoming parade.

He is survived by his wife of 48 years, Jeanette Lowry; his daughter, Kimberly "Kim" Lowry Jacobs (Anthony) of Pembroke; his brother, Gaston Lowry of Fairmont; and three grandchildren, including Kaylee Jacobs.

Services will be held Monday at 2 p.m. at Saddletree Church of God.""",
gold=[("LBT020", "survivor"), ("LBT022", "survivor")]),
]

# 3. Church bulletins and paid death notices: short plain text
NOTICES = [
dict(guid="lbt_notice_dial_amos", pub="2026-03-08T08:00:00-05:00", title="Bereavement: Brother Amos Dial",
body="""From the Cherokee Chapel Baptist Church bulletin. Please remember in prayer the family of Brother Amos Dial, 74, of Pembroke, who went home to glory on Monday, March 2. Brother Amos is survived by his wife, Sister Ruby Dial; his brother, our pastor, the Rev. Earlie Dial, and Sister Loretta; and his sister, Glenda Faye Dial Locklear and her husband, Bud, of Pembroke. Funeral was held Thursday at the church. Cards may be left at the church office.""",
gold=[("LBT015", "survivor"), ("LBT004", "survivor"), ("LBT003", "survivor")]),

dict(guid="lbt_notice_bullard_roy", pub="2026-04-02T07:00:00-04:00", title="BULLARD, Roy Lee",
body="""BULLARD, Roy Lee, 66, of Lumberton, died March 30, 2026. Survived by his daughters, Cassie Bullard of Lumberton and Monica Bullard Graham of Laurinburg; his mother, Pearl Bullard. Service Saturday 2 p.m., Carolina Family Funeral Service, Lumberton.""",
gold=[]),

dict(guid="lbt_notice_revels_vernie", pub="2026-04-16T07:00:00-04:00", title="REVELS, Vernie Lee",
body="""REVELS, Vernie Lee, 83, of Fairmont, passed away April 11, 2026. Born September 3, 1942. Survived by his wife of 61 years, Inez Hunt Revels; daughters Tammy Revels Lowery and Denise Revels; brother-in-law Lonnie Ray Hunt (Debra) of Rowland. Funeral Thursday 2 p.m., Iona Church. Published by the family.""",
gold=[]),  # second, later copy of lbt_sent_obit_0414: labelled on the earlier copy only

dict(guid="lbt_notice_maynor_wendell", pub="2026-07-01T07:00:00-04:00", title="MAYNOR, Wendell",
body="""MAYNOR, Wendell, of Lumberton, died Monday, June 29, 2026, at Southeastern Regional Medical Center. Arrangements are incomplete and will be announced by Carolina Family Funeral Service, Lumberton.""",
gold=[("LBT010", "possible_deceased_client")]),

dict(guid="lbt_notice_brayboy_thurman", pub="2026-07-07T07:00:00-04:00", title="BRAYBOY, Thurman",
body="""BRAYBOY, Thurman, 58, of Red Springs, died July 4, 2026. Survived by his mother, Ossie Mae Brayboy of Red Springs; his son, Marcus Brayboy (Tonya) of Red Springs; his granddaughter, Ossie Mae Brayboy. Preceded in death by his father, Lacy Brayboy. Homegoing Saturday 1 p.m., Ashpole Center Baptist Church.""",
gold=[("LBT005", "survivor")]),

dict(guid="lbt_notice_cummings_lula", pub="2026-07-20T07:00:00-04:00", title="CUMMINGS, Lula Belle",
body="""CUMMINGS, Lula Belle, 101, of Pembroke, died July 17, 2026. Survived by her daughters, Glenda Locklear of Hamlet and Iris Cummings of Pembroke; her son, Earl Cummings of Rowland; 14 grandchildren. Preceded in death by her husband, Purnell Cummings. Service Tuesday 11 a.m., Harpers Ferry Baptist Church, Pembroke.""",
gold=[]),
]
