"""Gustaf Adolph Lutheran Church, New Sweden: "Church Notes" newsletter (Swedish-colony Lutheran style: "fell
asleep in Jesus", "Jesus, still lead on" sung at the service). Plain text. Hand-labelled (gold beside each).
The church name is that of New Sweden's historic congregation; every person and notice is invented."""

FEED = "lutheran"
ITEMS = [
dict(guid="pqi_galc-notes-2026-02-15", pub="2026-02-15T09:00:00-05:00", title="In Memoriam: Signe Ingeborg Hagelin",
body="""Signe Ingeborg Hagelin, 93, of New Sweden, fell asleep in Jesus on February 9, 2026. She was born on the Lindsay Road on October 28, 1932, was confirmed in this church in 1947, and was the last member of our congregation who could still recite Luther's Small Catechism in Swedish.

Signe is survived by her son, Lars Hagelin and his wife Karin of New Sweden; her granddaughter, Dr. Ingrid Hagelin of Caribou; her grandson, Anders Hagelin of Bangor; and two great-grandsons. Her husband, Gustav, fell asleep in 2004.

Her funeral was held February 13 in the sanctuary, Pastor Kristin Moberg officiating. The congregation sang "Jesus, Still Lead On" at the close.""",
gold=[("PQI021", "survivor")]),

dict(guid="pqi_galc-notes-2026-09-06", pub="2026-09-06T09:00:00-04:00", title="In Memoriam: Elof Nils Landeen",
body="""Elof Nils Landeen, 88, of Stockholm, fell asleep in Jesus on August 30, 2026. He was born in Stockholm on March 3, 1938, farmed on the Caribou Road all his life and sang bass in our choir for sixty-one years.

He is survived by his wife of 62 years, Astrid (Anderson) Landeen; his sons, Nils Landeen of Stockholm and Erik Landeen of Fairfield, Conn.; and six grandchildren.

His funeral was held September 4, Pastor Kristin Moberg officiating, with burial in the New Sweden cemetery.""",
gold=[]),   # PQI004 Elof Landeen of Caribou is 76 and married to Britt: a namesake, not the client
]
