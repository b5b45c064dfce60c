"""Eastern & Gulf Community News wire (plain-text descriptions). Hand-labelled."""

FEED = "egcn"
ITEMS = [
dict(guid="egcn-2026-014", pub="2026-01-30T08:00:00-05:00", title="After 38 years, Fitchburg's Captain Nadeau hangs up his helmet",
body="""FITCHBURG - When the tones dropped for a kitchen fire on Daniels Street last Tuesday night, Engine 2 rolled out the way it has for almost four decades, with Capt. Paul Nadeau in the officer's seat. It was his last call. Nadeau, 63, retired Friday after 38 years with the Fitchburg Fire Department, the last 15 of them as captain of the Daniels Street station.

He joined the department in 1988, the year the city bought its first ladder truck with a closed cab, and he has seen the job change from smoke-eating to hazardous materials, medical calls and, lately, lithium batteries. "The fires are fewer and hotter," he said. "The medical calls never stop."

Nadeau trained more than 200 recruits and started the department's free smoke-detector program, which has installed some 9,000 detectors in three-deckers across the city. In 2004 he pulled two children from a burning apartment on Water Street, a rescue that earned him the department's medal of valor, though he still changes the subject when it comes up.

"He's the reason I'm a firefighter," said Lt. Andrea Cormier, who was one of his recruits in 2009. Neighbor Diane Lemieux, who drove over from Leominster for his walk-out ceremony, said the whole street turned out. "He shovels half the block every winter," she said.

In retirement, Nadeau plans to restore a 1961 pumper for the city's firefighting museum, spend time with his wife, Claire, and finally take the fishing trip to Maine he has postponed for 20 years.""",
gold=[("R009", "subject")]),

dict(guid="egcn-2026-027", pub="2026-02-19T08:00:00-05:00", title="St. Brigid names new chief of cardiology",
body="""WORCESTER - St. Brigid Medical Center has named Dr. Samuel Adeyemi its new chief of cardiology. Adeyemi, who has practiced at the hospital since 2011, led the team that opened the region's first same-day heart-valve clinic last year.

A graduate of the University of Ibadan and of a cardiology fellowship in Boston, he succeeds Dr. Harriet Gold, who is retiring. "He is a superb physician and an even better teacher," hospital president Mark Devlin said in a statement. Adeyemi said his first priority is shortening the wait for cardiac rehabilitation in the city's neighborhoods.""",
gold=[("R016", "subject")]),

dict(guid="egcn-2026-041", pub="2026-03-12T08:00:00-04:00", title="Shrewsbury's Saigon Garden named small business of the year",
body="""SHREWSBURY - Saigon Garden, the family restaurant on Route 9 known for its pho and its lunchtime line, has been named small business of the year by the Shrewsbury Area Chamber of Commerce.

Owner Joseph Nguyen opened the restaurant in 2009 with eight tables and a borrowed stove. It now employs 22 people and sponsors two youth soccer teams. The chamber also cited Saigon Garden's free Thanksgiving meals, which served more than 600 people last November. "This is really for my staff and for my mother's recipes," Nguyen said at the chamber breakfast.""",
gold=[("R017", "subject")]),

dict(guid="egcn-2026-055", pub="2026-04-02T08:00:00-04:00", title="Almeida's Bakery marks 40 years on the East Side",
body="""PROVIDENCE - Almeida's Bakery owner Patricia Almeida still starts the ovens at 3:30 every morning. This month the little bakery on Ives Street marks 40 years in business, and Almeida, who took over from her parents in 1998, says the malasadas are made exactly the way her father made them.

The bakery will celebrate on Saturday with free coffee and a sweet-bread raffle. Longtime customer Thaddeus Kimball said he has bought the same loaf every Saturday since college. "It is the only thing in my life that has never changed," he said.""",
gold=[("R036", "subject")]),

dict(guid="egcn-2026-063", pub="2026-04-16T08:00:00-04:00", title="Cranston's Vasquez sworn in to Superior Court",
body="""PROVIDENCE - Judge Elena Vasquez of Cranston was sworn in Tuesday as an associate justice of the Rhode Island Superior Court, the first Cranston native of Colombian descent to sit on that bench.

Vasquez, 57, spent 14 years as a public defender and eight as a District Court judge. Her mother, brother and dozens of former clients filled the ceremonial courtroom. "Every person who walks into a courtroom deserves to be heard," she said after taking the oath.""",
gold=[("R037", "subject")]),

dict(guid="egcn-2026-078", pub="2026-05-07T08:00:00-04:00", title="Cranston teen's water filter takes top prize at national science fair",
body="""CRANSTON - A water filter made from coconut husks and old coffee filters has won a Cranston High School West junior the top environmental prize at a national science and engineering fair in Phoenix.

Noah Feldman, 16, spent two years testing the filter on water from the Pawtuxet River. Feldman is the son of Benjamin and Sarah Feldman of Cranston, who said the family basement has been a laboratory since he was in sixth grade. The prize includes a $10,000 scholarship.""",
gold=[("R042", "parent_of_subject"), ("R043", "parent_of_subject")]),

dict(guid="egcn-2026-089", pub="2026-05-21T08:00:00-04:00", title="Worcester library campaign passes its goal",
body="""WORCESTER - The campaign to renovate the Greendale branch library has passed its $1.2 million goal, the Friends of the Library announced this week.

The largest gifts came from two local banks and a family foundation. Hundreds of residents gave smaller amounts; donors listed on the campaign's honor roll include Mary Beth Sullivan, Anthony D'Angelo, Eileen Mahoney, Priya Raman and Edward Jablonski. Construction is expected to begin in September, and the branch will reopen in the fall of 2027.""",
gold=[]),

dict(guid="egcn-2026-096", pub="2026-06-04T08:00:00-05:00", title="Arceneaux's Boudin & Cracklins to open second shop in Broussard",
body="""LAFAYETTE - Arceneaux's Boudin & Cracklins owner Dwayne Arceneaux will open a second location this fall on Highway 90 in Broussard, he said Tuesday.

Arceneaux started the business in 2012 in a converted gas station on the Evangeline Thruway, selling boudin from his grandmother's recipe. The shop now sells about 4,000 pounds of boudin a week and ships cracklins to 30 states. The Broussard store will add a drive-through and a smokehouse and will hire 15 people.""",
gold=[("R056", "subject")]),

dict(guid="egcn-2026-104", pub="2026-06-18T08:00:00-05:00", title="Youngsville seventh-grader wins regional spelling bee",
body="""YOUNGSVILLE - It came down to "appoggiatura." Camille Richard, a seventh-grader at Youngsville Middle School, spelled it without hesitating Saturday to win the Acadiana regional spelling bee after 19 rounds.

Camille, 13, is the daughter of Antoine and Lisette Richard of Youngsville. She will represent the region at the national bee in Washington next spring. Her father said she studies word lists on the bus and quizzes her little brother at supper.""",
gold=[("R066", "parent_of_subject"), ("R067", "parent_of_subject")]),

dict(guid="egcn-2026-112", pub="2026-07-02T08:00:00-05:00", title="Fire destroys Ingram home; couple escapes with their dog",
body="""INGRAM - A fire early Wednesday destroyed a home on Old Ingram Loop. Dale and Ruth Ostrander were asleep when the fire started in the garage shortly after 2 a.m.; a smoke alarm woke them, and they got out with their dog through a bedroom window.

Ingram volunteer firefighters fought the blaze for two hours. Investigators believe it was caused by a charging golf-cart battery. The Ostranders, who have lived in the house since 1979, were treated for smoke inhalation and released. A neighbor has set up a fund at a Kerrville bank to help them rebuild.""",
gold=[("R080", "subject"), ("R081", "subject")]),

dict(guid="egcn-2026-121", pub="2026-07-16T08:00:00-05:00", title="Pruett Hardware turns 50 in Center Point",
body="""CENTER POINT - Pruett Hardware owner Lyle Pruett still keeps the nails in the same wooden bins his father built in 1976. On Saturday the store on San Antonio Street celebrates its 50th anniversary with a barbecue and a sale on everything but the nails.

Pruett, 68, took over from his father in 1991. He says the store has survived two big-box openings in Kerrville by knowing every customer's project by name. "Folks come in for a washer and stay for an hour," he said.""",
gold=[("R082", "subject")]),

dict(guid="egcn-2026-130", pub="2026-07-30T08:00:00-05:00", title="Hospital district board picks new chairman",
body="""KERRVILLE - The Kerr County hospital district board on Monday elected Marvin Kott, a retired banker, as its chairman. Kott has served on the board for six years and led its finance committee during the construction of the new outpatient wing. He succeeds Dr. Lorene Fisk, who remains on the board.""",
gold=[]),

dict(guid="egcn-2026-138", pub="2026-08-13T08:00:00-05:00", title="Stonewall peach festival draws record crowd",
body="""STONEWALL - More than 9,000 people came to the Stonewall peach festival over the weekend, organizers said, despite temperatures near 100 degrees.

The peach-pit spitting contest was won for the third year running by a 12-year-old from Johnson City. Attendees included state Rep. Carla Moos, the county judge, and several longtime growers, among them Loretta Weinheimer and Luther Grobe, who judged the cobbler contest. Peaches were selling for $40 a bushel, about the same as last year.""",
gold=[]),

dict(guid="egcn-2026-145", pub="2026-08-27T08:00:00-05:00", title="Chicago firefighter honored for river rescue",
body="""CHICAGO - A Chicago firefighter who swam into the Chicago River to pull a man from a sinking car was honored by the city council on Wednesday. Kevin Sullivan, 41, of the city's Engine 42, held the driver above water for six minutes until a fire-department boat arrived. Sullivan, a 15-year veteran, said the credit belongs to the boat crew.""",
gold=[]),

dict(guid="egcn-2026-152", pub="2026-09-10T08:00:00-05:00", title="Broussard names park pavilion for late cane hauler",
body="""BROUSSARD - The city council voted Monday to name the new pavilion at Broussard's Ste. Marie Park after the late Alcide "Cide" Thibodeaux, who cooked for every city festival for 40 years and died in February.

His widow, Marie Thibodeaux, accepted a plaque on behalf of the family, along with their daughter, Billie Jo Landry. "He would have said to just feed people there," she told the council. A dedication and jambalaya cook-off are planned for October.""",
gold=[]),

dict(guid="egcn-2026-160", pub="2026-09-24T08:00:00-04:00", title="Rev. Michael Flaherty installed as pastor of St. Anne's in Shrewsbury",
body="""SHREWSBURY - The Rev. Michael Flaherty was installed Sunday as pastor of St. Anne's Parish in Shrewsbury. Flaherty, 67, served for 12 years at Our Lady of the Angels in Worcester, where he started a Saturday breakfast program for the homeless that now serves 300 meals a week.

The bishop presided at the installation Mass, which was followed by a reception in the parish hall. Flaherty said he plans to bring the breakfast program to Shrewsbury.""",
gold=[("R019", "subject")]),

dict(guid="egcn-2026-168", pub="2026-10-08T08:00:00-04:00", title="Pontiac Avenue repaving to close lanes through November",
body="""CRANSTON - Repaving on Pontiac Avenue will close one lane in each direction between Park Avenue and Route 37 through mid-November, the state Department of Transportation said.

Work will run from 7 p.m. to 5 a.m. on weeknights. Residents have complained about potholes on the stretch for years. "My car has been realigned three times this year," said Armando Pires, who lives on the avenue. Detours will be posted.""",
gold=[]),
]
