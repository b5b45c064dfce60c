"""St. Barbara Parish, Kellogg (invented church bulletin): "Pray for Our Beloved Dead", plain text. Hand-labelled."""

ITEMS = [
dict(guid="ccr_stb_bulletin_260301", pub="2026-03-01T08:00:00-08:00", title="Anton Lukasik - Wallace",
body="""Please remember in your prayers Anton "Tony" Lukasik, 83, of Wallace, who died February 24. Tony was a faithful usher at St. Alphonsus and sang bass in the choir until last Christmas.

He leaves his nephews, Peter and Stephen Lukasik of Spokane. His wife, Helen, preceded him in 2021.

His funeral Mass was offered February 28. Pallbearers were Marvin Eikum, Roy Gesualdi, Cole Roediger and Jim Dahl; readers were Nora Jean Halvorsen and Sigrid Aune. Eternal rest grant unto him, O Lord.""",
gold=[]),

dict(guid="ccr_stb_bulletin_260517", pub="2026-05-17T08:00:00-07:00", title="Stanislaus Kapinos - Kellogg",
body="""We commend to God's mercy Stanislaus "Stan" Kapinos, 90, of Kellogg, who died peacefully on May 11. Stan was a charter member of our Knights of Columbus council and flipped pancakes at the Lenten breakfast for fifty years.

Stan is survived by his sister, Loretta Zanetti of Wallace, and by many nieces and nephews. He was preceded in death by his wife, Dorothy, and, only this March, by his brother-in-law and best friend, Bernie Zanetti.

His Mass of Christian Burial will be celebrated Wednesday at 11 a.m. here at St. Barbara. Please keep Loretta and the Kapinos and Zanetti families in your prayers.""",
gold=[("CCR004", "survivor")]),

dict(guid="ccr_stb_bulletin_260607", pub="2026-06-07T08:00:00-07:00", title="Theodora Brandvold - sent in from Our Lady of the Lake",
body="""Our sister parish in Post Falls asks our prayers for Theodora "Teddie" Brandvold, 92, who died June 1 at her son's home. Teddie taught catechism for forty years, and more than one of us learned the Ten Commandments from her flannel board.

She is survived by her son, the Rev. Hollis Brandvold of Post Falls, pastor of Prairie View Community Church, and his wife, Miriam; three grandchildren; and her sister, Olga Nyberg of Tacoma. May she rest in peace.""",
gold=[("CCR014", "survivor")]),
]
