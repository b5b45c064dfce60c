"""Nashville International Community Herald (multilingual community weekly: Kurdish, Coptic, Latino pages),
"Remembrances" column, teaser description + HTML in content:encoded. Hand-labelled."""

FEED = "nich"
ITEMS = [
dict(guid="bna_nich_rem_2026_031", pub="2026-02-26T12:00:00-06:00", title="Remembering Salih Hassan Amedi, 81",
body="""Salih Hassan Amedi, 81, a founder of one of the first Kurdish families to settle in Nashville, passed away on February 22, 2026, at his home in Antioch. Inna lillahi wa inna ilayhi raji'un.

Kak Salih was born in Amedi, in the mountains of Duhok, and came to Nashville as a refugee in 1976 with his wife and two small children. He worked for twenty years on the line at a Nashville glass plant and later ran a small tailoring shop on Nolensville Pike, where he altered wedding suits for half the Kurdish grooms in the city and refused payment from most of them.

He is survived by his wife, Gulizar; his son, Dilshad Amedi of Antioch; his daughters, Rezan Amedi of Antioch and Shilan (Karwan) Sindi of La Vergne; and nine grandchildren.

Janaza prayer was held after Friday prayers at the Zagros Islamic Center, with burial at the Muslim section of Woodlawn. The family will receive condolences at the Amedi home through Sunday.""",
gold=[("BNA008", "survivor"), ("BNA009", "survivor")]),
# Karwan Sindi (roster Smyrna, spouse Shilan) placed in La Vergne, ~8 km away.

dict(guid="bna_nich_rem_2026_058", pub="2026-04-09T12:00:00-05:00", title="Remembering Jamal Berwari, 58",
body="""Jamal Berwari, 58, of Nashville, died suddenly on April 5, 2026. Born in Zakho, he served as an interpreter with U.S. forces in 1991 and came to Tennessee the next year. He drove a Nashville city bus for 24 years and coached youth soccer at the Kurdish community center on Saturdays.

Jamal is survived by his wife, Hero; his sons, Aram and Rebin; his mother, Amina Berwari; and his sister, Nasrin Doski, and her husband, Ahmad, of Nashville.

Funeral prayer was held at Masjid Nur al-Huda of Middle Tennessee on April 6.""",
gold=[("BNA007", "survivor"), ("BNA006", "survivor")]),
# roster Nasrin Doski, maiden Berwari; in-law named with his spouse.

dict(guid="bna_nich_rem_2026_072", pub="2026-05-14T12:00:00-05:00", title="Samia Habib Fanous departed to the heavenly paradise",
body="""Tasoni Samia Habib Fanous, 84, of Antioch, departed to the heavenly paradise on May 10, 2026, in the hope of the resurrection.

She was born in Assiut, Egypt, and taught French at a girls' school there for thirty years before joining her children in Tennessee in 2001. She served in the kitchen of St. Abanoub and St. Verena Coptic Orthodox Church every Saturday for two decades and taught more Nashville brides to make molokhia than anyone can count.

She is survived by her daughter, Nermeen (Dr. Magdy) Guirguis of Brentwood; her son, Hany Fanous of Cairo; and six grandchildren. She was preceded by her husband, Habib Fanous.

Funeral prayers were held May 12 at St. Abanoub and St. Verena Coptic Orthodox Church, Antioch. The 40th-day memorial will be held June 19.""",
gold=[("BNA021", "survivor"), ("BNA020", "survivor")]),

dict(guid="bna_nich_rem_2026_090", pub="2026-08-06T12:00:00-05:00", title="Mina Shenouda reposed in the Lord",
body="""Mina Shenouda, 71, of Jersey City, N.J., reposed in the Lord on July 31, 2026. A pharmacist for forty years and a deacon at St. George and St. Shenouda Church in Jersey City, he visited Nashville every Easter to see his sister's family.

He is survived by his wife, Mariam; his sons, Peter and Bishoy Shenouda of Jersey City; his sister, Afaf Guirguis of Cairo; and his nephew, Dr. Magdy Guirguis of Brentwood, Tenn.

Funeral prayers were held August 3 in Jersey City. A memorial Liturgy will be prayed in Nashville on August 9 for the family here.""",
gold=[("BNA020", "survivor")]),
# decoy: namesake of BNA022 (Murfreesboro, b. 1993) far away and 71: nothing for BNA022.
# BNA020 is named as a surviving nephew (Nermeen is not named): survivor.
]
