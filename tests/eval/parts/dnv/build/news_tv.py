"""WSVT Channel 7 (Danville) 'Southside's News Leader': TV station site, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="dnv_wsvt_20260309_1021", pub="2026-03-09T18:20:00-05:00", title="Fire destroys century-old tobacco barn outside Chatham",
body="""CHATHAM, Va. (WSVT) - A fire Sunday night destroyed a tobacco barn that had stood on the same Pittsylvania County farm since 1919.

Emmett and Fran Shumate lost the barn, a tractor and about 4,000 pounds of stored hay on their farm on Chalk Level Road. No one was hurt. Chatham and Mount Hermon volunteer fire crews worked for three hours to keep the flames from reaching the family's house.

"My granddaddy hung tobacco in that barn," Emmett Shumate said Monday, standing in the ashes. "You can build a barn. You can't build that."

A neighbor, Patrice Oakes-Jennings, said she saw the glow from Depot Street. The fire marshal believes a heat lamp in an adjoining calf shed started the fire.""",
gold=[("DNV007", "subject"), ("DNV008", "subject")]),

dict(guid="dnv_wsvt_20260416_1188", pub="2026-04-16T17:45:00-04:00", title="Danville teacher named Region 6 Teacher of the Year",
body="""DANVILLE, Va. (WSVT) - A Galileo Magnet High School chemistry teacher has been named Virginia's Region 6 Teacher of the Year.

Tamika Wimbush, who has taught in Danville Public Schools for 24 years, was surprised with the honor in her fourth-period class Thursday. She now advances to the state competition in Richmond this fall.

"She makes you feel like you can do chemistry even if you think you can't," said junior Aaliyah Barksdale. Wimbush's husband, Reggie, was in on the surprise and brought the cake.""",
gold=[("DNV004", "subject")]),

dict(guid="dnv_wsvt_20260522_1302", pub="2026-05-22T18:05:00-04:00", title="Magna Vista senior wins full-ride Gates Scholarship",
body="""RIDGEWAY, Va. (WSVT) - A Magna Vista High School senior is one of 300 students in the country to win a Gates Scholarship, which covers the full cost of college.

Jaylen Penn, the class valedictorian and captain of the robotics team, plans to study mechanical engineering at Virginia Tech. He is the son of Dexter and Keisha Penn of Ridgeway.

"His granddaddy Luther would be the proudest man in Henry County today," his mother said.""",
gold=[("DNV016", "parent_of_subject"), ("DNV017", "parent_of_subject")]),

dict(guid="dnv_wsvt_20260606_1355", pub="2026-06-06T12:30:00-04:00", title="Cleanup under way after tornado touches down near Chatham",
body="""CHATHAM, Va. (WSVT) - Pittsylvania County crews spent Saturday clearing downed trees after the National Weather Service confirmed an EF-1 tornado touched down Friday evening north of Chatham.

The storm damaged roofs along Route 57 and knocked out power to about 3,000 customers. No injuries were reported.

"We heard it go over like a freight train," said Wendell Dalton, who drove down from outside Gretna with a chainsaw to help his sister-in-law. Crews from Mecklenburg Electric expect to restore power by Sunday night.""",
gold=[]),   # Wendell Dalton is a quoted helper, not the subject

dict(guid="dnv_wsvt_20260615_1390", pub="2026-06-15T19:10:00-04:00", title="Norfolk pitmaster takes top prize at River District barbecue festival",
body="""DANVILLE, Va. (WSVT) - A Norfolk pitmaster won the grand championship at the third annual Smoke on the Dan barbecue festival Saturday in Danville's River District.

Reggie Wimbush of Norfolk, who competes as "Tidewater Smoke," took first in ribs and brisket and the $5,000 grand prize. It was his first win in Danville.

The festival drew about 9,000 people. Judges included retired Martinsville barber Sonny Via and Averett University culinary instructor Dana Hylton.""",
gold=[]),   # Reggie Wimbush of Norfolk is a namesake of DNV003 (Danville); Sonny Via only a judge
]
