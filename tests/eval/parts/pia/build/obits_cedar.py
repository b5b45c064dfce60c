"""The Cedar Bulletin - weekly newsletter of St. Sharbel Maronite Catholic Church, Peoria, and the local
Lebanese-American community: "Please remember in your prayers" notices, plain text. Hand-labelled."""

FEED = "cedar"
ITEMS = [
dict(guid="pia_cedar_2026_w10_salim-maloof", pub="2026-03-08T07:00:00-06:00", title="Please remember in your prayers: Salim Maloof",
body="""Our parish family commends to God the soul of Salim Boulos Maloof, who fell asleep in the Lord on March 3 at the age of 88. Allah yerhamo.

Salim came from Kfarsghab in 1958 with ten dollars and a letter for his cousin, sold rugs door to door out of the trunk of a Studebaker, and in 1976 opened Maloof Rug & Flooring on University Street. For forty years he was the first man to arrive at every church dinner and the last to leave, usually carrying the leftover kibbeh to a shut-in.

He was preceded in death by his beloved wife, Nabiha, in 2021. He is mourned by his son, Anthony (Rita) Maloof of Peoria Heights; his daughter, Jamile Maloof Harb of Grand Rapids, Michigan; seven grandchildren; and his sister, Wardé, in Lebanon.

The funeral liturgy was celebrated Saturday. The family will have a 40th-day memorial Mass on April 12. Memorial gifts to the St. Sharbel building fund.""",
gold=[("PIA004", "survivor")]),

dict(guid="pia_cedar_2026_w17_fouad-fred-karam", pub="2026-04-26T07:00:00-05:00", title="Please remember in your prayers: Fouad \"Fred\" Karam",
body="""Fouad "Fred" Karam, 91, of Peoria, a founding member of our Men's Club and for 52 years the man in charge of the grills at the Lebanese Festival, died peacefully on April 20.

Fred was born in Bsharri and came to Peoria in 1954. He worked as a tool-and-die maker at Caterpillar's Mossville plant for 33 years. He is survived by his wife of 64 years, Samira; his daughters, Nadia Karam of Peoria and Mona Karam Yazbek of Chicago; and five grandchildren.

Fr. Boutros Nader celebrated the funeral liturgy on April 24. Pallbearers were Joe Haddad Jr., Tony Maloof, Sami Yazbek, Paul Khoury, and grandsons Fred and Elias Yazbek. Joe Haddad Jr. offered the eulogy on behalf of the Men's Club, and the Ladies' Altar Society, led by Leila Haddad, served the mercy meal in the parish hall.""",
gold=[]),
# Clients only as pallbearers / eulogist / mercy-meal hosts (PIA001, PIA004, PIA002): nothing.
]
