"""Wheeler-Caprock Funeral Home (funeral-home site, Plainview and Hale Center chapels): HTML in content:encoded.
Hand-labelled."""

ITEMS = [
dict(guid="ptx_wcf_20260212_boedeker", pub="2026-02-12T14:00:00-06:00", title="Clayton Eugene Boedeker Sr.",
body="""Clayton Eugene Boedeker Sr., 88, of Hale Center, was called home on February 10, 2026.

Clayton was born in Hale Center in 1937 and farmed the family section west of town until he handed it to his son in 1998. He was a member of Hale Center First United Methodist Church and served on the Hale Center ISD school board for twelve years.

He was preceded in death by his wife, Mavis, in 2019.

He is survived by his son, Clay Boedeker Jr. and wife Jolene of Hale Center; a daughter, Sharla Nix of Midland; and four grandchildren.

A memorial service will be held at 2 p.m. Saturday at Hale Center First United Methodist Church.""",
gold=[("PTX003", "survivor"), ("PTX004", "survivor")]),

dict(guid="ptx_wcf_20260226_saldana", pub="2026-02-26T11:00:00-06:00", title="Ofelia G. Saldana",
body="""Ofelia Garza Saldana, 93, of Plainview, entered into eternal rest on February 24, 2026, surrounded by her family.

She was born in Crystal City and married Ezequiel Saldana Sr. in 1951. Together they opened a small tire shop on Broadway that their son still runs.

She was preceded in death by her husband, Ezequiel Sr.

She is survived by her son, Ezequiel "Zeke" Saldana and wife Irma of Plainview; daughters Yolanda Ruiz of Lubbock and Diana Saldana of Dallas; 11 grandchildren and 15 great-grandchildren.

Rosary will be recited at 7 p.m. Thursday in the Wheeler-Caprock chapel. Mass will be 10 a.m. Friday at Our Lady of Guadalupe Catholic Church.""",
gold=[("PTX019", "survivor")]),

dict(guid="ptx_wcf_20260306_mayfield", pub="2026-03-06T16:30:00-06:00", title="Doyle Mayfield",
body="""Doyle Wayne Mayfield, 81, of Abernathy, passed away Wednesday, March 4, 2026, at Covenant Medical Center in Lubbock.

Doyle grew up in New Deal, ran cattle south of Abernathy and sold crop insurance to half the county. He is survived by his wife of 59 years, Barbara; his son, Wade Mayfield and wife Kendra of Abernathy; a daughter, Tonya Reese of Shallowater; and five grandchildren, including Addison Mayfield.

Pallbearers will be Travis Stroup, Kyle Reese, Dusty Reese, Cody Lamb, Brandon Nix and Ty Hatfield.

Services will be at 10:30 a.m. Monday at Abernathy Church of Christ.""",
gold=[("PTX021", "survivor"), ("PTX020", "survivor")]),

dict(guid="ptx_wcf_20260325_cantu", pub="2026-03-25T09:00:00-05:00", title="Rosa Linda Cantu",
body="""Rosa Linda Cantu, 70, of Kress, went to be with the Lord on March 22, 2026.

Rosa Linda worked in the Kress ISD cafeteria for 28 years and knew every child by name and by favorite dessert.

She is survived by her daughter, Marisol Cantu of Plainview; her son, Javier Cantu of Kress; her mother, Herminia Flores of Tulia; and three grandchildren.

A funeral Mass will be 10 a.m. Saturday at St. Joseph Catholic Church in Kress, with Father Tomas Ibarra celebrant.""",
gold=[("PTX014", "survivor")]),

dict(guid="ptx_wcf_20260409_stroup", pub="2026-04-09T13:00:00-05:00", title="Travis Wade Stroup",
body="""Travis Wade Stroup, 19, of Tulia, died April 6, 2026, as the result of a farm accident.

Travis was a 2025 graduate of Tulia High School and was studying agriculture at Amarillo College. He loved roping, his dog Blue and his little sisters.

He is survived by his parents, Russell and Dana Stroup of Tulia; sisters Brynlee and Hadley; and grandparents Jack and Peggy Stroup of Happy.

Services will be 2 p.m. Thursday at First Baptist Church of Tulia.""",
gold=[]),

dict(guid="ptx_wcf_20260428_pettigrew", pub="2026-04-28T10:00:00-05:00", title="Opal Pettigrew",
body="""Opal Mae Pettigrew, 97, of Abernathy, passed away peacefully April 26, 2026, at the Abernathy Care Center.

Opal was born in 1928 in a dugout near Cotton Center. She taught piano to three generations of Abernathy children.

She was preceded in death by her husband, Lloyd, and her son, Gerald Pettigrew.

She is survived by her daughter-in-law, LaDonna Pettigrew of Abernathy; two granddaughters; and five great-grandchildren.

Graveside services will be at 10 a.m. Thursday at Abernathy Cemetery, the Rev. Jimmie Don Blassingame officiating.""",
gold=[("PTX015", "survivor")]),
]
