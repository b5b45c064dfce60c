"""Sholom Bayview Memorial Chapels (invented; Miami Beach and North Dade): Jewish obituaries ('of blessed
memory', shiva, 'nee'), plain text. Hand-labelled."""

FEED = "sbc"
ITEMS = [
dict(guid="mia_sbc_2026_0121_harvey-blumenkranz", pub="2026-01-21T13:10:00-05:00",
title="Harvey S. Blumenkranz, of blessed memory",
body="""Harvey S. Blumenkranz, 87, of Miami Beach, passed away on January 19, 2026, at Mount Sinai Medical Center. He was born on March 3, 1938, in Brooklyn, New York, the son of Irving and Pearl Blumenkranz.

Harvey was a pharmacist who owned Pine Tree Drugs on 41st Street for thirty-four years, where he filled prescriptions, sold egg creams and lent money to more people than he ever told his wife about. He was a past president of the Men's Club of Temple Beth Shalom Ha-Yam and never missed a Saturday morning minyan.

He is survived by his beloved wife of 61 years, Miriam "Mimi" (nee Teitelbaum); his children, Howard (Lisa) Blumenkranz of Boca Raton and Deborah Blumenkranz-Stein of Scarsdale, N.Y.; five grandchildren; and his brother, Stanley, of Fort Lee, N.J.

Graveside services will be held Thursday at 11 a.m. at Mount Nebo Cemetery, with Rabbi Ezra Tannenwald officiating. The family will sit shiva at the Blumenkranz home on Pine Tree Drive through Monday evening. In lieu of flowers, contributions may be made to the Jewish Community Services of South Florida. May his memory be a blessing.""",
gold=[("MIA007", "deceased_client"), ("MIA006", "spouse_of_deceased_client")]),

dict(guid="mia_sbc_2026_0224_sylvia-gutkowicz", pub="2026-02-24T10:40:00-05:00",
title="Sylvia Gutkowicz, of blessed memory",
body="""Sylvia Gutkowicz (nee Rosenzweig), 93, of Surfside, died peacefully on Sunday, February 22, 2026. Born in Lodz, Poland, she survived the war as a hidden child in Antwerp and came to Miami Beach in 1961.

For twenty-five years Sylvia spoke to schoolchildren across Miami-Dade about what she had seen, always ending with the same sentence: "Be kind to the child who sits alone." She volunteered at the Holocaust Memorial on Meridian Avenue into her nineties.

She is survived by her daughter, Shoshana "Shoshi" Gutkowicz of Miami Beach; her son, Daniel Gutkowicz (Ilana) of Tel Aviv; and four grandchildren. She was predeceased by her husband of 52 years, Mendel Gutkowicz, of blessed memory.

Funeral services will be held Wednesday at 1 p.m. in our North Dade chapel. Pallbearers: Aaron Feigenblatt, Michael Stern, Joel Rabinowitz, Eli Gutkowicz, Noam Gutkowicz and Ari Gutkowicz. Shiva will be observed at the home of Shoshana Gutkowicz, 7135 Byron Avenue, Sunday through Thursday.""",
gold=[("MIA008", "survivor")]),

dict(guid="mia_sbc_2026_0402_bernard-feigenblatt", pub="2026-04-02T09:15:00-04:00",
title="Bernard \"Bernie\" Feigenblatt, of blessed memory",
body="""Bernard "Bernie" Feigenblatt, 73, of Aventura, died March 31, 2026, after a long illness borne with humor.

Bernie sold women's shoes on Lincoln Road, then on Collins Avenue, then in a store of his own in Aventura Mall, and believed a good fit could change a person's whole day. He was a lifelong Dolphins season-ticket holder and a member of Temple Beth Shalom Ha-Yam.

Bernie is survived by his wife, Gloria; his daughter, Jill Feigenblatt Marcus (Evan); his brother, Aaron Feigenblatt of Miami Beach; and two granddaughters. He was predeceased by his parents, Sol and Ruth Feigenblatt.

Services Thursday at 10:30 a.m. at Sholom Bayview Memorial Chapels, Miami Beach, Rabbi Ezra Tannenwald officiating. Interment at Lakeside Memorial Park. Shiva at the home of Gloria Feigenblatt, Aventura, through Sunday.""",
gold=[("MIA021", "survivor")]),

dict(guid="mia_sbc_2026_0611_ruth-teitelbaum-adler", pub="2026-06-11T11:25:00-04:00",
title="Ruth Teitelbaum Adler, of blessed memory",
body="""Ruth Adler (nee Teitelbaum), 89, of Sunny Isles Beach, formerly of the Bronx, died June 9, 2026.

Ruth was a bookkeeper for the garment firms of Seventh Avenue for forty years and, after moving to Florida in 1998, the unofficial treasurer of every canasta game in her building. She read three newspapers a day and argued with all of them.

She is survived by her son, Jeffrey Adler (Karen) of Philadelphia; her sister, Mimi Blumenkranz of Miami Beach; three grandchildren; and one great-grandson. She was predeceased by her husband, Milton Adler, and by her brother-in-law, Harvey Blumenkranz, of blessed memory.

Graveside services Friday at 10 a.m., Lakeside Memorial Park. Shiva will be observed Friday and Sunday evenings at the Blumenkranz home on Pine Tree Drive, Miami Beach.""",
gold=[("MIA006", "survivor")]),  # MIA007 preceded in death (he is the deceased client of January): nothing
]
