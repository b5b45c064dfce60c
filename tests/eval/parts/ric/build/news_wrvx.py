"""WRVX 9 News (Richmond TV station site): local news, HTML in description. Hand-labelled."""

FEED = "wrvx"
ITEMS = [
dict(guid="ric_wrvx_20260304_fire", pub="2026-03-04T18:20:00-05:00", title="Glen Allen family escapes overnight house fire",
body="""GLEN ALLEN, Va. (WRVX) - A Glen Allen couple and their teenage son escaped without injury when a fire tore through their home on Cox Road early Wednesday morning.

Henrico Fire said crews were called at about 3:10 a.m. and found heavy flames in the kitchen and garage. Homeowners Minh and Lan Nguyen said a smoke alarm woke them. "We got out with our son and the dog, and that's all that matters," Lan Nguyen told 9 News.

The Red Cross is assisting the family. The cause is under investigation.""",
gold=[("RIC010", "subject"), ("RIC011", "subject")]),

dict(guid="ric_wrvx_20260418_festival", pub="2026-04-18T20:05:00-04:00", title="Jackson Ward block party brings back Second Street memories",
body="""RICHMOND, Va. (WRVX) - Thousands filled Second Street on Saturday for the neighborhood's spring block party, with jazz on three stages and food trucks from Broad Street to Leigh.

"My mother used to take me to the Hippodrome right over there," said Gloria Mosby, who has lived in Jackson Ward all her life. "It's good to see children dancing on this street again."

Organizers expect to hold the festival again in the fall.""",
gold=[]),

dict(guid="ric_wrvx_20260506_science", pub="2026-05-06T17:45:00-04:00", title="Mechanicsville eighth-grader heads to national science bee",
body="""MECHANICSVILLE, Va. (WRVX) - Jordan O'Neal studies the periodic table on the school bus.

The eighth-grader at Chickahominy Middle School won the Virginia state science bee on Saturday, beating 40 other students, and will represent the state at the national finals in Washington in June. Jordan is the son of Darnell and Keisha O'Neal of Mechanicsville.

"He asks us questions at dinner we can't answer," his father said.""",
gold=[("RIC020", "parent_of_subject")]),

dict(guid="ric_wrvx_20260612_crash", pub="2026-06-12T07:30:00-04:00", title="Two hurt in crash on Chippenham Parkway",
body="""RICHMOND, Va. (WRVX) - Two people were taken to VCU Medical Center with injuries that are not life-threatening after a three-car crash on Chippenham Parkway near Forest Hill Avenue on Thursday evening.

Virginia State Police said one driver was charged with following too closely. The northbound lanes were closed for about an hour.""",
gold=[]),

dict(guid="ric_wrvx_20260725_award", pub="2026-07-25T19:10:00-04:00", title="Glen Allen retiree honored for 30 years of Meals on Wheels deliveries",
body="""GLEN ALLEN, Va. (WRVX) - Sam Goldfarb has driven the same Meals on Wheels route through Henrico every Tuesday since 1996.

On Friday, the Jewish Family Services of Richmond gave the 73-year-old retired pharmacist its Tikkun Olam award for three decades of deliveries, most of them in the same Buick. "The people on my route are my friends," Goldfarb said. "I'd go even if they didn't feed them."

His wife, Judy, rides along on holidays.""",
gold=[("RIC023", "subject")]),
]
