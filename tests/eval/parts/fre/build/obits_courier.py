"""San Joaquin Valley Courier (Fresno and Visalia editions): daily-newspaper obituaries with legacy-style titles
("Name Obituary (1931 - 2026) - Town, CA - San Joaquin Valley Courier"), plain text; includes Portuguese-Azorean
dairy families. Hand-labelled: gold=[(client_id, role), ...] beside each text."""

FEED = "courier"
ITEMS = [
dict(guid="fre_courier_obit_2026_4471", pub="2026-04-02T05:30:00-07:00",
     title="Manuel Quaresma Sr. Obituary (1931 - 2026) - Tulare, CA - San Joaquin Valley Courier",
     body="""TULARE - Manuel Jacinto Quaresma Sr., 94, who milked his first cow on the island of Terceira at the age of six and his last one in Tulare at eighty-eight, died peacefully at home on Saturday, March 28, 2026.

Manuel was born on October 4, 1931, in the parish of Vila Nova, Terceira, Azores, the son of Jacinto and Maria da Luz Quaresma. He came to California in 1958 with thirty dollars and a cousin's address in Hanford, worked as a milker for other men's dairies for nine years, and in 1967 bought forty cows and a rented corral on Road 96. Quaresma Dairy today milks 1,900 cows and is run by his son and grandsons.

Manuel was a lifelong member of St. Aloysius Catholic Church and of the I.D.E.S. of Tulare, where he served as festa president in 1974 and 1996, and he never missed the Holy Ghost procession, even the year he walked it with a broken foot. He spoke English well but chose not to whenever a bank was involved.

He was preceded in death by his wife of 61 years, Maria da Conceição Quaresma, in 2019, and by his brothers José and Francisco. He is survived by his son, Manuel "Manny" Quaresma Jr. and his wife Fatima (Picanço), of Tulare; his daughter, Alda Mendes and her husband João, of Hilmar; his nephew, Antonio "Tony" da Rosa of Hanford, whom he brought over from Terceira in 1972 and raised as a son; eight grandchildren; and eleven great-grandchildren.

A rosary will be recited Wednesday, April 8, at 7 p.m. at St. Aloysius Catholic Church, Tulare. The funeral Mass will be celebrated there Thursday, April 9, at 10 a.m., with interment at Tulare Cemetery. Arrangements by Alvares & Sousa Funeral Chapel. Donations may be made to the I.D.E.S. of Tulare scholarship fund.""",
     # Manny (FRE010, roster "Quaresma Jr.") and Fatima (FRE011, maiden Picanco) of Tulare; Tony da Rosa of Hanford
     # (FRE021, roster "Da Rosa") -> survivors.
     gold=[("FRE010", "survivor"), ("FRE011", "survivor"), ("FRE021", "survivor")]),

dict(guid="fre_courier_obit_2026_4602", pub="2026-05-06T05:30:00-07:00",
     title="Dolores Silveira Obituary (1946 - 2026) - Clovis, CA - San Joaquin Valley Courier",
     body="""CLOVIS - Dolores "Dee" Silveira, 79, a first-grade teacher who taught half of Clovis to read and the other half to line up quietly, passed away on May 1, 2026, at Clovis Community Medical Center.

Dee was born on August 30, 1946, in Laton to Frank and Mary Toste, Portuguese dairy people who moved to a grape ranch near Sanger when she was ten. She graduated from Sanger High School and Fresno State and taught first grade at Fort Washington and Cole Elementary schools for thirty-four years. She married Alfred Silveira in 1968; they spent every summer of their marriage in a trailer at Shaver Lake.

Dee was preceded in death by her parents; by her husband Alfred in 2020; and by her brothers, Jeffrey Toste and Raymond Toste. She is survived by her daughters, Michelle Borges (Daniel) of Clovis and Renee Silveira of Sacramento; her sister, Bernice Avila of Kerman; and five grandchildren.

Visitation will be Monday, May 11, from 5 to 7 p.m. at Clovis Valley Funeral Home. A funeral Mass will be celebrated Tuesday, May 12, at 10 a.m. at Our Lady of Perpetual Help Catholic Church, Clovis, followed by burial at Clovis Cemetery.""",
     # "Jeffrey Toste" is her brother who died before her: not FRE019 (Jeff Toste of Clovis, b. 1976, alive and
     # promoted later in the year) -> nothing.
     gold=[]),

dict(guid="fre_courier_obit_2026_4790", pub="2026-06-17T05:30:00-07:00",
     title="Harold Wendt Obituary (1938 - 2026) - Fresno, CA - San Joaquin Valley Courier",
     body="""FRESNO - Harold Eugene Wendt, 88, retired Fresno County farm advisor and a fixture at every Fresno State baseball game since 1965, died June 12, 2026, at his home in the Woodward Park neighborhood.

Harold was born in Hillsboro, Kansas, on January 19, 1938, to a Mennonite wheat-farming family, and came west to study pomology at Fresno State. For thirty-one years he was the University of California Cooperative Extension's tree-fruit advisor in Fresno County, and there is hardly a peach or nectarine grower between Reedley and Kerman who did not have his home phone number. He sang bass in the choir of College Community Church for fifty years.

He is survived by his wife of 62 years, Lorraine; his daughters, Kristen Toste (Jeff) of Clovis and Annette Wendt of Portland, Ore.; his son, Paul Wendt of Kingsburg; and seven grandchildren.

A memorial service will be held Saturday, June 27, at 2 p.m. at College Community Church, Fresno. In lieu of flowers, the family suggests gifts to the Fresno State Jordan College of Agricultural Sciences.""",
     # daughter Kristen Toste (FRE020, maiden Wendt) and her husband Jeff (FRE019) of Clovis -> survivors.
     gold=[("FRE020", "survivor"), ("FRE019", "survivor")]),
]
