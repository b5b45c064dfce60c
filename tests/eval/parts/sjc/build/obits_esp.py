"""Paróquia do Espírito Santo (Portuguese national parish, San Jose) weekly bulletin, "Pray for our faithful
departed" and "Fiéis defuntos" notices, plain text, some sent in from sister parishes. Hand-labelled."""

FEED = "esp"
ITEMS = [
dict(guid="sjc_esp_boletim_2026_0215_1", pub="2026-02-15T07:00:00-08:00", title="Joaquim da Costa - Gilroy",
body="""Please pray for the repose of the soul of Joaquim da Costa, 82, of Gilroy, who died February 8. Born in Lajes do Pico, he came to Gilroy in 1965 and worked for the Gilroy garlic dehydrator for 35 years. He was a faithful member of the Gilroy I.D.E.S. hall and sang in the choir at our 10:30 Portuguese Mass for many years.

He is survived by his wife, Lurdes; his children, Paul da Costa of Gilroy and Linda Furtado of Hollister; his brother, Armando DaCosta of Morgan Hill; and five grandchildren. Missa de sétimo dia at 6 p.m. Friday.""",
gold=[("SJC021", "survivor")]),  # particle written joined ("DaCosta"); Morgan Hill

dict(guid="sjc_esp_boletim_2026_0322_1", pub="2026-03-22T07:00:00-07:00", title="Manuel Avila - Tulare",
body="""From our sister parish of St. Aloysius, Tulare: please pray for Manuel Avila, 90, a dairyman of Tulare, who died March 15. Born in Sao Miguel, he milked cows in the San Joaquin Valley for sixty years. He is survived by his wife, Natalia; his children, Tony Avila and Lucy Borba, both of Tulare; and eleven grandchildren.""",
gold=[]),  # namesake far away; roster SJC007 is Manuel "Manny" Avila Jr. of Milpitas -> nothing

dict(guid="sjc_esp_boletim_2026_0322_2", pub="2026-03-22T07:00:00-07:00", title="Fiéis defuntos: Joseph Bettencourt",
body="""Lembramos nas nossas orações / We remember in our prayers: Joseph "Joe" Bettencourt of Santa Clara, long-time president of the I.E.S. council, whose funeral was held at Mission Santa Clara on March 11. Our sympathies to his wife Mary and to his sons.""",
gold=[]),  # a later mention of the death already labelled on sjc_ohb_2026_0311 (labelled there only)
]
