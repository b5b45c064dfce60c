"""KCRX 7 Eastern Iowa News (a Cedar Rapids TV station): local stories with HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="cid_kcrx-20260115-3301", pub="2026-01-15T17:45:00-06:00", title="UI Health Care names new chief of pediatric cardiology",
body="""IOWA CITY, Iowa (KCRX) - University of Iowa Health Care has a new chief of pediatric cardiology.

Dr. Babatunde Fashola, who came to Iowa City from Houston in 2014 and built the hospital's fetal heart program, was named to the post Thursday. He will oversee 19 physicians at Stead Family Children's Hospital.

Fashola, known to his patients' families as Dr. Tunde, said he still remembers the first baby whose heart he saw on an ultrasound in Iowa. "She's in sixth grade now," he said.""",
gold=[("CID009", "subject")]),

dict(guid="cid_kcrx-20260221-3355", pub="2026-02-21T22:10:00-06:00", title="West Liberty sophomore wins state wrestling title",
body="""DES MOINES, Iowa (KCRX) - West Liberty sophomore Mateo Quezada Barrientos is a state champion.

Quezada Barrientos pinned his opponent from Mount Vernon in the second period of the Class 2A 132-pound final Saturday night at Wells Fargo Arena, finishing the season 44-1.

In the stands, his parents, Efraín Quezada and Marisol Barrientos of West Liberty, held up a hand-painted sign. "He has been wrestling since he was five," his mother said. "In the kitchen, mostly." """,
gold=[("CID019", "parent_of_subject")]),

dict(guid="cid_kcrx-20260305-3412", pub="2026-03-05T06:20:00-06:00", title="North Liberty family safe after overnight house fire",
body="""NORTH LIBERTY, Iowa (KCRX) - A North Liberty family of five is safe after fire broke out in their garage early Thursday.

Hendrik and Marijke Vander Ploeg told KCRX their smoke alarm woke them at about 2 a.m. and they got their three children and the dog out before firefighters arrived. The garage and a bedroom above it are a total loss.

"It happened so fast," said neighbor Casey Brandenburg, who gave the family blankets. The North Liberty Fire Department said a battery charger is the likely cause. Friends have started a fundraiser for the family.""",
gold=[("CID008", "subject")]),

dict(guid="cid_kcrx-20260409-3470", pub="2026-04-09T18:30:00-05:00", title="Marion Guard officer promoted to colonel",
body="""JOHNSTON, Iowa (KCRX) - A Marion woman who has served in the Iowa Army National Guard for 29 years is now a full colonel.

Lt. Col. Marguerite "Margo" Stanczyk was promoted Wednesday at Camp Dodge, with her father, a Vietnam veteran, pinning on the eagle. Col. Stanczyk will command the 67th Troop Command.

She deployed twice to Afghanistan and led the Guard's response to the 2020 derecho in Linn County.""",
gold=[("CID017", "subject")]),

dict(guid="cid_kcrx-20260730-3618", pub="2026-07-30T21:05:00-05:00", title="Police: burglars hit Coralville grocery overnight",
body="""CORALVILLE, Iowa (KCRX) - Coralville police are looking for two people who broke into a grocery store on Holiday Road early Wednesday.

Police said the pair smashed a rear door at Bhandarkar Spice & Grocery at about 3 a.m. and took cash and lottery tickets. Owner Harry Bhandarkar said the store reopened by noon. Anyone with information is asked to call Coralville police.""",
gold=[]),
]
