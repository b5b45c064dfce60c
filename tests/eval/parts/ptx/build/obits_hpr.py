"""Plainview Prairie Herald (daily newspaper): obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="ptx_hpr_obit_20260114_1", pub="2026-01-14T05:30:00-06:00", title="Arliss Pruett",
body="""Arliss Dean Pruett, 91, of Lockney, went to be with his Lord on Sunday, January 11, 2026, at Covenant Hospital Plainview.

Arliss was born June 2, 1934, on the family place east of Lockney to Homer and Ollie Pruett. He farmed cotton and milo in Floyd County for sixty years and never missed a Sunday at First Baptist Church of Lockney unless a calf was coming.

He was preceded in death by his wife of 58 years, Dorothy, and by a brother, Wendell Pruett.

Survivors include his daughter, Loretta Kettleman and husband Dwayne of Plainview; a son, Ronnie Pruett and wife Sherry of Floydada; six grandchildren; and eleven great-grandchildren.

Services will be 2 p.m. Thursday at First Baptist Church of Lockney with the Rev. Jimmie Don Blassingame officiating. Burial will follow in Lockney Cemetery under the direction of Moore-Rose-White Funeral Home. Pallbearers will be his grandsons and Orville Quisenberry.""",
gold=[("PTX002", "survivor"), ("PTX001", "survivor")]),

dict(guid="ptx_hpr_obit_20260411_1", pub="2026-04-11T05:30:00-05:00", title="Harlan \"Buddy\" Tidwell",
body="""Harlan Wayne "Buddy" Tidwell, 78, of Petersburg, passed away Thursday, April 9, 2026, at his home.

Buddy was born August 2, 1947, in Floydada to J.W. and Alta Tidwell. He graduated from Petersburg High School in 1965, served in the Army in Vietnam, and came home to farm. He married Norma Jean Lusk on June 6, 1970, in Petersburg. He ginned cotton at the Petersburg Co-op for 31 years and coached Little League for most of them.

He is survived by his wife of 55 years, Norma; two sons, Kyle Tidwell and wife Amber of Lubbock and Brent Tidwell of Idalou; and five grandchildren.

Services will be 10 a.m. Monday at Petersburg First Baptist Church. Burial will be in Petersburg Cemetery.""",
gold=[("PTX008", "deceased_client"), ("PTX009", "spouse_of_deceased_client")]),

dict(guid="ptx_hpr_obit_20260204_1", pub="2026-02-04T05:30:00-06:00", title="Delbert Ray Fenwick",
body="""Delbert Ray Fenwick, 24, of Amarillo, died Saturday, January 31, 2026, in a traffic accident on Interstate 27 near Tulia.

Delbert was born in Amarillo and graduated from Tascosa High School, where he played baseball. He worked as a lineman for Xcel Energy and was engaged to be married in June.

He is survived by his parents, Ronnie and Tammy Fenwick of Amarillo; his fiancee, Brooke Salas; a sister, Kenzie; and his grandfather and namesake, Delbert Fenwick of Hale Center.

Services will be 11 a.m. Friday at Hillside Christian Church in Amarillo.""",
gold=[("PTX013", "survivor")]),

dict(guid="ptx_hpr_obit_20260220_1", pub="2026-02-20T05:30:00-06:00", title="Esperanza Salinas",
body="""Esperanza Ybarra Salinas, 86, of Plainview, passed from this life on Tuesday, February 17, 2026.

Esperanza was born in Sabinas Hidalgo, Nuevo Leon, and came to Hale County in 1961 with her husband, Amado, to work the cotton harvest. They stayed, raised five children on the north side of Plainview, and she cooked for St. Alice Catholic Church's jamaica every summer for forty years.

She was preceded in death by her husband, Amado Salinas, and a son, Amado Jr.

She is survived by her daughters, Graciela Villarreal (Ricardo) of Plainview and Irma Salinas de Leon of Monterrey; sons Rudy Salinas of Plainview and Joe Salinas of Lubbock; 14 grandchildren and 9 great-grandchildren.

Rosary will be 7 p.m. Thursday and Mass of Christian Burial 10 a.m. Friday at St. Alice Catholic Church.""",
gold=[("PTX007", "survivor"), ("PTX006", "survivor")]),

dict(guid="ptx_hpr_obit_20260305_1", pub="2026-03-05T05:30:00-06:00", title="Wanda Faye Stubblefield",
body="""Wanda Faye Stubblefield, 61, of Sweetwater, died Monday, March 2, 2026, at Rolling Plains Memorial Hospital.

Wanda Faye was born in Roscoe and taught third grade in Sweetwater for 30 years. She is survived by her husband, Gene Stubblefield; a daughter, Tessa Kirby of Abilene; and her mother, Inez Coker of Roscoe.

Services will be 2 p.m. Friday at McCoy Funeral Home Chapel, Sweetwater. The family appreciates the Herald running this notice for friends on the South Plains.""",
gold=[]),

dict(guid="ptx_hpr_obit_20260318_1", pub="2026-03-18T05:30:00-05:00", title="Marvin Hensarling",
body="""Marvin Ray Hensarling, 79, of Abernathy, passed away March 15, 2026.

Marvin was born in Abernathy to Floyd and Velma Hensarling and farmed north of town all his life. He was a Mason, a deacon at First Baptist Church of Abernathy and a fixture at the Abernathy Antelopes' home games.

Survivors include his wife, Jo Nell; a sister, LaDonna Pettigrew of Abernathy; a sister-in-law, Nadine Gresham and husband Vernon of Plainview; and numerous nieces and nephews.

Services will be 10 a.m. Saturday at First Baptist Church of Abernathy.""",
gold=[("PTX015", "survivor")]),
]
