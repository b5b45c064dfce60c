"""Capital Region Business Weekly (Baton Rouge): business weekly, plain text. Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="btr_crbw_20260203_kleinpeter_marine", pub="2026-02-03T06:00:00-06:00", title="Kleinpeter Marine & Outboard named Small Business of the Year",
body="""The Baton Rouge Area Chamber of Commerce named Kleinpeter Marine & Outboard its Small Business of the Year on Monday night at its annual luncheon at the Renaissance hotel.

Warren "Buddy" Kleinpeter and his wife, Mary Beth, opened the Highland Road shop in 1991 with two mechanics and a rented forklift. Today it employs 26 people, sells more bay boats than any dealer between Lafayette and Slidell, and runs a free boating-safety class for teenagers every spring.

"We just fix what people bring us and tell them the truth about it," Buddy Kleinpeter said. Mary Beth Kleinpeter, who keeps the books, said the couple would put the prize money toward the safety class.""",
gold=[("BTR016", "subject"), ("BTR015", "subject")]),

dict(guid="btr_crbw_20260317_pupuseria_la_ceiba", pub="2026-03-17T06:00:00-05:00", title="Honduran pupuseria opens on Coursey Boulevard",
body="""Pupusería La Ceiba, a Honduran restaurant serving baleadas, pupusas and fried plantains, opened Saturday in the former sandwich shop at 11200 Coursey Blvd.

Owner María Fernanda Urbina, a 20-year veteran of Baton Rouge restaurant kitchens, said the menu is built on her late mother's recipes. "She cooked for other people's restaurants her whole life," Urbina said. "This one has her name on the wall."

The restaurant seats 40 and is open for breakfast and lunch. "I come for the baleadas every morning now," said Nadia Chedid, who works at an insurance office across the street.""",
gold=[("BTR006", "subject")]),

dict(guid="btr_crbw_20260428_territos_grocery", pub="2026-04-28T06:00:00-05:00", title="Territo's Grocery to close after 61 years as owner retires",
body="""Territo's Grocery, the Hooper Road market known for its muffulettas, fresh sausage and Friday crawfish boils, will close at the end of May when owner Sam Territo retires.

Salvadore Territo, 76, took over the store from his father in 1972 and has worked the meat counter six days a week since. He said none of his grandchildren wanted the 5 a.m. deliveries. "I don't blame them," he said. "I didn't want them either, for fifty-four years."

The building has been sold to a Central pharmacy chain.""",
gold=[("BTR017", "subject")]),

dict(guid="btr_crbw_20260609_darmond_cno", pub="2026-06-09T06:00:00-05:00", title="Capitol Regional Medical Center names D'Armond chief nursing officer",
body="""Capitol Regional Medical Center has named Celeste D'Armond its chief nursing officer, effective July 1.

D'Armond, a Baton Rouge native, began her career as a night-shift nurse in the hospital's neonatal intensive care unit in 1988 and has been its vice president of patient care since 2019. She succeeds Dr. Janice Whitlow, who is retiring.

"Cece has trained half the nurses in this building," said the hospital's chief executive, Michael Tran.""",
gold=[("BTR007", "subject")]),

dict(guid="btr_crbw_20261110_foundation_gala", pub="2026-11-10T06:00:00-06:00", title="Red Stick Community Foundation gala raises $1.4 million for literacy",
body="""The Red Stick Community Foundation's annual Evening on the Levee gala raised $1.4 million for adult literacy programs on Saturday, a record for the event.

More than 600 guests attended at the Old State Capitol. Presenting sponsors included Kleinpeter Marine & Outboard, Territo Family Foods, Dr. Kenneth and Tamika Oubre, the Saab family and Capitol Regional Medical Center.

Foundation president Lydia Arceneaux said the money will fund tutoring at 14 library branches in East Baton Rouge Parish.""",
gold=[]),
]
