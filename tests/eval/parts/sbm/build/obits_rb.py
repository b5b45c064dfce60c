"""Lakeshore Reformed Churches weekly bulletin (First Reformed of Cedar Grove and Oostburg First Reformed, the
Dutch Reformed congregations of southern Sheboygan County): "With Christian Sympathy" / "Called Home" notices,
plain text, short headings. Hand-labelled."""

FEED = "rb"
ITEMS = [
dict(guid="sbm_rb_260329_terbeeke", pub="2026-03-29T07:00:00-05:00",
title="With Christian Sympathy - the Ter Beeke family",
body="""Our congregation extends Christian sympathy to Nellie Ter Beeke and her family in the death of her sister-in-law, Dina Ter Beeke (82), of Hingham, who went to be with the Lord on Tuesday, March 24. Dina was the last of Arend's sisters. Nellie has asked us to thank everyone for the cards and meals that came after her brother Gerrit's passing in January, and asks for our prayers again.

The funeral was held Friday at Hingham Christian Reformed Church. Cards may be sent to Nellie at her home on North Ninth Street in Oostburg.""",
gold=[("SBM021", "survivor")]),

dict(guid="sbm_rb_260510_kloosterboer", pub="2026-05-10T07:00:00-05:00",
title="Called Home - Aaltje Kloosterboer",
body="""Aaltje Kloosterboer (88), mother of our pastor, the Rev. Evert Kloosterboer, was called home on Thursday, May 7, at Fair Haven in Pella, Iowa. She was the widow of the Rev. Klaas Kloosterboer, who served Reformed churches in Iowa and Michigan for forty years.

Pastor Evert and Janna will be in Pella this week for the funeral on Wednesday at Third Reformed Church. Elder Gary Den Boer will lead worship next Sunday. Please remember Pastor Evert, Janna and the family in your prayers; cards may be left in the church office.""",
gold=[("SBM013", "survivor")]),

dict(guid="sbm_rb_260614_brouwer", pub="2026-06-14T07:00:00-05:00",
title="Called Home - Elder Henk Brouwer",
body="""Hendrikus "Henk" Brouwer (93), a charter member of Oostburg First Reformed and an elder for more than thirty years, was called home on Thursday, June 11. He is survived by his wife of 68 years, Fenna; his children, Hilda (Jim) Lemmenes of Cedar Grove and Dirk Brouwer of Holland, Michigan; nine grandchildren and twenty great-grandchildren.

Pastor Kloosterboer will lead the funeral service on Tuesday at 11 a.m. The ladies of the Dorcas circle, with Rika Wolterink coordinating, will serve the funeral lunch in the fellowship hall. Please sign up at the welcome desk if you can bring bars.""",
gold=[]),
]
