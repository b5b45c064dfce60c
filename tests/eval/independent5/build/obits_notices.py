"""Daily death notices column (very terse, surname-first). Hand-labelled."""

FEED = "dn"
ITEMS = [
dict(guid="dn-2026-0301", pub="2026-01-25T05:00:00-07:00", title="PETTIBONE, Gordon E.",
body="""PETTIBONE, Gordon E., 84, Oro Valley, Jan. 18. Wife Alice. Saguaro Mortuary.""",
gold=[]),
dict(guid="dn-2026-0302", pub="2026-02-06T05:00:00-07:00", title="KITTREDGE, Margaret",
body="""KITTREDGE, Margaret, 90, Tucson, Feb. 2. Son Dale of Tucson. Service Feb. 10, Evergreen Mortuary.""",
gold=[]),
dict(guid="dn-2026-0303", pub="2026-03-09T05:00:00-07:00", title="VALENZUELA, Ignacio",
body="""VALENZUELA, Ignacio, 80, Tucson, March 5. Daughter Ana Sofia Valenzuela Ruiz of Tucson; son Ignacio Jr. of Nogales. Rosary at Santa Cruz Church.""",
gold=[("P005", "survivor")]),
dict(guid="dn-2026-0304", pub="2026-04-16T05:00:00-04:00", title="D'AMICO, Vincent",
body="""D'AMICO, Vincent, 79, of Norfolk, April 13. Daughter Gina D'Amico of Virginia Beach; son Paul of Richmond. Mass at Blessed Sacrament.""",
gold=[("P026", "survivor")]),
dict(guid="dn-2026-0305", pub="2026-05-04T05:00:00-04:00", title="ESCALANTE, Raymond",
body="""ESCALANTE, Raymond, Tucson, April 30. Arrangements pending, Adair Funeral Home.""",
gold=[("P001", "possible_deceased_client")]),
]
