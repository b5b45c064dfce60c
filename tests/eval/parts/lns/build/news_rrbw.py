"""Red Rose Business Weekly (Lancaster): business journal, plain text. Hand labels in gold=[...]."""

ITEMS = [
dict(guid="lns_rrbw_2026_0211", pub="2026-02-11T07:00:00-05:00", title="Eshbach's Pretzel Bakery opens second shop on Lititz's Main Street",
body="""Eshbach's Pretzel Bakery, the Ephrata shop known for hand-twisted sourdough pretzels, opened a second location Saturday on East Main Street in Lititz.

Owners Dwight and Glenda Eshbach, who started the business in a converted garage on Pine Hill Drive in 1994, said the new shop will add eleven jobs and a window where customers can watch the twisting.

"We kept getting asked by Lititz folks why they had to drive to Ephrata," Glenda Eshbach said. Regular customer Curt Sollenberger, who drove up from Lancaster for the opening, said he had been buying a dozen every Saturday for twenty years.""",
gold=[("LNS007", "subject"), ("LNS008", "subject")],
note="Couple as owners of a named business. Curt Sollenberger (LNS018) is a quoted customer: nothing."),

dict(guid="lns_rrbw_2026_0325", pub="2026-03-25T07:00:00-04:00", title="Strasburg cidery lands state agricultural innovation grant",
body="""Rathvon Cider Works in Strasburg has received a $185,000 Pennsylvania agricultural innovation grant to build a pasteurization and canning line, the state Department of Agriculture announced Monday.

The cidery's founder and owner, Pippa Rathvon, said the line will let the business buy fruit from a dozen more Lancaster County orchards. Rathvon, a former food scientist at Hershey, opened the cidery in her family's orchard in 2017.""",
gold=[("LNS021", "subject")],
note="Owner of a named business; roster Philippa 'Pippa' Rathvon."),

dict(guid="lns_rrbw_2026_0415", pub="2026-04-15T07:00:00-04:00", title="Casa Comunidad names Colón Burgos executive director",
body="""Casa Comunidad, the Lancaster nonprofit that runs financial-literacy and small-business classes in Spanish, has named Yesenia Colón Burgos its executive director.

Colón Burgos, who joined the organization as a loan counselor in 2012 and has been deputy director since 2020, succeeds founding director Marisol Vega, who is retiring. She begins May 1.""",
gold=[("LNS004", "subject")],
note="Promotion; surname in the headline, full name in the next sentence."),

dict(guid="lns_rrbw_2026_0506", pub="2026-05-06T07:00:00-04:00", title="Conestoga Regional Health appoints new chief medical officer",
body="""Conestoga Regional Health has appointed Dr. Obadiah Fretz, a Lancaster internist who has practiced in the system for 17 years, as its chief medical officer.

Fretz, who led the system's hospital-at-home program through its first three years, will oversee 900 physicians and advanced practitioners. He replaces Dr. Leonard Achterberg, who is retiring after 11 years in the post.""",
gold=[("LNS009", "subject")],
note="Dr. title; appointment."),

dict(guid="lns_rrbw_2026_0610", pub="2026-06-10T07:00:00-04:00", title="Lititz foundation opens $2 million campaign for Warwick library expansion",
body="""The Warwick Community Foundation has opened a $2 million campaign to double the size of the Lititz Public Library's children's wing.

Lead gifts came from the Moravian Manor Foundation, Hackman Hardware, Marlin and Darlene Hackman, Obinna and Chiamaka Ezeagu, and the Stauffacher family. Foundation director Linda Keener said the campaign has raised $1.3 million so far.""",
gold=[],
note="Donor list: the Hackmans (LNS001, LNS002) and Ezeagus (LNS014, LNS015) get nothing."),
]
