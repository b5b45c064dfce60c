"""St. Joseph & Queen of Peace Parishes (Port Arthur / Groves) weekly bulletin, "Remember in Your Prayers":
church-bulletin style, plain text, notices sent in from other parishes. Hand-labelled."""

FEED = "sj"
ITEMS = [
dict(guid="bmt_sj_bulletin_2026_01_18", pub="2026-01-18T07:00:00-06:00", title="Aurelio Rangel - Port Arthur",
body="""Please pray for the repose of the soul of Aurelio Rangel, 94, of Port Arthur, who died on January 12. Don Aurelio came from Reynosa in 1952, worked on the docks and later at the Port Arthur Housing Authority, and sang in the Spanish choir at the 11:30 Mass until last Christmas.

He leaves his daughter, our parishioner Lupe Zamora of Port Arthur; his sons, Ricardo Rangel of Beaumont and Tomas Rangel of Pasadena; twelve grandchildren; and many great-grandchildren. His wife, Esperanza, went before him in 2014.

Que descanse en paz. His funeral Mass was offered Saturday by Father Sinclair Okeke.""",
gold=[("BMT010", "survivor")]),

dict(guid="bmt_sj_bulletin_2026_02_15", pub="2026-02-15T07:00:00-06:00", title="Guadalupe \"Lupe\" Zamora - Laredo",
body="""Sent in by the family of our parishioner Rosa Villegas: please remember in your prayers her cousin, Guadalupe "Lupe" Zamora, 58, of Laredo, who died February 9 after a long fight with cancer. Lupe was a nurse at Doctors Hospital of Laredo for thirty years. She is survived by her husband, Arturo, and their three children, all of Laredo. Her funeral Mass was celebrated at San Luis Rey Church in Laredo.""",
gold=[]),

dict(guid="bmt_sj_bulletin_2026_03_22", pub="2026-03-22T07:00:00-05:00", title="Joseph \"Nonc Joe\" Kibodeaux - Port Arthur",
body="""Please keep in your prayers Joseph "Nonc Joe" Kibodeaux, 80, of Port Arthur, who went to the Lord on March 16. Joe was an usher at the 8 o'clock Mass for forty years and cooked the jambalaya for every men's club fish fry. He is survived by his wife, Shirley; his son, Joseph Kibodeaux Jr. of Groves; his niece, Jo Kibodeaux of Nederland, who was like a daughter to him; and his sister, Enola Hebert of Port Acres.

Eternal rest grant unto him, O Lord.""",
gold=[("BMT014", "survivor")]),

dict(guid="bmt_sj_bulletin_2026_05_10", pub="2026-05-10T07:00:00-05:00", title="Sister Mary Antoinette LeDoux, SSND - San Antonio",
body="""Please pray for Sister Mary Antoinette LeDoux, SSND, 85, a native of Groves, who died May 3 at the School Sisters of Notre Dame retirement center in San Antonio in the 66th year of her religious profession. Sister Antoinette taught at St. Catherine of Siena School in Port Arthur in the 1960s, and many of our older parishioners remember her fondly.

She is survived by her brother, Wilfred LeDoux of Groves; her nieces and nephews; her great-niece and namesake, Toni LeDoux of Groves; and her sisters in community. Her funeral Mass was celebrated at the motherhouse chapel in San Antonio.""",
gold=[("BMT017", "survivor")]),
]
